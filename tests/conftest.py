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


# A stage that fails on an article is an error in tests (a warning for users): see extract/stages.py.
os.environ.setdefault("BRIEFINGS_STRICT", "1")
