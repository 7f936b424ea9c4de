"""The one data model that flows through every stage.

ingest -> :class:`Article`; nlp -> :class:`ParsedArticle`; extract -> :class:`Extraction`;
briefing -> :class:`Briefing` (which is what the Markdown in ``briefings/`` reads back into).

All offsets are code-point offsets into :attr:`Article.text`, the decoded text of the source
(for a web page: its extracted article text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:  # spaCy is heavy; only the nlp stage imports it at run time
    from spacy.tokens import Doc, Span

ACTOR_TYPES = ("person", "organization", "place", "group")
#: Paragraph kinds that are the story: what :meth:`Article.body` returns and the extractors read.
PROSE_KINDS = ("body", "heading")


@dataclass
class Paragraph:
    """A block of the source text between blank lines (or a piece of one, see below).

    ``kind`` is one of the :data:`PROSE_KINDS` ``body`` and ``heading`` (a short sub-heading),
    which are the story every extractor reads, or ``title``, ``dek``, ``byline``, ``meta`` (e.g.
    the ``Categories:`` line), ``dateline`` ("LONDON (Reuters) —", split off the paragraph it
    opens), ``boilerplate`` ("Also Read: …"), ``caption`` (a photo caption), ``widget`` ("Scroll
    down for video", share and shopping prompts), ``capitals`` (a line in capitals) or ``comment``
    (a readers' comment in the run of them that ends some articles, see :mod:`generator.ingest.comments`): kept so
    offsets stay honest and the source page can show them, but not analysed. A caption or widget
    glued into a paragraph of running text is a piece of its own. ``number`` counts body
    paragraphs and headings from 1 in reading order: it is the paragraph anchor (``#p3``) on the site.
    """

    start: int
    end: int
    kind: str = "body"
    number: int = 0


@dataclass
class Article:
    """A source article as read from ``seeds/``."""

    path: str
    text: str
    title: str
    dek: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD
    categories: list[str] = field(default_factory=list)
    url: str | None = None
    publisher: str | None = None
    dateline: str | None = None  # the place a dateline names ("LONDON"), split off the first paragraph
    paragraphs: list[Paragraph] = field(default_factory=list)
    sha256: str = ""
    encoding: str = "utf-8"
    title_span: tuple[int, int] | None = None
    warnings: list[str] = field(default_factory=list)

    def body(self) -> list[Paragraph]:
        """Paragraphs that carry the story (body text and sub-headings)."""
        return [p for p in self.paragraphs if p.kind in PROSE_KINDS]

    def paragraph_at(self, offset: int | None) -> Paragraph | None:
        """The numbered paragraph containing ``offset`` (None outside the story or for no offset)."""
        if offset is None or offset < 0:
            return None
        for p in self.paragraphs:
            if p.start <= offset < p.end and p.number:
                return p
        return None

    def paragraph_number(self, offset: int | None) -> int | None:
        """The anchor number (``#p3``) of the paragraph containing ``offset``, if any."""
        p = self.paragraph_at(offset)
        return p.number if p else None


@dataclass
class ParsedParagraph:
    """A paragraph with its spaCy parse; ``doc`` offsets + ``paragraph.start`` = article offsets."""

    paragraph: Paragraph
    doc: "Doc"

    @property
    def offset(self) -> int:
        return self.paragraph.start


@dataclass
class ParsedArticle:
    """An article with a spaCy parse of each story paragraph (and of the title and dek)."""

    article: Article
    paragraphs: list[ParsedParagraph]
    title_doc: "Doc | None" = None
    dek_doc: "Doc | None" = None

    def sentences(self, kinds: tuple[str, ...] = ("body",)) -> Iterator[tuple[int, int, "Span", ParsedParagraph]]:
        """Yield ``(start, end, span, paragraph)`` for every sentence, in article offsets."""
        for pp in self.paragraphs:
            if pp.paragraph.kind not in kinds:
                continue
            for sent in pp.doc.sents:
                yield pp.offset + sent.start_char, pp.offset + sent.end_char, sent, pp


@dataclass
class Mention:
    """One mention of an actor in the article."""

    start: int
    end: int
    text: str


@dataclass
class Actor:
    name: str
    type: str  # one of ACTOR_TYPES
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    id: str = ""
    salience: float = 0.0
    spans: list[Mention] = field(default_factory=list)  # not serialised in the contract

    def contract(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "role": self.role,
                "aliases": list(self.aliases), "mentions": self.mentions}


@dataclass
class Sentence:
    """A summary sentence."""

    text: str
    start: int
    end: int

    def contract(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Quote:
    """A direct quote: ``text`` is exactly ``article.text[start:end]`` (the words inside the marks)."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None

    def contract(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "speaker": self.speaker,
                "speaker_start": self.speaker_start, "speaker_end": self.speaker_end, "cue": self.cue}


@dataclass
class Reported:
    """Indirect (reported) speech with a named source: shown as "Also said", never as a quote."""

    text: str  # the reported content, verbatim from the source
    start: int
    end: int
    speaker: str
    cue: str | None = None

    def contract(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "speaker": self.speaker, "cue": self.cue}


@dataclass
class Question:
    """An open question; ``start``/``end`` span the source sentence it rests on."""

    text: str
    start: int
    end: int

    def contract(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Extraction:
    """Everything extracted from one article."""

    summary: list[Sentence] = field(default_factory=list)
    standfirst: str = ""
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    reported: list[Reported] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # stages that failed (see extract/stages.py)


@dataclass
class Briefing:
    """A briefing as stored in ``briefings/<slug>.md``: metadata plus the extracted items."""

    slug: str
    title: str
    source: str  # path of the source article, relative to the project root
    source_sha256: str
    dek: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    section: str | None = None  # the source's category, else the classifier's (generator/classify.py)
    url: str | None = None
    publisher: str | None = None
    standfirst: str = ""
    generator: str = ""
    generated: str | None = None  # date the body was generated (from the source, for determinism)
    body_sha256: str = ""
    summary: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    reported: list[Reported] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    notes: str = ""  # any hand-written sections we do not model, kept verbatim
    #: Hand-written lines inside the sections we do model (that are not items), verbatim, by section
    #: ("" for lines above the first section); the site shows them where they are.
    extras: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # extraction stages that failed on the source
    path: str = ""  # where the briefing file lives (set when read)
