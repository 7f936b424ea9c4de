"""Key actors: who acts in the story, one entry per real-world referent.

How it works (all on the existing parse; nothing is re-parsed and no other model is loaded):

1. **Mentions.** In each story paragraph (its own spaCy ``Doc``, so nothing crosses a paragraph,
   the headline, the dek or the byline) we take the named entities (PERSON, ORG, GPE, LOC, NORP,
   FAC), trim them (leading "the", possessive "'s", titles such as "President" or "Mr", words a
   name was run into), split compounds of known places ("U.S.-Russia"), and add what NER misses:
   peerage titles ("the Duchess of Avonmouth", "the Duke") and descriptive actors that a person
   would list when the article makes them act: plural groups ("single mothers", "foreign
   fighters"), definite organisations ("the government", "the panel", "the Harlow campaign") and
   first-person kin in opinion pieces ("my father"), and names introduced by what they are
   ("fitness company Rabble"). Further occurrences of a name NER tagged once are found by
   string search. Each mention records whether it is the
   subject of a verb (agentive), of a verb of saying, inside quotation marks, a mere modifier
   ("U.S. growth"), and the role the sentence gives it.
2. **One actor per referent.** Mentions are grouped by name; a short form joins the one full
   name it ends with ("Kovalenko", "President Kovalenko", "Mr Kovalenko" -> "Petro Kovalenko";
   "Hartley Shaw" -> "Sam Hartley-Shaw") or starts with (first names: "Pat" -> "Peg Rowe");
   acronyms join the name they abbreviate ("IMF"); short organisation names join the longer
   one they begin ("Brill" -> "Brill Research Center"); a gazetteer maps country names, their
   abbreviations and capitals used as governments to one country actor ("U.S.", "the United
   States", "Washington"; "Moscow" -> Russia; "Kyiv" -> Ukraine); "the fund" joins the
   International Monetary Fund, "the campaign" the Harlow campaign, "the agency" the one
   organisation the article calls an agency ("space agency Orbitra") or, when it acts, the
   organisation just seen acting, "the firm" the company named nearest before it (else the
   article's main company; never an outlet or a public body), "the newspaper" only an outlet. A capital stands for
   its country only when the capital acts ("Moscow
   rejected") or the article names that country and the capital is more than a setting or a
   modifier ("a summit in Oslo", "Oslo's Nordvik Bank" are the city).
3. **Type** is settled by all of an actor's mentions (weighted votes from spaCy labels, titles,
   ages, role nouns, organisation suffixes, given names, the noun that introduces a name ("the band
   X"), what takes it up ("X, which ..."), players, fans and results), with the gazetteer overriding NER
   (so "Kyiv" is never a person, "Harlow" never an organisation).
4. **Role** exactly as the article states it: titles before the name ("U.S. Secretary of State"),
   appositions on either side ("Adam Doyle, the director of debate at ..."), "X, who is ...",
   "X is/was a ...", "X of Ladbrokes"; the most informative earliest one wins. A role noun must
   name a position or kind of person ("envoy", "economist"); looks, age and race are never
   roles, nor is a bare "man", a title ending in an organisation or an opinion in a quotation
   (:func:`_role_fits`). A title used alone as a subject ("The attorney general has again denied
   ...") is the role of the person just mentioned, when only one is in view (or, at the start, of
   the most salient one) if none is stated.
5. **Salience** (:func:`rank`): a learned model (:class:`SalienceModel`, weights in
   ``generator/data/salience_weights.json`` from ``train/salience_model.py``) gives each candidate
   the probability that a summary of the story names it, from named :data:`FEATURES` (mentions,
   first position, headline, lead, subject of the main clause, speaker, quoted, object, setting,
   modifier, type, name or description, role). At ``sure_cut`` or above a candidate is a key
   actor; between ``key_cut`` and ``sure_cut`` the rules decide (:func:`_useful`: named people
   not merely named in passing; countries that recur or act; other places only when they act;
   organisations that recur, act or employ a person in the story; groups that act and recur).
   Named people who are quoted are kept (added if missing). Never actors: titles of works and
   laws, names from credit lines, the article's own outlet. At most :data:`MAX_ACTORS`.

Identity (:mod:`generator.identity`, shared with the site): :func:`same_referent` decides
whether two mentions' actors are one referent. ``Actor.id`` is :func:`actor_id` of the canonical
name, so it is stable across articles ("Petro Kovalenko" -> ``petro-kovalenko``; "U.S.", "the
US", "Washington" -> ``united-states``).
"""

from __future__ import annotations

import functools
import json
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from .. import lexicon as lex
from ..identity import canonical_name, fold, honorific_gender, initials, is_acronym, name_words, same_referent
from ..ids import actor_id
from ..model import Actor, Mention, ParsedArticle, ParsedParagraph, Quote
from .analysis import AGE_WORD, Analysis, capital_verb, find_marks
from .coref import POSTNOMINALS, SOURCE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "NORP": "group",
         "FAC": "place"}
ENT_LABELS = set(TYPES)
MAX_ACTORS = 15
_DETS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "also", "this", "that", "another"}
_QUANT = {"many", "some", "other", "few", "several", "more", "most", "all", "both", "such", "any", "each", "every",
          "these", "those", "the", "own", "same", "various", "numerous", "certain", "no", "much", "less", "fewer"}
_PARTICLES = {"of", "de", "da", "van", "von", "der", "al", "bin", "ibn", "la", "le", "du", "del", "di", "and", "&",
              "for", "the", "on", "in"}
_ROLE_STOP = {"who", "which", "that", "where", "when", "whose", "whom"}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
_GENERIC_GROUPS = {"men", "women", "children", "families", "people", "parents", "staff", "workers", "residents",
                   "officials", "users", "customers", "players", "fans", "patients", "students"}


#: Compounds of a body's noun that name no body ("the box office": a film's ticket sales).
_NOT_BODIES = frozenset({"box office"})

# --------------------------------------------------------------------------- mentions

@dataclass
class _M:
    start: int
    end: int
    text: str  # display form (cleaned)
    words: tuple[str, ...]  # matching key words
    label: str  # spaCy label, or PEER / DESC / KIN
    para: int
    sent: int
    canon: str | None = None
    gtype: str | None = None
    capital: bool = False
    lead: bool = False
    quoted: bool = False
    agentive: bool = False
    speech: bool = False
    weak: bool = False
    votes: dict = field(default_factory=dict)
    roles: list = field(default_factory=list)  # (quality, start, text)
    surface: str = ""  # with honorific, for aliases
    head: str = ""  # descriptive head noun
    generic: bool = False  # "the firm": resolve to the main organisation
    addressee: bool = False  # "told CNN", "in remarks to CNN"
    pev: int = 0  # person evidence beyond NER (titles, ages, human role nouns)
    introduced: bool = False  # a name NER missed, found after what it is ("fitness company Rabble")
    orgmark: bool = False  # modifies a noun only organisations have ("X shares", "X striker")
    work: bool = False  # the title of a work, product or law ("the film X", "the X Bill")
    titled: bool = False  # a work by what is said of the title itself ("the film X", "a role in X"), not a law
    called: bool = False  # titled by a work noun right before it ("the film X", "the video game X")
    main: bool = False  # subject of the sentence's main verb
    obj: bool = False  # object of a verb ("the court fined X")
    loc: bool = False  # only a place or setting: object of "in", "at", "near" ...
    listed: bool = False  # one of names coordinated in a list ("A, B and C are injured")
    team: int = 0  # treated as a sports team: 2 by its players or fans ("X striker"), 1 by a result ("beat X")
    nat: bool = False  # a country's name as a person's label only: "X's Ann Lee" (:func:`_label_of_person`)
    body: bool = False  # introduced as a body by the noun right before it ("the band X", "charity X")
    cue: bool = False  # a person by its use: listed with full personal names, or "X said" and then "he"/"she"
    thing: int = 0  # referred to as a thing: 2 "X, which ..."; 1 "the X" for a name NER read as a person
    gov: str = ""  # lemma of the verb it is subject, object or agent of, or of the noun it modifies ("report")
    made: bool = False  # named as a made thing: "the X console", "Acme's X"
    own: bool = False  # a subject taken up by "his"/"her" in its clause, or by "He"/"She" opening the next sentence
    nick: bool = False  # a club's nickname joined to the club ("the Gunners"): never its display name
    unnamed: bool = False  # the unnamed person the story is about ("a two-year-old boy ... the boy")
    national: bool = False  # a group's noun after a nationality or a country ("European leaders", "US prosecutors")
    nation: str = ""  # that nationality or country as written ("European", "South Korean", "US"), for the name


def _clause_head(tok: "Token") -> "Token":
    t = tok
    for _ in range(6):
        if t.dep_ in ("conj", "appos") and t.head is not t:
            t = t.head
        elif t.dep_ in ("nmod", "compound") and t.head.i > t.i and any(c.dep_ == "cc" for c in t.children) \
                and t.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            t = t.head  # "A and B are ...", parsed as A modifying B: A shares B's place in the clause
        else:
            break
    return t


_AUTHORED = lex.words("work_nouns", "authored")
#: Words for a post a person holds ("chief", "minister").
_POSTS = lex.TITLE_WORDS | lex.PERSON_ROLES
#: Words that name a post or a kind of person by themselves ("commissioner", "MP", "striker").
_PERSON_WORDS = _POSTS | lex.HUMAN_NOUNS
#: People who act or speak for an organisation ("spokesman", "executives", "sources").
_SPEAKING_FOR = lex.words("org_marks", "speaks-for")


def _author_of(tok: "Token") -> tuple[bool, bool] | None:
    """A name that modifies a document or figures which act ("said a Harbour Bank report", "Acme
    figures show", "according to a Harbour Bank survey"): the organisation behind it acts through
    it, so (is an agent, is a source of speech) of the document; None for any other mention."""
    head = tok.head
    if tok.dep_ not in ("compound", "nmod") or head.i <= tok.i or head.pos_ != "NOUN" \
            or head.lower_ not in _AUTHORED or tok.ent_type_ in ("GPE", "LOC", "NORP"):
        return None
    if tok.is_sent_start and tok.i + 1 == head.i and not tok.text.isupper():
        return None  # one capitalised word opening the sentence ("Exit polls show"): maybe no name
    agent, speech = _agentive(head)
    return (True, speech) if agent else None


def _represented_by(tok: "Token") -> tuple[bool, bool] | None:
    """A name that modifies the people who act for it ("a Harbour Bank spokesman said", "Acme
    executives defended the plan", "Acme chief executive Tom Reed said", "Acme's lawyers argued"):
    the organisation acts through them, so (is an agent, is a source of speech) of those people;
    None for any other mention. Not a place or a people ("a US official"), nor a person ("the
    Lee campaign"). A spokesman speaks for whoever follows "for" too (:func:`_spokesman_for`)."""
    spoken = _spokesman_for(tok)
    if spoken is not None:
        return spoken
    head = tok.head
    if tok.dep_ not in ("compound", "nmod", "poss", "amod") or head.i <= tok.i or head.pos_ != "NOUN" \
            or tok.ent_type_ in ("GPE", "LOC", "NORP", "PERSON", "") \
            or not {head.lemma_.lower(), head.lower_, head.lower_.rsplit("-", 1)[-1]} & _SPEAKING_FOR:
        return None
    if tok.dep_ != "poss" and tok.is_sent_start and tok.i + 1 == head.i and not tok.text.isupper():
        return None  # one capitalised word opening the sentence ("Senior officials said"): maybe no name
    actor = head
    if head.dep_ in ("compound", "appos") and head.head.ent_type_ == "PERSON" and head.head.i > head.i:
        actor = head.head  # "Acme chief executive Tom Reed said": the person named acts
    elif head.dep_ == "appos" or _clause_head(head).dep_ == "nsubjpass":
        return None  # people who rename another noun, or undergo ("Acme officials were arrested")
    agent, speech = _agentive(actor)
    return (True, speech) if agent else None


#: People whose only part is to speak for someone ("a spokesman for X"): not "economist at X", "director of X".
_SPOKESPEOPLE = frozenset({w for w in _SPEAKING_FOR if w.startswith("spokes")} | {"representative", "representatives"})


def _spokesman_for(tok: "Token") -> tuple[bool, bool] | None:
    """A name after "for" ("of", "at") of a spokesman ("a spokesman for Acme said", "said Ann Lee,
    spokeswoman for games firm Acme"): the body or person the spokesman speaks for acts through
    them, so (is an agent, is a source of speech) of the spokesman, or of the person the spokesman
    is in apposition to; None for any other mention. Not a place or a people ("a spokesman for
    Avonia" may be anyone's). A body's people after "at"/"from" speak for it too (:func:`_staff_of`)."""
    t = _clause_head(tok)
    prep = t.head
    if t.dep_ == "pobj" and prep.lower_ in ("at", "from") and tok.ent_type_ in ("ORG", "FAC") \
            and (prep.head.lower_ in _STAFF or (prep.head.lower_ in _HOW_MANY and any(
                o.lower_ in _STAFF for c in prep.head.children if c.lower_ == "of" for o in c.children))):
        # ("thousands of staff at X": the parser may hang "at X" on "thousands")
        return _staff_of(prep.head)
    if t.dep_ != "pobj" or prep.lower_ not in ("for", "of", "at") or prep.head.lower_ not in _SPOKESPEOPLE \
            or tok.ent_type_ in ("GPE", "LOC", "NORP", ""):
        return None
    actor = prep.head
    if any(c.dep_ == "prep" and c.lower_ in ("for", "of", "at") and c.i < prep.i for c in actor.children):
        return None  # "spokesman for the Avon Trust for the Care of Rivers": the parser's second "for" is the name's own
    if actor.dep_ == "appos" and actor.head.ent_type_ == "PERSON" and actor.head.i < actor.i:
        actor = actor.head  # "said Ann Lee, spokeswoman for Acme": the person named acts
    elif _clause_head(actor).dep_ == "nsubjpass":
        return None  # "a spokesman for Acme was arrested"
    agent, speech = _agentive(actor)
    return (True, speech) if agent else None


#: The people of a body, in the plural ("staff at X", "researchers from X"): when they act, the body acts.
_STAFF = frozenset("staff workers employees officials executives servants researchers scientists engineers".split())
#: Words for how many of them there are ("thousands of staff at X", "some of the workers at X").
_HOW_MANY = frozenset("thousands hundreds dozens scores millions some many most all".split())


def _staff_of(people: "Token") -> tuple[bool, bool] | None:
    """(is an agent, is a source of speech) of a body whose people act ("staff at X went on strike",
    "thousands of workers at X walked out", "researchers from X warned"); None when they do not
    act or undergo it ("a report on staff at X")."""
    if people.dep_ == "pobj" and people.head.lower_ == "of" \
            and (people.head.head.pos_ == "NUM" or people.head.head.lower_ in _HOW_MANY):
        people = people.head.head  # "thousands of staff at X"
    if _clause_head(people).dep_ == "nsubjpass":
        return None  # "staff at X were sacked": the body does not act
    agent, speech = _agentive(people)
    return (True, speech) if agent else None


def _agentive(tok: "Token") -> tuple[bool, bool]:
    """(is an agent, is a source of speech) for a mention's head token."""
    authored = _author_of(tok) or _represented_by(tok)
    if authored:
        return authored
    t = tok
    while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i == t.i + 1:
        t = t.head  # "Pierre Marsh QC"
    t = _clause_head(t)
    if t.dep_ in ("nsubj", "csubj") or (t.dep_ == "pobj" and t.head.dep_ == "agent"):
        verb = t.head
        speech = verb.lemma_.lower() in lex.SOURCE_VERBS
        return True, speech
    if t.dep_ == "nsubjpass":
        return True, False
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        return True, True
    if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.pos_ == "VERB":
        return True, False
    if (t.dep_ == "pobj" and t.head.lower_ in ("by", "from") and t.head.head.lemma_.lower() in lex.SOURCE_DOCUMENTS) \
            or (t.dep_ == "poss" and t.head.lemma_.lower() in lex.SOURCE_DOCUMENTS):
        return True, True  # "a report by X", "X's survey": the organisation behind it speaks
    return False, False


_PLACE_PREPS = frozenset("in near across throughout inside outside around".split())
_LOCATIVE = frozenset("in at on near inside outside across throughout around within into onto from "
                      "towards toward via outside beside behind opposite".split())


def _syntax(tok: "Token") -> tuple[bool, bool, bool]:
    """(subject of the main verb, object of a verb, only a setting) for a mention's head token:
    whether the mention acts in the story, undergoes an action, or only says where."""
    t = tok
    while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i == t.i + 1:
        t = t.head
    t = _clause_head(t)
    main = t.dep_ in ("nsubj", "nsubjpass", "csubj") and t.head.dep_ == "ROOT"
    obj = t.dep_ in ("dobj", "dative", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent")
    loc = t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE and t.head.dep_ != "agent"
    return main, obj, loc


def _in_list(tok: "Token") -> bool:
    """Is a mention's head one of three or more names coordinated in a list ("A, B and C were
    injured")? Two names ("between A and B") are as often the story's two sides as a passing pair."""
    t = tok
    while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i == t.i + 1:
        t = t.head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # the list's first item
    names, todo = 0, [t]
    while todo:
        item = todo.pop()
        names += item.pos_ == "PROPN"
        todo.extend(c for c in item.children if c.dep_ == "conj")
    return names >= 3


def _is_addressee(tok: "Token") -> bool:
    """"told CNN", "in remarks to CNN", "said on CNBC", "an interview with Cosmopolitan magazine"."""
    t = _clause_head(tok)
    h = t.head
    if t.dep_ in ("dobj", "dative") and h.lemma_ in ("tell", "inform", "brief"):
        return True
    if t.dep_ == "pobj" and h.pos_ == "ADP":
        g = h.head
        if g.lemma_.lower() in lex.SPEECH_VENUES or (g.lemma_.lower() in lex.SOURCE_VERBS and h.lower_ in ("to", "on", "with", "in")):
            return True
        if h.lower_ in ("to", "with", "in", "on") and g.lemma_.lower() in lex.SPEECH_VENUES:
            return True
    return False


#: Nouns that show a name is a news outlet ("X correspondent", "the X newspaper", "the newspaper").
_MEDIA = lex.words("org_marks", "media")


def _governor(tok: "Token") -> str:
    """The lemma of the word that gives a mention's head its part in the clause: the verb it is
    the subject, object or agent of ("the Courier reported", "told the Courier", "a survey by the
    Courier"), or the noun it modifies ("a Courier correspondent", "the Courier's poll"); ""."""
    t = tok
    while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i == t.i + 1:
        t = t.head
    if t.dep_ in ("compound", "nmod", "poss") and t.head.i > t.i and t.head.pos_ == "NOUN":
        return t.head.lemma_.lower()
    t = _clause_head(t)
    if t.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "dative"):
        return t.head.lemma_.lower()
    if t.dep_ == "pobj" and (t.head.dep_ == "agent" or t.head.lower_ == "by"):
        return t.head.head.lemma_.lower()
    return ""


def _is_modifier(span: "Span") -> bool:
    """An entity used as a modifier of a common noun ("U.S. growth", "the Brexit vote")."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and root.head.pos_ == "NOUN" \
        and _author_of(root) is None and not _employer_of(root) and _represented_by(root) is None


def _employer_of(tok: "Token") -> bool:
    """A name before a person's job title ("Harbour Bank chief economist Ann Lee"): the
    organisation the person speaks for, not a mere modifier."""
    head = tok.head
    return head.lower_ in _POSTS and head.head.ent_type_ == "PERSON" \
        and head.head.i > head.i and tok.ent_type_ not in ("GPE", "LOC", "NORP")


def _content_words(s: str) -> int:
    return len([w for w in re.findall(r"[A-Za-z][A-Za-z\-]+", s) if w.lower() not in _DETS
                and w.lower() not in ("of", "and", "at", "for", "in", "on", "from", "with")])


#: Words that, hyphened before a post, say when it was held ("then-Senate leader"): no part of the role
#: ("ex-" is: an "ex-Acme boss" is a former one, as a "former Acme boss" is).
_THEN_WORDS = frozenset({"then", "now", "soon", "once"})
#: Comparatives that, opening a sentence, say when it happened ("Earlier Tory leader Name said"): no part of the role.
_TIME_OPENERS = frozenset({"earlier", "later"})


def _clean_role(tokens: list["Token"]) -> str:
    while tokens and (tokens[0].lower_ in _DETS or tokens[0].is_punct or tokens[0].pos_ in ("CCONJ", "ADV")
                      or (tokens[0].lower_ in _TIME_OPENERS and tokens[0].is_sent_start)) \
            and not _position(tokens[0]):  # (a post the tagger read as an adverb stays: "forward Name")
        if len(tokens) > 2 and tokens[1].text in ("-", "–") and not tokens[0].whitespace_ and not tokens[0].is_punct \
                and not any(t.pos_ in ("NOUN", "PROPN") for t in tokens[2:]):
            return ""  # half a hyphenated verb is no role: "out-qualified Name" (but "then-Senate leader")
        if len(tokens) > 2 and tokens[1].text in ("-", "–") and not tokens[0].whitespace_ \
                and not tokens[1].whitespace_ and tokens[0].is_alpha and tokens[0].lower_ not in _THEN_WORDS:
            break  # the first half of a compound stays: "far-right leader", "best-selling writer"
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or (tokens[-1].lower_ in _HONORIFIC_OR_PEER
                                              and not (tokens[-1].is_lower and _post_word(tokens[-1])))
                      or (tokens[-1].pos_ in ("CCONJ", "ADP", "DET") and not _position(tokens[-1]))):
        # (a form of address goes, "Dr"; a post written in lower case stays: "law professor")
        if len(tokens) > 2 and tokens[-1].pos_ == "ADP" and tokens[-2].text == "-" and tokens[-3].is_alpha \
                and not tokens[-3].whitespace_ and not tokens[-2].whitespace_:
            break  # a particle hyphened to the noun is part of it: "runner-up", "stand-in"
        tokens = tokens[:-1]
    if not tokens or len(tokens) > _ROLE_WORDS or tokens[-1].tag_ == "POS" or tokens[-1].text.endswith(("'s", "’s")):
        return ""  # "the club's X": a possessor, not a role
    text = "".join(t.text_with_ws for t in tokens).strip()
    if re.match(r"[-–—][A-Za-z]", text):
        text = text[1:]  # a signature line's dash the tokenizer kept on the word ("-President Tom Reed")
    return re.sub(r"\s+", " ", text)

_NOT_ROLES = {"black", "white", "asian", "hispanic", "latino", "latina", "young", "old", "elderly", "unarmed", "armed",
              "local", "new", "late", "little", "big", "tall", "disabled", "gay", "straight", "rich", "poor", "top",
              "male", "female", "dead", "injured", "missing", "mixed-race", "fellow", "same", "former", "clear",
              "current", "then", "ex", "acting", "interim", "incumbent", "older", "younger"}
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ive", "eur")
#: Endings of "-ent" nouns for an act or a time, never for someone ("punishment", "moment", "incident").
_NOT_AGENT_ENDS = ("ment", "cident")


def _roleish(word: str) -> bool:
    """A noun that can name a position or a kind of person or organisation."""
    w = word.lower()
    parts = [w] + (w.split("-") if not w.endswith("ing") else [])  # "head-butting" is no head
    for x in parts + [p[:-1] for p in parts if p.endswith("s") and len(p) > 3 and not p.endswith("ss")]:
        if x in lex.HUMAN_NOUNS or x in lex.TITLE_WORDS or x in lex.ORG_NOUNS or x in lex.GROUP_HEADS \
                or x in lex.ROLE_JOBS or x in lex.ORG_KINDS:
            return True
        if len(x) > 4 and x.endswith(_AGENT_SUFFIXES) and not x.endswith(_NOT_AGENT_ENDS):
            return True
    return False


def _org_noun(word: str) -> bool:
    w = word.lower()
    if w.replace("-", "") in lex.ROLE_JOBS:
        return False  # a "film-maker" is a filmmaker, no maker of goods
    parts = [w] + w.split("-")
    return any(x in lex.ORG_NOUNS or (x.endswith("s") and x[:-1] in lex.ORG_NOUNS) for x in parts)


def _org_kind(word: str) -> bool:
    """A kind of organisation a role may name beyond the organisation nouns ("operator", "subsidiary")."""
    w = word.lower()
    return w in lex.ORG_KINDS or (w.endswith("s") and w[:-1] in lex.ORG_KINDS)


def _role_ok(tokens: list["Token"], ent_tokens: set[int], adjective_ok: bool = False) -> bool:
    """Does this stretch name a role: a position or kind of person ("U.S. envoy", "director of
    debate"), or a bare descriptive adjective ("Unseeded")?"""
    nouns = adjs = roleish = 0
    for t in tokens:
        if t.i in ent_tokens:
            continue
        lw = t.lower_
        position = _position(t)
        if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ or lw in lex.TITLE_WORDS \
                or (t.is_lower and _human_word(lw)) or lw in lex.ROLE_JOBS or position or _verb_tagged_plural(t):
            nouns += 1
            roleish += _roleish(lw) or position or _verb_tagged_plural(t)
        elif t.pos_ == "ADJ" and t.ent_type_ not in ("NORP", "GPE") and lw not in _QUANT:
            adjs += 1
    if roleish > 0:
        return True
    # a bare descriptive adjective ("Unseeded"), but not a description of looks, age or race
    # ("heroic", "confident" and "high-class" say what the writer thinks of someone, not what they are)
    return adjective_ok and nouns == 0 and adjs > 0 and not any(t.lower_ in _NOT_ROLES for t in tokens) \
        and (tokens[-1].lower_.endswith("ed") or _human_word(tokens[-1].lower_))  # "assistant" tagged ADJ


#: The first word of a player's position written as two words ("left back", "centre half").
_POSITION_SIDES = frozenset("left right centre center full wing fly scrum".split())


def _position(t: "Token") -> bool:
    """The second word of a two-word position ("left back", "centre half"), or a position the tagger
    read as an adverb right before a person's name ("Rovers forward Name")."""
    if t.lower_ in _PLAYING_POSTS and t.pos_ == "ADV" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON":
        return True
    return t.lower_ in ("back", "half") and t.i > 0 and t.doc[t.i - 1].lower_ in _POSITION_SIDES


def _prenominal(doc: "Doc", start: int) -> list["Token"]:
    """Title words and modifiers directly before a name ("U.S. Secretary of State")."""
    out: list[Token] = []
    i = start - 1
    while i >= 0:
        t = doc[i]
        lw = t.lower_
        if t.is_space and not t.is_sent_end:
            i -= 1  # layout whitespace (a non-breaking space) between words: no word of the phrase
            continue
        if t.is_sent_end and i != start - 1:
            break
        if lw == "ex" and out and out[0].i == i + 1 and out[0].text in ("-", "–") and not t.whitespace_:
            out.insert(0, t)  # "ex-Acme boss Name", whatever the tagger made of "ex": a former post
            i -= 1
            continue
        if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") and not _name_word_in_number(t, out):
            if out and out[0].i == i + 1 and not t.whitespace_ and t.like_num and out[0].is_alpha:
                out.insert(0, t)  # a distance or weight written as one word: "10,000m champion", not "m champion"
                i -= 1
                continue
            if out and out[0].i == i + 1 and t.lower_ in lex.WEEKDAYS and t.text[:1].isupper() \
                    and out[0].text[:1].isupper() and out[0].lower_ in _OUTLET_SUFFIXES:
                out.insert(0, t)  # a weekday that opens a paper's name: "Sunday Telegraph journalist", not
                i -= 1  # "Telegraph journalist"
                continue
            break
        if t.ent_type_ == "PERSON" and t.pos_ != "PROPN" and i + 1 < start and doc[i + 1].ent_iob_ != "I" \
                and lw not in lex.TITLE_WORDS and not _roleish(lw) \
                and any(doc[k].pos_ in ("VERB", "AUX") or (doc[k].pos_ == "ADJ" and doc[k].lower_.endswith("ed"))
                        for k in range(i + 1, start)):
            return []  # another person's name the tagger read as a modifier ("as Lee headed| Name's corner"):
            # the run is a clause with its own subject, no title of this name (a name in a noun
            # chain stays: "Reed campaign spokeswoman Name"; a verb, or a participle the tagger calls
            # an adjective, says a clause)
        if (t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (i == start - 1 and t.is_lower and _human_word(lw))
                or (i == start - 1 and (_verb_tagged_job(t) or _verb_tagged_plural(t)))
                or (t.dep_ == "compound" and t.is_lower and t.is_alpha and t.head.i > t.i
                    and t.tag_ not in ("VBD", "VBZ", "MD"))) \
                and not (t.pos_ == "PROPN" and t.ent_type_ == "PERSON"
                         and not (t.dep_ in ("compound", "nmod") and any(x.pos_ == "NOUN" and x.is_lower for x in out))):
            # (a name compounded with the post after it is the post's: "Acme Hill spokesman Name", "Oscar nominee Name")
            # (a compound the tagger calls a verb: "research" of "director of telecoms research Name",
            # "defender Name"; never a finite one: "a poll saw director Name")
            if t.like_num and not t.text[:1].isdigit() and t.pos_ == "NUM" \
                    and not (t.ent_iob_ == "I" and t.ent_type_ == "ORG" and t.text[:1].isupper()):
                break  # (but a body's name may end in a number word: "Radio One presenter Name")
            out.insert(0, t)
        elif i == start - 1 and _position(t):
            out[0:0] = [doc[i - 1], t]  # "left back Name", parsed as a verb and its particle
            i -= 1
        elif t.text in ("-", "–") and out and not t.whitespace_ and i > 0 and not doc[i - 1].whitespace_ \
                and doc[i - 1].text.isalnum():
            out[0:0] = [doc[i - 1], t]  # "fly-half", "nine-time champion": never half a hyphenated word
            i -= 1
        elif t.text in ("-", "–"):
            break  # a spaced dash ends the phrase ("top Tories - including leader Name")
        elif t.tag_ == "POS" or (lw in ("'s", "’s")):
            out.insert(0, t)
        elif lw == "of" and out and i > 0 and (doc[i - 1].lower_ in lex.TITLE_WORDS or doc[i - 1].pos_ == "PROPN"):
            out.insert(0, t)
        elif lw == "for" and out and i > 0 and doc[i - 1].pos_ == "NOUN" and (
                doc[i - 1].lower_ in lex.TITLE_WORDS or doc[i - 1].lower_ in lex.HUMAN_NOUNS) \
                and not _post_word(out[-1]) and not _body_after_for(doc, start, out):
            out.insert(0, t)  # "shadow spokesman for sport Name", "minister for health Name"; but in
            # "spokesman for trade commissioner Name" the name is the commissioner, not the spokesman,
            # and in "a spokesman for hedge fund Acme" Acme is what the spokesman speaks for
        elif lw == "and" and out and i > 0 and (len(out) > 1 or doc[i - 1].pos_ == "ADJ" or _roleish(doc[i - 1].text)
                                                 or doc[i - 1].text[:1].isupper()) \
                and doc[i - 1].pos_ in ("NOUN", "ADJ", "PROPN") and doc[i - 1].tag_ not in ("NNS", "NNPS") \
                and ((not doc[i - 1].ent_type_ and not (i > 1 and doc[i - 2].ent_type_))
                     or (_job_word(doc[i - 1]) and doc[i - 1].ent_type_ != "PERSON")) \
                and not (doc[i - 1].pos_ == "PROPN" and i > 1 and (doc[i - 2].lower_ in _FIRST_NAMES
                                                                  or doc[i - 2].lower_.rstrip(".") in lex.HONORIFICS)):
            # "singer and actor Name", "storage and delivery firm Name"; not "took its toll and coach Name",
            # nor "Igor Reed and seventh seed Name" (another person's name the tagger missed, before "and")
            out.insert(0, t)
        elif lw == "and" and out and i > 0 and doc[i - 1].ent_type_ == "ORG" and out[0].ent_type_ == "ORG" \
                and doc[i - 1].pos_ == "PROPN" and out[0].pos_ == "PROPN" and not any(x.tag_ == "POS" for x in out) \
                and not (i > 1 and doc[i - 2].lower_ in _FIRST_NAMES) \
                and (t.ent_iob_ == "I" or (out[0].dep_ == "conj" and out[0].head.i == i - 1)):
            out.insert(0, t)  # "Trade and Industry Secretary Name", "former Avonia and Lions prop Name": two
            # bodies or sides joined before the title are both part of it (not "Ivo Reed and Acme's Name")
        elif lw == "the" and out and i > 0 and doc[i - 1].lower_ == "and":
            out.insert(0, t)
        elif t.tag_ in ("VBG", "VBN") and i > 0 and doc[i - 1].text == "-":
            out.insert(0, t)
        elif lw == "be" and out and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "would":
            out[0:0] = [doc[i - 2], doc[i - 1], t]  # "would-be Ukip MP": the modifier is part of the role
            i -= 2
        else:
            break
        i -= 1
    # a noun that closes a prepositional phrase before the run ("critics of the policy claim| president
    # Name"): its preposition stands before the run, so it and the words before it modify no name
    cut = max((k for k, t in enumerate(out) if t.dep_ == "pobj" and t.head.i < out[0].i and t.head.pos_ == "ADP"
               and not t.left_edge.i <= start <= t.right_edge.i and not _roleish(t.text)), default=-1)
    # (a post the parser made an argument is still a post: "told host| Name", "at media giant| Name")
    out = out[cut + 1:]
    # a word that opens or joins a clause on one before the run ("the reason| President Name is seeking",
    # "to shoehorn| Secretary Name's conduct"): it ends another phrase, so it and the words before it are
    # no title (a noun joined to one before it is a description in two parts: "fashionista and clothes
    # designer Name")
    cut = max((k for k, t in enumerate(out[:-1]) if t.is_lower and t.pos_ in ("NOUN", "VERB", "ADJ")
               and (t.dep_ == "ROOT" or (t.head.i < out[0].i and t.dep_ in ("relcl", "acl", "conj", "ccomp", "advcl")))
               and not (t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN", "ADJ"))
               and not _roleish(t.text) and not _job_word(t) and t.lower_ not in _POST_LEADS), default=-1)
    out = out[cut + 1:]
    # do not start with a bare connector or possessive marker
    while out and (out[0].lower_ in ("and", "of", "the", "-", "including") or out[0].tag_ == "POS"):
        out = out[1:]
    return out



def _body_after_for(doc: "Doc", start: int, out: list["Token"]) -> bool:
    """Is the name after "for" a body's ("manager for games giant Acme", "spokesman for hedge fund
    Acme")? Then the post before "for" is someone else's, held in that body, not the body's role."""
    return doc[start].ent_type_ in ("ORG", "NORP") or _org_noun(out[-1].text) or _org_kind(out[-1].text)


def _name_word_in_number(t: "Token", out: list["Token"]) -> bool:
    """A capitalised word the tagger ran into a number before a role ("Olympic" of "Olympic 10,000m
    champion Name"): a modifier of the role, not a number that ends it."""
    return bool(out) and t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.like_num \
        and t.ent_iob_ == "B" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I" \
        and t.doc[t.i + 1].like_num and t.doc[t.i + 1].text[:1].isdigit()


#: Playing positions the tagger may read as adverbs ("forward").
_PLAYING_POSTS = frozenset({"forward"})


def _verb_tagged_job(t: "Token") -> bool:
    """A job word right before a name that the tagger took for a verb, after a team's or a
    nation's name or an adjective ("Harbour Blues prop Name", "veteran lock Name"); not after a
    common noun or a pronoun, where it may be one ("films star Name", "they lock Name out")."""
    if not (t.is_lower and t.i > 0 and ((t.pos_ in ("VERB", "AUX") and t.lower_ in lex.ROLE_JOBS)
                                        or (t.pos_ == "ADV" and t.lower_ in _PLAYING_POSTS))):
        return False  # ("Rovers forward Name": a position the tagger read as an adverb)
    prev = t.doc[t.i - 1]
    if prev.pos_ == "ADJ":
        return True
    return prev.pos_ in ("PROPN", "NOUN") and prev.text[:1].isupper() and prev.ent_type_ != "PERSON" \
        and not (prev.i > 0 and t.doc[prev.i - 1].lower_ in _DETS)  # not "The Films star Name"


def _verb_tagged_plural(t: "Token") -> bool:
    """A plural post right before a list of names that the tagger took for a verb ("the likes of
    defenders A, B and C"): in the singular an agent noun that names a kind of person ("defender";
    never "hosts", "coaches", which are verbs as often)."""
    return t.tag_ == "VBZ" and t.is_lower and t.lemma_ != t.lower_ \
        and t.lemma_.endswith(("er", "or", "ist", "ian")) \
        and (_human_word(t.lemma_) or t.lemma_ in lex.ROLE_JOBS or t.lemma_ in _PERSON_WORDS)


def _post_word(t: "Token") -> bool:
    """A word that names a post or kind of person by itself ("commissioner", "MP")."""
    return t.lower_ in _PERSON_WORDS


def _job_word(t: "Token") -> bool:
    """A post or kind of person (:func:`_post_word`), or a job ("plumber")."""
    return _post_word(t) or t.lower_ in lex.ROLE_JOBS


def _human_word(w: str) -> bool:
    """The same, or a hyphenated word with such a part ("caretaker-boss")."""
    return any(x in _PERSON_WORDS for x in [w] + w.split("-"))


def _aside_dash(t: "Token") -> bool:
    """A dash that opens or closes an aside: an em dash or "--", or a hyphen or en dash with a
    space on either side ("Name - a composer -"; not "2-1", "Anglo-French")."""
    return t.text in ("—", "--") or (t.text in ("-", "–") and (bool(t.whitespace_) or t.i == 0
                                                               or bool(t.doc[t.i - 1].whitespace_)))


def _segment_right(doc: "Doc", i: int) -> list["Token"]:
    out = []
    while i < len(doc) and len(out) < 20:
        t = doc[i]
        if t.text in (",", ";", ".", ":", "(", ")", "–") or _aside_dash(t) or t.is_sent_start and out:
            break
        if not t.is_space:  # (layout whitespace, a non-breaking space after the comma, is no word)
            out.append(t)
        i += 1
    return out


def _finite_verb(tokens: list["Token"]) -> bool:
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens)


#: Count words of a standing ("world number one").
_RANK_COUNTS = frozenset("one two three four five six seven eight nine ten".split())


def _ranking_title(doc: "Doc", s: int) -> str:
    """A ranking written before the name, "world number one", "British number two", with "former" or
    "ex-" before it: the count stops :func:`_prenominal`, so it is read here. "" when there is none
    (a bare "number two Name" may be a place in a list)."""
    if s < 3 or doc[s - 1].lower_ not in _RANK_COUNTS or doc[s - 2].lower_ != "number":
        return ""
    scope = doc[s - 3]
    if not (scope.lower_ == "world" or (scope.text[:1].isupper() and _people_word(scope.text))):
        return ""
    b = s - 3
    if b >= 1 and doc[b - 1].lower_ in ("former", "ex"):
        b -= 1
    elif b >= 2 and doc[b - 1].text == "-" and doc[b - 2].lower_ == "ex":
        b -= 2
    return doc[b:s].text


def _prenominal_role(doc: "Doc", s: int, e: int, ent_tokens: set[int]) -> tuple[list, int]:
    """A role before the name: "U.S. envoy Name", "candidate Gov. Name"."""
    roles: list = []
    person_ev = 0
    root = doc[s:e].root
    if root.dep_ in ("compound", "nmod") and root.head.i >= e and root.head.pos_ == "NOUN" \
            and not any(c.dep_ == "cc" for c in root.children):  # ("A and B" misparsed as A modifying B)
        return roles, person_ev  # "a longtime Lee adviser": the words before belong to the adviser
    dot = _before_space(doc, s)  # (layout whitespace, a non-breaking space, before the name is no word)
    split_abbrev = dot >= 1 and doc[dot].text == "." and not doc[dot - 1].whitespace_ \
        and _title_abbreviation(doc[dot - 1].lower_) and doc[dot - 1].text[:1].isupper()
    pre = _prenominal(doc, dot - 1) + [doc[dot - 1]] if split_abbrev else _prenominal(doc, s)  # "Pres" "." "Name"
    if not pre and s >= 2 and doc[s - 1].lower_ == "eight" and doc[s - 2].lower_ == "number" \
            and doc[s].ent_type_ == "PERSON":
        return [(1, doc[s].idx, doc[s - 2].text + " eight", "pre")], person_ev + 2  # a rugby position the tagger
        # reads as a count: "number eight Name"
    ranking = _ranking_title(doc, s) if not pre and doc[s].ent_type_ == "PERSON" else ""
    if ranking:  # "world number one Name", "former British number two Name": a standing the count cuts off
        return [(1, doc[s].idx, ranking, "pre")], person_ev + 2
    if pre and root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("relcl", "acl") and root.head.head == pre[-1]:
        return roles, person_ev  # "lower in the league table Name waves ...": a caption run on; the name opens a clause on that noun
    if pre and pre[0].i > 0 and doc[pre[0].i - 1].dep_ in ("nsubj", "nsubjpass") \
            and (doc[pre[0].i - 1].lower_ in ("who", "which")
                 or (doc[pre[0].i - 1].lower_ == "that" and not _roleish(pre[0].text))):  # "news that defender Name"
        return roles, person_ev  # "who host Name": a verb, not a title (but "a shot which keeper Name tipped over")
    if pre and pre[-1].i == s - 1 and pre[-1].tag_ == "VB" and root.dep_ == "dobj" and root.head == pre[-1] \
            and pre[-1].i > 0 and doc[pre[-1].i - 1].tag_ == "MD":
        return roles, person_ev  # "will captain Name": the verb of which the name is the object (after "to" the
        # tagger reads nouns as verbs too: "married to actress Name", "lost to striker Name")
    while len(pre) > 1 and pre[0].tag_ == "VBG" and pre[0].i > 0 \
            and (doc[pre[0].i - 1].text != "-" or doc[pre[0].i - 1].whitespace_):
        pre = pre[1:]  # "- selecting pop star Name": the gerund governs the phrase, it is no part of the role
    abbrev = None
    while pre and (pre[-1].text.endswith(".") or (split_abbrev and pre[-1].i == dot - 1)) \
            and (pre[-1].lower_.rstrip(".") in lex.TITLE_WORDS or _title_abbreviation(pre[-1].lower_.rstrip("."))):
        abbrev = pre[-1]
        pre = pre[:-1]  # "... candidate Gov. Mike Pence": the abbreviation is a form of address
    if abbrev is not None and pre and pre[-1].pos_ == "NOUN" and not _job_word(pre[-1]) and pre[-1].lower_ != "state" \
            and not _human_word(pre[-1].lower_) and not _org_whole(pre[-1].lower_) \
            and pre[-1].lower_ not in _INSTITUTIONS:
        pre = []  # "at the party's spring rally Sen. Name": the words before end in a thing, not a post
    if abbrev is not None and not (pre and _role_ok(pre, ent_tokens) and _job_word(pre[-1])
                                   and pre[-1].lower_ != "state"):
        # ("candidate Gov. Name": the post before; "Ledbury police Lt. Name": the title, the body before it;
        # "State Rep. Name": a state legislator, the word before is part of the title)
        title = _abbreviated_title(doc, abbrev, pre, e)
        if title:  # "Sen. Name of Texas", "Texas Sen. Name": the abbreviation is all the role there is
            roles.append((1, doc[s].idx, title, "pre"))
            return roles, person_ev + 2
    listed = _listed_after_plural_title(doc, s) if not pre and doc[s].ent_type_ == "PERSON" else None
    title = _abbreviated_title(doc, listed, [], e) if listed is not None else ""
    if title:  # "Reps. A (R-Texas) and B (R-Ohio)", "Govs. A of Kansas and B of Utah": each is one
        return [(1, doc[s].idx, title, "pre")], person_ev + 2
    listed = root.head if not pre and root.dep_ in ("conj", "appos") and root.head.i < s else None
    for _ in range(8):  # "Senators A, B and C": B and C are senators too, read back over the names listed
        if listed is None or listed.ent_type_ != "PERSON":
            break
        plural = _prenominal(doc, min([c.i for c in listed.children if c.dep_ == "compound" and c.i < listed.i
                                        and c.ent_type_ == "PERSON"] + [listed.i]))
        if plural and _written_plural_title(plural[-1]):
            return [(1, doc[s].idx, _written_plural_role(plural), "pre")], person_ev + 2
        listed = listed.head if listed.dep_ in ("conj", "appos") and listed.head.i < listed.i else None
    if not pre and root.head.i < s and (root.dep_ == "conj" or (root.dep_ == "appos" and root.head.ent_type_ == "PERSON")):
        first = root.head  # "midfielders A and B": B's role stands before A
        while first.dep_ in ("conj", "appos") and first.head.i < first.i and first.head.ent_type_ == "PERSON":
            first = first.head  # "defenders A, B and C": C hangs from B, the role stands before A
        fs = min([c.i for c in first.children if c.dep_ == "compound" and c.i < first.i and c.pos_ == "PROPN"]
                 + [first.i])
        plural = _prenominal(doc, fs)
        if plural and (plural[-1].tag_ == "NNS" or _verb_tagged_plural(plural[-1])) and plural[-1].is_lower \
                and _role_ok(plural, ent_tokens):
            return _plural_role(doc, s, plural), person_ev
    if pre and pre[-1].i == s - 1 and _written_plural_title(pre[-1]) and doc[s].ent_type_ == "PERSON" \
            and any(c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON" for c in root.children):
        # "Senators A and B", "Representatives A and B": the plural title written out, each one of them
        return [(1, doc[s].idx, _written_plural_role(pre), "pre")], person_ev + 2
    if pre and (pre[-1].tag_ in ("NNS", "NNPS") or _verb_tagged_plural(pre[-1])) and not pre[-1].lower_.endswith("ss"):
        # "authors A and B", "former Scotland midfielders A and B": each is one of them
        if pre[-1].tag_ in ("NNS", "VBZ") and pre[-1].is_lower and any(
                c.dep_ == "conj" or (c.dep_ == "appos" and c.ent_type_ == "PERSON") for c in root.children) \
                and _role_ok(pre, ent_tokens):
            return _plural_role(doc, s, pre), person_ev
        if doc[s].ent_type_ == "ORG" and pre[-1].i == s - 1 and pre[-1].is_lower and _roleish(pre[-1].text) \
                and _role_ok(pre, ent_tokens):
            text = _clean_role(pre)  # "according to technology analysts Acme": a body spoken of in the plural
            if text:
                return [(1, doc[s].idx, text, "pre")], person_ev - 2
        return roles, person_ev
    if 2 <= len(pre) <= 5 and pre[-1].tag_ == "POS" and pre[-1].i == s - 1 and doc[s].ent_type_ == "PERSON" \
            and pre[0].ent_iob_ == "B" and all(t.ent_type_ == "ORG" and t.ent_iob_ == "I" for t in pre[1:-1]) \
            and not any(t.lower_ == "of" for t in pre) \
            and (lex.lookup(doc[pre[0].i:pre[-1].i].text) or ("", ""))[1] != "place":  # not "Avonia's Name" (a country)
        # "Harbour Radio's Name": whom they are with
        return [(0.5, doc[s].idx, "of " + _clean_role(pre[:-1]), "of")], person_ev
    if len(pre) >= 2 and pre[-1].i == s - 1 and pre[-1].lower_ in ("republican", "democrat", "international") \
            and (pre[-1].text[:1].isupper() or pre[-1].lower_ == "international") \
            and all(t.ent_type_ in ("GPE", "ORG", "NORP") or t.lower_ in ("house", "senate") or _title_modifier(t)
                    or (pre[-1].lower_ == "international" and t.pos_ == "PROPN" and t.text[:1].isupper())
                    for t in pre[:-1]) and any(not _title_modifier(t) for t in pre[:-1]):
        # "House Republican Name", "Ohio Democrat Name": a party's member in that chamber or for that state;
        # "former Avonia international Name": a player for that country's side
        text = " ".join(t.lower_ if _title_modifier(t) else t.text for t in pre)
        return [(1, doc[s].idx, text, "pre")], person_ev + 2
    if pre and pre[-1].i == s - 1 and pre[-1].lower_ in ("republican", "democrat") and doc[s].ent_type_ == "PERSON" \
            and all(t.text[:1].isupper() for t in pre) and [t.lower_ for t in pre[:-1]] in ([], ["liberal"]):
        # "Democrat Ann Lee", "Liberal Democrat Ann Lee": a party's member; weaker than any post stated for them
        return [(0.7, doc[s].idx, _clean_role(pre), "pre")], person_ev
    if pre and not _role_ok(pre, ent_tokens, adjective_ok=True) and _noun_premodifier(doc, pre[-1], s, e):
        text = _clean_role(pre)  # "former astronaut Name": a common noun compounded with the name
        if text:  # weaker than a role stated with a known role noun
            roles.append((0.8, doc[s].idx, text, "noun"))
        return roles, person_ev
    if pre and _role_ok(pre, ent_tokens, adjective_ok=True):
        text = _clean_role(pre)
        if text:  # a bare relation ("her son Name") says less than a post stated elsewhere
            q = 0.6 if text.lower() in lex.KIN_HEADS else (2 if _content_words(text) >= 2 else 1)
            roles.append((q, doc[s].idx, text, "pre"))
        if any(t.lower_ in lex.HUMAN_NOUNS or t.lower_ in lex.TITLE_WORDS for t in pre) \
                and not _either_role([t.lower_ for t in pre]):
            person_ev += 2
        last = pre[-1].lower_
        joined = pre[-3].lower_ + last if len(pre) >= 3 and pre[-2].text == "-" else last.replace("-", "")
        if (last in lex.ORG_NOUNS or any(x in lex.ORG_NOUNS for x in last.split("-"))) and last not in lex.HUMAN_NOUNS \
                and joined not in lex.ROLE_JOBS:  # a "film-maker" is a filmmaker, no maker of goods
            person_ev -= 3
    return roles, person_ev


#: Role nouns a firm is described by as often as a person ("rival Acme", "Japanese rival Acme Motor").
_EITHER_ROLES = frozenset("rival rivals competitor competitors".split())
#: Words that make "leader" a firm's standing, not a post ("market leader Acme").
_MARKET_WORDS = frozenset("market industry sector".split())


def _either_role(words: list[str]) -> bool:
    """Does a role before a name end in a word that describes a firm as readily as a person ("rival",
    "market leader"), with no other word of a person's in it? Then it is no evidence of a person."""
    if not words:
        return False
    last = words[-1]
    if not (last in _EITHER_ROLES or (last in ("leader", "leaders") and len(words) >= 2 and words[-2] in _MARKET_WORDS)):
        return False
    return not any(w in lex.HUMAN_NOUNS or w in lex.TITLE_WORDS or w in ("his", "her")  # ("her rival Name")
                   for w in words[:-1] if w not in _MARKET_WORDS)


def _organisation_end(doc: "Doc", i: int, most: int) -> int:
    """Where the run of an organisation's tokens that starts at ``i`` ends, after ``most`` tokens
    at the most ("of the Harbour University": the name after its preposition)."""
    j = i
    while j < len(doc) and doc[j].ent_type_ == "ORG" and j - i < most:
        j += 1
    return j


def _academic_role(doc: "Doc", s: int, e: int) -> list:
    """"Professor Name" is a post as well as a form of address: the role "professor", with the
    institution written just before it ("Harbour University Professor Name"); weaker than any
    role stated in words around the name."""
    if doc[s].lower_.rstrip(".") not in ("professor", "prof") or not doc[s].text[:1].isupper():
        return []
    k = s
    while k > 0 and s - k < 5 and doc[k - 1].ent_type_ == "ORG" and doc[k - 1].pos_ == "PROPN":
        k -= 1
    where = doc[k:s].text + " " if k < s else ""
    at = ""
    if not where and e + 2 < len(doc) and doc[e].text == ",":
        e += 1  # "Professor Name, of the Harbour University,"
    if not where and e + 1 < len(doc) and doc[e].lower_ in ("of", "at") and doc[e + 1].ent_type_ == "ORG":
        at = " " + doc[e:_organisation_end(doc, e + 1, 6)].text  # "Professor Name of the Harbour University"
    return [(0.6, doc[s].idx, where + "professor" + at, "pre")]


def _plural_role(doc: "Doc", s: int, pre: list["Token"]) -> list:
    """The role a plural title gives each of the names it stands before, in the singular."""
    head = pre[-1].lemma_ if pre[-1].lemma_ != pre[-1].lower_ else ""
    text = _clean_role(pre[:-1])
    if not head or not _roleish(head):
        return []
    return [(1, doc[s].idx, f"{text} {head}".strip(), "pre")]


#: Legislators' and governors' titles written out in the plural before a list of names ("Senators A and B").
_WRITTEN_PLURAL_TITLES = {"senators": "senator", "representatives": "representative", "governors": "governor",
                          "congressmen": "congressman", "congresswomen": "congresswoman"}


def _written_plural_title(t: "Token") -> str:
    """The singular of a capitalised plural title ("Senators" -> "senator"), or ""."""
    return _WRITTEN_PLURAL_TITLES.get(t.lower_, "") if t.text[:1].isupper() else ""


def _written_plural_role(pre: list["Token"]) -> str:
    """The role a written-out plural title gives each listed name: "Democratic Senators" -> "Democratic senator"."""
    return f"{_clean_role(pre[:-1])} {_written_plural_title(pre[-1])}".strip()


#: Title abbreviations standing before a name, spelt out when they are a role.
_TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                        "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain", "det": "detective",
                        "supt": "superintendent", "insp": "inspector", "cllr": "councillor", "pres": "president",
                        "amb": "ambassador", "adm": "admiral", "cmdr": "commander", "maj": "major"}
#: Plural title abbreviations before a list of names ("Sens. A and B"): each name's title in the singular.
_PLURAL_TITLE_ABBREVIATIONS = {"sens": "sen", "reps": "rep", "govs": "gov"}


def _title_abbreviation(word: str) -> bool:
    return word in _TITLE_ABBREVIATIONS or word in _PLURAL_TITLE_ABBREVIATIONS


def _before_space(doc: "Doc", i: int) -> int:
    """The index of the last token before doc[i] that is not layout whitespace (-1 at the start)."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _plural_abbreviation(doc: "Doc", i: int) -> "Token | None":
    """The plural title abbreviation just before doc[i] ("Reps." or "Reps" "."), if any."""
    if doc[i].text == "." and i >= 1:
        i += 1  # the tagger's "." compounded with the name: "Sens" "." "Name"
    i = _before_space(doc, i) + 1
    if i >= 1 and doc[i - 1].text.endswith(".") and doc[i - 1].lower_.rstrip(".") in _PLURAL_TITLE_ABBREVIATIONS \
            and doc[i - 1].text[:1].isupper():
        return doc[i - 1]
    if i >= 2 and doc[i - 1].text == "." and not doc[i - 2].whitespace_ \
            and doc[i - 2].lower_ in _PLURAL_TITLE_ABBREVIATIONS and doc[i - 2].text[:1].isupper():
        return doc[i - 2]
    return None


def _title_modifier(t: "Token") -> bool:
    """A modifier of a title ("former", "acting"), not the first word of a place ("New Hampshire")."""
    return t.lower_ in lex.ROLE_MODIFIERS and not t.ent_type_


def _listed_after_plural_title(doc: "Doc", s: int) -> "Token | None":
    """The plural title abbreviation that opens the list of names the name at doc[s] is in
    ("Sens. A (Ky.), B and C of Ohio": for B and C, "Sens."), read back over the names, each with
    its bracketed party and state or its "of <place>"; None when the name is in no such list."""
    i = s
    for _ in range(8):
        j = _before_space(doc, i)
        if j < 1 or doc[j].lower_ not in ("and", ","):
            return None
        if doc[j].lower_ == "and" and doc[_before_space(doc, j)].text == ",":
            j = _before_space(doc, j)
        j = _before_space(doc, j)
        if doc[j].text == ")":
            k = j - 1
            while k > 0 and doc[k].text != "(" and j - k < 8:
                k -= 1
            if doc[k].text != "(":
                return None
            j = _before_space(doc, k)
        elif doc[j].ent_type_ == "GPE":
            while j > 0 and doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ == "I":
                j -= 1
            j = _before_space(doc, j)
            if j < 1 or doc[j].lower_ != "of":
                return None
            j = _before_space(doc, j)
        if j < 0 or doc[j].ent_type_ != "PERSON":
            return None
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
        found = _plural_abbreviation(doc, j)
        if found is not None:
            return found
        i = j
    return None


def _abbreviated_title(doc: "Doc", abbrev: "Token", pre: list["Token"], e: int) -> str:
    """The role an abbreviated title gives ("Sen." -> "senator"), with the place it is for when the
    article states it: "Texas Sen. Name" -> "Texas senator", "Sen. Name of Texas" -> "senator of Texas"."""
    short = abbrev.lower_.rstrip(".")
    word = _TITLE_ABBREVIATIONS.get(_PLURAL_TITLE_ABBREVIATIONS.get(short, short))
    if word is None:
        return ""
    places = [t for t in pre if re.fullmatch(r"[A-Za-z][A-Za-z.'&-]*", t.text) and (
              t.ent_type_ in ("GPE", "NORP", "ORG") or _title_modifier(t) or t.lower_ == "state"
              or (t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ") and not (t.is_sent_start and t.ent_type_ == ""))
              or (t.is_lower and (_org_whole(t.lower_) or t.lower_ in _INSTITUTIONS)))]
    # (not a sentence's opening verb: "Consider Sen. Name ..."; a body is: "Ledbury police Lt. Name"; "Former
    # Wessex Gov. Name" is a former Wessex governor)
    if places and len(places) == len(pre):
        return " ".join([t.lower_ if _title_modifier(t) or t.lower_ == "state" else t.text for t in pre] + [word])
    if e + 1 < len(doc) and doc[e].lower_ == "of" and doc[e + 1].ent_type_ == "GPE":
        k = e + 1
        while k < len(doc) and doc[k].ent_type_ == "GPE" and k - e <= 4:
            k += 1
        return f"{word} of {doc[e + 1:k].text}"
    return word


def _noun_premodifier(doc: "Doc", last: "Token", s: int, e: int) -> bool:
    """Is ``last`` (just before the name at doc[s:e]) a lower-case common noun compounded with a
    person's name ("former astronaut Name", "scrum-half Name"; a lower-case word the tagger calls a
    proper noun is one: "centre Name"; so is a player's position opening a sentence, "Wing Name")? Not a noun that governs the name in another role ("the
    attack Name planned")."""
    return last.i == s - 1 and doc[s].ent_type_ == "PERSON" and last.tag_ in ("NN", "NNP") \
        and (last.is_lower or (last.lower_ in _POSITION_NOUNS and _opening_word(doc, last.i))) \
        and last.dep_ in ("compound", "nmod", "appos") and s <= last.head.i < e \
        and last.lower_ not in _NOT_PERSON_NOUNS and last.lower_ not in _WORK_NOUNS


#: Nouns before a name that make it a place or a thing, never a person's role ("north Brisbane",
#: "the island Name"); "wing" is a player's position as much as a building's.
_NOT_PERSON_NOUNS = (lex.PLACE_SUFFIXES - {"wing"}) | {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "downtown",
    "town", "village", "state", "country", "nation", "capital", "suburb", "district", "area", "neighbourhood",
    "neighborhood", "resort", "port", "estate", "hotel", "restaurant", "venue", "ground", "course", "track",
    "horse", "dog", "cat", "breed", "ship", "boat", "plane", "car", "model", "device", "phone", "game", "storm",
    "hurricane", "virus", "disease", "syndrome", "brand", "product", "drug", "medicine", "vaccine", "software",
    "system", "programme", "program", "operation", "scheme", "project", "plan", "policy", "law", "act", "bill",
    "treaty", "deal", "prize", "award", "trophy", "cup", "league", "tournament", "championship", "event", "festival"}


def _inside_role(t: "Token", seg: list["Token"]) -> bool:
    """A name that is part of a role phrase rather than one of a list: the object of its
    preposition ("a spokeswoman for Ann Lee"), a modifier of its noun ("a longtime Lee adviser"),
    or the name of a body the phrase introduces by its kind ("an analyst for the investment
    company Lee Hart": a firm the tagger read as a person)."""
    return (t.dep_ == "pobj" and t.head in seg and t.head.i > seg[0].i) or \
        (t.dep_ in ("compound", "nmod") and t.head.pos_ == "NOUN" and t.head in seg and t.head.i > t.i) or \
        _named_body_in(t, seg)


def _named_body_in(t: "Token", seg: list["Token"]) -> bool:
    """``t`` is in a name that follows a lower-case word for a body inside ``seg`` ("the conservative
    group Avon Rising", "the investment company Lee Hart Scott")."""
    doc, k = t.doc, t.i
    while k > 0 and doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == t.ent_type_:
        k -= 1
    if k == 0 or doc[k - 1] not in seg:
        return False
    kind = doc[k - 1]
    return kind.is_lower and kind.pos_ == "NOUN" and kind.lower_ in _BODY_NOUNS | _BODY_KINDS


def _title_participle(t: "Token") -> bool:
    """A participle that is part of a job title ("managing director", "acting chairman"), or one
    the parse makes an adjective of the noun after it ("a retired general", "a qualified nurse"):
    it describes the person, it tells no deed."""
    if t.tag_ == "VBG" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _POSTS:
        return True
    return t.tag_ in ("VBN", "VBG") and t.dep_ == "amod" and t.head.i > t.i and t.head.pos_ == "NOUN"


def _possessor_first(seg: list["Token"]) -> bool:
    """The segment opens with a named possessor of any length ("Harbour Bank's chief economist")."""
    k = next((k for k, t in enumerate(seg) if t.tag_ == "POS"), None)
    return k is not None and 1 <= k < len(seg) - 1 and (seg[k - 1].ent_type_ or seg[k - 1].pos_ == "PROPN") and all(
        t.ent_type_ or t.pos_ == "PROPN" or (0 < j and t.lower_ in _PARTICLES) for j, t in enumerate(seg[:k]))
    # ("Harbour Trust for Avonia's director": a name's small words too)


#: A court report's word for the side a barrister speaks for ("Name, prosecuting, said"), and the post it names.
_COURT_SIDES = {"prosecuting": "prosecutor", "defending": "defence counsel", "mitigating": "defence counsel"}


#: Adverbs that open an apposition without changing the post it names ("Name, now head of ...").
_NOW_WORDS = frozenset("also now currently presently still".split())


def _right_apposition(doc: "Doc", s: int, e: int, ent_tokens: set[int]) -> tuple[list, int]:
    """Right apposition: "Name, the director of ...," / "Name, 69," / "Name, who was ..."; an
    aside between dashes too ("Name - a composer and pianist - has ...", "Name - who chairs the
    committee - said")."""
    roles: list = []
    person_ev = 0
    bare_who = e + 2 < len(doc) and doc[e].lower_ == "who" and doc[e + 1].lemma_ == "be" \
        and doc[e].head.dep_ == "relcl" and s <= doc[e].head.head.i < e  # "Name who is now X's deputy"
    if e < len(doc) and (doc[e].text == "," or bare_who or (_aside_dash(doc[e]) and not _closing_dash(doc, e))):
        seg = _segment_right(doc, e if bare_who else e + 1)
        whole = seg
        if len(seg) > 2 and seg[0].lower_ in _NOW_WORDS:
            seg = seg[1:]  # "Name, presently a non-executive director of the company,": the post held now
        elif len(seg) > 2 and seg[0].lower_ == "then" and seg[1].text in ("-", "–"):
            seg = seg[2:]  # "Name, then-director of the agency,": the post held then
        two = next((k for k, t in enumerate(seg) if k >= 2 and t.lower_ == "and" and k + 1 < len(seg)
                    and (seg[k + 1].lower_ in ("a", "an", "the") or seg[k + 1].lower_ in _NOW_WORDS | {"later"})), None)
        if two is not None and len(seg) >= 12:
            seg = seg[:two]  # "Name, director of the X Center and a professor at the Y School of Z University,"
            # (or "... and currently president of ...": the first post named)
        since = next((k for k, t in enumerate(seg) if k >= 1 and t.lower_ == "since"), None)
        if since is not None:
            seg = seg[:since]  # "chief executive at X since 2010": the role ends before the time
        occasion = next((k for k in range(2, len(seg)) if _speech_occasion(seg[k:])), None)
        if occasion is not None:
            seg = seg[:occasion]  # "said Name, finance director of Acme in a statement": how it was said
        mark = next((k for k, t in enumerate(seg) if k >= 2 and t.pos_ == "SCONJ" and t.dep_ == "mark"), None)
        if mark is not None and seg[0].lower_ in ("a", "an", "the") and seg[mark - 1].pos_ in ("NOUN", "PROPN"):
            seg = seg[:mark]  # "Name, the captain of Rovers as they push for the title,": the clause after is no part
        acl = next((k for k, t in enumerate(seg) if k >= 2 and t.tag_ in ("VBG", "VBN") and t.dep_ == "acl"
                    and seg[k - 1].pos_ in ("NOUN", "PROPN") and seg[0].i <= t.head.i < t.i
                    and _job_word(t.head)), None)
        if acl is not None and seg[0].lower_ in ("a", "an", "the"):
            seg = seg[:acl]  # "Name, a lawyer representing the directors,", "Name, a student from Avonia
            # living in Brill,": the clause after the post (and what the post is of) is no part
        rel = next((k for k, t in enumerate(seg) if k >= 2 and _relative_word(t)
                    and seg[k - 1].pos_ in ("NOUN", "PROPN")), None)
        if rel is not None and any(_job_word(t) for t in seg[:rel]):
            seg = seg[:rel]  # "Name, sales director for Acme which makes the kit,": the clause tells of Acme
        cut = next((k for k, t in enumerate(seg) if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and k >= 2), None)
        if cut is not None and (seg[0].lower_ in ("a", "an", "the") or (seg[0].is_lower and _human_word(seg[0].lower_))
                                or ((seg[0].is_lower and seg[0].pos_ in ("ADJ", "NOUN")
                                     or (_possessor_first(seg[:cut]) and seg[cut - 1].pos_ == "NOUN"))
                                    and seg[cut].lower_ in lex.SAYS_VERBS | {"said", "says", "told", "added"}
                                    and _role_ok(seg[:cut], ent_tokens))):
            # "Name, spokeswoman for the X Committee said ...", "Name, Acme's finance chief said ...": the
            # closing comma left out
            says = seg[cut].lower_ in lex.SAYS_VERBS | {"said", "says", "told", "added"}
            seg = seg[:cut]
            if not says and seg[-1].pos_ == "NOUN" and not _job_word(seg[-1]) and not _human_word(seg[-1].lower_):
                seg = []  # "To stop Name, the party establishment is working ...": the subject of the next
                # clause, no apposition (but "Name, the club's captain is ..." keeps its post)
            while seg and seg[-1].pos_ == "PROPN" and seg[-1].ent_type_ == "PERSON":
                seg = seg[:-1]
            while seg and seg[-1].pos_ == "PRON":
                seg = seg[:-1]  # "Name, the head of the firm he founded, said": the clause's subject is no part
                # of the role ("the man he beat in the final": "the man", no role at all)
        if len(seg) == 1 and seg[0].lower_ in _COURT_SIDES and e + 2 < len(doc) and doc[e + 2].text == ",":
            roles.append((1, doc[s].idx, _COURT_SIDES[seg[0].lower_], "rapp"))  # "Name, prosecuting, said"
            person_ev += 2
        elif seg and all(t.like_num for t in seg):
            person_ev += 3
            after = e + 1 + len(seg)
            if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("a", "an", "the"):
                more, _ev = _right_apposition(doc, s, after, ent_tokens)  # "Name, 45, a teacher from Leeds,"
                roles += more
        elif len(seg) >= 2 and seg[0].lower_ in ("of", "from", "at", "for") and e + 1 + len(seg) < len(doc) \
                and (doc[e + 1 + len(seg)].text == "," or _bracketed_short_form(doc, e + 1 + len(seg))) \
                and all(t.ent_type_ == "ORG" or (t.lower_ == "the" and k == 1)
                        or (t.ent_type_ == "NORP" and t.pos_ == "PROPN" and seg[1].lower_ == "the")
                        for k, t in enumerate(seg[1:], 1)) \
                and (seg[0].lower_ != "for" or seg[1].lower_ == "the"):
            # "Name, of the Harbour Institute, said", "Name, from the Harbour Institute (HI), told ...",
            # "Name, for the Greens, said" (a party's spokesman)
            roles.append((0.5, doc[s].idx, _clean_role(seg), "rapp"))
        elif len(seg) > 2 and seg[0].lower_ == "one" and seg[1].lower_ == "of":
            found = _one_of_role(doc, s, seg[2:])
            roles += found
            if found and _human_word(found[0][2].split()[-1].lower()):
                person_ev += 2  # "one of the region's best-loved singers"
        elif seg and seg[0].lower_ in ("who", "which", "where", "whose") and len(seg) > 2:
            # "Name, who was also Aerodyne's president," (a relative clause, never an apposition)
            if seg[0].lower_ == "who":
                person_ev += 2
                been = seg[1].lower_ in ("has", "had", "have") and seg[2].lower_ == "been" and len(seg) > 3
                if (seg[1].lemma_ == "be" or been) and not seg[2 + been].tag_.startswith("VB"):
                    body = seg[2 + been:]  # ("Name, who has been chairman since 2001,": the post held until now)
                    verb = next((k for k, t in enumerate(body) if k >= 1 and t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
                    body = body[:verb]  # "Name, who is chairman of X said ...": the closing comma left out
                    if _role_ok(body, ent_tokens):
                        roles.append((1.5, doc[s].idx, _clean_role(body), "rel"))
                elif seg[1].lemma_ in _POST_VERBS and seg[1].tag_ in ("VBZ", "VBD") \
                        and seg[2].pos_ in ("DET", "PROPN", "NOUN", "ADJ"):
                    roles += _post_verb_role(doc, s, seg[1], seg[2:])  # "Name, who chairs the committee,"
                elif seg[1].lemma_ in ("serve", "act", "work") and seg[2].lower_ == "as" and len(seg) > 3:
                    body = seg[3:]  # "Name, who served as the bank's chairman,"
                    if _role_ok(body, ent_tokens) and not _finite_verb(body):
                        roles.append((1.5, doc[s].idx, _clean_role(body), "rel"))
        elif seg and not _finite_verb(seg) and not any(t.pos_ in ("VERB", "AUX") and "-" not in t.text and
                                                       not (t.i > 0 and doc[t.i - 1].text == "-")
                                                       and not (t.ent_iob_ == "I" and t.text[:1].isupper())
                                                       # (a name's word, "Avon Rising": no verb)
                                                       and not _title_participle(t) and not _gerund_modifier(t, seg)
                                                       for t in seg) \
                and _role_ok(seg, ent_tokens) \
                and (seg[0].lower_ in _DETS or seg[0].is_lower or seg[0].lower_ in lex.TITLE_WORDS
                     or seg[0].pos_ in ("ADJ", "NOUN") or (len(seg) > 2 and seg[1].tag_ == "POS")
                     or _possessor_first(seg)
                     or (len(seg) >= 2 and seg[0].ent_type_ in ("NORP", "ORG", "GPE") and seg[1].pos_ == "NOUN")
                     or (len(seg) >= 3 and seg[0].ent_type_ in ("NORP", "ORG", "GPE") and seg[-1].pos_ == "NOUN"
                         and _roleish(seg[-1].lower_))
                     or _body_post_before_link(seg)
                     or _capitalised_modifier_post(seg)
                     or _capitalised_title(seg)) \
                and seg[0].lower_ not in ("and", "or", "but", "as", "including") \
                and not (seg[0].pos_ in ("ADP", "SCONJ") and seg[0].lower_ not in ("of", "from", "at")) \
                and (seg[0].pos_ not in ("NUM", "PRON", "ADV", "SCONJ", "CCONJ") or seg[0].tag_ == "PRP$") \
                and not any(t.pos_ == "SCONJ" for t in seg) \
                and not any(t.ent_type_ == "PERSON" and t.tag_ != "POS" and t.i + 1 < len(doc)
                            and doc[t.i + 1].ent_type_ != "PERSON"
                            and doc[t.i + 1].tag_ != "POS" and not _inside_role(t, seg)
                            for t in seg):  # a list of names, not a role
            cut = next((k for k, t in enumerate(seg) if t.lower_ in _ROLE_STOP), len(seg))
            np_ = list(seg[:cut])
            first_adp = next((k for k, t in enumerate(np_) if t.pos_ == "ADP"), len(np_))
            head = next((t for t in reversed(np_[:first_adp]) if t.pos_ == "NOUN"), None)  # of the noun phrase
            text = _clean_role(_within_length(seg[:cut])) if head is None or head.tag_ != "NNS" else ""
            # ("A, former managers of ...": no one post)
            if text:
                q = 0.5 if seg[0].lower_ in ("of", "from", "at", "another") else (2 if _content_words(text) >= 2 else 1)
                roles.append((q, doc[s].idx, text, "rapp"))
                heads = {t.lower_ for t in seg}
                if head is not None and head.lower_ in lex.ORG_NOUNS and head.lower_ not in lex.HUMAN_NOUNS:
                    person_ev -= 2  # "X, the official news agency,": a body, whatever word modifies it
                elif heads & lex.HUMAN_NOUNS:
                    person_ev += 2
                elif heads & lex.ORG_NOUNS:
                    person_ev -= 2
        post = _relative_post(doc, s, whole, ent_tokens) if len(whole) > 3 and not bare_who else []
        if post:  # "Name, a one-time party donor who now serves as its treasurer,": the post, not the description
            roles = [r for r in roles if r[3] != "rapp"] + post
    if roles and e < len(doc) and doc[e].text != "," and not bare_who:
        roles = [(min(q, 0.9), st, text, kind) for q, st, text, kind in roles]  # an aside between dashes
        # describes more often than it states a post ("a key ally of ..."): weaker than a title or a comma's
    return roles, person_ev


def _body_post_before_link(seg: list["Token"]) -> bool:
    """A post that opens with the name of its body or place and goes on with a preposition ("Name,
    Acme Bank country director for the region,", "Name, Europe coordinator at the X Institute"):
    the post's head, a job word in lower case, stands right before the first preposition."""
    if len(seg) < 4 or seg[0].ent_type_ not in ("NORP", "ORG", "GPE", "LOC") or not seg[0].text[:1].isupper():
        return False
    link = next((k for k, t in enumerate(seg) if t.lower_ in ("of", "for", "at", "in") and t.pos_ == "ADP"), None)
    if link is None or link < 2 or link + 1 >= len(seg):
        return False
    head = seg[link - 1]
    return head.pos_ == "NOUN" and head.is_lower and (_job_word(head) or (_roleish(head.lower_) and not _org_whole(head.lower_))) \
        and all(t.ent_type_ or t.is_lower for t in seg[:link])


def _capitalised_modifier_post(seg: list["Token"]) -> bool:
    """A post opened by a capitalised word the tagger gave no body or people label ("Name, Labour
    MP for Westby,", "Name, Welsh secretary of the Avonia Union,", "Name, Liberal Democrat health
    spokesman,"): a short capitalised run, no one's name, then lower-case words at most, up to the
    post's head (its last noun before any preposition), a word for a post."""
    if len(seg) < 2 or not seg[0].text[:1].isupper() or seg[0].pos_ not in ("PROPN", "ADJ"):
        return False
    run = next((k for k, t in enumerate(seg) if not t.text[:1].isupper()), len(seg))
    link = next((k for k, t in enumerate(seg) if t.pos_ == "ADP"), len(seg))
    if run > 3 or run > link or any(t.ent_type_ == "PERSON" for t in seg[:link]):
        return False
    head = seg[link - 1]
    return head.pos_ in ("NOUN", "PROPN") and _post_word(head) \
        and all(t.is_lower and t.pos_ in ("NOUN", "ADJ", "CCONJ") for t in seg[run:link - 1]) \
        and (run < link or head.lower_ in lex.TITLE_WORDS)


def _bracketed_short_form(doc: "Doc", i: int) -> bool:
    """Is there a short form in brackets at ``i`` ("(HI)"), after a body's name?"""
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper


def _gerund_modifier(t: "Token", seg: list["Token"]) -> bool:
    """A gerund the tagger made a verb inside the phrase of a post ("executive chairman of
    messaging firm X", "head of trading at X"): it follows the post's preposition, so it names
    what the post is of rather than telling what someone does."""
    if t.tag_ != "VBG" or t.head.pos_ != "ADP" or t.head.lower_ not in ("of", "for", "at", "in"):
        return False
    k = next((k for k, x in enumerate(seg) if x.i == t.head.i), None)
    return k is not None and k >= 1 and t.i == t.head.i + 1 and _job_word(seg[k - 1])


#: The most words a stated role keeps (:func:`_clean_role`).
_ROLE_WORDS = 16


def _within_length(seg: list["Token"]) -> list["Token"]:
    """A post too long to keep whole ("director of the X Program at the Y Institute for Z at the W
    School of Law") ends before the last preposition that leaves it short enough."""
    if len(seg) <= _ROLE_WORDS:
        return seg
    k = max((k for k, t in enumerate(seg[:_ROLE_WORDS + 1]) if k >= 2 and t.pos_ == "ADP" and not t.ent_type_), default=None)
    return seg[:k] if k is not None else seg


def _speech_occasion(words: list["Token"]) -> bool:
    """Do ``words`` open with the occasion a remark was made on ("in a statement", "during an
    interview with ..."): a preposition, its determiner and adjectives, and a noun of speech?"""
    if len(words) < 2 or words[0].lower_ not in ("in", "on", "during", "via", "through"):
        return False
    k = 1
    while k < len(words) - 1 and (words[k].pos_ in ("DET", "ADJ") or words[k].tag_ == "PRP$"):
        k += 1
    w = words[k].lower_
    return words[k].pos_ == "NOUN" and (w in lex.SPEECH_VENUES or w.rstrip("s") in lex.SPEECH_VENUES)


def _relative_post(doc: "Doc", s: int, seg: list["Token"], ent_tokens: set[int]) -> list:
    """The post a relative clause after a description names ("a former teacher who became mayor of
    Brill in 2014", "a party donor who serves as its treasurer"): the post, up to the next verb,
    clause or date."""
    k = next((k for k, t in enumerate(seg) if k >= 2 and t.lower_ == "who"), None)
    if k is None or k + 2 >= len(seg) or seg[k - 1].pos_ not in ("NOUN", "PROPN"):
        return []
    body = seg[k + 1:]
    while body and body[0].lower_ in _NOW_WORDS:
        body = body[1:]
    if len(body) > 2 and body[0].lemma_ in ("serve", "act") and body[1].lower_ == "as":
        body = body[2:]
    elif len(body) > 1 and body[0].lemma_ == "become" and body[0].tag_ in ("VBD", "VBZ", "VBP"):
        body = body[1:]
    else:
        return []
    cut = next((j for j, t in enumerate(body) if t.lower_ in _ROLE_STOP or t.pos_ in ("VERB", "AUX", "SCONJ")
                or t.ent_type_ in ("DATE", "TIME") or (t.pos_ == "ADP" and j + 1 < len(body)
                                                          and body[j + 1].ent_type_ in ("DATE", "TIME"))), len(body))
    body = body[:cut]
    adp = next((j for j, t in enumerate(body) if t.pos_ == "ADP"), len(body))
    head = next((t for t in reversed(body[:adp]) if t.pos_ == "NOUN"), None)
    if head is None or not (_job_word(head) or (_roleish(head.text) and not _org_noun(head.text))) \
            or not _role_ok(body, ent_tokens):
        return []  # a post ("treasurer of ..."), not "who became a byword for ..."
    text = _clean_role(body)
    return [(2, doc[s].idx, text, "rapp")] if text else []


def _capitalised_title(seg: list["Token"]) -> bool:
    """A post written as a capitalised title that ends in a title word ("Name, Trade and Industry
    Secretary, said"): every word capitalised but the links between them."""
    return len(seg) >= 2 and seg[-1].lower_ in lex.TITLE_WORDS and seg[-1].text[:1].isupper() \
        and not any(t.ent_type_ == "PERSON" for t in seg) \
        and all(t.text[:1].isupper() or t.lower_ in ("and", "of", "for", "&", "-") for t in seg)


def _closing_dash(doc: "Doc", e: int) -> bool:
    """Is the dash at ``e`` the one that closes an aside the name before it is in ("and - like
    most firms in Avonia - the bank"), not one that opens an aside about the name?"""
    return sum(_aside_dash(t) for t in doc[doc[e].sent.start:e]) % 2 == 1


#: Verbs whose subject holds a post over their object ("who chairs the committee"), and the post.
_POST_VERBS = {"chair": "chair", "head": "head", "lead": "leader", "direct": "director", "manage": "manager",
               "coach": "coach", "found": "founder", "own": "owner", "edit": "editor", "captain": "captain",
               "run": "head"}


def _inside_name(seg: list["Token"], k: int) -> bool:
    """A preposition between capitalised words ("Centre of Research for Development"): part of a name."""
    return 0 < k < len(seg) - 1 and seg[k - 1].text[:1].isupper() and seg[k + 1].text[:1].isupper() \
        and seg[k + 1].ent_type_ not in ("GPE", "LOC")


def _in_hyphened(t: "Token") -> bool:
    """A part of a hyphenated word ("get" of "get-out-the-vote", "out" of "drop-out")."""
    doc = t.doc
    return (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_) or \
        (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_)


def _after_possessive(body: list["Token"], k: int) -> bool:
    """A year that follows a possessive belongs to the possessed noun ("Hale's 1992 campaign")."""
    j = k
    while j > 0 and body[j - 1].ent_type_ == body[k].ent_type_ and body[j - 1].ent_iob_ != "O":
        j -= 1
    return j > 0 and (body[j - 1].tag_ == "POS" or body[j - 1].lower_ in ("'s", "’s"))


def _post_verb_role(doc: "Doc", s: int, verb: "Token", body: list["Token"]) -> list:
    """"Name, who chairs the committee": the post the verb names, of its object ("chair of the
    committee"), when the object is a plain noun phrase."""
    k = next((k for k, t in enumerate(body) if (t.pos_ in ("VERB", "AUX", "SCONJ", "PRON") and not _in_hyphened(t))
              or t.lower_ in _ROLE_STOP or (t.ent_type_ in ("DATE", "TIME") and not _after_possessive(body, k))
              or (t.pos_ == "ADP" and not _inside_name(body, k) and not _in_hyphened(t))), len(body))
    obj = body[:k]
    if obj and (obj[-1].tag_ == "POS" or obj[-1].text.endswith(("'s", "’s")) or obj[-1].text == "-"):
        return []  # cut at a possessive: "who runs Acme's ..." names no whole body
    if not obj or sum(t.text != "-" for t in obj) > 8 or not any(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and _roleish(t.text)) for t in obj):
        return []  # not "who leads the way"
    text = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in obj)).strip()
    return [(1.5, doc[s].idx, f"{_POST_VERBS[verb.lemma_]} of {text}", "rel")]


#: Words that count rather than describe at the head of "one of ..." ("one of several veterans").
_QUANT_WORDS = frozenset("several many few various numerous countless dozens hundreds thousands".split())


def _one_of_role(doc: "Doc", s: int, seg: list["Token"]) -> list:
    """"Name, one of Harbour's best-known singers (and ...)": the kind of person, in the singular
    ("Harbour's best-known singer"); nothing when no plural role noun heads the phrase."""
    k = next((k for k, t in enumerate(seg) if t.tag_ == "NNS"), None)
    if k is None or seg[k].lemma_ == seg[k].lower_ or not _roleish(seg[k].lemma_) or any(
            t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in seg[:k]):
        return []
    lead = 0
    while lead < k and (seg[lead].tag_ in ("DT", "PDT", "CD") or seg[lead].lower_ in _QUANT_WORDS):
        lead += 1  # "one of several coal industry veterans"
    kind = seg[lead:k]
    of = max((j for j, t in enumerate(kind) if t.lower_ == "of"), default=-1)
    kind = kind[of + 1:]  # "one of a number of warez groups": the kind, not the quantity
    while kind and kind[0].lower_ in ("so", "-", "called", "so-called"):
        kind = kind[1:]  # "so-called" keeps the writer's distance; it is no part of the kind
    text = _clean_role(kind)
    return [(1, doc[s].idx, f"{text} {seg[k].lemma_}".strip(), "rapp")]


#: Words that open a clause, whatever the tagger calls them: a role phrase before a name starts
#: after one ("reported that the network's editor, Name,": "that" read as a pronoun).
_CLAUSE_OPENERS = frozenset("that which who whom whose".split())


def _relative_word(t: "Token") -> bool:
    """``t`` opens a relative clause: "who", "whom", "whose", "which", or "that" as a relative word."""
    return t.lower_ in _CLAUSE_OPENERS and (t.lower_ != "that" or t.tag_ == "WDT")


def _post_of(seg: list["Token"]) -> bool:
    """Does ``seg`` name one person's post over a body or place ("the envoy to the Ports Council",
    "Acme's chief of staff"): a singular post word, then "of", "to", "for" or "at" and what it is of?"""
    k = next((k for k, t in enumerate(seg) if t.pos_ == "ADP"), None)
    if k is None or k == 0 or k == len(seg) - 1 or seg[k].lower_ not in ("of", "to", "for", "at"):
        return False
    head = seg[k - 1]
    return head.pos_ == "NOUN" and head.tag_ == "NN" and (_post_word(head) or _agent_noun(head)) \
        and not any(t.ent_type_ == "PERSON" and t.tag_ != "POS" for t in seg[k + 1:]) \
        and not any(t.pos_ in ("VERB", "AUX", "ADP") for t in seg[k + 1:] if not t.ent_type_ and t.lower_ != "of")


def _agent_noun(t: "Token") -> bool:
    """A lower-case noun for someone who does something ("owner", "founder", "organiser"), not a
    body ("company") nor a thing ("order", "career"), nor a member of a group (no post)."""
    w = t.lower_
    return t.is_lower and w.endswith(("er", "or", "ist")) and len(w) > 4 and w != "member" and _roleish(w) \
        and not _org_noun(w) and not _org_kind(w) and t.lemma_ == w


def _left_apposition(doc: "Doc", s: int, e: int, ent_tokens: set[int]) -> tuple[list, int]:
    """Left apposition: "the moderator of ..., Name" (not "... with young voters, Graham said")."""
    roles: list = []
    person_ev = 0
    k = s - 2 if s >= 2 and doc[s - 1].text == "." and doc[s - 2].lower_ in lex.HONORIFICS else \
        s - 1 if s >= 1 and doc[s - 1].lower_.rstrip(".") in lex.HONORIFICS else s
    if k < s and k >= 2 and doc[k - 1].text == ",":
        s = k  # "said the report's author, Dr Name": the form of address stands between the comma and the name
    elif s >= 3 and doc[s - 1].lower_ == "the" and doc[s - 2].text == "," and doc[s].ent_type_ == "ORG":
        s -= 1  # "the sport's governing body, the Avon Union": a body's name keeps its article after the comma
    if s >= 2 and doc[s - 1].text == ",":
        seg = []
        i = s - 2
        while i >= 0 and len(seg) < 14:
            t = doc[i]
            if t.text in (",", ";", ":", "(", ")", "—", "–", "\"", "“", "”") or t.pos_ in ("VERB", "AUX", "SCONJ") \
                    or t.dep_ == "mark" or t.is_sent_end or t.lower_ in _CLAUSE_OPENERS:
                break
            seg.insert(0, t)
            if t.is_sent_start:
                break
            i -= 1
        while seg and seg[-1].pos_ == "ADV":
            seg = seg[:-1]
        last = max((k for k, t in enumerate(seg) if t.lower_ == "and" and k > 0 and (
            seg[k - 1].ent_type_ == "PERSON" or (k + 1 < len(seg) and seg[k + 1].lower_ == "the"))), default=None)
        if last is not None and last < len(seg) - 1:
            seg = seg[last + 1:]  # "A and the then Lord Chancellor, Name": the title after the other name; "the
            # president and the first lady, Name": "the" opens the name's own post, the one before is another's
        while len(seg) > 1 and seg[0].pos_ == "ADP" and (_job_word(seg[-1]) or _post_of(seg[1:])):
            seg = seg[1:]  # "questioned by the party's former President, Name": the agent's marker is no part
            # of the role (but "For all the cheers from her headquarters, Name" names no post); nor is a
            # verb's particle before it ("singled out by the agency's chief, Name")
        if any(t.pos_ == "SCONJ" or (t.pos_ == "PRON" and t.tag_ != "PRP$") or t.lower_ in ("while", "likes")
               for t in seg):
            seg = []
        if len(seg) > 2 and seg[0].lower_ == "one" and seg[1].lower_ == "of" and seg[-1].tag_ == "NNS" \
                and doc[s].ent_type_ == "PERSON":  # (not "one of the victims in Brill, Avonia": a place)
            found = _one_of_role(doc, s, seg[2:])  # "said one of the family's lawyers, Name": one of them
            return [(q, st, text, "lapp") for q, st, text, _k in found], 2 if found else 0
        post = _post_of(seg)
        if e < len(doc) and doc[e].pos_ in ("VERB", "AUX") and not (
                post and seg[0].is_sent_start and seg[0].lower_ in ("a", "an", "the")):
            seg = []  # "... with young voters, Graham said"; but "A close ally of the boss, Name is ..."
        if post and _role_ok(seg, ent_tokens):
            text = _clean_role(seg)  # "Acme's chief of staff, Name", "the envoy to the Ports Council, Name"
            if text:
                roles.append((2 if _content_words(text) >= 2 else 1.2, doc[s].idx, text, "lapp"))
                person_ev += 2
        elif seg and (seg[-1].pos_ == "NOUN" or (seg[-1].pos_ == "PROPN" and not seg[-1].ent_type_
                                                 and _post_word(seg[-1]))) \
                and seg[-1].ent_type_ not in ("PERSON", "GPE") \
                and seg[-1].tag_ != "NNS" and _role_ok(seg, ent_tokens):  # "two of his colleagues, A and B"
            adp = next((k for k, t in enumerate(seg) if t.pos_ == "ADP" and k > 0), len(seg))
            head = next((t for t in reversed(seg[:adp]) if t.pos_ in ("NOUN", "PROPN")), seg[-1])
            last_adp = max((k for k, t in enumerate(seg) if t.pos_ == "ADP"), default=-1)
            if not _roleish(head.text) and 0 < last_adp < len(seg) - 1 and _job_word(seg[-1]):
                seg = seg[last_adp + 1:]  # "spotted at a talent night by a music producer, Name": the
                head = seg[-1]  # post is the noun phrase next to the name, not the phrase it ends
            text = _clean_role(seg)
            if text and (_job_word(seg[-1]) or seg[-1].lower_ in lex.ORG_NOUNS or seg[0].lower_ in _DETS
                         or _possessor_first(seg)) \
                    and (_roleish(head.text) or _position(head)):  # not "a fence along the river, Name aside"
                q = 0.5 if seg[0].lower_ == "another" else (2 if _content_words(text) >= 2 else 1.2)
                roles.append((q, doc[s].idx, text, "lapp"))  # ("Another critic, Name," says what they did here)
                if seg[-1].lower_ in lex.HUMAN_NOUNS:
                    person_ev += 2
    return roles, person_ev


#: Words that make a noun phrase a distinction when a clause follows ("the only candidate to ...").
_MILESTONE_WORDS = frozenset({"only", "first", "last", "sole"})


#: First words after "is" that make what follows a verdict on the person, not a post ("X is such a
#: fraud", "X is nothing but a dreamer", "X is no hero", "X is not a member").
_VERDICT_OPENERS = frozenset({"not", "n't", "such", "nothing", "no", "quite", "merely", "simply", "hardly"})


def _copula_at(doc: "Doc", s: int, e: int) -> int:
    """Where the copula of "Name is/was ..." stands: right after the name, or after what only
    describes the name itself, an age or a relative clause ("Name, 34, is ...", "Name, who moved
    here in 2001, is ..."); -1 when the name is not its subject."""
    if e >= len(doc) or doc[e].text != ",":
        return e
    root = doc[s:e].root
    cop = root.head
    if root.dep_ != "nsubj" or cop.lemma_ != "be" or cop.i <= e or doc[cop.i - 1].text != ",":
        return -1
    aside = doc[e + 1:cop.i - 1]
    if len(aside) and (all(t.like_num for t in aside) or (aside[0].lower_ == "who" and aside.root.dep_ == "relcl"
                                                          and aside.root.head == root)) \
            and all(root.left_edge.i <= t.i <= root.right_edge.i or t.is_punct for t in aside):
        return cop.i
    return -1


def _copula_role(doc: "Doc", s: int, e: int, ent_tokens: set[int]) -> tuple[list, int]:
    """"Name is/was/has been (a) playwright ...", "Name, 34, is currently the club's manager"."""
    roles: list = []
    person_ev = 0
    e = _copula_at(doc, s, e)
    been = 0 <= e and e + 2 < len(doc) and doc[e].lower_ in ("has", "had", "have") and doc[e + 1].lower_ == "been" \
        and doc[e + 1].dep_ in ("ROOT", "ccomp", "conj")
    if been:
        e += 1  # "Name has been chairman since 2001": the post held until now
    if 0 <= e and (e + 1 < len(doc) and doc[e].lemma_ == "be" and doc[e].dep_ in ("ROOT", "ccomp", "conj") or
                   (e + 1 < len(doc) and doc[e].lemma_ == "be" and doc[s].is_sent_start)):
        seg = [t for t in _segment_right(doc, e + 1) if not t.is_space]
        if len(seg) > 2 and seg[0].lower_ in _NOW_WORDS:
            seg = seg[1:]  # "Name is currently the club's manager": the post held now
        since = next((k for k, t in enumerate(seg) if k >= 1 and t.lower_ == "since"), None)
        if been and since is not None:
            seg = seg[:since]  # "chairman since 2001": the role ends before the time
        rel = next((k for k, t in enumerate(seg) if k >= 2 and _relative_word(t)
                    and seg[k - 1].pos_ == "NOUN" and _job_word(seg[k - 1])), None)
        if rel is not None:
            seg = seg[:rel]  # "Name is a blogger who runs ...": the clause after the post is no part of it
        if seg and seg[0].tag_ not in ("VBG", "VBN", "RB", "CD") and seg[0].lower_ not in _VERDICT_OPENERS \
                and not _finite_verb(seg) and _role_ok(seg, ent_tokens):  # ("Name is 71 votes short": a count)
            cut = next((k for k, t in enumerate(seg) if t.lower_ in _ROLE_STOP or (
                k >= 1 and t.tag_ in ("VBN", "VBG") and seg[k - 1].pos_ == "NOUN")), len(seg))
            if any(seg[k].tag_ == "TO" and seg[k + 1].pos_ == "VERB" and seg[k - 1].pos_ == "NOUN"
                   for k in range(1, min(cut, len(seg) - 1))):
                return roles, person_ev  # "the latest star to bemoan ...": a deed told, not a post
            if cut < len(seg) and any(t.lower_ in _MILESTONE_WORDS for t in seg[:cut]):
                return roles, person_ev  # "the only Harbour player remaining from ...", "the first woman
                # who ...": a distinction the clause after it tells, not a post
            np_ = seg[:cut]
            first_adp = next((k for k, t in enumerate(np_) if t.pos_ == "ADP"), len(np_))
            head = next((t for t in reversed(np_[:first_adp]) if t.pos_ == "NOUN"), None)
            text = _clean_role(np_)  # "a nurse trained in Leeds": the role ends before the participle
            if text and head is not None and _roleish(head.text) \
                    and not (first_adp and np_[first_adp - 1].lower_ in _WORK_NOUNS):  # not "the tip of the spear
                roles.append((1.5, doc[s].idx, text, "cop"))  # for X", nor "the 999th number one single": a work
    return roles, person_ev


def _body_kind_words(words) -> bool:
    """Common nouns that say what kind of body follows ("research firm", "box office tracker"): the
    last one a body or an agent noun."""
    return _org_noun(words[-1].text) or _org_kind(words[-1].text) or _agent_noun(words[-1])


def _of_organisation(doc: "Doc", s: int, e: int, ent_tokens: set[int]) -> tuple[list, int]:
    """"Name of Acme Bets", "Name from the IMF"; "said Name at Acme Bank on Monday": the body a
    speaker is with, when the body's name closes the phrase; "Name of the Harbour Courier said" also
    when the tagger did not mark the body (a capitalised name after "the", no place)."""
    roles: list = []
    person_ev = 0
    k = j = e + 1 + (e + 1 < len(doc) and doc[e + 1].lower_ == "the")  # "Name of the Acme Trust"
    while k < len(doc) and k - j <= 2 and not doc[k].ent_type_ and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].dep_ == "compound":
        k += 1  # "Name of research firm Acme": the kind of body before its name
    if e + 1 < len(doc) and doc[e].lower_ in ("of", "from") and k < len(doc) and doc[k].ent_type_ == "ORG" \
            and (k == j or _body_kind_words(doc[j:k])):
        text = _clean_role(list(doc[e:_organisation_end(doc, k, 5)]))
        if text:
            roles.append((0.5, doc[s].idx, text, "of"))
    elif j == e + 2 and doc[e].lower_ in ("of", "from") and _speaker_at(doc, s, e):
        end = j
        while end < len(doc) and end - j < 4 and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN") \
                and doc[end].ent_type_ not in ("PERSON", "DATE"):
            end += 1  # "Name of the Harbour Courier said": a body the tagger did not mark, the speaker's
        if j < end and (end >= len(doc) or doc[end].is_punct or doc[end].lower_ in ("said", "says", "told", "added")) \
                and doc[end - 1].ent_type_ not in ("GPE", "LOC", "NORP"):  # (not "of the Czech Republic")
            text = _clean_role(list(doc[e:end]))
            if text:
                roles.append((0.5, doc[s].idx, text, "of"))
    elif e + 1 < len(doc) and doc[e].lower_ == "at" and doc[e + 1].ent_type_ == "ORG" and _speaker_at(doc, s, e):
        end = _organisation_end(doc, e + 1, 5)
        if end >= len(doc) or doc[end].is_punct or doc[end].lower_ in ("on", "in", "said", "says", "told", "added"):
            text = _clean_role(list(doc[e:end]))  # ("at the Acme conference": an occasion, no employer)
            if text:
                roles.append((0.5, doc[s].idx, text, "of"))
    return roles, person_ev


def _speaker_at(doc: "Doc", s: int, e: int) -> bool:
    """Is the name at doc[s:e] the subject of a verb of saying ("said Name at Acme", "Name at Acme
    told ...")? Then "at" the body after it says whom the speaker is with, not where they were."""
    root = doc[s:e].root
    return root.dep_ == "nsubj" and root.head.lemma_ in lex.SAYS_VERBS  # (say, tell, add, write ...)


#: The places a role is stated for a name, in the order they are tried; each gives role candidates
#: ``(quality, start, text, kind)`` and evidence that the name is a person (negative: an organisation).
_APPOINTED = frozenset("name appoint elect make promote install confirm choose select hire unveil".split())
_AS_VERBS = frozenset("serve take step resign quit return remain stay continue act join start succeed replace "
                      "retire stand work".split())


def _appointed_role(doc: "Doc", s: int, e: int, ent_tokens: set[int]) -> tuple[list, int]:
    """The post the name's own clause gives it: "Name became chief executive", "Name was named
    chairman", "Name will serve as / take over as / resign as finance director", "Name will take
    on the role of CEO". Weaker than a role written next to the name."""
    root = doc[s:e].root
    if root.dep_ == "dobj" and root.head.lemma_ in _APPOINTED:
        verb = root.head  # "the board appointed Name as interim chairman"
        nouns = [x for c in list(verb.children) + list(root.children) if c.dep_ == "prep" and c.lower_ == "as"
                 and c.i >= e for x in c.children if x.dep_ == "pobj"]
        return _post_role(doc, s, nouns, ent_tokens, human=True)
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return [], 0
    verb = root.head
    nouns = []
    for c in verb.children:
        if c.i <= root.i:
            continue
        if verb.lemma_ == "become" and c.dep_ == "attr":
            nouns.append(c)
        elif verb.lemma_ in _APPOINTED and root.dep_ == "nsubjpass" and c.dep_ in ("oprd", "attr", "xcomp"):
            nouns.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as" and (verb.lemma_ in _AS_VERBS or verb.lemma_ in _APPOINTED):
            nouns += [x for x in c.children if x.dep_ == "pobj"]
        elif verb.lemma_ == "take" and c.dep_ == "dobj" and c.lower_ == "role":
            nouns += [x for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                      if x.dep_ == "pobj"]
        elif verb.lemma_ == "take" and c.dep_ == "prt":
            nouns += [x for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for x in p.children
                      if x.dep_ == "pobj"]
    return _post_role(doc, s, nouns, ent_tokens)


def _post_role(doc: "Doc", s: int, nouns: list["Token"], ent_tokens: set[int], human: bool = False
               ) -> tuple[list, int]:
    """The post named by the first of ``nouns`` (with its modifiers), if it is one; ``human``
    also takes any role noun of the lexicon ("caretaker-boss"), not only titles."""
    for n in nouns[:1]:
        if n.pos_ != "NOUN" or not (n.lower_ in _POSTS or (human and _human_word(n.lower_))) \
                or n.lower_ in ("man", "woman", "person"):
            continue  # a post, not "became rock giants" nor "became the first woman to ..." (a milestone)
        span = [t for t in doc[n.left_edge.i:n.right_edge.i + 1]]
        if any(t.tag_ == "JJS" for t in span if t.i < n.i):
            continue  # an award: "was named best director"
        if any(t.lower_ in _MILESTONE_WORDS for t in span if t.i < n.i) \
                and any(c.i > n.i and (c.dep_ in ("acl", "relcl") or (c.dep_ in ("xcomp", "advcl") and any(
                        a.lower_ == "to" and a.dep_ == "aux" for a in c.children)))
                        for c in [*n.children, *n.head.children]):
            continue  # a milestone: "became the only candidate to testify ...", "the first senator who ..."
        cut = next((k for k, t in enumerate(span) if t.lower_ in _ROLE_STOP or t.text in (",", ";", "(")
                    or (t.pos_ in ("VERB", "AUX") and t.i > n.i)
                    or (t.lower_ == "and" and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "PERSON")
                    or (human and t.pos_ == "ADP" and t.lower_ != "of" and t.i > n.i)), len(span))
        text = _clean_role(span[:cut])
        if text and _role_ok(span[:cut], ent_tokens):
            return [(0.75, doc[s].idx, text, "post")], 0
    return [], 0


def _shared_apposition(doc: "Doc", s: int, e: int, ent_tokens: set[int]) -> tuple[list, int]:
    """"A and B, historians at the University of Brill,": a plural apposition after two names
    joined by "and" gives each of them the post, in the singular ("historian at ...")."""
    end = e
    if e + 1 < len(doc) and doc[e].lower_ == "and" and doc[e + 1].ent_type_ == "PERSON":
        end = e + 1
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and (end == e + 1 or doc[end].ent_iob_ == "I"):
            end += 1  # the name after "and": the apposition follows it
    elif not (doc[s:e].root.dep_ == "conj" and doc[s:e].root.head.ent_type_ == "PERSON" and doc[s:e].root.head.i < s
              and doc[s - 1].lower_ == "and"):
        return [], 0
    if end >= len(doc) or doc[end].text != ",":
        return [], 0
    seg = _segment_right(doc, end + 1)
    seg = seg[:next((k for k, t in enumerate(seg) if t.lower_ in _ROLE_STOP), len(seg))]
    adp = next((k for k, t in enumerate(seg) if t.pos_ == "ADP"), len(seg))
    k = adp - 1
    if k < 0 or seg[k].tag_ != "NNS" or seg[k].lemma_ == seg[k].lower_ or not _roleish(seg[k].lemma_) \
            or seg[0].pos_ not in ("NOUN", "ADJ", "DET") or _finite_verb(seg) \
            or any(t.pos_ in ("VERB", "AUX", "PRON") or t.ent_type_ == "PERSON" or t.lower_ == "respectively"
                   for t in seg):
        return [], 0  # "A and B, historians at ...", not "A and B, his parents", "A and B, who ...", nor
        # "A and B, the coaches of X and Y respectively" (one post each)
    text = " ".join(x for x in (_clean_role(seg[:k]), seg[k].lemma_, _clean_role(seg[k + 1:])) if x)
    return [(1.5, doc[s].idx, text, "rapp")], 2


ROLE_FINDERS = (_prenominal_role, _right_apposition, _left_apposition, _copula_role, _of_organisation, _appointed_role,
                _shared_apposition)


def _roles_for(doc: "Doc", s: int, e: int, ent_tokens: set[int]) -> tuple[list, int]:
    """Role candidates (quality, start, text) for the name at doc[s:e]; and person evidence."""
    roles: list = []
    person_ev = 0
    for finder in ROLE_FINDERS:
        found, evidence = finder(doc, s, e, ent_tokens)
        roles += found
        person_ev += evidence
    pre = [r for r in roles if r[3] in ("pre", "noun")]
    body = next((r for r in roles if r[3] == "of" and r[2].split(" ", 1)[0] in ("at", "from")), None)
    if len(pre) == 1 and body is not None and pre[0][2].islower() and pre[0][2] not in lex.KIN_HEADS:
        q, st, text, kind = pre[0]  # "economist Name at Acme Bank": an economist at Acme Bank (but "captain
        # Name of Rovers" may captain a side other than the club named after him)
        roles.append((q + 0.1, st, f"{text} {body[2]}", kind))
    return roles, person_ev


_TITLED = lex.HONORIFICS | lex.PEERAGE | lex.TITLE_WORDS
#: Words that make the name after them a person's: "Mr", "Lady".
_HONORIFIC_OR_PEER = lex.HONORIFICS | lex.PEERAGE
#: Honorifics that only ever open a name: one inside a name starts the next ("Court of Appeal Mr Lee").
_MID_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "messrs"})


def _middle_initial(doc: "Doc", k: int, s: int) -> bool:
    """Is the one-letter word at ``k`` ("M." of "Ann M. Lee", "M" of "Ann M Lee") a middle initial
    rather than the French honorific: it follows a capitalised word of the name that is no title
    itself (a given name)? Only a title opens a name, so an initial after a given name is the name's."""
    t = doc[k]
    if len(t.text.rstrip(".")) != 1 or k <= s:
        return False
    prev = doc[k - 1]
    return prev.is_alpha and prev.text[:1].isupper() and prev.lower_ not in _TITLED


#: Words that cannot end a name: they join it to words cut away ("the Committee for", "X and").
_DANGLING = frozenset({"of", "for", "and", "&", "the", "to", "in", "on", "at", "with", "by"})


#: Prefixes written before a name with a hyphen, capitalised when they open a sentence ("Ex-Acme boss Ann Lee");
#: not "Anti-" or "Pro-", which open names too ("the Anti-Fraud Agency").
_NAME_PREFIXES = frozenset({"ex"})


def _body_title(doc: "Doc", s: int, e: int, label: str) -> bool:
    """Is this one title word tagged a body the body itself ("the Treasury said", "Treasury
    officials"), not a post before a name or a person's word ("Treasury Secretary Ann Lee",
    "Treasury minister")?"""
    if label != "ORG" or e - s != 1 or doc[s].lower_ not in lex.BODY_TITLES:
        return False
    nxt = doc[e] if e < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() or nxt.lower_ in _POSTS)


#: Words for a kind of body that name a person's job as often ("Broadcaster Ann Lee": a presenter).
_JOB_TOO = frozenset({"broadcaster"})


def _clean_span(doc: "Doc", s: int, e: int, label: str) -> tuple[int, int, list[str]]:
    """Trim an entity to its name; return new bounds and the dropped leading title words."""
    titles: list[str] = []
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct or doc[s].is_space):
        s += 1
    if e - s >= 2 and _kind_before_name(doc, s, e):
        titles.append(doc[s].text)  # "broadcaster Acme's stake", "Bookmaker Acme said": what the body is, its role
        s += 1
    if e - s >= 3 and (doc[s].is_lower or doc[s].lower_ in _NAME_PREFIXES) and doc[s].is_alpha and doc[s + 1].text in ("-", "–") \
            and not doc[s].whitespace_ and not doc[s + 1].whitespace_ and doc[s + 2].text[:1].isupper():
        s += 2  # a lower-case prefix is no part of the name: "pro-Lee", "ex-Acme" name Lee and Acme (so "Ex-Acme" opening a sentence)
    # run-on names: "Sam - after", "Kovalenko Hails"
    for k in range(s + 1, e):
        t = doc[k]
        if t.is_sent_start or t.is_space or "\n" in t.text or (t.is_punct and t.text not in ("-", ".", "'", "&", "’")) \
                or (t.text in ("-", "–") and doc[k - 1].whitespace_ and t.whitespace_) \
                or (t.is_lower and t.is_alpha and t.lower_ not in _PARTICLES
                    and not (label == "ORG" and t.lower_ == "to" and k + 1 < e and doc[k + 1].text[:1].isupper())) \
                or (label == "PERSON" and (t.lower_ in lex.NAME_STOP_WORDS or capital_verb(t))) or (t.like_num and t.text[:1].isdigit() and k + 1 < e and doc[k + 1].text in ("-", "–")) \
                or (t.lower_.rstrip(".") in _MID_HONORIFICS and t.text[:1].isupper()) \
                or (t.lower_ in _SENTENCE_OPENERS and _opens_sentence(doc, k)) \
                or (t.lower_ in ("'s", "’s") and k + 1 < e and doc[k + 1].lower_ not in _DANGLING
                    and (doc[k + 1].is_lower or doc[k + 1].text[:1].isdigit())):
            e = k  # ... or a score run into the name ("Leeds 2-0", "Name 6-2 7-6"), the next name's
            break  # "Mr" ("Court of Appeal Mr"), a possessive before a thing ("Kell's van", "Kell's 1995")
    if e - s > 1 and doc[e - 1].text in _DANGLING:  # NER stopped short: "the Committee for| a Sound Budget"
        k = e + 1 if e < len(doc) and doc[e].lower_ in ("a", "an", "the") else e
        j = k
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and not doc[j].is_sent_start:
            j += 1
        if j > k and (doc[e - 1].text not in ("and", "&") or j == k + 1):
            e = j  # (after "and" one word only: "Names and| Numbers", not "X and| Ann Lee")
    if label == "PERSON" and e - s >= 2 and capital_verb(doc[s], ("VBD", "VBZ", "VBG")):
        s += 1  # a verb the line's capitals glued on before the name: "Said Lee, ...", "After Telling Ann Lee To ..."
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].lower_ in ("'s", "’s", "'", "’") or doc[e - 1].is_punct
                     or doc[e - 1].is_space or (e - s > 1 and doc[e - 1].text in _DANGLING)):
        e -= 1  # ... and a word that only joins a name to one cut away ("Committee for", "X and")
    s = _after_descriptor(doc, s, e, label)
    first = s
    if label in ("PERSON", "ORG"):
        # "Cottonwood Police Sgt Jeremy Daniels": everything up to the last title is the role
        last = max((k for k in range(s, e - 1) if doc[k].lower_.rstrip(".") in (lex.HONORIFICS | lex.TITLE_WORDS)
                    and doc[k].text[:1].isupper() and all(x.text[:1].isupper() for x in doc[k + 1:e])
                    and not _middle_initial(doc, k, s)
                    and (label == "PERSON" or doc[k].lower_.rstrip(".") in lex.HONORIFICS or doc[k].text.endswith(".")
                         or doc[k].lower_ in ("sgt", "gen", "col", "capt", "lt", "det", "insp", "supt", "cllr",
                                              "sen", "rep", "gov", "officer", "sergeant", "detective", "constable"))),
                   default=None)
        if last is not None:
            titles.extend(t.text for t in doc[s:last + 1])
            s = last + 1
        while e - s > 1 and (doc[s].lower_.rstrip(".") in lex.HONORIFICS or doc[s].lower_.rstrip(".") in lex.TITLE_WORDS
                             or doc[s].lower_ in lex.HUMAN_NOUNS or _capitalised_noun(doc, s, e, label)) \
                and not (label == "ORG" and doc[s].text[:1].isupper() and (any(
                    t.lower_ in _NAME_HEADS or t.lower_ in lex.ORG_SUFFIXES for t in doc[s + 1:e])
                    or (e - s == 2 and doc[s + 1].tag_ in ("NNS", "NNPS")))):
            # (a capitalised title word is part of a body's name: "Home Office", "General Motors Europe";
            # and of a portfolio's, before one plural noun: "Home Affairs", no "Affairs")
            low = doc[s].lower_.rstrip(".")
            if not doc[s].tag_.startswith("VB") or low in lex.HONORIFICS or low in lex.TITLE_WORDS \
                    or low in lex.HUMAN_NOUNS:
                titles.append(doc[s].text)  # (a verb opening the sentence is no title: "Telling Ann Lee ...";
                # a title word the tagger calls a verb still is: "Sens.")
            s += 1
        while e - s > 1 and doc[e - 1].lower_ in ("qc", "kc", "mp", "jr", "sr", "jr.", "sr."):
            e -= 1
    if label == "PERSON":
        k = _name_after_lead(doc, s, e)
        titles.extend(t.text for t in doc[s:k] if _job_word(t) or t.is_upper)
        s = k
        if titles and s > first and titles[0] == doc[first].text and doc[first].text[:1].isupper():
            k = first  # "Assistant Chief| Constable Ann Lee": the title's first words, left out by the tagger
            while k > 0 and first - k < 3 and _title_word_before(doc[k - 1]):
                k -= 1
            titles[0:0] = [t.text for t in doc[k:first]]
    return s, e, titles


def _kind_before_name(doc: "Doc", s: int, e: int) -> bool:
    """Is doc[s] a common noun for what the name after it is, taken into the name by the tagger: a
    noun in lower case ("broadcaster Acme"), or a body's kind ending in -er opening the sentence
    before a one-word name ("Bookmaker Acme said"; not "Bank Leumi", nor "Carrier Holdings")?"""
    t, nxt = doc[s], doc[s + 1]
    if not t.is_alpha or len(t.text) < 3 or t.lower_ in _PARTICLES or not nxt.text[:1].isupper():
        return False
    if t.is_lower:
        return t.pos_ == "NOUN" and t.tag_ == "NN"
    return e - s == 2 and _opening_word(doc, s) and t.lower_.endswith("er") and t.lower_ in lex.ORG_NOUNS \
        and nxt.lower_ not in _NAME_HEADS and nxt.lower_ not in lex.ORG_SUFFIXES


def _title_word_before(t: "Token") -> bool:
    """A capitalised word of a title, outside any entity ("Assistant", "Chief", "Former")."""
    low = t.lower_
    return t.is_alpha and t.text[:1].isupper() and not t.ent_type_ and t.pos_ in ("PROPN", "ADJ", "NOUN") \
        and low not in lex.HONORIFICS and (low in lex.TITLE_WORDS or low in lex.ROLE_MODIFIERS or _roleish(low))


def _body_kind_title(word: str) -> bool:
    """A word for a kind of body taken off the front of a name ("broadcaster", "Bookmaker"), no post."""
    return word in lex.ORG_NOUNS and word not in lex.HUMAN_NOUNS and word not in lex.TITLE_WORDS \
        and word not in lex.HONORIFICS


#: Capitalised words that open a sentence the tagger ran into the name before it when the full
#: stop was lost ("analysts Acme More than 160 million ...", "called Ann Lee Yesterday he ...").
_SENTENCE_OPENERS = lex.words("name_words", "opener")


def _opening_word(doc: "Doc", k: int) -> bool:
    """Does doc[k] open its sentence (after any opening quotation mark or bracket)?"""
    while k > 0 and doc[k - 1].is_punct and doc[k - 1].text in ('"', "“", "‘", "'", "("):
        k -= 1
    j = k - 1
    while j >= 0 and doc[j].text in ('"', "”", "’", "'"):
        j -= 1  # ('... been there." Lawyer Ann Lee': a stop inside the closing quotation mark)
    return doc[k].is_sent_start or k == 0 or (j >= 0 and doc[j].text in (".", "!", "?"))


def _opens_sentence(doc: "Doc", k: int) -> bool:
    """Does the capitalised word at ``k``, inside a name, open the next sentence: "More than",
    "Fewer than", or a time word such as "Yesterday" before a pronoun or determiner ("Yesterday
    he", "Today the")? ("the Avonford Today reported" keeps its title.)"""
    t = doc[k]
    if not t.text[:1].isupper() or k + 1 >= len(doc) or t.lower_ not in _SENTENCE_OPENERS:
        return False
    nxt = doc[k + 1]
    if t.lower_ in ("more", "fewer", "less"):
        return nxt.lower_ == "than"
    return nxt.is_lower and nxt.pos_ in ("PRON", "DET")


def _name_after_lead(doc: "Doc", s: int, e: int) -> int:
    """Where a person's name starts when the tagger took in words before the given name that are no
    part of it: a job or an acronym for one ("Keeper Ann Lee", "DJ Ann Lee"), then a party or place
    the lexicon knows ("Lib Dem Ann Lee") or a team the article names on its own ("Avonford Ann
    Lee", run in from a lost full stop). The given name must be known and followed by a surname,
    and the words before it no given names themselves ("Mary Ann Lee" keeps its first name).
    ``s`` if none."""
    j = next((k for k in range(s + 1, e - 1) if doc[k].lower_ in _FIRST_NAMES and doc[k].text[:1].isupper()
              and doc[k].is_alpha), None)
    if j is None or not doc[j + 1].text[:1].isupper():
        return s
    lead = doc[s:j]
    if any(not t.text[:1].isupper() or t.lower_ in _FIRST_NAMES or t.lower_ in _PARTICLES for t in lead):
        return s
    i = s
    while i < j and (_job_word(doc[i]) or (doc[i].is_upper and 2 <= len(doc[i].text) <= 4 and doc[i].is_alpha)):
        i += 1
    said = doc[i:j].text
    known = lex.lookup(said) if i < j else None
    if i == j or (known and known[1] in ("organization", "place")):
        return j  # "DJ Ann Lee", "Keeper Ann Lee"; "Lib Dem Ann Lee" (a party the lexicon knows)
    for ent in doc.ents:
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC") and not (s <= ent.start < e) \
                and (ent.text == said or ent.text.startswith(said + " ") or ent.text == said + "s"):
            return j  # (not a surname said first: "Lee Ann Kay ... Mr Lee" is a person's)
    return s


_DEPARTMENT_WORDS = frozenset({"department", "ministry"})
_NOT_PORTFOLIO = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "MONEY"})


def _portfolio_end(doc: "Doc", s: int, e: int, label: str) -> int:
    """Where a government department's name ends when the tagger cut it at the list of its
    portfolios ("the Department for Trade| and Skills", "the Ministry of Trade|, Farming and Rural
    Affairs"): after ", Word" repeated and a closing "and Word" (one or two capitalised words each,
    none a person's, a place's or a given name, nor an acronym). ``e`` where there is no such list."""
    if label != "ORG" or e - s < 3 or doc[s].lower_ not in _DEPARTMENT_WORDS or doc[s + 1].lower_ not in ("for", "of"):
        return e

    def words(k: int) -> int:
        j = k
        while j < len(doc) and j - k < 2 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_upper \
                and not doc[j].is_sent_start and doc[j].ent_type_ not in _NOT_PORTFOLIO and doc[j].lower_ not in _FIRST_NAMES:
            j += 1
        return j

    k = e
    while k + 1 < len(doc) and doc[k].text == ",":
        j = words(k + 1)
        if j == k + 1:
            return e
        k = j
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "&"):
        return e
    j = words(k + 1)
    if j == k + 1 or (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
        return e
    return j


def _after_descriptor(doc: "Doc", s: int, e: int, label: str) -> int:
    """Where a person's name starts when the tagger took in a word before it that says where
    they are from ("Brazilian Ann Lee", "Saudi Arabian Ann Lee") or, opening a sentence, a plural
    noun for the kind of people listed ("Seeds Ann Lee, ..."): that word is no part of the name
    (and a nationality is no role)."""
    if label != "PERSON":
        return s
    k = s
    while e - k > 1 and k - s < 2 and doc[k].text[:1].isupper() and _people_word(doc[k].text) \
            and doc[k + 1].text[:1].isupper():
        k += 1
    if k == s and e - s > 2 and doc[s].is_sent_start and doc[s].tag_ in ("NNS", "NNPS") \
            and doc[s].lower_.endswith("s") and doc[s].lower_[:-1] in lex.HUMAN_NOUNS and doc[s + 1].text[:1].isupper():
        k += 1
    return k


#: Abbreviations that keep their full stop at the end of a name.
_NAME_ABBREVIATIONS = frozenset("jr sr inc ltd corp co bros plc llc st mt ft esq".split())
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _stray_stop(doc: "Doc", e: int) -> bool:
    """The name ending at token ``e`` took the sentence's full stop into its last word ("said
    chairman Ann Lee." then a new sentence): a word of three letters or more, no abbreviation."""
    last = doc[e - 1].text if e > 0 else ""
    word = last[:-1]
    return last.endswith(".") and len(word) >= 3 and word.isalpha() and not word.isupper() \
        and word.lower() not in _NAME_ABBREVIATIONS and (e >= len(doc) or doc[e].is_sent_start)


def _nickname_end(doc: "Doc", s: int, e: int, label: str) -> int:
    """A person's name the tagger cut at a quoted nickname (Ann "Bee" Lee): its end after the
    surname that follows the nickname; else ``e``."""
    if label != "PERSON" or e + 3 >= len(doc) or doc[e].text not in _QUOTE_MARKS:
        return e
    close = next((k for k in (e + 2, e + 3) if k < len(doc) and doc[k].text in _QUOTE_MARKS), None)
    if close is None or close + 1 >= len(doc) or not all(t.text[:1].isupper() for t in doc[e + 1:close]):
        return e
    last = doc[close + 1]
    if last.pos_ != "PROPN" or not last.text[:1].isupper() or not last.is_alpha or last.is_sent_start:
        return e
    return close + 2


def _called_words(text: str) -> tuple[str, ...] | None:
    """The words of a name with a quoted nickname as the article goes on to call the person:
    the nickname and the surname (Robert "Bob" Lee -> "Bob Lee"); None for other names."""
    hit = re.match(r"^\S.*? [\"“'‘]([^\"“”'‘’]+)[\"”'’] (\S.*)$", text)
    return _words(f"{hit.group(1)} {hit.group(2)}") if hit else None


def _capitalised_noun(doc, s: int, e: int, label: str) -> bool:
    """The word opening a sentence before a given name and a surname is a description the capital letter
    glued on ("Broadcaster Chris Reed said", "Buyer Ann Lee said"), not the first word of the name."""
    return label == "PERSON" and e - s > 2 and doc[s].is_sent_start and doc[s].is_alpha and \
        doc[s].lower_ not in lex.GIVEN_NAMES and doc[s + 1].lower_ in lex.GIVEN_NAMES and \
        doc[s + 1].text[:1].isupper() and not any(t.text == "-" for t in doc[s:e])  # ("Blake Lee-Harwood")


#: Demonyms of the home nations, which the country gazetteer folds into "British".
_HOME_NATIONS = frozenset({"english", "welsh", "scottish", "british", "irish", "cornish", "manx"})


def _people_word(word: str) -> bool:
    """"Frenchman", "Welshwoman", "Ukrainian", "South African": a word for someone from somewhere,
    which NER often tags as a name but names no one."""
    w = word.lower()
    for suffix in ("woman", "man"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            w = w[:-len(suffix)]
            return w in lex.DEMONYMS or w in _HOME_NATIONS or w == "scots"  # "Scotsman"
    if w.endswith("s"):
        return False  # "Americans", "Scots": a group, an actor; "Swiss" may be the airline
    return lex.key(word) in lex.DEMONYMS or w in _HOME_NATIONS


def _from_place(doc: "Doc", s: int, e: int) -> bool:
    """"the Scot", "the Texan", "the 31-year-old Scot": one word for someone from a region, after
    "the" and perhaps an age (alone, "Scot" may be a given name)."""
    if e - s != 1 or s == 0 or doc[s].lower_ not in lex.FROM_PLACE:
        return False
    k = s - 1
    if doc[k].lower_ == "old":  # (the tagger splits "31-year-old" at its hyphens)
        k = next((j for j in range(k - 1, max(-1, k - 6), -1) if AGE_WORD.fullmatch(doc[j:s].text.replace(" ", ""))), k)
        k -= 1
    return k >= 0 and doc[k].lower_ == "the"


def _words(text: str) -> tuple[str, ...]:
    s = fold(text).lower().replace("’", "'")
    s = re.sub(r"'s?$", "", s)
    return tuple(w for w in re.split(r"[^a-z0-9]+", s) if w)


#: Nouns a place name modifies ("the Kent countryside", "the Fife coast").
_PLACE_HEADS = frozenset({"countryside", "coast", "coastline", "village", "town", "city", "county", "area", "region",
                          "border", "hills", "valley", "moors", "seaside", "suburbs"}) | lex.PLACE_SUFFIXES
#: One-word names that head a longer name: a title word before them is part of it ("Home Office").
_NAME_HEADS = lex.ORG_NOUNS | lex.PLACE_SUFFIXES | {"league", "cup", "association", "house", "federation", "society"}
_SPECIALIST_ENDS = ("ologist", "ician", "iatrist", "ographer")
_WORK_NOUNS = lex.words("work_nouns", "work")
_DOCUMENT_ENDS = lex.words("work_nouns", "document")
_LAW_ENDS = lex.words("work_nouns", "legislation")
_TITLE_HEADS = lex.words("work_nouns", "title-head")
_KINDED = lex.words("work_nouns", "kinded")
_GAME_KINDS = lex.words("work_nouns", "game-kind")


#: Verbs whose subject is only described ("X is popular", "X proved a hit").
_COPULAS = frozenset({"be", "become", "remain", "seem", "prove", "look", "appear", "stay"})
#: Nouns for made things a name can be the model of ("the X console", "the X browser").
_PRODUCTS = lex.words("work_nouns", "product")


def _made_thing(doc: "Doc", s: int, e: int) -> bool:
    """Is the name at doc[s:e] named as a made thing: the model of a product noun after "the" or a
    possessive ("the X console", "its X browser", "its X drug", which the tagger may read as an
    adjective; not "a X phone", where X may be the maker), or
    an organisation's possession ("Acme's X")?"""
    root = doc[s:e].root
    if (root.dep_ in ("compound", "nmod") or (root.dep_ == "amod" and root.text[:1].isupper())) \
            and root.head.i >= e and root.head.lemma_.lower() in _PRODUCTS \
            and s > 0 and doc[s - 1].lower_ in ("the", "its", "their", "his", "her", "new", "latest"):
        return True
    return (s > 1 and doc[s - 1].tag_ == "POS" and doc[s - 2].ent_type_ == "ORG") or _owned_thing(doc, s, e)


#: Possessive determiners that make a name a thing someone owns ("his old X"; "its X" is a firm's product too).
_OWNING = frozenset({"his", "her", "their", "my", "your", "our"})


def _owned_thing(doc: "Doc", s: int, e: int) -> bool:
    """Is the name at doc[s:e] the head of a noun phrase that a person's possessive opens, with
    nothing but adjectives or numbers between ("his old X", "Ann Lee's X")? A person, a body or
    a place is not had so: the name is a thing owned, a make or a model. Not where the name
    modifies a noun after it ("his X account"), nor a name opening with a given name ("her Ann"), nor
    one with a word of a body or a place in it ("Ann Lee's Harbour Party"). ("a X" may be a prize
    won or a native of a place: no evidence.)"""
    root = doc[s:e].root
    if root.dep_ in ("compound", "nmod", "amod", "poss") or (e < len(doc) and doc[e].tag_ == "POS") \
            or doc[s].lower_ in _FIRST_NAMES or doc[s].ent_type_ == "NORP":
        return False
    if any(t.lower_ in lex.ORG_SUFFIXES or t.lower_ in lex.ORG_NOUNS or t.lower_ in _BODY_HEADS
           or t.lower_ in lex.PLACE_SUFFIXES for t in doc[s:e]):
        return False  # "Ann Lee's Harbour Party", "Ann Lee's White House": a body or a place they lead
    b = s - 1
    while b >= 0 and doc[b].pos_ in ("ADJ", "NUM") and doc[b].ent_type_ == "":
        b -= 1
    if b < 0:
        return False
    if doc[b].lower_ in _OWNING and doc[b].tag_ == "PRP$":
        return True
    return doc[b].tag_ == "POS" and b > 0 and doc[b - 1].ent_type_ == "PERSON"


def _is_work(doc: "Doc", s: int, e: int) -> bool:
    """Is the name at doc[s:e] the title of a work, product or law rather than an actor: right
    after a noun that introduces one ("the film X", "hit single X", "their debut X", "the movie The
    X"), in apposition to one ("X, a film about ...", "the box-office hit, X"), in a work's own
    context (:func:`_work_context`), or ending like a law ("the X Bill", "the Bill") or named as a
    treaty ("the Treaty of X", "the X Convention on Y"; not "the Convention of X Councils", a body)?"""
    b = _title_start(doc, s)
    if _called_work(doc, s) or _colon_title(doc, s, e):
        return True
    if _listed_after_work_noun(doc, b):
        return True
    root = doc[s:e].root
    if _work_context(root):
        return True
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the X and Y tragedy"
    if root.dep_ in ("compound", "nmod") and root.head.i >= e and root.head.lower_ in _TITLE_HEADS \
            and doc[s].ent_type_ != "ORG":
        return True  # "the X and Y tragedy", "the X sequel": the name is a title (an ORG makes them)
    if any(t.lower_ == "treaty" or (t.lower_ == "convention" and t.i + 1 < e and doc[t.i + 1].lower_ == "on")
           for t in doc[s:e]):
        return True  # "the Treaty of Westby", "the Avonian Convention on Fishing Rights": a treaty, a document
    return doc[e - 1].lower_ in _LAW_ENDS and (e - s >= 2 or (s > 0 and doc[s - 1].lower_ == "the"))


def _called_work(doc: "Doc", s: int) -> bool:
    """Does a noun that introduces a work stand right before the name at doc[s]: "the film X", "her
    hit single X" (not "a single X"), "the video game X", "the PC title X" (not "the game X", a match)?"""
    b = _title_start(doc, s)
    if b > 0 and doc[b - 1].lower_ in _WORK_NOUNS and (doc[b - 1].pos_ == "NOUN" or (
            b > 1 and (doc[b - 2].tag_ in ("PRP$", "DT") or doc[b - 2].lower_ in ("hit", "new", "latest", "debut"))
            and doc[b - 2].lower_ not in ("a", "an", "no", "every", "each"))):
        return True
    if b > 0 and doc[b - 1].lower_ in _GAME_NOUNS and doc[b - 1].pos_ == "NOUN" and _video_game_talk(doc):
        return True  # "the game X" where the article speaks of video games
    if b > 1 and doc[b - 1].lower_ in _KINDED:
        kind = doc[b - 2].lower_
        if b > 3 and doc[b - 3].text == "-":
            kind = doc[b - 4].lower_ + "-" + kind  # "role-playing"
        return kind in _GAME_KINDS
    return False


_GAME_NOUNS = frozenset({"game", "games"})


def _video_game_talk(doc: "Doc") -> bool:
    """Does the article speak of video games ("video games", "a PC title", "console games")? Then
    "the game X", "his next game, X" and "games such as X" name a work, not a match."""
    if "video_game_talk" not in doc.user_data:  # (set for the whole story by :func:`_attested`)
        doc.user_data["video_game_talk"] = _speaks_of_video_games(doc)
    return doc.user_data["video_game_talk"]


def _speaks_of_video_games(doc: "Doc") -> bool:
    return any(t.lower_ in _KINDED and t.i > 0 and doc[t.i - 1].lower_ in _GAME_KINDS for t in doc)


def _game_noun(t: "Token") -> bool:
    """"game" as a video game's noun (:func:`_video_game_talk`)."""
    return t.lower_ in _GAME_NOUNS and t.pos_ == "NOUN" and _video_game_talk(t.doc)


#: Small words inside a title ("Call of Duty", "The Edge of Reason").
_TITLE_LINKS = frozenset({"of", "the", "for", "from", "in", "on", "to", "a"})


def _capital_run(doc: "Doc", k: int, step: int) -> int:
    """The capitalised words of a title from doc[k] on (``step`` 1) or back (``step`` -1): the
    index past its last word."""
    while 0 <= k < len(doc) and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].like_num
                                 or doc[k].lower_ in _TITLE_LINKS and doc[k].text[:1].islower()):
        k += step
    return k


def _colon_title(doc: "Doc", s: int, e: int) -> bool:
    """Is the name at doc[s:e] a part of a title with a subtitle, written "X: Y" inside a
    paragraph ("sales of Starfall: Iron Harvest", "the premiere of X: The Last Y"): the
    subtitle two capitalised words or more besides an article, neither part opening with a given name nor the title
    its paragraph (a headline's "Ann Lee: ..."; "Subs: Reed, Cole" lists single names), nor a name
    a list goes on from (a line-up)?"""
    def subtitle(k: int) -> bool:
        end = _capital_run(doc, k, 1)
        if end < len(doc) and doc[end].text in (",", ";", "("):
            return False  # "Avonford: Dmitar Kowal, Reed (c), ...": a line-up, names listed
        return doc[k].text[:1].isupper() and doc[k].lower_ not in _FIRST_NAMES \
            and sum(t.text[:1].isupper() and t.is_alpha and t.lower_ not in _TITLE_LINKS for t in doc[k:end]) >= 2
    if e + 1 < len(doc) and doc[e].text == ":" and doc[e - 1].whitespace_ == "" and s > 0 \
            and doc[s].lower_ not in _FIRST_NAMES:
        return subtitle(e + 1)
    if s >= 2 and doc[s - 1].text == ":" and doc[s - 2].whitespace_ == "" and doc[s - 2].text[:1].isupper():
        start = _capital_run(doc, s - 2, -1) + 1
        return start > 0 and doc[start].lower_ not in _FIRST_NAMES and subtitle(s)
    return False


_LIST_OPENERS = frozenset({"-", "–", "—", ":"})


def _listed_after_work_noun(doc: "Doc", b: int) -> bool:
    """Is the title starting at doc[b] an item of a list that a work noun sets off with a dash or a
    colon ("the trilogy - X, The Y and Z -", "his three novels: X and Y")? Items are runs of
    capitalised words, joined by commas and "and"."""
    i = b
    for _ in range(8):
        j = i - 1
        if j < 1:
            return False
        if doc[j].text in _LIST_OPENERS:
            return doc[j - 1].pos_ == "NOUN" and doc[j - 1].lemma_.lower() in _WORK_APPOSITIONS
        if doc[j].text != "," and doc[j].lower_ != "and":
            return False
        k = j - 1 if doc[j].text == "," or doc[j - 1].text != "," else j - 2  # (", and")
        if k < 0 or not doc[k].text[:1].isupper():
            return False
        while k > 0 and (doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha):
            k -= 1
        i = k
    return False


def _title_start(doc: "Doc", s: int) -> int:
    """Where a title starting at ``s`` starts with its own article ("the movie The X": at "The")."""
    return s - 1 if s > 1 and doc[s - 1].text in ("The", "A", "An") else s


#: Nouns that stand in apposition to a title ("X, a film about ...", "the box-office hit, X").
_WORK_APPOSITIONS = _WORK_NOUNS | _TITLE_HEADS | {"hit", "tale", "epic", "biopic"}
#: "a role in X", "starred in X": the place a part is played is a work.
_PART_IN = frozenset({"role", "part", "star", "appear", "cast", "feature", "starring"})
#: Verbs whose object is a programme or a film: "the channel aired X".
_AIRED = frozenset({"air", "broadcast", "screen", "televise", "stream"})
#: "a version of X", "the sequel to X": what a work is made from is a work.
_MADE_FROM = frozenset({"version", "adaptation", "remake", "sequel", "prequel", "screening", "premiere", "soundtrack",
                        "episode", "episodes", "revival", "follow-up"})


def _work_context(root: "Token") -> bool:
    """Does a name stand where only a work stands: in apposition to a work noun, the place a part
    is played ("a role in X", "starred in X"), what a version or sequel is of ("the film version of
    X", "the sequel to X"), or the object of "direct" ("who directed X")?"""
    t = root
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head  # "starred in X and Y"
    doc = t.doc
    if any(c.dep_ == "appos" and (c.lower_ in _WORK_APPOSITIONS or _game_noun(c)) and c.pos_ == "NOUN"
           and t.i + 1 < len(doc) and doc[t.i + 1].text == "," for c in t.children) or (
            t.dep_ == "appos" and (t.head.lower_ in _WORK_APPOSITIONS or _game_noun(t.head)) and t.head.pos_ == "NOUN"
            and doc[t.left_edge.i - 1].text == ","):
        return True  # (set off by commas: "X - a song called Y" says nothing of X)
    if t is not root:  # a later item of a list the work noun introduced: "the films X, Y and Z"
        left = t.left_edge.i
        if left > 0 and doc[left - 1].pos_ == "NOUN" and doc[left - 1].lemma_.lower() in _WORK_NOUNS:
            return True
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "as" and (head.head.lower_ == "such" or any(
            c.lower_ == "such" for c in head.children)):
        noun = head.head.head if head.head.lower_ == "such" else head.head
        if noun.pos_ == "NOUN" and (noun.lemma_.lower() in _WORK_NOUNS or _game_noun(noun)):
            return True  # "films such as X, Y and Z"
    if t.dep_ == "pobj":
        gov = head.head
        if head.lower_ == "in" and gov.lemma_.lower() in _PART_IN and gov.i < head.i:
            return True
        if head.lower_ in ("of", "to") and gov.lower_ in _MADE_FROM and gov.pos_ == "NOUN":
            return True
    if t.dep_ == "nsubj" and head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in _WORK_NOUNS for c in head.children):
        return True  # "X is a popular song"
    if (t.dep_ == "dobj" and head.lemma_.lower() in _AIRED) or (
            t.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() == "tune"):
        return True  # "the channel aired X", "viewers tuned into X"
    if t.dep_ == "dobj" and head.lemma_.lower() == "direct" and head.pos_ == "VERB" \
            and not any(c.dep_ in ("xcomp", "prep", "dative") for c in head.children if c.i > t.i):
        return True  # "who directed X" (not "directed X to the exit")
    return False


def _law_like(doc: "Doc", s: int, e: int) -> bool:
    """Is the name a work only by its ending or the noun it modifies ("the X Bill", "the X tragedy"),
    which says nothing of the name's other mentions ("X" the place)?"""
    b = _title_start(doc, s)
    return not (b > 0 and doc[b - 1].lower_ in _WORK_NOUNS or _called_work(doc, s) or _colon_title(doc, s, e)) \
        and not _work_context(doc[s:e].root)


def _named_as_person(doc: "Doc", s: int) -> bool:
    """"the boy, whose name is X", "a woman named X", "a nurse called X": X names a person."""
    if s >= 2 and doc[s - 1].lemma_ == "be" and doc[s - 2].lower_ == "name":
        return any(t.lower_ == "whose" or t.lower_ in lex.HUMAN_NOUNS for t in doc[max(0, s - 8):s - 2])
    if s >= 2 and doc[s - 1].lower_ in ("named", "called") and doc[s - 1].tag_ == "VBN":
        return doc[s - 2].lower_ in lex.HUMAN_NOUNS or doc[s - 1].head.lower_ in lex.HUMAN_NOUNS
    return False


def _after_initial(doc: "Doc", s: int, e: int) -> bool:
    """"E Marlowe, writing in ...", "S Kettering, J Lowe": a one-word name the tagger left its
    initial out of (a lone capital letter, not "A" or "I", right before it, no stop between) is
    a person's surname, unless the gazetteer knows the name as a body's."""
    if e - s != 1 or s == 0 or _gazetteer_body(doc[s].text):
        return False
    t = doc[s - 1]
    return len(t.text) == 1 and t.text.isupper() and t.text not in ("A", "I") and not t.ent_type_ \
        and doc[s].text[:1].isupper() and doc[s].text[1:].islower()


#: Time zones written after a clock time ("at 1500 GMT", "by 9 p.m. EST"), which NER takes for bodies.
_TIME_ZONES = frozenset("gmt bst utc cet cest est edt cst cdt mst mdt pst pdt et pt".split())
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "noon", "midnight"})


def _clock_zone(doc: "Doc", s: int, e: int) -> bool:
    """Is the name at doc[s:e] a lone time zone right after a clock time ("at 1500 GMT", "9 p.m. EST")?"""
    if e - s != 1 or s == 0 or doc[s].lower_ not in _TIME_ZONES:
        return False
    t = doc[s - 1]
    return any(c.isdigit() for c in t.text) or t.lower_ in _CLOCK_WORDS


def _gazetteer_body(text: str) -> bool:
    hit = lex.lookup(text)
    return bool(hit) and hit[1] == "organization"


def _possessed_name(doc: "Doc", s: int, e: int) -> bool:
    """"Harbour Bank's Ann Lee", "Italy's Tove Marlo": a two-word name in title case that a body
    or a country has, with no word of an organisation, a place or a title, and modifying nothing
    ("Harbour Bank's Ann Lee fund" names a thing): a person, its member or its player."""
    if e - s != 2 or s < 2 or doc[s - 1].tag_ != "POS" or doc[s - 2].ent_type_ not in ("ORG", "GPE", "LOC", "NORP"):
        return False
    if any(not (t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()) or t.lower_ in _NAME_HEADS
           or t.lower_ in lex.ORG_SUFFIXES or t.lower_ in lex.TITLE_WORDS or t.lower_ in lex.HONORIFICS
           for t in doc[s:e]):
        return False
    root = doc[s:e].root
    return not (root.dep_ in ("compound", "nmod", "amod") and root.head.i >= e) and not lex.lookup(doc[s:e].text)


#: Nouns for a body that the role lexicon leaves out: "electronics chain X".
_BODY_NOUNS = lex.ORG_NOUNS | {"chain"}
#: Kinds of organisation ("Mexican outfit X", "US operator X") that say a body before a name that
#: does not open with a given name ("camera operator Ann Lee" is a person); "developer" and
#: "vendor" name people as often as firms.
_BODY_KINDS = lex.ORG_KINDS - lex.HUMAN_NOUNS - {"developer", "vendor"}


def _body_noun(t: "Token", name: "Token | None" = None) -> bool:
    """A noun for a body; with ``name`` (the name's first word), also a kind of organisation
    (:data:`_BODY_KINDS`) when the name does not open with a given name."""
    if t.pos_ != "NOUN" or t.lower_ in lex.HUMAN_NOUNS:
        return False
    return t.lower_ in _BODY_NOUNS or (name is not None and t.lower_ in _BODY_KINDS and name.lower_ not in _FIRST_NAMES)


def _introduced_as_body(doc: "Doc", s: int, e: int) -> bool:
    """"rock band X", "the charity X", "bookmakers X": the noun right before the name, joined to
    it, says it is a body (not "band leader X", not "a charity's X"); so does a body noun the name
    stands in apposition to ("its parent company, X, said")."""
    if s == 0:
        return False
    root = doc[s:e].root
    if root.dep_ == "appos" and root.head.i < s and doc[s - 1].text == "," and _body_noun(root.head, doc[s]) \
            and root.head.i >= s - 4:
        return True
    t = doc[s - 1]
    if not _body_noun(t, doc[s]) or (s > 1 and doc[s - 2].text in ("-", "–")):
        return False  # (not "film-maker X": a job)
    return t.head.i == root.i or (root.head.i == t.i and root.dep_ == "appos")


#: Posts only a firm or a body has, before "of" or "at" its name ("chief executive of X", "analyst at X research").
_FIRM_POSTS = frozenset("executive ceo chairman chairwoman analyst economist founder spokesman spokeswoman "
                        "spokesperson".split())


def _firm_after_post(doc: "Doc", s: int, e: int) -> bool:
    """"said Ann Lee, chief executive of X", "Tom Reed, analyst at X research": a name after "of" or "at"
    of a firm's post held by the person named is that firm's, whatever NER read it as (the caller
    leaves out known places: "the chief executive of Avonia" may be the country's)."""
    t = doc[s:e].root
    while t.dep_ == "compound" and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head  # "X research"
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in ("of", "at") or prep.head.lower_ not in _FIRM_POSTS:
        return False
    post = prep.head
    return post.dep_ == "appos" and post.head.ent_type_ == "PERSON"


def _thing_reference(doc: "Doc", s: int, e: int, label: str) -> int:
    """Is the name at doc[s:e] referred to as a thing here? 2: a relative "which" takes it up
    ("X, which floated in 1995, ..."); 1: a name NER read as a person stands after "the" and
    modifies nothing ("the X limped back to port"): people take neither. 0 otherwise."""
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "which" \
            and doc[e + 1].head.dep_ == "relcl" and s <= doc[e + 1].head.head.i < e:
        return 2
    root = doc[s:e].root
    if label == "PERSON" and s > 0 and doc[s - 1].lower_ == "the" and doc[s - 1].head.i in range(s, e) \
            and not (root.dep_ in ("compound", "nmod", "amod") and root.head.i >= e):
        return 1
    return 0


def _thing_like(ms: list[_M]) -> bool:
    """Do a referent's mentions show a thing, not a person: "which" takes it up, or the name
    NER read as a person stands after "the" twice and in half its mentions that modify nothing
    (once may be a demonym: "the Scot"), and nothing
    marks a person (a title, an age; for "the", speech)?"""
    if any(m.pev > 0 or m.label in ("PEER", "KIN") for m in ms):
        return False
    people = [m for m in ms if m.label == "PERSON" and not m.weak]  # (not "the X incident": a modifier)
    the = sum(m.thing == 1 for m in people)
    which = sum(m.thing == 2 for m in ms)
    if which == 1 and 2 < len(ms) and any(_full_personal_name(m) for m in ms):
        which = 0  # "rolled out Ann Lee, which she never meant to do": "which" takes up the clause, not her
        # (twice is no slip of the parser: "Ann Lee, which floated in 1995, ... Ann Lee, which owns ...")
    return bool(which) or (the >= 2 and 2 * the >= len(people) and not any(m.speech for m in ms))


def _full_personal_name(m: _M) -> bool:
    """A mention the tagger read as a person's name, a known given name and a surname ("Ann Lee")."""
    return m.label == "PERSON" and len(m.words) >= 2 and m.words[0] in lex.GIVEN_NAMES \
        and m.words[-1] not in lex.ORG_SUFFIXES and m.text[:1].isupper() and not m.text.isupper()


#: Given names, rarer ones included: evidence that "Ann Spears" is a person, though a tagger read
#: its last word as a plural.
_FIRST_NAMES = lex.GIVEN_NAMES | lex.RARE_FEMALE_NAMES | lex.RARE_MALE_NAMES

#: First words that make a name of two or more words an organisation ("Air X": an airline).
_ORG_PREFIXES = lex.words("name_words", "org-prefix")

#: Group words for an arm of the state: an organisation, not an unnamed collective.
_INSTITUTIONS = lex.words("role_nouns", "institution")


def _listed_with_person(span: "Span", given: bool = False) -> bool:
    """A one-word name in a list with a full personal name ("beat Ann Lee, Marlo and Tove"): a
    person named by one name, not a firm or a place. With ``given``, the full name must open with a
    given name a list knows (the tagger's "person" may be a club: "Arsenal and Manchester United")."""
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is root and not any(c.dep_ == "conj" for c in root.children):
        return False
    items = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != first.i]
    for t in items:
        if t.i in range(span.start, span.end) or t.ent_type_ != "PERSON":
            continue
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        if ent is not None and ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].text[:1].isupper() \
                and (not given or ent[0].lower_ in _FIRST_NAMES):
            return True
    return False


def _makers_of_work(span: "Span") -> bool:
    """A list of who made works ("songs by Ann Lee and X"): bands and firms stand in it with people."""
    t = span.root
    while t.dep_ in ("conj", "appos") and t.head.i < t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lemma_.lower() in _WORK_NOUNS


_PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "it": "it", "its": "it",
             "they": "they", "them": "they", "their": "they"}


def _pronoun_after(doc: "Doc", e: int) -> str | None:
    """The first third-person pronoun after doc[e-1], in its sentence or the next, if no other name
    comes first ("X said he ...", "said X. She ..."): "he", "she", "it" or "they"."""
    sent = doc[e - 1].sent
    end = min(len(doc), sent.end + 1 + 12)
    if sent.end < len(doc):
        end = min(len(doc), max(end, doc[sent.end].sent.end))
    for t in doc[e:end]:
        if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (t.pos_ == "PROPN" and t.text[:1].isupper()):
            return None
        if t.pos_ == "PRON" and t.lower_ in _PRONOUNS:
            return _PRONOUNS[t.lower_]
    return None


#: Words that take up a person: a possessive or reflexive in the subject's own clause.
_PERSONAL_OWN = frozenset({"his", "her", "himself", "herself"})


def _taken_up_as_person(doc: "Doc", s: int, e: int) -> bool:
    """Is the subject at doc[s:e] taken up as a person: "his"/"her" (a possessive, not the object
    "her") or "himself"/"herself" inside the clause it heads ("X picked up her first award"), or
    "He"/"She" opening the next sentence ("X deserves respect. He is ..."), with no other name,
    person noun or "it"/"they" first? A body takes "its" or "their"."""
    root = doc[s:e].root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb, sent = root.head, doc[e - 1].sent
    for t in doc[e:sent.end]:
        if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (t.pos_ == "PROPN" and t.text[:1].isupper()) \
                or (t.pos_ == "NOUN" and t.lower_ in lex.HUMAN_NOUNS):
            return False
        if t.lower_ in ("it", "its", "they", "them", "their", "he", "she", "him"):
            return False
        if t.lower_ in _PERSONAL_OWN and (t.tag_ == "PRP$" or t.lower_.endswith("self")):
            return verb in t.ancestors
    nxt = doc[sent.end] if sent.end < len(doc) else None
    return verb.dep_ == "ROOT" and nxt is not None and nxt.text in ("He", "She") and nxt.dep_ in ("nsubj", "nsubjpass") \
        and not any(t.pos_ == "NOUN" and t.lower_ in lex.HUMAN_NOUNS for t in sent)


def _named_party(span: "Span") -> bool:
    """"the Tories", "the Greens": a plural name with "the" that no gazetteer knows as a people
    (not "the Germans") names a party or a body, an organisation."""
    root = span.root
    return root.tag_ in ("NNPS", "NNS") and any(c.lower_ == "the" and c.dep_ == "det" for c in root.children) \
        and lex.key(span.text) not in lex.DEMONYMS and (lex.lookup(span.text) or ("", "organization"))[1] == "organization"


_TEAM_MARKS = lex.words("org_marks", "team")
_RESULT_VERBS = frozenset("beat defeat thrash rout edge draw lose overcome outclass stun humble sink".split())
_RESULT_PREPS = frozenset("against past over".split())


def _label_of_person(span: "Span") -> bool:
    """A place name whose possessive stands right before a person's name ("X's Ann Lee beat ...",
    "lost to X's Tom Reed"): the person's nationality, said of them, not of the country."""
    root = span.root
    if root.dep_ != "poss" or root.head.ent_type_ != "PERSON" or span.end >= len(span.doc) \
            or span.doc[span.end].lower_ not in ("'s", "’s"):
        return False
    return root.ent_type_ in ("GPE", "LOC") and span.doc[span.end + 1].ent_type_ == "PERSON" \
        and span.doc[span.end + 1].ent_iob_ == "B"


def _plural_agreement(span: "Span") -> bool:
    """A one-word place name with a plural verb ("X were never in danger", "X are primed to sign",
    "X take on Y"): in British usage a side or a body, not the place. So is a one-word name the
    tagger read as a person's ("X have rejected a bid", "X want £6m"): no one person takes a
    plural verb (at a sentence's start the tagger may read the name as a common noun). A lone
    subject only: "X and Y are" is plural anyway."""
    root = span.root
    if len(span) != 1 or root.ent_type_ not in ("GPE", "LOC", "PERSON") or (root.tag_ != "NNP" and not (
            root.ent_type_ == "PERSON" and root.tag_ == "NN" and root.i == root.sent.start)) \
            or root.dep_ != "nsubj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False
    verb = root.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = aux[0] if aux else verb
    if root.ent_type_ == "PERSON":  # (not "were": "if X were to leave")
        return first.tag_ == "VBP" and first.i > root.i
    return first.tag_ == "VBP" or (first.lower_ == "were" and first.i > root.i)


def _owned_between(span: "Span", head: "Token", marks: frozenset[str]) -> bool:
    """Is a name the tagger read as a person's followed by a noun of its own before the mark word
    it modifies ("X campaign manager", "X election staff")? Then the name owns that noun (X's
    campaign), and the mark says nothing of it: a person runs a campaign. Adjectives and hyphened
    parts ("X chief executive"), a mark word itself ("X board member") and a post's word ("X
    executive chairman") leave the mark the name's; so does any noun after a body's or a place's name ("England's training squad")."""
    if (span.label_ or span.root.ent_type_) != "PERSON":
        return False
    doc = span.doc
    for t in doc[span.end:head.i]:
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ != "NNP" and _hyphenated(t) not in marks \
                and _hyphenated(t) not in _SPEAKING_FOR \
                and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_):
            return True
    return False


#: A score line at a name: "X 17-28 Y", "X led 9-8", "X's lead to 17-6" (after it); "Y 17-28 X",
#: "beaten 11-9 by X", "a 2-1 win over X" (before it). Never a span of years or ages ("2004-05", "18-24 year-olds").
_SCORE = r"\d{1,3}-\d{1,3}(?![\d-])(?!\s*(?:%|(?:per|years?|months?|weeks?|days?|hours?|[a-z]+-olds?)\b))"
_SCORE_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:(?:had|have|has|were|was|are|is)\s+)?(?:lead|leads|led|leading|trail|trails|trailed|trailing|won|win|wins|beat|"
                          r"beats|drew|draw|draws|lost|lose|loses)\s+(?:to\s+|by\s+)?)?" + _SCORE)
_SCORE_BEFORE = re.compile(r"(?:\b(?:beaten|beat|defeated|lost|losing|thrashed|edged|held|drew|won|trail|trailed|"
                           r"trailing|led|leading)\s+" + _SCORE + r"\s+(?:by|to|against|with|at)"
                           r"|\b" + _SCORE + r"\s+(?:home\s+|away\s+)?(?:win|victory|defeat|loss|draw|success|"
                           r"triumph|reverse)\s+(?:over|against|to|by|with|at|for)"
                           r"|(?-i:[A-Z][\w'’.-]*)\s+" + _SCORE + r")\s+(?:the\s+)?$", re.IGNORECASE)
#: "X v Y", a fixture (not "Roe v Wade", a court case: no case, court or ruling in the sentence).
_FIXTURE_AFTER = re.compile(r"\s+(?:v|vs|v\.|vs\.|versus)\s+(?-i:[A-Z])", re.IGNORECASE)
_FIXTURE_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s+(?:v|vs|v\.|vs\.|versus)\s+(?:the\s+)?$", re.IGNORECASE)
_COURT_WORDS = re.compile(r"\b(?:case|court|courts|ruling|ruled|judge|judges|justice|lawsuit|appeal)\b", re.IGNORECASE)
#: A side's games: "the X game", "the X line-up" (one game, heading its phrase: not "the X games charts");
#: "X's games" only for a place (a player has games too).
_GAME_NOUNS = frozenset("game games match matches clash fixture fixtures line-up lineup".split())


def _score_or_fixture(span: "Span") -> bool:
    """Is the name one side of a score line or a fixture ("X 3-1 Y", "X led 9-8", "beaten 11-9 by
    X", "X v Y")? Only teams are scored so."""
    text, a, b = span.doc.text, span.start_char, span.end_char
    after, before = text[b:b + 40], text[max(0, a - 50):a]
    if _SCORE_AFTER.match(after) or _SCORE_BEFORE.search(before):
        return True
    if _FIXTURE_AFTER.match(after) or _FIXTURE_BEFORE.search(before):
        return not _COURT_WORDS.search(span.sent.text)
    return False


#: What a side wins or scores, owned by a country's name ("X's victory", "X's second-half goal").
_SIDE_RESULTS = frozenset("victory win title margin goal goals try tries equaliser".split())
#: A side's standing in plural before its name: "league leaders X", "champions X", "hosts X" (a
#: person's title is singular: "champion Ann Lee").
_SIDE_STANDINGS = frozenset("leaders champions holders hosts visitors rivals opponents favourites".split())


def _team_context(span: "Span") -> int:
    """Is the name at ``span`` a sports team here, whatever its gazetteer type? 2: it has players,
    fans or a manager ("the X striker", "X's team-mates", "a X shirt"), is scored or drawn ("X 3-1
    Y", "X led 9-8", "X v Y") or has games ("the X game", "X's tries"); 1: it wins, loses or is
    played against ("X beat Y", "lost 2-1 to X", "eased past X", "the game against X")."""
    root = span.root
    head = root.head
    if head.i >= span.end and root.dep_ in ("compound", "poss", "nmod") and _hyphenated(head) in _TEAM_MARKS \
            and not _owned_between(span, head, _TEAM_MARKS):
        return 2
    if _score_or_fixture(span):
        return 2
    nxt = span.doc[head.i + 1] if head.i + 1 < len(span.doc) else None
    if head.i >= span.end and _hyphenated(head) in _GAME_NOUNS and head.dep_ != "compound" \
            and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")) and ((root.dep_ == "compound" and head.tag_ == "NN") or (
            root.dep_ == "poss" and (span.text.lower() in _HOME_NATION_NAMES or (lex.lookup(span.text) or ("", ""))[1] == "place"))) \
            and not _owned_between(span, head, _GAME_NOUNS):
        return 2
    if root.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in _RESULT_VERBS:
        return 1
    if root.dep_ == "poss" and head.i >= span.end and head.lower_ in _SIDE_RESULTS and (
            span.text.lower() in _HOME_NATION_NAMES or canonical_name(span.text) in _COUNTRY_NAMES):
        return 1  # "X's winning margin", "X's only other title": a country's result is its side's
    if span.start > 0 and span.doc[span.start - 1].lower_ in _SIDE_STANDINGS and span.doc[span.start - 1].tag_ == "NNS":
        return 1  # "Premiership leaders X"
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _RESULT_VERBS:
        return 1  # "were beaten by X"
    if _plural_agreement(span):
        return 2
    if root.dep_ == "pobj" and (head.lower_ in _RESULT_PREPS or (
            head.lower_ == "to" and head.head.lemma_.lower() in ("lose", "fall", "succumb"))
            or (head.lower_ == "with" and head.head.lemma_.lower() in _MATCH_WORDS)
            or (head.lower_ == "for" and head.head.lemma_.lower() in _PLAYED_FOR)):
        return 1
    return 0


#: What a player does for a side: "played for X", "scored 17 goals for X", "in action for X".
_PLAYED_FOR = frozenset("play sign score goal appearance debut action".split())
#: A game between sides: "a draw with X", "drew with X", "their clash with X".
_MATCH_WORDS = frozenset("draw game match clash tie fixture derby replay".split())


def _hyphenated(t: "Token") -> str:
    """The whole hyphenated word a token ends ("team-mates" at "mates"), lower case."""
    doc, i = t.doc, t.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return "".join(x.text for x in doc[i:t.i + 1]).lower()


_ORG_MARKS = lex.words("org_marks", "member")
_OWNED = frozenset({"shares", "share", "stock", "shareholders", "shareholder", "board", "subsidiary", "headquarters",
                    "workforce", "stores", "profits", "customers", "subscribers", "roster"})
#: "X's parent company": only a body has one.
_PARENT_HEADS = frozenset({"company", "firm", "group"})


#: Band members: "the X frontman" names a band, not a person.
_BAND_MARKS = frozenset({"frontman", "frontwoman", "guitarist", "drummer", "bassist", "keyboardist"})
#: Posts held in a body: "a partner of X", "the founder of X", "members of X".
_POSTS_OF = frozenset({"chairman", "chairwoman", "director", "directors", "partner", "partners", "member", "members",
                       "employee", "employees", "shareholder", "shareholders", "founder", "founders", "co-founder"})


def _org_marked(span: "Span") -> bool:
    """A name modifying a noun only organisations have: "X shares", "X chief executive" ("X boss",
    "X striker" for a club, "X frontman" for a band), "X's shareholders", or the body a post is in
    ("executive partner of X", "a founder member of X")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < span.start \
            and _hyphenated(head.head) in _POSTS_OF:
        return True
    if head.i < span.end or head.pos_ != "NOUN":
        return False
    if root.dep_ in ("compound", "nmod"):  # (the parser may call "X chief executive" an nmod)
        return (_hyphenated(head) in _ORG_MARKS or head.lower_ in _BAND_MARKS) \
            and not _owned_between(span, head, _ORG_MARKS | _TEAM_MARKS)
    return root.dep_ == "poss" and (head.lower_ in _OWNED or (head.lower_ in _PARENT_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "parent" for c in head.children)))


#: A credit line: who reported, wrote or edited the story, not who is in it.
_CREDIT = re.compile(r"\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|"
                     r"(?:(?:additional )?reporting|writing|editing|edited|compiled) by (?-i:[A-Z]))|"
                     r"(?-i:^\W*[A-Z]\w+['’]s [A-Z][\w.-]+(?: [A-Z][\w.-]+)+ (?:reported|wrote) from\b)", re.IGNORECASE)
#: A closing line that says who wrote the story ("Ann Lee is technology correspondent for The Daily
#: Planet"): a credit when it is the story's last paragraph, all of it.
_BYLINE = re.compile(r"^\W*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,2} is (?:the |a |an )?(?:[\w-]+ ){0,3}"
                     r"(?:correspondent|reporter|writer|columnist|editor) (?:for|at|with) (?:the )?[A-Z]")


def _teaser(sent: "Span") -> bool:
    """A lead's teaser rather than a statement: a question, or a fragment of a few words without a
    finite verb ("Cleared at last.")."""
    words = [t for t in sent if not t.is_punct]
    return sent.text.rstrip().endswith("?") or (len(words) <= 6 and not any(
        t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN", "TO") for t in words))


class _Paragraph:
    """One story paragraph's mentions, found by four passes over its parse: peerage titles, named
    entities, names introduced by what they are, and descriptions ("the government", "single
    mothers", "my father"). Each pass skips tokens an earlier one took."""

    def __init__(self, pp: ParsedParagraph, pi: int, lead: bool, sent_no: int, mentions: list[_M], mask: list[bool],
                 last: bool = False):
        self.doc, self.off, self.pi = pp.doc, pp.offset, pi
        self.toks = list(pp.doc)  # the paragraph's tokens, made once for every pass (spaCy makes a new one per doc[i])
        self.mask = mask
        self.sent_of: dict[int, int] = {}
        self.lead_sents: set[int] = set()
        self.credits: set[int] = set()  # tokens of credit lines ("Additional reporting by ...")
        sents = list(pp.doc.sents)
        stated = 0  # the lead's statements so far: a teaser before them ("Cleared at last. But will she
        # stay?") is no lead sentence, and the two statements after it are
        for k, sent in enumerate(sents):
            if _CREDIT.search(sent.text) or (last and len(sents) == 1 and _BYLINE.search(sent.text)):
                self.credits.update(range(sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = sent_no
            if lead and stated < 2:
                self.lead_sents.add(sent_no)
                stated += not _teaser(sent)
            sent_no += 1
        self.sent_no = sent_no  # the next paragraph's first sentence number
        self.lead = lead
        self.taken: set[int] = set()
        self.mentions = mentions
        self.names = _Attested()
        self.unnamed: frozenset[str] = frozenset()  # heads of the unnamed person the story is about

    def collect(self) -> None:
        self.peerage()
        for ent in _joined_persons(self.doc, self.names):
            self.entity(ent)
        self.introduced()
        self.descriptions()
        self.unnamed_person()

    def add(self, s: int, e: int, label: str, text: str | None = None, **kw) -> _M | None:
        if s >= e or s in self.credits:
            return None
        doc, off, pi = self.doc, self.off, self.pi
        span = doc[s:e]
        text = text or span.text
        cut = 1 if span.text.endswith(".") and text == span.text[:-1] else 0  # a stray full stop left out
        lead = 1 if text[:1] in "-–—" and text[1:2].isupper() and span.text.startswith(text[:1]) else 0
        text = text[lead:]  # a signature line's dash the tokenizer kept on the name ("-Ann Lee, Westby")
        m = _M(start=off + span.start_char + lead, end=off + span.end_char - cut, text=text, words=_words(text), label=label,
               para=pi, sent=self.sent_of.get(s, 0), **kw)
        if not m.words or all(w.rstrip(".") in lex.HONORIFICS for w in m.words):
            return None  # "campaign Mr.| Lee": the tagger cut the name after its form of address, no name itself
        m.lead = m.sent in self.lead_sents or (self.lead and len(self.lead_sents) == 0)
        m.quoted = self.mask[span.start_char] if span.start_char < len(self.mask) else False
        root = span.root
        m.agentive, m.speech = _agentive(root)
        m.main, m.obj, m.loc = _syntax(root)
        m.listed = _in_list(root)
        m.gov = _governor(root)
        m.surface = m.surface or text
        self.mentions.append(m)
        self.taken.update(range(s, e))
        return m

    def peerage(self) -> None:
        """Peerage: "the Duchess of Avonmouth", "the Duke and Duchess of Avonmouth", "the Queen"."""
        doc, taken, toks = self.doc, self.taken, self.toks
        i = 0
        while i < len(doc):
            t = toks[i]
            if t.lower_ in lex.PEERAGE and t.text[:1].isupper() and i not in taken:
                j = i + 1
                place = None
                if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].pos_ == "PROPN":
                    k = j + 1
                    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].tag_ != "POS":
                        k += 1
                    place = doc[j:k].text
                    end = k
                elif j + 3 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].lower_ in lex.PEERAGE \
                        and doc[j + 2].lower_ == "of" and doc[j + 3].pos_ == "PROPN":
                    k = j + 3
                    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].tag_ != "POS":
                        k += 1
                    place = doc[j + 2:k].text
                    end = i + 1
                else:
                    end = i + 1
                nxt = doc[end] if end < len(doc) else None
                if place is None and nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON":
                    i += 1
                    continue  # "Prince George", "Lord Ashcombe": left to NER
                if place is None and not (i > 0 and doc[i - 1].lower_ in ("the", "a")):
                    i += 1
                    continue
                text = f"{t.text} {place}" if place else t.text
                m = self.add(i, end, "PEER", text=text)
                if m:
                    m.votes["person"] = 3
                    if place and end > i + 1:
                        taken.update(range(i, end))
                i = max(end, i + 1)
                continue
            i += 1


    def entity(self, ent: "Span") -> None:
        """A named entity, trimmed and split where it runs names or known places together."""
        doc, off, pi, mask, sent_of, taken = self.doc, self.off, self.pi, self.mask, self.sent_of, self.taken
        if ent.label_ not in ENT_LABELS:
            return
        if any(k in taken for k in range(ent.start, ent.end)):
            return
        if ent.label_ == "NORP":
            ent = _people_body(ent)
        mid = next((k for k in range(ent.start + 1, ent.end) if doc[k].lower_.rstrip(".") in _MID_HONORIFICS
                    and doc[k].text[:1].isupper() and doc[k - 1].lower_.rstrip(".") not in lex.HONORIFICS), None)
        if mid is not None:  # "outside the Court of Appeal Mr Hale said": two names, the second a person's
            from spacy.tokens import Span

            self.entity(Span(doc, ent.start, mid, label=ent.label_))
            if mid + 1 < ent.end:
                self.entity(Span(doc, mid + 1, ent.end, label="PERSON"))
            return
        s, e, titles = _clean_span(doc, ent.start, ent.end, ent.label_)
        e = _nickname_end(doc, s, e, ent.label_)
        listed = _portfolio_end(doc, s, e, ent.label_)
        if listed > e:  # "the Department for Trade| and Skills": the tagger cut the name at its list
            taken.update(range(e, listed))
            e = listed
        listed = listed > ent.end  # (one name: never split at its "and")
        if not titles and s == ent.start:
            s = self._widened(s, e)
        if not titles and s == ent.start and ent.label_ == "ORG":
            s = _joined_start(doc, s, e, taken)
        if e - s >= 3 and doc[e - 1].lower_ in _DOCUMENT_ENDS:
            e -= 1  # "the Global Health Council Report": the organisation behind the report
        if s >= e:
            return
        s, e = self._seam_cut(s, e)
        if not titles and not listed and self._split(ent, s, e):
            return
        if ent.label_ != "NORP" and (_people_word(doc[s:e].text) or _from_place(doc, s, e)):
            return  # "the Frenchman", "a South African": a description, no name (plurals are groups: NORP)
        if e - s >= 2 and _people_word(doc[s].text) and (doc[s].lower_.endswith("man") or (
                ent.label_ == "PERSON" and e - s >= 3 and doc[s + 1].lower_.rstrip(".") not in _TITLED)):
            s += 1  # "Welshman Ann Lee", "Spaniard Ann Lee": the name is "Ann Lee" (not "German Chancellor X")
        span = doc[s:e]
        text = span.text.rstrip("-–")
        if _stray_stop(doc, e):
            text = text[:-1]  # "said chairman Ann Lee. Analysts ...": the sentence's full stop
        if not any(c.isupper() for c in text) or len(text) < 2:
            return
        opening = lex.lookup(doc[s].text) if ent.label_ == "ORG" and e - s >= 3 else None
        if opening and opening[1] == "place" and opening[2] != "capital":
            s += 1  # "the US Brill Research Center" (a city is part of the name: "the Avonford Stock Exchange")
            span = doc[s:e]
            text = span.text
        lw = text.lower()
        if lw in lex.GROUP_HEADS or (len(span) == 1 and span[0].lower_ in lex.GROUP_HEADS):
            return  # "MPs": handled as a descriptive group
        if all(t.lower_.rstrip(".") in lex.TITLE_WORDS or t.lower_ in lex.HONORIFICS for t in span) \
                and not _body_title(doc, s, e, ent.label_):
            return  # a bare title ("Solicitor General"), not a body a title word names ("the Treasury")
        if any(t.lower_.endswith(_SPECIALIST_ENDS) for t in span) and all(
                t.lower_.endswith(_SPECIALIST_ENDS) or t.lower_ in lex.TITLE_WORDS or t.lower_ in lex.HUMAN_NOUNS
                for t in span):
            return  # a job written in capitals ("Consultant Gynaecologist"), not a name
        if len(span) == 1 and span[0].is_sent_start and (span[0].lower_ in SOURCE_NOUNS
                                                         or span[0].lower_ in lex.HUMAN_NOUNS):
            return  # a common noun capitalised by the sentence ("Source familiar with ...")
        if _clock_zone(doc, s, e):
            return  # "at 1500 GMT": a time, no name
        # person given a first name in a coordination: "Peter and Ruth Galvin" (not "Mr Dorr and Mr
        # King": a title marks a surname, and two people; not "Avalon and Ann Lee": no given name, a band)
        if ent.label_ == "PERSON" and e - s == 1 and e + 2 < len(doc) and doc[e].lower_ == "and" \
                and doc[s].lower_ in _FIRST_NAMES \
                and doc[e + 1].pos_ == "PROPN" and doc[e + 2].pos_ == "PROPN" and doc[e + 1].text[:1].isupper() \
                and doc[e + 2].text[:1].isupper() and (e + 3 >= len(doc) or doc[e + 3].pos_ != "PROPN") \
                and not titles and not (s > 0 and doc[s - 1].lower_.rstrip(".") in _TITLED) \
                and doc[e + 1].lower_.rstrip(".") not in _TITLED:
            text = f"{span.text} {doc[e + 2].text}"
        # "Lord Irvine of Lairg"
        if s > 0 and doc[s - 1].lower_ in lex.PEERAGE and e + 1 < len(doc) and doc[e].lower_ == "of" \
                and doc[e + 1].pos_ == "PROPN" and doc[e + 1].text[:1].isupper():
            text = f"{span.text} of {doc[e + 1].text}"
        # NORP: only plural nouns are actors ("Democrats"); adjectives are not
        if ent.label_ == "NORP":
            if span.root.tag_ not in ("NNPS", "NNS") or span.root.dep_ in ("amod", "compound"):
                return
        # known places joined by hyphens: "U.S.-Russia"
        parts = re.split(r"(?<=[\w.])-(?=[A-Z])", text) if "-" in text else [text]
        if len(parts) > 1 and all(lex.lookup(p) and lex.lookup(p)[1] == "place" for p in parts):
            pos = span.start_char
            for p in parts:
                canon, gtype, how = lex.lookup(p)
                m = _M(start=off + pos, end=off + pos + len(p), text=p, words=_words(p), label=ent.label_,
                       para=pi, sent=sent_of.get(s, 0), canon=canon, gtype=gtype, capital=how == "capital",
                       weak=True, surface=p)
                m.quoted = mask[pos] if pos < len(mask) else False
                self.mentions.append(m)
                pos += len(p) + 1
            taken.update(range(s, e))
            return
        self._entity_mention(ent, s, e, span, text, titles)

    def _widened(self, s: int, e: int) -> int:
        """Name repair: where the tagger took only the tail of a longer name the story writes
        elsewhere as a name ("the hit Desperate| Housewives"), the start of the whole name."""
        doc = self.doc
        for k in range(s - 1, max(-1, s - 4), -1):
            t = doc[k]
            if k in self.taken or not t.is_alpha or not t.text[:1].isupper() or t.ent_type_ or t.is_sent_start \
                    or t.lower_ in _TITLED:
                break  # (a title before a name is no part of it: "Mr| Lee")
            if self.names.seen.get(_words(doc[k:e].text), 0) > 0:
                return k
        return s

    def _seam_cut(self, s: int, e: int) -> tuple[int, int]:
        """Name repair at a sentence seam the tagger read through, where a caption or a lost full stop
        left none: a name written once that runs into the next sentence's opening ("... in front of
        the Arc de Calder The Avonian striker posted ...", "... the highest in the Avon League
        Supporters of both sides gathered ...") ends before that opening, and one that took in the
        sentence's first word ("Star Ann Lee had to pull out ...") starts after it, when the rest is
        a name the article writes on its own. An opening is a capitalised "The", "A" or "An", or a word
        the article writes in lower case elsewhere (ending the name, with the sentence going on in
        lower case after it); a first word taken off must be one the article writes in lower case."""
        doc, names = self.doc, self.names
        if e - s < 2 or names.seen.get(_words(doc[s:e].text), 0) > 1:
            return s, e
        for k in range(s + 1, e):
            t = doc[k]
            if not t.is_alpha or not t.text[:1].isupper() or t.is_upper or doc[k - 1].lower_ in _PARTICLES:
                continue
            opening = t.lower_ in ("the", "a", "an") or (
                k == e - 1 and t.lower_ in names.lower and t.lower_ not in _FIRST_NAMES and not _body_word_of(t)
                and e < len(doc) and doc[e].is_lower)
            before = _words(doc[s:k].text)
            if opening and len(before) >= 2 and names.seen.get(before, 0) >= 1 \
                    and names.labels.get(before, set()) - {"NORP"}:
                return s, k
        first = doc[s]
        rest = _words(doc[s + 1:e].text)
        if first.is_sent_start and e - s >= 3 and first.is_alpha and first.lower_ in names.lower \
                and first.lower_ not in _FIRST_NAMES and first.lower_ not in _TITLED \
                and doc[s + 1].text[:1].isupper() and names.seen.get(rest, 0) >= 1:
            return s + 1, e
        return s, e

    def _split(self, ent: "Span", s: int, e: int) -> bool:
        """Name repair: two names NER ran into one, split where the story writes each part on its
        own: "X and Y" ("the Fenwick Trust and Riverwatch"), or a name glued to a person's ("Malden
        Ann Lee", "against Malden Lee rolls ..." where a caption lost its stop). Each part is then
        taken as an entity of its own; True when split."""
        from spacy.tokens import Span

        doc, names = self.doc, self.names
        if e - s < 2 or ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
            return False
        whole = _words(doc[s:e].text)
        for j in range(s + 1, e - 1):
            if doc[j].lower_ in ("and", "&") and doc[j + 1].text[:1].isupper() and names.seen.get(whole, 0) <= 1:
                left, right = _words(doc[s:j].text), _words(doc[j + 1:e].text)
                if all(w in names.works or w in names.labels for w in (left, right)):
                    self.entity(Span(doc, s, j, label=ent.label_))
                    self.entity(Span(doc, j + 1, ent.end, label=ent.label_))
                    return True
        if doc[s].lower_ in _FIRST_NAMES or names.seen.get(whole, 0) > 1:
            return False  # "Jordan Lee", "Paige Lee": a given name, whatever else it names; a name written twice
        for k in range(s + 1, e):
            if doc[k - 1].lower_ in _PARTICLES or doc[k].lower_ in _PARTICLES or not doc[k].text[:1].isupper():
                continue
            before = names.labels.get(_words(doc[s:k].text), set())
            if not before or not before <= {"ORG", "GPE", "LOC", "FAC"}:
                continue  # the part before must be a place or a body the story writes alone, never anything else
            after = _words(doc[k:e].text)
            if names.labels.get(after) == {"PERSON"} or names.surnames.get(after, set()) - {whole} \
                    or (len(after) >= 2 and after[0] in lex.GIVEN_NAMES):
                if not all(_roleish(t.text) for t in doc[s:k]):  # (not "DJ" in "DJ Ann Lee": a job, no name)
                    self.entity(Span(doc, s, k, label=next(x for x in ("ORG", "GPE", "LOC", "FAC") if x in before)))
                self.entity(Span(doc, k, ent.end, label="PERSON"))
                return True
        return False

    def _entity_mention(self, ent: "Span", s: int, e: int, span: "Span", text: str, titles: list[str]) -> None:
        """Its surface form, roles, person evidence and type votes."""
        doc, off = self.doc, self.off
        prev = self.toks[s - 1] if s > 0 else None
        titled = prev is not None and prev.lower_.rstrip(".") in _HONORIFIC_OR_PEER  # "Mr", "Lady"
        # honorific or peerage word just before the name belongs to its surface form
        surface = text
        if titled and prev.text[:1].isupper():
            surface = f"{prev.text} {text}"
            if prev.lower_ in lex.PEERAGE:
                text = surface
        elif prev is not None and e - s == 1 and prev.text[:1].isupper() and prev.lower_ in lex.TITLE_WORDS \
                and ent.label_ in ("PERSON", "ORG"):
            surface = f"{prev.text} {text}"  # "President Kovalenko"
        elif titles and (all(x.lower().rstrip(".") in _TITLED for x in titles) or not _opening_word(doc, ent.start)):
            surface = " ".join(titles + [text])  # "Judge Ann Lee", "said Rabbi Ann Lee"; but "Lawyer Ann Lee
            # said", "Winger Lee dropped the ball": a job word capitalised because it opens the sentence
        rs, re_ = s, e
        if titled and prev.text[:1].isupper():
            rs = s - 1  # roles around "Lord Lindqvist", not "Lindqvist"
        suffix_titles = []
        while re_ < ent.end and doc[re_].lower_ in ("qc", "kc", "mp", "mep"):
            suffix_titles.append(doc[re_].text)
            re_ += 1
        roles, person_ev = _roles_for(doc, rs, re_, set(range(rs, re_)))
        roles += _academic_role(doc, rs, re_)
        if suffix_titles:
            roles.append((1, doc[s].idx, " ".join(suffix_titles), "suffix"))
            person_ev += 3
        body_title = False  # "Bookmaker Acme": a word for a kind of body, no post, before the name
        if titles:
            low = [x.lower() for x in titles]
            if not all(x.rstrip(".") in lex.HONORIFICS for x in low):
                q = 2 if _content_words(" ".join(titles)) >= 2 else 1
                roles.insert(0, (q, doc[s].idx, " ".join(titles), "pre"))
            person_ev += -3 if all(_body_kind_title(x) for x in low) else 3
            body_title = all(_body_kind_title(x) and x not in _JOB_TOO for x in low)
        if titled and prev.text[:1].isupper():
            person_ev += 3
        hit = None if person_ev >= 3 else lex.lookup(text)
        m = self.add(s, e, ent.label_, text=text)
        if m is None:
            return
        m.words = _called_words(text) or m.words
        m.surface = surface
        m.pev = person_ev
        m.roles = [(q, off + st, r, k) for q, st, r, k in roles if r]
        if hit:
            m.canon, m.gtype, m.capital = hit[0], hit[1], hit[2] == "capital"
            m.roles = []
        m.weak = _is_modifier(span)
        m.nat = _label_of_person(span)
        m.addressee = _is_addressee(span.root)
        m.work = _is_work(doc, s, e)
        m.titled = person_ev <= 0 and ent.label_ != "NORP" and (
            (m.words in self.names.works and m.words[0] not in _FIRST_NAMES)  # (NER's works take in people too)
            or (m.work and not _law_like(doc, s, e)))
        m.work = m.work or m.titled
        m.called = m.titled and (_called_work(doc, s) or _colon_title(doc, s, e)) and m.words[0] not in _FIRST_NAMES
        if m.weak:
            m.agentive = False
        lab = TYPES[ent.label_]
        w = 2.0 if (ent.label_ == "PERSON" and len(span) >= 2) else 1.0
        m.votes[lab] = m.votes.get(lab, 0) + w
        if person_ev > 0:
            m.votes["person"] = m.votes.get("person", 0) + person_ev
        elif person_ev < 0:
            m.votes["organization"] = m.votes.get("organization", 0) - person_ev
        first = span[0].lower_
        given_surname = len(span) == 2 and span[-1].lower_ not in lex.ORG_SUFFIXES and _given_name_form(span) \
            and (first in _FIRST_NAMES or (ent.label_ == "PERSON" and _person_read_plural(span)))
        # "Ann Spears": a surname in "s" is tagged a plural
        people = ent.label_ == "NORP" and lex.key(span[-1].text) in lex.DEMONYMS  # "Avonian Americans": a group
        if len(span) >= 2 and span[-1].tag_ == "NNPS" and not given_surname and not people:
            # "Riverside Panthers": a team, a firm
            m.votes["organization"] = m.votes.get("organization", 0) + 3
        elif len(span) >= 2 and first in lex.GIVEN_NAMES and span[-1].lower_ not in lex.ORG_SUFFIXES \
                and _given_name_form(span):
            m.votes["person"] = m.votes.get("person", 0) + 2
        if (span[-1].lower_ in lex.ORG_SUFFIXES or (first in _ORG_PREFIXES and span[0].text[:1].isupper())) \
                and len(span) >= 2:
            m.votes["organization"] = m.votes.get("organization", 0) + 3  # "X Labs", "Air X"
        if span[-1].lower_ in lex.PLACE_SUFFIXES and len(span) >= 2:
            m.votes["place"] = m.votes.get("place", 0) + 4
        if _org_marked(span):
            m.votes["organization"] = m.votes.get("organization", 0) + 3
            m.orgmark = True
        m.team = _team_context(span)
        if ent.label_ in ("PERSON", "ORG") and len(span) == 1 and _listed_with_person(span, ent.label_ == "ORG"):
            m.votes["person"] = m.votes.get("person", 0) + 2
        if len(span) >= 2 and not (s > 0 and doc[s - 1].lower_ == "the") and (
                (_listed_with_person(span) and not _makers_of_work(span)) or (m.speech and _pronoun_after(doc, e) in ("he", "she"))):
            m.cue = True  # weighed by _person_by_use over all the referent's mentions
        if ent.label_ == "NORP" and _named_party(span):
            m.votes = {"organization": 2}
        if s > 2 and doc[s - 1].lower_ in ("owned", "backed", "controlled", "listed") and doc[s - 2].text == "-" \
                and doc[s - 3].is_alpha:
            m.votes["organization"] = m.votes.get("organization", 0) + 3  # "state-owned X": a company
            m.roles.append((1, off + doc[s - 3].idx, doc[s - 3:s].text, "pre"))
        if _named_as_person(doc, s) or (ent.label_ == "ORG" and _after_initial(doc, s, e)):
            m.votes["person"] = m.votes.get("person", 0) + 3
            m.pev += 3
        if _possessed_name(doc, s, e) and (doc[s].lower_ in _FIRST_NAMES or m.speech
                                           or "PERSON" in self.names.labels.get(m.words[-1:], ())):
            m.votes["person"] = m.votes.get("person", 0) + 3  # "Harbour Bank's Ann Lee said"
        m.thing = _thing_reference(doc, s, e, ent.label_)
        m.own = ent.label_ == "ORG" and _taken_up_as_person(doc, s, e)
        if span.root.dep_ == "dobj" and span.root.head.lemma_.lower() == "vote":
            m.votes["organization"] = m.votes.get("organization", 0) + 3  # "to vote X": a party
        m.body = body_title or _introduced_as_body(doc, s, e) or (not hit and _firm_after_post(doc, s, e))
        # ("Bookmaker Ann Hart said": the kind of body opening the sentence, as "bookmaker Ann Hart" in it)
        m.made = _made_thing(doc, s, e)
        if m.body:
            m.votes["organization"] = m.votes.get("organization", 0) + 3 + max(0, m.pev)  # "Glasgow group X"
        if ent.label_ == "PERSON" and person_ev <= 0 and m.loc and (span.root.head.lower_ in _PLACE_PREPS or (
                span.root.head.lower_ == "from" and (span.root.head.head.pos_ == "NOUN" or span.root.head.head.lemma_ == "be"))):
            m.votes["place"] = m.votes.get("place", 0) + 2  # "in Kent", "a singer from Kent": not people
        elif ent.label_ == "PERSON" and person_ev <= 0 and span.root.dep_ == "compound" \
                and span.root.head.i >= e and span.root.head.lower_ in _PLACE_HEADS:
            m.votes["place"] = m.votes.get("place", 0) + 2  # "the Kent countryside"


    def introduced(self) -> None:
        """"fitness company Rabble", "bookmakers Coral": a name NER missed, introduced by what it is."""
        doc, off, mask, taken, toks = self.doc, self.off, self.mask, self.taken, self.toks
        for t in toks:
            if t.i in taken or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i == 0 or t.ent_type_ in (
                    "PERSON", "GPE", "LOC", "DATE", "TIME", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW") \
                    or t.lower_.rstrip(".") in lex.HONORIFICS:
                continue  # (an honorific opens a person's name: "a campaign Mr. Lee has called ...")
            prev = toks[t.i - 1]
            pl = prev.lower_
            if prev.pos_ != "NOUN" or pl in lex.HUMAN_NOUNS or not (
                    pl in lex.ORG_NOUNS or any(x in lex.ORG_NOUNS for x in pl.split("-"))):
                continue
            if mask[t.idx] if t.idx < len(mask) else True:
                continue
            e = t.i + 1
            while e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and e not in taken:
                e += 1
            if e - t.i > 4 or (e < len(doc) and doc[e].pos_ == "NOUN"):
                continue  # "company Rabble" yes; "company Rabble members" is a different thing
            m = self.add(t.i, e, "ORG")
            if m is None:
                continue
            roles, pev = _roles_for(doc, t.i, e, set(range(t.i, e)))
            m.roles = [(q, off + st, r, k) for q, st, r, k in roles if r]
            m.votes["organization"] = 3
            m.introduced = True


    def unnamed_person(self) -> None:
        """Each singular mention of the unnamed person the story is about (:func:`_lead_unnamed`):
        the lead's "a two-year-old boy", then "the boy", "his victim" (a later "a boy" is someone else)."""
        if not self.unnamed:
            return
        for t in self.toks:
            if t.lower_ not in self.unnamed or t.tag_ != "NN" or t.i in self.taken or t.ent_type_ \
                    or (self.mask[t.idx] if t.idx < len(self.mask) else True):
                continue
            if not _definite(t) and any(x.unnamed and x.head == t.lower_ for x in self.mentions):
                continue
            s = _description_start(t)
            m = self.add(s, t.i + 1, "DESC", text=self.doc[s:t.i + 1].text, head=t.lower_)
            if m is not None:
                m.votes = {"person": 3}
                m.unnamed = True

    def _of_unnamed(self, t: "Token") -> bool:
        """Is the group ``t`` the kin of the unnamed person the story is about ("his parents", "the
        boy's family" in a story about "a two-year-old boy")? Those people act in the story too."""
        return bool(self.unnamed) and t.lower_ in lex.KIN_HEADS and any(
            c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.lower_ in self.unnamed) for c in t.children)

    def descriptions(self) -> None:
        """Descriptive actors: groups that act, definite organisations, first-person kin."""
        doc, mask, taken, off = self.doc, self.mask, self.taken, self.off
        for t in self.toks:
            if t.i in taken or t.pos_ not in ("NOUN", "PROPN") or mask[t.idx] if t.idx < len(mask) else True:
                continue
            lw = t.lower_
            kind = None
            if lw in lex.GROUP_HEADS and t.tag_ in ("NNS", "NNPS", "NN") and (t.tag_ != "NN" or lw in ("police", "staff")):
                kind = "group"
            elif lw in lex.ORG_HEADS and t.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in t.children):
                kind = "org"
            elif lw in lex.KIN_HEADS and any(c.lower_ in ("my", "our") and c.dep_ == "poss" for c in t.children):
                kind = "kin"
            if kind is None:
                continue
            owner = _named_possessor(t) if kind == "group" else None
            if kind == "group" and lw in _GENERIC_GROUPS and owner is None and not any(
                    c.dep_ in ("amod", "compound") and c.i < t.i and c.lower_ not in _QUANT for c in t.children) \
                    and not self._of_unnamed(t):
                continue  # "the two men", "children": too generic without a qualifier
            if t.dep_ in ("compound", "amod") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
                continue  # "campaign spokesman"
            if kind == "org" and t.i + 1 in taken and doc[t.i + 1].text[:1].isupper():
                continue  # "the space agency Orbitra": the noun introduces the name that follows
            if kind == "org" and t.i > 0 and f"{doc[t.i - 1].lower_} {lw}" in _NOT_BODIES:
                continue  # "topped the box office": ticket sales, no body
            # modifiers directly before the head
            s = t.i
            k = t.i - 1
            while k >= 0 and doc[k].head.i in range(k + 1, t.i + 1) and doc[k].dep_ in ("compound", "amod", "nmod") \
                    and doc[k].lower_ not in _QUANT and not doc[k].like_num and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") \
                    and doc[k].ent_type_ not in ("NORP",) and not (kind == "group" and _country_word(doc[k])):
                if kind == "org" and doc[k].pos_ == "ADJ":
                    break
                s = k
                k -= 1
            if kind == "kin":
                s = next(c.i for c in t.children if c.dep_ == "poss" and c.lower_ in ("my", "our"))
            mods = doc[s:t.i]
            if kind == "group" and any(x.ent_type_ in ("ORG", "PERSON", "GPE") and x.pos_ == "PROPN" for x in mods):
                continue  # "Brill researchers", "Harlow aides": the entity's people, not a group of their own
            # an entity modifier ("the Harlow campaign"): the entity is the modifier, not an actor here
            if any(x.i in taken for x in mods):
                continue
            text = doc[s:t.i + 1].text
            if kind == "org" and s == t.i:
                text = "the " + t.text
            elif owner is not None and s == t.i:
                text = f"{owner}'s {t.text}"  # "Marsh's collaborators": the group is named by whose it is
            m = self.add(s, t.i + 1, "DESC" if kind != "kin" else "KIN", text=text, head=lw)
            if m is None:
                continue
            m.agentive, m.speech = _agentive(t)
            m.addressee = _is_addressee(t)
            m.national = kind == "group" and s > 0 and doc[s - 1].head.i == t.i \
                and doc[s - 1].dep_ in ("compound", "amod", "nmod") \
                and (doc[s - 1].ent_type_ == "NORP" or _country_word(doc[s - 1])) \
                and not any(c.dep_ == "nummod" for c in t.children)  # (not "the two Avonian firms": named ones)
            if m.national:
                b = s - 1
                while b > 0 and doc[b].ent_iob_ == "I" and doc[b - 1].ent_type_ == doc[s - 1].ent_type_:
                    b -= 1  # the whole name: "South Korean", "New Zealand"
                m.nation = doc[b:s].text
            m.votes[{"group": "group", "org": "organization", "kin": "person"}[kind]] = 3
            if kind == "group" and (lw in _INSTITUTIONS or (s == t.i and t.text[:1].isupper() and not t.is_sent_start
                                                             and _named_party(doc[t.i:t.i + 1]))):
                # "the police", "Russian authorities": an arm of the state; "the Conservatives"
                # (not "conservatives"): a party named in the plural
                m.votes = {"organization": 3}
            m.generic = kind == "org" and s == t.i and lw in lex.GENERIC_ORG_HEADS and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children)  # (not "the group of voters")
            if kind == "kin":  # "my mother was a registered nurse"; else the relation itself ("father")
                roles = _copula_role(doc, s, t.i + 1, set(range(s, t.i + 1)))[0] \
                    + _right_apposition(doc, s, t.i + 1, set(range(s, t.i + 1)))[0]
                m.roles = [(q, off + st, r, kd) for q, st, r, kd in roles if r] + [(0.1, off + t.idx, t.text, "kin")]
            if kind == "group" and not m.agentive:
                m.weak = True


_COUNTRY_NAMES = frozenset(lex.COUNTRIES)


def _country_word(t: "Token") -> bool:
    """A country's name modifying a group's noun ("US prosecutors", "UK troops"): the group is the
    country's people or arm, named by its noun as "Iraqi officials" is, not an entity's own staff."""
    if t.ent_type_ != "GPE" or t.pos_ != "PROPN":
        return False
    hit = lex.lookup(t.text)
    return hit is not None and hit[0] in _COUNTRY_NAMES and hit[2] != "capital"  # (not "Avonford officials")


def _body_word_of(t: "Token") -> bool:
    """A word that heads or ends a body's name ("Court", "Party", "University", "Executive"): the
    name's own last word, never the opening of the next sentence."""
    w = t.lower_
    return w in _NAME_HEADS or w in lex.ORG_SUFFIXES or w in lex.ORG_NOUNS or (w.endswith("s") and w[:-1] in _NAME_HEADS)


def _side_by_side(doc: "Doc", prev: "Span | None", ent: "Span") -> bool:
    """Two person entities with nothing between them in one sentence."""
    return prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start \
        and not doc[ent.start].is_sent_start and doc[ent.start].text[:1].isupper() \
        and prev[-1].is_alpha and "\n" not in prev[-1].whitespace_ and len(prev) + len(ent) <= 5


def _joined_persons(doc: "Doc", names: "_Attested") -> list["Span"]:
    """The paragraph's entities, with a person's name the tagger cut in two put back together: two
    person entities side by side, nothing between them in one sentence ("... her friend Ann Beth|
    Carys Lee, who ..."), are the given names and the surname of one person, as no two people's
    names are written run together without a comma or "and". Where the second part is a full name
    itself, the first must never stand alone in the article (not "... with Ann Lee| Tom Reed said
    ..." where a caption lost its stop and the article names Ann Lee elsewhere)."""
    ents = list(doc.ents)
    out: list["Span"] = []
    for ent in ents:
        prev = out[-1] if out else None
        if _side_by_side(doc, prev, ent) and (len(ent) == 1 or names.seen.get(_words(prev.text), 0)
                                              <= names.runs.get(_words(prev.text), 0)):
            from spacy.tokens import Span

            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        if _given_name_before(doc, prev, ent):
            from spacy.tokens import Span

            if prev is not None and prev.end == ent.start:
                out.pop()  # the given name the tagger read as a one-word body ("Ann" an organisation)
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        out.append(ent)
    return out


#: Labels the tagger gives a person's given name it read on its own.
_GIVEN_NAME_MISREADS = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


def _given_name_before(doc: "Doc", prev: "Span | None", ent: "Span") -> bool:
    """Did the tagger leave out the given name of a person's name ("local resident Ann| Okafor",
    "tycoon Malcom| Glazer")? A person entity whose first word is no common given name, right after
    a capitalised proper noun that is a known given name and no title or place, untagged or a
    one-word entity of another label, and not the last of a run of capitalised words ("Newton
    Aycliffe", "Coach Ann| Lee")."""
    k = ent.start - 1
    if ent.label_ != "PERSON" or k < 0 or ent[0].lower_ in lex.GIVEN_NAMES:
        return False
    t = doc[k]
    if not (t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.whitespace_ == " ") \
            or t.lower_ not in _FIRST_NAMES or t.lower_.rstrip(".") in _TITLED \
            or t.lower_ in lex.NAME_STOP_WORDS or lex.lookup(t.text) is not None:
        return False
    if t.ent_type_ and not (prev is not None and prev.start == k and prev.end == ent.start
                            and prev.label_ in _GIVEN_NAME_MISREADS):
        return False
    return t.is_sent_start or k == 0 or not (doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha)


def _named_possessor(t: "Token") -> str | None:
    """The name whose group ``t`` is: a named possessor ("Marsh's collaborators", "the club's
    fans" is not named), or the name a possessive pronoun coordinates with ("Marsh and her
    collaborators"); None when there is none."""
    for c in t.children:
        if c.dep_ == "poss":
            if c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG"):
                return " ".join(x.text for x in c.subtree if x.dep_ != "case" and x.tag_ != "POS")
            if c.tag_ == "PRP$" and t.dep_ == "conj" and t.head.pos_ == "PROPN" and t.head.ent_type_ == "PERSON" \
                    and c.lower_ in ("his", "her", "their"):
                head = t.head
                return " ".join(x.text for x in head.subtree if x.i <= head.i and x.ent_type_ == "PERSON")
    return None


def _joined_start(doc: "Doc", s: int, e: int, taken: set[int]) -> int:
    """Name repair: a body's name joined by "and" whose first half the tagger left out ("the Nursing
    and| Midwifery Council", "the Westby Travel and| Tourism Council"): the entity starts right
    after "and" and ends in a body's noun, and one to three capitalised words no entity holds stand
    before "and", after a lower-case word or a bracket (not one of a list of names: "Avonford,
    Westby and Harbour Council"). The start of the whole name; ``s`` if none."""
    if s < 2 or doc[s - 1].lower_ not in ("and", "&") or doc[e - 1].lower_.rstrip("s") not in _BODY_HEADS \
            and doc[e - 1].lower_ not in _BODY_HEADS:
        return s
    k = s - 1
    while k > 0 and s - 1 - k < 3 and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() \
            and not doc[k - 1].ent_type_ and k - 1 not in taken and not doc[k - 1].is_sent_start \
            and doc[k - 1].lower_.rstrip(".") not in _TITLED:
        k -= 1
    if k == s - 1 or (k > 0 and (doc[k - 1].text[:1].isupper() or doc[k - 1].text in (",", ";"))):
        return s
    return k


def _story(parsed: ParsedArticle) -> tuple[list[ParsedParagraph], int]:
    """The story paragraphs (body and sub-headings) and the index of the first body paragraph."""
    body = [pp for pp in parsed.paragraphs if pp.paragraph.kind in ("body", "heading")]
    return body, next((k for k, pp in enumerate(body) if pp.paragraph.kind == "body"), 0)


def _story_body(parsed: ParsedArticle) -> Iterator[tuple[int, ParsedParagraph, list["Span"], int, bool]]:
    """Each body paragraph of the story: its index among the story paragraphs, the paragraph, its
    sentences, the article-wide number of its first sentence, and whether it is the first body paragraph."""
    body, first_body = _story(parsed)
    n = 0
    for pi, pp in enumerate(body):
        if pp.paragraph.kind == "heading":
            continue
        sents = list(pp.doc.sents)
        yield pi, pp, sents, n, pi == first_body
        n += len(sents)


def _sent_of(sents: list["Span"], i: int) -> int:
    """The index among ``sents`` of the sentence holding token ``i``."""
    return next((k for k, st in enumerate(sents) if st.start <= i < st.end), 0)


def _found_mention(analysis: Analysis, span: "Span", off: int, start: int, end: int, text: str, label: str,
                   pi: int, sent: int, lead: bool, roles: list) -> _M:
    """A mention the first pass missed, found again at ``span`` (article offsets ``start``-``end``, its
    paragraph at ``off``), with what the parse says about it there: quoted, agent, clause position,
    governor, roles."""
    m = _M(start=start, end=end, text=text, words=_words(text), label=label, para=pi, sent=sent, surface=text)
    m.lead = lead
    m.quoted = analysis.quoted_chars(span.doc)[start - off]
    m.agentive, m.speech = _agentive(span.root)
    m.main, m.obj, m.loc = _syntax(span.root)
    m.listed = _in_list(span.root)
    m.gov = _governor(span.root)
    m.roles = [(q, off + st, r, kd) for q, st, r, kd in roles if r]
    return m


@dataclass
class _Attested:
    """What the whole story says of names, before any one mention is judged: the labels NER gave
    each name written on its own, the surnames of full personal names, and the titles NER tagged
    as works of art."""

    labels: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    surnames: dict[tuple[str, ...], set[tuple[str, ...]]] = field(default_factory=dict)  # the full names ending so
    works: set[tuple[str, ...]] = field(default_factory=set)
    tagged: dict[tuple[str, ...], int] = field(default_factory=dict)  # times tagged a work (+) or anything else (-)
    seen: dict[tuple[str, ...], int] = field(default_factory=dict)  # times written as an entity
    lower: set[str] = field(default_factory=set)  # words the story writes in lower case
    runs: dict[tuple[str, ...], int] = field(default_factory=dict)  # a person entity right before another


def _attested(body: list[ParsedParagraph]) -> _Attested:
    names = _Attested()
    for pp in body:
        doc = pp.doc
        names.lower.update(t.text for t in doc if t.is_lower and t.is_alpha)
        ents = list(doc.ents)
        for prev, ent in zip(ents, ents[1:]):
            if _side_by_side(doc, prev, ent):
                w = _words(prev.text)
                names.runs[w] = names.runs.get(w, 0) + 1
        for ent in doc.ents:
            s = ent.start
            while s < ent.end and doc[s].lower_ in ("the", "a", "an"):
                s += 1
            w = _words(doc[s:ent.end].text)
            if not w:
                continue
            names.tagged[w] = names.tagged.get(w, 0) + (1 if ent.label_ == "WORK_OF_ART" else -1)
            names.seen[w] = names.seen.get(w, 0) + 1
            if ent.label_ == "WORK_OF_ART":
                continue
            names.labels.setdefault(w, set()).add(ent.label_)
            if ent.label_ == "PERSON" and len(w) >= 2:
                names.surnames.setdefault(w[-1:], set()).add(w)
    names.works = {w for w, n in names.tagged.items() if n > 0}  # a work more often than anything else
    games = any(_speaks_of_video_games(pp.doc) for pp in body)
    for pp in body:
        pp.doc.user_data["video_game_talk"] = games
    return names


#: Entity labels a name NER mislabelled may carry and still be an actor the story has act
#: ("Quillon is developing ... Quillon says": Quillon tagged a product).
_UNTAGGED_OK = frozenset({"", "PRODUCT"})


def _untagged_names(analysis: Analysis, mentions: list[_M]) -> list[_M]:
    """Names NER missed that the story has act: a run of capitalised proper nouns, untagged or
    tagged a product (or a body's short form, :func:`_short_form`), the subject of a verb at least
    twice outside quotation marks ("Lanternfish are to headline ... Lanternfish will play"; once
    when the headline has it act too), or the body a named person holds a post in ("Westby boss Tom
    Reed"; :func:`_post_holder`). A capitalised word tagged an adjective but parsed a subject is
    read as a name (:func:`_subject_adjective`). Not a
    word of a name found already ("Reed" beside "Tom Reed": the rescan's job), a given name, a post
    or a person noun, nor a title the story calls a work ("boxing drama X"). One mention per
    occurrence, an organisation unless a personal or peer's title leads it ("Mr Hale"). Less is
    asked of a titled name, which may speak once ("expert Lord Hale said"), and of a short form
    written twice, which may act once if once after "the" ("the AFTA upheld", not "GDP grew") or
    tagged a nationality, and mostly a name of its own, not a noun's modifier ("Whig plans"). An
    untagged full name that is the lead's subject, with its surname in the headline, is a person, and so
    is that surname written alone later (:func:`_surnamed_runs`: "Tarn slumps ... Ivo Tarn lost ...")."""
    parsed = analysis.parsed
    known = {w for m in mentions if m.label not in ("DESC", "KIN") for w in m.words}
    runs: dict[str, list[tuple[int, ParsedParagraph, list["Span"], int, bool, "Span"]]] = {}
    for pi, pp, sents, base, first in _story_body(parsed):
        doc = pp.doc
        toks = list(doc)
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and toks[j].text[:1].isupper() and toks[j].is_alpha and (
                    (toks[j].pos_ == "PROPN" or _subject_adjective(toks[j])) and toks[j].ent_type_ in _UNTAGGED_OK
                    or _short_form(toks[j])):
                j += 1
            if j == i:
                i += 1
                continue
            if j - i <= 4:
                runs.setdefault(doc[i:j].text, []).append((pi, pp, sents, base, first, doc[i:j]))
            i = j
    taken = [(m.start, m.end) for m in mentions]
    heading = _headline_subjects(parsed).split("\n")
    given = {w.lower() for w in re.findall(r"\b([A-Z][a-z]+) (?=[A-Z])", parsed.article.text)} & _FIRST_NAMES
    out: list[_M] = []
    for full, last in _surnamed_runs(runs, parsed.title_doc, known):
        made = [x for text in (full, last) if text in runs for x in _run_mentions(analysis, runs[text], taken) or []]
        if any(m.text == full and m.lead and m.agentive and not m.quoted and sub for m, sub, _ in made):
            for m, _, _ in made:  # (the headline names the surname: acting twice, with the lead's subject)
                m.label, m.votes = "PERSON", {"person": 2.0}
                known.update(m.words)
            out.extend(m for m, _, _ in made)
    for text, found in runs.items():
        honorific = found[0][5][0].lower_.rstrip(".") in lex.HONORIFICS and len(found[0][5]) >= 2
        peer = found[0][5][0].lower_ in lex.PEERAGE and len(found[0][5]) >= 2 and found[0][5][0].text[:1].isupper()
        short = len(found[0][5]) == 1 and _short_form(found[0][5][0])
        words = _words(text)
        core = words[1:] if honorific or peer else words
        if not core or any(w in known for w in core) or len(text) < 3:
            continue
        if core[0] in _FIRST_NAMES and not (honorific or peer) \
                or all(w in _PERSON_WORDS or w in lex.GROUP_HEADS for w in core):
            continue  # a person's name NER missed (the rescan's; not after a title), a post ("Prime Minister")
        if len(core) == 1 and any(re.search(rf"\b{g} {re.escape(text)}\b", parsed.article.text, re.I) for g in given):
            continue  # a surname whose full name NER missed too ("Tom Reed ... Reed showed")
        made = _run_mentions(analysis, found, taken, honorific, peer) or []
        new = [(m, subject) for m, subject, _ in made]
        employs = any(holder for *_, holder in made)  # "Westby boss Tom Reed": the body a person holds a post in
        acting = sum(m.agentive and not m.quoted and subject for m, subject in new)
        acting += bool(acting and any(re.search(rf"(?<![\w-]){re.escape(text)}$", h) for h in heading))  # the headline's subject
        speaks = any(m.speech and not m.quoted and subject for m, subject in new)
        definite = any(sp.start > 0 and sp.doc[sp.start - 1].lower_ == "the" for *_, sp in found)
        named = 2 * sum(not m.weak for m, _ in new) >= len(new)  # not mostly a noun's modifier ("Whig plans")
        if acting >= 2 or employs and not short or speaks and (honorific or peer) \
                or acting and short and len(new) >= 2 and named and (definite or found[0][5][0].ent_type_ == "NORP"):
            out.extend(m for m, _ in new)
    return out


def _run_mentions(analysis: Analysis, found: list, taken: list[tuple[int, int]], honorific: bool = False,
                  peer: bool = False) -> list[tuple[_M, bool, bool]] | None:
    """The mentions of one run of capitalised words :func:`_untagged_names` found, each with whether it is
    a subject and whether it names the body a person holds a post in (:func:`_post_holder`); none where
    another mention holds it or in a credit; None where one is a title."""
    new: list[tuple[_M, bool, bool]] = []
    for pi, pp, sents, base, first, span in found:
        off = pp.offset
        a, b = off + span.start_char, off + span.end_char
        if any(x < b and a < y for x, y in taken) or _CREDIT.search(sents[_sent_of(sents, span.start)].text):
            continue
        if _is_work(span.doc, span.start, span.end) or span.root.dep_ in ("compound", "nmod") and \
                span.root.head.lower_ in _WORK_NOUNS or _inside_title(span):
            return None  # "boxing drama X", "the X film", "Silver X Road": a title
        k = _sent_of(sents, span.start)
        roles, pev = _roles_for(span.doc, span.start, span.end, set(range(span.start, span.end)))
        s0 = span.start + 1 if honorific else span.start
        sub = span.doc[s0:span.end]
        m = _found_mention(analysis, span, off, off + sub.start_char, b, sub.text,
                           "PERSON" if honorific or peer else "ORG", pi, base + k, first and k < 2, roles)
        m.surface = span.text
        m.pev = pev + (3 if honorific or peer else 0)
        holder = _post_holder(span) and not m.quoted
        m.weak = _is_modifier(span) and not holder
        if m.weak:
            m.agentive = False
        m.addressee = _is_addressee(span.root)
        m.votes = {"person": 3} if honorific or peer else {"organization": 1}
        new.append((m, _clause_head(span.root).dep_ in ("nsubj", "nsubjpass"), holder))
    return new


def _surnamed_runs(runs: dict[str, list], title: "Doc | None", known: set[str]) -> list[tuple[str, str]]:
    """Two or three capitalised words NER tagged nothing whose last word the headline writes too, the way
    a story names a person and then calls them by surname ("Tarn slumps ... Ivo Tarn lost ... Tarn showed"):
    (the full name, the surname); :func:`_untagged_names` keeps those the lead has act.
    Not a name ending in a body's or place's noun ("Avon Valley ... Valley"), nor one with a post, group or
    title word or a word of a name found already, nor a surname written before the full name."""
    heads = {t.text for t in title} if title is not None else set()
    out = []
    for full, found in runs.items():
        words = full.split()
        last = words[-1]
        if not 2 <= len(words) <= 3 or last not in heads or any(not w.isalpha() for w in words) \
                or any(w in known for w in _words(full)) \
                or last.lower() in _NAME_HEADS or last.lower() in lex.ORG_SUFFIXES \
                or any(w.lower() in _PERSON_WORDS or w.lower() in lex.GROUP_HEADS or w.lower() in lex.HONORIFICS
                       or w.lower() in lex.PEERAGE for w in words):
            continue
        start = found[0][1].offset + found[0][5].start_char
        if any(pp.offset + sp.start_char < start for _pi, pp, _s, _b, _f, sp in runs.get(last, [])):
            continue
        out.append((full, last))
    return out


def _subject_adjective(t: "Token") -> bool:
    """A capitalised word the tagger read as an adjective but parsed as a subject ("When Westby
    moves to its new ground"): an adjective cannot be one, so a name."""
    return t.pos_ == "ADJ" and t.dep_ in ("nsubj", "nsubjpass")


#: The words of a post written after the body's name ("boss", "chief executive", "vice-chairman").
_POST_WORDS = _POSTS | _SPEAKING_FOR | {"vice", "deputy"}
#: Capitalised words that lead a post without naming a body ("Shadow home secretary", "Former boss").
_POST_LEADS = lex.ROLE_MODIFIERS | {"shadow", "junior", "senior", "deputy", "vice", "assistant", "chief"}


def _post_holder(span: "Span") -> bool:
    """Is this name the body a named person holds a post in, written before the post ("Westby
    boss Tom Reed", "Avonford chairman Ann Lee")?"""
    doc, j = span.doc, span.end
    while j < len(doc) and j - span.end < 4 and (doc[j].lower_ in _POST_WORDS or doc[j].text == "-"):
        j += 1  # "boss", "chief executive", "vice-chairman"
    return j > span.end and doc[j - 1].lower_ in _POST_WORDS and j < len(doc) and doc[j].ent_type_ == "PERSON" \
        and span.root.ent_type_ not in ("GPE", "LOC", "NORP") and span[0].lower_ not in _POST_LEADS


#: The word that joins a campaign's or a cause's name ("Parents for Safer Roads", "Mothers Against Speeding").
_CAUSE_LINKS = frozenset({"for", "against", "without"})
#: A paragraph can hold a cause's name only where a capitalised word comes before and after a link.
_CAUSE_SHAPE = re.compile(r"[A-Z][A-Za-z]*\s+(?i:for|against|without)\s+[A-Z]")
_CAUSE_INNER = frozenset({"of", "and", "the", "in", "&"})
#: The people a cause's name is of: a group's noun ("Voters", "Tenants") or a person's in the plural.
_CAUSE_PEOPLE = lex.GROUP_HEADS | {w + "s" for w in lex.HUMAN_NOUNS | lex.PERSON_ROLES}


def _cause_names(analysis: Analysis, mentions: list[_M]) -> None:
    """Names of campaigns and causes the tagger split ("the Avonian Parents for Safer Roads": "Avonian"
    a nationality, "Parents" untagged, "Safer Roads" a body): capitalised people in the plural, a
    group's noun or a nationality ("Parents", "Voters", "Avonians"), after at most three capitalised
    words, then "for", "Against" or "Without" and a run of capitalised words. The whole is one
    organisation's name, and replaces the mentions inside it (in place). Not at a sentence's start
    unless more capitals lead in ("Parents for years ...": lower case after "for" is no name)."""
    for pi, pp, sents, base, first in _story_body(analysis.parsed):
        doc = pp.doc
        off = pp.offset
        if not _CAUSE_SHAPE.search(doc.text):
            continue  # (most paragraphs: no token walk)
        for t in doc:
            if t.lower_ not in _CAUSE_LINKS or t.i == 0 or t.i + 1 >= len(doc):
                continue
            people, nxt = doc[t.i - 1], doc[t.i + 1]
            if not (people.text[:1].isupper() and people.is_alpha and nxt.text[:1].isupper() and nxt.is_alpha) \
                    or not (people.lower_ in _CAUSE_PEOPLE or people.ent_type_ == "NORP" and people.lower_.endswith("s")):
                continue
            s = people.i
            while s - 1 >= 0 and people.i - (s - 1) <= 3 and doc[s - 1].text[:1].isupper() and doc[s - 1].is_alpha \
                    and not doc[s - 1].is_sent_start and doc[s - 1].lower_ not in ("the", "a", "an"):
                s -= 1
            if doc[s].is_sent_start and s == people.i:
                continue
            e = t.i + 2
            while e < len(doc) and (doc[e].text[:1].isupper() and doc[e].is_alpha or (
                    doc[e].lower_ in _CAUSE_INNER and e + 1 < len(doc) and doc[e + 1].text[:1].isupper())):
                e += 1
            span = doc[s:e]
            a, b = off + span.start_char, off + span.end_char
            inside = [m for m in mentions if m.start < b and a < m.end]
            if any(m.start < a or m.end > b for m in inside):
                continue  # a longer name runs across it
            k = _sent_of(sents, span.start)
            roles, _pev = _roles_for(doc, span.start, span.end, set(range(span.start, span.end)))
            m = _found_mention(analysis, span, off, a, b, span.text, "ORG", pi, base + k, first and k < 2, roles)
            m.weak = _is_modifier(span)
            if m.weak:
                m.agentive = False
            m.addressee = _is_addressee(span.root)
            m.votes = {"organization": 3}
            for x in inside:
                mentions.remove(x)
            mentions.append(m)


def _short_form(t: "Token") -> bool:
    """A word that can only be a body's short form when the tagger missed it: all capitals, 2-6
    letters ("AFTA" taken for a noun), or a single name tagged a nationality that is none ("Ofvex":
    no people's word, a singular proper noun)."""
    if t.ent_type_ not in ("", "NORP", "PRODUCT"):
        return False  # the tagger found what it is: a person, a place, a body, a date, ...
    if t.ent_type_ == "NORP":
        return t.tag_ == "NNP" and t.ent_iob_ == "B" and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I") \
            and not _people_word(t.text) and not lex.lookup(t.text)
    return t.is_upper and 2 <= len(t.text) <= 6 and t.pos_ in ("PROPN", "NOUN") and lex.lookup(t.text) is None


def _inside_title(span: "Span") -> bool:
    """Is the run of names the end of a longer capitalised title, its first word before the run
    and not opening the sentence: "The Harbour Boys", "Silver Lantern Road", "A Grand Day Away"?"""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start


#: Last words of a public, trade or campaigning body's name ("the Avonford Teachers Association").
_BODY_HEADS = lex.words("name_words", "body")
_BODY_LINKS = frozenset({"of", "for", "on"})
#: Body nouns that make a people's adjective and them one name ("the Scottish Executive"); not the
#: state's own nouns ("the British government": the country acting).
_PEOPLE_BODY_HEADS = _BODY_HEADS - {"administration", "government"}


def _people_body(ent: "Span") -> "Span":
    """A people's adjective NER tagged alone that opens a body's name, the rest untagged ("the
    Scottish Executive", "the Avonian Teachers Federation": "Scottish" NORP, "Executive" nothing):
    the whole name, an organisation. Else the entity as it is."""
    doc = ent.doc
    k = ent.end
    while k < len(doc) and k - ent.end < 3 and doc[k].text[:1].isupper() and doc[k].text.isalpha() \
            and doc[k].pos_ in ("PROPN", "NOUN") and not doc[k].ent_type_ and not doc[k].is_sent_start:
        k += 1
    if len(ent) > 2 or k == ent.end or doc[k - 1].lower_ not in _PEOPLE_BODY_HEADS:
        return ent
    from spacy.tokens import Span

    return Span(doc, ent.start, k, label="ORG")


#: Words ending a noun for a kind of person beyond the lexicon ("gunman", "chairwoman").
_PERSON_ENDS = ("man", "woman")
#: Words after a description that name the person ("the driver, known as ...", "the woman, named as ...").
_NAMING = re.compile(r"\W{0,3}(?:\w+ )?(?:named|identified|known|called|who (?:has been|was|is) named)\b")
_NAMED_BEFORE = re.compile(r"\b(?:named|identified)\s+(?:[\w-]+\s+){0,3}$")
#: How often the story must describe its unnamed person: the lead's mention and this many more.
UNNAMED_REPEATS = 2


def _person_noun(w: str) -> bool:
    """A noun for a kind of person: a post or human noun, a job, or a word ending in one ("gunman")."""
    return _human_word(w) or w in lex.ROLE_JOBS or (len(w) > 5 and w.endswith(_PERSON_ENDS))


def _description_start(t: "Token") -> int:
    """The first token of the words before ``t`` in its phrase that describe it ("two-year-old" in
    "a two-year-old boy", "taxi" in "the taxi driver"): no determiner, possessive or bare number."""
    s = t.left_edge.i
    doc = t.doc
    while s < t.i and (doc[s].dep_ in ("det", "poss", "predet", "case", "punct") or doc[s].lower_ in _QUANT
                       or (doc[s].like_num and doc[s + 1].text != "-")):
        s += 1
    if any(doc[k].ent_type_ == "PERSON" or doc[k].pos_ in ("VERB", "AUX", "ADP") for k in range(s, t.i)):
        return t.i  # ("the Ann Lee fan", "a recently-arrested man"): the head alone
    return s


def _named_there(t: "Token") -> bool:
    """Does the article name the person this description is of, here: a name in apposition ("the
    woman, Ann Lee,"), a name it premodifies ("taxi driver Ann Lee"), "known as"/"named" after it?"""
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children):
        return True
    if t.dep_ in ("appos", "compound") and t.head.ent_type_ == "PERSON":
        return True
    after = t.idx + len(t.text)
    if t.doc.text.startswith(", ", after) and any(e.label_ in ("PERSON", "ORG") and e.start_char == after + 2
                                                  for e in t.doc.ents):
        return True  # "the woman, Ann Lee, was" where the parse missed the apposition (or the tagger the person)
    if re.match(r"\s+as\s+[A-Z]", t.doc.text[after:after + 8]) and _NAMED_BEFORE.search(t.doc.text[max(0, t.idx - 40):t.idx]):
        return True  # "police named the boy as Ann Lee"
    return bool(_NAMING.match(t.doc.text, after))


def _names_subject(sent: "Span | None") -> bool:
    """Has ``sent`` a named person for its subject ("Ann Lee, 31, was ...", "Lee, a former member
    of ..., was" where the tagger took the name for a body)? Said of the sentence after the lead,
    it names the lead's "a singer" at once: the description is that person."""
    return sent is not None and any(
        e.root.dep_ in _SUBJ and (e.label_ == "PERSON" or (e.label_ == "ORG" and any(
            c.dep_ == "appos" and _roleish(c.text) and not _org_noun(c.text) for c in e.root.children)))
        for e in sent.ents)


def _definite(t: "Token") -> bool:
    """Is ``t`` the head of a definite or possessive phrase ("the boy", "his victim")?"""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "one") for c in t.children)


def _lead_unnamed(body: list[ParsedParagraph], first_body: int) -> frozenset[str]:
    """The head nouns of an unnamed person the story is plainly about: introduced in the story's
    first sentence as "a/an ..." ("A two-year-old boy is recovering ...", "... accused of kicking a
    deputy"), taken up
    as "the ..."/"his ..." at least :data:`UNNAMED_REPEATS` more times ("the boy"), and
    never named ("the woman, Ann Lee,", "taxi driver Ann Lee", "known as ...", "named the boy as
    ..."): a key actor the tagger cannot see. A lead, or the sentence after it, whose subject is a
    named person names no one this way (that person is who "a singer" was)."""
    if not body or body[first_body].paragraph.kind != "body":
        return frozenset()
    sent = next(iter(body[first_body].doc.sents), None)
    if sent is None:
        return frozenset()
    heads = {t.lower_ for t in sent if t.tag_ == "NN" and not t.ent_type_ and _person_noun(t.lower_)
             and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)}
    if not heads:
        return frozenset()
    doc = sent.doc
    after = doc[sent.end].sent if sent.end < len(doc) else \
        next(iter(body[first_body + 1].doc.sents), None) if first_body + 1 < len(body) else None
    if _names_subject(sent) or _names_subject(after):
        return frozenset()
    counts = dict.fromkeys(heads, 0)
    for pp in body:
        for t in pp.doc:
            if t.lower_ in counts and t.tag_ == "NN" and not t.ent_type_:
                if _named_there(t):
                    counts[t.lower_] = -10**6
                counts[t.lower_] += t.sent.start == sent.start and pp is body[first_body] or _definite(t)
    return frozenset(h for h, n in counts.items() if n > UNNAMED_REPEATS)


def _collect(analysis: Analysis) -> list[_M]:
    parsed = analysis.parsed
    mentions: list[_M] = []
    sent_no = 0
    body, first_body = _story(parsed)
    names = _attested(body)
    unnamed = _lead_unnamed(body, first_body)
    for pi, pp in enumerate(body):
        if pp.paragraph.kind == "heading":
            continue
        para = _Paragraph(pp, pi, pi == first_body, sent_no, mentions, analysis.quoted_chars(pp.doc),
                          last=pi == len(body) - 1)
        para.names = names
        para.unnamed = unnamed
        sent_no = para.sent_no
        para.collect()
    return mentions


# --------------------------------------------------------------------------- clustering

@dataclass
class _C:
    """A cluster of mentions (one referent). Derived values are cached per cluster size:
    clusters only change by merging, which changes their size."""

    ms: list[_M]
    canon: str | None = None
    apart: bool = False  # a surname kept from the full names it ends (:func:`_split_shared_surname`)
    _cache: dict = field(default_factory=dict, repr=False)

    def _cached(self, key: str, make):
        ms = self.ms
        n, start = len(ms), ms[0].start if ms else -1
        hit = self._cache.get(key)
        if hit is not None and hit[0] == n and hit[1] == start:
            return hit[2]
        value = make()
        self._cache[key] = (n, start, value)
        return value

    @property
    def first(self) -> int:
        return self._cached("first", lambda: min(m.start for m in self.ms))

    def words(self) -> tuple[str, ...]:
        """The longest name form (core words); ties go to the most frequent."""
        ms, hit = self.ms, self._cache.get("words")  # (the cache check inline: called in every joining loop)
        if hit is not None and hit[0] == len(ms) and hit[1] == (ms[0].start if ms else -1):
            return hit[2]

        def make():
            counts: dict[tuple[str, ...], int] = {}
            for m in self.ms:
                if m.label not in ("DESC", "KIN"):
                    f = self._core(m.words)
                    if f:
                        counts[f] = counts.get(f, 0) + 1
            return max(counts, key=lambda f: (len(f), counts[f])) if counts else ()
        return self._cached("words", make)

    @staticmethod
    @functools.lru_cache(maxsize=4096)
    def _core(w: tuple[str, ...]) -> tuple[str, ...]:
        if len(w) >= 3 and w[0] in lex.PEERAGE and w[1] == "of":
            return w  # "Duchess of Avonmouth" is a name, not a title plus a name
        # titles stand before a name: after a name's first word a title word is a surname ("Ann King")
        k = 0
        while k < len(w) and (w[k] in lex.PEERAGE or w[k] in lex.HONORIFICS):
            k += 1
        return w[k:] or w

    def votes(self) -> dict[str, float]:
        def make():
            v: dict[str, float] = {}
            for m in self.ms:
                for k, x in m.votes.items():
                    v[k] = v.get(k, 0) + x
            if v.get("person") and _thing_like(self.ms):  # "X, which ...": whatever its name looks like
                v["organization"] = v.get("organization", 0) + v.pop("person")
            return v
        return dict(self._cached("votes", make))

    def personish(self) -> bool:
        v = self.votes()
        return bool(v) and v.get("person", 0) > 0 and v.get("person", 0) >= max(v.values())


def _merge(src: _C, dst: _C) -> None:
    dst.ms.extend(src.ms)
    src.ms = []


def _strong_person(c: _C) -> bool:
    v = c.votes()
    ner = sum(1 for m in c.ms if m.label == "PERSON")
    if not v.get("person"):
        return False  # (a thing, by :func:`_thing_like`)
    return any(len(m.words) >= 2 and m.label == "PERSON" for m in c.ms) or \
        (v.get("person", 0) - ner > 0 and v.get("person", 0) >= v.get("organization", 0))


def _placeish(c: _C) -> bool:
    v = c.votes()
    return v.get("place", 0) > v.get("organization", 0)


def _group_by_name(mentions: list[_M]) -> list[_C]:
    """One cluster per gazetteer entry, description head or name core, in order of first mention."""
    by_key: dict[tuple, _C] = {}
    order: list[_C] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.canon:
            key = ("gz", m.canon)
        elif m.label in ("DESC", "KIN"):
            key = ("desc", m.words[-2:] if m.label == "KIN" else (m.head,) if m.label == "DESC" and len(m.words) <= 1
                   else ("desc",) + m.words)
            if m.label == "DESC":
                key = ("desc", m.head, m.words[:-1] if m.votes.get("organization") else ())
        else:
            key = ("name", _C._core(m.words))
        c = by_key.get(key)
        if c is None:
            c = by_key[key] = _C(ms=[], canon=m.canon)
            order.append(c)
        c.ms.append(m)
    return _split_nations(order)


def _split_nations(order: list[_C]) -> list[_C]:
    """A group's noun written after two nationalities or countries ("US investors", "UK investors")
    is two groups: one cluster for each, and one for the bare noun ("investors"), which could be
    either. With one nationality, "European leaders ... the leaders" stays one group."""
    out: list[_C] = []
    for c in order:
        nations = {_nation_key(m.nation) for m in c.ms if m.nation}
        if len(nations) < 2 or not c.ms or c.ms[0].label != "DESC":
            out.append(c)
            continue
        parts: dict[str, _C] = {}
        for m in c.ms:
            parts.setdefault(_nation_key(m.nation) if m.nation else "", _C(ms=[], canon=c.canon)).ms.append(m)
        out.extend(parts.values())
    return sorted(out, key=lambda c: c.ms[0].start)


def _nation_key(nation: str) -> str:
    """The country a nationality or a country's name stands for: "British" and "UK" are one."""
    hit = lex.lookup(nation)
    return lex.DEMONYMS.get(lex.key(nation)) or (hit[0] if hit and hit[0] in _COUNTRY_NAMES else lex.key(nation))


def _join_short_person_forms(named: list[_C]) -> None:
    """Short person forms join the full name they end (or start) with: "Kovalenko", "Mr Kovalenko"
    -> "Petro Kovalenko"; a first name joins the one full name it starts."""
    for c in sorted(named, key=lambda c: len(c.words())):
        w = c.words()
        if not c.ms or not w:
            continue
        # a surname joins a person's full name; a place or organisation never joins a longer
        # name it ends ("Florida" is not "North Florida")
        placeish = c.votes().get("place", 0) > c.votes().get("person", 0) or c.canon
        targets = [d for d in named if d is not c and d.ms and len(d.words()) > len(w) and d.words()[-len(w):] == w
                   and (d.personish() or _named_person_by_tag(c, d)) and (not placeish or (_bare_surname(c) and (
                       _tagged_person(d) or (_full_person(d) and d.first < c.first))))
                   and not _company_before(c, d)]
        if not targets and len(w) == 1 and _titled_given_name(c):
            continue  # "Prince Edmund", later "Edmund": never the "Edmund Farrowby" the article also names
        if not targets and len(w) == 1:
            targets = [d for d in named if d is not c and d.ms and len(d.words()) >= 2 and d.words()[0] == w[0]
                       and d.personish()]
            if len(targets) > 1:
                targets = []
            if targets and not c.personish() and not any(m.label == "PERSON" for m in c.ms) \
                    and not any(x in lex.GIVEN_NAMES for x in w):
                targets = []
        earlier = [d for d in targets if d.first <= c.first + 1]
        if not earlier and len(w) == 1:
            firsts = [d for d in named if d is not c and d.ms and len(d.words()) >= 2 and d.words()[0] == w[0]
                      and d.personish() and d.first <= c.first + 1]
            if len(firsts) == 1:
                earlier = firsts
        if len(w) == 1 and targets and _split_shared_surname(c, targets):
            continue
        if earlier or targets:
            dst = min(earlier or targets, key=lambda d: d.first)
            _merge(c, dst)


def _honorific_gender(m: _M) -> str | None:
    """The gender the honorific opening a titled mention states ("Mrs Lee": "f")."""
    words = (m.surface or m.text).split()
    return honorific_gender(words[0]) if len(words) >= 2 else None


def _given_gender(d: _C) -> str | None:
    first = d.words()[0]
    if first in lex.FEMALE_NAMES or first in lex.RARE_FEMALE_NAMES:
        return "f"
    if first in lex.MALE_NAMES or first in lex.RARE_MALE_NAMES:
        return "m"
    return None


def _split_shared_surname(c: _C, targets: list[_C]) -> bool:
    """A surname with Mr or Mrs when the full names it could join are different people: two given
    names ("Tom Lee", "Ann Lee"), or one whose given name's gender the honorific contradicts ("Mr
    Lee" beside "Ann Lee" only). Each titled form joins the full name of its gender named before
    it ("Mrs Lee" -> "Ann Lee"; of several, the most mentioned); when one names someone of neither
    gender's full name, that form and the bare surname stay apart (a person the article never
    names in full). True when nothing is left to join; else the remaining forms join as usual
    (the bare surname: the first full name)."""
    gendered = [(m, g) for m in c.ms if (g := _honorific_gender(m))]
    if not gendered:
        return False
    clash = any(_given_gender(d) not in (None, g) for _m, g in gendered for d in targets)
    if len({d.words()[0] for d in targets}) < 2 and not clash:
        return False
    for m, g in gendered:
        fit = [d for d in targets if _given_gender(d) == g] or [d for d in targets if _given_gender(d) is None]
        named = [d for d in fit if d.first < m.start]  # (a title refers back to a full name given before)
        if not fit:
            c.apart = True  # "Mr Lee" beside "Ann Lee" only: someone the article never names in full
        elif named:  # of two of that gender, the one the article names most ("Mrs Lee": Ann, not her daughter)
            c.ms.remove(m)
            m.text = m.surface  # "Mrs Lee" is this person's; the bare "Lee" is no alias of hers
            min(named, key=lambda d: (-len(d.ms), d.first)).ms.append(m)
    return c.apart or not c.ms


def _named_person_by_tag(c: _C, d: _C) -> bool:
    """The two-word name ``d`` is the person the surname ``c`` names, though the tagger read it as a
    body: ``c`` is given a title or an initial ("Mr Davies", "M Davies") and read as a person, or is
    one by :func:`_person_by_evidence` ("Avonia international Davies"), and
    nothing but the tagger's label (and a surname tagged a plural) marks ``d`` as a body: no body's
    word, first word or role, no team's use, no gazetteer entry."""
    return (any(m.pev >= 3 for m in c.ms) and c.personish() or _person_by_evidence(c)) \
        and len(d.words()) == 2 and not d.canon and all(
        m.label in ("ORG", "PERSON") and len(m.words) == 2 and m.pev >= 0 and not (
            m.orgmark or m.body or m.team or m.introduced or m.words[-1] in lex.ORG_SUFFIXES
            or m.words[0] in _ORG_PREFIXES or lex.lookup(m.text)) for m in d.ms)


def _company_before(c: _C, d: _C) -> bool:
    """The short name ``c`` is a body the article names before the person ``d`` who shares it
    ("Acme, the car company, reported profits ... said chairman Bill Acme"): read only as an
    organisation more than as a person, first seen before the full name, and marked as a body by
    what is said of it (a company noun as its role, "Acme shares"). It is no short form of the
    person's name."""
    v = c.votes()
    return v.get("person", 0) < v.get("organization", 0) and c.first < d.first and any(
        m.orgmark or any(r[2].split()[-1].lower() in lex.ORG_NOUNS for r in m.roles if r[2].split()) for m in c.ms)


def _titled_given_name(c: _C) -> bool:
    """A one-word name the article gives a royal or noble title before it ("Prince Edmund", "Queen
    Mab"): a given name that stands for that titled person alone."""
    return any(len(m.words) == 2 and m.words[0] in lex.PEERAGE and m.label not in ("DESC", "KIN") for m in c.ms)


def _tagged_person(c: _C) -> bool:
    """A full name the tagger read as a person, opening with a given name, common or rare ("Jose
    Mourinho"): the tagger's label is the evidence a rare name alone is not."""
    return any(m.label == "PERSON" and len(m.words) >= 2 and m.words[0] in _FIRST_NAMES for m in c.ms)


def _bare_surname(c: _C) -> bool:
    """A one-word name the tagger took for a place or an organisation, with nothing else to say
    so (no gazetteer entry, no place or organisation word, no team context): the surname of the
    full name it ends ("Mourinho" beside "Jose Mourinho"; one word as written: "O'Hara"). A result
    ("lost to X") is no team's mark here; a player's or fan's is ("X striker")."""
    return not c.canon and (len(c.words()) == 1 or all(" " not in m.text for m in c.ms)) \
        and not lex.lookup(c.ms[0].text) and all(
            (len(m.words) == 1 or " " not in m.text) and not m.orgmark and m.team < 2 and m.pev >= 0
            and not m.introduced for m in c.ms)  # (a result is a person's too: "lost to Kerr")


_GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _name_core(c: _C) -> tuple[str, ...]:
    """A cluster's name words without a generational suffix ("... Stancil III" -> "... Stancil")."""
    w = c.words()
    return w[:-1] if len(w) >= 3 and w[-1] in _GENERATIONAL else w


def _full_person(c: _C) -> bool:
    """A full personal name: the tagger read a two-word form of it as a person, and the
    mentions vote for a person more than for anything else."""
    return bool(c.ms) and not c.canon and any(m.label == "PERSON" and len(m.words) >= 2 for m in c.ms) \
        and c.personish()


def _titled_before(d: _C, title: str, text: str) -> bool:
    """The word ``title`` stands before one of the full name's mentions ("Sheriff Ann Kerr")."""
    for m in d.ms:
        before = text[max(0, m.start - 40):m.start]
        if re.search(r"(?:^|\s)" + re.escape(title) + r" $", before, flags=re.I):
            return True
    return False


def _join_surname_forms(named: list[_C], text: str) -> None:
    """A surname, or a title and a surname, joins the one full personal name it ends, when the
    tagger read the short form as something else ("Kerr" as a place) or the full name carries a
    generational suffix ("Kerr" -> "Ann Kerr Jr") or the title stood before the full name
    ("Sheriff Kerr" -> "Sheriff Ann Kerr"). Two people who share the surname share no short form."""
    people = [d for d in named if _full_person(d) and len(_name_core(d)) >= 2]
    for c in named:
        w = c.words()
        if not c.ms or c.canon or c.apart or not w or len(w) > 3:
            continue
        if len(w) == 1:
            title, tail = "", w
            if lex.lookup(c.ms[0].text) or any(m.orgmark or m.team or m.work for m in c.ms):
                continue
            if not (c.votes().get("person", 0) > 0 or _bare_surname(c)):
                continue
        elif w[0] not in lex.GIVEN_NAMES and not any(m.orgmark or m.team or m.work for m in c.ms) \
                and all(m.text.split()[0].lower() == w[0] for m in c.ms):  # "Kerr-Lund" is two names
            title, tail = w[0], w[1:]
        else:
            continue
        if lex.lookup(c.ms[0].text.split()[-1]):
            continue  # "Atletico Madrid" ends with a place, not a surname
        targets = [d for d in people if d is not c and d.ms and len(_name_core(d)) > len(tail)
                   and _name_core(d)[-len(tail):] == tail]
        if not title:  # a lone word: after the full name, and never the setting ("in Kerr")
            targets = [d for d in targets if d.first < c.first and not any(m.loc for m in c.ms)]
        else:
            titled = [d for d in targets if _name_core(d)[0] == title or _titled_before(d, title, text)]
            if titled or len(targets) != 1 or not _opening_description(c, title, text):
                targets = titled
            else:
                for m in c.ms:  # the description is no part of the name: the mention is the surname
                    cut = m.text.split(None, 1)[-1]
                    if cut != m.text and text[m.end - len(cut):m.end] == cut:
                        m.start, m.text, m.surface, m.words = m.end - len(cut), cut, cut, tail
        if len(targets) == 1:
            _merge(c, targets[0])


def _opening_description(c: _C, word: str, text: str) -> bool:
    """Is ``word`` a description the capital letter of a sentence's start glued onto a surname
    ("Matchwinner Lee said", "Skipper Lee was ..."): a noun for a kind of person, no given name,
    no word of grammar, opening the sentence at every mention of the short form?"""
    from spacy.lang.en.stop_words import STOP_WORDS  # "However", "Together": no description

    def opens(at: int) -> bool:
        before = text[max(0, at - 80):at].rstrip(" \t\"'“‘")
        return not before or before[-1] in "\n.!?" \
            or (before[-1] in "\"'”’" and before[-2:-1] in (".", "!", "?"))
    return word not in _FIRST_NAMES and word not in STOP_WORDS and word not in lex.TITLE_WORDS \
        and word not in lex.HONORIFICS and _roleish(word) and all(opens(m.start) for m in c.ms)


def _join_bare_peerage(named: list[_C]) -> None:
    """Bare peerage titles: "the Duchess" -> "Duchess of Avonmouth"."""
    for c in named:
        w = c.words()
        if c.ms and len(w) == 1 and w[0] in lex.PEERAGE:
            targets = [d for d in named if d is not c and d.ms and len(d.words()) >= 3 and d.words()[0] == w[0]]
            if len(targets) == 1:
                _merge(c, targets[0])


def _join_run_on_names(named: list[_C]) -> None:
    """A name run into the next sentence ("... dressed as Peter Pan Clara said"): a long
    one-off name ending in the first name of a recurring person is that person."""
    for c in named:
        if not c.ms or len(c.ms) != 1 or len(c.ms[0].words) < 3:
            continue
        last = c.ms[0].words[-1]
        targets = [d for d in named if d is not c and d.ms and len(d.ms) >= 3 and len(d.words()) >= 2
                   and d.words()[0] == last and d.personish()]
        if len(targets) == 1:
            m = c.ms[0]
            m.start = m.end - len(last)
            m.text, m.words, m.surface, m.roles = m.text.split()[-1], (last,), m.text.split()[-1], []
            _merge(c, targets[0])


def _split_at_stop_initial(named: list[_C], text: str) -> None:
    """A name run across a sentence that ends with an initial ("... and Pat X. Ann Lee, his
    daughter, said"): where the article also names "Pat X" alone, the one-off long form is the
    name after the stop."""
    for c in named:
        if len(c.ms) != 1 or c.ms[0].label != "PERSON":
            continue
        m = c.ms[0]
        hit = re.match(r"(.+ [A-Z])\. ([A-Z][\w'-]+(?: [A-Z][\w'-]+)+)$", text[m.start:m.end])
        if hit is None or not any(d is not c and d.ms and d.words() == _words(hit.group(1)) for d in named):
            continue
        m.start += hit.start(2)
        m.text = m.surface = hit.group(2)
        m.words, m.roles = _words(m.text), [r for r in m.roles if r[3] != "pre"]  # (not a title before the cut)


_REAL_NAME = re.compile(r",? (?:whose real name is|(?:his|her|their) real name is|real name|born) $")
_BETTER_KNOWN = re.compile(r"^,? (?:better|best|professionally) known as ")


def _join_real_names(named: list[_C], text: str) -> None:
    """A stage name and the real name the article gives for it are one person ("Zed, real name
    Ann Lee", "Zed, whose real name is Ann Lee", "Ann Lee, better known as Zed"): the real name
    joins the stage name's actor (it gives no role: "real name" is none)."""
    def at(pos: int, after: bool) -> _C | None:
        return next((d for d in named if d.ms and any((x.start if after else x.end) == pos for x in d.ms)), None)

    for c in named:
        for m in list(c.ms):
            hit = _REAL_NAME.search(text[max(0, m.start - 40):m.start])
            stage = at(m.start - len(hit.group(0)), False) if hit else None
            if stage is None:
                hit = _BETTER_KNOWN.match(text[m.end:m.end + 40])
                stage = at(m.end + hit.end(), True) if hit else None
            if stage is not None and stage is not c:
                for x in c.ms:
                    x.roles = [r for r in x.roles if not r[2].lower().endswith("real name")]
                _merge(c, stage)
                break


def _join_glued_names(named: list[_C], clusters: list[_C], text: str) -> None:
    """A name glued to the end of the one before it, where a caption or a sentence runs on with
    no stop ("... a draw with Calder Reed's injury ...", "... in the Premier League Reed chats
    with ..."): a one-off name whose last words are a person the article names in full ("Tom
    Reed"), and whose first words end another name in the article (a club, a league, a place)
    and are no given name, is that person: the first words are cut off and the rest joins them."""
    people = [d for d in named if _full_person(d) and len(_name_core(d)) >= 2]
    others = [d for d in clusters if d.ms and not d.personish()]
    for c in named:
        if not c.ms or len(c.ms) != 1 or c.ms[0].label not in ("PERSON", "ORG"):
            continue
        m = c.ms[0]
        w = _C._core(m.words)
        if len(w) < 2 or len(w) != len(m.words):
            continue
        for k in range(1, len(w)):
            head, rest = w[:k], w[k:]
            if any(x in lex.HONORIFICS or x in lex.TITLE_WORDS for x in rest):
                continue
            glued = any(d is not c and len(d.words()) >= k and d.words()[-k:] == head for d in others) and \
                not any(x in _FIRST_NAMES for x in head)
            targets = [d for d in people if d is not c and d.ms and (_name_core(d)[-len(rest):] == rest or (
                len(rest) == 1 and _name_core(d)[0] == rest[0]))]
            if not glued or len(targets) != 1:
                continue
            spans = list(re.finditer(r"\S+", text[m.start:m.end]))
            if len(spans) != len(w):
                break
            m.start += spans[k].start()
            m.text = m.surface = text[m.start:m.end]
            m.words, m.roles, m.lead = rest, [], m.lead
            _merge(c, targets[0])
            break


def _join_organisation_forms(named: list[_C]) -> None:
    """Organisations: acronyms and prefixes ("IMF", "Brill" -> "Brill Research Center"); not the
    people a cause is named for ("Avonians" are not "Avonians for Safer Roads")."""
    for c in named:
        if not c.ms or _strong_person(c) or _placeish(c):
            continue  # a place never joins a longer name it begins ("Arizona" is not "Arizona Walmart")
        surf = [m.text for m in c.ms]
        for d in named:
            if d is c or not d.ms or _strong_person(d) and not _spelt_out_body(d, surf):
                continue
            dw, cw = d.words(), c.words()
            if _plural_short_form(c, dw) or any(is_acronym(s, m.text) for s in surf for m in d.ms) or \
                    (len(dw) > len(cw) >= 1 and dw[:len(cw)] == cw and not _regional_arm(dw[len(cw):])
                     and not _unit_of(cw, dw[len(cw):]) and not _hyphen_pair(d, cw) and not _later_modifier(d, c) and dw[len(cw)] not in _CAUSE_LINKS):
                _merge(c, d)
                break


#: Last words of a body named after a person ("the Ann Lee Foundation"): the person is no short form of it.
_NAMED_FOR_TAILS = frozenset("foundation trust institute fund prize award awards memorial school college university "
                             "hospital centre center society stadium campaign estate library museum cup trophy".split())


def _join_firm_short_forms(named: list[_C]) -> None:
    """A name the tagger alone read as a person's that opens the longer name of an organisation named
    before it is that organisation's short form ("Acme Bakeries reported ... Acme Bake said"): no
    given name opens it, no title, age, role or pronoun says a person, and the longer name is no body
    named after a person ("the Ann Lee Foundation")."""
    for c in named:
        cw = c.words()
        if not c.ms or len(cw) < 2 or _decide_type(c) != "person" or not _unmarked_person(c) or any(m.roles for m in c.ms) \
                or any(m.label in ("DESC", "KIN", "PEER") for m in c.ms):
            continue
        for d in named:
            dw = d.words()
            if d is c or not d.ms or len(dw) <= len(cw) or dw[:len(cw)] != cw or dw[-1] in _NAMED_FOR_TAILS \
                    or d.first > c.first or _strong_person(d) or _decide_type(d) != "organization":
                continue
            for m in c.ms:  # the tagger's reading of the short form as a person's is what was wrong
                if m.votes.get("person"):
                    m.votes = {**{k: x for k, x in m.votes.items() if k != "person"},
                               "organization": m.votes.get("organization", 0) + m.votes["person"]}
            _merge(c, d)
            break


def _spelt_out_body(d: _C, surf: list[str]) -> bool:
    """Is ``d`` a body's name of three words or more, the tagger's organisation once, that the short
    forms ``surf`` abbreviate ("AMF" for "Avon Medical Fellowship")? Its given-name look ("Avon") then
    makes no person of it."""
    return any(m.label == "ORG" and len(m.words) >= 3 and any(is_acronym(x, m.text) for x in surf) for m in d.ms)


_SURNAME_PARTICLES = frozenset("de da das dos van von der den del della di du la le al el bin ibn".split())


def _join_particle_surnames(named: list[_C]) -> None:
    """A surname that opens with a particle and is written with a capital at the start of a
    clause ("Del Rio", "Van Dam") joins the one full personal name it ends ("Ana del Rio"),
    whatever the tagger read the short form as: the particle is no title."""
    people = [d for d in named if _full_person(d) and len(_name_core(d)) >= 3]
    for c in named:
        w = c.words()
        if not c.ms or c.canon or len(w) < 2 or w[0] not in _SURNAME_PARTICLES:
            continue
        if any(m.orgmark or m.work or m.label in ("DESC", "KIN") or len(m.words) != len(w) for m in c.ms):
            continue
        targets = [d for d in people if d is not c and d.ms and _name_core(d)[-len(w):] == w]
        if len(targets) == 1:
            _merge(c, targets[0])


def _join_middle_names(named: list[_C]) -> None:
    """A full name with a middle name ("Ann Marie Lee") and the same name without it ("Ann Lee")
    are one person when no other person in the article shares the given name and surname."""
    people = [d for d in named if d.ms and _full_person(d) and 2 <= len(_name_core(d)) <= 4]
    for c in sorted(people, key=lambda c: -len(_name_core(c))):
        w = _name_core(c)
        if not c.ms or len(w) < 3 or w[0] not in _FIRST_NAMES or w[0] in w[1:] or w[-1] in w[:-1]:
            continue  # ("Ann Lee Lee" is a name run into its own surname, not a middle name)
        targets = [d for d in people if d is not c and d.ms and len(_name_core(d)) == 2
                   and _name_core(d) == (w[0], w[-1])]
        if len(targets) == 1 and not any(d is not c and d.ms and len(_name_core(d)) >= 3 and _name_core(d) != w
                                         and (_name_core(d)[0], _name_core(d)[-1]) == (w[0], w[-1]) for d in people):
            _merge(c, targets[0])


def _join_hyphenated_given_names(named: list[_C]) -> None:
    """A hyphenated given name written alone ("Jean-Luc") joins the one full personal name it
    opens ("Jean-Luc Marchand"), as a one-word given name does."""
    people = [d for d in named if d.ms and _full_person(d)]
    for c in named:
        w = c.words()
        if not c.ms or c.canon or len(w) < 2 or not all(len(m.text.split()) == 1 and "-" in m.text for m in c.ms):
            continue
        targets = [d for d in people if d is not c and d.ms and len(_name_core(d)) > len(w) and _name_core(d)[:len(w)] == w]
        if len(targets) == 1:
            _merge(c, targets[0])


def _swapped(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one word of five letters or more, two letters after the first swapped
    ("Chelsae" for "Chelsea"): a slip of the keyboard, not another name?"""
    if len(a) != len(b) or len(a) < 5 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] >= 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


def _misspelt(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is the name ``short`` the name ``full`` with one word misspelt by :func:`_swapped`: the same
    words, or the last word alone (a surname)?"""
    if len(short) == len(full):
        diff = [i for i in range(len(short)) if short[i] != full[i]]
        return len(diff) == 1 and _swapped(short[diff[0]], full[diff[0]])
    return len(short) == 1 and len(full) >= 2 and _swapped(short[0], full[-1])


def _join_misspelt_forms(named: list[_C]) -> None:
    """A name the article writes once or twice with two letters swapped ("Chelsae" beside
    "Chelsea", "Mr Okafro" beside "Ann Okafor") joins the one name it misspells that the article
    writes more often, both read as the same kind (person, or not)."""
    forms = {id(d): {_C._core(m.words) for m in d.ms if m.label not in ("DESC", "KIN")} for d in named}
    for c in sorted(named, key=lambda c: len(c.ms)):
        if not c.ms or len(c.ms) > 2 or c.canon:
            continue
        cw = c.words()
        if not cw or len(cw[-1]) < 5:
            continue
        targets = [d for d in named if d is not c and len(d.ms) > len(c.ms)
                   and any(_misspelt(cw, f) for f in forms[id(d)]) and d.personish() == c.personish()]
        if len(targets) == 1:
            _merge(c, targets[0])


def _join_spaced_forms(clusters: list[_C]) -> None:
    """A name the article writes both as one word and as two ("RipGuard" and "Rip Guard", or a
    typing slip "SanBernardino"): one name, so the less written form joins the other (a
    gazetteer's name keeps its own form), whatever kind the tagger read each as."""
    def forms(c: _C) -> dict[str, set[tuple[str, ...]]]:
        out: dict[str, set[tuple[str, ...]]] = {}
        for m in c.ms:
            f = _C._core(m.words) if m.label not in ("DESC", "KIN") else ()
            if f:
                out.setdefault("".join(f).replace("-", ""), set()).add(f)
        return out
    keys = {id(c): forms(c) for c in clusters}
    for c in sorted(clusters, key=lambda c: (c.canon is not None, len(c.ms))):
        if not c.ms or c.canon:
            continue
        mine = {k: f for k, f in keys[id(c)].items() if len(k) >= 6}
        targets = [d for d in clusters if d is not c and d.ms and (d.canon or len(d.ms) >= len(c.ms))
                   and any(k in keys[id(d)] and keys[id(d)][k] != f for k, f in mine.items())]
        if len(targets) == 1:  # (the same letters split another way: not a capital inside the country it is capital of)
            for k, f in keys[id(c)].items():
                keys[id(targets[0])].setdefault(k, set()).update(f)
            _merge(c, targets[0])


def _prefixed_acronym(short: tuple[str, ...], full: tuple[str, ...], text: str, places: set[str]) -> bool:
    """``short`` keeps the first words of ``full`` and spells the rest as an acronym ("Avon DPS"
    for "Avon Department of Public Safety"), or spells all of it but a place the article names
    before it ("DPS")."""
    k = len(short) - 1
    if k == 0:
        return len(full) >= 3 and full[0] in places and is_acronym(text, " ".join(full[1:]))
    if len(full) < k + 2 or full[:k] != short[:k]:
        return False
    return is_acronym(text.split()[-1], " ".join(full[k:]))


def _join_prefixed_acronyms(named: list[_C], text: str) -> None:
    """An organisation's acronym kept behind its first words ("Avon DPS") joins the full name
    ("Avon Department of Public Safety"), whatever the tagger read either as: an acronym spells a
    body. So does one that spells a place word the tagger left out of the name ("UKIP")."""
    places = {d.words()[0] for d in named if d.ms and len(d.words()) == 1 and _placeish(d)}
    for c in named:
        if not c.ms or c.canon:
            continue
        forms = [m for m in c.ms if m.text.split() and m.text.split()[-1].replace(".", "").isupper()]
        if not forms:
            continue
        for d in named:
            if d is c or not d.ms or d.canon or len(d.words()) < 2:
                continue
            if len(d.words()) >= 3 and any(_prefixed_acronym(m.words, d.words(), m.text, places) for m in forms):
                _merge(c, d)
                break
            acronyms = {m.text for m in forms if len(m.words) == 1}
            cut = [x for x in d.ms if any(_acronym_with_place(a, x, text) for a in acronyms)]
            if cut:
                for x in cut:  # the name is mended too: "UK Independence Party"
                    x.start -= len(_place_before(x, text)) + 1
                    x.text = x.surface = text[x.start:x.end]
                    x.words = _words(x.text)
                _merge(c, d)
                break


def _defined_acronym(acr: str, full: str, text: str) -> bool:
    """Does the article define ``acr`` as ``full`` itself, "Full Name (ACR)" or "ACR, the Full
    Name," with the acronym's capitals the initials of some of the name's words, the first among
    them, in order: "ASAS" for "Alliance to Save Avon Schools", "AWRs" for "Avon Water Rangers", "ACR"
    for "Avon Council of Top Rowing Clubs")? The article's own definition outweighs the strict
    spelling of :func:`is_acronym`."""
    core = acr[:-1] if acr.endswith("s") else acr
    if not (2 <= len(core) <= 6 and core.isalpha() and core.isupper()) or len(full.split()) < 2:
        return False
    esc_a, esc_f = re.escape(acr), re.escape(full)
    if not re.search(rf"(?<![\w-]){esc_f} \({esc_a}\)|(?<![\w-]){esc_a}, (?:the )?{esc_f}[,.]", text):
        return False
    heads = [w[0] for w in re.split(r"[\s\-]+", full) if w and w[0].isupper()]
    if not heads or heads[0] != core[0]:
        return False
    rest = iter(heads[1:])
    return all(ch in rest for ch in core[1:])


def _join_defined_acronyms(named: list[_C], text: str) -> None:
    """A one-word acronym joins the name the article defines it as (:func:`_defined_acronym`),
    whatever the tagger read the name as: a plural one for a body of people ("AWRs" for "Avon
    Water Rangers") or one that skips a small word or a long name's middle words."""
    for c in named:
        acrs = {m.text for m in c.ms if len(m.words) == 1}
        if not c.ms or c.canon or not acrs or any(len(m.words) > 1 for m in c.ms):
            continue
        for d in named:
            if d is c or not d.ms or d.canon:
                continue
            if any(len(m.words) >= 2 and _defined_acronym(a, m.text, text) for a in acrs for m in d.ms):
                _merge(c, d)
                break


def _place_before(m: _M, text: str) -> str:
    """The capitalised word right before a mention when the gazetteer knows it as a place."""
    before = re.search(r"(?<![\w.])([A-Z][\w.]*) $", text[max(0, m.start - 20):m.start])
    return before.group(1) if before and (lex.lookup(before.group(1)) or (None, ""))[1] == "place" else ""


def _acronym_with_place(acr: str, m: _M, text: str) -> bool:
    """The acronym spells the name with the place word the tagger left out before it ("AIP" for
    "Avon Independence Party" where only "Independence Party" was read as the name)."""
    place = _place_before(m, text)
    return bool(place) and is_acronym(acr, f"{place} {m.text}")


def _join_adjectival_forms(named: list[_C], text: str) -> None:
    """A body named in the plural ("the Greens", "Lib Dems") and its singular used only before a
    noun ("a Green spokesman", "Lib Dem officials") are one actor: the modifier's mentions join
    the plural name and, saying nothing of its type, cast no votes."""
    for c in named:
        if not c.ms or not all(m.weak or _speaker_for_after(m, text) for m in c.ms):
            continue  # (a modifier each time: "the Green stance", "Lib Dem spokesman Ann Lee")
        cw = c.words()
        plural = cw[:-1] + (cw[-1] + "s",)
        targets = [d for d in named if d is not c and d.ms and d.words() == plural
                   and d.votes().get("organization", 0) + d.votes().get("group", 0) > 0]
        if len(targets) == 1:
            for m in c.ms:
                m.votes = {}
            _merge(c, targets[0])


def _speaker_for_after(m: _M, text: str) -> bool:
    """The mention modifies a word for people who speak for a body ("Acme spokesman")."""
    nxt = re.match(r" ([a-z]+)", text[m.end:m.end + 30])
    return bool(nxt) and nxt.group(1) in _SPEAKING_FOR


def _later_modifier(d: _C, c: _C) -> bool:
    """The longer name ``d`` only ever modifies a noun and comes after the short name ``c``
    ("Acme ... the Acme Roadster coupe"): a thing the body makes, not its full name."""
    return d.first > c.first and all(m.weak for m in d.ms)


def _plural_short_form(c: _C, dw: tuple[str, ...]) -> bool:
    """"the Emmys" for the Emmy Awards: a one-word plural name read as a body, no people's name
    ("Americans"), that is the first word of a longer plural name plus "s"."""
    cw = c.words()
    return len(cw) == 1 and len(dw) >= 2 and cw[0] == dw[0] + "s" and dw[-1].endswith("s") \
        and c.votes().get("organization", 0) > c.votes().get("group", 0) \
        and not any(lex.key(m.text) in lex.DEMONYMS for m in c.ms)


#: The last word of a body's own full name ("Westby University", "House", "Senate"): a name that
#: goes on after it names a part of that body (:func:`_unit_of`).
_STANDING_BODIES = frozenset("university college school house senate assembly parliament congress council "
                             "party union government ministry department court hospital commission".split())
#: The last word of a part of a body: "... Law School", "... Intelligence Committee".
_BODY_UNITS = frozenset("school college faculty committee subcommittee caucus panel department office division "
                        "branch unit institute centre center hospital federation".split())


def _unit_of(short: tuple[str, ...], rest: tuple[str, ...]) -> bool:
    """Does a longer name add to the body's full name ``short`` words that end with a part of a
    body ("Westby University" + "Law School", "House" + "Intelligence Committee")? Then it names
    that part, another body, and ``short`` is no short form of it."""
    return bool(short and rest) and short[-1].lower() in _STANDING_BODIES and rest[-1].lower() in _BODY_UNITS


def _regional_arm(rest: tuple[str, ...]) -> bool:
    """Do the words a longer name adds to an organisation's name only name a place ("... Europe",
    "... UK")? Then the longer one is its arm there, another body ("Acme" and "Acme Europe")."""
    found = lex.lookup(" ".join(rest)) if rest else None
    return bool(found) and found[1] == "place"


def _join_organisation_tails(named: list[_C]) -> None:
    """An organisation's name without its first word joins the full name ("Prosperity PAC" ->
    "Our Prosperity PAC"), both read as organisations; so does a bare organisation word ("the
    PAC", "the Commission") when exactly one organisation's name ends with it."""
    for c in sorted(named, key=lambda c: -len(c.words())):  # longer tails first: they narrow the targets
        cw = c.words()
        if not c.ms or c.canon or _decide_type(c) != "organization":
            continue
        if len(cw) >= 2:
            targets = [d for d in named if d is not c and d.ms and len(d.words()) == len(cw) + 1
                       and d.words()[1:] == cw and _decide_type(d) == "organization"]
            if not targets:  # "Daily News" -> "New York Daily News", when only one name ends so
                targets = [d for d in named if d is not c and d.ms and len(d.words()) > len(cw)
                           and d.words()[-len(cw):] == cw and _decide_type(d) == "organization"]
                targets = targets if len(targets) == 1 and targets[0].first <= c.first else []
                # (a longer name first seen after the short one is a caption's run-on: "against Ann City Acme Rovers boss")
        elif len(cw) == 1:  # "the PAC", "the Commission", "Yankees": the one organisation that ends so
            targets = [d for d in named if d is not c and d.ms and len(d.words()) >= 2 and d.words()[-1] == cw[0]
                       and _decide_type(d) == "organization"]
            targets = targets if len(targets) == 1 else []
            if targets and cw[0] not in lex.ORG_SUFFIXES and not targets[0].first <= c.first:
                targets = []  # a short name joins the full one the article introduced first ("Dortmund", "XY Rover")
        else:
            targets = []
        targets = [d for d in targets if not _hyphen_pair(d, cw)]
        if targets:
            _merge(c, targets[0])


def _free_standing(m: _M, text: str) -> bool:
    """Is the mention written with its capital inside a sentence and not run on from a capitalised
    word before it ("a City defence", "teams like Acme Rovers")? Then its capital is the name's own."""
    before = text[max(0, m.start - 40):m.start].rstrip(" ‘'\"“")
    last = re.findall(r"[\w’'-]+|[^\w\s]", before)
    return bool(last) and last[-1][0].islower()


def _join_team_short_forms(named: list[_C], text: str) -> None:
    """A club or body's last word used alone ("City", "Rovers", "Palace") joins the one longer
    name of the article that ends with it, when one of the two is read as an organisation, neither
    is a person or a gazetteer name, the short form is written mid-sentence at least once (not a
    sentence-initial common noun: "Airlines have ...") and the full name stands on its own somewhere
    (not a caption's run-on), never one of a hyphenated pair ("Acme" of "Zenith-Acme")."""
    for c in named:
        cw = c.words()
        if not c.ms or c.canon or len(cw) != 1 or c.personish() or len(cw[0]) < 3 or cw[0] in lex.ORG_SUFFIXES \
                or not any(_free_standing(m, text) for m in c.ms):
            continue
        targets = [d for d in named if d is not c and d.ms and not d.canon and len(d.words()) >= 2
                   and d.words()[-1] == cw[0] and d.words()[-2] not in ("of", "s") and not d.personish()
                   and not _hyphen_pair(d, cw)]
        if len(targets) != 1:  # ("London" is not short for "Bank of London")
            continue
        d = targets[0]
        if "organization" not in (_decide_type(c), _decide_type(d)) or "group" in (_decide_type(c), _decide_type(d)) \
                or any(m.label == "NORP" for m in c.ms + d.ms) \
                or _placeish(c) and _placeish(d) and not any(m.team for m in c.ms + d.ms):
            continue  # (people named by a faith or nation are no short form: "Muslims", "Sunni Muslims")
        if d.first > c.first and not any(_free_standing(m, text) for m in d.ms):
            continue
        _merge(c, d)


def _join_canonical_forms(clusters: list[_C]) -> None:
    """A name the gazetteer does not list but that is short for an organisation of the gazetteer the
    article names joins it: the end of one of its names ("Independence Party" of "UK Independence
    Party") or the singular of a one-word plural name ("Emmy" of "the Emmys"), when only one
    gazetteer organisation of the article fits."""
    canon = [d for d in clusters if d.ms and d.canon and lex.GAZETTEER[lex.key(d.canon)][1] == "organization"]
    if not canon:
        return
    for c in clusters:
        cw = c.words()
        if c.ms and not c.canon and c.ms[0].label == "DESC":  # "the Conservatives" read as a plural group
            hits = {(lex.lookup(m.text) or ("",))[0] for m in c.ms}
            into = [d for d in canon if hits == {d.canon}]
            if into and all(m.text[:1].isupper() or m.text.lower().startswith("the ") and m.text[4:5].isupper()
                            for m in c.ms):
                _merge(c, into[0])
            continue
        if not c.ms or c.canon or not cw or c.ms[0].label == "KIN" or _strong_person(c) and len(cw) >= 2:
            continue
        fits = []
        for d in canon:
            forms = [_words(n) for n in lex.CANONICAL_NAMES.get(d.canon, [d.canon])]
            if any(len(f) > len(cw) >= 2 and f[-len(cw):] == cw for f in forms) or \
                    any(len(cw) == 1 and f == (cw[0] + "s",) for f in forms) or \
                    all(m.label == "ORG" and m.text.isupper() and is_acronym(m.text, d.ms[0].text) for m in c.ms):
                fits.append(d)  # (an acronym the gazetteer does not list for it: "AC" of "Avon Council")
        if len(fits) == 1:
            _merge(c, fits[0])


def _head_of(form: tuple[str, ...], w: str) -> bool:
    """Is ``w`` the head noun of the name ``form``: the word before its "of" ("Bank of Avonia",
    "Reserve Bank of Avonia") or, in a name without one, its last word ("Reserve Bank")?"""
    if "of" in form[1:]:
        return form[form.index("of", 1) - 1] == w
    return len(form) >= 2 and form[-1] == w


def _join_head_words(clusters: list[_C]) -> None:
    """A word for a kind of body written alone with its capital ("the Bank said", "the Commission
    ruled") joins the one organisation of the article, gazetteer name or not, that it heads ("Bank
    of Avonia", "Reserve Bank of Avonia") among those named before it: it takes up a body already
    introduced. With two such bodies it stays apart; a person's or a place's name never joins."""
    orgs: list[_C] | None = None
    for c in clusters:
        named = [m for m in c.ms if m.label not in ("DESC", "KIN")]
        if not named or c.canon or any(m.label != "ORG" or len(m.words) != 1 for m in named) \
                or len({m.words for m in named}) != 1 or named[0].words[0] not in lex.ORG_NOUNS:
            continue  # (a paper's or a club's last word is no head noun: "Times", "United")
        if _decide_type(c) != "organization":
            continue
        w = named[0].words[0]
        if orgs is None:
            orgs = [d for d in clusters if d.ms and d.ms[0].label not in ("DESC", "KIN")
                    and _decide_type(d) == "organization"]
        targets = [d for d in orgs if d is not c and d.ms and d.first <= c.first and any(
            _head_of(m.words, w) for m in d.ms if m.label not in ("DESC", "KIN") and len(m.words) >= 2)]
        if len(targets) == 1:
            _merge(c, targets[0])


#: A club's nickname -> the names of the clubs that go by it (:data:`lex.CLUB_NICKNAMES`), as words.
_CLUB_NICKNAMES: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    _words(nick): tuple(_words(n) for n in names) for nick, names in lex.CLUB_NICKNAMES.items()}
_NICKNAME_ENDS = frozenset(k[-1] for k in _CLUB_NICKNAMES)


def _join_club_nicknames(clusters: list[_C]) -> None:
    """A club's nickname ("the Gunners", "Pompey") joins the one club of the article that goes by
    it (:data:`_CLUB_NICKNAMES`), read as an organisation; the nickname says nothing of the club's
    type and never becomes its name. A club read as its town joins a nickname written twice, which
    then makes it a club ("Avonford" and "the Avons" twice). With none or two of its clubs named it
    stays apart."""
    for c in clusters:
        if not c.ms or c.canon or not c.ms[0].words or c.ms[0].words[-1] not in _NICKNAME_ENDS:
            continue
        forms = {_words(re.sub(r"^the\s+", "", m.text, flags=re.I)) for m in c.ms}
        if len(forms) != 1 or next(iter(forms)) not in _CLUB_NICKNAMES:
            continue
        clubs = _CLUB_NICKNAMES[next(iter(forms))]
        targets = [d for d in clusters if d is not c and d.ms and not any(m.nick for m in d.ms)
                   and any(_C._core(m.words) in clubs for m in d.ms if m.label not in ("DESC", "KIN"))]
        if len(targets) != 1:
            continue
        # a club named after its town is the town to the tagger ("Avonford"); its nickname twice says which
        as_club = _decide_type(targets[0]) != "organization"
        if as_club and (len(c.ms) < 2 or targets[0].canon or _decide_type(targets[0]) != "place"):
            continue
        for m in c.ms:  # (the tagger's person or place reading of it says nothing)
            m.nick, m.votes, m.label = True, {"organization": 1.0} if as_club else {}, "ORG"
        _merge(c, targets[0])


_LISTED = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:and|&)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)")


#: What a mention's tag and place in the text say of it (its sentence, quotation marks, its part in
#: the clause), which each of two names listed in it shares; the other fields of :class:`_M` say
#: what was found of the name itself, and a half starts without them.
_SHARED_FIELDS = ("label", "para", "sent", "lead", "quoted", "agentive", "speech", "weak", "main", "obj", "loc", "listed", "team")


def _listed_half(m: _M, start: int, end: int, form: str) -> _M:
    """The mention of one of two names listed in ``m``, written ``form`` at ``start``-``end``."""
    return _M(start=start, end=end, text=form, words=_words(form), surface=form, votes=dict(m.votes),
              **{f: getattr(m, f) for f in _SHARED_FIELDS})


def _split_listed_names(order: list[_C], text: str) -> None:
    """Two names the tagger ran into one across "and" ("Real Madrid and Real Sociedad", "Amnesty
    International and Liberty") become two mentions, each joining the cluster of its own name:
    when every word of the name is capitalised (never "Department of Trade and Industry") and
    either the two halves open with the same word or one half is a name the article uses alone."""
    by_words = {c.words(): c for c in order if c.ms and c.ms[0].label not in ("DESC", "KIN")}
    for c in list(order):
        if not c.ms or c.canon or c.ms[0].label in ("DESC", "KIN"):
            continue
        parts = [(m, _LISTED.fullmatch(text[m.start:m.end])) for m in c.ms]
        if not all(p for _, p in parts):
            continue
        m0, p0 = parts[0]
        left, right = _words(p0.group(1)), _words(p0.group(2))
        if not left or not right or not (left[0] == right[0] or
                                          any(w in by_words and by_words[w] is not c for w in (left, right))):
            continue
        for m, p in parts:
            for g in (1, 2):
                form = p.group(g)
                half = _listed_half(m, m.start + p.start(g), m.start + p.end(g), form)
                into = by_words.get(half.words)
                if into is None or into is c:
                    into = by_words[half.words] = _C(ms=[])
                    order.append(into)
                into.ms.append(half)
        c.ms = []


def _hyphen_pair(d: _C, cw: tuple[str, ...]) -> bool:
    """Is ``d`` only ever two names joined by a hyphen, one of them ``cw`` ("the merged Acme-Zenith
    group")? Then ``cw`` is one of the pair, not a short form of it."""
    parts = [tuple(_words(p)) for m in d.ms for p in re.split(r"(?<=\w)[-–](?=[A-Z])", m.text)]
    return all(re.search(r"\w[-–][A-Z]", m.text) for m in d.ms) and cw in parts


def _described_as(d: _C, head: str, text: str) -> int | None:
    """Where the article first calls the organisation ``d`` a ``head`` right before one of its
    names ("the space agency Acme", "media watchdog Acme"); None when it never does."""
    for m in sorted(d.ms, key=lambda m: m.start):
        if m.label not in ("DESC", "KIN") and \
                re.search(r"\b" + re.escape(head) + r" $", text[max(0, m.start - 30):m.start], flags=re.I):
            return m.start
    return None


def _join_descriptions(clusters: list[_C], text: str = "") -> None:
    """Descriptive organisations: "the fund" -> International Monetary Fund; "the campaign" -> the
    Harlow campaign; "the agency" -> the one organisation the article calls an agency ("space
    agency Acme"), else, for an outlet word that acts ("the agency said"), the organisation just
    seen acting; "the firm" -> the article's main company (or, when there is none, the one the
    article calls a firm)."""
    orgs = [c for c in clusters if not c.personish() and c.ms[0].label not in ("DESC", "KIN")
            and (c.votes().get("organization", 0) >= max(c.votes().values(), default=1) or c.canon)]
    for c in clusters:
        if not c.ms or c.ms[0].label != "DESC":
            continue
        bare = [m for m in c.ms if (len(m.words) <= 2 and m.text.lower().startswith("the ")) or _kind_description(m, text)]
        if not bare or c.votes().get("organization", 0) == 0:
            continue
        head = c.ms[0].head
        named_t = [d for d in orgs if d.ms and d.words() and d.words()[-1] == head]
        if not named_t and _head_of_names(orgs, head):  # never "the University" of "the University of X"
            bare = [m for m in bare if not re.match(r"\s+of\s+[A-Z]", text[m.end:m.end + 8])]
            named_t = _head_of_names(orgs, head) if bare else []
        desc_t = [d for d in clusters if d is not c and d.ms and d.ms[0].label == "DESC" and d.ms[0].head == head]
        bound = [(at, d) for d in orgs if d.ms for at in [_described_as(d, head, text)] if at is not None] \
            if not named_t and not desc_t and text else []
        if len(bound) == 1 and not c.ms[0].generic:  # "space agency Acme ... the agency said"
            for m in [m for m in bare if m.start > bound[0][0]]:  # the mentions after it
                c.ms.remove(m)
                bound[0][1].ms.append(m)
            bare = [m for m in bare if m in c.ms]
            if not bare:
                continue
        target = (named_t or desc_t or [None])[0]
        if target is None and head in lex.MEDIA_ROLES:
            for m in bare:  # "Acme said in a release ... the agency noted": the outlet just seen acting
                local = _acting_organisation(clusters, m) if m.agentive else None
                if local is not None and _kind_fits(local, head, text):
                    c.ms.remove(m)
                    local.ms.append(m)
            bare = [m for m in bare if m in c.ms]
            if not c.ms:
                continue
        kind_only = not c.ms[0].generic  # "the mining group": a business, never a public body
        generic = c.ms[0].generic or all(m.generic or _kind_description(m, text) for m in c.ms)
        if target is None and generic:
            for m in [m for m in bare if m.addressee]:
                c.ms.remove(m)  # "he told the group": an audience, not the main organisation
            bare = [m for m in bare if m in c.ms]
            cands = [d for d in (orgs if head not in _BUSINESS_NOUNS else clusters)
                     if d.ms and d.ms[0].label not in ("DESC", "KIN") and not d.canon and len(d.ms) >= 2
                     and not _only_setting(d) and (d in orgs or _decide_type(d) == "organization")
                     and not (kind_only and _public_body(d))]
            # ("the company" may be a name the tagger mostly read otherwise but the article treats as
            # a company; "the bank" only a name read as an organisation)
            target = None if head in lex.MEDIA_ROLES else max(cands, key=lambda d: len(d.ms), default=None)
            if kind_only and target is not None and not all(_named_just_before(target, m, text) for m in bare):
                target = None  # "the mining group" only takes up the main company just named
            for m in bare:  # (no name or description matched: target was None)
                if _after_indefinite(m, text):
                    c.ms.remove(m)  # "sold to a shell company ... The company was then ...": no one named
                    continue
                local = _apposed_organisation(clusters, m, text)
                if local is None and not _main_in_view(target, m, text):
                    local = _antecedent_organisation(clusters, m, target, text) or _acting_organisation(clusters, m)
                    if local is not None and _only_setting(local) and not any(
                            re.match(r"\s+" + re.escape(m.head) + r"\b", text[x.end:x.end + 30]) for x in local.ms):
                        local = None  # ("one of the group" is not the store the family camped outside)
                if local is not None and local is not target and _kind_fits(local, head, text) \
                        and not (kind_only and (_public_body(local) or len(local.ms) < 2)):
                    c.ms.remove(m)
                    local.ms.append(m)
            bare = [m for m in bare if m in c.ms]
            if target is not None and not _kind_fits(target, head, text):
                target = None  # "the company" is never the commission or the ministry the story is about
            if target is None and len(bound) == 1:  # no main company: the one the article calls so
                target = bound[0][1]
                bare = [m for m in bare if m.start > bound[0][0]]
        if target is not None:
            for m in bare:
                c.ms.remove(m)
                target.ms.append(m)
        elif generic and not kind_only:  # (an unresolved "the mining group" is still a body of its own)
            c.ms = []


#: Modifiers that make a company noun name a body related to the one just named, not that body.
_RELATED_BODY = frozenset("parent sister rival partner subsidiary daughter successor predecessor umbrella".split())


def _named_just_before(d: _C, m: _M, text: str) -> bool:
    """Is ``d`` named in the 200 characters of the mention's paragraph before it (the tagger may
    have missed that name there: the text is searched for its forms)?"""
    before = text[max(0, m.start - 200):m.start].split("\n")[-1]
    return any(re.search(r"\b" + re.escape(f) + r"\b", before) for f in {x.text for x in d.ms if x.label not in ("DESC", "KIN")})


def _kind_description(m: _M, text: str) -> bool:
    """A definite description that only adds the kind of business to a generic company noun ("the
    energy firm", "the mining group", also after its nationality or a hyphened epithet: "the Avonian
    oil firm", "the debt-laden dairy company"): it takes up a named body as "the firm" does."""
    if not (m.label == "DESC" and m.head in lex.GENERIC_ORG_HEADS and len(m.words) == 2 and m.text.islower()
            and m.words[0] not in _RELATED_BODY):
        return False
    before = re.search(r"\bthe\s+((?:[\w-]+\s+){0,2})$", text[max(0, m.start - 40):m.start], flags=re.I)
    return before is not None and all(_people_word(w) or re.fullmatch(r"[a-z]+-[a-z]+", w) for w in before.group(1).split())


def _apposed_organisation(clusters: list[_C], m: _M, text: str) -> _C | None:
    """The organisation a description stands in apposition to ("Acme, the company that ...", "Acme,
    the Avonby-based holding company"): the name that ends right before its comma."""
    for d in clusters:
        if d.ms and d.ms[0].label not in ("DESC", "KIN") and _decide_type(d) == "organization":
            for x in d.ms:
                if x.label not in ("DESC", "KIN") and x.end < m.start and x.end + 60 > m.start \
                        and re.fullmatch(r"\s*,\s*(?:the\s+(?:[\w-]+\s+){0,3})?", text[x.end:m.start], flags=re.I):
                    return d
    return None


def _main_in_view(main: _C | None, m: _M, text: str) -> bool:
    """Is the article's main organisation named, not in a quotation, in the description's own
    sentence or the one before, in its paragraph? Then a "the company" that is no subject is about
    it, whatever other body was named nearer (its subsidiary, a buyer, a rival) — unless a name was
    just called by the description's own noun ("Acme's troubled Zeta bank ... the bank's loans")."""
    if re.search(r"\b[A-Z][\w.&'-]*\s+" + re.escape(m.head) + r"\b", text[max(0, m.start - 250):m.start]):
        return False
    return main is not None and not m.agentive and not m.main and any(
        x.label not in ("DESC", "KIN") and not x.quoted and x.para == m.para and m.sent - 1 <= x.sent <= m.sent
        and x.end <= m.start for x in main.ms)


def _only_setting(d: _C) -> bool:
    """Is the organisation only ever a setting or a modifier ("in a Acme parking lot", "an Acme
    employee", "went into the Acme")? Then the story is not about it, and "the group" or "the
    company" left unnamed is not it."""
    return all(m.weak or m.loc for m in d.ms if m.label not in ("DESC", "KIN"))


def _head_of_names(orgs: list[_C], head: str) -> list[_C]:
    """The one organisation whose name opens with the description's head and "of" ("the court"
    -> "Court of Appeal", "the council" -> "Council of Europe")."""
    found = [d for d in orgs if d.ms and len(d.words()) >= 3 and d.words()[0] == head and d.words()[1] == "of"]
    return found if len(found) == 1 else []


#: Last words of the names of public bodies and other bodies that are no business, which "the
#: company" or "the firm" never names.
_PUBLIC_HEADS = frozenset("commission committee council court department ministry government parliament senate "
                          "assembly police party union authority regulator watchdog administration cabinet army "
                          "navy office agency inquiry panel prosecution tribunal association federation chamber "
                          "institute society charity foundation university school hospital museum".split())
#: Description heads that name any business, whatever its name looks like.
_BUSINESS_NOUNS = frozenset({"company", "firm", "group"})
#: Generic heads that can name a public body themselves ("the group", "the organisation").
_PUBLIC_NOUNS = frozenset({"group", "organisation", "organization"})
#: Description heads that only ever mean a news outlet ("the newspaper quoted ...").
_PRESS_HEADS = frozenset("newspaper paper daily tabloid broadsheet magazine broadcaster channel website".split())


def _public_body(d: _C) -> bool:
    """A public body by the last word of its name ("Trade Commission")."""
    w = d.words()
    return bool(w) and w[-1] in _PUBLIC_HEADS


def _outlet_body(d: _C, text: str) -> bool:
    """A news outlet: by its name (:func:`_outlet_name`: "the Daily Courier", "Channel 9") or
    because the article calls it one right before a name ("the newspaper Acme")."""
    return _outlet_name(d.words()) or any(
        _described_as(d, h, text) is not None for h in ("newspaper", "paper", "broadcaster", "magazine"))


def _kind_fits(d: _C, head: str, text: str) -> bool:
    """Whether the description head ``head`` can name the organisation ``d``: a press word only
    an outlet, a company word ("the firm") no public body."""
    if head in _PRESS_HEADS:
        return _outlet_body(d, text)
    return not _outlet_body(d, text) and (head in _PUBLIC_NOUNS or not _public_body(d))


def _after_indefinite(m: _M, text: str) -> bool:
    """A generic description that takes up an unnamed body the article has just brought in with
    the same noun ("sold to a little-known shell company ... The company was then bought"):
    it names none of the organisations listed."""
    return re.search(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}" + re.escape(m.head) + r"\b",
                     text[max(0, m.start - 250):m.start], flags=re.I) is not None


def _antecedent_organisation(clusters: list[_C], m: _M, main: _C | None, text: str) -> _C | None:
    """The organisation a generic "the company" continues, when that is not the article's main
    one: the one named nearest before it in its own or the two sentences before, in its
    paragraph (a press word looks across paragraphs: it only ever takes an outlet) ("a takeover
    of Acme ... of the company"), or, for a description that is the subject, the nearest one
    that was a subject too ("Acme is a steel firm ... The company has ..."; with none, the main
    organisation). Bodies of another kind (a commission for "the company") are never its
    antecedent, and a description that introduces a name ("the group 'Acme Watch'") has none."""
    if m.loc or re.match(r"\s*['\"‘“]?[A-Z]", text[m.end:m.end + 3]):
        return None  # ("money in the bank": a setting, no body)
    subject = m.agentive or m.main
    best: dict[bool, tuple[int, _C]] = {}
    for d in clusters:
        if not d.ms or d.ms[0].label in ("DESC", "KIN") or _decide_type(d) != "organization" \
                or not _kind_fits(d, m.head, text) or all(x.loc for x in d.ms):
            continue  # (a place typed an organisation: "a steel firm in Avonby")
        for x in d.ms:
            if x.label in ("DESC", "KIN") or x.quoted or x.end > m.start or x.sent < m.sent - 2 \
                    or (x.para != m.para and m.head not in _PRESS_HEADS):
                continue
            if x.sent == m.sent and (x.agentive or x.obj) and text[x.end:m.start].strip() != ",":
                continue  # "Acme said the firm must ...": not who speaks or acts on it (but "Acme, the firm that")
            key = bool(x.agentive or x.main) and x.sent < m.sent
            if key not in best or x.start > best[key][0]:
                best[key] = (x.start, d)
    if subject and (True in best or m.head not in _PRESS_HEADS):
        found = best.get(True)  # (a press word has no main outlet to fall back on: the nearest one)
    else:
        found = max(best.values(), key=lambda b: b[0], default=None)
    return None if found is None or found[1] is main else found[1]


def _acting_organisation(clusters: list[_C], m: _M) -> _C | None:
    """The organisation a generic "the company" / "the firm" continues: the last one named earlier
    in its own sentence neither as subject nor object ("In a statement from Acme, the company
    denied ..."), else the last one
    named as the subject of a verb in the two sentences before ("Acme wants lighter rules. The
    company also unveiled ..."), gazetteer names included; None when there is none (the
    article's main company is then the fallback)."""
    best: tuple[tuple[bool, int], _C] | None = None
    for d in clusters:
        if not d.ms or d.ms[0].label in ("DESC", "KIN") or d.personish():
            continue
        if d.canon and d.ms[0].gtype != "organization":
            continue
        if not d.canon and sum(x.label == "ORG" for x in d.ms) < 2:
            continue  # a name the tagger calls an organisation once ("Reed said") is no company
        for x in d.ms:
            if x.label in ("DESC", "KIN") or x.quoted or x.start >= m.start or x.sent < m.sent - 2:
                continue
            if x.sent != m.sent and not x.agentive:
                continue  # earlier sentences: only an organisation that acts
            if x.sent == m.sent and (x.agentive or x.obj):
                continue  # its own: not who speaks or is told of it ("Acme said the firm must ...")
            rank = (x.sent == m.sent, x.start)
            if best is None or rank > best[0]:
                best = (rank, d)
    return best[1] if best else None


def _join_bare_org_words(clusters: list[_C]) -> None:
    """A bare organisation word read as a group ("Police are investigating", "the police") joins
    the one named organisation that ends with it ("Northshire Police"); with two such names it
    stays apart."""
    orgs = [c for c in clusters if c.ms and c.ms[0].label not in ("DESC", "KIN") and not c.personish()
            and len(c.words()) >= 2 and _decide_type(c) == "organization"]
    for c in clusters:
        if not c.ms or c.ms[0].label != "DESC" or (c.votes().get("organization", 0) and c.ms[0].head not in _INSTITUTIONS):
            continue
        head = c.ms[0].head
        if head not in lex.ORG_SUFFIXES:
            continue
        bare = [m for m in c.ms if re.sub(r"^the\s+", "", m.text.lower()) == head]
        targets = [d for d in orgs if d.words()[-1] == head]
        if bare and len(targets) == 1:
            for m in bare:
                c.ms.remove(m)
                m.votes = {}  # the word says nothing of the name's type
                targets[0].ms.append(m)


_CLUB_WORDS = frozenset({"club", "side", "team"})


def _join_club_words(clusters: list[_C]) -> None:
    """"The club" joins the one sports team the article is about: named at least twice, marked as
    a team by its players, fans or a result, and named at least twice as often as any other
    organisation. With two such teams it names neither and is dropped; with none it stays apart."""
    named = [c for c in clusters if c.ms and c.ms[0].label not in ("DESC", "KIN") and not c.canon]
    teams = [c for c in named if len(c.ms) >= 2 and any(m.team >= 2 for m in c.ms) and _decide_type(c) == "organization"]
    if not teams or (len(teams) == 1 and any(len(c.ms) * 2 > len(teams[0].ms) for c in named
                                             if c is not teams[0] and _decide_type(c) == "organization")):
        return  # no club, or none the article is mainly about
    for c in clusters:
        if not c.ms or c.ms[0].label != "DESC" or c.ms[0].head not in _CLUB_WORDS:
            continue
        bare = [m for m in c.ms if m.text.lower() == "the " + m.head]
        for m in bare:
            c.ms.remove(m)
            m.votes = {}  # the word says nothing of the name's type
            if len(teams) == 1:
                teams[0].ms.append(m)
            # (of two clubs, "the club" names neither for sure: no actor of its own either)


def _join_paired_names(order: list[_C], text: str) -> None:
    """Two names the article only ever writes together, "X and Y" (or "X & Y"), at least twice, are the
    two halves of one name the tagger cut at "and" (a book "Angels and Demons", a seat "Avon and
    Westby"): one referent named so, no gazetteer entry of either half."""
    if not text:
        return
    ok = [c for c in order if c.ms and not any(m.label in ("DESC", "KIN", "PEER") for m in c.ms)]
    for c in ok:
        if not c.ms:
            continue
        for d in ok:
            if d is c or not d.ms:
                continue
            firsts, seconds = {m.text for m in c.ms}, {m.text for m in d.ms}
            spans: dict[int, tuple[int, _M]] = {}  # start of "X and Y" -> (its end, the mention to widen)
            for m in c.ms:
                if not text.startswith((" and ", " & "), m.end):
                    break  # (no "and" after it: the usual case, settled before slicing the text)
                hit = next((h for f in seconds for h in [re.match(rf" (?:and|&) {re.escape(f)}\b", text[m.end:])] if h), None)
                if hit is None:
                    break
                spans[m.start] = (m.end + hit.end(), m)
            else:
                for n in d.ms:
                    hit = next((h for f in firsts for h in [re.search(rf"\b{re.escape(f)} (?:and|&) $", text[:n.start])] if h), None)
                    if hit is None:
                        break
                    spans.setdefault(hit.start(), (n.end, n))
                else:
                    if len(spans) < 2 or any(len(re.findall(rf"(?<!\w){re.escape(f)}(?!\w)", text)) != len(spans)
                                             for f in firsts | seconds):
                        continue  # (either half also written alone: "Pal and Chum ... Pal told reporters", two robots)
                    if any(re.search(r"\b[A-Z][\w'’.-]*, $", text[max(0, start - 40):start]) for start in spans):
                        continue  # the last two of a list of names ("with Ann Lee, Pal and Chum"): two bands, two firms
                    joined = []
                    for start, (end, m) in sorted(spans.items()):
                        form = text[start:end]
                        joined.append(replace(m, start=start, end=end, text=form, words=_words(form), surface=form,
                                              canon=None, gtype=None, capital=False, listed=False,
                                              votes={k: x for k, x in m.votes.items() if k != "place"} or m.votes,
                                              work=any(x.work for x in c.ms + d.ms), titled=any(x.titled for x in c.ms + d.ms)))
                    c.ms, c.canon, d.ms = joined, None, []
                    break


def _cluster(mentions: list[_M], text: str = "") -> list[_C]:
    """Mentions grouped into one cluster per referent, by the joining steps in order."""
    order = _group_by_name(mentions)
    _split_listed_names(order, text)
    order = [c for c in order if c.ms]
    _join_paired_names(order, text)
    order = [c for c in order if c.ms]
    named = [c for c in order if c.ms and not c.canon and c.ms[0].label not in ("DESC", "KIN")]
    _split_at_stop_initial(named, text)
    _join_short_person_forms(named)
    named = [c for c in named if c.ms]
    _join_surname_forms(named, text)
    named = [c for c in named if c.ms]
    _join_bare_peerage(named)
    _join_run_on_names(named)
    _join_real_names(named, text)
    named = [c for c in named if c.ms]
    _join_glued_names(named, order, text)
    named = [c for c in named if c.ms]
    _join_organisation_forms(named)
    _join_firm_short_forms(named)
    named = [c for c in named if c.ms]
    _join_adjectival_forms(named, text)
    named = [c for c in named if c.ms]
    _join_organisation_tails(named)
    named = [c for c in named if c.ms]
    _join_team_short_forms(named, text)
    named = [c for c in named if c.ms]
    _join_particle_surnames(named)
    _join_middle_names(named)
    _join_hyphenated_given_names(named)
    named = [c for c in named if c.ms]
    _join_misspelt_forms(named)
    named = [c for c in named if c.ms]
    _join_prefixed_acronyms(named, text)
    named = [c for c in named if c.ms]
    _join_defined_acronyms(named, text)
    clusters = [c for c in order if c.ms]  # gazetteer acronyms spelt out the other way round are canonical already
    _join_canonical_forms(clusters)
    clusters = [c for c in clusters if c.ms]
    _join_spaced_forms(clusters)
    clusters = [c for c in clusters if c.ms]
    _join_head_words(clusters)
    _join_club_nicknames(clusters)
    clusters = [c for c in clusters if c.ms]
    _join_descriptions(clusters, text)
    _join_bare_org_words(clusters)
    _join_club_words(clusters)
    return [c for c in clusters if c.ms]


def _rescan(analysis: Analysis, clusters: list[_C]) -> None:
    parsed = analysis.parsed
    """Find the further occurrences of each multi-word name that NER did not tag."""
    forms: list[tuple[str, _C]] = []
    alone: set[str] = set()  # forms found only where no other capitalised word touches them
    for c in clusters:
        if c.canon or c.ms[0].label in ("DESC", "KIN"):
            continue
        for t in {m.text for m in c.ms if len(m.words) >= 2 and m.label != "PEER"}:
            forms.append((t, c))
    for c in clusters:
        if c.canon:  # a known place or organisation: every form the article already used for it
            for t in {m.text for m in c.ms if m.text[:1].isupper() and len(m.text) >= 2}:
                forms.append((t, c))
        elif any(m.introduced for m in c.ms):
            for t in {m.text for m in c.ms if m.introduced}:
                forms.append((t, c))
        elif c.ms[0].label not in ("DESC", "KIN") and _decide_type(c) == "person":
            singles = [m.text for m in c.ms if len(m.words) == 1 and m.text[:1].isupper()]
            for t in set(singles):
                if singles.count(t) >= 2 and t.lower() not in lex.GIVEN_NAMES:
                    forms.append((t, c))
        elif (c.ms[0].label == "ORG" or any(m.body for m in c.ms)) and _decide_type(c) == "organization":
            # a one-word company NER tagged only now and then ("Yakko spokesman", then "Yakko has ..."), or
            # named once as a body ("games firm Yakko", "chief executive of Yakko") and tagged nothing or not a body after
            for t in {m.text for m in c.ms if len(m.words) == 1 and (m.label == "ORG" or m.body) and len(m.text) >= 3
                      and m.text[:1].isupper() and not m.text.isupper() and m.text.lower() not in lex.GIVEN_NAMES}:
                forms.append((t, c))
                alone.add(t)
    described = {m.text for c in clusters for m in c.ms if m.label in ("DESC", "KIN")}
    seen_forms: dict[str, int] = {}
    for f, c in forms:
        seen_forms[f] = seen_forms.get(f, 0) + 1
    forms = [(f, c) for f, c in forms if seen_forms[f] == 1]  # a form two actors share is ambiguous
    if not forms:
        return
    forms.sort(key=lambda f: -len(f[0]))
    taken = sorted((m.start, m.end) for c in clusters for m in c.ms)
    # (the guards once around the alternation, not around each form: the same matches, half the compile time)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f, _ in forms) + r")(?![\w-])")
    lookup = {}
    for f, c in forms:
        lookup.setdefault(f, c)
    texts = {id(b.doc): b.text for b in analysis.blocks}  # (Block.text is doc.text, made once)
    for pi, pp, sents, base, first in _story_body(parsed):
        doc, off = pp.doc, pp.offset
        for hit in pattern.finditer(texts[id(doc)] if id(doc) in texts else doc.text):
            a, b = off + hit.start(), off + hit.end()
            if any(x < b and a < y for x, y in taken):
                continue
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            if hit.group(0) in alone and any(0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha
                                             for i in (span.start - 1, span.end)):
                continue  # "Grand National", "J P Name": part of another name
            if hit.group(0) in described and span.end < len(doc) and doc[span.end].text[:1].isupper():
                continue  # "the newspaper Daily Planet": the description introduces the name after it
            c = lookup[hit.group(0)]
            k = _sent_of(sents, span.start)
            if _CREDIT.search(sents[k].text):
                continue
            roles, pev = _roles_for(doc, span.start, span.end, set(range(span.start, span.end)))
            m = _found_mention(analysis, span, off, a, b, hit.group(0), c.ms[0].label, pi, base + k,
                               first and k < 2, roles)
            m.pev = pev
            m.weak = _is_modifier(span)
            m.addressee = _is_addressee(span.root)
            m.team = _team_context(span)  # (a club is a club wherever it is named: "a draw with X")
            m.work = _is_work(doc, span.start, span.end)  # "the drug X" where NER missed X: a work still
            m.made = _made_thing(doc, span.start, span.end)
            c.ms.append(m)
            taken.append((a, b))


#: Nouns for a work that only ever mean one before or after its title ("the movie The X", "The X movie").
_TITLE_NOUNS = _WORK_NOUNS & {"film", "movie", "album", "documentary", "sitcom", "musical", "novel", "memoir",
                              "biography", "thriller", "blockbuster", "cartoon", "videogame"}
_TITLE_NOUN_RE = "(?:" + "|".join(sorted(_TITLE_NOUNS)) + ")"


def _titled_in_text(name: str, text: str) -> bool:
    """Is ``name`` written anywhere in the text (where the tagger may have missed it) as a work's title
    with a noun for the work around it: "the movie The X", "his film X", or the title with its own capital
    article before that noun, "The X movie" (not "the Acme film", a maker; not "The X album Y", whose title is Y; not
    "the film Reed directed", a maker in a relative clause)?"""
    n = re.escape(name)
    return bool(re.search(rf"\b{_TITLE_NOUN_RE} (?:The )?{n}\b(?![-'’]\w| [a-z]+ed\b| (?:made|wrote|shot|has|had)\b)", text)
                or re.search(rf"\bThe {n} {_TITLE_NOUN_RE}\b(?! [A-Z])", text))


def _titles_throughout(clusters: list[_C], text: str = "") -> None:
    """A title is a title in every sentence: once the story says a name is a work ("the film X",
    "a role in X", a title NER tagged as one) in a quarter of its mentions, the full name among them,
    its other mentions ("X won three prizes", "X has taken $40m") are the work too, unless something
    marks a person or a known place (a title, an age, a quote, a gazetteer entry). A name the story
    once calls a work with a work noun right before it ("the video game X") is that work wherever
    it is written the same, and so is a name the text writes as a title anywhere (:func:`_titled_in_text`)."""
    for c in clusters:
        titled = [m for m in c.ms if m.titled]
        longest = max(len(m.words) for m in c.ms)
        if c.canon or any(m.pev > 0 or m.speech or m.canon or m.label in ("PEER", "DESC", "KIN")
                          or m.surface != m.text for m in c.ms):
            continue
        if text and not any(m.words and m.words[0] in _FIRST_NAMES for m in c.ms) \
                and any(_titled_in_text(m.text, text) for m in c.ms if len(m.words) == longest):
            # (not "the film Ann Lee made": a person's name after a work noun opens a relative clause)
            for m in c.ms:
                m.work = True
            continue
        if not titled:
            continue
        if 4 * len(titled) >= len(c.ms) and any(len(m.words) == longest for m in titled):
            for m in c.ms:  # (a quarter of the mentions, the full name among them: one misparse is not enough)
                m.work = True
        called = {m.words for m in titled if m.called}
        for m in c.ms:
            if m.words in called:
                m.work = True


def _extend_short_names(analysis: Analysis, clusters: list[_C]) -> None:
    """Name repair: an actor NER only found as one word ("Okafor") whose full name the article
    writes once where NER missed it ("Ada Nneka Okafor, a 40-year-old teacher, ...")
    gets that full mention, with the role and person evidence stated there."""
    singles: dict[str, _C] = {}
    for c in clusters:
        if c.canon or any(len(m.words) != 1 or m.label not in ("PERSON", "ORG", "GPE") for m in c.ms):
            continue
        for m in c.ms:
            singles.setdefault(m.text, c)
    if not singles:
        return
    taken = [(m.start, m.end) for c in clusters for m in c.ms]
    for pi, pp, sents, base, first in _story_body(analysis.parsed):
        doc, off = pp.doc, pp.offset
        for tok in doc:
            c = singles.get(tok.text)
            if c is None or tok.i == 0:
                continue
            s = tok.i
            while s > 0 and s > tok.i - 3 and (doc[s - 1].pos_ == "PROPN" or _misread_with(doc, s - 1, tok)) \
                    and doc[s - 1].text[:1].isupper() \
                    and doc[s - 1].is_alpha and (not doc[s - 1].ent_type_ or _misread_with(doc, s - 1, tok)) \
                    and doc[s - 1].lower_.rstrip(".") not in _TITLED \
                    and doc[s - 1].lower_ not in lex.NAME_STOP_WORDS:
                s -= 1
            if s == tok.i:
                continue
            a, b = off + doc[s].idx, off + tok.idx + len(tok.text)
            inside = [m for m in c.ms if a <= m.start and m.end <= b]  # its own surname, found by the rescan
            if any(x < b and a < y for x, y in taken if not any((m.start, m.end) == (x, y) for m in inside)):
                continue
            roles, pev = _roles_for(doc, s, tok.i + 1, set(range(s, tok.i + 1)))
            misread = _misread_with(doc, s, tok)  # (the tagger's own span: any known given name will do)
            # (so before a surname the tagger reads as a person, one given name no place shares: "Marcel Okafor")
            rare_ok = misread or (s == tok.i - 1 and any(m.label == "PERSON" for m in c.ms)
                                  and lex.lookup(doc[s].text) is None)
            if pev <= 0 and doc[s].lower_ not in (_FIRST_NAMES if rare_ok else lex.GIVEN_NAMES):
                continue  # "Kent Okafor" could be two names run together: only with evidence it is one
            span = doc[s:tok.i + 1]
            k = _sent_of(sents, s)
            m = _found_mention(analysis, span, off, a, b, span.text, "PERSON", pi, base + k, first and k < 2, roles)
            m.pev = pev
            m.votes = {"person": 2.0 + max(0, pev)}
            c.ms = [x for x in c.ms if x not in inside] + [m]
            taken.append((a, b))


#: How often a relative's full name must be written for :func:`_relatives_by_surname` to list them.
RELATIVE_REPEATS = 2


#: Words after which a month's name is a date ("in June", "since May"), not a given name.
_DATE_BEFORE = frozenset("in on since until till by from of last next early late mid before after during".split())


def _month_name(doc: "Doc", k: int) -> bool:
    """Is doc[k] a given name the tagger read as a date ("April Rose Hale said"): a given name the
    lexicon knows, tagged a date, not after a word that makes it one ("in June")?"""
    return doc[k].ent_type_ == "DATE" and doc[k].lower_ in _FIRST_NAMES \
        and not (k > 0 and doc[k - 1].lower_ in _DATE_BEFORE)


def _relatives_by_surname(analysis: Analysis, clusters: list[_C]) -> None:
    """Name repair: a second person who shares a named person's surname, whose full name NER
    missed or read only as the surname ("Tom Reed" beside "Ann Reed", "Ann Lee Reed" beside "Tom
    Reed": a brother, a wife). A run of untagged capitalised proper nouns right before the
    surname, its first word not a word of the known person's names, nor a title or a name's stop
    word, written at least :data:`RELATIVE_REPEATS` times, its first word a given name or a
    person's marks (an age, a post) stated at one of them, is a person of their own: the known
    person's bare surname inside it moves to them. Bare surnames elsewhere stay where they were."""
    persons: dict[str, list[_C]] = {}
    for c in clusters:
        if c.canon or not c.ms or c.ms[0].label in ("DESC", "KIN") or _decide_type(c) != "person":
            continue
        for w in {m.words[-1] for m in c.ms if m.label == "PERSON" and len(m.words) >= 2}:
            persons.setdefault(w, []).append(c)
    if not persons:
        return
    found: dict[tuple[str, ...], list] = {}
    for pi, pp, sents, base, first in _story_body(analysis.parsed):
        doc = pp.doc
        for tok in doc:
            if tok.lower_ not in persons or tok.i == 0 or not tok.text[:1].isupper():
                continue
            s = tok.i
            while s > 0 and s > tok.i - 3 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].text[:1].isupper() \
                    and doc[s - 1].is_alpha and (not doc[s - 1].ent_type_ or _month_name(doc, s - 1)
                                                 or _misread_with(doc, s - 1, tok)) \
                    and doc[s - 1].lower_.rstrip(".") not in _TITLED and doc[s - 1].lower_ not in lex.NAME_STOP_WORDS:
                s -= 1  # (the relative's full name the tagger read as a product or a work: "Tom Reed" one entity)
            if s == tok.i:
                continue
            words = tuple(t.lower_ for t in doc[s:tok.i + 1])
            names = {w for c in persons[tok.lower_] for m in c.ms for w in m.words}
            if words[0] in names:
                continue  # the known person's own form ("Tom Reed", "Tom Avery Reed")
            found.setdefault(words, []).append((pi, pp, sents, base, first, doc[s:tok.i + 1]))
    for words, hits in found.items():
        if len(hits) < RELATIVE_REPEATS:
            continue
        made: list[_M] = []
        for pi, pp, sents, base, first, span in hits:
            off = pp.offset
            a, b = off + span.start_char, off + span.end_char
            k = _sent_of(sents, span.start)
            roles, pev = _roles_for(span.doc, span.start, span.end, set(range(span.start, span.end)))
            m = _found_mention(analysis, span, off, a, b, span.text, "PERSON", pi, base + k, first and k < 2, roles)
            m.pev = pev
            m.votes = {"person": 2.0 + max(0, pev)}
            made.append(m)
        if words[0] not in _FIRST_NAMES and not any(m.pev > 0 for m in made):
            continue  # "Avonford Reed" may be a place's or a firm's word run in: only with a person's marks
        spans = [(m.start, m.end) for m in made]
        for c in clusters:
            c.ms = [x for x in c.ms if not any(a <= x.start and x.end <= b for a, b in spans)]
        clusters.append(_C(ms=made))
    clusters[:] = [c for c in clusters if c.ms]


def _misread_with(doc: "Doc", k: int, tok: "Token") -> bool:
    """Is the word ``k`` in one entity with ``tok`` that the tagger gave a label no actor has
    ("Ann Okafor" read as a work of art): the full name, misread, not another name?"""
    return doc[k].ent_type_ == tok.ent_type_ and tok.ent_type_ not in ENT_LABELS and tok.ent_iob_ == "I"


def _person_read_plural(span: "Span") -> bool:
    """Two words the tagger read as a person's name whose surname it tags a plural ("Ann Sellers"):
    no "the" before them, no club's last word, no team's use, and a first word that is no place
    ("Avonford Panthers") or body's first word ("Air X"): a person's given name and surname, not a
    team or a firm."""
    doc, first = span.doc, span[0]
    if (span.start > 0 and doc[span.start - 1].lower_ == "the") or span[-1].lower_ in _CLUB_SUFFIXES \
            or _team_context(span):
        return False  # "the Avonford Panthers", "Harbour Rovers", "X beat Y"
    return first.is_alpha and first.is_title and first.lower_ not in _ORG_PREFIXES and lex.lookup(first.text) is None


def _given_name_form(span: "Span") -> bool:
    """A span that can start with a given name: written in title case ("GARLAND STEPS ASIDE" is a
    headline in capitals) and not a possessive ("Lloyd's of London" is a firm)."""
    return not span[0].is_upper and span[1].tag_ != "POS" and span[1].text not in ("'s", "’s")


def _decide_type(c: _C) -> str:
    typ = _decide_type_by_votes(c)
    team = [m.team for m in c.ms if m.team]
    if typ == "place" and team and (max(team) >= 2 or (len(team) >= 2 and c.canon not in _COUNTRY_SET)):
        return "organization"  # a club or a national side named by its place: "X striker", "beat X" twice
    if typ == "person" and sum(team) >= 3 and all(len(m.words) == 1 and m.pev <= 0 for m in c.ms):
        return "organization"  # a club NER took for a surname: "the X striker", "lost to X"
    return typ


def _retype(c: _C, typ: str, sporty: bool, text: str) -> str:
    """The type :func:`_decide_type` gave, corrected by what all the referent's mentions and
    their contexts say beyond the tagger's label: a name holding a word for a body is no person
    ("Avon Department of Public Safety, who ..."); a lone word with no person evidence, used as a
    setting twice ("in X") or named as a county ("-shire"), is a place, and so is a name the
    article calls one ("the town of X", "from X, Avonshire"); a name given a person's role or
    position right before it ("anti-war campaigner X", "City forward X") is a person; in a story
    about clubs, a place that plays ("beat X", "X City will host ...") is a club, and so is a place,
    or a name only the tagger read as a person's, scored as a side ("X 17-28 Y")."""
    if (typ == "place" or (typ == "person" and _unmarked_person(c) and not any(m.roles for m in c.ms))) \
            and _scored_side([m for m in c.ms if m.label in ENT_LABELS], text):
        return "organization"  # (a person only by the tagger's label: "Avonford 19-20 Westby", "Westby had led 20-6")
    if typ == "place" and sporty and sum(1 for m in c.ms if m.team) >= 2:
        return "organization"  # a country beaten and played in a story about sides ("defeat by X", "beat X"): its side
    if typ == "place" and sporty and (c.canon in _COUNTRY_SET or " ".join(c.words()) in _HOME_NATION_NAMES) \
            and any(_played(m, text) for m in c.ms) and not any(m.loc or m.nat for m in c.ms):
        return "organization"  # a country played once and never a setting there ("the win over X"): its side
    if c.canon:
        return typ
    named = [m for m in c.ms if m.label not in ("DESC", "KIN", "PEER")]
    if not named:
        return typ
    if typ in ("person", "organization") and _unmarked_person(c) and \
            any(" ".join(m.words) in _OUTLETS or m.words[:1] and m.words[0] in _OUTLETS for m in named):
        return "organization"  # "Perry told the Courier" (or "Courier Sport"): an outlet's name, a person's by no title, age or role
    if typ == "organization" and _only_a_setting(c, named):
        return "place"
    if typ == "person" and _body_named(named):
        return "organization"
    if typ == "person" and _body_word(c, named):
        return "organization"
    if typ in ("person", "place") and _firms_kind_before(c, named, text):
        return "organization"
    if typ == "place" and _place_described_as_body(c, named):
        return "organization"
    if typ == "person" and _setting_word(c, named):
        return "place"
    if typ in ("person", "organization") and _place_by_context(c, named, text):
        return "place"
    if typ in ("organization", "place") and _person_by_role(c, named, text):
        return "person"
    if typ == "organization" and _person_by_pronoun(c, named):
        return "person"
    if typ == "place" and sporty and _club_by_use(c, named):
        return "organization"
    if typ in ("person", "place") and sporty and _listed_club(c, named):
        return "organization"
    if typ == "person" and sporty and _club_by_governor(c, named):
        return "organization"
    if typ == "organization" and _market_place(c, named):
        return "place"
    if typ == "person" and _body_by_role(c, named):
        return "organization"
    return typ


#: A preposition a side is played or beaten by ("against", "over") and a game or result before it.
_PLAYED_PREP = re.compile(r"\b(?:against|over|past|with|to|by)\s+$")
_PLAYED_BEFORE = re.compile(r"\b(?:win|victory|defeat|clash|game|match|tie|fixture|draw|triumph|loss|lost|beaten|eased|"
                            r"cruised|swept)\s+(?:against|over|past|with|to|by)\s+$")


def _played(m: _M, text: str) -> bool:
    """Is the mention a side played: by its players or a score (team 2), or by a result whose preposition
    follows a game or a result ("the win over X", "a clash against X"), not any "against X" ("sanctions
    against X")?"""
    if m.team >= 2:
        return True
    before = text[max(0, m.start - 40):m.start]
    return m.team == 1 and (not _PLAYED_PREP.search(before) or bool(_PLAYED_BEFORE.search(before)))


def _scored_side(named: list[_M], text: str) -> bool:
    """A place named anywhere in the article, tagged or not, as a side of a score line or a fixture
    ("X 17-28 Y" in a headline, "Y 3-1 X", "X v Y"): the team, not the place. The whole name only
    ("City" is not a side in "Avonford City 2-0 Y")."""
    for form in {m.text for m in named if m.text[:1].isupper()}:
        side = rf"(?<![\w'’.-])(?<!(?-i:[A-Z])[\w'’.-] )(?<!(?-i:[A-Z])[\w'’.-]{{2}} ){re.escape(form)}(?!\w|['’-]\w| (?-i:[A-Z]))"
        other = r"(?-i:[A-Z])[\w'’.-]*"
        if re.search(side + r"\s+" + _SCORE + r"\s+" + other, text) or re.search(other + r"\s+" + _SCORE + r"\s+" + side, text):
            return True
        for hit in re.finditer(rf"{side}\s+(?:v|vs|versus)\.?\s+{other}|{other}\s+(?:v|vs|versus)\.?\s+{side}", text):
            line = text[text.rfind("\n", 0, hit.start()) + 1:]
            if not _COURT_WORDS.search(line.split("\n", 1)[0]):
                return True
    return False


def _role_head(text: str) -> str:
    """The head of a stated role: its last word before a preposition ("daily of the region" -> "daily")."""
    words = re.findall(r"[\w'’-]+", text.lower())
    k = next((k for k, w in enumerate(words) if w in _HEAD_ENDS), len(words))
    return words[k - 1] if k > 0 else ""


def _body_by_role(c: _C, named: list[_M]) -> bool:
    """A name the tagger read as a person's that the article describes only as a body ("X, a daily
    newspaper in Avonia", "Avonian daily X"): every role stated for it heads on an organisation's
    noun or kind, and no title, age, given name or personal pronoun says a person."""
    if any(m.pev > 0 or m.label in ("PEER", "KIN") or m.own for m in c.ms):
        return False
    if (any(m.cue for m in c.ms)
            or any(m.words and m.words[0] in _FIRST_NAMES and m.words[0] not in _SURNAME_PARTICLES for m in named)) \
            and not _apposed_body(c):
        return False  # (a particle is no given name: "Le" of "Le Matin" is on the rarer list)
    described = [m for m in c.ms if any(r[3] != "of" and not (m.quoted and r[3] == "cop") for r in m.roles)]
    heads = [_role_head(r[2]) for m in described for r in m.roles if r[3] != "of" and not (m.quoted and r[3] == "cop")]
    # the description is how the article presents it: in a third of its mentions or more
    return bool(heads) and 3 * len(described) >= len(named) \
        and all(h and (_org_noun(h) or _org_kind(h) or h in _PRESS_HEADS) and not _human_word(h) for h in heads)


def _place_described_as_body(c: _C, named: list[_M]) -> bool:
    """A name the tagger read as a place, unknown to the gazetteer, that the article describes as a
    body where it is no setting ("Avonian brewer X", "X, the country's biggest internet supplier"),
    by the test of :func:`_body_by_role` or an apposition naming a body ("X, a Westby-based company,"):
    a firm, not a place. Never a name after the description ("the statistics office, X"): often a second
    name of a body the article names."""
    if any(lex.lookup(m.text) for m in named) or any(m.loc and m.roles or any(r[3] == "lapp" for r in m.roles)
                                                    for m in named):
        return False  # (a setting's apposition may be the next clause's subject: "In X, the firm said")
    return _body_by_role(c, named) or _apposed_body(c)


def _apposed_body(c: _C) -> bool:
    """Does an apposition call the name a body in so many words ("X - an estate company -", "X, the
    official news agency,")? Then a given name in it ("Richard X") or its speaking says no person."""
    return any(r[3] == "rapp" and _role_head(r[2]) in lex.ORG_NOUNS and not _human_word(_role_head(r[2]))
               and not _role_head(r[2]).endswith(("er", "or", "ist"))  # ("publisher of X" may be a person)
               for m in c.ms for r in m.roles)


def _only_a_setting(c: _C, named: list[_M]) -> bool:
    """A name the tagger reads as a place at least as often as a body's, written only as a
    setting ("applications from X", "in X, the firm is fighting ..."): nothing it does, says or
    owns, no team, no body noun before it, and no word for a body in its name, so a place."""
    places = sum(1 for m in named if m.label in ("GPE", "LOC"))
    if not places or places < sum(1 for m in named if m.label == "ORG"):
        return False
    return all(m.loc and not (m.speech or m.orgmark or m.body or m.team or m.main or m.agentive or m.pev > 0)
               for m in named) and not any(w in lex.ORG_SUFFIXES for m in named for w in m.words)


#: Nouns a place names a market by ("Tokyo shares", "London stocks"): the city's market, not a firm's.
_MARKET_NOUNS = frozenset("share shares stock stocks market markets bourse index".split())


def _market_place(c: _C, named: list[_M]) -> bool:
    """A name the tagger reads as a place that is organised only by what it modifies, a market's
    noun ("Tokyo shares rose"): a city, whose market it names, not a firm. Every mention a place's
    label and a modifier or a setting; none speaks, nor acts, nor marks a body otherwise."""
    return all(m.label in ("GPE", "LOC") and (m.weak or m.loc) and not (m.speech or m.body or m.team)
               and (not m.orgmark or m.gov in _MARKET_NOUNS) for m in named) \
        and any(m.orgmark and m.gov in _MARKET_NOUNS for m in named) and not any(m.pev > 0 for m in c.ms)


#: Words a lone club name governs in a sports story that no player's surname does: a transfer
#: ("joins X", "X have signed"), the club's site or ground, its box or net ("X's box").
_CLUB_GOVERNORS = frozenset("join sign website ground stadium box net".split())


def _club_by_governor(c: _C, named: list[_M]) -> bool:
    """In a story about clubs, a one-word name that is a person by the tagger's label alone (no
    title, age, role, given name or use as a person, and it never speaks) that someone joins or
    signs for, or whose website, ground, box or net is named: a club ("joins X", "X's website")."""
    if not _unmarked_person(c) or any(len(m.words) != 1 or m.speech or m.roles for m in named):
        return False
    return any(m.gov in _CLUB_GOVERNORS for m in named)


def _body_word(c: _C, named: list[_M]) -> bool:
    """A lone word the tagger read as a person's name that is a body's: an acronym named twice
    ("the AAFA said", three capitals or more) or a name with a spokesperson ("an Avcom spokeswoman"), with no
    title, age, role, given name or use as a person anywhere."""
    if not _unmarked_person(c) or any(len(m.words) != 1 for m in named):
        return False
    return len(named) >= 2 and all(len(m.text) >= 3 and m.text.isalpha() and m.text.isupper() for m in named) \
        or any(m.gov in lex.SPOKESPEOPLE for m in named)  # (one capitalised word once may be a thing: "the XYZ system")


#: Plural nouns for kinds of firm or club written right before one name ("auditors X", "footwear
#: specialists X"): the name is a body, for a person would take the singular.
_FIRM_KINDS = frozenset("auditors specialists analysts consultants advisers brokers producers makers manufacturers "
                        "retailers housebuilders suppliers distributors publishers insurers lenders bookmakers "
                        "brewers rivals giants".split())
_KIND_BEFORE = re.compile(r"(?:^|[^\w'’-])([a-z]+s) $")
#: Another name coordinated with the first ("makers X and Y", "rivals X, Y"): the plural may be theirs.
_NAME_AFTER = re.compile(r"^(?:,|\s+(?:and|or|&)\s+[A-Z])")


def _firms_kind_before(c: _C, named: list[_M], text: str) -> bool:
    """A name the tagger read as a person's or a place's (none the gazetteer knows), with no title
    or age of a person, that a plural kind of firm stands right before, the name alone ("auditors
    X had approved", "footwear specialists X and ..."): a firm or club."""
    if any(m.pev > 0 or m.label in ("PEER", "KIN") or m.cue for m in c.ms):
        return False
    for m in named:
        kind = _KIND_BEFORE.search(text[max(0, m.start - 30):m.start])
        if kind and kind.group(1) in _FIRM_KINDS and not _NAME_AFTER.match(text[m.end:m.end + 8]):
            return True
    return False


def _body_named(named: list[_M]) -> bool:
    """Every form of the name is two words or more with a word only bodies have in it after the
    first ("Avon Department of Public Safety", "Harbour Trust"), none opening with a given name
    or carrying a title."""
    return all(len(m.words) >= 2 and m.label != "PERSON" and m.words[0] not in _FIRST_NAMES
               and any(w in lex.ORG_SUFFIXES or w in lex.ORG_NOUNS for w in m.words[1:]) for m in named) \
        and not any(m.surface != m.text for m in named)


_PLACE_OF = re.compile(r"\b(?:city|town|village|state|province|county|region|district|suburb|island|port) of $", re.I)
_IN_PLACE = re.compile(r"^, ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def _place_by_context(c: _C, named: list[_M], text: str) -> bool:
    """A name the article calls a place outright ("the state of X", "the town of X") or writes
    before the place it is in ("from X, Avonshire"), with nothing that marks a person or a body."""
    if any(m.orgmark or m.body or m.team or m.work or m.roles or m.pev > 0 or m.cue for m in c.ms):
        return False
    for m in named:
        if _PLACE_OF.search(text[max(0, m.start - 20):m.start]):
            return True
        after = _IN_PLACE.match(text[m.end:m.end + 40])
        if after and m.loc and (after.group(1).endswith("shire") or (lex.lookup(after.group(1)) or ("", ""))[1] == "place"):
            return True
    return False


def _setting_word(c: _C, named: list[_M]) -> bool:
    """A one-word name with no person evidence beyond the tagger (no title, age, role or use as a
    person) that is a county ("-shire"), or that never speaks and is written as a setting more than
    once ("in X", "the city of X"; a given name too: "Duncan" is also a town)."""
    if any(len(m.words) != 1 or m.pev > 0 or m.cue or m.roles for m in named):
        return False
    if named[0].words[0].endswith("shire") and len(named[0].words[0]) > 6:
        return True
    return not any(m.speech for m in named) and sum(1 for m in named if m.votes.get("place", 0) >= 2 or m.loc) >= 2


#: Words for a kind of person or a player's position that, right before a name, say it is a person's.
_PERSON_BEFORE = (lex.PERSON_ROLES | lex.HUMAN_NOUNS | _TEAM_MARKS) - {
    "fans", "supporters", "side", "squad", "bench", "dugout", "shirt", "jersey", "players", "team-mates", "teammates",
    "team", "club", "group", "band", "firm", "company"}


def _person_by_role(c: _C, named: list[_M], text: str) -> bool:
    """A name given a person's role right before it ("anti-war campaigner X", "City forward X"),
    with nothing that marks a body (no "X shares", "the band X", team use)."""
    if any(m.orgmark or m.body or m.team or m.work or m.thing for m in c.ms):
        return False
    if any(m.votes.get("organization", 0) >= 3 for m in named):
        return False
    for m in named:  # the role word a noun: after a name, a determiner, a possessive or a compound ("who host X" is a verb)
        before = re.search(r"(?:^|(\S+) )([a-z][a-z-]+) $", text[max(0, m.start - 40):m.start])
        if before and before.group(2) in _PERSON_BEFORE and not _org_whole(before.group(2)) and before.group(1) \
                and not _either_role([before.group(1).lower(), before.group(2)]) \
                and (before.group(1)[:1].isupper() or before.group(1).lower() in _DETS or "-" in before.group(1)
                     or before.group(1).endswith(("'s", "’s"))):
            return True
    for m in named:
        for r in m.roles:
            low = re.findall(r"[a-z'’-]+", r[2].lower())
            if r[3] == "pre" and 0 < len(low) <= 4 and low[-1] in lex.PERSON_ROLES and low[-1] not in lex.ORG_NOUNS \
                    and not _org_whole(low[-1]) and not _either_role(low):
                return True
    return _person_by_description(named)


#: Roles the article states of a name in its own clause: an apposition ("X, a chemistry lecturer,
#: said", "his son, X,") or a copula ("X is a reporter for ...").
_DESCRIBING = frozenset({"rapp", "lapp", "cop"})
#: Where a described role's first noun phrase ends ("reporter for the ...", "lecturer and a member of ...").
_ROLE_TAIL = re.compile(r"\s(?:of|for|at|with|in|on|from|to|and|or|who|whose|which|that)\s")


def _person_by_description(named: list[_M]) -> bool:
    """A name the article itself describes as a kind of person, in an apposition or after "is"
    ("X, a retired chemistry lecturer, said", "X is a Riverton-based reporter"), its head word a
    person's post or kind, nowhere a body's: a person, whatever the tagger's label. Twice, or
    once by a name that is never written as a setting ("in X")."""
    said = 0
    for m in named:
        if m.quoted:
            continue
        for r in m.roles:
            if r[3] not in _DESCRIBING:
                continue
            parts = _ROLE_TAIL.split(r[2].lower())  # a left apposition ends at the name: its last phrase
            low = re.findall(r"[a-z][a-z'’-]*", parts[-1] if r[3] == "lapp" else parts[0])
            head = low[-1] if low else ""
            if 0 < len(low) <= 6 and (head in lex.PERSON_ROLES or head in lex.HUMAN_NOUNS or head in lex.ROLE_JOBS) \
                    and not _org_whole(head) and head not in lex.ORG_KINDS:
                said += 1
                break
    return said >= 2 or (said == 1 and not any(m.loc for m in named))


def _person_by_pronoun(c: _C, named: list[_M]) -> bool:
    """A name only the tagger calls an organisation (no word or mark of a body in any mention, one
    vote a mention) that a personal pronoun takes up ("X picked up her first award", "X could
    reconsider his future"): a person. Bodies take "its" or "their"."""
    if not any(m.own for m in named) or any(m.label == "DESC" for m in c.ms):
        return False
    if any(m.orgmark or m.body or m.work or m.titled or m.made or m.thing or m.canon or m.team >= 2
           or m.votes.get("organization", 0) > 1 or m.label not in ("ORG", "PERSON") for m in named):
        return False
    return not any(w in lex.ORG_SUFFIXES or w in lex.ORG_NOUNS or w in lex.PLACE_SUFFIXES or w in _ORG_PREFIXES
                   for m in named for w in m.words)


_COUNTRY_WORDS = frozenset(_words(x) for x in lex.COUNTRIES)
#: National sides keep the type :func:`_decide_type` gives them (a country is a place unless its players say it plays).
_HOME_NATION_NAMES = frozenset({"england", "scotland", "wales", "ireland", "britain"})


def _club_by_use(c: _C, named: list[_M]) -> bool:
    """In a story about clubs, a place named as one that plays ("a draw with X" and "beat X", "X
    striker") or with a club's name shape ("X City", "X County" as the subject of a verb)."""
    if any(m.canon for m in c.ms) or any(m.words in _COUNTRY_WORDS or m.words[-1] in _HOME_NATION_NAMES for m in named):
        return False
    if any(m.team for m in c.ms) and (any(m.team >= 2 or m.label not in ("GPE", "LOC") for m in c.ms)
                                      or 3 * sum(1 for m in c.ms if m.team) >= len(c.ms)):
        return True  # (one result, "lost X", among many mentions the tagger reads only as a place: a state
        # in an election story)
    return any(len(m.words) == 2 and m.words[-1] in ("city", "county", "villa", "athletic", "rovers", "wanderers",
                                                     "albion", "united") and m.main for m in named)


#: Every name a club goes by in the lexicon's club list ("Aston Villa", "Newcastle"), as words.
_CLUB_NAMES = frozenset(n for names in _CLUB_NICKNAMES.values() for n in names)


def _listed_club(c: _C, named: list[_M]) -> bool:
    """In a story about clubs, a name the club list knows, every form of it ("against Aston Villa",
    "Newcastle then had ..."), with no title, age, role or given name saying a person: the club."""
    return all(m.words in _CLUB_NAMES for m in named) and _unmarked_person(c) and not any(m.roles for m in named)


def _decide_type_by_votes(c: _C) -> str:
    if c.canon:
        return lex.GAZETTEER[lex.key(c.canon)][1]
    v = c.votes()
    if any(m.orgmark for m in c.ms) and (v.get("place", 0) >= v.get("person", 0) or _unmarked_person(c)) and \
            not any(len(m.words) >= 2 and m.words[-1] in lex.PLACE_SUFFIXES for m in c.ms):
        return "organization"  # "X shares", "X striker": a firm or a club, whatever NER said
    if v.get("place", 0) > v.get("organization", 0) and all(m.label in ("GPE", "LOC", "FAC") for m in c.ms) and \
            any(m.votes.get("organization", 0) >= 3 for m in c.ms) and \
            not any(len(m.words) >= 2 and m.words[-1] in lex.PLACE_SUFFIXES for m in c.ms):
        return "organization"  # a place name no gazetteer knows that is owned or traded: "Harbour-owned X"
    if c.ms and min(c.ms, key=lambda m: m.start).body and not any(m.pev >= 3 for m in c.ms):
        return "organization"  # introduced as a body ("the band X", "charity X"); no title or age says a person
    if _spelt_out_body(c, [m.text for m in c.ms if m.label == "ORG" and len(m.words) == 1 and m.text.isupper()]):
        return "organization"  # a body's name and its acronym ("Avon Medical Fellowship", "AMF"), whatever it opens with
    if _person_by_use(c):
        return "person"
    multi_person = any(m.label == "PERSON" and len(m.words) >= 2 for m in c.ms)
    given = any(len(m.words) >= 2 and m.words[0] in lex.GIVEN_NAMES and m.label not in ("DESC", "KIN")
                and m.votes.get("organization", 0) < 3 and not (m.words[-1].endswith("s") and m.label != "PERSON")
                for m in c.ms)
    org_suffix = any(len(m.words) >= 2 and (m.words[-1] in lex.ORG_SUFFIXES or m.words[-1] in lex.PLACE_SUFFIXES)
                     for m in c.ms if m.label not in ("DESC", "KIN"))
    strong_org = any(m.votes.get("organization", 0) >= 3 for m in c.ms if m.label not in ("DESC", "KIN"))
    if (multi_person or given) and not org_suffix and not strong_org and v.get("person", 0) > 0:
        return "person"
    if not v.get("person") and _person_by_given_name(c):
        return "person"  # "Carly Reed wrote ...": a given name and a surname, a body's only by the tagger's label
    if _person_by_evidence(c):
        return "person"  # "Avonia international X ... X said ... X added": labels, one vote a mention, say no more
    if not multi_person and v.get("person") and all(len(m.words) == 1 for m in c.ms if m.label != "PEER"):
        # a lone capitalised word is a person only with some evidence beyond NER
        ner = sum(1 for m in c.ms if m.label == "PERSON")
        ev = v.get("person", 0) - ner
        if ev <= 0 and any(m.label != "PERSON" for m in c.ms):
            v["person"] = ner * 0.5
    if not v:
        return "organization"
    return max(sorted(v), key=lambda k: v[k])


def _person_by_given_name(c: _C) -> bool:
    """A name the tagger labelled an organisation's that opens with a given name and reads as a
    person's ("Carly Reed"), with nothing else saying a body: every mention labelled so, with no
    vote but that label's, no mark, kind noun, work, team or gazetteer entry, no role but a person's,
    and every longer form two person-shaped words, a given name first and no plural last ("Kaiser Chiefs")."""
    named = [m for m in c.ms if m.label not in ("DESC", "KIN", "PEER")]
    if not named or any(m.label != "ORG" or set(m.votes) - {"organization"} or m.votes.get("organization", 0) > 1
                        or m.orgmark or m.body or m.work or m.made or m.thing or m.team or m.canon for m in named):
        return False
    full = [m for m in named if len(m.words) >= 2]
    return bool(full) and all(len(m.words) == 2 and _person_shaped(m) and m.words[0] in _FIRST_NAMES
                              and not m.words[-1].endswith("s") for m in full) \
        and all(_human_word(_role_head(r[2])) for m in named for r in m.roles if r[3] != "of")


def _person_by_evidence(c: _C) -> bool:
    """A name the tagger labelled an organisation's at most mentions that a title, role, age or
    clause at one mention says is a person's ("Avonia international X", "X, 45,"): those labels,
    one vote a mention, outnumber the evidence but add nothing to it. Only with no other word for a
    body (no mark, kind noun, work, team, place or gazetteer entry), no use as a modifier (a brand's:
    "the faulty Westby part") and person-shaped names. An apposition after the name is no evidence
    here: after a body's name it is often the next clause misread ("from Westby, the firm's chief
    Ann Lee said", "at the Westby Open, a player was banned")."""
    named = [m for m in c.ms if m.label not in ("DESC", "KIN", "PEER")]
    if not named or _thing_like(c.ms) or not any(m.pev >= 2 and not any(r[3] == "rapp" for r in m.roles)
                                                 for m in named) \
            or any(m.label not in ("ORG", "PERSON") or m.votes.get("organization", 0) > 1 or m.votes.get("place")
                   or m.orgmark or m.body or m.work or m.made or m.thing or m.team or m.canon or m.nick or m.weak
                   for m in named):
        return False
    return all(_person_shaped(m) if len(m.words) >= 2 else
               (m.text[:1].isupper() and m.text[1:2].islower() and m.words[0] not in lex.ORG_NOUNS)
               for m in named)


def _unmarked_person(c: _C) -> bool:
    """Is a referent a person only by the tagger's label: no title, age or role, and no mention
    opening with a given name? Then a mark only organisations have ("X's shareholders") outweighs it."""
    return not any(m.pev > 0 or m.label in ("PEER", "KIN") or m.cue for m in c.ms) and \
        not any(m.words and m.words[0] in _FIRST_NAMES for m in c.ms if m.label not in ("DESC", "KIN"))


def _person_shaped(m: _M) -> bool:
    """Two or three capitalised words with no mark of an organisation or place in them."""
    words = m.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    low = [w.lower().strip(".,'’") for w in words]
    return not (m.orgmark or m.body or m.work or m.canon or m.votes.get("organization", 0) >= 3
                or low[0] in _ORG_PREFIXES or low[-1] in lex.ORG_SUFFIXES or low[-1] in lex.PLACE_SUFFIXES
                or any(w in lex.ORG_NOUNS or w in lex.GROUP_HEADS for w in low))


def _person_by_use(c: _C) -> bool:
    """A full name whose given name no list knows ("Ngozi Adebayo") is a person when its mentions
    use it as one: listed with full personal names, or a speaker then called "he"/"she" (titles, ages and roles are votes already);
    never with a mark of an organisation in the name or a word of the article for one."""
    named = [m for m in c.ms if m.label not in ("DESC", "KIN", "PEER")]
    if not named or not any(_person_shaped(m) for m in named):
        return False
    if any(len(m.words) >= 2 and not _person_shaped(m) for m in named) or _thing_like(c.ms):
        return False
    # only the tagger's label may say organisation: any word of the article for one ("the group") wins
    ner_org = sum(1.0 for m in c.ms if TYPES.get(m.label) == "organization")
    # and the use is no aside: a third of its mentions or more ("Ann Lee and X" once, in a long piece
    # about the band X, says little)
    return c.votes().get("organization", 0) <= ner_org and 3 * sum(1 for m in named if m.cue) >= len(named) > 0


def _display_name(c: _C, typ: str) -> str:
    if c.canon:
        return c.canon
    ms = [m for m in c.ms if m.label not in ("DESC", "KIN") and not m.nick] or c.ms
    written = Counter(m.text for m in ms)
    if typ == "person":
        best = max(ms, key=lambda m: (len(_C._core(m.words)), len(m.words) if m.label == "PEER" else 0,
                                      written[m.text], -m.start))
        return best.text
    if ms[0].label in ("DESC", "KIN"):
        counts: dict[str, int] = {}
        for m in ms:
            counts[m.text.lower()] = counts.get(m.text.lower(), 0) + 1
        best = max(ms, key=lambda m: (counts[m.text.lower()], len(m.words) > 1, -m.start))
        text = best.text
        national = [m for m in ms if m.nation and m.text.lower() == text.lower()]
        if national and (min(ms, key=lambda m: m.start).nation or 2 * sum(1 for m in ms if m.nation) > len(ms)):
            # "European leaders ... the leaders": the group as the article first or mostly names it
            # (not "Insurers ... most US insurers", nor "Authorities in Westby said ... Avonian authorities")
            nations = Counter(m.nation for m in national)
            best = max(national, key=lambda m: (nations[m.nation], -m.start))
            text = f"{best.nation} {best.text}"
        return text[0].upper() + text[1:] if not text.lower().startswith(("the ", "my ", "our ")) else text
    # organisations: a name over a description the tagger read as one ("JetBlue", not "the airline"),
    # then the longest non-acronym form; of two as long, the one written more often
    # (a misspelling joined by :func:`_join_misspelt_forms` is written less often than the name)
    # (one name written as one word and as two, "RipGuard" and "Rip Guard", counts as long either way)
    spread: dict[str, int] = {}
    for m in ms:
        g = "".join(m.words).replace("-", "")
        spread[g] = max(spread.get(g, 0), len(m.words))
    best = max(ms, key=lambda m: (any(ch.isupper() for ch in m.text), not m.text.replace(".", "").isupper(),
                                  spread["".join(m.words).replace("-", "")], written[m.text], -m.start))
    return best.text


#: Heads that say only that someone is a person ("the man, Name"; "a great man"): no role.
_BARE_PERSON_HEADS = frozenset("man woman person people guy lady boy girl chap individual".split())
_ROLE_LINKS = frozenset("of for at in from with to on by".split())
#: Words that rank or pick out rather than describe ("the fourth", "the least", "the real one").
_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last least most real "
                           "single different same only other".split())


#: Players' positions that are also everyday nouns, so no team mark ("the London centre" is a building).
_POSITION_NOUNS = frozenset({"centre", "center", "wing", "lock"})


def _role_fits(text: str, kind: str, typ: str) -> bool:
    """Can this stated role be a person's? Not when it only says they are a person ("the man",
    "a great man"), when a title before the name ends in an organisation ("conservatives Trust",
    "first government"), or when a one-word role is an adjective of rank or judgement ("real",
    "fourth", "confident"), or only a nationality ("Saudi Arabian"), or a lone common noun
    compounded with the name that names no kind of person ("the Ann Lee kick", "relegation").
    Roles that open with a preposition ("of Ladbrokes") and kin and suffix titles are kept."""
    if typ != "person" or kind in ("kin", "suffix"):
        return True
    low = [w.lower() for w in re.findall(r"[\w'’-]+", text)]
    if kind == "noun":  # a one-word common noun compounded with the name names a kind of person
        return len(low) != 1 or _human_word(low[0]) or _roleish(low[0]) or low[0] in _TEAM_MARKS \
            or low[0] in _POSITION_NOUNS or any(x in _TEAM_MARKS for x in low[0].split("-"))  # not "kick"
    if not low or low[0] in _ROLE_LINKS:
        return True
    if kind == "pre" and any(w in ("at", "from") for w in low[1:]):
        low = low[:next(k for k, w in enumerate(low) if k and w in ("at", "from"))]  # "economist at Acme Bank"
    if low[-1] in _BARE_PERSON_HEADS:
        return any(w.endswith(("'s", "’s")) for w in low) or low[-2:-1] == ["first"]
        # "the country's richest man" says whose; "first lady" is a post
    if _nationality(text):
        return False  # "Saudi Arabian", "Brazilian": where someone is from, not what they are
    if _human_word(low[-1]):
        return True
    if len(low) == 1 and low[0].endswith("ed") and not _roleish(low[0]):
        return _standing(low[0])
    if kind == "pre":
        return not _org_whole(low[-1])
    if len(low) == 1:
        return low[0].endswith("ed") or (low[0] not in _NOT_ROLES and low[0] not in _ORDINAL_WORDS)
    return True


def _standing(w: str) -> bool:
    """A lone participle that says where someone stands, not how they feel or look: one made from a
    word for a kind of person ("unseeded", "seeded") or ranked by an ordinal ("eighth-seeded",
    "seventh-placed"); not "an exhausted Name", "The inexperienced Name", "We're delighted Name"."""
    parts = w.split("-")
    if len(parts) > 1 and (parts[0] in _ORDINAL_WORDS or parts[0] == "top" or parts[0][:1].isdigit()):
        return True
    stem = re.sub(r"^(?:un|non)", "", parts[-1])
    return any(x in _PERSON_WORDS or x in lex.ROLE_JOBS for x in (stem[:-2], stem[:-1]))


def _nationality(text: str) -> bool:
    """A stated role that is only a demonym ("Brazilian"), or a country's name made an adjective
    ("Saudi Arabian")."""
    if lex.key(text) in lex.DEMONYMS or _people_word(text):
        return True
    return text.endswith("n") and any((lex.lookup(text[:-k]) or ("", "", ""))[0] in lex.COUNTRIES for k in (1, 2))


def _org_whole(w: str) -> bool:
    """An organisation noun as a whole word ("trust", "government"), not "team-mate"."""
    return w in lex.ORG_NOUNS or (w.endswith("s") and w[:-1] in lex.ORG_NOUNS)


_HEAD_ENDS = frozenset("of for at in on with from".split())


def _person_post(text: str) -> bool:
    """Is the head of this role (its last word before a preposition) a person's post ("the club's
    new manager on Friday"): a role of someone at a body, not the body's?"""
    head = _role_head(text)
    return bool(head) and head in _PERSON_WORDS and not _org_whole(head)


def _body_kind(w: str) -> bool:
    return _org_noun(w) or _org_kind(w) or w in _PRESS_HEADS


def _body_role(text: str, kind: str) -> str:
    """The role a body is given: one with a word for a body in it ("US telecoms firm", "a former
    member of the group Avon": a person the tagger called a body may hold a post). A person's post
    over a body kind right before the name ("the editor of the city's official newspaper, Name",
    "director of campaign group Name") gives that kind: the name is the body's."""
    words = re.findall(r"[\w-]+", text.lower())
    if not any(_body_kind(w) for w in words):
        head = words[-1] if words else ""  # "Avonia's second-largest brewer", "TV producer": a trade
        # named by what the body makes or does, ending the phrase; not a person's word ("friend"), nor
        # a lone word before the name that may be a verb ("to scupper Acme's bid")
        trade = len(head) > 5 and head.endswith(("er", "or")) and _role_head(text) == head \
            and head not in _PERSON_WORDS and not _nationality(text)
        plural = kind == "pre" and len(head) > 4 and head.endswith("s") and not head.endswith("ss") \
            and _roleish(head) and (head[:-1] in _PERSON_WORDS or head[:-1].endswith(("er", "or", "ist", "ant")))
        # ("analysts Acme", "European champions Avon": a body spoken of in the plural, as its people)
        return text if plural or (trade and (kind in ("rapp", "lapp") or (kind == "pre" and len(words) > 1))) else ""
    parts = re.split(r"\s(?:of|at)\s", text)
    if kind in ("lapp", "pre") and len(parts) > 1 and not _body_kind(_role_head(text)) \
            and (_roleish(_role_head(text)) or _human_word(_role_head(text))) and _body_kind(_role_head(parts[-1])):
        return re.sub(r"^(?:the|a|an)\s+", "", parts[-1])
    return text


def _choose_role(c: _C, typ: str = "person") -> str | None:
    """The best role stated for the actor at any of its mentions; an opinion in a quotation ("he
    is the ideal candidate") is no statement of a role."""
    cands = [r for m in c.ms for r in m.roles if not (m.quoted and r[3] == "cop") and _role_fits(r[2], r[3], typ)]
    if typ != "person":  # organisations: an organisation noun ("fitness company"), not "libertarian"
        cands = [(q, st, _body_role(text, kind), kind) for q, st, text, kind in cands
                 if not (kind == "post" and _person_post(text))]
        cands = [r for r in cands if r[2]]
        # (a post an appointment names is the appointee's: "X will confirm Y as the club's new manager";
        # a premodifier or apposition stays, since a person the tagger called a body may hold it)
    if not cands:
        return None
    q, _, text, _ = max(cands, key=lambda r: (r[0], -r[1]))
    return text


def _headline_role(c: _C, doc: "Doc | None") -> str | None:
    """The role the headline gives a person the body names without one ("Harbour Bank boss Lee
    quits"): the title right before a name of theirs in the headline."""
    if doc is None:
        return None
    forms = {_C._core(m.words) for m in c.ms if m.label not in ("DESC", "KIN")}
    last = {f[-1] for f in forms if f}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        w = _C._core(_words(ent.text))
        if ent.start > 0 and (doc[ent.start - 1].pos_ == "PROPN" or not doc[ent.start - 1].is_alpha):
            continue  # the end of a longer name the tagger cut ("Bob 'Big Man' Lee"): maybe another person
        if w and (w in forms or (len(w) == 1 and w[0] in last)):
            found, _ev = _prenominal_role(doc, ent.start, ent.end, set(range(ent.start, ent.end)))
            found = [r for r in found if _role_fits(r[2], r[3], "person")]
            if found:
                return max(found, key=lambda r: r[0])[2]
    return None


def extract(analysis: Analysis) -> list[Actor]:
    """Candidate actors, one per referent, with every resolved mention in ``spans``.

    The list is broad (it includes minor names and descriptive groups) so that the quote
    extractor can resolve speakers; :func:`rank` orders and cuts it. Should the analysis fail
    on some odd input, the stage boundary (:mod:`.stages`) falls back to :func:`plain_entities`.
    """
    return _extract(analysis)


def plain_entities(parsed: ParsedArticle) -> list[Actor]:
    """The fallback should the actor analysis fail: spaCy's named entities, one actor per name."""
    by_name: dict[str, Actor] = {}
    for pp in parsed.paragraphs:
        if pp.paragraph.kind != "body":
            continue
        for ent in pp.doc.ents:
            if ent.label_ not in TYPES:
                continue
            act = by_name.setdefault(ent.text, Actor(name=ent.text, type=TYPES[ent.label_], id=actor_id(ent.text)))
            act.mentions += 1
            act.spans.append(Mention(pp.offset + ent.start_char, pp.offset + ent.end_char, ent.text))
    out = sorted(by_name.values(), key=lambda a: (-a.mentions, a.name))
    for a in out:
        a.salience = float(a.mentions)
    return out


_BEARING = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of $", re.I)

#: Going somewhere: "to" after one of these leads to a place ("coming to Oslo", "a trip to Oslo").
_TRAVEL = frozenset("come go travel fly return move head trip visit journey flight broadcast".split())
#: Parts of a town: "of" after one of these leads to the town itself ("the city of Oslo").
_TOWN_PART = frozenset("city town capital suburb outskirts centre center street".split())


def _city_by_syntax(m: _M, parsed: ParsedArticle | None) -> str:
    """How the parse places a capital as a city: "loc" for the goal of going ("coming to Oslo", "a
    visit to Oslo") or a town named after its kind or part ("the city of Oslo", "the suburbs of
    Oslo"), "weak" for a word before a noun ("an Oslo indie group") or before "-based"; else ""."""
    if parsed is None:
        return ""
    for pp in parsed.paragraphs:
        if pp.offset <= m.start < pp.offset + len(pp.doc.text):
            span = pp.doc.char_span(m.start - pp.offset, m.end - pp.offset, alignment_mode="expand")
            break
    else:
        return ""
    if span is None:
        return ""
    t = span.root
    nxt = pp.doc[span.end] if span.end < len(pp.doc) else None
    if nxt is not None and nxt.text in ("-", "–") and span.end + 1 < len(pp.doc) and pp.doc[span.end + 1].lower_ == "based":
        return "weak"
    if t.dep_ == "pobj":
        goer = t.head.head.lemma_.lower()
        return "loc" if (t.head.lower_ == "to" and (goer in _TRAVEL or goer.removesuffix("ing") in _TRAVEL)) \
            or (t.head.lower_ == "of" and t.head.head.lemma_.lower() in _TOWN_PART) else ""
    return "weak" if t.dep_ in ("compound", "nmod", "amod") and t.head.i >= span.end and nxt is not None \
        and nxt.pos_ in ("NOUN", "ADJ") and nxt.text[:1].islower() else ""


def _capitals_as_cities(mentions: list[_M], text: str, parsed: ParsedArticle | None = None) -> None:
    """A capital stands for its country's government where it acts ("Moscow may be softening"),
    or where the article names the country and the capital is more than a setting ("talks with
    Oslo"); a capital that only says where ("a summit in Oslo", "north of Oslo") or modifies a
    noun or a name ("an Oslo event", "Oslo's Nordvik Bank") is a city, even where the article
    names the country too ("pro-Oslo", and a seat of government the tagger reads as a body,
    "Kremlin threats", still stand for it)."""
    named_countries = {m.canon for m in mentions if m.canon and not m.capital}
    for m in mentions:
        if not m.capital or m.agentive:
            continue
        before = text[max(0, m.start - 20):m.start]
        place = m.label in ("GPE", "LOC") and (m.loc or m.weak) and not re.search(r"\b(?:pro|anti)-$", before, re.I)
        city = _city_by_syntax(m, parsed)
        if m.canon not in named_countries or place or re.match(r"['’]s [A-Z]", text[m.end:m.end + 4]) \
                or _BEARING.search(before) or city:
            m.canon, m.gtype, m.capital = None, None, False
            m.loc, m.weak = m.loc or city == "loc", m.weak or city == "weak"  # (a setting or a modifier, no actor)


def _extract(analysis: Analysis) -> list[Actor]:
    parsed = analysis.parsed
    mentions = _collect(analysis)
    mentions += _untagged_names(analysis, mentions)
    _cause_names(analysis, mentions)
    _mend_hyphen_cuts(mentions, parsed.article.text)
    _capitals_as_cities(mentions, parsed.article.text, parsed)
    clusters = _cluster(mentions, parsed.article.text)
    _rescan(analysis, clusters)
    _extend_short_names(analysis, clusters)
    _relatives_by_surname(analysis, clusters)
    _titles_throughout(clusters, parsed.article.text)
    actors: list[Actor] = []
    seen_ids: dict[str, Actor] = {}
    sporty = sum(m.team for c in clusters for m in c.ms) >= 3
    types = [_retype(c, _decide_type(c), sporty, parsed.article.text) for c in clusters]
    _bodies_by_list(clusters, types, parsed.article.text)
    for c, typ in zip(clusters, types):
        if typ == "organization" and c.canon and any(m.capital for m in c.ms):
            c.ms = [m for m in c.ms if not m.capital] or c.ms  # a national side: its capital is the venue
        name = _display_name(c, typ)
        aliases: list[str] = []
        seen = {name.lower()}
        for m in sorted(c.ms, key=lambda m: m.start):
            for form in (m.surface, m.text):
                f = form.strip()
                if f and f.lower() not in seen and len(aliases) < 8:
                    seen.add(f.lower())
                    aliases.append(f)
        role = _choose_role(c, typ) if typ in ("person", "organization", "group") else None
        if role is None and typ == "person":
            role = _headline_role(c, parsed.title_doc) or _surname_role(analysis, c, clusters)
        act = Actor(name=name, type=typ if typ in ("person", "organization", "place", "group") else "organization",
                    role=role, aliases=aliases, mentions=len(c.ms), id=actor_id(name),
                    spans=[Mention(m.start, m.end, parsed.article.text[m.start:m.end]) for m in sorted(c.ms, key=lambda m: m.start)])
        act._ms = c.ms  # type: ignore[attr-defined]  # kept for rank()
        if act.id in seen_ids:  # two clusters with one display name: fold into the first
            first = seen_ids[act.id]
            _fold_into(first, act, [])
            first._ms = first._ms + c.ms  # type: ignore[attr-defined]
            continue
        seen_ids[act.id] = act
        actors.append(act)
    _score(actors, parsed, [])
    actors.sort(key=lambda a: (-a.salience, a.spans[0].start if a.spans else 0))
    _description_roles(actors, parsed, analysis.inside_quotes)
    return actors

#: Roles stated after a name (relative clause, copula, apposition) that a bare surname the tagger
#: missed may carry for the person of that surname (:func:`_surname_role`); not what the name became
#: ("has become an unlikely star": a verdict as often as a post).
_AFTER_NAME_KINDS = frozenset({"rel", "cop", "rapp"})


def _surname_role(analysis: Analysis, c: _C, clusters: list[_C]) -> str | None:
    """The role stated at a bare surname the tagger did not mark ("Ann Lee said ... Lee, who has
    been caretaker manager, was ...") for a person named in full and given no role elsewhere: only
    when no other actor has that word in its name, the surname is no given name nor a known place or
    body, and the occurrence stands outside quotation marks and apart from other capitalised words.
    Only what follows the surname counts (a relative clause, a copula, an apposition)."""
    full = [m.text.split() for m in c.ms if m.label == "PERSON" and len(m.words) >= 2]
    surnames = {f[-1] for f in full}
    if len(surnames) != 1:
        return None
    sur = surnames.pop()
    low = sur.lower()
    if len(sur) < 3 or not sur[0].isupper() or not sur.replace("-", "").isalpha() or low in lex.GIVEN_NAMES \
            or lex.lookup(sur) is not None \
            or any(low in m.words for o in clusters if o is not c for m in o.ms):
        return None
    taken = [(m.start, m.end) for o in clusters for m in o.ms]
    found: list = []
    for _pi, pp, _sents, _base, _first in _story_body(analysis.parsed):
        doc, off = pp.doc, pp.offset
        quoted = analysis.quoted_chars(doc)
        for t in doc:
            if t.text != sur or t.ent_type_ not in ("", "PERSON") or quoted[t.idx] \
                    or any(x < off + t.idx + len(t) and off + t.idx < y for x, y in taken):
                continue
            if any(0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and not (i < t.i and t.is_sent_start)
                   for i in (t.i - 1, t.i + 1)):
                continue  # part of another name ("Ann Lee Park", "Tom Lee")
            roles, _ev = _roles_for(doc, t.i, t.i + 1, {t.i})
            found += [(q, off + st, text, kind) for q, st, text, kind in roles
                      if text and kind in _AFTER_NAME_KINDS and _role_fits(text, kind, "person")]
    if not found:
        return None
    return max(found, key=lambda r: (r[0], -r[1]))[2]


#: What stands between two names of one list: "A, B", "A and the B", "A, or B".
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:[Tt]he\s+)?")


def _bodies_by_list(clusters: list[_C], types: list[str], text: str) -> None:
    """A band or a firm the tagger read as a person ("A, B and X will headline the festival",
    "Acme and X are developing ..."): a name typed a person with no mark of one (no title, role,
    age, speech, pronoun, given name or personal name beside it) that the story lists only beside
    bodies, next to each in one list, is a body (``types`` in place)."""
    named = sorted((m.start, m.end, k) for k, c in enumerate(clusters) for m in c.ms if m.label not in ("DESC", "KIN"))
    mates: dict[int, set[int]] = {}
    for (_, e1, k1), (s2, _, k2) in zip(named, named[1:]):
        if k1 != k2 and _LIST_GAP.fullmatch(text, e1, s2):
            mates.setdefault(k1, set()).add(k2)
            mates.setdefault(k2, set()).add(k1)
    for k, others in mates.items():
        c = clusters[k]
        if types[k] != "person" or c.canon or any(
                m.pev > 0 or m.speech or m.own or m.cue or m.label in ("PEER", "KIN")
                or (m.words and m.words[0] in _FIRST_NAMES) for m in c.ms):
            continue
        if all(types[j] == "organization" for j in others):
            types[k] = "organization"


_HYPHEN_TAIL = re.compile(r"-([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)")
#: Second parts that make a name a modifier ("Labour-led", "Thatcher-era"), not a longer name.
_MODIFIER_TAILS = frozenset("style era type like based led backed owned run born made related linked funded "
                            "controlled listed registered friendly free wide bound sized speaking".split())


def _mend_hyphen_cuts(mentions: list[_M], text: str) -> None:
    """A name the tagger cut at a hyphen inside a word ("Acme" of "Acme-corp", "... for Economic
    Co" of "Co-operation") runs on to the end of that word, when the article never writes the part
    before the hyphen alone (a name that also stands alone, "Labour" of "Labour-led", is whole)."""
    for m in mentions:
        if m.label in ("DESC", "KIN") or m.end >= len(text) - 1 or text[m.end] != "-" or not text[m.end + 1].isalnum():
            continue
        tail = _HYPHEN_TAIL.match(text, m.end)
        last = re.findall(r"[\w'’]+", m.text)
        if tail is None or not last or tail.group(1).split("-")[-1].lower() in _MODIFIER_TAILS \
                or tail.group(1).lower().endswith(("ed", "ing")):
            continue
        if re.search(r"\b" + re.escape(last[-1]) + r"\b(?![-‐])", text):
            continue
        m.end = tail.end()
        m.text = m.text + tail.group(0)
        m.surface = (m.surface or m.text[:-len(tail.group(0))]) + tail.group(0)
        m.words = _words(m.text)


_DESC_ROLE_HEADS = (lex.HUMAN_NOUNS | {"general", "nominee", "candidate", "minister", "secretary", "chancellor",
                                      "premier", "chairman", "chairwoman"}) - lex.KIN_HEADS - {
    "man", "woman", "boy", "girl", "child", "friend", "partner", "victim", "suspect", "colleague", "player", "student",
    "teacher", "doctor", "nurse", "expert", "analyst", "official", "officer", "soldier"} | (lex.ROLE_JOBS - {
    # jobs that are also what anyone may be called in passing ("the baby", "the star", "the prisoner")
    "baby", "infant", "toddler", "youngster", "survivor", "prisoner", "inmate", "convict", "star", "legend", "icon",
    "host", "model", "keeper", "lock", "prop", "hooker", "pupil", "veteran", "graduate", "celebrity", "pilgrim",
    "heir", "heiress", "critic", "pundit", "unit", "sheriff"})


def _body_sentences(parsed: ParsedArticle):
    """(global sentence number, sentence, doc) in the numbering used by :func:`_collect`."""
    n = 0
    for pp in parsed.paragraphs:
        if pp.paragraph.kind != "body":
            continue
        for sent in pp.doc.sents:
            yield n, sent, pp.doc
            n += 1


def _described_apart(actors: list[Actor], parsed: ParsedArticle) -> set[tuple[int, str]]:
    """(person, description head) pairs the article sets side by side as two people: "Name and the
    Wessex senator" (coordinated), so that description never becomes that person's role."""
    people = [a for a in actors if a.type == "person"]
    out: set[tuple[int, str]] = set()
    for _n, sent, _doc in _body_sentences(parsed):
        for t in sent:
            if t.dep_ != "conj" or t.lower_ not in _DESC_ROLE_HEADS or not any(c.lower_ == "the" for c in t.children):
                continue
            for x in (t.head, *[c for c in t.head.children if c.dep_ == "conj"]):
                if x.ent_type_ == "PERSON":
                    out |= {(id(a), t.lower_) for a in people if x.text in a.name.split()
                            or any(x.text in f.split() for f in a.aliases)}
    return out


#: Prepositions whose object may be a description of someone named: the agent ("chaired by the
#: senator") and those of a deed's target ("a second home for the senator", "anger at the mayor").
_DESC_PREPS = frozenset({"by", "for", "against", "at", "toward", "towards", "with"})


def _object_here(here: list[Actor], n: int, doc, base: int, at: int) -> tuple[Actor | None, bool]:
    """The one person named earlier in sentence ``n`` only as an object or possessor ("To stop Name,
    rivals caricature the senator", "fury at Name's campaign, slamming the senator"): the one a
    description later in that sentence (at article offset ``at``) takes up; a subject there, or the
    possessor of one, acts on the description ("Name accused the prime minister"), it is not the one
    the description is of. Also whether someone is named only as a modifier ("Name supporters
    praised the senator"): in view, so the description is unsure and no one earlier is meant."""
    found: list[Actor] = []
    unsure = False
    starts: list[int] | None = None
    for a in here:
        ms = [m for m in a._ms if m.sent == n]  # type: ignore[attr-defined]
        if not ms or any(m.start >= at for m in ms):
            return None, False  # named after the description too: it may be set against them
        roots = []
        for m in ms:
            if starts is None:
                starts = [x.idx for x in doc]
            toks = [doc[i] for i in range(bisect_left(starts, m.start - base), bisect_left(starts, m.end - base))]
            root = next((x for x in toks if not m.start <= base + x.head.idx < m.end or x.head is x), None)
            if root is None or root.dep_ in ("conj", "appos"):
                return None, False
            roots.append(root)
        if any(r.dep_ in ("compound", "amod") for r in roots):
            unsure = True  # "Name supporters", or a name read as an adjective: in view, yet not the one named
        elif all(r.dep_ not in ("nsubj", "nsubjpass") and not (r.dep_ == "poss" and r.head.dep_ in ("nsubj", "nsubjpass"))
                 for r in roots) and a not in found:
            found.append(a)
    return (found[0] if len(found) == 1 else None), unsure


def _aged(toks) -> bool:
    """Words before a description's head that open with an age: "34-year-old" in "the 34-year-old Avon
    midfielder"."""
    return len(toks) >= 5 and toks[0].like_num and [x.lower_ for x in toks[1:5]] == ["-", "year", "-", "old"]


def _aged_head(head: "Token", loose: bool = True) -> bool:
    """A description's head that names a kind of person or a post ("playmaker", "record holder"):
    with an age before it ("the 24-year-old playmaker") it is someone the story has named, as a
    loose word ("the star", "the host") alone is not. Not ``loose``: only a known word for a person
    or a job ("captain", "star"), not any "-er" ("the Avon runner")."""
    w = head.lower_
    return head.pos_ == "NOUN" and not _org_whole(w) and w not in lex.KIN_HEADS \
        and (_human_word(w) or w in lex.ROLE_JOBS or (loose and w.endswith(("er", "or", "ist")) and _roleish(w)))


def _qualified(toks) -> bool:
    """Words before a description's head that name whose or where (a proper name or a capitalised
    people-word: "the Avon captain", "the Welsh international", "the Olympic gold medallist"):
    with one, a looser word for a kind of person is someone the story has named."""
    return any(x.pos_ == "PROPN" or (x.pos_ == "ADJ" and x.is_title) for x in toks)


def _others_part(head: "Token", quoted: Callable[["Token"], bool]) -> bool:
    """In a sentence that names someone, is the description ``head`` in that part of it which is theirs:
    their quoted words ('"The referee is blind," said Name') or a clause set under a verb they are the
    subject of, also through a verb they share ("Name storms ahead when the umpire leaves his seat")?
    Then it is someone in their view, not the person named before."""
    if quoted(head):
        return True
    clause = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in clause.children):
        return False  # (the tagger makes "when" a manner word, not a subordinator)
    verb = clause.head
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON" for c in verb.children)


def _description_roles(actors: list[Actor], parsed: ParsedArticle, quoted: Callable[["Token"], bool]) -> None:
    """A definite description as the subject, object or agent of a verb ("The attorney general has
    again denied ...", "Mr Fox accused the prime minister of ...") describes the person
    the text has just been about: the one person named in the sentences just before (not named
    in the same sentence; none when two people are in view there), or, before anyone is named,
    the most salient person. It becomes their role if the article states none, unless another
    person named before it already holds that description. Not when the description lies in the
    part of the sentence that belongs to another person named there (:func:`_others_part`)."""
    people = [a for a in actors if a.type == "person" and getattr(a, "_ms", None)]
    if not people:
        return
    # a description already stated for one person, by the sentence that person is first named in
    assigned = {(a.role or "").lower(): min((m.sent for m in getattr(a, "_ms", [])), default=-1)
                for a in actors if a.role and a.type == "person"}
    # ... and by the head word of that person's role: "the referee" after "visiting referee Name"
    held: dict[str, int] = {}
    for role, first in assigned.items():
        head_word = role.split()[-1] if role.split() else ""
        if head_word in _DESC_ROLE_HEADS:
            held[head_word] = min(held.get(head_word, first), first)
    # a description another actor goes by ("the Abbot" of "the Abbot of Lindow") is theirs
    forms = {f.lower(): a for a in actors for f in [a.name, *a.aliases]}
    others = _described_apart(actors, parsed)
    by_sent: dict[int, list[Actor]] = {}
    for a in people:
        for m in a._ms:  # type: ignore[attr-defined]
            by_sent.setdefault(m.sent, []).append(a)
    offsets = {id(pp.doc): pp.offset for pp in parsed.paragraphs}
    for n, sent, doc in _body_sentences(parsed):
        for t in sent:
            if t.lower_ != "the" or t.dep_ != "det":
                continue
            head = t.head
            aged = head.i > t.i and _aged(doc[t.i + 1:head.i])
            qual = head.i > t.i and head.tag_ == "NN" and _qualified(doc[t.i + 1:head.i])
            ranked = head.lower_ == "number" and head.i + 1 < len(doc) and doc[head.i + 1].dep_ == "nummod" \
                and doc[head.i + 1].head == head  # "the British number two": a standing
            if head.i <= t.i or not (head.lower_ in _DESC_ROLE_HEADS or ((aged or qual) and _aged_head(head, loose=aged)) or ranked) or not (
                    head.dep_ in ("nsubj", "nsubjpass", "dobj") or (head.dep_ == "pobj" and head.head.lower_ in _DESC_PREPS)):
                continue  # the subject, the object or the agent ("accused the prime minister", "chaired by ..."),
                # not "as the new leader" (a post) or "behind the nominee"
            if any(c.dep_ == "prep" and any(x.dep_ == "poss" and x.pos_ == "PRON" for g in c.children for x in g.children)
                   for c in head.children):
                continue  # "argue for the candidate of their choice": anyone's, no one's in particular
            toks = doc[t.i + 1:head.i + 1 + ranked]
            most = 7 if aged else 5  # (an age is three words more: "the 24-year-old Avon playmaker")
            if sum(not x.is_punct for x in toks) > most or any(  # (a hyphen is no word: "34-year-old" is three)
                    x.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PUNCT") or x.ent_type_ == "PERSON" for x in toks):
                continue
            nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
            after = doc[head.i + 2] if head.i + 2 < len(doc) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or (nxt.text == "," and after is not None and after.pos_ == "PROPN")):
                continue
            clause = head.head
            if head.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" \
                    and any(c.dep_ == "mark" for c in clause.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON" for c in clause.head.children):
                continue  # "While the senator has won ..., Name has ...": the name after it is the one meant;
                # "Name scored as the former Avon midfielder equalised": the name before it, not someone earlier
            here = set(map(id, by_sent.get(n, [])))
            if here and _others_part(head, quoted):
                continue
            base = offsets.get(id(doc), 0)
            cand, unsure = _object_here(by_sent.get(n, []), n, doc, base, base + t.idx)
            if cand is None and unsure:
                continue
            for k in range(n - 1, max(-1, n - 4), -1) if cand is None else ():
                recent = [a for a in by_sent.get(k, []) if id(a) not in here]
                if recent:
                    # only when one person is in view: after "A and B", "the prime minister" may be either
                    near = {id(a) for j in range(k, max(-1, k - 2), -1) for a in by_sent.get(j, [])
                            if id(a) not in here}
                    if len(near) == 1:
                        cand = recent[0]
                    break
            if cand is None and not any(k < n for k in by_sent):
                rest = [a for a in people if id(a) not in here]
                cand = max(rest, key=lambda a: a.salience, default=None)
            phrase = re.sub(r"\s+", " ", toks.text).strip()
            if assigned.get(phrase.lower(), n) < n or held.get(head.lower_, n) < n or any(
                    first == n and f" {phrase.lower()}".endswith(f" {r}") for r, first in assigned.items()):
                continue  # one description, one person: later uses refer back to the first (not to
                # someone the article names only further on: "the retired teacher" before another is introduced as one;
                # nor to another when the one named in this sentence holds it: "Actress Name is sued by ..., who claims the
                # Hollywood actress ...")
            if forms.get(phrase.lower(), cand) is not cand or (id(cand), head.lower_) in others:
                continue
            if cand is not None and not cand.role and not all(m.unnamed for m in cand._ms):  # type: ignore[attr-defined]
                cand.role = phrase  # (an unnamed "deputy" is known by its own noun: "the bar manager" is someone else)
                assigned[phrase.lower()] = n


# --------------------------------------------------------------------------- salience

def _name_patterns(a: Actor) -> list[str]:
    forms = {a.name} | set(a.aliases)
    canon = canonical_name(a.name)
    if canon:
        forms |= set(lex.CANONICAL_NAMES.get(canon, []))
    if a.type == "person":
        w = a.name.split()
        if len(w) >= 2:
            forms.add(w[-1])
    return [f for f in forms if len(f) >= 2]


def _in_text(text: str, forms: list[str]) -> bool:
    """Does any of ``forms`` occur in ``text`` as whole words?"""
    for f in forms:
        i = text.find(f)
        while i != -1:
            j = i + len(f)
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                return True
            i = text.find(f, i + 1)
    return False


def _score(actors: list[Actor], parsed: ParsedArticle, quotes: list[Quote]) -> None:
    title = parsed.article.title or ""
    dek = parsed.article.dek or ""
    for a in actors:
        ms: list[_M] = getattr(a, "_ms", [])
        s = 0.0
        agent = speech = 0
        for m in ms:
            w = 0.5 if m.weak else 1.0
            if m.quoted:
                w *= 0.5
            s += w
            if m.agentive and not m.quoted:
                agent += 1
            if m.speech and not m.quoted:
                speech += 1
        s += 0.75 * min(agent, 6) + 1.0 * min(speech, 4)
        if any(m.lead for m in ms):
            s += 2.0
        forms = _name_patterns(a)
        if title and _in_text(title, forms):
            s += 3.0
        if dek and _in_text(dek, forms):
            s += 1.5
        if a.role:
            s += 0.75
        a.salience = round(s, 3)
        a._agent = agent + speech  # type: ignore[attr-defined]


def _person_description(speaker: str) -> bool:
    """The quote stage left the speaker as a description of someone unnamed, headed by a person
    noun: "a spokesman for the club", "a senior source at the bank", "the chief executive of X"."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one", "another", "the") or not words[1][:1].islower():
        return False
    for w in words[1:]:
        if w.lower() in ("for", "at", "of", "from", "in", "with", "close", "familiar"):
            break
        low = w.lower().strip(",")
        if low in lex.PERSON_ROLES or low in lex.PERSON_NOUNS or low.rstrip("s") in lex.PERSON_NOUNS or \
                low.rstrip("s") in SOURCE_NOUNS:
            return True
    return False


#: Words that may follow the speaker's name inside the speaker mention without making the name a
#: mere modifier: "Ann Lee of the trust", "the board, which said", "Lee and Reed".
_AFTER_HEAD = frozenset({"of", "for", "at", "in", "on", "from", "with", "who", "which", "that", "and", "or",
                         "to", "by", "said", "says"})


#: What a body issues and a quote may be given to: the possessor speaks ("the Bank's minutes said").
_DOCUMENTS = frozenset({"statement", "minutes", "report", "letter", "release", "website", "filing", "announcement"})


def _modifies(a: Actor, sp: Mention, se: int, text: str) -> bool:
    """Is the actor's span ``sp`` only a modifier inside the speaker mention ending at ``se``, not
    its head? A noun or a possessive after it ("a Northshire spokesman", "Acme bosses", "the Lee
    administration", "Acme's chief"), or, for a place or body, another name ("the Northshire DPS":
    the place names the body). A title after a person ("Ann Lee QC") leaves the person the head."""
    rest = text[sp.end:se].strip()
    if not rest:
        return False
    if rest[:1] in "'’" and rest[1:2].lower() == "s":
        # "Acme's chief": a modifier; "the Bank's minutes", "Acme's statement": its issuer speaks
        return rest[2:].strip().split(" ")[0].lower() not in _DOCUMENTS
    first = re.match(r"[\w&.-]+", rest)
    if first is None:
        return False  # a comma, a bracket: an apposition or an aside follows the name
    word = first.group(0)
    if word.lower() in _AFTER_HEAD:
        return False
    if a.type == "person":
        # "the Lee administration"; but "Tom Reed chief executive of Acme" is an apposition left unpunctuated
        return word[:1].islower() and rest == word
    return True


def _located(a: Actor, sp: Mention, ss: int, text: str) -> bool:
    """Is the place actor's span ``sp`` only where the speaker mention starting at ``ss`` is
    ("Policy makers in Europe", "officials across the region")? A place never speaks for them."""
    return a.type == "place" and sp.start > ss and \
        re.search(r"\w\s+(?:in|across|from|throughout|around|outside)\s+(?:the\s+)?$", text[ss:sp.start]) is not None


_STATEMENT = re.compile(r"(?i)(?:the|its|their|a)\s+(?:(?:joint|written|press)\s+)?(?:statement|release)")


def _statement_issuer(actors: list[Actor], text: str, before: int) -> Actor | None:
    """Who issued "the statement" a quote is given to: the actor named closest to the last
    earlier mention of a statement, in that sentence ("In a statement the club said ...", "Acme
    said in a statement ..."); None when no earlier sentence names one."""
    at = max(text.rfind("statement", 0, before), text.rfind("release", 0, before))
    if at < 0 or before - at > 2000:
        return None
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i != -1]
    end = min(ends + [before])
    best: tuple[int, Actor] | None = None
    for a in actors:
        if a.type in ("place", "country"):
            continue
        for sp in a.spans:
            if start <= sp.start and sp.end <= end:
                d = min(abs(sp.start - at), abs(sp.end - at))
                if best is None or d < best[0]:
                    best = (d, a)
    return best[1] if best else None


def _quoted_actor(q: Quote, actors: list[Actor], text: str) -> Actor | None:
    """The actor a quote's speaker refers to (by span, by name, by the issuer of "the statement", or
    by an adjacent name). A name that only modifies the speaker mention ("a Northshire spokesman",
    "the Northshire DPS", "Acme bosses") is not the speaker: the mention is kept as it stands or
    matched by its own name."""
    ss, se = q.speaker_start, q.speaker_end
    if ss is not None and se is not None:
        held = [(a, sp) for a in actors for sp in a.spans if ss <= sp.start and sp.end <= se]
        modifiers = {id(a) for a, sp in held if _modifies(a, sp, se, text) or _located(a, sp, ss, text)}
        held_ids = {id(a) for a, _ in held}
        inside = [a for a in actors if id(a) in held_ids and id(a) not in modifiers]
        if q.speaker and _person_description(q.speaker) and not any(a.type == "person" for a in inside):
            return None  # "a spokesman for the club", "a senior source at the bank": not the body itself
        if inside:
            return max(inside, key=lambda a: max(sp.end - sp.start for sp in a.spans if ss <= sp.start and sp.end <= se))
        for a in actors:
            if id(a) not in modifiers and any(sp.start < se and ss < sp.end for sp in a.spans):
                return a
    if q.speaker:
        for a in actors:
            if a.name == q.speaker or q.speaker in a.aliases:
                return a
        if ss is not None and _STATEMENT.fullmatch(q.speaker.strip()):
            issuer = _statement_issuer(actors, text, ss)
            if issuer is not None:
                return issuer
        probe = Actor(name=q.speaker, type="person")
        for a in actors:
            if a.type == "person" and same_referent(probe, a):
                return a
        core = _speaker_core(q.speaker)
        if core != q.speaker:  # "Ann Lee QC", "Westby Channel's Lee": the one person the bare name is
            probe = Actor(name=core, type="person")
            hits = [a for a in actors if a.type == "person" and same_referent(probe, a)]
            if len(hits) == 1:
                return hits[0]
        if len(q.speaker.split()) == 1:
            firsts = [a for a in actors if a.type == "person" and len(a.name.split()) >= 2
                      and a.name.split()[0] == q.speaker]
            if len(firsts) == 1:
                return firsts[0]
        probe.type = "organization"
        for a in actors:
            if a.type != "person" and same_referent(probe, a):
                return a
    if ss is not None and se is not None:
        # a description next to a name: "Another peer, Lord Lindqvist" / "Spanish teenager Ferrer"
        for a in actors:
            for sp in a.spans:
                if sp.start < se and ss < sp.end:
                    continue  # inside the mention (a modifier, above): not next to it
                gap = text[se:sp.start] if sp.start >= se else text[sp.end:ss]
                if len(gap) <= 3 and re.fullmatch(r"[\s,]*", gap):
                    return a
    return None


#: A spokesperson's or lawyer's mention up to the one they speak for: "a spokesman for ", "one of the
#: lawyers representing ", "attorneys for former president ".
_FOR_CLIENT = re.compile(r"(?i)\b(?:spokes(?:man|woman|person|men|women|people)|lawyers?|attorneys?|solicitors?|"
                         r"barristers?|counsel|publicists?)\s+(?:for|to|representing)\s+(?:[a-z][\w-]*\s+)*"
                         r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?$")


def _speaker_core(speaker: str) -> str:
    """A speaker's name without the letters after it ("Ann Lee QC", "Tom Reed MP", "Tom Reed Jr") or
    an owner's possessive before it ("Westby's Ann Lee", "Westby Channel's Lee"), else as it is."""
    words = speaker.split()
    while len(words) > 1 and (words[-1].isupper() and words[-1].lower() in POSTNOMINALS
                              or words[-1].lower().rstrip(".") in ("jr", "sr", "jnr", "snr")):
        words.pop()
    k = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s", "s'", "s’"))), default=None)
    if k is not None and all(w[:1].isupper() for w in words):
        words = words[k + 1:]
    return " ".join(words) if words else speaker


def _voice_for_client(q: Quote, actors: list[Actor], text: str) -> bool:
    """Does the quote's speaker mention describe an unnamed spokesperson or lawyer by the person
    they speak for ("a spokesman for Ann Lee", "attorneys for Tom Reed")? Their words are theirs,
    not their client's: the person named after "for" is no speaker of them."""
    ss, se = q.speaker_start, q.speaker_end
    if ss is None or se is None or not q.speaker or _looks_like_name(q.speaker) and "for" not in q.speaker.split():
        return False
    for a in actors:
        for sp in a.spans:
            m = _FOR_CLIENT.search(text[ss:sp.start]) if a.type == "person" and ss <= sp.start and sp.end <= se else None
            if m and not re.search(r"[A-Z]", text[ss + 1:ss + m.start()]):  # no name before the role ("Ann Lee, ...")
                return True
    return False


def _speaker_form_of(speaker: str, a: Actor) -> bool:
    """Whether the quote's speaker (a resolved name) can be actor ``a``: always for a description
    ("the company", "a spokesman") or a pronoun; for a name, only when its last name word is a word
    of one of ``a``'s names, or the two are the same referent ("Ann Lee QC", "the FA")."""
    name = _trailing_name(speaker)
    before = speaker[:len(speaker) - len(name)].split()
    if before and before[-1].lower() in _AFTER_HEAD:
        return True  # "one of the lawyers for Tom Reed": the name is not the mention's head
    words = speaker.split()
    while len(words) > 1 and (words[-1].isupper() and len(words[-1]) <= 3 or
                              words[-1].lower().rstrip(".") in _GENERATIONAL):
        words.pop()  # "Ann Lee QC", "Tom Reed MP", "Tom Reed Jr": the name ends before the letters
    if not words or not words[-1][:1].isupper():
        return True
    last = name_words(words[-1])
    if not last:
        return True
    forms = {w for n in [a.name] + list(a.aliases) for w in name_words(n)}
    if last[-1] in forms:
        return True
    return same_referent(Actor(name=speaker, type=a.type), a) or \
        same_referent(Actor(name=name, type=a.type), a)


def _heads_mention(q: Quote, a: Actor, text: str) -> bool:
    """Whether a name of ``a`` ends the quote's speaker mention ("a report by consultancy Acme"):
    the mention's head, whatever name the resolver gave it."""
    if q.speaker_start is None or q.speaker_end is None:
        return False
    end = len(text[:q.speaker_end].rstrip(" .,;:'’\""))
    return any(q.speaker_start <= sp.start and sp.end == end for sp in a.spans)


def _speaker_title_end(words: list[str]) -> int | None:
    """Where the post that opens a speaker's name ends ("Westby City Councillor Ann Lee",
    "Detective Constable Ann Lee"): its last post word, followed by a given name and a surname; a
    form of address alone ("Mr", "Lord") stays part of the name."""
    def post(w: str) -> bool:
        w = w.lower().rstrip(".")
        return w in lex.TITLE_WORDS or _human_word(w) or w in lex.ROLE_JOBS \
            or (len(w) > 4 and w.endswith(_AGENT_SUFFIXES) and w not in lex.ORG_NOUNS)
    k = max((i for i, w in enumerate(words[:-2]) if post(w)), default=None)
    if k is None or words[k + 1].lower() not in _FIRST_NAMES \
            or all(w.lower().rstrip(".") in _HONORIFIC_OR_PEER for w in words[:k + 1]):
        return None
    return k


def _trailing_name(speaker: str) -> str:
    """The name a speaker phrase ends in ("Internet service provider (ISP) Acme.net" gives
    "Acme.net"), else the phrase as it is."""
    words = speaker.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not re.search(r"[()\[\],:;]", words[k - 1]):
        k -= 1
    return " ".join(words[k:]) or speaker


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 5:
        return False
    if words[0].lower() in _DETS or words[0].lower() in _QUANT:
        return False
    if len(words) == 1 and (words[0].lower() in SOURCE_NOUNS or words[0].lower() in lex.HUMAN_NOUNS):
        return False  # "Source familiar with ... says": a common noun capitalised by the sentence
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def cut(actors: list[Actor]) -> None:
    """The fallback should ranking fail: candidates by salience, cut to :data:`MAX_ACTORS` (in place)."""
    actors.sort(key=lambda a: -a.salience)
    del actors[MAX_ACTORS:]


def _attach_quotes(actors: list[Actor], quotes: list[Quote], parsed: ParsedArticle) -> dict[int, int]:
    """Each quote's speaker resolved to an actor (one added when the candidates lack a named
    speaker), the quote's speaker renamed to the actor listed. Returns quotes per actor (by id)."""
    text = parsed.article.text
    quoted: dict[int, int] = {}
    for q in quotes:
        if not q.speaker:
            continue
        q.speaker = _cleaned_speaker(q.speaker, parsed)
        if q.speaker_start is not None and q.speaker_end is not None and \
                text[q.speaker_start:q.speaker_end].strip().lower() in ("i", "me", "we", "us", "my", "our"):
            continue  # the narrator (a first-person piece): not a named actor of the story
        if _voice_for_client(q, actors, text):
            continue  # "a spokesman for Ann Lee", "lawyers for Tom Reed": their words, not hers; the description stays
        a = _quoted_actor(q, actors, text)
        if a is not None and not _speaker_form_of(q.speaker, a) and not _heads_mention(q, a, text):
            # "ISP Ann Web" is not "ISP Bob Net" for the word they share: only an actor the speaker is a form of
            a = next((x for x in actors if _speaker_form_of(q.speaker, x)), None)
            if a is None:
                q.speaker = _trailing_name(q.speaker)
                continue  # named as the text names it; no actor is made of it ("a Harbour Democrat")
        if a is None:
            name = q.speaker.strip()
            core = _speaker_core(name).split()
            if len(core) >= 2 and core[0].lower() in _FIRST_NAMES:
                name = " ".join(core)  # "Tom Reed MP" is listed as Tom Reed (not "East Westby MEP")
            if not _looks_like_name(name) or name.lower() in ("he", "she", "they", "it", "i", "we", "you"):
                continue
            typ = "organization" if name.split()[-1].lower() in lex.ORG_SUFFIXES or " ".join(_words(name)) in _OUTLETS \
                else "person"  # "as the Courier revealed": an outlet speaks as a body
            canon = canonical_name(name)
            if canon:
                name, typ = canon, lex.GAZETTEER[lex.key(canon)][1]
            role = None
            k = _speaker_title_end(name.split()) if typ == "person" and not canon else None
            if k is not None:  # "said Westby City Councillor Ann Lee": the post is no part of her name
                role, name = " ".join(name.split()[:k + 1]), " ".join(name.split()[k + 1:])
            spans = []
            if q.speaker_start is not None and q.speaker_end is not None:
                spans = [Mention(q.speaker_start, q.speaker_end, text[q.speaker_start:q.speaker_end])]
            a = Actor(name=name, type=typ, role=role, mentions=max(1, len(spans)), id=actor_id(name), spans=spans)
            a._ms = []  # type: ignore[attr-defined]
            actors.append(a)
        q.speaker = a.name  # one name per actor: the quote's speaker is the actor listed
        quoted[id(a)] = quoted.get(id(a), 0) + 1
    return quoted


def _cleaned_speaker(speaker: str, parsed: ParsedArticle) -> str:
    """A speaker resolved to a person's entity from which :func:`_clean_span` cuts a verb written in
    title case is named as cut ("Lee Calls" from the line "Lee Calls Plan A Fantasy" gives "Lee")."""
    for pp in parsed.paragraphs:
        for ent in pp.doc.ents:
            if ent.label_ == "PERSON" and ent.text == speaker:
                s, e, _ = _clean_span(pp.doc, ent.start, ent.end, "PERSON")
                if e > s and any(capital_verb(t, ("VBD", "VBZ", "VBG", "MD"))
                                 for t in [*pp.doc[ent.start:s], *pp.doc[e:ent.end]]):
                    return pp.doc[s:e].text
    return speaker


#: The named features of a candidate actor, in the order of :func:`features` (the weights file
#: names them). Counts are log-scaled; shares are of the candidate's own mentions.
FEATURES = ("mentions", "share", "top", "first", "early", "headline", "dek", "lead", "agent", "main", "speech",
            "quoted", "obj", "setting", "modifier", "addressee", "in_quotes", "person", "organization", "place",
            "group", "country", "description", "full_name", "one_word", "role", "employer")


def features(actors: list[Actor], quoted: dict[int, int], parsed: ParsedArticle) -> list[dict[str, float]]:
    """The salience features of each candidate (same order as ``actors``): how often and how early
    it is named, whether it is in the headline, dek or lead, whether it acts (subject of a verb, of
    the main clause, a speaker, quoted) or only undergoes or sets the scene (object, place in a
    prepositional phrase, modifier, addressee), its type and whether it is a name."""
    title, dek = parsed.article.title or "", parsed.article.dek or ""
    n_sents = max(1, sum(1 for _ in _body_sentences(parsed)))
    counts = [len([m for m in getattr(a, "_ms", [])]) or a.mentions for a in actors]
    most = max(counts, default=1) or 1
    roles = " ".join(a.role or "" for a in actors if a.type == "person")
    out = []
    for a, n in zip(actors, counts):
        ms: list[_M] = getattr(a, "_ms", [])
        plain = [m for m in ms if not m.quoted]
        k = max(1, len(ms))
        forms = _name_patterns(a)
        labels = {m.label for m in ms}
        canon = canonical_name(a.name)
        words = a.name.split()
        f = {
            "mentions": math.log1p(n),
            "share": n / most,
            "top": float(n == most),
            "first": min((m.sent for m in ms), default=n_sents) / n_sents,
            "early": float(any(m.sent < 3 for m in ms)),
            "headline": float(bool(title) and _in_text(title, forms)),
            "dek": float(bool(dek) and _in_text(dek, forms)),
            "lead": float(any(m.lead for m in ms)),
            "agent": math.log1p(sum(1 for m in plain if m.agentive)),
            "main": math.log1p(sum(1 for m in plain if m.main)),
            "speech": math.log1p(sum(1 for m in plain if m.speech)),
            "quoted": math.log1p(quoted.get(id(a), 0)),
            "obj": math.log1p(sum(1 for m in plain if m.obj)),
            "setting": sum(1 for m in ms if m.loc) / k,
            "modifier": sum(1 for m in ms if m.weak) / k,
            "addressee": sum(1 for m in ms if m.addressee) / k,
            "in_quotes": sum(1 for m in ms if m.quoted) / k,
            "person": float(a.type == "person"),
            "organization": float(a.type == "organization"),
            "place": float(a.type == "place"),
            "group": float(a.type == "group"),
            "country": float(canon in _COUNTRY_SET),
            "description": float(bool(labels) and labels <= {"DESC", "KIN"}),
            "full_name": float(a.type == "person" and len(words) >= 2 and not labels <= {"DESC", "KIN"}),
            "one_word": float(len(words) == 1),
            "role": float(bool(a.role)),
            "employer": float(a.type == "organization" and len(a.name) > 2 and _in_text(roles, [a.name])),
        }
        out.append(f)
    return out


@dataclass
class SalienceModel:
    """A logistic regression over :data:`FEATURES` (``generator/data/salience_weights.json``,
    written by ``train/salience_model.py``): the probability that a reader's summary of the story
    names the candidate. A candidate at ``sure_cut`` or above is a key actor; one at ``key_cut`` or
    above is when the rules agree a reader would list it (:func:`_useful`)."""

    weights: dict[str, float]
    intercept: float
    key_cut: float = 0.5
    sure_cut: float = 1.0

    @classmethod
    def load(cls, path: Path) -> "SalienceModel":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        unknown = set(data["weights"]) - set(FEATURES)
        if unknown:
            raise ValueError(f"{path}: unknown salience features {sorted(unknown)}")
        return cls(weights={f: float(data["weights"].get(f, 0.0)) for f in FEATURES},
                   intercept=float(data["intercept"]), key_cut=float(data.get("key_cut", 0.5)),
                   sure_cut=float(data.get("sure_cut", 1.0)))

    def probability(self, f: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights[k] * f.get(k, 0.0) for k in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


#: The shipped weights (written by ``train/salience_model.py``; its header says how).
WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "salience_weights.json"


@functools.lru_cache(maxsize=1)
def model() -> SalienceModel:
    return SalienceModel.load(WEIGHTS_FILE)


def rank(actors: list[Actor], quotes: list[Quote], parsed: ParsedArticle, weights: SalienceModel | None = None) -> None:
    """Order actors by salience and cut the list where it stops being useful (in place).

    Salience is the learned model's probability (:class:`SalienceModel` over :func:`features`)
    that a summary of the story names the actor. Kept: candidates at or above the model's cut
    that a reader would list at all (:func:`_useful`: not a mere setting, an outlet only
    addressed, a stray word), and named people who are quoted; at most :data:`MAX_ACTORS` (:func:`_capped`),
    then, in the room left, bodies in passing that share a list with a listed actor (:func:`_list_mates`).
    """
    quoted = _attach_quotes(actors, quotes, parsed)
    if not actors:
        return
    weights = weights or model()
    feats = features(actors, quoted, parsed)
    for a, f in zip(actors, feats):
        a.salience = round(weights.probability(f), 3)
        a._features = f  # type: ignore[attr-defined]
    subjects = _headline_subjects(parsed)
    for a in actors:
        a._head_agent = bool(subjects) and _in_text(subjects, _name_patterns(a))  # type: ignore[attr-defined]
    n_countries = sum(1 for a in actors if a.type == "place" and canonical_name(a.name) in _COUNTRY_SET)
    outlets = _own_outlets(parsed)
    keep = [a for a in actors if _keep(a, id(a) in quoted, weights, n_countries, parsed.article.text)
            and not ({a.name.lower(), *(x.lower() for x in a.aliases)} & outlets)]
    _drop_shared_surnames(keep)
    _fold_bare_state(keep, parsed.article.text)
    _drop_bare_seconds(keep)
    _drop_bare_classes(keep)
    _fold_short_forms(keep)
    _state_aliases(keep, parsed.article.text)
    _headline_groups(keep, actors, parsed, weights)
    keep.sort(key=_order)
    if len(keep) > MAX_ACTORS:
        keep = _capped(keep, quoted, weights)
    keep += _list_mates(keep, actors, parsed.article.text, weights)[:MAX_ACTORS - len(keep)]  # (after those kept on their own)
    for a in actors:
        a.__dict__.pop("_ms", None)  # working state; keep the objects plain for pickling and output
        a.__dict__.pop("_agent", None)
        a.__dict__.pop("_features", None)
        a.__dict__.pop("_head_agent", None)
        a.__dict__.pop("_passing", None)
    actors[:] = keep


#: What joins two names of one list ("A, B and C", "A (Westby) and B"): a comma, "and", "or" ("&" joins one name's words).
_LIST_JOIN = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")


def _list_mates(keep: list[Actor], candidates: list[Actor], text: str, weights: SalienceModel) -> list[Actor]:
    """The bodies named in passing (:func:`_in_passing`) that share a list with a listed actor ("The
    Avonford Trust, the Westby Council and the Ministry of Fish are running the scheme"): a list
    that acts or undergoes stands together in the story, so a co-runner goes with the one named
    elsewhere. Not a list of examples ("firms such as A, B and C"), a list none of whose names is
    listed, nor people (the injured players listed beside one who recurs) or places (a list of
    countries is a setting). Each at ``key_cut`` at least; the list is followed from name to name.
    Listed last, in room the list's length leaves."""
    listed = {id(a) for a in keep}
    anchors = [m for a in keep if a.type != "place" for m in getattr(a, "_ms", [])]
    waiting = [a for a in candidates if getattr(a, "_passing", False) and id(a) not in listed
               and a.type == "organization" and a.salience >= weights.key_cut]

    def joined(m: _M, n: _M) -> bool:  # one list: "A and B", or "A, B" with both read as items of a list
        first, second = (m, n) if m.end <= n.start else (n, m)
        join = _LIST_JOIN.fullmatch(text, first.end, second.start) if second.start - first.end <= 60 else None
        return bool(join) and (bool(re.search(r"\b(?:and|or)\b", join.group())) or (m.listed and n.listed))

    out: list[Actor] = []
    grew = True
    while grew and waiting:
        grew = False
        for a in list(waiting):
            ms = getattr(a, "_ms", [])
            if any(joined(m, n) for m in ms if m.agentive or m.obj for n in anchors):
                out.append(a)
                waiting.remove(a)
                anchors += ms
                grew = True
    return out


def _capped(keep: list[Actor], quoted: dict[int, int], weights: SalienceModel) -> list[Actor]:
    """The list cut to :data:`MAX_ACTORS` (``keep`` in listed order): first the actors the model is
    sure of (at ``sure_cut``, a place less :data:`PLACE_YIELD`), then the quoted, then the rest by
    salience. A long story quoting many people keeps the bodies and people it is about ("the
    party's senators", a donor named throughout) before a source quoted once."""
    sure = [a for a in keep if -_order(a)[0] >= weights.sure_cut]
    firm = {id(a) for a in sure}
    q = [a for a in keep if id(a) in quoted and id(a) not in firm]
    rest = [a for a in keep if id(a) not in quoted and id(a) not in firm]
    chosen = {id(a) for a in (sure + q + rest)[:MAX_ACTORS]}
    return [a for a in keep if id(a) in chosen]


#: Nouns for a person of some kind, whose plural names a group ("supporters", "tourists"); not kin.
_PEOPLE_NOUNS = (lex.HUMAN_NOUNS | lex.PERSON_ROLES | lex.GROUP_HEADS) - lex.KIN_HEADS
_LEADING = frozenset({"more", "than", "over", "about", "nearly", "almost", "some", "many", "most", "all"})


def _headline_groups(keep: list[Actor], candidates: list[Actor], parsed: ParsedArticle, weights: SalienceModel) -> None:
    """A group the headline has act is an actor of the story ("Avonian shop workers strike", "Rival
    parties reject deal", "Three men jailed"), though the body may name it in other words or not
    at all: the subject of a headline's verb in the plural whose noun is a group's, a person's or a
    body's ("workers", "tourists", "parties"), or a nationality (in a title-case headline read as one
    noun phrase, "Rivals Tweet Prayers", such a plural before a capital, when the story's group of
    that noun acts). Listed (in place, at ``sure_cut``)
    unless a listed actor already names it by that noun: the group's candidate when there is one,
    else the headline's words, without a leading number."""
    doc = parsed.title_doc
    if doc is None:
        return
    title, text = parsed.article.title or "", parsed.article.text
    for t in doc:
        compound = t.dep_ == "compound" and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() \
            and not any(x.dep_ == "pobj" for x in [t, *t.ancestors])
        if (t.dep_ not in ("nsubj", "nsubjpass") and not compound) or t.tag_ not in ("NNS", "NNPS") \
                or t.ent_type_ not in ("", "NORP") \
                or not (t.lemma_.lower() in _PEOPLE_NOUNS or t.lower_ in _PEOPLE_NOUNS
                        or t.lemma_.lower() in lex.ORG_NOUNS or t.ent_type_ == "NORP"):
            continue
        canon = canonical_name(t.text)
        if any(_in_text(x.lower(), [t.lower_]) for a in keep for x in [a.name, *a.aliases]) \
                or (canon and any(canonical_name(a.name) == canon for a in keep)):
            continue  # listed already ("Avonian MPs"; "Conservatives" for the Conservative Party)
        s = t.left_edge.i
        while s < t.i and (doc[s].pos_ in ("DET", "NUM") or doc[s].like_num or doc[s].lower_ in _LEADING):
            s += 1
        phrase = doc[s:t.i + 1].text
        own = next((a for a in candidates if a.type == "group" and a.name.lower().split()[-1] == t.lower_
                    and all(a is not k for k in keep)), None)
        if compound and (own is None or not any(m.agentive for m in getattr(own, "_ms", []))):
            continue  # a title-case headline the parser read as one noun phrase ("... While Rivals Tweet
            # Prayers"): only a group the story has act is its subject
        if own is not None:
            own.salience = max(own.salience, weights.sure_cut)
            keep.append(own)
            continue
        at = text.find(phrase, 0, len(title) + 2) if title else -1
        name = phrase[:1].upper() + phrase[1:]
        keep.append(Actor(name=name, type="group", mentions=1, id=actor_id(name), salience=weights.sure_cut,
                          spans=[Mention(at, at + len(phrase), phrase)] if at >= 0 else []))


def _headline_subjects(parsed: ParsedArticle) -> str:
    """The subjects of the headline's verbs, one per line ("Harbour Bank to cut 500 jobs" gives
    "Harbour Bank"): whoever the headline has act is an actor of the story, even where the body
    names it only as a modifier ("Harbour Bank rules", "Harbour Bank chief Ann Lee")."""
    doc = parsed.title_doc
    if doc is None:
        return ""
    return "\n".join(doc[t.left_edge.i:t.i + 1].text for t in doc if t.dep_ in ("nsubj", "nsubjpass") or (
        t.dep_ == "ROOT" and t.pos_ in ("PROPN", "NOUN")  # "Harbour Bank to cut jobs": parsed as a noun
        and any(c.dep_ == "acl" and c.i > t.i and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                for c in t.children)))


_DATELINE_OUTLET = re.compile(r"^[^()\n]{0,80}\(([A-Z][A-Za-z]{1,12})\)")


def _own_outlets(parsed: ParsedArticle) -> set[str]:
    """The article's own outlet (its publisher, the "(CNN)" of a dateline), lower case: not an
    actor of the story it publishes."""
    out = {parsed.article.publisher.lower()} if parsed.article.publisher else set()
    for text in (parsed.article.title or "", parsed.article.text[:200]):
        m = _DATELINE_OUTLET.match(text)
        if m:
            out.add(m.group(1).lower())
    return out


#: Nouns for a country's state that follow its name ("the US government", "French authorities").
_STATE_NOUNS = ("government", "authorities", "administration")


@functools.lru_cache(maxsize=None)
def _country_adjectives(canon: str) -> tuple[str, ...]:
    """A country's adjectives as the lexicon keys them ("avonian" for Avonia; not a plural people, "avonians"),
    in the lexicon's order."""
    return tuple(d for d, c in lex.DEMONYMS.items() if c == canon and not d.endswith("s"))


def _state_aliases(actors: list[Actor], text: str) -> None:
    """A country listed as an actor also goes by its state where the article names it so, by
    the country's name or its people's ("the Portugal government", "Portuguese authorities"):
    the country acting, named as the article names it. Not where the state noun is listed as an
    actor of its own ("the government", "Authorities")."""
    listed = {re.sub(r"^the ", "", x.lower()) for a in actors for x in [a.name, *a.aliases]}
    for a in actors:
        canon = canonical_name(a.name)
        if a.type != "place" or canon not in _COUNTRY_SET:
            continue
        people = [k.title() for k in _country_adjectives(canon)]
        seen = {x.lower() for x in [a.name, *a.aliases]}
        for form in sorted({a.name, *a.aliases, *people}, key=lambda f: (-len(f), f)):  # (ties by text: a set's order varies by run)
            for noun in _STATE_NOUNS:
                alias = f"{form} {noun}"
                if noun not in listed and alias.lower() not in seen and _in_text(text, [alias]):
                    seen.add(alias.lower())
                    a.aliases.append(alias)


def _fold_bare_state(actors: list[Actor], text: str) -> None:
    """A bare "the government" ("the authorities", "the administration") listed beside exactly
    one country that acts in the story is that country's state: the country acting, so an alias
    of the country, not an actor of its own ("Turkey cut ... the government hopes"). Not beside a
    country only acted on or named ("the invasion of Avonia") unless the article names that
    country's state itself ("the Avonian government", "Avonia's government"); not where it names
    another country's state, nor with no country or several."""
    countries = [a for a in actors if a.type == "place" and canonical_name(a.name) in _COUNTRY_SET]
    bare = [a for a in actors if a.name.lower() in {f"the {n}" for n in _STATE_NOUNS}]
    if len(countries) != 1 or not bare:
        return
    country = canonical_name(countries[0].name)
    own = False
    for m in re.finditer(r"([A-Z][\w.'-]*?)(?:'s)?\s+(?:%s)\b" % "|".join(_STATE_NOUNS), text):
        word = m.group(1)
        other = lex.DEMONYMS.get(word.lower()) or canonical_name(word)
        if other and other != country:
            return
        own = own or other == country
    if not own and not any(m.agentive and not m.quoted for m in getattr(countries[0], "_ms", [])):
        return
    for b in bare:
        _fold_into(countries[0], b, [b.name])
        actors.remove(b)


def _fold_into(into: Actor, other: Actor, aliases: list[str]) -> None:
    """``other`` is another entry for ``into``: its mentions become ``into``'s, and ``aliases``
    (the names of ``other`` that ``into`` should list) join its aliases."""
    into.aliases += aliases
    into.spans = sorted(into.spans + other.spans, key=lambda x: x.start)
    into.mentions += other.mentions


def _drop_shared_surnames(actors: list[Actor]) -> None:
    """A bare surname two listed people share ("Lindqvist" for Maria and Erik Lindqvist) names
    neither of them: it is no alias of either."""
    last: dict[str, int] = {}
    for a in actors:
        if a.type == "person" and len(a.name.split()) >= 2:
            w = a.name.split()[-1].lower()
            last[w] = last.get(w, 0) + 1
    for a in actors:
        if a.type == "person":
            a.aliases = [x for x in a.aliases if len(x.split()) >= 2 or last.get(x.lower(), 0) < 2]


#: How far a place yields to people and organisations in the listed order: summaries name a
#: country as the setting as often as an actor, so a place leads only when clearly more salient.
PLACE_YIELD = 0.1


def _order(a: Actor) -> tuple[float, int]:
    """The listed order: most salient first (places yield :data:`PLACE_YIELD`), then first named."""
    return (-(a.salience - (PLACE_YIELD if a.type == "place" else 0.0)), a.spans[0].start if a.spans else 0)


def _keep(a: Actor, quoted: bool, weights: SalienceModel, n_countries: int, text: str = "") -> bool:
    """Is this candidate a key actor? Not a work, product or law, nor a body's bare noun; a named
    person who is quoted; a speaking group, or a country's group the lead has act ("US prosecutors
    have charged ..."), at half the key cut; else the model's probability decides, with the rules
    (:func:`_useful`) below ``sure_cut``. ``text`` is the article's (for what follows a mention)."""
    ms: list[_M] = getattr(a, "_ms", [])
    if ms and (min(ms, key=lambda m: m.start).work or 2 * sum(m.work for m in ms) >= len(ms)):
        return False  # a film, a song, a bill: named, but not an actor
    named = [m for m in ms if m.label != "DESC"]  # (a description folded in says nothing of a title)
    if named and 2 * sum(m.titled for m in named) >= len(named) \
            and not any(m.body or m.orgmark or m.speech for m in named):
        return False  # "his album X" and one more mention: a title, whatever "the company" was folded in
    if _reporting_outlet(a, ms) or _commentators(a, ms) or _passing_group(a, ms) or _contest(a, ms) or _product(a, ms):
        return False  # an outlet that only reports, a group that only comments, a contest, a product
    if _bare_descriptor(a, ms) or _relayed(a, ms, text):
        return False  # a bare "Police"; a source that only relays ("..., the X Agency reported.")
    if _work_or_role_played(a, ms, text):
        return False  # "X star Ann Lee", "X, played by Ann Lee", "the next X": a work or a character
    if _product_by_use(a, ms, text):
        return False  # "X goes on sale", "X has been downloaded", "the release of X": a product
    if _technology(a, ms, text) or _called_thing(a, ms, text):
        return False  # "X chips ... X software", "the file, nicknamed X": a technology, a standard, a made thing
    if _venue(a, ms, text):
        return False  # "a new contract at X", "launched at X": a ground, a show, a site
    if _portfolio(a, ms, text) or _sentence_word(a, ms, text) or _saint_named(a, ms) or _title_compound(a, ms, text):
        return False  # "the X Secretary Ann Lee": a post's words; "House prices", "the General Ballot": a capital; "St X": a place
    if _media_label(a):
        return False  # "VIDEO: ...", "Video Transcript", "Videos show ...": a page's label, no one
    if quoted and not _junk(a) and (a.type == "person" or a.salience >= weights.key_cut / 2):
        return True
    plain = [m for m in ms if not m.quoted]
    if _in_passing(a, plain, text):
        a._passing = True  # type: ignore[attr-defined]  # (rank() lists it still beside a listed member of its list)
        return False  # named in one sentence of the body only, one of a list or a person said to be no one
    if a.type == "place" and plain and all(_names_contest(m, text) for m in plain):
        return False  # "the Avonian Open", "the Westby Games": a contest's name, not the country
    if a.type == "place" and plain and all(m.nat for m in plain):
        return False  # only ever "X's Ann Lee": a player's nationality, not an actor
    if plain and all(m.weak for m in plain) and canonical_name(a.name) not in _COUNTRY_SET \
            and not getattr(a, "_head_agent", False) \
            and (a.type != "person" or len(plain) >= 2):  # (one mention may be a misparse)
        return False  # only ever a modifier ("X programs", "the X vote"): named, but not acting
    if a.type == "place" and ms and not _place_acts(ms) and not _authorities_act(a, text) and (
            a.salience < weights.sure_cut or all(m.loc or m.addressee for m in ms if not m.quoted)
            or (canonical_name(a.name) not in _COUNTRY_SET and sum(1 for m in ms if not m.quoted) < 2)
            or (a.name not in _COUNTRY_SET and all(m.loc or m.weak for m in ms if not m.quoted))
            or _place_only_setting(a, ms, text)):
        return False  # a setting; a country the model is sure of needs one mention beyond "in X", a
        # state, a city or a region named once needs to act or be acted on ("the size of Westby, Avonshire"),
        # and one only ever a setting or a modifier ("in Westby", "a Westby venue") is no actor
    if a.type == "group" and a.salience >= weights.key_cut / 2 and _speaking_group(ms):
        return True
    if a.type == "group" and a.salience >= weights.key_cut / 2 \
            and any(m.national and m.lead and m.main and m.agentive and not m.quoted for m in ms):
        return True  # "US prosecutors have charged ...": a country's group the lead has act
    if a.salience < weights.key_cut:
        return False
    if a.salience >= weights.sure_cut:
        return not _junk(a)
    if a.type == "organization" and any(_named_body(m, text) for m in plain):
        return True  # a body named in full: a source, a regulator, a party to the story
    return _useful(a, n_countries)


_OUTLETS = lex.words("name_words", "outlet")
_OUTLET_SUFFIXES = lex.words("name_words", "outlet-suffix")
_OUTLET_PREFIXES = lex.words("name_words", "outlet-prefix")
_OUTLET_AFTER_PLACE = lex.words("name_words", "outlet-after-place")
#: Verbs for what an outlet does when it only reports ("reported", "told", "contacted by").
_NEWSROOM = lex.words("speech_verbs", "newsroom")
#: Documents of gathered data ("a Courier poll"): whoever made one is behind the story's figures.
_DATA = lex.words("work_nouns", "data")


def _outlet_name(w: tuple[str, ...]) -> bool:
    """Is a name (its words) a news outlet's: a known outlet ("BBC", "BBC Sport"; not the body
    "BBC Trust"), one with an outlet's last or first word ("the Avonford Herald", "Daily X"),
    or a place's name before "Post"?"""
    if not w:
        return False
    if " ".join(w) in _OUTLETS or (w[0] in _OUTLETS and (len(w) == 1 or w[-1] not in lex.ORG_SUFFIXES
                                                          or w[-1] in _OUTLET_SUFFIXES)):
        return True
    if len(w) >= 2 and (w[-1] in _OUTLET_SUFFIXES or w[0] in _OUTLET_PREFIXES):
        return True
    place = lex.lookup(" ".join(w[:-1])) if len(w) >= 2 and w[-1] in _OUTLET_AFTER_PLACE else None
    return bool(place) and place[1] == "place"


def _edition_of_outlet(w: tuple[str, ...]) -> bool:
    """A name that is an outlet's name and one more word, not a body's last word: a national or
    local edition ("the Avonford Herald Deutschland", "Courier Weekend"; not "Courier Group")."""
    return len(w) >= 3 and w[-1] not in lex.ORG_SUFFIXES and _outlet_name(w[:-1])


def _outlet(ms: list[_M]) -> bool:
    """Is the referent a news outlet, by its name or by what the article calls it ("the Courier
    newspaper", "a Courier correspondent", "the newspaper")?"""
    return any(m.gov in _MEDIA or (m.label == "DESC" and m.head in _MEDIA)
               or (m.label != "DESC" and (_outlet_name(m.words) or _edition_of_outlet(m.words))) for m in ms)


def _reporting_outlet(a: Actor, ms: list[_M]) -> bool:
    """A news outlet that only reports the story: outside quotation marks it reports, is told,
    is cited or is where something appeared ("the Courier reported", "told the Courier",
    "according to the Courier", "an advert in the Courier"), and never acts or undergoes
    anything else ("the Courier launched a service", "sued the Courier"). An outlet the headline
    has act stays; so does one the story relies on as its source, reporting more than once
    ("the Courier reported ... the newspaper said ..."), or whose poll or survey it reports."""
    if a.type != "organization" or getattr(a, "_head_agent", False) or not _outlet(ms):
        return False
    plain = [m for m in ms if not m.quoted]
    if any(m.gov in _DATA for m in ms) \
            or sum(m.agentive and not m.addressee and m.gov in _NEWSROOM and m.gov != "tell" for m in plain) >= 2:
        return False
    return bool(plain) and not any((m.agentive or m.obj) and not (m.speech or m.addressee or m.gov in _NEWSROOM)
                                   for m in plain)


#: Heads of groups whose part is to comment ("analysts", "experts").
_COMMENTATORS = lex.words("role_nouns", "commentator")
#: Verbs of holding or voicing a view ("expect", "caution").
_VIEWS = lex.words("speech_verbs", "view")


def _commentators(a: Actor, ms: list[_M]) -> bool:
    """A described group whose part is to comment ("analysts said", "experts expect"): outside
    quotation marks it only holds or voices a view, or modifies a noun, and never acts or
    undergoes anything ("researchers tested the drug", "experts were hired" act). A group the
    headline has act stays."""
    if a.type != "group" or getattr(a, "_head_agent", False) or not ms \
            or not all(m.label == "DESC" and m.head in _COMMENTATORS for m in ms):
        return False
    plain = [m for m in ms if not m.quoted]
    return bool(plain) and not any(m.obj or (m.agentive and not m.speech and m.gov not in _VIEWS) for m in plain)


def _passing_group(a: Actor, ms: list[_M]) -> bool:
    """A described group the story names once, in passing: outside quotation marks one
    mention, neither the subject of a main clause nor a speaker ("as European leaders gather",
    "with luxury retailers faring well"). A collective at the heart of a story recurs, leads a
    sentence or speaks; one the headline has act stays."""
    if a.type != "group" or getattr(a, "_head_agent", False) or not ms \
            or not all(m.label in ("DESC", "NORP") and "'" not in m.text for m in ms):
        return False
    plain = [m for m in ms if not m.quoted]
    return len(plain) == 1 and not (plain[0].main or plain[0].speech)


#: "X reported." closing a clause: the report is what came before, X only relays it.
_RELAYS = re.compile(r"\s+(?:has |had |also )?reported\s*[.,;:]")


def _relayed(a: Actor, ms: list[_M], text: str) -> bool:
    """An organisation the story names only as the source it relays ("..., the Avonford Agency
    reported."): every mention outside quotation marks, at most two, is the subject of a closing
    "reported" with nothing reported after it. "X reported a loss" acts; the headline's subject
    stays."""
    return _only_ever(a, ms, 2, lambda m: bool(_RELAYS.match(text, m.end)))


def _only_ever(a: Actor, ms: list[_M], most: int, named_so: Callable[[_M], bool]) -> bool:
    """An organisation, not the headline's subject, named outside quotation marks at least once and
    at most ``most`` times, every time in the way ``named_so`` tests."""
    plain = [m for m in ms if not m.quoted]
    return a.type == "organization" and not getattr(a, "_head_agent", False) and 0 < len(plain) <= most \
        and all(named_so(m) for m in plain)


def _bare_descriptor(a: Actor, ms: list[_M]) -> bool:
    """A body named only by its bare common noun ("police said ... Police believe"): every mention
    a description, the entry's name that one noun, written in lower case somewhere. The article
    never names the body, and no editor lists "Police". A state noun stays ("the government" is
    folded into the one country acting, :func:`_fold_bare_state`); so do "the panel" and bare
    plural groups ("Scientists"), which readers and gold accept for the body or group meant."""
    words = a.name.lower().split()
    return a.type == "organization" and bool(ms) and len(words) == 1 and words[0] not in _STATE_NOUNS \
        and all(m.label == "DESC" for m in ms) and any(m.text[:1].islower() for m in ms)


def _bare_definite(a: Actor, ms: list[_M]) -> bool:
    """A body the article calls only "the" and one common noun ("the panel", "the party", "the
    club"): every mention a description, the headline's subject never."""
    words = a.name.lower().split()
    return a.type == "organization" and bool(ms) and len(words) == 2 and words[0] == "the" \
        and words[1] not in _STATE_NOUNS and not getattr(a, "_head_agent", False) \
        and all(m.label == "DESC" for m in ms)


#: Political parties whose usual names (lower case) do not end in "party", for "the party" beside
#: one of them (a name that ends in "party" is tested by its last word, :func:`_named_kind`).
_PARTIES = frozenset({"labour", "liberal democrats", "snp", "plaid cymru", "sinn fein"})


def _named_kind(b: Actor, other: Actor) -> bool:
    """Is ``other`` a named body that ``b``'s bare noun can stand for: its name carries the noun
    ("the court" beside "Court of Appeal"), "the party" beside a party, "the club" ("the side",
    "the team") beside a team, or a body named like a club ("Avonford Rovers")?"""
    noun = b.name.lower().split()[-1]
    names = [other.name, *other.aliases]
    if other is b or other.type != "organization" or all(x.lower().startswith("the ") for x in names):
        return False
    if any(noun in x.lower().split() for x in names):
        return True
    if noun == "party":
        return any(x.lower() in _PARTIES or x.lower().endswith(" party") for x in names)
    return noun in _CLUB_WORDS and (any(m.team for m in getattr(other, "_ms", []))
                                    or any(len(x.split()) >= 2 and x.split()[-1].lower() in _CLUB_SUFFIXES for x in names))


def _drop_bare_seconds(actors: list[Actor]) -> None:
    """A bare "the party" ("the club", "the court") listed beside a named body it can stand for
    (:func:`_named_kind`) is a second entry for a body the list already names (or for one of
    several: "the party" beside Labour and the Tories): dropped. Alone it stays, the only
    entry for a body the article never names ("the panel ruled")."""
    bare = [a for a in actors if _bare_definite(a, getattr(a, "_ms", []))]
    for b in bare:
        if any(_named_kind(b, o) for o in actors):
            actors.remove(b)


_CLUB_SUFFIXES = lex.words("name_words", "club-suffix")
#: The small words a listed body's acronym leaves out (:func:`_short_form_of`): the particles of
#: French and Spanish names too ("Avions de Transport Commercial": ATC); unlike
#: :data:`~generator.identity.ACRONYM_SKIP`, not "on".
_INITIALS_SKIP = frozenset({"of", "de", "and", "&", "the", "for", "du", "des", "la", "le"})


def _short_form_of(s: Actor, full: Actor) -> bool:
    """Is the organisation ``s`` another name of the organisation ``full``: a club's first word
    alone ("Avonford" for "Avonford Rovers", :data:`_CLUB_SUFFIXES`), or an acronym of its words
    ("ATC" for "Avions de Transport Commercial", "Avonia DPS" for "Avonia Department of Public
    Safety") that the article never spells out?"""
    if s is full or s.type != "organization" or full.type != "organization":
        return False
    sw, fw = s.name.split(), full.name.split()
    if len(sw) == 1 and len(fw) == 2 and fw[0] == sw[0] and fw[1].lower() in _CLUB_SUFFIXES:
        return True
    acr = sw[-1]
    if len(acr) < 3 or not acr.isupper() or not acr.isalpha() or len(fw) < 3 or sw[:-1] != fw[:len(sw) - 1]:
        return False
    return initials(fw[len(sw) - 1:], _INITIALS_SKIP) == acr


def _fold_short_forms(actors: list[Actor]) -> None:
    """A listed organisation that is another name of one other listed organisation
    (:func:`_short_form_of`) becomes its alias: one entry per body."""
    for s in list(actors):
        fulls = [f for f in actors if _short_form_of(s, f)]
        if len(fulls) != 1:
            continue
        full = fulls[0]
        _fold_into(full, s, [x for x in [s.name, *s.aliases] if x not in full.aliases and x != full.name])
        full.salience = max(full.salience, s.salience)
        actors.remove(s)


#: Bare plurals that name a class of people or businesses, never one group of them ("Firms",
#: "Students"): a reader lists the bodies or people the story names, not the class.
_GENERIC_CLASSES = frozenset("firms companies businesses banks pupils students consumers customers shoppers "
                             "researchers scientists officers leaders ministers".split())


def _drop_bare_classes(actors: list[Actor]) -> None:
    """Bare plurals of a class (:func:`_bare_plural`) go where the list names a person or a body:
    the story has actors of its own. Where it names none ("Researchers fed 40 mice ... the
    researchers said"), the class is who the story is about, and stays."""
    if any(a.type in ("person", "organization") for a in actors):  # (a bare plural is a group, never these)
        actors[:] = [a for a in actors if not _bare_plural(a, getattr(a, "_ms", []))]


def _bare_plural(a: Actor, ms: list[_M]) -> bool:
    """A group named by nothing but a bare plural of :data:`_GENERIC_CLASSES` ("Firms", "students
    ... Students"): every mention that one word. A group described by more ("flood victims",
    "climate scientists"; "small firms" too: an adjective can pick the group a story is about; "European
    leaders say", "US researchers found": a nationality or a country, left out of the name, picks the
    group that acts) or that the headline has act stays."""
    return a.type == "group" and bool(ms) and not getattr(a, "_head_agent", False) \
        and all(m.label == "DESC" and m.text.lower() in _GENERIC_CLASSES and not (m.national and m.agentive) for m in ms)


#: What the words right after a name say of a work or a character: "X star Ann Lee" (its cast),
#: "X, played by Ann Lee" (a part), ", released in 1994", "will be screened at", "X follows a boy"
#: (a plot), "X, starring Ann Lee".
_WORK_AFTER = re.compile(r"['’]?\s(?:star [A-Z]|follows (?:a|an|the) |tells the story )|,? (?:who (?:is |was )?)?played by [A-Z]"
                         r"|,? (?:released|first broadcast|first shown) (?:in|on) |,? starring [A-Z]"
                         r"|\s(?:will |is to |was |is |has been )?(?:also )?(?:be )?screened (?:at|on|in) "
                         r"|,? (?:which |that )?(?:was |is |has been )?(?:also )?directed by [A-Z]")
#: ... and right before it: "the next X" (a part to play), "codenamed X" (a product), "his character X".
_WORK_BEFORE = re.compile(r"\b(?:the next|codenamed|code-named|(?:his|her|their|the|a|cartoon|fictional) characters?)\s$",
                          re.I)


#: Takings right after a name: "X took $40m", "X, which has taken $90m": a film's (a firm earns, a
#: person is paid).
_TAKINGS_AFTER = re.compile(r",? (?:which |that )?(?:took|has taken|had taken|have taken|grossed|has grossed) "
                            r"(?:more than |nearly |almost |about |over |just |an estimated |a total of )?(?:US ?)?[£$€]\d")


def _work_or_role_played(a: Actor, ms: list[_M], text: str) -> bool:
    """A work, product or fictional part named like an actor, by what the words around a mention
    say of it (:data:`_WORK_AFTER`, :data:`_WORK_BEFORE`): "X star Ann Lee", "X, played by Ann
    Lee", "the next X", "codenamed X", "X, released in 1994", "X was directed by Ann Lee"; or a
    film by its takings (:data:`_TAKINGS_AFTER`, "X took $40m") where nothing marks a person. Not a known place or body, nor
    anything that speaks, is quoted, or is shown as a team or a body ("X striker", "X shares",
    "the band X"): "Avonford star Ann Lee" is a club's player."""
    if a.type == "place" or not ms or any(m.canon or m.speech or m.team or m.orgmark or m.body
                                          or m.gov in _SPEAKING_FOR for m in ms):
        return False
    if not any(m.pev > 0 or m.label in ("PEER", "KIN") or (m.words and m.words[0] in _FIRST_NAMES) for m in ms) \
            and any(_TAKINGS_AFTER.match(text, m.end) for m in ms if not m.quoted and m.label != "DESC"):
        return True  # "X took $40m", not "Ann Lee took $2m"
    return _said_around(ms, text, _WORK_AFTER, _WORK_BEFORE, 20)  # (not "the next government": a description)


def _said_around(ms: list[_M], text: str, after: re.Pattern, before: re.Pattern, reach: int) -> bool:
    """Does a named mention outside quotation marks have ``after`` right after it, or ``before``
    in the ``reach`` characters before it?"""
    return any(after.match(text, m.end) or before.search(text, max(0, m.start - reach), m.start)
               for m in ms if not m.quoted and m.label != "DESC")


#: What is said only of a made thing, right after its name: it goes on sale, costs a price, is
#: downloaded or installed, is made or developed by someone ...
_PRODUCT_AFTER = re.compile(r"\s(?:is |was |will |are |were )?(?:due to |expected to |set to )?(?:go|goes|went|going) on sale\b"
                            r"|\s(?:has been |have been |was |were |is |are |being )(?:downloaded|installed|shipped)\b"
                            r"|\s(?:has been |was |were |is |are )?(?:developed|manufactured|designed|built) by [A-Z]"
                            r"|\s(?:costs?|retails? (?:for|at)|sells? for) (?:about |around |just |only )?(?:US ?|A|C|HK)?[£$€]")
#: ... and right before it: "the release of X", "trials of the X", "users of X", "a copy of X".
_PRODUCT_BEFORE = re.compile(r"\b(?:release|releases|trials?|users|copies|a copy|versions?|owners) of (?:the )?$", re.I)


#: A possessive right after a name ("X's novel"): the name owns the noun after it.
_POSSESSOR = re.compile(r"['’](?:s\b|(?=\s))")


def _product_by_use(a: Actor, ms: list[_M], text: str) -> bool:
    """A product named like a company or a person, by what the words right around a mention say
    of it (:data:`_PRODUCT_AFTER`, :data:`_PRODUCT_BEFORE`): "X goes on sale", "X has been
    downloaded", "X, developed by Acme", "trials of the X". Not a known place or body, nor
    anything that speaks or is shown as a body (shares, staff, a spokesman: "X said", "X
    shares"); a person's name (full, or evidently a person) is never a product. "Of" belongs to
    the noun a name modifies or owns ("the movie version of Ann Lee's novel")."""
    if a.type == "place" or not ms or any(m.canon or m.speech or m.orgmark or m.body or m.pev > 0
                                          or m.gov in _SPEAKING_FOR or m.gov in _ORG_MARKS for m in ms):
        return False
    named = [m for m in ms if not m.quoted and m.label != "DESC"]
    return any(_PRODUCT_AFTER.match(text, m.end) for m in named) or any(
        _PRODUCT_BEFORE.search(text, max(0, m.start - 24), m.start) for m in named
        if not m.weak and not _POSSESSOR.match(text, m.end))  # "a version of X's novel", "users of the X website": the noun's


#: Nouns for a made thing the text names ("the software, known as X", "the file, nicknamed X"): never a
#: player or a model, which may be a person ("a model called Ann").
_NAMED_THINGS = (_PRODUCTS | lex.words("work_nouns", "tech") | lex.words("work_nouns", "named-thing")) - {"player", "model"}
_CALLED_THING = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _NAMED_THINGS))) + r")s?,?\s+(?:(?:is|was|being)\s+)?"
                           r"(?:called|nicknamed|named|dubbed|known\s+as|codenamed|code-named)\s+(?:the\s+)?$", re.I)


def _called_thing(a: Actor, ms: list[_M], text: str) -> bool:
    """A made thing the article names as one ("the file, nicknamed X", "software, known as X", "the
    format called X"): a mention outside quotation marks right after a noun for a made thing or a
    technology and a word of naming. Not a known place or body, nor anything that speaks or is
    shown as a body, a team or a person (a title, an age, a given name: "my drug is called Ann"). The
    name so given must be the actor's own: a shorter alias after "the program, called X" shows a wrong
    merge of the programme into a body whose longer name holds it ("X Investment Coalition"), not a thing."""
    if not ms or not text or any(m.canon or m.speech or m.orgmark or m.body or m.team or m.pev > 0 or m.cue or m.own
                                 or m.label in ("PEER", "KIN") or m.gov in _SPEAKING_FOR or m.gov in _ORG_MARKS
                                 or (m.words and m.words[0] in _FIRST_NAMES) for m in ms):
        return False
    return any(_CALLED_THING.search(text, max(0, m.start - 40), m.start) for m in ms
               if not m.quoted and m.label != "DESC" and m.text == a.name)


#: Nouns a technology or a standard names ("X software", "X tags", "X chips").
_TECH_NOUNS = _PRODUCTS | lex.words("work_nouns", "tech")
_TECH_AFTER = r"[ -]([a-z]+)\b"


def _technology(a: Actor, ms: list[_M], text: str) -> bool:
    """A technology, a standard or a platform named like a body ("X chips", "X software", "the
    X standard"): the name, wherever it stands in the text (the tagger misses many such uses), modifies a noun for a made
    thing or a technology (:data:`_TECH_NOUNS`, singular or plural) twice, and no mention shows a body or an agent (the
    guards of :func:`_product`: a firm speaks, acts, has shares or staff), nor a person or a known place."""
    if a.type not in ("organization", "place") or not ms or not text or any(
            m.canon or m.speech or m.orgmark or m.body or m.team or m.pev > 0 or m.gov in _SPEAKING_FOR
            or m.gov in _ORG_MARKS or (m.agentive and not m.obj and m.gov not in _COPULAS) for m in ms):
        return False
    hits = 0
    for name in {m.text for m in ms if m.label != "DESC" and not m.quoted}:
        for w in re.finditer(r"(?<![\w-])" + re.escape(name) + _TECH_AFTER, text):
            noun = w.group(1)
            hits += noun in _TECH_NOUNS or (noun.endswith("s") and noun[:-1] in _TECH_NOUNS)
    return hits >= 2


_AT_VENUE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)


def _venue(a: Actor, ms: list[_M], text: str) -> bool:
    """An organisation only ever named as where something happens ("a new contract at X", "the
    phone launched at X", "the debate at X"): a ground, a show or a site, not an actor of the
    story. At most three mentions, each outside quotation marks a setting right after "at" ("in
    the Cabinet", "on the Stock Exchange", "into the Hall of Fame" name bodies readers list; "a
    report from X" cites a source; the headline's subject stays)."""
    return _only_ever(a, ms, 3, lambda m: m.loc and bool(_AT_VENUE.search(text, max(0, m.start - 12), m.start)))


#: A government post after a name ("the Avonian Affairs Secretary", "a Cabinet minister").
_POST_AFTER = re.compile(r"[ -](?:[Ss]ecretary|[Mm]inister)\b")


def _portfolio(a: Actor, ms: list[_M], text: str) -> bool:
    """An organisation named only in a post's title ("the Trade and Industry Secretary Ann Lee",
    "The Shadow Secretary", "former Cabinet minister Ann Lee"): every named mention outside
    quotation marks runs into "Secretary" or "Minister", and the name does not end in a body's word
    ("Home Office Minister Ann Lee" names the Home Office, an actor readers list). The holder of the
    post is the actor; the headline's subject stays."""
    names = [m for m in ms if m.label != "DESC"]
    if a.type != "organization" or not names or getattr(a, "_head_agent", False) or not text \
            or any(m.gov in _SPEAKING_FOR for m in ms):
        return False  # (what "the X Secretary" says is the secretary's: it speaks for no body)
    plain = [m for m in names if not m.quoted]
    last = a.name.lower().split()[-1]
    return bool(plain) and last not in lex.ORG_SUFFIXES and last not in _BODY_HEADS \
        and all(_POST_AFTER.match(text, m.end) for m in plain)


_SAINT = re.compile(r"(?:st\.?|saint|ste\.?) ", re.I)


def _saint_named(a: Actor, ms: list[_M]) -> bool:
    """A person's entry that is only ever "St X" ("St Avon's", "St Avon's Park", "Westby and St
    Avon"): the name of a church, a school, a ground or a place, read as a person once "St" went
    as an honorific; no party to the story (a school that acts is named with its own noun)."""
    names = [m for m in ms if m.label != "DESC"]
    return a.type == "person" and bool(names) and all(_SAINT.match(m.surface or "") for m in names)


_AT_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]?\s+|\n\s*)$")


def _sentence_word(a: Actor, ms: list[_M], text: str) -> bool:
    """A common word taken for a name for its capital letter at the head of a sentence or of the
    headline ("House prices rise ..."): one word, every named mention at a
    sentence's start, the same word written in lower case elsewhere in the article ("the alerts"),
    and no mention speaks, is known to the lexicon, or is shown as a body ("X shares", "the firm
    X"). A firm whose name is a common word ("Acme") is named inside sentences too."""
    names = [m for m in ms if m.label != "DESC"]
    if a.type not in ("organization", "person") or not names or not text or len(a.name.split()) != 1 \
            or any(m.canon or m.speech or m.orgmark or m.body or m.gov in _SPEAKING_FOR or len(m.words) != 1
                   for m in ms):
        return False
    word = a.name
    if not word.isalpha() or not word[:1].isupper() or word.isupper() \
            or not all(_AT_SENTENCE_START.search(text, max(0, m.start - 4), m.start) for m in names):
        return False
    return word.lower() in text and bool(re.search(r"\b%s\b" % re.escape(word.lower()), text))


_MEDIA_LABELS = lex.words("name_words", "media-label")


def _media_label(a: Actor) -> bool:
    """A name made only of words that label a page's media or a transcript's part ("VIDEO:" before
    the words of a clip, "Video Transcript", "Videos have revealed ..."): a label, not an actor."""
    words = a.name.lower().split()
    return bool(words) and all(w in _MEDIA_LABELS for w in words)


def _title_compound(a: Actor, ms: list[_M], text: str) -> bool:
    """A common noun the tagger took for a surname because a title word stands capitalised before it
    ("the forthcoming General Ballot": "General" is no rank there): a person's entry named by one word
    only, every mention right after a capitalised title word ("General", not "Gen."), the word written
    in lower case elsewhere in the article ("the ballot", "ballots"), and no mention speaks."""
    names = [m for m in ms if m.label not in ("DESC", "KIN")]
    if a.type != "person" or not names or not text or any(len(m.words) != 1 or m.speech or m.canon for m in names):
        return False
    word = text[names[0].start:names[0].end]
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or word.lower() in _FIRST_NAMES:
        return False
    for m in names:
        before = re.search(r"([A-Z][a-z]+) $", text[max(0, m.start - 30):m.start])
        if not before or before.group(1).lower() not in lex.TITLE_WORDS:
            return False
    return bool(re.search(r"\b%ss?\b" % re.escape(word.lower()), text))


_CONTESTS = lex.words("name_words", "contest")
_PRIZES = lex.words("name_words", "prize")
_PRIZE_NAMES = frozenset(tuple(x.split()) for x in lex.words("name_words", "prize-name"))


def _prize_named(m: _M) -> bool:
    """Is the mention a prize by its name: its last word a prize's ("the Avonford Awards"), or
    the whole of it a prize's own name (:data:`_PRIZE_NAMES`: "an Oscar", "the Grammys"), or its
    canonical name one of these ("the Oscars" for the Academy Awards)?"""
    canon = tuple(m.canon.lower().split()) if m.canon else ()
    return (len(m.words) >= 2 and m.words[-1] in _PRIZES) or m.words in _PRIZE_NAMES \
        or (len(canon) >= 2 and canon[-1] in _PRIZES)


def _prize(a: Actor, ms: list[_M]) -> bool:
    """A prize, however the tagger read it ("the Avonford Awards", "Oscar nominees", "won an
    Oscar", "the Oscars"): every named mention a prize's (:func:`_prize_named`), and none outside
    quotation marks speaks ("the Awards' judges said" act for it). Its winners and its academy are
    the actors, in the headline too ("Oscar nominees gather"). A name that is only a prize's own
    name ("Oscar") and ever acts or is marked as a person ("Oscar scored", "Oscar, 23,") is a
    person's."""
    names = [m for m in ms if m.label != "DESC"]
    if not names or not all(_prize_named(m) for m in names):
        return False
    plain = [m for m in ms if not m.quoted]
    if any(m.speech or m.gov in _SPEAKING_FOR for m in plain):
        return False
    worded = any(len(m.words) >= 2 and m.words[-1] in _PRIZES for m in names) or any(m.canon for m in names)
    return bool(plain) and (worded or not any(m.agentive or m.pev > 0 or m.speech for m in ms))


def _contest(a: Actor, ms: list[_M]) -> bool:
    """A contest or a prize named like a body ("the Avonford Cup", "the Northern League", "the
    Avonford Prize"): outside quotation marks a contest is only where or what is played or won
    ("in the Cup", "Cup football", "won the Cup"), never an agent; a prize is never an actor
    unless it speaks (:func:`_prize`). A league that fines a club, a cup whose organisers are
    named by it, act, and stay; so does the headline's subject. The tagger may read a cup as a
    place or a person ("the Avonford Cup loss"), a prize as a person."""
    if _prize(a, ms):
        return True
    names = [m for m in ms if m.label != "DESC"]
    if getattr(a, "_head_agent", False) or not names \
            or not all(len(m.words) >= 2 and m.words[-1] in _CONTESTS for m in names):
        return False
    plain = [m for m in ms if not m.quoted]
    if a.type == "person" and (any(m.pev > 0 or m.cue or m.own or m.speech or m.label in ("PEER", "KIN") for m in ms) or (
            all(m.label == "PERSON" for m in names) and any(m.words[0] in _FIRST_NAMES for m in names))):
        return False  # a title, age, pronoun or speech says a person, or a given name the tagger never read otherwise
    return a.type in ("organization", "place", "person") and bool(plain) and not any(m.agentive for m in plain)


_MODEL_CODE = re.compile(r"(?=[a-z-]*\d)(?=\d*[a-z])[a-z\d-]{2,}|\d{3,}")


def _model_name(ms: list[_M]) -> bool:
    """A model named by its maker and a code ("the Acme K310", "Avia 7400"): every name of two or
    more words, its last a code of letters and digits or a number of three digits or more. A
    club's year ("Avonford 04") and a channel's number ("Channel 4") are shorter; a one-word
    code ("K3") may be a firm's name."""
    names = [m for m in ms if m.label != "DESC"]
    return bool(names) and all(len(m.words) >= 2 and bool(_MODEL_CODE.fullmatch(m.words[-1])) for m in names)


_NEXT_WORD = re.compile(r"[ -]([A-Z][a-z]+)\b")


def _names_contest(m: _M, text: str) -> bool:
    """Is the mention the first word of a contest's name ("the Avonia Open", "Westby Games")?"""
    nxt = _NEXT_WORD.match(text, m.end) if text else None
    word = nxt.group(1).lower() if nxt else ""
    return word in _CONTESTS or (word.endswith("s") and word[:-1] in _CONTESTS)


def _product(a: Actor, ms: list[_M]) -> bool:
    """A product named like a company ("the X console", "Acme's X"): some mention outside
    quotation marks names it as a made thing, and none shows a body or an agent: it never speaks,
    has shares, staff or a spokesman ("X said", "X shares", "an X spokeswoman"), nor does anything as the subject of an
    active verb other than a copula ("X faces a rival"; "X is popular", "X was launched" are a
    thing's), nor is a known place. What a product does is its maker's, in the headline too."""
    if a.type not in ("organization", "place", "person") or not ms or any(m.canon for m in ms):
        return False
    if a.type == "person" and any(m.pev > 0 or m.cue or m.own or m.label in ("PEER", "KIN", "DESC")
                                  or (m.words and m.words[0] in _FIRST_NAMES) for m in ms):
        return False  # a person the tagger read, with a person's marks: "his Ann" is no make
    if _model_name(ms) and not any(m.speech or m.orgmark or m.gov in _SPEAKING_FOR for m in ms):
        return True  # "the Acme K310, offering ...": a model, whatever it is said to do
    return any(m.made and not m.quoted for m in ms) and not any(
        m.speech or m.orgmark or m.body or m.gov in _SPEAKING_FOR or m.gov in _ORG_MARKS
        or (m.agentive and not m.obj and m.gov not in _COPULAS) for m in ms)


def _speaking_group(ms: list[_M]) -> bool:
    """A group described by more than its bare noun ("Marsh's collaborators", "flood victims")
    that the story has act more than once and speak ("Marsh's collaborators said ... the
    collaborators argued"): an actor, though the model, trained on the words of summaries that
    paraphrase groups, rates descriptions low. A bare "analysts said" is commentary."""
    plain = [m for m in ms if not m.quoted and not m.weak]
    return bool(ms) and all(m.label == "DESC" for m in ms) and sum(m.agentive for m in plain) >= 2 \
        and any(m.speech for m in plain) and any(len(m.words) >= 2 for m in ms)  # not "analysts said"


def _place_acts(ms: list[_M]) -> bool:
    """Does a place take part in the story, rather than only set the scene ("in Florida", "the
    Ohio senator")? It acts or is acted on (a subject, an object) somewhere outside quotation
    marks, or it leads the story as more than a setting and recurs (three mentions that are not
    settings: "U.S. growth ... the U.S. economy")."""
    plain = [m for m in ms if not m.quoted]
    if any(m.agentive or m.obj for m in plain):
        return True
    named = [m for m in plain if not m.loc and not m.addressee]
    return len(named) >= 3 and any(m.lead for m in named)


#: Nouns for a state's own bodies and agents: a country named as their modifier ("US regulators",
#: "the UK government", "US forces") may be a party to the story through them.
_STATE_BODIES = frozenset("""government authority official regulator prosecutor ministry minister police court
    force troop military army navy embassy diplomat administration congress senate parliament president
    attorney department agency watchdog""".split())


def _place_only_setting(a: Actor, ms: list[_M], text: str) -> bool:
    """Is a place only ever the story's setting or a modifier outside quotation marks ("released in
    Avonia", "Avonia critics", "Avonia's box office chart"), named at most four times and not in the
    headline (where a reader's summary takes it up), with none of its state's bodies named through
    it ("the Avonia government")? A place named after the town it locates is a setting ("in Cusco,
    Peru"); for a place that is no country, so are an owner after "at"/"in" ("at Westby's Grand
    Theatre", "in Westby's old town"; not "Westby's offer"), the goal of going ("moved to Westby")
    and a hyphened pair ("the Westby-Avonford line")."""
    plain = [m for m in ms if not m.quoted]
    if not 0 < len(plain) <= 4 or getattr(a, "_features", {}).get("headline") or getattr(a, "_head_agent", False) \
            or any(m.weak and m.gov in _STATE_BODIES for m in plain):
        return False
    if canonical_name(a.name) in _COUNTRY_SET and all(m.loc or m.weak or _locating(m, text) for m in plain):
        return True
    return bool(text) and a.name not in _COUNTRY_SET and all(
        m.loc or m.weak or _setting_owner(m, text) or _locating(m, text) or _setting_by_words(m, text) for m in plain)


#: A locative word right before a city's possessive: "at X's South Bank Centre" names where, not who.
_AT_OWNER = re.compile(r"\b(?:at|in|inside|outside|near)\s+$", re.I)


def _setting_owner(m: _M, text: str) -> bool:
    """Is the mention an owner after a locative word ("at Westby's Grand Theatre")?"""
    return (text.startswith("'s ", m.end) or text.startswith("\u2019s ", m.end)) \
        and bool(_AT_OWNER.search(text, max(0, m.start - 12), m.start))


#: A place after the town it locates, itself after a locative word: "in Cusco, Peru" says where.
_LOCATED_TOWN = re.compile(r"\b(?:in|at|near|from|outside|inside|of)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+$")
#: Going somewhere, written before "to": "moved to X", "flew back to X", "was extradited to X" (not the
#: noun "a move to X", a footballer's next club).
_GOING_TO = re.compile(r"\b(?:moved|moving|relocat(?:e|ed|es|ing)|fl(?:ew|y|ies|own|ying)|travell?(?:ed|ing|s)?"
                       r"|return(?:ed|ing|s)?|head(?:ed|ing|s)|extradit(?:e|ed|es|ing)|emigrat(?:e|ed|es|ing))"
                       r"(?:\s+[\w'’]+){0,3}?\s+to\s+$", re.I)


def _locating(m: _M, text: str) -> bool:
    """Is the mention a place named after the town it locates ("in Cusco, Peru"), not its owner?"""
    return bool(text) and bool(_LOCATED_TOWN.search(text, max(0, m.start - 60), m.start)) \
        and not re.match(r"['’]s\b", text[m.end:m.end + 3])


def _setting_by_words(m: _M, text: str) -> bool:
    """Is the mention of a place that is no country the goal of going ("moved to Denver", "flew back
    to Denver") or half of a hyphened pair of names before a noun ("the Lisbon-Oporto rail link")?"""
    return bool(_GOING_TO.search(text, max(0, m.start - 60), m.start)) \
        or bool(re.match(r"[-–][A-Z][\w.'’]*\s+[a-z]", text[m.end:m.end + 40])) \
        or bool(re.search(r"\b[A-Z][\w.'’]*[-–]$", text[max(0, m.start - 30):m.start])
                and re.match(r"\s+[a-z]", text[m.end:m.end + 3]))


#: A country's public bodies written with its adjective ("Avonian authorities", "the Avonian government").
_AUTHORITY_NOUNS = r"(?:authorities|officials|government|regulators?|prosecutors|ministry|police|courts?)"
#: What shows those bodies act: a verb or auxiliary next ("have said", "forced") or a relative "who".
_AUTHORITY_ACTS = r"(?:\s+(?:\w+ly\s+)?(?:ha(?:ve|s|d)|is|are|was|were|will|would|could|can|may|might|must|should|says?|said|\w+ed)\b|,\s*who\b)"


def _authorities_act(a: Actor, text: str) -> bool:
    """A country whose authorities act outside quotation marks ("Avonian authorities have said
    they will approve the drug", "the Avonian government had told it to pay"): a party to the
    story, not only its setting, though its own name only ever follows "in". The bodies named as a
    modifier ("an Avonian government grant"), as an owner ("the Avonian government's policies"),
    after "of" ("agents of the Avonian government") or as a passive's agent ("backed by Avonian
    authorities": what they did is told of something else) do not count."""
    canon = canonical_name(a.name)
    if not text or canon not in _COUNTRY_SET:
        return False
    adjectives = _country_adjectives(canon)
    if not adjectives:
        return False
    alt = "|".join(re.escape(d) for d in sorted(adjectives, key=len, reverse=True))
    found = re.compile(r"(?<!\bof the )(?<!\bof )(?<!\bby the )(?<!\bby )\b(?:%s)\s+%s%s" % (
        alt, _AUTHORITY_NOUNS, _AUTHORITY_ACTS), re.I)
    return any(not _inside_quote_marks(text, m.start()) for m in found.finditer(text))


def _inside_quote_marks(text: str, i: int) -> bool:
    """Is position ``i`` inside quotation marks of its paragraph (the analysis's own reading of them,
    :func:`find_marks`: marks included, an unclosed one running to its end)?"""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    at = i - start
    return any(m.open <= at < (m.close + 1 if m.close is not None else m.end)
               for m in find_marks(text[start:end if end >= 0 else len(text)]))


_COUNTRY_SET = set(lex.COUNTRIES) - {
    "Europe", "Africa", "Asia", "Middle East", "Latin America"}


def _junk(a: Actor) -> bool:
    """A lone capitalised word NER took for a name, with nothing else to show it is an actor."""
    ms: list[_M] = getattr(a, "_ms", [])
    return bool(ms) and len(ms) == 1 and len(ms[0].words) == 1 and ms[0].label in ("PERSON", "ORG") \
        and ms[0].pev <= 0 and not ms[0].agentive and not ms[0].canon


#: Words before a name that make it a place, a destination or one of a list, not a party to the
#: story ("filed in the District Court", "appointed to the Court", "such as X and Y").
_BODY_NOT_AFTER = frozenset("in at on near to for with through into before inside from and or including".split())
_LISTED_NEXT = re.compile(r"\s*(?:,|and|or)\s+(?:the\s+)?[A-Z]")
_BODY_BEFORE = re.compile(r"([\w'’-]+)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)?$")


#: the words through which a named body takes part: its spokesman, its figures ("a spokesman for X", "figures from X")
_VOICE_OR_FIGURES = _SPEAKING_FOR | _DATA


def _named_body(m: _M, text: str = "") -> bool:
    """Is this mention a public, trade or campaigning body named in full as a party to the story
    ("the Avonford Teachers Association said", "figures from the Institute for Avonian Studies",
    "a spokesman for the Avonford Trust"): a name of two or more capitalised words whose head,
    the last word or the word before "of"/"for"/"on", is a body's noun? Not a setting or a
    destination ("filed in the Avonford Court", "appointed to the Court"), one of a list, nor
    a modifier ("Avonford Court Judge Ann Lee") unless it names its spokesman or its figures."""
    if m.label not in ("ORG", "PERSON") or m.work or m.addressee \
            or (m.weak and m.gov not in _VOICE_OR_FIGURES):
        return False
    words = re.sub(r"^the ", "", m.text, flags=re.I).replace("'s", "").split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _BODY_LINKS | {"and", "&"} for w in words):
        return False
    link = next((i for i, w in enumerate(words) if w in _BODY_LINKS), len(words))
    if link < 1 or words[link - 1].lower() not in _BODY_HEADS:
        return False
    if text and not m.agentive and _LISTED_NEXT.match(text, m.end):
        return False  # one of a list ("in the Avonford Assembly or the Westby Council"); a list that acts stays
    left = text[max(0, m.start - 80):m.start]
    before = _BODY_BEFORE.search(left)
    if before and before.group(1).lower() in _BODY_NOT_AFTER:
        said_for = re.search(r"([\w-]+)\s+$", left[:before.start()])
        return before.group(1).lower() in ("for", "from") and bool(said_for) and \
            said_for.group(1).lower() in _VOICE_OR_FIGURES
    return True


#: Verbs of making a study, an event or an inquiry happen, whose agent after "by" is the one behind it
#: ("carried out by", "organised by", "led by", "conducted by", "commissioned by").
_CONDUCTED = frozenset("carry organise organize conduct lead commission stage".split())
#: "by" before a name in the same clause ("carried out by husband and wife team Ann and Tom Lee").
_BY_AGENT = re.compile(r"\bby\b[^.,;:\"“”]*$")
_OUT_BY = re.compile(r"\bout by\b[^.,;:\"“”]*$")  # "carried out by" (not "carried by team-mates")


#: A relative clause after a name, which says who the person is ("Ann Lee, who ...", "Ann Lee, whose ...").
_RELATIVE_AFTER = re.compile(r",\s+(?:who|whose)\b")


def _in_passing(a: Actor, plain: list[_M], text: str = "") -> bool:
    """Named in passing: every mention, quoted or not, is in one sentence of the body, not the lead
    nor the two sentences after it, the headline and dek do not name it and it says nothing there;
    and it is one of a list of names ("A, B and C are injured"), or a person the article says
    nothing of (no role, no post, no relative clause on a mention that acts: "A, whose trial
    ended on Friday, was known as ..."). A reader's summary lists neither: the other results of a
    round-up, the injured players listed, the people a column names once. (A quoted person is
    decided before this.)"""
    ms: list[_M] = getattr(a, "_ms", [])
    if not plain or len({m.sent for m in ms}) != 1 or any(m.lead or m.sent < 3 for m in ms):
        return False  # (the first sentences after the lead name whom it described: "A man ... Ann Lee, 41, ...")
    if any(m.speech for m in plain):
        return False  # "Ann Lee said the vote was close": a source, however briefly
    if any(m.gov in _CONDUCTED and (_OUT_BY if m.gov == "carry" else _BY_AGENT).search(text, max(0, m.start - 60), m.start)
           for m in plain):
        return False  # "the study was carried out by Ann Lee", "organised by Ann Lee": who made it happen
    f = getattr(a, "_features", {})
    if f.get("headline") or f.get("dek") or getattr(a, "_head_agent", False):
        return False
    if not (all(m.listed for m in plain) or (a.type == "person" and not a.role)):
        return False
    if any(m.agentive and not m.listed and _RELATIVE_AFTER.match(text, m.end) for m in plain):
        return False  # "Ann Lee, whose trial ended on Friday, was known as ...": described, and acting
    last = a.name.split()[-1]
    # the name comes back where no mention was bound to it ("A and B lead the polls"): not in passing
    return not (text and len(re.findall(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text)) > len(ms))


def _useful(a: Actor, n_countries: int = 0) -> bool:
    """Would a reader list this candidate as an actor of the story?"""
    ms: list[_M] = getattr(a, "_ms", [])
    if not ms:
        return True
    plain = [m for m in ms if not m.quoted]
    strong = [m for m in plain if not m.weak and not m.addressee]
    agent = sum(1 for m in plain if m.agentive) + int(getattr(a, "_head_agent", False))
    speech = sum(1 for m in plain if m.speech)
    lead = any(m.lead for m in ms)
    labels = {m.label for m in ms}
    if not plain:
        return False
    if a.type == "person":
        if labels <= {"KIN"}:
            return len(plain) >= 2 and agent >= 1
        full = any(len(_C._core(m.words)) >= 2 or m.label == "PEER" or m.surface != m.text for m in ms)
        evident = any(m.pev >= 3 for m in ms)
        if len(ms) == 1 and not (agent or speech or lead or evident or a.role or plain[0].obj):
            return False  # named once in passing ("songs by X", "like X before him")
        return full or len(plain) >= 2 or speech >= 1 or evident
    if a.type == "place":
        canon = next((m.canon for m in ms if m.canon), None)
        if canon in _COUNTRY_SET:
            return len(plain) >= 2 or agent >= 1 or lead or (len(strong) >= 1 and n_countries >= 5)
        return agent >= 1 and len(plain) >= 2
    if a.type == "organization":
        if labels <= {"DESC"}:
            return agent >= 1 and (len(plain) >= 2 or speech >= 1)
        author = any(m.weak and m.gov in _DATA for m in plain)  # "the X poll", "X figures": behind the story's figures
        if all(m.addressee or m.weak for m in plain) and not agent and not author:
            return False
        return len(strong) >= 2 or agent >= 1 or lead or author
    # groups: a named group ("Democrats") that acts; a described one that acts twice, or acts and recurs
    if "NORP" in labels:
        return agent >= 1
    return agent >= 2 or (agent >= 1 and (len(plain) >= 3 or lead))
