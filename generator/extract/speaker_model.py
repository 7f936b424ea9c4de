"""The learned speaker ranker: which of the mentions near a quote said it.

The attribution rules (:mod:`.quotes_core`) name one mention per quote, or none. This module
lists the quote's *candidates* — the rules' choice, the previous quote's speaker, and every name,
pronoun and person/organisation/document noun outside quotes in the quote's own sentences, the
sentence before and after, and the one before that — describes each by a few dozen named features
(the rules' choice and which rule made it, where the mention stands relative to the quote,
its grammatical role: subject of a reporting verb, listener of "told X", "according to X",
apposition, possessive; what kind of mention it is: person name, organisation, pronoun, role
or document noun; whether it is the previous quote's speaker), and scores each with a logistic
model whose weights are data (``generator/data/speaker_weights.json``, fitted by
``train/speaker_model.py``, a pairwise ranker: only differences between a quote's candidates
count). The best-scoring candidate replaces the rules' choice only when it outscores it by the
file's ``margin``, and names a quote the rules left without a speaker when the file's ``fill``
says so; with no weights file, or ``"enabled": false`` in it, the rules decide alone. Pure Python: a dot product per candidate, no training library at run time.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import lexicon as lex
from . import weights

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .analysis import Block

#: A mention: (block index, token index) of its head token.
Mention = tuple[int, int]

PERSON_PRONOUNS = frozenset("he she him her i".split())
OTHER_PRONOUNS = frozenset("they them it we us".split())
OBJECT_PRONOUNS = frozenset("him her them us".split())
NAME_LABELS = ("PERSON",)
ORG_LABELS = ("ORG",)
PLACE_LABELS = ("GPE", "NORP")
LISTENER_VERBS = frozenset("tell ask inform assure warn remind urge brief".split())
SOURCE_NOUNS = frozenset("source official spokesman spokeswoman spokesperson aide adviser advisor".split())
#: Which rules count as which kind of choice (``Piece.how`` → feature group).
RULE_GROUPS = {"after": "after", "split": "after", "label": "label", "sign": "sign", "before": "before",
               "according": "according", "ancestor": "ancestor", "subject": "subject", "next": "next",
               "previous": "previous", "colon": "previous", "unit": "unit", "coord": "unit", "last": "last"}
LOCATIONS = ("same", "prev", "next", "far")
DASHES = frozenset("—–―-")
ROLES = ("speech_subj", "subj", "listener", "according", "agent", "poss", "appos", "pobj")

#: The features, in the order of the weights file. Each is 0/1 unless its name says otherwise.
FEATURES: tuple[str, ...] = (
    *(f"rule_{g}" for g in sorted(set(RULE_GROUPS.values()))),
    "last_speaker", "last_name",
    *(f"loc_{loc}" for loc in LOCATIONS), "same_para", "before_quote", "after_quote",
    "log_distance", "nearest_before", "nearest_after",
    *(f"{r}_{loc}" for r in ROLES for loc in LOCATIONS),
    "compound", "has_appos", "root_subj", "first_in_sent",
    "person", "org", "place", "known_person", "pron_person", "pron_other", "pron_object",
    "role_noun", "org_noun", "doc_noun", "media_noun", "source_noun", "propn_other",
    "sent_cue", "sent_quote", "sent_no_stop", "unresolved", "lower_name",
    "rule_name", "name_count", "norule_subj_prev", "norule_last_name", "norule_same_para",
    "led_subj_prev", "led_last_name", "after_dash",
)


@dataclass
class Candidate:
    """One mention a quote could be given to, with its features."""

    mention: Mention
    name: str | None
    feats: dict[str, float] = field(default_factory=dict)


# --- the weights --------------------------------------------------------------------------------

@dataclass
class Model:
    """The fitted ranker: ``intercept + sum(weights[f] * x[f])`` per candidate."""

    weights: dict[str, float]
    intercept: float = 0.0
    margin: float = 0.0
    enabled: bool = True
    fill: bool = True  # give quotes the rules left without a speaker the best candidate
    overrule: frozenset[str] = frozenset(RULE_GROUPS.values())  # the rule groups it may overrule

    def score(self, feats: dict[str, float]) -> float:
        return self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Model":
        return cls(weights={k: float(v) for k, v in data.get("weights", {}).items()},
                   intercept=float(data.get("intercept", 0.0)), margin=float(data.get("margin", 0.0)),
                   enabled=bool(data.get("enabled", True)), fill=bool(data.get("fill", True)),
                   overrule=frozenset(data.get("overrule", RULE_GROUPS.values())))


#: Environment variable naming another weights file, or ``off`` for the rules alone (benchmarks).
WEIGHTS_ENV = "BRIEFINGS_SPEAKER_WEIGHTS"


def shipped() -> Model | None:
    """The packaged model (or the file ``$BRIEFINGS_SPEAKER_WEIGHTS`` names); None when there is
    none, it is switched off, or the variable says ``off``."""
    return weights.load(os.environ.get(WEIGHTS_ENV, ""), "speaker_weights.json", Model.from_json)


# --- candidates and features ----------------------------------------------------------------------

def _speech_verb(t: "Token") -> bool:
    low = t.lemma_.lower()
    return t.pos_ in ("VERB", "AUX") and (low in lex.SPEECH_VERBS or low in lex.CORE_SPEECH_VERBS)


class Context:
    """Per article: its body sentences in order, for locating mentions relative to a quote."""

    def __init__(self, art: Any):
        self.art = art
        self.blocks: list["Block"] = art.blocks
        self.sents: list[tuple[int, int, int]] = []  # (block, first token, end token)
        self.sent_of: dict[tuple[int, int], int] = {}  # (block, token) -> sentence ordinal
        for bi, b in enumerate(self.blocks):
            if b.para < 0:
                continue
            for s in b.doc.sents:
                n = len(self.sents)
                self.sents.append((bi, s.start, s.end))
                for i in range(s.start, s.end):
                    self.sent_of[(bi, i)] = n
        self._names: dict[Mention, str | None] = {}
        self._sent_feats: dict[int, dict[str, float]] = {}
        self._leads: dict[int, int | None] = {}
        self.full_names = {full for _, full in art.index.full}

    def name(self, m: Mention) -> str | None:
        """The resolved speaker name of a mention (cached)."""
        if m not in self._names:
            b = self.blocks[m[0]]
            self._names[m] = self.art.resolve(b, b.doc[m[1]], issuer=False)[0]
        return self._names[m]

    def key(self, m: Mention) -> tuple[int, int]:
        """Mentions of one entity compare equal: (block, -1 - entity) for entity tokens."""
        b = self.blocks[m[0]]
        e = b.ent_of[m[1]] if 0 <= m[1] < len(b.ent_of) else -1
        return (m[0], -1 - e) if e >= 0 else m

    def heads(self, n: int) -> list[Mention]:
        """Mention heads of sentence ``n``: entity roots, pronouns, role/document nouns, stray names."""
        bi, a, z = self.sents[n]
        b = self.blocks[bi]
        out: list[Mention] = []
        seen: set[int] = set()
        for t in b.doc[a:z]:
            if b.inq[t.i]:
                continue
            e = b.ent_of[t.i]
            if e >= 0:
                ent = b.ents[e]
                if e not in seen and ent.label_ in NAME_LABELS + ORG_LABELS + PLACE_LABELS and not b.inq[ent.root.i]:
                    seen.add(e)
                    out.append((bi, ent.root.i))
                continue
            low, lemma = t.lower_, t.lemma_.lower()
            if t.pos_ == "PRON" and (low in PERSON_PRONOUNS or low in OTHER_PRONOUNS):
                out.append((bi, t.i))
            elif t.pos_ == "NOUN" and t.dep_ != "compound" and (
                    lemma in lex.PERSON_ROLES or lemma in lex.ORG_ROLES or lemma in lex.DOC_NOUNS
                    or lemma in lex.MEDIA_ROLES or lemma in SOURCE_NOUNS):
                out.append((bi, t.i))
            elif t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and t.text[:1].isupper():
                out.append((bi, t.i))
        return out

    def candidates(self, block: int, toks: tuple[int, int], quote: tuple[int, int], rule: Mention | None,
                   how: str, last: Mention | None, last_name: str | None, led: bool = False,
                   cue: str | None = None) -> list[Candidate]:
        """The candidates of the quote at article chars ``quote`` (tokens ``toks`` of ``block``);
        ``led``: the quote opens its sentence or paragraph."""
        i, j = toks
        first = self.sent_of.get((block, i), self.sent_of.get((block, max(0, i - 1))))
        final = self.sent_of.get((block, max(i, j - 1)), first)
        if first is None or final is None:
            return []
        pool: list[Mention] = []
        for n in range(max(0, first - 2), min(len(self.sents), final + 2)):
            pool.extend(self.heads(n))
        for extra in (rule, last):
            if extra is not None:
                pool.append(extra)
        cands: dict[tuple[int, int], Candidate] = {}
        for m in pool:
            k = self.key(m)
            if k not in cands:
                cands[k] = Candidate(m, self.name(m))
        rule_key = self.key(rule) if rule is not None else None
        last_key = self.key(last) if last is not None else None
        qa, qb = quote
        dist = {k: self._distance(c.mention, qa, qb) for k, c in cands.items()}
        before = [k for k in cands if self._pos(cands[k].mention) < qa]
        after = [k for k in cands if self._pos(cands[k].mention) >= qb]
        nb = min(before, key=lambda k: dist[k], default=None)
        na = min(after, key=lambda k: dist[k], default=None)
        rule_name = cands[rule_key].name if rule_key in cands else None
        counts: dict[str, int] = {}
        for c in cands.values():
            if c.name:
                counts[c.name] = counts.get(c.name, 0) + 1
        out = []
        group = rule_group(how, rule, block, cue)
        for k, c in cands.items():
            f = self._features(c.mention, first, final, block, qa, qb)
            if k == rule_key:
                f[f"rule_{group}"] = 1.0
            if k == last_key:
                f["last_speaker"] = 1.0
            if last_name and c.name and c.name == last_name:
                f["last_name"] = 1.0
            f["log_distance"] = round(math.log1p(dist[k]) / 5.0, 4)
            if k == nb:
                f["nearest_before"] = 1.0
            if k == na:
                f["nearest_after"] = 1.0
            if k != rule_key and rule_name and c.name == rule_name:
                f["rule_name"] = 1.0
            if c.name:
                f["name_count"] = round(math.log(counts[c.name]), 4)
            if rule is None:
                f["norule_subj_prev"] = f.get("subj_prev", 0.0)
                f["norule_last_name"] = f.get("last_name", 0.0)
                f["norule_same_para"] = f.get("same_para", 0.0)
            if led:
                f["led_subj_prev"] = f.get("subj_prev", 0.0)
                f["led_last_name"] = f.get("last_name", 0.0)
            c.feats = {name: v for name, v in f.items() if v}
            out.append(c)
        return out

    def _sentence(self, n: int, b: "Block", sent) -> dict[str, float]:
        """Features of sentence ``n`` itself (once per sentence): a cue in it, a quote, no full stop."""
        if n not in self._sent_feats:
            last_tok = next((x for x in reversed(sent) if not x.is_space), None)
            self._sent_feats[n] = {
                "sent_cue": float(any(_speech_verb(x) and not b.inq[x.i] for x in sent)),
                "sent_quote": float(any(b.inq[x.i] for x in sent)),
                "sent_no_stop": float(last_tok is not None and last_tok.text not in (".", "!", "?", ":", "”", '"', "’", "'"))}
        return self._sent_feats[n]

    def _lead(self, n: int, b: "Block", sent) -> int | None:
        """The first noun, name or pronoun outside quotes in sentence ``n`` (its token index)."""
        if n not in self._leads:
            self._leads[n] = next((x.i for x in sent if not b.inq[x.i] and x.pos_ in ("PROPN", "PRON", "NOUN")), None)
        return self._leads[n]

    def _pos(self, m: Mention) -> int:
        b = self.blocks[m[0]]
        return b.offset + b.doc[m[1]].idx

    def _distance(self, m: Mention, qa: int, qb: int) -> int:
        pos = self._pos(m)
        return qa - pos if pos < qa else max(0, pos - qb)

    def _features(self, m: Mention, first: int, final: int, block: int, qa: int, qb: int) -> dict[str, float]:
        bi, ti = m
        b = self.blocks[bi]
        t = b.doc[ti]
        f: dict[str, float] = {}
        n = self.sent_of.get(m, -99)
        loc = "same" if first <= n <= final else "prev" if n == first - 1 else "next" if n == final + 1 else "far"
        f[f"loc_{loc}"] = 1.0
        f["same_para"] = float(bi == block)
        pos = self._pos(m)
        f["before_quote"] = float(bi == block and pos < qa)
        f["after_quote"] = float(bi == block and pos >= qb)
        head = t
        while head.dep_ in ("compound", "flat") and head.head.i != head.i and b.ent_of[head.head.i] == b.ent_of[t.i] >= 0:
            head = head.head
        dep, gov = head.dep_, head.head
        roles = []
        if dep in ("nsubj", "nsubjpass") and _speech_verb(gov):
            roles.append("speech_subj")
        if dep in ("nsubj", "nsubjpass"):
            roles.append("subj")
        if dep in ("dobj", "dative") and gov.lemma_.lower() in LISTENER_VERBS or \
                dep == "pobj" and gov.lower_ == "to" and _speech_verb(gov.head):
            roles.append("listener")
        if dep == "pobj" and (gov.lower_ == "to" and gov.head.lower_ == "according" or gov.lower_ == "per"):
            roles.append("according")
        if dep == "pobj" and gov.lower_ in ("by", "from") or dep == "agent":
            roles.append("agent")
        if dep == "poss":
            roles.append("poss")
        if dep == "appos":
            roles.append("appos")
        if dep == "pobj" and "according" not in roles and "agent" not in roles and "listener" not in roles:
            roles.append("pobj")
        for r in roles:
            f[f"{r}_{loc}"] = 1.0
        e0 = b.ents[b.ent_of[ti]].start if b.ent_of[ti] >= 0 else ti
        f["after_dash"] = float(e0 > 0 and b.doc[e0 - 1].text.strip() in DASHES)
        f["compound"] = float(dep == "compound")
        f["has_appos"] = float(any(c.dep_ == "appos" for c in head.children))
        f["root_subj"] = float(dep in ("nsubj", "nsubjpass") and gov.dep_ == "ROOT")
        a, z = self.sents[n][1:] if n >= 0 else (0, 0)
        sent = b.doc[a:z] if n >= 0 else b.doc[0:0]
        lead = self._lead(n, b, sent)
        f["first_in_sent"] = float(lead is not None and lead <= ti and (b.ent_of[ti] < 0 or b.ent_of[lead] == b.ent_of[ti]))
        e = b.ent_of[ti]
        label = b.ents[e].label_ if e >= 0 else ""
        low, lemma = t.lower_, t.lemma_.lower()
        name = self.name(m)
        f["person"] = float(label in NAME_LABELS)
        f["org"] = float(label in ORG_LABELS)
        f["place"] = float(label in PLACE_LABELS)
        f["known_person"] = float(bool(name) and name in self.full_names)
        f["pron_person"] = float(t.pos_ == "PRON" and low in PERSON_PRONOUNS and low not in OBJECT_PRONOUNS)
        f["pron_other"] = float(t.pos_ == "PRON" and low in OTHER_PRONOUNS and low not in OBJECT_PRONOUNS)
        f["pron_object"] = float(t.pos_ == "PRON" and low in OBJECT_PRONOUNS)
        if e < 0 and t.pos_ == "NOUN":
            f["role_noun"] = float(lemma in lex.PERSON_ROLES)
            f["org_noun"] = float(lemma in lex.ORG_ROLES)
            f["doc_noun"] = float(lemma in lex.DOC_NOUNS)
            f["media_noun"] = float(lemma in lex.MEDIA_ROLES)
            f["source_noun"] = float(lemma in SOURCE_NOUNS)
        f["propn_other"] = float(e < 0 and t.pos_ == "PROPN")
        f.update(self._sentence(n, b, sent))
        f["unresolved"] = float(not name)
        f["lower_name"] = float(bool(name) and not name[:1].isupper())
        return f


def rule_group(how: str, rule: Mention | None, block: int, cue: str | None = None) -> str:
    """The kind of choice the rules made (a feature group): a "— Name" signature after the quote
    (in its paragraph or on the next line) is not a cue after the quote."""
    group = RULE_GROUPS.get(how, "unit")
    signed = rule is not None and rule[0] > block or bool(cue) and cue.strip() in DASHES
    return "sign" if group == "after" and signed else group


def _describes_speaker(c: Candidate, ctx: Any, cue: str | None) -> bool:
    """A person described, not named ("one insider", "a senior official": a role noun outside any
    name), who is the subject of the quote's own ``cue`` in its own sentence ("one insider pointed
    out “…”"; not "Critics said …" a paragraph before): the
    ranker, which favours names, never moves such a quote to a named neighbour (the one the quote
    is about, the subject of the clause before). Not one with a name in apposition ("a native of
    Westby, Ann Lee")."""
    if not cue or not c.feats.get("loc_same") or not c.feats.get("role_noun") or c.feats.get("has_appos"):
        return False
    b = ctx.blocks[c.mention[0]]
    t = b.doc[c.mention[1]]
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.lower_ == cue.strip().lower() and b.ent_of[t.i] < 0


def choose(model: Model, cands: list[Candidate], rule: Mention | None, ctx: Any, group: str = "",
           cue: str | None = None) -> Mention | None:
    """The rules' choice, unless the model may overrule that kind of choice (``overrule``) and another
    candidate outscores it by its margin; when the rules chose none, the best candidate if the
    model fills such quotes (``fill``), else none."""
    if not cands or rule is not None and group not in model.overrule:
        return rule
    rule_key = ctx.key(rule) if rule is not None else None
    if rule is not None and any(ctx.key(c.mention) == rule_key and _describes_speaker(c, ctx, cue) for c in cands):
        return rule  # "one insider pointed out “…”", "“…,” the source recalled": the one described speaks
    if rule is not None and group != "according":
        # the quote has a speaker of its own: "according to X" in its sentence names only the outlet
        cands = [c for c in cands if not c.feats.get("according_same") or ctx.key(c.mention) == rule_key]
    # the one spoken to in the quote's own sentence ("he told Radio Harbour", "said to Ann Lee") never speaks it
    cands = [c for c in cands if not c.feats.get("listener_same") or ctx.key(c.mention) == rule_key]
    if rule is not None and not any(c.feats.get("place") for c in cands if ctx.key(c.mention) == rule_key):
        # nor does a place overrule a person or body ("a resident of Harbourtown, Ohio said": not Ohio)
        cands = [c for c in cands if not c.feats.get("place") or ctx.key(c.mention) == rule_key]
    if not cands:
        return rule
    scored = [(model.score(c.feats), -k, c) for k, c in enumerate(cands)]
    best = max(scored, key=lambda s: (s[0], s[1]))
    if rule is None:
        return best[2].mention if model.fill else None
    rule_score = next((s for s, _, c in scored if ctx.key(c.mention) == rule_key), None)
    if rule_score is None or best[0] > rule_score + model.margin:
        return best[2].mention
    return rule
