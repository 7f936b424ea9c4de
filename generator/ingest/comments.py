"""Readers' comments printed under an article: kept in the text, out of the story.

Some pages end with a selection of readers' comments ("Here is a selection of your comments",
a line often lost when the page is saved): unsigned paragraphs of opinion, one voice each, most
in the first person ("I think Angels is ...", "Rubbish! Who voted for it?"). They are not the
article's story: nothing of the briefing may come from them. They are found as a run of such
paragraphs that ends the article, after a story told in the third person; see :func:`mark`.
"""

from __future__ import annotations

import re

from ..model import Paragraph

COMMENT = "comment"
#: A lead-in line that announces the comments ("Here is a selection of your comments", "Your views").
LEAD_IN = re.compile(r"^(?:here (?:is|are) (?:a selection of )?(?:some of )?your (?:comments|views|e-?mails)|"
                     r"(?:a selection of )?your (?:comments|views)|readers' comments|"
                     r"what you (?:said|think))\b.{0,80}$",
                     re.IGNORECASE)
# Quoted words (double quotes only: a single quote is as often an apostrophe) are someone else's.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?:``|'')[^`']*?''")
_ALL_QUOTED = re.compile(r"[\"“].*[\"”]|(?:``|'').*''", re.DOTALL)
#: A paragraph opening with a quotation, or with a speaker's label as transcripts print it ("REED: ...").
_OPENS_QUOTE = re.compile(r"^\s*(?:[\"“‘]|``|''|'(?=[A-Z])|(?:[QA]|[A-Z][A-Z.'’ -]{2,30}):)")
#: The writer speaking for himself: "I", "I'm", "my", "me".
_FIRST = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|my|me|myself|mine)\b")
#: A reader's other marks: speaking to the reader or the site, "we" for the public, an exclamation,
#: a question put to no one.
_ADDRESS = re.compile(r"\b(?:you|your|we|our|us)\b|[!?]", re.IGNORECASE)
#: Reporting: a paragraph that reports what someone said is the story's, not a reader's.
_REPORTS = re.compile(r"\b(?:said|says|told|tells|added|adds|according to|wrote|writes|asked|explained|insisted|"
                      r"claimed|admitted|warned)\b")
MIN_RUN = 5  # paragraphs in a comment run
MIN_SHARE = 0.6  # of them with a reader's mark
MIN_FIRST = 3  # of them in the first person singular
MIN_FIRST_SHARE = 0.3  # … and at least this share of them (a speech or a feature addresses its audience)
MAX_REPORTS = 0.15  # of them reporting speech (a reader may quote)
MIN_STORY = 3  # story paragraphs before the run
MAX_STORY_FIRST = 0.25  # share of the story's paragraphs in the first person singular (a column is all first person)


def _first_person(block: str) -> bool:
    """The first person singular outside quotations (a narrator's "I said" too) in a paragraph that
    opens with no quotation. Everything from a paragraph's first quotation mark to its last is taken
    for quoted (news copy opens each quoted sentence again: ``said: "I am. "We are."``)."""
    return not _OPENS_QUOTE.match(block) and bool(_FIRST.search(_ALL_QUOTED.sub(" ", block)))


def _voice(block: str) -> str:
    """``"first"``, ``"address"``, ``"report"`` (someone quoted or reported) or ``""`` for a paragraph."""
    if _OPENS_QUOTE.match(block):
        return "report"
    own = _QUOTED.sub(" ", block)
    if _REPORTS.search(own) and own != block:
        return "report"
    if _FIRST.search(own):
        return "first"
    if _ADDRESS.search(own):
        return "address"
    return ""


def mark(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Give the kind ``comment`` to a run of readers' comments that ends the article.

    The run is the tail of the body paragraphs where readers' marks (first person, an address, an
    exclamation or a question) most outweigh paragraphs without one (reported speech weighs double):
    it starts with a reader's mark, has :data:`MIN_RUN` paragraphs or more, a reader's mark in
    :data:`MIN_SHARE` of them, the first person singular in :data:`MIN_FIRST` or more, reported
    speech in at most :data:`MAX_REPORTS`; and it follows at least :data:`MIN_STORY` story
    paragraphs of which at most :data:`MAX_STORY_FIRST` speak in the first person (a column or a
    diary is first person throughout). A lead-in line ("Here is a selection of your comments")
    before the run is part of it."""
    body = [i for i, p in enumerate(paragraphs) if p.kind in ("body", "heading")]
    if len(body) < MIN_RUN + MIN_STORY:
        return paragraphs
    voices = [_voice(text[paragraphs[i].start:paragraphs[i].end]) for i in body]
    start, score, best = None, 0, 0
    for k in range(len(body) - 1, MIN_STORY - 1, -1):
        score += 1 if voices[k] in ("first", "address") else -2 if voices[k] == "report" else -1
        if score > best:
            start, best = k, score
    if start is None:
        return paragraphs
    run = voices[start:]
    if (len(run) < MIN_RUN or sum(v in ("first", "address") for v in run) < MIN_SHARE * len(run)
            or run.count("first") < max(MIN_FIRST, MIN_FIRST_SHARE * len(run))
            or run.count("report") > MAX_REPORTS * len(run)):
        return paragraphs
    before = paragraphs[body[start - 1]]
    if LEAD_IN.match(" ".join(text[before.start:before.end].split())):
        start -= 1
    story = [_first_person(text[paragraphs[i].start:paragraphs[i].end]) for i in body[:start]]
    if len(story) < MIN_STORY or sum(story) > MAX_STORY_FIRST * len(story):
        return paragraphs
    for i in body[start:]:
        paragraphs[i].kind = COMMENT
    return paragraphs
