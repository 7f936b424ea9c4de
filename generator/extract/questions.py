"""Open questions: what the article leaves open, asked as plain English questions.

Offline and deterministic: every question is rebuilt from the dependency parse of one source
sentence (``Question.start``/``end`` span that sentence). The article must raise the question
itself; we look for

* stated unknowns and pending decisions: a ``whether``/``wh`` clause under "will determine",
  "remains to be seen", "it is not clear", "did not say", "could not explain", "vague about";
  a noun phrase that "remains unclear";
* hedged claims: ``could``/``may``/``might`` clauses, ``seem to`` (disputed only), ``is likely to``, ``risks``,
  ``will probably``; forecasts and opinions ("expects that", "thinks that", "warned that");
  reported futures ("said the plans would continue");
* disputed claims: "denied being ...", "claims that ... were unfounded", speculation and
  reports ("there is speculation that ...");
* pressure to act ("urged the minister to publish", "resisted calls to publish", "called for
  greater intelligence sharing") and pending events ("ahead of his meeting with X");
* conditions ("if such a summit materializes") and upcoming contests ("will now play X");
* quoted first-person plans, hopes and doubts whose speaker the quote extractor names ("'I hope to be
  back by March,' said Smith" -> "Will Smith be back by March?"; "I'm not sure the deal will survive"
  -> "Will the deal survive?"); "we" only when "the pair"/"the couple" around the quote names two people,
  the speaker one of them, and no one else is named there;
* pending commitments ("the pair vowed to sport fancy dress for 40 days" -> "Will A and B sport
  ...?", with "the pair"/"the couple" named when exactly two people are in view), a stage reached in a
  sports story ("reached the last eight at X" -> "Will Y progress beyond the last eight at X?") and
  prescriptions ("the most effective policy is to prevent X" -> "Can X be prevented?").

Open matters the story marks explicitly ("The trial continues", "is still missing", "will decide
on Friday whether ...") are found by the detectors of :mod:`.open_matters` and outrank the rules
above; every candidate is then ranked (:func:`rank`: answered later or settled ones dropped,
central ones raised) and checked by parsing the question itself (:func:`parses_as_question`); a question
struck for its wording gives way to its matter's short fallback form ("Will the appeal succeed?", :func:`_realised`).

Each hit becomes a yes/no question by subject-auxiliary inversion (``may be softening`` ->
``Is ... softening``; ``remains ... or becomes`` under "will determine whether" -> ``Will ...
remain ... or become``), or a wh-question from the embedded clause ("why a requirement is
cited" -> "Why is a requirement cited ...?"). Pronouns are replaced by their referents (the
speaker of a reporting verb, the subject of a preceding ``if`` clause, the nearest preceding
person); a question whose pronoun cannot be resolved is dropped. Candidates are scored by how
clearly the sentence marks the matter as open (less when the question is too bare to stand alone,
"Could the alternative bridge the gap?", or leans on "such X"), de-duplicated by content words (of two
equally strong near-duplicates the one naming more people, places and bodies wins) and by matter (one
question per owner and head, :func:`_same_matter`), and at most
:data:`MAX_QUESTIONS` are kept, in article order (weaker ones only top an article up to
:data:`MIN_QUESTIONS`). A purely factual article yields none. A claim keeps its source
(", as analysts say"; the speaker's role comes from the key actors when the question is short).
Guards drop what would not read well: unresolved pronouns, first/second person, run-on captions,
clauses cut short, wh-clauses that are really relative or time clauses; and :func:`_unaskable` drops what an
editor strikes however it ranks (rhetorical questions lifted, generic subjects, cut or run-on clauses, a plan's effect).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .. import lexicon as lex
from ..model import Question, Quote
from .questions_forms import agree, capital, participle, possessive, third_person
from .analysis import Analysis, clean_name
from .coref import ORG_LABELS, UNNAMED_PEOPLE, person_words
from .coref import pronoun_gender as _gender
from .open_matters import LAUNCH_OUTCOME, SUIT_SETTLED, WEEKDAYS, YEAR, _played, client_of, speaks_for_another, to_act
from .stages import guarded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_QUESTIONS = 5
MIN_QUESTIONS = 3
MIN_WORDS, MAX_WORDS = 4, 34
KEEP_SCORE = 2.0  # a candidate this strong is always worth asking
FILL_SCORE = 1.6  # weaker candidates only top an article up to MIN_QUESTIONS

OPINION = {"think", "believe", "suspect", "expect", "predict", "forecast", "fear", "hope", "argue",
           "contend", "speculate", "reckon", "claim", "allege", "warn", "suggest", "estimate",
           "insist", "maintain", "project", "anticipate", "worry", "doubt", "assume"}
HEDGE_ADV = {"probably", "perhaps", "possibly", "likely", "maybe", "reportedly", "apparently",
             "allegedly", "potentially", "conceivably", "presumably", "supposedly", "hopefully",
             "certainly", "definitely", "surely", "undoubtedly", "otherwise"}
DROP_ADV = HEDGE_ADV | {"also", "however", "meanwhile", "still", "moreover", "indeed", "now", "even",
                        "though", "therefore", "thus", "so", "too", "nonetheless", "nevertheless",
                        "then", "instead", "ultimately", "further", "furthermore", "additionally", "yet",
                        "just", "inevitably"}  # ("will inevitably release": the forecast, not its certainty)
FOCUS_ADV = {"particularly", "especially", "notably", "mainly", "chiefly", "largely", "mostly", "primarily",
             "also", "even", "only"}
# a whether/wh clause under these is an open matter; NEG_TRIGGERS only when negated
OPEN_TRIGGERS = {"determine", "decide", "wonder", "ask", "question", "debate", "unclear", "uncertain",
                 "unknown", "see", "test", "doubt", "doubtful", "undecided", "depend", "vague",
                 "ambiguous", "unsure", "investigate", "examine", "consider", "weigh", "mystery", "uncertainty",
                 "decision", "speculation", "choice", "concern", "wonder", "doubts"}
NEG_TRIGGERS = {"know", "say", "clear", "explain", "specify", "disclose", "reveal", "confirm", "tell",
                "sure", "certain", "indicate", "comment", "elaborate", "detail", "address", "answer"}
FUTURE_TRIGGERS = {"determine", "decide", "see", "test", "depend", "wonder", "ask", "question",
                   "debate", "consider", "weigh"}
DENY = {"deny", "dispute", "reject", "dismiss", "refute", "contest", "rebut", "deflect"}
DISPUTE_WORDS = {"unfounded", "deny", "false", "untrue", "reject", "dismiss", "baseless", "dispute",
                 "refute", "wrong", "inaccurate", "contradict", "challenge"}
CLAIM_NOUNS = {"claim", "allegation", "suggestion", "speculation", "report", "rumour", "rumor",
               "fear", "concern", "suspicion", "belief", "assertion", "accusation", "doubt",
               "possibility", "prospect", "expectation", "sign", "indication", "hope", "worry",
               "question", "chance", "risk"}
URGE = {"urge", "press", "pressure", "push", "implore", "challenge", "exhort", "lobby"}
RESIST = {"resist", "face", "reject", "ignore", "rebuff", "dismiss", "heed", "refuse", "defy"}
CALLS = {"call", "demand", "pressure", "plea", "appeal", "request"}
EVENTS = {"meeting", "talks", "summit", "vote", "election", "hearing", "ruling", "verdict", "decision",
          "referendum", "debate", "negotiation", "negotiations", "trial", "inquiry", "review", "visit",
          "conference", "announcement", "budget"}
# Verbs besides saying and thinking that take a clause ("shows the plan is likely to fail"); under any
# other verb a "clause" is a misparsed relative clause ("the protection a trial is intended to afford").
CLAUSE_VERBS = {"know", "show", "mean", "hear", "see", "find", "feel", "agree", "confirm", "reveal", "indicate",
                "announce", "decide", "admit", "acknowledge", "accept", "learn", "ensure", "hope", "wish",
                "fear", "worry", "doubt"}
QUANTITY_HEADS = {"host", "number", "range", "lot", "couple", "series", "variety", "handful", "majority",
                  "minority", "dozen", "dozens", "hundreds", "thousands", "millions", "string", "raft", "slew"}
PRESERVE = {"preserve", "protect", "defend", "safeguard", "nurture", "uphold", "sustain", "save"}
APPROVAL = {"approve", "ratify", "clear", "sanction", "endorse", "authorise", "authorize", "confirm", "pass",
            "sign", "rubber-stamp", "agree", "accept"}
RULED = {"rule", "decide", "order", "determine", "declare"}  # a "could" they report is a permission granted
SETTLING = {"announce", "confirm", "decide", "rule", "order", "agree", "reveal", "disclose"}  # a future they report is settled
UNKNOWN_ADJ = {"unclear", "uncertain", "unknown", "undecided", "unresolved", "unsettled", "murky"}
TORN_ADJ = {"undecided", "unsure", "uncertain"}  # someone "undecided about whether to" act: will they act
RAISING = {"seem": 2.3, "appear": 2.3}
FINDING_VERBS = {"establish", "show", "find", "prove", "demonstrate", "confirm"}  # what they govern is found, not forecast
FUTURE_GOVERNORS = {"expect": 1.9, "predict": 1.9, "forecast": 1.9, "project": 1.9, "anticipate": 1.9, "likely": 2.3, "unlikely": 2.3, "set": 1.7, "due": 1.7,
                    "schedule": 1.6, "poise": 1.8, "bound": 1.7, "risk": 2.2, "threaten": 2.2,
                    "plan": 1.45, "intend": 1.45, "hope": 1.8, "aim": 1.45, "vow": 1.7, "pledge": 1.7,
                    "promise": 1.7, "want": 1.6, "seek": 1.5, "prepare": 1.6, "tip": 1.8,
                    "keen": 1.7, "eager": 1.7, "determined": 1.7,
                    # an attempt under way ("is fighting to win the job", "is bidding to become")
                    "fight": 1.7, "battle": 1.7, "bid": 1.7, "try": 1.7, "attempt": 1.7, "struggle": 1.7}
#: a party's own resolve ("vowed to", "is determined to", "aims to"): asked back, it only echoes the party's word
OWN_RESOLVE = {"vow", "pledge", "promise", "determined", "aim"}
#: of :data:`OWN_RESOLVE`, a commitment given to others: what it promises to hand over is still to be delivered
COMMITMENTS = {"vow", "pledge", "promise"}
#: an act that carries on what is done now ("promised to continue the fight", "to keep the payments"): nothing new
CARRY_ON = {"continue", "keep", "maintain", "remain", "stay", "carry"}
DATED_GOVERNORS = {"due", "set", "schedule", "plan", "intend", "prepare"}  # with a stated date, a timetable given as fact
OWN_PLANS = {"plan", "intend", "prepare"}
# a feat planned is still open whatever its date ("plans to climb K2 next year"): its success is what is asked
ATTEMPTS = {"climb", "conquer", "win", "beat", "break", "reach", "complete", "finish", "qualify", "retain", "regain",
            "swim", "row", "cross", "sail", "run", "cycle", "walk"}
# ("is planning to evaluate the scheme next month": the party's own step, dated, is a schedule, not an open matter)
DATE_WORDS = WEEKDAYS | lex.MONTHS | {"tomorrow", "tonight", "week", "weekend", "month"}


def _dated(v: "Token") -> bool:
    """The clause of ``v`` names when it happens ("on 18 May", "next week", "from 1 February")."""
    return any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in DATE_WORDS for x in v.subtree if x.i > v.i)


# a wish is a pending plan only for one named person, and not a wish to learn something
WISH = {"want", "wish", "like", "love"}
WISH_UNKNOWN = {"know", "hear", "see", "find", "learn", "understand", "talk", "speak", "ask", "thank"}
# a commitment reported in the past is still pending: "vowed to", "pledged to" (weaker: it may be kept already)
PAST_COMMIT = {"vow": 1.8, "pledge": 1.8, "promise": 1.7, "threaten": 1.8}
SPORT_HINT = re.compile(r"\b(\d-\d|match|game|tournament|seed|quarter-final|semi-final|final|league|"
                        r"cup|championship|round|fixture|striker|goal|six nations|line-up|fly-half|scrum-half)\b", re.I)
PRONOUNS = {"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their"}
FIRST_SECOND = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours",
                "myself", "ourselves", "yourself"}
DEMONSTRATIVE = {"this", "that", "these", "those"}
# a bare "the firm" the article's actors bind to one named body is asked about by that name ("Will Acme
# cut jobs?"); those in NEEDS_NAME, left unbound as a question's subject, make it a question about nobody
BOUND_HEADS = {"firm", "company", "group", "club", "government", "union", "team", "side", "bank", "airline",
               "carrier", "retailer", "carmaker", "lender", "insurer", "maker", "manufacturer", "broadcaster",
               "giant", "business", "party", "board", "council", "agency", "operator", "publisher", "studio"}
NEEDS_NAME = {"firm", "company", "group", "club", "carmaker", "retailer", "airline", "lender", "insurer",
              "manufacturer", "operator", "giant"}
LOCAL_HEADS = {"team", "side", "union", "bank"}  # also bound to the one body named just before
TEAM_HEADS = {"club", "team", "side"}  # (a team is often named for its town: "scored for Leeds")
# a company's figures: asked without their owner ("Will profits fall?"), whose they are is lost
OWNED_FIGURES = {"profit", "profits", "sales", "revenue", "revenues", "earnings", "turnover", "loss", "losses",
                 "margin", "margins", "dividend", "income", "growth", "output", "shares", "share", "orders"}
STOP = set("a an the of and or to in on for at by with from as is are was were be been will would "
           "could should may might can do does did has have had it its this that these those what "
           "who whom which when where why how whether not no there their his her he she they".split())


@dataclass
class Candidate:
    text: str
    score: float
    start: int
    end: int
    sent_index: int
    kind: str
    #: a short, correct form about the same matter ("Will the appeal succeed?"), asked in place of ``text`` when the
    #: quality gate strikes ``text`` for its wording (:func:`_realised`)
    fallback: str | None = None


class _Context:
    """Per-article lookups: the sentences, and people named before a given offset."""

    def __init__(self, analysis: Analysis, found: list[Quote]):
        parsed, actors = analysis.parsed, analysis.referents
        self.parsed = parsed
        self.sents = analysis.sentences
        self.sent_at: dict[tuple[int, int], int] = {}
        for n, (_, _, span, pp) in enumerate(self.sents):
            self.sent_at[(id(pp.doc), span.start)] = n
        self.names = analysis.names  # short or titled name -> the full name the article uses
        self.referents = actors  # the key actors, the most central first
        self.analysis = analysis
        self.coref = analysis.coref  # who a pronoun is: the article's one resolver
        self.inside_quotes = analysis.inside_quotes
        self.roles: dict[str, str] = {}  # person name (and surname) -> role, from the key actors
        self.people = [a.name for a in actors if a.type == "person" and len(a.name.split()) >= 2]
        # a key person's first name or surname -> the full name, when no other key actor shares the word
        self.person_word = person_words(actors)
        for actor in actors:
            if actor.type == "person" and all(w[:1].isupper() for w in actor.name.split()):
                if actor.role and 1 <= len(actor.role.split()) <= 5 and not re.search(r"[,;:()\"“”]", actor.role):
                    for key in [actor.name, *actor.aliases]:
                        self.roles.setdefault(key, actor.role)
        self._caps: dict[str, bool] = {}
        self._places: set[str] | None = None
        self._story: set[str] | None = None  # headline and lead lemmas (_story_words)
        # direct quotes with a known person as speaker: (start, end, the speaker's full name)
        self.quotes: list[tuple[int, int, str]] = []
        canon = {}
        for actor in actors:
            if actor.type == "person":
                for form in [actor.name, *actor.aliases]:
                    canon.setdefault(form, actor.name)
        for q in found:
            name = canon.get(q.speaker or "") or (self.expand(q.speaker) if q.speaker and
                                                 self.names.knows(q.speaker) else None)
            while name and len(name.split()) > 1 and name.split()[0].lower() in lex.PERSON_NOUNS and \
                    not self.capitalised(name.split()[0]):
                name = name.split(" ", 1)[1]  # "Striker John Smith" -> "John Smith"
            nested = re.search(r"(?:^|[\s(])[‘'](?=\w)|(?<=[\w.,!?])(?<![sS])[’'](?=[\s.,!?]|$)", q.text)
            if name and all(w[:1].isupper() for w in name.split()) and not nested:
                # (a quote holding another quote is not in the speaker's own voice: '... and I will stand down.'")
                self.quotes.append((q.start, q.end, name))
        text = parsed.article.text
        self.sporty = len(SPORT_HINT.findall(text)) >= 2

    def expand(self, name: str) -> str:
        """"Mr Duval" / "Ferrer" -> the one longer form the article uses, if unambiguous."""
        return self.names.unique(name)

    def place_name(self, text: str) -> bool:
        """``text`` is tagged a place or body somewhere in the article and never a person."""
        if self._places is None:
            kinds: dict[str, set[str]] = {}
            for _, _, span, _ in self.sents:
                for e in span.ents:
                    kinds.setdefault(e.text, set()).add(e.label_)
            self._places = {k for k, v in kinds.items() if v & {"GPE", "LOC", "FAC", "ORG"} and "PERSON" not in v}
        return text in self._places

    def quote_at(self, offset: int) -> tuple[int, int, str] | None:
        """The direct quote around ``offset`` with its named speaker: (start, end, name), if any."""
        return next((q for q in self.quotes if q[0] <= offset < q[1]), None)

    def capitalised(self, word: str) -> bool:
        """``word`` is written with a capital inside a sentence somewhere (a name, not a common word)."""
        if word not in self._caps:
            text = self.parsed.article.text
            self._caps[word] = bool(re.search(r"[a-z,;] " + re.escape(word) + r"\b", text))
        return self._caps[word]

    def lowercase_used(self, word: str) -> bool:
        """``word`` is also written in lower case in the article ("oil officials" beside "Oil Ministry")."""
        return re.search(r"\b" + re.escape(word.lower()) + r"\b", self.parsed.article.text) is not None

    def index(self, sent: "Span") -> int:
        return self.sent_at.get((id(sent.doc), sent.start), -1)


# --------------------------------------------------------------------------- parse helpers

def _subject(v: "Token") -> "Token | None":
    expl = [c for c in v.children if c.dep_ == "expl" and c.lower_ == "there" and c.i < v.i]
    if expl:
        # "there could be months of challenges"; a second subject means a garbled parse
        return None if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < expl[0].i for c in v.children) else expl[0]
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < v.i:
            return c
        if c.dep_ == "expl" and c.lower_ == "there" and c.i < v.i:
            return c
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i:
        ccs = [c.i for c in v.head.children if c.dep_ == "cc" and c.i < v.i]
        start = max(ccs) if ccs else v.head.i
        if any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in v.doc[start + 1:v.i]):
            return None  # "... - but the duet is likely to": a subject of its own the parse left loose
        if any(c.dep_ == "auxpass" for c in v.children) and any(c.dep_ == "dobj" for c in v.head.children):
            return None  # "announced £264m will be spent": the object is the passive's subject
        return _subject(v.head)
    return None


CHANNELS = {"statement", "interview", "letter", "speech", "email", "e-mail", "briefing", "tweet", "post"}


def _channel_asides(v: "Token") -> set[int]:
    """Where the words were said, parsed into the clause asked about ("X said, in a statement, the firm
    must ..."): it belongs to the speaking, never to the question."""
    out: set[int] = set()
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "via") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in CHANNELS for p in c.children):
            out |= {x.i for x in c.subtree}
    return out


def _negated_until(v: "Token") -> bool:
    """Clause ``v`` is negated or "unlikely" and bounded by "until"/"unless": "X will not happen until Y"
    means Y comes first, which "Will X happen until Y?" garbles."""
    neg = _is_negated(v) or (v.dep_ == "xcomp" and v.head.lemma_.lower() in ("unlikely", "unable")) or \
        any(c.dep_ == "acomp" and c.lemma_.lower() == "unlikely" for c in v.head.children if v.dep_ == "xcomp")
    return neg and any(x.lower_ in ("until", "unless", "till", "before") and x.head.i == v.i or
                       (x.lower_ in ("until", "unless", "till") and x.dep_ == "mark" and x.head.head.i == v.i)
                       for x in v.subtree)


TIME_SPANS = {"year", "month", "week", "day", "hour", "minute", "decade", "time", "while", "age"}


def _dummy_it(v: "Token") -> bool:
    """"it" in clause ``v`` points at no thing: the time a step takes ("it could take years before X"),
    or an extraposed clause after the copula ("it may be possible to ...", "it is unlikely that ...")."""
    if v.lemma_ == "take" and any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_SPANS for c in v.children):
        return True
    return v.lemma_ == "be" and any(c.dep_ == "acomp" for c in v.children) and any(
        c.dep_ in ("ccomp", "xcomp") and c.i > v.i for c in v.children)


def _dateline(t: "Token") -> bool:
    """An all-capitals place word opening a report ("HEMPSTEAD, N.Y. -"), not a referent."""
    return t.is_upper and len(t.text) >= 5 and t.ent_type_ not in ("ORG",)


def _if_clause(c: "Token") -> bool:
    """``c`` heads an "if" clause ("if they win, ...")."""
    return c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)


def _own_subject(v: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children)


def _auxes(v: "Token") -> list["Token"]:
    return [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i and c.lower_ != "to"]


def _is_negated(t: "Token") -> bool:
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("hardly", "barely", "scarcely", "never"))
           for c in t.children):
        return True
    if any(c.lower_ in ("little", "nothing") and c.dep_ in ("dobj", "npadvmod", "advmod") for c in t.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(x.lower_ == "no" for x in c.children)
           for c in t.children):
        return True  # "could no longer believe"
    if t.dep_ == "xcomp" and t.head.lemma_ in ("decline", "refuse", "fail", "early", "difficult", "hard",
                                               "impossible", "premature"):
        return True  # "declined to say", "too early to say"
    return False


def _speaker_of(rep: "Token") -> "Token | None":
    """The subject of a reporting verb; for "..., suggesting that" the subject of the main verb."""
    if _own_subject(rep):
        return _subject(rep)
    head = rep.head
    if rep.dep_ == "conj" and head.lemma_ not in lex.REPORT_VERBS and head.dep_ == "ccomp" and head.head.lemma_ in lex.REPORT_VERBS:
        return _speaker_of(head.head)
    if rep.dep_ in ("advcl", "xcomp", "conj") and head.i != rep.i:
        return _subject(head)
    return _subject(rep)


def _reporting_head(v: "Token", strict: bool = False) -> "Token | None":
    """The reporting / opinion verb whose complement clause ``v`` is, if any."""
    cur = v
    for _ in range(2 if strict else 4):
        if cur.dep_ in ("ccomp", "xcomp", "conj", "parataxis") and cur.head.i != cur.i:
            cur = cur.head
            if cur.lemma_ in lex.REPORT_VERBS:
                return cur
        else:
            break
    if not strict:
        # "X could Y, the panel said" can also come out with the reporting verb as a child
        for c in v.children:
            if c.dep_ in ("parataxis", "advcl") and c.lemma_ in lex.REPORT_VERBS and c.i > v.i and _subject(c) is not None:
                return c
    return None

TIME_NOUNS = {"year", "week", "month", "season", "summer", "winter", "spring", "autumn", "weekend", "time",
              "morning", "evening", "afternoon", "century", "decade", "term", "quarter", "day"}
BODY_PRONOUNS = {"it": "thing", "its": "thing", "they": "plural", "their": "plural"}
COLLECTIVE = {"number", "majority", "minority", "group", "team", "%", "percent", "half", "third", "share",
              "proportion", "most", "many", "some", "public", "family", "couple"}
QUANTITY = {"%", "percent", "per", "half", "third", "quarter", "majority", "minority", "number", "lot",
            "most", "some", "many", "all", "two", "three", "four", "thousands", "hundreds", "millions",
            "none", "few", "dozens", "share", "proportion"}


def _one_person(t: "Token") -> bool:
    """``t`` is the name of one person ("Jennings", which the small model may tag a plural proper noun); a name
    with an article ("the Lib Rads") is a party or a team."""
    return t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and \
        not any(c.dep_ in ("conj", "cc", "det") for c in t.children)


def _plural(t: "Token") -> bool:
    if _one_person(t):
        return False  # "Jennings was being ..." -> "Was Tom Jennings being ...?"
    if t.lower_ in ("they", "them", "we", "these", "those", "both"):
        return True
    if t.tag_ in ("NNS", "NNPS") or re.fullmatch(r"[A-Z]{2,}s", t.text):
        return True  # "MPs", "NGOs"
    if _pair_noun(t):
        return True  # "the pair" is read as the two people it stands for
    if t.tag_ == "CD" or t.lower_ in QUANTITY:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj":
                        return _plural(o)
        return t.tag_ == "CD" and t.lower_ not in ("one", "1")
    return any(c.dep_ == "conj" for c in t.children) and any(c.lower_ == "and" for c in t.children)


def _plural_named_body(t: "Token") -> bool:
    """``t`` heads a name of several words that only looks plural ("Westby Holdings", "Avonia Airlines"): a firm,
    team or country, which "its" can stand for as well as "their"."""
    return t.pos_ == "PROPN" and t.tag_ == "NNPS" and t.ent_type_ not in ("PERSON", "NORP") and \
        any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)


def _phrases_around(tok: "Token") -> set[int]:
    """The heads of the phrases ``tok`` sits in, which it cannot stand for ("production at its other fields" is
    not production's); a coordination is no such phrase ("Acme and its partners")."""
    out, c = set(), tok
    while c.head.i != c.i:
        if c.dep_ != "conj":
            out.add(c.head.i)
        c = c.head
    return out


PAIR_NOUNS = {"pair", "duo", "couple"}


def _pair_noun(t: "Token") -> bool:
    """ "the pair", "the couple" standing alone (not "a couple of weeks")."""
    return t.lemma_.lower() in PAIR_NOUNS and t.pos_ == "NOUN" and \
        [c.lower_ for c in t.children if c.dep_ not in ("punct",)] == ["the"]


def _preceded_by_comma(c: "Token") -> bool:
    first = min(x.i for x in c.subtree)
    return first > 0 and c.doc[first - 1].text in (",", "(", "-", "—", "–", "--")


def _dash(t: "Token") -> bool:
    return t.text in ("—", "–", "--") or (t.text == "-" and (bool(t.whitespace_) or t.i == 0 or
                                                             bool(t.doc[t.i - 1].whitespace_)))


def _dash_pairs(sent: "Span") -> list[tuple[int, int]]:
    """Token ids of the spaced dashes of ``sent`` taken two by two: the asides they hold."""
    dashes = [x.i for x in sent if _dash(x)]
    return list(zip(dashes[::2], dashes[1::2]))


def _aside_around(head: "Token") -> tuple[int, int] | None:
    """The pair of spaced dashes ``head`` sits between, if any ("the firm - China's biggest supplier - said",
    parsed with "supplier" as the subject's head)."""
    return next(((a, z) for a, z in _dash_pairs(head.sent) if a < head.i < z), None)

_EDGE_PUNCT = {",", ".", ";", ":", "!", "?", "-", "—", "–", "--", "...", "…"}


def _degree_after_how(wh: "Token", v: "Token") -> "Token | None":
    """The one degree word a "how" asks about when the parse hangs "how" on the verb and the word elsewhere ("how
    crucial search would become": "crucial" parsed into the subject; "how quickly the firm will recover"): the
    word then goes with "how" at the front, or the question reads "How would crucial search become?"."""
    if wh.lower_ != "how" or wh.head.i != v.i or wh.i + 1 >= v.i:
        return None
    nxt = wh.doc[wh.i + 1]
    if nxt.tag_ not in ("JJ", "JJR", "RB", "RBR") or nxt.dep_ not in ("amod", "advmod", "acomp") or \
            any(True for _ in nxt.children) or nxt.lower_ in ("much", "many", "far", "long", "often", "soon"):
        return None
    return nxt


def _as_clause_cut(t: "Token", kept: set[int]) -> bool:
    """``t`` is an "as" the parse made a preposition though it opens a clause whose verb falls outside the
    question ("short-lived as problems with the economy were still significant", "catch on as the trend for
    such events, like speed dating, continues"): kept alone, the question ends "... as problems with the
    economy?". (A true preposition, "serve as chairman", has no finite verb straight after its object.)"""
    if t.lower_ != "as" or t.dep_ != "prep" or not any(c.dep_ == "pobj" for c in t.children):
        return False
    nxt = max(x.i for x in t.subtree) + 1
    doc = t.doc
    if nxt < len(doc) and doc[nxt].text == ",":
        nxt += 1
    return nxt < len(doc) and doc[nxt].tag_ in ("VBD", "VBZ", "VBP", "MD") and nxt not in kept


def _strip_edges(toks: list["Token"]) -> list["Token"]:
    while toks and toks[0].text in _EDGE_PUNCT:
        toks = toks[1:]
    while toks and toks[-1].text in _EDGE_PUNCT:
        toks = toks[:-1]
    return toks


def _parentheticals(t: "Token", protect: frozenset[int] = frozenset()) -> set[int]:
    """Token ids of comma/dash-delimited asides below ``t``: appositions, non-restrictive clauses."""
    drop: set[int] = set()
    for x in t.subtree:
        for c in x.children:
            if c.dep_ == "appos" and x.pos_ == "PROPN" and c.i > x.i and \
                    not any(t.doc[k].pos_ == "NUM" for k in range(x.i + 1, c.i)):  # not "AAA 800m title"
                sub = [y.i for y in c.subtree]
                drop.update(sub)
                opens = min(sub) if t.doc[min(sub)].text == "(" else min(sub) - 1
                if t.doc[opens].text == "(" and max(sub) + 1 < len(t.doc) and t.doc[max(sub) + 1].text == ")":
                    drop.update((opens, max(sub) + 1))  # "the Asian Development Bank (ADB)": its brackets too
            elif c.dep_ in ("appos", "relcl", "acl", "advcl", "npadvmod", "advmod", "dep", "prep") and \
                    c.i > x.i and _preceded_by_comma(c) and (c.dep_ != "prep" or x.pos_ == "PROPN"):
                if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children):
                    continue
                drop.update(y.i for y in c.subtree)
                first = min(y.i for y in c.subtree)
                drop.add(first - 1)
                last = max(y.i for y in c.subtree)
                if t.doc[first - 1].text == "(":
                    close = next((k for k in range(last + 1, min(len(t.doc), t.sent.end)) if t.doc[k].text == ")"),
                                 None)
                    if close is not None and close - first <= 12:  # "($58.16m; £30.7m)"
                        drop.update(range(first - 1, close + 1))
                    continue
                if c.dep_ in ("npadvmod", "appos", "advmod") and x.i < c.i:
                    while last + 1 < min(len(t.doc), t.sent.end) and t.doc[last + 1].text not in (
                            ",", ".", ";", ":", "—", "–", "-", "?", "!", '"', "”") and last + 1 not in protect and \
                            t.doc[last + 1].pos_ not in ("VERB", "AUX", "PART") and \
                            t.doc[last + 1].dep_ not in ("xcomp", "ccomp", "dobj", "aux"):
                        last += 1
                        drop.add(last)
                if last + 1 < len(t.doc) and t.doc[last + 1].text in (",", ")", "-", "—", "–") and \
                        not (t.doc[last + 1].text == "," and t.doc[first - 1].text != ","):
                    drop.add(last + 1)
    for x in t.subtree:
        if _dash(x):
            drop.add(x.i)
    # "the group - the region's largest grain trader - said": a pair of dashes holds an aside
    span = {x.i for x in t.subtree}
    for a, z in _dash_pairs(t.sent):
        if not a < t.i < z and z - a > 1 and all(k in span for k in range(a + 1, z)):
            drop.update(range(a, z + 1))
    return drop


# --------------------------------------------------------------------------- the builder

def _conjoined_forms(v: "Token", verb_text: str | None, front: str | None, overrides: dict[int, str]) -> None:
    """Conjoined verbs sharing the subject follow the main verb's new form (in ``overrides``):
    "goes ahead or collapses" -> "go ahead or collapse"."""
    for c in v.children:
        if c.dep_ != "conj" or _own_subject(c) or verb_text in (None, ""):
            continue
        if (c.pos_ in ("VERB", "AUX") and c.tag_ == v.tag_) or (
                v.tag_ == "VBZ" and c.tag_ == "NNS" and not any(x.dep_ in ("det", "amod", "poss", "nummod")
                                                               for x in c.children)):
            overrides[c.i] = c.lemma_.lower()  # "goes ahead or collapses" -> "go ahead or collapse"
            for a in _auxes(c):
                overrides[a.i] = ""
        elif c.pos_ in ("VERB", "AUX") and c.tag_ == "VBN" and front == "did" and _auxes(c):
            overrides[c.i] = c.lemma_.lower()  # "had attempted ... or had accessed" -> "attempt ... or access"
            for a in _auxes(c):
                overrides[a.i] = ""


class _Referents:
    """Who a question's pronouns and descriptions are: the sentence being asked about, the article
    context, and the resolution of "he", "the company", "the pair" to names the reader knows."""

    def __init__(self, ctx: _Context, sent: "Span", base: int | None = None):
        self.ctx = ctx
        self.sent = sent
        self.base = base  # article offset of the sentence's document (token.idx + base), when known
        self._active = 0  # nesting of pronoun resolution
        self.subject_text: str | None = None  # the question's subject, as rendered
        self.subject_tok: "Token | None" = None  # and its head in the sentence
        self.subject_gender: str | None = None
        # a quoted first-person clause: its "I"/"we" subject and other first-person words, as rendered
        self.person_subject: tuple[int, str, bool] | None = None  # (token id, name, plural)
        self.person_over: dict[int, str] = {}

    # ---- descriptions bound to a named body
    def bare_description(self, tok: "Token") -> bool:
        """``tok`` heads a bare definite description of a body ("the firm", "the company's"): a
        :data:`BOUND_HEADS` noun with "the" and nothing else that says which one."""
        return tok.lemma_.lower() in BOUND_HEADS and tok.tag_ == "NN" and tok.ent_type_ == "" and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
            all(c.dep_ in ("det", "case", "punct", "prep") and
                not (c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "behind")) for c in tok.children)

    def bound_body(self, tok: "Token") -> str | None:
        """The one named organisation the article's actors bind the description at ``tok`` to (the
        actor whose mentions cover it), else None."""
        if not self.bare_description(tok):
            return None
        pos = self._offset(tok)
        if pos is None:
            return None
        hits = {a.name for a in self.ctx.referents if _named_body(a) and any(m.start <= pos < m.end for m in a.spans)}
        # (an actor that is the description itself, "the club", names nothing)
        if not hits and tok.lemma_.lower() in NEEDS_NAME | LOCAL_HEADS:
            hits = self._named_just_before(tok) or self._bound_elsewhere(tok)
        if len(hits) != 1:
            return None
        name = next(iter(hits))
        if any(not w[:1].isupper() and w.lower() not in ("of", "and", "for", "de", "&") for w in name.split()[1:]):
            return None  # "Coaching team": the actor is a description, not a name
        return name if name.lower() != tok.lower_ else None

    def _named_just_before(self, tok: "Token") -> set[str]:
        """The organisations named (tagged ORG, not people) earlier in ``tok``'s sentence and in the one
        before it: "Hale scored for Leeds. The club will ..." binds "the club" to Leeds when only one is."""
        n = self.ctx.index(self.sent) if tok.doc is self.sent.doc else -1
        if n < 0:
            return set()
        spans = [self.ctx.sents[n - 1][2]] if n > 0 else []
        ents = [e for sp in spans for e in sp.ents] + [e for e in self.sent.ents if e.end <= tok.i]
        people = {w for a in self.ctx.referents if a.type == "person" for w in clean_name(a.name).split()}
        return {re.sub(r"^(?:the|The) ", "", re.sub(r"['’]s?$", "", e.text)) for e in ents
                if (e.label_ == "ORG" or (e.label_ == "GPE" and tok.lemma_.lower() in TEAM_HEADS)) and
                not set(e.text.split()) & people and e.text[:1].isupper()} - {""}

    def _bound_elsewhere(self, tok: "Token") -> set[str]:
        """The named bodies the article's actors bind its other "the club" mentions to (one expected)."""
        text = self.ctx.parsed.article.text
        return {a.name for m in re.finditer(r"\b[Tt]he " + re.escape(tok.lower_) + r"\b", text)
                for a in self.ctx.referents if _named_body(a) and any(x.start <= m.start() + 4 < x.end for x in a.spans)}

    def _offset(self, tok: "Token") -> int | None:
        """``tok``'s article offset (it may sit in an earlier sentence, another paragraph's parse)."""
        if tok.doc is self.sent.doc:
            return None if self.base is None else self.base + tok.idx
        for _, _, span, pp in self.ctx.sents:
            if span.doc is tok.doc and span.start <= tok.i < span.end:
                return pp.offset + tok.idx
        return None

    def unbound_description(self, tok: "Token") -> bool:
        """``tok`` is a bare "the firm"/"the company" (:data:`NEEDS_NAME`) the article's actors bind to
        no named body: a question about it would be about nobody the reader knows."""
        return tok.lemma_.lower() in NEEDS_NAME and self.bare_description(tok) and self.bound_body(tok) is None

    # ---- pronouns and noun phrases
    def resolve(self, tok: "Token", depth: int = 0) -> str | None:
        if self._active > 2:
            return None  # a referent whose own phrase needs resolving: give up rather than loop
        self._active += 1
        try:
            if tok.lower_ == "it" and any(x.lower_ == "whether" and x.i < tok.i for x in self.sent):
                return None  # "whether the public chose A or B, it would result in ...": the outcome, not a noun
            ref = self._resolve(tok, depth)
            if ref is not None and re.fullmatch(r"[\d.,]+%?|\d+ per ?cent", ref):
                return None  # "70% said they would ...": a share of those asked is not a subject
            if ref is not None and tok.lower_ in ("he", "him", "his", "she", "her", "hers"):
                quote = self.ctx.quote_at(self.base + tok.idx) if self.base is not None else None
                if quote is not None and set(quote[2].split()) & set(ref.split()):
                    return None  # in her own words a speaker is "I": "he" is someone (or something) else
            return ref if ref is None or self._nearest_agrees(tok, ref) else None
        finally:
            self._active -= 1

    def _nearest_agrees(self, tok: "Token", ref: str) -> bool:
        """The referent must be the nearest fitting noun before the pronoun in its sentence, if there is
        one: "the whole town is eager for the new bridge and it will open soon" is not about the town."""
        low = tok.lower_
        kind = "person" if low in ("he", "him", "his", "she", "her", "hers") else (
            "plural" if low in ("they", "them", "their") else "thing")
        last = None
        for t in self.sent:
            if t.i >= tok.i:
                break
            if any(a.dep_ in ("relcl", "appos") and a.i < tok.i for a in t.ancestors):
                continue  # "Qwest, which had an earlier offer rejected, said it would ...": an aside
            if kind == "person":
                if t.ent_type_ == "PERSON" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_type_ != "PERSON" or
                                                t.doc[t.i + 1].ent_iob_ == "B"):
                    last = t
                elif self._person_subject(t, low):
                    last = t  # "Mr Lee could face ten years if convicted of the charges he faces" (the name untagged),
                    # "Ann Lee alleged the toddler suffered an injury to her arm": the clause's own subject
            elif (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ in ("dobj", "pobj") and (t.pos_ == "PROPN" or any(
                    c.dep_ in ("det", "poss") or (c.dep_ == "relcl" and kind == "plural") for c in t.children)))) and \
                    t.pos_ in ("NOUN", "PROPN") and \
                    t.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY") and \
                    self._compatible(t, kind):
                last = t
        if last is None:
            return True
        words = [last.text]
        aside = _aside_around(last)
        if aside is not None:  # "the firm - China's biggest supplier - said it": the firm
            words += [x.text for x in last.subtree if x.i < aside[0] and x.pos_ in ("NOUN", "PROPN")]
        return any(re.search(r"\b" + re.escape(w) + r"\b", ref, re.I) for w in words) or \
            ref == self.bound_body(last)  # "the company" named as the body it is

    def _person_subject(self, t: "Token", pronoun: str) -> bool:
        """``t`` is a subject the pronoun could stand for: a person's name the article knows (its tag aside) or a
        person described ("the toddler", "the girl"), of no other gender."""
        if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ in ("NNS", "NNPS"):
            return False
        gender = _gender(pronoun)
        if t.pos_ == "PROPN":
            if t.ent_type_ not in ("", "PERSON") or not (self.ctx.names.knows(t.text) or any(
                    a.type == "person" and t.text in clean_name(a.name).split() for a in self.ctx.referents)):
                return False
            known = self.ctx.names.gender(self.ctx.expand(t.text) or t.text)
            return known is None or gender is None or known == gender
        word = t.lemma_.lower()
        if t.pos_ != "NOUN" or word not in lex.PERSON_NOUNS | UNNAMED_PEOPLE:
            return False
        other = lex.FEMALE_WORDS if gender == "m" else lex.MALE_WORDS if gender == "f" else frozenset()
        return word not in other

    # 81 lines: the ordered steps for one pronoun (the speaker of the reporting verb it hangs on,
    # the condition's subject, a person by the article's resolver, the previous subject), kept in
    # one place because their order decides between them.
    def _resolve(self, tok: "Token", depth: int = 0) -> str | None:
        low = tok.lower_
        if low in ("him", "his", "her", "hers"):
            # "X said the moderators would be unfair to him": the speaker, unless another person is named
            # in between ("Harlow said a Carver victory would bring back her husband's scandal")
            head = tok.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            rep = _reporting_head(head) or (_trigger(head) if head.dep_ in ("ccomp", "advcl") else None)
            if rep is not None:
                sp = _speaker_of(rep)
                between = [e for e in self.sent.ents if e.label_ == "PERSON" and rep.i < e.start and e.end <= tok.i] + [
                    x for x in self.sent if rep.i < x.i < tok.i and x.dep_ == "poss" and x.pos_ == "PROPN"]
                # ("told the court the shots came from Mr Lee's gun, his car": another owner named in between)
                spoken = self.ctx.names.gender(self.ctx.expand(sp.text) or sp.text) if sp is not None else None
                if sp is not None and sp.i < tok.i and not between and sp.lower_ not in PRONOUNS and \
                        spoken in (None, _gender(low)) and \
                        self._compatible(sp, "person") and not any(
                            x.pos_ in ("VERB", "AUX") or (x.i != sp.i and x.ent_type_ in ("PERSON", "NORP") and
                                                          x.dep_ not in ("amod", "compound"))
                            for x in sp.subtree if sp.ent_type_ != "PERSON"):
                    return self.np_text(sp, compact=True, singular=True)
            # a subject of the pronoun's own clause comes first: it binds "his"/"her", and its "he" is "him"
            owner = self._clause_owner(tok)
            if owner is not None:
                return owner[0] if owner[1] else None
            # otherwise only when one person alone is in view, and the article's resolver does not say otherwise
            n = self.ctx.index(self.sent)
            spans = [self.ctx.sents[k][2] for k in (n - 1,) if k >= 0]
            names = {self.ctx.expand(e.text) for sp in spans for e in sp.ents if e.label_ == "PERSON"}
            here = {self.ctx.expand(e.text) for e in self.sent.ents if e.label_ == "PERSON" and e.end <= tok.i}
            both = names | here
            names = {x for x in both if not any(x != y and x in y for y in both)}
            if len(names) != 1:
                return None
            name = next(iter(names))
            known = self.ctx.names.gender(name)
            if known is not None and known != _gender(low):
                return None  # "her" and the one man in view
            other = self._nearest_person(tok) if name not in here else None
            if other is not None and not (set(clean_name(other).split()) & set(clean_name(name).split())):
                return None  # a name from the sentence before, the resolver reads another: a wrong name is worse than none
            return name
        kind = "person" if low in ("he", "him", "his", "she", "her", "hers") else (
            "plural" if low in ("they", "them", "their") else "thing")
        if kind != "person" and tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        # the speaker of the reporting verb (or the holder of an open matter) this clause hangs on
        cur = head
        for _ in range(5):
            if cur.head.i == cur.i:
                break
            if cur.dep_ not in ("ccomp", "xcomp", "conj", "parataxis", "pcomp", "pobj", "prep", "dobj"):
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") and _own_subject(cur) and not (
                    cur.lemma_ in lex.REPORT_VERBS or cur.lemma_ in NEG_TRIGGERS or cur.lemma_ in OPEN_TRIGGERS):
                break  # "X said Mars promised her that he would ...": not the outer speaker
            if cur.lemma_ in lex.REPORT_VERBS or cur.lemma_ in NEG_TRIGGERS or cur.lemma_ in OPEN_TRIGGERS:
                if kind == "person" and any(c.dep_ in ("dobj", "dative") and c.i < tok.i and
                                            self._compatible(c, "person") for c in cur.children):
                    return None  # "Clarkson told the ambassador she could ...": speaker or listener?
                s = _speaker_of(cur)
                if s is not None and s.lower_ in ("he", "she") and kind == "person" and \
                        (s.lower_ == "he") != (low in ("he", "him", "his")):
                    # "He said questions must be asked about her release": not the speaker
                    other = self.resolve(s, depth + 1) if depth < 2 else None
                    return self._nearest_person(tok, avoid=other)
                if s is not None and s.lemma_.lower() in lex.SOURCE_DOCUMENTS | {"paper", "newspaper"} and kind == "thing":
                    return None  # "the book suggests it was written by ...": "it" is something else
                if s is not None and s.i < tok.i:
                    if self._compatible(s, kind) or (kind == "plural" and s.lower_ in COLLECTIVE):
                        if s.lower_ in PRONOUNS:
                            return self.resolve(s, depth + 1) if depth < 2 else None
                        return self.np_text(s, compact=True, singular=kind == "person")
                    if kind != "person":
                        return self._same_sentence_subject(tok, kind)
                break
        if kind in ("thing", "plural"):
            root = self.sent.root
            for c in root.children:
                if _if_clause(c) and c.i < tok.i:
                    s = _subject(c)
                    if s is not None and s.lower_ not in PRONOUNS and self._compatible(s, kind):
                        return self.np_text(s, compact=True)
        if kind == "person":
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                # "his"/"him": only a person who is the subject earlier in this very sentence
                people = [e for e in self.sent.ents if e.label_ == "PERSON" and e.end <= tok.i and
                          e.root.dep_ in ("nsubj", "nsubjpass")]
                return self.ctx.expand(people[-1].text) if people else None
            return self._nearest_person(tok)
        if any(t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and t.lower_ not in PRONOUNS
               and self._compatible(t, kind) for t in self.sent):
            return None  # a candidate in this very sentence: too ambiguous to guess
        return self._previous_subject(tok, kind)

    def _clause_owner(self, tok: "Token") -> tuple[str | None, bool] | None:
        """The subject that "his"/"her"/"him" most likely stands for: the nearest subject before it up
        its own chain of clauses that could be a person (relative pronouns, things and bodies passed
        over). ``(name, True)`` when it settles the pronoun; ``(None, False)`` when it makes the reading
        uncertain (a named subject and "him" as the object, or a clash of gender); ``None`` when there is
        no such subject."""
        low = tok.lower_
        gender = _gender(low)
        cur = tok.head
        for _ in range(8):
            if cur.pos_ in ("VERB", "AUX"):
                if cur.lemma_ in lex.REPORT_VERBS and cur.i != tok.head.i:
                    return None  # a speaker: the step above has weighed (and refused) them
                s = _subject(cur)
                if s is not None and s.i < tok.i and s.lower_ not in ("that", "which", "who", "whom", "there"):
                    if s.lower_ in ("he", "she"):
                        if (s.lower_ == "he") != (gender == "m"):
                            return None  # "she said his ...": someone else; the steps below decide
                        return (self.resolve(s, 1) if self._active < 3 else None, True)
                    body = s.ent_type_ in ("NORP", "DATE", "TIME") or (s.ent_type_ == "ORG" and any(
                        a.type != "person" and s.text in clean_name(a.name).split() for a in self.ctx.referents))
                    # (an ORG tag alone does not make a body: "Vellamo could be jailed for her ..." is a person)
                    if s.pos_ == "PROPN" and not body and s.tag_ != "NNPS" and s.lower_ not in PRONOUNS:
                        name = self.np_text(s, compact=True, singular=True)
                        known = self.ctx.names.gender(name or "")
                        if name is None or (known is not None and known != gender) or any(
                                x.pos_ == "PROPN" and (x.dep_ == "poss" or x.ent_type_ == "PERSON") and
                                x not in s.subtree for x in tok.doc[s.i + 1:tok.i]):
                            return (None, False)  # another owner named in between
                        if tok.tag_ != "PRP$":
                            # "Smith will replace him": not Smith; further up ("Smith said they would
                            # sack him") it may be: the steps below decide
                            return (None, False) if cur.i == tok.head.i else None
                        return (name, True)
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None

    def _person_like(self, ref: str) -> bool:
        """``ref`` can be what "he"/"she" points at: a described person ("the striker"), a name the article
        gives a person, or a person among the key actors."""
        words = clean_name(ref).split()
        if not words or not ref[:1].isupper():
            return True
        last = words[-1].strip("'’s")
        if self.ctx.place_name(ref):
            return False  # "he" read as "Devon": a county the tagger once took for a person
        return self.ctx.names.knows(ref) or any(
            a.type == "person" and last in clean_name(a.name).split() for a in self.ctx.referents) or \
            words[0].lower() in lex.PERSON_NOUNS

    def _conjunct_owner(self, t: "Token", toks: list["Token"]) -> bool:
        """A possessive in a coordination whose earlier conjunct, rendered in the same phrase, is its owner
        ("Lee and her allies", "Reed, his wife and his aides"): the name is already there, the pronoun reads
        right and a repeated name does not."""
        if t.tag_ != "PRP$" or t.dep_ != "poss":
            return False
        head, first = t.head, None
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
            first = head
        if first is None or first.i not in {x.i for x in toks}:
            return False
        ref = self.resolve(t)
        return ref is not None and ref.split()[-1] in {x.text for x in first.subtree if x.i < t.i}

    def _own_subject_pronoun(self, t: "Token") -> bool:
        """``its``/``their`` after the question's own subject with no other fitting noun between."""
        s = self.subject_tok
        if s is None or not s.i < t.i or s.sent != t.sent:
            return False
        if t.lower_ in ("his", "her") and t.tag_ == "PRP$":
            # "Lee could be jailed for her two offences": a possessive bound by the person the clause is about
            gender = self.ctx.names.gender(self.subject_text or "")
            kind = "person"
            if gender is not None and gender != _gender(t.lower_):
                return False
            named = s.pos_ == "PROPN" and (s.ent_type_ == "PERSON" or self.ctx.names.knows(s.text) or any(
                a.type == "person" and s.text in clean_name(a.name).split() for a in self.ctx.referents)) or \
                s.pos_ == "NOUN" and self._person_subject(s, t.lower_)  # "the toddler ... her death"
            if named and not any(self._compatible(x, kind) for x in t.doc[s.i + 1:t.i] if x.pos_ in ("NOUN", "PROPN")):
                return True
        elif t.lower_ not in ("its", "itself", "their", "themselves"):  # (not "them": "redeem them" is never the subject)
            return False
        else:
            kind = "thing" if t.lower_ in ("its", "itself") else "plural"
        if not self._compatible(s, kind) or s.pos_ not in ("NOUN", "PROPN"):
            return False
        # another name or subject between could own it; a common-noun object rarely does ("turn its
        # attention to deepening its ties")
        return not any(self._compatible(x, kind) and (x.dep_ in ("nsubj", "nsubjpass") or x.pos_ == "PROPN" or
                                                       x.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))
                       for x in t.doc[s.i + 1:t.i] if x.pos_ in ("NOUN", "PROPN"))

    def body_referent(self, tok: "Token") -> str | None:
        """The named body a subject "it"/"they" (or "its"/"their") stands for when :meth:`resolve` finds none and
        the article leaves no doubt: the last organisation, country or team named as the subject of a clause in
        this sentence or the one before ("Acme accused Brill of fraud. It is seeking damages" -> Acme; in British
        usage a team is "they"), with no other subject in between ("Acme said the deal had failed. It ..." may be
        the deal: left unasked), and for "they" no other name, body or plural in between at all. Not inside a
        quote (the speaker's "it" points at what the speaker has in mind). None when unsure: a wrong name is
        worse than none."""
        kind = BODY_PRONOUNS.get(tok.lower_)
        ctx = self.ctx
        n = ctx.index(self.sent) if tok.doc is self.sent.doc else -1
        if kind is None or self.base is None or n < 0 or tok.dep_ not in ("nsubj", "nsubjpass", "poss") or \
                ctx.inside_quotes(tok) or _dummy_it(tok.head):
            return None
        pos = self.base + tok.idx
        since = ctx.sents[n - 1][0] if n > 0 else ctx.sents[n][0]
        coref = ctx.coref
        # a body: tagged one and no key person, or a name the key actors give a body though tagged a person
        # ("Varga added that it ..." with the firm "Varga" taken for a surname)
        people = {f for a in ctx.referents if a.type == "person" for f in [a.name, *a.aliases]}
        named = {f for a in ctx.referents if a.type in ("organization", "place") for f in [a.name, *a.aliases]}
        bodies = [m for m in coref.mentions if since <= m.pos < pos and not m.quoted and m.name not in people
                  and (m.label in ORG_LABELS or m.label == "PERSON" and not m.description and m.name in named)]
        subjects = [m for m in bodies if m.subject and m.token is not None and (
            m.token.dep_ in ("nsubj", "nsubjpass") or m.token.dep_ == "appos" and m.token.head.dep_ in ("nsubj", "nsubjpass"))]
        # ("The Health Secretary insisted it ...": a body naming a person's post is not the subject)
        if not subjects:
            return None
        chosen = subjects[-1]
        head = chosen.token
        name = coref.org_name(chosen.name, chosen.pos, chosen.pos + len(chosen.name)) \
            if chosen.label in ORG_LABELS else chosen.name  # (a body the tagger took for a person: as written)
        if not name or not name[:1].isupper() or len(name.split()) > 6:
            return None
        if kind == "plural" and any(m.pos > chosen.pos and coref.org_name(m.name, m.pos, m.pos + len(m.name)) != name
                                    for m in bodies):
            return None  # "Leeds beat Hull. They ...": either side
        # every word between the body's name and the pronoun, across the sentence boundary
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        after = chosen.pos + max(len(chosen.name), len(ent.text) if ent is not None else 0)
        between = [x for k in (n - 1, n) if k >= 0 for x in ctx.sents[k][2]
                   if after <= ctx.sents[k][3].offset + x.idx < pos]
        family = {"it", "its"} if kind == "thing" else {"they", "their"}
        for x in between:
            if x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in family and x.lower_ != "what":
                return None  # any other subject, a person or a pronoun too ("he fears it could ...")
            if kind == "plural" and x.dep_ in ("dobj", "pobj", "conj", "appos") and x.pos_ in ("NOUN", "PROPN") and (
                    self._compatible(x, kind) or x.ent_type_ in ORG_LABELS):
                return None  # for "they", any other plural or body named in between ("Leeds beat the visitors")
            if kind == "plural" and x.pos_ == "PROPN" and x.ent_type_ not in ("DATE", "TIME"):
                return None  # "Leeds beat Hull Town. They ...": any other name could be the side meant
        if any(x.i < tok.i and x.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and x.lower_ not in PRONOUNS and
               x.pos_ in ("NOUN", "PROPN") and x.i != head.i and self._compatible(x, kind) for x in self.sent):
            return None  # something else named earlier in the pronoun's own sentence: too close to rule out
        return name

    def speaker_body(self, tok: "Token") -> str | None:
        """The body a reported "it" or "they" stands for when it opens the very clause a body reports ("Acme warned
        it will close", "A Westby spokesman said it may sell the site", "Rovers, the league club, said that it would
        appeal", "Rail staff have warned they will strike"): the body named as the reporting verb's subject, or as
        that of its spokesman; for "they", the group or body that is the subject itself. Not a person's "it" ("Ann Lee said it was
        over"), nor inside a quote; None when no name is written."""
        v = tok.head
        if tok.lower_ not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "ccomp" or \
                self.ctx.inside_quotes(tok) or _dummy_it(v):
            return None
        rep = v.head
        gap = [x for x in tok.doc[rep.i + 1:tok.i]]
        if rep.lemma_.lower() not in lex.REPORT_VERBS or _is_negated(rep) or \
                any(not (x.dep_ == "mark" and x.lower_ == "that") for x in gap):
            return None  # only "X said (that) it ...": anything between could be what "it" is
        s = _subject(rep)
        if s is None or s.lower_ in PRONOUNS | FIRST_SECOND:
            return None
        if tok.lower_ == "they":  # "Rail staff have warned they will strike": the plural that reports
            if s.pos_ not in ("NOUN", "PROPN") or s.lemma_.lower() in lex.PERSON_NOUNS or s.ent_type_ == "PERSON" or \
                    any(c.dep_ == "nummod" for c in s.children):
                return None
            name = self.np_text(s, compact=True)
            return name if name and len(name.split()) <= 6 else None
        if s.lemma_.lower() in lex.SPOKESPEOPLE:
            names = [c for c in s.children if c.dep_ == "compound" and c.pos_ == "PROPN"] or \
                [o for p in s.children if p.dep_ == "prep" and p.lower_ in ("for", "at") for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        elif s.lemma_.lower() in lex.ORG_NOUNS:
            names = [c for c in s.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]
        else:
            names = [s] if s.pos_ == "PROPN" and s.ent_type_ in ORG_LABELS else []
        if len(names) != 1 or names[0].ent_type_ in ("NORP", "DATE", "TIME"):
            return None
        head = names[0]
        toks = [x for x in head.subtree if x.i <= head.i and (x.pos_ == "PROPN" or x.i == head.i)] \
            if head.dep_ != "compound" else [x for x in head.doc[head.left_edge.i:head.i + 1] if x.pos_ == "PROPN"]
        name = " ".join(x.text for x in toks)
        return name if name[:1].isupper() and len(name.split()) <= 5 else None

    def _compatible(self, s: "Token", kind: str) -> bool:
        if s.lower_ in FIRST_SECOND or s.lower_ in DEMONSTRATIVE:
            return False
        personish = s.ent_type_ == "PERSON" or s.lemma_.lower() in lex.PERSON_NOUNS or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in s.children) or (
            s.pos_ == "PROPN" and s.ent_type_ in ("", "PERSON") and kind == "person")
        if kind == "person":
            return (personish or s.lower_ in ("he", "she")) and s.tag_ not in ("NNS", "NNPS")
        if kind == "plural":
            return _plural(s) and s.lower_ not in ("we",)
        return (not _plural(s) or _plural_named_body(s)) and not personish and s.lower_ not in ("he", "she", "it") and \
            s.pos_ != "PRON"

    def _same_sentence_subject(self, tok: "Token", kind: str) -> str | None:
        within = _phrases_around(tok)
        subjects = [t for t in self.sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass") and t.i not in within and
                    t.lower_ not in PRONOUNS and self._compatible(t, kind) and not _dateline(t)]
        return self.np_text(subjects[-1], compact=True) if subjects else None

    def _nearest_person(self, tok: "Token", avoid: str | None = None) -> str | None:
        """The person "he"/"she" stands for, by the article's one resolver (:mod:`.coref`): the most
        recent fitting mention within the sentence and the three before it."""
        n = self.ctx.index(self.sent)
        if self.base is None or n < 0:
            return None
        pos = self.base + tok.idx
        since = self.ctx.sents[max(0, n - 3)][0]
        low = tok.lower_
        gender = "m" if low in ("he", "him", "his") else "f" if low in ("she", "her", "hers") else None
        coref = self.ctx.coref
        found = coref.antecedent_mention(pos, coref.para_at(pos), ("PERSON",), gender=gender, since=since,
                                         avoid=avoid,
                                         quoted=self.ctx.inside_quotes(tok))
        if found is None:
            return None
        if found.head is not None:  # a description: "the mayor"
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in found.head.children):
                return None  # "a party spokesman ... He denied wanting to lead": an indefinite aside names no one
                # the question could ask about, and the "he" of the next sentence is mostly the story's subject
            return self.np_text(found.head, compact=True, singular=True)
        return self.ctx.expand(found.name)

    def _two_people(self, tok: "Token") -> str | None:
        """ "the pair" -> "Clara Finch and Rosalind Abbott" when exactly two people are in view
        (named earlier in this sentence or in the previous one)."""
        n = self.ctx.index(self.sent)
        ents = [e for e in self.sent.ents if e.label_ == "PERSON" and e.end <= tok.i]
        if n > 0:
            ents = list(self.ctx.sents[n - 1][2].ents) + ents
        names: list[str] = []
        for e in ents:
            if e.label_ != "PERSON":
                continue
            name = self.ctx.expand(e.text)
            # "Triathlete Clara Finch" -> the key actor's own name
            name = next((a for a in self.ctx.people if name.endswith(" " + a)), name)
            if not any(name == o or name.endswith(" " + o) or o.endswith(" " + name) for o in names):
                names.append(name)
        if len(names) != 2 or any(len(x.split()) > 4 for x in names):
            return None
        return f"{names[0]} and {names[1]}"

    def _previous_subject(self, tok: "Token", kind: str) -> str | None:
        n = self.ctx.index(self.sent)
        if n <= 0:
            return None
        prev = self.ctx.sents[n - 1][2]
        s = _subject(prev.root)
        if s is None or s.lower_ in PRONOUNS or not self._compatible(s, kind) or _dateline(s):
            return None
        if kind == "thing" and not (s.ent_type_ in ("ORG", "GPE", "NORP") or
                                   any(c.lower_ == "the" for c in s.children)):
            return None
        return self.np_text(s, compact=True)


class _Phrases(_Referents):
    """Noun phrases and clauses rendered as question words: pronouns resolved, asides and
    attributions dropped, verb forms overridden where the question changes them."""

    def np_text(self, s: "Token", compact: bool = False, singular: bool = False) -> str | None:
        if _pair_noun(s):
            pair = self._two_people(s)
            if pair:
                return pair
        for e in s.doc.ents:
            # the person named in the phrase ("Spanish teenager Ferrer", "spokesman Owen Mercer")
            if e.label_ == "PERSON" and not any(c.dep_ == "conj" for c in s.children) and (
                    e.root.i == s.i or (e.root.head.i == s.i and e.root.dep_ in ("compound", "appos", "nmod"))):
                if e.root.i == s.i or singular:
                    return self.ctx.expand(e.text)
        drop = _parentheticals(s)
        for c in s.children:
            # "security guarantees as a result of our joint work": the speaker's "our" cannot stand in a question
            if c.dep_ == "prep" and c.i > s.i and any(x.lower_ in FIRST_SECOND for x in c.subtree):
                drop.update(x.i for x in c.subtree)
        if not any(c.dep_ == "conj" for c in s.children):
            drop |= {c.i for c in s.children if c.dep_ == "cc"}  # a conjunction left dangling by the parse
        drop |= {c.i for c in s.children if c.dep_ == "advmod" and c.lower_ in FOCUS_ADV and c.i < s.i}
        toks = [x for x in s.subtree if x.i not in drop]
        aside = _aside_around(s)
        if aside is not None and toks and toks[0].i < aside[0]:
            toks = [x for x in toks if x.i < aside[0]]  # "the group - the region's largest grain trader -"
        if compact or len(toks) > 18:
            keep = []
            of = next((c for c in s.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
                if s.lemma_.lower() in QUANTITY_HEADS else None
            of_end = next((x.i for x in toks if of is not None and x.i > of.i and x.text in (",", "(", "-", "—")),
                          len(s.doc))
            for x in toks:
                if of is not None and of.i <= x.i < of_end:
                    keep.append(x)  # "a host of Hollywood stars": the quantity's own "of" phrase
                    continue
                if x.i > s.i:
                    # keep short right modifiers ("of ABC News", "published by X")
                    anc = x
                    while anc.head.i != s.i and anc.i != s.i:
                        anc = anc.head
                    size = len([y for y in anc.subtree if y.i not in drop])
                    if anc.dep_ in ("relcl", "advcl") or size > 5 or (singular and anc.dep_ in ("conj", "cc")):
                        continue
                keep.append(x)
            toks = keep
        toks = _strip_edges(toks)
        return self.render(toks, lower_first=True)

    def enrich(self, head: "Token") -> str | None:
        """ "such a summit" -> a fuller earlier mention ("trilateral summit")."""
        n = self.ctx.index(self.sent)
        for k in range(n - 1, max(-1, n - 12), -1):
            span = self.ctx.sents[k][2]
            for t in reversed(list(span)):
                if t.lemma_ == head.lemma_ and t.pos_ == "NOUN":
                    mods = [c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i]
                    if mods:
                        toks = sorted({x for m in mods for x in m.subtree} | {t}, key=lambda x: x.i)
                        return "".join(x.text_with_ws for x in toks).strip()
        return None

    # ---- rendering
    def _bind_descriptions(self, toks: list["Token"], over: dict[int, str]) -> None:
        """"the company" -> the one named body the article's actors bind it to ("the company's profits" ->
        "Acme's profits"), unless the question's subject names that body already."""
        ids = {t.i for t in toks}
        subj = self.subject_tok
        named_body = (subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON") or any(
            t.ent_type_ in ("ORG", "NORP") for t in toks)
        for t in toks:
            if t.i in over or t.lemma_.lower() not in BOUND_HEADS:
                continue
            if named_body and not (subj is not None and subj.i == t.i):
                continue  # "Is Acme concerned it may be linked to the airline?": read beside the body named
            name = self.bound_body(t)
            det = next((c for c in t.children if c.dep_ == "det"), None)
            if name is None or det is None or det.i not in ids or det.i in over or (
                    self.subject_text and name in self.subject_text):
                continue
            over[t.i] = name
            if not re.search(r"\b[Tt]he " + re.escape(name) + r"\b", self.ctx.parsed.article.text):
                over[det.i] = ""  # "the Harbour Council" keeps its article; "Acme" has none
            case = next((c for c in t.children if c.dep_ == "case" and c.i in ids), None)
            if case is not None and case.i not in over and name.endswith("s"):
                over[case.i] = "'"

    def bound_person(self, tok: "Token") -> str | None:
        """The named person the article binds a bare "the mayor" at ``tok`` to: the one key actor, a named
        person, whose mentions (coreference included) cover it; else None."""
        low = tok.lemma_.lower()
        if tok.tag_ != "NN" or tok.ent_type_ or not (low in lex.PERSON_ROLES or low in lex.PERSON_NOUNS) or \
                [c.lower_ for c in tok.children if c.dep_ not in ("case", "punct")] != ["the"]:
            return None
        pos = self._offset(tok)
        if pos is None:
            return None
        people = [a for a in self.ctx.referents if a.type == "person" and a.name[:1].isupper()]
        # the actor's mentions, else the article's resolver ("the mayor denied" -> the person it describes), when
        # the article gives that person the post ("Mayor Ann Lee", "Ann Lee, the city's mayor"): the nearest
        # person alone may be someone else (the one who spoke of the mayor, the one who left the board)
        hits = {a.name for a in people if any(m.start <= pos < m.end for m in a.spans)}
        if not hits:
            block = next((b for b in self.ctx.analysis.blocks if b.doc is tok.doc), None)
            said = self.ctx.coref.resolve(block, tok)[0] if block is not None else None
            hits = {a.name for a in people if said and (said == a.name or said in clean_name(a.name).split() or
                                                        clean_name(a.name) in said)}
        hits = {h for h in hits if self._holds_post(next(a for a in people if a.name == h), low)}
        return next(iter(hits)) if len(hits) == 1 else None

    def _holds_post(self, actor, noun: str) -> bool:
        """The article gives ``actor`` the post ``noun`` in its own words: before its name ("Rivertown mayor Ann
        Lee") or in apposition after it ("Ann Lee, the town's mayor"). (Not the actor's role: that may come from
        the very description being bound.)"""
        last = re.escape(clean_name(actor.name).split()[-1])
        text = self.ctx.parsed.article.text
        return re.search(r"(?i:\b" + re.escape(noun) + r")\s+(?:[A-Z][\w.'’-]*\s+){0,3}" + last + r"\b", text) is not None or \
            re.search(r"\b" + last + r",\s+(?:[\w'’-]+\s+){0,4}?(?i:" + re.escape(noun) + r")\b", text) is not None

    def _bind_people(self, toks: list["Token"], over: dict[int, str]) -> None:
        """"the mayor" -> the person the article binds it to ("Will the mayor resign?" -> "Will Ann Lee resign?"),
        unless the question names that person already."""
        ids = {t.i for t in toks}
        for t in toks:
            if t.i in over:
                continue
            name = self.bound_person(t)
            det = next((c for c in t.children if c.dep_ == "det"), None)
            if name is None or det is None or det.i not in ids or det.i in over or \
                    any(w in {x.text for x in toks} for w in clean_name(name).split()[-1:]):
                continue
            over[t.i] = name
            over[det.i] = ""

    def render(self, toks: Iterable["Token"], lower_first: bool = False, overrides: dict[int, str] | None = None,
               keep_pronoun_for: set[str] | None = None) -> str | None:
        toks = sorted(toks, key=lambda t: t.i)
        over = dict(overrides or {})
        self._bind_descriptions(toks, over)
        self._bind_people(toks, over)
        out: list[str] = []
        for n, t in enumerate(toks):
            if t.is_upper and len(t.text) >= 3 and t.is_alpha and t.i + 1 < len(t.doc) and \
                    t.doc[t.i + 1].text == ":" and t.doc[t.i + 1].i not in {x.i for x in toks}:
                return None
            if t.is_upper and len(t.text) >= 3 and t.is_alpha and t.ent_type_ == "" and (
                    t.pos_ != "PROPN" or (t.i + 1 < len(t.doc) and (t.doc[t.i + 1].text == ":" or
                                                                     t.doc[t.i + 1].is_upper))):
                return None  # "AGE: 27 CLUBS": a table or caption, not prose
            if n > 0 and t.text[:1].isupper() and t.pos_ in ("ADP", "DET", "PRON", "AUX", "VERB", "ADV", "CCONJ",
                                                             "SCONJ", "PART", "ADJ") and \
                    t.ent_type_ == "" and t.text != "I" and not t.doc[t.i - 1].is_punct:
                return None  # a run-on: a caption or a second sentence glued on
            if t.lower_ in DEMONSTRATIVE and t.dep_ != "det" and t.tag_ == "DT" and t.i not in over and \
                    not list(t.children):
                return None  # "to reflect this": points outside the question
            if t.tag_ == "POS" and t.dep_ == "case" and t.head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and \
                    t.i not in over and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in ("AUX", "VERB") and \
                    t.doc[t.i + 1].tag_ in ("MD", "VBZ", "VBD", "VBP"):
                text = ""  # a stray possessive in the source ("plans drawn up by Mr Duval's would continue")
            elif t.i in over:
                text = over[t.i]
            elif t.lower_ in PRONOUNS and t.tag_ in ("PRP", "PRP$") and t.dep_ != "expl":
                if keep_pronoun_for is not None and t.lower_ in keep_pronoun_for:
                    text = t.text
                elif self._conjunct_owner(t, toks):
                    text = t.text  # "Ann Lee and her allies": not "Ann Lee and Ann Lee's allies"
                elif self._own_subject_pronoun(t):
                    text = t.text  # "Sumitomo may turn its attention": its is the subject's own
                else:
                    ref = self.resolve(t)
                    if ref is None:
                        # (not the owner in a clause's subject, "Acme says its downfall was unjust and vowed to sue":
                        # a parse that gives the later verb that subject would ask "Will Acme's downfall sue?")
                        ref = self.body_referent(t) if not (t.dep_ == "poss" and t.head.dep_ in (
                            "nsubj", "nsubjpass")) else None
                        if ref is None or (self.subject_text and ref.lower() == self.subject_text.lower()):
                            return None  # (the subject's own "their", unsettled before: still not read as its own)
                    if self.subject_text and (ref.lower() == self.subject_text.lower() or (
                            _gender(t.lower_) and ref.split()[-1] == self.subject_text.split()[-1] and
                            ref[:1].isupper())):
                        if self.subject_gender and _gender(t.lower_) and _gender(t.lower_) != self.subject_gender:
                            return None  # "he gave her drugs" with both read as the same person
                        ref = None  # it points back at the subject: the pronoun reads fine
                    elif _gender(t.lower_) and not self._person_like(ref):
                        return None  # ("a clause that would see him sacked" read as a league: not a person)
                    if ref is None:
                        text = t.text
                    elif t.tag_ == "PRP$" or t.lower_ == "its":
                        if re.search(r"['’]s\s", ref) or (t.dep_ == "poss" and any(
                                c.tag_ == "POS" for c in t.head.children)):
                            # "Ann Lee's party's nominee", "the firm's board's next chair" ("its" read as the board):
                            # a possessive stacked on a possessive reads garbled, and its owner is often the wrong one
                            return None
                        text = possessive(ref)
                    else:
                        text = ref
            elif t.lower_ in ("those", "these") and t.dep_ == "det" and not lower_first and t.i not in over and \
                    t.head.lemma_.lower() not in TIME_NOUNS and not any(c.dep_ in ("relcl", "acl") for c in t.head.children):
                return None  # "have those very qualities": which ones is said elsewhere
            elif t.lower_ in DEMONSTRATIVE and t.dep_ == "det" and lower_first and \
                    t.head.lemma_ not in ("sort", "kind", "type") and t.head.lemma_.lower() not in TIME_NOUNS:
                text = "the"
            elif t.lower_ == "such" and t.dep_ in ("predet", "amod") and t.head.pos_ == "NOUN":
                rich = self.enrich(t.head)
                if rich and not any(c.dep_ in ("amod", "compound") and c.i != t.i for c in t.head.children):
                    text = ""
                    over[t.head.i] = rich
                else:
                    text = t.text
            else:
                text = t.text
            if n == 0 and lower_first and text == t.text and t.pos_ != "PROPN" and \
                    (t.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC") or text in ("The", "A", "An")) and \
                    text[:1].isupper() and \
                    not (len(text) > 1 and text[:2].isupper()) and \
                    not (t.pos_ not in ("DET", "PRON") and self.ctx.capitalised(text) and
                         not (t.pos_ == "NOUN" and self.ctx.lowercase_used(text))):
                text = text[:1].lower() + text[1:]
            if lower_first and t.lower_ == "no" and t.dep_ == "det":
                text = "any"
            ws = t.whitespace_ if n < len(toks) - 1 else ""
            if n < len(toks) - 1 and not ws and toks[n + 1].i != t.i + 1 and not toks[n + 1].is_punct:
                ws = " "
            if text == "":
                ws = ""
                if out and not out[-1].endswith(" "):
                    out[-1] += " "
            out.append(text + ws)
        s = "".join(out)
        return re.sub(r"\s+", " ", s).strip()

    # ---- clauses
    def clause_tokens(self, v: "Token", subj_ids: set[int], subj_first: int, exclude: set[int],
                      pronoun_subject: bool = False, keep_colon: bool = False) -> tuple[list, list, list]:
        """(middle tokens between subject and verb, verb + tail tokens, tokens moved to the end)."""
        drop: set[int] = set(exclude) | subj_ids
        moved: list = []
        for c in v.children:
            d = c.dep_
            sub = [x.i for x in c.subtree]
            if d == "neg" or (d == "aux" and c.lower_ == "to" and c.i < v.i):
                drop.add(c.i)
            elif d in ("mark", "parataxis", "intj", "discourse", "meta", "dep", "preconj") or (
                    d == "expl" and c.i not in subj_ids):
                drop.update(sub)
            elif d == "advmod" and (c.lower_ in DROP_ADV or (c.lower_ == "well" and c.i < v.i and any(
                    a.lower_ in ("may", "might", "could") and a.i == c.i - 1 for a in _auxes(v)))):
                drop.update(sub)
            elif d == "advcl" and c.i > v.i and c.tag_ == "VB" and any(
                    a.lower_ == "to" and a.dep_ == "aux" for a in c.children) and not _preceded_by_comma(c):
                pass  # "to cut costs": a purpose clause stays
            elif d == "advcl" and self.person_subject and c.i > v.i and not _preceded_by_comma(c) and any(
                    m.dep_ == "mark" and m.lower_ in ("till", "until") for m in c.children):
                pass  # a quoted plan keeps its limit: "keep going till we fall to bits"
            elif d == "advcl":
                is_if = any(m.lower_ in ("if", "unless") for m in c.children)
                if is_if and c.i < v.i and len(sub) <= 12 and not pronoun_subject:
                    moved = sorted(c.subtree, key=lambda x: x.i)
                if not is_if or c.i < v.i:
                    drop.update(sub)
            elif d == "conj" and c.pos_ in ("VERB", "AUX") and (_own_subject(c) or c.lemma_ in lex.REPORT_VERBS or
                                                              c.lemma_ in PAST_COMMIT or c.lemma_ in DENY or
                                                              (_auxes(c) and c.tag_ != v.tag_)):
                drop.update(sub)
                for cc in v.children:
                    if cc.dep_ == "cc" and v.i < cc.i < c.i:
                        drop.add(cc.i)
            elif d == "cc" and c.i < v.i:
                drop.update(sub)
            elif d in ("ccomp", "advcl") and c.i > v.i and c.lemma_ in lex.REPORT_VERBS:
                drop.update(sub)
            elif c.i < subj_first and d != "punct":
                if d == "prep" and len(sub) <= 6 and not moved and c.i not in exclude:
                    moved = sorted(c.subtree, key=lambda x: x.i)
                drop.update(sub)
            elif d == "punct" and c.i < subj_first:
                drop.add(c.i)
        drop |= _parentheticals(v, frozenset({v.i}) | frozenset(a.i for a in v.children if a.dep_ == "dobj")) - subj_ids
        toks = [t for t in v.subtree if t.i not in drop]
        kept = {t.i for t in toks}
        for t in toks:
            if t.i > v.i and t.i in kept and _as_clause_cut(t, kept):
                kept -= {x.i for x in t.subtree}
        toks = [t for t in toks if t.i in kept]
        # cut the tail at a dash, colon or semicolon (an appended gloss or second clause)
        stops = (";",) if keep_colon else (":", ";")
        cut = next((t.i for t in toks if t.i > v.i and (t.text in stops or _dash(t))), None)
        if cut is not None:
            toks = [t for t in toks if t.i < cut]
        middle = [t for t in toks if t.i < v.i and t.text not in (",", "-", "—", "–")]
        tail = _strip_edges([t for t in toks if t.i >= v.i])
        moved = _strip_edges([t for t in moved if t.i not in drop or t.i in {x.i for x in moved}])
        return middle, tail, moved


#: prepositions that open an aside of time, cause or circumstance, not an argument of the verb
ASIDE_PREPS = {"after", "before", "since", "despite", "amid", "amidst", "following", "during", "because", "given",
               "ahead", "without", "with"}


def _pointing_asides(v: "Token") -> frozenset[int]:
    """The token ids of the asides on clause ``v`` or its object (an adverbial clause of time or cause, a "with"/
    "after"/"despite" phrase) that point back with a pronoun or a demonstrative ("after footage showed him",
    "despite that", "..., with a precedent for opposing it"): what a question cannot carry. A condition ("if",
    "unless") and a "with" phrase not set off by a comma ("fill it with fans who ...") are part of what is
    claimed, and stay."""
    out: set[int] = set()
    objects = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd") and c.i > v.i]
    for c in [*v.children, *(x for o in objects for x in o.children if x.dep_ == "prep")]:
        # (the small model hangs many an aside on the object: "a ban after this")
        if c.i < v.i or not (c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in ASIDE_PREPS)):
            continue
        if c.lower_ in ("with", "without") and not _preceded_by_comma(c):
            continue  # "fill the stadium with supporters": what it is filled with, not an aside
        if c.dep_ == "advcl" and (any(m.lower_ in ("if", "unless", "whether", "until", "till") for m in c.children) or
                                  any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")):
            continue  # a condition, a limit or a purpose is part of the claim
        sub = list(c.subtree)
        if any(x.lower_ in PRONOUNS or (x.lower_ in DEMONSTRATIVE and x.dep_ != "mark") for x in sub):
            out.update(x.i for x in sub)
    return frozenset(out)


class _Builder(_Phrases):
    """Turns one clause into a question string (or None when it would not read well): its subject,
    the word the question starts with, then the rest of the clause rendered."""

    def question(self, v: "Token", **kw) -> str | None:
        """A question on clause ``v``: yes/no by default, a wh-question when ``wh`` is the wh-word.

        A gloss after a colon ("a turning point: a framework that ...") is kept when short enough.
        """
        if any(t.text == ":" and t.i > v.i for t in v.subtree):
            q = self._question(v, keep_colon=True, **kw)
            if q is not None and len(q.split()) <= 26:
                return q
        q = self._question(v, **kw)
        if q is None and (asides := _pointing_asides(v)):
            # "X could face a ban after footage showed him ...": the aside that points back cannot be asked, the
            # clause without it can ("Could X face a ban?")
            q = self._question(v, **{**kw, "drop_ids": frozenset(kw.get("drop_ids", ())) | asides})
        aside = _trailing_aside(v) if q is None else None
        if aside is not None and any(x.lower_ in PRONOUNS for x in aside.subtree):
            # "whether Tom Hale keeps up the attacks as she tours the coast": the closing aside's pronoun could not be
            # resolved; the matter stands without the aside
            cut = {x.i for x in aside.subtree} | {x.i for x in v.doc[aside.left_edge.i - 1:aside.left_edge.i] if x.is_punct}
            q = self._question(v, **{**kw, "drop_ids": frozenset(kw.get("drop_ids", frozenset())) | cut})
        return q

    def _question_subject(self, v: "Token", subj: "Token | None", wh: "Token | None"):
        """The question's subject for clause ``v``: ``(subj, its tokens, their ids, tokens to drop,
        whether the wh-word is the subject, a named first-person subject)``, or None when the
        clause has no subject a question can stand on ("this", "many", a verb parsed into it)."""
        subj_ids: set[int] = set()
        subj_toks: list = []
        extra_drop: set[int] = set()
        if subj is None and v.dep_ == "ccomp":
            # "said plans drawn up by X would continue": the subject misparsed as a sibling clause
            first_aux = min([a.i for a in _auxes(v)] + [v.i])
            for sib in v.head.children:
                if sib.dep_ == "ccomp" and sib.i < v.i and max(x.i for x in sib.subtree) + 1 == first_aux:
                    s2 = _subject(sib)
                    if s2 is not None and s2.pos_ in ("NOUN", "PROPN"):
                        subj = s2
                        subj_toks = [x for x in sib.subtree if x.dep_ != "mark"]
        wh_is_subject = wh is not None and subj is not None and (subj.i == wh.i or (
            wh.dep_ == "det" and wh.head.i == subj.i))
        named = self.person_subject if subj is not None and self.person_subject and \
            self.person_subject[0] == subj.i else None
        if subj is None or (subj.dep_ == "expl" and subj.lower_ != "there") or (
                subj.lower_ in FIRST_SECOND and named is None):
            return None
        if not wh_is_subject and (subj.lower_ in DEMONSTRATIVE or subj.lower_ in (
                "what", "which", "who", "that", "some", "others", "one", "all", "many", "most", "none", "each",
                "both", "any", "everything", "something", "anything", "nothing", "everyone", "someone",
                "anyone", "nobody", "somebody", "everybody")):
            return None
        if not wh_is_subject and (
                subj.lower_ in ("much", "little", "few", "several") or
                any(c.lower_ in ("few", "little") and c.dep_ in ("amod", "det") for c in subj.children) or
                (subj.tag_ == "CD" and all(c.dep_ in ("det", "punct") for c in subj.children)) or
                any(x.lower_ == "not" for x in subj.subtree if x.i < subj.i) or
                (_pair_noun(subj) and not self._two_people(subj))):
            return None  # "the two", "the pair" (no names in view), "not much else", "not all funds"
        if not wh_is_subject and any(c.dep_ == "det" and c.lower_ in ("that", "those") for c in subj.children) and \
                not any(c.dep_ in ("prep", "acl", "relcl", "poss") or (c.dep_ == "compound" and c.pos_ == "PROPN")
                        for c in subj.children) and \
                not any(x.text in ("“", "\"", "‘") for x in subj.subtree) and \
                sum(1 for _, _, sp, _ in self.ctx.sents if any(x.lemma_ == subj.lemma_ for x in sp)) < 3:
            return None  # "that long slump", "that process": what it points back to is outside the question (a word
            # the story keeps coming back to stands alone as "the ...", and so does a quoted label, "that 'historic
            # deal'"; "this"/"these" mostly point at what the sentence itself introduces, and are kept)
        if subj.dep_ == "csubj" and any(a.lower_ == "to" for a in subj.children):
            return None  # "to do anything else would ...": no question subject
        if sum(1 for c in v.children if c.dep_ in ("nsubj", "nsubjpass")) > 1:
            return None  # two subjects: a list the parse split ("nations such as X, Y, and | Z could lose")
        if subj.lower_ == "it" and _dummy_it(v):
            return None  # "it could take a decade before X joins": "it" stands for nothing to name
        if wh is None and subj.subtree is not None and next(subj.subtree).tag_ in ("WRB", "WP", "WDT"):
            return None  # "how useful broadband will be": not a yes/no clause
        if not subj_toks:
            subj_toks = [x for x in subj.subtree]
            while subj_toks and subj_toks[0].i != subj.i and (
                    subj_toks[0].lower_ in DROP_ADV | {"but", "and", "or", "so"} or subj_toks[0].is_punct) and \
                    not (subj_toks[0].dep_ == "advmod" and subj_toks[0].head.i != subj.i and
                         subj_toks[0].head.dep_ in ("amod", "nummod", "det", "quantmod")):
                # ("too many parties", "so few firms": a degree word on a quantifier is part of the subject)
                extra_drop.add(subj_toks[0].i)
                subj_toks = subj_toks[1:]
        clauses = {x.i for x in subj_toks if x.dep_ in ("relcl", "acl", "advcl", "ccomp", "csubj")}
        if any(x.tag_ in ("VBP", "VBZ", "VBD") and x.is_alpha and x.i != subj.i and x.i not in clauses and
               not any(a.i in clauses for a in x.ancestors) for x in subj_toks):
            return None  # "Sceptics - including Norway and Chile - believe ...": a verb parsed into the subject
        aside = _aside_around(subj)
        if aside is not None and subj_toks and subj_toks[0].i < aside[0]:
            # "Veritas - Latin for 'truth' - would avoid": the subject is the part before the aside
            extra_drop.update(range(aside[0], aside[1] + 1))
            subj_toks = [x for x in subj_toks if x.i < aside[0]]
        subj_ids = {x.i for x in subj_toks}
        subj_first = min(subj_ids)
        before = v.doc[subj_first - 1] if subj_first > 0 else None
        if before is not None and ((before.dep_ == "cc" and before.lower_ in ("as", "and", "or") and
                                    before.head.pos_ in ("NOUN", "PROPN") and
                                    before.head.i not in subj_ids) or
                                   (before.text in ("-", "‑") and not before.whitespace_ and
                                    subj_first > 1 and not v.doc[subj_first - 2].whitespace_)):
            return None  # half of a coordination ("Travis as well as James Brown"), half a word ("e-mails")
        if wh is None and any(x.tag_ in ("WDT", "WP", "WP$", "WRB") and x.i < v.i and x.i not in subj_ids and
                              x.lower_ not in ("that",) for x in v.subtree):
            return None  # "what sex their child will be": not a yes/no clause
        return subj, subj_toks, subj_ids, extra_drop, wh_is_subject, named

    # 85 lines: one decision table (modal, tense, copula, "had been") from which the question's first
    # word follows; its cases are ordered and read together, so it stays one function.
    def _question_front(self, v: "Token", plural: bool, front: str | None, verb_text: str | None,
                        future: bool, report_future: bool, drop_aux: bool):
        """The word a question starts with and the main verb's new form: ``(front, verb_text,
        auxiliary token ids to drop)``; None for a counterfactual or a form that cannot be asked."""
        lemma = v.lemma_.lower()
        auxes = [] if drop_aux else _auxes(v)
        aux_drop: set[int] = {a.i for a in _auxes(v)} if drop_aux else set()
        if drop_aux:  # "to avoid X and to speak Y" -> "avoid X and speak Y"
            aux_drop |= {a.i for c in v.children if c.dep_ == "conj" and c.tag_ == "VB"
                         for a in c.children if a.dep_ == "aux" and a.lower_ == "to"}
        if front is None:
            if auxes:
                first = auxes[0].lower_
                rest_l = [a.lower_ for a in auxes[1:]]
                aux_drop.add(auxes[0].i)
                soon = any(c.dep_ == "advmod" and c.lower_ in ("soon", "eventually", "shortly", "later", "one")
                           for c in v.children)
                if first in ("may", "might") and soon and rest_l == ["be"] and v.tag_ == "VBG":
                    front = "will"  # "may soon be facing" -> "Will X soon be facing?"
                elif first in ("may", "might") or (first == "could" and not soon and (rest_l == ["be"] and v.tag_ == "VBG" or
                                                                      rest_l == ["have", "been"])):
                    if rest_l == ["be"] and v.tag_ == "VBG":
                        front = agree("is", plural)
                        aux_drop |= {a.i for a in auxes}
                    elif rest_l == ["have", "been"]:
                        front = agree("was", plural)
                        aux_drop |= {a.i for a in auxes}
                    elif rest_l == ["have"] and lemma == "be":
                        front, verb_text = agree("was", plural), ""
                        aux_drop |= {a.i for a in auxes}
                    elif rest_l == ["have"] and v.tag_ == "VBN":
                        front, verb_text = "did", lemma
                        aux_drop |= {a.i for a in auxes}
                    elif not rest_l and lemma == "be" and _conditioned(v):
                        front = "could"  # "there may be X should Y fail": a state that may come, not one that is
                    elif not rest_l and lemma == "be":
                        front, verb_text = agree("is", plural), ""
                    elif first == "could":
                        if rest_l[:1] == ["have"]:
                            return None  # "could have proved fatal": a counterfactual
                        front = "could"
                    else:
                        front = "will"
                elif first in ("would", "must", "should", "shall") and report_future:
                    if "have" in rest_l:
                        return None  # a past counterfactual ("should have been")
                    front = "will"
                elif first in ("wo", "will", "'ll"):
                    front = "will"
                elif first in ("ca", "can"):
                    front = "can"
                elif first in ("could", "would", "should", "must", "shall", "might", "may"):
                    if rest_l[:1] == ["have"]:
                        return None  # "would have won": a counterfactual
                    front = "will" if first in ("must", "shall") else first
                elif first in ("is", "are", "was", "were", "am", "'s", "'re", "has", "have", "had", "does",
                               "do", "did", "'ve", "'m"):
                    norm = {"'s": "is" if auxes[0].lemma_ == "be" else "has", "'re": "are", "'ve": "have",
                            "am": "is", "'m": "is"}.get(first, first)
                    front = agree(norm, plural)
                    if norm == "had" and rest_l == ["been"] and v.tag_ in ("VBN", "VBG") and \
                            v.dep_ in ("ccomp", "conj", "acl"):
                        front = agree("was", plural)  # "claims that the report had been altered"
                        aux_drop |= {a.i for a in auxes}
                    if norm == "had" and v.tag_ == "VBN" and not rest_l and v.dep_ in ("ccomp", "conj", "acl"):
                        # "denied that he had misled Parliament" -> "Did he mislead Parliament?"
                        front, verb_text = ("was", "") if lemma == "be" else ("did", lemma)
                        if lemma == "be":
                            front = agree("was", plural)
                else:
                    return None
            else:
                if lemma == "be" and v.tag_ not in ("VBG", "VBN"):
                    if future:
                        front, verb_text = "will", "be"
                    else:
                        base = "was" if v.tag_ == "VBD" or v.lower_ in ("was", "were") else "is"
                        front, verb_text = agree(base, plural), ""
                elif v.tag_ in ("VBZ", "VBP", "VB") and future:
                    front, verb_text = "will", lemma
                elif v.tag_ == "VBD":
                    front, verb_text = "did", lemma
                elif v.tag_ in ("VBZ", "VBP"):
                    front, verb_text = agree("does", plural), lemma
                else:
                    return None
        return front, verb_text, aux_drop

    # ~85 lines: the question's steps in order (subject, wh-phrase, first word, verb forms, the clause
    # rendered around them), each a call or a few lines; splitting further would scatter one recipe.
    def _question(self, v: "Token", *, subj: "Token | None" = None, future: bool = False,
                  front: str | None = None, verb_text: str | None = None, drop_aux: bool = False,
                  wh: "Token | None" = None, report_future: bool = False, keep_colon: bool = False,
                  drop_ids: frozenset[int] = frozenset()) -> str | None:
        self.subject_text = None
        self.subject_tok = None
        self.subject_gender = None
        if v.i + 1 < len(v.doc) and v.doc[v.i + 1].text == "-" and not v.whitespace_:
            return None  # a split hyphenated verb ("co-moderate")
        if _negated_until(v):
            return None  # "talks would not resume unless X": asked without its "not", it says the opposite
        found = self._question_subject(v, subj if subj is not None else _subject(v), wh)
        if found is None:
            return None
        subj, subj_toks, subj_ids, extra_drop, wh_is_subject, named = found
        subj_first = min(subj_ids)
        exclude: set[int] = set(extra_drop) | set(drop_ids) | _channel_asides(v)
        wh_phrase: list = []
        if wh is not None:
            root = wh
            while root.dep_ in ("det", "advmod", "amod", "npadvmod") and root.head.i != v.i and \
                    root.head.i != root.i:
                root = root.head
            wh_phrase = sorted(root.subtree, key=lambda x: x.i)
            degree = _degree_after_how(wh, v)
            if degree is not None and root.i == wh.i:
                wh_phrase = [wh, degree]  # "how crucial search would become" -> "How crucial would search become"
                subj_toks = [x for x in subj_toks if x.i != degree.i]
            exclude.update(x.i for x in wh_phrase)
            if subj.i in {x.i for x in wh_phrase}:
                wh_is_subject = True  # "how many people were injured"
        plural = _plural(subj) if named is None else named[2]
        if subj.lower_ == "there":
            attr = next((c for c in v.children if c.dep_ in ("attr", "nsubj")), None)
            plural = attr is not None and _plural(attr)
        fronted = self._question_front(v, plural, front, verb_text, future, report_future, drop_aux)
        if fronted is None:
            return None
        front, verb_text, aux_drop = fronted
        overrides: dict[int, str] = dict(self.person_over)
        lemma = v.lemma_.lower()
        if verb_text is None and v.tag_ in ("VBZ", "VBP", "VBD") and front in ("will", "did", "does", "do"):
            verb_text = lemma
        if verb_text is not None:
            overrides[v.i] = verb_text
        _conjoined_forms(v, verb_text, front, overrides)
        middle, tail, moved = self.clause_tokens(v, subj_ids, subj_first, exclude | aux_drop,
                                                 pronoun_subject=subj.lower_ in PRONOUNS, keep_colon=keep_colon)
        keep_for = self._kinds_like(subj) if not wh_is_subject else set()
        if wh_is_subject:
            subj_text = ""
        elif named is not None:
            subj_text = named[1]
        elif subj.lower_ == "there":
            subj_text = "there"
        elif subj.lower_ in PRONOUNS and any(c.dep_ == "conj" for c in subj.children):
            self.subject_text = None  # "he and Barker differ" -> "Corbett and Barker"
            subj_text = self.render(_strip_edges(subj_toks), lower_first=True)
        elif subj.lower_ in PRONOUNS:
            subj_text = self.resolve(subj) or self.body_referent(subj) or self.speaker_body(subj)
            if subj_text and nobody(subj_text):
                return None  # "it" read as a "the company" bound to no name
        elif len(subj_toks) != len(list(subj.subtree)):
            subj_text = self.render(_strip_edges(subj_toks), lower_first=True)
        else:
            subj_text = self.np_text(subj)
        if subj_text is None:
            return None
        if not wh_is_subject and named is None and subj.lower_ not in PRONOUNS:
            heads = [subj] + [c for c in subj.children if c.dep_ == "poss"] + [
                p for c in subj.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            if any(self.unbound_description(x) for x in heads):
                return None  # "Will the firm ...?" and no firm the article names: a question about nobody
            if _unowned_figure(subj):
                owner = self._figure_owner(v)
                if owner is None:
                    return None  # "Will profits be lower?": whose profits the question cannot say
                subj_text = f"{owner}{chr(39) if owner.endswith('s') else chr(39) + 's'} " + re.sub(
                    r"^the ", "", subj_text)
        self.subject_text = subj_text
        self.subject_tok = subj if not wh_is_subject else None
        self.subject_gender = _gender(subj.lower_)
        mid_text = self.render(middle, overrides=overrides, keep_pronoun_for=keep_for) if middle else ""
        kept = {x.i for x in middle} | {x.i for x in tail}
        for x in tail:
            if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") and x.tag_ in ("VBZ", "VBP", "VBD") and \
                    x.i not in overrides and x.head.i in kept and not _own_subject(x) and front is not None and \
                    not (x.tag_ == "VBP" and x.head.tag_ == "VB" and x.text.lower() == x.lemma_.lower()):
                # (a base form tagged VBP after "will pass ... and exceed" reads as it stands)
                return None  # "Were X too optimistic but refused ...": a second finite verb left as it was
            if x.dep_ == "mark" and x.head.i not in kept:
                return None  # "over as a search conducted on ...": the clause "as" opens was cut
        last = max([x.i for x in tail] or [v.i])
        nxt = v.doc[last + 1] if last + 1 < len(v.doc) else None
        if nxt is not None and nxt.pos_ == "VERB" and nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.i not in kept and \
                v.doc[last].pos_ in ("NOUN", "PROPN"):
            return None  # "copied at the academy and teachers | punished ...": a second clause parsed into this one
        tail_text = self.render(tail, overrides=overrides, keep_pronoun_for=keep_for)
        if mid_text is None or tail_text is None or (not tail_text and (wh is None or lemma != "be")):
            return None  # (a bare copula is a question only with its wh-word: "what the new evidence was")
        moved_text = self.render(moved, lower_first=True, keep_pronoun_for=keep_for) if moved else ""
        if moved_text is None:
            return None
        if wh is not None:
            wh_text = self.render(wh_phrase)
            if not wh_text:
                return None
            if wh_is_subject:
                aux_text = " ".join(a.text for a in _auxes(v))
                tail_text = self.render(tail, keep_pronoun_for=keep_for)
                return _finish([capital(wh_text), aux_text, mid_text, tail_text or ""], moved_text)
            return _finish([capital(wh_text), front, subj_text, mid_text, tail_text], moved_text)
        return _finish([capital(front), subj_text, mid_text, tail_text], moved_text)

    def _figure_owner(self, v: "Token") -> str | None:
        """The named company whose figures clause ``v`` forecasts: the body holding it ("the company
        expects profits to fall", "Acme said sales would rise"), as the article names it; None for a
        person, a commentator or a body it does not name."""
        rep = _reporting_head(v)
        if rep is None and v.dep_ in ("xcomp", "ccomp") and v.head.lemma_ in FORECAST_OBJ | OPINION:
            rep = v.head
        holder = _speaker_of(rep) if rep is not None else None
        if holder is None:
            return None
        if holder.lower_ in ("it", "they"):
            name = self.resolve(holder)
        elif self.bare_description(holder):
            name = self.bound_body(holder)
        elif holder.ent_type_ == "ORG" or any(a.type != "person" and holder.text in clean_name(a.name).split()
                                             for a in self.ctx.referents):
            name = self.np_text(holder, compact=True)
        else:
            return None
        if not name or not name[:1].isupper() or len(name.split()) > 5 or any(
                a.type == "person" and clean_name(a.name) == clean_name(name) for a in self.ctx.referents):
            return None
        return name

    def _kinds_like(self, subj: "Token") -> set[str]:
        """Pronouns that may stay as they are because they plainly point back at the subject."""
        if subj.lower_ in ("it",):
            return {"its", "itself"}
        if subj.lower_ in ("they",):
            return {"they", "their", "themselves"}
        person_actor = subj.pos_ == "PROPN" and any(
            a.type == "person" and subj.text in clean_name(a.name).split() for a in self.ctx.referents)
        if subj.ent_type_ == "PERSON" or person_actor or subj.lemma_.lower() in lex.PERSON_NOUNS or subj.lower_ in ("he", "she") or \
                any(x.ent_type_ == "PERSON" and x.dep_ in ("compound", "appos", "nsubj", "nsubjpass")
                    for x in subj.subtree):
            return {"he", "his", "himself"} if subj.lower_ != "she" else {"she", "hers", "herself"}
        if _plural(subj):
            return {"they", "their", "themselves"}
        if subj.ent_type_ in ("ORG", "GPE", "NORP") and subj.pos_ == "PROPN":
            # a named side, firm or country takes "their" as well in British usage ("Ireland can win their second
            # title"): a plural pronoun after a singular name the clause is about is its own
            return {"its", "itself", "their", "themselves"}
        if subj.ent_type_ in ("ORG", "GPE", "NORP", "LOC"):
            return {"its", "itself"}
        return {"itself"}


def _named_body(a) -> bool:
    """An actor that is a body or a place with a name of its own ("Acme", not "the club")."""
    return a.type != "person" and a.name[:1].isupper() and a.name.split()[0].lower() not in ("the", "a", "an")


# the only modifiers that leave a figure's owner unsaid ("annual profits"); any other scopes it ("foreign sales")
MEASURE_ADJ = {"annual", "quarterly", "pre-tax", "pretax", "net", "operating", "underlying", "full-year",
               "half-year", "total", "overall", "gross", "yearly", "first-half", "second-half"}


NOBODY = re.compile(r"the (?:" + "|".join(sorted(NEEDS_NAME)) + r")", re.I)


def nobody(text: str) -> bool:
    """``text`` is a bare "the firm" (:data:`NEEDS_NAME`) left as it stands: no named body behind it."""
    return NOBODY.fullmatch(text.strip()) is not None


def _unowned_figure(subj: "Token") -> bool:
    """``subj`` is a company figure with nothing saying whose ("profits in 2005", "annual sales"), where
    "its profits", "Acme's sales", "sales at the store" and "UK growth" say it."""
    if subj.lower_ not in OWNED_FIGURES or subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    for c in subj.children:
        if c.dep_ in ("poss", "compound", "nmod", "appos", "relcl", "acl", "conj"):
            return False
        if c.dep_ == "det" and c.lower_ != "the":
            return False
        if c.dep_ == "amod" and c.lower_ not in MEASURE_ADJ:
            return False
        if c.dep_ == "prep" and not any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in DATE_WORDS
                                        for x in c.subtree):
            return False
    return True


def _second_object(phrase: list["Token"]) -> "Token | None":
    """The name closing a wh-phrase parsed as the subject, right after its noun ("what kind of candidate
    Hale [will become]": "Hale" is the clause's real subject), else None."""
    x = phrase[-1] if phrase else None
    if x is None or x.pos_ not in ("PROPN", "PRON") or x.dep_ not in ("pobj", "compound") or x.i == 0:
        return None
    before = x.doc[x.i - 1]
    if before.pos_ == "NOUN" and before.tag_ in ("NN", "NNS") and before.i > phrase[0].i and \
            not any(c.dep_ == "case" for c in x.children):
        return x
    return None


def _wh_name_split(b: "_Builder", v: "Token", wh: "Token") -> str | None:
    """A wh-clause whose subject the parse took into the wh-phrase ("what kind of candidate Hale will
    become") -> "What kind of candidate will Tom Hale become?"; None unless the clause is that simple."""
    root = wh
    while root.dep_ in ("det", "advmod", "amod") and root.head.i != v.i and root.head.i != root.i:
        root = root.head
    if root.head.i != v.i:
        return None
    phrase = sorted(root.subtree, key=lambda x: x.i)
    x = _second_object(phrase)
    auxes = _auxes(v)
    if x is None or len(auxes) != 1 or auxes[0].lower_ not in ("will", "would", "can", "could", "should") or \
            auxes[0].i != x.i + 1 or v.i != x.i + 2:
        return None
    rest = [y for y in v.subtree if y.i > v.i]
    tail = b.render(_strip_edges(rest)) if rest else ""
    who = b.ctx.expand(x.text) if x.pos_ == "PROPN" else b.resolve(x)
    wh_text = b.render([y for y in phrase if y.i < x.i])
    if not who or not wh_text or tail is None:
        return None
    front = "will" if auxes[0].lower_ == "would" else auxes[0].lower_
    return _finish([capital(wh_text), front, who, v.lemma_.lower(), tail])


def _finish(parts: list[str], moved: str = "") -> str | None:
    text = " ".join(p for p in parts if p)
    text = re.sub(r"\s*\([^()]*\)", "", text)  # "(pictured)", "(£425)"
    text = re.sub(r",?\s*\b(?:for example|for instance|of course)\b,?", "", text)  # the writer's asides
    # an absolute tacked on after a comma ("..., with Senator Ann Lee telling reporters on Thursday"): the
    # scene of the saying, not part of what is asked
    text = re.sub(r",\s*with (?:[\w'’.-]+ ){1,6}?(?:[a-z]+ing)\b[^,]*$", "", text)
    text = re.sub(r"(?:[\s,]+(?:and|or|but|as|while|with))+[\s,]*$", "", text)
    text = re.sub(r"[\s,;:.\-–—]+$", "", text)
    if moved:
        text = text + " " + moved
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\b(\w+) ([“\"‘]?)\1\b", r"\2\1", text)  # "the the" (a slip in the source)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"[\s,;:.\-–—]+$", "", text)
    text = _balance_quotes(text)
    text = re.sub(r"[\s,;:.\-–—]+$", "", text)
    text = re.sub(r"“\s+", "“", re.sub(r"\s+”", "”", text))
    text = re.sub(r'\s*(?:“\s*”|"\s*")\s*', " ", text)  # quote marks left around a dropped word
    if text.count('"') % 2 == 0:
        text = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', text)
    if re.search(r"\b(?:can|could|will|would|may|might|must|should)\s+(?:can|could|will|would|may|might|must|should)\b",
                 text, re.I):
        return None  # "Could could": two clauses run together
    if re.search(r"^(?:Can|Could|Will|Would|May|Might|Must|Should|Is|Are|Was|Were|Do|Does|Did|Has|Have) "
                 r"(?:(?!(?:that|which|who|whom|whose|if|when|because|as|while|what)\b)[^\s,]+ ){1,6}"
                 r"(?:would|will|could|can|might|may|must|should)\s", text):
        return None  # "Could the claim would mean ...": a second modal where the verb should be
    if re.search(r"\bor (?:when|why|how|what|where|who|whether)\b", text) and \
            re.match(r"(?:Is|Are|Was|Were|Will|Would|Could|Can|Do|Does|Did|Has|Have|Should)\b", text):
        return None  # "Was X planning ... or when the bill would go": a yes/no and a wh-question run together
    if re.match(r"\w+ (?:that|which|whether|if) ", text) and not re.match(r"(?:What|Why|How|Who|When|Where)\b", text):
        return None  # "Will that talks ... begin": a complementiser taken into the subject
    if re.match(r"Which (?:did|does|do|is|are|was|were|will|would|could|can|has|have)\b", text):
        return None  # "Which did insurers win": the wh-word lost its noun
    if re.search(r"\bso (?!far\b|called\b|long\b|much\b|many\b)[a-z]+\b", text) and \
            not re.search(r"\bso [a-z]+\b.*\b(?:that|as)\b", text):
        return None  # "Is doping so common in sport?": the "so ... that" result was cut
    if re.search(r",\s*,", text) or re.search(r"^\w+ (?:as|so|because|since|though|although) ", text):
        return None  # items cut from a list ("Windows 95,,, and XP"); a clause opened by "as few copies"
    if re.search(r"(?<!\()\bpictured\b", text, re.I):
        return None  # a photo caption ("the midfielder pictured in action against X last week")
    if re.search(r"\bbetween\b(?![^?]*\b(?:and|or)\b)", text) and not re.search(r"\bbetween (?:the )?(?:two|both|them)\b", text):
        return None  # "be between himself": the other parties were cut
    if re.search(r"\b(?:in|by) (?:a|the|this|that) (?:way|manner|fashion)$", text, re.I):
        return None  # "cover the event in a way": its defining clause was cut
    if re.search(r"\b(at|of|to|in|on|for|with|by|from|the|a|an|about|into|and|or|than|as|if|unless|whether|"
                 r"because|that|when|while|which|who)$", text, re.I) or re.search(r"\b(if|unless|whether),", text):
        return None  # a clause cut short ("look at")
    if text.count("(") != text.count(")"):
        text = re.sub(r"\s*[()]\s*", " ", text).strip()
    text = re.sub(r"\(\s*", "(", re.sub(r"\s*\)", ")", text))
    if not text:
        return None
    return capital(text) + "?"


def _balance_quotes(text: str) -> str:
    """Drop quote marks that do not pair up (apostrophes inside words are left alone)."""
    text = text.replace("``", "“").replace("''", "”")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    opens = [m.start() for m in re.finditer(r"(?:^|(?<=[\s(]))[‘']", text)]
    closes = [m.start() for m in re.finditer(r"(?<=[^\s])[’'](?=[\s,.;:?!)]|$)", text)
              if text[m.start() - 1] not in "sS" or re.match(
                  r"[’'](?:[,.;:?!)]|$| (?:of|to|for|with|and|or|in|on|at|by|from|as|about|than)\b)", text[m.start():])]
    # ("the boss' fourth" is a possessive; "envious' of", "memories'?" close a quote)
    if len(opens) != len(closes):
        for pos in sorted(opens + closes, reverse=True):
            text = text[:pos] + text[pos + 1:]
    text = re.sub(r"(^|\s)([‘'])\s+(?=\w)", r"\1\2", text)  # an opening mark left apart from its word
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------- candidate finders

ATTRIBUTABLE = lex.SOURCE_DOCUMENTS | {"panel", "government", "company", "fund", "team", "campaign", "police", "court",
                            "committee", "ministry", "department", "agency", "firm", "bank", "analysts",
                            "experts", "officials", "economists", "researchers", "critics", "sources"}


#: A body the article names by its kind ("the commission", "the watchdog", "the union"), that can urge a step
BODY_NOUNS = {"commission", "watchdog", "regulator", "council", "board", "union", "group", "party", "club", "organisation",
              "organization"}


def _the_body(tok: "Token") -> bool:
    """``tok`` is "the commission", "the watchdog", "the organisation": a body the article has named, by its kind."""
    return tok.lemma_.lower() in BODY_NOUNS and tok.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


FLIP_WORDS = DISPUTE_WORDS | {"wrong", "nonsense", "rubbish", "absurd", "ridiculous", "untrue"}


def _stance_flipped(v: "Token", rep: "Token") -> bool:
    """The speaker does not hold the clause asked about: it is negated ("said the band had not split"),
    or sits under a denial between it and the speaking verb ("insisted it was untrue that X"), or
    the speaking verb is negated itself. ", as X says" would then credit X with the opposite."""
    if _is_negated(v) or _is_negated(rep):
        return True
    if any(c.dep_ == "ccomp" and c.i < v.i and any(x.lemma_.lower() in FLIP_WORDS for x in c.subtree)
           for c in rep.children if c.i != v.i):
        return True  # "insisted it was untrue | the car had been chosen": the denial parsed as a sibling clause
    if not any(a.i == rep.i for a in v.ancestors):
        # the speaking verb parsed below the clause ("X insisted it was untrue | the car was chosen")
        return any(x.lemma_.lower() in FLIP_WORDS or (x.dep_ == "neg" and x.head.i != rep.i)
                   for x in rep.subtree if x.i != v.i)
    x = v.head
    while x.i != rep.i:
        if x.lemma_.lower() in FLIP_WORDS or _is_negated(x) or any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in FLIP_WORDS for c in x.children):
            return True
        x = x.head
    return False


def _attribution(b: _Builder, v: "Token", ctx: _Context, n: int, resolve_he: bool = False) -> str:
    """", as the panel says" for a claim made by a named speaker (empty if none); with ``resolve_he``, a reported
    "he said" outside quotes names the listed person the resolver finds (for a call: "He said X should be done")."""
    rep = _reporting_head(v)
    if rep is not None and _stance_flipped(v, rep):
        return ""
    speaker = _speaker_of(rep) if rep is not None else None
    if speaker is None and rep is not None and v.i < rep.i and \
            not any(x.text in ("“", "”", '"', "``", "''", "'") for x in v.doc[v.i:rep.i]):
        # "X could rise, say experts": the speaker after its reporting verb, the claim before it (not across a
        # quote, which is what that verb reports: "... lose out again 'He trains hard,' said Tom Reed")
        speaker = next((c for c in rep.children if c.dep_ == "nsubj" and c.i > rep.i), None)
    verb = rep.lemma_.lower() if rep is not None else None
    if speaker is not None and speaker.pos_ == "NOUN" and speaker.ent_type_ == "" and \
            speaker.lemma_.lower() not in lex.PERSON_NOUNS | ATTRIBUTABLE:
        outer = _reporting_head(rep)  # "Cook said the admission suggested X" -> as Cook says
        if outer is not None and _speaker_of(outer) is not None:
            rep, speaker, verb = outer, _speaker_of(outer), outer.lemma_.lower()
    if speaker is None:
        for t in b.sent:
            if t.lower_ == "according" and t.dep_ == "prep":
                to = next((c for c in t.children if c.lower_ == "to"), None)
                pobj = next((c for c in (to.children if to is not None else []) if c.dep_ == "pobj"), None)
                if pobj is not None:
                    text = b.np_text(pobj, compact=True)
                    return f", according to {_document_author(ctx, pobj, text)}" if text else ""
        if re.match(r"\s*[“\"‘']", b.sent.text):
            # a quoted sentence: the attribution is in this or the next sentence of the paragraph
            for k in (n, n + 1):
                if 0 <= k < len(ctx.sents) and ctx.sents[k][3] is ctx.sents[n][3]:
                    for t in ctx.sents[k][2]:
                        if t.lemma_ in lex.SAYS_VERBS | OPINION and _subject(t) is not None and (k > n or t.i > v.i):
                            speaker, verb = _subject(t), t.lemma_.lower()
                            break
                if speaker is not None:
                    break
    if speaker is not None and speaker.lower_ in ("i", "we"):
        speaker, verb = _quote_speaker(b.sent), "say"
    if speaker is None or speaker.lower_ in FIRST_SECOND:
        return ""
    if speaker.lower_ in PRONOUNS:
        # "Harlow said he believes ...": only a person named as a subject earlier in this very sentence
        people = [e for e in b.sent.ents if e.label_ == "PERSON" and e.end <= speaker.i and
                  e.root.dep_ in ("nsubj", "nsubjpass")] if speaker.lower_ in ("he", "she") else []
        if not people:
            # "He said more emphasis should be put on X": the person the resolver names, when it names one
            quoted = b.base is not None and ctx.quote_at(b.base + v.idx) is not None  # '"X should be made now"'
            ref = b.resolve(speaker) if resolve_he and speaker.lower_ in ("he", "she") and not quoted else None
            if not ref or not any(a.type == "person" and clean_name(a.name) == ref for a in ctx.referents):
                return ""  # (only a listed person: "he" read as a place or a body names no speaker)
            word = "say" if verb in lex.SAYS_VERBS or verb is None else verb
            return f", as {ref} {third_person(word)}"
        speaker = people[-1].root
    if not (speaker.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or speaker.pos_ == "PROPN" or
            speaker.lemma_.lower() in lex.PERSON_NOUNS | ATTRIBUTABLE or speaker.lower_ in ATTRIBUTABLE or
            resolve_he and _the_body(speaker)):  # (a body named by its kind is credited with its call only)
        return ""
    name = b.np_text(speaker, compact=True)
    if not name or len(name.split()) > 8:
        return ""
    role = ctx.roles.get(name)
    if role and role.split()[0].lower() in STOP | {"out", "up", "off", "down", "over"}:
        role = ""  # "out by Ofsted chief": a phrasal verb's tail taken for a role
    if role and role.split()[0].lower() in ("earlier", "later", "meanwhile", "also", "now", "then", "but", "and"):
        role = role.split(" ", 1)[1] if " " in role else ""  # "Earlier, Foreign Secretary Ewan Brennock said"
    first = role.split()[0] if role else ""
    if role and first[:1].isupper() and not first.isupper() and not ctx.capitalised(first) and \
            first.lower() not in lex.QUESTION_TITLES and (first.lower() in lex.ROLE_MODIFIERS or
                                                  not any(w[:1].isupper() for w in role.split()[1:]) and
                                                  (ctx.lowercase_used(first) or first.lower() in lex.PERSON_NOUNS)):
        # (a place or body that only ever opens a sentence, "Notts police chief", keeps its capital)
        # "Former foreign secretary" -> "former foreign secretary"; "Liberal Democrat leader", "Lady" stay
        role = role[:1].lower() + role[1:]
    if role and role.lower() not in b.sent.text.lower()[:0] + "" and name.split()[-1] not in role:
        # "as Harbour Bank spokesman Tom Reed says": who the speaker is, from the key actors
        name = f"{name}, {role}," if re.search(r"\b(of|for|at|in|to)\b", role) else f"{role} {name}"
    else:
        name = _document_author(ctx, speaker, _with_the(name, speaker, ctx))
    word = "say" if verb in lex.SAYS_VERBS or verb is None else verb
    plural = _plural(speaker) and speaker.lower_ not in PRONOUNS and (
        speaker.ent_type_ != "ORG" or speaker.tag_ in ("NNS", "NNPS") or re.fullmatch(r"[A-Z]{2,}s", speaker.text))
    # "as the MPs say", "as the MPs warn" (the tagger may read "MPs" as one body's name)
    return f", as {name} {word if plural else third_person(word)}"


def _document_author(ctx: _Context, tok: "Token", name: str) -> str:
    """A bare "the report" or "the new study" that makes the claim names its author when the article does
    ("a report by the Harbour Institute says ... the report warned" -> "the Harbour Institute's report"; "Ann
    Lee's new paper" -> "Ann Lee's new paper"): a question stands alone. Unchanged when the phrase names
    someone already or the article names no author (the article's one resolver decides)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.SOURCE_DOCUMENTS & lex.ISSUED_DOCS or \
            not re.fullmatch(r"the (?:[a-z-]+ )?[a-z]+", name or ""):
        return name
    block = next((x for x in ctx.analysis.blocks if x.doc is tok.doc), None)
    try:
        author = ctx.coref.document_issuer(block, tok) if block is not None else None
    except (AttributeError, IndexError, KeyError):
        return name
    if not author or len(author.split()) > 6 or not author[:1].isupper() or re.search(r"[,;:()\"“”]", author):
        return name
    person = next((a.name for a in ctx.referents if a.type == "person" and
                   (author == a.name or author in a.aliases or author == clean_name(a.name))), None)
    owner = clean_name(person) if person else author
    if not person and re.search(r"\bthe " + re.escape(owner) + r"\b", ctx.parsed.article.text):
        owner = "the " + owner  # "the Harbour Institute", as the article writes it
    return f"{possessive(owner)} {name[4:]}"


def _with_the(name: str, tok: "Token", ctx: _Context) -> str:
    """``name`` with the "the" the article gives ``tok`` ("the Harbour Greens say" -> "the Harbour Greens"; a
    person's name, which takes none, is left alone unless the parse took a plural or a listed body for one)."""
    body = tok.tag_ == "NNPS" or any(a.type != "person" and name in (a.name, *a.aliases) for a in ctx.referents)
    if name.lower().startswith("the ") or (tok.ent_type_ == "PERSON" and not body):
        return name
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in BOUND_HEADS and name[:1].isupper():
        # "the firm said" named as the body it is: "as Acme says", not "as the Acme says" (unless the article
        # writes "the Harbour Council")
        return f"the {name}" if re.search(r"\b[Tt]he " + re.escape(name) + r"\b", ctx.parsed.article.text) else name
    return f"the {name}" if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) else name


def _quote_speaker(sent: "Span") -> "Token | None":
    """The named speaker of a quote in ``sent`` ("...," Harlow said)."""
    quotes = [t.i for t in sent if t.text in ("“", "”", '"', "``", "''")]
    if not quotes:
        return None
    for t in sent:
        if t.lemma_ in lex.SAYS_VERBS and not (quotes[0] < t.i < quotes[-1] and len(quotes) % 2 == 0 and
                                     all(not (q1 < t.i < q2) for q1, q2 in zip(quotes[1::2], quotes[2::2]))):
            s = _subject(t)
            if s is not None and (s.ent_type_ == "PERSON" or s.lemma_.lower() in lex.PERSON_NOUNS):
                return s
    return None


def _with_attr(q: str | None, attr: str) -> str | None:
    """Append ", as X says" unless X is already in the question or the question is long already."""
    if q is None or not attr:
        return q
    name = attr[len(", as "):].rsplit(" ", 1)[0] if attr.startswith(", as ") else attr[len(", according to "):]
    last = name.rstrip(",").split()[-1].lower() if name.split() else ""
    if last and re.search(r"\b" + re.escape(last) + r"\b", q.lower()):
        return q
    if "," in attr[1:] and len(q.split()) + len(attr.split()) > 22:
        attr = re.sub(r"^, as (.+?), [^,]+, (\w+)$", r", as \1 \2", attr)  # drop the role when long
    authored = AUTHORED_DOC.match(attr)
    if authored and len(q.split()) + len(attr.split()) > 30:
        attr = f", as the {authored.group(1)} {authored.group(2)}"  # (the author only while the question stays short)
    if len(q.split()) + len(attr.split()) > (30 if authored else 24) and len(q.split()) > 18:
        return q
    return q[:-1] + attr + "?"


#: ", as the Harbour Institute's new report warns" (:func:`_document_author`): the document noun and the verb
AUTHORED_DOC = re.compile(r"^, as .+['’]s? ((?:[a-z-]+ )?(?:" + "|".join(sorted(lex.SOURCE_DOCUMENTS)) + r")) (\w+)$")


#: the governors of an effort ("tries to", "is fighting to"): under way in the present, made in the perfect
EFFORTS = frozenset({"try", "attempt", "seek", "struggle", "fight", "battle", "bid"})


def _attempt_made(g: "Token") -> bool:
    """``g`` is in the present perfect, not progressive: "has attempted to", "have sought to" (an attempt made),
    not "has been trying to" (one under way)."""
    auxes = [a.lower_ for a in _auxes(g)]
    return g.tag_ == "VBN" and any(a in ("has", "have", "'s", "'ve") for a in auxes) and "been" not in auxes


def _present(t: "Token") -> bool:
    """``t`` (or its auxiliaries) is in the present tense."""
    if t.dep_ == "acomp" and (any(a.lower_ == "had" for a in _auxes(t.head)) or (
            t.head.tag_ == "VBD" and t.head.dep_ != "ccomp")):
        return False  # "had been due to open", "was due to meet": the plan's time has passed
    if any(a.lower_ in ("was", "were", "had", "did") for a in _auxes(t)):
        return False
    if _auxes(t):
        return True
    return t.tag_ in ("VBZ", "VBP", "JJ") or (t.dep_ == "acomp" and _present(t.head))


# ---- the question rules ---------------------------------------------------------------------
# Each rule recognises one kind of open matter at one token of a sentence and yields candidate
# questions ``(text or None, score, kind)``; the score constants in each rule say how much the kind
# is worth asking. :data:`RULES` lists them in the order they run (the order candidates are made
# in, which breaks ties between equal scores). ``python -c "from generator.extract.questions
# import describe; print(describe())"`` lists them with what each recognises.

Ask = tuple["str | None", float, str]


@dataclass
class _Sentence:
    """What every rule reads about the sentence being asked about."""

    ctx: "_Context"
    n: int  # its index in ctx.sents
    sent: "Span"
    b: "_Builder"
    disputed: bool  # the sentence disputes something ("unfounded", "denied")


RULES: list[Callable[[_Sentence, "Token"], Iterator[Ask]]] = []


def _rule(kind: str) -> Callable:
    """Register a rule (in source order) under the kind of question it makes."""
    def register(fn: Callable[[_Sentence, "Token"], Iterator[Ask]]) -> Callable[[_Sentence, "Token"], Iterator[Ask]]:
        fn.kind = kind  # type: ignore[attr-defined]
        RULES.append(fn)
        return fn
    return register


def describe() -> str:
    """Every registered rule, one line each: its kind and what it recognises."""
    return "\n".join(f"{fn.kind:>10}  {fn.__name__.lstrip('_')}: {' '.join((fn.__doc__ or '').split())}"
                     for fn in RULES)


@_rule("whether")
def _whether(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A whether/if clause under an open trigger ("will decide whether to ...", "it is unclear if ...") -> "Will X ...?"."""
    b = sx.b
    if t.lower_ in ("whether", "if") and t.dep_ == "mark":
        v = t.head
        if t.lower_ == "if" and v.dep_ == "advcl" and v.i < v.head.i:
            return  # "If broadband were a jet, 2003 would have seen it taxi": a fronted condition, not a question
        trig = _trigger(v)
        if t.lower_ == "if" and v.dep_ == "advcl" and trig is not None and trig.i == v.head.i and \
                trig.lemma_ != "be" and any(c.dep_ in ("dobj", "xcomp", "oprd", "attr", "ccomp", "acomp")
                                            for c in trig.children):
            return  # "she would consider leaving if the club lost": the trigger has its object; "if" is a condition
        if trig is not None:
            fut = trig.lemma_.lower() in FUTURE_TRIGGERS or any(a.lower_ in ("will", "could", "would")
                                                                for a in _auxes(trig)) or _question_is(trig)
            q = b.question(v, future=fut and v.tag_ in ("VBZ", "VBP"))
            torn = trig.dep_ == "acomp" and trig.lower_ in TORN_ADJ and trig.head.lemma_ == "be"
            holder = trig.head if torn else trig if trig.lemma_.lower() in lex.DECIDE_VERBS else None
            if q is None and v.tag_ == "VB" and any(a.lower_ == "to" for a in v.children if a.dep_ == "aux") and \
                    _subject(v) is None and holder is not None and _subject(holder) is not None:
                # "The regulator is considering whether to fine the bank" -> "Will the regulator fine the bank?";
                # "Ann Lee is undecided about whether to run in the final" -> "Will Ann Lee run in the final?"
                # (a concession is not part of what is decided: "... despite winning the trials" is left out)
                cut = frozenset(x.i for c in v.children if c.dep_ == "prep" and c.lower_ in ("despite", "notwithstanding")
                                for x in c.subtree) if torn else frozenset()
                q = b.question(v, subj=_subject(holder), front="will", verb_text=v.lemma_.lower(), drop_aux=True,
                               drop_ids=cut)
                who = q[len("Will "):q.find(" " + v.lemma_.lower() + " ")] if q and torn else None
                if who is not None and (len(who.split()) < 2 or not who[:1].isupper()):
                    q = None  # "Will Scot start ...?" from "the Scot ... was unsure whether to": who, a reader cannot tell
            if q and q.startswith("Will ") and trig.lemma_ in ("determine", "decide", "test", "show"):
                # "The coming days, particularly the X meeting, will determine whether ..." -> "... after the X meeting?"
                ts = _subject(trig)
                event = None
                if ts is not None:
                    event = ts if ts.lemma_.lower() in EVENTS else next(
                        (c for c in ts.children if c.dep_ == "appos" and c.lemma_.lower() in EVENTS), None)
                np = b.np_text(event, compact=True) if event is not None else None
                if np and len(q.split()) + len(np.split()) <= 26:
                    q = q[:-1] + " after " + np + "?"
            yield q, 3.0, "whether"


def _question_is(trig: "Token") -> bool:
    """``trig`` is the "is" of "the (big) question is whether ...": the story states what is still to be seen."""
    return trig.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() == "question" for c in trig.children)


ASIDE_MARKS = {"as", "while", "when"}


def _trailing_aside(v: "Token") -> "Token | None":
    """A time or manner clause closing clause ``v`` ("... keep up the attacks as she tours the coast"), one the question can
    do without."""
    return next((a for x in v.subtree if x.i > v.i for a in [x] if a.dep_ == "advcl" and a.i > v.i and
                 any(m.dep_ == "mark" and m.lower_ in ASIDE_MARKS and m.i < a.i for m in a.children) and
                 max(y.i for y in a.subtree) == max(y.i for y in v.subtree if not y.is_punct)), None)


GENERIC_PEOPLE = {"people", "others", "everyone", "everybody", "anyone", "anybody", "one", "you", "folk", "folks",
                  "things"}  # ("Will things turn their way?": nothing named)


def _generic_subject(v: "Token", trig: "Token") -> bool:
    """The wh-clause is about people at large: its subject is a bare "people", "others", "you" (or "they"
    standing for the trigger's own bare generic subject): "they wonder why people lose faith"."""
    def bare(s: "Token | None") -> bool:
        return s is not None and s.lower_ in GENERIC_PEOPLE and not any(
            c.dep_ in ("det", "amod", "compound", "poss", "prep", "relcl", "acl") for c in s.children)
    s = _subject(v)
    holder = _subject(trig)
    # the unknown is everyone's: "you never know what is going to happen", "most people didn't know who X was"
    # ("nobody knows who will win" is a stated unknown, asked)
    everyone = holder is not None and (holder.lower_ == "you" or (
        holder.lemma_.lower() in ("people", "voter", "fan") and holder.tag_ == "NNS" and holder.n_lefts > 0 and all(
            c.dep_ in ("amod", "det") and c.lower_ in ("most", "many", "few", "some") for c in holder.children)))
    return bare(s) or (s is not None and s.lower_ == "they" and bare(holder)) or everyone


@_rule("wh")
def _wh_clause(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A wh-clause under a stated unknown ("did not say how many ...", "it is not clear why ...") -> "How many ...?"."""
    b, sent = sx.b, sx.sent
    if t.tag_ in ("WRB", "WP", "WDT") and t.lower_ in ("why", "how", "who", "what", "when", "where", "which") \
            and t.i > sent.start:
        v = t.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and v.dep_ != "ROOT":
            v = v.head
        subj = _wh_determiner_split(t)
        if subj is not None:
            yield from _wh_subject_clause(sx, t, subj)
            return
        ok_dep = ("ccomp", "pcomp", "xcomp") if t.lower_ in ("which", "who", "what") else (
            "ccomp", "pcomp", "xcomp", "dobj", "pobj")
        prev = t.doc[t.i - 1] if t.i > 0 else None
        relative = prev is not None and (prev.text in (",", "'", "’", "”", '"') or prev.pos_ in ("NOUN", "PROPN"))
        naming = t.lower_ == "what" and v.lemma_.lower() in ("call", "term", "describe", "dub", "label", "brand")
        if v.dep_ in ok_dep and v.pos_ in ("VERB", "AUX") and v.i > t.i and not relative and not naming:
            trig = _trigger(v)
            if trig is not None and _generic_subject(v, trig):
                trig = None  # "others never know how many trips they will get": a complaint about people at large
            if trig is not None and t.i > trig.i and not re.search(r"\b(I|we|We)\b", sent.text):
                q = _wh_name_split(b, v, t) or b.question(v, wh=t)
                # "haven't said much about how he is preparing, beyond studying the issues": what is known
                # already bounds the question
                known = next((c for c in trig.children if c.dep_ == "prep" and c.i > v.i and
                              c.lower_ in ("beyond", "besides")), None)
                extra = b.render(_strip_edges(sorted(known.subtree, key=lambda x: x.i))) \
                    if known is not None else None
                if q and extra and len(q.split()) + len(extra.split()) <= 24:
                    q = q[:-1] + ", " + extra + "?"
                if q and len(q.split()) < 6 and trig.lemma_.lower() not in NEG_TRIGGERS | UNKNOWN_ADJ:
                    q = None  # short, and not a stated unknown: "(keen to see) how a document has evolved"
                yield q, 2.8, "wh"


def _wh_determiner_split(t: "Token") -> "Token | None":
    """The subject of the clause a "which"/"what" determiner opens when the parser makes the word an object, of the
    verb above or of the clause's own ("did not say which plants would close": "which" the object of "say" or of
    "close", "plants" the subject of "close"), else None."""
    if t.lower_ not in ("which", "what") or t.dep_ != "dobj" or t.i + 1 >= len(t.doc):
        return None
    nxt = t.doc[t.i + 1]
    clause = nxt.head
    if nxt.dep_ not in ("nsubj", "nsubjpass") or nxt.tag_ not in ("NN", "NNS") or clause.dep_ != "ccomp" or \
            t.head.i not in (clause.i, clause.head.i) or any(c.dep_ in ("det", "poss", "nummod") for c in nxt.children):
        return None
    return nxt


def _wh_subject_clause(sx: _Sentence, t: "Token", subj: "Token") -> Iterator[Ask]:
    """An open matter of which things a clause is about, its determiner split off by the parser: "It did not say
    which plants would close" -> "Which plants would close?", "has yet to decide what events he will enter" (under
    the triggers of :func:`_wh_clause`); an aside after a dash is left out."""
    v = subj.head
    trig = _trigger(v)
    if trig is None or t.i < trig.i or _generic_subject(v, trig) or re.search(r"\b(I|we|We)\b", sx.sent.text):
        return
    dash = next((x.i for x in v.subtree if x.i > v.i and x.text in ("-", "–", "—") and t.doc[x.i - 1].whitespace_),
                len(t.doc))  # (a spaced dash: "build-up" is one word)
    toks = [x for x in v.subtree if x.i != t.i and x.i < dash and
            not (x.dep_ in ("cc", "conj", "punct") and x.head.i == v.i and x.i > v.i)]
    body = sx.b.render(toks)
    if body and len(body.split()) < 5 and trig.lemma_.lower() not in NEG_TRIGGERS | UNKNOWN_ADJ:
        return  # short, and not a stated unknown (as in :func:`_wh_clause`)
    if body and len(body.split()) <= 20 and not BARE_PRONOUN_Q.search(body):
        yield _finish([t.text.capitalize(), body]), 2.8, "wh"


#: a verb of effort and the adverb that makes it advice ("would have to work hard", "could look harder at",
#: "should try harder"): what someone ought to do, not an event a reader waits for
EFFORT_VERBS = frozenset("work try look push strive do think".split())
EFFORT_ADV = frozenset("hard harder more".split())


def _exhortation(v: "Token") -> bool:
    """``v`` (or the verb its "have to"/"need to" governs) is an effort urged: "X would have to work hard to
    ensure ...", "councils could look harder at ...". A question about it asks advice back."""
    if v.lemma_ in ("have", "need"):
        v = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), v)
    return v.lemma_ in EFFORT_VERBS and any(c.dep_ in ("advmod", "dobj", "npadvmod") and c.lower_ in EFFORT_ADV
                                            and c.i > v.i for c in v.children)


BELIEF_CAN = {"believe", "think", "reckon", "expect", "predict", "hope", "insist", "feel"}
STATIVE_CAN = {"be", "have", "do", "make", "help", "see", "get", "afford", "say", "tell", "use"}


def _believed_can(sx: _Sentence, v: "Token") -> bool:
    """A "can" that a named party's belief turns into a forecast ("Tom Hale believes his side can beat Riverside",
    "coaches are confident they can win the title") - not an ability ("the device can store 1,000 songs"), nor a
    general view ("believes technology can help"): the belief is held now, by a third party, on an outcome set in
    time or in a contest (a date in the clause, or a sports story)."""
    g = v.head
    if v.dep_ != "ccomp" or v.lemma_.lower() in STATIVE_CAN or _is_negated(v):
        return False
    if g.pos_ == "VERB" and g.lemma_.lower() in BELIEF_CAN:
        holder = g
    elif _confident_of(v) is not None:
        holder = g.head
    else:
        return False
    if _is_negated(g) or holder.tag_ not in ("VBZ", "VBP") or any(a.lower_ in ("did", "had") for a in _auxes(holder)):
        return False  # "he did not believe they could", "had thought": doubted, or a belief of before
    who = _subject(holder)
    if who is None or who.lower_ in FIRST_SECOND:
        return False
    return sx.ctx.sporty or any(x.ent_type_ in ("DATE", "TIME") for x in v.subtree)


@_rule("modal")
def _hedged_modal(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A hedged modal clause ("the deal could collapse", "prices may rise") -> "Could the deal collapse?"."""
    b, ctx, n = sx.b, sx.ctx, sx.n
    if t.dep_ == "aux" and (t.lower_ in ("could", "may", "might") or (t.lower_ == "can" and _believed_can(sx, t.head))) and \
            t.head.pos_ in ("VERB", "AUX") and t.head.tag_ not in ("VBD", "VBZ", "VBP"):
        v = t.head
        if v.tag_ == "VBN" and any(a.lower_ == "have" for a in _auxes(v)) and not _reporting_head(v):
            return  # "United could have had a third": what might have happened, not what may
        if _exhortation(v):
            return  # "councils could look harder at ...": a suggestion, asked back it is no open matter
        rep = _reporting_head(v)
        if t.lower_ == "could" and (any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < v.i for c in v.children) or
                                    (v.dep_ == "conj" and not _own_subject(v) and
                                     (v.head.tag_ == "VBD" or any(a.lower_ == "had" for a in _auxes(v.head))))):
            return  # "Ann Lee could only finish second", "he confirmed X but could shed no light": past ability, told
        if rep is None and t.lower_ == "could" and any(c.dep_ == "advmod" and c.lower_ == "also" for c in v.children):
            return  # "Operators could also send X": one more possibility the writer lists, not a matter left open
        concessive = (any(c.dep_ == "cc" and c.lower_ == "but" for c in v.children) and t.lower_ != "could") or \
            any(c.dep_ in ("mark", "dep") and c.lower_ in ("whilst", "while", "although", "though") and c.i < v.i
                for c in v.children) or \
            any(c.lower_ == "well" and any(x.lower_ == "as" for x in c.children) for c in v.children)
        if v.dep_ in ("ROOT", "ccomp", "conj") and not _is_negated(v) and not concessive and \
                v.lemma_ not in ("hear", "see", "feel", "smell", "say", "tell", "walk", "do") and \
                not (v.dep_ == "conj" and v.head.dep_ in ("relcl", "acl", "advcl")) and \
                not (v.dep_ == "conj" and v.head.lemma_ in lex.SAYS_VERBS | lex.REPORT_VERBS and not _own_subject(v)) and \
                not any(a.dep_ == "relcl" for a in v.ancestors) and \
                not any(_if_clause(a) for a in v.ancestors):
            # ("X is low, Y told reporters, and could rise"; "if they fear X may be planning": a hypothetical)
            if (rep is not None and rep.lemma_.lower() in RULED) or (v.dep_ == "ccomp" and v.head.lemma_.lower() in RULED):
                return  # "the judges ruled that the law could apply abroad": a ruling, settled
            q = _with_attr(b.question(v), _attribution(b, v, ctx, n))
            yield q, 2.5 if rep is not None else 2.2, "modal"


@_rule("future")
def _future(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A future or obligation clause that someone forecasts ("X will win, analysts say", "if ..., it would ...")."""
    b, ctx, n, sent = sx.b, sx.ctx, sx.n, sx.sent
    if t.dep_ == "aux" and t.lower_ in ("would", "will", "wo", "must", "should", "'ll") and \
            t.head.pos_ in ("VERB", "AUX"):
        v = t.head
        rep = _reporting_head(v, strict=True)
        hedged = any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADV for c in v.children)
        cond = any(_conditional(c) for c in v.children)
        if v.lemma_ in ("like", "love", "prefer", "rather") and t.lower_ == "would":
            pass  # "would like to participate", "would prefer a win": a wish, asked badly as "Will X like to ...?"
        elif _exhortation(v):
            pass  # "ministers would have to try hard to make sure ...": advice, not a forecast
        elif any(c.dep_ == "acomp" and c.lemma_.lower() in FEELINGS for c in v.children):
            pass  # "he would not be surprised if ...": a feeling, not a forecast
        elif t.lower_ == "should" and _subject(v) is not None and t.i < _subject(v).i:
            pass  # "Should the offer be accepted, he said he expected ...": a condition, not a call
        elif v.dep_ in ("ROOT", "ccomp", "conj") and not (t.lower_ in ("must", "should") and rep is None
                                                         and not _reported_by_source(v)):
            score = 0.0
            speaker = _speaker_of(rep) if rep is not None else None
            if hedged:
                score = 2.5
            elif rep is not None and rep.lemma_ == "hope" and not _hoped_of_person(ctx, _subject(v)):
                score = 0.0  # "the council hopes the levy will be viewed as ...": its wish for its own step asked
                # back; a hope of a person's outcome still to come ("Ann Lee hopes Tom Reed will be named player of
                # the year on Monday", "hoped the former minister would serve again") stays
            elif rep is not None and speaker is not None and speaker.lower_ in FIRST_SECOND:
                # "I think Barlow will be fair," Harlow said / "I tell myself that Harlow will not win"
                score = (2.0 if _quote_speaker(sent) is not None else 1.9) \
                    if rep.lemma_ in OPINION | {"tell"} and rep.tag_ != "VBD" and \
                    not any(a.lower_ in ("did", "had", "was") for a in _auxes(rep)) else 0.0
                if t.lower_ in ("should", "must") or _is_negated(rep):
                    score = 0.0  # "I think the best song should not include X", "I do not believe X will": a view
            elif rep is not None and t.lower_ == "would" and _past_scene_would(v, rep):
                score = 0.0  # "she claims he would come to the farm where she lived": a past habit
            elif rep is not None and rep.lemma_ in OPINION and _belied(rep):
                score = 0.0  # "they thought the firm would be a supplier, but it has become a rival": proved wrong
            elif rep is not None and t.lower_ == "would" and rep.lemma_ in OPINION and _belied_next(ctx, n, rep):
                score = 0.0  # "it was widely expected X would ... . But a spokeswoman said it would not": proved wrong
            elif rep is not None and rep.lemma_ in OPINION and any(a.lower_ == "had" for a in _auxes(rep)):
                score = 0.0  # "she had not thought the play would win over voters": a belief of before, since told
            elif rep is not None and rep.lemma_ in OPINION and not (
                    rep.lemma_ == "insist" and speaker is not None and not _is_negated(v) and _own_plan(v, speaker)):
                # ("the party insisted it would hold ministers to account": a pledge of its own, weighed below; one
                # it insists it will not keep, "they insisted they won't consider X", is a stance still contested)
                score = 2.3
            elif (_judgement(v) or _quoted_complement(v) or
                  (rep is not None and rep.lemma_ not in OPINION and _predicate_nominal(v))) and not sx.disputed:
                score = 0.0  # "X said Y will be the best way / his top priority": a judgement or pledge, not open
            elif rep is not None and rep.lemma_.lower() in SETTLING:
                score = 0.0  # "ESPN announced that X would be suspended": decided, not open
            elif rep is not None and t.lower_ == "would" and _habitual_would(v):
                score = 0.0  # "she would spell her name differently and would file all over the state": past habit
            elif rep is not None and speaker is not None and not cond and not sx.disputed and \
                    not _pushed_back(ctx, n) and (_own_plan(v, speaker) or (t.lower_ in ("will", "would", "'ll", "wo") and
                                                (_own_undertaking(v, speaker, rep) or _own_figure(v, speaker, rep)))):
                score = 0.0  # "Mr Niyazov said his government would insist on X": announced, not open (not even
                # to top an article up: the party's word asked back is a stated fact, unless the next sentence
                # pushes back: "However, he could not explain why ...")
            elif rep is not None and t.lower_ in ("would", "must", "should"):
                score = 2.0 if speaker is not None else 0.0
            elif rep is not None:
                score = 1.6
            elif cond and t.lower_ in ("would", "will", "wo", "'ll"):
                # "X will set a record should they lose": the condition is still open, but told by no one it is
                # mostly the reporter's rule or sum ("if the trend holds, sales would reach 2m"): it only fills
                # in an article about one of the main actors
                score = 1.5 if any(_if_clause(c) for c in v.children) else 1.8
            elif _confident_of(v) is not None:
                score = 2.4  # "the medics said they were sure she would pull through": an outcome still awaited
            elif _reported_by_source(v) and t.lower_ != "must":
                score = 2.2  # "According to reports, the merger should be signed within a few weeks"
            if score:
                s0 = _subject(v)
                neg = _is_negated(v) or (s0 is not None and any(c.lower_ == "no" and c.dep_ == "det"
                                                                for c in s0.children))
                confident = _confident_of(v) if rep is None else None
                q = b.question(v, report_future=(rep is not None or confident is not None or
                                                 _reported_by_source(v)) and not cond)
                attr = "" if neg else _attribution(b, v, ctx, n, resolve_he=t.lower_ in ("should", "must"))
                if confident is not None:
                    attr = _confident_attribution(b, confident, ctx, n) if not neg else ""
                elif rep is None and _reported_by_source(v):
                    acc = next(c for c in v.children if c.dep_ == "prep" and c.lower_ == "according")
                    q = b.question(v, report_future=True, drop_ids=frozenset(x.i for x in acc.subtree))
                    attr = re.sub(r"^, according to (.+)$", r", as \1 suggest" if _plural(next(
                        (x for x in acc.subtree if x.dep_ == "pobj"), acc)) else r", as \1 suggests", attr)
                elif q and q.startswith("Would ") and cond and " if " not in q and not q.startswith("Would it"):
                    return  # "if it were in power, it would repeal X" asked without its "if": a bare counterfactual
                elif not neg and not attr and not hedged and not cond and not sx.disputed and rep is not None and \
                        rep.lemma_.lower() in ("say", "tell", "add") and t.lower_ in ("will", "would", "wo", "'ll"):
                    return  # "he said the firm will benefit": a claim whose owner the question cannot name
                elif t.lower_ in ("should", "must") and rep is None:
                    pass  # "according to reports, X should ...": a forecast by a source, not a call
                elif t.lower_ in ("should", "must") and neg and _agent_called(v, s0):
                    return  # "the report warns the board should not be swayed by X": a call against, asked without
                    # its "not" and its holder ("Will the board be swayed by X?") it reads as a forecast of the opposite
                elif t.lower_ in ("should", "must") and s0 is not None and \
                        any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in s0.children):
                    return  # "a fragment should stay a fragment": a general opinion, not a step anyone can take
                elif t.lower_ in ("should", "must") and rep.lemma_ in OPINION and (
                        _opinion_call(v, neg, cond) or not _agent_called(v, s0)):
                    pass  # "he believed the changes should be enough": what he expects, not a call
                elif t.lower_ in ("should", "must") and rep.lemma_ in OPINION and not attr:
                    return  # "they believe X should choose Y", its holder unnamed: "Will X choose Y?" forecasts a call
                elif t.lower_ in ("should", "must") and _opinion_call(v, neg, cond):
                    return  # "the port must not be run by X", "the ferry should be a public duty": a view, not a step
                elif t.lower_ in ("should", "must") and not _agent_called(v, s0):
                    pass  # "new drugs should reach pharmacies by 2010, the researchers said": a forecast, not a call
                elif t.lower_ in ("should", "must"):
                    # "X said Y should do Z" is a call, not a forecast: "Will Y do Z, as X urges?" ("must": insists)
                    word = "urge" if t.lower_ == "should" else "insist"
                    # ("Avonia should take its share, he argued": argued for, as a call, not forecast)
                    attr = re.sub(r" (?:says|say|adds|add|tells|tell|argues|argue|believes|believe|thinks|think|"
                                  r"maintains|maintain|contends|contend|claims|claim|suggests|suggest|feels|feel)$",
                                  lambda m: " " + word + ("s" if m.group(0).endswith("s") else ""), attr)
                    if not attr:
                        return  # "rivals said Avonia should stand with X", its holder unnamed: "Will Avonia stand with
                        # X?" would put the call as a forecast
                asked = _with_attr(q, attr)
                if asked and t.lower_ in ("should", "must") and _agentless_passive(v) and \
                        not re.search(r", (?:as|according to) [^?]+\?$", asked):
                    return  # "the announcement should be made now", "our voice must be heard", asked with no one who
                    # urges it: the view reads as a forecast
                yield asked, score - (0.3 if neg else 0), "future"


def _nationality_subject(q: str) -> bool:
    """The question's subject is a nationality standing for a person ("Will the Frenchman return ...?")."""
    words = q.split()
    return len(words) > 2 and words[1] == "the" and (re.search(r"(?:man|woman|men|women)$", words[2]) is not None or
                                                     lex.key(words[2]) in lex.DEMONYMS)


def _hoped_of_person(ctx: _Context, s: "Token | None") -> bool:
    """``s``, the subject of a hoped-for clause, is a person: named, a pronoun or a person noun ("the former
    minister"), not a thing ("the change")."""
    return s is not None and (_person_named(ctx, s) or s.lower_ in ("he", "she") or
                              s.lemma_.lower() in lex.PERSON_NOUNS)


def _person_named(ctx: _Context, s: "Token | None") -> bool:
    """``s`` is a person's name (one the tagger calls a person, or a word of a person the story names: "Holloway"
    tagged as a body): whose hope ("Tom Reed is hoping to sign X") or hoped-for outcome ("hopes Tom Reed will be
    named ...") is a matter still to come, unlike a body's or a thing's ("hopes the levy will be viewed as ...")."""
    return s is not None and s.pos_ == "PROPN" and (s.ent_type_ == "PERSON" or s.text in ctx.person_word)


def _agentless_passive(v: "Token") -> bool:
    """``v`` is a passive with no "by" agent: "should be made", "must be heard"."""
    return any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children)


def _belied(rep: "Token") -> bool:
    """A past belief the same sentence says turned out otherwise: "thought X would ..., but it has become ...",
    "believed the bank would collapse, but it survived" (a past-tense opinion with a "but" clause of its own)."""
    return rep.tag_ == "VBD" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in rep.children) and \
        any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _own_subject(c) and c.i > rep.i for c in rep.children)


def _belied_next(ctx: _Context, n: int, rep: "Token") -> bool:
    """A past belief ("thought", "was expected") the next sentence says turned out otherwise: it opens on a contrast
    and negates ("But a spokeswoman confirmed it would not ..."), or says the believers were wrong ("They were wrong.")."""
    if not (rep.tag_ == "VBD" or (rep.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ in ("was", "were")
                                                             for a in rep.children))):
        return False
    if n + 1 >= len(ctx.sents):
        return False
    nxt = [t for t in ctx.sents[n + 1][2] if not t.is_space and not t.is_punct]
    if not nxt:
        return False
    if nxt[0].lower_ in ("however", "but", "yet") and any(t.dep_ == "neg" for t in nxt):
        return True
    return any(t.dep_ == "ROOT" and t.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "wrong"
                                                             for c in t.children) for t in nxt)


def _opinion_call(v: "Token", neg: bool, cond: bool) -> bool:
    """A "should"/"must" clause that states a view rather than asks anyone to act: negated ("X must not be
    run by Y", asked without its "not" it says the opposite), the copula with a complement ("the ferry
    should be a public duty", "firms should be able to choose"), or tied to a condition ("they must play
    better if they are to win"): its "Will ...?" would put an opinion as a forecast."""
    if neg or cond or any(_if_clause(c) for c in v.children):
        return True
    return v.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in v.children)


HAPPENING = {"appear", "arrive", "reach", "come", "happen", "rise", "fall", "grow", "emerge", "begin", "start",
             "end", "last", "continue", "remain", "follow", "occur", "take", "hit", "drop", "increase", "decline"}


def _agent_called(v: "Token", s: "Token | None") -> bool:
    """A "should" clause asks someone to act ("schools should put more emphasis on sport", "the case should be
    looked at"): a call; a thing that should happen ("new drugs should reach pharmacies by 2010", "prices should rise")
    is the speaker's forecast."""
    if s is None or any(c.dep_ == "auxpass" for c in v.children) or v.lemma_.lower() not in HAPPENING:
        return True
    return s.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or s.lower_ in ("he", "she", "they", "we") or \
        s.lemma_.lower() in lex.PERSON_NOUNS


def _conditional(c: "Token") -> bool:
    """``c`` is a condition clause: "if ..." or inverted ("should they lose", "were it to fail")."""
    if c.dep_ != "advcl":
        return False
    if any(m.lower_ == "if" and m.dep_ == "mark" for m in c.children):
        return True
    first = min(c.subtree, key=lambda x: x.i)
    s = _subject(c)
    return first.lower_ in ("should", "were", "had") and first.dep_ in ("aux", "auxpass", "ROOT") and \
        first.head.i == c.i and s is not None and s.i > first.i


def _conditioned(v: "Token") -> bool:
    """Clause ``v`` holds only under a condition: an "if" or inverted condition on it, or an inverted one
    parsed as its sibling ("fearing that should the town lose, there may be X")."""
    if any(_conditional(c) for c in v.children):
        return True
    sibs = [c for c in v.head.children if c.i < v.i and c.dep_ in ("ccomp", "advcl")] if v.head.i != v.i else []
    def inverted(c: "Token") -> bool:
        first = min((x for x in c.subtree if x.dep_ != "mark"), key=lambda x: x.i)
        return first.lower_ in ("should", "were", "had") and first.head.i == c.i and _subject(c) is not None
    return any(_conditional(c) or inverted(c) for c in sibs)


def _past_scene_would(v: "Token", rep: "Token") -> bool:
    """Told now ("she claims", "he states"), the "would" clause ``v`` sets its scene in the past ("she claims he
    would come to the farm where she lived", "... would visit when she worked there"): a past habit, since a
    forecast told now would take "will"."""
    return rep.tag_ in ("VBZ", "VBP") and any(
        x.tag_ == "VBD" and (x.dep_ == "relcl" or (x.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "while", "whenever") for m in x.children)))
        for x in v.subtree if x.i != v.i)


def _habitual_would(v: "Token") -> bool:
    """``v`` is one of coordinated "would" verbs or carries a habit adverb: past narrative, not a forecast
    ("she would spell her name differently and would file in many places", "he would often call")."""
    if any(c.dep_ == "advmod" and c.lower_ in HABIT for c in v.children):
        return True
    linked = [c for c in v.children if c.dep_ == "conj"] + ([v.head] if v.dep_ == "conj" else [])
    return any(any(a.lower_ == "would" for a in x.children if a.dep_ == "aux") for x in linked)


def _side_word(w: str) -> str:
    """A side's name folded so its singular and plural meet ("Tories" and "Tory", "Liberals" and "Liberal")."""
    w = w.lower()
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and len(w) > 3 else w


def _own_plan(v: "Token", speaker: "Token") -> bool:
    """The speaker announces their own side's step: the clause's subject is the speaker or belongs to them
    ("Mr Niyazov said his government would insist ..."; "the firm said it would ..."), the speaker's own side is
    named in their description ("Tory spokesman Jo Bloggs said the Tories would ..."), or the speaker is a
    spokesperson, whose "will" is their body's arrangement ("a spokeswoman said Ann Lee would stay as editor")."""
    s = _subject(v)
    if s is None:
        return False
    if s.lower_ in ("he", "she", "it", "they") or s.lower_ == speaker.lower_:
        return True
    if speaker.lower_ in lex.SPOKESPEOPLE or any(c.dep_ in ("compound", "appos") and c.lower_ in lex.SPOKESPEOPLE
                                              for c in speaker.children):
        return True
    side = {_side_word(x.text) for x in speaker.subtree if x.i < speaker.i and x.pos_ in ("PROPN", "ADJ")}
    if s.pos_ == "PROPN" and _side_word(s.text) in side:
        return True
    return _speakers_own(s)


def _speakers_own(s: "Token", speaker: "Token | None" = None) -> bool:
    """``s`` is owned as the speaker's own side's ("his government", "its plan", "our review"). Any third-person
    possessive counts; given the ``speaker``, only one that can be theirs: "my"/"our", "his"/"her" unless the
    speaker is a body, "its"/"their" unless a person."""
    if speaker is None:
        own = {"his", "her", "its", "their"}
    else:
        person = speaker.ent_type_ == "PERSON" or speaker.lower_ in ("he", "she")
        body = speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.lower_ in ("it", "they") or speaker.tag_ == "NNS"
        own = {"my", "our"} | (set() if body else {"his", "her"}) | (set() if person else {"its", "their"})
    return any(c.dep_ == "poss" and c.lower_ in own for c in s.children)


COMMENTATORS = {"analyst", "critic", "expert", "economist", "observer", "commentator", "pundit", "opponent",
                "rival", "forecaster", "strategist", "campaigner", "insider", "source"}
ANNOUNCING = {"say", "tell", "add", "announce", "explain", "state", "confirm", "reveal", "write"}


def _party_says(speaker: "Token", rep: "Token") -> bool:
    """``speaker`` announces with ``rep`` ("said", "confirmed") and is no commentator (an analyst's,
    a critic's words are forecasts): a party stating its own side's plans or sums."""
    if rep.lemma_.lower() not in ANNOUNCING:
        return False
    if speaker.lemma_.lower() == "official" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                    for c in speaker.children):
        return False  # "an official has told a news agency the bank will be sold": an unnamed source, not the party
    words = [speaker] + [c for c in speaker.children if c.dep_ in ("compound", "amod", "appos")]
    return not any(w.lemma_.lower() in COMMENTATORS for w in words)


def _own_undertaking(v: "Token", speaker: "Token", rep: "Token") -> bool:
    """An agentless passive a speaker states of their own side's work ("the minister said the forms would be
    sent out in May", "the firm said the old model would be dropped"): an undertaking announced, not a matter
    anyone is waiting on. A commentator's passive ("analysts said the firm would be sold") stays a forecast."""
    if not any(c.dep_ == "auxpass" for c in v.children) or any(c.dep_ == "agent" for c in v.children):
        return False
    return _party_says(speaker, rep)


FIGURE_SIGNS = ("%", "$", "£", "€")


def _numeral(x: "Token") -> bool:
    """``x`` is a number (a cardinal) and not a year ("1999", "2024")."""
    return x.tag_ == "CD" and not YEAR.fullmatch(x.text)


def _figure(x: "Token") -> bool:
    """``x`` states a figure: a number that is not a year, or a currency or per cent sign."""
    return _numeral(x) or x.text in FIGURE_SIGNS


def _own_figure(v: "Token", speaker: "Token", rep: "Token") -> bool:
    """A party's own sum of what something will mean ("the minister said the proposal would mean a 35% rise in the
    budget", "a spokesman said the levy would wipe 5% off the field's value"): a figure stated, not a forecast
    anyone is waiting on. A commentator's figure ("analysts said profits would fall 10%") stays a forecast."""
    if not _party_says(speaker, rep):
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "attr", "npadvmod")]
    return any(_figure(x) or x.lower_ in ("percent", "cent", "million", "billion", "bn", "m")
               for o in objs for x in o.subtree if x.dep_ not in ("relcl", "acl"))


FEELINGS = {"surprised", "surprise", "happy", "delighted", "disappointed", "pleased", "glad", "sad", "upset", "shocked",
            "amazed", "astonished", "thrilled", "proud", "sorry"}
CONFIDENT = {"confident", "hopeful", "optimistic", "sure", "certain", "convinced", "positive", "pessimistic",
             "doubtful", "adamant"}


def _confident_of(v: "Token") -> "Token | None":
    """The adjective of confidence a forecast hangs on ("they were confident he would survive",
    "doctors are hopeful that the boy will recover"), or None."""
    g = v.head
    if v.dep_ == "ccomp" and g.pos_ == "ADJ" and g.lower_ in CONFIDENT and g.dep_ == "acomp" and v.i > g.i:
        s, own = _subject(v), _subject(g.head)
        if s is not None and own is not None and (s.lower_ == own.lower_ or (
                s.lower_ in ("he", "she", "i", "we") and own.ent_type_ == "PERSON")):
            return None  # "he stayed sure he would pull through": told afterwards, by the one who did
        return g
    return None


def _confident_attribution(b: _Builder, adj: "Token", ctx: _Context, n: int) -> str:
    """", as the rescuers believe" for the one who is confident (empty when not named)."""
    s = _subject(adj.head)
    if s is None:
        return ""
    if s.lower_ in ("they", "he", "she"):
        rep = _reporting_head(adj.head)
        s = _speaker_of(rep) if rep is not None else None  # "the rescuers said they were confident ..."
    if s is None or s.lower_ in PRONOUNS | FIRST_SECOND:
        return ""
    if not (s.ent_type_ in ("PERSON", "ORG", "NORP") or s.pos_ in ("PROPN", "NOUN")):
        return ""
    name = b.np_text(s, compact=True)
    if not name or len(name.split()) > 8:
        return ""
    return f", as {name} {'believe' if _plural(s) else 'believes'}"


def _reported_by_source(v: "Token") -> bool:
    """The forecast is credited to a source in the sentence: "According to reports, X will ..."."""
    return v.dep_ == "ROOT" and any(c.dep_ == "prep" and c.lower_ == "according" for c in v.children)


CALENDAR = DATE_WORDS - {"tomorrow", "tonight"} | {"weeks", "months"}


def _reporters_own(g: "Token") -> bool:
    """``g`` is the reporter's own "is expected to" / "is likely to", credited to no one ("by analysts" or a
    reporting verb would credit it)."""
    if _reporting_head(g) is not None:
        return False
    if g.lemma_.lower() in ("likely", "unlikely"):
        return g.dep_ == "acomp"
    return g.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in g.children) and \
        not any(c.dep_ == "agent" for c in g.children)


def _credited_likelihood(g: "Token", t: "Token") -> bool:
    """``g`` is a present "is likely to" / "are likely to" in a clause a source's reporting verb governs ("analysts
    predict Acme is likely to cut 300 jobs", "..., said Ann Lee"): the forecast is the source's, to be asked with it.
    Not one told in the past ("said the spread was likely to be small": the source's word at the time), nor an
    "unlikely" (", as Ann Lee says" would credit her with the opposite), nor a state graded ("costs are likely to be
    cheaper": a view of a thing, struck when asked back)."""
    return g.lemma_.lower() == "likely" and g.dep_ == "acomp" and \
        g.head.tag_ in ("VBZ", "VBP") and _reporting_head(g.head) is not None and \
        not (t.lemma_ == "be" and any(c.dep_ == "acomp" for c in t.children))


def _stated_detail(s: "Token", t: "Token") -> bool:
    """The forecast's subject or clause states a figure ("£12,000", "2%", "153,000 people") or a calendar date
    ("in April", "on 5 May", "the next few weeks"; not the event's own "Saturday's ceremony"): the reporter tells a
    schedule or a sum, nothing left open."""
    toks = [*s.subtree, *(x for x in t.subtree if x.i > t.i)]
    return any((_numeral(x) and any(ch.isdigit() for ch in x.text)) or x.text in FIGURE_SIGNS or
               (x.lower_ in CALENDAR and x.dep_ != "poss") for x in toks)


def _passive_infinitive(t: "Token") -> bool:
    """``t`` is a passive infinitive ("is likely to be lifted", "are expected to be sold"): asked as "will be
    lifted" like the active "to lift" (the small model tags the participle VBN under its "to be")."""
    be = next((a for a in t.children if a.dep_ == "auxpass" and a.lower_ == "be"), None)
    # (an adverb between, "to be widely welcomed", would be left before the new "be welcomed": not asked)
    return t.tag_ == "VBN" and be is not None and be.i + 1 == t.i and \
        any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)


def _deliverable(g: "Token", t: "Token") -> bool:
    """``g`` commits its party to an act with a thing to deliver (:data:`COMMITMENTS`; "donors have promised to give
    $700m", "the board pledged to publish the plan"): whether it is delivered is still open, where a stance vowed
    ("vowed to stay within the law", "is determined to make the gig", "pledged to continue the fight") only echoes
    the party's word."""
    if g.lemma_.lower() not in COMMITMENTS or t.lemma_.lower() in CARRY_ON or not any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM") and not any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children):
        return False  # ("pledged to charge no fees": a step forgone, nothing to deliver)
    s = _subject(g)
    parties = lex.PERSON_NOUNS | lex.HUMAN_NOUNS | lex.ORG_NOUNS
    # a party commits, not a thing: "a final salary scheme promises to pay a pension" defines the scheme ("they" is
    # left out: a plural pronoun is too often resolved to the wrong one of the parties just named)
    return s is not None and (s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or s.lower_ in ("he", "she", "it") or
                              s.tag_ in ("NNS", "NNPS") or s.lemma_.lower() in parties or
                              any(c.dep_ == "compound" and c.lemma_.lower() in parties for c in s.children))


def _class_of_many(s: "Token") -> bool:
    """``s`` names a whole class of parties by a described plural ("overseas builders", "the big ferry lines"), not one
    party or a counted, owned or named group ("the two firms", "its rivals", "Westby's banks")."""
    return s.tag_ == "NNS" and not s.ent_type_ and s.lemma_.lower() not in lex.PERSON_NOUNS and \
        any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in s.children) and \
        not any(c.dep_ in ("nummod", "poss", "prep", "relcl", "acl", "appos", "conj") or c.pos_ == "PROPN"
                for c in s.children)


@_rule("raise")
def _raised_future(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """Raising and future governors ("seem to have", "is likely to", "risks undermining", "vowed to"), and denials through them."""
    b, ctx, n = sx.b, sx.ctx, sx.n
    if t.dep_ == "xcomp" and t.pos_ in ("VERB", "AUX"):
        g = t.head
        glem = g.lemma_.lower()
        if (glem in RAISING or glem in FUTURE_GOVERNORS or glem in PAST_COMMIT) and (
                (g.dep_ in ("ROOT", "ccomp") or (g.dep_ == "conj" and g.head.dep_ in ("ROOT", "ccomp"))) or (
                g.dep_ == "acomp" and glem in ("likely", "unlikely", "due", "set", "bound", "poised", "keen", "eager",
                                          "determined"))):
            s = _subject(g) or (_subject(g.head) if g.dep_ == "acomp" else None)
            if any(_if_clause(a) for a in [g, *g.ancestors]):
                s = None  # "if they suspect the pupils may be planning to leave": a hypothetical
            if g.dep_ == "acomp" and g.head.dep_ in ("relcl", "acl"):
                s = None  # "a bestseller that readers are likely to receive": the object is the relative's head
            if g.dep_ == "ccomp" and g.head.pos_ == "VERB" and \
                    g.head.lemma_.lower() not in lex.REPORT_VERBS | OPINION | lex.SAYS_VERBS | DENY | CLAUSE_VERBS:
                s = None  # "deprives X of the protection a trial is intended to afford": a relative clause misparsed
            if any(a.lower_ == "have" for a in _auxes(g)) and any(
                    a.lower_ in ("might", "could", "would", "should", "may") for a in _auxes(g)):
                s = None  # "the club might have expected to finish higher": what might have been, not what may be
            if s is not None and any(c.dep_ == "neg" for c in t.children):
                s = None  # "pledged not to release the songs": asked without its "not", it says the opposite
            if glem in ("likely", "unlikely") and any(c.dep_ == "advmod" and c.lower_ in ("more", "less")
                                                     for c in g.children):
                s = None  # "voters are more likely than others to use X", "less likely to vote than others": a
                # comparison of groups or outcomes, not a forecast (asked, it loses its "than" or keeps a stray one)
            if any(c.dep_ == "advmod" and c.lower_ in HABIT for c in [*g.children, *t.children]):
                s = None  # "old media always tries to stop new media": a generalisation, not an attempt under way
            clause = g.head if g.dep_ == "acomp" else g
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in FINDING_VERBS:
                s = None  # "research has established that the children are likely to do worse": a finding stated
            if g.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < t.i for c in g.children):
                s = None  # "Hale tips his team-mates to win": the one who is to act is the object, not Hale
            if s is not None and not _is_negated(g):
                q, score = None, 0.0
                if glem in RAISING and not sx.disputed:
                    pass  # "police said he appeared to have died of natural causes", "the species seems to live in
                    # forests": an impression or finding the article reports, asked back as if it were open
                elif glem in RAISING:
                    q, score = _raising(b, t, s, past_tense=g.tag_ == "VBD"), RAISING[glem]
                    if t.lemma_ != "be" and _reporting_head(g) is None and not any(
                            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.PERSON_NOUNS | ATTRIBUTABLE
                            for c in g.children):
                        score = FILL_SCORE + 0.1  # "the fly appears to give up hope": the reporter's impression only fills
                elif glem in WISH and (t.lemma_.lower() in WISH_UNKNOWN or not (
                        s.ent_type_ == "PERSON" or s.lower_ in ("he", "she")) or _plural(s)):
                    pass  # "companies want to maximise profit" is a habit; "wants to know" an unknown
                elif glem in ("hope", "keen", "eager") and _class_of_many(s):
                    pass  # "overseas builders also hope to profit", "the big ferry lines are keen to start ...": a trend
                    # in a whole class, which the story shows under way, not one party's step to settle
                elif glem in ("try", "attempt", "struggle") and t.lemma_ == "be":
                    pass  # "the club is trying to be positive": an attitude, not an attempt with an outcome
                elif glem in OWN_RESOLVE and not sx.disputed and t.lemma_.lower() not in ATTEMPTS | {"be"} and \
                        not _deliverable(g, t):
                    pass  # "the alliance vowed to stay within the law", "he is determined to make the gig": the
                    # party's own resolve echoed back (a feat vowed, "to walk 500 miles", is still a matter to settle;
                    # "promises to be the biggest yet" is no vow)
                elif glem in EFFORTS and _attempt_made(g) and t.lemma_.lower() not in ATTEMPTS:
                    pass  # "the firm has attempted to involve the locals", "he has sought to reassure MPs": an attempt
                    # already made, its act done (a feat tried, "has tried to qualify", still has an outcome)
                elif glem == "hope" and s.lower_ == "it":
                    pass  # "it hopes to increase subscribers by ...": a body's aim for its own plan; a person's or
                    # a group's hope to win, sign or return is an outcome still to come
                elif (t.tag_ in ("VB", "VBG") or _passive_infinitive(t)) and glem in FUTURE_GOVERNORS and _present(g):
                    verb = t.lemma_.lower() if t.tag_ != "VBN" else "be " + t.text  # "is likely to be lifted"
                    q = b.question(t, subj=s, front="will", verb_text=verb, drop_aux=True)
                    score = FUTURE_GOVERNORS[glem]
                    if glem == "hope" and q and (s.lower_ in ("he", "she") and not q.split()[1][:1].isupper() or
                                                 _nationality_subject(q)):
                        q = None  # "he" left as "the father", "the Frenchman": the person is not named
                    if glem in DATED_GOVERNORS and _dated(t) and not sx.disputed and \
                            not (glem in OWN_PLANS and t.lemma_.lower() in ATTEMPTS):
                        score = 0.0  # "The appeal is due to be heard again on 18 May": a stated date, nothing open
                elif t.tag_ == "VB" and glem in PAST_COMMIT and g.tag_ == "VBD" and \
                        t.lemma_.lower() not in ("be", "have", "do") and not _auxes(g) and (
                        _own_subject(g) or (g.dep_ == "conj" and g.head.dep_ == "ROOT")):
                    # "the pair vowed to sport fancy dress for 40 days" -> "Will the pair sport ...?"
                    q = b.question(t, subj=s, front="will", verb_text=t.lemma_.lower(), drop_aux=True)
                    score = PAST_COMMIT[glem]
                # "analysts predict Acme is likely to cut jobs": the source governs the copula, not "likely"
                attr = _attribution(b, g, ctx, n) or (_attribution(b, g.head, ctx, n) if _credited_likelihood(g, t) else "")
                if score and not attr and not sx.disputed and _reporters_own(g) and _stated_detail(s, t) and \
                        not (s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") or any(
                            a.type == "person" and s.text in clean_name(a.name).split() for a in ctx.referents)):
                    # "Tickets are expected to go on sale in April", "Growth is likely to peak at 2%" (a person's
                    # act the reporter expects, "X is likely to start on Saturday", stays open)
                    score = 0.0
                # a commitment to deliver is its own kind: its party is no class at large, its date no timetable
                yield _with_attr(q, attr), score, "pledge" if q and _deliverable(g, t) else "raise"
        elif glem in DENY and t.i > g.i:
            s = _subject(g)
            if speaks_for_another(s):
                s = client_of(s)  # "His lawyer denied taking the money": did Hale take it?
            if s is not None:
                yield _denied(b, t, s), 3.0, "deny"


@_rule("deny")
def _denial(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A denial ("denied that he had ...", "denied a report claiming ...") -> "Did X ...?"."""
    b = sx.b
    lem = t.lemma_.lower()
    if lem in DENY and t.pos_ == "VERB":
        for c in t.children:
            if c.dep_ == "ccomp" and _own_subject(c):
                cs, denier = _subject(c), _subject(t)
                if c.lemma_ in ("plan", "intend") and cs is not None and denier is not None and \
                        (cs.lower_ in ("he", "she", "it", "they", "we", "i") or cs.lower_ == denier.lower_):
                    continue  # "she denied she planned to retire": the one who would know says no, so it is told
                if _denier_itself(cs, denier):  # "The company denied that it knew about the brakes"
                    yield b.question(c) or b.question(c, subj=denier, drop_ids=frozenset({cs.i})), 3.0, "deny"
                else:
                    yield b.question(c), 3.0, "deny"
            # "denied a report claiming he warned X that ..." -> "Did <denier> warn X that ...?"
            if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS:
                for a in c.children:
                    clause = a if (a.dep_ in ("acl", "ccomp") or _content_relcl(a)) and _own_subject(a) else next(
                        (x for x in a.children if x.dep_ == "ccomp" and _own_subject(x)), None) \
                        if a.dep_ == "acl" and a.lemma_ in lex.REPORT_VERBS else None
                    if clause is None:
                        continue
                    cs, denier = _subject(clause), _subject(t)
                    if speaks_for_another(denier):
                        denier = client_of(denier)  # "his lawyer denied reports he ...": the client, or no one
                        if denier is None:
                            continue
                    if cs is not None and denier is not None and cs.lower_ in ("he", "she") and \
                            (denier.lower_ not in PRONOUNS | FIRST_SECOND or denier.dep_ == "poss"):
                        yield b.question(clause, subj=denier, drop_ids=frozenset({cs.i})), 3.0, "deny"
                    elif _denier_itself(cs, denier):  # "the group denied reports it was pulling out"
                        yield b.question(clause) or b.question(clause, subj=denier, drop_ids=frozenset({cs.i})), \
                            3.0, "deny"
                    elif cs is not None and cs.lower_ not in PRONOUNS:
                        yield b.question(clause), 3.0, "deny"
        found = _object_as_subject(t)
        if found is not None:
            yield b.question(found[1], subj=found[0]), 3.0, "deny"


def _object_as_subject(t: "Token") -> "tuple[Token, Token] | None":
    """A denied clause whose subject the parse took for the denial's object: "denied the plan had caused a rift",
    "denied flooding is taking place" -> ``(plan, caused)``. The clause, finite and with no subject or opening word
    of its own, starts right after the noun (or after a phrase on the denial between them: "denied his letter to
    the council was drafted by ..."); a person denied a chance ("denied Lee a penalty") has no such clause."""
    d = next((c for c in t.children if c.dep_ == "dobj"), None)
    if d is None or d.pos_ not in ("NOUN", "PROPN") or d.lemma_.lower() in CLAIM_NOUNS or \
            any(c.dep_ in ("acl", "relcl", "ccomp") for c in d.children):
        return None
    for c in t.children:
        if c.dep_ not in ("ccomp", "advcl", "conj") or c.i < d.i or _own_subject(c) or \
                c.pos_ not in ("VERB", "AUX") or any(x.dep_ in ("mark", "cc") or x.tag_ in ("WDT", "WP", "WRB")
                                                     for x in c.children if x.i < c.i):
            continue
        auxes = _auxes(c)
        if not (c.tag_ in ("VBZ", "VBP", "VBD") or auxes and auxes[0].tag_ in ("VBZ", "VBP", "VBD", "MD")):
            continue
        start = min([a.i for a in auxes] + [c.i])
        between = t.doc[d.right_edge.i + 1:start]
        if d.right_edge.i < start and all(
                not x.is_punct and any(a.dep_ == "prep" and a.head.i == t.i for a in [x, *x.ancestors]) for x in between):
            return d, c
    return None


def _denier_itself(cs: "Token | None", denier: "Token | None") -> bool:
    """The denied clause's "it"/"they" subject ``cs`` is the denier, a body named by a noun ("The company
    denied that it knew"), which the pronoun resolver may not reach without a named actor."""
    return cs is not None and denier is not None and cs.lower_ in ("it", "they") and \
        denier.pos_ in ("NOUN", "PROPN") and _plural(denier) == (cs.lower_ == "they")


def _content_relcl(a: "Token") -> bool:
    """A clause parsed as relative that is the content of a claim noun: "reports it was pulling out" (its own
    pronoun subject, no relative word and no gap: "reports he wrote" is left alone)."""
    s = _subject(a)
    return a.dep_ == "relcl" and s is not None and s.lower_ in ("he", "she", "it", "they") and \
        not any(x.tag_ in ("WDT", "WP", "WP$", "WRB") or (x.lower_ == "that" and x.dep_ != "mark") for x in a.children) and \
        (a.tag_ == "VBG" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt", "acomp", "attr", "auxpass") or
                                (c.dep_ == "prep" and c.i > a.i) for c in a.children))


@_rule("claim")
def _claim(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A claim, speculation or report that ... ("speculation that the firm will ...")."""
    b, disputed = sx.b, sx.disputed
    lem = t.lemma_.lower()
    if lem in CLAIM_NOUNS and t.pos_ == "NOUN":
        for c in t.children:
            if c.dep_ in ("ccomp", "acl", "relcl") and c.pos_ in ("VERB", "AUX") and _own_subject(c) and \
                    _subject(c) is not None and _subject(c).tag_ not in ("WDT", "WP", "WP$") and \
                    _subject(c).lower_ not in ("that", "which", "who") and \
                    not any(x.tag_ in ("WDT", "WP", "WRB") for x in c.children) and \
                    (c.dep_ != "relcl" or any(a.lower_ in ("might", "may", "could", "will", "would")
                                              for a in _auxes(c)) and _no_gap(c)):
                if any(x.lower_ in ("he", "she", "him", "her") and x.tag_ == "PRP" for x in c.subtree):
                    continue  # "claims from Lee that he led a 'grubby government'": the pronoun is seldom the
                    # claimant the resolver reaches for (it is whoever the claim is about)
                score = 3.0 if disputed else (2.4 if lem in ("speculation", "rumour", "rumor", "possibility",
                                                              "fear", "suggestion", "claim", "allegation")
                                               else 1.8)
                yield b.question(c), score, "claim"
    if lem in CLAIM_NOUNS and t.pos_ == "NOUN" and t.dep_ == "dobj" and lem in ("allegation", "accusation", "claim"):
        # "The ad renews accusations Harlow had used X": the clause hangs on the verb, right after the noun
        for c in t.head.children:
            if c.dep_ == "ccomp" and c.left_edge.i == t.i + 1 and _own_subject(c) and \
                    _subject(c) is not None and _subject(c).lower_ not in PRONOUNS | FIRST_SECOND:
                yield b.question(c), (3.0 if disputed else 2.4), "claim"


OBJECT_GAP_VERBS = {"put", "ask", "pose", "raise", "make", "file", "lodge", "level", "publish", "issue", "release",
                    "answer", "bring", "face", "deny", "reject", "dismiss", "address", "repeat", "hear"}


def _no_gap(c: "Token") -> bool:
    """A clause read as a relative one is whole, not missing its object: "the question the government will
    put to voters" is a relative clause whose object is the noun itself, so asked alone it is cut ("Will the
    government put to voters?"); "speculation the baby might arrive in May" is the speculation's content."""
    return c.lemma_.lower() not in OBJECT_GAP_VERBS or any(
        x.dep_ in ("dobj", "attr", "ccomp", "xcomp", "auxpass", "oprd") for x in c.children)


def _judgement(c: "Token") -> bool:
    """Clause ``c`` grades or ranks its subject: the copula with a superlative or graded complement
    ("Y is the best way", "Y was the future of Z", "Y is perfectly suited to ..."), not a fact that
    could be checked ("Y was in the building")."""
    if c.lemma_ == "be":
        heads = [a for a in c.children if a.dep_ in ("attr", "acomp", "nsubj")]
    elif c.tag_ in ("JJ", "VBN") and any(a.dep_ in ("aux", "auxpass") and a.lemma_ == "be" for a in c.children):
        heads = [c]  # "Y is perfectly suited to ..."
    else:
        return False
    return any(x.tag_ in ("JJS", "RBS") or x.lower_ in ("future", "answer", "perfectly", "ideally", "ideal", "top")
               or (x is a and a.dep_ == "acomp" and x.lemma_.lower() in GRADED)
               for a in heads for x in [a, *a.children] if x.dep_ not in ("relcl", "acl", "xcomp", "prep"))


OPENING_QUOTES = ("\"", "“", "'", "‘")
CLOSING_QUOTES = ("\"", "”", "'", "’")


def _in_quotes(first: "Token", last: "Token") -> bool:
    """The words from ``first`` to ``last`` stand right between an opening and a closing quote mark."""
    doc = first.doc
    return first.i > 0 and doc[first.i - 1].text in OPENING_QUOTES and \
        last.i + 1 < len(doc) and doc[last.i + 1].text in CLOSING_QUOTES


def _quoted_complement(v: "Token") -> bool:
    """The copula (or "remain", "look", "prove") with a complement in the speaker's own quoted words ("the law would
    remain 'unworkable'", "the plan will be 'a disaster'"): a characterisation, not an event that may happen."""
    if v.lemma_.lower() not in ("be", "remain", "stay", "look", "prove", "become", "seem"):
        return False
    for c in v.children:
        if c.dep_ in ("acomp", "attr"):
            if _in_quotes(c.left_edge, c.right_edge) or _in_quotes(c, c):
                return True
    return False


# adjectives that grade rather than state: "getting a deal will be tough", "the final will be special"
GRADED = {"tough", "difficult", "hard", "easy", "good", "great", "bad", "important", "crucial", "vital", "right",
          "wrong", "better", "worse", "brilliant", "special", "fantastic", "tremendous", "terrific", "exciting",
          "interesting", "disastrous", "amazing", "perfect", "wonderful", "terrible", "excellent", "superb",
          "fascinating", "essential", "necessary"}


def _predicate_nominal(v: "Token") -> bool:
    """The future copula with a noun for complement ("the visitors will be difficult opposition", "she will be
    my inspiration"): someone's characterisation, not an event that will or will not happen."""
    return v.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PRON") for c in v.children)


@_rule("opinion")
def _opinion(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """An opinion or a document's claim ("he thinks the campaign has stayed vague", "the report says ...")."""
    b, ctx, n = sx.b, sx.ctx, sx.n
    lem = t.lemma_.lower()
    if lem in OPINION | {"say"} and t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj"):
        s = _subject(t)
        if s is not None and (s.lower_ in ("none", "nobody", "few", "some", "many", "most") or s.tag_ == "CD" or
                              any(x.text == "%" or x.lower_ in ("percent", "cent") for x in s.subtree)):
            s = None  # "4% of those questioned thought ...", "None of us believe ...": a finding
        if _is_negated(t) or any(c.dep_ == "dobj" for c in t.children):
            s = None  # "could no longer believe anything Mr Black told him": no claim, a relative clause
        if s is not None and s.lower_ not in FIRST_SECOND:
            for c in t.children:
                if c.dep_ == "ccomp" and c.i > t.i and _own_subject(c) and not any(
                        a.dep_ == "aux" and a.lower_ in ("could", "may", "might", "would", "will", "wo", "must",
                                                         "should") for a in c.children):
                    if lem == "say":
                        if s.lemma_.lower() not in lex.SOURCE_DOCUMENTS:
                            continue
                        score = 1.8 + (1.2 if _contested_next(ctx, n) else 0)
                    else:
                        score = 2.1 if lem in ("think", "believe", "suspect", "predict", "expect", "fear",
                                                "argue", "allege", "claim") else 1.7  # (a warning of a present fact is no opinion)
                    cs = _subject(c)
                    if cs is None or (cs.lower_ in ("it", "this", "that") and cs.dep_ != "nsubjpass"):
                        continue
                    if cs.tag_ == "CD" or cs.text == "%" or cs.lower_ in ("percent", "cent"):
                        continue  # "a survey suggests 69% of over-55s say ...": a finding, not a claim
                    if c.lemma_ == "be" and c.tag_ in ("VBD", "VBZ", "VBP") and any(
                            a.dep_ == "acomp" and a.pos_ == "ADJ" for a in c.children):
                        score = min(score, FILL_SCORE + 0.1)  # "she thought the comments were inappropriate": a judgement
                    if _judgement(c) and not sx.disputed and not _contested_next(ctx, n):
                        continue  # "X thinks Y is the future of Z": a view to report, not a matter the story leaves open
                    if not (sx.disputed or _disputed_near(ctx, n) or _contested_next(ctx, n)):
                        continue  # an undisputed view is reported, not left open ("Were the X an irrelevant party?")
                    q = b.question(c)
                    yield _with_attr(q, _attribution(b, c, ctx, n)), score, "opinion"


@_rule("unknown-np")
def _unknown_np(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """An unknown stated of a noun phrase ("the fate of X remains unclear") -> "What will the fate of X be?"."""
    b = sx.b
    lem = t.lemma_.lower()
    if lem in UNKNOWN_ADJ and t.dep_ == "acomp" and t.head.lemma_ in ("be", "remain"):
        s = _subject(t.head)
        if s is not None and s.pos_ == "NOUN" and any(c.dep_ == "prep" for c in s.children) and \
                any(c.dep_ in ("det", "poss") for c in s.children):
            np = b.np_text(s)
            if np:
                yield _finish(["What will", np, "be"]), 2.6, "unknown-np"


@_rule("if")
def _condition(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A condition on a forecast ("If such a summit materializes, it could ...")."""
    b = sx.b
    if t.lower_ == "if" and t.dep_ == "mark" and t.head.dep_ == "advcl" and t.head.tag_ in ("VBZ", "VBP"):
        v = t.head
        s = _subject(v)
        generic = s is not None and (s.lower_ in ("anyone", "someone", "anybody", "somebody", "one") or any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each") for c in s.children))
        if not generic and any(a.lower_ in ("could", "would", "will", "may", "might", "wo") for a in _auxes(v.head)):
            yield b.question(v, future=True), 1.7, "if"  # (not "if a person has 10 billion lira": a hypothetical)


@_rule("pending")
def _pending_approval(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A pending approval ("will still need the approval of members", "must be ratified")."""
    b = sx.b
    lem = t.lemma_.lower()
    if lem in APPROVAL and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
        g = t.head if t.dep_ == "xcomp" and t.head.lemma_ in ("have", "need") else None
        must = any(a.dep_ == "aux" and a.lower_ == "must" for a in t.children)
        s = _subject(g) if g is not None else (_subject(t) if must else None)
        if s is not None and not _is_negated(g if g is not None else t) and \
                s.lower_ not in FIRST_SECOND | {"it", "this", "that", "which"}:
            yield b.question(t, subj=s, front="will", verb_text="be " + t.lower_, drop_aux=True), 2.3, "pending"


@_rule("if")
def _reduced_condition(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A reduced conditional ("They face a ban if found guilty") -> "Will they be found guilty?"."""
    b = sx.b
    if t.lower_ == "if" and t.dep_ == "mark" and t.head.dep_ == "advcl" and t.head.tag_ in ("VBN", "VBD") and \
            not _own_subject(t.head) and t.head.head.pos_ == "VERB" and t.head.head.tag_ in ("VBZ", "VBP") and \
            not _is_negated(t.head.head):
        v, s = t.head, _subject(t.head.head)
        if s is not None and s.lower_ not in FIRST_SECOND and s.lower_ not in ("it", "this", "that"):
            yield b.question(v, subj=s, front="will", verb_text="be " + v.lower_, drop_aux=True,
                           drop_ids=frozenset({t.i})), 1.8, "if"


@_rule("pressure")
def _pressure(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """Pressure to act ("urged the minister to publish", "has resisted calls to publish")."""
    b = sx.b
    lem = t.lemma_.lower()
    if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj") and (lem in URGE or lem in RESIST):
        act = to_act(t)
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if lem in RESIST and obj is not None and obj.lemma_.lower() in CALLS:
            act = act or next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VB" and
                               any(a.lower_ == "to" for a in c.children) and not _own_subject(c)), None)
            who = _subject(t)
        else:
            who = obj if lem in URGE else None
        if act is not None and (_own_subject(act) or any(a.dep_ == "mark" for a in act.children)):
            act = None  # "a plea that the holder should be ...": not an act asked of the subject
        if act is not None and _is_negated(act):
            act = None  # "urged voters not to back X": asked as "Will voters back X, as ... urges?" it says the opposite
        if who is not None and any(c.tag_ == "POS" for c in who.children):
            who = None  # "pushed Ray Dune's Paper Boats from the top spot to fourth"
        if act is not None and who is not None and who.lower_ not in FIRST_SECOND:
            q = b.question(act, subj=who, front="will", verb_text=act.lemma_.lower(), drop_aux=True)
            urger = _subject(t) if lem in URGE else None
            if urger is not None and urger.lower_ not in PRONOUNS | FIRST_SECOND and (
                    urger.ent_type_ or urger.pos_ == "PROPN" or
                    urger.lemma_.lower() in lex.PERSON_NOUNS | ATTRIBUTABLE | {"leader", "group"} or _the_body(urger)):
                name = b.np_text(urger, compact=True)
                name = _with_the(name, urger, sx.ctx) if name else name
                if name and len(name.split()) <= 6:
                    word = lem if _plural(urger) and urger.ent_type_ != "ORG" else third_person(lem)
                    q = _with_attr(q, f", as {name} {word}")
            yield q, 2.0, "pressure"


#: who a request is put to when it is a demand on a decider ("asked the Supreme Court to intervene"), not a favour
DECIDERS = {"court", "judge", "justice", "justices", "council", "government", "administration", "congress", "senate",
            "house", "board", "committee", "regulator", "commission", "agency", "department", "ministry", "parliament",
            "legislature", "authority", "league", "federation", "ministers", "lawmakers", "legislators"}


#: acts of saying: a call to "reassure", "explain" or "confirm" asks for words, which settle nothing an editor asks
SAYING_ACTS = {"reassure", "assure", "explain", "clarify", "say", "tell", "confirm", "state", "comment", "answer",
               "respond", "reply", "speak", "condemn", "acknowledge", "admit", "recognise", "recognize", "remember",
               "think", "listen", "look"}


#: acts that stand without an object ("asked the court to intervene"); any other bare act lost what it governs
BARE_ACTS = {"intervene", "act", "resign", "quit", "withdraw", "apologise", "apologize", "relent", "comply", "testify",
             "retire", "negotiate", "cooperate", "compromise", "reconsider", "step", "stand", "return", "recuse", "rule"}


def _dated_on(prep: "Token") -> bool:
    """``prep`` is the "on" of a date ("Tom Hale on Wednesday called on Ann Lee to ..."), not of the one called on."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _decider(x: "Token") -> bool:
    """``x`` is a body that decides (a court, a government, a league), by its head word or as a named organisation."""
    return x.lemma_.lower() in DECIDERS or x.lower_ in DECIDERS or \
        (x.ent_type_ in ("ORG", "GPE", "NORP") and x.pos_ == "PROPN")


@_rule("pressure")
def _called_on(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A call on someone to act ("Tom Hale called on the administration to block the merger") or a request put to a
    body that decides ("Ann Lee has asked the Supreme Court to intervene") -> "Will the administration block the
    merger, as Tom Hale urges?" / "Will the Supreme Court intervene, as Ann Lee asks?". Not a favour asked of a
    person ("asked her friend to drive"), nor an act the caller is to do himself."""
    b = sx.b
    lem = t.lemma_.lower()
    if t.pos_ != "VERB" or t.dep_ not in ("ROOT", "ccomp", "conj") or lem not in ("call", "ask") or _is_negated(t):
        return
    act = to_act(t)
    if act is None or _own_subject(act) or _is_negated(act):
        return
    if lem == "call":
        on = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and not _dated_on(c)), None)
        who = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
        prt = next((c for c in t.children if c.dep_ == "prt" and c.lower_ in ("on", "upon")), None)
        if on is None and prt is not None:  # "is calling on all X to": "on" parsed as a particle
            who = next((c for c in list(t.children) + list(prt.children) if c.dep_ in ("dobj", "pobj")), None)
        word = "urges"
    else:
        who = next((c for c in t.children if c.dep_ == "dobj"), None)
        who = who if who is not None and _decider(who) else None
        word = "asks"
    if who is None or who.lower_ in FIRST_SECOND | PRONOUNS or any(c.tag_ == "POS" or c.dep_ == "poss"
                                                                     for c in who.children):
        return  # (a call on "its members" is the caller's own resolve; an owned party is named by its owner)
    urger = _subject(t)
    if urger is None or urger.lower_ in PRONOUNS | FIRST_SECOND or not (
            urger.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or urger.pos_ == "PROPN"):
        return
    name = b.np_text(urger, compact=True)
    name = _with_the(name, urger, sx.ctx) if name else name
    if not name or len(name.split()) > 6:
        return
    if _plural(urger) and urger.ent_type_ != "ORG":
        word = word[:-1]
    if act.lemma_.lower() in SAYING_ACTS:
        return  # "called on ministers to reassure people that ...": a demand for words, not a step still to decide
    q = b.question(act, subj=who, front="will", verb_text=act.lemma_.lower(), drop_aux=True)
    if q and q.rstrip("?").split()[-1] == act.lemma_.lower() and (
            act.right_edge.i > act.i or act.lemma_.lower() not in BARE_ACTS):
        return  # "Will Ruritania find?": what the act governed lost in the building, or fronted out of the clause
    yield _with_attr(q, f", as {name} {word}"), 2.0, "pressure"


ANSWERED_REQUEST = re.compile(r"\b(?:granted|rejected|denied|refused|turned down|declined|agreed to)\b", re.I)


@_rule("pressure")
def _asked_for(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A request put to a body that decides, for a thing rather than an act ("Ann Lee asked the Supreme Court for an
    emergency stay") -> "Will the Supreme Court grant Ann Lee's request for an emergency stay?". Not when a later
    sentence has that body grant or refuse something, nor a favour asked of a person ("asked her friend for a lift")."""
    b = sx.b
    if t.lemma_.lower() != "ask" or t.pos_ != "VERB" or t.dep_ not in ("ROOT", "ccomp", "conj") or _is_negated(t) or \
            t.tag_ not in ("VBD", "VBZ", "VBN") or to_act(t) is not None:
        return
    who = next((c for c in t.children if c.dep_ == "dobj"), None)
    thing = next((o for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                  if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if who is None or thing is None or not _decider(who) or who.lower_ in PRONOUNS or \
            any(c.tag_ == "POS" or c.dep_ == "poss" for c in who.children):
        return
    urger = _subject(t)
    if urger is None or urger.lower_ in PRONOUNS | FIRST_SECOND or not (
            urger.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or urger.pos_ == "PROPN"):
        return
    name = b.np_text(urger, compact=True)
    body = b.np_text(who, compact=True)
    what = b.np_text(thing)
    if not name or not body or not what or len(name.split()) > 6 or len(what.split()) > 8 or \
            re.search(r"\b(?:he|him|his|she|her|they|them|their|it|its)\b", what, re.I):
        return
    later = " ".join(sp.text for _, _, sp, _ in sx.ctx.sents[sx.n + 1:])
    marks = {urger.text, thing.text}  # the answer names the asker or the thing asked ("refused the stay")
    if any(ANSWERED_REQUEST.search(sp) and who.text in sp and any(re.search(r"\b" + re.escape(m) + r"\b", sp) for m in marks)
           for sp in re.split(r"(?<=[.!?])\s+", later)):
        return  # "The court refused the stay on Friday": answered (not another party's request it refused)
    owner = possessive(_with_the(name, urger, sx.ctx))
    yield f"Will {body} grant {owner} request for {what}?", 2.0, "pressure"


@_rule("pressure")
def _call_for(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A call for something ("called for an independent inquiry into X") -> "Will there be ...?" (:func:`_held_step`)."""
    b = sx.b
    lem = t.lemma_.lower()
    if lem == "call" and t.pos_ == "VERB" and (t.dep_ in ("ROOT", "ccomp", "conj") or _begun(t)) and \
            not any(c.dep_ == "prt" for c in t.children):  # "called out for help": a cry, not a demand
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        caller = _speaker_of(t)
        if prep is None and caller is not None and (q := _called_done(sx, t, caller)):
            yield q, 1.9, "pressure"
            return
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and caller is not None and \
                caller.lower_ not in FIRST_SECOND | {"one", "some", "others", "many", "another", "all"}:
            np = b.np_text(obj)
            name = b.resolve(caller) if caller.lower_ in PRONOUNS else b.np_text(caller, compact=True)
            name = _with_the(name, caller, sx.ctx) if name and caller.lower_ not in PRONOUNS else name
            listed = sum(1 for x in obj.conjuncts) >= 2  # "better pay, shorter hours and more staff": a wish list
            word = "urge" if _plural(caller) and caller.ent_type_ != "ORG" else "urges"
            act = next((c for c in [*obj.children, *t.children] if c.tag_ == "VB" and c.i > obj.i and
                        c.dep_ in ("acl", "relcl", "xcomp", "advcl") and
                        any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)
            if act is not None and not (obj.tag_ == "NNS" or obj.lemma_.lower() in lex.PERSON_NOUNS or
                                        obj.pos_ == "PROPN"):
                act = None  # "called for radical reform to grant ...": the purpose of the thing called for
            if act is None and obj.pos_ == "PROPN":
                pass  # "called for Westby": a name is no step to hold, only a party called on to act
            elif act is not None:
                # "called for ministers to take a bigger part": a call on someone to act, asked as the act
                q = b.question(act, subj=obj, front="will", verb_text=act.lemma_.lower(), drop_aux=True)
                if q and name and not listed and len(name.split()) <= 6:
                    yield _with_attr(q, f", as {name} {word}"), 1.9, "pressure"
            elif np and name and not listed and len(name.split()) <= 6 and 2 <= len(np.split()) <= 14 and \
                    _held_step(obj):  # not bare "measures"
                yield _finish([f"Will there be {np}, as {name} {word}"]), 1.9, "pressure"


def _begun(t: "Token") -> bool:
    """``t`` is the clause a verb of starting or going on governs ("began calling for ...", "kept calling for ...")."""
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in ("begin", "start", "continue", "keep")


def _called_done(sx: _Sentence, t: "Token", caller: "Token") -> str | None:
    """A call for something to be done to a named thing ("Westby has called for the arms embargo to be lifted", parsed
    as a "for" clause) -> "Will the arms embargo be lifted, as Westby urges?"; or for a named party to act ("The
    Greens called for Tom Reed to resign as mayor") -> "Will Tom Reed resign as mayor, as the Greens urge?". Only a
    caller who can call (a person, a body, a place's government; not "protocol" or "lyrics")."""
    b = sx.b
    act = next((c for c in t.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VB") and
                any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i for m in c.children) and
                (c.tag_ == "VB" or any(a.dep_ == "auxpass" and a.lower_ == "be" for a in c.children)) and
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is None or _is_negated(act):
        return None
    passive = act.tag_ == "VBN"
    s = next((c for c in act.children if c.dep_ == ("nsubjpass" if passive else "nsubj")), None)
    if s is None or s.pos_ not in ("NOUN", "PROPN") or s.lower_ in GENERIC_PEOPLE:
        return None
    if not passive and (act.lemma_.lower() in SAYING_ACTS or s.pos_ == "NOUN" and not (
            s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or s.lemma_.lower() in lex.PERSON_NOUNS | lex.ORG_HEADS)):
        return None  # (an act only a party can take: "for the rules to change" is a wish, not a call on anyone)
    if caller.lower_ in FIRST_SECOND | {"one", "some", "others", "many", "another", "all"} or not (
            caller.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or caller.lower_ in PRONOUNS or
            caller.lemma_.lower() in lex.PERSON_NOUNS | lex.ORG_HEADS):
        return None
    name = b.resolve(caller) if caller.lower_ in PRONOUNS else b.np_text(caller, compact=True)
    name = _with_the(name, caller, sx.ctx) if name and caller.lower_ not in PRONOUNS else name
    if not name or len(name.split()) > 6:
        return None
    mark = next(m for m in act.children if m.dep_ == "mark" and m.lower_ == "for")
    q = b.question(act, subj=s, front="will", verb_text=("be " + act.text) if passive else act.lemma_.lower(),
                   drop_aux=True, drop_ids=frozenset({mark.i}))
    word = "urge" if _plural(caller) and caller.ent_type_ != "ORG" or any(
        c.dep_ == "conj" for c in caller.children) else "urges"
    return _with_attr(q, f", as {name} {word}") if q else None


#: steps a body holds or opens, whose call is asked as "Will there be ...?" (an inquiry, a vote, a ban)
HELD_STEPS = EVENTS | {"investigation", "probe", "enquiry", "audit", "ballot", "recount", "ban", "moratorium",
                       "ceasefire", "amnesty", "consultation"}


def _held_step(obj: "Token") -> bool:
    """A call for ``obj`` can be asked as "Will there be <obj>, as X urges?": an indefinite step some body holds or
    opens ("called for an independent inquiry", "a second vote", "a ban on ..."). A call for a quality or an effort
    ("faster delivery of data", "religious tolerance", "a much greater effort") names no one to act and nothing that
    settles it, and a definite one ("the authority to pay for ...") does not read after "there be"."""
    if any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "another") for d in obj.children):
        return False
    return obj.lemma_.lower() in HELD_STEPS


@_rule("aim")
def _aim(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """An aim still to be met ("something we must work hard to preserve")."""
    b, ctx, n = sx.b, sx.ctx, sx.n
    lem = t.lemma_.lower()
    if (lem in PRESERVE or t.lower_ in PRESERVE) and t.tag_ == "VB" and t.pos_ == "VERB":
        yield _obligation(ctx, b, n, t), 2.0, "aim"


@_rule("pending")
def _pending_event(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A pending event ("ahead of his scheduled meeting with X") -> "What will come out of ...?"."""
    b = sx.b
    if t.lower_ == "ahead" and any(c.lower_ == "of" for c in t.children) or (
            t.lower_ == "before" and t.dep_ == "prep"):
        of = next((c for c in t.children if c.lower_ == "of"), t)
        ev = next((c for c in of.children if c.dep_ == "pobj"), None)
        if ev is not None and ev.lemma_.lower() in EVENTS and any(
                c.dep_ in ("poss", "prep") for c in ev.children) and (
                t.lower_ == "ahead" or any(c.lower_ in ("scheduled", "upcoming", "planned", "expected")
                                           for c in ev.children)):
            np = b.np_text(ev)
            if np and len(np.split()) >= 3:
                np = re.sub(r"^(a|an) ", "the ", np)
                yield _finish([f"What will come out of {np}"]), 1.8, "pending"


FORECAST_OBJ = {"expect", "forecast", "predict", "project", "anticipate"}


@_rule("expect")
def _expect_to(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A forecast with an object and an infinitive ("Analysts expect oil prices to rise next year";
    quoted, "'We expect sales to double,' said Ann Lee") -> "Will oil prices rise next year, as analysts
    expect?"."""
    b, ctx = sx.b, sx.ctx
    g = t.head
    if t.tag_ == "VB" and t.dep_ in ("ccomp", "xcomp") and g.lemma_.lower() in FORECAST_OBJ and g.i < t.i and \
            g.tag_ in ("VBP", "VBZ", "VBD") and not _is_negated(g) and \
            any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
        s = _subject(t)
        who = _subject(g)
        if s is None or who is None or s.i < g.i or s.lower_ in FIRST_SECOND | {"it", "this", "that"}:
            return
        q = b.question(t, subj=s, front="will", verb_text=t.lemma_.lower(), drop_aux=True)
        if q is None:
            return
        verb = g.lemma_.lower()
        if who.lower_ in ("we", "i"):
            quote = ctx.quote_at(b.base + who.idx) if b.base is not None else None
            name = quote[2] if quote is not None else None
        elif who.lower_ in PRONOUNS:
            name = b.resolve(who)
        else:
            name = b.np_text(who, compact=True)
        if not name or len(name.split()) > 6:
            yield q, FILL_SCORE, "expect"
            return
        plural = who.lower_ == "they" or (who.lower_ not in PRONOUNS | {"we", "i"} and _plural(who) and who.ent_type_ != "ORG")
        yield _finish([q[:-1] + ", as " + name, verb if plural else third_person(verb)]), 2.2, "expect"


POTENTIAL = {"potential": "could", "chance": "will", "opportunity": "will"}


@_rule("potential")
def _potential(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """What something has the potential or a chance to do ("The talks have the potential to change the
    outcome" -> "Could the talks change the outcome?"; "Lee has a chance to win the title" -> "Will Ann
    Lee win the title?")."""
    b, ctx, n = sx.b, sx.ctx, sx.n
    noun, have = t.head, t.head.head
    if t.tag_ == "VB" and t.dep_ == "acl" and noun.lemma_.lower() in POTENTIAL and noun.dep_ == "dobj" and \
            have.lemma_ == "have" and have.dep_ in ("ROOT", "ccomp", "conj") and not _is_negated(have) and \
            have.tag_ in ("VBZ", "VBP") and any(a.lower_ == "to" for a in t.children if a.dep_ == "aux") and \
            not any(c.dep_ in ("amod", "det") and c.lower_ in ("little", "no", "slim", "small", "every")
                    for c in noun.children):
        s = _subject(have)
        if s is not None and s.lower_ not in FIRST_SECOND | {"it", "this", "that"}:
            q = b.question(t, subj=s, front=POTENTIAL[noun.lemma_.lower()], verb_text=t.lemma_.lower(),
                           drop_aux=True)
            yield _with_attr(q, _attribution(b, have, ctx, n)), 2.2, "potential"


SIGNS = {"sign", "indication", "indicator", "everything", "evidence", "signal"}


@_rule("signs")
def _signs_point(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """An outcome the signs point to ("All signs pointed to Hale signing the deal on Friday") ->
    "Will Tom Hale sign the deal on Friday?"."""
    b = sx.b
    if t.lemma_.lower() == "point" and t.pos_ == "VERB" and not _is_negated(t):
        s = _subject(t)
        to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if s is None or s.lemma_.lower() not in SIGNS or to is None:
            return
        who = next((c for c in to.children if c.dep_ == "pobj"), None)
        act = next((c for c in list(t.children) + list(to.children) + (list(who.children) if who is not None else [])
                    if c.tag_ == "VBG" and c.dep_ in ("advcl", "pcomp", "acl", "xcomp") and c.i > to.i), None)
        if who is not None and act is not None and who.i < act.i and who.lower_ not in FIRST_SECOND:
            yield b.question(act, subj=who, front="will", verb_text=act.lemma_.lower(), drop_aux=True), 2.4, "signs"


@_rule("prescribe")
def _prescription(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A prescription ("the most effective policy is to prevent ...")."""
    b, ctx, n = sx.b, sx.ctx, sx.n
    lem = t.lemma_.lower()
    if lem == "be" and t.pos_ in ("AUX", "VERB") and t.dep_ in ("ROOT", "ccomp") and not _is_negated(t):
        yield _with_attr(_prescribed(b, t), _attribution(b, t, ctx, n)), 2.0, "prescribe"


@_rule("stage")
def _stage(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """A stage reached in a contest ("became the fifth player to reach the last eight")."""
    b, ctx = sx.b, sx.ctx
    lem = t.lemma_.lower()
    if ctx.sporty and lem == "reach" and t.pos_ == "VERB" and not _is_negated(t) and \
            not any(a.lower_ in ("will", "wo", "could", "would", "may", "might", "must", "should") for a in _auxes(t)):
        yield _next_stage(b, t), 2.0, "stage"


def _either(t: "Token") -> bool:
    """``t`` heads a name with alternatives parsed into it ("will play Spain's Lee or Chile's Diaz" read as one
    name whose head is "Diaz"): the compact name keeps only the last alternative, an opponent not known yet.
    (Alternatives parsed as such, "Lee or Diaz", are asked in full.)"""
    return any(x.dep_ == "cc" and x.lower_ == "or" and x.i < t.i and x.head.i != t.i for x in t.subtree)


@_rule("contest")
def _contest(sx: _Sentence, t: "Token") -> Iterator[Ask]:
    """An upcoming contest ("He will now play X") -> "Will he beat X?"."""
    b, ctx = sx.b, sx.ctx
    lem = t.lemma_.lower()
    if ctx.sporty and lem in ("play", "face") and t.pos_ == "VERB" and \
            any(a.lower_ in ("will", "wo", "'ll") for a in _auxes(t)):
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG")), None)
        s = _subject(t)
        if obj is not None and s is not None and not _either(obj):
            opp = b.np_text(obj, compact=True)
            who = b.np_text(s, compact=True) if s.lower_ not in PRONOUNS else b.resolve(s)
            if opp and who and not _played(sx, opp, obj, who):  # (not a match the story tells played)
                yield _finish([f"Will {who} beat {opp}"]), 2.5, "contest"


def _candidates(ctx: _Context, n: int) -> list[Candidate]:
    start, end, sent, pp = ctx.sents[n]
    b = _Builder(ctx, sent, pp.offset)
    out: list[Candidate] = []
    low = sent.text.lower()

    def add(q: str | None, score: float, kind: str, fallback: str | None = None) -> bool:
        """Keep ``q`` as a candidate unless it would not read well; True when kept. ``fallback``, a short form
        about the same matter, rides along for the gate to fall back on."""
        if q is None:
            return False
        words = q.split()
        if not (MIN_WORDS <= len(words) <= MAX_WORDS):
            return False
        if re.search(r"\b(?:[Ii]|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b|\b[Ww]e[’']", q):
            return False
        if re.search(r"\b[A-Z]{6,}\b", q) and not re.search(r"\b(?:NASDAQ|UNESCO|UNICEF|OPEC)\b", q):
            return False  # a dateline or a shouted caption
        if re.search(r"\bthe following\b", q) or (re.match(r"(?:Is|Are|Was|Were) there\b|"
                                                          r"(?:Will|Would|Could|Might|Can) there be\b", q)
                                                 and len(words) < 7):
            return False  # "the following tasks", "Is there a couple of reasons?", "Could there be more to it?"
        if re.match(r"(?:Is|Are|Was|Were|Will|Would|Could|Can|May|Might) there (?:be )?(?:no|nothing|none)\b", q):
            return False  # "Is there no chance of X, as Y insists?": a speaker's flat denial, asked back in the negative
        q = re.sub(r",? (?:many|some|most|all|none|each|both|several|one|few) of (?:which|whom)\b[^?]*\?$", "?", q)
        words = q.split()
        if re.search(r"\bevery (?:\d+ |few |other )?(?:minute|hour|day|night|morning|week|month|year|time)s?\b", q):
            return False  # "rule on an application every 11 minutes": a routine, not an open matter
        if re.search(r"\b(?:do|does|did|so)\?$", q):
            return False  # "Will the federation do?": a pro-verb standing for a clause elsewhere
        if re.search(r"\b(?:as|because|while|than|that|and|or|but|to|of|with|for)[,?]", q):
            return False  # a function word left hanging where a clause was cut: "substantial as, on average, ..."
        if kind == "wh" and len(words) < 5 and not re.search(r" (?:the|a|an|[A-Z]\w*) \w+\?$", q):
            return False  # "Who would be eligible?": too bare to stand alone ("Who called the police?" stands)
        if kind == "wh" and len(words) == 5:
            score -= 0.3  # "What was the new evidence?": stands alone in its briefing, barely
        if len(words) > 26:
            score -= 0.4
        if re.search(r"\bsuch (?!as\b)[a-z]", q):
            score -= 1.5  # "Have such papers always been kept confidential?": "such" points outside the question
        if len(words) <= 7 and " the " in q and not any(w[:1].isupper() for w in words[1:]):
            score -= 0.25  # "Could the alternative bridge the gap?": too bare to stand alone
        score = round(score, 2)
        out.append(Candidate(q, score, start, end, n, kind, fallback if fallback != q else None))
        return True

    if re.match(r"\s*[-•*–]", sent.text) or len(re.findall(r"\s[-•–]\s+[A-Z]", sent.text)) >= 2:
        return out  # a bulleted list run together: its items are not clauses of one sentence
    spaced = sum(1 for t in sent if _dash(t))
    if spaced >= 3 and spaced % 2:
        return out  # "of our time - and now the hardest illness to treat - malaria - will": asides unclear
    example = re.search(r"\bfor (?:example|instance)\b", low)
    if example and sent.start_char + example.start() < sent.root.idx:
        return out  # an illustration ("So, for instance, a shop like Zentra could now be listed ..."): not an open matter
    sx = _Sentence(ctx, n, sent, b, any(t.lemma_.lower() in DISPUTE_WORDS for t in sent))
    for t in sent:
        for rule in RULES:
            for q, score, kind in rule(sx, t):
                add(q, score, kind)
    # 11. a quoted first-person plan, hope or forecast: '"we'll just keep going," said Julia'
    for q, score in _first_person(ctx, n, b):
        add(q, score, "quoted")
    for q, score in _generic_we(ctx, n, b):
        add(q, score, "quoted")
    # open matters the sentence marks explicitly ("The trial continues", "is still missing"): the
    # clause's own question, else the matter's short form
    from .open_matters import DETECTORS
    for t in sent:
        for found in DETECTORS:
            for matter in found(sx, t):
                if not add(matter.question, matter.score, "open:" + matter.kind, matter.fallback):
                    add(matter.fallback, matter.score - 0.2, "open:" + matter.kind)
    return out


# a quoted "I/we <verb> to ..." that looks ahead; "want" only for one person (a wish, not a habit)
INTENT = {"hope": 2.0, "plan": 2.0, "intend": 2.0, "aim": 2.0, "expect": 2.0, "vow": 2.0, "promise": 2.0,
          "pledge": 2.0}  # not "want": "I want to win", "I want to stress" are wishes and asides, not plans
UNSURE = {"sure", "certain", "know", "convinced"}  # negated: "I'm not sure the deal will survive"
HABIT = {"always", "never", "usually", "often", "generally", "normally", "sometimes", "rarely"}
COMPLEMENTS = {"dobj", "prep", "attr", "acomp", "xcomp", "prt", "advmod", "advcl", "ccomp", "oprd", "npadvmod",
               "dative", "agent"}
FIRST_PLURAL = {"we": "they", "us": "them", "our": "their", "ours": "theirs", "ourselves": "themselves"}


def _first_person(ctx: _Context, n: int, b: _Builder) -> list[tuple[str, float]]:
    """Questions from first-person statements inside a direct quote whose speaker is a named person.

    "I hope to be back by March," said Smith -> "Will Smith be back by March?"; "we'll keep going" (Julia,
    when the article pairs her with Pat as "the pair") -> "Will Pat and Julia keep going?"; "I'm not
    sure the deal will survive" -> "Will the deal survive?". "I" becomes the speaker; "we" only a
    pair the article names around the quote; any other first- or second-person word drops the clause.
    """
    start, end, sent, pp = ctx.sents[n]
    out: list[tuple[str, float]] = []
    for t in sent:
        if t.lower_ not in ("i", "we") or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        quote = ctx.quote_at(pp.offset + t.idx)
        if quote is None:
            continue
        speaker = quote[2]
        # only the quoted words: a caption run on after the closing mark is not part of the clause
        outside = frozenset(x.i for x in sent if not quote[0] <= pp.offset + x.idx < quote[1])
        if any(x.i in outside and x.lemma_ in lex.REPORT_VERBS and (s := _subject(x)) is not None and s.pos_ == "PROPN"
               and s.text not in speaker.split() for x in sent):
            continue  # "According to Mr Peston the prime minister said: '... I will ...'": whose "I"?
        v = t.head
        main = v.dep_ == "ROOT" or (v.dep_ == "conj" and v.head.dep_ == "ROOT") or (
            v.dep_ in ("ccomp", "parataxis") and v.head.i in outside and v.head.lemma_ in lex.REPORT_VERBS)
        if not main or v.pos_ not in ("VERB", "AUX") or any(c.lower_ in HABIT for c in v.children) or \
                any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in v.children):
            continue
        auxes = [a.lower_ for a in _auxes(v)]
        # (clause, its subject, score): the plan or forecast itself
        jobs: list[tuple["Token", "Token | None", float]] = []
        if _is_negated(v):
            pass  # "I won't go outside": a refusal, not a plan (but see "I'm not sure" below)
        elif auxes in (["will"], ["'ll"], ["shall"]) and v.tag_ == "VB":
            jobs.append((v, t, 2.0))
        elif v.lemma_ == "go" and v.tag_ == "VBG" and auxes in (["am"], ["'m"], ["are"], ["'re"]):
            x = next((c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
            if x is not None:
                jobs.append((x, t, 2.0))  # "I am going to party"
        elif v.lemma_ in INTENT and v.tag_ == "VBP" and not auxes:
            x = next((c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VB" and
                      any(a.lower_ == "to" for a in c.children) and not _own_subject(c)), None)
            if x is not None:
                jobs.append((x, t, INTENT[v.lemma_]))
        # "I'm not sure (that) X will ...", "I don't know that X can ...", "I doubt X will ..."
        holder = next((c for c in v.children if c.dep_ == "acomp" and c.lemma_ in UNSURE), None) \
            if v.lemma_ == "be" else v
        if holder is not None and (holder.lemma_ in UNSURE or v.lemma_ in ("doubt",)):
            negated = any(c.dep_ == "neg" for c in v.children) or (holder is not v and _is_negated(holder))
            for c in holder.children:
                if c.dep_ == "ccomp" and c.i > holder.i and _own_subject(c) and (negated or v.lemma_ == "doubt") \
                        and not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children) and \
                        any(a.lower_ in ("will", "'ll", "wo", "can", "ca", "would", "could") for a in _auxes(c)):
                    jobs.append((c, _subject(c), 2.3))
        for clause, subj, score in jobs:
            inside = [x for x in clause.subtree if x.i not in outside]
            if clause.lemma_ in lex.REPORT_VERBS | WISH_UNKNOWN | {"thank", "do"} or any(
                    x.lower_ in PRONOUNS | {"there", "here"} and x.tag_ in ("PRP", "PRP$", "RB", "EX")
                    for x in inside) or (clause.lemma_ == "have" and any(
                    c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.children)) or any(
                    x.lower_ == "but" and x.i > clause.i for x in inside):
                continue  # "I'll have to go by feel" (a necessity), "get there again" (points outside), "his
                # dignity", "I'll play, but with no expectations" (the open matter is left unsaid)
            if subj is None or subj.i in outside or not any(
                    c.dep_ in COMPLEMENTS and c.i not in outside for c in clause.children):
                continue  # "I always want to win": a bare verb says too little to ask about
            q = _first_person_question(ctx, b, clause, subj, speaker, n, outside)
            if q:
                out.append((q, score))
    return out


EXISTENTIAL = {"have", "see", "get"}  # "we'll have X" -> "Will there be X?"


def _generic_we(ctx: _Context, n: int, b: _Builder) -> list[tuple[str, float]]:
    """A quoted forecast about "we" as people at large, not a pair the article names: "I think we're going
    to have strong signs of water on Mars within a decade," said Ann Cole -> "Will there be strong signs of
    water on Mars within a decade, as Ann Cole predicts?"; "we will find X" -> "Will X be found?"."""
    start, end, sent, pp = ctx.sents[n]
    out: list[tuple[str, float]] = []
    for t in sent:
        if t.lower_ != "we" or t.dep_ != "nsubj":
            continue
        quote = ctx.quote_at(pp.offset + t.idx)
        if quote is None or _speaker_pair(ctx, n, quote[2]) is not None:
            continue
        v = t.head
        if v.lemma_ == "go" and v.tag_ == "VBG":
            v = next((c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VB"), v)
            future = v is not t.head
        else:
            future = any(a.lower_ in ("will", "'ll") for a in _auxes(v))
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if not future or obj is None or _is_negated(v) or _is_negated(t.head) or \
                v.lemma_ not in EXISTENTIAL | {"find"}:
            continue
        tail = [x for x in v.subtree if x.i > v.i and pp.offset + x.idx < quote[1]]
        tail = _strip_edges(tail)
        if not tail or any(x.lower_ in FIRST_SECOND | PRONOUNS for x in tail) or len(tail) > 20:
            continue
        if v.lemma_ == "find":
            rest = [x for x in tail if x.i not in {y.i for y in obj.subtree}]
            np, more = b.render(sorted(obj.subtree, key=lambda x: x.i), lower_first=True), b.render(rest)
            q = _finish(["Will", np or "", "be found", more or ""]) if np and more is not None else None
        else:
            text = b.render(tail, lower_first=True)
            q = _finish(["Will there be", text]) if text else None
        speaker = quote[2]
        role = ctx.roles.get(speaker)
        who = f"{role} {speaker}" if role and len(role.split()) <= 4 and speaker.split()[-1] not in role else speaker
        if q:
            out.append((_with_attr(q, f", as {who} predicts") or q, 2.1))
    return out


def _first_person_question(ctx: _Context, b: _Builder, v: "Token", subj: "Token", speaker: str,
                           n: int, outside: frozenset[int]) -> str | None:
    over: dict[int, str] = {}
    named = None
    if subj.lower_ in ("i", "we"):
        if subj.lower_ == "i":
            named = (subj.i, speaker, False)
        else:
            group = _speaker_pair(ctx, n, speaker)
            if group is None:
                return None
            named = (subj.i, group, True)
            over = {x.i: FIRST_PLURAL[x.lower_] for x in v.subtree if x.lower_ in FIRST_PLURAL and x.i != subj.i}
    elif subj.lower_ in FIRST_SECOND:
        return None
    if any(x.lower_ in FIRST_SECOND | {"myself", "yourselves"} and x.i not in over for x in v.subtree
           if x.i != subj.i and x.i not in outside):
        return None  # "I want to look after me": no way to say it in the third person without a gender
    b.person_subject, b.person_over = named, over
    try:
        if named is None:
            return b.question(v, report_future=True, drop_ids=outside)
        return b.question(v, subj=subj, front="will", verb_text=v.lemma_.lower(), drop_aux=True, drop_ids=outside)
    finally:
        b.person_subject, b.person_over = None, {}


def _people_in(ctx: _Context, span: "Span", before: int | None = None) -> list[str]:
    """Full names of the people named in ``span`` (before token ``before``), in order: PERSON entities and
    a key person's first name or surname the tagger took for something else ("Julia" as a place)."""
    names: list[str] = []
    for t in span:
        if before is not None and t.i >= before:
            break
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            ent = next(e for e in span.ents if e.start == t.i)
            name = ctx.person_word.get(ent.text) or ctx.expand(ent.text)
        elif t.ent_type_ != "PERSON" and t.pos_ == "PROPN" and t.text in ctx.person_word:
            name = ctx.person_word[t.text]
        else:
            continue
        name = next((a for a in ctx.people if name.endswith(" " + a) or a.endswith(" " + name)), name)
        if name not in names:
            names.append(name)
    return names


def _speaker_pair(ctx: _Context, n: int, speaker: str) -> str | None:
    """ "A and B" for a quoted "we" when the quote's sentence or the two before it speak of "the pair" (or
    "the couple", "the duo") as two named people, the speaker one of them, and name no one else."""
    pair: list[str] | None = None
    people: set[str] = set()
    for k in range(max(0, n - 2), n + 1):
        span = ctx.sents[k][2]
        people |= set(_people_in(ctx, span))
        for t in span:
            if _pair_noun(t):
                # the two: named before "the pair" in its sentence, or in the sentence before
                found = (_people_in(ctx, ctx.sents[k - 1][2]) if k > 0 else []) + _people_in(ctx, span, t.i)
                found = list(dict.fromkeys(found))
                if len(found) != 2 or (pair is not None and set(pair) != set(found)):
                    return None
                pair = found
    if pair is None or speaker not in pair or not people <= set(pair):
        return None  # the speaker is not one of the two, or someone else is in view ("we" may be them)
    order = {p: k for k, p in enumerate(ctx.people)}  # the key actors' order: the story's main person first
    pair.sort(key=lambda p: order.get(p, len(order)))
    return f"{pair[0]} and {pair[1]}"

REMEDY_NOUNS = {"way", "policy", "solution", "answer", "option", "approach", "remedy", "priority", "step",
                "course", "strategy", "hope", "goal", "aim", "task", "challenge"}


def _prescribed(b: _Builder, be: "Token") -> str | None:
    """ "the best way is to V O" -> "Can O be V-ed?" (the course urged is still to be taken)."""
    s = _subject(be)
    if s is None or s.lemma_.lower() not in REMEDY_NOUNS or not any(c.lower_ == "the" for c in s.children):
        return None
    if not any(c.tag_ == "JJS" or c.lower_ in ("only", "best", "key", "main", "first") or
               any(a.lower_ == "most" for a in c.children) for c in s.children):
        return None
    act = next((c for c in be.children if c.dep_ in ("xcomp", "attr", "ccomp") and c.tag_ == "VB" and
                any(a.lower_ == "to" for a in c.children)), None)
    obj = next((c for c in act.children if c.dep_ == "dobj"), None) if act is not None else None
    if obj is None or obj.lower_ in PRONOUNS | FIRST_SECOND | DEMONSTRATIVE or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ not in ("aux", "dobj", "punct") for c in act.children):
        return None  # "to prevent X from Y", "to make X Y": more than an object to turn round
    form = participle(act.lemma_.lower())
    np = b.np_text(obj)
    if not form or not np or len(np.split()) > 16:
        return None
    return _finish([f"Can {np} be {form}"])

STAGE = re.compile(r"^the (?:last (?:eight|four|16|sixteen|32)|(?:quarter|semi)[- ]?finals?|"
                   r"(?:second|third|fourth|fifth) round|knockout stages?|play-?offs)$", re.I)


def _next_stage(b: _Builder, reach: "Token") -> str | None:
    """ "X reached the last eight at the Y Open" -> "Will X progress beyond the last eight at the Y Open?" """
    obj = next((c for c in reach.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    stage = " ".join(x.text for x in obj.subtree if x.i <= obj.i)
    if not STAGE.match(stage):
        return None
    s = _subject(reach)
    if s is None and reach.dep_ == "xcomp" and reach.head.pos_ in ("VERB", "AUX"):
        s = _subject(reach.head)  # "X became the fifth Spaniard to reach ...", "X went on to reach ..."
    elif s is None and reach.dep_ in ("acl", "relcl") and reach.head.dep_ in ("attr", "dobj"):
        s = _subject(reach.head.head)
    if s is None or (s.ent_type_ not in ("PERSON", "ORG") and s.lower_ not in ("he", "she", "they")):
        return None  # "the Swede": a description, not a name, would not stand alone
    who = b.resolve(s) if s.lower_ in PRONOUNS else None
    if s.lower_ in PRONOUNS and who is None:
        return None
    if who is None:
        # the name with its own adjectives ("unseeded Nico Castell"), not a coordination or an aside
        left = [x for x in s.subtree if x.i <= s.i]
        if any(x.dep_ in ("cc", "conj", "punct", "appos") or x.pos_ in ("DET", "PRON") for x in left):
            who = b.np_text(s, compact=True)
        else:
            who = b.render(left, lower_first=True)
    if not who:
        return None
    at = next((p for x in (reach, obj) for p in x.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "of")
               and len(list(p.subtree)) <= 6), None)
    where = b.render(list(at.subtree)) if at is not None else ""
    if where is None:
        return None
    where = " " + where if where else ""
    return _finish([f"Will {who} progress beyond {stage.lower()}{where}"])


def _obligation(ctx: _Context, b: _Builder, n: int, t: "Token") -> str | None:
    """ "we must (continue to work hard to) preserve X" -> "Will X be preserved?"; X may be the
    thing a "that's something we must ..." points back to: the last subject of the sentence before."""
    top, must = t, False
    for _ in range(4):
        must = any(a.dep_ == "aux" and a.lower_ == "must" for a in top.children)
        if must or top.dep_ not in ("xcomp", "advcl") or top.head.pos_ != "VERB":
            break
        top = top.head
    if not must or _is_negated(top) or _is_negated(t):
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is not None:
        who = _subject(top)
        if who is None or who.lower_ not in ("we", "i") or obj.lower_ in PRONOUNS | DEMONSTRATIVE or \
                obj.pos_ not in ("NOUN", "PROPN"):
            return None  # (a named subject's duty is asked by the future rule: "Will the government protect X?")
        thing = b.np_text(obj)
    else:
        holder = top.head if top.dep_ == "relcl" else None  # "something we must preserve"
        be = holder.head if holder is not None and holder.dep_ == "attr" else None
        pointer = _subject(be) if be is not None and be.lemma_ == "be" else None
        if pointer is None or pointer.lower_ not in ("that", "this") or n == 0 or \
                ctx.sents[n - 1][3] is not ctx.sents[n][3]:
            return None
        prev = ctx.sents[n - 1][2]
        subjects = [x for x in prev if x.dep_ in ("nsubj", "nsubjpass") and x.pos_ == "NOUN"]
        if not subjects:
            return None
        thing = b.np_text(subjects[-1])
    done = [participle(t.lemma_.lower())] + [participle(c.lower_) for c in t.children
                                             if c.dep_ == "conj" and c.lower_ in PRESERVE]
    if not thing or None in done:
        return None
    preps = [c for c in t.children if c.dep_ == "prep"]
    extra = b.render(sorted(preps[0].subtree, key=lambda x: x.i)) if len(preps) == 1 else ""
    if extra is None:
        return None
    return _finish(["Will", thing, "be", " and ".join(done), extra])  # "... be protected from illegal loggers?"


def _trigger(v: "Token") -> "Token | None":
    """The word that makes clause ``v`` an open matter ("determine", negated "say", "unclear")."""
    cur = v
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        lem = cur.lemma_.lower()
        if lem in OPEN_TRIGGERS:
            if lem == "see" and not any(a.lemma_ == "be" for a in cur.children) and cur.dep_ != "xcomp":
                return None
            if cur.tag_ == "VBG" and cur.dep_ in ("advcl", "prep", "acl"):
                return None  # "Depending on how much they borrow, members earn ...": a general rule, not an unknown
            return cur
        if lem in NEG_TRIGGERS and (_is_negated(cur) or (cur.dep_ == "acomp" and _is_negated(cur.head))):
            return cur
        if _no_word_of(cur):
            return cur if cur.pos_ == "NOUN" else cur.head  # "there is no information (showing) whether ..."
        if lem in ("be", "remain", "seem", "appear"):
            # "it is not clear whether ...", "it remains unclear why ..."
            for c in cur.children:
                if c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in OPEN_TRIGGERS or c.lower_ in UNKNOWN_ADJ):
                    return c
                if c.dep_ == "xcomp" and c.lemma_ == "see" and c.tag_ == "VBN" and \
                        any(a.dep_ == "auxpass" for a in c.children):
                    return c  # "it remains to be seen if ...": the clause hangs on "remains", the unknown is "to be seen"
                if c.dep_ == "acomp" and c.lemma_.lower() in NEG_TRIGGERS and _is_negated(cur):
                    return c
                if c.dep_ == "csubj" and c.lemma_ in ("be", "remain", "seem") and c.i < cur.i and any(
                        w.dep_ in ("nsubj", "attr") and w.lower_ == "what" for w in c.children):
                    # "what remains unclear is whether ...", "what is not clear is why ...": the unknown, fronted
                    for a in c.children:
                        if a.dep_ == "acomp" and (a.lower_ in UNKNOWN_ADJ or a.lemma_.lower() in NEG_TRIGGERS and
                                                  _is_negated(c)):
                            return a
        if cur.pos_ in ("VERB", "AUX") and lem in ("make", "take", "reach", "remain", "be") and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and c.lemma_.lower() in OPEN_TRIGGERS
                for c in cur.children):
            return cur  # "no decision has been made on whether ..."
        if cur.pos_ in ("VERB", "AUX") or (cur.pos_ == "ADJ" and lem not in ("much", "little")):
            if lem not in NEG_TRIGGERS:
                return None
    return None


NO_WORD_NOUNS = {"information", "evidence", "indication", "word", "sign", "record", "data"}


def _no_word_of(t: "Token") -> bool:
    """``t`` is "no information", "no evidence", "no indication" (or the "showing", "about" that hangs a clause on
    it): a clause under it is a stated unknown ("There is no public information showing whether the gift complied
    with the law")."""
    noun = t.head if (t.pos_ == "VERB" and t.dep_ == "acl" and t.lemma_ in ("show", "indicate", "suggest", "say")) or \
        (t.dep_ == "prep" and t.lower_ in ("about", "on", "as", "of")) else t
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in NO_WORD_NOUNS and \
        any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


def _raising(b: _Builder, x: "Token", s: "Token", past_tense: bool = False) -> str | None:
    """ "the delays seem to have stemmed from" -> "Did the delays stem from ...?" """
    aux = [a.lower_ for a in x.children if a.dep_ in ("aux", "auxpass") and a.lower_ != "to"]
    plural = _plural(s)
    if aux == ["have"] and x.tag_ == "VBN":
        return b.question(x, subj=s, front="did", verb_text=x.lemma_.lower(), drop_aux=True)
    if aux == ["be"] and x.tag_ == "VBG":
        return b.question(x, subj=s, front=agree("is", plural), drop_aux=True)
    if aux == ["have", "been"]:
        return b.question(x, subj=s, front=agree("was", plural), drop_aux=True)
    if not aux and x.lemma_ == "be":
        return b.question(x, subj=s, front=agree("was" if past_tense else "is", plural), verb_text="", drop_aux=True)
    if not aux and x.tag_ == "VB":
        return b.question(x, subj=s, front="did" if past_tense else agree("does", plural),
                          verb_text=x.lemma_.lower(), drop_aux=True)
    return None


def _denied(b: _Builder, x: "Token", s: "Token") -> str | None:
    """ "X denied being leant on" -> "Was X leant on?"; "X denied taking" -> "Did X take?" """
    plural = _plural(s)
    if x.lower_ == "being":
        return b.question(x, subj=s, front=agree("was", plural), verb_text="", drop_aux=True)
    if x.tag_ == "VBN" and any(a.lower_ == "being" for a in x.children):
        return b.question(x, subj=s, front=agree("was", plural), drop_aux=True)
    if x.tag_ == "VBG":
        return b.question(x, subj=s, front="did", verb_text=x.lemma_.lower(), drop_aux=True)
    return None


def _contested_next(ctx: _Context, n: int) -> bool:
    """The next sentence pushes back ("did not suggest this", "denied")."""
    if n + 1 >= len(ctx.sents):
        return False
    nxt = ctx.sents[n + 1][2]
    return any(t.lemma_.lower() in DISPUTE_WORDS for t in nxt) or any(
        t.dep_ == "neg" and t.head.dep_ == "ROOT" for t in nxt)


def _pushed_back(ctx: _Context, n: int) -> bool:
    """The next sentence opens on a contrast and pushes back ("However, he could not explain why ..."): what
    sentence ``n`` states is put in doubt there, not merely followed by another party's dispute."""
    if n + 1 >= len(ctx.sents):
        return False
    first = next((t for t in ctx.sents[n + 1][2] if not t.is_space and not t.is_punct), None)
    return first is not None and first.lower_ in ("however", "but", "yet") and _contested_next(ctx, n)


# --------------------------------------------------------------------------- selection

def _content(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 2}


def _stems(s: str, names: bool = False) -> set[str]:
    """Content-word stems of a question without its attribution, leaving out names (capitalised
    words after the first); with ``names``, the stems of those names alone."""
    words = _bare(s).split()[1:]  # who said it is not what is asked
    return {w[:5] for w in _content(" ".join(w for w in words if w[:1].isupper() == names))}


def _same(a: str, b: str) -> bool:
    """Two questions asking the same thing: most of the shorter one's content words recur."""
    ca, cb = _stems(a), _stems(b)
    if not ca or not cb:
        return a.lower() == b.lower()
    inter = len(ca & cb)
    return inter / len(ca | cb) >= 0.35 or (inter >= 4 and inter / min(len(ca), len(cb)) >= 0.5)


def _overlaps(a: str, b: str) -> bool:
    """Two questions from one sentence about one matter: half the shorter one's content words (names
    included) recur in the other ("Could X face jail if he fails to pay?" / "Will X fail to pay?")."""
    ca, cb = _content(_bare(a)), _content(_bare(b))
    return bool(ca and cb) and len(ca & cb) >= 0.5 * min(len(ca), len(cb))


def _specific(q: str) -> int:
    """How many names (capitalised words after the first) a question carries, up to 4, its attribution left out."""
    q = _bare(q)
    return min(4, sum(1 for w in q.split()[1:] if w[:1].isupper() and w.strip("?,.\"“”'’").isalpha()))


YES_NO = re.compile(r"^(?:Will|Would|Could|Can|May|Might|Must|Should|Is|Are|Was|Were|Do|Does|Did|Has|Have|Had)\b")
SETTLED = re.compile(r"\b(?:convicted|found guilty|pleaded guilty|admitted|jailed|sentenced to|was cleared|were cleared)\b",
                     re.I)
UNSETTLED = re.compile(r"\b(?:will|would|could|may|might|can|should|must|if|whether|unlikely|"
                       r"likely|expected|hope|hopes|plans?|wants?|says?|said|claims?|believes?|thinks?)\b|[?“”\"‘]|"
                       r"(?:^|\s)'\w", re.I)
CENTRAL_BONUS = 0.15  # a question about one of the story's two main actors
LEAD_BONUS = 0.0  # a matter raised in the first three sentences (0: the lead restates what the body asks better)


def _bare(q: str) -> str:
    """The question without its attribution (", as X says")."""
    return re.sub(r", (?:as|according to) [^?]*\?$", "?", q)


def _answered_later(ctx: _Context, c: Candidate) -> bool:
    """A later sentence states the answer to a yes/no question as plain fact, yes or no: it carries nearly
    all the question's content words and no modal, attribution or hedge ("Will X sign the deal?" … "X
    signed the deal on Monday"; "Was the boy attacked by the dogs?" … "The dogs did not attack the boy").
    A question of fewer than three plain words counts its names too, and the sentence must carry them."""
    if not YES_NO.match(c.text) or c.kind.startswith("open:"):
        return False
    words = _stems(c.text)
    names = _stems(c.text, names=True)  # a question mostly of names is answered only by one naming them too
    if not words or len(words | names) < 3:
        return False
    for m in range(c.sent_index + 1, len(ctx.sents)):
        text = ctx.sents[m][2].text
        if UNSETTLED.search(text):
            continue
        have = {w[:5] for w in _content(text)} | {t.lemma_.lower()[:5] for t in ctx.sents[m][2]}
        if len(words & have) >= 0.8 * len(words) and (len(words) >= 3 or len(names & have) >= 0.8 * len(names)):
            return True
    return False


def _settled(ctx: _Context, c: Candidate) -> bool:
    """A claim or denial about someone the article reports convicted, or who admitted it: "Did X abuse
    the child?" when "X was convicted of abuse"."""
    if c.kind not in ("deny", "claim", "opinion", "raise", "future") or not re.match(r"(?:Did|Was|Were|Had|Has)\b", c.text):
        return False
    names = {w.strip("?,.'’s") for w in _bare(c.text).split()[1:] if w[:1].isupper()}
    names = {w for w in names if len(w) > 2}
    return bool(names) and any(SETTLED.search(sp.text) and any(re.search(r"\b" + re.escape(w) + r"\b", sp.text)
                                                              for w in names) for _, _, sp, _ in ctx.sents)


AHEAD = re.compile(r"\b(?:now|coming|next|future|soon|later|tomorrow|decades?|years?|months?|weeks?|by (?:19|20)\d\d|"
                   r"in (?:19|20)\d\d|until|before|after)\b", re.I)


def _disputed_near(ctx: _Context, n: int) -> bool:
    """The sentence or the next one disputes something ("denied", "unfounded", "rejected")."""
    return any(t.lemma_.lower() in DISPUTE_WORDS for m in (n, n + 1) if m < len(ctx.sents) for t in ctx.sents[m][2])


def _echo(ctx: _Context, c: Candidate) -> bool:
    """A yes/no question that only restates a statement the article does not mark as open: the reporter's
    impression of a state ("Is X the hardest thing?" from "X seems to be the hardest thing") or the reporter's
    own hedge with nothing ahead in time ("Will X be lost in the transcript?" from "X may be lost ...").
    A denial or dispute nearby keeps it: then the matter is open."""
    if not YES_NO.match(c.text) or _disputed_near(ctx, c.sent_index):
        return False
    attributed = bool(re.search(r", (?:as|according to) ", c.text))
    sent = ctx.sents[c.sent_index][2].text
    if c.kind == "raise" and not c.text.startswith("Will") and not attributed:
        return True
    # "may"/"might" asked as "Will ...?": the reporter's own hedge about a present state ("could" is kept:
    # "Could X have the unintended consequence of ...?" is a warned consequence)
    return c.kind == "modal" and c.text.startswith("Will ") and not attributed and not AHEAD.search(sent)


FINDINGS = {"poll", "survey", "study", "research", "report", "figures", "data", "analysis", "index", "census",
            "findings", "statistics", "questionnaire"}
FINDING_ECHO = re.compile(r", as (?:\S+ ){0,6}(?:" + "|".join(sorted(FINDINGS)) +
                          r")s?\b(?: \S+){0,4} (?:says?|suggests?|shows?|finds?|found|reveals?|indicates?)\?$")
FIGURE = re.compile(r"\d\s*%|[£$€]\s*\d|\d(?:\.\d+)?\s*(?:m|bn|million|billion|per cent|percent)\b|"
                    r"\b(?:half|third|quarter|majority|minority)\b|"
                    r"\b(?:one|two|three|four|five|ten|\d+) (?:to|in|out of) (?:one|two|three|four|five|ten|\d+)\b")


def _finding_echo(c: Candidate) -> bool:
    """A figure a poll, survey or report found, asked back as if open ("Will 45% of voters reject it, as the
    poll suggests?", "Are new viruses appearing at 200 a week, as research shows?"): the finding is stated.
    A forecast the document makes ("..., as the report predicts?") stays a question."""
    bare = _bare(c.text)
    return bool(FINDING_ECHO.search(c.text)) and bool(FIGURE.search(bare)) and not AHEAD.search(bare)


#: the verbs of a reply given to a question put to someone ("shook her head and said 'No'", "responded: 'Absolutely'")
ANSWER_VERBS = {"say", "respond", "reply", "answer", "retort", "tell", "insist", "add", "shake", "nod", "confirm",
                "acknowledge", "admit"}
#: a reply that leaves the matter open: "said he did not know", "would not say", "could not comment"
NO_ANSWER = {"know", "sure", "certain", "say", "comment", "speculate", "clear", "decide", "answer"}


def _asked_and_answered(ctx: _Context, c: Candidate) -> bool:
    """The question was put to someone and the same sentence gives the reply: "Asked whether Tom Hale would stand,
    Ann Lee shook her head and said 'No'", "Hale said 'Roads, roads, roads' when asked what the plan would fund",
    "Asked whether X is fit to lead, 60 percent said yes". The reply settles it; one that declines ("declined to
    comment") or does not know ("said she did not know") leaves it open."""
    words = _stems(c.text)
    if len(words) < 2:
        return False
    for ask in ctx.sents[c.sent_index][2]:
        if ask.lemma_.lower() != "ask" or ask.dep_ != "advcl" or ask.tag_ not in ("VBN", "VBD"):
            continue
        inside = list(ask.subtree)
        if not any((x.dep_ == "mark" and x.lower_ in ("whether", "if")) or x.tag_ in ("WP", "WRB", "WDT")
                   for x in inside):
            continue
        asked = {x.lemma_.lower()[:5] for x in inside} | {x.lower_[:5] for x in inside}
        if len(words & asked) < 0.6 * len(words):
            continue  # the question is about something else in the sentence
        reply = ask.head
        verbs = [reply] + [x for x in reply.children if x.dep_ == "conj" and x.pos_ == "VERB"]
        own = {x.i for x in inside}
        if any(v.lemma_.lower() in ANSWER_VERBS and not _is_negated(v) and
               not any(x.lemma_.lower() in NO_ANSWER and _is_negated(x) for x in v.subtree if x.i not in own)
               for v in verbs):
            return True
    return False


QUOTE_OPEN = re.compile(r"^\s*(?:[“\"‘]|'')")
#: a reply that gives no answer, told in the reporter's words ("declined to say", "demurred", "avoided an answer")
NON_REPLY = re.compile(r"\b(?:declin\w*|refus\w*|demurr?\w*|avoid\w*|sidestep\w*|dodg\w*|evad\w*|would not say|"
                       r"wouldn't say|did not (?:say|answer|respond)|no comment)\b", re.I)


def _put_and_replied(ctx: _Context, c: Candidate) -> bool:
    """The question was put to someone in the story ("a reporter asked if X meant Y", "when asked whether he would
    stand, ...") and the reply follows as a quote, in the same sentence after the asking or opening the next one
    ("''You know, when I said ...''"): an exchange the story reports, answered there. A yes/no question only when it
    names one of the story's people (their own doing, which their reply settles; not "Would the party hold the
    House?"). A reply the story calls no answer ("declined to say", "demurred") or one that does not know leaves it
    open."""
    words = _stems(c.text)
    if len(words) < 2:
        return False
    if YES_NO.match(c.text):  # a yes or no of someone's own doing the reply settles; not an election's outcome
        people = {w for a in ctx.referents if a.type == "person" for w in a.name.split() if len(w) > 2} | \
            {w for e in ctx.sents[c.sent_index][2].ents if e.label_ == "PERSON" for w in e.text.split() if len(w) > 2}
        if not any(re.search(r"\b" + re.escape(w) + r"\b", c.text) for w in people):
            return False
    n = c.sent_index
    sent = ctx.sents[n][2]
    for ask in sent:
        if ask.lemma_.lower() != "ask" or ask.tag_ not in ("VBN", "VBD"):
            continue
        inside = [x for x in ask.subtree if x.i != ask.i]
        if not any((x.dep_ == "mark" and x.lower_ in ("whether", "if")) or x.tag_ in ("WP", "WRB", "WDT")
                   for x in inside):
            continue
        asked = {x.lemma_.lower()[:5] for x in inside} | {x.lower_[:5] for x in inside}
        if len(words & asked) < 0.6 * len(words):
            continue  # the question is about something else in the sentence
        last = max(x.i for x in ask.subtree)
        same = any(x.is_quote or x.text in ("''", "“", "”") for x in sent if x.i > last)  # the reply after the asking
        nxt = ctx.sents[n + 1][2].text if n + 1 < len(ctx.sents) else ""
        replies = [sent.text] if same else [nxt] if QUOTE_OPEN.match(nxt) else []
        if not replies:
            continue
        if any(NON_REPLY.search(r) or re.search(r"\b(?:not|n't) (?:know|sure|certain)\b", r) for r in [sent.text] + replies):
            continue
        return True
    return False


#: the article's answer to its own question left open ("No one knows.", "That remains to be seen.")
STILL_OPEN = re.compile(r"\b(?:no one|nobody|unclear|uncertain|unknown|remains? to be seen|time will tell|"
                        r"(?:not|n't) (?:know|clear|certain|sure)|hard to say|impossible to say)\b", re.I)


WH_OPENING = re.compile(r"(?:(?:So|But|And|Then|Now),?\s+)?(?i:who|what|where|when|why|how|which)\b")


def _own_question_answered(ctx: _Context, c: Candidate) -> bool:
    """The article asks a wh-question of its own, a sentence by itself ending its paragraph, a device whose next
    paragraph answers it ("So who runs the harbour board these days?" … "Mostly a retired captain and two clerks."):
    the next sentence a statement, not another question and not one that leaves it open ("No one knows"). A
    question closing a sentence of other words ("... - what can come next for them?") stays asked."""
    if c.kind != "open:own-question" or YES_NO.match(c.text):
        return False
    n = c.sent_index
    if n + 1 >= len(ctx.sents):
        return False
    if ctx.sents[n + 1][3] is ctx.sents[n][3] or not WH_OPENING.match(ctx.sents[n][2].text.strip()):
        return False  # not a question of its own ending its paragraph
    nxt = ctx.sents[n + 1][2].text.strip()
    return not nxt.rstrip("'\"’” ").endswith("?") and not STILL_OPEN.search(nxt)


#: nouns holding an expectation ("speculation that X would ...", "in hopes the count would ...")
EXPECT_NOUNS = {"speculation", "hope", "expectation", "rumour", "rumor", "fear", "prediction", "belief"}
#: verbs that keep such an expectation live ("fuelled speculation that", "refused to comment on speculation that")
LIVE_EXPECT = {"fuel", "spark", "prompt", "raise", "stoke", "feed", "intensify", "add", "comment", "deny", "dismiss",
               "reject", "address", "confirm", "quash", "play", "downplay", "grow", "mount", "remain", "be"}


def _past_expectation(ctx: _Context, c: Candidate) -> bool:
    """A "Would X ...?" asked from an expectation the story tells in its past ("The offer follows speculation that
    Acme would make an offer", "some stayed away in hopes the count would fall short"): the main
    clause tells what came of it, so the past future is no open question. Not a "whether"/"if" clause, nor an
    expectation something keeps live ("fuelled speculation that", "declined to comment on speculation that")."""
    if not c.text.startswith("Would ") or c.sent_index >= len(ctx.sents):
        return False
    words = set(re.findall(r"[a-z]+", c.text.lower()))
    for t in ctx.sents[c.sent_index][2]:
        v = t.head
        if t.lower_ != "would" or t.dep_ != "aux" or v.dep_ not in ("acl", "ccomp") or v.head.pos_ != "NOUN" or \
                v.head.lemma_.lower() not in EXPECT_NOUNS or v.lower_ not in words:
            continue
        if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in v.children):
            continue
        if any(a.lemma_.lower() in LIVE_EXPECT for a in v.head.ancestors):
            continue
        return True
    return False


def _dropped(ctx: _Context, c: Candidate) -> bool:
    """The article answers ``c`` later or on the spot (:func:`_asked_and_answered`), restates it as settled, or ``c``
    only echoes a statement or a finding, or asks back a past expectation (:func:`_past_expectation`)."""
    return _answered_later(ctx, c) or _asked_and_answered(ctx, c) or _put_and_replied(ctx, c) or \
        _own_question_answered(ctx, c) or _settled(ctx, c) or _echo(ctx, c) or _finding_echo(c) or \
        _past_expectation(ctx, c)


def rank(ctx: _Context, cands: list[Candidate]) -> list[Candidate]:
    """Candidates worth asking, with their scores raised for central matters: those the article
    answers later, that restate a settled claim, or that only echo a statement (:func:`_echo`) are dropped; a question about one of the story's
    two main actors, or raised in its lead, gains a little."""
    main = {w for a in ctx.referents[:2] for w in clean_name(a.name).split() if w[:1].isupper() and len(w) > 2}
    out = []
    for c in cands:
        if _dropped(ctx, c):
            continue
        bonus = (CENTRAL_BONUS if any(re.search(r"\b" + re.escape(w) + r"\b", _bare(c.text)) for w in main) else 0) + \
            (LEAD_BONUS if c.sent_index <= 2 else 0)
        out.append(Candidate(c.text, round(c.score + bonus, 2), c.start, c.end, c.sent_index, c.kind, c.fallback))
    return out


PER_SENTENCE = 2  # a sentence may raise two distinct matters of one kind ("X within a decade, and Y within 30 years")


def select(cands: list[Candidate], keys: dict[str, _MatterKey | None] | None = None,
           fill_ok: Callable[[str], bool] | None = None) -> list[Candidate]:
    """The strongest distinct candidates (at most :data:`PER_SENTENCE` from one sentence, the best
    of each sentence first), in article order. One question per matter: a candidate on the same matter
    as a better-ranked one already chosen (:func:`_same_matter` on ``keys``, the parsed questions'
    :class:`_MatterKey`) is left out; of two equally strong ones the earlier, then the shorter, stays.
    A weaker candidate filling a slot up to :data:`MIN_QUESTIONS` must also pass ``fill_ok``."""
    keys = keys or {}
    by_sent: dict[int, list[Candidate]] = {}
    for c in sorted(cands, key=lambda c: (-c.score, len(c.text))):
        by_sent.setdefault(c.sent_index, []).append(c)
    # equal scores: the question naming more of the story's people, places and bodies stands alone better
    ranked = sorted((c for group in by_sent.values() for c in group),
                    key=lambda c: (c is not by_sent[c.sent_index][0], -c.score, -_specific(c.text), c.sent_index))
    chosen: list[Candidate] = []
    for c in ranked:
        if len(chosen) >= MAX_QUESTIONS:
            break
        if c.score < KEEP_SCORE and (len(chosen) >= MIN_QUESTIONS or c.score < FILL_SCORE or
                                     (fill_ok is not None and not fill_ok(c.text))):
            continue
        same_sent = [o for o in chosen if o.sent_index == c.sent_index]
        if len(same_sent) >= PER_SENTENCE or any(_overlaps(c.text, o.text) or o.kind != c.kind for o in same_sent):
            continue
        if any((_same(c.text, o.text) and not _two_holders(c, o)) or _one_matter(c, o) for o in chosen):
            continue
        if any(_one_call(keys.get(c.text), keys.get(o.text), c.text, o.text) for o in chosen):
            continue
        twin = next((o for o in chosen if _same_matter(keys.get(c.text), keys.get(o.text))), None)
        if twin is not None:
            if c.score == twin.score and (c.sent_index, len(c.text.split())) < (twin.sent_index, len(twin.text.split())):
                chosen[chosen.index(twin)] = c  # equally strong: the earlier, then the shorter, asks it more cleanly
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start, c.text))


URGED_BY = re.compile(r", as (?:[\w'’.-]+ )*?([\w'’.-]+) (?:urges|urge|insists|insist)\?$")


def _one_call(a: _MatterKey | None, b: _MatterKey | None, qa: str, qb: str) -> bool:
    """Two calls by one person on one party ("Will heads of government have a greater say, as X urges?" / "Will heads
    of government play a larger role, as X urges?"): one demand in two wordings, whatever the verbs."""
    ma, mb = URGED_BY.search(qa), URGED_BY.search(qb)
    return a is not None and b is not None and ma is not None and mb is not None and \
        ma.group(1) == mb.group(1) and (bool(a.owners & b.owners) or (a.head == b.head and bool(a.objects & b.objects)))


def _two_holders(a: Candidate, b: Candidate) -> bool:
    """Two leads held by different people ("Can Tom Hale hold onto his lead in the polls in Ohio?" / "Can Ann Lee
    hold onto her lead in the polls in Iowa?"): the shared template words make them look alike, but each is its own race."""
    return a.kind == b.kind == "open:lead" and a.text.split(" hold onto ")[0] != b.text.split(" hold onto ")[0]


DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|"
                 r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))\b")


def _one_matter(a: Candidate, b: Candidate) -> bool:
    """Two questions about one matter in other words: two steps set for the same day ("Will X be confirmed as
    manager on Friday?" / "Will an announcement be made on Friday?"), or two denials sharing two content words
    ("Were the security services involved?" / "Did the security services play any improper role?")."""
    if a.kind.startswith("open:scheduled") and b.kind.startswith("open:scheduled"):
        return bool(set(DAY.findall(a.text)) & set(DAY.findall(b.text)))
    if a.kind == b.kind == "deny":
        return len(_stems(a.text) & _stems(b.text)) >= 2
    prize_a, prize_b = _prize(a.text), _prize(b.text)
    return bool(prize_a & prize_b)  # "Will Ann Lee win the Harbour Prize?" / "Will the book win the Harbour?"


def _prize(q: str) -> set[str]:
    """The names in what a "Will X win ...?" question asks X to win ("the main Harbour Prize" -> {Harbour, Prize})."""
    m = re.match(r"(?:Will|Can|Could) .+? win (.+)\?$", _bare(q))
    return {w for w in re.findall(r"\b[A-Z][\w'’-]+", m.group(1)) if w not in ("The", "A", "An")} if m else set()


# verbs that ask about one matter in other words: the same owner winning, taking part, moving on, deciding
HEAD_CLASSES = (
    frozenset("win beat defeat conquer climb summit clinch lift retain triumph overcome topple".split()),
    frozenset("play compete feature participate start withdraw pull miss skip stay sit return recover".split()),
    frozenset("join leave quit replace succeed move sign switch head resign stay depart".split()),
)
LIGHT_HEADS = frozenset("be have do get make take go come give put see say tell face need want".split())
VAGUE_OBJECTS = frozenset("year month week day time season thing way end part lot number people one".split()) | \
    lex.MONTHS | lex.WEEKDAYS


@dataclass(frozen=True)
class _MatterKey:
    """What a question is about: its owners (the surnames or head noun of its subject), its head (the
    main verb's lemma) and the nouns of the first phrase after the head (its object or complement)."""

    owners: frozenset[str]
    head: str
    objects: frozenset[str]


def _matter_key(doc) -> _MatterKey | None:
    """The matter a parsed question asks about, or None when it has no clear head. The head is the first
    verb after the opener (or a word of :data:`HEAD_CLASSES`: the small model tags some verbs as nouns);
    the owners are the last word of each name before it ("Ann Lee's son Tom Hale" -> Lee, Hale), else its
    subject noun; a pronoun owner gives no owner."""
    toks = _asked_part(doc, ("as", "according"))  # the attribution is not the matter
    head = next((t for t in toks[1:] if not t.text[:1].isupper() and t.pos_ != "AUX" and
                 t.dep_ not in ("compound", "amod") and
                 (t.pos_ == "VERB" or any(t.lemma_.lower() in c or t.lower_ in c for c in HEAD_CLASSES))), None)
    if head is None:
        return None
    lemma = head.lemma_.lower() if head.pos_ == "VERB" else head.lower_
    before = [t for t in toks[1:] if t.i < head.i]
    owners: set[str] = set()
    for i, t in enumerate(before):
        nxt = before[i + 1] if i + 1 < len(before) else None
        if t.pos_ == "PROPN" and t.text[:1].isupper() and (nxt is None or nxt.pos_ != "PROPN"):
            owners.add(t.text.strip("'’").lower())
    nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN")]
    if nouns and nouns[-1].pos_ == "NOUN" and not any(t.lower_ in PRONOUNS for t in before):
        owners.add(nouns[-1].lemma_.lower())  # "Ann Lee's firm": the firm too
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subj is not None and subj.lemma_.lower() not in VAGUE_OBJECTS:
        # the subject's own head noun: "the contracts for the fight in Las Vegas in ten days" and "the contracts for
        # the bout next week" are both the contracts, whatever trails after them
        owners.add(subj.lemma_.lower())
    objects: set[str] = set()
    for t in (t for t in toks if t.i > head.i):
        if objects and (t.pos_ in ("ADP", "SCONJ", "CCONJ", "VERB") or t.is_punct):
            break  # the first phrase only: "win the title in Paris" is about the title
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in VAGUE_OBJECTS and len(t.text) > 1:
            objects.add(t.lemma_.lower())
    return _MatterKey(frozenset(owners), lemma, frozenset(objects))


def _same_matter(a: _MatterKey | None, b: _MatterKey | None) -> bool:
    """Two questions about one matter of one owner ("Will Tom Hale climb the peak?" / "Will Ann Lee's son Tom
    Hale conquer the peak himself?"; "Could Ann Lee play?" / "Will Ann Lee pull out of the open?"): they
    share an owner and either their heads are one verb, or verbs of one class of :data:`HEAD_CLASSES`, or
    they name the same object. One verb with two different objects is two matters ("Will X sign Y?" /
    "Will X sign Z?"), as are two unrelated heads of one owner ("Will X win the title?" / "Will X sign a
    new contract?"). Light verbs (be, have, take, ...) never make a matter alone."""
    if a is not None and b is not None and a.head == b.head and a.head in HEAD_CLASSES[0] and a.objects & b.objects:
        return True  # "Will Ann Lee win the Whitbread prize?" / "Will the book win the Whitbread?": one prize, one matter
    if a is None or b is None or not (a.owners & b.owners):
        return False
    if a.head in LIGHT_HEADS or b.head in LIGHT_HEADS:
        return False
    if a.head == b.head:
        return not (a.objects and b.objects) or bool(a.objects & b.objects)
    if any(a.head in c and b.head in c for c in HEAD_CLASSES):
        return True
    return bool(a.objects & b.objects)


MIN_GOOD = 2  # the fallback tops an article up to this many questions
LOW_SCORE = 1.3  # a weaker candidate the fallback may take when it is about one of the story's main actors
RESPONSE_NOUNS = {"criticise": "criticism", "criticize": "criticism", "accuse": "accusations", "blast": "attack",
                  "attack": "attack", "slam": "attack", "condemn": "condemnation", "sue": "lawsuit",
                  "challenge": "challenge", "threaten": "threat", "hit": "attack", "target": "attack",
                  "rebuke": "rebuke", "censure": "censure", "fine": "fine", "ban": "ban", "sack": "sacking"}
REPLY_VERBS = {"respond", "reply", "deny", "dismiss", "reject", "retort", "counter", "rebut"}


def _main_names(ctx: _Context) -> list[tuple[str, set[str]]]:
    """The story's two main actors: (full name, the words that name them)."""
    out = []
    for a in ctx.referents[:2]:
        name = clean_name(a.name)
        words = {w for w in name.split() if w[:1].isupper() and len(w) > 2}
        if words:
            out.append((name, words))
    return out


def _response_fallback(ctx: _Context) -> list[Candidate]:
    """The main actor's pending reply to an attack the lead reports and the article does not answer:
    "A new ad hits the senator for skipping the debate" -> "How will Tom Hale respond to the new ad?";
    "The union accused the minister of ..." -> "How will Tom Hale respond to the accusations from the union?"."""
    out: list[Candidate] = []
    main = _main_names(ctx)
    for n in range(min(5, len(ctx.sents))):
        start, end, sent, pp = ctx.sents[n]
        b = _Builder(ctx, sent, pp.offset)
        for t in sent:
            noun = RESPONSE_NOUNS.get(t.lemma_.lower())
            if noun is None or t.pos_ != "VERB" or _is_negated(t) or any(a.dep_ == "appos" for a in t.ancestors) or \
                    (t.dep_ != "acl" and _subject(t) is None and t.dep_ != "advcl") or \
                    t.dep_ not in ("ROOT", "ccomp", "conj", "acl", "advcl") or (t.dep_ == "advcl" and t.tag_ != "VBG"):
                continue
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            target = b.resolve(obj) if obj.lower_ in PRONOUNS else obj.text if obj.pos_ == "PROPN" else None
            actor = next((name for name, words in main if target and any(w in words for w in target.split())), None)
            if actor is None:
                continue
            surname = actor.split()[-1]
            if any(surname in sp.text and any(x.lemma_.lower() in REPLY_VERBS and x.pos_ == "VERB" and
                                              (_subject(x) is not None and _subject(x).text in actor.split())
                                              for x in sp) for _, _, sp, _ in ctx.sents[n + 1:]):
                continue  # the article gives the reply
            if t.dep_ == "acl":
                thing = b.np_text(t.head, compact=True)  # "a new ad hitting him": the ad is the attack
                q = f"How will {actor} respond to {thing}?" if thing else None
            else:
                who = _subject(t) if t.dep_ != "advcl" else _subject(t.head)  # "is out with an ad hitting him"
                name = b.np_text(who, compact=True) if who is not None and who.lower_ not in PRONOUNS | \
                    FIRST_SECOND | {"who", "which", "that", "whom"} else None
                q = f"How will {actor} respond to the {noun} from {name}?" if name else None
            if q and len(q.split()) <= 18:
                q = re.sub(r" to (?:a|an) ", " to the ", q)
                out.append(Candidate(q, FILL_SCORE, start, end, n, "open:response"))
    return out


LEAD_REACH = 2  # the lead: the first two sentences of the body
BARE_PRONOUN_Q = re.compile(r"\b(?:he|him|his|she|her|they|them|their|it|its)\b", re.I)
# a step announced but not yet taken, and how its outcome is asked: "plans to" -> "go ahead", "offers to" -> accepted
STEP_VERBS = {"plan": "plan", "propose": "proposal", "intend": "plan", "offer": "offer", "threaten": "threat"}
STEP_OUTCOME = {"plan": "go ahead", "proposal": "be accepted", "offer": "be accepted", "threat": "be carried out"}
# a proposal noun the lead's subject makes, puts forward or launches, and how its outcome is asked
MATTER_NOUNS = {"bid": "succeed", "attempt": "succeed", "campaign": "succeed", "appeal": "succeed",
                "challenge": "succeed", "lawsuit": "succeed", "offer": "be accepted", "proposal": "be accepted",
                "plan": "go ahead", "scheme": "go ahead", "initiative": "work"}
MATTER_MADE = {"make", "table", "submit", "lodge", "launch", "put", "present", "file", "unveil", "announce",
               "propose", "outline", "mount", "bring", "set", "draw"}


def _open_head(v: "Token") -> bool:
    """``v`` is still under way, not told as done: present ("seeks", "is trying"), perfect progressive, future
    or an infinitive under such a verb; not negated, not a past "tried to" (its outcome may be told)."""
    if _is_negated(v):
        return False
    auxes = [a.lower_ for a in v.children if a.dep_ in ("aux", "auxpass")]
    if v.tag_ in ("VBZ", "VBP"):
        return True
    if v.tag_ == "VBG":
        return any(a in ("is", "are", "'s", "'re", "been", "am") for a in auxes) or v.dep_ == "advcl"
    if v.tag_ == "VB":
        perfect = v.head.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in v.head.children if a.dep_ == "aux")
        return any(a in ("will", "'ll", "to") for a in auxes) and (
            "to" not in auxes or v.head.i == v.i or _open_head(v.head) or v.head.tag_ in ("VBZ", "VBP", "VBG") or
            perfect)  # ("has written to the minister to offer to buy X": the offer is still to be answered)
    if v.tag_ == "VBN":
        return any(a in ("has", "have", "'s", "'ve") for a in auxes) and v.lemma_.lower() in MATTER_MADE
    return False


def _step_subject(v: "Token") -> "Token | None":
    """Who takes the step ``v``: its subject, or its governing verb's; the noun a relative clause hangs on
    ("Acme, the firm that is trying to ..." -> Acme)."""
    s = _subject(v)
    while s is None and v.dep_ in ("xcomp", "advcl", "conj") and v.head.i != v.i:
        v = v.head
        s = _subject(v) if v.pos_ in ("VERB", "AUX") else None
    if s is not None and s.lower_ in ("that", "which", "who") and v.dep_ == "relcl":
        s = v.head
        if s.dep_ == "appos" and s.head.pos_ == "PROPN":
            s = s.head  # "Acme, the firm that ...": the name
    return s


def _lead_matter_owner(b: _Builder, v: "Token") -> str | None:
    """The named owner of the step ``v`` (:func:`_step_subject`): a name the reader knows."""
    s = _step_subject(v)
    if s is None or s.lower_ in FIRST_SECOND:
        return None
    from .open_matters import _name
    who = _name(b, s)
    if not who or len(who.split()) > 8 or BARE_PRONOUN_Q.search(who):
        return None
    if not any(w[:1].isupper() for w in who.split()):
        return None  # "the company": whose step it is the reader is not told by name
    return who


def _plain_name(who: str) -> bool:
    """``who`` is a name, short enough to take a possessive ("Acme's plan"), not a description ("the creator
    of the soap Lee Street's plan")."""
    words = who.split()
    return len(words) <= 4 and all(w[:1].isupper() or w == "the" and i == 0 for i, w in enumerate(words))


def _step_tail(b: _Builder, v: "Token") -> str | None:
    """What follows the verb of the step ``v`` ("to buy its rival Lee Holdings" -> "its rival Lee Holdings"): a
    possessive is the owner's own; any other pronoun, a cut or a long tail gives nothing."""
    cut = {y.i for c in v.children if c.dep_ in ("conj", "cc") for y in c.subtree}  # "boosting trade and powering ..."
    rest = [x for x in v.subtree if x.i > v.i and x.i not in cut]
    if not rest or any(x.dep_ in ("ccomp", "advcl", "relcl") or x.text in ("-", "–", "—", ";", ":") for x in rest) or \
            rest[0].lower_ in ("being", "having"):
        return None  # ("escape being watched by X": a gerund object reads badly once asked)
    tail = b.render(rest, overrides={x.i: x.text for x in rest if x.tag_ == "PRP$"})
    if not tail or len(tail.split()) > 10 or re.search(r"\b(?:he|him|she|they|them|it)\b", tail, re.I):
        return None
    return tail


def _called_step(ctx: _Context, b: _Builder, n: int, v: "Token") -> str | None:
    """A step the lead reports a named party calling for, with its subject an indefinite one ("A judge should
    look into the affair, the Ruritanian Greens say" -> "Will a judge look into the affair, as the Ruritanian
    Greens urge?"; "A national watchdog should be created, a panel of peers has said"). The "future" rule leaves
    such a subject out as a general view; in the lead, with a named caller, it is the story's call."""
    rep = _reporting_head(v, strict=True)
    s0 = _subject(v)
    if rep is None or s0 is None or v.dep_ not in ("ROOT", "ccomp") or rep.lemma_.lower() in OPINION or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s0.children):
        return None
    speaker = _speaker_of(rep)
    neg = _is_negated(v)
    if speaker is None or speaker.lower_ in FIRST_SECOND | PRONOUNS or neg or \
            _opinion_call(v, neg, any(_conditional(c) for c in v.children)) or not _agent_called(v, s0) or \
            v.lemma_.lower() in ("be", "have", "stay", "remain", "get") or \
            not any(w[:1].isupper() for w in speaker.subtree for w in [w.text]):
        return None
    q = b.question(v, report_future=True)
    attr = _attribution(b, v, ctx, n)
    if not q or not attr:
        return None
    attr = re.sub(r" (?:says|say|adds|add|tells|tell|said)$", lambda m: " urges" if m.group(0).endswith("s") or
                  m.group(0).endswith("said") else " urge", attr)
    return _with_attr(q, attr)


def _lawsuit(b: _Builder, v: "Token") -> str | None:
    """"Tom Hale sued Acme over ..." / "Acme is being sued by Tom Hale" -> "Will Tom Hale's lawsuit against Acme
    succeed?" (whose suit, when not a plain name, left out: "Will the lawsuit against Acme succeed?"); nothing
    when the article tells how a suit went."""
    passive = any(c.dep_ == "auxpass" for c in v.children)
    target = next((c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    suer = next((o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None) \
        if passive else _subject(v)
    if target is None or any(a.lower_ in ("would", "could", "might", "had") for a in v.children if a.dep_ == "aux"):
        return None
    from .open_matters import _name
    against = _name(b, target)
    if not against or not _plain_name(against) or BARE_PRONOUN_Q.search(against):
        return None
    if any(re.search(r"\b(?:suit|lawsuit|case|claim|action)\b", sp.text) and SUIT_SETTLED.search(sp.text)
           for _, _, sp, _ in b.ctx.sents):
        return None
    who = _name(b, suer) if suer is not None and suer.lower_ not in FIRST_SECOND else None
    owner = possessive(who) if who and _plain_name(who) and not BARE_PRONOUN_Q.search(who) else "the"
    return _finish([f"Will {owner} lawsuit against {against} succeed"])


def _told_later(ctx: _Context, n: int, noun: str, outcome: re.Pattern) -> bool:
    """A sentence after the ``n``-th names ``noun`` and tells an ``outcome`` of it."""
    return any(re.search(r"\b" + re.escape(noun) + r"s?\b", sp.text, re.I) and outcome.search(sp.text)
               for _, _, sp, _ in ctx.sents[n + 1:])


def _step_decided(ctx: _Context, n: int, noun: str) -> bool:
    """A later sentence tells how the plan, offer or proposal went ("the offer was rejected", "the plan was
    approved")."""
    from .open_matters import OUTCOME
    return _told_later(ctx, n, noun, OUTCOME)


def _lead_fallback(ctx: _Context) -> list[Candidate]:
    """The outcome of the step the lead reports, asked in a short form when the article has too few questions
    (an attempt, "is trying to buy X", is the "attempt" open matter, asked wherever it is told): a plan or offer
    ("Tom Hale has offered to buy the club" -> "Will Tom Hale's offer to buy the club be accepted?"; "Acme plans
    to close the plant" -> "Will Acme's plan to close the plant go ahead?"), a bid or proposal made ("Rovers have
    launched a bid for Tom Hale" -> "Will Rovers' bid for Tom Hale succeed?"), a lawsuit (:func:`_lawsuit`), a
    call for a step (:func:`_called_step`). Only an owner named in the article, only a step still open (not
    negated, not told in the past, not told decided later); the caller drops one the article answers."""
    from .lead_matters import candidates as lead_matters  # the lead's own matter where no marker fired (a prize ahead)
    from .open_matters import _decided_in_story, _none_yet, _proposal_text, _settled_form, plan_aim_question
    out: list[Candidate] = _fixture_headline(ctx) + lead_matters(ctx)
    for n in range(min(LEAD_REACH, len(ctx.sents))):
        start, end, sent, pp = ctx.sents[n]
        b = _Builder(ctx, sent, pp.offset)
        sx = _Sentence(ctx, n, sent, b, False)
        for t in sent:
            lem = t.lemma_.lower()
            q = None
            if t.pos_ == "VERB" and t.tag_ == "VB" and t.dep_ == "xcomp" and t.head.lemma_.lower() in STEP_VERBS and \
                    t.head.pos_ == "VERB" and any(a.lower_ == "to" for a in t.children if a.dep_ == "aux") and \
                    not _is_negated(t) and _open_head(t.head):
                who = _lead_matter_owner(b, t.head)
                tail = _step_tail(b, t) if who else None
                noun = STEP_VERBS[t.head.lemma_.lower()]
                if tail and not _step_decided(ctx, n, noun):
                    owner = possessive(who) if _plain_name(who) else "the"
                    q = _finish([f"Will {owner} {noun} to {lem} {tail} {STEP_OUTCOME[noun]}"])
            elif lem == "sue" and t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj", "ccomp") and not _is_negated(t):
                q = _lawsuit(b, t)
            elif t.dep_ == "aux" and t.lower_ == "should" and t.head.pos_ == "VERB":
                q = _called_step(ctx, b, n, t.head)
            elif t.tag_ == "VB" and t.dep_ in ("acl", "advcl", "xcomp", "relcl") and \
                    (q := plan_aim_question(sx, t, dated=False)):
                # a scheme or product launched with its aim: whose it is, when the lead names the launcher
                plan = t.head if t.dep_ in ("acl", "xcomp", "relcl") else None
                who = _lead_matter_owner(b, plan.head) if plan is not None and plan.dep_ == "dobj" else None
                if plan is None or _step_decided(ctx, n, plan.lower_) or \
                        _told_later(ctx, n, plan.lower_, LAUNCH_OUTCOME):
                    q = None  # how the scheme went is told
                elif who and _plain_name(who) and q.startswith("Will the "):
                    q = f"Will {possessive(who)} " + q[len("Will the "):]
            elif t.pos_ == "NOUN" and lem in MATTER_NOUNS and t.dep_ == "dobj" and \
                    t.head.lemma_.lower() in MATTER_MADE and _open_head(t.head) and not _none_yet(t.head, t) and \
                    not _settled_form(t.head) and not _decided_in_story(sx, t) and \
                    not any(plan_aim_question(sx, c, dated=False) for c in t.children if c.dep_ in ("acl", "xcomp", "relcl")):
                # (a scheme launched with its aim is asked by its aim, below)
                who = _lead_matter_owner(b, t.head)
                what = _proposal_text(b, t, who) if who else None
                if what and what.startswith("the ") and _plain_name(who):
                    what = possessive(who) + what[3:]
                if what and len(what.split()) <= 12 and any(w[:1].isupper() for w in what.split()):
                    q = _finish([f"Will {what} {MATTER_NOUNS[lem]}"])
            if q and len(q.split()) <= 22:
                out.append(Candidate(_full_names(ctx, q, (start, end)), FILL_SCORE, start, end, n, "lead-matter"))
    return out


#: a preview's headline: "Avonia v Westby (Sat)", "Preview: Rovers v Kingsford (Sun)" (a report's has the score)
FIXTURE_HEADLINE = re.compile(r"^(?:Preview: )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) v\.? "
                              r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?: \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\))?$")
WEEKDAY_WORDS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tonight|tomorrow)\b")
RESULT_TOLD = re.compile(r"\b(?:beat|beaten|won|drew|lost) (?:[\w'’-]+ ){0,3}\d{1,3}-\d{1,3}\b|\bfinal score\b", re.I)


def _fixture_headline(ctx: _Context) -> list[Candidate]:
    """The match a preview's headline names ("Avonia v Westby (Sat)") -> "Will Avonia beat Westby?", evidence the
    headline; only when the headline or the lead gives the day ahead, and no sentence tells how this match ended."""
    title = ctx.parsed.title_doc
    art = ctx.parsed.article
    if title is None or not art.title_span or not ctx.sents:
        return []
    m = FIXTURE_HEADLINE.match(title.text.strip())
    if m is None:
        return []
    home, away = m.group(1), m.group(2)
    lead = " ".join(sp.text for _, _, sp, _ in ctx.sents[:LEAD_REACH])
    if not m.group(3) and not WEEKDAY_WORDS.search(lead):
        return []
    if any(RESULT_TOLD.search(sp.text) and home in sp.text and away in sp.text and
           not re.search(r"\b(?:19|20)\d\d\b|\blast\b", sp.text) for _, _, sp, _ in ctx.sents):
        return []  # "Avonia beat Westby 2-1": the match is over (an earlier meeting is dated or "last")
    start, end = art.title_span
    return [Candidate(f"Will {home} beat {away}?", FILL_SCORE, start, end, 0, "lead-matter")]


def _top_up(ctx: _Context, chosen: list[Candidate], cands: list[Candidate], ok: Callable[[Candidate], bool],
            keys: dict[str, _MatterKey | None] | None = None,
            fill_ok: Callable[[str], bool] | None = None) -> list[Candidate]:
    """Fewer than :data:`MIN_GOOD` questions: add a weaker candidate about one of the main actors, then the
    main actor's pending reply to an attack (:func:`_response_fallback`), then the outcome of the step the lead
    reports (:func:`_lead_fallback`) unless the article answers it; each passes ``ok``, the quality gate every
    question passes (:func:`_gate`), and a weaker candidate also passes ``fill_ok`` (no :func:`_rough` garble)."""
    if len(chosen) >= MIN_GOOD:
        return chosen
    keys = keys or {}
    main = {w for _, words in _main_names(ctx) for w in words}
    weaker = sorted((c for c in cands if LOW_SCORE <= c.score < FILL_SCORE and len(c.text.split()) <= 20 and
                     any(re.search(r"\b" + re.escape(w) + r"\b", c.text) for w in main) and
                     (fill_ok is None or fill_ok(c.text))),
                    key=lambda c: (-c.score, c.sent_index))
    out = list(chosen)
    lead = [c for c in _lead_fallback(ctx) if not _answered_later(ctx, c) and not _settled(ctx, c)]
    for c in weaker + _response_fallback(ctx) + lead:
        if len(out) >= MIN_GOOD:
            break
        if any(_same(c.text, o.text) or (o.sent_index == c.sent_index and c.kind != "lead-matter") or
               _same_matter(keys.get(c.text), keys.get(o.text)) for o in out) or not ok(c):
            continue
        out.append(c)
    return sorted(out, key=lambda c: (c.start, c.text))


TITLED = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][a-z]+(?:[-'’](?!s\b)[A-Z]?[a-z]+)?)\b")


ROYAL_TITLES = r"Prince|Princess|King|Queen|Duke|Duchess|Pope|Emperor|Empress|Sheikh"


def _mentions_of_other(ctx: _Context, word: str, name: str, span: tuple[int, int] | None) -> bool:
    """In the source sentence ``span``, ``word`` is a mention the article's actors give to someone other
    than ``name`` (or to no one while another person's forms use it): a name is expanded only to the
    person whose mention it is."""
    if span is None:
        return False
    text = ctx.parsed.article.text
    owners: set[str] = set()
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", text[span[0]:span[1]]):
        pos = span[0] + m.start()
        owners |= {a.name for a in ctx.referents if a.type == "person" and
                   any(x.start <= pos < x.end for x in a.spans)}
    mine = set(clean_name(name).split())
    # ("Ann Lee" is "Ann Marie Lee"; "Lord Lee" is not "Ann Lee")
    owners = {o for o in owners if len(o.split()) > 1}  # (an actor named by the bare word itself says nothing)
    return bool(owners) and not any(mine <= set(o.split()) or set(o.split()) <= mine for o in owners)


#: Titles a person is named by with the surname alone ("Lord Hale", "Professor Lee"), kept in a question.
SURNAME_TITLES = r"Lord|Lady|Baroness|Baron|Earl|Dr|Professor|Archbishop|Bishop|Cardinal"
SURNAME_TITLE_BEFORE = re.compile(r"\b(?:" + SURNAME_TITLES + r"|Mr|Mrs|Ms|Miss|Sir|Dame|" + ROYAL_TITLES + r")\.? $")
#: a title or form of address a surname stands after in the article ("Lord Hale", "Mrs Hale")
SURNAME_ADDRESS = SURNAME_TITLES + r"|Mr|Mrs|Ms|Miss"


def _titled_surname(ctx: _Context, word: str) -> str | None:
    """"Lord Hale" for a bare "Hale" when the article names that person only so: one title with the word, and
    never a first name before it ("Tom Hale"), a lower-case use or a role word ("Lord Chancellor")."""
    if word.lower() in lex.PERSON_NOUNS | lex.PERSON_ROLES or ctx.lowercase_used(word):
        return None
    text = ctx.parsed.article.text
    titles = set(re.findall(r"\b(" + SURNAME_ADDRESS + r")\.? " + re.escape(word) + r"\b(?![-'’]\w)", text))
    if len(titles) != 1 or titles & {"Mr", "Mrs", "Ms", "Miss"}:
        return None  # ("Lord Hale" and "Mrs Hale": two people)
    rest = re.sub(r"\b(?:" + SURNAME_ADDRESS + r")\.? " + re.escape(word) + r"\b", "", text)
    if re.search(r"\b[A-Z][\w.'’-]* " + re.escape(word) + r"\b", rest) or \
            any(full.split()[-1] == word for _, full in ctx.names.full):
        return None  # ("Tom Hale" named too: the full-name rule's; "Acme Hale": not a person's surname alone)
    return f"{titles.pop()} {word}"


def _full_names(ctx: _Context, text: str, span: tuple[int, int] | None = None) -> str:
    """A key person named by surname or title alone gets the full name at the first mention in the
    question ("Will Tom Hale back Lee?" -> "... back Ann Lee?"): a question stands alone. Only to the
    person whose mention it is in the source sentence ``span``, and a first name never when the article
    also gives it a royal title ("Prince Tom" is not Tom Hale)."""
    done: set[str] = set()

    def full(m: re.Match) -> str:
        word, at = m.group(1), m.start()
        name = clean_name(ctx.person_word.get(word) or ctx.expand(word))
        if name and name.split()[0].lower() in DROP_ADV | CERTAINTY_ADV:
            name = name.split(" ", 1)[1] if " " in name else ""  # "Certainly Tom Reed has ...": the tagger took
            # the sentence's opening adverb into the name
        first = bool(name) and name.split()[0] == word and word in ctx.person_word and m.group(0) == word and \
            not any(full.split()[-1] == word for _, full in ctx.names.full) and \
            not re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|" + ROYAL_TITLES + r")\.? " + re.escape(word) + r"\b",
                          ctx.parsed.article.text)
        # ("Howard" is a surname too when the article writes "Mr Howard")
        if (not name or name == word or re.fullmatch(r"(?:" + SURNAME_TITLES + r")\.? " + re.escape(word), name)) and at > 0 and m.group(0) == word and not SURNAME_TITLE_BEFORE.search(text[:at]):
            titled = _titled_surname(ctx, word)
            if titled and titled not in done and titled not in text:
                done.add(titled)
                return titled  # "as Marlow warns" -> "as Lord Marlow warns"
        if not name or at == 0 or name in done or len(name.split()) < 2 or (name.split()[-1] != word and not first) or \
                not all(w[:1].isupper() for w in name.split()) or name.split()[0].lower() in lex.PERSON_NOUNS or \
                re.search(r"['’]s\b", name):  # ("Hale's Ruritania" is an owner and a place, not a full name)
            return m.group(0)
        if not first and _mentions_of_other(ctx, word, name, span):
            return m.group(0)
        done.add(name)
        before, after = text[:at], text[m.end():m.end() + 1]
        follows = re.match(r"\s([A-Z][\w'’.-]*)", text[m.end():])
        longer = m.group(0) == word and re.search(r"\s[A-Z][\w.]*\s$", before) is not None or \
            follows is not None and (follows.group(1) in name.split() or first)
        # ("Tom Reed" for Tom Ivo Reed: named already; a first name before a capitalised word leads a full name,
        # maybe another person's: "Milo Cole" is not Milo Hale)
        if name in text or after in ("-", "‑") or before.endswith(("-", "‑")) or longer:
            return m.group(0)  # named in full already, a compound ("Hale-Lee"), part of a longer name
        return name

    text = TITLED.sub(full, text)
    # a role word capitalised only because it opened its sentence ("Novelist Ann Lee won ..."): "novelist"
    fulls = {f for _, f in ctx.names.full}

    def role(m: re.Match) -> str:
        word, rest = m.group(1), text[m.end() + 1:]
        nxt = rest.split(" ", 1)[0].lower()
        given = lex.FEMALE_NAMES | lex.MALE_NAMES
        before_name = any(rest.startswith(f) and f.split()[0] != word for f in fulls) or (
            nxt in given and word.lower() not in given)
        if word.lower() in given or word.lower() in lex.QUESTION_TITLES or word.lower() not in lex.PERSON_NOUNS and \
                any(f.startswith(word + " ") and len(f.split()) == 2 for f in fulls):
            return word  # "Grant Allen": a first name, not a role ("Sprinter Ann Lee" is a role and a name; "Lord
            # Lee" a title)
        if not ctx.capitalised(word) and (word.lower() in lex.PERSON_NOUNS or ctx.lowercase_used(word) or before_name):
            return word.lower()
        return word

    text = re.sub(r"(?<=\w )([A-Z][a-z]+)(?= [A-Z])", role, text)

    # a common word capitalised only because it opened its sentence, now the question's subject ("Developers queued
    # at the office" -> "Will developers ...?"): the article writes it in lower case and never capitalised
    def opener_cap(m: re.Match) -> str:
        word = m.group(2)
        if ctx.capitalised(word) or not ctx.lowercase_used(word) or word in ctx.person_word or \
                word.lower() in lex.FEMALE_NAMES | lex.MALE_NAMES or any(word in f.split() for f in fulls):
            return m.group(0)
        return f"{m.group(1)} {word.lower()}"

    text = re.sub(r"^([A-Z][a-z]+) ([A-Z][a-z]+)(?= [a-z])", opener_cap, text)
    # the same person named twice, the second time as an owner: "leave Ann Lee too tired to perform at the best
    # of Ann Lee's ability" -> "... of her ability"
    # (or by the surname alone, when no other person in the article bears it: "mean that Lee was reversing Lee's
    # pledge" -> "... her pledge")
    fulls_named = {f for _, f in ctx.names.full}
    surnames = Counter(f.split()[-1] for f in fulls_named if len(f.split()) > 1)
    forms = {f: ctx.names.gender(f) for f in sorted(fulls_named, key=lambda f: (-len(f), f))}
    for word in re.findall(r"\b([A-Z][a-z]+)['’]s\b", text):
        if surnames[word] <= 1 and word not in forms:
            full = next((f for f in fulls_named if f.split()[-1] == word), None)
            forms[word] = ctx.names.gender(full) if full else ctx.names.gender(word)
    for form, gender in forms.items():
        if not gender:
            continue
        at = next((m.start() for m in re.finditer(r"\b" + re.escape(form) + r"\b", text)), -1)
        later = re.compile(r"\b" + re.escape(form) + r"['’]s\b").search(text, at + len(form)) if at >= 0 else None
        if later is not None:
            text = text[:later.start()] + ("his" if gender == "m" else "her") + text[later.end():]
    return text


def candidates(analysis: Analysis, quotes: list[Quote], warnings: list[str] | None = None) -> list[Candidate]:
    """Every candidate question with its score (for inspection and the bench).

    Each sentence is its own guarded unit: an odd parse costs that sentence its questions, with a
    warning, never the article's other questions.
    """
    ctx = _Context(analysis, quotes)
    out: list[Candidate] = []
    sink = warnings if warnings is not None else []
    for n, (start, end, _, _) in enumerate(ctx.sents):
        out.extend(guarded(f"questions (sentence at chars {start}-{end})", lambda: _candidates(ctx, n), list, sink))
    return [Candidate(_pair_named(ctx, _country_named(ctx, _full_names(ctx, c.text, (c.start, c.end)), c.sent_index),
                                  c.sent_index), c.score, c.start, c.end, c.sent_index, c.kind,
                      _pair_named(ctx, _country_named(ctx, _full_names(ctx, c.fallback, (c.start, c.end)), c.sent_index),
                                  c.sent_index)
                      if c.fallback else None) for c in out]


THE_PAIR = re.compile(r"^((?:Will|Would|Could|Can|May|Might|Are|Were|Have|Do|Did) )the two (?:firms|companies|groups)"
                      r"(?= )")


def _pair_named(ctx: _Context, text: str, n: int) -> str:
    """"the two firms" as the question's subject, named: the two organisations the source sentence or the one before
    it names ("Acme has agreed to supply Westby Motors ... The two firms expect to seal a final agreement by May" ->
    "Will Acme and Westby Motors seal ...?"). Any other count of bodies named there leaves it (the gate then strikes
    the question)."""
    m = THE_PAIR.match(text)
    if m is None:
        return text
    named: list[str] = []
    for k in (n - 1, n):
        for ent in ctx.sents[k][2].ents if k >= 0 else ():
            name = re.sub(r"^the ", "", ent.text)
            if ent.label_ != "ORG" or re.search(r"['’]s?$", name):
                continue
            if any(name in o or o in name for o in named):
                continue  # "Acme" after "Acme Motors": one body
            named.append(name)
    if len(named) != 2:
        return text
    return m.group(1) + f"{named[0]} and {named[1]}" + text[m.end():]


THE_COUNTRY = re.compile(r"^((?:Will|Would|Could|Can|May|Might|Is|Was|Has|Does|Did) )the country(?=['’]s\b| )")


def _country_named(ctx: _Context, text: str, n: int) -> str:
    """"the country" as the question's subject or owner, named: the one country the source sentence or the one before
    it names ("Norwegian Prime Minister Ann Lee said the country would leave ..." after "Norway's decision" -> "Will
    Norway leave ...?"). Two countries named there, or none, leave it (the gate then strikes the question)."""
    m = THE_COUNTRY.match(text)
    if m is None:
        return text
    named: dict[str, str] = {}
    for k in (n - 1, n):
        if k < 0:
            continue
        for ent in ctx.sents[k][2].ents:
            hit = lex.GAZETTEER.get(lex.key(ent.text)) if ent.label_ == "GPE" else None
            if hit is not None and hit[1] == "place" and hit[2] == "name" and hit[0] in lex.COUNTRIES:
                named.setdefault(hit[0], re.sub(r"^the ", "", ent.text))
            elif ent.label_ == "NORP" and lex.key(ent.text) in lex.DEMONYMS:
                named.setdefault(lex.DEMONYMS[lex.key(ent.text)], "")
    if len(named) != 1:
        return text
    canon, surface = next(iter(named.items()))
    name = surface or canon
    if name.lower().startswith("united "):
        name = "the " + name
    return m.group(1) + name + text[m.end():]


QUESTION_START = {"will", "would", "could", "can", "may", "might", "must", "should", "shall", "is", "are", "was",
                  "were", "do", "does", "did", "has", "have", "had", "what", "who", "whom", "whose", "which", "why",
                  "how", "when", "where"}


def _name_split(sent) -> bool:
    """A second "sentence" the small model starts at a name with no stop before it ("Will Tom Hale
    endorse | Ann Lee on Thursday?"): a misparse, not a run-on."""
    prev = sent.doc[sent.start - 1] if sent.start > 0 else None
    return sent[0].pos_ == "PROPN" and prev is not None and not prev.is_punct and \
        not any(t.text in (".", "!", "?", ":", ";") for t in sent.doc[:sent.start])


FINITE_AUX = {"MD", "VBD", "VBZ", "VBP"}


def _uninverted_conj(toks: list) -> bool:
    """A second clause joined on with its own finite auxiliary and no subject: only the first one was
    turned into a question ("Could X be sold ... and cannot be copied?", "Was X aimed at Y, and was not
    made for Z?"). "Will X fall and will Y rise?" has its subject, and is asked in full."""
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i != t.i and
               not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) and
               any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_AUX and c.i < t.i and c.i > t.head.i
                   for c in t.children) for t in toks[1:])


def _be_that(toks: list) -> bool:
    """The copula with a that-clause for its complement ("Will the main point be that X was wrong?"):
    a speaker's framing of an argument, not a matter anyone can settle."""
    return any(t.lemma_ == "be" and t.dep_ == "ROOT" and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in t.children)
        for t in toks)


STATIVE_FIGURE = {"be", "cost", "have", "total", "number", "weigh", "measure"}
STANDS_AT = re.compile(r"(?:Does|Do|Did) [^?]+ stand at (?:[£$€] ?)?\d")
FIGURE_FRONT = {"will", "is", "are", "was", "were", "does", "do", "did", "has", "have"}


def _figure_echo(doc) -> bool:
    """A plain yes/no question whose whole content is a figure the article states: the copula, "cost" or
    "have" with a number for complement ("Will the radio cost $250?", "Is the rate 900 rupees a tonne?",
    "Does X have a 10% chance?"). Asking it only repeats the figure; a hedged one ("Could the bill be
    $1bn?") and a change someone forecasts ("Will sales rise 5%?") stay questions."""
    toks = [t for t in doc if not t.is_space]
    if not toks or toks[0].lower_ not in FIGURE_FRONT:
        return False
    if STANDS_AT.match(doc.text):
        return True  # "Does the average price stand at £163,748?" (the small model reads "stand" as a noun)

    for root in (t for t in toks if t.dep_ == "ROOT" and t.lemma_.lower() in STATIVE_FIGURE):
        for comp in (c for c in root.children if c.dep_ in ("attr", "dobj", "acomp", "npadvmod")):
            near = [comp] + [c for c in comp.children if c.dep_ in ("nummod", "quantmod", "compound", "amod")]
            near += [g for c in near[1:] for g in c.children if g.dep_ in ("nummod", "quantmod")]
            if any(_figure(x) for x in near):
                return True
    return False


ATTRIBUTED = re.compile(r",\s+as\s+[^,?]+\?\s*$")
ACCORDING = re.compile(r",\s+according\s+to\s+[^,?]+\?\s*$")
FIGURE_WORDS = {*FIGURE_SIGNS, "percent", "cent", "million", "billion", "trillion", "bn", "m"}


def _attributed_to(tail: re.Match, kinds: set[str]) -> bool:
    """The question's attribution ``tail`` ("as analysts say") names one of ``kinds`` of person."""
    return any(w.rstrip("s") in kinds for w in re.findall(r"[a-z]+", tail.group(0).lower()))


def _attributed_figure(doc) -> bool:
    """A figure (a sum, a percentage, millions of something) put back to the party that gave it ("Will the
    change cut costs by $2m, as the firm warns?", "Will 5 million people sign up by 2030, as a report
    predicts?"): the answer is the figure the article already states. An unattributed change ("Will sales
    rise by 5% next year?"), a hedged risk ("Could ...") and a commentator's forecast ("as analysts say")
    are left to the other checks."""
    text = doc.text
    tail = ATTRIBUTED.search(text) or ACCORDING.search(text)
    if tail is None or text.split(" ", 1)[0].lower() in ("could", "may", "might"):
        return False  # "Could 2 million people be left without work, as the bank says?": a warned risk
    if _attributed_to(tail, COMMENTATORS):
        return False  # an analyst's figure is a forecast about others (see _own_figure)
    return any(t.idx < tail.start() and (t.lower_ in FIGURE_WORDS or re.fullmatch(r"\d[\d.,]*(?:m|bn|%)", t.lower_))
               for t in doc)


# adjectives that judge rather than describe, beyond GRADED: "were the remarks inappropriate?"
EVALUATIVE = (GRADED - {"necessary", "essential", "important", "crucial", "vital"}) | {
                       "appropriate", "inappropriate", "acceptable", "unacceptable", "wise",
                       "unwise", "sensible", "foolish", "disgraceful", "shameful", "outrageous", "offensive",
                       "ridiculous", "absurd", "misguided", "irresponsible", "reasonable",
                       "unreasonable", "justified", "unjustified", "helpful", "unhelpful", "worthy",
                       "deserving", "proper", "improper", "flawed", "hypocritical", "dishonest", "incompetent",
                       "superb", "excellent", "outstanding", "dreadful", "awful"}
#: grades of difficulty or rank describe a task or an occasion rather than judge it ("Will she face a tough test?",
#: "Will he make a special appearance?"): no verdict on an object
TASK_GRADES = {"tough", "difficult", "hard", "easy", "special", "right", "wrong",
               "good", "great", "bad"}  # ("a great deal of", "a good chance", "a bad injury": amounts and odds)
COMPARED = {"better", "worse", "best", "worst"}  # "Will the second series be even better?": a grade, compared
OPINION_VERBS = {"think", "thinks", "believe", "believes", "argue", "argues", "insist", "insists", "claim", "claims",
                 "feel", "feels", "suggest", "suggests"}
LINKING = {"be", "become", "remain", "stay", "seem", "prove", "look", "make", "find", "consider"}
QUOTE_MARKS = ("\"", "“", "”", "'", "‘", "’")


def _scare_quoted(t, reach: int = 4) -> bool:
    """``t`` stands in a short quoted stretch (at most ``reach`` words either side): the speaker's own word
    for it ("becoming 'largely indifferent'", "a 'fair deal'")."""
    doc = t.doc

    def mark(step: int) -> bool:
        for k in range(1, reach + 2):
            i = t.i + step * k
            if not 0 <= i < len(doc) or (doc[i].is_punct and doc[i].text not in QUOTE_MARKS):
                return False
            if doc[i].text in QUOTE_MARKS:
                return True
        return False

    return mark(-1) and mark(1)


def _characterisation(doc) -> bool:
    """A judgement asked as if it were a forecast: a linking verb ("be", "become", "make") whose complement
    grades its subject ("Were the remarks inappropriate?", "Will she be a good choice?", "Will the treaty
    make the rules clearer?") or, not of conduct to come, is in the speaker's quoted words ("Is the town
    becoming 'quietly prosperous'?"), or a quoted object put to the one who argues it ("Could X bring a 'fair deal', as Y
    argues?"), or one quoted adjective on what the attributed question asks about ("a 'seamless' handover, as Y says?").
    No event settles it; it is someone's view."""
    toks = [t for t in doc if not t.is_space]
    tail = ATTRIBUTED.search(doc.text)
    opinion_tail = tail is not None and any(w in OPINION_VERBS for w in re.findall(r"[a-z]+", tail.group(0).lower()))
    future = bool(toks) and toks[0].lower_ in ("will", "would")  # "Will the referee be 'fair'?": conduct to come
    if any(t.lower_ in COMPARED and t.dep_ in ("acomp", "attr") and t.head.lemma_.lower() in LINKING for t in toks):
        return True  # "Will series two be even better?" (wherever the parse hangs the copula)
    if any(t.lower_ in COMPARED and t.dep_ == "advmod" and t.head.pos_ == "VERB" and t.head.tag_ == "VBN" for t in toks):
        return True  # "Could the money be better used by ...?": a judgement of how, not an event
    for root in (t for t in toks if t.dep_ == "ROOT"):
        linking = root.lemma_.lower() in LINKING
        for c in root.children:
            if linking and c.dep_ in ("acomp", "attr", "oprd", "ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN", "PROPN"):
                words = [c] + [a for a in c.children if a.dep_ in ("amod", "advmod")]
                closes = c.i + 1 < len(doc) and doc[c.i + 1].text in QUOTE_MARKS  # "'leant on'" is a verb's words
                if (_scare_quoted(c) and closes and not future) or \
                        any(w.lower_ in EVALUATIVE for w in words):  # the word itself: "greater sharing" is no grade
                    return True
                if root.lemma_.lower() == "make" and c.tag_ in ("JJR", "JJS"):
                    return True  # "make Europe easier to understand"
            if c.dep_ == "dobj" and opinion_tail and _scare_quoted(c) and \
                    any(x.dep_ in ("amod", "compound") for x in c.children):
                return True
        if _graded_object(toks):
            return True
        if tail is not None and any(t.dep_ == "amod" and t.pos_ == "ADJ" and _scare_quoted(t, 0) for t in _asked_part(doc)):
            return True  # "Will the deal ensure a 'seamless' handover, as Ann Lee says?": the speaker's own word for it
        if root.lemma_.lower() == "be" and root.i == toks[0].i:
            # the small model often misreads "Were X's remarks 'unfair'?": the adjective hangs off the noun
            # before it, or becomes the subject; any adjective after its noun that judges or is quoted
            for t in toks[1:]:
                quoted = _scare_quoted(t, 0) and t.tag_ == "JJ"  # one quoted adjective, not "'leant on'"
                if t.pos_ == "ADJ" and not (t.dep_ == "amod" and t.head.i > t.i) and (quoted or t.lower_ in EVALUATIVE):
                    return True
    return False


def _graded_object(toks: list) -> bool:
    """The asked verb's object carries a verdict ("Will X do an excellent job / make superb nominations / pick a
    badly flawed nominee?"): whether it is excellent or flawed is the speaker's view, whatever happens."""
    if not toks or toks[0].dep_ != "aux":
        return False
    verb = toks[0].head
    return any(c.dep_ == "dobj" and any(x.dep_ == "amod" and (x.lower_ in EVALUATIVE - TASK_GRADES or any(
        a.lower_ in ("badly", "deeply", "seriously") for a in x.children)) for x in c.children) for c in verb.children)


def _degree_grade(doc) -> bool:
    """A grade by degree put as a forecast: "too" on an adjective ("Will the coach be too worried about ...?"),
    "even" on a comparative ("Will search engines play an even bigger part ...?") or "most" on an adjective
    ("Will X create the most exciting market in the world?"). How much of a quality something will have is the
    speaker's view; no event settles it."""
    return any((t.lower_ == "too" and t.head.pos_ == "ADJ") or
               (t.lower_ == "even" and t.head.tag_ in ("JJR", "RBR")) or
               (t.lower_ == "most" and t.dep_ == "advmod" and t.head.pos_ == "ADJ") for t in _asked_part(doc))


#: kinds that ask back a statement someone made (a forecast, a hedge, a governed "is set to"): the kinds that
#: turn a party's claim of merit or its own figure into a question
ASKED_BACK = {"future", "modal", "raise", "expect", "claim", "potential", "quoted"}
#: verbs that grade what a plan, a move or an event does for someone ("help", "improve", "deliver savings")
MERIT_VERBS = {"help", "improve", "benefit", "boost", "deliver", "strengthen", "enhance", "ease", "transform",
               "persuade", "encourage", "offer", "bring", "mean", "revolutionise", "revolutionize", "protect",
               "prove", "empower", "revive"}
#: who judges a thing without backing it: their forecast of its merit is a forecast, not a party's claim
INDEPENDENT = {"researcher", "scientist", "expert", "study", "doctor", "academic", "economist", "professor"}


def _merit_claim(doc) -> bool:
    """A claim about what a thing will do for people, asked as a forecast: a yes/no question whose verb grades
    (:data:`MERIT_VERBS`) and whose subject is no person ("Will the move help police build safe communities, as
    the government says?", "Could the plans deliver savings?", "Will the tragedy persuade everyone to ...?").
    No event settles it: it is the view of whoever backs the thing (the caller keeps it when it is disputed)."""
    toks = [t for t in doc if not t.is_space]
    if not toks or toks[0].lower_ not in ("will", "would", "could", "can", "may", "might"):
        return False
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in MERIT_VERBS or \
            not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "oprd", "dative") for c in root.children):
        return False  # ("Have conditions improved enough?": a state someone can check, not a claim of merit)
    if root.lemma_.lower() == "prove" and not any(c.dep_ in ("attr", "oprd", "acomp") for c in root.children):
        return False  # "prove that the firms broke the rules": to show, not to turn out
    tail = ATTRIBUTED.search(doc.text)
    if tail is not None and _attributed_to(tail, COMMENTATORS | INDEPENDENT):
        return False  # "Could the drug protect the brain, as researchers say?": a finding forecast, nobody's own plan
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # a thing whose effect is graded ("the move", "the plans", "a deal with X"), not someone who acts ("Will AOL
    # offer desktop searching?", "Will Tom Hale help the police?": an act to come, asked as such)
    return subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and \
        subj.lemma_.lower() not in lex.PERSON_NOUNS


def _money(t) -> bool:
    """``t`` is part of a sum or a share: "£12,000", "27%", "533p", "$3.8m", "2 billion"."""
    prev = t.nbor(-1) if t.i > 0 else None
    return t.text in ("%", "£", "$", "€") or t.lower_ in ("percent", "cent") or \
        bool(re.fullmatch(r"[£$€]?\d[\d.,]*(?:m|bn|p|%)", t.lower_)) or \
        (t.lower_ in ("million", "billion", "bn", "trillion", "cents", "pence", "euros", "dollars", "pounds") and
         prev is not None and prev.like_num)


def _predicate_figure(doc) -> bool:
    """A yes/no question whose predicate carries a sum or a share the article states ("Will the firm boost its
    dividend by 27%?", "Will organisers raise at least £250,000?", "Could X make an offer above 533p a share, as
    reports suggest?"): it only asks the stated number back. A figure in the subject ("Would almost 50% of users
    ...?") and a warned risk ("Could 2,000 jobs go, as the union warns?") are left to other checks."""
    toks = [t for t in doc if not t.is_space]
    if not toks or not YES_NO.match(toks[0].text):
        return False
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    tail = ATTRIBUTED.search(doc.text) or ACCORDING.search(doc.text)
    end = tail.start() if tail is not None else len(doc.text)
    if tail is not None and toks[0].lower_ in ("could", "may", "might") and re.search(r"\bwarns?\b", tail.group(0)):
        return False
    if tail is not None and _attributed_to(tail, COMMENTATORS):
        return False  # an analyst's figure is a forecast about others (as in _attributed_figure)
    subj = {x.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.subtree}

    def modifier(t) -> bool:
        """The figure describes a following noun ("above the current 3% limit", "an 8% stake"): it names the
        thing, it is not the amount asked about."""
        h = t
        while h.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") and h.head.i > h.i:
            h = h.head
        return h is not t and h.pos_ == "NOUN" and not _money(h) and \
            h.lower_ not in ("pounds", "dollars", "euros", "pence", "cents", "percent", "shares", "a")

    if re.search(r"\d[\d.,]* (?:euro |us )?(?:cents|pence)\b", doc.text[root.idx:end], re.I):
        return True  # "to 70 euro cents"
    return any(t.i > root.i and t.idx < end and t.i not in subj and _money(t) and not modifier(t) and
               not LEVEL_HELD.search(doc.text[:t.idx]) for t in toks)


#: what a forecast figure is not: a price or a state ("is expected to cost $399", "to be 2%": a detail, checked
#: by :func:`_figure_echo`) or words someone is to say
FORECAST_NOT_FIGURE = {"be", "cost", "say", "tell", "announce"}


def _forecast_of_figure(ctx: _Context, c: Candidate, doc) -> bool:
    """The question asks a figure a third party forecasts, still to come: the asked verb hangs on a forecast verb in
    the present ("Avonia is forecast to see output growth of 3% in 2027", "the index is expected to drop below 2%",
    "economists expect Avonia's borrowing costs to stay at 2%", "has predicted that ...", "... will reach 4% by 2027, the
    report forecasts", an estimate of what "will" be), so the figure is the open matter, not a number asked back. Not a
    forecast held in the past ("was expected to"), denied, in a quote, of a figure nobody's ("spending is forecast to
    grow": a bare noun), or a price or state ("is expected to cost $399")."""
    for v in _source_verbs(ctx, c, doc):
        g = v.head
        estimate = g.lemma_.lower() == "estimate" and any(a.lower_ in ("will", "'ll") for a in v.children)
        if v.lemma_.lower() in FORECAST_NOT_FIGURE or v.dep_ not in ("xcomp", "ccomp") or g.i == v.i or \
                g.lemma_.lower() not in lex.FORECAST_VERBS and not estimate or g.pos_ != "VERB" or \
                any(x.dep_ == "neg" for x in (*g.children, *v.children)) or ctx.inside_quotes(g):
            continue
        shared = tuple(g.head.children) if g.dep_ == "conj" else ()  # "grew 3% last year and is forecast to ..."
        s = next((x for x in (*g.children, *v.children, *shared) if x.dep_ in ("nsubjpass", "nsubj", "dobj") and
                  x.i < v.i and x.i != g.i and
                  not (x.dep_ == "nsubj" and x.head.i == g.i and g.tag_ in ("VBZ", "VBP"))), None)
        if s is None or s.ent_type_ in ("DATE", "TIME") or s.pos_ != "PROPN" and not s.ent_type_ and \
                not any(d.dep_ in ("det", "poss") for d in s.children):
            continue  # "Spending is forecast to grow", "inflation is expected to drop": whose figure is not said
        passive = [a for a in g.children if a.dep_ == "auxpass"]
        if passive:
            if all(a.lower_ in ("is", "are", "'s", "'re") for a in passive) and \
                    not any(a.dep_ == "aux" for a in g.children):
                return True  # "is forecast to", not "was expected to", "has been predicted to"
            continue
        s = next((x for x in g.children if x.dep_ == "nsubj"), None)
        present = g.tag_ in ("VBZ", "VBP") or \
            g.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in ("has", "have") for a in g.children)
        # (said after what it forecasts, "Acme's sales will reach £2bn, the report forecasts": the thing comes first)
        trailing = v.dep_ == "ccomp" and v.i < g.i and any(x.dep_ == "nsubj" for x in v.children)
        if present and s is not None and s.lower_ not in ("i", "we", "you") and \
                (trailing or any(x.dep_ in ("nsubj", "dobj") and x.i > g.i for x in (*v.children, *g.children))):
            return True  # "analysts expect Acme's profits to reach £2bn": someone's forecast of a thing's figure
    return False


FORECAST_TAIL = re.compile(r"\b(?:predicts?|forecasts?|expects?|projects?|estimates?)\?\s*$")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _forecast_attributed(ctx: _Context, c: Candidate, doc) -> bool:
    """A figure put back to the party that forecasts it, for a time still ahead ("Will Avonia's exports grow by 4% in
    2027, as the trade body predicts?"): the forecast's outcome is the open matter. Not a year the story has
    already passed (a year before the latest one it names: a result, not a forecast)."""
    tail = ATTRIBUTED.search(doc.text)
    if tail is None or not FORECAST_TAIL.search(tail.group(0)):
        return False
    years = [int(y) for y in YEAR.findall(doc.text[:tail.start()])]
    latest = max((int(y) for y in YEAR.findall(ctx.parsed.article.text)), default=0)
    return not any(y < latest for y in years) and _forecast_of_figure(ctx, c, doc)


#: a figure that is the level a rate or price is held at ("Will rates stay on hold at 4.75%?"): the question asks
#: whether it holds, not the number back
LEVEL_HELD = re.compile(r"\b(?:on hold|unchanged|steady) at (?:a |the )?[\w$£€.,]*\s?$")


ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "co", "ltd", "corp", "gen", "lt", "col", "sgt",
                 "rev", "no", "vs", "prof", "gov", "sen", "rep", "capt", "mt", "ft", "jan", "feb", "aug", "sept", "oct",
                 "nov", "dec", "plc", "bros"}
#: the noun subject of a generalisation: "people", "firms", "tech companies" with nothing that says which
GENERIC_HEAD_TAGS = {"NNS", "NNPS"}


def _rhetorical_source(ctx: _Context, c: Candidate) -> bool:
    """The source sentence is itself a question ("'Will I have the desire to go on?' she asked", "what aid group
    could pay for that?"): a speaker's rhetorical question lifted verbatim, not a matter the story leaves open."""
    return ctx.sents[c.sent_index][2].text.rstrip().rstrip("'\"’”‘“ ").endswith("?")


def _generic_subject_question(doc, bare_plural: bool = True) -> bool:
    """The question's subject is people at large ("Will people be mystified?") or, with ``bare_plural``, a bare
    plural with nothing naming whose or which ("Will firms make money from it?", "Will tech companies promote their
    image?", "Were security services involved?"): a generalisation no event settles, or a body left unnamed."""
    toks = [t for t in doc if not t.is_space]
    subj = next((t for t in toks if t.dep_ in ("nsubj", "nsubjpass")), None)  # (the small model hangs it anywhere)
    if subj is None:
        return False
    if subj.left_edge.i != toks[1].i and subj.i != toks[1].i:
        return False  # "Will disillusioned supporters ...", its adjective misparsed loose: not bare
    if subj.lower_ in GENERIC_PEOPLE:
        return not any(subj.children)  # ("Deaf people", "the people who leave": which people is said)
    if not bare_plural or subj.tag_ not in GENERIC_HEAD_TAGS or subj.tag_ == "NNPS" or subj.ent_type_ or \
            subj.lemma_.lower() in lex.PERSON_NOUNS:
        return False  # ("oil officials aim to ...": people who act, named by their office)
    return all(c.dep_ == "compound" and c.pos_ == "NOUN" or (c.dep_ == "amod" and c.tag_ in ("NN", "NNS"))
               for c in subj.children)


def _dangling_conjunction(doc) -> bool:
    """A subject cut after its "and", the verb joined to the noun ("Could good design and go some way to ...?"):
    the clause lost the rest of its subject."""
    return any(t.dep_ == "cc" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and
               not any(x.pos_ in ("VERB", "AUX") for x in doc[1:t.i]) and
               not any(c.dep_ in ("dobj", "nsubj") for c in t.head.children) and  # a verb misread as a noun
               doc[t.i + 1].tag_ == "VB" and doc[t.i + 1].dep_ == "conj" and doc[t.i + 1].head.i == t.head.i and
               t.head.pos_ in ("NOUN", "PROPN") for t in doc)


RUN_ON = re.compile(r"\b([A-Za-z0-9]+)\. (?=[A-Z])")


def _run_on(text: str) -> bool:
    """A full stop inside the question: the next sentence ran into it ("... compete with 3G. HSDPA has been
    described as ...?"). Abbreviations and initials ("Mr. Lee", "J. Lee") are not stops."""
    return any(len(m.group(1)) > 1 and m.group(1).lower() not in ABBREVIATIONS for m in RUN_ON.finditer(text[:-1]))


def _vague_wh(doc) -> bool:
    """A wh-question about nothing the reader can name: a bare "this"/"that" ("What are the implications of all
    this?") or what comes next ("What comes next in mobile technology?")."""
    toks = [t for t in doc if not t.is_space]
    if not toks or toks[0].tag_ not in ("WP", "WDT", "WRB"):
        return False
    if any(t.lower_ in DEMONSTRATIVE and t.dep_ != "det" and t.tag_ == "DT" for t in toks[1:]):
        return True
    return any(t.dep_ == "ROOT" and t.lemma_.lower() in ("come", "happen", "follow") and
               any(c.lower_ == "next" for c in t.children) for t in toks)


#: what a side proposes or does: what it will do for or to people is its backers' or critics' view
PROPOSALS = {"plan", "proposal", "move", "scheme", "bill", "policy", "reform", "change", "measure", "structure",
             "initiative", "legislation", "law", "wording", "idea", "system", "programme", "program", "strategy"}
#: what happens to a proposal itself: asked of it, an event, not a view of its effect
PROPOSAL_EVENTS = {"pass", "go", "proceed", "succeed", "fail", "become", "take", "come", "survive", "win", "get",
                   "face", "need", "require", "include", "cost", "start", "begin", "end", "collapse", "stall", "happen",
                   "continue", "remain", "stay", "last"}


def _proposal_effect(doc) -> bool:
    """What a plan, a move or a bill will do to someone, asked as a forecast ("Could the plan let extreme groups
    run policing, as the party says?", "Will the structure end problems of availability?", "Could the plans result
    in X?"): its backers' promise or its critics' warning, a view no event settles. What happens to the plan
    ("Will the bill pass?", "Will the plan be scrapped?") is asked as ever."""
    toks = [t for t in doc if not t.is_space]
    if not toks or toks[0].lower_ not in ("will", "would", "could", "can", "may", "might"):
        return False
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subj is None or subj.dep_ == "nsubjpass" or subj.lemma_.lower() not in PROPOSALS or subj.ent_type_:
        return False
    if root.lemma_.lower() == "have":  # "Will the changes have to go ahead?": what is asked is the going ahead
        root = next((c for c in root.children if c.dep_ == "xcomp"), root)
    if root.pos_ != "VERB" or root.lemma_.lower() in PROPOSAL_EVENTS:
        return False
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "oprd") or
               (c.dep_ == "prep" and root.lemma_.lower() in ("result", "lead")) for c in root.children)


PARTIAL_QUOTE = re.compile(r'"([^"]+)"|“([^”]+)”|(?<!\w)[\'‘]([^\'‘’]+)[\'’](?!\w)')


def _quoted_phrase(ctx: _Context, c: Candidate) -> bool:
    """The question repeats a short stretch its sentence quotes ("urged students to 'make their mark'", "said
    voters were unlikely to 'switch sides for a free pie'", "should act as 'eyes and ears'"): a
    speaker's own turn of phrase asked back as if it were a matter to settle, which it is not; their view or
    their figure. A quoted title ("Million Dollar Baby") and one quoted word ("a 'buffer'") are left; a denial
    is a dispute whatever its words."""
    if c.kind == "deny" or c.kind.startswith("open:"):
        return False
    asked = re.sub(r"[\"“”‘’']", "", c.text).lower()
    sent = ctx.sents[c.sent_index][2]
    for m in PARTIAL_QUOTE.finditer(sent.text):
        words = re.findall(r"[\w'’%£$€-]+", next(g for g in m.groups() if g))
        if not 2 <= len(words) <= 10 or all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            continue
        inside = [t for t in sent if m.start() <= t.idx - sent.start_char < m.end() and t.is_alpha]
        before = sent.text[:m.start()].split()[-1:]
        if inside and inside[0].pos_ == "ADP":
            continue  # contact him "for further information": an adjunct quoted, the matter asked is not the phrase
        if len(words) == 2 and (all(t.pos_ in ("NOUN", "PROPN") for t in inside) or
                                [w.lower() for w in before] in (["the"], ["this"], ["that"], ["these"], ["those"])):
            continue  # "the 'abandonment option'", "this 'historic deal'": a quoted name for a thing, not a verdict
        if re.search(r"\b" + r"\W+".join(re.escape(w.replace("’", "").replace("'", "").lower()) for w in words) + r"\b",
                     asked):
            return True
    return False


APPROXIMATE = re.compile(r"\b(?:as many as|as much as|more than|at least|in the region of) "
                         r"(?:[£$€]\s?)?\d[\d,.]*(?!\d)(?<!\b(?:19|20)\d\d)")


def _approximate_figure(c: Candidate) -> bool:
    """A yes/no question about a stated amount with its hedge ("rack up as many as 59 appearances", "will more
    than 153,000 people travel", "raise at least £250,000"): it only asks the article's figure back. Not a figure a
    party plans or promises to deliver ("plans to create more than 10,000 jobs in 2005"): that is still to be met."""
    return bool(YES_NO.match(c.text)) and bool(APPROXIMATE.search(_bare(c.text))) and \
        c.kind not in ("pledge", "open:plan-aim")


CUT_AT_AUX = re.compile(r"\b(?:had|has|have|could|would|should|must|can|will|might|may|is|are|was|were)\?$")


def _cut_at_aux(c: Candidate) -> bool:
    """The question ends on an auxiliary whose verb was cut ("Will X play on whatever surface he had?" from "he had
    to in order to win"): the clause lost its end."""
    return bool(CUT_AT_AUX.search(c.text)) and len(c.text.split()) > 3


UNNAMED_BODY = re.compile(r"\bthe (?:(?:two|three|four|five|several) )?(?:" +
                          "|".join(sorted(NEEDS_NAME | {n + "s" for n in NEEDS_NAME} | {"companies"})) + r")\b")


def _unnamed_body(c: Candidate) -> bool:
    """The question leaves a body it asks about, in its first words, as "the firm" or "the two firms" ("Will
    investment in the firm by a carmaker go ahead?", "Were the two firms developing it for other languages?"): the
    name is in another sentence, and the question does not stand alone. (Its attribution, ", as the company
    expects", and a clause further on, "if the club fails to ...", may stay bare.)"""
    return bool(UNNAMED_BODY.search(" ".join(_bare(c.text).split()[:6])))  # (in what is asked about, not a clause after)


#: a time named only by pointing back to the story ("at that point" = when the shots were fired)
DEICTIC_TIME = re.compile(r"\b(?:at that (?:point|time|stage|moment)|by then|by that (?:point|time|stage))\b", re.I)


def _deictic_time(c: Candidate) -> bool:
    """The question pins what it asks on a time it only points back to ("Who had the gun at that point?"): which
    time is in the sentence before, so the question does not stand alone."""
    return bool(DEICTIC_TIME.search(_bare(c.text)))


#: "Will the law have to be overturned, as Ann Lee says?": someone's view of what is needed, asked as a forecast
NEEDED_AS_SAID = re.compile(r"^Will .+ (?:have|has) to .+, as .+ (?:says?|said|argues?|believes?|thinks?|insists?|claims?|"
                            r"suggests?)\?$")


#: a contrast drawn inside the question ("judged on its merit, not on who spends most"); "not least/only/just" adds
CONTRAST = re.compile(r", not (?!least\b|only\b|just\b|merely\b|simply\b|even\b|to mention\b)\w")


def _preference_asked(c: Candidate) -> bool:
    """A yes/no question that carries the contrast its speaker drew ("Will the film be judged on its merit, not who
    spends more, as Ann Lee urges?", "Will the refusals be only advisory, not legally binding?"): how something
    ought to be, set against how it ought not, is someone's preference, which no event settles."""
    return YES_NO.match(c.text) is not None and CONTRAST.search(_bare(c.text)) is not None


def _necessity_said(c: Candidate) -> bool:
    """A speaker's "X would have to ..." asked back as "Will X have to ..., as Y says?" (or "as analysts suggest"):
    what Y holds necessary is an opinion, not an event anyone will decide by that name. (A consequence Y warns of,
    "as Y warns", stays.)"""
    return bool(NEEDED_AS_SAID.match(c.text))


TALLY_HEADS = {"number", "figure", "figures", "total", "tally", "count", "rate", "rates", "level"}


#: an adjective that says when or how wide a tally is, not what it counts ("overall figures", "current rates")
TALLY_ADJ = {"overall", "current", "latest", "recent", "total", "present", "such"}


def _unnamed_tally(doc) -> bool:
    """The question's subject is a bare tally ("Could the number quadruple by 2050?", "Will the figures spark
    criticism?", "Will current rates persist?", "Could overall figures be dampened?"): what is counted is left in
    the sentence before, so the question names nothing."""
    toks = [t for t in doc if not t.is_space]
    subj = next((t for t in toks if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > 2 or subj.lower_ not in TALLY_HEADS:
        return False
    return all(c.dep_ == "det" and c.lower_ in ("the", "these", "this") or
               c.dep_ == "amod" and c.lower_ in TALLY_ADJ for c in subj.children)


def _asked_part(doc, openers: tuple[str, ...] = ("as",)) -> list["Token"]:
    """The question's tokens (spaces left out) before its attribution tail: a comma and one of ``openers`` (", as
    the companies estimate?"; with "according", ", according to the firm?" too)."""
    toks = [t for t in doc if not t.is_space]
    cut = next((t.i for t in toks[1:] if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in openers),
               None)
    return [t for t in toks if cut is None or t.i < cut]


def _aside_tacked_on(c: Candidate) -> bool:
    """The question ends on an aside cut from where it stood ("What would X receive if any?", "..., especially
    with the euro strengthening if anything?"): the words it qualified are elsewhere or gone."""
    return re.search(r",? if any(?:thing|one)?\?$", c.text) is not None


def _hedged_conditional(c: Candidate) -> bool:
    """A "Would" question that keeps its "if" clause ("Would the league understand if Tom Reed did decide to move?",
    "Would the party be better off if ...?"), or a "Could ... face ... if" ("Could the two men face a damages bill
    if found guilty?"): someone's guess on a supposition, or the penalty the law sets on a condition, which no event
    the story awaits settles (the condition itself may be the open matter). A hedged step on a condition ("Could
    Ann Lee call an election if the budget fails?"), a "Will" forecast on one ("Will Ann Lee nominate Tom Reed if
    elected?") and a polled share's stated intent ("Would nearly half of users stop using the site if ...?", a
    finding to test) stay."""
    bare = _bare(c.text)
    if SHARE_SUBJECT.match(c.text) is not None or re.search(r"\b(?:if|unless)\b", bare, re.I) is None:
        return False
    return bare.startswith("Would ") or \
        re.match(r"(?:Could|Might) [^?]*?\bface\b[^?]*\b(?:if|unless)\b", bare) is not None


#: an "if" clause that supposes who wins a vote: "if Tom Reed wins (the nomination)", "if she is elected",
#: "if Reed is the party's nominee", "if he becomes president" (a win of anything else, "if they win the cup", is no vote)
ELECTION_IF = re.compile(r"\bif\b [^?,]*?\b(?:(?:wins?|won)(?: [\w'-]+){0,3} (?:nomination|election|presidency|"
                         r"primary|primaries|caucus(?:es)?|vote|ballot)\b|(?:wins?|won)(?=[,?])|(?:is|are|gets?|were) "
                         r"(?:re-?)?elected\b|becomes? (?:the )?(?:president|prime minister|nominee)\b|(?:is|are|were) "
                         r"(?:the|their|its|his|her) (?:[\w']+ )?(?:nominee|candidate)\b)")


def _election_supposed(ctx: _Context, c: Candidate, doc) -> bool:
    """A "Could"/"Might" question about something other than a named person that hangs on who wins a vote ("Could
    the Avonia Party take three seats if Tom Reed wins the nomination?", "Could the dislike of Reed cost the party
    seats if Reed is the nominee?", "Could the council reverse the rules if Ann Lee wins?"): the story's own
    campaign reasoning on a supposition, which no event settles apart from the vote itself (asked on its own,
    "Will Tom Reed win the nomination?"). A named person's step ("Could Ann Lee call an election if Tom Reed
    wins?") and a condition that is no vote ("Could the port close if the strike spreads?") stay."""
    bare = _bare(c.text)
    if not re.match(r"(?:Could|Might) ", bare) or ELECTION_IF.search(bare) is None:
        return False
    toks = _asked_part(doc)
    subj = next((t for t in toks[1:] if t.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
    return subj is None or not _person_named(ctx, subj)


#: a share of people as the subject, as a poll gives it: "Would nearly half of all users ...", "Could 40% of voters"
SHARE_SUBJECT = re.compile(r"^\w+ (?:(?:nearly|almost|about|around|over|more than|up to|only) )?(?:half|a third|"
                           r"two-thirds|a quarter|a majority|most|one in \w+|\d+(?:\.\d+)? ?(?:%|per ?cent))(?!\w)")


#: "there be" with a count left unsaid: "several trends", "a number of reasons", "other species"
VAGUE_THERE = re.compile(r"^(?:Will|Could|Would|Might|May) there be (?:several|a number of|a few|a little|some|"
                         r"many|numerous|various|other)\b")


def _vague_existence(c: Candidate) -> bool:
    """Whether there will (or could) be some unsaid number of things ("Will there be several key trends to
    watch?", "Could there be a number of reasons for the fall?"): the sentence only announces that it lists or
    guesses them, and the question asks nothing an event settles. One named thing ("Will there be a yes vote?")
    stays."""
    return VAGUE_THERE.match(c.text) is not None


def _claimed_quality(c: Candidate, doc) -> bool:
    """A quality someone claims, accuses or suggests, asked back as "Is X <adjective>?" ("Is Ann Lee unqualified?"
    from "claims that Lee is unqualified", "Is the process unfair?", "Was Tom Reed aware of any wrongdoing?" from
    "no suggestion that Reed was aware"): a judgement, or what nobody alleges, which no event settles. A claimed
    act ("Did Tom Reed break a promise?") or place ("Is Acme behind the purchase?") is asked as such."""
    toks = [t for t in doc if not t.is_space]
    if c.kind != "claim" or len(toks) < 4 or toks[0].lower_ not in ("is", "are", "was", "were"):
        return False
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_ == "be" and \
        any(x.dep_ == "acomp" and x.pos_ in ("ADJ", "VERB") for x in root.children)


#: verbs that never end a clause without their object ("Could the move dent?", "... deny wrongdoing and state?")
OBJECT_VERBS = frozenset("put dent state have make give bring include cause require provide offer seek damage "
                         "undermine replace threaten lose win say tell choose reveal announce send want mention "
                         "select propose suggest".split())
# (what is lost or won: "Will X lose?"; what is said or chosen: "Will X say, as excerpts suggest?")


def _object_dropped(doc) -> bool:
    """The asked part (before ", as X says" / ", according to X") ends on a verb that needs an object ("Could the
    downing of the sites dent?", "Will the directors deny wrongdoing and state, according to ...?", "Will X choose,
    as many fear?"), or its "put"
    or "have" is followed only by a phrase of place or manner ("Will the proposals put at risk, as ...?", "Will the
    management have in a confidential manner?"): the object was lost in the building."""
    asked = [t for t in _asked_part(doc, ("as", "according")) if t.text not in ("?", ",")]
    if len(asked) < 3:
        return False
    last, before = asked[-1], asked[-2]
    if last.lower_ in OBJECT_VERBS and before.tag_ not in ("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "TO") and \
            before.lower_ not in ("a", "an", "the", "to"):
        return True
    for t in asked[1:]:
        passive = t.i > 0 and doc[t.i - 1].lower_ in ("be", "been", "being")  # "be put on X": no object due
        if t.lower_ in ("put", "have") and not passive and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "IN" and \
                doc[t.i + 1].dep_ == "prep" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "acomp", "attr")
                                                        for c in t.children):
            return True
    return False


CLAUSE_ARGS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass", "auxpass")


def _contact_relative(ctx: _Context, c: Candidate, doc) -> bool:
    """The asked verb stood in a relative clause with no relative word, which the small model reads as a reported
    clause ("damages the two men could bring against the firm", "views he believes the press fails to reflect"):
    its object is the noun the clause hangs on, and the question ("Could the two men bring against the firm?")
    lost it. Read on the source: the clause's subject comes straight after a noun that no verb above it governs
    ("told reporters the deal would close" is a saying verb's object and its clause)."""
    verbs = [t for t in _asked_part(doc, ("as", "according")) if t.pos_ == "VERB"]
    if not verbs or any(x.dep_ in CLAUSE_ARGS for x in verbs[-1].children):
        return False
    sent = ctx.sents[c.sent_index][2]
    for v in sent:
        if v.lower_ != verbs[-1].lower_ or any(x.dep_ in CLAUSE_ARGS for x in v.children):
            continue
        h = v
        while h.dep_ in ("xcomp", "ccomp") and h.head.i != h.i:
            s = next((x for x in h.children if x.dep_ == "nsubj"), None)
            if h.dep_ == "ccomp" and s is not None and s.left_edge.i > sent.start:
                n = sent.doc[s.left_edge.i - 1]  # (not the clause's own opening phrase: "under our plans we expect")
                if n.pos_ == "NOUN" and n.dep_ in ("dobj", "pobj") and n.ent_type_ not in ("DATE", "TIME") and \
                        n.head.i != h.head.i and not (n.head.dep_ == "prep" and n.head.head.i in (h.i, h.head.i)):
                    return True
            h = h.head
    return False


def _complement_cut(ctx: _Context, c: Candidate, doc) -> bool:
    """The asked part ends on a word that, where the source sentence uses it (after the same word), goes straight
    on to the bare verb it governs ("... and in particular help?" from "and in particular help address the
    revolving door"): the clause was cut short in the building (the small model tags many such verbs as nouns, so
    the test is on the words; "pressured by the owners to drop X" may lose its purpose clause)."""
    asked = [t for t in _asked_part(doc, ("as", "according")) if t.text not in ("?", ",")]
    if len(asked) < 3 or not asked[-1].is_alpha:
        return False
    sent = ctx.sents[c.sent_index][2]
    same = [t for t in sent if t.lower_ == asked[-1].lower_ and t.i + 1 < sent.end and t.i > sent.start and
            t.doc[t.i - 1].lower_ == asked[-2].lower_]  # (the same two words: the source's own use of it)
    return bool(same) and all(t.doc[t.i + 1].tag_ == "VB" for t in same)


def _pointed_back(doc) -> bool:
    """The question names what it asks about only by pointing back into the story: a demonstrative ("dampen that
    foreign demand", "Will this year be no exception?"; a "that" misread as a marker on a noun too) or a place it
    calls "here" ("Will a similar event take place here?"): which demand or place is in another sentence, and the
    question does not stand alone. A time it points to ("this week", "this Harbour Cup campaign") is a date."""
    asked = _asked_part(doc)
    if not asked or len(asked) < 4:
        return False
    for t in asked[1:]:
        if t.lower_ in DEMONSTRATIVE and t.dep_ in ("det", "mark") and t.head.pos_ == "NOUN" and \
                not any(c.pos_ == "PROPN" for c in t.head.children) and t.head.dep_ != "npadvmod" and \
                (t.head.dep_ in ("nsubj", "nsubjpass") or t.head.lemma_.lower() not in TIME_NOUNS):
            return True
        if t.lower_ == "here" and t.dep_ == "advmod" and t.head.pos_ in ("VERB", "AUX"):
            return True
        if t.lower_ == "one" and t.dep_ in ("dobj", "pobj") and not list(t.children):
            return True  # "Will she try to deliver one?": one of what the story named before
    return False


def _unnamed_country(doc) -> bool:
    """The question's subject, or whose it is, is "the country" ("Is the country's retreat into recession over?",
    "Will the country declare its intention?"): which country is in another sentence. As an object ("flee the
    country") it names no one the question is about, and stays."""
    subj = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    return any(t is not None and t.lower_ == "country" and
               [c.lower_ for c in t.children if c.dep_ != "case"] == ["the"] for t in (subj, owner))


#: what a thing may turn out to cause: "could be a source of new infections" is a warned consequence, not a label
RISK_NOUNS = {"source", "cause", "threat", "risk", "danger", "factor", "trigger", "target", "hazard", "obstacle"}


def _hedged_label(doc) -> bool:
    """A hedged label put to its subject ("Could the console be a competitor on the phone side?", "Could a revival
    be more than just hot air?"): an assessment of what the thing amounts to, which no event settles. A named
    post or title ("Could Ann Lee be the next chair?") is a matter that can be decided, and stays."""
    toks = [t for t in doc if not t.is_space]
    if len(toks) < 4 or toks[0].lower_ not in ("could", "might", "may"):
        return False
    be = next((t for t in toks[1:] if t.lemma_ == "be" and t.dep_ in ("ROOT", "conj")), None)
    if be is None or be.i + 1 >= len(doc) or any(c.dep_ == "expl" for c in be.children) or toks[1].lower_ == "there":
        return False  # ("Could there be a slowdown?": something that may happen, not a label)
    if doc[be.i + 1].lower_ == "more" and be.i + 2 < len(doc) and doc[be.i + 2].lower_ == "than":
        return True
    return any(c.dep_ == "attr" and c.lemma_.lower() not in RISK_NOUNS and
               any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in be.children)


ONE_OF_A_KIND = {"government", "police", "parliament"}  # "the government": whose is plain from the story
STORY_REACH = 3  # the sentences that, with the headline, say what the story is about
#: entity types that name something a reader can place (a date or an amount names nothing)
NAMED_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


def _story_words(ctx: _Context) -> set[str]:
    """The lemmas of the article's headline and first three sentences (a headline may be cut short): what the story
    is about, which needs no name in a question."""
    if ctx._story is None:  # once an article: every candidate the gate reads asks it
        title = ctx.parsed.title_doc
        spans = ([title] if title is not None else []) + [sp for _, _, sp, _ in ctx.sents[:STORY_REACH]]
        ctx._story = {t.lemma_.lower() for sp in spans for t in sp}
    return ctx._story


def _unanchored_subject(ctx: _Context, c: Candidate, doc) -> bool:
    """The question asks about a thing it names only by a common noun with an article or quantifier, and nothing in
    what it asks (before its attribution) is a name ("Will the money be allocated by next year?", "Could the
    charges be dropped?", "Will all parties appeal?", "Will the moves to ... go ahead?", "Will other clubs
    suffer?"): which money, whose charges, which others, is in another sentence, and the question does not stand alone. The story's own topic, a word of its
    headline or lead ("the new species" in a story about one), a "next" one, a person the article leaves unnamed
    ("the driver in the silver car"), "the government" or "the police", the thing asked for ("Which plants will
    close?"), a thing said by what it is of ("the
    progress of the past eight years", "the radicalisation of would-be fighters"), and an unknown the article says is open
    ("What is the value of the deal?", "whether the sale will ...") stay."""
    if c.kind.startswith("open:unknown") or c.kind == "whether":
        return False  # (the article says the matter is open: "has not decided whether the sale will ...")
    asked = _asked_part(doc)
    if any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_ENTS for t in asked):
        return False
    subj = next((t for t in asked if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "NOUN" and any(d.lower_ == "other" for d in subj.children):
        return True  # "Will other clubs suffer?": other than the ones in another sentence
    if subj is None or subj.pos_ != "NOUN" or not any(d.dep_ in ("det", "predet") for d in subj.children) or \
            any(d.lower_ == "next" or d.tag_ == "WDT" for d in subj.children) or \
            subj.lemma_.lower() in lex.PERSON_NOUNS | ONE_OF_A_KIND or \
            any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" for o in p.children)
                for p in subj.children):
        return False  # (a person the article itself leaves unnamed, "the driver in the silver car", is asked so; a
        # thing said by what it is of, "the radicalisation of would-be fighters", stands alone)
    words = {subj.lemma_.lower()} | {d.lemma_.lower() for d in subj.children if d.dep_ == "compound"}
    return not words & _story_words(ctx)  # ("the library buildings" in a story about closing libraries)


#: bodies and things one of a kind wherever a story stands ("the Senate ... the chamber", "the public", "the world")
UNIQUE_HEADS = ONE_OF_A_KIND | {"chamber", "house", "senate", "court", "courts", "congress", "legislature", "cabinet",
                                "public", "world", "economy", "nation", "country", "state", "city", "market", "markets",
                                "president", "prime", "end", "start", "beginning", "future", "past", "rest", "way",
                                "first", "last", "same", "top", "bottom", "field", "ground", "pitch", "election",
                                "race", "nomination", "league", "title", "season"}
DESCRIBED_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative")


def _bare_description(ctx: _Context, c: Candidate, doc) -> bool:
    """The question leans on a bare definite description of a thing ("Could the plan cost X votes?", "Will X use the
    channel as ...?", "Will the row fade?"): "the" and a common noun, nothing that says which, not a word of
    the story's headline or lead, and not a word the article keeps using (three times or more: the thing the
    story is about, "the book" in a story about one): which plan or channel is in another sentence, whatever names
    stand beside it.
    A person the article leaves unnamed, a time, an event (:data:`EVENTS`: "the summit" a story is set at), a body
    or thing one of a kind (:data:`UNIQUE_HEADS`), and a matter the article says is open stay."""
    if c.kind.startswith("open:unknown") or c.kind == "whether":
        return False
    story = None
    for t in _asked_part(doc)[1:]:
        if t.pos_ != "NOUN" or t.tag_ not in ("NN", "NNS") or t.ent_type_ or t.dep_ not in DESCRIBED_DEPS or \
                [x.lower_ for x in t.children if x.dep_ not in ("case", "punct")] != ["the"]:
            continue
        low = t.lemma_.lower()
        if low in UNIQUE_HEADS or t.lower_ in UNIQUE_HEADS or low in TIME_NOUNS or low in lex.PERSON_NOUNS or \
                low in lex.PERSON_ROLES or low in BOUND_HEADS or low in EVENTS or t.lower_ in EVENTS:
            continue  # (an unnamed body, "the firm", is :func:`_unnamed_body`'s; "the summit" is the story's event)
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("of", "that", "which", "who"):
            continue  # ("the end of ..." misattached: said by what it is of)
        if not _main_argument(t):
            continue  # ("the full text of the advice", "beyond studying the issues": inside a larger phrase)
        story = _story_words(ctx) if story is None else story
        if low not in story and t.lower_ not in story and \
                len(re.findall(r"\b" + re.escape(t.lower_) + r"\b", ctx.parsed.article.text, re.I)) < 3:
            return True
    return False


def _main_argument(t: "Token") -> bool:
    """``t`` is an argument of the question's own verbs: its subject or object, or a preposition's object on them,
    not a word inside a larger noun phrase ("the text of the advice") or an aside clause ("beyond studying ...")."""
    x = t
    while x.head.i != x.i:
        if x.dep_ == "pobj":
            if x.head.head.pos_ not in ("VERB", "AUX") and x.head.head.dep_ != "ROOT":
                return False
        elif x.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "dative", "prep", "xcomp", "conj", "ROOT", "aux"):
            return False
        x = x.head
    return True


#: verbs whose question is empty without what they answer or aim at ("How will X respond?", "Will the navy try?")
OBJECTLESS_FORMS = frozenset("respond responds responded react reacts reacted reply replies replied retaliate "
                             "retaliates try attempt".split())  # (not "tried": "Will they be tried?" is a trial)
#: verbs whose question is empty without what the one persuaded is to believe or do ("convince the judges" of what)
PERSUADE_FORMS = frozenset("convince convinces convinced persuade persuades persuaded".split())


def _object_less(doc) -> bool:
    """The asked verb needs what it answers, aims at or argues for, and the question left it out ("How will the
    campaign respond?", "Will the navy try?", "Will the union convince the judges?"): the source clause's object
    was elsewhere, and the question asks nothing a reader can place. Read on the words, not the parse (the small
    model tags many of these verbs as nouns): a reply or attempt verb ends the asked part (an adverb aside), and
    a "convince" has no "to", "that" or "of" after it."""
    asked = [t for t in _asked_part(doc, ("as", "according")) if not t.is_punct]
    for k, t in enumerate(asked[1:], 1):
        rest = asked[k + 1:]
        if t.lower_ in OBJECTLESS_FORMS and all(x.pos_ == "ADV" or x.lower_ in ("now", "soon") for x in rest):
            return True
        if t.lower_ in PERSUADE_FORMS and not any(x.lower_ in ("to", "that", "of") for x in rest):
            return True
    return False


def _speakers_hope(ctx: _Context, c: Candidate) -> bool:
    """The question asks back what its speaker only hopes: the clause it comes from carries "hopefully" ("the cards
    will hopefully reduce piracy") or is what "I" or "we" hope ("we hope that young people will take part"). A
    hope is the speaker's wish for their own plan, not an open matter; a hope reported of others ("it is hoped
    the machines could ...") and the speaker's own attempt ("hopefully I'll come back with a medal") stay."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", _bare(c.text))}
    for t in ctx.sents[c.sent_index][2]:
        if t.lower_ == "hopefully" and t.head.pos_ in ("VERB", "AUX") and t.head.lower_ in asked and \
                not any(s.lower_ in ("i", "we") for s in t.head.children if s.dep_ in ("nsubj", "nsubjpass")):
            return True  # (not "hopefully I'll come back with a medal": the speaker's own attempt)
        if t.lemma_.lower() == "hope" and t.pos_ == "VERB" and \
                any(s.lower_ in ("i", "we") for s in t.children if s.dep_ == "nsubj") and \
                any(v.dep_ == "ccomp" and v.lower_ in asked for v in t.children):
            return True
    return False


#: a party's readiness for a step: "Is X willing to back Y?" asks whether the step will come, an open matter
READY_TO = re.compile(r"\b(?:willing|prepared|ready|poised|set|able|unable|likely|unlikely) to\b")


def _capability_use(doc) -> bool:
    """A "Could X be used as/for Y?" or "Could X use Y like Z?": a use the thing can be put to, which the story
    states ("the console could be used as a synthesizer", "IPTV could be used for home-monitoring"): asked back,
    its answer is the sentence itself. A use with a purpose clause ("be used to identify people") and a "Can"
    of permission ("Can the council use the land for housing?") stay."""
    toks = _asked_part(doc)
    if not toks or toks[0].lower_ != "could":
        return False
    for v in toks:
        if v.lemma_.lower() != "use" or v.pos_ != "VERB":
            continue
        heads = [v] + [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(p.dep_ == "prep" and p.lower_ in ("as", "for", "like") for h in heads for p in h.children):
            return True
    return False


def _hedged_state(c: Candidate, doc) -> bool:
    """A may/might/could hedge asked back in its own tense, no longer as a forecast: a state ("X may be risky" ->
    "Is X risky?", "may be the key to" -> "Is X the key to ...?"), whoever hedged, or, when no one is named as
    holding it, the reporter's own hedge on something under way ("the tide could be beginning to turn" -> "Is the
    tide beginning to turn?"). Nothing the story awaits settles either; it asks an impression back. A named party's
    hedge on an event ("Was Parliament misled, as X says?") and a party's readiness for a step ("may be willing to
    back Y") are still asked."""
    if c.kind != "modal" or not re.match(r"(?:Is|Are|Was|Were) ", c.text) or READY_TO.search(_bare(c.text)):
        return False
    if not ATTRIBUTED.search(c.text):
        return True
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_.lower() == "be" and \
        any(x.dep_ in ("acomp", "attr") for x in root.children)


ACT_PARTS = frozenset("dobj prep attr agent acomp xcomp advmod npadvmod dative prt oprd auxpass".split())


def _act_weighed(doc) -> bool:
    """A forecast whose subject is an act, a gerund clause, asks what the act would do or be: "Will lifting the
    ban boost investment, as analysts say?", "Will meeting the rules be expensive?", "Will following X be a
    challenge?". That is the view of whoever weighs the act, no event to wait for; an agent's step ("Will Tom Hale
    lift the ban?") is asked as such, and so is the act's place in a plan to come ("Will curbing X be part of the
    reform?"). A hedged "Could ...?" is a possibility still open (a study's "could protect"), left to the other checks."""
    toks = [t for t in doc if not t.is_space]
    if len(toks) < 4 or toks[0].lower_ not in ("will", "would") or toks[1].tag_ != "VBG" or \
            toks[1].dep_ in ("amod", "compound") or (toks[1].head.i > toks[1].i and toks[1].head.pos_ in ("NOUN", "PROPN")):
        return False  # "Will rising prices ...": a participle on a noun, the noun the subject
    if toks[2].tag_ not in ("DT", "PRP$", "IN", "TO", "RP", "VBN", "CD") and toks[2].pos_ != "PROPN":
        return False  # "Will restructuring plans ...", "striking workers": a bare noun after it may be what it describes
    # the act: the gerund and what it takes (the small model may make it the root, the main verb a conjunct of it)
    act_end = max([toks[1].i] + [x.i for c in toks[1].children if c.i > toks[1].i and c.dep_ in ACT_PARTS
                                 for x in c.subtree])
    pred = next((t for t in toks if t.i > max(1, act_end) and t.tag_ in ("VB", "VBP") and t.pos_ in ("VERB", "AUX")),
                None)
    if pred is None:
        return False
    if pred.lemma_.lower() != "be":
        return ATTRIBUTED.search(doc.text) is not None  # weighed by the one it is put to; bare, "striking workers
        # return" may be a participle on a noun after all
    nxt = [t for t in toks if t.i > pred.i][:3]
    return bool(nxt) and (nxt[0].pos_ == "ADJ" or (nxt[0].lower_ in ("a", "an") and len(nxt) > 1) or
                          (nxt[0].pos_ == "ADV" and len(nxt) > 1 and nxt[1].pos_ == "ADJ"))


def _question_page(ctx: _Context) -> bool:
    """The article asks three or more questions of its own: a comments page or a column of rhetorical ones."""
    return sum(1 for _, _, sp, _ in ctx.sents if sp.text.rstrip().rstrip("'\"’”").endswith("?")) >= 3


def _unaskable(ctx: _Context, c: Candidate, doc) -> bool:
    """A candidate an editor would strike however it ranks: lifted from a rhetorical question, asked of a bare
    generic subject, with a cut subject, a run-on sentence or nothing nameable to ask about."""
    if c.kind == "open:own-question" and any(t.pos_ == "VERB" and t.lemma_.lower() in ("ask", "say", "wonder", "tell")
                                             for t in ctx.sents[c.sent_index][2]):
        return True  # "After all, he asked - what group could pay for that?": a speaker's question, not the article's
    if c.kind == "open:own-question" and _question_page(ctx):
        return True
    if c.kind.startswith("open:"):
        return _run_on(c.text) or _dangling_conjunction(doc)
    # a bare plural is generic in what a party is keen to do ("firms are keen to ..."); a forecast's ("governments
    # will have to impose fees") is read against the story's own subject, and a denial is a dispute whoever denies
    generic = _generic_subject_question(doc, bare_plural=c.kind == "raise")
    return _rhetorical_source(ctx, c) or generic or _dangling_conjunction(doc) or _run_on(c.text) or \
        _vague_wh(doc) or (c.kind in ASKED_BACK and not _disputed_near(ctx, c.sent_index) and _proposal_effect(doc))


FINITE_OR_BARE = ("VB", "VBP", "VBZ", "VBD", "MD")


def _rough(doc) -> bool:
    """A garble a weaker candidate must not carry into a free slot: a possessive left dangling before a verb
    ("Will Acme's have any chance ...?"), a second bare-verb clause tacked on after a comma ("..., and change the
    trend?"), a dateline weekday fused to the subject ("Will Thursday Jo Bloggs announce ...?") or a yes/no question
    cut after its copula ("Will many people be?")."""
    toks = [t for t in doc if not t.is_space]
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        possessive = t.tag_ == "POS" or (t.text in ("'", "’") and i > 0 and toks[i - 1].text[-1:].lower() == "s" and
                                         not toks[i - 1].whitespace_)
        if possessive and nxt.tag_ in FINITE_OR_BARE:
            return True
        if t.lower_ == "and" and i > 0 and toks[i - 1].text == "," and nxt.tag_ == "VB":
            return True
    if len(toks) > 2 and toks[-2].lower_ == "be" and toks[0].tag_ not in ("WDT", "WP", "WP$", "WRB"):
        return True  # "Will many people be?": a yes/no question cut after its copula
    return len(toks) > 2 and toks[1].lower_ in WEEKDAYS and toks[2].pos_ == "PROPN"


def _own_plan_said(ctx: _Context, c: Candidate) -> bool:
    """The speaker's own report or plan asked back: the source sentence says, with no hedge, that something of
    the speaker's will happen ("Jo Bloggs said his forthcoming review would cover X" -> "Will Jo Bloggs's
    forthcoming review cover X?"). The speaker decides it; the story states it."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", c.text)}
    for v in ctx.sents[c.sent_index][2]:
        # the clause is the statement itself: "said (that) his review would ...", not "do not know what ... will be"
        rep = v.head if v.pos_ in ("VERB", "AUX") and v.dep_ == "ccomp" and v.head.lemma_ in lex.REPORT_VERBS and \
            not _is_negated(v.head) and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in v.subtree) else None
        speaker = _speaker_of(rep) if rep is not None else None
        if speaker is None:
            continue
        auxes = {a.lower_ for a in _auxes(v)}
        if not auxes & {"will", "would", "'ll"} or auxes & {"could", "might", "may", "can"}:
            continue
        subj = _subject(v)
        if subj is not None and subj.lower_ in asked and _speakers_own(subj, speaker):
            return True
    return False


#: verbs whose clause is a timetable: an event held, met, opened, published or answered at a time the story gives
TIMETABLE_VERBS = {"meet", "open", "begin", "start", "resume", "convene", "respond", "reply", "hear", "issue",
                   "release", "publish", "hold", "stage", "air", "broadcast", "unveil"}
#: in the source sentence, a word that leaves the timetable itself open ("is likely to meet", "could open")
TIMETABLE_DOUBT = {"likely", "unlikely", "if", "unless", "whether", "unclear", "uncertain", "hope", "hopes", "hoped",
                   "hoping", "doubt", "doubts", "delay", "delayed", "postpone", "postponed"}


def _stated_timetable(ctx: _Context, c: Candidate, doc) -> bool:
    """A stated timetable asked back: a "Will" question whether an event takes place, is held, met, opened,
    issued or answered at the time the story gives ("Will the mock votes take place around 5 May?", "Will the
    first cards be issued in 2008?", "Will both clubs respond by 23 December?") when nothing in the source
    sentence leaves it open (no "likely", "could", "if", "delayed"). The date is the story's answer; a step whose
    outcome is open at a dated event ("Will Acme win the contract on Monday?"), a call to act by a date ("...,
    as Jo Bloggs urges?") and a promise to deliver by one (kind "pledge") stay."""
    asked = _asked_part(doc)
    if not asked or asked[0].lower_ != "will" or c.kind.startswith("open:unknown") or c.kind in ("whether", "pledge"):
        return False
    tail = doc[asked[-1].i + 1:].text
    if re.search(r"\b(?:urges?|insists?|warns?|predicts?|expects?|believes?|hopes?|fears?|demands?)\?$", tail):
        return False
    root = next((t for t in asked if t.dep_ == "ROOT"), None)
    if root is None or _is_negated(root):
        return False
    lemma = root.lemma_.lower()
    placed = lemma == "take" and any(x.dep_ == "dobj" and x.lower_ == "place" for x in root.children)
    sale = lemma == "go" and any(x.dep_ == "prep" and x.lower_ == "on" and any(o.lower_ == "sale" for o in x.children)
                                 for x in root.children)
    if lemma not in TIMETABLE_VERBS and not placed and not sale:
        return False
    if lemma == "meet" and any(x.dep_ == "dobj" and x.pos_ == "NOUN" for x in root.children):
        return False  # "Will the EU meet its target by 2010?": a goal to reach, not a meeting
    ids = {x.i for x in asked}
    if not any(x.i in ids and x.i > root.i and (x.ent_type_ in ("DATE", "TIME") or x.lower_ in DATE_WORDS or
                                                 YEAR.fullmatch(x.text)) for x in root.subtree):
        return False
    source = ctx.sents[c.sent_index][2]
    doubt = any(t.lower_ in TIMETABLE_DOUBT or (t.tag_ == "MD" and t.lower_ in ("may", "might", "could")) or
                # "is expected to reach the shops next autumn": a forecast of the date, not a timetable
                (t.lower_ == "expected" and any(x.dep_ == "xcomp" and x.lemma_.lower() == lemma for x in t.children))
                for t in source)
    return not doubt and not source.text.rstrip().endswith("?") and not _disputed_near(ctx, c.sent_index)


def _struck(ctx: _Context, c: Candidate, doc) -> bool:
    """Every reason an editor strikes a candidate, read from its text and ``doc`` (its own parse): what
    :func:`_unaskable` finds, a phrase or figure only asked back, a cut or unnamed subject, a thing, place or
    time only pointed back to, a verb's object lost (:func:`_object_dropped`) or an aside tacked on at the end
    (:func:`_aside_tacked_on`), a possibility supposing who wins a vote (:func:`_election_supposed`), the speaker's own
    plan asked back, a label or figure echoed (a registered open
    matter may keep a label or a figure), a characterisation, a thing named only by a common noun the story's
    headline and lead do not name (:func:`_unanchored_subject`), the speaker's own hope asked back
    (:func:`_speakers_hope`), a stated timetable asked back (:func:`_stated_timetable`), a contrast the speaker drew
    (:func:`_preference_asked`), a grade by degree
    asked back (:func:`_degree_grade`), a bare "the plan" (:func:`_bare_description`), a verb left without what
    it answers or argues for (:func:`_object_less`), a view about a thing asked back with its holder
    (:func:`_statement_asked_back`) or a source's likelihood asked back without it (:func:`_likelihood_said`), a claim
    of merit asked back with no dispute near, or an
    answer the sentence gives as certain (:func:`_certainty_stated`)."""
    opened = c.kind.startswith("open:")
    return _unaskable(ctx, c, doc) or _quoted_phrase(ctx, c) or _approximate_figure(c) or _cut_at_aux(c) or \
        _unnamed_body(c) or _unnamed_tally(doc) or _pointed_back(doc) or _unnamed_country(doc) or _deictic_time(c) or \
        _object_dropped(doc) or _contact_relative(ctx, c, doc) or _complement_cut(ctx, c, doc) or _aside_tacked_on(c) or \
        _hedged_conditional(c) or _election_supposed(ctx, c, doc) or _vague_existence(c) or _claimed_quality(c, doc) or \
        _unanchored_subject(ctx, c, doc) or _speakers_hope(ctx, c) or _stated_timetable(ctx, c, doc) or \
        _necessity_said(c) or _preference_asked(c) or (not opened and _own_plan_said(ctx, c)) or \
        (not opened and (_hedged_label(doc) or c.kind != "pledge" and _figure_echo(doc))) or \
        (_attributed_figure(doc) and not _forecast_attributed(ctx, c, doc)) or _characterisation(doc) or \
        _polarity_lost(ctx, c, doc) or \
        _denial_turned(ctx, c, doc) or \
        _should_made_will(ctx, c, doc) or _certainty_stated(ctx, c, doc) or _stray_object_pronoun(doc) or \
        _saying_asked(doc) or _view_asked_back(ctx, c, doc) or _statement_asked_back(c, doc, ctx) or \
        _likelihood_said(ctx, c, doc) or \
        _condition_lost(ctx, c) or _bare_person_subject(doc) or _timetable_asked(ctx, c, doc) or \
        _bare_description(ctx, c, doc) or _object_less(doc) or _possessive_cut(ctx, c) or \
        (c.kind in ASKED_BACK and (_degree_grade(doc) or not _disputed_near(ctx, c.sent_index) and
                               (_merit_claim(doc) or _act_weighed(doc) or
                                _predicate_figure(doc) and not _forecast_of_figure(ctx, c, doc)))) or \
        _hedged_state(c, doc) or _capability_use(doc)


YES_NO_OPENERS = frozenset("will would could can may might is are was were has have had does do did".split())
FORECAST_MODALS = frozenset("will would could can 'll wo ca".split())
NO_WORDS = frozenset("no nobody nothing none neither".split())


def _source_verbs(ctx: _Context, c: Candidate, doc) -> list["Token"]:
    """The verbs of the source sentence that the question asks (by lemma: "be making" asks "making")."""
    # (the small model tags some asked verbs as nouns, "Will a team visit the quay?": the root counts too)
    asked = {t.lemma_.lower() for t in _asked_part(doc)[1:] if t.pos_ == "VERB" or t.dep_ == "ROOT"}
    return [v for v in ctx.sents[c.sent_index][2] if v.pos_ == "VERB" and v.lemma_.lower() in asked]


def _flat_negated_forecast(v: "Token") -> bool:
    """``v`` is a forecast or possibility the sentence itself denies, with nobody's view around it: "X will
    certainly not do Y", "No sum could buy Y", "crews are less likely to do Y". A denial
    someone holds ("she fears the army will not ...", "he said he would not ...") stays an open matter."""
    modal = any(a.lower_ in FORECAST_MODALS for a in _auxes(v))
    subj = _subject(v)
    no_subject = subj is not None and (subj.lower_ in NO_WORDS or
                                       any(d.dep_ == "det" and d.lower_ == "no" for d in subj.children))
    less_likely = v.dep_ == "xcomp" and v.head.lemma_ == "likely" and \
        any(a.dep_ == "advmod" and a.lower_ in ("less", "no") for a in v.head.children)
    if not (less_likely or modal and (_is_negated(v) or no_subject)):
        return False
    held = v.head if less_likely else v
    while held.dep_ in ("xcomp", "conj", "acomp") and held.head.i != held.i:
        held = held.head
    # a clause under another verb is someone's view, report or fear; only the sentence's own root is flat
    return held.dep_ == "ROOT"


def _polarity_lost(ctx: _Context, c: Candidate, doc) -> bool:
    """A yes/no question asked of what the sentence flatly denies ("Hale will certainly not call again" ->
    "Will Hale call again?"): the story has answered it, and the question turns its answer round."""
    toks = _asked_part(doc)
    if not toks or toks[0].lower_ not in YES_NO_OPENERS or any(t.dep_ == "neg" or t.lower_ in NO_WORDS for t in toks):
        return False
    return any(_flat_negated_forecast(v) for v in _source_verbs(ctx, c, doc))


NO_DOUBT = re.compile(r"(?:^\W*|[,;] (?:and|but) )there(?: is| was| can be|['’]s) (?:no|little) (?:doubt|question)"
                      r"(?: in \w+ mind)?(?: that)?\b", re.I)  # "There's no question X could ...": the speaker's certainty


#: words only a denial licenses ("would never encourage any kind of X", "would not easily forgive", "not much"),
#: besides the "any" words (any, anyone, anything ...), found by their prefix
DENIAL_WORDS = frozenset("ever easily much".split())


def _denial_turned(ctx: _Context, c: Candidate, doc) -> bool:
    """A yes/no question that turns round a denial someone holds and keeps a word only the denial licensed ("Will
    Tom Reed encourage any kind of revolt?" from "he said Reed would never encourage any kind of revolt", "Will
    the change make much difference?" from "she says the change would not make much difference"): the speaker's
    assurance or verdict read back the other way, not an open matter."""
    toks = _asked_part(doc)
    if not toks or toks[0].lower_ not in YES_NO_OPENERS or any(t.dep_ == "neg" or t.lower_ in NO_WORDS for t in toks):
        return False
    if not any(t.lower_ in DENIAL_WORDS or t.lower_.startswith("any") for t in toks[1:]):
        return False
    return any(_is_negated(v) and any(a.lower_ in FORECAST_MODALS for a in _auxes(v))
               for v in _source_verbs(ctx, c, doc))


def _flat_certain(v: "Token") -> bool:
    """``v`` is a forecast or state the sentence itself gives as settled, with nobody's view around it: "X will
    definitely be out", "X would almost certainly win". A certainty someone is reported to hold ("he declared he
    would certainly do Y") is their claim and stays open."""
    if not any(a.dep_ == "advmod" and a.lower_ in CERTAIN_ADVERBS for a in v.children):
        return False
    held = v
    while held.dep_ in ("xcomp", "conj") and held.head.i != held.i:
        held = held.head
    # a root still marked "that ..." is a content clause the parser lifted ("few hold the view that X will
    # definitely be needed"): someone's position, not the story's
    return held.dep_ == "ROOT" and not any(m.dep_ == "mark" and m.lower_ == "that" for m in held.children)


def _certainty_stated(ctx: _Context, c: Candidate, doc) -> bool:
    """A yes/no question asked of what the sentence states as certain ("Phil will definitely be out for six
    weeks", "There is no doubt that X are popular" -> "Will Phil be out ...?", "Are X popular?"): the story has
    answered it, or a speaker's certainty ("There's no doubt in my mind that X has the character to ...") is
    their verdict, asked back. The counterpart of :func:`_polarity_lost` for an affirmed answer."""
    toks = _asked_part(doc)
    if not toks or toks[0].lower_ not in YES_NO_OPENERS:
        return False
    if NO_DOUBT.search(ctx.sents[c.sent_index][2].text):
        return True
    # the asked verbs, and a copula ("will definitely be out"), which the verb match leaves out
    copulas = [v for v in ctx.sents[c.sent_index][2] if v.pos_ == "AUX" and v.lemma_ == "be"]
    return any(_flat_certain(v) for v in _source_verbs(ctx, c, doc) + copulas)


def _should_made_will(ctx: _Context, c: Candidate, doc) -> bool:
    """A "should" turned into a forecast with no one holding it ("The club should mend fences with X" -> "Will the
    club mend fences with X?"): the writer's view of what ought to happen is not what the story expects. A "should"
    someone says, argues or recommends, asked with its holder (", as X urges?") or as "Should ...?" stays."""
    if c.kind not in ASKED_BACK:
        return False  # (a decision the "should" leaves open, "should determine whether to X", is asked as such)
    toks = _asked_part(doc)
    if not toks or toks[0].lower_ != "will" or len(toks) < len([t for t in doc if not t.is_space]):
        return False  # the question carries its holder (", as X urges?")
    for v in _source_verbs(ctx, c, doc):
        held = v
        while held.dep_ in ("xcomp", "conj") and held.head.pos_ in ("VERB", "AUX") and held.head.i != held.i:
            held = held.head  # "should try to mend": the "should" is on "try"
        if held.dep_ == "ROOT" and any(a.lower_ in ("should", "ought") for a in _auxes(held)):
            return True  # (a "should" someone says or argues is their call: "the panel says X should ...")
    return False


#: verbs of a state of mind: what someone thinks, feels or wonders is their view, not an event ahead
VIEW_VERBS = frozenset("think feel reckon wonder".split())


def _view_asked_back(ctx: _Context, c: Candidate, doc) -> bool:
    """The question asks back, without its holder, what someone thinks, feels or wonders about a thing ("Will the
    merger break down the old rivalry?" from "I think the merger will break down the old rivalry", "Could a film
    ever win?" from "he thought it unlikely a film could ever win"): a view, which no event the story points to
    settles. A person's or a body's act ("I think Tom Reed will play"), a poll's finding ("several of those asked
    think ..."), a view asked with its holder (", as X thinks?") and a thinker with no subject of their own ("I am
    inclined to think she will compete") stay: forecasts of an event."""
    if c.kind.startswith("open:"):
        return False
    toks = _asked_part(doc)
    if not toks or len(toks) < len([t for t in doc if not t.is_space]):
        return False  # the question carries its holder (", as X believes?")
    for v in _source_verbs(ctx, c, doc):
        subj = _subject(v)
        if subj is None or subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or \
                subj.lemma_.lower() in lex.PERSON_NOUNS:
            continue  # "I think Tom Reed will play": a person's or a body's act to come, asked as such
        t = v
        for _ in range(4):
            head = t.head
            if head.i == t.i or t.dep_ not in ("ccomp", "acomp", "xcomp", "conj", "advcl"):
                break
            thinker = next((x for x in head.children if x.dep_ == "nsubj"), None)
            if t.dep_ in ("ccomp", "advcl") and head.lemma_.lower() in VIEW_VERBS and thinker is not None:
                # (what "most of those asked" or "several" think is a poll's finding, not one side's view)
                return thinker.tag_ != "CD" and thinker.lower_ not in QUANTITY and \
                    thinker.lower_ not in ("several", "those", "both")
            t = head
    return False


#: ", as X thinks?": the holder only thinks, believes or claims it (not "predicts", "expects", "warns", "urges",
#: "suggests"; nor "says", which as often reports a forecast of an event, "Will the vote be split, as the pollster
#: says?" (see :data:`SAID_BY`), nor "argues", which also asks back a call: "Will X be part of the reform, as Ann Lee argues?")
STATED_BY = re.compile(r", as .+ (?:thinks|think|believes|believe|maintains|maintain|claims|claim)\?$")
#: ", as Ann Lee says?" about a thing: a party's own statement (a maker's account of its product, an official's
#: account of a policy's effect) asked back; of those the gate strikes on the marked read sets and 180 held-out
#: BBC articles, 11 were struck by editors, 3 kept. Said by forecasters at large (", as analysts say?") it
#: stays: a forecast of an event.
SAID_BY = re.compile(r", as (?:.+ )?(\S+) (?:says|say)\?$")
#: "Will there be another cold spell, as Ann Lee predicts?": one speaker's forecast or case that some thing will
#: exist, with no one to bring it about and no date (editors struck all 4 on the read sets and h23b)
THERE_FORECAST = re.compile(r"(?:Will|Could) there be .+, as .+ (?:predicts|predict|argues|argue)\?$")
#: a call said ("the best policy is to prevent X" -> "Can X be prevented, as the panel says?"): asked like ", as X urges"
CALL_KINDS = frozenset({"prescribe", "pressure"})
FORECASTERS = frozenset("analysts analyst economists economist experts observers forecasters reports polls "
                        "survey surveys poll researchers scientists studies study".split())
#: in a date, a word that puts it in the past ("last year", "a decade ago"): no time ahead to settle the question by
PAST_DATE = frozenset("last ago previous earlier".split())


def _statement_asked_back(c: Candidate, doc, ctx: _Context | None = None) -> bool:
    """What someone thinks, believes, claims or maintains about a thing asked back with its holder ("Could there be
    potential for business, as Ann Lee thinks?", "Will the sale cause the firm harm, as Acme maintains?", "Will
    cutbacks be required, as officials believe?"): the subject is no named person or body whose act is awaited and
    no date ahead says when it is settled, so it is the holder's view or case, which no event settles. A named
    party's act ("Will Tom Reed resign, as Ann Lee thinks?"), a dated forecast ("..., in 2007, as analysts believe?")
    and a forecast, warning or call ("as X predicts / expects / warns / urges") stay. What a party says about a thing
    (", as Acme says?") goes the same way unless forecasters at large say it, the asked part names a person or a body,
    it is a call (:data:`CALL_KINDS`) or the sentence or the next disputes it."""
    if c.kind.startswith("open:"):
        return False
    asked = _asked_part(doc)
    if not STATED_BY.search(c.text) and not THERE_FORECAST.match(c.text):
        said = SAID_BY.search(c.text)  # (what a party says: only about a thing nobody names, undisputed)
        if said is None or c.kind in CALL_KINDS or said.group(1).lower() in FORECASTERS or \
                _names_party(asked, doc) or ctx is not None and _disputed_near(ctx, c.sent_index):
            return False
    return _unnamed_undated(asked, doc)


def _names_party(asked: list["Token"], doc) -> bool:
    """The asked part names a person, a body, a country or a place ("plans drawn up by Tom Reed", "Acme's policy",
    "talks in Westby", "Avonian output"), or its subject is one the article named by its kind ("the commission", "the
    rebels"): what is said is about a named party's act or a named place's matter, which events settle."""
    ids = {t.i for t in asked}
    if any(e.label_ in ("PERSON", "ORG", "GPE", "NORP") and e.start in ids for e in doc.ents):
        return True
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in BODY_NOUNS | lex.ORG_NOUNS | lex.GROUP_HEADS and
               any(d.dep_ == "det" and d.lower_ == "the" for d in t.children) for t in asked[1:])


def _likelihood_said(ctx: _Context, c: Candidate, doc) -> bool:
    """A source's word that a thing is likely to happen asked back without the source ("Ann Lee said the spread of the
    virus was likely to be small" -> "Will the spread of the virus be small?", "Tom Reed said the new fares were likely
    to stay low" -> "Will the new fares stay low?"): one speaker's assessment of a thing, put as if the story
    left it open. A named person's or body's act ("Tom Reed is likely to resign, she said") and a date ahead stay."""
    if c.kind != "raise" or ", as " in c.text:
        return False
    if not any(t.lemma_.lower() in ("likely", "unlikely") and t.dep_ == "acomp" and t.head.dep_ == "ccomp" and
               t.head.head.lemma_.lower() in lex.REPORT_VERBS for t in ctx.sents[c.sent_index][2]):
        return False
    return _unnamed_undated(_asked_part(doc), doc)


def _unnamed_undated(asked: list["Token"], doc) -> bool:
    """The asked part's subject is no named person or body (a thing, "there") and it names no date ahead."""
    # (the small model may miss the subject of a long question: then the head of its first noun phrase)
    subj = next((t for t in asked[1:] if t.dep_ in ("nsubj", "nsubjpass", "expl")), None) or \
        next((t for t in asked[1:] if t.pos_ in ("NOUN", "PROPN", "PRON") and
              t.dep_ not in ("compound", "amod", "poss", "nmod")), None)
    if subj is None or subj.tag_ != "EX" and (subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in lex.PERSON_NOUNS
                                              or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")):
        return False
    ids = {t.i for t in asked}
    ahead = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and e.start in ids and
             not any(w.lower_ in PAST_DATE for w in e)]
    return not ahead and not any(t.lower_ in DATE_WORDS or YEAR.fullmatch(t.text) for t in asked)


SAYING_VERBS = frozenset("say tell argue claim insist warn suggest add stress explain repeat reiterate".split())


def _saying_asked(doc) -> bool:
    """The question asks whether someone will say something ("Will Tom Hale tell the party that the figures are
    encouraging?", "is expected to say that ..."): what is said is the story, whether it is said is no open matter.
    Whether someone did say it ("Did the aide warn the leader that ...?", a denied report) is a dispute and stays."""
    toks = _asked_part(doc)
    if not toks or toks[0].lower_ not in ("will", "would"):
        return False
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_.lower() in SAYING_VERBS and any(c.dep_ == "ccomp" for c in root.children)


CONDITION_ONLY = re.compile(r"\b(?:only (?:if|when|after|once)|unless)\b", re.I)


def _condition_lost(ctx: _Context, c: Candidate) -> bool:
    """The source sentence makes its claim hang on a condition ("only when the boats are insured will traders
    prosper", "unless X acts, Y could ...") that the question leaves out ("Will traders prosper?"): without it the
    question asks what was not said. A plain or inverted "if" ("X will set a record should they lose") is no such
    hinge: whether the record falls is the open matter itself."""
    return CONDITION_ONLY.search(ctx.sents[c.sent_index][2].text) is not None and \
        re.search(r"\b(?:if|unless|when|only|once|after)\b", c.text, re.I) is None


def _bare_person_subject(doc) -> bool:
    """The subject is one person named by a common noun with its article lost ("Will clever woman win ...?"
    from "A bright, clever woman fights to ..."): garbled, and no one the story names."""
    toks = _asked_part(doc)
    subj = next((t for t in toks if t.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ == "NN" and subj.lemma_.lower() in lex.PERSON_NOUNS and \
        not any(c.dep_ in ("det", "poss", "nummod", "predet") or c.pos_ == "PROPN" for c in subj.children)


TIMETABLE_GOVERNORS = frozenset({"due", "schedule"})


def _timetable_asked(ctx: _Context, c: Candidate, doc) -> bool:
    """A step the story gives as timetabled, asked back ("officials are due to visit the plant" -> "Will officials visit
    the plant?", "is scheduled to appear on two shows"): the timetable is the story's statement, not an open matter.
    A feat on the timetable ("is due to race for the title", :data:`ATTEMPTS`) stays: its outcome is open."""
    if c.kind != "raise":
        return False
    return any(v.lemma_.lower() not in ATTEMPTS and v.dep_ == "xcomp" and
               (v.head.lemma_.lower() in TIMETABLE_GOVERNORS or v.head.lower_ in TIMETABLE_GOVERNORS)
               for v in _source_verbs(ctx, c, doc))


OBJECT_PRONOUNS = frozenset({"him", "them"})


def _stray_object_pronoun(doc) -> bool:
    """The question points with "him" or "them" at nobody it names ("Will Jo Bloggs campaign with him?"): the
    pronoun cannot mean the clause's own subject (that would be "himself"), so it needs another noun before it, a
    possessor in the subject ("Will Jo's fans desert him?") or an object ("... sell the striker or lose him?")."""
    toks = _asked_part(doc)
    for i, t in enumerate(toks):
        if t.lower_ not in OBJECT_PRONOUNS or t.dep_ not in ("dobj", "pobj", "dative"):
            continue
        head = next((x for x in toks[1:i] if x.dep_ in ("nsubj", "nsubjpass")), None)
        own = {head.i} | {x.i for x in head.children if x.dep_ in ("compound", "flat")} if head is not None else set()
        # (the small model tags some verbs as nouns: "Will X campaign with him?" has its verb as the root)
        if not any(x.pos_ in ("NOUN", "PROPN") and x.i not in own and x.dep_ != "ROOT" for x in toks[1:i]):
            return True
    return False


def _gate(ctx: _Context, c: Candidate, doc) -> bool:
    """The quality gate every produced question passes, whatever made it: ``doc``, its own parse, reads as one
    question (:func:`parses_as_question`) and nothing an editor strikes it for (:func:`_struck`)."""
    return parses_as_question(doc) and not _struck(ctx, c, doc)


#: a frequency adverb belongs after the subject ("Are athletes often ...?"), never between the opener and it
FREQUENCY_ADV = {"often", "always", "never", "usually", "sometimes", "rarely", "generally", "normally", "frequently",
                 "seldom"}
PLURAL_OPENERS = {"are", "were", "have", "do"}
CERTAINTY_ADV = {"certainly", "surely", "definitely", "undoubtedly", "probably", "almost"}
#: the adverbs of :data:`CERTAINTY_ADV` that give an answer as settled (:func:`_flat_certain`), not only likely
CERTAIN_ADVERBS = CERTAINTY_ADV - {"probably", "almost"}


#: a speaker's placeholder list ("do X, Y and Z"): nothing named to ask about
PLACEHOLDERS = re.compile(r"\b[A-Z], [A-Z],? (?:and|or) [A-Z]\b")


def _garbled(doc) -> bool:
    """What the small model's parse of a produced question shows of a clause garbled in the building: a frequency
    adverb stands between the opener and the subject ("Are often athletes competing ...?"), or a plural opener is
    put to one named person ("Were Tom Hale being ...?"), or it asks about a placeholder list ("Will X do A, B
    and C?")."""
    toks = [t for t in doc if not t.is_space]
    if len(toks) < 3 or PLACEHOLDERS.search(doc.text):
        return len(toks) >= 3
    if toks[1].lower_ in FREQUENCY_ADV | CERTAINTY_ADV and toks[0].lower_ in YES_NO_OPENERS:
        return True  # ("Will certainly X exceed ...?": a certainty adverb left before the subject too)
    subj = next((t for t in toks if t.dep_ in ("nsubj", "nsubjpass")), None)
    return toks[0].lower_ in PLURAL_OPENERS and subj is not None and subj.i > toks[0].i and \
        all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in doc[toks[0].i + 1:subj.i]) and \
        _one_person(subj)


ENDS_POSSESSIVE = re.compile(r"([\w.-]+)(['’]s?)\?$")


def _possessive_cut(ctx: _Context, c: Candidate) -> bool:
    """The question ends on a possessive whose noun the source sentence goes on to name ("Will X endorse Ann Lee's?"
    from "endorse Ann Lee's re-election bid"): the noun was lost in the building. A name that is itself possessive
    ("Alzheimer's", "St James'") ends the source phrase too, and stays."""
    # so is a possessive that runs straight on to the source's verb ("Will Ann Lee's return to screens?" from
    # "Ann Lee's show Westby Nights will not return"): the thing owned, the subject's head, was cut out
    sent = ctx.sents[c.sent_index][2]
    verbs = {t.lower_ for t in sent if t.pos_ in ("VERB", "AUX")}
    for m in re.finditer(r"(\w[\w.-]*)['’]s? (\w+)", c.text):
        if m.group(2).lower() in verbs:
            owned = re.findall(re.escape(m.group(1)) + r"['’]s?\s+([\w£$€\"“‘'-]+)", sent.text)
            if owned and m.group(2) not in owned:
                return True
    m = ENDS_POSSESSIVE.search(c.text)
    if m is None:
        return False
    owned = re.compile(re.escape(m.group(1)) + r"['’]s?\s+[\w£$€\"“‘'-]")
    return owned.search(sent.text) is not None


def parses_as_question(doc) -> bool:
    """The parse of a produced question reads as one question: one sentence, opened by an auxiliary
    or a wh-word, with something after it to ask about. (The small model misparses many sound
    questions, "Will X progress beyond ...?" among them, so the check looks for what a garbled one
    shows: a second sentence run on, no predicate, a bare opener.)"""
    toks = [t for t in doc if not t.is_space]
    if len(toks) < 4 or toks[-1].text != "?" or toks[0].lower_ not in QUESTION_START:
        return False
    if any(len([t for t in s if not t.is_punct]) >= 3 and not _name_split(s) for s in list(doc.sents)[1:]):
        return False  # "Will X go? Y said ...": two sentences
    if _uninverted_conj(toks) or _be_that(toks) or _garbled(doc):
        return False
    return any(t.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "PROPN", "NUM") for t in toks[1:])


def _realised(c: Candidate, gate: Callable[[Candidate], bool]) -> Candidate | None:
    """``c`` as asked: itself when it passes ``gate``, else its short fallback form about the same matter ("Will
    the appeal succeed?" for a clause that came out garbled or bare), a little weaker, when that passes; None when
    neither does."""
    if gate(c):
        return c
    if not c.fallback:
        return None
    short = Candidate(c.fallback, round(c.score - 0.2, 2), c.start, c.end, c.sent_index, c.kind)
    return short if gate(short) else None


def _parser_of(analysis: Analysis):
    """The loaded spaCy pipeline the article was parsed with (None in odd set-ups: no check then)."""
    from .. import nlp as nlp_stage

    docs = [s[2].doc for s in analysis.sentences[:1]]
    if not docs:
        return None
    return next((lang for lang in nlp_stage._LOADED.values() if lang.vocab is docs[0].vocab), None)


def extract(analysis: Analysis, quotes: list[Quote], warnings: list[str] | None = None) -> list[Question]:
    """Open questions, from the article's analysis (its key actors set) and its attributed quotes:
    every candidate, ranked (answered or settled ones dropped), those that do not parse as a
    question dropped, then the strongest distinct ones."""
    ctx = _Context(analysis, quotes)
    cands = rank(ctx, candidates(analysis, quotes, warnings))
    lang = _parser_of(analysis)
    docs: dict[str, "Doc"] = {}

    def doc_of(text: str) -> "Doc":
        if text not in docs:
            docs[text] = lang(text)
        return docs[text]

    def gate(c: Candidate) -> bool:
        """The one quality gate, whatever made ``c`` (a detector, the top-up, a lead or response fallback)."""
        return lang is None or _gate(ctx, c, doc_of(c.text))

    def fallback_ok(c: Candidate) -> bool:
        """A top-up candidate: the gate, and not answered, settled or echoed (the ranking's test), nor rough."""
        return gate(c) and not _dropped(ctx, c) and (lang is None or not _rough(doc_of(c.text)))

    keys: dict[str, _MatterKey | None] = {}
    rough: set[str] = set()
    if lang is not None and cands:
        texts = sorted({c.text for c in cands} | {c.fallback for c in cands if c.fallback})
        docs.update(zip(texts, lang.pipe(texts)))
        cands = [r for c in cands if (r := _realised(c, gate)) is not None]
        keys = {c.text: _matter_key(docs[c.text]) for c in cands}
        rough = {c.text for c in cands if _rough(docs[c.text])}

    def fill_ok(text: str) -> bool:
        return text not in rough

    chosen = guarded("questions (fallback)", lambda: _top_up(ctx, select(cands, keys, fill_ok), cands, fallback_ok,
                                                             keys, fill_ok),
                     lambda: select(cands, keys, fill_ok), warnings if warnings is not None else [])
    return [Question(text=c.text, start=c.start, end=c.end) for c in chosen]
