"""Extractive summary: 2-3 verbatim sentences (at most 90 words) and a one-line standfirst.

How it works (deterministic and cheap: everything comes from the article's spaCy parse):

1. **Candidates.** Every body sentence, its start moved past a leading dateline ("LONDON
   (Reuters) -", "(CNN)", a "By . Jane Doe . PUBLISHED: ..." block). Boilerplate (sign-up
   prompts, "Scroll down for video", "Also Read", photo captions, credits), fragments, questions
   and verbless lines (scores, line-ups) are left out (:mod:`.summary_rules`).
2. **Score.** A weighted sum of a few general features: the log of centrality (how much of the
   article's vocabulary, counted with the headline's, the sentence carries), a lead-position
   prior, overlap with the headline and dek, entity and proper-name density; minus penalties for
   over-long sentences and sentences that run two together (a photo caption glued to the text).
3. **Select.** Greedily by score under a word budget, skipping near-duplicates; a sentence that
   opens with "He", "This", "But" ... or continues a quotation is only taken with the sentence
   before it. Past two sentences, a weak sentence (low score, or far below the best) is not
   added: a shorter summary beats a padded one. The sentences come back in article order.

The standfirst is the article's own dek when it has one, else the best-scoring sentence that
stands on its own (verbatim).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import ParsedArticle, Sentence
from . import summary_rules as rules

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Summary length: at least MIN_SENTENCES, at most MAX_SENTENCES, words at most MAX_WORDS.
MIN_SENTENCES = 2
MAX_SENTENCES = 3
MAX_WORDS = 90
#: Stop adding sentences once the summary has this many words.
TARGET_WORDS = 50
#: Below this many words the summary takes the next sentence however weak.
MIN_WORDS = 0
#: Past MIN_SENTENCES (and MIN_WORDS), sentences scoring below this are not added.
STOP_SCORE = 0.4
#: ... and so are sentences scoring more than this below the best one.
STOP_GAP = 0.5
#: Sentences shorter than this (in words) are fragments, not summary material.
MIN_SENTENCE_WORDS = 6
#: Longer sentences are penalised (DailyMail photo captions run into the next sentence).
LONG_SENTENCE_WORDS = 45

# Feature weights (see score()). Fitted by coordinate ascent over these constants and the length
# rules above, with the features computed once per sentence and cached, on CNN/DailyMail dev
# (122 articles; ROUGE-1/2 F1 against the highlights) and BBC News Summary dev (the even-numbered
# half of the 1,781 articles; share of summary sentences found in the reference extract; the odd
# half, held out, scored 0.009 higher), maximising the worst of (ROUGE-1 - 41.49,
# ROUGE-2 - 18.69, 50 * (precision - 0.82)), i.e. the margins over LEAD-3 and the BBC target.
# Quote, first-person and run-on-name penalties and a lead-sentence bonus were tried and got
# weight 0, so they are not computed.
W_LOG_CENTRALITY = 1.3
W_POSITION = 0.7
W_TITLE = 0.2
W_ENTITY = 0.2
W_NAMES = 0.1
P_LONG = 0.1
P_MERGED = 1.0
#: Centrality normalises the summed word frequencies by (number of content words) ** this.
CENTRALITY_EXPONENT = 0.7
#: Position prior: exp(-index / POSITION_SCALE) over the body sentences in reading order.
POSITION_SCALE = 7.5
#: Two sentences are near-duplicates when this share of the smaller one's content words is shared.
DUPLICATE_OVERLAP = 0.7


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
    score: float = 0.0


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
        out.append(Candidate(index=position, start=start, end=end, span=span, words=words,
                             lemmas=content_lemmas(tokens), keys=keys, dangling=rules.is_dangling(sentence) or rules.continues_quote(sentence)))
    return out, freq


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


def score(cands: list[Candidate], freq: dict[str, int], head: set[str]) -> None:
    """Set ``Candidate.score`` for every candidate.

    The log of centrality sinks sentences far from the story's topic however early they come;
    among central sentences the position prior favours the lead.
    """
    if not cands:
        return
    top = max(freq.values()) if freq else 1
    raw = [sum(freq.get(k, 0) for k in c.keys) / top / max(1, len(c.keys)) ** CENTRALITY_EXPONENT for c in cands]
    best = max(raw) or 1.0
    for c, r in zip(cands, raw):
        # Centrality: the article's word frequencies summed over the sentence's content words,
        # over len ** CENTRALITY_EXPONENT; 1.0 for the most central sentence of the article.
        centrality = r / best
        title = len(c.lemmas & head) / len(head) if head else 0.0  # share of headline words
        ents = sum(1 for e in c.span.ents if e.label_ != "ORDINAL")
        entity = min(1.0, ents / max(1.0, c.words / 8.0))  # about one entity per 8 words is full marks
        names = min(1.0, 3.0 * sum(t.pos_ == "PROPN" for t in c.span) / c.words)
        long_ = max(0.0, min(1.0, (c.words - LONG_SENTENCE_WORDS) / 20.0))
        c.score = (W_LOG_CENTRALITY * math.log(centrality + 0.05)
                   + W_POSITION * math.exp(-c.index / POSITION_SCALE)
                   + W_TITLE * title + W_ENTITY * entity + W_NAMES * names
                   - P_LONG * long_ - P_MERGED * rules.is_merged(c.span))


def near_duplicate(a: Candidate, b: Candidate) -> bool:
    if not a.lemmas or not b.lemmas:
        return False
    return len(a.lemmas & b.lemmas) / min(len(a.lemmas), len(b.lemmas)) >= DUPLICATE_OVERLAP


def select(cands: list[Candidate]) -> list[Candidate]:
    """Greedy choice under the word budget; returns the chosen candidates in article order."""
    by_index = {c.index: c for c in cands}
    ranked = sorted(cands, key=lambda c: (-c.score, c.index))
    chosen: list[Candidate] = []
    words = 0

    def fits(c: Candidate) -> bool:
        return words + c.words <= MAX_WORDS and not any(near_duplicate(c, o) for o in chosen)

    for _round in range(2):  # a second pass lets a dangling sentence in once its antecedent is chosen
        for c in ranked:
            if len(chosen) >= MAX_SENTENCES or (len(chosen) >= MIN_SENTENCES and words >= TARGET_WORDS):
                break
            if (len(chosen) >= MIN_SENTENCES and words >= MIN_WORDS
                    and (c.score < STOP_SCORE or c.score < chosen[0].score - STOP_GAP)):
                break  # the rest are weak: a shorter summary is a better one
            if c in chosen or not fits(c):
                continue
            if c.dangling:
                prev = by_index.get(c.index - 1)
                if prev is None or prev not in chosen:
                    continue
            chosen.append(c)
            words += c.words
    if len(chosen) < MIN_SENTENCES:  # short article: fill from the top in reading order
        for c in sorted(cands, key=lambda c: c.index):
            if len(chosen) >= MIN_SENTENCES:
                break
            if c not in chosen and words + c.words <= MAX_WORDS and not any(near_duplicate(c, o) for o in chosen):
                if c.dangling and by_index.get(c.index - 1) not in chosen:
                    continue
                chosen.append(c)
                words += c.words
    return sorted(chosen, key=lambda c: c.index)


QUOTE_OPENERS = "\"“‘'«"


def extract(parsed: ParsedArticle) -> tuple[list[Sentence], str]:
    """The summary sentences (verbatim, with article offsets) and a one-line standfirst."""
    text = parsed.article.text
    cands, freq = candidates(parsed)
    for doc in headline_docs(parsed):  # the headline's words count too
        for k in content_keys(doc):
            freq[k] = freq.get(k, 0) + 1
    score(cands, freq, headline_lemmas(parsed))
    chosen = select(cands)
    sentences = [Sentence(text[c.start:c.end], c.start, c.end) for c in chosen]
    dek = (parsed.article.dek or "").strip()
    if dek:
        standfirst = " ".join(dek.split())
    elif cands:
        # A listing line tells the story in the article's voice: not a dangling sentence, not a quote.
        best = max(cands, key=lambda c: (c.score - (1.0 if c.dangling else 0.0)
                                         - (1.0 if text[c.start] in QUOTE_OPENERS else 0.0), -c.index))
        standfirst = text[best.start:best.end]
    else:
        standfirst = ""
    return sentences, standfirst
