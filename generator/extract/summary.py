"""Extractive summary (placeholder v0: the first three body sentences, to be replaced)."""

from __future__ import annotations

from ..model import ParsedArticle, Sentence


def extract(parsed: ParsedArticle) -> tuple[list[Sentence], str]:
    sentences = [Sentence(parsed.article.text[a:b], a, b) for a, b, _s, _p in parsed.sentences()][:3]
    standfirst = parsed.article.dek or (sentences[0].text if sentences else "")
    return sentences, standfirst
