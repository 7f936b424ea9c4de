"""Extractive summary: 2-4 verbatim sentences (at most 90 words) and a one-line standfirst.

How it works (deterministic and cheap: everything comes from the article's spaCy parse):

1. **Candidates.** Every body sentence (the readers keep captions, widgets, lines in capitals and
   datelines out of the body), its start moved past a leading dateline ("LONDON (Reuters) -",
   "(CNN)", "Paris, France (CNN)", a "By . Jane Doe . PUBLISHED: ..." block). Boilerplate
   (sign-up prompts, "Scroll down for video", "Also Read", photo captions, credits), fragments,
   questions and verbless lines (scores, line-ups) are left out (:mod:`.summary_rules`).
2. **Features.** Fourteen named features per sentence (:data:`FEATURES`), none of them its
   place in the article: the log of centrality (how much of the article's vocabulary, counted with
   the headline's, the sentence carries), centrality on the other sentences' words, the rank by
   centrality, overlap with the headline and dek, entity and proper-name density, over-length,
   two sentences run together (a caption glued to the text), an opening quotation mark, a pointer
   back ("He", "But"), the quoted share, numbers, shortness. Where a sentence stands is the
   selection's business (the lead is the default), not the scorer's: how much a source's
   references favour its first sentences is the one thing the two development corpora disagree
   on (CNN/DailyMail highlights follow the lead, BBC extracts follow centrality), so a scorer
   that learnt it from one would carry that source's habit to the other.
3. **Score.** A logistic regression: ``intercept + weights · features``, the weights read from
   ``generator/data/summary_weights.json`` (written by ``train/summary_model.py``, which says how),
   standardised over the article, so that the margin and the gap below mean the same on any source.
4. **Select** (:func:`select`). The lead is the default; a later sentence replaces a lead
   sentence only when it outscores it by the model's margin (less a penalty for repeating what
   the other chosen sentences say), the headline shares more of its words than the lead
   sentence's, and not through one feature alone; a third sentence far below the best one is
   dropped. A sentence that opens with "He", "This", "But" ... or continues a quotation, or says
   "he"/"she" with no noun before it (a closing '..., he said.'), is only taken right after the
   sentence before it, and never opens the summary (:func:`referents`). The sentences come back in article order.

The standfirst is the article's own dek when it has one, else the best-scoring sentence that
stands on its own (verbatim).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import ParsedArticle, Sentence
from . import summary_rules as rules

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Summary length: at least MIN_SENTENCES, at most MAX_SENTENCES, words at most MAX_WORDS.
MIN_SENTENCES = 2
MAX_SENTENCES = 4
MAX_WORDS = 90
#: The lead: the first sentences in reading order, up to this many, are the default summary.
LEAD_SENTENCES = 3
#: Sentences shorter than this (in words) are fragments, not summary material.
MIN_SENTENCE_WORDS = 6
#: Longer sentences are penalised (DailyMail photo captions run into the next sentence).
LONG_SENTENCE_WORDS = 45
#: Centrality normalises the summed word frequencies by (number of content words) ** this.
CENTRALITY_EXPONENT = 0.7
#: Two sentences are near-duplicates when this share of the smaller one's content words is shared.
DUPLICATE_OVERLAP = 0.7

#: The named features of a sentence, in the order of :func:`features` (the weights file names them).
FEATURES = ("log_centrality", "title", "entity", "names", "long", "merged", "quote", "dangling",
            "central_others", "central_rank", "top_central", "quote_share", "numbers", "short")


@dataclass(frozen=True)
class Model:
    """A logistic regression over :data:`FEATURES`: ``score = intercept + weights · features``
    (the log-odds that a sentence belongs in the reference summary); ``margin``, by which a
    later sentence must outscore a lead sentence to replace it; ``gap``, how far below the best
    chosen sentence a third or fourth one may score and stay, and ``gap_untitled``, the same when
    no sentence shares a word with a headline (none, or a stand-in: no evidence besides the model,
    so the lead is kept more firmly); ``redundancy``, what a sentence's score loses per unit of
    :func:`overlap` with the other chosen sentences."""

    weights: dict[str, float]
    intercept: float
    margin: float
    gap: float = 99.0
    redundancy: float = 0.0
    gap_untitled: float = 99.0

    @classmethod
    def load(cls, path: Path) -> "Model":
        data = json.loads(path.read_text(encoding="utf-8"))
        unknown = set(data["weights"]) - set(FEATURES)
        if unknown:
            raise ValueError(f"{path}: unknown summary features {sorted(unknown)}")
        return cls(weights={f: float(data["weights"].get(f, 0.0)) for f in FEATURES},
                   intercept=float(data["intercept"]), margin=float(data["margin"]), gap=float(data["gap"]),
                   redundancy=float(data.get("redundancy", 0.0)), gap_untitled=float(data.get("gap_untitled", 99.0)))


#: The shipped weights (written by ``train/summary_model.py``; its header says how).
WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "summary_weights.json"
_MODEL: Model | None = None


def model() -> Model:
    """The shipped model, read once."""
    global _MODEL
    if _MODEL is None:
        _MODEL = Model.load(WEIGHTS_FILE)
    return _MODEL


@dataclass
class Candidate:
    """One body sentence that may go into the summary."""

    index: int  # reading-order position among the article's body sentences
    start: int
    end: int
    span: "Span"
    words: int
    lemmas: set[str] = field(default_factory=set)
    keys: list[str] = field(default_factory=list)  # content words (lower case), repeats kept
    dangling: bool = False  # needs the sentence before it
    needs: frozenset[int] = frozenset()  # indices of earlier sentences it refers back to (see :func:`referents`)
    score: float = 0.0
    features: dict[str, float] = field(default_factory=dict)
    opener: str = ""  # the sentence's first character


def content_lemmas(tokens) -> set[str]:
    """Lower-cased lemmas of the content words (no stop words, punctuation or spaces)."""
    out = set()
    for t in tokens:
        if t.is_stop or t.is_punct or t.is_space or not (t.is_alpha or t.like_num):
            continue
        lemma = (t.lemma_ or t.text).lower()
        if len(lemma) > 1:
            out.add(lemma)
    return out


#: Function words left out of the centrality counts: a short classic list (pronouns, articles,
#: auxiliaries, prepositions, conjunctions). Shorter than spaCy's stop list on purpose: reporting
#: verbs and words like "year" or "would" stay in (that scored better on both development sets).
FUNCTION_WORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing don down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
you your yours yourself yourselves s t 's n't 're 've 'll 'd 'm
""".split())


def content_keys(tokens) -> list[str]:
    """Lower-cased words and numbers other than function words, repeats kept."""
    return [t.lower_ for t in tokens
            if (t.is_alpha or t.like_num or t.is_digit) and t.lower_ not in FUNCTION_WORDS]


def candidates(parsed: ParsedArticle) -> tuple[list[Candidate], dict[str, int]]:
    """Every body sentence in reading order, trimmed, with boilerplate left out; and the
    frequency of every content word over the article's (non-boilerplate) body sentences."""
    text = parsed.article.text
    out: list[Candidate] = []
    freq: dict[str, int] = {}
    index = 0
    for start, end, span, pp in parsed.sentences():
        start, end = rules.trim(text, start, end)
        if start >= end:
            continue
        sentence = text[start:end]
        if rules.is_boilerplate(sentence):
            continue
        doc_start = start - pp.offset
        tokens = [t for t in span if t.idx >= doc_start]
        keys = content_keys(tokens)
        for k in keys:
            freq[k] = freq.get(k, 0) + 1
        words = len(sentence.split())
        position = index
        index += 1
        if (words < MIN_SENTENCE_WORDS or rules.is_fragment(sentence)
                or not any(t.pos_ in ("VERB", "AUX") for t in tokens)):  # lists, scores, line-ups
            continue
        dangling = rules.is_dangling(sentence) or rules.continues_quote(sentence)
        out.append(Candidate(index=position, start=start, end=end, span=span, words=words,
                             lemmas=content_lemmas(tokens), keys=keys, opener=sentence[:1], dangling=dangling,
                             needs=referents(tokens, position, dangling)))
    return out, freq


#: Third-person singular pronouns that name a person (the sentence needs that person introduced).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers"})
_QUOTE_MARKS = frozenset(('"', "“", "”", "''", "``"))  # '' and `` in Treebank-style text


def referents(tokens, position: int, dangling: bool) -> frozenset[int]:
    """The earlier sentences this one refers back to beyond its first words, which a summary must
    hold for it to read on its own: the sentence before, when a "he"/"she"/"his"/"her" has no
    noun before it outside quotation marks ('"The machines have been around for years," he said.').
    (A sentence that opens on a pointer back is :attr:`Candidate.dangling` instead.)"""
    needs = set()
    if not dangling:
        inside = False
        for t in tokens:
            if t.text in _QUOTE_MARKS:
                inside = not inside
            elif not inside and t.pos_ in ("NOUN", "PROPN"):
                break  # an antecedent in the sentence itself
            elif not inside and t.lower_ in PERSON_PRONOUNS and (t.pos_ == "PRON" or t.tag_ == "PRP$"):
                needs.add(position - 1)
                break
    return frozenset(needs)


def headline_docs(parsed: ParsedArticle) -> list:
    """The parsed headline and dek, leaving out a stand-in title: when an article has no headline
    the reader titles it with its own first sentence, which is no independent evidence."""
    docs = []
    title, body = parsed.article.title, parsed.article.body()
    if parsed.title_doc is not None and title:
        stem = " ".join(title.rstrip("…").split())
        first = " ".join(parsed.article.text[body[0].start:body[0].end].split()) if body else ""
        if parsed.article.title_span is not None or not (stem and first.startswith(stem)):
            docs.append(parsed.title_doc)
    if parsed.dek_doc is not None:
        docs.append(parsed.dek_doc)
    return docs


def headline_lemmas(parsed: ParsedArticle) -> set[str]:
    out: set[str] = set()
    for doc in headline_docs(parsed):
        out |= content_lemmas(doc)
    return out


def _quote_share(sentence: str) -> float:
    """The share of the sentence's characters inside double quotation marks."""
    parts = _DOUBLE_QUOTES.split(sentence)
    if len(parts) <= 2:
        return 0.0
    return min(1.0, sum(len(p) for p in parts[1::2]) / max(1, len(sentence)))


def features(cands: list[Candidate], freq: dict[str, int], head: set[str], text: str = "") -> None:
    """Set ``Candidate.features``: the named features of :data:`FEATURES`, each in about [0, 1]
    (``log_centrality`` and ``central_others`` in [-3, 0]).

    Besides the sentence's own features, three describe it against the rest of the article,
    whatever the source's habits: ``central_others`` (centrality counted on the *other* sentences'
    words, over the square root of its length), ``central_rank`` (its place by centrality, 0 the
    most central, 1 the least) and ``top_central`` (one of the two most central). No feature says
    where the sentence stands (see the module's docstring)."""
    if not cands:
        return
    top = max(freq.values()) if freq else 1
    raw = [sum(freq.get(k, 0) for k in c.keys) / top / max(1, len(c.keys)) ** CENTRALITY_EXPONENT for c in cands]
    best = max(raw) or 1.0
    others = []
    for c in cands:
        own: dict[str, int] = {}
        for k in c.keys:
            own[k] = own.get(k, 0) + 1
        others.append(sum(freq.get(k, 0) - own[k] for k in c.keys) / max(1, len(c.keys)) ** 0.5)
    best_others = max(others) or 1.0
    # Centrality: the article's word frequencies summed over the sentence's content words,
    # over len ** CENTRALITY_EXPONENT; 1.0 for the most central sentence of the article.
    log_central = [math.log(r / best + 0.05) for r in raw]
    order = sorted(range(len(cands)), key=lambda i: (-log_central[i], i))
    rank = {i: r for r, i in enumerate(order)}
    for i, c in enumerate(cands):
        ents = sum(1 for e in c.span.ents if e.label_ != "ORDINAL")
        c.features = {
            "log_centrality": log_central[i],
            "title": len(c.lemmas & head) / len(head) if head else 0.0,  # share of headline words
            "entity": min(1.0, ents / max(1.0, c.words / 8.0)),  # about one entity per 8 words is full marks
            "names": min(1.0, 3.0 * sum(t.pos_ == "PROPN" for t in c.span) / c.words),
            "long": max(0.0, min(1.0, (c.words - LONG_SENTENCE_WORDS) / 20.0)),
            "merged": float(rules.is_merged(c.span)),
            "quote": float(c.opener in QUOTE_OPENERS),
            "dangling": float(c.dangling),
            "central_others": math.log(others[i] / best_others + 0.05) if best_others > 0 else math.log(0.05),
            "central_rank": rank[i] / max(1, len(cands) - 1),
            "top_central": float(rank[i] < 2),
            "quote_share": _quote_share(text[c.start:c.end]) if text else 0.0,
            "numbers": min(1.0, sum(t.like_num for t in c.span) / max(1.0, c.words / 10.0)),
            "short": max(0.0, min(1.0, (15 - c.words) / 9.0)),
        }


def score(cands: list[Candidate], weights: Model) -> None:
    """Set ``Candidate.score``: the model's log-odds that the sentence is summary material,
    standardised over the article (less their mean, over their spread). The margin and the gap
    are then in the same units on any source: a model fitted where it is very sure of itself
    (BBC extracts follow centrality closely) does not overrule the lead elsewhere by the size of
    its log-odds alone."""
    raw = [weights.intercept + sum(weights.weights[f] * c.features.get(f, 0.0) for f in FEATURES) for c in cands]
    mean = sum(raw) / len(raw) if raw else 0.0
    spread = math.sqrt(sum((r - mean) ** 2 for r in raw) / len(raw)) if raw else 0.0
    for c, r in zip(cands, raw):
        c.score = (r - mean) / spread if spread > 1e-9 else 0.0


def overlap(a: Candidate, b: Candidate) -> float:
    """The share of the smaller sentence's content lemmas that the other one has too (0 to 1)."""
    if not a.lemmas or not b.lemmas:
        return 0.0
    return len(a.lemmas & b.lemmas) / min(len(a.lemmas), len(b.lemmas))


def near_duplicate(a: Candidate, b: Candidate) -> bool:
    return overlap(a, b) >= DUPLICATE_OVERLAP


def redundant(c: Candidate, others: list[Candidate]) -> float:
    """How much of ``c`` the other chosen sentences already say: its largest :func:`overlap`."""
    return max((overlap(c, o) for o in others if o is not c), default=0.0)


def clearly_better(later: Candidate, lead: Candidate, weights: Model, others: list[Candidate] = ()) -> bool:
    """``later`` outscores ``lead`` by the model's margin, each less the redundancy penalty for
    what the ``others`` chosen already say; the headline shares more of its words with ``later``
    than with ``lead`` (independent evidence: without a headline of its own, as in a file that is
    one paragraph of text, the lead stands); and ``later`` still outscores ``lead`` with the one
    feature that favours it most left out: no single feature decides a replacement."""
    penalty = weights.redundancy * (redundant(later, list(others)) - redundant(lead, list(others)))
    if later.score - lead.score - penalty < weights.margin:
        return False
    if not later.features or not lead.features:
        return True
    if later.features.get("title", 0.0) <= lead.features.get("title", 0.0):
        return False  # the headline, the article's own summary, does not side with the later sentence
    gains = [weights.weights[f] * (later.features.get(f, 0.0) - lead.features.get(f, 0.0)) for f in FEATURES]
    return sum(gains) - max(gains) > 0.0


def select(cands: list[Candidate], weights: Model | None = None) -> list[Candidate]:
    """The lead, with a lead sentence replaced by a later one only when the model is clearly
    more confident in it (:func:`clearly_better`); the chosen candidates in article order.

    1. The lead: sentences in reading order, up to :data:`LEAD_SENTENCES`, stopping at the first
       that would take the summary past :data:`MAX_WORDS` (a later sentence that happens to fit
       is not the lead); a sentence that refers back (:attr:`Candidate.dangling`,
       :attr:`Candidate.needs`) only with the sentences it refers to.
    2. Replacements: later sentences, best first, each against the weakest lead sentence that
       no chosen sentence depends on; a sentence that refers back is never brought in without
       what it refers to, nor a near-duplicate of a chosen one, and a later sentence's score is
       penalised for what the others already say (``Model.redundancy``).
    3. Past :data:`MIN_SENTENCES`, the weakest sentence is dropped while it scores more than the
       model's gap below the best one (``gap_untitled`` when no sentence shares a word with a
       headline): a shorter summary beats a padded one.
    4. Fewer than :data:`MIN_SENTENCES` (short article, long sentences): fill in reading order,
       again stopping at the first sentence that does not fit; if that still leaves too few,
       the best-scoring sentence that fits.
    """
    weights = weights or model()
    ordered = sorted(cands, key=lambda c: c.index)
    by_index = {c.index: c for c in ordered}
    chosen: list[Candidate] = []

    def words(extra: Candidate | None = None, without: Candidate | None = None) -> int:
        return sum(c.words for c in chosen if c is not without) + (extra.words if extra else 0)

    def introduced(c: Candidate, others: list[Candidate]) -> bool:  # what it refers back to is there
        if c.dangling and by_index.get(c.index - 1) not in others:
            return False
        return all(by_index.get(i) in others for i in c.needs)

    def can_add(c: Candidate, without: Candidate | None = None) -> bool:
        others = [o for o in chosen if o is not without]
        return (introduced(c, others) and words(c, without) <= MAX_WORDS
                and not any(near_duplicate(c, o) for o in others))

    def props_up(c: Candidate) -> bool:  # a chosen sentence refers back to it
        return any((o.dangling and o.index == c.index + 1) or c.index in o.needs for o in chosen if o is not c)

    for c in ordered:  # 1. the lead
        if len(chosen) >= LEAD_SENTENCES or words(c) > MAX_WORDS:
            break
        if can_add(c):
            chosen.append(c)
    lead_end = max((c.index for c in chosen), default=-1)
    for c in sorted((c for c in ordered if c.index > lead_end and not c.dangling),
                    key=lambda c: (-c.score, c.index)):  # 2. replacements
        removable = [o for o in chosen if not props_up(o)]
        if not removable:
            break
        weakest = min(removable, key=lambda o: (o.score, -o.index))
        if c in chosen or not clearly_better(c, weakest, weights, [o for o in chosen if o is not weakest]):
            continue
        if can_add(c, without=weakest):
            chosen.remove(weakest)
            chosen.append(c)
    titled = any(c.features.get("title", 0.0) > 0.0 for c in cands)
    gap = weights.gap if titled else weights.gap_untitled
    while len(chosen) > MIN_SENTENCES:  # 3. weak sentences out
        removable = [o for o in chosen if not props_up(o)]
        weakest = min(removable, key=lambda o: (o.score, -o.index)) if removable else None
        if weakest is None or weakest.score >= max(o.score for o in chosen) - gap:
            break
        chosen.remove(weakest)
    for c in ordered:  # 4. too few: on in reading order while the sentences fit
        if len(chosen) >= MIN_SENTENCES or (c not in chosen and words(c) > MAX_WORDS):
            break
        if c not in chosen and can_add(c):
            chosen.append(c)
    if len(chosen) < MIN_SENTENCES:
        fits = [c for c in ordered if c not in chosen and can_add(c)]
        if fits:
            chosen.append(max(fits, key=lambda c: (c.score, -c.index)))
    chosen.sort(key=lambda c: c.index)
    while True:  # the summary never holds a sentence without what it refers back to
        lost = [c for c in chosen if not introduced(c, [o for o in chosen if o is not c])]
        if not lost:
            break
        chosen.remove(lost[0])
    return chosen


QUOTE_OPENERS = "\"“‘'«"
_DOUBLE_QUOTES = re.compile("[\"“”]|''|``")


def prepared(parsed: ParsedArticle) -> list[Candidate]:
    """The candidates with their features set (what the model scores; training reads this too)."""
    cands, freq = candidates(parsed)
    for doc in headline_docs(parsed):  # the headline's words count too
        for k in content_keys(doc):
            freq[k] = freq.get(k, 0) + 1
    features(cands, freq, headline_lemmas(parsed), parsed.article.text)
    return cands


def extract(parsed: ParsedArticle, weights: Model | None = None) -> tuple[list[Sentence], str]:
    """The summary sentences (verbatim, with article offsets) and a one-line standfirst."""
    text = parsed.article.text
    weights = weights or model()
    cands = prepared(parsed)
    score(cands, weights)
    chosen = select(cands, weights)
    sentences = [Sentence(text[c.start:c.end], c.start, c.end) for c in chosen]
    dek = (parsed.article.dek or "").strip()
    if dek:
        standfirst = " ".join(dek.split())
    elif cands:
        # A listing line tells the story in the article's voice: not a dangling sentence, not a quote
        # (either only when every sentence is one).
        own = [c for c in cands if not c.dangling and not c.needs and text[c.start] not in QUOTE_OPENERS] or cands
        best = max(own, key=lambda c: (c.score, -c.index))
        standfirst = text[best.start:best.end]
    else:
        standfirst = ""
    return sentences, standfirst
