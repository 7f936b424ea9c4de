"""The learned quote filter: is a quoted span a quote at all, or a scare-quoted term, a title, a nickname?

The rules (:meth:`.quotes_core._Cues.is_term`) judge a few layouts of terms and titles. This module
describes each short quoted span by a few dozen named 0/1 features — its length, whether it is a
clause (a finite verb, a subject), first-person words, capitals and end punctuation inside, what
stands before it ("so-called", "called", a determiner, a preposition, a title word, the "that" of
"said that") and after it (a lower-case noun it modifies), whether it is one of a list of quoted
items, whether a cue found a speaker for it and which, a reporting verb in its sentence, the rules'
own verdict — and scores them with a logistic model whose weights are
data (``generator/data/quote_weights.json``, fitted by ``train/quote_model.py`` on PolNeAR train:
quoted spans inside an attribution's content are quotes, the others are not). A span of at most
the file's ``max_words`` words whose probability of being a quote falls below its ``threshold`` is
dropped as a term, and one above it is kept, even when the rules' weakest guess (a short noun phrase
after a determiner, with no reporting context) or a quoted pre-modifier of adjectives (the “bold”
plan) calls it a term; a span a sure rule calls a term (a title, "so-called", a back-reference, a
pre-modifier that holds a noun) stays one; longer spans, and every span when there is no weights file (or
``$BRIEFINGS_QUOTE_WEIGHTS`` is ``off``), are left to the rules. Pure Python at run time.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from . import weights

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .analysis import Block, Mark

FIRST_PERSON = frozenset("i i'm i’m i've i’ve i'll i’ll i'd i’d me my mine myself we we're we’re we've we’ve "
                         "we'll we’ll us our ours ourselves".split())
SECOND_PERSON = frozenset("you your yours yourself yourselves you're you’re".split())
TERM_BEFORE = frozenset("so-called socalled dubbed nicknamed".split())
CALLED = frozenset("called named titled entitled labeled labelled branded termed dubbed nicknamed".split())
DEMONSTRATIVES = frozenset("this that these those".split())
TITLE_BEFORE = frozenset("""watch read film show book movie song album episode documentary series titled
entitled headlined nickname slogan motto hashtag""".split())
TITLE_AFTER = frozenset("show program programme series film movie book podcast forum album episode".split())
SMALL_WORDS = frozenset("a an the of and or in on at to for with from by as is de la le von van der".split())
FINITE = frozenset("VBD VBZ VBP MD".split())
HOW_GROUPS = {"after": "after", "split": "after", "label": "label", "sign": "label", "before": "before",
              "according": "according", "ancestor": "ancestor", "subject": "subject", "next": "next",
              "previous": "previous", "colon": "previous", "unit": "unit", "coord": "coord"}
WORD_BINS = ((1, "w1"), (2, "w2"), (3, "w3"), (6, "w4_6"), (12, "w7_12"), (10 ** 9, "w13"))
HEAD_DEPS = {"ccomp": "ccomp", "xcomp": "ccomp", "dobj": "obj", "pobj": "pobj", "attr": "obj", "oprd": "obj",
             "appos": "appos", "amod": "mod", "compound": "mod", "nmod": "mod", "npadvmod": "mod",
             "ROOT": "root", "conj": "conj", "nsubj": "subj", "nsubjpass": "subj", "dep": "dep"}

#: The features, in the order of the weights file. Each is 0/1 unless its name says otherwise.
FEATURES: tuple[str, ...] = (
    "rule_term", "rule_guess", "rule_premod", *(name for _, name in WORD_BINS), "log_words", "unclosed", "continued",
    "title_case", "title_multi", "first_upper", "end_stop", "end_comma", "inner_stop", "has_verb", "has_subj",
    "first_person", "second_person", "quote_led", "alone", "ends_para",
    "attributed", *sorted({f"how_{g}" for g in HOW_GROUPS.values()}),
    "prev_term", "prev_called", "prev_as", "prev_det", "prev_demonstrative", "prev_that", "prev_prep", "prev_verb",
    "prev_speech", "prev_colon", "prev_comma", "prev_title", "prev_possessive",
    "next_title", "next_noun", "next_punct",
    "sent_speech", "sent_quotes", "quoted_list", "digits", "entity", "social", "in_parens", "no_capitals", *sorted({f"dep_{d}" for d in HEAD_DEPS.values()}), "dep_other",
)


@dataclass
class Model:
    """The fitted filter: ``P(quote) = sigmoid(intercept + sum(weights[f] * x[f]))``."""

    weights: dict[str, float]
    intercept: float = 0.0
    threshold: float = 0.5
    max_words: int = 6
    enabled: bool = True

    def probability(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def in_scope(self, words: int) -> bool:
        return words <= self.max_words

    def is_quote(self, feats: dict[str, float]) -> bool:
        return self.probability(feats) >= self.threshold

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Model":
        return cls(weights={k: float(v) for k, v in data.get("weights", {}).items()},
                   intercept=float(data.get("intercept", 0.0)), threshold=float(data.get("threshold", 0.5)),
                   max_words=int(data.get("max_words", 6)), enabled=bool(data.get("enabled", True)))


#: Environment variable naming another weights file, or ``off`` for the rules alone (benchmarks).
WEIGHTS_ENV = "BRIEFINGS_QUOTE_WEIGHTS"


def is_demonstrative(t: "Token | None") -> bool:
    """``t`` is "this", "that", "these" or "those" as a determiner: not the "that" that opens a clause
    ("said that …"), a relative one ("a plan that …") or a pronoun ("called that “…”")."""
    return t is not None and t.lower_ in DEMONSTRATIVES and t.tag_ == "DT" and t.dep_ == "det"


def shipped() -> Model | None:
    """The packaged filter (or the file ``$BRIEFINGS_QUOTE_WEIGHTS`` names); None when there is
    none, it is switched off, or the variable says ``off``."""
    return weights.load(os.environ.get(WEIGHTS_ENV, ""), "quote_weights.json", Model.from_json)


def word_count(b: "Block", m: "Mark") -> int:
    return len(b.text[m.start:m.end].split())


def _in_list(b: "Block", m: "Mark") -> bool:
    """The span is one of a list of quoted items: “A,” “B” and “C” (titles, chants, search terms)."""
    k = b.marks.index(m) if m in b.marks else -1
    if k < 0:
        return False

    def joined(x: "Mark", y: "Mark") -> bool:
        if x.close is None or max(word_count(b, x), word_count(b, y)) > 6:
            return False
        gap = b.text[x.close + 1:y.open].strip(" ,;")
        return gap in ("", "and", "or", "&")

    return k > 0 and joined(b.marks[k - 1], m) or k + 1 < len(b.marks) and joined(m, b.marks[k + 1])


def features(b: "Block", m: "Mark", toks: tuple[int, int], how: str, *, rule_term: str, continued: bool,
             quote_led: bool, speech_verb: Callable[["Token"], bool]) -> dict[str, float]:
    """The named features of one quoted span (``m``, tokens ``toks`` of block ``b``); only the
    ones that fire are present. ``how``: the cue rule that attributed it ("" for none);
    ``rule_term``: the rules' verdict ("term", "guess" or "")."""
    doc, text = b.doc, b.text
    inner = text[m.start:m.end]
    stripped = inner.rstrip()
    words = inner.split()
    n = len(words)
    f: dict[str, float] = {"log_words": math.log1p(n)}

    def on(name: str, cond: bool = True) -> None:
        if cond:
            f[name] = 1.0

    on("rule_term", rule_term == "term")
    on("rule_guess", rule_term == "guess")
    on("rule_premod", rule_term == "premod")
    on(next(name for top, name in WORD_BINS if n <= top))
    on("unclosed", m.close is None)
    on("continued", continued)
    cased = [w for w in re.findall(r"[A-Za-z][\w'’-]*", inner) if w.lower() not in SMALL_WORDS]
    on("title_case", bool(cased) and all(w[0].isupper() for w in cased))
    on("title_multi", len(cased) > 1 and all(w[0].isupper() for w in cased))
    first = re.search(r"[A-Za-z]", inner)
    on("first_upper", first is not None and first.group(0).isupper())
    on("end_stop", stripped[-1:] in (".", "!", "?"))
    on("end_comma", stripped[-1:] in (",", ";", "—", "-", ":"))
    on("inner_stop", bool(re.search(r"[.!?]\s+[A-Z]", stripped)))
    on("social", bool(re.match(r"\s*[@#]\w", inner)))
    on("no_capitals", not any(ch.isupper() for ch in inner))
    on("in_parens", text[:m.open].rstrip().endswith("(") and text[(m.close or m.end) + 1:].lstrip().startswith(")"))
    on("digits", sum(ch.isdigit() for ch in inner) * 3 >= max(1, len(inner.replace(" ", ""))))
    i, j = toks
    span = [t for t in doc[i:j] if not t.is_punct and not t.is_space]
    on("has_verb", any(t.tag_ in FINITE and t.dep_ not in ("amod", "compound") for t in span))
    on("has_subj", any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in span))
    lows = {t.lower_ for t in span}
    on("first_person", bool(lows & FIRST_PERSON))
    on("second_person", bool(lows & SECOND_PERSON))
    on("quote_led", quote_led)
    before = text[:m.open].strip()
    after = text[(m.close if m.close is not None else m.end) + 1:].strip()
    on("alone", not before and not after)
    on("ends_para", not after.strip(" .,;:!?”\"’'"))
    group = HOW_GROUPS.get(how, "")
    on("attributed", bool(group))
    if group:
        on(f"how_{group}")
    # the words around the marks
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_punct and b.inq[k]):
        k -= 1
    prev = doc[k] if k >= 0 else None
    last_word = before.split()[-1].lower().strip("“\"‘'(") if before.split() else ""
    on("prev_term", last_word in TERM_BEFORE or last_word.endswith("-called"))
    if prev is not None:
        low = prev.lower_
        on("prev_called", low in CALLED and not last_word.endswith("-called"))
        on("prev_as", low == "as")
        demonstrative = is_demonstrative(prev)
        on("prev_det", prev.pos_ in ("DET", "NUM") and not demonstrative or prev.pos_ == "ADJ")
        on("prev_demonstrative", demonstrative)
        on("prev_that", low == "that" and not demonstrative)  # said that “…”, a plan that “…”, called that “…”
        on("prev_possessive", prev.tag_ in ("PRP$", "POS"))
        on("prev_prep", prev.pos_ == "ADP")
        on("prev_verb", prev.pos_ in ("VERB", "AUX"))
        on("prev_speech", speech_verb(prev))
        on("prev_colon", prev.text == ":")
        on("prev_comma", prev.text == ",")
        on("prev_title", low in TITLE_BEFORE)
    k = j
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct and b.inq[k]):
        k += 1
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None:
        on("next_title", nxt.lower_ in TITLE_AFTER)
        on("next_noun", nxt.pos_ == "NOUN" and nxt.text.islower())
        on("next_punct", nxt.is_punct)
    if span:
        sent = span[0].sent
        on("sent_speech", any(speech_verb(t) and not b.inq[t.i] for t in sent))
        on("sent_quotes", sum(1 for x in b.marks if sent.start_char <= x.open < sent.end_char) > 1)
        on("quoted_list", _in_list(b, m))
        inside = {t.i for t in doc[i:j]}
        heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
        dep = heads[0].dep_ if heads else ""
        on(f"dep_{HEAD_DEPS[dep]}" if dep in HEAD_DEPS else "dep_other")
        ents = [b.ent_of[t.i] for t in span]
        on("entity", ents[0] >= 0 and ents.count(ents[0]) * 5 >= len(ents) * 4)
    return f
