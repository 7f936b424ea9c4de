"""Open matters: what a news story itself marks as not settled yet, each asked as one question.

The question rules in :mod:`.questions` turn hedged or attributed statements into questions; the
detectors here look for the explicit markers a reporter uses for a matter that is still open,
which make the strongest questions:

* a **proceeding under way** ("The trial continues.", "an investigation into X is under way");
* a **pending decision** ("The judge will decide on Friday whether to ban him", "will rule on X");
* a **scheduled step** with a stated time ("She will be sentenced next month", "The appeal will be
  heard in June");
* a **stated unknown** ("is still missing", "has not yet entered a plea", "could not be reached
  for comment", "the cause of the fire is not known"; a choice "still/yet to be decided" asked by what it will be);
* a **dispute** settled by a court still to rule ("denies murder", "pleaded not guilty to
  fraud") and an **appeal** planned or lodged.

Each detector is a small function ``(sentence, token) -> Iterator[Matter]`` registered with
:func:`detector` under its kind; its docstring gives an example. A :class:`Matter` carries the
question realised from the parse (full names, no bare pronouns: a pronoun that cannot be resolved
drops the question) and a short fallback form about the same matter ("Will the appeal succeed?")
used when the clause cannot be turned into a clean question. The evidence span is the sentence
(``Candidate.start``/``end``), as for every question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator

from .. import lexicon as lex
from .analysis import clean_name
from .coref import FIRST_SECOND
from .questions_forms import indefinite, possessive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .questions import _Builder, _Sentence

#: How strongly each kind marks an open matter (a candidate question's score; the question rules'
#: strongest kinds score 3.0, and :data:`questions.KEEP_SCORE` is 2.0).
SCORES = {"under-way": 3.3, "pending-decision": 3.3, "scheduled": 2.9, "missing": 3.2, "not-yet": 3.1,
          "not-yet-done": 2.7, "planned-step": 2.6,
          "unknown-value": 3.0, "no-comment": 1.8, "plea": 3.2, "appeal": 3.1, "own-question": 2.7,
          "unnamed": 2.4, "unverified": 2.8, "contest": 2.8, "aspiration": 2.2, "scheduled-fill": 1.8,
          "favourite": 2.6, "fitness": 2.6, "action": 2.6, "deadline": 3.0, "to-decide": 2.9, "plan-aim": 2.6, "condition": 2.7,
          "lead": 2.6, "unsaid-sum": 2.4, "doubted-plan": 2.5,
          "succession": 2.6, "ultimatum": 3.2, "not-ruled-out": 2.8, "apology": 3.1, "investigated": 3.1, "arrested": 2.9,
          "near-deal": 3.0, "reported-step": 3.0, "lead-aim": 2.6,
          "if-guilty": 3.0, "contested-plan": 2.9, "talks-aim": 3.0, "charged": 3.1,
          "trial-ahead": 3.1, "inquiry-call": 2.9, "vote": 3.0, "plan-opposed": 2.8, "pilot": 2.6, "fundraise": 2.6,
          "decision-due": 3.0, "warned-of": 2.6, "police-appeal": 2.8, "damages-sought": 3.0, "dated-aim": 2.6,
          "legal-threat": 2.9, "nominee": 2.7, "put-to": 3.0, "attempt": 1.8, "title-bid": 2.7, "defend-title": 2.7,
          "designed-aim": 2.2, "weighed-step": 2.6, "election": 2.8, "confident-of": 2.6, "forecast": 2.6, "auction": 2.6,
          "linked": 2.6, "sentence-ahead": 3.0, "event-ahead": 2.6, "approval-needed": 2.9}

FUTURE_AUX = {"will", "'ll", "shall", "wo"}
# governors of a scheduled step: "is due to decide", "is set to rule", "is expected to announce"
SCHEDULE_GOVERNORS = {"due", "set", "expect", "schedule", "poise", "to"}
MONTHS = lex.MONTHS
WEEKDAYS = lex.WEEKDAYS
TIME_WORDS = {"tomorrow", "tonight", "next", "later", "week", "month", "year", "soon"} | WEEKDAYS | MONTHS
CONTEST_VERBS = {"play", "face", "meet", "fight", "race", "host"}
AHEAD_WORDS = {"tomorrow", "tonight", "next"} | WEEKDAYS
DAY_AHEAD = AHEAD_WORDS | MONTHS  # the first word of a day ahead: "on Saturday", "on 12 March"
REVEAL_VERBS = {"announce", "unveil", "publish", "release", "report", "name"}  # what they reveal is the open matter  # "will play X on Thursday" -> "Will S beat X?"
PRONOUNS = {"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"}
DOUBLE_OWNER = re.compile(r"\w(?:'s|s'|’s|s’) (?:[\w-]+ )?[\w-]+(?:'s|s'|’s|s’) ")
BARE_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b", re.I)


@dataclass
class Matter:
    """One open matter found in a sentence: its kind, how strongly it is marked, the question
    realised from the parse (None when no clean one could be built) and a short fallback.
    ``own_pronoun``: the question's possessive is its subject's own ("Can Tom Hale hold onto his
    lead?"), so a pronoun in it is no unresolved one."""

    kind: str
    question: str | None
    fallback: str | None = None
    own_pronoun: bool = False

    def __post_init__(self) -> None:
        if self.question and not self.own_pronoun and BARE_PRONOUN.search(self.question):
            self.question = None  # "Will the judge ban him ...?": who "him" is was not resolved
        if self.question and DOUBLE_OWNER.search(self.question):
            self.question = None  # "the reviews' families' appeal": an owner resolved into another owner

    @property
    def score(self) -> float:
        return SCORES[self.kind]

    @property
    def text(self) -> str | None:
        return self.question or self.fallback


DETECTORS: list[Callable[["_Sentence", "Token"], Iterator[Matter]]] = []


def detector(kind: str) -> Callable:
    """Register a detector (in source order) under the kind of open matter it finds."""
    def register(fn: Callable[["_Sentence", "Token"], Iterator[Matter]]) -> Callable:
        fn.kind = kind  # type: ignore[attr-defined]
        DETECTORS.append(fn)
        return fn
    return register


def describe() -> str:
    """Every registered detector, one line each: its kind and what it recognises."""
    return "\n".join(f"{fn.kind:>16}  {fn.__name__.lstrip('_')}: {' '.join((fn.__doc__ or '').split())}"
                     for fn in DETECTORS)


# --------------------------------------------------------------------------- small helpers

def _q():
    from . import questions  # the builder and parse helpers (imported late: questions imports us)
    return questions


#: Words that only point at something named elsewhere: no subject a question can name ("this", "which").
POINTERS = frozenset({"this", "that", "which", "who"})


def _name(b: "_Builder", tok: "Token | None", person: bool = False, compact: bool = True) -> str | None:
    """How a question names ``tok``: the referent of a pronoun, else the noun phrase (compact unless
    asked: "the inquiry into the grounding of the ferry" keeps what makes it this inquiry); a lone
    surname becomes the full name the article uses."""
    if tok is None or tok.lower_ in FIRST_SECOND or tok.lower_ in POINTERS:
        return None
    b.subject_text = b.subject_tok = None  # (a question built before on this sentence is not this one)
    if tok.lower_ in PRONOUNS:
        ref = b.resolve(tok) or b.body_referent(tok)
        if ref and _q().nobody(ref):
            return None  # "it" read as a "the firm" the article binds to no name
        return ref if ref and ref[:1].isupper() or (ref and not person) else None
    if tok.dep_ in ("nsubj", "nsubjpass", "poss") and b.unbound_description(tok):
        return None  # "Will the firm be sold?" with no firm named: about nobody the reader knows
    text = b.np_text(tok, compact=compact, singular=person)
    if not text or len(text.split()) > 12:
        return None
    if tok.pos_ == "PROPN" and len(text.split()) == 1:
        text = b.ctx.expand(text) or text
    if text.split()[0] in ("The", "A", "An", "a", "an"):
        text = "the" + text[len(text.split()[0]):]  # a matter asked about is a known one: "an inquiry" -> "the inquiry"
    return text


def _finish(*parts: str) -> str | None:
    return _q()._finish([p for p in parts if p])


def _future(v: "Token", governors: set[str] = SCHEDULE_GOVERNORS) -> bool:
    """``v`` is in the future: "will decide", "is due to decide", "is set to be sentenced" (the verb one of
    ``governors`` governs, not in a past tense of its own)."""
    if any(a.lower_ in FUTURE_AUX for a in v.children if a.dep_ == "aux"):
        return True
    head = v.head
    return v.dep_ == "xcomp" and head.i != v.i and head.lemma_.lower() in governors and \
        not any(a.lower_ in ("was", "were", "had") for a in head.children if a.dep_ in ("aux", "auxpass"))


TRAVEL = {"travel", "go", "head", "return"}  # "They travel to face Hull on 12 June"


def _contest_verb(v: "Token") -> bool:
    """``v`` sets two sides against each other: "face", "meet", "play", "host"; "take on"."""
    return v.lemma_.lower() in CONTEST_VERBS or \
        v.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "on" for c in v.children)


def _fixture(v: "Token") -> bool:
    """A contest set in the present tense for a day ahead ("Leeds face Hull on Wednesday", "Leeds travel to face
    Hull on 12 June", "In Sunday's singles, Lee takes on Holm before Cole faces Hale")."""
    if not _contest_verb(v):
        return False
    if v.tag_ in ("VBZ", "VBP") and v.dep_ in ("ROOT", "conj"):
        main = v
    elif v.tag_ in ("VBZ", "VBP") and v.dep_ == "advcl" and v.head.tag_ in ("VBZ", "VBP") and \
            v.head.dep_ in ("ROOT", "conj") and _contest_verb(v.head) and \
            any(m.dep_ == "mark" and m.lower_ in ("before", "after", "while") for m in v.children):
        main = v.head  # "... takes on Holm before Cole faces Hale": the day is the main clause's
    elif v.tag_ in ("VBZ", "VBP") and v.dep_ == "advcl" and \
            any(m.dep_ == "advmod" and m.lower_ == "when" and m.i < v.i for m in v.children) and \
            v.head.tag_ not in ("VBD", "VBN") and \
            not any(a.lower_ in ("was", "were", "had", "did") for a in v.head.children if a.dep_ in ("aux", "auxpass")):
        main = v  # "... no chance of history repeating itself when Leeds take on Hull on Wednesday": the day is its own
    elif v.tag_ in ("VB", "NN") and v.dep_ in ("xcomp", "advcl") and v.head.lemma_.lower() in TRAVEL and \
            v.head.tag_ in ("VBZ", "VBP") and v.head.dep_ in ("ROOT", "conj") and \
            any(a.lower_ == "to" for a in v.children if a.dep_ == "aux"):
        main = v.head
    else:
        return False
    if _negated(main):
        return False
    dates = [x for x in main.subtree if x.ent_type_ in ("DATE", "TIME") or x.lower_ == "next"]
    # a weekday or "next ..."; or a day of a month ("on 12 June"), which a present tense sets ahead
    return any(x.lower_ in AHEAD_WORDS for x in dates) or \
        any(x.lower_ in MONTHS for x in dates) and any(x.like_num and x.ent_type_ == "DATE" for x in dates) or \
        _in_round(main)


ROUNDS = {"final", "semi-final", "semifinal", "quarter-final", "quarterfinal", "replay", "play-off", "playoff",
          "decider", "round"}  # "will meet Ben Cole in the final": a contest still ahead, set by its stage


def _in_round(v: "Token") -> bool:
    """``v`` is set in a stage of a competition ("in the final", "in the third round")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in ROUNDS
                                                             for o in c.children) for c in v.children)


def _timed(v: "Token") -> bool:
    """A time is stated for ``v`` ("on Friday", "next month", "in June")."""
    for x in v.subtree:
        if x.ent_type_ in ("DATE", "TIME") and x.lower_ not in ("today", "yesterday", "now") and \
                (x.lower_ in TIME_WORDS or x.like_num or x.text[:1].isupper()):
            return True
    return False


FIXTURE_NOUNS = ROUNDS - {"round"} | {"match", "game", "tie", "clash", "fixture", "encounter", "showdown", "derby",
                                        "rematch", "leg", "bout", "fight", "meeting"}  # a contest named as a noun
OPPOSED_BY = {"against", "with", "v", "vs", "v.", "vs.", "versus"}  # "the tie against Hull", "the clash with Hull"
OPPONENT_WORDS = {"seed", "champion", "champions", "holder", "holders", "qualifier", "wildcard", "favourite", "favourites"}
PLAYED = re.compile(r"\b(?:beat|beaten|won|lost|drew|drawn|defeated|thrashed|hammered|edged|overcame|"
                    r"\d{1,2}-\d{1,2})\b", re.I)  # a result told: a past verb or a score, not "seek victory over"
#: A score ("2-1", "6-3"): a result told.
SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
SPORT_WORDS = re.compile(r"\b(?:match|tournament|seed|seeded|quarter-finals?|semi-finals?|finals?|league|cup|"
                         r"championships?|fixtures?|striker|goals?|coach|squad|referee|play-offs?|premiership|"
                         r"six nations|line-up|captain|skipper|fly-half|scrum-half|flanker|hamstring)\b|"
                         r"\b\d{1,2}-\d{1,2}\b", re.I)


ELECTION_WORDS = re.compile(r"\b(?:primary|primaries|election|runoff|run-off|caucus|caucuses|ballot|nomination|"
                            r"candidate|candidates|polls|voters|seat|district|incumbent)\b", re.I)


def _election_story(sx: "_Sentence") -> bool:
    """The article is about an election, by at least three distinct election words ("primary", "voters", "seat"):
    there a candidate "faces" or "takes on" a rival."""
    ctx = sx.ctx
    got = ctx.__dict__.get("_election_story")
    if got is None:
        got = ctx.__dict__["_election_story"] = len({m.lower() for m in ELECTION_WORDS.findall(ctx.parsed.article.text)}) >= 3
    return got


def _contest_story(sx: "_Sentence") -> bool:
    """The article is about sport, by at least two distinct sport words ("league", "seed", "a 2-1 win"): there
    "face", "meet" and "take on" set a match; elsewhere they set a meeting ("The president meets Ann Lee")."""
    ctx = sx.ctx
    got = ctx.__dict__.get("_contest_story")
    if got is None:
        marks = {re.sub(r"\d+", "0", m.lower()).rstrip("s") for m in SPORT_WORDS.findall(ctx.parsed.article.text)}
        got = ctx.__dict__["_contest_story"] = ctx.sporty and len(marks) >= 2
    return got


def _against(v: "Token", deep: bool = False) -> "Token | None":
    """The opponent in a prepositional phrase: "a tie with Hull", "takes on Hull"; with ``deep``, also one inside
    the object ("play their hardest game of the season against Ostland")."""
    for c in (v.subtree if deep else v.children):
        if c.dep_ == "prep" and c.lower_ in OPPOSED_BY or c.dep_ == "prt" and c.lower_ == "on" and v.lemma_ == "take":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _opponent(o: "Token") -> bool:
    """``o`` names a side or player to beat: a name ("Hull", "Ann Lee") or a seed or champion, not a date or a
    thing ("face a hearing", "meet the deadline")."""
    if o.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"):
        return False
    name = [x for x in o.subtree if x.dep_ == "compound" or x.i == o.i]
    if any(x.ent_iob_ == "B" for x in name[1:]) and all(x.pos_ == "PROPN" for x in name):
        return False  # "against Ostland Holm": two names run together (a caption with no stop before it)
    return o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "FAC", "LOC") or o.pos_ == "PROPN" and o.text[:1].isupper() \
        or o.lemma_.lower() in OPPONENT_WORDS or any(x.ent_type_ == "PERSON" for x in o.subtree)


def _played(sx: "_Sentence", them: str, opp: "Token | None" = None, who: str | None = None) -> bool:
    """The contest is told played: this sentence gives a score (not one of the opponent's own clause: "Hale plays
    Cole, who beat Lee 6-3 6-2"), or a later one a result between the same two ("Hull beat Leeds 2-1"; with only the
    opponent's name known, a result against that opponent)."""
    inner = {x.i for x in opp.subtree} if opp is not None else set()
    if SCORE.search(" ".join(x.text for x in sx.sent if x.i not in inner)):
        return True
    names = [n.split()[-1] for n in (them, who) if n]
    return any(all(re.search(r"\b" + re.escape(n) + r"\b", sp.text) for n in names) and PLAYED.search(sp.text)
               for _, _, sp, _ in sx.ctx.sents[sx.n + 1:])


VOTES = {"primary", "election", "runoff", "run-off", "caucus", "ballot"}  # "faces Ann Lee in the primary on Tuesday"


def _run_on(sx: "_Sentence", name: str) -> bool:
    """``name`` runs a name into a person's surname ("Ostland Holm" beside Eva Holm: a caption with no stop before the
    next one)."""
    words = name.split()
    if len(words) < 2:
        return False
    for a in sx.ctx.referents:
        full = a.name.split()
        if a.type == "person" and len(full) >= 2 and words[-1] == full[-1] and words[0] not in full:
            return True
    return False


def _contest_phrases(b: "_Builder", anchors: list["Token"], skip: set[int]) -> tuple[str, str]:
    """Where and when the contest is played, from the prepositional phrases and dates on ``anchors`` (the verb or
    noun setting it): ("in the second round", "on Wednesday"); either may be empty."""
    where = when = ""
    for a in anchors:
        for c in a.children:
            if c.i in skip:
                continue
            o = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else None
            if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and not when:
                when = b.render(c.subtree) or ""  # "next month"
            elif o is not None and c.lower_ == "on" and o.ent_type_ == "DATE" and not when:
                when = b.render(c.subtree) or ""
            elif o is not None and c.lower_ in ("in", "at") and not where and not BARE_PRONOUN.search(
                    " ".join(x.text for x in o.subtree)) and (
                    o.lemma_.lower() in ROUNDS | VOTES or o.lemma_.lower() in TITLE_NOUNS or o.ent_type_ in ("GPE", "FAC", "LOC", "EVENT")
                    or o.pos_ == "PROPN" or any(x.dep_ == "poss" and x.ent_type_ == "DATE" for x in o.children)):
                if o.ent_type_ == "DATE" and o.pos_ != "NOUN":
                    continue  # "in March": a date, not a place
                where = b.render(c.subtree) or ""
    where = where if len(where.split()) <= 7 else ""
    when = when if len(when.split()) <= 5 else ""
    # ("In the primary on Tuesday, Hale faces Lee": the sentence's capital is not the question's)
    where, when = (p[:1].lower() + p[1:] if p.split()[:1] in (["In"], ["At"], ["On"]) else p for p in (where, when))
    return where, when


def _contest_question(sx: "_Sentence", side: "Token | None", opp: "Token", anchors: list["Token"],
                      where: str = "", when: str = "") -> str | None:
    """ "Will <side> beat <opponent> [in/at <where>] [<when>]?", the sides named as the article names them; none
    when either side is not named, or the contest is told played."""
    b = sx.b
    if side is None:
        return None
    who = _holder_name(b, side)
    them = _holder_name(b, opp) or _name(b, opp)  # ("second seed Ana Ruiz": a name after its descriptor)
    if not who or not them or len(them.split()) > 8 or them.lower() in ("the match", "the game") or who == them or \
            _played(sx, them, opp, who) or _run_on(sx, them) or _run_on(sx, sx.ctx.person_word.get(them) or ""):
        return None  # (a lone name is asked in full later: not as a name run into another)
    skip = {x.i for x in opp.subtree} | {c.i for a in anchors for c in a.children if c.dep_ == "prep" and c.lower_ in OPPOSED_BY}
    w, n = _contest_phrases(b, anchors, skip)
    where, when = where or w, when or n
    if who.lower() in where.lower() or them.lower() in where.lower():
        where = ""
    return _finish(f"Will {who} beat {them}", where, when)


def to_act(v: "Token") -> "Token | None":
    """The "to" clause of an act hanging from ``v`` ("urged X to publish", "called on X to resign")."""
    return next((c for c in v.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and
                 any(a.lower_ == "to" for a in c.children)), None)


def _negated(v: "Token") -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _subject(v: "Token") -> "Token | None":
    s = _q()._subject(v)
    if s is None and v.dep_ == "xcomp" and v.head.i != v.i:
        s = _q()._subject(v.head)  # "the judge is due to decide": the governor's subject
        if s is None and v.head.dep_ == "acomp":
            s = _q()._subject(v.head.head)
    return s


def _defendant(sx: "_Sentence") -> tuple[str, str] | None:
    """The person the article puts on trial, and the charge: "X, 34, is charged with murder",
    "X denies fraud", "X pleaded not guilty to theft" -> ("X", "murder"). Only one person may fit."""
    found: dict[str, str] = {}
    for _, _, span, _ in sx.ctx.sents:
        for t in span:
            lem = t.lemma_.lower()
            who = None
            if lem in lex.CHARGE_VERBS and t.pos_ == "VERB":
                who = next((c for c in t.children if c.dep_ in ("nsubjpass", "dobj")), None)
            elif lem in ("deny", "plead") and t.pos_ == "VERB":
                who = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if who is None or who.ent_type_ != "PERSON":
                continue
            name = sx.ctx.expand(" ".join(x.text for x in who.subtree if x.ent_type_ == "PERSON"))
            crime = next((o for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "of", "to")
                          for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in lex.CRIMES), None)
            if crime is None and lem == "deny":
                crime = next((o for o in t.children if o.dep_ == "dobj" and o.lemma_.lower() in lex.CRIMES), None)
            charge = crime.lemma_.lower() if crime is not None and crime.lemma_.lower() not in (
                "charge", "count", "offence", "offense") else ""
            if name and len(name.split()) >= 2:
                found[name] = found.get(name) or charge
    return next(iter(found.items())) if len(found) == 1 else None


def _alleged_doer(sx: "_Sentence") -> tuple[str, str] | None:
    """The one person the article says "allegedly" did the deed: "Tom Lee was allegedly killed by a punch from
    Ben Hale" / "Ben Hale allegedly stabbed him" -> ("Ben Hale", ""). Only one person may fit, named in full."""
    found: set[str] = set()
    for _, _, span, _ in sx.ctx.sents:
        for t in span:
            if t.lower_ != "allegedly" or t.dep_ != "advmod" or t.head.pos_ != "VERB":
                continue
            v = t.head
            if any(c.dep_ == "auxpass" for c in v.children):
                pool = [x for c in v.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from"
                        for x in c.subtree]  # ("killed by a punch from Ben Hale": the small model hangs "from" on the verb)
            else:
                pool = [x for c in v.children if c.dep_ == "nsubj" for x in c.subtree]
            for e in span.ents:
                if e.label_ == "PERSON" and all(any(p.i == x.i for p in pool) for x in e):
                    name = sx.ctx.expand(e.text) or e.text
                    if len(name.split()) >= 2:
                        found.add(name)
    return (next(iter(found)), "") if len(found) == 1 else None


# --------------------------------------------------------------------------- the detectors

@detector("under-way")
def _under_way(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A proceeding not yet ended: "The trial continues." -> "Will Tom Hale be convicted of fraud?";
    "An inquiry into the crash is under way." -> "What will the inquiry into the crash find?"."""
    b = sx.b
    noun = None
    lem = t.lemma_.lower()
    if lem in lex.GOING_ON and t.pos_ == "VERB" and not _negated(t) and \
            not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in t.children):
        noun = _subject(t)  # "The trial continues", "The search will resume at dawn"
    elif (lem in lex.GOING_ON or (t.lower_ == "way" and t.head.lower_ == "under")) and t.pos_ in ("ADJ", "NOUN"):
        holder = t.head if t.lower_ != "way" else t.head.head
        if t.dep_ == "amod":
            noun = t.head  # "an ongoing investigation into ..."
        elif holder.lemma_ == "be":
            noun = _subject(holder)  # "the inquiry is ongoing / under way"
    elif lem == "investigate" and t.tag_ == "VBG" and any(a.lemma_ == "be" for a in t.children if a.dep_ == "aux"):
        objs = [c for c in t.children if c.dep_ == "dobj"]
        obj = objs[0] if len(objs) == 1 and objs[0].pos_ == "NOUN" else None  # (two objects: a split word, "e - mails")
        what = b.np_text(obj) if obj is not None and obj.lower_ not in PRONOUNS else None
        if what and len(what.split()) >= 2:
            yield Matter("under-way", _finish(f"What will the investigation into {what} find"))
        return
    # ("Talks ... will resume": the plural is the proceeding; the tagger's lemma is "talk")
    kind = noun.lemma_.lower() if noun is not None and noun.lemma_.lower() in lex.PROCEEDINGS else \
        noun.lower_ if noun is not None else None
    if noun is None or kind not in lex.PROCEEDINGS or noun.pos_ != "NOUN":
        return
    if kind in lex.TRIAL_PROCEEDINGS:
        accused = _defendant(sx)
        if accused is not None:
            name, charge = accused
            yield Matter("under-way", _finish(f"Will {name} be convicted", f"of {charge}" if charge else ""))
        else:
            np = _name(b, noun)
            if np and len(np.split()) >= 3:
                yield Matter("under-way", _finish(f"How will {np} end"))
        return
    np = _name(b, noun, compact=False)
    if not np or re.search(r"\b(?:and|or|with|of|to|for|by|from|the|a|an)$", np):
        return  # "talks with the market and with": a part of the phrase was cut
    if kind in lex.TALKS_PROCEEDINGS:
        if noun.lemma_.lower() not in lex.PROCEEDINGS and len(np.split()) < 3:
            return  # "Those discussions are continuing": which talks, the question would not say
        yield Matter("under-way", _finish(f"Will {np} end in an agreement"))
    elif len(np.split()) >= 3:  # not a bare "the search"
        verb = "find" if kind in lex.FINDING_PROCEEDINGS else "conclude"
        yield Matter("under-way", _finish(f"What will {np} {verb}"))


@detector("pending-decision")
def _pending_decision(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A decision still to be made: "The judge will decide on Friday whether to ban Tom Hale from driving"
    -> "Will the judge ban Tom Hale from driving?"; "The court is due to rule on the case" -> "How will
    the court rule on the case?"."""
    b = sx.b
    if t.lemma_.lower() in ("make", "reach", "take", "announce", "deliver", "give") and t.pos_ == "VERB" and \
            not _negated(t) and _future(t):
        # "The committee will make its decision on interest rates on Thursday" -> "What will the committee decide
        # on interest rates?"
        noun = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in ("decision", "ruling", "verdict")),
                    None)
        on = next((c for c in (noun.children if noun is not None else []) if c.dep_ == "prep" and c.lower_ in ("on", "about")),
                  None) or next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "about")), None)
        obj = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
        who = _name(b, _subject(t), compact=False)
        what = b.np_text(obj) if obj is not None and obj.pos_ == "NOUN" else None
        if noun is not None and who and what and len(what.split()) <= 8 and who[:1].isalpha():
            verb = "rule" if noun.lemma_.lower() in ("ruling", "verdict") else "decide"
            yield Matter("pending-decision", _finish(f"{'How' if verb == 'rule' else 'What'} will {who} {verb} {on.lower_} {what}"))
        return
    reported = t.dep_ == "ccomp" and t.head.lemma_.lower() in lex.SAYS_VERBS and \
        any(a.lower_ == "would" for a in t.children if a.dep_ == "aux")  # "said it would decide on X by May"
    if t.lemma_.lower() not in lex.DECIDE_VERBS or t.pos_ != "VERB" or _negated(t) or not (_future(t) or reported):
        return
    if any(x.lower_ in ("every", "each", "sometimes", "usually", "often", "routinely") for x in t.subtree):
        return  # "clerks are expected to decide on a permit every nine minutes": a routine, not a decision
    s = _subject(t)
    who = _name(b, s)
    if not who:
        return
    for c in t.children:
        clause = c if c.dep_ in ("ccomp", "advcl", "xcomp") else next(
            (x for x in c.children if x.dep_ == "pcomp"), None) if c.dep_ == "prep" and c.lower_ == "on" else None
        if clause is None or not any(m.lower_ in ("whether", "if") for m in clause.children if m.dep_ in ("mark", "advmod")):
            continue
        if any(x.dep_ in ("nsubj", "nsubjpass") for x in clause.children):
            return  # "whether the plan goes ahead": the question rules ask it from the clause
        if not any(a.lower_ == "to" for a in clause.children):
            return
        marks = frozenset(m.i for m in clause.children if m.lower_ in ("whether", "if")) | frozenset(
            x.i for r in clause.subtree if r.dep_ == "relcl" for x in r.subtree)  # "an order which would ...": an aside
        q = b.question(clause, subj=s, front="will", verb_text=clause.lemma_.lower(), drop_aux=True, drop_ids=marks)
        yield Matter("pending-decision", q, _finish(f"What will {who} decide"))
        return
    on = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    obj = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        what = b.np_text(obj)
        if what:
            verb = "rule" if t.lemma_ == "rule" else "decide"
            yield Matter("pending-decision", _finish(f"{'How' if verb == 'rule' else 'What'} will {who} {verb} on {what}"))


@detector("scheduled")
def _scheduled(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A step set for a stated time: "Hale will be sentenced on 3 May" -> "What sentence will Tom Hale
    receive?"; "The appeal will be heard in June" -> "Will the appeal succeed?"; "Charges will be
    brought on Monday" -> "Will charges be brought on Monday?"; "She will play Ana Ruiz on Thursday"
    -> "Will Eva Holm beat Ana Ruiz?"."""
    b = sx.b
    verb = t.pos_ == "VERB" or t.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in t.children if a.dep_ == "aux")
    # ("travel to face X": the tagger may call "face" a noun; with its "to" and its clause role it is the verb)
    if not verb or _negated(t) or not (_future(t) or _fixture(t)) or \
            not (_timed(t) or t.dep_ in ("xcomp", "advcl") and _fixture(t) and _timed(t.head) or
                 _contest_verb(t) and _in_round(t)) or \
            t.lemma_.lower() in lex.DECIDE_VERBS - {"hear"}:
        return
    s = _subject(t) or (_subject(t.head) if t.dep_ == "advcl" and _fixture(t) else None)
    if s is None or s.lower_ in FIRST_SECOND:
        return
    passive = any(c.dep_ == "auxpass" for c in t.children)
    lem = t.lemma_.lower()
    if _contest_verb(t) and not passive:
        opp = next((c for c in t.children if c.dep_ == "dobj"), None)
        if opp is None and lem == "take":
            opp = _against(t)  # "Cole takes on Hale": the opponent parsed under "on"
        elif lem == "play" and (opp is None or opp.lemma_.lower() in FIXTURE_NOUNS or not _opponent(opp)):
            # "Valdoria play their hardest game against Ostland on Saturday", "play what he calls their hardest game
            # of the season against Ostland"
            opp = _against(t, deep=True)
        if lem == "meet" and any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
                                 for c in t.children):
            return  # "will meet Ann Lee on Monday to discuss the budget": a meeting with a purpose
        if opp is None or not _opponent(opp):
            return  # "face a committal hearing": no opponent to beat
        if lem == "meet" and opp.ent_type_ == "PERSON" and not _in_round(t) and not any(
                o.dep_ == "pobj" and o.lemma_.lower() in FIXTURE_NOUNS for c in t.children if c.dep_ == "prep"
                for o in c.children):
            return  # "the manager meets Ann Lee on Monday": two people meeting, unless in a round or a match
        if any(c.dep_ == "advmod" and c.lower_ in ("potentially", "possibly", "probably", "likely", "perhaps")
               for c in t.children):
            return  # "and potentially faces Eva Holm in the second round": a match that may not happen
        if not (_contest_story(sx) or lem in ("face", "take") and opp.ent_type_ == "PERSON" and _election_story(sx)):
            return  # "The president meets Ann Lee on Monday": a meeting, not a match
        if _q()._either(opp):
            return  # "will play Lee or Hale next": the opponent is not known yet
        anchors = [t] + ([t.head] if t.dep_ == "advcl" and _fixture(t) else []) + \
            ([opp.head.head] if opp.head.head.i != t.i else [])  # ("a game of the tournament against X in Y")
        q = _contest_question(sx, s, opp, anchors)
        if q:
            yield Matter("contest", q)
        return
    event = any(x.dep_ == "pobj" and x.lemma_.lower() in _q().EVENTS for x in t.subtree)
    if not passive and lem not in lex.SCHEDULED_VERBS and not event:
        return  # "The pair will run in Antarctica next month": a plan stated as fact, not a pending step
    if lem == "sentence" and passive:
        who = _name(b, s, person=True)
        if who and who[:1].isupper():
            yield Matter("scheduled", _finish(f"What sentence will {who} receive"))
        elif who and who.startswith("the ") and s.lemma_.lower() in lex.PERSON_NOUNS | {"man", "woman", "men", "women"}:
            # "The pair are due to be sentenced on 3 May" -> "What sentences will the pair receive?"
            yield Matter("scheduled", _finish(f"What {'sentences' if _q()._plural(s) else 'sentence'} will {who} receive"))
        return
    if lem == "hear" and passive and s.lemma_.lower() in ("appeal", "challenge", "case", "claim"):
        np = _name(b, s)
        if np:
            verb = "succeed" if s.lemma_.lower() in ("appeal", "challenge", "claim") else "be decided"
            yield Matter("scheduled", _finish(f"Will {np} {verb}"))
        return
    if s.lower_ in PRONOUNS and _name(b, s) is None:
        return
    rep = _q()._reporting_head(t)
    if rep is not None:
        return  # someone's forecast: the question rules ask it with its source
    if lem in lex.REVEAL_VERBS:
        # "Corvell will publish its figures on Thursday": what they will show is open, not whether
        obj = next((c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if obj is not None and obj.pos_ == "NOUN":
            owner = _name(b, s) if not passive else None
            head = " ".join(x.text for x in obj.subtree if x.i <= obj.i and x.dep_ in ("amod", "compound")) + \
                (" " if any(x.dep_ in ("amod", "compound") and x.i < obj.i for x in obj.children) else "") + obj.text
            head = head.strip()
            mods = [x for x in obj.children if x.dep_ in ("amod", "compound", "punct") and x.i < obj.i]
            team = obj.doc[min([x.i for x in mods] + [obj.i]):obj.i + 1].text  # "starting line-up", "squad"
            if owner and owner[:1].isupper() and re.search(r"\b(?:" + "|".join(map(re.escape, sorted(lex.LINE_UPS))) +
                                                          r"|line up)$", team.lower()):
                # "Ann Lee will name her starting line-up on Friday": who is in it is open
                yield Matter("scheduled", _finish(f"Who will be in {possessive(owner)} {team}"))
            elif owner and owner[:1].isupper() and obj.lemma_.lower() in SHOWING:
                # ("will announce the move on Monday": a move shows nothing; figures and findings do)
                yield Matter("scheduled", _finish(f"What will {owner}{chr(39) if owner.endswith('s') else chr(39) + 's'} {head} show"))
            elif passive and (np := _name(b, obj)):
                if obj.lemma_.lower() in lex.LINE_UPS:
                    yield Matter("scheduled", _finish(f"Who will be in {np}"))
                elif len(np.split()) >= 3 and np.split()[0].lower() in ("the", "a", "an", "its", "their", "his", "her"):
                    # "The results of the tests will be published on Monday": what they show; a bare
                    # "details" names nothing to ask about
                    if obj.lemma_.lower() in SHOWING:
                        yield Matter("scheduled", _finish(f"What will {np} show"))
                    elif obj.lemma_.lower() in CONTENT_NOUNS:
                        yield Matter("scheduled", _finish(f"What will {np} be"))
                    # (a thing or person released or unveiled, "a test version of the program", "the former
                    # coach", has no content to ask "What will ... be?" of)
        return
    # a plain step set for a date ("Locke will be confirmed as manager on Friday", "The awards will be handed
    # out on 3 March") is the reporter's timetable, stated as fact: nothing is open, so no question; a step
    # someone takes at a pending event ("The judge will confirm the repayment at a hearing on 12 June") only
    # tops an article up
    if event and not passive:
        yield Matter("scheduled-fill", b.question(t, future=True))


SHOWING = {"result", "detail", "finding", "figure", "report", "data", "study", "survey", "review", "plan", "test"}
#: what a reveal makes known as its content, asked "What will the name of the stadium be?"
CONTENT_NOUNS = {"name", "identity", "title", "price", "cost", "date", "venue", "location", "winner", "shortlist",
                 "list", "terms", "choice", "verdict", "decision", "ruling", "outcome", "theme", "design"}


@detector("missing")
def _missing(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Someone or something not yet found: "She is still missing." -> "Will Ann Hale be found?"."""
    b = sx.b
    if t.lower_ not in lex.MISSING_WORDS:
        return
    if t.dep_ == "acomp" and t.head.lemma_ in ("be", "remain"):
        holder = t.head  # "remains missing", "is missing"
    elif t.pos_ == "VERB" and t.tag_ == "VBG" and any(a.lemma_ == "be" for a in t.children if a.dep_ == "aux") and \
            not any(c.dep_ in ("dobj", "attr") for c in t.children):
        holder = t  # "is still missing" parsed as a progressive (not "would be missing a chance": the verb "miss")
    else:
        return
    if _negated(holder) or (any(a.lower_ in ("was", "were") for a in holder.children if a.dep_ == "aux")
                            or holder.tag_ == "VBD") and not any(c.lower_ == "still" for c in holder.children):
        return
    s = _subject(holder)
    if s is None or s.tag_ == "CD" or s.lower_ in ("many", "some", "others", "none"):
        return
    who = _name(b, s, person=s.tag_ not in ("NNS", "NNPS"))
    if not who or (s.lower_ in ("he", "she") and not who[:1].isupper()):
        return
    yield Matter("missing", _finish(f"Will {who} be found"))


@detector("not-yet")
def _not_yet(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A step not taken yet: "He has not yet entered a plea" -> "How will Tom Hale plead?"; "The firm has yet
    to name a buyer" -> "Will the firm name a buyer?"."""
    b = sx.b
    v = None
    if t.lower_ == "yet" and t.dep_ == "advmod" and _negated(t.head) and t.head.pos_ == "VERB":
        v = t.head  # "has not yet entered"
    elif t.lower_ == "yet" and t.head.lemma_ in ("have", "be") and t.head.pos_ in ("VERB", "AUX") and t.i > t.head.i:
        # ("has yet to": after the verb; "Yet Lee had to wait a year" opens with a "but", nothing is pending)
        v = next((c for c in t.head.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
    elif t.lower_ == "still" and t.dep_ == "advmod" and t.head.lemma_ == "be" and t.i > t.head.i:
        # "The venue is still to be decided": the passive only ("the best is still to come" is no step)
        v = next((c for c in t.head.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                  and any(a.dep_ == "auxpass" for a in c.children)), None)
    if v is None or v.lemma_ in ("be", "say", "comment", "respond", "know"):
        return
    if any(a.dep_ == "aux" and a.lower_ in ("should", "must", "ought") for a in v.children):
        return  # "a cap should not be introduced yet, the watchdog said": advice against a step, asked "Will a cap
        # be introduced?" it reads as a forecast
    if t.head.dep_ == "relcl" or v.dep_ == "relcl":
        return  # "something he has yet to confirm", "the report she has not yet read": what is pending is the
        # relative's head, outside the clause; asked from the clause it reads "Will Tom Hale confirm?"
    if v.lemma_ in ("read", "see", "watch", "study", "view", "hear") or (
            v.lemma_ == "commit" and any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children)):
        return  # "he had not yet studied the findings closely", "won't commit to an opinion yet", "is exploring the
        # use of X but has not yet committed to it": a party's own reading or leaning, which no one waits on
    s = _subject(v) or _subject(t.head)
    who = _name(b, s, person=s is not None and s.lower_ in ("he", "she"))
    if not who or s is None or s.lower_ in ("it", "this"):
        return
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() == "plea":
        yield Matter("not-yet", _finish(f"How will {who} plead"))
        return
    drop = frozenset({t.i} | {c.i for c in v.children if c.dep_ == "neg"})
    if any(c.dep_ == "auxpass" for c in v.children):
        yield from _not_yet_done(sx, v, s, drop)
        return

    yield Matter("not-yet", b.question(v, subj=s, front="will", verb_text=v.lemma_.lower(), drop_aux=True,
                                       drop_ids=drop))


#: a choice still to be made whose content is what is open ("The venue is yet to be decided" -> "What will the venue
#: be?"), not whether it is made
CHOICE_VERBS = {"decide", "set", "confirm", "announce", "name", "reveal", "fix", "choose", "determine", "agree", "settle"}
FOUND_VERBS = {"find", "locate", "recover", "trace", "identify", "read", "see", "hear"}  # routine, or "missing"
#: a step whose completion is routine, nothing anyone waits on ("the forms are yet to be checked")
ROUTINE_STEPS = {"finalise", "finalize", "complete", "process", "inspect", "check", "count", "test", "study", "review",
                 "examine", "assess", "evaluate", "analyse", "analyze", "sort", "clear"}
DEMONSTRATIVES = {"this", "that", "these", "those"}


def _not_yet_done(sx: "_Sentence", v: "Token", s: "Token", drop: frozenset[int]) -> Iterator[Matter]:
    """The passive of :func:`_not_yet`, a step still to be taken on ``s``: "Reed has not yet been approached by the
    board" -> "Will Tom Reed be approached by the board?"; a person still to be named by what they will do ("The
    actor who will play the lead has yet to be revealed") -> "Who will play the lead?". Not what is only to be found
    or identified (the "missing" detector's), a routine step ("checked", "processed"), a backlog's figure, a thing
    pointed back to ("this film"), nor a concessive aside ("Although the rules are yet to be agreed, ...")."""
    b = sx.b
    if v.lemma_.lower() in FOUND_VERBS | ROUTINE_STEPS or s.lower_ in PRONOUNS or \
            s.lower_ in POINTERS:
        return
    if any(x.tag_ == "CD" or x.lower_ in DEMONSTRATIVES for x in s.subtree if x.i < s.i):
        return  # "some 4,000 forms are yet to be sent": a backlog's figure; "this old film": pointed back
    clause = next((x for x in [v, *v.ancestors] if x.dep_ == "advcl"), None)
    if clause is not None and any(m.dep_ == "mark" and m.lower_ in ("although", "though", "while", "whilst")
                                  for m in clause.children):
        return  # "Although the rules are yet to be agreed, the clubs have begun training": background
    rel = next((c for c in s.children if c.dep_ == "relcl" and any(a.lower_ in ("will", "would", "'ll")
                                                                   for a in c.children if a.dep_ == "aux")), None)
    if rel is not None:
        wh = next((c for c in rel.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
        if wh is None or s.lemma_.lower() not in lex.PERSON_NOUNS:
            return
        toks = [x for x in rel.subtree if x.i != wh.i]
        if any(x.lower_ in PRONOUNS for x in toks):
            return
        what = b.render(toks)
        if what and len(what.split()) <= 14:
            yield Matter("not-yet-done", _finish(f"Who {what}"))
        return
    if any(c.dep_ == "amod" and c.lower_ in ("more", "further") for c in s.children):
        return  # "More acts are still to be confirmed": that more will come is told; which ones, no clause asks
    line_up = s.lower_ == "up" and s.doc[max(s.i - 2, 0):s.i + 1].text.lower() == "line-up"  # (split by the tokenizer)
    if v.lemma_.lower() in CHOICE_VERBS and (s.lemma_.lower() in CONTENT_NOUNS | lex.LINE_UPS or line_up):
        yield from _choice_content(sx, v, s)
        return
    yield Matter("not-yet-done", b.question(v, subj=s, front="will", verb_text="be " + v.text.lower(), drop_aux=True,
                                            drop_ids=drop))


def _choice_content(sx: "_Sentence", v: "Token", s: "Token") -> Iterator[Matter]:
    """A content still to be chosen, asked by what it will be: "An opening night has yet to be set for the play" ->
    "What will the release date for the album be?" (the choice's "for"/"of" phrase says whose it is)."""
    b = sx.b
    np = _name(b, s)
    if not np:
        return
    own = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    tail = None
    if own is not None and not any(c.dep_ == "prep" for c in s.children):
        aside = {y.i for x in own.subtree if x.dep_ in ("relcl", "acl", "appos") for y in x.subtree}
        toks = _q()._strip_edges([x for x in own.subtree if x.i not in aside])
        tail = None if any(x.lower_ in PRONOUNS | POINTERS for x in toks) else b.render(toks)
    if tail:
        np += " " + tail
    if len(np.split()) <= 14:
        yield Matter("not-yet-done", _finish(f"What will {np} be"))


@detector("no-comment")
def _no_comment(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Someone who has not answered yet: "The council could not be reached for comment." -> "How will the
    council respond?" (only for a named person or body)."""
    b = sx.b
    lem = t.lemma_.lower()
    holder = None
    if lem == "comment" and t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_ == "reach":
        holder = t.head.head if _negated(t.head.head) else None  # "could not be reached for comment"
    elif lem in lex.NO_COMMENT and t.pos_ == "VERB" and t.dep_ == "xcomp" and t.head.lemma_ in ("decline", "refuse"):
        holder = t.head  # "declined to comment"
    elif lem == "respond" and t.pos_ == "VERB" and _negated(t) and t.tag_ in ("VB", "VBN"):
        holder = t  # "did not respond to requests for comment"
    if holder is None:
        return
    if any(x.lemma_ in lex.SAYS_VERBS and x.i > t.i for x in sx.sent):
        return  # "X declined to comment, but his lawyer said ...": an answer follows
    s = _subject(holder)
    if s is None or not (s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or s.pos_ == "PROPN" or s.lower_ in PRONOUNS
                         or s.lemma_.lower() in lex.PERSON_NOUNS | lex.ORG_HEADS):
        return
    who = _name(b, s, person=s.lower_ in ("he", "she"))
    what = _asked_about(b, holder)
    if who and what:
        yield Matter("no-comment", _finish(f"How will {who} respond to {what}"))


ASKED_ABOUT = {"on", "about", "regarding", "over"}  # "requests for comment on the lawsuit"


def _asked_about(b: "_Builder", holder: "Token") -> str | None:
    """What a party that has not answered was asked about: the object of "comment on", "questions about" in the
    clause of ``holder`` ("could not be reached for comment on the lawsuit" -> "the lawsuit"), as a known thing
    ("the"), short and with no pronoun. None when the clause does not say: "How will X respond?" alone asks
    nothing a reader can place."""
    for x in holder.subtree:
        if x.dep_ != "prep" or x.lower_ not in ASKED_ABOUT or x.head.lemma_.lower() not in (
                "comment", "request", "question", "inquiry", "query", "respond", "reach", "message", "email", "call"):
            continue
        obj = next((c for c in x.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("DATE", "TIME") or \
                any(y.lower_ in PRONOUNS | FIRST_SECOND or y.dep_ in ("relcl", "acl") for y in obj.subtree):
            return None
        what = _name(b, obj)
        return what if what and len(what.split()) <= 8 else None
    return None


@detector("unknown-value")
def _unknown_value(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A value the article says is unknown: "The cause of the fire is not yet known." -> "What was the
    cause of the fire?"; "Her whereabouts remain unknown." -> "What are Ann Hale's whereabouts?"; "It is too early to
    know the extent of the damage to the bridge" -> "What is the extent of the damage to the bridge?"."""
    b = sx.b
    lem = t.lemma_.lower()
    unknown = (lem in ("unknown", "unclear") and t.dep_ == "acomp") or (
        lem in ("know", "establish", "determine", "confirm", "disclose", "release", "reveal", "clear") and
        (_negated(t) or _negated(t.head) or any(c.lower_ == "yet" for c in t.children)) and
        any(c.dep_ == "auxpass" for c in t.children))
    # "it is too early to know the extent of the damage": the value is named as the object of a verb of knowing
    early = lem in ("know", "say", "tell", "assess", "determine", "gauge", "judge", "establish") and \
        t.dep_ == "xcomp" and t.head.lower_ in ("early", "soon") and \
        any(c.lower_ == "too" for c in t.head.children) and not _negated(t.head.head)
    if not (unknown or early):
        return
    holder = t.head if t.dep_ == "acomp" else t
    s = next((c for c in t.children if c.dep_ == "dobj"), None) if early else _subject(holder)
    if s is None or s.pos_ != "NOUN":
        return
    head = s.lemma_.lower()
    if head not in lex.UNKNOWN_PAST_HEADS | lex.UNKNOWN_NOW_HEADS:
        return
    np = b.np_text(s)
    if early and np and len(np.split()) < 3:
        np = _value_of_earlier(sx, s, np)  # "Moreno had sustained the injury but it was too early to know the severity"
    if not np or len(np.split()) < 3:
        return  # "the cause": of what is said elsewhere
    plural = s.tag_ == "NNS" or head == "whereabouts"
    be = ("were" if plural else "was") if head in lex.UNKNOWN_PAST_HEADS else ("are" if plural else "is")
    yield Matter("unknown-value", _finish(f"What {be} {np}"))


def _value_of_earlier(sx: "_Sentence", value: "Token", np: str) -> str | None:
    """A bare value ("the severity") filled from what the same sentence said before it: the object of a verb whose
    subject is a named person ("Moreno had sustained the knee injury but ... too early to know the severity" ->
    "the severity of Lucas Moreno's knee injury"); None when nothing fits."""
    for v in (x for x in reversed(list(sx.sent)) if x.i < value.i and x.pos_ == "VERB"):
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        subj = _subject(v)
        if obj is None or subj is None or subj.pos_ != "PROPN" or \
                not (subj.ent_type_ == "PERSON" or subj.text in sx.ctx.person_word):
            continue  # (a surname the tagger calls an organisation is still the person the story names)
        who = _name(sx.b, subj, person=True)
        thing = " ".join(x.text for x in obj.subtree if x.i == obj.i or x.dep_ in ("compound", "amod") and x.head.i == obj.i)
        if who and who[:1].isupper() and not BARE_PRONOUN.search(who) and len(who.split()) <= 4:
            return f"{np} of {who}'s {thing}"
        return None
    return None


def _described_accused(sx: "_Sentence", s: "Token", charged: bool) -> str | None:
    """Who a denial's described subject is: "The 64-year-old former star has denied arson" -> the one person the
    story charges (:func:`_defendant`) or puts on trial ("Tom Hale's trial", "Hale went on trial"); "The three
    men, who have all denied robbery" -> "the three men" when the charge is named (``charged``). Else None."""
    if s.lower_ in ("who", "that") and s.head.dep_ == "relcl":
        s = s.head.head  # the relative clause's head
    aged = s.lower_ == "old" and s.i >= 2 and s.doc[s.i - 2].lower_ == "year"  # "The 58-year-old, of Avonia, denies"
    if not (s.pos_ == "NOUN" and not s.ent_type_ or aged) or any(c.dep_ == "poss" for c in s.children) or \
            s.lemma_.lower() in lex.SPOKESPEOPLE or not any(c.dep_ == "det" and c.lower_ == "the" for c in s.children):
        return None  # ("his lawyer denied", "a man denied": not the one on trial)
    if s.tag_ == "NNS":
        num = next((c for c in s.children if c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS), None)
        return f"the {num.lower_} {s.text}" if charged and num is not None and \
            s.lemma_.lower() in lex.PERSON_NOUNS else None
    if not (aged or s.lemma_.lower() in lex.PERSON_NOUNS or s.lemma_.lower() in lex.PERSON_ROLES):
        return None
    accused = _defendant(sx)
    if accused is not None:
        return accused[0]
    text = sx.ctx.parsed.article.text
    tried = set()
    for a in sx.ctx.referents:
        name = clean_name(a.name)
        if a.type != "person" or len(name.split()) < 2:
            continue
        last = re.escape(name.split()[-1])
        if re.search(r"\b" + last + r"(?:'s|’s) (?:[a-z-]+ ){0,2}trial\b|\btrial of (?:[A-Z][\w.'’-]* ){0,3}" + last +
                     r"\b|\b" + last + r",? (?:went|goes|is|was|has gone) on trial\b", text):
            tried.add(name)
        if re.search(r"\band (?:[A-Z][\w.'’-]* ){0,3}" + last + r",? (?:went|go|are|were|have gone) on trial\b", text):
            return None  # "Tom Hale and Ann Lee went on trial": more than one
    return next(iter(tried)) if len(tried) == 1 else None


def speaks_for_another(s: "Token | None") -> bool:
    """``s`` is a lawyer or spokesperson, who denies or pleads for someone else (not an "attorney general")."""
    return s is not None and s.lemma_.lower() in lex.COUNSEL | lex.SPOKESPEOPLE and \
        not any(c.lower_ == "general" for c in s.children)


def client_of(s: "Token") -> "Token | None":
    """The one a lawyer or spokesperson ``s`` answers for: the owner ("his lawyer", "Hale's solicitor") or the
    object of "for" / "on behalf of" ("a lawyer for Hale"); None when the text names no one."""
    found = [c for c in s.children if c.dep_ == "poss"] or \
        [o for p in s.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children if o.dep_ == "pobj"]
    if not found:
        found = [o for p in s.head.children if p.dep_ == "prep" and p.lower_ == "on" and
                 any(x.lower_ == "behalf" for x in p.children) for b in p.children if b.lower_ == "behalf"
                 for q in b.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
    if not found and s.lemma_.lower() in lex.SPOKESPEOPLE:
        found = [c for c in s.children if c.dep_ == "compound" and c.pos_ == "PROPN"][-1:]  # "an Acme spokesman"
    return found[0] if len(found) == 1 and found[0].lower_ not in ("its", "their") else None


IF_CONVICTED = re.compile(r"\bif (?:(?:he|she|they|is|are|was|were|later) ){0,2}(?:convicted|found guilty)\b")

NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


@detector("plea")
def _plea(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A charge denied before a court: "Hale denies murder" / "pleaded not guilty to fraud" -> "Will Tom
    Hale be convicted of fraud?" (not when the article reports a verdict)."""
    b = sx.b
    lem = t.lemma_.lower()
    crime = None
    if lem == "deny" and t.pos_ == "VERB":
        crime = next((o for o in t.children if o.dep_ == "dobj" and o.lemma_.lower() in lex.CRIMES), None)
    elif lem == "plead" and t.pos_ == "VERB" and any(x.lower_ == "not" for x in t.subtree) and \
            any(x.lower_ == "guilty" for x in t.subtree):
        crime = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                      if o.dep_ == "pobj"), None)
        if crime is None:
            crime = t  # "pleaded not guilty": the charge is said elsewhere
    if crime is None:
        return
    s = _subject(t)
    if speaks_for_another(s):
        s = client_of(s)  # "His lawyer denied arson": the plea is Hale's, not the lawyer's
        if s is None:
            return
    of = ""
    if crime is not t and crime.lemma_.lower() not in ("charge", "count", "offence", "offense"):
        of = "of " + (b.np_text(crime) or crime.text)
    who = _name(b, s, person=True)
    if s is not None and (not who or not who[:1].isupper()):
        who = _described_accused(sx, s, bool(of))
    if not who or not who[:1].isupper() and not (of and who.startswith("the ")):
        return
    text = IF_CONVICTED.sub("", sx.ctx.parsed.article.text.lower())  # ("could face life if convicted": no verdict)
    last = who.split()[-1].lower()
    if re.search(r"\b(convicted|found guilty|acquitted|cleared of|found not guilty|jailed|sentenced to)\b", text) and \
            (last in text or not who[:1].isupper()):
        return  # a verdict is reported: not open
    yield Matter("plea", _finish(f"Will {who} be convicted", of))


COURTS = {"court", "tribunal", "judge", "panel", "commission", "board", "authority", "ombudsman", "committee",
          "council", "body", "federation", "association", "league", "lords"}


APPEAL_WINDOW = {"day", "week", "month", "hour", "time", "right", "chance", "option"}


SANCTION_VERBS = {"ban", "bar", "suspend", "disqualify", "expel", "sack", "fine", "prohibit", "exclude", "dismiss"}


def _sanctioned(sx: "_Sentence") -> tuple[str | None, set[str]]:
    """The one person the story's earlier sentences sanction, by full name ("The tribunal banned Tom Hale from
    coaching", "Tom Hale was suspended for a year" -> "Tom Hale"; None when no one, or more than one, fits), and the
    surnames of those who sanction ("Tom Dunmore banned ..." -> {"Dunmore"})."""
    found: set[str] = set()
    deciders: set[str] = set()
    for _, _, span, _ in sx.ctx.sents[:sx.n]:
        for v in span:
            if v.lemma_.lower() not in SANCTION_VERBS or v.pos_ != "VERB" or _negated(v):
                continue
            passive = any(c.dep_ == "auxpass" for c in v.children)
            for c in v.children:
                if c.ent_type_ != "PERSON" or c.pos_ != "PROPN":
                    continue
                if c.dep_ == ("nsubjpass" if passive else "dobj"):
                    name = " ".join(x.text for x in c.subtree if x.ent_type_ == "PERSON")
                    found.add(sx.ctx.expand(name) or name)
                elif c.dep_ == "nsubj" and not passive:
                    deciders.add(c.text)
    full = {n for n in found if len(n.split()) >= 2}
    one = next(iter(full)) if len(full) == 1 and all(n.split()[-1] == next(iter(full)).split()[-1] for n in found) \
        else None
    return one, deciders


@detector("appeal")
def _appeal(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """An appeal planned or lodged: "She said she would appeal against the ruling" / "has lodged an
    appeal" -> "Will Ann Hale's appeal against the ruling succeed?"."""
    b = sx.b
    lem = t.lemma_.lower()
    against = None
    if lem == "appeal" and t.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "to" and not any(o.lemma_.lower() in COURTS for o in c.children)
            for c in t.children):
        return  # "the film would appeal to Academy voters": it would attract them; no court is asked
    if lem == "appeal" and t.pos_ == "VERB" and not _negated(t) and (
            _future(t) or any(a.lower_ in ("would", "will", "to") for a in t.children if a.dep_ == "aux") or
            t.tag_ == "VBG"):
        s = _subject(t) or (_subject(t.head) if t.dep_ in ("xcomp", "ccomp") else None)
        against = next((p for p in t.children if p.dep_ == "prep" and p.lower_ == "against"), None)
        if s is None and t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in APPEAL_WINDOW and t.head.dep_ == "dobj" and \
                t.head.head.lemma_ in ("have", "give") and not _negated(t.head.head):
            # "Bill Harper has 28 days to appeal against the decision": whether he appeals at all is open
            s = _subject(t.head.head) or next((c for c in t.head.head.children if c.dep_ == "nsubjpass"), None)
            who = _name(b, s, person=s is not None and s.lower_ in ("he", "she"))
            if s is not None and s.lower_ in ("he", "she"):
                # "He has 21 days to appeal" after the sanctioning side's quote: the one the decision went against
                against_whom, deciders = _sanctioned(sx)
                who = against_whom or (None if who and who.split()[-1] in deciders else who)
            what = b.render(sorted(against.subtree, key=lambda x: x.i)) if against is not None else ""
            if who and s is not None and len(who.split()) <= 6 and not re.search(r"\bappeal(?:ed|s)\b", _later_text(sx)):
                yield Matter("appeal", _finish(f"Will {who} appeal", what if what and len(what.split()) <= 8 else ""),
                             _finish(f"Will {who} appeal"))
            return
    elif lem == "appeal" and t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_ in ("lodge", "file", "launch", "submit"):
        s = _subject(t.head)
        against = next((p for p in t.children if p.dep_ == "prep" and p.lower_ == "against"), None)
    else:
        return
    who = _name(b, s, person=s is not None and s.lower_ in ("he", "she"))
    if not who or s is None or len(who.split()) > 6:
        return
    what = b.render(sorted(against.subtree, key=lambda x: x.i)) if against is not None else ""
    if what is None or len(what.split()) > 8:
        what = ""
    if t.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in t.children):
        # "has not said if it will appeal": whether there is an appeal at all is the open matter
        yield Matter("appeal", _finish(f"Will {who} appeal", what))
        return
    owner = possessive(who)
    what = what.replace(" " + owner + " ", " the ")  # "against her ban": not "against Ann Lee's ban" again
    yield Matter("appeal", _finish(f"Will {owner} appeal", what, "succeed"), _finish("Will the appeal", what, "succeed"))


ACTION_NOUNS = {"lawsuit": "against", "suit": "against", "case": "against", "claim": "against", "challenge": "to",
                "complaint": "against", "bid": "for", "offer": "for", "takeover": "of", "petition": "to"}
ACTION_VERBS = {"file", "lodge", "launch", "bring", "submit", "make", "mount", "table"}


@detector("action")
def _action(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A legal action or a bid under way, its outcome not told: "The group has filed a lawsuit against the
    college" / "Hale sued the firm" -> "Will the group's lawsuit against the college succeed?"; "Lee has made a
    bid for the club" -> "Will Ann Lee's bid for the club succeed?". Not when the article reports it decided
    (won, lost, dismissed, rejected, accepted, settled, dropped)."""
    b = sx.b
    lem = t.lemma_.lower()
    if lem == "sue" and t.pos_ == "VERB" and not _negated(t) and not any(c.dep_ == "auxpass" for c in t.children) and \
            (t.tag_ in ("VBD", "VBZ", "VBN") or t.tag_ == "VBG" and any(
                a.lower_ in ("is", "are", "'s", "'re") for a in t.children if a.dep_ == "aux")):
        # ("is suing": an action under way; "was suing" or a bare "suing" tells no action still open)
        s, noun, target = _subject(t), "lawsuit", next((c for c in t.children if c.dep_ == "dobj"), None)
        prep = "against"
    elif lem in ACTION_NOUNS and t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in ACTION_VERBS and \
            not _negated(t.head) and t.head.tag_ in ("VBD", "VBZ", "VBN", "VBP"):
        s, noun, prep = _subject(t.head), t.lower_, ACTION_NOUNS[lem]
        p = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == prep), None) or \
            next((c for c in t.head.children if c.dep_ == "prep" and c.lower_ == prep), None)
        target = next((c for c in p.children if c.dep_ == "pobj"), None) if p is not None else None
    else:
        return
    if s is None or target is None or s.lower_ in FIRST_SECOND or _settled_later(sx, noun):
        return
    verb = t if t.pos_ == "VERB" else t.head
    if t.pos_ == "NOUN" and _none_yet(verb, t):
        return  # "Neither side has made a formal offer": no bid to ask about
    if any(c.dep_ in ("prep", "npadvmod") and any(re.fullmatch(r"(?:19|20)\d\d", x.text) for x in c.subtree)
           for c in verb.children):
        return  # "In March 2001, X sued Y": dated to a past year, its outcome long since known
    if (t.dep_ == "relcl" or t.head.dep_ == "relcl") and (t if t.dep_ == "relcl" else t.head).head.lemma_.lower() in \
            ("time", "occasion"):
        return  # "it is not the first time X has sued people": a past instance, no action under way
    if target.lemma_.lower() in ("people", "person", "individual", "someone", "anyone", "others") and \
            not any(c.dep_ in ("amod", "compound", "det", "relcl", "acl") for c in target.children):
        return  # "sued people": whom is not said, no outcome to ask about
    who, what = _name(b, s, person=s.lower_ in ("he", "she")), _name(b, target)
    person = s if s.ent_type_ == "PERSON" and s.pos_ == "PROPN" else next(
        (c for c in s.children if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
    if who and person is not None:  # "the singer Mara Vell": the person's name, not the role
        who = sx.ctx.expand(" ".join(x.text for x in person.subtree if x.ent_type_ == "PERSON")) or who
    if not who or not what or len(who.split()) > 6 or len(what.split()) > 8:
        return
    if re.search(r"\b(?:of|for|in|at|from|with) (?![A-Z])", who):  # (not "Students for Fair Pay": a name)
        # "the parents of a young girl's lawsuit": a possessive on a noun phrase with its own complement reads wrong
        yield Matter("action", _finish(f"Will the {noun} {prep} {what} succeed"))
        return
    owner = possessive(who)
    yield Matter("action", _finish(f"Will {owner} {noun} {prep} {what} succeed"))


REDRESS = {"damages", "compensation", "restitution"}
SEEK_VERBS = {"seek", "claim", "demand", "want", "sue"}
AWARDED = re.compile(r"\b(?:awarded|won|granted|paid|agreed to pay|ordered to pay|settled|dismissed|rejected|"
                     r"threw out|thrown out)\b", re.I)


def _person_name(sx: "_Sentence", s: "Token") -> str | None:
    """The person's name at ``s`` as the article gives it in full: the PERSON entity holding ``s``, without a
    descriptor the tagger put inside it ("Californian"), and nothing from a clause after it."""
    ent = next((e for e in s.doc.ents if e.start <= s.i < e.end and e.label_ == "PERSON"), None)
    if ent is None:
        return None
    toks = [x for x in ent if x.pos_ == "PROPN" and x.i <= s.i]
    while len(toks) > 2 and (toks[0].ent_type_ == "NORP" or re.search(r"(?:ian|ean|ese|ish)$", toks[0].text)):
        toks = toks[1:]  # "Californian Tom Hale", "Danish Ann Lee": a demonym before the name
    if not toks:
        return None
    return (sx.ctx.expand(toks[0].text) or toks[0].text) if len(toks) == 1 else " ".join(x.text for x in toks)


@detector("damages-sought")
def _damages_sought(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Damages someone is seeking, with no award told: "The Hale family is seeking damages of $2m from the hospital" /
    "Lee Holdings will seek compensation from the port authority" / "The band is suing for damages" -> "Will the Hale
    family win damages of $2m from the hospital?". Not a past claim ("sought"), nor once the story tells an award,
    a settlement or a dismissal."""
    b = sx.b
    lem = t.lemma_.lower()
    if t.pos_ != "VERB" or lem not in SEEK_VERBS or _negated(t) or t.tag_ == "VBD":
        return
    if not (_future(t) or t.tag_ in ("VBZ", "VBP") or t.tag_ == "VBG" and any(
            a.lower_ in ("is", "are", "'s", "'re", "be") for a in t.children if a.dep_ == "aux")):
        return  # ("has sought", "was seeking": a past step; "would seek" is a condition)
    if any(a.lower_ in ("would", "could", "might", "may") for a in t.children if a.dep_ == "aux"):
        return
    obj = next((c for c in t.children if c.dep_ == "dobj"), None) if lem != "sue" else _prep_object(t, ("for",))
    if obj is None or obj.lower_ not in REDRESS:
        return
    s = _subject(t)
    if s is None or s.lower_ in FIRST_SECOND or s.lower_ in ("who", "which", "that"):
        return
    who = _name(b, s, person=s.lower_ in ("he", "she"))
    if who and s.ent_type_ == "PERSON" and s.pos_ == "PROPN":  # "Californian Tom Hale": the name, not the descriptor
        who = _person_name(sx, s) or who
    if not who or not any(w[:1].isupper() for w in who.split()) or len(who.split()) > 6 or BARE_PRONOUN.search(who):
        return  # (a body named only by a description, "the firm", is no one a reader can follow)
    amount = _prep_object(obj, ("of",))
    # the whole object of "of": the small model splits "$5m" into two objects, "5" and "m"
    figure = [x for x in amount.head.subtree if x.i > amount.head.i] if amount is not None else []
    how_much = b.render(figure) if any(_q()._money(x) for x in figure) else None
    src = _prep_object(obj, ("from",)) or _prep_object(t, ("from",)) or \
        (next((c for c in t.children if c.dep_ == "dobj"), None) if lem == "sue" else None)
    them = _name(b, src) if src is not None and (src.pos_ == "PROPN" or src.ent_type_ in ("ORG", "GPE", "PERSON") or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in src.children)) else None
    # ("from a long list of defendants": no one party to name)
    if them and (BARE_PRONOUN.search(them) or len(them.split()) > 8):
        them = None
    if AWARDED.search(_later_text(sx)) or AWARDED.search(sx.sent.text[t.idx - sx.sent.start_char:]):
        return
    if lem != "sue" and any(x.lemma_.lower() in ("sue", "suit", "lawsuit") for x in sx.sent):
        return  # "filed the suit and is seeking damages": the lawsuit is the matter, asked by its own detector
    what = obj.lower_ + (f" of {how_much}" if how_much and len(how_much.split()) <= 4 else "")
    yield Matter("damages-sought", _finish(f"Will {who} win {what}", f"from {them}" if them else ""),
                 _finish(f"Will {who} win {obj.lower_}"))


#: How a matter went, as a story tells it: one vocabulary for the four tests built from it, each phrase with the
#: tests it serves: "proposal", how a bid, offer or plan went (:data:`OUTCOME`); "action", how an action or suit
#: went (:data:`DECIDED`); "suit", how a lawsuit went (:data:`SUIT_SETTLED`); "launch", how a launched
#: scheme went (:data:`LAUNCH_OUTCOME`).
TOLD_OUTCOMES: dict[tuple[str, ...], str] = {
    ("proposal", "action", "suit", "launch"): "dropped",
    ("proposal", "action", "suit"): "withdrawn|won|dismissed|thrown out|threw out",
    ("proposal", "action", "launch"): "failed|succeeded",
    ("proposal", "action"): "accepted|rejected|withdrew|agreed|completed",
    ("proposal", "launch"): "abandoned|scrapped|axed|shelved",
    ("action", "suit"): "lost|settled|ruled",
    ("proposal",): "accepts|rejects|approved|approves|withdraws|turned down|turns down|refused|refuses|snubbed|spurned|"
                   "rebuffed|backed|ratified|endorsed|voted|cleared|blocked|vetoed|granted|gave the go-ahead|"
                   "given the go-ahead",
    ("action",): "upheld",
    ("suit",): "awarded",
    ("launch",): r"suspended|halted|worked|flopped|has cut|have cut|cut \w+ by",
}


def _told_outcome(test: str) -> re.Pattern:
    """The phrases of :data:`TOLD_OUTCOMES` that serve ``test``, as one pattern: whole words, any case."""
    return re.compile(r"\b(?:" + "|".join(words for tests, words in TOLD_OUTCOMES.items() if test in tests) + r")\b",
                      re.I)


OUTCOME = _told_outcome("proposal")
DECIDED = _told_outcome("action")
SUIT_SETTLED = _told_outcome("suit")
LAUNCH_OUTCOME = _told_outcome("launch")


def _later_text(sx: "_Sentence") -> str:
    """The text of the sentences after this one."""
    return " ".join(sp.text for _, _, sp, _ in sx.ctx.sents[sx.n + 1:])


def _settled_later(sx: "_Sentence", noun: str) -> bool:
    """A later sentence reports the action decided ("the suit was dismissed", "the bid was accepted")."""
    ctx = sx.ctx
    return any(noun in sp.text.lower() and DECIDED.search(sp.text) for _, _, sp, _ in ctx.sents[sx.n:])


WH_OPEN = {"what", "who", "why", "how", "when", "where", "which", "will", "would", "could", "can", "is", "are", "was",
           "were", "do", "does", "did", "has", "have", "should"}


@detector("own-question")
def _own_question(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A question the article asks in its own voice: "The duo leave a hard record to beat - what can come
    after for a group that has won it all?" -> "What can come after for a group that has won it all?" (not
    inside quotation marks, not first or second person, long enough to stand alone)."""
    b, sent = sx.b, sx.sent
    if t.i != sent.start or not sent.text.rstrip().endswith("?"):
        return
    para = sx.ctx.sents[sx.n][3]
    nxt = sx.ctx.sents[sx.n + 1] if sx.n + 1 < len(sx.ctx.sents) else None
    if nxt is not None and nxt[3] is para and not nxt[2].text.rstrip().endswith("?"):
        return  # answered straight after ("What did she do? She waited."): rhetorical
    if re.search(r"\b(?:I|I'm|my|we|our)\b", para.doc.text):
        return  # a first-person paragraph (a reader's comment, a column): not the report's own question
    toks = [x for x in sent if not x.is_space]
    # the question part: after the last dash or colon, else the whole sentence
    cut = max((x.i for x in toks if x.text in (":", ";") or _q()._dash(x)), default=sent.start - 1)
    part = [x for x in toks if x.i > cut]
    while part and part[0].lower_ in ("but", "and", "so", "yet", "then", "or", "still"):
        part = part[1:]
    if len(part) < 6 or part[0].lower_ not in WH_OPEN:
        return
    if any(x.lower_ in FIRST_SECOND for x in part) or any(x.text in ('"', "“", "”", "‘", "’", "'") for x in part):
        return
    if any(x.lower_ in ("it", "this", "these", "they") and x.dep_ in ("nsubj", "nsubjpass") for x in part):
        return  # "What is it for and how is it used?": about something named elsewhere, a teaser
    mask = sx.ctx.analysis.quoted_chars(sent.doc)
    if any(x.idx < len(mask) and mask[x.idx] for x in part):
        return  # inside a quote: someone's words, not the article's
    text = b.render(part[:-1], keep_pronoun_for={"it"})  # ("has done it all": an idiom, not a referent)
    if text:
        yield Matter("own-question", text[:1].upper() + text[1:].rstrip(" ,") + "?")


UNNAMED = {"unnamed", "unidentified", "undisclosed", "anonymous", "mystery", "unknown"}
WHO_NOUNS = {"buyer", "bidder", "donor", "man", "woman", "person", "source", "official", "attacker", "gunman",
             "suspect", "investor", "benefactor", "owner", "client", "party", "company", "firm", "group", "backer",
             "player", "club", "individual", "driver", "victim", "passenger", "caller", "purchaser"}
AMOUNT_NOUNS = {"sum", "fee", "amount", "price", "figure", "settlement", "fine", "payment", "compensation"}
#: who a report leans on: kept unnamed by the reporter's convention, not left open by the story
SOURCE_NOUNS = {"source", "official", "insider", "aide", "spokesman", "spokeswoman", "spokesperson", "person"}
#: people a story may leave unnamed for their own sake: asked about only as the doer of an act
PRIVATE_PEOPLE = {"man", "woman", "person", "individual", "passenger", "caller"}


def _reporting_source(noun: "Token") -> bool:
    """``noun`` is who the report quotes: the subject of a saying verb ("the unidentified source told Reuters"),
    the one quoted or cited ("quoting an anonymous official", "citing another anonymous source") or the one
    something is according to."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ in lex.REPORT_VERBS:
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in ("quote", "cite"):
        return True
    return noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


@detector("unnamed")
def _unnamed(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A party or a sum the article leaves unnamed: "sold the manuscript to an unnamed buyer" -> "Who is the
    unnamed buyer of the manuscript?"; "for an undisclosed fee" -> "What was the undisclosed fee?"."""
    b = sx.b
    if t.lower_ not in UNNAMED or t.dep_ != "amod" or t.head.pos_ != "NOUN" or \
            any(c.dep_ == "advmod" for c in t.children) or t.head.dep_ == "appos":
        return  # ("a relatively unknown firm", "Rosneft, an unknown firm": obscure, not unnamed)
    noun = t.head
    head = noun.lemma_.lower()
    if head in SOURCE_NOUNS and _reporting_source(noun):
        return  # "quoting an anonymous official": the reporter's source, not a party the story leaves open
    if head in PRIVATE_PEOPLE and not (noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and
                                       noun.head.lemma_ not in lex.REPORT_VERBS):
        return  # "the unnamed woman says ...", "shows the unidentified man being hauled to shore": someone the
        # story keeps private, not a doer whose name is sought ("an unidentified man stabbed ...")
    if head in WHO_NOUNS:
        of = ""
        verb = noun.head.head if noun.dep_ == "pobj" else None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None and verb.pos_ == "VERB" else None
        if obj is not None and head in ("buyer", "bidder", "purchaser", "owner", "investor"):
            np = b.np_text(obj, compact=True)
            if np and len(np.split()) <= 10:
                of = " of " + (np[:1].lower() + np[1:] if np.split()[0] in ("The", "A", "An") else np)
                of = re.sub(r" of (?:a|an) ", " of the ", of)
        mods = " ".join(x.text for x in noun.children if x.dep_ == "compound" and x.i < noun.i)  # "shell company"
        yield Matter("unnamed", _finish(f"Who is the {t.lower_} {mods + ' ' if mods else ''}{noun.text}{of}"))
    elif head in AMOUNT_NOUNS:
        verb = noun.head.head if noun.dep_ == "pobj" else None
        if verb is not None and verb.pos_ == "VERB":
            yield Matter("unnamed", _finish(f"How much was the {t.lower_} {noun.text}"))


@detector("unverified")
def _unverified(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A report the publisher could not confirm: "CNN could not independently confirm the reported rescue"
    -> "Is the reported rescue accurate?"."""
    b = sx.b
    if t.lemma_.lower() not in ("confirm", "verify") or t.pos_ != "VERB" or not _negated(t):
        return
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lower_ in ("it", "this", "that"):
        return
    np = _name(b, obj, compact=False)
    if not np or len(np.split()) < 2:
        return
    plural = obj.tag_ == "NNS"
    if len(np.split()) < 3 or not np.startswith("the "):
        # "hasn't independently confirmed Ann's rescue" -> "Is the report of Ann's rescue accurate?"
        yield Matter("unverified", _finish(f"Is the report of {np} accurate"))
        return
    yield Matter("unverified", _finish(f"{'Are' if plural else 'Is'} {np} accurate"))


@detector("aspiration")
def _aspiration(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A dream or hope still to come true: "The nine-year-old dreams of one day playing for the national team"
    -> "Will Tom Hale one day play for the national team?"."""
    b = sx.b
    if t.lemma_.lower() not in ("dream", "hope") or t.pos_ != "VERB" or _negated(t) or t.tag_ not in ("VBZ", "VBP"):
        return
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    act = next((c for c in of.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if of is not None else None
    s = _subject(t)
    if act is None or s is None:
        return
    yield Matter("aspiration", b.question(act, subj=s, front="will", verb_text=act.lemma_.lower(), drop_aux=True,
                                          drop_ids=frozenset({of.i})))


FAVOURITE = {"favourite", "favorite", "tipped", "odds-on", "frontrunner", "front-runner"}


TIPPERS = {"tip", "name", "install", "see", "rate", "back", "make"}  # "tipped/named/installed as favourite to win"


@detector("favourite")
def _favourite(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Someone tipped to win or do something: "She is now tipped to take the main award" -> "Will
    Ann Lee take the main award?"; "The striker is tipped to join the club" -> "Will the striker join the club?";
    "The Long Road has been tipped by critics as the favourite to win best film" -> "Will the Long Road win best
    film?"; "Ann Lee is one of (among) the favourites to land the award for her role" -> "Will Ann Lee land the award?"
    (not two named together)."""
    b = sx.b
    g = t.head
    among = None
    if t.dep_ == "xcomp" and g.lemma_ == "be":  # "is favourite to win" parsed with "win" on the copula
        g = next((c for c in g.children if c.dep_ in ("acomp", "attr") and c.lower_ in FAVOURITE and c.i < t.i), g)
    if t.dep_ in ("relcl", "acl") and g.lower_ in FAVOURITE and g.dep_ == "pobj" and g.head.lower_ == "as" and \
            g.head.head.lemma_.lower() in TIPPERS:
        # "has been tipped by bookmakers as the favourite to win the award": the tipping verb holds the subject
        holder = g.head.head
    elif (among := _among_favourites(t)) is not None:
        holder = among  # "She is one of the favourites to land the award", "is among the favourites to win"
    elif t.dep_ != "xcomp" or g.lower_ not in FAVOURITE or g.i == t.i:
        return
    else:
        holder = g.head if g.dep_ == "acomp" else g
    if t.tag_ != "VB":
        return
    if _negated(holder) or _negated(g) or any(a.lower_ in ("was", "were") for a in holder.children
                                               if a.dep_ in ("aux", "auxpass")) or holder.tag_ == "VBD":
        return  # "she was favourite to win": how it turned out is for the article to say
    s = _subject(t) if t.dep_ == "xcomp" else _subject(holder)
    if s is None or s.lower_ in FIRST_SECOND or among is not None and any(c.dep_ == "conj" for c in s.children):
        return  # ("A and B are among the favourites": which of them wins is the matter)
    done = frozenset(x.i for c in t.children if c.dep_ == "prep" and c.lower_ in ("after", "having")
                     for x in c.subtree)  # "after beating X": what already happened stays out of the question
    q = b.question(t, subj=s, front="will", verb_text=t.lemma_.lower(), drop_aux=True, drop_ids=done)
    if among is not None and (q is None or BARE_PRONOUN.search(q)):
        # "to land the award for her role in the film": what the prize is for is not the matter
        done |= frozenset(x.i for o in [t, *(c for c in t.children if c.dep_ == "dobj")] for c in o.children
                          if c.dep_ == "prep" and c.lower_ == "for" for x in c.subtree)
        q = b.question(t, subj=s, front="will", verb_text=t.lemma_.lower(), drop_aux=True, drop_ids=done)
    yield Matter("favourite", q)


def _among_favourites(t: "Token") -> "Token | None":
    """The copula of "is one of the favourites to win", "is among the favourites to win" (``t`` the verb "win", the
    parser hanging it on "one" or on the copula), else None."""
    if t.tag_ != "VB" or not any(a.lower_ == "to" for a in t.children if a.dep_ == "aux"):
        return None
    g = t.head
    if t.dep_ in ("relcl", "acl") and g.lower_ == "one" and g.dep_ == "attr" and g.head.lemma_ == "be":
        of = _prep_object(g, ("of",))
        return g.head if of is not None and of.lemma_.lower() in FAVOURITE and of.i < t.i else None
    if t.dep_ in ("relcl", "acl") and g.lemma_.lower() in FAVOURITE and g.dep_ == "pobj" and g.head.lower_ == "among":
        g = g.head.head
    elif t.dep_ not in ("advcl", "xcomp"):
        return None
    one = next((c for c in g.children if c.dep_ == "attr" and c.lower_ == "one"), None)
    among = _prep_object(one, ("of",)) if one is not None else _prep_object(g, ("among",))
    return g if g.lemma_ == "be" and among is not None and among.lemma_.lower() in FAVOURITE and among.i < t.i else None


POSTS = {"post", "job", "role", "position", "vacancy", "seat", "place", "spot"}  # what it is, the article says elsewhere


@detector("favourite")
def _favourite_for(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Someone favourite for a prize or title: "Tom Hale has been made bookmakers' favourite for best actor" / "Rovers
    are favourites for the title" -> "Will Tom Hale win best actor?". Not a post ("favourite for the job": which job
    is said elsewhere), nor one who was favourite."""
    b = sx.b
    if t.lemma_.lower() not in FAVOURITE or t.dep_ not in ("attr", "acomp", "oprd") or \
            t.head.lemma_.lower() not in ("be", "make", "become", "remain", "install", "name"):
        return
    holder = t.head
    if _negated(holder) or holder.tag_ == "VBD" or any(a.lower_ in ("was", "were", "had") for a in holder.children
                                                       if a.dep_ in ("aux", "auxpass")):
        return
    pfor = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    prize = next((o for o in pfor.children if o.dep_ == "pobj"), None) if pfor is not None else None
    s = _subject(holder)
    if prize is None or s is None or prize.lemma_.lower() in POSTS or s.lower_ in FIRST_SECOND:
        return
    who = _name(b, s, person=s.lower_ in ("he", "she"))
    person = s if s.ent_type_ == "PERSON" and s.pos_ == "PROPN" else next(
        (c for c in s.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
    if person is not None:  # "its star Tom Hale", "Tom Hale, its star": the person's name, not the role
        who = sx.ctx.expand(" ".join(x.text for x in person.subtree if x.ent_type_ == "PERSON")) or who
    what = b.render(sorted((x for x in prize.subtree if not (x.dep_ == "prep" and x.head.i == prize.i) and
                            not any(a.dep_ == "prep" and a.head.i == prize.i for a in x.ancestors)),
                           key=lambda x: x.i))
    if not who or not what or BARE_PRONOUN.search(who + " " + what) or len(what.split()) > 8:
        return
    yield Matter("favourite", _finish(f"Will {who} win {what}"))


@detector("fitness")
def _fitness(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A player whose fitness is in doubt: "Hale is a doubt for Saturday's match against Hull" -> "Will Tom
    Hale be fit for Saturday's match against Hull?"; "Lee is an injury doubt" -> "Will Ann Lee be fit to play?"."""
    b = sx.b
    if t.lemma_.lower() != "doubt" or t.pos_ != "NOUN" or t.dep_ != "attr" or t.head.lemma_ != "be" or \
            _negated(t.head) or t.head.tag_ == "VBD" or any(c.dep_ == "prep" and c.lower_ in ("about", "over", "that")
                                                           for c in t.children):
        return  # ("there is doubt about X", "was a doubt": not a player's fitness still to be known)
    s = _subject(t.head)
    if s is None or not (s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") or
                         (s.pos_ == "PROPN" and b.ctx.names.knows(s.text))):
        return
    who = _name(b, s, person=True)
    if not who or not who[:1].isupper():
        return
    event = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((c for c in event.children if c.dep_ == "pobj"), None) if event is not None else None
    cut = min([c.i for c in obj.children if c.dep_ == "prep" and c.lower_ in ("with", "after", "because")] +
              [len(t.doc)]) if obj is not None else 0
    what = b.render(_q()._strip_edges([x for x in obj.subtree if x.i < cut]), lower_first=True) \
        if obj is not None else None
    if what and len(what.split()) <= 10:
        yield Matter("fitness", _finish(f"Will {who} be fit for {what}"))
    else:
        yield Matter("fitness", _finish(f"Will {who} be fit to play"))


TITLE_BID_NOUNS = lex.words("open_matters", "title-bid")  # "her bid for a ninth title"
TITLE_NOUNS = lex.words("open_matters", "title")  # what a side or player plays for: "title", "crown", "cup"
BID_STARTS = {"begin", "start", "launch", "open", "continue", "resume", "renew", "keep", "kick", "step", "mount", "make"}
TITLE_WON = {"win", "clinch", "claim", "lift", "retain", "secure", "seal", "defend", "lose", "surrender", "end"}


def _title_told(sx: "_Sentence", title: "Token") -> bool:
    """A later sentence tells the title won, lost or defended ("Hale won the title in straight sets"); a title told
    with other marks is another one ("claimed his eighth title" says nothing of the ninth)."""
    marks = {c.lower_ for c in title.children if c.dep_ in ("amod", "nummod", "compound")}
    for _, _, sp, _ in sx.ctx.sents[sx.n + 1:]:
        for x in sp:
            if x.lemma_.lower() == title.lemma_.lower() and x.dep_ in ("dobj", "nsubjpass") and \
                    x.head.lemma_.lower() in TITLE_WON and x.head.tag_ in ("VBD", "VBN") and \
                    (marks <= {y.lower_ for y in sp} or
                     not {c.lower_ for c in x.children if c.dep_ in ("amod", "nummod", "compound")}):
                return True  # ("won the title for the ninth time", "won the title": the one played for)
    return False


def _title_phrase(b: "_Builder", title: "Token", who: str, person: bool) -> str | None:
    """The title as the question names it ("a ninth title", "their first league title"): its own words up to the
    noun and a prepositional phrase after it; a possessive only the holder's own ("their"), no other pronoun."""
    def when(x: "Token") -> bool:  # "next month", "on Wednesday": when it is played for, not the title
        return x.head.i == title.i and (x.dep_ == "npadvmod" and x.ent_type_ in ("DATE", "TIME") or x.dep_ == "prep"
                                        and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in x.children))
    cut = {y.i for x in title.subtree if x.i != title.i and when(x) for y in x.subtree}
    words = [x for x in title.subtree if x.i not in cut]
    own = {x.i: x.text for x in words if x.tag_ == "PRP$" and x.head.i == title.i}
    what = b.render(words, overrides=own)
    if not what or len(what.split()) > 10 or BARE_PRONOUN.search(
            " ".join(x.text for x in words if x.i not in own)):
        return None
    pron = next((v for v in own.values()), None)
    if pron is not None and (pron.lower() == "their") == person:
        return None  # "their" about one player, "his" about a side: whose title it is is not clear
    return what


HOPE_NOUNS = {"chance", "hope", "bid", "attempt", "quest", "dream"}  # "their hopes of winning the title"


def _hope_holder(t: "Token") -> "Token | None":
    """The owner of the hope or chance a gerund hangs from: "City's chance at defending their title", "Rovers' hopes
    of winning the cup" -> City, Rovers; none for a hope told in the past as ended ("Lee's hopes of winning ended")."""
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ not in ("of", "at"):
        return None
    hope = t.head.head
    if hope.lemma_.lower() not in HOPE_NOUNS or hope.pos_ != "NOUN":
        return None
    if hope.dep_ in ("nsubj", "nsubjpass") and (hope.head.tag_ == "VBD" or _negated(hope.head)):
        return None
    return next((c for c in hope.children if c.dep_ == "poss"), None)


def _holder_name(b: "_Builder", holder: "Token") -> str | None:
    """The side or player holding a title bid, by name: a sentence-initial "Rovers" the tagger takes for a common
    noun keeps its capital when the article writes it so mid-sentence too."""
    who = _name(b, holder, person=holder.lower_ in ("he", "she", "his", "her"))
    if who and not who[:1].isupper() and holder.i == holder.sent.start and holder.text[:1].isupper() and \
            who.lower() == holder.text.lower() and \
            re.search(r"[a-z,] " + re.escape(holder.text) + r"\b", b.ctx.parsed.article.text):
        who = holder.text
    who = re.sub(r"\s*(?:'s|’s|'|’)$", "", who or "")  # the owner of "City's chance" is City
    if not who or not who[:1].isupper() or BARE_PRONOUN.search(who) or len(who.split()) > 6:
        return None
    return who


@detector("title-bid")
def _title_bid(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A title someone is playing for: "Ann Lee began her bid for a ninth title on Monday" -> "Will Ann Lee win a
    ninth title?"; "Rovers are going for their first league title since 1950" -> "Will Rovers win their first league
    title?". Not a bid told in the past as over, nor one whose outcome a later sentence tells."""
    b = sx.b
    if t.lemma_.lower() in TITLE_BID_NOUNS and t.pos_ == "NOUN":
        pfor = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        g = t.head
        if t.dep_ == "dobj" and g.lemma_.lower() in BID_STARTS and not _negated(g):
            holder = poss if poss is not None and poss.lower_ not in PRONOUNS else _subject(g)
        elif t.dep_ in ("nsubj", "dobj", "pobj") and poss is not None and poss.tag_ != "PRP$":
            holder = poss  # "Rovers' bid for the title goes on"; "after Lee's bid for the crown"
            if t.dep_ == "nsubj" and (g.tag_ == "VBD" or _negated(g)):
                return  # "Lee's bid for the crown ended": told over
        else:
            return
    elif t.lemma_ == "win" and (holder := _hope_holder(t)) is not None:
        title = next((c for c in t.children if c.dep_ == "dobj"), None)  # "Rovers' hopes of winning the cup"
        pfor = None
    elif t.lemma_ == "go" and t.pos_ == "VERB" and t.tag_ in ("VBG", "VBP", "VBZ") and not _negated(t) and \
            not any(a.lower_ in ("was", "were") for a in t.children if a.dep_ == "aux"):
        pfor = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        holder = _subject(t)
    else:
        return
    if pfor is not None:
        title = next((o for o in pfor.children if o.dep_ == "pobj"), None)
    elif t.lemma_ != "win":
        title = None
    if title is None or holder is None or title.lemma_.lower() not in TITLE_NOUNS or holder.lower_ in FIRST_SECOND or \
            _title_told(sx, title):
        return
    who = _holder_name(b, holder)
    if who is None and holder.lower_ in ("he", "she") and holder.head.dep_ == "advcl":
        # "Lee beat Holm to reach the final as she began her bid for ...": the main clause's player
        main = next((m for a in holder.head.ancestors if (m := _subject(a)) is not None), None)
        who = _holder_name(b, main) if main is not None and main.ent_type_ == "PERSON" else None
    person = holder.ent_type_ == "PERSON" or holder.lower_ in ("he", "she", "his", "her")
    what = _title_phrase(b, title, who, person) if who else None
    if what:
        yield Matter("title-bid", _finish(f"Will {who} win {what}"), own_pronoun=True)


@detector("defend-title")
def _defend_title(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A title still to be defended: "City will defend their title at the Harbour Cup next month" / "Hale, who
    defends his crown in May" -> "Can City defend their title?". Not a defence told as done ("defended",
    "has defended") nor one a later sentence tells."""
    b = sx.b
    if t.lemma_.lower() != "defend" or t.pos_ != "VERB" or _negated(t) or t.tag_ in ("VBD", "VBN") or \
            any(a.lower_ in ("would", "could", "might", "should", "did", "had") for a in t.children if a.dep_ == "aux"):
        return
    title = next((c for c in t.children if c.dep_ == "dobj"), None)
    if title is None or title.lemma_.lower() not in TITLE_NOUNS or _title_told(sx, title):
        return
    hoped = _hope_holder(t)  # "City's chance at defending their title"
    if t.tag_ == "VBG" and hoped is None and t.dep_ != "relcl" and not any(
            a.dep_ == "aux" and a.lower_ in ("is", "are", "'s", "'re") for a in t.children):
        return  # ("after defending his title": told)
    if t.tag_ == "VB" and not _future(t) and t.dep_ not in ("xcomp", "conj"):
        return  # ("to defend" on a noun, in a condition: no holder to ask about)
    if t.dep_ in ("xcomp", "conj") and t.tag_ == "VB":
        g = t.head
        if g.tag_ in ("VBD", "VBN") or _negated(g) or g.lemma_.lower() in ("fail", "manage", "help"):
            return  # "failed to defend", "managed to defend": told; "help Spain defend": whose attempt is unclear
    holder = hoped or _subject(t)
    if t.dep_ == "relcl" and (holder is None or holder.lower_ in ("who", "which", "that")):
        holder = t.head  # "Tom Hale, who defends his crown in May"
    if holder is None or holder.lower_ in FIRST_SECOND | {"who", "which", "that"}:
        return
    who = _holder_name(b, holder)
    person = holder.ent_type_ == "PERSON" or holder.lower_ in ("he", "she", "his", "her")
    what = _title_phrase(b, title, who, person) if who else None
    if what and len(what.split()) <= 8:
        yield Matter("defend-title", _finish(f"Can {who} defend {what}"), own_pronoun=True)


FORWARD_HEADS = {"miss", "rule", "doubt", "prepare", "start", "televise", "broadcast", "show", "travel", "face", "play",
                 "head", "return", "preview"}  # "ruled out of Wednesday's tie", "prepare for next week's final"
CAMPAIGN_NOUNS = {"campaign", "defence", "defense", "challenge", "bid", "account"}  # "opens his campaign against X"
CAMPAIGN_OPENS = {"open", "launch", "start", "begin", "kick"}


def _ahead(v: "Token") -> bool:
    """The clause governing a contest noun looks ahead: a future, a present, or a verb of missing, naming or
    preparing for it whatever its tense ("was ruled out of Wednesday's clash")."""
    if _negated(v) and v.lemma_.lower() != "rule":
        return False
    if _future(v) or v.tag_ in ("VBZ", "VBP") or v.lemma_.lower() in FORWARD_HEADS:
        return True
    return v.tag_ == "VB" and any(a.lower_ == "to" for a in v.children if a.dep_ == "aux") and \
        v.head.tag_ not in ("VBD", "VBN")


def _days_ahead(n: "Token") -> str | None:
    """When a contest noun is played, as the question says it: "Wednesday's tie" -> "on Wednesday", "next week's
    final" -> "next week", "the tie on Tuesday" -> "on Tuesday"."""
    left = [c for x in [n] + [y for y in n.children if y.dep_ == "compound"] for c in x.children]
    for c in left:  # ("Tuesday's group tie": the day may hang from a compound)
        if c.dep_ == "poss" and c.ent_type_ == "DATE":
            words = [x.text for x in c.subtree if x.dep_ != "case" and x.tag_ != "POS"]
            day = " ".join(words)
            if words and words[-1].lower() in AHEAD_WORDS | {"week", "month", "weekend"} and words[0].lower() not in (
                    "last", "yesterday", "today"):
                return day if words[0].lower() == "next" else "on " + day
        if c.dep_ == "prep" and c.lower_ == "on" and (day := _days_ahead_on(c)) is not None:
            return day
    return None


def _days_ahead_on(prep: "Token") -> str | None:
    """ "on Wednesday", "on 12 March": a day ahead set by the preposition ``prep``, as the question says it."""
    o = next((x for x in prep.children if x.dep_ == "pobj"), None)
    if o is not None and o.ent_type_ == "DATE" and any(x.lower_ in DAY_AHEAD for x in o.subtree):
        return "on " + " ".join(x.text for x in o.subtree)
    return None


def _governor(n: "Token") -> "Token | None":
    """The verb whose clause holds the noun ``n`` ("ruled out of Wednesday's tie" -> ruled)."""
    for a in n.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


#: what a side's member is called before the name ("Westby captain Tom Hale", "Avonia centre Ann Lee")
SQUAD_ROLES = lex.words("role_nouns", "person-noun") | lex.words("role_nouns", "job") | {
    "boss", "manager", "coach", "captain", "skipper", "goalkeeper", "keeper", "defender", "midfielder", "striker",
    "forward", "winger", "wing", "centre", "back", "full-back", "number", "star", "player", "international"}
SQUAD_NOUNS = {"team", "side", "squad", "xv", "line-up", "lineup"}  # "ruled out of the Westby team for ..."


def _tagged_verb(t: "Token") -> "Token | None":
    """A fixture noun the tagger made a verb after the name of its event: in "out of Saturday's Six Nations clash
    with Avonia" "clash" hangs as a verb off the clause; the head of "Saturday's Six Nations" (dated by its day,
    ending just before it) then stands for the noun."""
    if t.pos_ != "VERB" or t.i == 0 or t.dep_ not in ("advcl", "conj", "ccomp", "xcomp", "acl", "relcl") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "neg") for c in t.children):
        return None
    head = t.doc[t.i - 1]
    if head.pos_ != "PROPN" or head.dep_ not in ("pobj", "dobj") or not any(
            c.dep_ == "poss" and c.ent_type_ == "DATE" for c in head.children):
        return None
    return head


def _member_side(subj: "Token") -> "Token | None":
    """The side a player is named with: "Westby captain Tom Hale", "Avonia centre Ann Lee" -> Westby, Avonia (a
    capitalised name, not a person's, before a squad role; not a past one, "former Westby captain")."""
    for r in subj.children:
        if r.dep_ in ("compound", "nmod") and r.pos_ == "NOUN" and r.lower_ in SQUAD_ROLES and r.i < subj.i and \
                not any(x.lower_ in ("former", "ex", "ex-") for x in subj.subtree if x.i < subj.i):
            side = next((c for c in r.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
                         and c.ent_type_ not in ("PERSON", "DATE", "TIME")), None)
            if side is not None:
                return side
    return None


def _squad_side(g: "Token") -> "Token | None":
    """The side named by the squad in the governing clause: "ruled out of the Westby team for ..." -> Westby."""
    for p in g.subtree:
        if p.dep_ == "pobj" and p.lemma_.lower() in SQUAD_NOUNS and p.head.head.i in (g.i, *(c.i for c in g.children)):
            side = [c for c in p.children if c.dep_ == "compound" and c.pos_ == "PROPN" and
                    c.ent_type_ not in ("PERSON", "DATE", "TIME")]
            if len(side) == 1:
                return side[0]
    return None


@detector("contest")
def _fixture_noun(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A match ahead named as a noun: "Kingsford's Tom Hale is out of Wednesday's cup tie against Hull" / "Kingsford
    will be without Lee for Saturday's derby against Hull" -> "Will Kingsford beat Hull on Wednesday?"; a player's
    first match: "Top seed Tom Hale opens his campaign on Tuesday against Ben Cole" -> "Will Tom Hale beat Ben Cole on
    Tuesday?", "He opens against Ben Cole" -> "Will Tom Hale beat Ben Cole?". The noun may be one the tagger made a
    verb ("Saturday's Six Nations clash with Hull", :func:`_tagged_verb`); the side may be named by a player's role
    ("Kingsford captain Tom Hale is out of ...") or the squad ("out of the Kingsford team for ..."). Only in a sport
    story, only a contest ahead (a noun dated ahead, a verb in the present or future), never one the story tells
    played."""
    b = sx.b
    lem = t.lemma_.lower()
    if t.pos_ == "VERB" and lem in CAMPAIGN_OPENS and t.tag_ in ("VBZ", "VBP", "VB") and not _negated(t) and \
            (t.tag_ != "VB" or _future(t)):
        what = next((c for c in t.children if c.dep_ == "dobj"), None)
        opp = _against(t) or (_against(what) if what is not None else None)
        if what is None and lem != "open" or what is not None and what.lemma_.lower() not in CAMPAIGN_NOUNS or \
                opp is None or not _opponent(opp) or not _contest_story(sx) or _q()._either(opp):
            return  # ("He opens against Ben Cole": a draw's first match, in the present)
        q = _contest_question(sx, _subject(t), opp, [t])
        if q:
            yield Matter("contest", q)
        return
    named = _tagged_verb(t) if lem in FIXTURE_NOUNS else None  # "Saturday's Six Nations clash": its event's head
    if lem not in FIXTURE_NOUNS or not (t.pos_ == "NOUN" or t.pos_ == "ADJ" and t.dep_ in ("pobj", "dobj", "nsubj")
                                        or named is not None):
        return
    opp = _against(t)
    if opp is None or not _opponent(opp) or _q()._either(opp):
        return
    noun = named if named is not None else t
    when = _days_ahead(noun)
    g = _governor(noun)
    if when is None and g is not None and _future(g):
        # "will be televising Kingsford's replay with Hull live on Wednesday": the day on the clause
        near = [x for c in g.children if c.dep_ in ("prep", "advmod") for x in [c, *c.children]]
        when = next((d for x in near if x.dep_ == "prep" and x.lower_ == "on" and (d := _days_ahead_on(x)) is not None),
                    None)
    if when is None or g is None or not _ahead(g) or not _contest_story(sx):
        return
    side: "Token | None" = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ != "DATE"), None)
    subj = _subject(g)
    if side is not None:
        pass  # "Kingsford's replay with Hull", "their tie against Hull"
    elif subj is not None and subj.ent_type_ in ("ORG", "GPE", "NORP") and subj.pos_ == "PROPN" and not any(
            a.type == "person" and subj.text in a.name.split() for a in sx.ctx.referents):
        side = subj  # "Kingsford will be without Lee for Saturday's derby against Hull"; not a player the tagger
        # took for a place ("Lee will start Tuesday's tie against Hull": Lee's side is not named)
    elif subj is not None:
        # "Kingsford's Tom Hale is out of Wednesday's clash with Hull": the player's side
        side = next((c for c in subj.children if c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE", "NORP")), None)
    if side is None:  # "Westby captain Tom Hale has been ruled out of ...", "Tom Hale is out of the Westby team for ..."
        side = (_member_side(subj) if subj is not None else None) or _squad_side(g)
    if side is None or side.lower_ in FIRST_SECOND:
        return
    where = ""
    names = [x for x in t.children if x.dep_ == "compound" and x.pos_ == "PROPN" and x.ent_type_ != "DATE"]
    if named is not None:  # "Saturday's Six Nations clash" -> "in the Six Nations"
        day = next(c for c in named.children if c.dep_ == "poss" and c.ent_type_ == "DATE")
        event = [x for x in t.doc[day.right_edge.i + 1:t.i]]
        if event and len(event) <= 4 and all(x.pos_ in ("PROPN", "NUM") and x.text[:1].isupper() or x.like_num
                                             for x in event):
            where = "in the " + " ".join(x.text for x in event)
    elif names:  # "Wednesday's Champions League clash" -> "in the Champions League"
        event = " ".join(x.text for x in t.subtree if x.i < t.i and x.pos_ == "PROPN" and x.ent_type_ != "DATE" and (
            x.dep_ == "compound" and x.head.i == t.i or x.head.dep_ == "compound" and x.head.head.i == t.i))
        where = "in the " + event if event and len(event.split()) <= 4 else ""
    elif lem in ROUNDS:
        where = "in the " + t.text  # "Kingsford's replay with Hull" -> "in the replay"
    q = _contest_question(sx, side, opp, [t], where=where, when=when)
    if q:
        yield Matter("contest", q)


TAGGED_AS_NOUN = {"face", "faces", "host", "hosts", "meet", "meets", "play", "plays"}  # "Kingsford host Hull on Friday"
DESCRIPTORS = {"holders", "champions", "leaders", "minnows", "rivals", "hosts", "visitors", "favourites", "neighbours"}


def _name_run(toks: list["Token"]) -> str | None:
    """The words of ``toks`` when they are one capitalised name ("Harbour City", "Northbridge Rovers")."""
    if not toks or not all(x.pos_ == "PROPN" and x.text[:1].isupper() and x.ent_type_ not in ("DATE", "TIME")
                           for x in toks):
        return None
    return " ".join(x.text for x in toks)


@detector("contest")
def _fixture_misparsed(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A fixture line the tagger reads as one long name ("Kingsford host Harbour City on Saturday", "Harbour City
    face holders Northbridge at home on Saturday": "host" and "face" tagged as nouns, or the side as the verb's
    compound) -> "Will Kingsford beat Harbour City on Saturday?". Only a sentence that opens with the side, names the opponent straight after the verb and sets
    a day ahead, in a sport story."""
    if t.lower_ not in TAGGED_AS_NOUN or not (t.pos_ == "NOUN" or t.pos_ == "VERB" and t.dep_ == "ROOT" and
                                              _subject(t) is None) or not _contest_story(sx):
        return  # (or a verb whose subject the parser took for a compound: "Harbour City face Hull on Friday")
    sent = t.sent
    start = sent.start + (1 if sent[0].lower_ == "the" else 0)
    who = _name_run(list(t.doc[start:t.i]))
    j = t.i + 1
    while j < sent.end and (t.doc[j].lower_ in DESCRIPTORS or t.doc[j].lower_ == "the" and j == t.i + 1):
        j += 1  # "face holders Northbridge", "face the Ostland Islands"
    k = j
    while k < sent.end and t.doc[k].pos_ == "PROPN" and t.doc[k].ent_type_ not in ("DATE", "TIME"):
        k += 1
    them = _name_run(list(t.doc[j:k]))
    if not who or not them or who == them or len(who.split()) > 4 or len(them.split()) > 4:
        return
    rest = t.doc[k:sent.end]
    on = next((x for x in rest if x.lower_ == "on" and x.i + 1 < sent.end and t.doc[x.i + 1].ent_type_ == "DATE"), None)
    if on is None or t.doc[on.i + 1].lower_ not in DAY_AHEAD and not t.doc[on.i + 1].like_num:
        return  # a day ahead ("on Saturday", "on 12 March"), or no fixture at all
    if any(x.pos_ in ("VERB", "AUX") and x.dep_ == "ROOT" and x.i != t.i for x in sent) or SCORE.search(sent.text):
        return  # a sentence with a verb of its own was parsed: the other detectors read it
    if _played(sx, them, who=who):
        return
    day = [on] + [x for x in t.doc[on.i + 1:sent.end] if x.ent_type_ == "DATE" and x.i - on.i <= 4]
    when = " ".join(x.text for x in day) if len(day) > 1 else ""
    rnd = next((x for x in rest if x.lower_ == "in" and x.i + 2 < sent.end and x.i < on.i and
                t.doc[x.i + 1].lower_ == "the" and t.doc[x.i + 2].lemma_.lower() in ROUNDS | TITLE_NOUNS), None)
    where = " ".join(x.text for x in t.doc[rnd.i:rnd.i + 3]) if rnd is not None else ""
    yield Matter("contest", _finish(f"Will {who} beat {them}", where, when))


DESIGNED = {"design", "intend", "aim", "mean"}  # "is designed to", "is aimed at", "is meant to"
PRODUCT_NOUNS = lex.words("open_matters", "product")  # what is launched and can work or not: "scheme", "phone"


def _fuller_mention(sx: "_Sentence", s: "Token") -> str | None:
    """An earlier mention of the thing ``s`` names barely ("the phones"), with the words that make it this one
    ("were handed free smartphones" -> "the free smartphones"); None when the story gives none."""
    for _, _, sp, _ in sx.ctx.sents[:sx.n]:
        for x in sp:
            if x.lemma_.lower().endswith(s.lemma_.lower()) and x.pos_ == "NOUN" and x.tag_ == s.tag_:
                # (the same noun, or one it shortens: "free smartphones" ... "the phones")
                mods = [y for y in x.subtree if y.i < x.i and y.dep_ in ("amod", "compound", "nmod") and
                        (y.head.i == x.i or y.head.head.i == x.i)]
                if mods and not any(y.pos_ == "PRON" or y.ent_type_ in ("DATE", "CARDINAL") for y in mods):
                    toks = sorted(mods + [x], key=lambda y: y.i)
                    words = [y.text.lower() if y.i == y.sent.start and y.pos_ != "PROPN" else y.text for y in toks]
                    return "the " + " ".join(words)
    return None


@detector("designed-aim")
def _designed_aim(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A product or scheme with its stated aim, the measure of whether it works: "The new cards are designed to stop
    touts reselling tickets" -> "Will the new cards stop touts reselling tickets?". Only a present-tense aim
    ("is designed to"), only a thing launched (a scheme, service, device), and not an aim a later sentence
    tells met."""
    b = sx.b
    if t.lemma_.lower() not in DESIGNED or t.tag_ != "VBN" or t.dep_ not in ("ROOT", "conj") or _negated(t) or \
            not any(a.dep_ == "auxpass" and a.lower_ in ("is", "are") for a in t.children):
        return
    act = next((c for c in t.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and
                any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)
    s = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if act is None or s is None or act.lemma_.lower() in ("be", "have", "make", "give", "look", "replace"):
        return
    if s.lower_ in PRONOUNS:
        ref = b.resolve(s)
        if not ref or ref.split()[-1].lower().rstrip("s") not in {w.rstrip("s") for w in PRODUCT_NOUNS}:
            return
        who = ref if ref[:1].isupper() or ref.startswith("the ") else "the " + ref
    elif s.lemma_.lower() in PRODUCT_NOUNS:
        who = _name(b, s)
        if who and len(who.split()) <= 2:
            who = _fuller_mention(sx, s)  # "the programme": as the story first named it, "the wake-up video programme"
    else:
        return
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 8:
        return
    tail = b.render([x for x in act.subtree if x.i > act.i])
    if not tail or len(tail.split()) > 12 or BARE_PRONOUN.search(tail):
        return
    yield Matter("designed-aim", _finish(f"Will {who} {act.lemma_.lower()} {tail}"))


@detector("deadline")
def _deadline(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A deadline still to be met: "The two firms have until 1 February to settle their dispute" ->
    "Will the two firms settle their dispute by 1 February?"."""
    b = sx.b
    if t.lemma_ != "have" or t.tag_ not in ("VBP", "VBZ") or _negated(t):
        return
    until = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "until"), None)
    act = next((c for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    s = _subject(t)
    if until is None or act is None or s is None or act.i < until.i:
        return
    span = [x for x in t.doc[until.i + 1:act.left_edge.i] if x.text != ","]
    if not span or len(span) > 7 or any(x.i in {y.i for y in act.subtree} for x in span):
        return
    when = b.render(span)
    q = b.question(act, subj=s, front="will", verb_text=act.lemma_.lower(), drop_aux=True)
    if q is None or not when:
        return
    yield Matter("deadline", q[:-1] + f" by {when}?")


DECIDED_ROLES = {"winner", "successor", "champion", "nominee", "candidate", "leader", "replacement", "chairman",
                 "chairwoman", "chair", "president", "head", "captain", "manager", "coach", "host"}


@detector("to-decide")
def _to_decide(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A body meeting to choose someone: "The judges will meet on 25 January to decide the overall winner" ->
    "Who will the judges choose as the overall winner?"."""
    b = sx.b
    if t.lemma_.lower() not in ("decide", "choose", "pick", "select", "name", "elect", "appoint") or \
            t.dep_ not in ("advcl", "xcomp") or not any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
        return
    g = t.head
    if not _future(g) or _negated(g):
        return
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    s = _subject(g)
    if obj is None or s is None or obj.lemma_.lower() not in DECIDED_ROLES:
        return
    who, role = _name(b, s), _name(b, obj)
    if not who or not role:
        return
    yield Matter("to-decide", _finish(f"Who will {who} choose as {role}"))


PLAN_NOUNS = {"initiative", "plan", "scheme", "programme", "program", "strategy", "project", "policy", "fund",
              "campaign", "reform", "package", "deal", "target", "bid", "drive", "measure", "law", "bill"}


#: of :data:`PLAN_NOUNS`, a party's intention, not a scheme that acts itself: asked of the party
INTENT_NOUNS = {"plan", "pledge", "promise"}
LAUNCH = {"launch", "unveil", "announce", "propose", "set", "outline", "publish", "introduce", "back", "approve",
          "agree", "sign", "adopt", "draw", "put", "present", "promise", "pledge", "offer"}


LAUNCHED_AIM = {"initiative", "scheme", "programme", "program", "campaign", "project", "drive", "fund"}  # undated


@detector("plan-aim")
def _plan_aim(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A plan launched with a dated aim: "The minister launched a £5m scheme to give every pupil two hours of sport
    a week by 2010" -> "Will the £5m scheme give every pupil two hours of sport a week by 2010?"."""
    q = plan_aim_question(sx, t, dated=True)
    if q:
        yield Matter("plan-aim", q)


def plan_aim_question(sx: "_Sentence", t: "Token", dated: bool) -> str | None:
    """The question on a plan launched with the aim ``t`` (its "to" clause); with ``dated`` only an aim with a
    stated time, else (the lead fallback) a scheme or product launched ("has launched a scheme to curb the
    trade in fake pills" -> "Will the scheme curb the trade in fake pills?")."""
    b = sx.b
    if t.dep_ not in ("acl", "advcl") and not (t.dep_ in ("xcomp", "relcl" if not dated else "xcomp") and
                                               t.head.pos_ == "NOUN"):
        return None  # ("xcomp", "relcl" on a noun: "a scheme to give ..." as the small model parses it)
    if t.tag_ != "VB" or _negated(t) or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or \
            (dated and not _timed(t)):
        return None
    plan = t.head if t.dep_ in ("acl", "xcomp", "relcl") else next(
        (c for c in t.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == t.left_edge.i), None)
    if plan is None or plan.lemma_.lower() not in (PLAN_NOUNS if dated else LAUNCHED_AIM | PRODUCT_NOUNS):
        return None  # ("launched a scheme to give ...": the purpose clause parsed on the verb)
    gov = plan.head
    if not dated and (plan.dep_ != "dobj" or gov.lemma_.lower() not in LAUNCH - {"propose", "promise", "pledge", "offer"}
                      or _negated(gov) or any(a.lower_ in ("would", "could", "might", "may") for a in gov.children)):
        return None  # undated: only a thing launched, not one proposed or promised
    if not ((plan.dep_ == "dobj" and gov.lemma_.lower() in LAUNCH) or (
            plan.dep_ in ("nsubj", "nsubjpass") and (gov.tag_ in ("VBZ", "VBP") or _future(gov)))):
        return None  # "a plan to raise money in 2003 cut its stake": how the plan turned out is told
    if dated and plan.lemma_.lower() in INTENT_NOUNS and not any(c.dep_ in ("compound", "nummod", "nmod") or
                                                                  c.tag_ == "$" for c in plan.children if c.i < plan.i):
        # a party's own plan does nothing itself: its party does ("the group's plans to create 10,000 jobs in 2005"
        # -> "Will Acme create ...?", not "Will the group's plans create ...?"); a costed or named plan ("a £5m
        # plan", "the Westby transport plan") is a scheme that acts itself, asked as before
        poss = next((c for c in plan.children if c.dep_ == "poss"), None)
        owner = _name(b, poss) if poss is not None else (
            _name(b, _subject(gov)) if plan.dep_ == "dobj" and gov.lemma_.lower() in LAUNCH else None)
        owner = re.sub(r"(?:'s|’s|'|’)$", "", owner) if owner else owner
        if owner and poss is not None and poss.pos_ == "NOUN" and any(
                e.text == owner and e.label_ in ("GPE", "LOC", "FAC") for *_, sp, _ in sx.ctx.sents for e in sp.ents):
            owner = None  # "the group's plans" bound to a place: the resolver's slip, no party
        aside = {x.i for c in t.children if c.dep_ == "advcl" for x in c.subtree}  # "as it seeks to ...": its why
        tail = b.render([x for x in t.subtree if x.i > t.i and x.i not in aside])
        if owner and owner[:1].isupper() and not BARE_PRONOUN.search(owner) and tail:
            return _finish(f"Will {owner} {t.lemma_.lower()} {tail}")
        if poss is not None:
            return None  # an owned plan with no owner to name: "Will the group's plans create ...?" reads garbled
    kept = [x for x in plan.subtree if x.i <= plan.i]
    if not kept or any(x.lower_ in PRONOUNS | FIRST_SECOND for x in kept):
        return None
    name = b.render(kept)
    if not name or len(name.split()) > 8:
        return None
    name = re.sub(r"^(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) ", "the ", name)
    if not name.startswith("the "):
        name = "the " + name
    rest = [x for x in t.subtree if x.i > t.i]
    if not dated:
        dash = next((x.i for x in rest if x.text in ("-", "–", "—", ";", ":", "(")), None)
        rest = [x for x in rest if dash is None or x.i < dash]  # "the smuggling of pills - supplied to ... -"
        if len(rest) > 12 or any(x.lower_ in PRONOUNS for x in rest):
            return None
    tail = b.render(rest)
    if not tail:
        return None
    return _finish(f"Will {name} {t.lemma_.lower()} {tail}")


GRAVE = {"critical", "serious", "grave", "life-threatening", "poor"}


@detector("condition")
def _condition(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Someone still gravely hurt or ill: "The boy remains in a critical condition" -> "Will the boy recover?";
    "She is fighting for her life" -> "Will Ann Lee survive?". Not when the article reports a death."""
    b = sx.b
    v = None
    verb = "recover"
    if t.lower_ == "condition" and t.dep_ == "pobj" and any(c.lower_ in GRAVE for c in t.children if c.dep_ == "amod"):
        v = t.head.head  # in -> remains / was taken / is
    elif t.lower_ == "life" and t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_ == "fight":
        v, verb = t.head.head, "survive"
    if v is None or v.pos_ not in ("VERB", "AUX") or _negated(v):
        return
    s = _subject(v)
    if s is None or not (s.ent_type_ == "PERSON" or s.lemma_.lower() in lex.PERSON_NOUNS or s.lower_ in ("he", "she")
                         or s.lemma_.lower() in ("man", "woman", "boy", "girl", "child", "driver", "victim")):
        return
    who = _name(b, s, person=True)
    if not who or not who.split()[-1].isalpha():
        return
    if s.tag_ == "NNS" and who.split()[0].lower() in ("two", "three", "four", "five", "six", "several"):
        who = "the " + who[:1].lower() + who[1:]  # "Two men were taken to hospital" -> "Will the two men recover?"
    last = who.split()[-1]
    if any(re.search(r"\b(?:died|dead|killed|succumbed|recovered|discharged)\b", sp.text) and last in sp.text
           for _, _, sp, _ in sx.ctx.sents[sx.n:]):
        return  # the article tells how it ended
    yield Matter("condition", _finish(f"Will {who} {verb}"))


STANDINGS = {"poll", "polls", "survey", "race", "table", "league", "standings", "championship", "contest",
             "primary", "primaries", "count", "ballot"}
LEAD_HOLD = {"have", "hold", "enjoy", "build", "open", "extend", "keep", "maintain"}


def _where_place(v: "Token") -> str | None:
    """The place a "where" clause on ``v`` hangs from: "to Ohio, where he has been leading" -> "Ohio"."""
    if v.dep_ != "relcl" or not any(c.lower_ == "where" and c.dep_ == "advmod" for c in v.children):
        return None
    place = v.head
    if place.ent_type_ not in ("GPE", "LOC") and place.pos_ != "PROPN":
        return None
    return " ".join(x.text for x in place.subtree if x.i <= place.i and (x.dep_ == "compound" or x.i == place.i))


@detector("lead")
def _lead(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A lead held now in a race still to be decided: "Ohio, where she has been leading in the polls" -> "Can Ann
    Hale hold onto her lead in the polls in Ohio?"; "the big lead he has had in the Ohio polls" -> "Can Tom Hale
    hold onto his lead in the Ohio polls?". Only a lead held now (present or perfect), in polls, a race or a table."""
    b = sx.b
    if t.lemma_.lower() != "lead":
        return
    if t.pos_ == "VERB":
        v, where = t, t
    elif t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in LEAD_HOLD:
        v, where = t.head, t
    elif t.pos_ == "NOUN":
        v = next((c for c in t.children if c.dep_ == "relcl" and c.lemma_.lower() in LEAD_HOLD), None)
        where = v
        if v is None:
            return
    else:
        return
    present = v.tag_ in ("VBZ", "VBP") or (v.tag_ in ("VBG", "VBN") and any(
        a.lower_ in ("has", "have", "is", "are", "'s") for a in v.children if a.dep_ == "aux") and not any(
        a.lower_ in ("had", "was", "were", "would", "could", "might") for a in v.children if a.dep_ == "aux"))
    if not present or _negated(v) or _future(v):
        return
    prep = next((c for x in (where, v, t) for c in x.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.lower_ not in STANDINGS:
        return
    s = _subject(v)
    if s is None or s.lower_ in ("who", "which", "that"):
        s = v.head if v.dep_ == "relcl" and v.head.pos_ in ("PROPN", "NOUN") and v.head.i != t.i else s
    if s is None or not (s.ent_type_ in ("PERSON", "ORG", "NORP") or s.pos_ == "PROPN" or
                         s.lower_ in ("he", "she", "they")):
        return
    who = _name(b, s, person=s.lower_ in ("he", "she"))
    if not who or BARE_PRONOUN.search(who):
        return
    if s.lower_ in PRONOUNS and not any(re.search(r"\b" + re.escape(who.split()[-1]) + r"\b", sx.ctx.sents[m][2].text)
                                        for m in (sx.n - 1, sx.n) if m >= 0):
        return  # a pronoun resolved to someone not named in this sentence or the one before: too far to trust
    gender = sx.ctx.names.gender(who) if len(who.split()) >= 2 else None
    own = {"m": "his", "f": "her"}.get(gender or "", "their" if s.lower_ == "they" or s.tag_ == "NNPS" else "the")
    standing = " ".join(x.text for x in pobj.subtree if x.dep_ not in ("det", "amod", "advmod") or x.i == pobj.i)
    place = _where_place(v)
    phrase = f"in the {standing}" + (f" in {place}" if place and place not in standing else "")
    yield Matter("lead", _finish(f"Can {who} hold onto {own} lead {phrase}"), _finish(f"Can {who} hold onto {own} lead"),
                 own_pronoun=True)


VAGUE_SUM = {"undisclosed", "unspecified", "unknown", "unnamed", "substantial", "sizeable", "sizable", "considerable",
             "significant", "hefty"}
UNSAID_SUM = {"undisclosed", "unspecified", "unknown", "unnamed"}  # the rest only when the source's own word, quoted
SUM_NOUNS = {"fund", "funds", "sum", "fee", "amount", "money", "payment", "settlement", "compensation", "damages",
             "price", "figure", "bonus", "payout", "pay-off", "investment"}
SPEND_VERBS = {"spend", "pay", "invest", "raise", "receive", "offer", "agree", "earn", "give", "make", "sign", "buy",
               "sell", "win", "award", "donate", "commit", "put"}


@detector("unsaid-sum")
def _unsaid_sum(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A sum the story will not put a figure on: "The firm bought the site for an undisclosed sum" -> "How much did
    the firm buy the site for?"; a source's own vague word, quoted ("is spending 'substantial' funds to air it") ->
    "How much is the group spending to air it?"."""
    b = sx.b
    if t.lemma_.lower() not in SUM_NOUNS or t.pos_ != "NOUN":
        return
    adj = next((c for c in t.children if c.dep_ == "amod" and c.lower_ in VAGUE_SUM), None)
    if adj is None:
        return
    quoted = _q()._in_quotes(adj, adj)
    if (adj.lower_ not in UNSAID_SUM and not quoted) or (adj.lower_ in UNSAID_SUM and t.dep_ == "pobj"):
        return  # ("for an undisclosed fee" is :func:`_unnamed`'s)
    if t.dep_ == "dobj":
        v, cut, tail = t.head, t, ""
    elif t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.pos_ == "VERB":
        v, cut, tail = t.head.head, t.head, " for"
    else:
        return
    if v.lemma_.lower() not in SPEND_VERBS or _negated(v) or v.dep_ not in ("ROOT", "ccomp", "conj"):
        return
    if any(x.dep_ == "prep" and x.lower_ == "for" and x.i != cut.i for x in v.children) and tail:
        return
    keep_rel = [x for x in t.children if x.dep_ == "relcl" and any(a.lower_ == "to" for a in x.children)]
    kept = {y.i for r in keep_rel for y in r.subtree}
    drop = frozenset(x.i for x in cut.subtree if x.i not in kept)
    q = b.question(v, drop_ids=drop)
    if not q or not q[:1].isupper() or not _q().YES_NO.match(q):
        return
    if keep_rel:  # "spending funds to air it": the purpose stays, after the verb
        purpose = b.render([x for r in keep_rel for x in r.subtree])
        if not purpose:
            return
        if purpose not in q:
            q = q[:-1].rstrip() + " " + purpose + "?"
    q = "How much " + q[0].lower() + q[1:]
    if tail:
        q = q[:-1].rstrip() + tail + "?"
    if BARE_PRONOUN.search(q):
        return
    yield Matter("unsaid-sum", q)


FEASIBLE = {"unrealistic": "realistic", "unworkable": "workable", "unachievable": "achievable",
            "unaffordable": "affordable", "impractical": "practical", "unenforceable": "enforceable",
            "unsustainable": "sustainable", "unattainable": "attainable", "unfeasible": "feasible",
            "infeasible": "feasible"}
DOUBTERS_SAY = {"say", "claim", "argue", "warn", "insist", "believe", "think", "complain", "suggest", "fear"}


@detector("doubted-plan")
def _doubted_plan(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A plan someone calls unworkable: "Critics say the new targets - 90% of homes by 2012 - are unrealistic" ->
    "Are the new targets, 90% of homes by 2012, unrealistic, as critics claim?"; the short form asks "Are the new
    targets realistic?"."""
    b = sx.b
    if t.lower_ not in FEASIBLE or t.dep_ != "acomp" or t.head.lemma_ != "be" or _negated(t.head):
        return
    c = t.head
    rep = c.head if c.dep_ == "ccomp" else None
    if rep is None or rep.lemma_.lower() not in DOUBTERS_SAY or rep.pos_ != "VERB" or _negated(rep):
        return
    s = _subject(c)
    speaker = _subject(rep)
    if s is None or s.pos_ not in ("NOUN", "PROPN") or speaker is None or speaker.lower_ in FIRST_SECOND:
        return
    attr = _q()._attribution(b, c, sx.ctx, sx.n)
    attr = re.sub(r" (?:says|say|adds|add|tells|tell|argues|argue|thinks|think|believes|believe|warns|warn)$",
                  lambda m: " claims" if m.group(0).endswith("s") else " claim", attr)
    q = b.question(c)
    np = _name(b, s)
    short = _finish(f"{'Are' if s.tag_ in ('NNS', 'NNPS') else 'Is'} {np} {FEASIBLE[t.lower_]}") if np else None
    yield Matter("doubted-plan", _q()._with_attr(q, attr) if q and attr else None, short)


LEAVE_ACTIVE = {"resign", "quit"}  # "X resigned as chairman"; "stepped down" with its particle
LEAVE_PASSIVE = {"sack", "fire", "oust", "dismiss", "axe", "remove"}  # "X was sacked as manager"
SUCCESSION_TOLD = re.compile(r"\b(?:successor|succeeded by|succeeds?|replaced by|replaces|will replace|to replace|"
                             r"takes? over|took over|taking over|appointed|named as|named the new|caretaker|interim|"
                             r"acting|stand-in|new (?:manager|coach|chief|boss|chairman|leader|head))\b", re.I)


def _one_of_many(t: "Token") -> bool:
    """The post left is one of several alike, named with "a"/"an" ("quit as a director", "stepped down from
    her seat as a trustee of a charity"): no one vacancy, so no "Who will replace X?"."""
    for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("as", "from")):
        for x in p.subtree:
            if x.dep_ == "pobj" and x.head.lower_ == "as" and \
                    any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in x.children):
                return True
    return False


@detector("succession")
def _succession(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Someone who has just left a post with no successor named anywhere in the story: "Ann Lee resigned as chief
    executive on Monday" -> "Who will replace Ann Lee as chief executive?"; "Tom Hale was sacked as manager" -> "Who
    will replace Tom Hale as manager?". Only in the lead and with no year told there (else it is history); not
    when the story names a successor, a caretaker or an appointment."""
    b = sx.b
    lem = t.lemma_.lower()
    if t.pos_ != "VERB" or _negated(t) or t.tag_ not in ("VBD", "VBN", "VBZ") or _future(t):
        return
    passive = any(c.dep_ == "auxpass" for c in t.children)
    if not ((lem in LEAVE_ACTIVE and not passive) or (lem == "step" and any(c.dep_ == "prt" and c.lower_ == "down"
                                                                            for c in t.children))
            or (lem in LEAVE_PASSIVE and passive)):
        return
    if t.dep_ not in ("ROOT", "ccomp", "conj") or any(a.lower_ in ("would", "could", "may", "might", "if")
                                                      for a in t.children):
        return
    if sx.n > 3 or any(re.search(r"\b(?:1[89]|20)\d\d\b", sp.text) for _, _, sp, _ in sx.ctx.sents[:sx.n + 1]):
        return  # a departure is news in the lead; one told with a year, or further down, is history or background
    s = _subject(t)
    if s is None or not (s.ent_type_ == "PERSON" or s.lower_ in ("he", "she")) or \
            any(c.lower_ in ("former", "previous", "late", "ex") for c in s.children):
        return
    if any(SUCCESSION_TOLD.search(sp.text) for _, _, sp, _ in sx.ctx.sents):
        return  # the story names or discusses the successor
    who = _name(b, s, person=True)
    if not who or len(who.split()) < 2 or BARE_PRONOUN.search(who):
        return
    as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    role = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    if _one_of_many(t):
        return  # "stepped down from her seat as a trustee of a charity": no single vacancy to fill
    # (the post's article and owner go, the owner's "'s" with it: "as Lee's campaign manager" is no "as 's ...")
    dropped = {y.i for x in role.children if x.dep_ in ("det", "poss") for y in x.subtree} if role is not None else set()
    post = b.render([x for x in role.subtree if x.i not in dropped]) if role is not None else None
    if post and (len(post.split()) > 6 or BARE_PRONOUN.search(post)):
        post = None
    yield Matter("succession", _finish(f"Who will replace {who} as {post}") if post else None,
                 _finish(f"Who will replace {who}"))


# --------------------------------------------------------------------------- the story's own open matter
# What a story is about is usually set out in its lead: a demand with a deadline, an apology refused, someone
# under investigation, a deal close to being done, a step a newspaper reports ahead of time. These detectors
# find those, and their questions are asked first (the lead comes first in the briefing).

LEAD_SENTENCES = 2  # the lead: the first two sentences of the body (the headline is not a sentence of it)
THREAT_MARKS = {"face", "risk"}  # "... by Monday or face a strike ballot": an ultimatum
DEMAND_VERBS = {"call", "demand", "give", "tell", "order", "ask", "challenge", "urge", "press"}


def _in_lead(sx: "_Sentence") -> bool:
    return sx.n < LEAD_SENTENCES


def _by_time(v: "Token") -> bool:
    """``v`` carries a time limit: "by midday on Monday", "within seven days", "before the vote"."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "within", "before") and
               any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in TIME_WORDS | {"midday", "midnight", "noon"}
                   for x in c.subtree) for c in v.children)


@detector("ultimatum")
def _ultimatum(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A demand with a time limit or a threat: "The union has called on the port authority to withdraw the notices by
    midday on Friday or face a strike ballot" -> "Will the port authority withdraw the notices by midday on Friday?";
    the short form asks "Will the port authority withdraw the notices?". A call with neither limit nor threat is
    the question rules' ("Will X ..., as Y urges?")."""
    b = sx.b
    if t.lemma_.lower() not in DEMAND_VERBS or t.pos_ != "VERB" or _negated(t) or _future(t):
        return
    target, act = None, None
    if t.lemma_.lower() == "call":
        on = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "on" and not _q()._dated_on(c)), None)
        target = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
    else:
        target = next((c for c in t.children if c.dep_ == "dobj"), None)
    act = to_act(t)
    if target is None or act is None or act.i < target.i or _negated(act):
        return
    threat = [c for c in act.children if c.dep_ == "conj" and c.lemma_.lower() in THREAT_MARKS and
              any(x.dep_ == "cc" and x.lower_ == "or" for x in act.children)]
    if not threat and not _by_time(act):
        return
    if target.lower_ in FIRST_SECOND or (target.lower_ in PRONOUNS and _name(b, target) is None):
        return
    drop = frozenset(x.i for c in threat for x in c.subtree) | frozenset(
        x.i for x in act.children if x.dep_ == "cc" and threat)
    q = b.question(act, subj=target, front="will", verb_text=act.lemma_.lower(), drop_aux=True, drop_ids=drop)
    short_drop = drop | frozenset(x.i for c in act.children if c.dep_ == "prep" and c.lower_ in ("by", "within", "before")
                                  for x in c.subtree)
    short = b.question(act, subj=target, front="will", verb_text=act.lemma_.lower(), drop_aux=True, drop_ids=short_drop)
    yield Matter("ultimatum", q, short)


RULED_OUT = {"strike": "go on strike", "walkout": "stage a walkout", "boycott": "stage a boycott",
             "action": "take action", "resignation": "resign", "challenge": "mount a challenge", "bid": "make a bid",
             "return": "return", "comeback": "make a comeback", "move": "make a move"}


@detector("not-ruled-out")
def _not_ruled_out(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A step someone will not rule out: "The union did not rule out a strike" -> "Will the union go on strike?";
    "She refused to rule out standing again" -> "Will Ann Lee stand again?"."""
    b = sx.b
    if t.lemma_.lower() != "rule" or t.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
        return
    refused = t.dep_ == "xcomp" and t.head.lemma_.lower() in ("refuse", "decline")
    if not (_negated(t) or refused):
        return
    s = _subject(t) or (_subject(t.head) if t.dep_ in ("conj", "xcomp") else None)
    if s is None or s.lower_ in FIRST_SECOND:
        return
    who = _name(b, s, person=s.lower_ in ("he", "she"))
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 8:
        return
    obj = next((c for c in t.children if c.dep_ in ("dobj", "pobj")), None)
    if obj is None:
        return
    if obj.tag_ == "VBG":
        q = b.question(obj, subj=s, front="will", verb_text=obj.lemma_.lower(), drop_aux=True)
        if q:
            yield Matter("not-ruled-out", q)
        return
    step = RULED_OUT.get(obj.lemma_.lower())
    if step is None:
        return
    kind = " ".join(x.lower_ for x in obj.children if x.dep_ in ("amod", "compound") and x.lower_ in ("legal", "industrial"))
    if kind and step == "take action":
        step = f"take {kind} action"
    yield Matter("not-ruled-out", _finish(f"Will {who} {step}"))


APOLOGY_CALLS = {"call", "urge", "press", "ask", "demand", "tell", "pressure", "challenge"}
APOLOGISED = re.compile(r"\b(?:apologi[sz]ed|apologi[sz]es|said sorry|says sorry|has apologi[sz]ed)\b", re.I)


@detector("apology")
def _apology(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """An apology refused or called for: "The mayor has so far refused to apologise for the remarks" / "The council
    leader called on Tom Hale to apologise" -> "Will Tom Hale apologise?" (with what for, when it can be named).
    Not when the story reports the apology made."""
    b = sx.b
    if t.lemma_.lower() not in ("apologise", "apologize", "apology"):
        return
    s = None
    if t.pos_ == "VERB" or (t.dep_ == "pobj" and t.head.lower_ == "to"):
        gov = t.head if t.dep_ in ("xcomp", "pobj") else None
        if t.dep_ == "pobj":
            gov = t.head.head  # "called on him to apologise" parsed with "apologise" as a noun
        if gov is not None and gov.lemma_.lower() in ("refuse", "decline") and t.dep_ == "xcomp":
            s = _subject(gov)
        elif gov is not None and gov.lemma_.lower() in APOLOGY_CALLS:
            on = next((c for c in gov.children if c.dep_ == "prep" and c.lower_ == "on" and not _q()._dated_on(c)),
                      None)  # (not the "on" of "X on Monday called on Y to apologise")
            s = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else \
                next((c for c in gov.children if c.dep_ == "dobj"), None)
        elif t.pos_ == "VERB" and _negated(t) and t.tag_ in ("VBN", "VB"):
            s = _subject(t)  # "has not apologised"
    if s is None or s.lower_ in FIRST_SECOND or s.i == t.i:
        return
    who = _name(b, s, person=s.lower_ in ("he", "she", "him", "her"))
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 8:
        return
    later = _later_text(sx)
    if any(APOLOGISED.search(s2) and not re.search(r"\b(?:not|never|refused|yet|if|would|will|should)\b", s2)
           for s2 in re.split(r"(?<=[.!?])\s+", later)):
        return  # the apology is reported made
    what = None
    if t.pos_ == "VERB":
        pfor = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        what = b.render(sorted(pfor.subtree, key=lambda x: x.i)) if pfor is not None else None
        if what and (len(what.split()) > 9 or BARE_PRONOUN.search(what)):
            what = None
    yield Matter("apology", _finish(f"Will {who} apologise", what) if what else None, _finish(f"Will {who} apologise"))


SUSPECT_HEADS = {"man", "woman", "men", "women", "boy", "girl", "driver", "officer", "teacher", "doctor", "nurse",
                 "player", "suspect", "pilot", "worker"}


@detector("investigated")
def _investigated(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Someone under investigation: "A lorry driver who crashed into a bus is under investigation by police" / "Ann
    Lee is being investigated by police" -> "Will the lorry driver be charged?"; an inquiry opened into something:
    "The council has launched an investigation into the fire at the depot" -> "What will the investigation into the
    fire at the depot find?"; one something waits on: "Lee was suspended pending an investigation into her conduct at
    the party" -> "What will the investigation into Ann Lee's conduct at the party find?". Not when the story reports
    a charge, an arrest or the person cleared."""
    b = sx.b
    s, crime = None, None
    if t.lower_ == "investigation" and t.dep_ == "pobj" and t.head.lower_ == "under" and \
            t.head.head.lemma_ in ("be", "remain") and not _negated(t.head.head):
        s = _subject(t.head.head)
    elif t.lemma_.lower() == "investigate" and t.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in t.children) and \
            not _negated(t) and t.tag_ == "VBN" and any(a.lower_ == "being" for a in t.children if a.dep_ == "auxpass") \
            and not any(a.lower_ in ("was", "were", "had", "has", "have") for a in t.children if a.dep_ in ("aux", "auxpass")):
        s = next((c for c in t.children if c.dep_ == "nsubjpass"), None)  # "is being investigated" (not "has been")
        pfor = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "over")), None)
        crime = b.render(sorted(x for c in pfor.children if c.dep_ == "pobj" for x in c.subtree)) \
            if pfor is not None else None
    elif t.lemma_.lower() in ("investigation", "inquiry", "enquiry", "probe") and (
            t.dep_ == "dobj" and t.head.lemma_.lower() in ("launch", "open", "order", "begin", "start", "announce") and
            not _negated(t.head) or t.dep_ == "pobj" and t.head.lower_ == "pending"):  # "suspended pending an inquiry"
        into = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("into", "of")), None)
        obj = next((o for o in into.children if o.dep_ == "pobj"), None) if into is not None else None
        what = b.np_text(obj) if obj is not None and obj.pos_ == "NOUN" else None
        if what and 2 <= len(what.split()) <= 10 and not BARE_PRONOUN.search(what):
            yield Matter("investigated", _finish(f"What will the {t.lower_} into {what} find"))
        return
    if s is None or s.lower_ in FIRST_SECOND:
        return
    person = s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") or s.lemma_.lower() in SUSPECT_HEADS | lex.PERSON_NOUNS
    who = _name(b, s, person=person)
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 8:
        return
    later = _later_text(sx)
    if re.search(r"\b(?:was|were|has been|have been) (?:charged|arrested|cleared|convicted)\b|\bno further action\b", later):
        return  # the story tells where the investigation led
    if person:
        what = f"with {crime}" if crime and len(crime.split()) <= 10 and not BARE_PRONOUN.search(crime) else ""
        yield Matter("investigated", _finish(f"Will {who} be charged", what), _finish(f"Will {who} be charged"))
    elif len(who.split()) >= 2:
        yield Matter("investigated", _finish(f"What will the investigation into {who} find"))


HELD_VERBS = {"arrest", "question", "detain", "quiz", "interview"}  # held or questioned by police, not yet charged
#: the story tells where the arrest led: a charge, a court, a release or a verdict
ARREST_LED = re.compile(r"\b(?:charged|charges?|court|remanded|pleaded|pleads|convicted|jailed|sentenced|acquitted|"
                        r"(?:released|freed)(?! on (?:police )?bail| pending)|no further action)\b", re.I)
# ("released on bail pending further inquiries" leaves the charge open; "released without charge" closes it)


@detector("arrested")
def _arrested(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Someone arrested or being questioned, with no charge told anywhere in the story: "A taxi driver has been
    arrested after being accused of robbing a passenger" -> "Will the taxi driver be charged with robbing a
    passenger?"; "Tom Hale was arrested on suspicion of arson" -> "Will Tom Hale be charged with arson?"; "Two men are
    being questioned over the attack" -> "Will anyone be charged over the attack?". Not when the story tells a charge,
    a court, a release or a verdict, nor an arrest only warned of ("could be arrested")."""
    b = sx.b
    lem = t.lemma_.lower()
    if lem not in HELD_VERBS or t.tag_ != "VBN" or _negated(t) or \
            not any(c.dep_ == "auxpass" for c in t.children) or _future(t) or \
            any(c.tag_ == "MD" or c.lower_ in ("if", "unless", "when") for c in t.children):
        return
    if lem != "arrest" and not any(a.lower_ == "being" for a in t.children if a.dep_ == "auxpass"):
        return  # "was questioned" is told and over; "is being questioned" is under way
    s = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if s is None or s.lower_ in FIRST_SECOND or sx.ctx.inside_quotes(t):
        return
    # who the story would follow: the head with its compounds ("taxi driver", not any "driver"), a pronoun or a group
    called = s.text if s.pos_ == "PROPN" else \
        " ".join(x.text for x in s.subtree if x.i == s.i or x.dep_ == "compound" and x.head.i == s.i)
    if any(ARREST_LED.search(sp.text) and (s.tag_ == "NNS" or s.lower_ in PRONOUNS or
                                           re.search(r"\b" + re.escape(called) + r"\b", sp.text))
           for _, _, sp, _ in sx.ctx.sents):
        return  # the story tells where this arrest led (another case's verdict, told of others, does not count)
    crime = ""
    for p in (c for c in t.children if c.dep_ == "prep"):
        obj = next((o for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        if p.lower_ == "on" and obj.lower_ == "suspicion" or p.lower_ == "after" and obj.lemma_.lower() == "accuse":
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            deed = next((o for o in of.children if o.dep_ in ("pobj", "pcomp")), None) if of is not None else None
            crime = "with " + b.render(sorted(deed.subtree, key=lambda x: x.i)) if deed is not None else ""
        elif p.lower_ in ("over", "for") and obj.pos_ == "NOUN":
            crime = f"{p.lower_} " + (b.np_text(obj, compact=False) or "")
        elif p.lower_ == "in" and obj.lower_ == "connection":
            w = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            o = next((x for x in w.children if x.dep_ == "pobj"), None) if w is not None else None
            crime = "in connection with " + (b.np_text(o, compact=False) or "") if o is not None else ""
        if crime:
            break
    if crime and (len(crime.split()) > 10 or BARE_PRONOUN.search(crime) or crime.split()[-1] in ("with", "over", "for")):
        crime = ""
    several = s.tag_ == "NNS" or any(c.dep_ in ("nummod", "conj") for c in s.children)
    if several:
        if crime.startswith(("over ", "in connection with ")):
            yield Matter("arrested", _finish("Will anyone be charged", crime))
        return  # ("three men were arrested": who of them is charged asks nothing the reader can follow)
    if s.pos_ not in ("NOUN", "PROPN") and s.lower_ not in ("he", "she") or s.ent_type_ in ("ORG", "GPE", "NORP"):
        return  # (only people are arrested or questioned: any noun will do, not a body)
    who = _name(b, s, person=True)
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 6:
        return
    yield Matter("arrested", _finish(f"Will {who} be charged", crime), _finish(f"Will {who} be charged"))


MOVE_NOUNS = {"move", "transfer", "switch", "loan"}
DEAL_NOUNS = {"deal", "agreement", "merger", "takeover", "contract", "partnership", "tie-up"}


TALKS_WORDS = {"talks", "discussions", "negotiations"}


@detector("near-deal")
def _near_deal(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A deal the lead reports close or under discussion: "Ann Lee is reportedly close to confirming Tom Hale as
    her new coach" -> "Will Ann Lee confirm Tom Hale as her new coach?"; "Striker Tom Hale is discussing a possible
    loan move to Rovers" -> "Will Tom Hale move to Rovers?"; "The bank is in talks with Lee Holdings over a
    merger" -> "Will the bank agree a merger with Lee Holdings?"; "Acme is in talks to buy Westby Cars" -> "Will Acme buy
    Westby Cars?". Only in the lead: there it is the story."""
    b = sx.b
    if not _in_lead(sx):
        return
    if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "to" and t.head.head.lower_ in ("close", "near", "closer") \
            and t.head.head.dep_ == "acomp" and not _negated(t.head.head.head):
        s = _subject(t.head.head.head)
        if s is None or s.lower_ in FIRST_SECOND:
            return
        who = _name(b, s, person=s.lower_ in ("he", "she"))
        rest = [x for x in t.subtree if x.i > t.i]
        gender = sx.ctx.names.gender(who) if who and len(who.split()) >= 2 else None
        own = {"m": {"his"}, "f": {"her"}}.get(gender or "", {"its", "their"} if s.ent_type_ == "ORG" else
                                                 {"his", "her"} if s.ent_type_ == "PERSON" else set())
        # "close to confirming X as her new coach": the possessive is the subject's own, and stays as it is
        keep = {x.i: x.text for x in rest if x.tag_ == "PRP$" and x.lower_ in own}
        tail = b.render(rest, overrides=keep) if who else None
        if who and tail and not BARE_PRONOUN.search(who) and len(tail.split()) <= 12 and \
                (keep or not BARE_PRONOUN.search(tail)):
            yield Matter("near-deal", _finish(f"Will {who} {t.lemma_.lower()} {tail}"), own_pronoun=bool(keep))
        return
    if t.lemma_.lower() in ("discuss", "negotiate", "consider", "weigh") and t.tag_ == "VBG" and \
            any(a.lemma_ == "be" for a in t.children if a.dep_ == "aux") and not _negated(t):
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        s = _subject(t)
        if obj is None or s is None or s.lower_ in FIRST_SECOND:
            return
        who = _name(b, s, person=s.lower_ in ("he", "she"))
        if not who or BARE_PRONOUN.search(who):
            return
        head = obj.lemma_.lower()
        to = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
        where = next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None
        place = _name(b, where) if where is not None and where.pos_ == "PROPN" else None
        if head in MOVE_NOUNS and place and to.lower_ == "to":
            yield Matter("near-deal", _finish(f"Will {who} move to {place}"))
        elif head in DEAL_NOUNS and place:
            yield Matter("near-deal", _finish(f"Will {who} agree a {head} with {place}"))
        return
    if t.lower_ in TALKS_WORDS and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_ == "be" and \
            not _negated(t.head.head):
        s = _subject(t.head.head)
        act = next((c for c in t.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and not _negated(c) and
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is not None:  # "is in talks to buy X", "are in discussions to sign up for Y": the step talked of
            if s is not None and s.lower_ not in FIRST_SECOND | POINTERS:
                yield Matter("near-deal", b.question(act, subj=s, front="will", verb_text=act.lemma_.lower(),
                                                     drop_aux=True))
            return
        if t.lower_ != "talks":
            return
        withp = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        other = next((o for o in withp.children if o.dep_ == "pobj"), None) if withp is not None else None
        if s is None or other is None or s.lower_ in FIRST_SECOND:
            return
        who, them = _name(b, s, person=s.lower_ in ("he", "she")), _name(b, other)
        if who and them and not BARE_PRONOUN.search(who + " " + them) and len((who + them).split()) <= 12:
            yield Matter("near-deal", _finish(f"Will {who} reach a deal with {them}"))


REPORTERS = {"newspaper", "newspapers", "paper", "papers", "reports", "sources", "agency", "media", "press"}


def _report_source(v: "Token") -> frozenset[int] | None:
    """The ids of a news source a lead step rests on ("according to The Courier", "reportedly", "the paper
    understands", "sources said"), or None when the step is stated as the story's own fact."""
    root = v
    while root.dep_ in ("xcomp", "ccomp") and root.head.i != root.i:
        root = root.head
    for c in list(root.children) + list(v.children):
        if c.lower_ == "according" and c.dep_ == "prep":
            src = next((o for p in c.children for o in p.children if o.dep_ == "pobj"), None)
            if src is None or not (src.ent_type_ == "ORG" or src.pos_ == "PROPN" or src.lower_ in REPORTERS):
                return None  # "according to industry experts", "according to a new report": a forecast, asked with its source
            return frozenset(x.i for x in c.subtree)
        if c.lower_ in ("reportedly", "allegedly") and c.dep_ == "advmod":
            return frozenset({c.i})
        if c.lemma_.lower() in ("understand", "learn") and c.dep_ in ("parataxis", "appos", "ccomp", "advcl") and \
                c.tag_ in ("VBZ", "VBP", "VBN"):
            return frozenset(x.i for x in c.subtree)
    return None


#: a step one party takes against another, whose fate waits on it: seizing their land, charging or suing them
ADVERSE_ACTS = {"seize", "confiscate", "expropriate", "nationalise", "nationalize", "prosecute", "sue", "evict",
                "deport", "expel", "extradite", "impeach", "demolish", "raid"}
CHARGE_NOUNS = {"charge", "lawsuit", "suit", "case", "proceeding", "complaint"}  # "press charges", "file a lawsuit"
CHARGE_VERBS = {"press", "bring", "file", "lodge", "lay"}
PLANNING = {"plan", "intend", "prepare", "move", "vow", "decide"}  # "plans to seize", "has moved to evict"


def _adverse_act(t: "Token") -> bool:
    """``t`` is a step against another party: an adverse verb with its object ("seize land owned by X", "sue the
    firm"), or charges or a suit pressed or filed ("press charges against the family")."""
    lem = t.lemma_.lower()
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if any(o.lower_ in ("nobody", "nothing", "none", "anyone", "anybody") or
           any(d.dep_ == "det" and d.lower_ in ("no", "any") for d in o.children) for o in objs):
        return False  # "plans to sue nobody": no step against anyone
    if lem in ADVERSE_ACTS:
        return bool(objs)
    return lem in CHARGE_VERBS and any(o.lemma_.lower() in CHARGE_NOUNS for o in objs)


@detector("planned-step")
def _planned_step(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A party's planned step against another, not yet taken: "The zoo has plans to press charges against the
    family" -> "Will Westby Zoo press charges against the family?"; "Officials said they will seize land owned
    by Acme" -> "Will officials seize land owned by Acme?". Its date or its being the party's own word settles
    nothing: the other side's fate waits on it (and is often contested)."""
    b = sx.b
    if t.tag_ != "VB" or _negated(t) or not _adverse_act(t):
        return
    to = any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
    g = t.head
    if to and t.dep_ == "xcomp" and g.lemma_.lower() in PLANNING and g.pos_ == "VERB" and not _negated(g):
        s = _subject(g) or (_subject(g.head) if g.dep_ in ("conj", "xcomp") else None)
    elif to and t.dep_ == "acl" and g.lemma_.lower() in ("plan", "intention") and g.dep_ == "dobj" and \
            g.head.lemma_.lower() == "have" and not _negated(g.head):
        s = _subject(g.head)  # "has plans to press charges"
    elif any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in t.children) and t.dep_ == "ccomp" and \
            g.lemma_.lower() in lex.REPORT_VERBS and not _negated(g):
        s = _subject(t)  # "officials said they will seize ..."
    else:
        return
    if s is None or s.lower_ in FIRST_SECOND or s.lower_ == "it" or s.lower_ in POINTERS or \
            any(_q()._if_clause(a) for a in [t, *t.ancestors]):
        return
    yield Matter("planned-step", b.question(t, subj=s, front="will", verb_text=t.lemma_.lower(), drop_aux=True))


@detector("reported-step")
def _reported_step(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A step the lead reports ahead of time on a newspaper's or sources' word: "The £2bn tram plan is to win
    approval in May, according to the Evening Courier" -> "Will the £2bn tram plan win approval in May?";
    "Rovers may launch a £2m bid for Tom Hale, according to reports" -> "Will Rovers launch a £2m bid for
    Tom Hale?". Only in the lead; a step the story states as its own fact is the reporter's timetable."""
    b = sx.b
    if not _in_lead(sx) or t.pos_ not in ("VERB", "AUX") or t.tag_ != "VB" or _negated(t):
        return
    hedged = any(a.lower_ in ("may", "might", "could") for a in t.children if a.dep_ == "aux") and \
        t.dep_ == "ROOT" and not any(c.dep_ in ("neg", "advmod") and c.lower_ in ("longer", "never", "not")
                                     for c in list(t.children) + [x for c in t.children for x in c.children])
    # ("Rovers may launch a bid for Tom Hale, according to reports": the reported step is as open as a "will")
    future = _future(t) or hedged or (t.dep_ == "xcomp" and any(a.lower_ == "to" for a in t.children if a.dep_ == "aux") and
                            t.head.lemma_ == "be" and t.head.dep_ == "ROOT" and not any(
                                c.dep_ in ("acomp", "attr") for c in t.head.children))
    if not future:
        return
    source = _report_source(t)
    if source is None:
        return
    s = _subject(t) or _subject(t.head)
    if s is None or s.lower_ in FIRST_SECOND or s.lower_ in ("it", "this", "that", "there"):
        return
    q = b.question(t, subj=s, front="will", verb_text=t.lemma_.lower(), drop_aux=True, drop_ids=source)
    yield Matter("reported-step", q)


ACHIEVE = {"win", "beat", "reach", "finish", "clinch", "retain", "qualify", "secure", "claim", "top", "avoid", "regain",
           "defend", "lift"}
AIM_VERBS = {"want", "need", "expect", "urge", "back", "hope"}


@detector("lead-aim")
def _lead_aim(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """What the lead says someone wants a side to achieve next: "Coach Tom Hale wants his Rovers team to win their
    group by beating City" -> "Will Rovers win their group by beating City?". Only in the lead, only a result still
    to be played for (win, beat, reach, qualify, ...)."""
    b = sx.b
    if not _in_lead(sx) or t.lemma_.lower() not in ACHIEVE or t.tag_ != "VB" or _negated(t) or \
            not any(a.lower_ == "to" for a in t.children if a.dep_ == "aux"):
        return
    g = t.head
    if g.lemma_.lower() not in AIM_VERBS or g.tag_ not in ("VBZ", "VBP") or _negated(g) or t.dep_ not in ("ccomp", "xcomp"):
        return
    s = next((c for c in t.children if c.dep_ == "nsubj"), None) or next(
        (c for c in g.children if c.dep_ == "dobj"), None)
    if s is None or s.lower_ in FIRST_SECOND | PRONOUNS:
        return
    side = [x for x in s.children if x.dep_ == "compound" and x.pos_ == "PROPN"]
    who = " ".join(x.text for x in side) if side else _name(b, s)
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 6:
        return
    rest = [x for x in t.subtree if x.i > t.i]
    keep = {x.i: x.text for x in rest if x.tag_ == "PRP$" and x.lower_ in ("their", "its")}  # the side's own
    tail = b.render(rest, overrides=keep)
    if not tail or len(tail.split()) > 12 or (not keep and BARE_PRONOUN.search(tail)):
        return
    yield Matter("lead-aim", _finish(f"Will {who} {t.lemma_.lower()} {tail}"), own_pronoun=bool(keep))


@detector("if-guilty")
def _if_guilty(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A verdict still to come, named by what follows it: "Tom Hale should be stripped of his medals if found guilty of
    doping" / "Hale faces ten years in prison if he is convicted of fraud" -> "Will Tom Hale be found guilty of
    doping?" / "Will Tom Hale be convicted of fraud?". Not when the story reports the verdict."""
    b = sx.b
    if t.dep_ != "advcl" or not any(m.lower_ == "if" for m in t.children if m.dep_ == "mark") or _negated(t):
        return
    guilty = t.lemma_.lower() == "find" and any(c.lower_ == "guilty" for c in t.children if c.dep_ in ("oprd", "acomp"))
    # "If found guilty Hale could ...": with no comma the tagger hangs "guilty" on the name after it
    glued = t.lower_ == "found" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "guilty" and \
        t.doc[t.i + 1].head.i == t.i + 2 and t.doc[t.i + 2].dep_ in ("nsubj", "nsubjpass")
    guilty = guilty or glued
    if not (guilty or t.lower_ == "convicted"):
        return
    s = t.doc[t.i + 2] if glued else next((c for c in t.children if c.dep_ == "nsubjpass"), None) or _subject(t.head)
    if s is None or s.lower_ in FIRST_SECOND or any(c.dep_ == "conj" for c in s.children):
        return  # ("Kent and Thorne face a ban if found guilty": two people, the condition rule asks it of both)
    who = _name(b, s, person=True)
    if s.ent_type_ == "PERSON" and s.pos_ == "PROPN":
        who = sx.ctx.expand(" ".join(x.text for x in s.subtree if x.ent_type_ == "PERSON")) or who
    elif glued:
        who = sx.ctx.expand(s.text) if s.pos_ == "PROPN" and not any(c.i != t.i + 1 for c in s.children) else None
    if not who or not who[:1].isupper() or BARE_PRONOUN.search(who) or len(who.split()) > 5:
        return
    text = sx.ctx.parsed.article.text
    if re.search(r"\b(?:was|were|has been|have been) (?:convicted|found guilty|cleared|acquitted)\b", text):
        return  # a verdict is told
    holder = t.doc[t.i + 1] if glued else next((c for c in t.children if c.lower_ == "guilty"), t)
    of = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = b.render(sorted(of.subtree, key=lambda x: x.i)) if of is not None else ""
    if what and (len(what.split()) > 9 or BARE_PRONOUN.search(what)):
        what = ""
    verb = "be found guilty" if guilty else "be convicted"
    yield Matter("if-guilty", _finish(f"Will {who} {verb}", what))


#: (not "decision": a decision defended or attacked is taken, its act mostly done: "defended her decision to play on")
PLAN_HEADS = {"plan", "proposal", "bid", "move", "attempt", "scheme"}
CONTESTED = {"oppose", "opposition", "critic", "criticism", "criticise", "criticize", "despite", "defend", "attack",
             "row", "controversial", "resist", "reject", "protest", "anger", "condemn", "fury", "outcry", "backlash",
             "dispute", "opponent", "object", "objection"}


@detector("contested-plan")
def _contested_plan(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A plan the lead reports under attack or defended against opposition: "The minister has defended plans to end
    the arms embargo on Lanoria, despite opposition from its neighbours" -> "Will the plans to end the arms embargo on
    Lanoria go ahead?". Only in the lead, only with the dispute in the same sentence."""
    b = sx.b
    if not _in_lead(sx) or t.lemma_.lower() not in PLAN_HEADS or t.pos_ != "NOUN":
        return
    act = next((c for c in t.children if c.dep_ == "acl" and c.tag_ == "VB" and
                any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") and not _negated(c)), None)
    if act is None or not any(x.lemma_.lower() in CONTESTED for x in sx.sent if x.i not in {y.i for y in act.subtree}):
        return
    toks = sorted(act.subtree, key=lambda x: x.i)
    cut = next((x.i for x in toks if x.text in (",", ";", ":", "(") or _q()._dash(x)), None)
    toks = [x for x in toks if cut is None or x.i < cut]  # "plans to raise prices, local press reports": the plan only
    if not toks or toks[-1].i - toks[0].i + 1 != len(toks) or toks[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART"):
        return  # a gap or a dangling word: the parse hung part of the plan elsewhere
    what = b.render(toks)
    if not what or len(what.split()) > 14 or BARE_PRONOUN.search(what):
        return
    noun = t.text.lower() if t.text.lower() in PLAN_HEADS | {p + "s" for p in PLAN_HEADS} else t.lemma_.lower()
    yield Matter("contested-plan", _finish(f"Will the {noun} {what} go ahead"))


TALKS = {"talks", "meeting", "summit", "negotiations", "discussions"}


@detector("talks-aim")
def _talks_aim(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Talks the lead says are aimed at an outcome: "Talks aimed at averting a rail strike will take place on Friday" ->
    "Will the talks avert a rail strike?". Only in the lead."""
    b = sx.b
    if not _in_lead(sx) or t.lower_ not in TALKS:
        return
    aimed = next((c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in ("aim", "design", "intend")), None)
    at = next((c for c in aimed.children if c.dep_ == "prep" and c.lower_ in ("at", "to")), None) if aimed else None
    act = next((c for c in at.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if at is not None else None
    if act is None or _negated(act):
        return
    rest = b.render([x for x in act.subtree if x.i > act.i])
    if not rest or len(rest.split()) > 12 or BARE_PRONOUN.search(rest):
        return
    yield Matter("talks-aim", _finish(f"Will the {t.lower_} {act.lemma_.lower()} {rest}"))


VERDICT_TOLD = re.compile(r"\b(?:convicted|found guilty|found not guilty|acquitted|cleared of|pleaded guilty|admitted|"
                          r"jailed|sentenced|charges were dropped)\b", re.I)


@detector("charged")
def _charged(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A charge the lead reports, its verdict still to come: "A man is facing charges of hacking into the bank's
    computers" / "Tom Hale has been charged with fraud" / "Tom Hale, who was charged with fraud, was granted bail" ->
    "Will Tom Hale be convicted of fraud?" (the one person the
    story charges, by name, when it names them). Not when the story tells a verdict, a plea of guilty or a sentence."""
    b = sx.b
    if not _in_lead(sx):
        yield from _charged_later(sx, t)
        return
    lem = t.lemma_.lower()
    s, what = None, None
    if lem == "charge" and t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() == "face" and \
            not _negated(t.head) and not _future(t.head):
        s = _subject(t.head)
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "over")), None)
        what = of
    elif lem == "charge" and t.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in t.children) and not _negated(t) \
            and t.tag_ == "VBN":
        s = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if s is not None and s.lower_ in ("who", "that") and t.dep_ == "relcl":
            # "Tom Hale, who has been charged with fraud, ...": the one the relative clause describes, by name only
            # ("a friend who was charged": which of the story's people that is, the parse does not say)
            s = t.head if t.head.pos_ == "PROPN" and t.head.ent_type_ == "PERSON" else None
            if s is None:
                return
        what = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "over")), None)
    elif lem == "charge" and t.pos_ == "VERB" and t.tag_ == "VBN" and t.dep_ in ("acl", "amod", "pcomp") and \
            not _negated(t):
        # "A man charged with murder has appeared in court"; "one man dead and another charged with manslaughter"
        s = t.head if t.dep_ in ("acl", "amod") else next((c for c in t.children if c.dep_ == "nsubj"), None)
        if s is not None and t.dep_ == "pcomp":
            s = next((c for c in s.children if c.dep_ == "conj" and c.lower_ == "another"), s)
        what = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "over")), None)
        if what is None:
            return
    if s is None or s.lower_ in FIRST_SECOND or VERDICT_TOLD.search(sx.ctx.parsed.article.text):
        return
    accused = _defendant(sx) or _alleged_doer(sx)
    person = s.ent_type_ == "PERSON" or s.lemma_.lower() in SUSPECT_HEADS | lex.PERSON_NOUNS | {"he", "she"} or \
        s.lower_ == "another" and accused is not None
    if not person:
        return
    if s.lower_ == "another":
        who = accused[0]
    else:
        who = accused[0] if accused is not None and (s.pos_ != "PROPN" or accused[0].endswith(s.text)) else \
            _name(b, s, person=True)
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 6:
        return
    crime = b.render(sorted((x for c in what.children for x in c.subtree), key=lambda x: x.i)) if what is not None else ""
    if crime and (len(crime.split()) > 10 or BARE_PRONOUN.search(crime)):
        crime = ""
    yield Matter("charged", _finish(f"Will {who} be convicted", f"of {crime}" if crime else ""),
                 _finish(f"Will {who} be convicted"))


def _named_person(tok: "Token") -> "Token | None":
    """``tok`` when it is a person's name, else the name set beside it ("her father, Tom Hale," -> "Hale")."""
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)


PRESENT_AUX = {"is", "are", "'s", "'re", "has", "have", "remains", "remain"}


def _charged_later(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A charge told after the lead, of named people, for a crime, as news rather than history: "Ann Lee and Tom Hale
    are each charged with manslaughter" / "On Friday prosecutors charged Tom Hale with murder" -> "Will Ann Lee and
    Tom Hale be convicted of manslaughter?". Not a charge told in the past tense of the passive ("was charged with
    fraud in 1998": background), nor in a sentence with a year, nor when the story tells a verdict."""
    b = sx.b
    if t.lemma_.lower() != "charge" or t.pos_ != "VERB" or _negated(t) or re.search(r"\b(?:1[89]|20)\d\d\b", sx.sent.text):
        return
    passive = any(c.dep_ == "auxpass" for c in t.children)
    if passive and not any(a.lower_ in PRESENT_AUX for a in t.children if a.dep_ in ("aux", "auxpass")):
        return
    if not passive and t.tag_ not in ("VBD", "VBZ"):
        return
    s = next((c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if s is not None and s.lower_ in ("who", "that") and t.dep_ == "relcl":
        s = t.head
    if s is None:
        return
    named = _named_person(s)
    conjs = [c for x in (s, named) if x is not None for c in x.children if c.dep_ == "conj"]
    people = [named] + [_named_person(c) for c in conjs]  # "her father Tom Hale and his friend Ann Lee"
    if len(people) > 2 or any(p is None for p in people):
        return
    with_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    crimes = [o for o in with_.subtree if o.lemma_.lower() in lex.CRIMES - {"charge", "count", "offence", "offense"}] \
        if with_ is not None else []
    if not crimes or VERDICT_TOLD.search(sx.ctx.parsed.article.text):
        return
    names = []
    for p in people:
        name = _written_name(sx, p)
        if not name or len(name.split()) < 2 or len(name.split()) > 5 or not name[:1].isupper():
            return
        names.append(name)
    crime = b.render([x for x in with_.subtree if x.i != with_.i])
    if not crime or len(crime.split()) > 8 or BARE_PRONOUN.search(crime):
        return
    yield Matter("charged", _finish(f"Will {' and '.join(names)} be convicted of {crime}"))


#: what a conviction's charge carries, asked as the sentence to come ("The counts carry terms of up to 12 years each")
PENALTY_NOUNS = {"sentence", "penalty", "term"}
CHARGE_NOUNS = {"charge", "offence", "offense", "crime", "count", "conviction"}
SENTENCE_TOLD = re.compile(r"\b(?:sentenced to|(?:was|were|been|being) sentenced|jailed for|(?:was|were) jailed|"
                           r"(?:was|were) fined|given a (?:\w+ )?sentence|walked free)\b", re.I)


def _convicted(sx: "_Sentence") -> list[str]:
    """The people the story says were convicted, found guilty or pleaded guilty ("Tom Hale was convicted of fraud",
    "Ann Lee had pleaded guilty to theft"), each named in full, in the story's order."""
    found: list[str] = []
    for _, _, span, _ in sx.ctx.sents:
        for t in span:
            lem = t.lemma_.lower()
            if lem == "convict" and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
                who = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            elif lem == "find" and t.tag_ == "VBN" and any(c.lower_ == "guilty" for c in t.children):
                who = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            elif lem == "plead" and any(c.lower_ == "guilty" for c in t.children) and not \
                    any(c.dep_ == "neg" or c.lower_ == "not" for x in t.children for c in [x, *x.children]):
                who = next((c for c in t.children if c.dep_ == "nsubj"), None)
            else:
                continue
            if who is None or _negated(t):
                continue
            people = [who] + [c for c in who.children if c.dep_ == "conj"]
            for p in (_named_person(x) for x in people):
                name = _written_name(sx, p, proper_only=True) if p is not None else ""
                if 2 <= len(name.split()) <= 4 and name[:1].isupper() and name not in found:
                    found.append(name)
    return found


@detector("sentence-ahead")
def _sentence_ahead(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """The sentence still to come after a conviction or a guilty plea, told by what the charge carries: "Tom Hale was
    convicted of fraud ... The counts carry terms of up to 12 years each" / "Ann Lee has pleaded guilty to theft. The
    offence carries a sentence of up to four years" -> "What sentence will Ann Lee receive?". Only of one or two
    people the story names as convicted, and not when it tells a sentence given."""
    if t.lemma_.lower() != "carry" or t.pos_ != "VERB" or t.tag_ not in ("VBZ", "VBP") or _negated(t):
        return
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    s = _subject(t)
    if obj is None or obj.lemma_.lower() not in PENALTY_NOUNS or s is None or s.lemma_.lower() not in CHARGE_NOUNS:
        return
    if SENTENCE_TOLD.search(sx.ctx.parsed.article.text):
        return
    names = _convicted(sx)
    if not 1 <= len(names) <= 2:
        return
    what = "sentences" if len(names) == 2 else "sentence"
    yield Matter("sentence-ahead", _finish(f"What {what} will {' and '.join(names)} receive"))


def _prep_object(t: "Token", words: tuple[str, ...]) -> "Token | None":
    """The object of ``t``'s first preposition among ``words`` ("warned *of* job losses" -> "losses")."""
    p = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in words), None)
    return next((o for o in p.children if o.dep_ == "pobj"), None) if p is not None else None


#: a verdict told and then undone, so the trial ahead is a retrial: "was found guilty, but that decision was thrown out"
VERDICT_UNDONE = re.compile(r"\b(?:thrown out|overturned|quashed|set aside|retrial|new trial|second trial)\b", re.I)
TRIAL_VERBS = {"face", "stand", "await", "go", "be", "remain", "put"}  # "faces trial", "stands trial", "goes on trial"


def _verdict_told(sp) -> bool:
    """The sentence tells a verdict, plea or sentence (:data:`VERDICT_TOLD`), not only a "jailed" set before a name
    as a description ("Jailed tycoon Tom Hale has ...": held in custody, maybe awaiting trial)."""
    held = {x.idx - sp.start_char for x in sp if x.lower_ == "jailed" and x.dep_ == "amod"}
    return any(m.start() not in held for m in VERDICT_TOLD.finditer(sp.text))


@detector("trial-ahead")
def _trial_ahead(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A trial still to come for one person: "Tom Hale faces a state trial in the spring on charges of fraud" / "Ann Lee
    will stand trial in March" / "Hale goes on trial on Monday" / "Hale, who is awaiting trial for fraud" / "a
    singer awaiting trial" -> "Will Tom Hale be convicted of fraud?" (fallback
    "Will Tom Hale be convicted?"); "Tom Hale is to face trial this month", "Ann Lee and Tom Hale still have to face
    trial" (the "is to", "has to" of a step ahead; two people named: "Will Ann Lee and Tom Hale be convicted?"); "Hale is
    currently on trial, accused of selling fake shares" -> "Will Tom Hale be convicted of selling fake shares?". Not
    when the story tells a verdict, a plea of guilty or a sentence."""
    b = sx.b
    if t.lemma_.lower() not in lex.TRIAL_PROCEEDINGS or t.pos_ != "NOUN":
        return
    verb = t.head
    if t.dep_ == "dobj" and verb.lemma_.lower() in ("face", "stand", "await"):
        pass
    elif t.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() in TRIAL_VERBS:
        verb = verb.head  # "goes on trial", "was put on trial"
    else:
        return
    awaiting = verb.lemma_.lower() == "await" and verb.tag_ == "VBG" and (
        verb.dep_ == "acl" or any(a.lower_ in ("is", "are", "'s", "'re", "remains") for a in verb.children
                                  if a.dep_ == "aux"))  # "a rapper awaiting trial", "he is awaiting trial"
    is_to = verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.lemma_ in ("be", "have") and \
        (verb.head.tag_ in ("VBZ", "VBP") or verb.head.tag_ == "VB" and verb.head.dep_ == "ROOT" and not any(
            a.dep_ == "aux" for a in verb.head.children)) and \
        any(a.lower_ == "to" for a in verb.children if a.dep_ == "aux")  # ("still have to": the tagger's bare "VB")
    shared = verb.dep_ == "conj" and verb.tag_ == "VB" and not any(a.dep_ == "aux" for a in verb.children) and any(
        a.lower_ in ("has", "have", "is", "are") for a in verb.head.children if a.dep_ in ("aux", "auxpass"))
    # ("have been charged and await trial": the tagger's bare "VB" after a present verb)
    if _negated(verb) or not (_future(verb) or verb.tag_ in ("VBZ", "VBP") or awaiting or is_to or shared):
        return  # "he stood trial in 2004", "was unfit to stand trial": told, or no trial to come
    s = _subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if s is None and awaiting and verb.dep_ == "acl":
        s = verb.head  # "A rapper awaiting trial for murder has ...": the one the participle describes
    if s is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "Lee has been charged and awaits trial": the subject the two verbs share
        s = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if s is not None and s.pos_ == "NOUN" and not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in s.children):
        # "The firm's founder and former chairman, Tom Hale, is on trial": the roles are one person's, named beside
        s = next((c for c in s.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), s)
    if s is None or s.lower_ in FIRST_SECOND:
        return
    pair = _named_pair(sx, s)  # "Ann Lee and Tom Hale still face trial": two people, each named
    if pair is None and any(c.dep_ == "conj" for c in s.children):
        return
    if pair is None and not (s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") or
                             s.lemma_.lower() in SUSPECT_HEADS | lex.PERSON_NOUNS or
                             (s.pos_ == "PROPN" and s.text in sx.ctx.person_word)):
        return  # (a surname the tagger calls an organisation is still the person the story names)
    accused = _defendant(sx)
    who = pair or (accused[0] if accused is not None and (s.pos_ != "PROPN" or accused[0].endswith(s.text))
                   else _name(b, s, person=True))
    if who and not who[:1].isupper() and s.pos_ == "PROPN":
        # "former Avonia Bank boss Tom Hale": the name without the description before it
        who = _written_name(sx, s, proper_only=True)
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 6 or not who[:1].isupper():
        return
    surnames = [w.split()[-1] for w in who.split(" and ")]
    if any(_verdict_told(sp) and any(re.search(r"\b" + re.escape(n) + r"\b", sp.text) for n in surnames) and
           not VERDICT_UNDONE.search(sp.text) for _, _, sp, _ in sx.ctx.sents):
        return  # the story tells this person's verdict, plea or sentence (not one since overturned: a retrial is ahead)
    crime = ""
    for holder in (t, verb):  # "trial on charges of X", "trial for X", "faces trial ... over X"
        for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "over")):
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            if obj is None:
                continue
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if obj.lemma_.lower() == "charge" and of is not None:
                crime = b.render(sorted((x for c in of.children for x in c.subtree), key=lambda x: x.i)) or ""
            elif obj.lemma_.lower() != "charge" and any(x.lemma_.lower() in lex.CRIMES for x in [obj] + [
                    c for c in obj.children if c.dep_ == "conj"]):  # ("for tax evasion and fraud": a crime among them)
                crime = b.render(sorted(obj.subtree, key=lambda x: x.i)) or ""
    accused_of = next((p for x in (verb, t) for c in x.children if c.dep_ in ("advcl", "acl") and c.lower_ == "accused"
                       for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)  # "is on trial, accused of X"
    if not crime and accused_of is not None:
        crime = b.render(sorted((x for c in accused_of.children for x in c.subtree), key=lambda x: x.i)) or ""
    if not crime and accused is not None and accused[0] == who:
        crime = accused[1]
    if crime and (len(crime.split()) > 10 or BARE_PRONOUN.search(crime)):
        crime = ""
    yield Matter("trial-ahead", _finish(f"Will {who} be convicted", f"of {crime}" if crime else ""),
                 _finish(f"Will {who} be convicted"))


def _written_name(sx: "_Sentence", p: "Token", proper_only: bool = False) -> str:
    """The name ``p`` heads as the sentence writes it, its compounds with it ("Tom Hale" of "boss Tom Hale"; with
    ``proper_only`` only the proper nouns among them), made whole from the story (a lone "Hale" -> "Tom Hale")."""
    written = " ".join(x.text for x in p.subtree if x.i == p.i or x.dep_ == "compound" and x.head.i == p.i
                       and (not proper_only or x.pos_ == "PROPN"))
    return sx.ctx.expand(written) or written


def _named_pair(sx: "_Sentence", s: "Token") -> str | None:
    """"Ann Lee and Tom Hale" when ``s`` and its one conjunct are two people the story names (each in full, a lone
    surname made whole from the story), else None."""
    conjs = [c for c in s.children if c.dep_ == "conj"]
    if len(conjs) != 1 or any(c.dep_ == "conj" for c in conjs[0].children):
        return None
    names = []
    for p in (s, conjs[0]):
        if p.pos_ != "PROPN" or not (p.ent_type_ == "PERSON" or p.text in sx.ctx.person_word):
            return None
        name = _written_name(sx, p)
        if not 2 <= len(name.split()) <= 4 or not name[:1].isupper():
            return None
        names.append(name)
    return " and ".join(names)


INQUIRY_CALLS = {"call", "demand", "want", "seek", "urge", "press", "push", "ask"}
INQUIRY_HELD = re.compile(r"\b(?:launched|ordered|opened|announced|set up|began|begun|started|agreed to) (?:an?|the) "
                          r"(?:\w+ ){0,2}(?:inquiry|enquiry|investigation|probe|review)\b", re.I)


@detector("inquiry-call")
def _inquiry_call(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """An inquiry someone calls for and nobody has opened yet: "There should be a full investigation into whether the
    minister broke the rules" -> "Did the minister break the rules?"; "MPs called for an inquiry into the sale of the
    port" -> "Will there be an inquiry into the sale of the port?". Not when the story says one was opened."""
    b = sx.b
    if t.lemma_.lower() not in lex.FINDING_PROCEEDINGS or t.pos_ != "NOUN":
        return
    h = t.head
    called = (t.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in INQUIRY_CALLS) or \
        (t.dep_ == "dobj" and h.lemma_.lower() in INQUIRY_CALLS - {"call"}) or \
        (t.dep_ in ("attr", "nsubj") and h.lemma_ == "be" and
         any(a.lower_ in ("should", "must") for a in h.children if a.dep_ == "aux") and
         any(c.dep_ == "expl" for c in h.children))
    if not called or INQUIRY_HELD.search(sx.ctx.parsed.article.text):
        return
    into = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("into", "of")), None)
    if into is None:
        return
    clause = next((c for c in into.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") and
                   any(m.lower_ == "whether" for m in c.children if m.dep_ == "mark")), None)
    if clause is not None:
        q = b.question(clause)
        if q and len(q.split()) <= 20:
            yield Matter("inquiry-call", q)
        return
    obj = next((o for o in into.children if o.dep_ == "pobj"), None)
    what = b.np_text(obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
    if what and 2 <= len(what.split()) <= 12 and not BARE_PRONOUN.search(what):
        yield Matter("inquiry-call", _finish(f"Will there be {indefinite(t.lower_)} {t.lower_} into {what}"))


VOTERS = {"vote", "ballot"}


@detector("vote")
def _vote(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A vote still to be held on something named: "MPs will vote on the bill next week" / "Members are due to vote on
    the offer on Friday" -> "How will MPs vote on the bill?"."""
    b = sx.b
    if t.lemma_.lower() not in VOTERS or t.pos_ != "VERB" or _negated(t) or not (_future(t) or _timed(t) and t.tag_ == "VBG"):
        return
    s = _subject(t)
    obj = _prep_object(t, ("on", "over"))
    if s is None or obj is None or s.lower_ in FIRST_SECOND | PRONOUNS - {"they"}:
        return
    who = _name(b, s)
    what = b.np_text(obj)
    if not who or not what or len(what.split()) > 10 or BARE_PRONOUN.search(what + " " + who) or len(who.split()) > 6:
        return
    later = _later_text(sx)
    if re.search(r"\bvoted (?:for|against|to)\b", later):
        return
    yield Matter("vote", _finish(f"How will {who} vote on {what}"))


PLAN_VERBS = {"plan", "propose", "intend", "aim", "seek", "threaten"}  # not "hope", "want": wishes
OPPOSED = CONTESTED | {"fight", "challenge", "condemn", "angry", "anger", "furious", "outrage", "protest", "oppose",
                       "resist", "block", "veto", "scrap"}


@detector("plan-opposed")
def _plan_opposed(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A step someone plans that another side opposes, in the same sentence or the next: "The firm plans to close its
    Leeds factory, but the union says it will fight the move" -> "Will the firm go ahead with plans to close its Leeds
    factory?". A plan nobody opposes is a stated schedule, not an open matter."""
    b = sx.b
    if t.lemma_.lower() not in PLAN_VERBS or t.pos_ != "VERB" or _negated(t) or t.dep_ not in ("ROOT", "ccomp", "conj"):
        return
    act = next((c for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VB" and not _negated(c) and
                any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
    s = _subject(t)
    if act is None or s is None or s.pos_ == "PRON" or act.lemma_.lower() in ("be", "have", "do", "make", "get"):
        return  # (a pronoun's owner is too often someone else in these sentences: the plan is asked only of a name)
    act_ids = {x.i for x in act.subtree}
    nxt = sx.ctx.sents[sx.n + 1][2] if sx.n + 1 < len(sx.ctx.sents) else []
    if not any(x.lemma_.lower() in OPPOSED for x in list(sx.sent) + list(nxt) if x.i not in act_ids):
        return
    toks = sorted(act.subtree, key=lambda x: x.i)
    cut = next((x.i for x in toks if x.text in (",", ";", ":", "(") or _q()._dash(x) or
                (x.dep_ == "cc" and x.head.i == act.i)), None)
    toks = [x for x in toks if cut is None or x.i < cut]
    if not toks or toks[-1].i - toks[0].i + 1 != len(toks) or toks[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART"):
        return
    if any(_q()._money(x) for x in toks):
        return  # "plans to raise £250,000": the stated figure, asked back
    who = _name(b, s)
    keep = {x.i: x.text for x in toks if x.tag_ == "PRP$" and x.lower_ in ("his", "her", "its", "their")}
    what = b.render(toks, overrides=keep)
    if not who or not what or len(what.split()) > 14 or len(who.split()) > 7 or BARE_PRONOUN.search(who):
        return
    if BARE_PRONOUN.search(re.sub(r"\b(?:his|her|their)\b", "", what)):
        return
    yield Matter("plan-opposed", _finish(f"Will {who} go ahead with plans {what}"), own_pronoun=bool(keep))


PILOTS = {"trial", "pilot", "test", "experiment"}
COURT_WORDS = re.compile(r"\b(?:court|jury|judge|prosecut\w*|defendant|charged|accused|verdict)\b", re.I)


@detector("pilot")
def _pilot(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A trial run of something that starts now or soon: "Limited trials of the new device will begin this month in two
    villages" -> "Will the trials of the new device succeed?". Not a court trial (no court, charge or jury in the
    story)."""
    b = sx.b
    if t.lemma_.lower() not in PILOTS or t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass"):
        return
    v = t.head
    if v.lemma_.lower() not in ("begin", "start", "run", "launch", "go", "get", "take", "continue") or _negated(v) or \
            not (_future(v) or v.tag_ in ("VBZ", "VBP", "VBG")):
        return
    if COURT_WORDS.search(sx.ctx.parsed.article.text):
        return
    obj = _prep_object(t, ("of",))
    what = b.np_text(obj) if obj is not None else None
    if not what or len(what.split()) > 8 or BARE_PRONOUN.search(what):
        return
    noun = t.text.lower()
    yield Matter("pilot", _finish(f"Will the {noun} of {what} succeed"))


PLEDGES = {"vow", "pledge", "promise", "decide", "set", "plan", "aim", "hope", "want", "agree", "volunteer", "sign"}
MONEY_NOUNS = {"money", "fund", "funds", "cash", "sum", "amount", "donation", "donations"}
RAISED = re.compile(r"\b(?:raised|has raised|have raised|collected|totalled|totaled)\b[^.]{0,40}?[£$€]\s?\d", re.I)


@detector("fundraise")
def _fundraise(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Money being raised for a cause, with no total told: "The pair vowed to wear fancy dress for 40 days to
    fundraise for the Harbour Hospice" / "She is cycling across Spain to raise money for a cancer charity" -> "How
    much money will the pair raise for the Harbour Hospice?". Not when a target or a total is stated (asked back, the
    figure is only echoed)."""
    b = sx.b
    lem = t.lemma_.lower()
    if lem not in ("raise", "fundraise") or t.pos_ != "VERB" or _negated(t) or t.tag_ not in ("VB", "VBG"):
        return
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if lem == "raise" and (obj is None or obj.lemma_.lower() not in MONEY_NOUNS):
        return  # "raise questions", "raise prices": no money for a cause
    cause = _prep_object(t, ("for",))
    if cause is None or any(_q()._money(x) for x in sx.sent) or RAISED.search(sx.ctx.parsed.article.text):
        return
    if cause.ent_type_ in ("NORP", "PERSON") or cause.lemma_.lower() in ("campaign", "party", "election", "candidate"):
        return  # "raise money for Democrats": campaign funds, not a cause with a total to wait for
    s, v = None, t
    while s is None and v.dep_ in ("xcomp", "advcl", "conj", "ccomp") and v.head.i != v.i:
        v = v.head
        if v.tag_ == "VBD" and v.lemma_.lower() not in PLEDGES:
            return  # "the disco he organised to raise money": a past event, its money raised
        s = _q()._subject(v)
    s = s or _q()._subject(t)
    if s is None or s.lower_ in FIRST_SECOND or s.pos_ == "PRON" and s.lower_ not in ("he", "she"):
        return
    who = _name(b, s, person=s.lower_ in ("he", "she"))
    what = b.render(sorted(cause.subtree, key=lambda x: x.i))
    if not who or not what or len(what.split()) > 8 or len(who.split()) > 8 or BARE_PRONOUN.search(who + " " + what):
        return
    q = _finish(f"How much money will {who} raise for {what}")
    if q and not BARE_PRONOUN.search(q):
        yield Matter("fundraise", q)


DECISIONS = {"decision", "ruling", "verdict", "judgment", "judgement", "outcome", "result"}


@detector("decision-due")
def _decision_due(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A decision the story says is expected or due, on something named: "A decision on the planning application is
    expected next month" / "The ruling on the merger is due on Friday" -> "What will the decision on the planning
    application be?". Not when a later sentence tells it."""
    b = sx.b
    if t.lemma_.lower() not in DECISIONS or t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass"):
        return
    h = t.head
    due = (h.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in h.children)) or \
        (h.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("due", "expected", "imminent", "pending")
                                  for c in h.children))
    if not due or _negated(h):
        return
    obj = _prep_object(t, ("on", "in", "of", "over", "about"))
    what = b.np_text(obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
    if not what or len(what.split()) > 10 or BARE_PRONOUN.search(what):
        return
    if re.search(r"\b(?:decided|ruled|rejected|approved|granted|refused|turned down|gave the go-ahead)\b", _later_text(sx)):
        return
    yield Matter("decision-due", _finish(f"What will the {t.lower_} {obj.head.lower_} {what} be"))


GIVE_DECISION = {"give", "deliver", "announce", "hand", "issue", "reach", "publish", "reveal", "make"}
DUE_GOVERNORS = {"expect", "due", "set", "schedule"}


@detector("decision-due")
def _decision_to_give(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A decision a named body is to give: "The tribunal is expected to give its verdict next week" / "The panel will
    deliver its ruling on the merger on Friday" -> "What will the tribunal's verdict be?", "What will the panel's ruling
    on the merger be?". Only a decision still to come ("will", "is expected/due/set to"), not "has yet to make a
    decision" (a step not taken: asked by what is weighed), and not when a later sentence tells it."""
    b = sx.b
    if t.lemma_.lower() not in DECISIONS or t.pos_ != "NOUN" or t.dep_ != "dobj":
        return
    v = t.head
    if v.lemma_.lower() not in GIVE_DECISION or _negated(v) or \
            not any(d.dep_ in ("poss", "det") and d.lower_ in ("its", "their", "a") for d in t.children):
        return
    g = v.head if v.dep_ == "xcomp" else None
    ahead = any(a.lower_ in FUTURE_AUX for a in v.children if a.dep_ == "aux") or (
        g is not None and g.lemma_.lower() in DUE_GOVERNORS and not _negated(g) and g.tag_ != "VBD" and
        not any(a.lower_ in ("was", "were") for a in g.children if a.dep_ in ("aux", "auxpass")))
    if not ahead:
        return
    s = _subject(v) or (_subject(g) if g is not None else None)
    if s is None or s.pos_ not in ("NOUN", "PROPN") or s.lower_ in FIRST_SECOND:
        return
    who = _name(b, s)
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 6:
        return
    obj = _prep_object(t, ("on", "over", "about"))
    if obj is None:  # "will give its ruling on the drug", the "on" hung on the verb right after the noun
        prep = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "about") and
                     c.i == t.i + 1), None)
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
    what = b.np_text(obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN") and \
        obj.ent_type_ not in ("DATE", "TIME") else None  # (not "its verdict on Friday")
    if what and (len(what.split()) > 8 or BARE_PRONOUN.search(what)):
        return
    if re.search(r"\b(?:decided|ruled|rejected|approved|granted|refused|turned down|cleared|banned|found (?:him|her|them) "
                 r"guilty)\b", _later_text(sx)):
        return
    on = f" {obj.head.lower_} {what}" if what else ""
    yield Matter("decision-due", _finish(f"What will {possessive(who)} {t.lower_}{on} be"))


WARNED_OF = {"warn", "caution", "fear"}
OPEN_ENDED = {"danger", "dangers", "risk", "risks", "threat", "consequence", "consequences", "impact", "effect",
              "effects", "possibility", "prospect"}  # "warned of the dangers of X": the "of" phrase is the matter


@detector("warned-of")
def _warned_of(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A consequence someone warns of, named as a noun: "The union warned of further job losses at the plant" -> "Will
    there be further job losses at the plant, as the union warns?". Only a bare or indefinite noun (not "the
    dangers of X", which the sentence's own clause asks better)."""
    b = sx.b
    if t.lemma_.lower() not in WARNED_OF or t.pos_ != "VERB" or _negated(t) or t.dep_ not in ("ROOT", "conj", "ccomp"):
        return
    top = t
    while top.dep_ == "conj":
        top = top.head
    if top.dep_ not in ("ROOT", "ccomp") or t is not top and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
            and any(x.dep_ == "relcl" for x in t.doc[top.i + 1:t.i]):
        # "apps that help people find shelters, and warn of severe weather": what a thing does, no one's warning
        # (a subjectless "and warn" after a relative clause may belong to it, whatever the parse says)
        return
    obj = _prep_object(t, ("of",))
    if obj is None or obj.pos_ != "NOUN" or obj.lower_ in OPEN_ENDED or \
            any(c.dep_ in ("relcl", "acl") for c in obj.children) or \
            any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "more", "further") for c in obj.children):
        return
    s = _subject(t)
    if s is None or s.pos_ == "PRON" or s.lower_ in FIRST_SECOND:
        return
    who = _name(b, s)
    toks = sorted(obj.subtree, key=lambda x: x.i)
    cut = next((x.i for x in toks if x.text in (",", ";", ":", "(") or x.dep_ in ("relcl", "acl")), None)
    toks = [x for x in toks if cut is None or x.i < cut]
    what = b.render(toks)
    if not who or not what or len(what.split()) > 10 or len(who.split()) > 7 or BARE_PRONOUN.search(who + " " + what):
        return
    verb = {"warn": "warn", "caution": "warn", "fear": "fear"}[t.lemma_.lower()]
    verb = verb if _q()._plural(s) else verb + "s"
    yield Matter("warned-of", _finish(f"Will there be {what}, as {who} {verb}"), _finish(f"Will there be {what}"))


THREAT_HEADS = {"threaten", "consider", "plan", "intend", "vow", "warn"}  # "threatened to sue", "is considering suing"
HEDGES = {"may", "might", "could", "will", "'ll", "would"}


def _sue_verb(t: "Token") -> bool:
    """``t`` is "sue" or the verb of "take legal action"."""
    return t.lemma_.lower() == "sue" or t.lemma_.lower() in ("take", "launch", "bring") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("action", "proceedings") and
        any(m.lower_ == "legal" for m in c.children) for c in t.children)


@detector("legal-threat")
def _legal_threat(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Legal action someone threatens or weighs but has not taken: "Northair may sue the port authority for damages"
    / "Tom Hale has threatened to sue the paper" / "The club is considering legal action" -> "Will Northair sue the
    port authority for damages?". Not once the story says the action was filed, nor a condition ("would sue if")."""
    b = sx.b
    if t.pos_ == "VERB" and t.lemma_.lower() in ("consider", "threaten", "weigh") and not _negated(t) and \
            t.tag_ in ("VBZ", "VBP", "VBG", "VBN"):
        act = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() == "action" and
                    any(m.lower_ == "legal" for m in c.children)), None)
        s = _subject(t)
        who = _named_owner(b, s) if act is not None and not any(
            a.lower_ in ("was", "were", "had") for a in t.children if a.dep_ == "aux") else None
        if who is None or re.search(r"\b(?:sued|filed|took legal action|launched legal action)\b", _later_text(sx)):
            return
        against = next((c for c in act.children if c.dep_ == "prep" and c.lower_ in ("against", "over")), None)
        what = b.render(sorted(against.subtree, key=lambda x: x.i)) if against is not None else ""
        if what and (len(what.split()) > 10 or BARE_PRONOUN.search(what)):
            what = ""
        yield Matter("legal-threat", _finish(f"Will {who} take legal action", what))
        return
    if t.pos_ != "VERB" or not _sue_verb(t) or _negated(t):
        return
    auxes = {a.lower_ for a in t.children if a.dep_ == "aux"}
    head = t.head
    if auxes & HEDGES and t.tag_ == "VB":
        gov = t
    elif t.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in THREAT_HEADS and not _negated(head) and \
            (head.lemma_.lower() != "consider" or t.tag_ == "VBG"):
        gov = head
    else:
        return
    if "would" in auxes | {a.lower_ for a in gov.children if a.dep_ == "aux"} or \
            any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in (t, gov)
                for c in c.children):
        return  # "would sue if the deal collapses": a condition, not a step
    if _q()._reporting_head(gov) is not None and gov is t and "will" not in auxes:
        return  # "X said it might sue": asked by the forecast rules with their source
    s = _subject(gov) or _subject(t)
    if s is None or s.lower_ in FIRST_SECOND:
        return
    who = _named_owner(b, s)
    if who is None or re.search(r"\b(?:sued|filed (?:a |the )?(?:law)?suit|lodged (?:a |the )?(?:claim|complaint)|"
                                r"took legal action|launched legal action)\b", _later_text(sx)):
        return
    cut = next((x.i for x in t.subtree if x.i > t.i and x.lower_ in ("after", "because", "when", "as", "since",
                                                                     "following", "if", "unless")), None)
    # ("... for damages after the visit disrupted flights": why is the story's, the step is the question)
    drop = frozenset(x.i for x in t.subtree if cut is not None and x.i >= cut or x.dep_ == "advcl" and x.head.i == t.i
                     for x in ([x] + list(x.subtree)))
    q = b.question(t, subj=s, front="will", verb_text=t.lemma_.lower(), drop_aux=True, drop_ids=drop)
    if q and len(q.split()) <= 20:
        yield Matter("legal-threat", q, _finish(f"Will {who} sue" if t.lemma_.lower() == "sue" else
                                                f"Will {who} take legal action"))


NOMINATED = re.compile(r"\b(?:won|wins|winner|winners|picked up|scooped|went home with|took home|beat \w+ to|lost out)\b",
                       re.I)


@detector("nominee")
def _nominee(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A nomination for an award still to be given: "The Long Road has been nominated for best film" / "Ann Lee has
    been nominated in three categories, including best actress" -> "Will Ann Lee win best actress?". Not when the
    story tells who won (then the nomination is history)."""
    b = sx.b
    if t.lemma_.lower() != "nominate" or t.tag_ != "VBN" or _negated(t) or \
            not any(c.dep_ == "auxpass" for c in t.children) or \
            any(a.lower_ in ("was", "were", "had") for a in t.children if a.dep_ in ("aux", "auxpass")):
        return
    if NOMINATED.search(sx.ctx.parsed.article.text):
        return
    s = _subject(t)
    if s is None or s.lower_ in FIRST_SECOND or s.lower_ in ("who", "which", "that") or \
            any(c.dep_ == "conj" for c in s.children):
        return  # "A, B and C are nominated for best actress": which of them wins is the matter, not whether each does
    who = _named_owner(b, s)
    pobj = _prep_object(t, ("for", "in"))
    if who is None or pobj is None:
        return
    incl = next((o for x in pobj.subtree if x.lower_ == "including" for o in x.children if o.dep_ == "pobj"), None)
    if incl is not None and incl.lemma_.lower() == "nomination":
        incl = _prep_object(incl, ("for",))  # "including a nod for best debut album"
    if incl is not None and any(c.dep_ == "conj" for c in incl.children):
        return  # "including best film and best actor": more than one prize, each for someone else
    prize = incl
    if prize is None:
        if pobj.tag_ == "NNS" or any(c.dep_ == "nummod" for c in pobj.children):
            return  # "nominated for three awards": which ones the story does not say here
        prize = pobj
    toks = sorted((x for x in prize.subtree if not any(a.dep_ in ("cc", "conj", "acl", "relcl") and a.i in
                                                        {y.i for y in prize.subtree} and a.head.i == prize.i
                                                        for a in [x] + list(x.ancestors)
                                                        if a.i != prize.i)), key=lambda x: x.i)
    toks = [x for x in toks if x.i <= prize.i or x.dep_ in ("prep", "pobj", "compound", "amod", "det")]
    what = b.render(toks)
    if not what or len(what.split()) > 8 or BARE_PRONOUN.search(what):
        return
    yield Matter("nominee", _finish(f"Will {who} win {what}"))


PRIZE_WORDS = {"best", "award", "prize", "trophy", "medal", "title", "oscar", "grammy", "bafta", "emmy"}


@detector("nominee")
def _up_for(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A contender "up for" a prize still to be given: "Ann Lee is up for the best director award for The Long Road,
    alongside Tom Hale" / "The Long Road is also up for best musical at the ceremony" -> "Will Ann Lee win the best
    director award?". Not several named together ("A and B are up for best song": which of them, or both), not an
    unnamed "up for awards", not when the story tells who won."""
    b = sx.b
    if t.lower_ != "up" or t.dep_ not in ("advmod", "prep") or t.head.lemma_ != "be" or \
            t.head.tag_ not in ("VBZ", "VBP") or _negated(t.head):
        return
    be = t.head
    pfor = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None) or \
        next((c for c in be.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == t.i + 1), None)
    if pfor is None or NOMINATED.search(sx.ctx.parsed.article.text):
        return
    cut = {x.i for y in pfor.subtree if y.i != pfor.i and y.dep_ == "prep" for x in y.subtree}
    toks = [x for x in sorted(pfor.subtree, key=lambda x: x.i)[1:] if x.i not in cut and not x.is_punct]
    if not toks or not any(x.lower_ in PRIZE_WORDS for x in toks) or toks[-1].lower_ == "awards" or len(toks) > 6:
        return
    s = _subject(be)
    if s is None or any(c.dep_ == "conj" for c in s.children):
        return
    who = _named_owner(b, s)
    what = b.render(toks)
    if not who or not what or BARE_PRONOUN.search(what):
        return
    yield Matter("nominee", _finish(f"Will {who} win {what}"))


MOVE_NOUNS = {"move", "switch", "transfer"}
NOT_PEOPLE = {"ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "EVENT", "PRODUCT", "WORK_OF_ART"}
#: a player's position: a story that has one is about sport even with no match in it ("Edu has been linked with ...")
PLAYER_ROLES = re.compile(r"\b(?:midfielder|striker|defender|goalkeeper|keeper|winger|full-back|centre-back|fly-half|"
                          r"scrum-half|playmaker)s?\b", re.I)
#: a later word that tells a rumoured move settled one way or the other
MOVE_SETTLED = re.compile(r"\b(?:signed|signs|joined|joins|completed|appointed|unveiled|agreed terms|has agreed|"
                          r"have agreed|won the race|ruled out|rejected|turned down|pulled out)\b", re.I)


@detector("linked")
def _linked(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A move a sport story says someone is linked with: "Tom Hale has been linked with Rovers, City and Eastwick" / "He
    has been linked with a move to Rovers" -> "Will Tom Hale join Rovers, City or Eastwick?", "Will Tom Hale move to
    Rovers?"; "Rovers have been linked with Westby striker Tom Hale" -> "Will Rovers sign Tom Hale?". Only a link held
    now ("has been", "is being"), in a sport story, not in a quote, of a named player, and nothing when the sentence or
    a later one tells a signing, a move or a refusal."""
    b = sx.b
    if t.lemma_.lower() != "link" or t.tag_ != "VBN" or _negated(t) or sx.ctx.inside_quotes(t) or \
            not (_contest_story(sx) or PLAYER_ROLES.search(sx.ctx.parsed.article.text)):
        return
    auxes = {a.lower_ for a in t.children if a.dep_ in ("aux", "auxpass")}
    if not (auxes & {"has", "have", "'s", "'ve"} and "been" in auxes or "being" in auxes and auxes & {"is", "are"}) or \
            auxes & {"had", "to", "would", "could", "may", "might"}:
        return
    w = _prep_object(t, ("with",))
    s = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if s is not None and s.lower_ == "who" and t.dep_ == "relcl" and t.head.pos_ == "PROPN":
        s = t.head  # "Tom Hale, who has been linked with Rovers, ..."
    if w is None or s is None:
        return
    moved = w.lemma_.lower() in MOVE_NOUNS
    if moved:
        w = _prep_object(w, ("to",))  # "a move to Rovers" (not "a move for a player": which player, the parse loses)
        if w is None:
            return
    names: list[str] = []
    run: list["Token"] = []
    for x in [*sorted(w.subtree, key=lambda x: x.i), None]:
        if x is not None and x.pos_ == "PROPN":
            run.append(x)
            continue
        if run:
            names.append(b.render(run))
            run = []
    person = s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") or s.lemma_.lower() in lex.PERSON_NOUNS
    who = _named_owner(b, s) if not person else _name(b, s, person=True)
    if who and s.lower_ in ("he", "she"):
        near = [x for x in t.doc[t.sent.start:s.i] if x.pos_ == "PROPN" and x.ent_type_ not in NOT_PEOPLE] or \
            ([x for x in sx.ctx.sents[sx.n - 1][2] if x.pos_ == "PROPN" and x.ent_type_ not in NOT_PEOPLE]
             if sx.n else [])
        if not near or near[-1].text not in who.replace("'s", "").split():
            return  # "he" read as someone other than the name just before it: whose move is unsure
    if not who or not names or len(names) > 3 or any(not n for n in names) or BARE_PRONOUN.search(" ".join(names)):
        return
    keys = {who.split()[-1].removesuffix("'s")} | {n.split()[-1] for n in names}
    rest = [t.doc[t.i:t.sent.end].text] + [sp.text for _, _, sp, _ in sx.ctx.sents[sx.n + 1:]]
    if any(MOVE_SETTLED.search(r) and any(re.search(rf"\b{re.escape(k)}\b", r) for k in keys) for r in rest):
        return  # "... but Wolves have won the race", "Hale signed for City on Monday"
    if person or moved:
        if w.ent_type_ == "PERSON" and not moved:
            return  # a person linked with a person: a partner or a rival, no move
        if who.split()[0].lower() in ("the", "a", "an"):
            return  # "the Real Madrid striker": a player the story leaves unnamed here
        where = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        yield Matter("linked", _finish(f"Will {who} {'move to' if moved else 'join'} {where}"))
    elif w.ent_type_ == "PERSON" and not any(c.dep_ == "conj" for c in w.children):
        # "Eastwick striker Tom Hale": the player's name only
        name = b.render([x for x in w.subtree if x.pos_ == "PROPN" and x.ent_type_ == "PERSON"])
        if name and len(name.split()) >= 2:
            yield Matter("linked", _finish(f"Will {who} sign {name}"))


AIM_HEADS = {"aim", "target"}  # "X aims to double sales by 2010"; not "hope", "want": wishes, not a stated target
TARGET_NOUNS = {"target", "goal", "aim"}
YEAR = re.compile(r"(?:19|20)\d\d")


def _by_year(v: "Token") -> bool:
    """``v``'s clause sets a year to meet: "by 2010", "by the end of 2008"."""
    for p in (x for x in v.subtree if x.lower_ == "by" and x.dep_ == "prep"):
        if any(YEAR.fullmatch(y.text) for y in p.subtree):
            return True
    return False


def _named_owner(b: "_Builder", s: "Token | None") -> str | None:
    """How a question names the owner of a target: a name the reader knows (a resolved pronoun, a proper name),
    never a bare description ("the firm")."""
    if s is None or s.lower_ in FIRST_SECOND:
        return None
    who = _name(b, s, person=s.lower_ in ("he", "she"))
    if not who or len(who.split()) > 7 or BARE_PRONOUN.search(who) or not any(w[:1].isupper() for w in who.split()):
        return None
    return who


@detector("dated-aim")
def _dated_aim(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A target someone has set for a year still to come: "Lee Motors aims to double its sales in Asia by 2010" ->
    "Will Lee Motors double its sales in Asia by 2010?"; "The union set itself the target of signing up a million
    members by 2012" / "the council's target of recycling half its waste by 2010" -> "Will the union meet its target
    of signing up a million members by 2012?". Not a target the story says was met, missed or dropped."""
    b = sx.b
    if t.tag_ == "VB" and t.dep_ == "xcomp" and t.head.lemma_.lower() in AIM_HEADS and t.head.pos_ == "VERB" and \
            any(a.lower_ == "to" for a in t.children if a.dep_ == "aux") and not _negated(t) and not _negated(t.head):
        head = t.head
        if head.tag_ in ("VBD", "VBN") or any(a.lower_ in ("was", "were", "had", "would", "could") for a in head.children
                                              if a.dep_ in ("aux", "auxpass")):
            return  # "it had aimed to": a past aim, how it went is for the story to tell
        if not _by_year(t) or _q()._reporting_head(head) is not None:
            return
        s = _subject(head)
        who = _named_owner(b, s)
        if who is None:
            return
        gender = sx.ctx.names.gender(who) if len(who.split()) >= 2 else None
        own = {"m": {"his"}, "f": {"her"}}.get(gender or "", {"its", "their"} if s.ent_type_ in ("ORG", "GPE", "NORP")
                                                 or s.pos_ == "PROPN" and s.ent_type_ != "PERSON" else set())
        keep = {x.i: x.text for x in t.subtree if x.tag_ == "PRP$" and x.lower_ in own}
        q = b.question(t, subj=s, front="will", verb_text=t.lemma_.lower(), drop_aux=True) if not keep else None
        if q is None:
            rest = [x for x in t.subtree if x.i > t.i]
            tail = b.render(rest, overrides=keep)
            if tail and len(tail.split()) <= 16 and not BARE_PRONOUN.search(re.sub(r"\b(?:his|her|their)\b", "", tail)):
                q = _finish(f"Will {who} {t.lemma_.lower()} {tail}")
        if q and len(q.split()) <= 24 and not _target_settled(sx):
            yield Matter("dated-aim", q, own_pronoun=bool(keep))
        return
    if t.lemma_.lower() not in TARGET_NOUNS or t.pos_ != "NOUN":
        return
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    aim = next((c for c in of.children if c.dep_ in ("pcomp", "pobj")), None) if of is not None else None
    if aim is None or not _by_year(aim) and not _by_year(t):
        return
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is None and t.dep_ == "dobj" and t.head.lemma_.lower() in ("set", "adopt", "have", "announce", "agree"):
        owner = _subject(t.head)
        if t.head.lemma_.lower() == "have" and t.head.tag_ == "VBD":
            return
    if owner is None or owner.lower_ in ("its", "their", "his", "her"):
        return
    who = _named_owner(b, owner)
    if who is None:
        return
    rest = sorted((x for x in of.subtree if x.i > of.i), key=lambda x: x.i)
    cut = next((x.i for x in rest if x.text in (",", ";", ":", "(") or _q()._dash(x)), None)
    rest = [x for x in rest if cut is None or x.i < cut]
    what = b.render(rest)
    if not what or len(what.split()) > 14 or BARE_PRONOUN.search(what) or rest[-1].pos_ in ("ADP", "DET", "CCONJ"):
        return
    pron = "their" if _q()._plural(owner) else "its"
    if owner.ent_type_ == "PERSON" or owner.lower_ in ("he", "she"):
        gender = sx.ctx.names.gender(who) if len(who.split()) >= 2 else None
        pron = {"m": "his", "f": "her"}.get(gender or "", "")
        if not pron:
            return
    if not _target_settled(sx):
        yield Matter("dated-aim", _finish(f"Will {who} meet {pron} {t.lower_} of {what}"), own_pronoun=True)


TARGET_SETTLED = re.compile(r"\b(?:met|missed|achieved|reached|hit|abandoned|dropped|scrapped) (?:the|its|their|this|"
                            r"that) (?:\w+ )?(?:target|goal|aim)\b", re.I)


def _target_settled(sx: "_Sentence") -> bool:
    """The story says a target was met, missed or dropped. (Searched only once a target is found: the whole text,
    searched for every token, cost a sixth of the questions stage.)"""
    return TARGET_SETTLED.search(sx.ctx.parsed.article.text) is not None


#: words of a figure that is not the forecaster's own ("economic growth", "average growth across the region")
OTHERS_FIGURES = {"economic", "economy", "global", "world", "industry", "market", "sector", "average", "national",
                  "regional", "across"}


@detector("forecast")
def _forecast(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A forecast a company or body gives of its own figures: "For 2006, Acme is projecting operating earnings growth
    of around 5%" / "Lee Motors now forecasts 2006 revenue of $4bn" / "has forecast sales growth of 10%" -> "Will Acme
    meet its forecast of operating earnings growth of around 5% for 2006?". Only a forecast held now (present or
    perfect, not "had expected"), with a figure, not in a quote, of the party's own figures (not "economic growth
    across the region", not a bare "growth" of 2%, the economy's), by a named party (not a person: an analyst's
    forecast is of someone else's figures)."""
    b = sx.b
    if t.lemma_.lower() not in lex.FORECAST_VERBS or t.pos_ != "VERB" or _negated(t):
        return
    auxes = {a.lower_ for a in t.children if a.dep_ in ("aux", "auxpass")}
    if not (t.tag_ in ("VBZ", "VBP") and not auxes or
            t.tag_ == "VBG" and auxes and auxes <= {"is", "are", "'s", "'re"} or
            t.tag_ == "VBN" and auxes and auxes <= {"has", "have", "'s", "'ve"}):
        return  # ("forecast", "had forecast", "was expecting": a forecast the story may have moved on from)
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in lex.FORECAST_FIGURES or sx.ctx.inside_quotes(t):
        return
    if obj.lower_ == "growth" and not any(c.dep_ == "compound" and c.lower_ in lex.FORECAST_FIGURES
                                          for c in obj.children):
        return  # a bank's or a body's "growth of 2%" is the economy's; "earnings growth" is the party's own
    cut = {x.i for c in obj.children if c.dep_ in ("cc", "conj") for x in c.subtree}  # "... and earnings of $1 a share"
    figure = sorted((x for x in obj.subtree if x.i not in cut), key=lambda x: x.i)
    if not any(x.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or x.like_num and x.i > obj.i for x in figure) or \
            any(x.lower_ in OTHERS_FIGURES for x in figure):
        return
    s = _subject(t)
    if s is None or s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "they") or _q()._one_person(s):
        return
    who = _named_owner(b, s)
    what = b.render(figure)
    if who is not None and not re.search(rf"\b{re.escape(who)}\b(?![-‐])", sx.ctx.parsed.article.text):
        who = None  # "Wal" for "Wal-Mart": a name cut at its hyphen
    if who is None or not what or len(what.split()) > 12 or BARE_PRONOUN.search(what):
        return
    when = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "in") and
                 any(o.ent_type_ == "DATE" for o in c.children if o.dep_ == "pobj")), None)
    date = f" {when.lower_} {b.render(sorted(when.subtree, key=lambda x: x.i)[1:])}" if when is not None else ""
    span = next((c for c in t.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"), None) if not date else None
    date = f" {b.render(sorted(span.subtree, key=lambda x: x.i))}" if span is not None else date  # "this year"
    yield Matter("forecast", _finish(f"Will {who} meet its forecast of {what}{date}"))  # (a named party: one body)


#: an auction's result told: the lot sold, or failed to sell
AUCTION_TOLD = re.compile(r"\b(?:fetched|sold for|went for|was sold|were sold|failed to sell|went unsold|"
                          r"winning bid|was bought|were bought)\b", re.I)


@detector("auction")
def _auction(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A lot valued ahead of its sale: "A guitar owned by Ann Lee is expected to fetch up to $1m at an auction next
    month" / "The collection could fetch up to £9m when it is auctioned in June" -> "Will a guitar owned by Ann Lee
    fetch up to $1m at auction?". Only with a sum and the auction still ahead (not when the story tells the sale)."""
    b = sx.b
    if t.lemma_.lower() != "fetch" or _negated(t) or sx.ctx.inside_quotes(t):
        return
    head = t.head if t.dep_ == "xcomp" else None
    if not (any(a.lower_ in ("could", "may", "might", "will", "should") for a in t.children if a.dep_ == "aux") or
            head is not None and head.lemma_.lower() in ("expect", "set", "likely", "tip") and
            not any(a.lower_ in ("was", "were", "had") for a in head.children if a.dep_ in ("aux", "auxpass"))):
        return
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or not any(x.ent_type_ == "MONEY" for x in obj.subtree):
        return
    if not re.search(r"\bauction|\bunder the hammer\b", sx.sent.text, re.I) or AUCTION_TOLD.search(sx.ctx.parsed.article.text):
        return
    s = _subject(t) or (_subject(head) if head is not None else None)
    if s is None or s.lower_ in PRONOUNS | FIRST_SECOND | POINTERS:
        return
    who = _name(b, s, compact=False)
    v = head if head is not None else t
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) == 2 and subjects[1].ent_type_ == "PERSON" and subjects[1].i < v.i:
        # "A guitar belonging to singer Ann Lee is expected to fetch": the name split off as a second subject
        span = t.doc[subjects[0].left_edge.i:subjects[1].right_edge.i + 1]
        who = span.text[:1].lower() + span.text[1:] if span[0].lower_ in ("a", "an", "the") else span.text
    money = next((e for e in t.doc.ents if e.label_ == "MONEY" and e.start <= obj.i < e.end), None)
    end = max([y.i + 1 for y in obj.subtree] + ([money.end] if money is not None else []))
    figure = t.doc[t.i + 1:end].text.split(" (")[0].strip()  # "up to £9m ($17m)": the first currency
    if not who or not figure or len(who.split()) > 10 or len(figure.split()) > 6:
        return
    yield Matter("auction", _finish(f"Will {who} fetch {figure} at auction"))


WITNESS_NOUNS = {"witness", "witnesses", "information", "help", "anyone"}


@detector("police-appeal")
def _police_appeal(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """Police still looking for whoever did something: "Police are appealing for witnesses to the attack" -> "Will
    anyone be arrested over the attack?". Not when the story tells of an arrest or a charge."""
    b = sx.b
    if t.lemma_.lower() != "appeal" or t.pos_ != "VERB" or _negated(t):
        return
    s = _subject(t)
    if s is None or s.lemma_.lower() not in ("police", "detective", "officer", "force"):
        return
    obj = _prep_object(t, ("for",))
    if obj is None or obj.lower_ not in WITNESS_NOUNS:
        return
    to = next((c for c in list(obj.children) + list(t.children)
               if c.dep_ == "prep" and c.lower_ in ("to", "about", "after", "on") and c.i > obj.i), None)
    event = next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None
    what = b.np_text(event, compact=True) if event is not None and event.pos_ == "NOUN" else None
    if not what or len(what.split()) > 8 or BARE_PRONOUN.search(what):
        return
    if re.search(r"\b(?:arrested|charged|detained|held|in custody|handed (?:himself|herself) in)\b",
                 sx.ctx.parsed.article.text):
        return
    yield Matter("police-appeal", _finish(f"Will anyone be arrested over {what}"))


PROPOSALS = {"bid", "offer", "approach", "proposal", "application", "request", "plan", "settlement", "deal",
             "agreement", "package", "motion", "amendment", "scheme", "merger", "takeover"}
ACCEPT_ONLY = {"bid", "offer", "approach", "proposal", "settlement", "deal", "agreement", "package"}  # "accept"
MEASURES = {"bill", "law", "treaty", "budget", "reform", "constitution", "amnesty", "resolution", "proposals"}
PUT_BY_OTHERS = {"bid", "offer", "approach", "proposal", "application", "request", "settlement"}
MADE_VERBS = {"make", "table", "submit", "lodge", "launch", "put", "present", "file", "send"}
WEIGH_VERBS = {"consider", "examine", "review", "study", "weigh", "assess", "mull", "scrutinise", "scrutinize"}
APPROVE_VERBS = {"approve", "back", "endorse", "ratify", "accept", "support", "sanction"}
ASK_VERBS = {"ask", "urge", "call", "invite", "press"}
PAST_WHEN = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last year|years ago|in the past)\b", re.I)


DECIDERS = {"regulator", "watchdog", "council", "court", "courts", "judge", "board", "shareholder", "investor", "member",
            "creditor", "government", "authority", "commission", "committee", "minister", "parliament", "congress",
            "senate", "assembly", "tribunal", "panel", "union", "club", "owner", "voter", "mp", "cabinet",
            "executive", "department", "agency", "secretary", "president", "chairman", "fan"}


def _none_yet(v: "Token", obj: "Token") -> bool:
    """Nothing put yet: "Neither has tabled a formal bid", "No offer has been made"."""
    return any(x.lower_ in ("neither", "no", "nobody", "none") for x in list(obj.children) + [
        c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] + [
        y for c in v.children if c.dep_ in ("nsubj",) for y in c.children])


def _decided_in_story(sx: "_Sentence", noun: "Token") -> bool:
    """Some sentence of the story tells how a proposal of this kind went ("the bid was rejected", "members
    accepted the offer"): the matter is settled, or another one like it was and the question would mislead."""
    lem = noun.lemma_.lower()
    words = {lem, noun.lower_, lem + "s"}
    for _, _, sp, _ in sx.ctx.sents:
        low = {x.lower_ for x in sp} | {x.lemma_.lower() for x in sp}
        text = sp.text if lem not in ("settlement", "deal", "agreement") else re.sub(r"\bagreed\b", "", sp.text)
        if words & low and OUTCOME.search(text):
            return True
    return False


def _proposal_text(b: "_Builder", obj: "Token", owner: str | None) -> str | None:
    """The proposal's phrase (:func:`_proposal_phrase`), without its clause ("to suspend ...") when too long."""
    return _proposal_phrase(b, obj, owner) or _proposal_phrase(b, obj, owner, short=True)


def _proposal_phrase(b: "_Builder", obj: "Token", owner: str | None, short: bool = False) -> str | None:
    """How a question names the proposal ``obj``: its phrase, a possessive pronoun replaced by the named
    proposer ("its plan to buy Lee Holdings" -> "Acme's plan to buy Lee Holdings"), "a"/"an" -> "the"."""
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    keep: dict[int, str] = {}
    if poss is not None and poss.lower_ in PRONOUNS:
        if not owner:
            return None
        keep[poss.i] = possessive(owner)
    cut = ("relcl", "appos", "acl") if short else ("relcl", "appos")
    toks = sorted((x for x in obj.subtree if not any(a.i != obj.i and (a.dep_ in cut or a.text in (",", "(", "-"))
                                                       for a in [x] + [y for y in x.ancestors if y.i in
                                                                       {z.i for z in obj.subtree}])), key=lambda x: x.i)
    if not toks or toks[-1].i - toks[0].i + 1 != len(toks) or toks[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART"):
        return None
    what = b.render(toks, overrides=keep)
    if not what or len(what.split()) > 14 or BARE_PRONOUN.search(what.replace(keep.get(poss.i if poss is not None else -1, "\0"), "")):
        return None
    first = what.split()[0]
    if first in ("A", "An", "a", "an", "The"):
        what = "the" + what[len(first):]
    return what


def _decider(b: "_Builder", tok: "Token | None") -> str | None:
    """A decider the reader knows: a name, a resolved pronoun, or a body ("shareholders", "the regulator",
    "the council") the article binds; not "we"/"you"."""
    if tok is None or tok.lower_ in FIRST_SECOND or tok.lower_ in ("who", "which", "that"):
        return None
    who = _name(b, tok)
    if not who or len(who.split()) > 8 or BARE_PRONOUN.search(who):
        return None
    return who


def _settled_form(v: "Token") -> bool:
    """``v`` is told as done in a past the story has moved on from ("made a bid last year", "in 2001")."""
    return any(PAST_WHEN.search(x.text + " " + x.nbor(1).text if x.i + 1 < len(x.doc) else x.text)
               for x in v.subtree if x.ent_type_ == "DATE")


@detector("put-to")
def _put_to(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A proposal, offer, bid or plan put to a named decider that has not yet answered: "Lee Holdings has submitted
    its proposals to the regulator" -> "Will the regulator accept Lee Holdings' proposals?"; "Rovers have made a
    £5m bid for Tom Hale" -> "Will Rovers' bid for Tom Hale succeed?"; "Shareholders will be asked to approve the
    takeover" -> "Will shareholders approve the takeover?"; "The council is considering the application from Acme"
    -> "Will the council approve the application from Acme?"; "The offer will be put to members" -> "Will members
    accept the offer?". Not when the story tells how it (or one like it) went, nor for a past, settled step."""
    b = sx.b
    lem = t.lemma_.lower()
    if lem in APPROVALS and t.pos_ == "NOUN":
        yield from _awaiting_approval(sx, t)
        return
    if t.pos_ != "VERB" or _negated(t):
        return
    # (1) "X has made / tabled / submitted a bid for Y", "X has submitted proposals to Y"
    if lem in MADE_VERBS:
        if lem == "put" and not any(c.dep_ == "prt" and c.lower_ == "forward" for c in t.children):
            if not any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
                return
        passive = any(c.dep_ == "auxpass" for c in t.children)
        obj = next((c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if obj is None and not passive:
            # "have made a £5m bid for X": the small model can read the noun as a verb hung under "made"
            obj = next((c for c in t.children if c.dep_ in ("ccomp", "oprd") and c.lower_ in ("bid", "offer")), None)
        elif obj is not None and obj.pos_ != "NOUN":
            return
        if obj is None or obj.lemma_.lower() not in PROPOSALS and obj.lower_ not in PROPOSALS:
            return
        auxes = [a.lower_ for a in t.children if a.dep_ in ("aux", "auxpass")]
        if any(a in ("had", "would", "could", "might") for a in auxes) or _settled_form(t) or _none_yet(t, obj):
            return
        if t.tag_ not in ("VBD", "VBN", "VBZ", "VBP") and not _future(t):
            return
        if _decided_in_story(sx, obj):
            return
        to = next((o for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                   if o.dep_ == "pobj"), None)
        proposer = None if passive else _subject(t)
        who = _decider(b, proposer) if proposer is not None else None
        if to is not None and (who or passive):
            dec = _decider(b, to) if to.pos_ == "PROPN" or to.lemma_.lower() in DECIDERS else None
            what = _proposal_text(b, obj, who)
            if not dec or not what or (passive and obj.lemma_.lower() not in ACCEPT_ONLY | {"plan", "scheme"}):
                return
            if not passive and who and not what.startswith(who):
                what = re.sub(r"^the ", f"{who}{chr(39) if who.endswith('s') else chr(39) + 's'} ", what) \
                    if not any(c.dep_ == "poss" for c in obj.children) else what
            verb = "accept" if obj.lemma_.lower() in ACCEPT_ONLY and not _prep_object(t, ("for",)) else "approve"
            yield Matter("put-to", _finish(f"Will {dec} {verb} {what}"))  # ("put to the courts for approval")
            return
        who = _named_owner(b, proposer) if proposer is not None else None
        if obj.lemma_.lower() not in ("bid", "offer", "approach") and obj.lower_ not in ("bid", "offer") or not who:
            return
        if not _future(t):
            return  # "has made a bid for X": the "action" detector asks it
        target = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                       if o.dep_ == "pobj"), None)
        if target is None:
            target = next((o for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                           if o.dep_ == "pobj"), None)
        if target is None or not any(x.pos_ == "PROPN" for x in target.subtree):
            return  # "a bid for the title": the thing bid for must be one the reader knows by name
        goal = _name(b, target, compact=True)
        if not goal or len(goal.split()) > 8 or BARE_PRONOUN.search(goal):
            return
        noun = obj.lemma_.lower() if obj.lemma_.lower() != "approach" else "bid"
        owner = possessive(who)
        yield Matter("put-to", _finish(f"Will {owner} {noun} for {goal} succeed"))
        return
    # (2) "X is considering / examining the offer from Y", "X has received an offer for Y"
    if lem == "receive" and t.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'s", "'ve") for a in t.children
                                                    if a.dep_ == "aux") and not _settled_form(t):
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        agent = _subject(t)
        if obj is None or agent is None or obj.lemma_.lower() not in ("bid", "offer", "approach", "proposal") or \
                _none_yet(t, obj) or _decided_in_story(sx, obj):
            return
        dec = _decider(b, agent)
        what = _proposal_text(b, obj, dec)
        if dec and what and any(w[:1].isupper() for w in (dec + " " + what).split()):
            yield Matter("put-to", _finish(f"Will {dec} accept {what}"))
        return
    if lem in WEIGH_VERBS:
        progressive = t.tag_ == "VBG" and any(a.lemma_ == "be" for a in t.children if a.dep_ == "aux")
        passive = t.tag_ == "VBN" and any(a.lower_ == "being" for a in t.children if a.dep_ == "auxpass")
        if not (progressive or passive or _future(t)):
            return
        if passive:
            obj = _subject(t)
            agent = next((o for c in t.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        else:
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            agent = _subject(t)
        if obj is None or agent is None or obj.lemma_.lower() not in PUT_BY_OTHERS or obj.pos_ != "NOUN":
            return  # ("X is considering a takeover", "... plans to": X's own step, not one put to it)
        if _decided_in_story(sx, obj):
            return
        dec = _decider(b, agent)
        what = _proposal_text(b, obj, dec)
        if not dec or not what:
            return
        if not any(w[:1].isupper() for w in (dec + " " + what).split()):
            return  # "the council is considering the application": whose, and which, the reader is not told
        verb = "accept" if obj.lemma_.lower() in ACCEPT_ONLY else "approve"
        yield Matter("put-to", _finish(f"Will {dec} {verb} {what}"))
        return
    # (3) "Shareholders will be asked to approve the takeover", "X has urged the parliament to approve Y"
    if lem in APPROVE_VERBS | {"vote"} and t.dep_ == "xcomp" and t.head.lemma_.lower() in ASK_VERBS and \
            any(a.lower_ == "to" for a in t.children if a.dep_ == "aux"):
        ask = t.head
        if _negated(ask) or ask.tag_ == "VBD" and not any(a.dep_ in ("aux", "auxpass") for a in ask.children):
            return
        if any(a.lower_ in ("had", "was", "were", "would", "could") for a in ask.children if a.dep_ in ("aux", "auxpass")):
            return
        passive = any(c.dep_ == "auxpass" for c in ask.children)
        if passive and not (_future(ask) or any(a.lower_ in ("being",) for a in ask.children)):
            return
        dtok = _subject(ask) if passive else next((c for c in ask.children if c.dep_ == "dobj"), None)
        asker = None if passive else _subject(ask)
        if asker is not None and asker.lower_ in ("which", "who", "that") and ask.dep_ == "relcl":
            asker = ask.head  # "Acme, which has asked the regulator to approve its plan"
        if lem == "vote":
            obj = _prep_object(t, ("on",))
        else:
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if dtok is None or obj is None or obj.pos_ != "NOUN" or _settled_form(ask):
            return
        if dtok.pos_ != "PROPN" and dtok.lemma_.lower() not in DECIDERS and dtok.lower_ not in ("they", "it"):
            return  # "urged people to ...": a call to the public, not a proposal put to a decider
        if lem in ("back", "support") and obj.lemma_.lower() not in PROPOSALS | MEASURES:
            return  # "urged fans to back the team": support, not a decision on a proposal
        if _decided_in_story(sx, obj):
            return
        dec = _decider(b, dtok)
        own = _decider(b, asker) if asker is not None else None
        what = _proposal_text(b, obj, own)
        if not dec or not what:
            return
        verb = "approve" if lem == "vote" else lem
        yield Matter("put-to", _finish(f"Will {dec} {verb} {what}"))


APPROVALS = {"approval", "consent", "clearance", "go-ahead", "permission", "backing", "endorsement", "ratification"}
AWAIT_VERBS = {"await", "need", "require", "seek"}


def _awaiting_approval(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """(4) of :func:`_put_to`: something still waiting on a named decider's approval: "The takeover is subject to
    approval by Lee Motors shareholders" / "The sale still needs the approval of the Competition Commission" / "is
    awaiting approval from the city council" -> "Will Lee Motors shareholders approve the takeover?"."""
    b = sx.b
    g = t.head
    if t.dep_ == "pobj" and g.lower_ == "to" and g.head.lower_ == "subject" and g.head.dep_ in ("acomp", "amod"):
        holder = g.head.head
        subj = _subject(holder) if g.head.dep_ == "acomp" else holder
    elif t.dep_ == "dobj" and g.lemma_.lower() in AWAIT_VERBS and g.pos_ == "VERB" and not _negated(g) and \
            (g.tag_ in ("VBZ", "VBP") or g.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'s", "'re") for a in
                                                                  g.children if a.dep_ == "aux") or _future(g)):
        holder, subj = g, _subject(g)
    else:
        return
    if subj is None or subj.pos_ != "NOUN" or _negated(holder) or _settled_form(holder):
        return  # (a person "needs the approval of" someone: what they need it for is another clause)
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in subj.children):
        return  # "Most EU legislation needs the approval of ...": a rule, not one proposal waiting
    dtok = next((o for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for o in c.children
                 if o.dep_ == "pobj"), None)
    if dtok is None:
        return
    appos = next((c for c in dtok.children if c.dep_ == "appos"), None)
    dtok = appos if appos is not None else dtok  # "its owner, the city government": the name
    if dtok.pos_ != "PROPN" and dtok.lemma_.lower() not in DECIDERS and \
            not any(x.pos_ == "PROPN" for x in dtok.subtree):
        return
    dec = _proposal_text(b, dtok, None)
    what = _proposal_text(b, subj, None)
    if not dec or not what or re.search(r"\b(?:its|their|his|her)\b", dec + " " + what) or len(dec.split()) > 9:
        return
    if not any(w[:1].isupper() for w in (dec + " " + what).split()):
        return  # "the deal needs the approval of the board": whose deal, which board, the reader is not told
    if _decided_in_story(sx, subj) or _decided_in_story(sx, t):
        return
    yield Matter("put-to", _finish(f"Will {dec} approve {what}"))


#: who gives an approval its modifier names ("regulatory approval", "shareholder consent")
APPROVER_WORDS = {"regulatory": "regulators", "regulator": "regulators", "antitrust": "antitrust regulators",
                  "shareholder": "shareholders", "investor": "investors", "creditor": "creditors", "member": "members",
                  "government": "the government", "congressional": "Congress", "parliamentary": "parliament",
                  "cabinet": "the cabinet", "ministerial": "ministers", "court": "the court", "judicial": "the courts"}
BODIES = {"regulator", "shareholder", "investor", "creditor", "member"}  # "the approval of regulators": as above
NEUTRAL_MODS = {"final", "full", "formal", "official", "further"}  # "final approval": from nobody named
GAIN_VERBS = {"receive", "gain", "win", "get", "secure", "obtain"}  # "has to win the consent of"
APPROVED_THINGS = PROPOSALS | MEASURES | {"sale", "purchase", "acquisition", "investment", "buyout", "tie-up",
                                         "appointment", "nomination", "project", "drug", "pact", "contract"}
GENERAL_DETS = {"any", "most", "all", "every", "each", "some", "no"}


def _approval_holder(t: "Token") -> "tuple[Token, Token | None] | None":
    """The clause an approval noun is still awaited in, and the thing awaiting it: "The deal is subject to
    approval", "the deal needs / still has to receive approval", "The deal, which requires approval"."""
    g = t.head
    if t.dep_ == "pobj" and g.lower_ == "to" and g.head.lower_ == "subject" and g.head.dep_ in ("acomp", "amod"):
        v = g.head.head
        if v.tag_ == "VBD" or any(a.lower_ in ("would", "could", "had") for a in v.children if a.dep_ == "aux"):
            return None  # "the deal was subject to approval": a past need
        return (v, _subject(v)) if g.head.dep_ == "acomp" else (v, v)
    if t.dep_ != "dobj" or g.pos_ != "VERB" or _negated(g):
        return None
    if g.lemma_.lower() in GAIN_VERBS and g.dep_ == "xcomp" and g.head.lemma_.lower() in ("have", "need") and \
            any(a.lower_ == "to" for a in g.children if a.dep_ == "aux"):
        v = g.head  # "has to receive", "will need to gain"
    elif g.lemma_.lower() in AWAIT_VERBS:
        v = g
    else:
        return None
    if _negated(v) or any(a.lower_ in ("would", "could", "might", "should", "had", "did")
                          for a in list(v.children) + list(g.children) if a.dep_ in ("aux", "auxpass")):
        return None
    if not (v.tag_ in ("VBZ", "VBP") or v.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'s", "'re")
                                                               for a in v.children if a.dep_ == "aux") or _future(v)):
        return None
    subj = _subject(v)
    if subj is not None and subj.lower_ in ("which", "that") and v.dep_ == "relcl":
        subj = v.head  # "The deal, which requires regulatory approval, ..."
    return v, subj


APPROVAL_TOLD = re.compile(r"\b(?:approv(?:ed|es)|ratified|cleared|blocked|vetoed|rejected|turned down|refused|"
                           r"granted|withdrawn|dropped|abandoned|scrapped|collapsed|completed|"
                           r"(?:gave|given|got|won) (?:its |their |the |final )?"
                           r"(?:approval|go-ahead|green light|blessing|consent))\b", re.I)
APPROVAL_TOLD_HERE = re.compile(r"\b(?:has|have|had|was|were) (?:already |now )?(?:been )?"
                                r"(?:approved|ratified|cleared)\b|"
                                r"\b(?:gave|given) (?:its |their |the )?(?:approval|go-ahead|green light)\b", re.I)


def _approval_told(sx: "_Sentence", thing: "Token") -> bool:
    """The story tells how the approval went: another sentence naming the thing or an approval tells an outcome
    ("Regulators cleared the takeover", "the deal was completed in May"), or this one a past one."""
    words = {thing.lemma_.lower()} | APPROVALS | APPROVED_THINGS | {"regulator", "shareholder"}
    for n, (_, _, sp, _) in enumerate(sx.ctx.sents):
        low = {x.lower_ for x in sp} | {x.lemma_.lower() for x in sp}
        if APPROVAL_TOLD_HERE.search(sp.text) if n == sx.n else words & low and APPROVAL_TOLD.search(sp.text):
            return True
    return False


@detector("approval-needed")
def _approval_needed(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A deal, plan or measure that still needs an approval the "put-to" detector cannot ask for want of a named
    decider: one its modifier names ("The takeover of Brill Foods is subject to regulatory approval" -> "Will
    regulators approve the takeover of Brill Foods?"; "Acme is seeking shareholder approval for the sale" -> "Will
    shareholders approve the sale?"), one after a verb or a body "put-to" leaves ("the merger still has to gain the
    consent of Lee Motors' investors", "The takeover needs the approval of regulators"), or none ("The
    merger still requires approval" -> "Will the merger be approved?"). Not when the story tells how it went, for
    a past or hypothetical need ("needed", "would need"), nor for a rule ("Any merger needs ...")."""
    b = sx.b
    if t.lemma_.lower() not in APPROVALS or t.pos_ != "NOUN" or t.lemma_.lower() == "backing":
        return
    found = _approval_holder(t)
    if found is None or any(True for _ in _awaiting_approval(sx, t)):
        return  # (a named decider's approval "put-to" asks already)
    holder, subj = found
    if _settled_form(holder):
        return
    thing = _prep_object(t, ("for", "of"))
    dtok = _prep_object(t, ("by", "from", "of"))
    if thing is not None and thing.lemma_.lower() in APPROVED_THINGS and thing.pos_ in ("NOUN", "PROPN"):
        subj, dtok = thing, None  # "seeking congressional approval of the trade pact"
    elif thing is not None and dtok is None:
        return  # "approval for its expansion": a clause too loose to ask
    if subj is None or subj.pos_ != "NOUN" and subj is not thing or subj.lemma_.lower() not in APPROVED_THINGS:
        return  # (a person "needs approval before they ...": what for is another clause)
    dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss")}
    if not dets or dets & GENERAL_DETS or not dets & {"the", "this", "that", "these"} and \
            not any(c.dep_ == "poss" for c in subj.children):
        return  # "Most legislation needs ...", "a deal needs ...": a rule, not one proposal waiting
    if _approval_told(sx, subj):
        return
    seeker = _subject(holder) if subj is thing else None  # "Acme is seeking approval for its sale of X"
    what = _proposal_text(b, subj, _decider(b, seeker) if seeker is not None and seeker.pos_ == "PROPN" else None)
    if not what or re.search(r"\b(?:its|their|his|her)\b", what):
        return
    mods = sorted((c for c in t.children if c.dep_ in ("amod", "compound", "nmod")), key=lambda c: c.i)
    if dtok is not None:
        if dtok.pos_ != "PROPN" and dtok.lemma_.lower() not in DECIDERS and not any(
                x.pos_ == "PROPN" for x in dtok.subtree):
            return
        dec = _proposal_text(b, dtok, None)
        bare = dec == dtok.lower_ and dtok.lemma_.lower() in BODIES and dtok.tag_ == "NNS"  # "of regulators"
        if not dec or re.search(r"\b(?:its|their|his|her)\b", dec) or len(dec.split()) > 9 or \
                not bare and not any(w[:1].isupper() for w in (dec + " " + what).split()):
            return  # "the deal needs the approval of the board": whose deal, which board, the reader is not told
    elif mods and mods[-1].lemma_.lower() in APPROVER_WORDS:
        if any(m.pos_ != "PROPN" for m in mods[:-1]):
            return
        dec = " ".join([m.text for m in mods[:-1]] + [APPROVER_WORDS[mods[-1].lemma_.lower()]])
        dec = dec.replace(" the ", " ", 1)  # "US government approval" -> "US government"
    elif mods and all(m.pos_ == "PROPN" for m in mods):
        dec = " ".join(m.text for m in mods)  # "FDA approval" -> "the FDA"
        dec = "the " + dec if dec.isupper() else dec
    elif all(m.lower_ in NEUTRAL_MODS for m in mods):
        yield Matter("approval-needed", _finish(f"Will {what} be approved"))
        return
    else:
        return
    yield Matter("approval-needed", _finish(f"Will {dec} approve {what}"))


ATTEMPT_VERBS = {"try", "attempt", "seek", "bid", "look", "battle", "fight", "strive", "push", "scramble",
                 "aim", "hope"}  # (not "want": a wish; not "struggle": "has been struggling to find work" is a state)
PURPOSE_NOUNS = {"bid", "attempt", "effort", "drive", "push"}  # "in a bid to win back customers"
HABIT_MARKS = {"when", "whenever", "if", "unless"}  # "when she is looking to fill a post": a habit or a condition


def _purpose_step(t: "Token") -> "Token | None":
    """The step taken "in a bid to" do ``t`` ("Acme has cut its prices in a bid to win back customers" -> "cut"),
    when that step is told as now (present, perfect, progressive), not in a past the story has moved on from."""
    noun = t.head
    if t.dep_ not in ("acl", "xcomp") or noun.lemma_.lower() not in PURPOSE_NOUNS or noun.dep_ != "pobj" or \
            noun.head.lower_ != "in":
        return None
    step = noun.head.head
    if step.pos_ != "VERB" or _negated(step) or _settled_form(step):
        return None
    auxes = {a.lower_ for a in step.children if a.dep_ in ("aux", "auxpass")}
    if step.tag_ in ("VBZ", "VBP") or _future(step) or auxes & {"has", "have", "'s", "'ve"} or \
            step.tag_ == "VBG" and auxes & {"is", "are", "'s", "'re"}:
        return step
    return None


@detector("attempt")
def _attempt(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """What a named party is trying to do, its outcome still open: "Acme, the chain that is trying to buy its rival
    Lee Stores, ..." -> "Will Acme buy its rival Lee Stores?"; "Tom Hale is battling to save his seat" -> "Will Tom
    Hale save his seat?"; "... as it looks to avoid insolvency" -> "Will Acme avoid insolvency?"; "Ruritania is to
    redenominate its currency in the hope of boosting trade" -> "Will Ruritania boost trade?". Only a step under way
    (not "tried to"), owned by a name; weak (it fills), and nothing when the article states the outcome. Also "Acme
    has cut its prices in a bid to win back customers" -> "Will Acme win back customers?"."""
    q = _q()
    if _negated(t):
        return
    lem = t.lemma_.lower()
    to = t.tag_ == "VB" and any(a.lower_ == "to" for a in t.children if a.dep_ == "aux")
    purpose = _purpose_step(t) if to else None  # ("has cut its prices in a bid to ...": told as now, checked there)
    if to and t.dep_ == "xcomp" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in ATTEMPT_VERBS:
        step = t.head
    elif purpose is not None:
        step = purpose
    elif t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lower_ == "hope" and \
            t.head.head.dep_ == "pobj" and t.head.head.head.lower_ == "in":
        step = t.head.head.head.head  # "... in the hope of boosting trade": the step taken for it
    else:
        return
    if step.pos_ != "VERB" or (purpose is None and not q._open_head(step)) or \
            any(c.lower_ in ("set", "likely", "certain", "bound", "due") for c in step.children if c.i < t.i):
        return  # "looks set to keep selling": a forecast, not an attempt
    if sx.ctx.inside_quotes(t) or any(m.dep_ in ("mark", "advmod") and m.lower_ in HABIT_MARKS
                                      for a in [step, *step.ancestors] for m in a.children):
        return  # a speaker's own words; "when she is looking to fill a post": a habit or a condition
    owner = q._step_subject(step)
    if owner is not None and (any(c.dep_ == "conj" for c in owner.children) or owner.ent_type_ == "NORP"):
        return  # "Yahoo, Amazon and others are seeking to ...": not one owner; "the Frenchman": no name
    who = q._lead_matter_owner(sx.b, step)
    tail = q._step_tail(sx.b, t) if who and q._plain_name(who) and not _descriptor(who) else None
    if not tail:
        return
    if _attempt_told(sx, lem, who):
        return  # "... Acme bought Lee Stores in March", "Acme gave up its bid"
    yield Matter("attempt", _finish(f"Will {who} {lem} {tail}"), own_pronoun=True)


WEIGH_VERBS = {"consider", "weigh", "mull", "contemplate", "explore"}
WEIGHING_AUX = {"is", "are", "was", "were", "'s", "'re", "been"}


@detector("weighed-step")
def _weighed_step(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A step a party says it is weighing, not yet decided: "The council is considering closing three libraries" ->
    "Will the council close three libraries?"; "Acme is weighing selling its stake in Lee Foods" -> "Will Acme sell its
    stake in Lee Foods?"; "Rovers are considering an appeal against the ban" -> "Will Rovers appeal against the
    ban?". Only a weighing under way ("is considering", not "considered"), not in a quote, and nothing when a later
    sentence tells the step taken or dropped."""
    q = _q()
    weigh = t.head
    if weigh.i == t.i or weigh.lemma_.lower() not in WEIGH_VERBS or weigh.tag_ != "VBG" or _negated(weigh) or \
            not any(a.lower_ in WEIGHING_AUX for a in weigh.children if a.dep_ == "aux"):
        return
    if t.tag_ == "VBG" and t.dep_ == "xcomp":
        lem = t.lemma_.lower()
        tail = q._step_tail(sx.b, t)
    elif t.lower_ == "appeal" and t.dep_ == "dobj":
        lem = "appeal"
        against = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        tail = sx.b.render(sorted(against.subtree, key=lambda x: x.i)) if against is not None else ""
    else:
        return
    if tail is None or sx.ctx.inside_quotes(t) or \
            any(m.dep_ in ("mark", "advmod") and m.lower_ in HABIT_MARKS for m in weigh.children):
        return
    s = q._step_subject(weigh)
    if s is None or s.lower_ in FIRST_SECOND or any(c.dep_ == "conj" for c in s.children):
        return
    who = _name(sx.b, s)
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 6 or _descriptor(who):
        return
    if _attempt_told(sx, lem, who) or (tail and BARE_PRONOUN.search(tail)):
        return
    yield Matter("weighed-step", _finish(f"Will {who} {lem}", tail), own_pronoun=True)


CONFIDENT_OF = {"confident", "hopeful", "optimistic"}
CONFIDENT_ASIDES = {"after", "following", "despite", "by", "having"}


@detector("confident-of")
def _confident_of(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A step ahead someone is confident of taking: "Tom Hale is confident of taking gold at the Ruritania games next
    month" -> "Will Tom Hale take gold at the Ruritania games next month?"; "Rovers are hopeful of
    progressing in the cup" -> "Will Rovers progress in the cup?". Only a confidence held now ("is", not "was"), not
    negated, of a named party (not "we", not "the Briton"), and nothing when a later sentence tells the step taken or
    given up."""
    q = _q()
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ != "of" or t.head.dep_ != "prep":
        return
    adj = t.head.head
    if adj.lower_ not in CONFIDENT_OF or adj.dep_ != "acomp":
        return
    be = adj.head
    if _negated(be) or _negated(adj) or be.tag_ == "VBD" or any(
            a.lower_ in ("was", "were", "had") for a in be.children if a.dep_ == "aux"):
        return  # "were hopeful of finding a buyer": how it went is for the story to tell
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in ("less", "not", "never") for c in adj.children):
        return
    # what is told done or the means ("after beating X", "by rebuilding his squad") stays out of the question
    aside = {y.i for c in t.children if c.dep_ == "prep" and c.lower_ in CONFIDENT_ASIDES for y in c.subtree}
    rest = [x for x in t.subtree if x.i > t.i and x.i not in aside]
    if any(x.dep_ in ("ccomp", "advcl", "relcl", "conj") or x.text in ("-", "–", "—", ";", ":") for x in rest):
        return
    tail = sx.b.render(rest, overrides={x.i: x.text for x in rest if x.tag_ == "PRP$"}) if rest else ""
    if tail is None or len(tail.split()) > 12 or BARE_PRONOUN.search(re.sub(r"\b(?:his|her|their|its)\b", "", tail)):
        return
    s = _subject(be)
    if s is None or s.lower_ in FIRST_SECOND or any(c.dep_ == "conj" for c in s.children):
        return
    who = _name(sx.b, s, person=s.lower_ in ("he", "she"))
    if not who or BARE_PRONOUN.search(who) or len(who.split()) > 6 or _descriptor(who) or not (
            who[:1].isupper() or s.pos_ == "PROPN"):
        return  # (a name, not "the players are hopeful of ...")
    lem = t.lemma_.lower()
    if lem in ("be", "have", "get", "do") or _attempt_told(sx, lem, who):
        return  # ("confident of getting a result": nothing named to ask about)
    yield Matter("confident-of", _finish(f"Will {who} {lem}", tail), own_pronoun=True)


def _descriptor(who: str) -> bool:
    """"the Frenchman", "the Australian", "the Dutchwoman": a nationality standing for a person, not a name."""
    words = who.split()
    return len(words) == 2 and words[0] == "the" and (
        re.search(r"(?:man|woman|men|women)$", words[1]) is not None or lex.key(words[1]) in lex.DEMONYMS)


GAVE_UP = re.compile(r"\b(?:failed|abandoned|gave up|given up|dropped|walked away|pulled out)\b", re.I)
HEDGED = re.compile(r"\b(?:will|would|could|may|might|if|whether|unless)\b", re.I)


def _attempt_told(sx: "_Sentence", lem: str, who: str) -> bool:
    """A later sentence tells how the attempt went: the owner (by the last word of its name) with the verb done
    ("Acme bought Lee Stores", "Acme has bought ...") or given up, and no hedge."""
    owner = who.split()[-1].strip("'’")
    for _, _, sp, _ in sx.ctx.sents[sx.n + 1:]:
        if owner not in sp.text or HEDGED.search(sp.text):
            continue
        if GAVE_UP.search(sp.text) or any(x.lemma_.lower() == lem and x.tag_ in ("VBD", "VBN") and not _negated(x)
                                          for x in sp):
            return True
    return False


ELECTION_NOUNS = {"primary", "caucus", "caucuses", "runoff", "run-off", "by-election", "election"}
AHEAD_PREPS = {"before", "until", "till"}  # "before the Ruritania caucuses", "a week until the Ruritania caucuses"
AHEAD_AMODS = {"upcoming", "coming", "forthcoming", "next"}
#: what a candidate does on the way to a contest ahead ("barnstorms ahead of", "expects to win", "stalls")
CAMPAIGN_VERBS = {"barnstorm", "campaign", "compete", "run", "fight", "stall", "trail", "lead", "surge", "rally",
                  "tour", "win", "stump", "race", "vie", "battle", "court", "woo", "press", "push", "close"}
WIN_HOPES = {"expect", "hope", "aim", "plan", "want", "vow", "predict", "intend"}
RESULT_WORDS = {"won", "lost", "carried", "swept", "captured", "winner", "conceded"}
DAYS_AHEAD_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} | \
    {m.capitalize() for m in MONTHS}
LEADUP_NOUNS = {"countdown", "run-up", "lead-up", "build-up", "eve"}  # "in the countdown to the Ruritania caucuses"
POINTING_OWNERS = {"that", "this", "the", "its", "their", "his", "her"}  # "that state's primary": the place is elsewhere


def _result_told(sx: "_Sentence", places: set[str]) -> bool:
    """Some sentence tells a result in the place named by ``places`` (its words): every word within what a "won",
    "lost", "carried" or "declared the winner" governs ("Lee won Ruritania", "was declared the winner in Ruritania");
    one word of a longer name is another place ("New" of "New Ruritania" in "won New Avonia")."""
    for _, _, sp, _ in sx.ctx.sents:
        for r in sp:
            if r.lower_ not in RESULT_WORDS or r.lower_ == "winner" and r.head.lemma_.lower() not in ("declare", "be"):
                continue
            top = r.head if r.lower_ == "winner" else r
            if places and places <= {x.text for x in top.subtree}:
                return True
    return False


def _clause_verb(t: "Token") -> "Token | None":
    """The nearest finite verb ``t`` hangs from, whose tense sets the clause in time ("to win votes ahead of the
    primary" in "he flip-flopped ..., an effort to win votes ahead of the primary" is set by "flip-flopped")."""
    for a in t.ancestors:
        if a.pos_ in ("VERB", "AUX") and (a.tag_ in ("VBD", "VBZ", "VBP") or any(
                x.dep_ in ("aux", "auxpass") and x.tag_ in ("MD", "VBD", "VBZ", "VBP") for x in a.children)):
            return a
    return None


def _past_clause(v: "Token") -> bool:
    """``v`` tells something done: a past tense, or "had"/"was"/"were" with it."""
    return v.tag_ == "VBD" or any(a.lower_ in ("had", "was", "were", "did") for a in v.children
                                  if a.dep_ in ("aux", "auxpass"))


def _contest_name(sx: "_Sentence", t: "Token") -> str | None:
    """How a question names the election ``t`` heads, with its place: "Saturday's Ruritania caucus", "the Ruritania
    caucuses"; a place only pointed to ("that state's primary", "Tuesday's primary") is the one place the sentence
    names, else None (which primary would not stand alone)."""
    mods = [x for x in t.doc[t.left_edge.i:t.i] if x.dep_ in ("poss", "case", "compound", "amod", "nmod", "nummod",
                                                               "det", "quantmod")]
    mods = [x for x in mods if x.lower_ not in AHEAD_AMODS | {"a", "an", "these", "those"}]
    places = {x.i for x in mods if x.ent_type_ in ("GPE", "LOC") or (x.pos_ == "PROPN" and x.ent_type_ not in
                                                                         ("DATE", "TIME", "ORG", "NORP", "PERSON"))
              or _named_with(x, t)}
    pointed = [x for x in mods if x.dep_ == "poss" and x.lower_ in POINTING_OWNERS | {"state", "country"}]
    if pointed:  # "that state's primary": drop the pointer with what it governs
        drop = {y.i for x in pointed for y in x.subtree}
        mods = [x for x in mods if x.i not in drop]
    when = [x for x in mods if x.dep_ == "poss" and x.ent_type_ == "DATE"]
    if any(x.dep_ == "poss" and x.ent_type_ not in ("GPE", "LOC") and x not in when and x not in pointed for x in mods):
        return None  # "Hale's Ruritania caucuses": someone's, not the contest's name
    if not places:
        if t.lemma_.lower() == "election":
            return None  # "the next mayoral election": which one needs more than a word of the sentence
        gpes = {x.text for x in sx.sent if x.ent_type_ == "GPE" and x.pos_ == "PROPN" and x.dep_ != "compound"} | \
            {" ".join(y.text for y in x.subtree if y.dep_ == "compound" or y.i == x.i)
             for x in sx.sent if x.ent_type_ == "GPE" and x.pos_ == "PROPN" and x.dep_ != "compound"}
        gpes = {g for g in gpes if not any(g != h and g in h for h in gpes)}
        before = [x for x in sx.sent if x.i < t.i and x.ent_type_ == "GPE" and x.pos_ == "PROPN" and x.dep_ != "compound"]
        if pointed and before:  # "told voters in Montana he is sure to win that state's primary": the place just named
            last = before[-1]
            gpes = {" ".join(y.text for y in last.subtree if y.dep_ == "compound" or y.i == last.i)}
        if len(gpes) != 1:
            return None
        place = next(iter(gpes))
        if place in ("America", "United States", "U.S.", "US"):
            return None
        rest = " ".join(x.text for x in mods if x not in when and x.dep_ != "case")
        rest = re.sub(r"^(?:the|The) ", "", rest)
        head = " ".join(w for w in (rest, t.text) if w)
        if when:
            return f"{when[0].text}'s {place} {head}"
        return f"{place}'s {head}" if pointed else f"the {place} {head}"
    text = re.sub(r"\s+(['’]s)\b", r"\1", " ".join(x.text for x in mods + [t]))
    return text if text.split()[0][:1].isupper() or text.startswith("the ") else f"the {text}"


def _holding_place(t: "Token") -> "Token | None":
    """The place that holds election ``t`` at a time the clause sets ahead: "New Ruritania, which holds its primary
    next week", "Ruritania holds its caucuses on Saturday", "Ruritania will hold a runoff in June" -> the place.
    None for a contest held in the past, or with no time stated."""
    v = t.head
    if t.dep_ != "dobj" or v.lemma_.lower() != "hold" or _negated(v) or not (_future(v) or v.tag_ in ("VBZ", "VBP")):
        return None
    place = _subject(v)
    if place is not None and place.lower_ in ("which", "that") and v.dep_ == "relcl":
        # "New Ruritania, which holds ...", also when the parse hung the clause on another noun ("the outcome in
        # Avonia and New Ruritania, which holds ...")
        place = _comma_before(_subject(v)) or v.head
    if place is None or place.ent_type_ not in ("GPE", "LOC") or place.pos_ != "PROPN":
        return None
    timed = any(x.i != t.i and x.ent_type_ == "DATE" and x.lower_ not in ("today", "yesterday", "now") and
                (x.text in DAYS_AHEAD_NAMES or x.lower_ in AHEAD_WORDS | MONTHS or x.like_num)
                for c in v.children if c.i > t.i or c.dep_ in ("prep", "npadvmod") for x in c.subtree)
    return place if timed else None


def _comma_before(which: "Token") -> "Token | None":
    """The place right before the ", which" of a relative clause the parse hung on another noun: "the outcome in
    Avonia and New Ruritania, which holds its primary next week" -> "Ruritania" (of "New Ruritania")."""
    i = which.i
    if i < 2 or which.doc[i - 1].text != ",":
        return None
    prev = which.doc[i - 2]
    return prev if prev.ent_type_ in ("GPE", "LOC") and prev.pos_ == "PROPN" else None


SPANS_AHEAD = {"day", "week", "month"}  # "in two weeks", "in a month"


def _placed_in(t: "Token") -> "Token | None":
    """The place of election ``t`` given after it ("the primary in New Ruritania"): the head of its "in" place."""
    prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return place if place is not None and place.ent_type_ in ("GPE", "LOC") and place.pos_ == "PROPN" else None


def _time_ahead(t: "Token", v: "Token | None") -> bool:
    """Election ``t``, the verb it hangs from or its clause verb ``v`` is set at a time ahead: "in two weeks", "next week", "on Tuesday"
    (a weekday, with a clause not told in the past)."""
    near = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)  # "heading into ... on Tuesday"
    for h in (t, near, v):
        for c in (h.children if h is not None else ()):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" else None
            if c.dep_ == "prep" and c.lower_ == "in" and obj is not None and obj.lemma_.lower() in SPANS_AHEAD and \
                    any(n.dep_ in ("nummod", "det") for n in obj.children):
                return True
            if c.dep_ == "prep" and c.lower_ == "on" and obj is not None and obj.text.istitle() and obj.lower_ in WEEKDAYS:
                return True
            if c.dep_ == "npadvmod" and c.lemma_.lower() in SPANS_AHEAD and any(n.lower_ == "next" for n in c.children):
                return True
    return False


CONTEST_KINDS = {"presidential", "mayoral", "general", "local", "congressional", "legislative", "parliamentary",
                 "municipal", "gubernatorial", "national", "federal", "regional"}  # kept in its name; "famous" is not


def _held_name(sx: "_Sentence", t: "Token", place: "Token") -> str | None:
    """How a question names election ``t`` that ``place`` holds: "New Ruritania's primary", "Saturday's Ruritania
    caucuses" (the day when the clause gives a weekday), with the contest's own words ("Democratic") kept."""
    ent = next((e for e in place.doc.ents if e.start <= place.i < e.end and e.label_ in ("GPE", "LOC")), None)
    where = re.sub(r"^the ", "", ent.text) if ent is not None and len(ent) <= 4 else None
    mods = [x for x in t.doc[t.left_edge.i:t.i] if x.dep_ in ("amod", "compound") and x.lower_ not in AHEAD_AMODS and
            x.ent_type_ not in ("DATE", "TIME", "PERSON") and x.nbor(1).text != "-" and x.nbor(-1).text != "-" and
            (x.dep_ == "compound" or x.pos_ == "PROPN" or x.ent_type_ in ("NORP", "ORG") or x.lower_ in CONTEST_KINDS)]
    day = next((x.text for c in t.head.children if c.dep_ in ("prep", "npadvmod") for x in c.subtree
                if x.text in DAYS_AHEAD_NAMES - {m.capitalize() for m in MONTHS}), None)
    words = " ".join([x.text for x in mods] + [t.text])  # (not a hyphenated label: "the first-in-the-nation primary")
    if not where:
        return None
    return f"{day}'s {where} {words}" if day else f"{possessive(where)} {words}"


WIN_NOUNS = {"win", "victory"}
NEED_VERBS = {"need", "want", "seek", "eye", "target"}


def _win_needed(t: "Token") -> "Token | None":
    """The verb of "X (badly) needs a win in Tuesday's primary" when ``t`` is that primary (the verb, not told done)."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "in":
        return None
    if prep.head.lemma_.lower() in WIN_NOUNS:
        win = prep.head
    else:  # "needs a win in ...", "in" hung on the verb
        win = next((c for c in prep.head.children if c.dep_ == "dobj" and c.lemma_.lower() in WIN_NOUNS), None)
    if win is None or win.dep_ != "dobj":
        return None
    v = win.head
    if v.lemma_.lower() not in NEED_VERBS or _negated(v) or _past_clause(v) or _future(v) is False and v.tag_ not in (
            "VBZ", "VBP", "VB", "VBG"):
        return None
    return v


def _in_place_name(t: "Token", place: "Token") -> str | None:
    """How a question names election ``t`` held in ``place`` as the sentence gives it: "the Republican primary in
    Avonia" (the contest's own words kept, "critical" and the like left out)."""
    ent = next((e for e in place.doc.ents if e.start <= place.i < e.end and e.label_ in ("GPE", "LOC")), None)
    if ent is None or len(ent) > 4:
        return None
    mods = [x.text for x in t.children if x.i < t.i and x.dep_ in ("amod", "compound") and
            (x.ent_type_ == "NORP" or x.lower_ in CONTEST_KINDS)]
    return " ".join(["the", *mods, t.text, "in", re.sub(r"^the ", "", ent.text)])


def _named_with(x: "Token", t: "Token") -> bool:
    """``x`` is a proper-noun word of one name with election ``t`` ("the New Ruritania Primary", tagged a body as a
    whole): the place in the contest's own name."""
    return x.pos_ == "PROPN" and t.pos_ == "PROPN" and x.ent_type_ == "ORG" and any(
        e.start <= x.i < e.end and e.end == t.i + 1 for e in t.doc.ents)


@detector("election")
def _election_ahead(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """An election still to be held, marked ahead and named with its place: "Hale barnstorms the state ahead of
    Tuesday's Ruritania primary" / "with a week until the Ruritania caucuses, Hale has stalled" -> "Will Tom Hale
    win Tuesday's Ruritania primary?"; "Ahead of Saturday's Ruritania caucus, Hale and Lee must vie for the farm
    vote" -> "Who will win Saturday's Ruritania caucus, Tom Hale or Ann Lee?"; "He hopes to carry that state's June
    3 primary" -> "Will Tom Hale win Ruritania's June 3 primary?". Only a contest set ahead ("ahead of", "before",
    "until", "upcoming", "expects to win") in a clause not told in the past, and nothing when the story tells a
    result there."""
    b = sx.b
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in ELECTION_NOUNS:  # ("the Ruritania Primary": capitalised)
        return
    head = t.head
    won = t.dep_ == "dobj" and head.lemma_.lower() == "win" and (
        any(a.lower_ in FUTURE_AUX for a in head.children if a.dep_ == "aux") or
        head.dep_ == "xcomp" and head.head.lemma_.lower() in WIN_HOPES and not _past_clause(head.head))
    ahead = t.dep_ == "pobj" and (head.lower_ in AHEAD_PREPS or head.lower_ == "of" and head.head.lower_ == "ahead" or
                                  head.lower_ in ("to", "of") and head.head.lower_ in LEADUP_NOUNS)
    ahead = ahead or any(c.dep_ == "amod" and c.lower_ in AHEAD_AMODS for c in t.children)
    holder = _holding_place(t)
    needs = _win_needed(t)
    placed = _placed_in(t)
    if not (won or ahead or holder is not None or needs is not None) and (placed is None or not _time_ahead(
            t, _clause_verb(t))):
        return  # (else set ahead by its place and time: "the primary in New Ruritania in two weeks")
    if needs is not None:
        won, head = True, needs  # "needs a win in Tuesday's primary": asked as the win the candidate needs
    v = head if won else _clause_verb(t)
    if v is None or _past_clause(v) or _negated(v) or not won and _past_clause(_clause_verb(v) or v):
        return
    if placed is not None and any(x.dep_ == "poss" for x in t.children if x.i < t.i):
        placed = None  # "Tuesday's Republican primary in Ruritania": named the dated way
    name = _held_name(sx, t, holder) if holder is not None else (_in_place_name(t, placed) if placed is not None
                                                                  else None) or _contest_name(sx, t)
    if not name or len(name.split()) > 8 or BARE_PRONOUN.search(name):
        return
    places = {w for w in re.findall(r"[A-Z][\w.-]+", name) if w not in ("Democratic", "Republican") and
              w not in DAYS_AHEAD_NAMES}
    if _result_told(sx, places):
        return  # the story tells who won there: no longer open
    s = (_subject(head.head) or _subject(head)) if won else _subject(v)
    if holder is not None:
        s = None  # the place holds the contest; who runs in it, this clause does not say
    elif needs is not None and s is not None and s.lower_ in ("who", "that") and needs.dep_ == "relcl":
        s = needs.head  # "Tom Hale, who badly needs a win in ..."
    if s is None:  # "ahead of Saturday's caucus, Hale and Lee must vie": the pair read as the contest's apposition
        s = next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    people = [s] + [c for c in s.children if c.dep_ == "conj"] if s is not None else []
    names = [_name(b, p, person=True) for p in people]
    if len(people) == 2 and all(n and n[:1].isupper() and not BARE_PRONOUN.search(n) for n in names) and \
            all(p.ent_type_ == "PERSON" or p.lower_ in ("he", "she") for p in people):
        yield Matter("election", _finish(f"Who will win {name}, {names[0]} or {names[1]}"),
                     _finish(f"Who will win {name}"))
        return
    lemma = (head if won else v).lemma_.lower()
    if len(people) == 1 and names[0] and names[0][:1].isupper() and (s.ent_type_ == "PERSON" or s.lower_ in (
            "he", "she")) and (won or lemma in CAMPAIGN_VERBS) and len(names[0].split()) >= 2:
        yield Matter("election", _finish(f"Will {names[0]} win {name}"), _finish(f"Who will win {name}"))
        return
    yield Matter("election", _finish(f"Who will win {name}"))


#: events placed ahead whose outcome is a winner ("Who will win Sunday's final?"), asked only in a sport story
WON_EVENTS = ROUNDS - {"round", "replay"} | {"race", "match", "showdown", "derby", "decider", "marathon", "grand prix"}
#: events placed ahead whose outcome is a decision or result ("What will be the outcome of next week's vote?")
OUTCOME_EVENTS = {"hearing", "vote", "ballot", "referendum", "summit", "meeting", "talks"}
#: documents placed ahead whose content is the open matter ("What will the forthcoming report say?")
SAYING_EVENTS = {"report", "review", "study", "speech", "statement"}
AHEAD_OF = {"for", "to", "towards", "toward"}  # "in England for Saturday's match"
DEADLINE_PREPS = {"before", "until", "till", "by"}  # "to sign him before Saturday's match": a deadline, not the matter


def _placed_ahead(t: "Token") -> bool:
    """Event noun ``t`` is dated ahead of the story's time by its own words: "next week's vote", "this weekend's
    race", "the forthcoming report", "the upcoming summit"; or a weekday's ("Sunday's final") in a clause that
    looks ahead (future or present, an infinitive, a verb of missing or preparing) or after "for". Never "last
    Sunday's", nor a weekday's event in a clause told in the past."""
    if any(c.dep_ == "amod" and c.lower_ in ("forthcoming", "upcoming", "coming") for c in t.children):
        return True
    day = next((c for c in t.children if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)
    if day is None:
        return False
    words = [x.lower_ for x in day.subtree if x.dep_ != "case" and x.tag_ != "POS"]
    if not words or words[0] in ("last", "yesterday", "today", "previous"):
        return False
    if words[0] == "next" or words[:2] == ["this", "weekend"]:
        return True
    if len(words) != 1 or words[0] not in WEEKDAYS:
        return False  # ("this year's awards": not dated ahead by itself)
    prep = t.head if t.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in AHEAD_OF:
        return True
    g = _governor(t)
    if g is None or _negated(g):
        return False
    if _past_clause(g):
        return g.lemma_.lower() in FORWARD_HEADS  # "was ruled out of Sunday's final"
    return _future(g) or g.tag_ in ("VBZ", "VBP") or g.tag_ == "VB" and any(
        a.lower_ == "to" for a in g.children if a.dep_ == "aux")  # "to earn a place in Sunday's final"


def _event_name(sx: "_Sentence", t: "Token", owner: bool = True) -> str | None:
    """How a question names event ``t`` dated ahead: its words up to the noun ("Sunday's final", "next week's
    Commons vote") with a place after it ("in Westby", "at Avonia Park"); an owner pronoun resolved ("his
    forthcoming report" -> "Ann Lee's forthcoming report"; without ``owner``, or an owner not resolved, "the
    forthcoming report"); None when it cannot stand alone."""
    b = sx.b
    left = [x for x in t.doc[t.left_edge.i:t.i + 1]]
    while left and left[0].dep_ in ("det", "predet", "punct", "cc") and left[0].i < t.i:
        left = left[1:]
    words = []
    for x in left:
        if x.dep_ == "poss" and x.lower_ in PRONOUNS:
            who = _name(b, x, person=True) if owner else None
            if not who or not who[:1].isupper():
                if owner:
                    return None
                words.append("the")
                continue
            words.append(possessive(who))
        elif x.dep_ == "case" and words:
            words[-1] += x.text
        else:
            words.append(x.text)
    if not words or words[0] != "the" and not any(x.dep_ == "poss" for x in left):
        words.insert(0, "the")
    place = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children)), None)
    if place is not None and place.i == t.i + 1:
        words.extend(x.text for x in place.subtree)
    name = " ".join(words)
    if len(name.split()) > 9 or BARE_PRONOUN.search(name):
        return None
    return name


@detector("event-ahead")
def _event_ahead(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """An event the story places ahead of its own time, named as a noun with its date: "Ann Lee won her heat to
    earn a place in Sunday's final in Westby" -> "Who will win Sunday's final in Westby?"; "The bill
    faces next week's Commons vote" -> "What will be the outcome of next week's Commons vote?" (a hearing,
    vote or meeting only with a word of its own beside its day); "his
    forthcoming annual report would single out faith schools" -> "What will Tom Reed's forthcoming annual report
    say?". A contest is asked only in a sport story and only when no opponent is named (the fixture rules ask
    "Will X beat Y?" then); nothing when some sentence tells a result on that day."""
    lem = t.lemma_.lower()
    if not (t.pos_ == "NOUN" or t.pos_ == "ADJ" and t.dep_ in ("pobj", "dobj", "nsubj")) or \
            lem not in WON_EVENTS | OUTCOME_EVENTS | SAYING_EVENTS or not _placed_ahead(t):
        return  # (the tagger may call "final" an adjective: "for next week's final")
    if lem in WON_EVENTS and (not _contest_story(sx) or _against(t) is not None):
        return
    if t.dep_ == "pobj" and (t.head.lower_ in DEADLINE_PREPS or t.head.lower_ == "of" and t.head.head.lower_ == "ahead"):
        return  # "hopes to sign Ian Cole before Saturday's match": the event only dates another matter
    if lem in OUTCOME_EVENTS and not any(c.dep_ in ("compound", "amod") and c.ent_type_ != "DATE" and
                                         c.lower_ not in ("forthcoming", "upcoming", "coming") for c in t.children):
        return  # "Friday's meeting": which meeting needs more than its day ("Tuesday's Ecofin meeting")
    name = _event_name(sx, t) or _event_name(sx, t, owner=False)
    if not name:
        return
    day = next((c.text for c in t.children if c.dep_ == "poss" and c.ent_type_ == "DATE" and c.lower_ in WEEKDAYS),
               None)
    if day and any(day in sp.text and PLAYED.search(sp.text) for _, _, sp, _ in sx.ctx.sents):
        return  # "Hale won Sunday's final": told
    if lem in WON_EVENTS and day and any(
            u.lemma_.lower() == lem and any(c.dep_ == "poss" and c.text == day for c in u.children) and
            (g := _governor(u)) is not None and g.lemma_.lower() in CONTEST_VERBS for _, _, sp, _ in sx.ctx.sents
            for u in sp):
        return  # "Hale will meet Cole in Saturday's match": the contest rules ask "Will Tom Hale beat Ben Cole?"
    if lem in WON_EVENTS:
        yield Matter("event-ahead", _finish(f"Who will win {name}"))
    elif lem in OUTCOME_EVENTS:
        yield Matter("event-ahead", _finish(f"What will be the outcome of {name}"))
    else:
        yield Matter("event-ahead", _finish(f"What will {name} say"))


CONTEND_VERBS = {"compete", "vie", "battle", "fight"}  # "will compete for the prize", "will battle it out for"
#: what contenders compete for and one of them wins ("the best actor award", "the title")
PRIZE_NOUNS = {"award", "prize", "title", "crown", "cup", "trophy", "medal", "honour", "honor", "bursary"}


@detector("event-ahead")
def _contended_prize(sx: "_Sentence", t: "Token") -> Iterator[Matter]:
    """A prize the story's contenders will compete for, still to be decided: "Ann Lee will compete for the best
    actress award with Eva Holm" / "The two films will battle it out for the top prize at the ceremony on 20 March"
    -> "Who will win the best actress award?". Only a contest ahead (a future, or "to compete for" under a present),
    and nothing when some sentence tells that prize won."""
    b = sx.b
    if t.pos_ != "VERB" or t.lemma_.lower() not in CONTEND_VERBS or _negated(t):
        return
    s = _subject(t) or (_subject(t.head) if t.dep_ in ("xcomp", "advcl") else None)
    if s is None or s.lower_ in FIRST_SECOND:
        return  # "we'll be competing for the major honours": a speaker's hope, not a contest set
    to = any(a.lower_ == "to" for a in t.children if a.dep_ == "aux")
    if not (_future(t) or to and t.head.tag_ in ("VBZ", "VBP") and not _negated(t.head)):
        return
    prize = next((o for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                  if o.dep_ == "pobj" and o.lemma_.lower() in PRIZE_NOUNS), None)
    if prize is None:
        return
    name = _name(b, prize)
    if name and any(c.dep_ == "cc" for c in prize.children) and " and " in name:
        name = name.split(" and ")[0]  # "the Wintour Award and a bursary": the award
    if not name or len(name.split()) > 10 or not name.startswith("the "):
        return  # ("a prize": which one is not said)
    words = {x.lower_ for x in prize.subtree if x.pos_ in ("ADJ", "NOUN", "PROPN") and x.i != prize.i}
    for _, _, sp, _ in sx.ctx.sents:
        if PLAYED.search(sp.text) and prize.lower_ in sp.text.lower() and words <= {x.lower_ for x in sp}:
            return  # "Eva Holm won the best actress award": told
    yield Matter("event-ahead", _finish(f"Who will win {name}"))
