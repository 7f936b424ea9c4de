"""Open questions (placeholder v0, to be replaced)."""

from __future__ import annotations

from ..model import Actor, ParsedArticle, Question


def extract(parsed: ParsedArticle, actors: list[Actor]) -> list[Question]:
    return []
