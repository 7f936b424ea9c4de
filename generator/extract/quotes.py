"""Direct quotes and reported speech (placeholder v0, to be replaced)."""

from __future__ import annotations

from ..model import Actor, ParsedArticle, Quote, Reported


def extract(parsed: ParsedArticle, actors: list[Actor]) -> tuple[list[Quote], list[Reported]]:
    return [], []
