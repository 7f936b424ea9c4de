"""One analysis per article, computed once, that every extractor reads.

:func:`analyse` builds it from the parse; the actor stage then sets :attr:`Analysis.referents`
(one actor per real-world referent, with every mention's span) and the person-name index is
built from them (:meth:`Analysis.set_referents`). What it holds:

* ``blocks``: the headline (when its parse matches the text) and each story paragraph, with its
  quotation marks (:func:`find_marks`: curly, straight and single marks, apostrophes told apart),
  which tokens they enclose, and its entities;
* ``sentences``: every body sentence with its article offsets;
* ``referents`` and ``names``: the article's actors and the index that turns a short or titled
  name ("Kovalenko", "Mr Kovalenko") into the full name the article uses ("Petro Kovalenko");
* ``coref``: who each mention refers to, pronouns and descriptions included (:mod:`.coref`), the
  one resolver quotes and questions share.

Quotes, questions and actors read these instead of finding them again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import lexicon as lex
from ..identity import form_gender, honorific_gender
from ..model import Actor, ParsedArticle, ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .coref import Coreference

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
BEFORE_OPEN = set(" \t\n\r\xa0\u2009\u202f([{—–-/:;,…“\"‘")
CONTRACTION = re.compile(r"(?:\d\d(?:s\b|\b)|(?:n|em|til|cause|tis|twas|bout|round)\b)", re.IGNORECASE)
#: An age in digits written as one word ("34-year-old", "6-month-old"), whole or from the tagger's
#: pieces joined: before a description's head or standing for a person ("the 52-year-old"). The
#: actors' and coreference's one pattern for it.
AGE_WORD = re.compile(r"\d+-(?:year|month)-old", re.IGNORECASE)


# --- quotation marks ---------------------------------------------------------------------------

@dataclass
class Mark:
    """A quoted stretch of one paragraph: ``open`` is the mark; the words run [start, end)."""

    open: int
    close: int | None  # index of the closing mark's last character; None when unclosed
    start: int
    end: int
    kind: str  # "double" or "single"
    width: int = 1  # characters in the opening mark: 2 for ASCII doubled marks (''…'' and ``…'')


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _straight_double_opens(text: str, i: int) -> bool:
    return (_prev(text, i) in BEFORE_OPEN or i == 0) and not _next(text, i).isspace()


def _single_opens(text: str, i: int) -> bool:
    c, p, n = text[i], _prev(text, i), _next(text, i)
    if c not in SINGLE_OPEN and c != "'":
        return False
    if not (i == 0 or p in BEFORE_OPEN) or n.isspace() or n in "'’,.;:":
        return False
    if CONTRACTION.match(text, i + 1):  # 'em, 'n', the '90s
        return False
    return True


#: Words that follow a closing single mark with the space lost in scraped text ("the ‘high number’of
#: fighters"); never the ending of a contraction or possessive ("’s", "’t", "’re", "’ll").
GLUED_AFTER_CLOSE = frozenset("of and or to in on at for from with by as the a an was were is are but that".split())


def _single_closes(text: str, i: int) -> int:
    """0: not a closing single mark; 1: a weak one (maybe a plural possessive); 2: a strong one."""
    c, p, n = text[i], _prev(text, i), _next(text, i)
    if c not in SINGLE_CLOSE and c != "'":
        return 0
    if p.isspace():
        return 0
    if n.isalnum():  # "Ukraine’s", "don’t": an apostrophe; "the ‘high number’of fighters": a close, space lost
        glued = re.match(r"[a-z]+", text[i + 1:i + 12])
        return 1 if p.isalpha() and glued and glued.group(0) in GLUED_AFTER_CLOSE else 0
    if p in "sS" and n == " " and i + 2 < len(text) and (text[i + 2].islower() or text[i + 2].isdigit()):
        return 1
    return 2


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b

_DOUBLE_RE = re.compile("[“”«»„\"]|''+|``")
_SINGLE_RE = re.compile("[‘’‹›']")
#: A quotation opening after a sentence, in single, straight or curly marks.
_NEW_QUOTE = re.compile(r"[.!?:][ \t\n]+(?=['‘\"“]\w)")
#: Feet and inches written with apostrophes (5' 11''): the doubled mark after them is no quotation mark.
_FEET = re.compile(r"\d'\s?\d{1,2}(?:\.\d+)?$")


def _ascii_double_opens(text: str, i: int, width: int = 2) -> bool:
    """A doubled ASCII mark in opening position: after a space, a bracket or the paragraph start,
    and before a word."""
    n = text[i + width] if i + width < len(text) else " "
    return (i == 0 or text[i - 1] in BEFORE_OPEN) and not n.isspace() and n not in ",.;:!?)]"


def _ascii_doubles(text: str, m: "re.Match[str]") -> list[tuple[int, str]]:
    """The doubled ASCII marks in a run of apostrophes or backticks, as (position, kind): kind "``"
    always opens, "''" opens or closes by its position. In a run of three a single mark sits inside
    the double one: three before a word open both, three after one close both."""
    run, r = m.group(0), m.start()
    if run == "``":
        return [(r, "``")]
    if run[0] != "'" or len(run) == 2 and _FEET.search(text[:r]):
        return []
    if len(run) % 2 == 0:
        return [(r + k, "''") for k in range(0, len(run), 2)]
    if _ascii_double_opens(text, r, len(run)):
        return [(r + k, "''") for k in range(0, len(run) - 1, 2)]
    return [(r + k, "''") for k in range(1, len(run), 2)]


def _double_marks(text: str) -> list[tuple[int, str]]:
    """Every double quotation mark of a paragraph in order, as (position, mark)."""
    out: list[tuple[int, str]] = []
    for m in _DOUBLE_RE.finditer(text):
        if len(m.group(0)) == 1:
            out.append((m.start(), m.group(0)))
        else:
            out.extend(_ascii_doubles(text, m))
    return out


def _ascii_double(text: str, dmarks: list[tuple[int, str]], k: int) -> tuple[Mark | None, int]:
    """The quote that the doubled ASCII mark ``dmarks[k - 1]`` opens (None when it is in no opening
    position: a close with nothing open, inches), and the index of the next mark to read. It closes
    at the next '' not in opening position (or a ”); a doubled mark in opening position or a “ first
    means it was left open, and so does the paragraph end, or a quotation in other marks that opens
    after a sentence (in a paragraph quoted in single marks, a stray '' must not swallow the rest)."""
    i, c = dmarks[k - 1]
    if c == "''" and not _ascii_double_opens(text, i) or c == "``" and _next(text, i + 1).isspace():
        return None, k
    close, limit = None, len(text)
    while k < len(dmarks):
        j, d = dmarks[k]
        if d == "''" and not _ascii_double_opens(text, j) or d == "”":
            close, limit = j + len(d) - 1, j
            k += 1
            break
        if d in ("''", "``", "“"):
            limit = j  # a new quote opens: this one was never closed
            break
        k += 1
    if close is None:  # nor past a sentence after which the paragraph's single or straight marks take over
        cut = _NEW_QUOTE.search(text, i + 2, limit)
        limit = cut.end() if cut else limit
    a, b = _trim(text, i + 2, limit)
    return Mark(i, close, a, b, "double", 2), k


def _turned_close(text: str, i: int) -> bool:
    """An opening mark typed where a closing one belongs ("… for her here,“ said Ms Lee"): glued to
    the word or stop before it and followed by a space, a stop or the end, it closes."""
    p, n = _prev(text, i), _next(text, i)
    return i > 0 and not p.isspace() and p not in "([{/:“\"‘—–-" and (n.isspace() or n in ".,;:!?)")


def _turned_open(text: str, i: int) -> bool:
    """A closing mark typed where an opening one belongs ("… to let aides ”get close …”"): after a
    space or bracket and glued to the word after it, it opens."""
    return text[i] == "”" and (i == 0 or text[i - 1] in " \t\n\r\xa0([") and _next(text, i).isalnum()


def find_marks(text: str) -> list[Mark]:
    """Quoted stretches of one paragraph, outermost only, in order."""
    n = len(text)
    doubles: list[Mark] = []
    dmarks = _double_marks(text)
    k = 0
    while k < len(dmarks):
        i, c = dmarks[k]
        k += 1
        if len(c) == 2:
            mark, k = _ascii_double(text, dmarks, k)
            if mark is not None:
                doubles.append(mark)
            continue
        if not (c in DOUBLE_OPEN or (c == '"' and _straight_double_opens(text, i)) or _turned_open(text, i)):
            continue
        close, limit = None, n
        while k < len(dmarks):
            j, d = dmarks[k]
            if len(d) == 2:
                k += 1  # doubled ASCII marks pair only with each other
                continue
            if d == '"' and c == '"' and text[j - 1:j].isspace() and _next(text, j).isalnum() and \
                    text[:j].rstrip()[-1:] in (".", "!", "?"):
                limit = j  # '"... today. "What I ...': a new quote after a lost paragraph break, not a close
                break
            if d in DOUBLE_CLOSE or d == '"' or d == "“" and _turned_close(text, j):
                close = limit = j
                k += 1
                break
            if d in "“«" and c != "„" and (text[j - 1:j] == "\n" or text[max(0, j - 3):j].rstrip()[-1:] in (".", "!", "?")
                                            and text[j - 1:j].isspace()):
                limit = j  # a new quote opens after a sentence: this one was never closed
                break
            k += 1
        a, b = _trim(text, i + 1, limit)
        doubles.append(Mark(i, close, a, b, "double"))
    # single marks, only in the stretches outside double quotes
    singles: list[Mark] = []
    gaps, pos = [], 0
    for m in doubles:
        gaps.append((pos, m.open))
        pos = (m.close + 1) if m.close is not None else m.end
    gaps.append((pos, n))
    doubled = {j + x for j, d in dmarks if d == "''" for x in (0, 1)} | {
        m.start() + x for m in re.finditer("(?<!')''(?!')", text) for x in (0, 1)}  # inches, stray closes
    spos_all = [m.start() for m in _SINGLE_RE.finditer(text) if m.start() not in doubled]
    for ga, gb in gaps:
        spos = [x for x in spos_all if ga <= x < gb]
        k = 0
        while k < len(spos):
            i = spos[k]
            k += 1
            if not _single_opens(text, i):
                continue
            close, weak, limit = None, None, gb
            while k < len(spos):
                j = spos[k]
                kind = _single_closes(text, j)
                if kind == 2:
                    close = j
                    k += 1
                    break
                if kind == 1 and weak is None:
                    weak = j
                elif weak is not None and text[j - 1:j].isspace() and _single_opens(text, j):
                    break  # 'reckless' and tried to 'scare him': a new quote opens, so the weak mark closed
                if _single_opens(text, j) and j >= 2 and text[j - 1] in " \t\n" and text[j - 2] in ".!?:":
                    limit = j  # a new quote opens after a sentence: the paragraph break was lost
                    break
                k += 1
            if close is None and weak is not None:
                close = weak
                k = spos.index(weak) + 1
            if close is not None:
                a, b = _trim(text, i + 1, close)
                singles.append(Mark(i, close, a, b, "single"))
                continue
            a, b = _trim(text, i + 1, limit)
            # an unclosed single mark counts only at a sentence start (a quote, not a stray)
            if (i == 0 or text[:i].rstrip()[-1:] in (".", "!", "?", ":", "") or
                    _next(text, i).isupper() and len(text[a:b].split()) >= 4) and b - a > 1:
                singles.append(Mark(i, None, a, b, "single"))
            else:
                k = spos.index(i) + 1
    marks = [m for m in doubles + singles if m.end > m.start and any(ch.isalpha() for ch in text[m.start:m.end])]
    return sorted(marks, key=lambda m: m.open)


# --- names -------------------------------------------------------------------------------------

def _words(name: str) -> list[str]:
    name = re.sub(r"['’]s$", "", name.strip())
    return [w for w in re.split(r"\s+", name) if w]


def clean_name(name: str) -> str:
    """Strip honorifics, a leading "the" and possessive from a name."""
    words = _words(name)
    while len(words) > 1 and words[0].lower().rstrip(".") in lex.ADDRESS_WORDS:
        words = words[1:]
    return " ".join(words).strip(" ,.;:")


@dataclass
class PersonIndex:
    """Every person named in the article, to turn short names into the full one in use there."""

    full: list[tuple[int, str]] = field(default_factory=list)  # (article offset, multi-word name)
    singles: set[str] = field(default_factory=set)  # one-word person names, lower case
    quoted: list[str] = field(default_factory=list)  # full names said only inside quotes (for unique())
    gender_by_last: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, pos: int) -> None:
        name = clean_name(name)
        words = [w for w in name.split() if w[:1].isupper() or not w[:1].isalpha()] if name[:1].islower() else name.split()
        while words and not any(ch.isalpha() for ch in words[-1]):
            words = words[:-1]  # "Roddick 6-2 7-6": a score glued on by the tagger is no part of a name
        name = " ".join(words)
        if len(words) > 1 and any(ch.isalpha() for ch in name):
            self.full.append((pos, name))
        elif words and any(ch.isalpha() for ch in name):
            self.singles.add(words[0].lower())

    def canonical(self, name: str, pos: int = 1 << 30) -> str:
        """The full name of the same person nearest before ``pos`` (else the first after it); never
        one whose given name says the other gender than the name's honorific ("Mrs Lee" is not "Tom Lee")."""
        raw = _words(name)
        said = honorific_gender(raw[0]) if len(raw) == 2 else None  # ("Mrs Lee": the honorific's gender)
        name = clean_name(name)
        words = name.split()
        if not words:
            return name
        last, first = words[-1].lower(), words[0].lower()
        before = after = None
        for p, full in self.full:
            fw = full.split()
            if said and form_gender(full) not in (None, said):
                continue
            if fw[-1].lower() == last and (len(words) == 1 or fw[0].lower() == first or len(fw) >= len(words)
                                           and full.lower().endswith(name.lower())):
                pass
            elif len(words) == 1 and fw[0].lower() == last:  # "Clara" for Clara Finch
                pass
            else:
                continue
            if p < pos:
                if before is None or p >= before[0] or (len(full) > len(before[1]) and before[1] in full):
                    before = (p, full)
            elif after is None:
                after = (p, full)
        chosen = before or after
        if chosen and len(chosen[1]) >= len(name):
            return chosen[1]
        return name

    def unique(self, name: str) -> str:
        """The one longer form of ``name`` the article uses ("Mr Duval" / "Duval" -> "Anne Duval"),
        whatever its position; ``name`` itself (without its title) when there are several or none."""
        words = clean_name(name).split()
        if not words:
            return name
        last = words[-1].lower()
        forms = {full for full in [f for _, f in self.full] + self.quoted
                 if full.split()[-1].lower() == last and len(full.split()) >= len(words)
                 and full.split()[0].lower().rstrip(".") not in lex.TITLE_WORDS}  # "Captain Gerrard" is no full name
        if len(forms) == 1:
            return next(iter(forms))
        return name if len(words) > 1 or not (forms or last in self.singles) else " ".join(words)

    def knows(self, name: str) -> bool:
        """The article names someone with this surname (alone or in full)."""
        words = clean_name(name).split()
        return bool(words) and (words[-1].lower() in self.singles or
                                any(full.split()[-1].lower() == words[-1].lower() for _, full in self.full))

    def gender(self, name: str) -> str | None:
        words = clean_name(name).split()
        if not words:
            return None
        first = words[0].lower()
        if len(words) > 1 and first in lex.FEMALE_NAMES:
            return "f"
        if len(words) > 1 and first in lex.MALE_NAMES:
            return "m"
        return self.gender_by_last.get(words[-1].lower())


# --- the analysis ------------------------------------------------------------------------------

@dataclass
class Block:
    doc: "Doc"
    offset: int
    para: int  # paragraph number order (-1 for the headline)
    marks: list[Mark]
    inq: list[bool]  # token inside a quote (marks included)
    ent_of: list[int]  # token -> index into ents, -1 if none
    ents: list = field(default_factory=list)
    text: str = ""


def _block(doc: "Doc", offset: int, para: int) -> Block:
    """A parsed paragraph with its quotation marks, which tokens they enclose, and its entities."""
    text = doc.text
    marks = find_marks(text)
    inq = [False] * len(doc)
    if marks:
        k = 0
        for t in doc:
            while k < len(marks) and t.idx >= (marks[k].close + 1 if marks[k].close is not None else marks[k].end):
                k += 1
            if k < len(marks) and t.idx >= marks[k].open:
                inq[t.i] = True
    ent_of = [-1] * len(doc)
    ents = list(doc.ents)
    for e, ent in enumerate(ents):
        for i in range(ent.start, ent.end):
            ent_of[i] = e
    return Block(doc, offset, para, marks, inq, ent_of, ents, text)


@dataclass
class Analysis:
    """What the extractors share about one article (see the module docstring)."""

    parsed: ParsedArticle
    blocks: list[Block]
    sentences: list[tuple[int, int, "Span", ParsedParagraph]]
    referents: list[Actor] = field(default_factory=list)
    names: PersonIndex = field(default_factory=PersonIndex)
    _quoted: dict[int, list[bool]] = field(default_factory=dict, repr=False)  # paragraph doc -> its mask
    _coref: "Coreference | None" = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for b in self.blocks:
            mask = [False] * len(b.text)
            for m in b.marks:
                end = m.close + 1 if m.close is not None else m.end
                for k in range(m.open, min(end, len(mask))):
                    mask[k] = True
            self._quoted[id(b.doc)] = mask

    def quoted_chars(self, doc: "Doc") -> list[bool]:
        """For each character of one of the article's paragraphs: inside quotation marks (the marks
        included)? Read from the blocks' marks, once per paragraph."""
        return self._quoted[id(doc)]

    def inside_quotes(self, token: "Token") -> bool:
        """``token`` (of one of the article's paragraphs) stands inside quotation marks."""
        mask = self._quoted.get(id(token.doc))
        return bool(mask) and token.idx < len(mask) and mask[token.idx]

    def set_referents(self, actors: list[Actor]) -> None:
        """The article's actors (from the actor stage), and the name index built on them."""
        self.referents = actors
        self.names = _names(actors, self.blocks)
        self._coref = None

    @property
    def coref(self) -> "Coreference":
        """The article's one resolver of mentions (:mod:`.coref`), on the current referents."""
        if self._coref is None:
            from .coref import Coreference  # coref builds on this module's blocks and names

            self._coref = Coreference(self.blocks, self.names, self.referents)
        return self._coref


def analyse(parsed: ParsedArticle) -> Analysis:
    """The analysis of one parsed article, before its actors are known (names from entities alone)."""
    text, art = parsed.article.text, parsed.article
    blocks: list[Block] = []
    if parsed.title_doc is not None and art.title_span and \
            text[art.title_span[0]:art.title_span[1]] == parsed.title_doc.text:
        blocks.append(_block(parsed.title_doc, art.title_span[0], -1))
    for k, pp in enumerate(parsed.paragraphs):
        blocks.append(_block(pp.doc, pp.offset, k))
    return Analysis(parsed=parsed, blocks=blocks, sentences=list(parsed.sentences()), names=_names([], blocks))


def person_name_words(tokens) -> bool:
    """Are ``tokens`` all capitalised proper-noun words, none a body's or a place's suffix ("Ann
    Lee", not "Harbour Party" or "Avon Valley"): words a person's name can be made of."""
    return all(t.pos_ == "PROPN" and t.text.isalpha() and t.text[:1].isupper() and
               t.lower_ not in lex.ORG_SUFFIXES and t.lower_ not in lex.PLACE_SUFFIXES for t in tokens)


def described_person(b: Block, ent: "Span") -> bool:
    """A two- or three-word name the tagger took for a body or a place that an apposition describes
    as a person ("Ann Varga, a Hungarian journalist visiting the city,"): a person's name."""
    if ent.label_ not in ("ORG", "NORP", "GPE", "PRODUCT") or not 2 <= len(ent) <= 3 or b.inq[ent.start] or \
            lex.lookup(ent.text) or not person_name_words(ent):
        return False
    if ent.end + 1 >= len(b.doc) or b.doc[ent.end].text != ",":
        return False
    return any(c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in lex.PERSON_NOUNS and c.i > ent.end
               and not b.inq[c.i] for c in ent.root.children)


def capital_verb(t: "Token", tags: tuple[str, ...] = ("VBD", "VBZ", "MD")) -> bool:
    """A capitalised word the tagger reads as a verb, not a name ("Says", "Calls", "Will" in a line
    written in title case; "Said" opening "Said Lee, ..."): no part of a person's name. (A given
    name the tagger calls a verb stays: the lexicon's given names.)"""
    return t.tag_ in tags and t.text[:1].isupper() and t.is_alpha and t.lower_ not in lex.GIVEN_NAMES


def title_case_verb(t: "Token") -> bool:
    """A capitalised verb of a line written in title case ("Says", "Tells", "Will" in "Ann Lee Tells
    Westby To Wait"; :func:`capital_verb`), whatever the tagger calls a speech verb's "-s" form there:
    no part of a name."""
    w = t.lower_
    if not (t.is_title and t.is_alpha) or w in lex.GIVEN_NAMES:
        return False
    if not capital_verb(t):
        stems = {w[:-1], w[:-2] if w.endswith("es") else "", w[:-3] + "y" if w.endswith("ies") else ""}
        if len(w) <= 3 or not w.endswith("s") or not stems & (lex.SPEECH_VERBS | lex.SAYS_VERBS):
            return False
    words = [x for x in t.sent if x.is_alpha and not x.is_stop]
    return len(words) >= 4 and sum(x.text[:1].isupper() for x in words) >= 0.8 * len(words)


def _name_end(doc: "Doc", ent: "Span") -> int:
    """Where a person entity's name ends: before a title-case verb the tagger ran it on into
    ("Lee Says Westby Is" in a headline is Lee)."""
    return next((k for k in range(ent.start + 1, ent.end) if title_case_verb(doc[k])), ent.end)


def _names(actors: list[Actor], blocks: list[Block]) -> PersonIndex:
    """Every multi-word person name (person actors first, then PERSON entities outside quotes),
    and genders that "Mr"/"Mrs" give surnames."""
    index = PersonIndex()
    for actor in actors:
        if actor.type == "person":
            first = min((m.start for m in actor.spans), default=1 << 29)
            for name in [actor.name, *actor.aliases]:
                if len(name.split()) <= 5:
                    index.add(name, first)
    for b in blocks:
        for ent in b.ents:
            first = ent.text.split()[0].lower() if ent.text.split() else ""
            if (ent.label_ == "PERSON" or len(ent) == 2 and (first in lex.FEMALE_NAMES or first in lex.MALE_NAMES) and
                    all(x.text[:1].isupper() for x in ent) or described_person(b, ent)) and len(ent) <= 5 and \
                    not b.inq[ent.start]:
                end = _name_end(b.doc, ent)
                index.add(b.doc[ent.start:end].text, b.offset + ent.start_char)
                prev = b.doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
                words = clean_name(ent.text).split()
                if prev in ("mr", "mrs", "ms", "miss") and words:
                    index.gender_by_last[words[-1].lower()] = "m" if prev == "mr" else "f"
            elif ent.label_ == "PERSON" and b.inq[ent.start] and len(clean_name(ent.text).split()) > 1:
                index.quoted.append(clean_name(ent.text))
    return index
