"""Shared fixtures: the language model is loaded once per test session."""

from __future__ import annotations

import os

import pytest

from generator import nlp as nlp_stage
from generator.ingest import from_text
from generator.model import Extraction, ParsedArticle


@pytest.fixture(scope="session")
def nlp():
    return nlp_stage.load()


@pytest.fixture(scope="session")
def parse_text(nlp):
    """``parse_text(text, path="article.txt") -> ParsedArticle`` for a small fixture text."""

    def _parse(text: str, path: str = "article.txt") -> ParsedArticle:
        return nlp_stage.parse([from_text(text, path)], nlp)[0]

    return _parse


@pytest.fixture(scope="session")
def extract_text(parse_text):
    """``extract_text(text, path="article.txt") -> (ParsedArticle, Extraction)``."""

    def _extract(text: str, path: str = "article.txt") -> tuple[ParsedArticle, Extraction]:
        from generator.extract import extract

        parsed = parse_text(text, path)
        return parsed, extract(parsed)

    return _extract


@pytest.fixture(scope="session")
def quotes_alone(parse_text):
    """``quotes_alone(body) -> [Quote]``: the quotes stage alone on an analysed fixture body (no actors)."""
    from generator.extract import quotes
    from generator.extract.analysis import analyse

    def _quotes(body: str) -> list:
        return quotes.extract(analyse(parse_text(f"A Headline For The Test\n\n{body}\n")))[0]

    return _quotes


@pytest.fixture(scope="session")
def ask_texts(parse_text):
    """``ask_texts(text) -> [question text]`` with no actors (questions must cope without them)."""
    from generator.extract import questions, quotes
    from generator.extract.analysis import analyse

    def _ask(text: str) -> list[str]:
        analysis = analyse(parse_text(text))
        return [q.text for q in questions.extract(analysis, quotes.extract(analysis)[0])]

    return _ask


@pytest.fixture(params=[0o022, 0o002], ids=["umask022", "umask002"])
def umask(request):
    """Run under a known umask (one that mkstemp's private 0o600 does not match), restored after."""
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


# A stage that fails on an article is an error in tests (a warning for users): see extract/stages.py.
os.environ.setdefault("BRIEFINGS_STRICT", "1")
