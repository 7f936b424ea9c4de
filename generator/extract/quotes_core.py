"""The machinery behind :mod:`generator.extract.quotes` (see its docstring for the method)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lexicon as lex
from ..model import Quote, Reported
from . import quote_model, speaker_model
from .analysis import AGE_WORD, DOUBLE_CLOSE, Analysis, Block, Mark
from .coref import END_STOPS as END_PUNCT, MADE_TO_SAY, NAME_LABELS, ORG_LABELS, PRONOUNS, RELATIVE
from .stages import guarded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# ---------------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------------
# Word lists shared with the other stages live in generator/lexicon (imported as ``lex``).


TERM_BEFORE = frozenset("so-called socalled dubbed nicknamed".split())
# a participle naming the noun it follows ("an offence known as", "a plot called"): the quote is a name
NAMING_VERBS = frozenset("call know name title entitle dub nickname brand term".split())
# a passive that names or bills a thing with no one said to do it ("it has been called “…”", "what has
# been described as “…”", "the prize is billed as “…”"): the quote is a label, not anyone's words
PASSIVE_NAMING = NAMING_VERBS | frozenset("describe bill label style tout".split())
WORD_NOUNS = frozenset("term word phrase label name slogan moniker tag nickname expression buzzword".split())
TITLE_BEFORE = frozenset("""on in of watch read film show book movie song album episode documentary series titled
entitled headlined nickname podcast""".split())
# where an interview was given: told “Face the Nation”, speaking to “This Morning”, an interview with “Newsday”
INTERVIEW_BEFORE = frozenset("told tell tells telling speaking talking spoke talked interview interviews".split())
MEDIA_NOUNS = frozenset("""memoir book film movie show program programme series drama thriller documentary novel
album song play musical podcast column essay article headline slogan sitcom comedy episode biopic""".split())
TITLE_AFTER = frozenset("show program programme series film movie book podcast forum album episode".split())
SMALL_WORDS = frozenset("a an the of and or in on at to for with from by as is de la le von van der".split())

DASHES = frozenset("—–―-")
# what a passive naming or reporting verb says of its subject: he was called “…”, it was labelled “…”
PASSIVE_COMPLEMENTS = frozenset("oprd attr dobj xcomp acomp ccomp".split())
# where or to whom a message goes ("a message on Twitter", "an email to members", "via its website")
PLATFORM_PREPS = frozenset(("on", "to", "via"))
MAX_AFTER = 12
MAX_BEFORE = 40
MIN_CHARS = 8  # shorter quoted words ("fair", "sad") are left out: too short to be worth a quote,
SHORT_CHARS = 4  # unless a reporting verb governs them (said it would be an “insult”): someone's words


# ---------------------------------------------------------------------------------------------
# 2. The extractor
# ---------------------------------------------------------------------------------------------

@dataclass
class Piece:
    """One quoted stretch of one paragraph, with its parse context."""

    block: int  # index into the article's blocks
    mark: Mark
    unit: int = -1
    toks: tuple[int, int] = (0, 0)  # token range of the words inside the marks
    speaker_tok: int | None = None
    cue: str | None = None
    how: str = ""
    term: bool = False
    block_src: int | None = None
    cue_tok: int | None = None


def _sayer_subject(doc: "Doc", p: Piece) -> bool:
    """The speaker found for ``p`` is, in the quote's own paragraph and outside the marks, the
    subject of the reporting verb ("Reed said it was an “insult”") or of :func:`_clause_verb` (the first
    of coordinated verbs, the clause a participle cue hangs on: "Reed sued, saying he was cut out of
    “jackpot” profits") or the owner of the remark
    ("Reed's claim that it was “unfair”"); not the subject of a passive ("Reed was said to be
    “furious”"), a thing the quote only labels ("as the “autopsy” recommended") or a headline's
    word with no reporting verb."""
    if p.speaker_tok is None or p.cue_tok is None or p.block_src is not None:
        return False
    who, cue = doc[p.speaker_tok], doc[p.cue_tok]
    if p.toks[0] <= who.i < p.toks[1]:
        return False
    while who.dep_ == "conj" and who.head.i != who.i:
        who = who.head  # "Reed and Lee said"
    if who.dep_ == "poss":
        return who.head.is_ancestor(doc[p.toks[0]])
    if who.dep_ != "nsubj" or who.is_ancestor(doc[p.toks[0]]):
        return False  # words inside the subject itself ("the sources, all unnamed “allies”, said") are no words said
    return who.head.i in (cue.i, _clause_verb(cue).i)


def _clause_verb(cue: "Token") -> "Token":
    """The verb whose subject also says what ``cue`` introduces: the first of coordinated verbs
    ("has mocked …, referred to them as “…”"), the verb a participle hangs on ("sued, saying …",
    "responded by calling him “…”")."""
    def first(v: "Token") -> "Token":
        while v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):  # its own subject: "and X was said to"
            v = v.head
        return v

    v = first(cue)
    if v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp", "pcomp"):
        h = v.head.head if v.dep_ == "pcomp" and v.head.dep_ == "prep" else v.head
        v = first(h)
    return v


def _as_clause(v: "Token") -> bool:
    """``v`` heads an "as/while X …" adverbial clause ("as Harlow went on about “…”")."""
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in v.children)


def _content_owner(b: Block, n: "Token", below: "Token") -> "Token | None":
    """The possessor of noun ``n`` whose "that" clause ``below`` is ("Reed's claim that …", "his
    remark that …"): the clause is the possessor's, whoever reports it."""
    if n.pos_ != "NOUN" or below.dep_ not in ("acl", "ccomp") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in below.children):
        return None
    return next((c for c in n.children if c.dep_ == "poss" and not b.inq[c.i] and c.pos_ in ("PROPN", "PRON")), None)


#: Verbs that report speech only with their particle: "points out", "fired back", "hit back", "she
#: went on" (speaking further), and public criticism or praise: "was singled out by the inspector for
#: failing the 'basic standards'".
PHRASAL_SPEECH = {"point": "out", "fire": "back", "hit": "back", "shoot": "back", "single": "out", "go": "on"}


def _speech_verb(t: "Token") -> bool:
    lemma = t.lemma_.lower()
    if t.dep_ == "pcomp" and t.head.lower_ == "without":
        return False  # "… without asking people to pay more": nothing is said
    if lemma in lex.ASKING_VERBS and any(c.dep_ == "xcomp" for c in t.children):
        return False  # "asked people to pay more": a request, not the words quoted
    if lemma == "put":  # as Smith put it
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)
    if lemma in PHRASAL_SPEECH:
        return t.pos_ == "VERB" and any(c.dep_ in ("prt", "advmod") and c.lower_ == PHRASAL_SPEECH[lemma]
                                        and c.i == t.i + 1 for c in t.children) \
            and not (t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "to")  # "went on to promote “…”": no saying
    if lemma in lex.CORE_SPEECH_VERBS and t.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
        return t.pos_ != "NOUN" or t.tag_ == "VBZ" or t.dep_ == "ROOT"
    return lemma in lex.SPEECH_VERBS and t.pos_ == "VERB"


#: Verbs of answering: after a question, with a quote of their own to follow, they attribute that one.
ANSWER_VERBS = frozenset("answer reply respond retort".split())
#: Words that open a clause naming a question ("answered how he would ..."): under a verb of answering, not what was said.
WH_WORDS = frozenset("how what why whether when where who whom which if".split())


#: Verbs by which a recording shows people ("videos show relatives saying …"), and recordings that
#: show them: the medium never speaks for the people in it.
SHOW_VERBS = frozenset("show capture feature depict record film catch include".split())
MEDIA = frozenset("""video footage clip recording film tape image photo photograph picture audio broadcast
documentary""".split())
_NOT_SHOWN = lex.DOC_NOUNS | MEDIA
#: Verbs whose object is the one quoted ("the paper quoted Ann Lee as saying", "cited X as saying").
QUOTING_VERBS = frozenset(("quote", "cite"))


def _asked(b: Block, v: "Token") -> "Token | None":
    """The one ``v`` asks a question of ("X asked *him* about it", "she questioned *Lee* on …"),
    not one asked to do something ("asked him to leave")."""
    if v.lemma_.lower() not in lex.ASKING_VERBS or any(c.dep_ == "xcomp" for c in v.children):
        return None
    return next((c for c in v.children if c.dep_ in ("dobj", "dative") and not b.inq[c.i]
                 and c.lower_ not in ("it", "this", "that", "what", "which", "question", "questions")), None)


def _quoted_as(t: "Token") -> bool:
    """``t`` is "quoted"/"cited" with an "as" ("was quoted as saying", "quoted Reed as saying")."""
    return t.lemma_.lower() in QUOTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children)


def _noun_modifier(t: "Token") -> bool:
    """A participle describing a noun before the cue ("…,” Ann Lee, a *retired* nurse, said): part
    of the speaker's description, not a clause of its own."""
    return t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN") and t.tag_ in ("VBN", "VBG")


def _cue_part(t: "Token") -> bool:
    """A verb that belongs to the cue after it: an auxiliary of a reporting verb (“…,” Lee has
    said), or the "quoted" of "was quoted as saying"."""
    if _quoted_as(t):
        return True
    h = t.head
    return t.dep_ in ("aux", "auxpass") and h.i > t.i and (_speech_verb(h) or _quoted_as(h))


#: Verbs of saying whose subject, in a clause another reporting verb governs, speaks the words
#: quoted there ("the mayor said the minister *told* him it was “dead”"); verbs that also mean
#: other things ("continue", "add", "note", "predict") are not among them.
NESTED_SAYING = frozenset("""say tell call describe warn claim insist admit declare announce write tweet reply
respond deny accuse argue brand dub label term urge promise vow advise complain boast concede acknowledge confirm
explain joke""".split())

#: Which cues run, in which order, for each kind of piece: ``(how, cue method)``. A piece that
#: opens its sentence ("quote-led") looks after the quote first; a clause-final piece (ending in
#: "," "?" "!" "—") right after it; a partial quote inside a sentence at its own reporting verb.
#: "according to X" comes after the quote's own cues: it names the source only when nobody in the
#: sentence is said to speak the words (“…,” Lee said, according to the Gazette → Lee).
CUE_ORDERS: dict[str, tuple[tuple[str, str], ...]] = {
    "quote-led": (("label", "cue_label"), ("sign", "cue_name_label"), ("after", "cue_after"), ("after", "cue_bare_name"),
                  ("after", "cue_bare_verb"), ("after", "cue_dash_paragraph"), ("before", "cue_adjacent"), ("ancestor", "cue_ancestor"),
                  ("before", "cue_before"), ("according", "cue_according"), ("next", "cue_next_sentence"),
                  ("colon", "cue_colon_before"), ("previous", "cue_previous_sentence"), ("prior", "cue_prior_subject")),
    "clause-final": (("after", "cue_after"), ("after", "cue_bare_name"), ("after", "cue_bare_verb"),
                     ("before", "cue_adjacent"),
                     ("ancestor", "cue_ancestor"), ("before", "cue_before"), ("according", "cue_according"),
                     ("subject", "cue_subject"), ("next", "cue_next_sentence")),
    "partial": (("before", "cue_adjacent"), ("ancestor", "cue_ancestor"),
                ("before", "cue_before"), ("after", "cue_after"), ("according", "cue_according"),
                ("subject", "cue_subject"), ("next", "cue_next_sentence")),
}


class _Mentions:
    """An article's paragraphs as blocks with their quotation marks, the grammatical place of a
    cue's speaker, and who that speaker is (from the article's one resolver, :mod:`.coref`)."""

    def __init__(self, analysis: Analysis, warnings: list[str] | None = None):
        self.warnings = warnings if warnings is not None else []
        self.parsed = analysis.parsed
        self.text = analysis.parsed.article.text
        self.blocks = analysis.blocks
        self.index = analysis.names
        self.coref = analysis.coref
        # who a mention is (the article's one resolver, :mod:`.coref`)
        self.resolve = self.coref.resolve
        self.mention_span = self.coref.mention_span
        self.label_of = self.coref.label_of
        self._antecedent = self.coref.relative_antecedent
        self._agent_like = self.coref.agent_like

    # -- cues ---------------------------------------------------------------------------------

    # 89 lines: one ordered list of the grammatical places a cue's speaker can stand (according to,
    # subject, inverted subject, agent, apposition, relative "who"), each a few lines; kept together
    # so their order, which decides between them, reads in one place.
    def subject_of(self, b: Block, v: "Token", inverted: bool = False, depth: int = 0) -> "Token | None":
        """The speaker token of cue ``v``; ``inverted`` allows "said Kovalenko" (cue before subject)."""
        doc = b.doc
        if v.lemma_.lower() == "accord":  # according to X
            for c in v.rights:
                for g in c.rights:
                    if g.dep_ == "pobj" and not b.inq[g.i]:
                        return g
            return None
        if _quoted_as(v):
            # "the paper quoted Reed as saying …": the one quoted speaks, not the one quoting
            quoted = next((c for c in v.children if c.dep_ == "dobj" and not b.inq[c.i]), None)
            if quoted is not None and self._agent_like(b, quoted):
                return quoted
        # of two subjects the parser gives one verb, a person named comes first: "Lyon (AFP) – Ann Lee
        # has said", "at a rally in Salem, Avonia, Lee went on" name a dateline or a place, and Lee speaks
        children = sorted(v.children, key=lambda c: (c.dep_ != "nsubj" or b.ent_of[c.i] < 0 and c.pos_ != "PROPN",
                                                     c.dep_ == "nsubj" and not self._actor_like(b, c),
                                                     b.ent_of[c.i] < 0 or b.ents[b.ent_of[c.i]].label_ != "PERSON"))
        for c in children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and not b.inq[c.i]:
                if c.dep_ == "nsubjpass" and v.lemma_.lower() not in QUOTING_VERBS and depth == 0:
                    continue
                if c.text.lower() in RELATIVE and (v.dep_ == "relcl" or c.lower_ == "who"):
                    if self._antecedent(b, c) is not None:
                        return c  # "…, who said": the mention is "who", the name its antecedent
                    if v.dep_ == "relcl":
                        break  # a letter that says …: see below
                    return v.head
                if c.lower_ in ("this", "that", "there"):
                    continue
                if c.pos_ not in ("PROPN", "NOUN", "PRON", "NUM", "X") and b.ent_of[c.i] < 0 \
                        and not self.coref.surname_form(c):
                    continue  # a misparse ("made public ― Harlow boasted"); a surname mistagged is kept
                if v.tag_ == "VBG" and c.pos_ == "NOUN" and depth < 3 and not self._can_speak(b, c) \
                        and not self._actor_like(b, c) and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
                    # "they will hold banners proclaiming “…”": those holding them, not the banners
                    up = self.subject_of(b, v.head, False, depth + 1)
                    if up is not None and self._actor_like(b, up):
                        return up
                return self._past_place(b, c)
        if depth == 0 and _speech_verb(v) and v.tag_ in ("VBD", "VBZ") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children):
            named = self._name_before(b, v) or self._described_before(b, v)
            if named is not None:
                return named
        told = [c for c in v.children if c.dep_ == "nsubjpass"]
        if v.pos_ == "VERB" and v.tag_ == "VBN" and told and not any(b.inq[x.i] for c in told for x in c.subtree):
            # "Lee was told by the judge: “…”": the agent speaks, never the one told (but "“Title” was
            # written by Lee" names a work, not words Lee spoke)
            found = self._passive_agent(b, v)
            if found is not None:
                return found[1]
        if v.pos_ == "NOUN":  # Harlow's claim / a statement by X
            for c in v.children:
                if c.dep_ == "poss" and not b.inq[c.i]:
                    return c
                if c.dep_ == "prep" and c.text.lower() in ("by", "from", "of"):
                    for g in c.children:
                        if g.dep_ == "pobj" and not b.inq[g.i] and (g.pos_ in ("PROPN", "PRON") or g.ent_type_):
                            return g
            return None
        if v.tag_ == "VBG" and v.i > 0 and not b.inq[v.i - 1] and (
                b.ent_of[v.i - 1] >= 0 and b.ents[b.ent_of[v.i - 1]].label_ in NAME_LABELS + ORG_LABELS
                or doc[v.i - 1].pos_ == "PROPN" and not doc[v.i - 1].ent_type_) and not _platform(b, doc[v.i - 1]):
            return doc[v.i - 1]  # footage of Helen Carver asking, “…”
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN") and not b.inq[v.head.i]:
            h = v.head
            agent = self._passive_agent(b, v) if v.tag_ == "VBN" else None
            if agent is not None:  # "a ring described by Lee as “…”": Lee, not the ring
                return agent[1]
            if v.tag_ == "VBN" and v.lemma_.lower() in PASSIVE_NAMING and \
                    any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
                return None  # "Avonia Rail, which has been called “…”": the one named never names itself
            if v.tag_ == "VBG" and h.dep_ == "pobj" and h.head.head.i != h.head.i and \
                    h.head.lower_ in PLATFORM_PREPS and (h.head.head.pos_ in ("VERB", "AUX") or
                                                              h.head.head.lemma_.lower() in lex.DOC_NOUNS):
                # "posted a message on Twitter reading “…”", "sent an email to members saying …": the
                # participle is the message's, never the platform's or the reader's
                h = h.head.head
                if h.pos_ in ("VERB", "AUX"):
                    return self.subject_of(b, h, False, depth + 1)
            if self._agent_like(b, h) and h.ent_type_ not in ("DATE", "TIME") or depth >= 3:
                return h
            # a letter that says / tweets saying: the one who released or sent it speaks
            g = h.head
            if g.pos_ == "ADP":
                g = g.head
            if self._shown(b, h):
                return h  # "videos show relatives saying": the people shown speak, never the medium
            if g.pos_ in ("VERB", "AUX") and g.i != h.i:
                found = self.subject_of(b, g, False, depth + 1)
                if found is not None:
                    return found
            return h
        if inverted and v.tag_ in ("VBD", "VBZ", "VBP", "VB", "VBN"):  # "said Kovalenko", "says the senator"
            for t in doc[v.i + 1:min(len(doc), v.i + 8)]:
                if b.inq[t.i] or t.text in ("“", '"', "‘", ":", "``"):
                    break
                age = b.ents[b.ent_of[t.i]] if b.ent_of[t.i] >= 0 and t.ent_type_ == "DATE" else None
                if age is not None and age.start == t.i and t.i > 0 and doc[t.i - 1].lower_ == "the" and \
                        AGE_WORD.fullmatch(age.text.replace(" ", "")) and \
                        (age.end >= len(doc) or doc[age.end].pos_ not in ("NOUN", "PROPN")):
                    return age.root  # "“…,” added the 30-year-old, referring to …": the age the parser made an object
                if t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("npadvmod", "pobj", "prep") or \
                        t.lower_ in ("on", "in", "at", "during", "after", "before", "that", "of"):
                    if t.lower_ == "that" or t.dep_ == "mark":
                        break
                    continue
                if t.pos_ not in ("PROPN", "NOUN", "PRON") and b.ent_of[t.i] < 0 and self.coref.surname_form(t):
                    return t  # the surname of one the article names in full, mistagged ("…,” admitted Lund.)
                if t.pos_ in ("PROPN", "NOUN", "PRON"):
                    while t.dep_ in ("compound", "flat", "amod") and t.head.i > t.i and t.head.i < v.i + 10:
                        t = t.head
                    if t.dep_ == "dobj" and v.lemma_.lower() in ("tell", "ask", "call", "describe", "urge", "thank"):
                        break
                    if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != v.i and t.head.dep_ == "ccomp" and \
                            not self._agent_like(b, t):
                        break  # "Lee, from the league, said video evidence was …": the reported clause's subject
                    return self._named_after(b, t) if t.pos_ == "NOUN" and b.ent_of[t.i] < 0 else t
                if t.is_punct and t.text != ",":
                    break
        if depth == 0 and v.dep_ in ("advcl", "conj") and v.tag_ == "VBG":
            h, hops = v, 0
            while h.head.i != h.i and hops < 3:  # "Whitfield said … could be “messy,” adding, …"
                h, hops = h.head, hops + 1
                if _speech_verb(h) and not b.inq[h.i]:
                    found = self.subject_of(b, h, False, depth + 1)
                    if found is not None and not self._agent_like(b, found):
                        found = self._participle_actor(b, h, v) or found
                    if found is not None:
                        return found
        if v.dep_ in ("xcomp", "advcl") and v.head.lemma_.lower() in MADE_TO_SAY:
            # "…, leading him to quip", "prompting Lee to say": the one led to speak, not the clause's subject
            made = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i and not b.inq[c.i]), None)
            if made is not None and (made.lower_ in ("him", "her", "them") or self._agent_like(b, made)):
                return made
        if depth < 3 and v.dep_ in ("conj", "xcomp", "advcl", "pcomp") and v.head.i != v.i:
            h = v.head
            stranded = self._stranded_subject(b, v) if v.dep_ == "conj" else None
            if stranded is not None:
                return stranded
            main = self._reporter_of_conjunct(b, v, depth)
            if main is not None:
                return main
            if h.pos_ == "ADP":
                h = h.head
            if h.pos_ in ("VERB", "AUX"):
                found = self.subject_of(b, h, False, depth + 1)
                if found is not None and v.tag_ == "VBG" and not self._agent_like(b, found):
                    # "The row began on air, with Ann Lee marching up to him, saying …": not the row
                    found = self._participle_actor(b, h, v) or found
                if found is not None and _speech_verb(v) and not self._can_speak(b, found):
                    # "She said the tone was cordial and predicted “…”", "He wrote as the meeting began,
                    # vowing “…”": a thing does not speak; the clause above's subject does
                    found = self._speaker_above(b, h, depth) or found
                if found is not None and found.lemma_.lower() in MEDIA and h.lemma_.lower() in SHOW_VERBS:
                    # "a video shows Lee saying …": the one shown, and no one when the clause names no one
                    return next((c for c in h.children if c.dep_ == "dobj" and not b.inq[c.i]), None)
                if found is not None:
                    return found
            if v.dep_ in ("advcl", "conj"):  # "Whitfield said, going on to say …"
                for t in list(doc[max(0, v.i - 4):v.i])[::-1]:
                    if _speech_verb(t) and not b.inq[t.i]:
                        return self.subject_of(b, t, False, depth + 1)
        return None

    def _name_before(self, b: Block, v: "Token") -> "Token | None":
        """A person named right before the verb of saying ``v`` that the parser left without a
        subject ("At the convention Sen. Ann Lee (D-Ore.) said Reed was …" hangs the name off
        "the convention"): that name speaks, never the subject of the clause it reports."""
        doc, k = b.doc, v.i - 1
        if k >= 0 and doc[k].text == ")":  # a parenthesis after the name: "(D-Ore.)"
            while k >= 0 and doc[k].text != "(" and v.i - k < 8:
                k -= 1
            k -= 1
        if k < 0 or b.inq[k] or b.ent_of[k] < 0:
            return None
        ent = b.ents[b.ent_of[k]]
        if ent.end != k + 1 or self.label_of(b, ent) != "PERSON" or ent.root.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return None
        return ent.root

    def _described_before(self, b: Block, v: "Token") -> "Token | None":
        """A person or body described right before the verb of saying ``v`` that the parser left
        without a subject, read as an apposition of the noun before its comma ("In an interview with
        Ann Lee, the party's candidate stated that …", "…, a ministry official who spoke anonymously
        said …"): the described one speaks."""
        doc = b.doc
        for n in doc[max(0, v.i - 16):v.i]:
            if n.dep_ != "appos" or n.pos_ != "NOUN" or b.inq[n.i] or n.head.i >= n.i or b.ent_of[n.i] >= 0 \
                    or n.right_edge.i != v.i - 1 or any(b.inq[x.i] for x in n.subtree):
                continue
            left = n.left_edge.i
            if left < 1 or doc[left - 1].text != "," or doc[left].lower_ not in ("the", "a", "an"):
                continue
            return n if self._actor_like(b, n) else None
        return None

    def _reporter_of_conjunct(self, b: Block, v: "Token", depth: int) -> "Token | None":
        """The reporting subject for a verb of saying the parser joined to the clause it reports: in
        "Lee said his team had reached a view, but admitted it was “…”" or "Lee has said the system
        is failing and said there would be “…”", ``v`` hangs off the reported verb, yet it shares the
        form (or the verb) of the main "said", not the reported verb's, so Lee speaks, not the team."""
        h = v.head
        if v.dep_ != "conj" or not _speech_verb(v) or h.dep_ != "ccomp" or b.inq[h.i] or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None
        main = h.head
        if b.inq[main.i] or not _speech_verb(main) or v.tag_ == h.tag_ or \
                not (v.lemma_ == main.lemma_ or v.tag_ == main.tag_):
            return None
        return self.subject_of(b, main, False, depth + 1)

    def _can_speak(self, b: Block, t: "Token") -> bool:
        """``t`` may be the source of words: a name, pronoun, person or body noun, or a document."""
        low = t.lemma_.lower()
        return self._agent_like(b, t) or low in lex.DOC_NOUNS or low in lex.ISSUED_DOCS or low in MEDIA \
            or low in RELATIVE or b.inq[t.i]

    def _speaker_above(self, b: Block, h: "Token", depth: int) -> "Token | None":
        """The subject, one that may speak, of the verb that clause ``h`` hangs from as a reported,
        adverbial or joined clause (None when there is none)."""
        if h.dep_ not in ("ccomp", "advcl", "conj") or h.head.i == h.i or h.head.pos_ not in ("VERB", "AUX") \
                or b.inq[h.head.i] or depth >= 3:
            return None
        up = self.subject_of(b, h.head, False, depth + 1)
        return up if up is not None and self._can_speak(b, up) else None

    def _passive_agent(self, b: Block, v: "Token") -> tuple["Token", "Token"] | None:
        """(verb, agent) for a passive verb ``v`` whose "by X" names someone who can speak, else None."""
        for c in v.children:
            if c.dep_ == "agent" and not b.inq[c.i]:
                g = next((x for x in c.children if x.dep_ == "pobj" and not b.inq[x.i]), None)
                if g is not None and self._agent_like(b, g):
                    return v, g
        return None

    def _stranded_subject(self, b: Block, v: "Token") -> "Token | None":
        """The subject of a second clause the parser joined to the first clause's object: in "The
        agency claimed Ng was a leader but his lawyer, Ann Lee, told reporters ..." "lawyer" hangs
        off "a leader" and "told" off "claimed", so the agency would speak; the noun phrase after
        "but"/"and" that ends right before the verb is its subject."""
        doc = b.doc
        end = v.i - 1
        if end > 0 and doc[end].text == ",":
            end -= 1
        for n in doc[v.head.i + 1:v.i]:
            if n.dep_ != "conj" or n.head.i >= n.i or n.head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or \
                    n.pos_ not in ("NOUN", "PROPN") or b.inq[n.i]:
                continue
            right = n.right_edge.i - (1 if doc[n.right_edge.i].text == "," else 0)
            left = n.left_edge.i
            if right != end or left < 1 or doc[left - 1].lower_ not in ("but", "and") or \
                    any(b.inq[x] for x in range(left, v.i)):
                continue
            if self._agent_like(b, n):
                return n
        return None

    def _past_place(self, b: Block, c: "Token") -> "Token":
        """The one a place subject ``c`` only locates, when the parser took the place for the
        subject ("a resident of Harbourtown, Ohio said" gives "Ohio"): the resident."""
        e = b.ent_of[c.i]
        if e < 0 or b.ents[e].label_ not in ("GPE", "LOC"):
            return c
        k = b.ents[e].start - 1
        if k > 0 and b.doc[k].text == "," and b.ent_of[k - 1] >= 0 and b.ents[b.ent_of[k - 1]].label_ in ("GPE", "LOC"):
            k = b.ents[b.ent_of[k - 1]].start - 1  # "Harbourtown, Ohio" as two places
        if k < 0 or b.doc[k].lower_ not in ("of", "in", "from", "at", "for") or b.inq[k]:
            return c
        h = b.doc[k].head
        return h if h.i < k and h.pos_ in ("NOUN", "PROPN") and not b.inq[h.i] and self._agent_like(b, h) else c

    @staticmethod
    def _shown(b: Block, h: "Token") -> bool:
        """``h`` is the one a recording shows ("videos show *relatives* saying", "other videos include *a
        woman* telling her"), not a medium or a document, nor what a document includes ("the contract
        includes a clause that …")."""
        v = h.head
        return h.dep_ == "dobj" and v.lemma_.lower() in SHOW_VERBS and h.lemma_.lower() not in _NOT_SHOWN and (
            v.lemma_.lower() != "include" or
            any(c.dep_ == "nsubj" and c.lemma_.lower() in MEDIA and not b.inq[c.i] for c in v.children))

    @staticmethod
    def _named_after(b: Block, t: "Token") -> "Token":
        """The person a role description ``t`` goes on to name ("said former runner and pundit Tom
        Reed"): the name within its phrase, else ``t``."""
        for x in b.doc[t.i + 1:min(len(b.doc), t.i + 7)]:
            if b.inq[x.i] or x.is_punct or x.pos_ in ("VERB", "AUX", "ADP"):
                break
            if b.ent_of[x.i] >= 0 and b.ents[b.ent_of[x.i]].label_ == "PERSON":
                return b.ents[b.ent_of[x.i]].root
        return t

    def _participle_actor(self, b: Block, h: "Token", v: "Token") -> "Token | None":
        """The person acting in an "-ing" clause between verb ``h`` and the participle of saying
        ``v`` ("…, with Ann Lee marching up to him, saying"; "shows Lee juggling, saying")."""
        for t in list(b.doc[h.i + 1:v.i])[::-1]:
            if t.tag_ == "VBG" and t.pos_ == "VERB" and not b.inq[t.i]:
                actor = next((c for c in t.children if c.dep_ == "nsubj" and not b.inq[c.i]), None)
                if actor is not None and self._agent_like(b, actor) and actor.lower_ not in RELATIVE:
                    return actor
        for t in list(b.doc[h.i + 1:v.i])[::-1]:
            # "The first incident came at a rally, when Reed supporters interrupted her, shouting …"
            if t.pos_ == "VERB" and t.dep_ in ("advcl", "relcl") and not b.inq[t.i]:
                actor = next((c for c in t.children if c.dep_ == "nsubj" and not b.inq[c.i]), None)
                if actor is not None and self._actor_like(b, actor) and actor.lower_ not in RELATIVE:
                    return actor
        return None

    def _actor_like(self, b: Block, t: "Token") -> bool:
        """``t`` may act or speak: a source (:meth:`_agent_like`) or a noun for people ("protesters")."""
        return self._agent_like(b, t) or t.lower_ in lex.GROUP_HEADS or t.lemma_.lower() in lex.HUMAN_NOUNS

    def outer(self, b: Block, v: "Token", s: "Token", p: Piece | None = None) -> tuple["Token", "Token"]:
        """Climb to the outermost reporting verb: "She said she recalls …" rests on "She said"; but
        speech reported inside speech is its own speaker's: in "The mayor said the minister told him
        the plan was “dead”" the words of piece ``p`` are the minister's (:meth:`_reports_own`)."""
        if p is not None and self._reports_own(b, v, s, p):
            return v, s
        t = v
        for _ in range(4):
            if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or t.head.i == t.i:
                break
            h = t.head
            if h.pos_ not in ("VERB", "AUX"):
                break
            if _speech_verb(h) and t.dep_ in ("ccomp", "xcomp"):
                hs = self.subject_of(b, h)
                if hs is not None and not b.inq[hs.i]:
                    v, s = h, hs
            elif t.dep_ != "xcomp" and not (t.dep_ == "ccomp" and h.dep_ in ("ccomp", "xcomp")):
                break
            t = h
        return v, s

    def _reports_own(self, b: Block, v: "Token", s: "Token", p: Piece) -> bool:
        """Cue ``v`` is a verb of saying (:data:`NESTED_SAYING`; not of thinking: "she said she
        recalls") in a clause that another reporting verb governs, piece ``p`` stands inside that
        clause or right after its colon ("he recalls how Lee once advised him: “…”"), and its subject ``s`` is someone other than that verb's speaker, named or described
        (not a pronoun): the quote is ``s``'s words, reported."""
        if v.lemma_.lower() not in NESTED_SAYING or v.dep_ not in ("ccomp", "xcomp") or b.inq[s.i]:
            return False
        if self.blocks[p.block] is not b:
            return False
        if not v.left_edge.i <= p.toks[0] <= v.right_edge.i and not (
                v.right_edge.i < p.toks[0] and b.text[b.doc[v.right_edge.i].idx + len(b.doc[v.right_edge.i]):
                                                      b.doc[p.toks[0]].idx].strip(" :“‘\"'") == ""
                and ":" in b.text[b.doc[v.right_edge.i].idx:b.doc[p.toks[0]].idx]):
            return False  # nor the words right after its colon ("recalls how Lee warned him: “…”")
        low = s.lower_
        if s.pos_ == "PRON" or low in PRONOUNS or low in RELATIVE or not self._agent_like(b, s):
            return False
        h = v.head
        if h.pos_ not in ("VERB", "AUX") or not _speech_verb(h) or b.inq[h.i]:
            return False
        hs = self.subject_of(b, h)
        if hs is None or hs.i == s.i:
            return False
        return self.resolve(b, s)[0] != self.resolve(b, hs)[0]


# Over 300 lines: one short, documented method per attribution layout (a dozen of them), sharing
# the article's blocks and the resolver; CUE_ORDERS is the table that says which run when.
class _Cues(_Mentions):
    """The attribution cues: each ``cue_*`` method finds ``(cue token, speaker token)`` for one
    layout of attribution, or None; :data:`CUE_ORDERS` says which run, in which order, for which
    kind of piece. ``is_term`` tells a scare-quoted term or title from a quote."""

    def cue_after(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """(cue, speaker) right after a piece: “…,” X said / said X / — X."""
        doc, m = b.doc, p.mark
        if m.close is None:
            return None
        k = p.toks[1]
        while k < len(doc) and (b.inq[k] or doc[k].is_space and "\n" not in doc[k].text):
            k += 1
        window = []
        for t in doc[k:min(len(doc), k + MAX_AFTER + 4)]:
            if b.inq[t.i] or "\n" in t.text:
                break
            if t.text in END_PUNCT and not (t.i + 1 < len(doc) and doc[t.i + 1].text in (")", ",")):
                break
            if not t.is_space:
                window.append(t)
        if not window:
            return None
        gap = b.text[m.close + 1:window[0].idx]
        if "\n" in gap:
            return None  # the next paragraph (single-newline layout)
        inner = b.text[m.start:m.end].rstrip()
        dash = any(ch in DASHES for ch in gap) or window[0].text in DASHES
        n = 1 if window[0].text in DASHES else 0
        if dash and n < len(window):
            nxt = window[n]
            if nxt.pos_ == "PROPN" or b.ent_of[nxt.i] >= 0:  # dash attribution: — Name
                h = nxt
                while h.dep_ in ("compound", "flat") and h.head.i > h.i and h.head.i <= window[-1].i:
                    h = h.head
                if not any(_speech_verb(t) for t in window[n:n + 4]):
                    return window[0], h
        if n < len(window) and window[n].lower_ == "as" and len(window) > n + 1:
            n += 1  # “…,” as a Homeland Security memo put it
        if n >= len(window):
            return None
        first = window[n]
        if inner[-1:] == "." and first.text[:1].isupper() and (len(window) > 8 or (
                first.pos_ != "PROPN" and first.lower_ not in PRONOUNS and not _speech_verb(first))):
            return None  # “… .” Harlow said it underscores … : a new sentence, not an attribution
        skip = -1
        for pos, t in enumerate(window[n:], n):
            if t.i <= skip:
                continue
            if t.lower_ in ("read", "reads") and t.pos_ == "NOUN" and t is window[-1] and pos > n and \
                    doc[t.i - 1].lemma_.lower() in lex.DOC_NOUNS | lex.ISSUED_DOCS | MEDIA:
                return t, doc[t.i - 1]  # “…,” the editorial read: the tagger's "editorial read" is a noun
            rel = t.head
            if t.lower_ in ("who", "which") and rel.dep_ == "relcl" and window[n].i <= rel.head.i < t.i \
                    and not _speech_verb(rel):
                skip = rel.right_edge.i  # “…,” Ann Lee, who chairs the board, said: past the relative clause
                continue
            if t.lemma_.lower() in QUOTING_VERBS and t.pos_ == "VERB":
                quoted = next((c for c in t.children if c.dep_ == "dobj" and not b.inq[c.i]), None)
                if quoted is not None and self._agent_like(b, quoted) and (
                        quoted.pos_ != "PRON" or quoted.lower_ in ("him", "her", "them")):
                    return t, quoted  # “…,” the paper quotes a source close to the firm: the one quoted
            if _speech_verb(t):
                colon = next((x for x in doc[t.i + 1:t.i + 3] if not x.is_space), None)
                if inner[-1:] in END_PUNCT and colon is not None and colon.text == ":":
                    return None  # “… .” Ann Lee said: “…”: the colon gives the cue to the quote after it
                if inner[-1:] == "?" and t.lemma_.lower() in ANSWER_VERBS and colon is not None and colon.text == "," \
                        and colon.i + 1 < len(doc) and b.inq[colon.i + 1]:
                    return None  # “…?” He answered, “…”: the answer is the quote after, the question is not his
                s = self.subject_of(b, t, inverted=pos <= n + 1)
                if s is not None and (s.i < window[0].i or b.inq[s.i] or s.i > t.i and pos > n + 1):
                    s = None  # inside the quote, or after a verb that does not open the window
                if inner[-1:] in END_PUNCT and any(c.dep_ == "ccomp" and c.i > t.i and any(
                        not b.inq[x.i] and not x.is_punct for x in c.subtree if x.i > t.i) for c in t.children):
                    # “… .” Reed said the zoo had … : a new sentence reporting more speech (its clause may
                    # end in a quote of its own: “…?” Reed said that the plan was “…”)
                    return None
                if s is None:
                    # "” Flynn, a top Harlow surrogate, said": the parser lost the subject
                    s = next((x for x in window[n:pos] if (x.pos_ in ("PROPN", "PRON") or x.text[:1].isupper())
                              and not x.is_punct), None)
                if s is not None:
                    return t, s
                return None
            if (t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() and b.ent_of[t.i] < 0
                    and not _cue_part(t) and not _noun_modifier(t)) or \
                    t.pos_ in ("CCONJ", "SCONJ") or t.lower_ in ("who", "which", "that", "but", "and"):
                return None
        return None

    @staticmethod
    def _before_mark(b: Block, p: Piece) -> int:
        """Index of the last token before the piece's opening quote mark (-1 when none)."""
        i = p.toks[0] - 1
        while i >= 0 and b.inq[i] and b.doc[i].idx >= p.mark.open:
            i -= 1
        return i

    def cue_before(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """(cue, speaker) before a piece in its sentence: X said: “…” / X noted, “…”."""
        doc = b.doc
        i = self._before_mark(b, p)
        window = []
        while i >= 0 and len(window) < MAX_BEFORE:
            t = doc[i]
            if b.inq[t.i] or "\n" in t.text:
                break
            if t.text in END_PUNCT and window:
                break
            if t.dep_ == "mark" and t.lower_ in ("as", "while") and t.head.dep_ == "advcl" and \
                    t.head.left_edge.i <= p.toks[0] < t.head.right_edge.i + 1 and \
                    any(c.dep_ == "nsubj" and not b.inq[c.i] for c in t.head.children):
                break  # as Harlow went on about “…”: nothing before the adverbial clause speaks it
            if not t.is_space:
                window.append(t)
            i -= 1
        for t in window:  # nearest first
            if _speech_verb(t) or (t.lemma_.lower() == "accord" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"):
                asked = _asked(b, t) if window[0].text in END_PUNCT else None
                if asked is not None and self._agent_like(b, asked):
                    return t, asked  # “She asked him about it. “…””: the answer, after the question's sentence
                lead = t.i == 0 or doc[t.i - 1].is_punct or doc[t.i - 1].is_space  # "Said Ellis: “…”"
                s = self.subject_of(b, t, inverted=lead) or self._left_agent(b, t)
                if s is not None:
                    return self.outer(b, t, s, p)
                return None
        if window and window[0].text == ":":  # President Marsh is rolling out a new message: “…”
            return self._colon_clause(b, window[0]) or self._name_label(b, window)
        return None

    def _name_label(self, b: Block, window: list["Token"]) -> tuple["Token", "Token"] | None:
        """(colon, name) for a sentence that is only a name and a colon before the quote, as in
        round-ups and exchanges: Lee: “…” Reed: “…” / Jane Roe, The Daily Courier: “…”."""
        label = window[:0:-1]  # the words before the colon, in order
        if not 0 < len(label) <= 8 or any(t.pos_ in ("VERB", "AUX") for t in label):
            return None
        first = label[0]
        k = first.i - 1
        while k >= 0 and b.doc[k].is_space:
            k -= 1
        if k >= 0 and not (b.inq[k] or b.doc[k].text in END_PUNCT):
            return None  # not where a sentence starts
        if any(t.is_alpha and not t.text[:1].isupper() and t.lower_ not in SMALL_WORDS for t in label):
            return None
        e = b.ent_of[first.i]
        if not (e >= 0 and self.label_of(b, b.ents[e]) in NAME_LABELS + ORG_LABELS
                or first.pos_ == "PROPN" and first.lower_ in self.coref.surnames):
            return None
        h = first
        while h.dep_ in ("compound", "flat") and first.i < h.head.i < window[0].i:
            h = h.head
        return window[0], h

    def cue_adjacent(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """X said, “…” / saying during the debate, “…”: a cue right before the mark and a comma or colon."""
        found = self._cue_adjacent(b, p)
        if found is None:  # the tokenizer glued the cue to the mark: Ryan said,“Look …
            m = re.search(r"(\w+)\s*[,:]?\s*$", b.text[:p.mark.open])
            if m and m.group(1).lower() in lex.GLUED_CUES:
                tok = next((t for t in b.doc if t.idx <= m.start(1) < t.idx + len(t.text)), None)
                if tok is not None:
                    s = self._left_agent(b, tok)
                    if s is not None:
                        return tok, s
        return found

    def _cue_adjacent(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        doc = b.doc
        i = self._before_mark(b, p)
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or b.inq[i] or doc[i].text not in (",", ":"):
            return None
        for t in list(doc[max(0, i - 8):i])[::-1]:
            if b.inq[t.i] or t.text in END_PUNCT or "\n" in t.text:
                return None
            if _speech_verb(t):
                lead = t.i == 0 or doc[t.i - 1].is_punct or doc[t.i - 1].is_space
                s = self.subject_of(b, t, inverted=lead) or self._left_agent(b, t)
                if s is not None:
                    return self.outer(b, t, s, p)
                return None
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";"):
                return None
        return None

    def _left_agent(self, b: Block, v: "Token") -> "Token | None":
        """The name just before a cue whose subject the parser lost: "Paul Ryan (R-WI) said"."""
        depth = 0
        for t in list(b.doc[max(0, v.i - 12):v.i])[::-1]:
            if b.inq[t.i] or t.text in END_PUNCT or "\n" in t.text:
                return None
            if t.text == ")":
                depth += 1
            elif t.text == "(":
                depth -= 1
            elif depth > 0 or t.is_punct or t.is_space:
                continue
            elif t.ent_type_ not in ("DATE", "TIME") and (t.pos_ == "PROPN" or b.ent_of[t.i] >= 0 and
                                                          b.ents[b.ent_of[t.i]].label_ in NAME_LABELS + ORG_LABELS):
                return t
            elif t.pos_ in ("VERB", "AUX"):
                return None
        return None

    def _colon_clause(self, b: Block, colon: "Token") -> tuple["Token", "Token"] | None:
        """The subject of the clause a colon ends ("X made the following comment:")."""
        sent = colon.sent
        verbs = [t for t in sent if t.i < colon.i and not b.inq[t.i] and _speech_verb(t)]
        # the clause the parser hung off the quote's own verb ("X was blunt in its findings: “…”")
        hung = [t for t in sent if t.i < colon.i and not b.inq[t.i] and t.pos_ in ("VERB", "AUX")
                and t.dep_ in ("ccomp", "parataxis") and b.inq[t.head.i]]
        for v in verbs[::-1] + [sent.root] + hung[:1]:
            if b.inq[v.i]:
                continue
            s = self.subject_of(b, v, inverted=v.i == sent.start)
            if s is not None and s.i < colon.i and self._agent_like(b, s):
                return v, s
            owner = self._speech_owner(b, s) if s is not None and s.i < colon.i else None
            if owner is not None:  # "Lee's answer was:" / "Reed's letter makes the case:"
                return s, owner
        # "The result did not surprise pollster Ann Lee: “…”": a thing moves the person it names last
        for v in [sent.root] + hung[:1]:  # (or the clause the parser hung off the quote's verb)
            named = next((c for c in v.children if c.dep_ == "dobj" and c.i == colon.i - 1
                          and not b.inq[c.i] and b.ent_of[c.i] >= 0), None) if v.pos_ == "VERB" and \
                not b.inq[v.i] else None
            if named is not None and self.label_of(b, b.ents[b.ent_of[named.i]]) == "PERSON":
                return v, named
        return None

    def cue_colon_before(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """A quote paragraph introduced by the previous one: "Caddell continued:" / "He said:"."""
        if b.text[:p.mark.open].strip() or p.block == 0:
            return None
        pb = self.blocks[p.block - 1]
        if pb.para < 0 or not pb.text.rstrip().endswith(":") or not len(pb.doc):
            return None
        colon = next((t for t in reversed(pb.doc) if not t.is_space), None)
        if colon is None or colon.text != ":":
            return None
        found = self._colon_clause(pb, colon)
        if found is None:
            return None
        p.block_src = p.block - 1
        return found

    def cue_ancestor(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """(cue, speaker) for a partial quote governed by a reporting verb or noun."""
        doc = b.doc
        i, j = p.toks
        heads = [t for t in doc[i:j] if not (i <= t.head.i < j) or t.head.i == t.i]
        noun = None
        for h in heads:
            t, steps = h, 0
            while t.head.i != t.i and steps < 12:
                below, t = t, t.head
                steps += 1
                if i <= t.i < j or b.inq[t.i]:
                    continue
                owner = _content_owner(b, t, below)
                if owner is not None:
                    return t, owner  # Lee mocked Reed’s claim that it made him “smart”: Reed’s word
                if _speech_verb(t):
                    told = [c for c in t.children if c.dep_ == "nsubjpass"]
                    if t.tag_ in ("VBN", "VBD") and not any(
                            c.dep_ in ("nsubj", "csubj", "expl") for c in t.children) and (
                            not told or t.i < i and all(c.i < t.i and not b.inq[c.i] for c in told)
                            and (below.dep_ in PASSIVE_COMPLEMENTS or below.lower_ == "as")):
                        # "in a move branded a “…” by the Tories": a participle with no subject of its own
                        # and an agent says whose the words are, never the subject of the clause above; so
                        # does a passive whose complement the quote is ("he was called “…” by Ann Lee"), not
                        # one it is the subject of ("“…” was called by X") or in a phrase of ("an error that
                        # was reported in a “…” by the paper")
                        found = self._passive_agent(b, t) or self._agent_after(b, p, t, nouns=True)
                        if found is not None and found[1].i >= j:
                            return found
                    s = self.subject_of(b, t)
                    if s is not None:
                        return self.outer(b, t, s, p)
                elif t.pos_ == "VERB" and _as_clause(t) and any(
                        c.dep_ == "nsubj" and not b.inq[c.i] and c.i < i for c in t.children):
                    break  # as Harlow went on about “…”, Melanie said yes: the quote is the adverbial clause's
                elif t.lemma_.lower() in lex.SPEECH_NOUNS and t.pos_ == "NOUN" and noun is None:
                    s = self.subject_of(b, t)
                    if s is not None:
                        noun = (t, s)  # Harlow's claim that …: unless a reporting verb governs it
        return noun

    def cue_according(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """The source named by "according to X" (or ", per X") in the quote's sentence, for a quote
        with no speaker of its own (“…,” Smith said, according to the newspaper → Smith, by an
        earlier cue; “…,” according to the newspaper → the newspaper)."""
        doc = b.doc
        i, j = p.toks
        if j <= i:
            return None
        sents = {doc[i].sent.start: doc[i].sent, doc[j - 1].sent.start: doc[j - 1].sent}
        if j < len(doc):
            sents.setdefault(doc[j].sent.start, doc[j].sent)
        for sent in sents.values():
            for t in sent:
                if b.inq[t.i] or i <= t.i < j:
                    continue
                low = t.lower_
                if low == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                    prep = doc[t.i + 1]
                elif low == "per" and re.search(r",[”’\"']?\s*$", b.text[:t.idx]) and t.dep_ == "prep":
                    prep = t
                else:
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj" and not b.inq[c.i]), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                    return t, obj
        return None

    def cue_subject(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """A partial quote with no speech verb: the subject of the clause that carries it
        (Reid went after Harlow as a “human leech”; PolitiFact rated the claim “entirely true”)."""
        doc = b.doc
        i, j = p.toks
        heads = [t for t in doc[i:j] if not (i <= t.head.i < j) or t.head.i == t.i]
        for h in heads[:1]:
            t, steps, said = h, 0, False
            while t.head.i != t.i and steps < 10:
                below, t = t, t.head
                steps += 1
                if b.inq[t.i] or t.pos_ not in ("VERB", "AUX"):
                    # "his remarks back Lee's claim that …": the words are the claim's, not the remarks'
                    said = said or not b.inq[t.i] and t.pos_ == "NOUN" and t.lemma_.lower() in lex.SPEECH_NOUNS
                    continue
                if any(c.dep_ == "nsubjpass" and not b.inq[c.i] and c.i < i for c in t.children):
                    # "Lee was praised by Inspector Reed for “…”": the words are the agent's; with no agent
                    # that can speak ("X has been described as “…”") never the one praised: the clause
                    # above it may still say whose they are ("the panel found X was caught up in “…”")
                    found = self._passive_agent(b, t) or self._agent_after(b, p, t, nouns=True)
                    if found is not None and not self._in_clause_of(h, found[1]):
                        return found
                    if found is None and t.tag_ == "VBN" and t.lemma_.lower() in PASSIVE_NAMING:
                        return None  # "Avonia Rail, which has been called “…”, will run it": a label, no one's
                    continue
                if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
                    named = self._surname_modifier(b, t)
                    if named is not None:  # ", Lee described it as “…”" with "Lee" read as an adverb
                        return t, named
                if t.lemma_.lower() == "be" and not said and below.dep_ in ("attr", "acomp", "neg") and any(
                        i <= x.i < j and x.dep_ in ("attr", "acomp") for x in t.children) and any(
                        c.dep_ == "nsubj" and c.i < i and c.pos_ != "PRON" and self._agent_like(b, c)
                        for c in t.children):
                    # "the committee is a “witch hunt”", "Reed was “not a threat”": the quoted words
                    # describe the named subject, they are not its words ("he was “very worried”" may
                    # be his own, and "there was “no conflict”" leaves the clause above to say whose)
                    return None
                for c in t.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and not b.inq[c.i] and c.i < i and \
                            c.lower_ not in ("it", "this", "that", "there", "which", "what") and \
                            (self._agent_like(b, c) or self.coref.surname_word(b, c)):
                        return t, c
                    # "Lee's answer was that “…”" (a copula: what "his remarks buttress" is not his words)
                    owner = self._speech_owner(b, c) if c.dep_ == "nsubj" and c.i < i and not said and \
                        t.lemma_.lower() == "be" else None
                    if owner is not None:
                        return c, owner
        return None

    def _agent_after(self, b: Block, p: Piece, v: "Token", nouns: bool = False) -> tuple["Token", "Token"] | None:
        """(passive verb, agent) for "X has been called “…” by Ann Lee" when the parser hangs the "by"
        right after the closing mark off the quoted words, not off the verb: the agent, when a person
        or body."""
        k = p.toks[1]
        while k < len(b.doc) and (b.inq[k] or b.doc[k].is_punct and b.doc[k].text in "”\"’'"):
            k += 1
        if k >= len(b.doc) or b.doc[k].lower_ != "by" or not p.toks[0] <= b.doc[k].head.i < p.toks[1] or \
                v.tag_ != "VBN" and not (nouns and v.tag_ == "VBD"):
            return None
        g = next((x for x in b.doc[k].children if x.dep_ == "pobj" and not b.inq[x.i]), None)
        if g is not None and nouns and g.pos_ == "NOUN" and self._can_speak(b, g):
            return v, g  # "… by critics", "… by the opposition": people described, when the caller allows it
        return (v, g) if g is not None and self._agent_like(b, g) and (g.pos_ == "PROPN" or b.ent_of[g.i] >= 0) \
            else None

    def _surname_modifier(self, b: Block, v: "Token") -> "Token | None":
        """The surname of a person the article names in full, right before a verb the parser left with
        no subject, read as the verb's adverb or auxiliary (", Lund described it as", "Mark wrote")."""
        if v.i < 1 or v.tag_ not in ("VBD", "VBZ", "VBN"):
            return None
        c = b.doc[v.i - 1]
        if c.head.i != v.i or c.dep_ not in ("advmod", "aux", "npadvmod") or b.inq[c.i] \
                or not self.coref.surname_form(c):
            return None
        return c

    def _speech_owner(self, b: Block, n: "Token") -> "Token | None":
        """The one whose words subject noun ``n`` names ("Lee's answer was that “…”", "Reed's reply was:
        “…”"): the possessor of a noun of speech, a name or "his"/"her"; else None."""
        if b.inq[n.i] or n.pos_ != "NOUN" or n.lemma_.lower() not in lex.SPEECH_NOUNS:
            return None
        owner = next((c for c in n.children if c.dep_ == "poss" and not b.inq[c.i]), None)
        if owner is None:
            return None
        # a name or "his"/"her"; a description ("the senator's answer") is left to the other cues
        named = (owner.pos_ == "PROPN" or b.ent_of[owner.i] >= 0) and self._agent_like(b, owner)
        return owner if named or owner.lower_ in ("his", "her") or self.coref.surname_word(b, owner) else None

    @staticmethod
    def _in_clause_of(h: "Token", agent: "Token") -> bool:
        """Token ``h`` hangs from ``agent`` through a clause or apposition of the agent's own ("by X,
        a group whose computers act as “…”"): words about the agent, not the agent's words."""
        t, steps = h, 0
        while t.head.i != t.i and steps < 12:
            if t.dep_ in ("relcl", "acl", "appos") and agent in t.head.subtree:
                return any(x.i == agent.i for x in t.ancestors)
            t, steps = t.head, steps + 1
        return False

    def cue_dash_paragraph(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """A quote paragraph signed by the next one: “…”  /  — Helen Carver."""
        if p.mark.close is None or b.text[p.mark.close + 1:].strip() or p.block + 1 >= len(self.blocks):
            return None
        nb = self.blocks[p.block + 1]
        sign = nb.text.strip()
        if not sign or sign[0] not in DASHES or len(sign.split()) > 8:
            return None
        names = [t for t in nb.doc if t.pos_ == "PROPN" or nb.ent_of[t.i] >= 0 and nb.ents[nb.ent_of[t.i]].label_ == "PERSON"]
        comma = next((t.i for t in nb.doc if t.text == ","), len(nb.doc))
        if any(t.i < comma for t in names):
            names = [t for t in names if t.i < comma]  # — Ann Lee, Westby: the name, not the place after it
        if not names:
            return None
        p.block_src = p.block + 1
        return nb.doc[0], names[-1]

    def _token_before(self, b: Block, p: Piece) -> tuple[Block, "Token"] | None:
        """The block and the last token before a quote that opens a sentence: text before it in its
        own paragraph, else the end of the paragraph before it; None when there is neither."""
        if p.toks[0] > 0 and b.text[:p.mark.open].strip():
            pb, end = b, p.toks[0]
        elif p.block > 0 and self.blocks[p.block - 1].para >= 0:
            pb = self.blocks[p.block - 1]
            end = len(pb.doc)
        else:
            return None
        return (pb, pb.doc[end - 1]) if end else None

    def cue_previous_sentence(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """A quote that opens a sentence with no attribution of its own, after a sentence (in the
        same paragraph or just before it) in which someone speaks: “Carter said that …” / “That’s …”."""
        before = self._token_before(b, p)
        if before is None:
            return None
        pb, last = before
        while last.i > 0 and (last.is_space or last.is_punct and not pb.inq[last.i]):
            last = pb.doc[last.i - 1]
        sent = last.sent
        if any(pb.inq[t.i] for t in sent):
            return None
        for v in reversed(list(sent)):
            if _speech_verb(v):
                asked = _asked(pb, v)
                if asked is not None and self._agent_like(pb, asked):
                    # “Reed asked him about the fire. “It was terrible.””: the answer is the one asked
                    if pb is not b:
                        p.block_src = p.block - 1
                    return v, asked
                s = self.subject_of(pb, v)
                if s is not None and self._agent_like(pb, s):
                    v, s = self.outer(pb, v, s)
                    if pb is not b:
                        p.block_src = p.block - 1
                    return v, s
        return None

    def cue_prior_subject(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """A quote with no cue at all, right after a complete sentence whose subject is a person
        and that does not report speech: the quote is that person's (“Ann Lee was less sure.
        “It will take years.””). A sentence that only states what someone is (“She is 45.”) does not count."""
        before = self._token_before(b, p)
        if before is None:
            return None
        pb, last = before
        while last.i > 0 and (last.is_space or last.is_punct and pb.inq[last.i]):
            last = pb.doc[last.i - 1]  # the quote's own opening mark
        if last.text not in (".", "!"):
            return None
        sent = last.sent
        if any(pb.inq[t.i] for t in sent) or any(_speech_verb(t) for t in sent):
            return None
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or root.lemma_ == "be" and not any(
                c.dep_ == "acomp" for c in root.children):
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or pb.inq[subj.i] or any(
                c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in root.children):
            return None  # “… he becomes a candidate, and the firewall could go”: whose sentence?
        if not (pb.ent_of[subj.i] >= 0 and pb.ents[pb.ent_of[subj.i]].label_ == "PERSON"
                and self.label_of(pb, pb.ents[pb.ent_of[subj.i]]) == "PERSON"  # not a club tagged as one
                or subj.lower_ in ("he", "she")
                or pb.ent_of[subj.i] < 0 and subj.pos_ == "PROPN" and subj.lower_ in self.coref.surnames):
            # (the surname of a person the article names in full, which the tagger left untagged)
            return None
        if pb is not b:
            p.block_src = p.block - 1
        return root, subj

    def cue_bare_name(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """(name, name) for a clause-final piece followed by nothing but a person's name and a full
        stop, the verb left out: “…,” Mr Reed. / “…,” Ann Lee."""
        doc, m = b.doc, p.mark
        if m.close is None or b.text[m.start:m.end].rstrip()[-1:] != ",":
            return None
        k = p.toks[1]
        while k < len(doc) and (b.inq[k] or doc[k].is_space and "\n" not in doc[k].text):
            k += 1
        name = []
        for t in doc[k:min(len(doc), k + 6)]:
            if t.text == "." or "\n" in t.text:
                break
            name.append(t)
        else:
            return None
        if not name or b.inq[name[0].i] or "\n" in b.text[m.close + 1:name[0].idx]:
            return None
        if t.text != "." or t.i + 1 < len(doc) and not (doc[t.i + 1].is_space or b.inq[t.i + 1]):
            return None  # "Mr Reed.com", or the sentence goes on
        if name[-1].lower_ in lex.TITLE_WORDS or name[-1].lower_ in lex.HONORIFICS or len(name[-1].text) < 3:
            return None  # “…,” Sen. Reed said: an abbreviated title, not the end of the sentence
        words = [x for x in name if x.lower_.rstrip(".") not in lex.HONORIFICS]
        if not words or any(x.pos_ != "PROPN" or not x.text[:1].isupper() for x in name):
            return None
        e = b.ent_of[words[-1].i]
        titled = len(words) < len(name) and name[0].lower_.rstrip(".") in lex.HONORIFICS
        if not titled and not (e >= 0 and self.label_of(b, b.ents[e]) == "PERSON"
                               and all(b.ent_of[x.i] == e for x in words)):
            return None
        return words[-1], words[-1]

    def cue_bare_verb(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """(verb, speaker) for a quote ending in "," "?" or "!" whose sentence ends right after it in
        a named speaker and one verb that is no verb of saying in the lexicon: “…,” Ann Lee barked. /
        “…?” an angry Reed pressed. (a clause with nothing else in it attributes the words)."""
        doc, m = b.doc, p.mark
        if m.close is None or b.text[m.start:m.end].rstrip()[-1:] not in (",", "?", "!"):
            return None
        k = p.toks[1]
        while k < len(doc) and (b.inq[k] or doc[k].is_space and "\n" not in doc[k].text):
            k += 1
        window = []
        for t in doc[k:min(len(doc), k + 7)]:
            if b.inq[t.i] or "\n" in t.text:
                return None
            window.append(t)
            if t.text in END_PUNCT:
                break
        else:
            return None
        if len(window) < 3 or window[-1].text != "." or "\n" in b.text[m.close + 1:window[0].idx]:
            return None
        v = window[-2]
        if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ") or any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and not b.inq[c.i] for c in v.children):
            return None  # (the quoted words may hang off it as its object)
        subj = next((c for c in v.children if c.dep_ == "nsubj" and not b.inq[c.i]), None)
        if subj is None or subj.left_edge.i != window[0].i or subj.right_edge.i != v.i - 1:
            return None  # the subject and its words, and nothing else, before the verb
        e = b.ent_of[subj.i]
        if not (subj.lower_ in ("he", "she") or e >= 0 and self.label_of(b, b.ents[e]) == "PERSON"
                or e < 0 and subj.pos_ in ("PROPN", "NOUN") and subj.text[:1].isupper() and subj.is_alpha):
            return None  # a person (or a capitalised word the tagger left untyped), never a thing or a place
        return v, subj

    def cue_label(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """A transcript line: "PENCE: Well, ..." (the speaker's name in capitals, then a colon)."""
        doc = b.doc
        i, j = p.toks
        if j - i < 3 or not p.mark.start == p.mark.open + p.mark.width:
            return None
        first, second = doc[i], doc[i + 1]
        if first.text.isupper() and len(first.text) > 1 and first.is_alpha and second.text == ":":
            return second, first
        e = b.ent_of[i]  # "“Ann Lee: Well, …”": a transcript's speaker named in full, then a colon
        if e >= 0 and b.ents[e].start == i and 1 < len(b.ents[e]) <= 3 and b.ents[e].end < j - 2 and \
                doc[b.ents[e].end].text == ":" and self.label_of(b, b.ents[e]) == "PERSON":
            return doc[b.ents[e].end], b.ents[e].root
        return None

    def cue_name_label(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """A name set before a quote as its label, with no verb: "Ann Lee (Westby Trust): “…”",
        "HEADLINE WORDS - Tom Reed: “…”" (the label is what follows the dash)."""
        before = b.text[:p.mark.open].rstrip()
        if not before.endswith(":"):
            return None
        colon = next((t for t in b.doc if t.idx == len(before) - 1), None)
        if colon is None or colon.text != ":":
            return None
        first = colon.sent.start
        for t in b.doc[first:colon.i]:
            if t.text in DASHES and t.whitespace_ and t.i > 0 and b.doc[t.i - 1].whitespace_:
                first = t.i + 1  # "HEADLINE WORDS - Tom Reed:": the label after the dash
        toks = [t for t in b.doc[first:colon.i] if not t.is_space]
        if not toks or len(toks) > 10 or any(b.inq[t.i] for t in toks):
            return None
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in toks):
            return None  # "Lee said:", "Here's Lee:": a cue of its own (cue_before)
        ids = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
        if len(roots) != 1:
            return None
        root = roots[0]
        e = b.ent_of[root.i]
        if (b.ents[e].start if e >= 0 else root.left_edge.i) < toks[0].i:
            return None  # the tagger ran the name into the words before the dash
        if e >= 0 and self.label_of(b, b.ents[e]) in NAME_LABELS + ORG_LABELS or root.pos_ == "PROPN" and \
                root.text[:1].isupper() and not root.text.isupper():
            return colon, root
        return None

    def cue_next_sentence(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """“…” said another. — a short sentence right after the quote."""
        doc = b.doc
        k = p.toks[1]
        while k < len(doc) and (b.inq[k] or doc[k].is_punct):
            if not b.inq[k] and doc[k].text not in END_PUNCT:
                break
            k += 1
        window = []
        for t in doc[k:min(len(doc), k + 8)]:
            if b.inq[t.i]:
                break
            window.append(t)
            if t.text in END_PUNCT:
                break
        if not window or len(window) > 7 or window[-1].text not in END_PUNCT:
            return None
        for pos, t in enumerate(window[:3]):
            if t.pos_ == "NOUN" and t.lemma_.lower() in lex.SPEECH_NOUNS | {"quote", "quip", "line"}:
                s = self.subject_of(b, t)  # “…” That quote from Commissioner Thomas Krebs …
                if s is not None:
                    return t, s
            if _speech_verb(t):
                s = self.subject_of(b, t, inverted=pos == 0)
                if s is not None:
                    return t, s
        return None

    # -- terms --------------------------------------------------------------------------------

    def is_term(self, b: Block, p: Piece) -> str:
        """A scare-quoted term, a title or an aside rather than a quote: ``"term"``; ``"premod"`` for a
        quoted pre-modifier of adjectives and adverbs and ``"guess"`` for the weakest rule (a short determined noun phrase with
        no reporting context), which the learned filter may overrule; ``""`` for a quote."""
        doc, m = b.doc, p.mark
        inner = b.text[m.start:m.end]
        if inner.startswith("(") and inner.rstrip(".").endswith(")"):
            return "term"  # (CROSSTALK), (APPLAUSE): stage directions
        words = inner.split()
        cased = [w for w in re.findall(r"[A-Za-z][\w'’-]*", inner) if w.lower() not in SMALL_WORDS]
        title_case = bool(cased) and all(w[0].isupper() for w in cased) and len(words) <= 8
        alone = not b.text[:m.open].strip() and not b.text[(m.close or m.end) + 1:].strip()
        if alone and m.kind == "single" and (title_case or len(words) <= 6 and p.how in ("", "previous", "colon", "prior")):
            return "term"  # a paragraph that is only a short phrase in single marks: a sub-heading
        after = b.text[(m.close if m.close is not None else m.end) + 1:]
        if inner.rstrip()[-1:] == "," and re.match(r"\s*by\s+[A-Z]", after):
            return "term"  # “Headline of a story,” by Jane Doe: a cited title
        before_words = re.findall(r"[A-Za-z]+", b.text[:m.open][-40:])
        if title_case and len(words) <= 6 and before_words and (
                b.text[:m.open].rstrip().endswith(",") and before_words[-1].lower() in MEDIA_NOUNS
                or len(before_words) > 1 and before_words[-1].lower() in ("called", "titled", "named")
                and before_words[-2].lower() in MEDIA_NOUNS):
            return "term"  # his memoir, “Gifted Hands,” / a show called “Brokers”
        if len(words) > 6 or m.close is None:
            return ""
        i, j = p.toks
        toks = [t for t in doc[i:j] if not t.is_punct]
        if not toks:
            return "term"
        before = b.text[:m.open].rstrip()
        if before == "" or before[-1] in ".!?:":
            return ""  # a quote that opens a sentence is speech
        has_verb = len(words) > 2 and any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in toks)
        k = i - 1
        while k >= 0 and (doc[k].is_punct and b.inq[k] or doc[k].is_space):
            k -= 1
        prev = doc[k] if k >= 0 else None
        namer = prev.head if prev is not None and prev.lower_ == "as" else prev
        # (the tagger gives "a process called" VBD as often as VBN: the parse as a noun's modifier decides)
        if namer is not None and namer.tag_ in ("VBN", "VBD") and namer.dep_ == "acl" \
                and namer.lemma_.lower() in NAMING_VERBS \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in namer.children):
            return "term"  # an offence known as “treating”, a plot called “Operation X”: a name
        k2 = j
        while k2 < len(doc) and (doc[k2].is_punct and b.inq[k2] or doc[k2].is_space):
            k2 += 1
        nxt = doc[k2] if k2 < len(doc) else None
        if p.speaker_tok is None and not p.how and self._named_unsaid(b, p, nxt):
            return "term"
        prev_low = prev.text.lower() if prev is not None else ""
        last_word = before.split()[-1].lower() if before.split() else ""
        if prev_low in TERM_BEFORE or last_word in TERM_BEFORE or last_word.endswith("-called"):
            return "term"
        determined = prev is not None and (prev.pos_ in ("DET", "ADJ", "NUM") or prev.tag_ in ("PRP$", "POS"))
        # titles of shows, films, books: on “Face the Nation”, MSNBC's “Morning Joe”, titled “Arrogant”
        owner = doc[k - 1] if prev is not None and prev.tag_ == "POS" and k > 0 else None
        if title_case and (prev_low in TITLE_BEFORE
                           or (prev is not None and prev.tag_ == "POS" and prev.head.ent_type_ in ("ORG", ""))
                           or (owner is not None and owner.ent_type_ in ("ORG", "DATE"))
                           or (prev_low in ("to", "with") and k > 0 and doc[k - 1].lower_ in INTERVIEW_BEFORE)
                           or (prev_low in INTERVIEW_BEFORE and len(words) > 1)
                           or (nxt is not None and nxt.lower_ in TITLE_AFTER)):
            return "term"
        if has_verb:
            return ""
        # a quoted pre-modifier: a name when it holds a noun (the virtual “coalition of the willing”
        # meeting), a judgement when it is only adjectives and adverbs (a “ferocious” battle, a “firm but
        # fair” policy), someone's word as often as not: the filter judges those, a term when there is none
        if determined and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and \
                b.text[m.end:(m.close or m.end) + 1].strip() in ("”", '"', "’", "'", "»", "''"):
            judgement = all(t.pos_ in ("ADJ", "ADV", "CCONJ", "PART") or t.tag_ == "VBN" for t in toks)
            return "premod" if judgement else "term"
        # a back-reference: this “historic decision” (a determiner, not the "that" of "said that “…”")
        if quote_model.is_demonstrative(prev) and p.how not in ("after", "label"):
            return "term"
        # a short noun phrase with no reporting context after a determiner: the “deal”
        if not p.how and determined and len(words) <= 4:
            return "guess"
        return ""

    @staticmethod
    def _named_unsaid(b: Block, p: Piece, nxt: "Token | None") -> bool:
        """Piece ``p`` (that no cue attributes) is what a passive naming verb with no agent calls its
        subject: "It has been called “…” or even “…”", "what has been described as “…”"; not with a
        "by" after it ("was described as “…” by Ann Lee")."""
        doc = b.doc
        i, j = p.toks
        heads = [t for t in doc[i:j] if not (i <= t.head.i < j) or t.head.i == t.i]
        if len(heads) != 1 or nxt is not None and nxt.lower_ == "by":
            return False
        t = heads[0]
        while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            t = t.head  # the second of two names: “…” or even “…”
        if t.dep_ == "pobj" and t.head.lower_ == "as":
            t = t.head
        elif t.dep_ not in PASSIVE_COMPLEMENTS:
            return False
        v = t.head
        return v.i != t.i and not b.inq[v.i] and v.lemma_.lower() in PASSIVE_NAMING and v.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children)

    # -- the run ------------------------------------------------------------------------------


class _Article(_Cues):
    """The run over one article: pieces and units, attribution by the cue orders, quotes."""

    #: The speaker ranker (:mod:`.speaker_model`); None: the shipped one, when there is one.
    ranker: speaker_model.Model | None = None
    #: Called with (piece, candidates, the rules' mention, their ``how``) for each quote: how training sees them.
    observe = None
    #: The quote filter (:mod:`.quote_model`); None: the shipped one, when there is one.
    filter: quote_model.Model | None = None
    #: Called with (piece, its features) for each span the filter may judge: how training sees them.
    observe_span = None

    def run(self) -> tuple[list[Quote], list[Reported]]:
        pieces = self._pieces()
        for k, p in enumerate(pieces):
            self._attribute(pieces, k)
        self._share_units(pieces)
        for k, p in enumerate(pieces):
            p.term = self._judge(pieces, k)
        for p in pieces:
            self._fall_back(p)
        quotes = self._assemble(pieces)
        reported = guarded("reported speech", self.reported, list, self.warnings)
        return quotes, reported

    def _judge(self, pieces: list[Piece], k: int) -> bool:
        """Whether piece ``k`` is a term, not a quote: the rules' verdict (:meth:`is_term`), or, for a
        short span of a story paragraph that no sure rule calls a term, the learned filter's
        (:mod:`.quote_model`)."""
        p = pieces[k]
        b = self.blocks[p.block]
        term = self.is_term(b, p)
        model = self.filter or quote_model.shipped()
        if b.para < 0 or self._too_short(b, p):
            return bool(term)
        judged = model is not None and term != "term" and model.in_scope(quote_model.word_count(b, p.mark))
        if not judged and self.observe_span is None:
            return bool(term)
        feats = quote_model.features(b, p.mark, p.toks, p.how, rule_term=term,
                                     continued=k > 0 and pieces[k - 1].unit == p.unit,
                                     quote_led=self._quote_led(b, p), speech_verb=_speech_verb)
        if self.observe_span is not None:
            self.observe_span(p, feats)
        return not model.is_quote(feats) if judged else bool(term)

    @staticmethod
    def _too_short(b: Block, p: Piece) -> bool:
        """Under ``MIN_CHARS`` characters ("fair"), unless a reporting verb of its own sentence governs
        the closed span, its sayer is that verb's subject (:func:`_sayer_subject`) and it holds a word of
        ``SHORT_CHARS`` letters or more: told MPs it would be an “insult”, said that “a bomb” had gone off;
        never a word named rather than said (the term “urban”, a band called “urban”, a blog called the “Feed”)."""
        m = p.mark
        if m.end - m.start >= MIN_CHARS:
            return False
        if p.how != "ancestor" or m.close is None or \
                not re.search(r"[A-Za-z]{%d}" % SHORT_CHARS, b.text[m.start:m.end]):
            return True
        doc = b.doc
        if not _sayer_subject(doc, p):
            return True
        k = p.toks[0] - 1
        while k >= 0 and (doc[k].is_space or doc[k].is_punct and b.inq[k]):
            k -= 1
        prev = doc[k] if k >= 0 else None
        if prev is not None and prev.pos_ == "DET":
            prev = doc[k - 1] if k > 0 else None  # called the “Feed”
        return prev is not None and (prev.lemma_.lower() in WORD_NOUNS and prev.pos_ == "NOUN"
                                     or prev.lemma_.lower() in NAMING_VERBS and (prev.tag_ == "VBN" or prev.dep_ == "acl"))

    def _pieces(self) -> list[Piece]:
        """Every quoted piece, grouped into units (a quote continued over paragraphs is one unit)."""
        pieces: list[Piece] = []
        for bi, b in enumerate(self.blocks):
            for m in b.marks:
                span = b.doc.char_span(m.start, m.end, alignment_mode="expand")
                toks = (span.start, span.end) if span is not None else (0, 0)
                pieces.append(Piece(bi, m, toks=toks))
        # units: a piece left open at a paragraph end continues into a next paragraph that opens
        unit = -1
        for n, p in enumerate(pieces):
            prev = pieces[n - 1] if n else None
            b = self.blocks[p.block]
            if prev is not None and prev.mark.close is None and prev.block == p.block - 1 \
                    and self.blocks[prev.block].para >= 0 and b.text[:p.mark.open].strip() == "":
                p.unit = unit
            elif prev is not None and prev.block == p.block and prev.mark.close is None:
                p.unit = unit  # lost paragraph break inside one block
            else:
                unit += 1
                p.unit = unit
        return pieces

    def _attribute(self, pieces: list[Piece], k: int) -> None:
        """Attribute piece ``k``: a split quote's middle attribution, else the first cue of its
        order that finds one, else the source of a piece it is coordinated with."""
        p = pieces[k]
        b = self.blocks[p.block]
        if self._quote_led(b, p):
            order = CUE_ORDERS["quote-led"]
        elif b.text[p.mark.start:p.mark.end].rstrip()[-1:] in (",", "?", "!", "—") and p.mark.close is not None:
            order = CUE_ORDERS["clause-final"]  # “… ,” asked Dunn: attributed right after it
        else:
            order = CUE_ORDERS["partial"]  # its own sentence's reporting verb first
        prev = pieces[k - 1] if k else None
        back = k - 1
        while back > 0 and pieces[back].block == p.block and _title_like(
                b.text[pieces[back].mark.start:pieces[back].mark.end]) and pieces[back - 1].block == p.block:
            back -= 1  # “…,” Flynn said on Fox's “Fox and Friends.” “…”: look past the show's name
        speech_prev = pieces[back] if k else None
        sp = speech_prev
        if sp is not None and sp.block == p.block and sp.how == "after" and sp.cue_tok is not None \
                and sp.block_src is None \
                and sp.mark.close is not None and sp.mark.close < b.doc[sp.cue_tok].idx < p.mark.open \
                and self._quote_led(b, p) and "\n" not in b.text[sp.mark.close:p.mark.open] \
                and self._attribution_between(b, sp, p) \
                and self.cue_after(b, p) is None and not self._speaks_later(b, p):
            # “A,” she said, “B.” / “A,” he said. “B.”: the attribution between serves both
            p.cue, p.speaker_tok, p.cue_tok, p.how = sp.cue, sp.speaker_tok, sp.cue_tok, "split"
            return
        for how, name in order:
            finder = getattr(self, name)
            found = guarded(f"quotes ({name} at chars {b.offset + p.mark.start})", lambda: finder(b, p),
                            lambda: None, self.warnings)
            if found is not None:
                word = re.match(r"[\w'’-]+", found[0].text)  # a cue glued to its mark: said,“Look
                p.cue = word.group(0) if word and len(word.group(0)) < len(found[0].text) else found[0].text
                if name == "cue_bare_name":
                    p.cue = None  # no verb to show
                p.speaker_tok, p.cue_tok, p.how = found[1].i, found[0].i, how
                break
        sb = b if p.block_src is None else self.blocks[p.block_src]
        asked = p.speaker_tok is not None and self._in_question_put(b, p)
        if p.speaker_tok is not None and (asked or _figure(sb.doc[p.speaker_tok])):
            # a share of those polled ("75 percent of voters said …") is no speaker: those it counts
            # speak, and never the words of the question put to them ("Asked whether Lee is “fit”, …")
            who = None if asked else _counted(sb, sb.doc[p.speaker_tok])
            p.speaker_tok = who.i if who is not None else None
            if who is None:
                p.cue, p.cue_tok, p.how, p.block_src = None, None, "", None
        if not p.how and prev is not None and prev.block == p.block and prev.how and \
                prev.speaker_tok is not None and prev.mark.close is not None and prev.block_src is None \
                and not _title_like(b.text[prev.mark.start:prev.mark.end]) \
                and re.fullmatch(r"\s*(?:,|,?\s*(?:and|or|but|as well as))\s*(?:a|an|the)?\s*",
                                 b.text[prev.mark.close + 1:p.mark.open]):
            # “provocative and destabilizing” and a “grave threat”: coordinated pieces share a source
            p.cue, p.speaker_tok, p.cue_tok, p.how = prev.cue, prev.speaker_tok, prev.cue_tok, "coord"

    def _fall_back(self, p: Piece) -> None:
        """A quote of three words or more inside a paragraph that no cue attributes, once the filter
        kept it: the speaker of the sentence right before its own in the paragraph, when its own
        sentence reports no speech (“…,” Lee said. Instead, “it just …” / Lee has argued that … As a
        result, there is “…”). Run after the filter, so which spans are quotes does not change."""
        b = self.blocks[p.block]
        if p.how or p.term or p.speaker_tok is not None or b.para < 0 or p.toks[1] <= p.toks[0] \
                or self._quote_led(b, p) or len(b.text[p.mark.start:p.mark.end].split()) < 3:
            return  # (a word or two in marks, an "always on" connection, is a term as often as words said)
        found = self._said_before(b, p)
        if found is not None:
            p.cue, p.speaker_tok, p.cue_tok, p.how = found[0].text, found[1].i, found[0].i, "previous"

    def _said_before(self, b: Block, p: Piece) -> tuple["Token", "Token"] | None:
        """(cue, speaker) of the nearest reporting verb of the sentence before piece ``p``'s in its
        paragraph, with a subject that may speak; None when the piece's own sentence has a reporting
        verb outside quotes (its cue failed on the parse: no guess then) or a subject of its own that
        may act."""
        doc = b.doc
        sent = doc[p.toks[0]].sent
        if sent.start == 0 or any(_speech_verb(t) and not b.inq[t.i] for t in sent):
            return None
        # its main clause (or one the parser hung off the quote's verb) has a subject of its own
        # ("Unless rivals quit, “…”" is no such clause: a subordinate one)
        mains = [t for t in sent if not b.inq[t.i] and (t.head.i == t.i or b.inq[t.head.i] and t.dep_ != "advcl")]
        if any(c.dep_ in ("nsubj", "nsubjpass") and not b.inq[c.i] and c.lower_ not in ("it", "this", "that", "there")
               and (self._actor_like(b, c) or self._can_speak(b, c)) for t in mains for c in t.children):
            return None  # "Lee posted a photo. The photo shows a banner – “…”": the photo's
        for v in reversed(list(doc[sent.start - 1].sent)):
            if b.inq[v.i] or not _speech_verb(v):
                continue
            lead = v.i == 0 or doc[v.i - 1].is_punct or b.inq[v.i - 1]
            s = self.subject_of(b, v, inverted=lead)
            if s is None or b.inq[s.i] or not self._agent_like(b, s):
                return None
            return self.outer(b, v, s)
        return None

    @staticmethod
    def _in_question_put(b: Block, p: Piece) -> bool:
        """Piece ``p`` stands in an opening "Asked whether/about …" clause of its cue's sentence: the
        words of the question put to the speaker, not the speaker's answer."""
        if p.cue_tok is None or p.block_src is not None:
            return False
        t = b.doc[p.toks[0]] if p.toks[0] < len(b.doc) else None
        while t is not None and t.head.i != t.i:
            if t.dep_ == "advcl" and t.lemma_.lower() in ("ask", "question") and t.head.i == p.cue_tok and \
                    t.i < p.toks[0] and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return True
            t = t.head
        return False

    @staticmethod
    def _share_units(pieces: list[Piece]) -> None:
        """Pieces of one unit share its source; split quotes (“A,” she said, “B.”) are handled by before/after."""
        by_unit: dict[int, list[Piece]] = {}
        for p in pieces:
            by_unit.setdefault(p.unit, []).append(p)
        for ps in by_unit.values():
            src = next((p for p in ps if p.how in ("after", "label")), None) or \
                next((p for p in ps if p.how in ("before", "next", "colon")), None) or \
                next((p for p in ps if p.how), None)
            if src is None:
                continue
            for p in ps:
                if not p.how or p.how in ("split", "subject") and src.how in ("after", "label"):
                    p.speaker_tok, p.cue, p.how = src.speaker_tok, src.cue, "unit"
                    p.block_src = src.block if src.block_src is None else src.block_src

    def _assemble(self, pieces: list[Piece]) -> list[Quote]:
        """The quotes: attributed pieces named, runs of quotes given the last speaker, repeats their
        first; the speaker ranker may put another candidate mention in the rules' place."""
        quotes: list[Quote] = []
        last: Quote | None = None
        last_para = -99
        last_mention: speaker_model.Mention | None = None
        # the speaker before the last one, for an exchange: “…?” Lee asked. / “…” (the other answers)
        other: tuple[Quote, int, speaker_model.Mention | None] | None = None
        ranker = self.ranker or speaker_model.shipped()
        ctx = speaker_model.Context(self) if ranker is not None and ranker.enabled or self.observe else None
        # a quote continued in the same unit (“A.” “B.” / a paragraph left open) is the same speaker's:
        # the ranker's choice for the piece that attributes the unit holds for the rest of it
        unit_pick: dict[tuple[int, speaker_model.Mention], speaker_model.Mention | None] = {}
        unit_quotes: dict[tuple[int, speaker_model.Mention], list[Quote]] = {}
        self._named_spans: dict[speaker_model.Mention, tuple[int, int]] = {}
        for p in pieces:
            b = self.blocks[p.block]
            if p.term or b.para < 0 or self._too_short(b, p):
                continue
            start, end = b.offset + p.mark.start, b.offset + p.mark.end
            q = Quote(text=self.text[start:end], start=start, end=end)
            rule, how = None, p.how
            turn: Quote | None = None
            if p.speaker_tok is not None:
                rule = (p.block if p.block_src is None else p.block_src, p.speaker_tok)
            elif last is not None and last.speaker and (
                    b.para - last_para <= 1 and self._quote_led(b, p)
                    or b.para == last_para and 0 <= start - last.end < 400 and self.text[start:start + 1].isupper()):
                rule, how = last_mention, "last"  # a run of quotes with no new attribution: still the last speaker
                if other is not None and b.para > last_para and b.para - other[1] <= 3 and \
                        last.text.rstrip(" ”\"’'").endswith("?") and not p.mark.open:
                    # a paragraph answering the last speaker's question: the one spoken to before
                    last_q, _, rule = other
                    turn = last_q
            pick = rule
            shared = (p.unit, rule) if how == "unit" and rule is not None else None
            src = turn if how == "last" and turn is not None else last
            if ctx is not None:
                cands = ctx.candidates(p.block, p.toks, (start, end), rule, how, last_mention,
                                       last.speaker if last is not None else None, self._quote_led(b, p), p.cue)
                if self.observe is not None:
                    self.observe(p, cands, rule, how)
                if ranker is not None and ranker.enabled and not self._rare_layout(b, p) and not self._answers(p):
                    pick = speaker_model.choose(ranker, cands, rule, ctx,
                                                speaker_model.rule_group(how, rule, p.block, p.cue), p.cue)
            if shared is not None and shared in unit_pick:
                pick = unit_pick[shared]
            if pick is not None and pick == rule and how == "last" and src is not None:
                q.speaker, q.speaker_start, q.speaker_end, q.cue = src.speaker, src.speaker_start, \
                    src.speaker_end, src.cue
            elif pick is not None:
                self._name(q, pick, p.cue)
            quotes.append(q)
            if shared is not None and shared not in unit_pick:
                unit_quotes.setdefault(shared, []).append(q)  # its unit's attributing piece is still to come
            elif how != "unit" and rule is not None and how != "last":
                unit_pick.setdefault((p.unit, rule), pick)
                if pick != rule and pick is not None:
                    for earlier in unit_quotes.pop((p.unit, rule), []):
                        self._name(earlier, pick, p.cue)
            if q.speaker and q.end - q.start >= MIN_CHARS:  # a quoted word (he's “back”) starts no run of quotes
                if last is not None and last.speaker != q.speaker:
                    other = (last, last_para, last_mention)
                last, last_para, last_mention = q, b.para, pick
                if how != "last" and q.speaker_start is not None and q.speaker[:1].isupper() and \
                        not (pick is not None and _noun_source(self.blocks[pick[0]].doc[pick[1]])):
                    if any(full == q.speaker for _, full in self.index.full) or self.coref.lone_person(q.speaker):
                        self.coref.note_speaker(q.speaker_start, q.speaker, b.para)
        # the same words quoted twice are the same person's
        said = {_norm_quote(q.text): q for q in quotes if q.speaker and len(q.text.split()) >= 3}
        for q in quotes:
            if not q.speaker and _norm_quote(q.text) in said:
                src = said[_norm_quote(q.text)]
                q.speaker, q.speaker_start, q.speaker_end, q.cue = src.speaker, src.speaker_start, src.speaker_end, src.cue
        return quotes

    def _name(self, q: Quote, pick: speaker_model.Mention, cue: str | None) -> None:
        """Give quote ``q`` the speaker mention ``pick`` names; the words of the quotes the same
        mention named before count as its own (“Ann leaves big boots to fill,” he said. “Nobody …”:
        neither is Ann's)."""
        sb = self.blocks[pick[0]]
        span = self._named_spans.get(pick, (q.start, q.end))
        span = self._named_spans[pick] = (min(span[0], q.start), max(span[1], q.end))
        q.speaker, q.speaker_start, q.speaker_end = self.resolve(sb, sb.doc[pick[1]], quote=span)
        q.cue = cue

    def _answers(self, p: Piece) -> bool:
        """The rules gave piece ``p`` to the one a question was put to ("She asked him about it.
        “…”"): a choice the ranker, which reads the asked as a listener, may not overrule."""
        if p.speaker_tok is None or p.cue_tok is None or p.how not in ("before", "previous"):
            return False
        sb = self.blocks[p.block if p.block_src is None else p.block_src]
        asked = _asked(sb, sb.doc[p.cue_tok])
        return asked is not None and asked.i == p.speaker_tok

    def _rare_layout(self, b: Block, p: Piece) -> bool:
        """The rules found the quote's speaker in a layout the ranker has too few examples of to
        overrule: its own "as/while X …" clause ("As Reed went on about “…”, Lee said nothing"),
        "the paper quoted Reed as saying", the agent of a passive cue ("was told by Lee"), the one a
        clause leads to speak ("leading him to quip"), one a recording shows, or speech reported
        inside speech (:meth:`_reports_own`), a subject the parser joined to the clause before
        (:meth:`_stranded_of`), the owner of a subject noun of speech ("Lee's answer was that …"), or a
        surname the parser made the verb's modal or adverb (:meth:`_surname_modifier`)."""
        if p.cue_tok is None or p.block_src is not None or p.speaker_tok is None:
            return False
        v, s = b.doc[p.cue_tok], b.doc[p.speaker_tok]
        quoted = s.dep_ == "dobj" and s.head.lemma_.lower() in QUOTING_VERBS
        # "Reed was told by the judge: “…”": the agent, never the one told
        agent = s.dep_ == "pobj" and s.head.dep_ == "agent" and s.head.head.i == v.i
        # "…, leading him to quip": the one led to speak
        made = s.dep_ == "dobj" and s.head.lemma_.lower() in MADE_TO_SAY and v.head.i == s.head.i
        # "Lee's answer was that “…”": the owner of the words, never another subject of the sentence
        owned = s.dep_ == "poss" and s.head.i == v.i and v.dep_ == "nsubj" and v.lemma_.lower() in lex.SPEECH_NOUNS
        # ", Mark described Reed as “…”": a surname the parser made the verb's modal or adverb
        modifier = s.dep_ in ("aux", "advmod", "npadvmod") and s.head.i == v.i
        # the one a recording shows ("other videos include a woman telling her: “…”"), never the recording
        return _as_clause(v) or quoted or agent or made or self._shown(b, s) or self._reports_own(b, v, s, p) \
            or self._stranded_of(b, v, s) or owned or modifier

    def _stranded_of(self, b: Block, v: "Token", s: "Token") -> bool:
        """``s`` is the stranded subject (:meth:`_stranded_subject`) of cue ``v`` or of a clause it
        is joined to ("but his lawyer, Ann Lee, told X ... and added"): the parse hides it from the ranker."""
        h, hops = v, 0
        while s.dep_ == "conj" and h.dep_ == "conj" and hops < 3:
            found = self._stranded_subject(b, h)
            if found is not None and found.i == s.i:
                return True
            h, hops = h.head, hops + 1
        return False

    def _speaks_later(self, b: Block, p: Piece) -> bool:
        """The piece's own sentence goes on to a reporting verb with a subject of its own
        (“A,” Warren said. “B” to drive up the price, she said): that one, not the split, attributes it."""
        doc = b.doc
        i, j = p.toks
        if p.mark.close is None or not (0 < j < len(doc)) or doc[j - 1].sent.end <= j:
            return False
        k = j
        while k < len(doc) and (b.inq[k] or doc[k].is_punct and doc[k].text in (*DOUBLE_CLOSE, '"', "''")):
            k += 1
        for t in doc[k:doc[j - 1].sent.end]:
            if b.inq[t.i]:
                break
            if _speech_verb(t) and t.pos_ in ("VERB", "AUX"):
                s = self.subject_of(b, t)
                if s is not None and s.i >= j and not b.inq[s.i]:
                    return True
        return False

    def _attribution_between(self, b: Block, prev: Piece, p: Piece) -> bool:
        """Only the attribution sentence of ``prev`` stands between ``prev`` and ``p``."""
        ends = [t.i for t in b.doc[prev.toks[1]:p.toks[0]] if not b.inq[t.i] and t.text in END_PUNCT]
        if any(e < prev.cue_tok for e in ends) or len(ends) > 1:
            return False
        return not ends or not b.text[b.doc[ends[0]].idx + 1:p.mark.open].strip()

    def _quote_led(self, b: Block, p: Piece) -> bool:
        """The piece opens its paragraph or sentence (a run of quotes by the last speaker)."""
        before = b.text[:p.mark.open].rstrip(" \t\xa0")
        mark = 2 if before.endswith("''") else 1  # “A.” “B.” / ''A.'' ''B.''
        return before == "" or before[-1] in ".!?:\n" or before[-1] in "”\"’'" and before[:-mark].rstrip()[-1:] in ".!?,"

    # -- reported speech ----------------------------------------------------------------------

    def reported(self) -> list[Reported]:
        out: list[Reported] = []
        for b in self.blocks:
            if b.para < 0:
                continue
            for sent in b.doc.sents:
                if any(b.inq[t.i] for t in sent):
                    continue
                for v in sent:
                    if not _speech_verb(v) or v.lemma_.lower() in ("call", "describe", "ask", "thank"):
                        continue
                    comp = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
                    if comp is None:
                        continue
                    s = self.subject_of(b, v)
                    if s is None:
                        continue
                    name, _, _ = self.resolve(b, s)
                    if not name or not (s.ent_type_ in NAME_LABELS + ORG_LABELS or s.pos_ in ("PRON", "PROPN")):
                        continue
                    left = comp.left_edge
                    if left.i <= v.i:
                        continue
                    if v.lemma_.lower() in ANSWER_VERBS and left.lower_ in WH_WORDS:
                        continue  # "answered how he would deal with it": the question answered, not the answer
                    if left.dep_ == "mark" and left.lower_ == "that":
                        left = b.doc[left.i + 1]
                    right = comp.right_edge
                    while right.i > left.i and right.is_punct:
                        right = b.doc[right.i - 1]
                    start, end = b.offset + left.idx, b.offset + right.idx + len(right.text)
                    if end - start < 12:
                        continue
                    out.append(Reported(text=self.text[start:end], start=start, end=end, speaker=name, cue=v.text))
                    break
        return out


def _platform(b: Block, t: "Token") -> bool:
    """``t`` (or the name it ends) is where or to whom something is posted or sent ("a message on
    Twitter", "an email to members"), not one who speaks what a participle after it introduces."""
    root = b.ents[b.ent_of[t.i]].root if b.ent_of[t.i] >= 0 else t
    return root.dep_ == "pobj" and root.head.lower_ in PLATFORM_PREPS


def _figure(t: "Token") -> bool:
    """``t`` is a number or a share ("75 percent", "31%", "two-thirds"), which counts speakers but is
    none ("one", as in "one of the group said", "One wrote", stands for a person)."""
    return t.lower_ != "one" and (t.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY", "MONEY")
                                  or t.lower_ in ("percent", "%") or t.pos_ == "NUM" and t.dep_ in ("nsubj", "nsubjpass"))


def _counted(b: Block, t: "Token") -> "Token | None":
    """The people a share counts: "Republicans" in "31% of Republicans", else those an earlier share
    in its paragraph counts ("52 percent of voters agreed … 63 percent said"), else None."""
    for f in [t] + [x for x in list(b.doc[:t.i])[::-1] if _figure(x) and not b.inq[x.i]]:
        for c in f.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and not b.inq[g.i] and not _figure(g):
                        return g
    return None


def _noun_source(t: "Token") -> bool:
    """``t`` is the source of a speech noun ("claims from *Reed* that …", "a statement by *Reed*"):
    the one who said it, but no subject a later "he" may stand for."""
    return t.dep_ == "pobj" and t.head.lower_ in ("from", "by", "of") and t.head.head.pos_ == "NOUN" \
        and t.head.head.lemma_.lower() in lex.SPEECH_NOUNS


def _title_like(text: str) -> bool:
    """Short and in title case: the name of a show, a book, a film."""
    words = text.split()
    cased = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in SMALL_WORDS]
    return 0 < len(words) <= 6 and bool(cased) and all(w[0].isupper() for w in cased)


def _norm_quote(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def extract_all(analysis: Analysis, warnings: list[str] | None = None) -> tuple[list[Quote], list[Reported]]:
    """Quotes and reported speech of one article; a cue that fails on an odd parse is a warning."""
    return _Article(analysis, warnings).run()
