"""Extraction: (parsed article) -> summary, key actors, quotes, open questions.

Every stage reads one :class:`~.analysis.Analysis` of the article (paragraphs with their quotation
marks, sentences, then the article's referents and name index), computed once. The steps, each
guarded (:mod:`.stages`: a failure is a warning on the extraction, or an error under
``BRIEFINGS_STRICT=1``):

1. candidate actors, one per referent (broad: quotes resolve speakers against them);
2. direct quotes and reported speech;
3. actors ranked and cut (quoted people count), quote speakers named as the actor listed;
4. the summary and standfirst;
5. open questions, which read the quotes of step 2 rather than finding them again.
"""

from __future__ import annotations

from ..model import Extraction, ParsedArticle
from . import actors, questions, quotes, summary
from .analysis import analyse
from .stages import guarded


def extract(parsed: ParsedArticle) -> Extraction:
    """Run every extractor on one parsed article, all reading one :class:`Analysis` of it."""
    warnings: list[str] = []
    analysis = analyse(parsed)
    found_actors = guarded("actors", lambda: actors.extract(analysis), lambda: actors.plain_entities(parsed), warnings)
    analysis.set_referents(found_actors)
    found_quotes, reported = guarded("quotes", lambda: quotes.extract(analysis, warnings),
                                     lambda: (quotes.marks_only(parsed), []), warnings)
    guarded("actor ranking", lambda: actors.rank(found_actors, found_quotes, parsed),
            lambda: actors.cut(found_actors), warnings)
    sentences, standfirst = guarded("summary", lambda: summary.extract(parsed), lambda: ([], ""), warnings)
    found_questions = guarded("questions", lambda: questions.extract(analysis, found_quotes, warnings), list, warnings)
    return Extraction(summary=sentences, standfirst=standfirst, actors=found_actors, quotes=found_quotes,
                      reported=reported, questions=found_questions, warnings=warnings)
