"""Extraction: (parsed article) -> summary, key actors, quotes, open questions.

Actors come first: quotes and questions resolve pronouns and descriptions to actor names.
"""

from __future__ import annotations

from ..model import Extraction, ParsedArticle
from . import actors, questions, quotes, summary


def extract(parsed: ParsedArticle) -> Extraction:
    """Run every extractor on one parsed article."""
    found_actors = actors.extract(parsed)
    found_quotes, reported = quotes.extract(parsed, found_actors)
    actors.rank(found_actors, found_quotes, parsed)
    sentences, standfirst = summary.extract(parsed)
    return Extraction(summary=sentences, standfirst=standfirst, actors=found_actors, quotes=found_quotes,
                      reported=reported, questions=questions.extract(parsed, found_actors))
