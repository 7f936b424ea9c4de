"""Lead matters: the open matter of the story's own lead, asked when no open-matter marker fires.

Many stories carry no phrase that marks a matter as open (:mod:`.open_matters` finds nothing), yet the
event their lead reports has an outcome the article does not tell. The realisers here read the parse of
the lead (the first :data:`LEAD_SENTENCES` sentences of prose in the body, :func:`lead`) and ask about that
outcome, built from the lead's own words and names, never a form that fits any article. Each is a small function
``(ctx, n) -> Iterator[str]`` registered with :func:`lead_kind` under its kind; its docstring gives an
example. Their questions only top up an article that has fewer than two (:func:`questions._top_up`), each
through the one quality gate, with the lead sentence as its evidence span.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Iterator

from .. import lexicon as lex
from .open_matters import _future
from .questions_forms import indefinite, possessive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .questions import Candidate, _Context

LEAD_SENTENCES = 2  # the lead: the first two sentences of prose in the body (the headline is not one of them)

LEAD_KINDS: list[Callable[["_Context", int], Iterator[str]]] = []


def lead_kind(kind: str) -> Callable:
    """Register a lead realiser (in source order) under the kind of matter it asks about."""
    def register(fn: Callable[["_Context", int], Iterator[str]]) -> Callable:
        fn.kind = kind  # type: ignore[attr-defined]
        LEAD_KINDS.append(fn)
        return fn
    return register


def describe() -> str:
    """Every registered lead realiser, one line each: its kind and what it asks."""
    return "\n".join(f"{fn.kind:>16}  {fn.__name__.lstrip('_')}: {' '.join((fn.__doc__ or '').split())}"
                     for fn in LEAD_KINDS)


def lead(ctx: "_Context") -> list[int]:
    """The indices of the lead's sentences: the first :data:`LEAD_SENTENCES` of prose, so that labels ("ABSTRACT.",
    "FULL TEXT.") and other sentences of fewer than four words before a story do not take the lead's place."""
    prose = [n for n, (_, _, sp, _) in enumerate(ctx.sents) if sum(1 for t in sp if t.is_alpha) >= 4]
    return prose[:LEAD_SENTENCES]


def candidates(ctx: "_Context") -> list["Candidate"]:
    """Every lead realiser's question, each a ``lead-matter`` candidate at the top-up score whose evidence is its
    lead sentence (each realiser names its people in full itself: a prize named after people keeps its name)."""
    from .questions import FILL_SCORE, Candidate
    out: list[Candidate] = []
    for n in lead(ctx):
        start, end = ctx.sents[n][0], ctx.sents[n][1]
        for fn in LEAD_KINDS:
            for q in fn(ctx, n):
                if q and len(q.split()) <= 20:
                    out.append(Candidate(q, FILL_SCORE, start, end, n, "lead-matter"))
    return out


# --------------------------------------------------------------------------- a prize still to be given

PRIZE_WORDS = lex.words("name_words", "prize")  # "award", "prize", "trophy", "medal"
PRIZE_NAMES = lex.words("name_words", "prize-name")  # "Oscar", "the Grammys", "Golden Globe"
CANDIDACY_VERBS = {"shortlist", "nominate"}  # "shortlisted for the Avonford Prize", "nominated for an Oscar"
CANDIDACY_NOUNS = {"shortlist", "nomination"}  # "made the shortlist for X", "three nominations for X"
#: the prize already given: who won it is told ("Tom Hale won the Avonford Prize", "the winner, Ann Lee, ...")
PRIZE_GIVEN = re.compile(r"\b(?:won|wins|winning|winner|winners|scooped|picked up|took home|went home with|triumphed|"
                         r"was awarded|were awarded|went to|beat [\w ]+ to)\b", re.I)
#: a sentence about an earlier round of the prize ("previously won", "last year's winner", "won it in 1998")
EARLIER_ROUND = re.compile(r"\b(?:previous|previously|past|former|formerly|last|already|once|before|ever|"
                           r"(?:19|20)\d\d)\b", re.I)


def _prize_phrase(prize: "Token") -> str | None:
    """How the question names a prize: its noun phrase without clauses ("a Richard and Judy book award" -> "the
    Richard and Judy book award"), only when it is a named prize (a capitalised name ending in a prize word, or a
    well-known prize's own name), never "an award" or "best film"."""
    cut = {y.i for c in prize.children if c.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct") for y in c.subtree}
    toks = [x for x in prize.subtree if x.i not in cut]
    toks = sorted(toks, key=lambda x: x.i)
    if not toks or len(toks) > 9 or any(x.lower_ in ("he", "she", "they", "it", "his", "her", "their", "its")
                                        for x in toks):
        return None
    words = [x.text for x in toks]
    named = any(w[:1].isupper() for w in words[1:] if w.lower() not in ("the", "a", "an"))
    lem = prize.lemma_.lower()
    if not (lem in PRIZE_WORDS and named) and " ".join(w.lower() for w in words if w.lower() not in
                                                          ("the", "a", "an", "this", "year", "'s")) not in PRIZE_NAMES:
        if not (prize.lower_ in PRIZE_NAMES and all(w[:1].isupper() or w.lower() in ("the", "a", "an") for w in words)):
            return None
    if words[0].lower() in ("a", "an"):
        words[0] = "the"
    text = " ".join(words)
    text = re.sub(r" (['’]s?)\b", r"\1", text)
    return text


PRIZE_PREPS = {"for", "at", "in"}  # "the race for this year's Avonia awards", "nominated in three categories at X"


def _prize_near(t: "Token", gov: "Token") -> "Token | None":
    """The prize a candidacy is for when no "for" names it on the word itself: along the prepositions and objects of
    the candidacy word or its verb, four steps at most ("nominated in three categories at the Avonia Music awards",
    "leads the race for this year's Avonia awards with ten nominations"); the first named prize found."""
    frontier, seen = [t, gov], set()
    for _ in range(4):
        nxt = []
        for x in frontier:
            for c in x.children:
                if c.i in seen or c.i == t.i:
                    continue
                seen.add(c.i)
                if c.dep_ == "pobj" and c.head.lower_ in PRIZE_PREPS and \
                        (c.lemma_.lower() in PRIZE_WORDS or c.lower_ in PRIZE_NAMES) and _prize_phrase(c):
                    return c
                if c.dep_ in ("prep", "pobj", "dobj") and (c.dep_ != "prep" or c.lower_ in PRIZE_PREPS):
                    nxt.append(c)
        frontier = nxt
    return None


def _holder(t: "Token") -> "Token | None":
    """Who is in the running: the noun a participle describes ("the ten authors shortlisted for X"), a passive's
    subject ("X has been nominated for Y"), the subject of the verb a candidacy noun is the object of ("X made the
    shortlist", "X has received three nominations"); a relative pronoun stands for its noun."""
    if t.dep_ == "acl":
        s = t.head
    else:
        verb = t if t.pos_ in ("VERB", "AUX") else t.head if t.dep_ in ("dobj", "pobj", "attr") else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        # ("Avonian film The Long Road has received ...": the small model gives the verb two subjects; the name is one)
        s = next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)
        if s is not None and s.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            s = verb.head
    if s is not None and s.pos_ != "PROPN":  # "singer, Ann Lee, has been nominated": the name set beside the role
        s = next((c for c in s.children if c.dep_ == "appos" and c.pos_ == "PROPN"), s)
    return s


def _past(v: "Token") -> bool:
    """A clause told in the past ("was nominated in 1955", "had made the shortlist"): its prize is history."""
    return v.tag_ == "VBD" or any(a.lower_ in ("was", "were", "had") for a in v.children
                                  if a.dep_ in ("aux", "auxpass"))


def _given(ctx: "_Context", prize: str) -> bool:
    """The article tells who won this prize: a sentence naming it with a word of winning, not one about an earlier
    round ("previously won the Avonford Prize")."""
    keys = [w for w in re.findall(r"[A-Z][\w’'-]*", prize) if w.lower() not in ("the", "a", "an")]
    keys = keys or [prize.split()[-1]]
    for _, _, sp, _ in ctx.sents:
        text = sp.text
        if all(k in text for k in keys) and PRIZE_GIVEN.search(text) and not EARLIER_ROUND.search(text):
            return True
    return False


@lead_kind("prize-ahead")
def _prize_ahead(ctx: "_Context", n: int) -> Iterator[str]:
    """A shortlist or nomination the lead reports for a named prize still to be given, whose winner the article
    does not tell: "Ann Lee has been nominated for the Avonford Prize" -> "Will Ann Lee win the Avonford Prize?";
    "The ten authors shortlisted for the Westby book award hope for a boost" -> "Who will win the Westby book
    award?" (several in the running: who wins is the matter). Not a nomination told in the past ("was nominated
    in 1955")."""
    sent = ctx.sents[n][2]
    for t in sent:
        lem = t.lemma_.lower()
        if lem in CANDIDACY_VERBS and (t.tag_ == "VBN" or t.tag_ == "VBD" and not any(
                c.dep_ in ("dobj", "aux", "auxpass") for c in t.children)):
            gov = t  # ("The ten authors shortlisted for X are hoping": the participle the small model reads as a verb)
        elif lem in CANDIDACY_NOUNS and t.pos_ == "NOUN":
            # ("has received three nominations", "made the shortlist", "leads the field with five nominations")
            gov = t.head if t.dep_ in ("dobj", "attr") else t.head.head if t.dep_ == "pobj" else None
            if gov is None:
                continue
        else:
            continue
        if gov is not t and _past(gov) or gov is t and t.tag_ == "VBN" and _past(t) or \
                any(c.dep_ == "neg" for c in gov.children):
            continue
        pfor = next((c for x in (t, gov) for c in x.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        prize = next((o for o in pfor.children if o.dep_ == "pobj"), None) if pfor is not None else None
        if prize is None and lem == "nomination":
            prize = next((c for c in t.children if c.dep_ == "compound" and c.lower_ in PRIZE_NAMES), None)
        if prize is None:
            prize = _prize_near(t, gov)
        what = _prize_phrase(prize) if prize is not None else None
        if what is None or _given(ctx, what):
            continue
        s = _holder(gov if t.pos_ == "NOUN" else t)
        one = s is not None and s.pos_ == "PROPN" and not any(c.dep_ in ("conj", "nummod") for c in s.children) and \
            s.tag_ != "NNPS"
        if one:
            from .open_matters import _named_owner
            from .questions import _Builder
            ent = next((e for e in s.doc.ents if e.start <= s.i < e.end), None)
            who = ent.text if ent is not None and ent.label_ in ("WORK_OF_ART", "ORG") and ent.end == s.i + 1 else \
                _named_owner(_Builder(ctx, sent, ctx.sents[n][3].offset), s)  # (a film's title as it is spelt)
            if who:
                yield f"Will {who} win {_one_of(prize, what)}?"
        elif not _plural(prize) and prize.lower_ not in PRIZE_NAMES and len(what.split()) >= 3:
            yield f"Who will win {what}?"  # several in the running for one named prize: who wins it is the matter


def _plural(prize: "Token") -> bool:
    """A prize word in the plural, however tagged ("the Avonia Music Awards" reads as a proper noun)."""
    return prize.tag_ in ("NNS", "NNPS") or \
        prize.lower_.endswith("s") and prize.lower_[:-1] in PRIZE_WORDS | PRIZE_NAMES


def _one_of(prize: "Token", what: str) -> str:
    """The prize one nominee can win: a plural one singular ("nominations for Avonia Music awards" -> "an Avonia Music
    award", "Oscar nominations" -> "an Oscar"), without the owner it had ("Avonia's Westby awards" -> "a Westby
    award")."""
    if not _plural(prize):
        return what
    words = re.sub(r"^(?:the |a |an )?(?:(?:this|next|last) \w+ ?['’]s |[\w.-]+ ?['’]s? )?", "", what).split()
    if not words:
        return what
    words[-1] = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    words[-1] = words[-1][:1].upper() + words[-1][1:] if prize.text[:1].isupper() else words[-1]
    return f"{indefinite(words[0])} " + " ".join(words)


# --------------------------------------------------------------------------- an accusation before a court

CRIME_ACTS = lex.words("open_matters", "crime-act") | lex.CRIMES  # "killing", "murdering", "accused of fraud"
ACCUSED_NOW = {"is", "are", "has", "have", "been", "stands", "stand"}  # "is accused of", "has been accused of"


def _crime(of: "Token") -> str | None:
    """What someone is accused of, short, when it is a crime: the gerund of a criminal act with its object ("killing
    two people at the depot" -> "killing two people"), a gerund whose object is a crime ("running a fraud"), or the
    crime noun with its modifiers ("armed robbery"); None for anything else ("criticising the plan", "hypocrisy")."""
    obj = next((c for c in of.children if c.dep_ in ("pcomp", "pobj")), None)
    if obj is None:
        return None
    if obj.tag_ == "VBG":
        dobj = next((c for c in obj.children if c.dep_ == "dobj"), None)
        if obj.lemma_.lower() not in CRIME_ACTS and (dobj is None or dobj.lemma_.lower() not in lex.CRIMES):
            return None
        keep = [obj] + [x for c in obj.children if c.dep_ in ("dobj", "prt") for x in c.subtree
                        if not any(a.dep_ in ("prep", "relcl", "acl", "appos", "punct", "cc", "conj")
                                   for a in _path(x, c))]
    elif obj.lemma_.lower() in lex.CRIMES:
        keep = [x for x in obj.subtree if x.i == obj.i or x.head.i == obj.i and x.dep_ in ("compound", "amod")]
    else:
        return None
    keep = sorted((x for x in keep if not any(a.dep_ in ("nmod", "appos", "punct") or a.is_currency or
                                              SUM.fullmatch(a.text) for a in _path(x, obj))), key=lambda x: x.i)
    if len(keep) > 8 or any(x.pos_ == "PRON" for x in keep):
        return ""  # a crime, too long or pointing elsewhere to name: "Will X be convicted?"
    text = " ".join(x.text for x in keep)  # (the sum a fraud is put at left out: "running a $2bn fraud" -> "a fraud")
    return re.sub(r"\b(?:a|an) (?=(\w))", lambda m: f"{indefinite(m.group(1))} ", text)


SUM = re.compile(r"[\d.,]+(?:bn|m|k)")  # "$2bn": a sum a fraud is put at, no part of the crime's name


def _path(x: "Token", top: "Token") -> list["Token"]:
    """``x`` and its heads below ``top`` (``top`` itself left out)."""
    out = []
    while x.i != top.i and x.head.i != x.i:
        out.append(x)
        x = x.head
    return out


def _verdict_told(ctx: "_Context", name: str, told: re.Pattern) -> bool:
    """A sentence tells a verdict or plea of the named person: its subject names them, or is "he"/"she" in a sentence
    or just after one naming them, or (the parse giving no subject) the last name before the words is theirs ("Reed
    was convicted"; a co-accused who "pleaded guilty" is someone else's plea, "if found guilty" no verdict)."""
    for m, (_, _, sp, _) in enumerate(ctx.sents):
        if not told.search(sp.text):
            continue
        near = name in sp.text or m > 0 and name in ctx.sents[m - 1][2].text
        for t in sp:
            if not told.match(sp.text, t.idx - sp.start_char):
                continue
            verb = t if t.pos_ in ("VERB", "AUX") else t.head
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if name in {x.text for x in subj.subtree} or subj.lower_ in ("he", "she") and near:
                    return True
                continue
            last = next((x for x in reversed(sp[:t.i - sp.start]) if x.pos_ == "PROPN"), None)
            if last is not None and last.text == name:
                return True
    return False


def _person_named(ctx: "_Context", s: "Token") -> bool:
    """``s`` is a person's name: tagged so, or the surname of a person the article's actors name."""
    return s.pos_ == "PROPN" and (s.ent_type_ == "PERSON" or any(
        a.type == "person" and s.text in a.name.split()[1:] for a in ctx.referents))


@lead_kind("accused")
def _accused(ctx: "_Context", n: int) -> Iterator[str]:
    """A named person the lead says is accused of a crime (a criminal act or a crime noun), with no verdict or plea
    of theirs told: "Tom Reed, who is accused of robbing two banks, told the court ..." -> "Will Tom Reed be
    convicted of robbing two banks?". Not an accusation told in the past ("was accused"), nor one of no crime (a
    politician "accused of misleading voters")."""
    from .open_matters import VERDICT_TOLD, _named_owner
    from .questions import _Builder
    sent = ctx.sents[n][2]
    for t in sent:
        if t.lemma_.lower() != "accuse" or t.tag_ != "VBN" or any(c.dep_ == "neg" for c in t.children):
            continue
        auxes = {a.lower_ for a in t.children if a.dep_ in ("aux", "auxpass")}
        if not auxes or not auxes <= ACCUSED_NOW:
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        s = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if of is None or s is None:
            continue
        if s.lower_ in ("who", "that") and t.dep_ == "relcl":
            s = t.head  # "Tom Reed, who is accused of ...": the one the relative clause describes
        crime = _crime(of)
        if crime is None or not _person_named(ctx, s):
            continue  # no crime, or no person by name ("the man", "officials": which of the story's people is unsaid)
        if _verdict_told(ctx, s.text, VERDICT_TOLD):
            continue  # the story tells this person's verdict or plea
        full = {a.name for a in ctx.referents if a.type == "person" and s.text in a.name.split()}
        who = full.pop() if len(full) == 1 else _named_owner(_Builder(ctx, sent, ctx.sents[n][3].offset), s)
        if who and len(who.split()) <= 4:
            yield f"Will {who} be convicted of {crime}?" if crime else f"Will {who} be convicted?"


# --------------------------------------------------------------------------- a contest between two named sides

NEXT_CONTEST = {"face", "meet", "play"}  # "who goes on to face Ann Lee", "and now faces Ann Lee"
RACE_NOUNS = {"race", "battle", "contest", "fight", "duel", "primary"}  # "locked in a tight race with Ann Lee"


def _side(ctx: "_Context", tok: "Token | None") -> str | None:
    """A side of a contest by name: the person's or team's name the token is in ("Avonian Ben Cole" -> "Ben
    Cole"), in the article's fullest form; None for anything not a name."""
    if tok is None or tok.pos_ != "PROPN":
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE") and len(ent) <= 4:
        name = re.sub(r"^the ", "", ent.text)
    elif ent is None or ent.label_ == "NORP":  # an untagged name ("Avonian Ben Cole": the nationality left out)
        name = " ".join(x.text for x in tok.subtree if x.pos_ == "PROPN" and x.ent_type_ != "NORP" and
                        (x.i == tok.i or x.dep_ == "compound" and x.head.i == tok.i))
    else:
        return None
    return ctx.expand(name) or name if name else None


def _result_told(ctx: "_Context", n: int, a: str, b: str) -> bool:
    """A sentence other than the lead's ``n`` names both sides with a result (a past verb of winning or losing, a
    score): the contest is over. One about an earlier meeting (a year, "last", "previously") is not this one's."""
    from .open_matters import PLAYED
    last = (a.split()[-1], b.split()[-1])
    return any(m != n and all(w in sp.text for w in last) and not EARLIER_ROUND.search(sp.text) and
               any(not HYPOTHETICAL.search(sp.text[:r.start()]) for r in PLAYED.finditer(sp.text))
               for m, (_, _, sp, _) in enumerate(ctx.sents))


HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|will|can|to)\s+$", re.I)  # "Lee would beat him": no result


def _place_of(t: "Token") -> str | None:
    """Where a race is run: "in Avonia" on the race or its verb, or a sentence opening "In Westby, ..."."""
    for x in [t, t.head, t.head.head] + [t.sent.root]:
        for p in x.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                o = next((c for c in p.children if c.dep_ == "pobj"), None)
                if o is not None and o.ent_type_ == "GPE" and not any(c.dep_ == "conj" for c in o.children):
                    return " ".join(y.text for y in o.subtree if y.ent_type_ == "GPE")
    return None


@lead_kind("contest-ahead")
def _contest_ahead(ctx: "_Context", n: int) -> Iterator[str]:
    """A contest between two named sides the lead reports as still to come or under way, whose result the story does
    not tell: the next round a winner goes on to ("Ann Lee beat Sue Hale 6-4 6-3 and now faces Kim Hart", "..., who
    goes on to face Kim Hart") -> "Will Ann Lee beat Kim Hart?"; a race the two are locked in ("Ann Lee and Sue Hale
    are locked in a tight race in Avonia") -> "Will Ann Lee beat Sue Hale in Avonia?"."""
    sent = ctx.sents[n][2]
    for t in sent:
        lem = t.lemma_.lower()
        a = b = place = None
        if lem in NEXT_CONTEST and t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children):
            go_on = t.dep_ in ("xcomp", "advcl") and t.head.lemma_ == "go" and \
                any(c.lower_ == "on" for c in t.head.children) and any(c.lower_ == "to" for c in t.children)
            now = t.tag_ in ("VBZ", "VBP") and any(c.lower_ in ("now", "next") for c in t.children)
            if not (go_on or now):
                continue
            v = t.head if go_on else t
            s = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if s is None and v.dep_ == "conj":
                s = next((c for c in v.head.children if c.dep_ == "nsubj"), None)  # "X beat Y and now faces Z"
            if s is not None and s.lower_ in ("who", "that") and v.dep_ == "relcl":
                s = v.head
            a, b = _side(ctx, s), _side(ctx, next((c for c in t.children if c.dep_ == "dobj"), None))
        elif lem in RACE_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_ == "lock":
            v = t.head.head
            s = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if s is None:
                continue
            other = next((c for c in s.children if c.dep_ == "conj"), None)
            if other is None:  # "X remains locked in a close race with Y"
                w = next((c for x in (t, v) for c in x.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                other = next((c for c in w.children if c.dep_ == "pobj"), None) if w is not None else None
            a, b = _side(ctx, s), _side(ctx, other)
            place = _place_of(t)
        if not a or not b or a == b or _result_told(ctx, n, a, b):
            continue
        yield f"Will {a} beat {b}{' in ' + place if place else ''}?"


# --------------------------------------------------------------------------- an offer still to be answered

OFFER_NOUNS = {"offer", "bid"}  # "a takeover offer from Acme", "a third bid from Rovers for Tom Reed"
OFFER_REJECTED = {"reject", "rebuff", "dismiss", "spurn"}  # "Westby has rejected a £2m bid from Rovers"
OFFER_PENDING = {"receive", "consider", "weigh", "study", "mull"}  # "Westby is considering an offer from Acme"
#: the bidder's next step told: a higher offer made, or the bidder walking away
OFFER_RAISED = re.compile(r"\b(?:(?:rais|increas|improv|sweeten|lift)\w* (?:its|their|the|his|her) (?:\w+ )?(?:offer|bid)|"
                          r"(?:higher|improved|increased|sweetened|revised|new|fresh) (?:\w+ )?(?:offer|bid)|"
                          r"walk\w* away|withdr[ae]w\w*|pull\w* out)\b", re.I)
#: a raise only spoken of as possible ("the possibility of Acme returning with an improved offer")
OFFER_HEDGE = re.compile(r"\b(?:possib\w*|may|might|could|if|whether|expected|likely|speculation|talk)\b", re.I)
#: the answer to an offer told: accepted, turned down, a deal agreed
OFFER_ANSWERED = re.compile(r"\b(?:accept\w*|reject\w*|rebuff\w*|turn\w* down|agree[sd]? (?:to|a|the)|"
                            r"deal (?:was|has been) agreed|snubb?\w*)\b", re.I)


def _party(ctx: "_Context", tok: "Token | None") -> str | None:
    """A side of an offer by name: :func:`_side`, also for a name the small model tags a noun ("Rovers have ...":
    a capitalised word inside a person or organisation name)."""
    if tok is not None and tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.ent_type_ in ("ORG", "PERSON"):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return ctx.expand(ent.text) or ent.text if ent is not None and len(ent) <= 4 else None
    return _side(ctx, tok)


def _targets(ctx: "_Context", pfor: "Token") -> str | None:
    """Who or what an offer is for, by name: "for Tom Reed and Sam Cole" -> "Tom Reed and Sam Cole"."""
    o = next((c for c in pfor.children if c.dep_ == "pobj"), None)
    if o is None:
        return None
    names = [_party(ctx, x) for x in [o] + [c for c in o.children if c.dep_ == "conj"]]
    if not all(names) or len(names) > 2:
        return None
    return " and ".join(names)  # type: ignore[arg-type]


@lead_kind("offer-open")
def _offer_open(ctx: "_Context", n: int) -> Iterator[str]:
    """An offer or bid from a named bidder that the lead says a named side has rejected or has received (is
    considering), whose next step the story does not tell: "Westby have rejected a third bid from Rovers for Tom
    Reed" -> "Will Rovers make a higher bid for Tom Reed?"; "Avonia Mills has received a takeover offer from Acme"
    -> "Will Avonia Mills accept Acme's offer?". Not an offer told answered or raised later in the story."""
    sent = ctx.sents[n][2]
    for t in sent:
        if t.lower_ not in OFFER_NOUNS or t.dep_ != "dobj":
            continue
        v = t.head
        lem = v.lemma_.lower()
        if lem not in OFFER_REJECTED | OFFER_PENDING or any(c.dep_ == "neg" for c in v.children) or \
                any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in v.children):
            continue
        pfrom = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        bidder = next((c for c in pfrom.children if c.dep_ == "pobj"), None) if pfrom is not None else None
        s = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is None and v.dep_ in ("advcl", "conj"):  # "Westby accepted one offer, rejecting a higher offer from X"
            s = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if s is not None and s.pos_ == "PRON" and v.dep_ == "ccomp":
            s = next((c for c in v.head.children if c.dep_ == "nsubj"), None)  # "Westby said they have received"
        elif s is not None and s.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
            s = v.head
        a, b = _party(ctx, bidder), _party(ctx, s)
        if not a or not b or a == b:
            continue
        pfor = next((c for x in (t, bidder) for c in x.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        what = _targets(ctx, pfor) if pfor is not None else None
        if pfor is not None and not what:
            continue
        others = [sp.text for m, (_, _, sp, _) in enumerate(ctx.sents) if m != n]  # (the other lead sentence too)
        if lem in OFFER_REJECTED:
            if any(not OFFER_HEDGE.search(x[:r.start()]) for x in others for r in OFFER_RAISED.finditer(x)):
                continue  # ("they would not be increasing their offer": told; "the possibility of an improved offer": not)
            yield f"Will {a} make a higher {t.lower_} for {what or b}?"
        else:
            if any(OFFER_ANSWERED.search(x) and a.split()[-1] in x and not EARLIER_ROUND.search(x) for x in others):
                continue  # (the bidder's name in the sentence: an answer to another bidder's offer is not this one's)
            yield f"Will {b} accept {possessive(a)} {t.lower_}{' for ' + what if what else ''}?"


# --------------------------------------------------------------------------- an answer a named side awaits

LEARN_VERBS = {"learn", "find", "discover", "hear"}  # "will find out whether", "are set to learn if"
AWAIT_GOVERNORS = {"set", "expect", "due", "go", "wait"}  # "set to learn", "expected to find out", "going to"


def _awaited(v: "Token") -> bool:
    """A finding-out still to come: ``v`` with "will"/"shall", or the verb a "set to", "expected to", "due to", "going
    to" or "waiting to" governs ("will learn next week", "are expected to find out on Friday"; not "they expected
    to learn")."""
    return _future(v, AWAIT_GOVERNORS) and (v.dep_ != "xcomp" or v.head.tag_ != "VBD" and any(
        a.lower_ == "to" for a in v.children if a.dep_ == "aux"))


@lead_kind("answer-awaited")
def _answer_awaited(ctx: "_Context", n: int) -> Iterator[str]:
    """A named side the lead says will find out or learn whether something happens to it, the answer not told:
    "Tom Reed will learn next week whether he is to be given a new contract" -> "Will Tom Reed be given a new
    contract?"; "Ann Lee and Sue Hale are set to learn on Friday if they will be banned" -> "Will Ann Lee and Sue
    Hale be banned?". The clause's own pronoun subject is the named side. Not a finding-out told in the past, nor one
    wished for ("keen to find out whether")."""
    from .questions import _Builder
    sent = ctx.sents[n][2]
    for t in sent:
        lem = t.lemma_.lower()
        if lem not in LEARN_VERBS or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children) or not _awaited(t):
            continue
        if lem == "find" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
            continue
        holder = t if t.dep_ != "xcomp" else t.head
        s = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is None or s.pos_ != "PROPN" and not (s.pos_ == "NOUN" and any(
                c.pos_ == "PROPN" for c in s.children if c.dep_ in ("compound", "appos"))):
            continue  # a named side ("Tom Reed", "Greek sprinters Ann Lee and Sue Hale"), not "fans", "he"
        clause = next((c for c in t.children if c.dep_ in ("ccomp", "advcl") and
                       any(m.lower_ in ("whether", "if") for m in c.children if m.dep_ == "mark")), None)
        if clause is None:
            continue
        cs = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if cs is None:
            continue
        names = _named_sides(ctx, s) if cs.pos_ == "PRON" else None
        if cs.pos_ == "PRON" and not names:
            continue  # (whom the clause's "he" or "they" stands for, by name, is not sure)
        b = _Builder(ctx, sent, ctx.sents[n][3].offset)
        drop = frozenset(m.i for m in clause.children if m.lower_ in ("whether", "if")) | \
            (frozenset({cs.i}) if cs.pos_ == "PRON" else frozenset())
        subj = s if cs.pos_ == "PRON" else cs
        then = next((c for c in clause.children if c.dep_ == "xcomp" and
                     any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
        if clause.lemma_ == "be" and then is not None:  # "whether he is to be offered a deal": "Will he be offered"
            passive = any(a.dep_ == "auxpass" for a in then.children)
            q = b.question(then, subj=subj, front="will", drop_aux=True, drop_ids=drop | {clause.i},
                           verb_text=("be " if passive else "") + (then.text if passive else then.lemma_.lower()))
        else:
            q = b.question(clause, subj=subj, future=clause.tag_ in ("VBZ", "VBP"), drop_ids=drop)
        if q and names and b.subject_text and q.startswith(f"Will {b.subject_text} "):
            q = f"Will {names} " + q[len(f"Will {b.subject_text} "):]  # ("Greek sprinters A and B": the names only)
        if q:
            yield q


def _named_sides(ctx: "_Context", s: "Token") -> str | None:
    """The names a subject gives, in the article's fullest form: "Greek sprinters Ann Lee and Sue Hale" -> "Ann Lee
    and Sue Hale", "Reed and fellow sprinter Sue Hale" -> "Tom Reed and Sue Hale"; None when a part has no name."""
    chain, frontier = [], [s]
    while frontier:  # the subject and the names joined to it ("and", or set beside a role: "sprinter Sue Hale")
        x = frontier.pop(0)
        chain.append(x)
        frontier += [c for c in x.children if c.dep_ in ("conj", "appos")]
    names = []
    for x in sorted(chain, key=lambda y: y.i):
        if x.pos_ == "PROPN":
            side = _side(ctx, x)
            if side is None:
                return None
            names.append(side)
        elif x.pos_ != "NOUN" or x.tag_ == "NNS" and x.i != s.i:
            return None  # ("Tom Reed and his lawyers": not only named sides)
    if not names or len(names) > 3 or len(names) < 2 and any(x.dep_ == "cc" for x in s.subtree):
        return None  # ("Tom Reed and fellow sprinter Ann Lee" parsed with one name only: not all the sides)
    return " and ".join(names) if len(names) <= 2 else f"{names[0]}, {names[1]} and {names[2]}"


# --------------------------------------------------------------------------- how long an injury keeps a player out

ABSENCE_VERBS = {"withdraw", "miss", "pull", "rule", "retire"}  # "withdrew from X", "will miss X", "pulled out of X"
INJURY_PREPS = {"with", "because", "through", "due", "after"}  # "with a rib injury", "because of injury"
#: the story tells how long the player is out or when they are back
RETURN_TOLD = re.compile(r"\b(?:back(?! injur)|return\w*|recover\w*|comeback|rest of the|remainder of|until|out for|"
                         r"sidelined for|fit (?:for|in time|to)|"
                         r"(?:\d+|a|one|two|three|four|five|six|eight|ten|several|a few|few) (?:days?|weeks?|months?)|season)\b",
                         re.I)
#: the withdrawal itself reported, denied or only possible: no absence to ask about
NOT_OUT = {"deny", "report", "rumour", "suggest", "fear", "could", "may", "might", "if"}


def _injury_of(v: "Token") -> "Token | None":
    """The injury a withdrawal is put down to: "with a rib injury", "because of injury", "through injury", "due to a
    knee injury", "after suffering a groin injury" (one step down a gerund)."""
    for p in v.children:
        if p.dep_ != "prep" or p.lower_ not in INJURY_PREPS:
            continue
        objs = [o for o in p.children if o.dep_ == "pobj"] + \
            [o for c in p.children if c.dep_ in ("pcomp", "prep") for o in c.children if o.dep_ in ("pobj", "dobj")]
        hit = next((o for o in objs if o.lemma_.lower() == "injury"), None)
        if hit is not None:
            return hit
    return None


@lead_kind("injury-absence")
def _injury_absence(ctx: "_Context", n: int) -> Iterator[str]:
    """A named player the lead says has withdrawn from, pulled out of, been ruled out of or will miss an event with an
    injury, when the story tells neither how long they are out nor when they are back: "Tom Reed was forced to
    withdraw from the Westby Open on Thursday with a rib injury" -> "How long will Tom Reed be out injured?". Not a
    withdrawal denied or only reported ("has denied reports that she has pulled out"), nor one the story dates the
    return of ("back in April", "out for six weeks", "the rest of the season")."""
    sent = ctx.sents[n][2]
    for t in sent:
        lem = t.lemma_.lower()
        if lem not in ABSENCE_VERBS or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        if lem in ("pull", "rule") and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
            continue
        if lem == "rule" and not any(c.dep_ == "auxpass" for c in t.children):
            continue  # ("ruled out a comeback": the player's own decision, not an absence)
        injury = _injury_of(t)
        if injury is None:
            continue
        up = [t] + list(t.ancestors)
        if any(x.lemma_.lower() in NOT_OUT or any(c.lower_ in NOT_OUT for c in x.children if c.dep_ in ("aux", "mark"))
               for x in up):
            continue
        holder = next((x for x in up if any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)), None)
        s = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None) if holder is not None else None
        if s is None or not _person_named(ctx, s) or any(c.dep_ == "conj" for c in s.children):
            continue  # one named player ("Wales centre Tom Reed and number eight Sam Cole": two absences, not one)
        who = _side(ctx, s)
        if not who or any(RETURN_TOLD.search(sp.text) for _, _, sp, _ in ctx.sents):
            continue
        yield f"How long will {who} be out injured?"
