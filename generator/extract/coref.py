"""Who an article's mentions refer to: one resolver for every stage.

:class:`Coreference` holds the article's person and organisation mentions: its named entities
(a known person's surname or first name mis-tagged as an organisation or place put right, and
left untagged), organisations and people named by description in subject position ("the panel
said", "the mayor denied"), and people named inside quotes (kept apart: antecedents only for a
pronoun quoted in the same paragraph). A person's full name the tagger typed as an organisation
is a person when it follows a role word or a possessive, opens with a given name, or is a person
actor's name ("shadow chancellor Tom Reed", "the Ocean Trust's Tom Reed"); a known surname taken
for a common noun ("Reed fired back:") is still a mention. A mention is a subject when the parse
says so or when a name opens its sentence before a verb or stands before a "who …" / "when …"
aside. It answers:

* :meth:`~Coreference.resolve`: who the mention headed by a token is: a name becomes the full
  name the article uses ("Mr Kovalenko" -> "Petro Kovalenko"), a relative "who" its antecedent,
  "he"/"she" the most recent person in subject position who may be of that gender (a main-clause
  subject before one reported in its sentence, or in its paragraph before one reported in an
  earlier sentence, unless named again; the person of an opening "For X, …"; a thing-subject passive's agent; a described
  person whose description gives the gender or points back to a named one; one object of that
  gender in the sentence just before when the subject lies further back; never the person it
  speaks to, "he told Reed", nor one named in the clause it reports, "Mr Reed has failed, he
  claimed", nor a one-word "person" the article never shows to be one), "it" the most recent organisation in subject position, "they"
  that or people named by what they are ("the researchers"), "the spokeswoman", "the
  American", "the MP for Eastwick" or "the 52-year-old" the most recent person (the main-clause
  subject first, and no one named in the clause its verb reports, as for "he"), "the Brill report" the body named in it, "the report"/"the letter"
  the body or person the article says issued it (:meth:`~Coreference.document_issuer`), "the
  club" the named body the article's referents bind it to ("the magazine", "the group" first the
  body the article introduced with that noun: "US magazine Quill Review"); "his adviser" never
  "he" himself; a relative "who" after a name and its role ("Ann Lee, his agent, who …") the
  name; a capitalised title with a name in apposition ("The Shadow Secretary for X, Ann Lee,",
  "the chief executive of Acme, Tom Reed,") the name;
* :meth:`~Coreference.antecedent` / :meth:`~Coreference.antecedent_mention`: that most recent
  compatible mention before an offset, which the quote stage and the question stage both use to
  put a name on a pronoun;
* :meth:`~Coreference.person_name` / :meth:`~Coreference.org_name`: a name as the article's
  referent (:attr:`Analysis.referents`) writes it.

Quotes add each named speaker as a mention as they attribute (:meth:`~Coreference.note_speaker`),
so a later "he said" can find the man who spoke last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from .. import lexicon as lex
from .analysis import AGE_WORD, Block, PersonIndex, clean_name, described_person, person_name_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..model import Actor

PRONOUNS = frozenset("he she him her they them i we you it".split())
PERSON_PRONOUNS = frozenset("he she him her i".split())
RELATIVE = frozenset("who whom which that".split())
#: Letters written after a person's name ("Ann Lee MSP", "Tom Reed QC"): the tagger often takes them for
#: a body of their own, but the mention is the person they follow.
POSTNOMINALS = frozenset("mp msp mep mla ms am td qc kc obe mbe cbe kbe dbe".split())
NUMERIC_LABELS = frozenset("DATE TIME MONEY QUANTITY PERCENT CARDINAL ORDINAL".split())
NAME_LABELS = ("PERSON",)
ORG_LABELS = ("ORG", "NORP", "GPE")
PLACE_LABELS = ("NORP", "GPE")  # places and peoples: where a speaker is, never the speaker itself
#: The label of people named by what they are ("the researchers"): antecedents for "they" only.
GROUP = "GROUP"
#: Nouns that can stand for the source of words without being a person or organisation role.
HE = frozenset("he him his himself".split())
SHE = frozenset("she her hers herself".split())
SOURCE_NOUNS = frozenset(("source", "official", "people", "critic", "supporter", "voter", "resident",
                          "protester", "member", "expert", "observer", "witness", "staff", "aide"))


@dataclass
class Mention:
    """A person or organisation mention, for resolving pronouns and descriptions."""

    pos: int  # article offset
    name: str
    label: str
    subject: bool
    para: int
    description: bool = False
    quoted: bool = False  # said inside quotation marks: an antecedent only for pronouns quoted too
    head: "Token | None" = None  # a description's head noun ("the mayor", "the report")
    sentence: int = -1  # article offset of its sentence's start
    reported: bool = False  # the subject of a clause inside another ("Lee said that *Ann* is well"), not a speaker
    token: "Token | None" = None  # a named mention's head token


class Coreference:
    """The article's mentions and who each refers to (see the module docstring)."""

    def __init__(self, blocks: list[Block], names: PersonIndex, actors: "list[Actor]"):
        self.blocks = blocks
        self.index = names
        self.actors = actors
        self._resolving: set[tuple[int, int]] = set()  # mentions being resolved now (:meth:`resolve`)
        # names of the actors the actors stage typed as bodies, not people (a club, band or firm the
        # tagger took for a person): never the antecedent of "he"/"she"
        people = {clean_name(f) for a in actors if a.type == "person" for f in [a.name, *a.aliases]}
        self._people = {a.name for a in actors if a.type == "person"}
        self._bodies = {clean_name(f) for a in actors if a.type == "organization"
                        for f in [a.name, *a.aliases]} - people
        self.mentions: list[Mention] = []
        self._told: dict[str, str] = {}
        self._speaking: set[str] = set()  # one-word names that are subjects of a verb of saying
        self._genders: dict[int, str | None] = {}  # a mention's gender, by id (fixed once collected)
        self._descriptions: dict[tuple[int, str | None], str] = {}  # _described, until a speaker is noted
        self._collect()

    def lone_person(self, name: str) -> bool:
        """``name`` is one word the article's actors give a person and no body ("Davies" when the
        tagger split "Will Davies"): a speaker so named is a mention for later pronouns too (one the
        article shows to be a person: :meth:`_unpersoned`)."""
        return len(name.split()) == 1 and name in self._people and clean_name(name) not in self._bodies

    def note_speaker(self, pos: int, name: str, para: int) -> None:
        """A speaker the quote stage named, as a subject mention for later pronouns: one who speaks
        in a clause inside another's ("Lee said she had met Reed, who told her …") is a reported
        subject there (:meth:`antecedent_mention`'s ``main_first``)."""
        sentence, reported = -1, False
        b, tok = self._token_at(pos)
        if tok is not None:
            sentence, reported = b.offset + tok.sent.start_char, _nested_speaker(b, tok)
        self.mentions.append(Mention(pos, name, "PERSON", True, para, sentence=sentence, reported=reported,
                                     token=tok))
        self._descriptions.clear()

    def _collect(self) -> None:
        """The mentions pronouns and descriptions resolve against (see the module docstring)."""
        # every multi-word name the article uses, by its surname, in the index's order
        self.fulls_by_surname: dict[str, list[str]] = {}
        for _, full in self.index.full:
            if clean_name(full) in self._bodies and full.split()[0].lower() not in lex.GIVEN_NAMES:
                continue  # a club or firm the tagger took for a person: "United" is no one's surname
                # (a given name first is a person the actors stage took for a body: "Ivo Lanner")
            self.fulls_by_surname.setdefault(full.split()[-1].lower(), []).append(full)
        self.surnames = set(self.fulls_by_surname)
        self._role_named = {name for b in self.blocks for ent in b.ents if (name := _role_named(b, ent))}
        words = person_words(self.actors)
        # a key person's full name the tagger labelled a product or a work ("Ivo Lanner" as PRODUCT)
        full_people = {clean_name(f) for a in self.actors if a.type == "person" for f in [a.name, *a.aliases]
                       if len(clean_name(f).split()) > 1}
        for b in self.blocks:
            for ent in b.ents:
                if ent.label_ not in NAME_LABELS + ORG_LABELS and not b.inq[ent.start] and \
                        ent.label_ not in NUMERIC_LABELS and clean_name(ent.text) in full_people:
                    root = ent.root
                    subject = root.dep_ in ("nsubj", "nsubjpass") or _opens_sentence(b.doc[ent.start])
                    self.mentions.append(_named(b, ent.start_char, root, ent.text, "PERSON", subject))
                    continue
                if ent.label_ not in NAME_LABELS + ORG_LABELS or not any(c.isupper() for c in ent.text):
                    continue  # a lower-case word tagged as a name ("his bona fides") names no one
                if b.inq[ent.start]:
                    if ent.label_ == "PERSON":
                        subject = ent.root.dep_ in ("nsubj", "nsubjpass")
                        self.mentions.append(Mention(b.offset + ent.start_char, ent.text, "PERSON", subject, b.para,
                                                     quoted=True))
                    continue
                name, label = ent.text, self.label_of(b, ent)
                if label == "PERSON" and _modifier_name(b.doc, ent):
                    continue  # "the Westby crowd", "a Harlow shirt": a name that only modifies a thing
                if label == "PERSON" and ent.label_ != "PERSON":
                    name = self.person_in_org(b, ent) or name  # "Tom Reed" tagged as an organisation
                if label != "PERSON" and len(ent) == 1 and ent.text in words:
                    name, label = words[ent.text], "PERSON"  # a key person's first name tagged as a place
                if label == "PERSON" and ent.label_ != "PERSON" and ent.start and b.doc[ent.start - 1].pos_ == "PROPN":
                    name = b.doc[ent.start - 1].text + " " + name  # "Irene" + ORG "Harlow"
                if label == "PERSON" and len(ent) == 1 and ent.root.lower_ in lex.FROM_PLACE and \
                        _described_person(ent.root, ent, b.doc[ent.start:ent.end]):
                    # "The Scot initially defended him. He said": the person named before, for later pronouns
                    name = self.antecedent(b.offset + ent.start_char, b.para, ("PERSON",), entities_only=True,
                                           main_first=True) or name
                last = ent.text.split()[-1]
                if len(ent) > 1 and last in words and ent.text.split()[0] not in words[last].split():
                    name, label = words[last], "PERSON"  # "… as Peter Pan Clara said": a caption glued on
                root = ent.root
                subject = root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ in ("compound", "appos") and
                                                                 root.head.dep_ in ("nsubj", "nsubjpass") and
                                                                 not _modifies_person(root, label) and
                                                                 not _person_names_body(root, label)) \
                    or _opens_sentence(b.doc[ent.start]) or _before_relative(root) or _according_to(root) \
                    or label == "PERSON" and (_ends_role_subject(b.doc, ent) or _passive_agent(root)
                                              or root.dep_ == "appos" and _passive_agent(root.head)
                                              or _viewpoint(root))
                self.mentions.append(_named(b, ent.start_char, root, name, label, subject))
            # organisations named by description in subject position ("the panel said"), for "it";
            # a known person's surname the tagger left untagged ("Reed bristles at ...", "Reed fired back:"
            # with "Reed" taken for a common noun)
            for t in b.doc:
                if (t.pos_ == "PROPN" or t.tag_ in ("NN", "NNS") and t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in self.surnames) \
                        and not b.inq[t.i] and t.text[:1].isupper() and not _in_name(t) and \
                        (t.lower_ in self.surnames or t.text in words) and (
                            b.ent_of[t.i] < 0 or b.ents[b.ent_of[t.i]].label_ not in NAME_LABELS + ORG_LABELS):
                    subject = t.dep_ in ("nsubj", "nsubjpass") or _opens_sentence(t)
                    self.mentions.append(_named(b, t.idx, t, words.get(t.text, t.text), "PERSON", subject))
                elif t.dep_ in ("nsubj", "nsubjpass") and b.ent_of[t.i] < 0 and not b.inq[t.i] and _addressed(t):
                    # "Ms Okafor said she …" with the name untagged and no full name to know it by:
                    # the form of address makes the word a person of its gender, for a "she said" after it
                    self.mentions.append(_named(b, t.idx, t, t.text, "PERSON", True))
                elif t.dep_ in ("nsubj", "nsubjpass") and b.ent_of[t.i] < 0 and not b.inq[t.i]:
                    named = _untagged_person(b, t)  # "Boss Joost Vermeer blames …" with no entity tagged
                    if named is not None:
                        self.mentions.append(_named(b, named.idx, t, b.doc[named.i:t.i + 1].text, "PERSON", True))
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and (t.lemma_.lower() in lex.ORG_ROLES or
                                                               t.lemma_.lower() in lex.ORG_HEADS and _definite(t)) \
                        and not b.inq[t.i] and b.ent_of[t.i] < 0 and t.tag_ == "NN":
                    # ("the school apologised on Friday. It said", "the new government was elected after it
                    # pledged": the school, the government, a body named by its kind; marked when its clause
                    # is one another reports: "Acme said the board would not change its bid")
                    i, j = self.mention_span(b, t)
                    self.mentions.append(Mention(b.offset + b.doc[i].idx, b.doc[i:j].text, "ORG", True, b.para, True,
                                                 head=t, sentence=b.offset + t.sent.start_char,
                                                 reported=_reported_clause(t)))
                if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in lex.PERSON_NOUNS and t.tag_ == "NN" and \
                        not t.ent_type_ and not b.inq[t.i]:  # "the mayor denied that he ..."
                    i, j = self.mention_span(b, t)
                    self.mentions.append(Mention(b.offset + b.doc[i].idx, b.doc[i:j].text, "PERSON", True, b.para, True,
                                                 head=t, sentence=b.offset + t.sent.start_char,
                                                 reported=_reported_clause(t)))
                if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and not t.ent_type_ and not b.inq[t.i] and \
                        (t.lemma_.lower() in lex.HUMAN_NOUNS or t.lower_ in lex.GROUP_HEADS
                         or t.lemma_.lower() in lex.ORG_HEADS):
                    # people named by what they are ("the researchers warned", "the banks warned"), for a later
                    # "they": the group list holds plurals, so the word as written is looked up, not its lemma
                    i, j = self.mention_span(b, t)
                    self.mentions.append(Mention(b.offset + b.doc[i].idx, b.doc[i:j].text, GROUP, True, b.para, True,
                                                 head=t))
        self.mentions.sort(key=lambda r: r.pos)
        self._told = self._told_genders()
        # one-word names the article has speak ("Lee said", not "Lee tells the story"): people
        self._speaking = {clean_name(e.text) for b in self.blocks for e in b.ents
                          if e.root.dep_ == "nsubj" and not b.inq[e.root.i] and _says(e.root.head)}

    def _told_genders(self) -> dict[str, str]:
        """Genders the article itself gives people whose first name the lists do not know: in a
        sentence naming one person only, "he"/"his"/"him" or "she"/"her" after the name (quoted
        words included; a one-word name's is read only by :meth:`_unpersoned`). A person gets the gender all such sentences agree on; a
        surname the article gives two people is no evidence, and nor is a sentence that may speak of someone
        else (:func:`_other_subject`: "With Ann Lee's help, the actor finished his film" is the actor's
        "his")."""
        votes: dict[str, set[str]] = {}
        for b in self.blocks:
            for sent in b.doc.sents:
                ents = [e for e in b.ents if e.label_ == "PERSON" and sent.start <= e.start < sent.end]
                people = {clean_name(e.text) for e in ents}
                if len(people) != 1 or _other_subject(b, sent, ents):
                    continue
                name = next(iter(people))
                if not name or len(name.split()) < 2 and len(set(self.fulls_by_surname.get(name.split()[-1].lower(), []))) > 1:
                    continue  # a bare surname the article gives two people (a full name is one person)
                first = ents[0].end
                said = {g for t in b.doc[first:sent.end] if (g := pronoun_gender(t.lower_))}
                if len(said) == 1:
                    votes.setdefault(name, set()).update(said)
        return {name: next(iter(g)) for name, g in votes.items() if len(g) == 1}

    def gender_of(self, name: str) -> str | None:
        """A person's gender: from the given-name lists and Mr/Mrs (:meth:`PersonIndex.gender`), else
        a rarer given name's, else what the article's pronouns say of that person."""
        known = self.index.gender(name)
        if known is not None:
            return known
        words = clean_name(name).split()
        if len(words) < 2:
            return None
        first = words[0].lower()
        if first in lex.RARE_FEMALE_NAMES:
            return "f"
        if first in lex.RARE_MALE_NAMES:
            return "m"
        return self._told.get(name)

    def label_of(self, b: Block, ent) -> str:
        """The entity label, with a known person's surname (a hyphenated one too), or a person's full
        name, mis-tagged as an organisation put right (see :meth:`person_in_org`)."""
        if ent.label_ != "PERSON" and " " not in ent.text and ent.text.lower().rstrip("’'s") in self.surnames:
            return "PERSON"
        if len(ent) == 1 and ent.label_ in ("PERSON", "ORG", "NORP") and ent.text in self._role_named:
            return "PERSON"  # "defender Kessler" somewhere: "Kessler insists" is that person, whatever the tagger says
        if ent.label_ == "PERSON" and clean_name(ent.text) in self._bodies:
            return "ORG"  # "Harbour Rovers" tagged as a person: the actors stage found it a club or firm
        if ent.label_ == "PERSON" and all(x.tag_ == "NNPS" for x in ent) and ent.start and \
                b.doc[ent.start - 1].lower_ == "the":
            return "ORG"  # "the Harbourers" (a side's nickname) tagged as a person: a plural is no one person
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in lex.ORG_SUFFIXES and \
                ent[0].lower_ not in lex.GIVEN_NAMES and ent[0].lower_ not in lex.TITLE_WORDS:
            return "ORG"  # "Westford Magistrates' Court" tagged as a person
        if ent.label_ in ("ORG", "NORP", "GPE") and len(ent) == 2 and _addressed(ent[1]):
            return "PERSON"  # "Ms Dravon" tagged as a firm: a form of address and one name is a person
        if ent.label_ in ("ORG", "NORP") and self.person_in_org(b, ent) or described_person(b, ent):
            return "PERSON"  # "Ann Varga, a journalist," tagged as an organisation
        return ent.label_

    def person_in_org(self, b: Block, ent) -> str | None:
        """The person's name an organisation entity is, or ends in: a full name the article's people
        found ("Ann Lee" tagged ORG), or a given name and surname at its end ("the Harbour Party Ann
        Lee"), or two or three capitalised words right after a role word or a possessive
        ("shadow chancellor Tom Reed", "the Ocean Trust's Tom Reed")."""
        words = [t for t in ent if t.lower_ != "the"]
        if len(words) < 2 or words[-1].tag_ == "POS" or lex.lookup(ent.text):
            return None
        text = " ".join(t.text for t in words)
        if any(a.type == "person" and clean_name(a.name) == text for a in self.actors):
            return text
        role = words[-2]
        if role.is_lower and role.pos_ == "NOUN" and not b.inq[role.i] and role.lemma_.lower() in lex.PERSON_ROLES \
                and person_name_words(words[-1:]) and not lex.lookup(words[-1].text):
            return words[-1].text  # "Harbour star Kessler" tagged as one body: the one-word name after the role
        for n in (2, 3):
            tail = words[-n:]
            if len(tail) < n or not person_name_words(tail):
                return None
            before = b.doc[tail[0].i - 1] if tail[0].i > 0 else None
            if tail[0].lower_ in lex.GIVEN_NAMES or before is not None and not b.inq[before.i] and (
                    before.tag_ == "POS" or before.lemma_.lower() in lex.PERSON_ROLES or before.lower_ in lex.TITLE_WORDS):
                return " ".join(t.text for t in tail)
        return None

    def _titled_star(self, b: Block, t: "Token") -> "Token":
        """``t``, or the person a capitalised title before a role noun introduces: in "Only Crows
        and Ladders star Ann Lee said" the parser makes a word of the show's name the subject and
        hangs the name off it; the person after the role noun ("star", "striker") is the speaker.
        A full name or a known surname as subject ("Tom Reed and Harbour striker Ann Lee") stays."""
        doc = b.doc
        if t.pos_ != "PROPN" or b.inq[t.i] or not t.text[:1].isupper():
            return t
        if b.ent_of[t.i] >= 0:
            ent = b.ents[b.ent_of[t.i]]
            if self.label_of(b, ent) == "PERSON" and (len(ent) > 1 or t.lower_ in self.surnames):
                return t
        k = t.i + 1
        while k < min(len(doc), t.i + 8) and not b.inq[k] and (
                doc[k].lower_ in ("and", "&", "of", "the") or doc[k].text[:1].isupper() and not doc[k].is_punct):
            k += 1
        if k + 1 >= len(doc) or k == t.i + 1 or b.inq[k] or not doc[k - 1].text[:1].isupper():
            return t
        role = doc[k]
        if role.pos_ != "NOUN" or role.lemma_.lower() not in lex.PERSON_ROLES:
            return t
        e = b.ent_of[k + 1]
        if e < 0 or b.ents[e].start != k + 1 or self.label_of(b, b.ents[e]) != "PERSON" or \
                any(b.inq[x.i] for x in b.ents[e]):
            return t
        person = b.ents[e].root
        if person.i not in {x.i for x in t.subtree}:  # one noun phrase, not two clauses side by side
            return t
        return person

    def _club_role(self, b: Block, t: "Token") -> int | None:
        """End token of the role noun when ``t`` is a body's one-word name that the parser made the
        head of "the <name> <role>" ("the Harbour full-back", "the Acme striker"), the role noun
        hanging off it and no name after it; else None."""
        doc = b.doc
        if t.pos_ != "PROPN" or b.inq[t.i] or t.i == 0 or doc[t.i - 1].lower_ != "the" or t.i + 1 >= len(doc):
            return None
        if b.ent_of[t.i] >= 0:
            ent = b.ents[b.ent_of[t.i]]
            if len(ent) > 1 or self.label_of(b, ent) == "PERSON":
                return None
        k = t.i + 1
        word, end = doc[k].lower_, k + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_:
            word, end = word + "-" + doc[end + 1].lower_, end + 2
        if word not in lex.PERSON_ROLES and word not in lex.ROLE_JOBS or any(b.inq[x] for x in range(k, end)):
            return None
        if doc[end - 1].head.i != t.i and doc[end - 1].i not in {c.i for c in t.subtree}:
            return None
        if end < len(doc) and (doc[end].pos_ == "PROPN" or b.ent_of[end] >= 0):
            return None  # "the Harbour striker Ann Lee": the name after the role is the mention
        return end

    def canonical_at(self, b: Block, t: "Token") -> str:
        """The article's canonical name for the mention headed by ``t`` (:meth:`mention_span`)."""
        i, j = self.mention_span(b, t)
        return self.index.canonical(b.doc[i:j].text, b.offset + b.doc[i].idx)

    def mention_span(self, b: Block, t: "Token") -> tuple[int, int]:
        """Token range [i, j) of the mention headed by ``t``: its entity, else its noun phrase."""
        doc = b.doc
        if b.ent_of[t.i] >= 0:
            ent = b.ents[b.ent_of[t.i]]
            if not _glued(ent):
                return ent.start, ent.end
            # a clause the tagger glued into one entity ("Reed told Radio Harbour"): t's own words
            i, j = t.i, t.i + 1
            while i > ent.start and not _verb(doc[i - 1]) and doc[i - 1].text != ",":
                i -= 1
            while j < ent.end and not _verb(doc[j]) and doc[j].text != ",":
                j += 1
            return i, j
        i = t.i
        for c in t.lefts:
            if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "advmod", "quantmod") and not b.inq[c.i]:
                i = min(i, c.left_edge.i)
                break
        j = t.i + 1
        for c in t.rights:
            if (c.dep_ in ("prep", "compound", "flat", "nmod") or c.dep_ == "amod" and c.lower_ in ("close", "familiar")
                    and t.lemma_.lower() in SOURCE_NOUNS) and not b.inq[c.i]:  # "a source close to the talks"
                if any(x.is_punct or b.inq[x.i] for x in doc[t.i + 1:c.right_edge.i + 1]):
                    break
                j = c.right_edge.i + 1
            else:
                break
        if t.lemma_.lower() in lex.DOC_NOUNS:  # "a memo written by the Treasury", "the report, issued by X,"
            for c in t.rights:  # (its author, not a reader: "the letter, seen by the paper," stays the letter)
                if c.dep_ == "acl" and c.lemma_.lower() in AUTHOR_VERBS and any(x.dep_ == "agent" for x in c.children) and \
                        not any(b.inq[x.i] for x in doc[t.i + 1:c.right_edge.i + 1]):
                    j = max(j, c.right_edge.i + 1)
                    break
        while i < t.i and (doc[i].is_punct or b.inq[i]):
            i += 1
        return i, min(j, i + 14)

    def resolve(self, b: Block, t: "Token", issuer: bool = True,
                quote: tuple[int, int] | None = None) -> tuple[str | None, int, int]:
        """(speaker name, article start, article end) for the mention headed by token ``t``;
        ``issuer=False`` leaves a document noun its own words instead of its issuer's name
        (:meth:`document_issuer`), as the speaker ranker's features were fitted on. ``quote`` is the
        article span of the words ``t`` attributes: a pronoun is never a person those words name
        (:meth:`_named_in_quote`). A mention whose resolution leads back to itself ("In the report it
        says": the report's issuer is the subject of "says", the "it" that cites the report) has none."""
        key = (id(b), t.i)
        if key in self._resolving:
            return None, b.offset + t.idx, b.offset + t.idx + len(t.text)
        self._resolving.add(key)
        try:
            return self._resolve(b, t, issuer, quote)
        finally:
            self._resolving.discard(key)

    def _resolve(self, b: Block, t: "Token", issuer: bool,
                 quote: tuple[int, int] | None) -> tuple[str | None, int, int]:
        """:meth:`resolve` for a mention not already being resolved."""
        doc = b.doc
        if t.lower_ in RELATIVE and t.dep_ in ("nsubj", "nsubjpass"):
            ante = self.relative_antecedent(b, t)
            if ante is not None and ante.dep_ == "appos" and b.ent_of[ante.i] < 0 and b.ent_of[ante.head.i] >= 0 \
                    and self.label_of(b, b.ents[b.ent_of[ante.head.i]]) == "PERSON":
                ante = ante.head  # "Niki Reed, his team chairman, who told him": the name, not the role
            if ante is not None:
                name = self.resolve(b, ante)[0]
                return name, b.offset + t.idx, b.offset + t.idx + len(t.text)
        t = self._titled_star(b, t)
        role_end = self._club_role(b, t)
        if role_end is not None:
            # "said the Harbour full-back": the parser heads the description with the club's name;
            # the mention is the player the role describes, named before
            first, last = b.doc[t.i - 1], b.doc[role_end - 1]
            start, end = b.offset + first.idx, b.offset + last.idx + len(last.text)
            name = self.antecedent(start, b.para, ("PERSON",), entities_only=True, main_first=True,
                                   avoid=self._addressee(b, t))
            return (name or b.text[first.idx:last.idx + len(last.text)]), start, end
        if b.ent_of[t.i] < 0 and t.pos_ == "NOUN":
            named = self._own_name(b, t)
            if named is not None:
                t = named
        elif b.ent_of[t.i] < 0 and t.pos_ == "PROPN" and t.lemma_.lower() in lex.PERSON_ROLES:
            # "The Shadow Secretary for Health, Ann Lee, said": the name in apposition, not the title
            named = next((c for c in t.children if c.dep_ == "appos" and c.i > t.i and not b.inq[c.i] and
                          c.text[:1].isupper() and (c.pos_ == "PROPN" or b.ent_of[c.i] >= 0 and
                                                    b.ents[b.ent_of[c.i]].label_ == "PERSON")), None)
            if named is not None:
                t = named
        t = self._name_after_title(b, t) or t
        t = self._postnominal_owner(b, t)
        if b.ent_of[t.i] >= 0 and _one_of(b, t) and not any(b.inq[x.i] for x in t.subtree):
            # "one of the group says": the phrase names the speaker, the number is the mention
            last = doc[t.right_edge.i]
            return doc[t.i:last.i + 1].text, b.offset + t.idx, b.offset + t.idx + len(t.text)
        i, j = self.mention_span(b, t)
        span = doc[i:j]
        start, end = b.offset + span.start_char, b.offset + span.end_char
        low = t.text.lower()
        ent = b.ents[b.ent_of[t.i]] if b.ent_of[t.i] >= 0 else None
        if ent is not None and _glued(ent):
            ent = None  # not one name: t's own words are read as a bare name (mention_span)
        titled = ent is None and t.lemma_.lower() in lex.PERSON_ROLES and span[0].lower_ in ("the", "this", "that")
        described = _described_person(t, ent, span)  # ("the Scot said": no name, though the tagger may call it one)
        if not described and (ent is not None and self.label_of(b, ent) == "PERSON" or (
                ent is None and (t.pos_ == "PROPN" and t.text[:1].isupper() or self.surname_form(t))
                and low not in PRONOUNS and not titled)):
            # (a full name's surname the tagger read as a word: ", Will described …" is still the person)
            name = ent.text if ent is not None else span.text
            if ent is None and t.pos_ == "PROPN" and span.end > t.i + 1 and doc[t.i + 1].dep_ == "prep" and \
                    t.i > span.start and span[0].pos_ == "PROPN" and person_name_words(doc[t.i - 1:t.i + 1]):
                # "Lt Col Ann Reed of the PCO told …", "Ann Reed at Acme said": the person, not the body after her name
                name = doc[span.start:t.i + 1].text
                end = b.offset + t.idx + len(t.text)
            if ent is not None and ent.label_ != "PERSON":
                name = self.person_in_org(b, ent) or name
            return self.person_name(name, start, end), start, end
        # ("the Tory MP for X": a role word the tagger took for a name is a description, below)
        if described:  # "said the American", "the 52-year-old added"
            name = self.antecedent(start, b.para, ("PERSON",), entities_only=True, main_first=True,
                                   avoid=self._addressee(b, t),  # "the 34-year-old told Norbury's website"
                                   exclude=self._reported_names(b, t))
            return (name or span.text.strip() or None), start, end
        if ent is not None and ent.label_ in ORG_LABELS:
            return self.org_name(ent.text, start, end), start, end
        if t.pos_ == "PRON" or low in PRONOUNS:
            if low in PERSON_PRONOUNS or low == "his" and t.dep_ == "poss":  # "began his reply with the quip:"
                gender = "m" if low in ("he", "him", "his") else "f" if low in ("she", "her", "hers") else None
                # a person described in subject position counts too ("A Tory spokesman denied it. He said"):
                # the description's own referent (:meth:`_described`)
                given = self._given_to(b, t)
                if given is not None:  # "gave Reed the prize, leading him to quip": the one given it
                    return given, start, end
                first = self._earlier_pronoun(b, t, gender)
                if first is not None:  # "He hoped Lee would …, he added": the first "he", not Lee
                    return self.resolve(b, first)[0], start, end
                before = self._pronoun_before(b, t, gender)
                if before is not None:  # "While he tipped Lee, he predicted … “…,” he told": that "he"
                    return self.resolve(before[0], before[1], quote=quote)[0], start, end
                name = self.antecedent(start, b.para, ("PERSON",), gender=gender, main_first=True,
                                       avoid=self._addressee(b, t),
                                       exclude=self._reported_names(b, t) + self._own_subjects(b, t)
                                       + self._named_in_quote(quote),
                                       near_objects=True,
                                       skip=self._opening_participle(b, t)) if low not in ("i",) else None
                if name is None and gender is not None:
                    name = self._lone_description(start, b.para, gender)
            elif low in ("they", "them"):  # a body, or people named by what they are ("the researchers")
                name = self.antecedent(start, b.para, ORG_LABELS + (GROUP,), subject_only=True)
            elif low == "it":
                page = self._page_it_cites(b, t)
                if page is not None:  # "On the Acme website it states:": the page's owner named in it
                    named = [c for c in page.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                             and not b.inq[c.i]]
                    if named:
                        first, last = b.doc[named[0].left_edge.i], named[-1]
                        s0, e0 = b.offset + first.idx, b.offset + last.idx + len(last.text)
                        return self.org_name(b.text[first.idx:last.idx + len(last.text)], s0, e0), start, end
                    return self.resolve(b, page, issuer)[0], start, end
                written = self._document_read(b, t)
                if written is not None:  # "X sent a fax to her son. It read:": the fax, so its sender
                    return self.resolve(written[0], written[1], issuer)[0], start, end
                chosen = self._reporting_body(self.antecedent_mention(start, b.para, ORG_LABELS, subject_only=True,
                                                                      described=True))
                spoke = self._speaking_subject(b, t) if chosen is not None and chosen.label in PLACE_LABELS else None
                if spoke is not None:  # "Wimpey said the UK market had proved “…”. “…,” it added": not the UK
                    return self.resolve(b, spoke, issuer)[0], start, end
                paper = chosen.head if chosen is not None and chosen.description else None
                if paper is not None and paper.lemma_.lower() in lex.ISSUED_DOCS | lex.DOC_NOUNS and \
                        paper.lemma_.lower() not in lex.MEDIA_ROLES:  # ("the paper" may be an outlet)
                    home = self._block_of(paper.doc)  # "the Lee report recommends … It also urges": its issuer
                    if home is not None:
                        return self.resolve(home, paper, issuer)[0], start, end
                name = self.org_name(chosen.name, chosen.pos, chosen.pos + len(chosen.name)) if chosen else None
            else:
                name = None
            return name, start, end
        head = t.lemma_.lower()
        first = span[0].text.lower() if len(span) else ""
        inner = [b.ents[b.ent_of[k]] for k in range(i, j) if b.ent_of[k] >= 0]
        if head in lex.PERSON_ROLES or head in lex.FEMALE_WORDS or head in lex.MALE_WORDS or _epithet(t, span):
            if first in ("the", "this", "that") or (first not in ("a", "an", "one", "another", "my", "our", "your")
                                                    and any(x.dep_ == "poss" for x in t.lefts)):
                gender = "f" if head in lex.FEMALE_WORDS else "m" if head in lex.MALE_WORDS else None
                name = self.antecedent(start, b.para, ("PERSON",), gender=gender, entities_only=True,
                                       main_first=True, avoid=self._addressee(b, t),
                                       exclude=self._reported_names(b, t))
                if first == "the":  # "the home secretary": the one the article gives that office
                    name = self._by_role(t, span, start, name)
                if name and self.index.canonical(name, start) in self._role_counterparts(b, t):
                    name = None  # the one the article sets against the role: the description stays
                if name and self._possessor_is(b, t, name, start):
                    name = None  # "his former adviser" is never "he" himself: the description stays
                if name and t.tag_ == "NNS" and any(x.dep_ == "poss" for x in t.lefts):
                    name = None  # "her lawyers", "Reed's aides": several people, never the one named before
                if name and head not in lex.SPOKESPEOPLE:
                    newcomer = self._newcomer(b, t, name, start)
                    if newcomer:  # "A committee aide blasted it. “…,” the aide said": that aide
                        return newcomer, start, end
                if name and head in lex.SPOKESPEOPLE and not self._spoke_for(
                        name, start, by_role=not (first in ("the", "this", "that") and self._earlier_spokesperson(b, t))):
                    # "the department spokeswoman": a body's voice, not the politician named before;
                    # after "a spokeswoman", a person whom only the actors' role calls one is not her either
                    name = None
                if not name and head in lex.SPOKESPEOPLE and first in ("the", "this", "that"):
                    earlier = self._earlier_spokesperson(b, t)
                    if earlier:  # "A Harbour Office spokesman said … the spokesman added": one voice, one label
                        return earlier, start, end
                if name:
                    # "the Harbour Party leader", "the MP for Eastwick": the mention is the role, not
                    # the body or place named in it
                    k = max((b.ents[b.ent_of[x]].end for x in range(i, t.i) if b.ent_of[x] >= 0), default=i)
                    # nor the body a possessive names: "the club's manager" is the manager
                    k = max([k] + [x.right_edge.i + 1 for x in t.lefts if x.dep_ == "poss" and x.pos_ != "PRON"])
                    if any(b.ent_of[x] >= 0 for x in range(t.i + 1, j)):
                        end = b.offset + t.idx + len(t.text)
                    return name, (b.offset + doc[k].idx if k > i else start), end
        elif head in lex.ORG_ROLES or head in lex.DOC_NOUNS or head in lex.ISSUED_DOCS or head in lex.OWN_PAGES:
            owner = next((c for c in t.lefts if c.dep_ == "poss" and not b.inq[c.i]), None)
            if issuer and head in lex.OWN_PAGES and owner is not None and t.pos_ == "NOUN":
                # "Her Facebook page states:", "Lee's online bio describes her as": the page's owner
                found = self._issuer_name(b, owner)
                if found:
                    return found, start, end
            # (a place only says where they are: "some US networks" are not the United States)
            orgs = [e for e in inner if e.label_ in ORG_LABELS and e.label_ not in PLACE_LABELS
                    and self.label_of(b, e) != "PERSON"]
            people = [e for e in inner if self.label_of(b, e) == "PERSON"]
            if orgs:  # "the Brill report", "a document on the Harlow campaign's website"
                return self.org_name(orgs[0].text, start, end), start, end
            if people and head in lex.DOC_NOUNS:  # "a statement from Smith's office"
                return self.person_name(people[0].text, start, end), start, end
            if issuer and head in lex.ISSUED_DOCS and t.pos_ == "NOUN" and _document_word(t):  # "X published a report ... the report said"
                found = self.document_issuer(b, t)
                if found:
                    return found, start, end
            if first in ("the", "this") and (head in lex.MEDIA_ROLES or head in lex.ORG_ROLES) and t.pos_ == "NOUN":
                named = self._introduced_as(b, t)
                if named:  # "US magazine Night Owl … the magazine reported": the body named so
                    return named, start, end
            if first in ("the", "this", "its") and head in lex.MEDIA_ROLES:  # "the influential US daily"
                name = self.antecedent(start, b.para, ("ORG",), entities_only=True)
                if name:
                    return name, start, end
            if first in ("the", "this") and head in lex.ORG_ROLES and t.pos_ == "NOUN":
                # "the club" where the article's referents bind it to one named body
                bound = self._bound_org(start, end)
                if bound:
                    return bound, start, end
        tail = _glued_tail(t)  # ("the Tory co-chairman" parsed with "co" for its head)
        holder = self._sole_holder(tail, span, start) if first == "the" else None
        if holder:  # "Ann Lee, the show's presenter, … the presenter said": the one actor whose post it is
            return holder, start, max(end, b.offset + tail.idx + len(tail.text))
        owned = self._owner_named(b, t, span) if t.pos_ == "NOUN" else None
        if owned:  # "His agent told the paper": whose agent, by name ("Ann Lee's agent")
            return owned, start, end
        text = span.text.strip()
        # a description that names no one we know ("a spokesman for Smith", "my father"): keep it
        return (text or None), start, end

    def _own_name(self, b: Block, t: "Token") -> "Token | None":
        """The name the description headed by ``t`` gives its person in its own phrase, else None."""
        doc = b.doc
        # "Her granddaughter, Lena, said" / "said Spanish teenager Ferrer": the name next to the role
        named = next((c for c in t.children if c.dep_ in ("appos", "flat", "compound") and
                      (c.pos_ == "PROPN" or b.ent_of[c.i] >= 0) and not b.inq[c.i] and c.i > t.i), None)
        if named is None and t.i + 1 < len(doc) and b.ent_of[t.i + 1] >= 0 and \
                b.ents[b.ent_of[t.i + 1]].label_ == "PERSON" and not b.inq[t.i + 1]:
            named = doc[t.i + 1]
        if named is None and t.lemma_.lower() in lex.PERSON_ROLES:
            # "the chief executive of Acme, Tom Reed, wrote": the parser hangs the name off the body
            named = next((a for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
                          for o in c.children if o.dep_ == "pobj" and b.ent_of[o.i] >= 0
                          and b.ents[b.ent_of[o.i]].label_ in ORG_LABELS
                          for a in o.children if a.dep_ == "appos" and a.i > o.i and not b.inq[a.i]
                          and self._names_person(b, a)), None)
        if named is None and t.lemma_.lower() in lex.PERSON_ROLES:
            named = self._name_after_field(b, t)
        if named is None:
            named = self._known_as(b, t)
        if named is None and t.dep_ in ("nsubj", "nsubjpass"):
            named = self._closing_appositive(b, t)
        return named

    def _name_after_title(self, b: Block, t: "Token") -> "Token | None":
        """The person whose name directly follows the run of title and role words ``t`` is part of,
        when the parser or tagger heads the speaker phrase with one of those words ("said union
        official Tom Reed" read with a word of the run as a verb, "Representative Tom Hale, …, told",
        "Navy Capt. Tom Reed" taken for a body), else None. The name is none of another verb's
        subject ("said the firm Tom Reed founded") and no owner ("the official Tom Reed's son")."""
        doc = b.doc
        if b.inq[t.i] or t.pos_ not in ("NOUN", "PROPN", "VERB"):
            return None
        e = b.ent_of[t.i]
        if e >= 0 and (b.ents[e].end != t.i + 1 or t.lower_.rstrip(".") not in lex.TITLE_WORDS | lex.HONORIFICS):
            return None  # an entity only when it ends in a title, so no name ("Navy Capt")
        k, last = t.i + 1, t
        while k < len(doc) and k - t.i <= 5 and b.ent_of[k] < 0 and not b.inq[k]:
            x = doc[k]
            if x.text == "." and last.i == k - 1 and last.text[:1].isupper() and len(last.text) <= 5:
                k += 1  # "Capt. Tom Reed": the abbreviation's full stop
                continue
            if x.pos_ not in ("NOUN", "PROPN", "ADJ") or not x.is_alpha:
                return None
            last, k = x, k + 1
        role = last.lower_.rstrip(".")
        if k >= len(doc) or b.inq[k] or b.ent_of[k] < 0 or doc[k].is_punct or not (
                last.lemma_.lower() in lex.PERSON_ROLES or role in lex.TITLE_WORDS or role in lex.HONORIFICS):
            return None
        ent = b.ents[b.ent_of[k]]
        if ent.start != k or self.label_of(b, ent) != "PERSON":
            return None
        root = ent.root
        if root.dep_ == "poss" or root.dep_ in ("nsubj", "nsubjpass") and root.head.i != t.head.i:
            return None
        return root

    def _names_person(self, b: Block, a: "Token") -> bool:
        """Token ``a`` heads a person's name: a person entity, or a capitalised name after a form of
        address that the tagger left untagged ("a spokesman for Acme, Dr Okonkwo-Reyes, said")."""
        if b.ent_of[a.i] >= 0:
            return self.label_of(b, b.ents[b.ent_of[a.i]]) == "PERSON"
        return a.pos_ == "PROPN" and a.text[:1].isupper() and a.lower_ not in lex.HONORIFICS and \
            any(c.dep_ == "compound" and c.i < a.i and c.lower_.rstrip(".") in lex.HONORIFICS for c in a.children)

    def _known_as(self, b: Block, t: "Token") -> "Token | None":
        """The name the description ``t`` says its person goes by ("the station chief known as Tom",
        "a woman named only as Ruth"), else None; never "called", which the parser also reads as the
        main verb's ("one critic called Lee 'a fraud'")."""
        person = t.lemma_.lower() in lex.PERSON_ROLES | lex.HUMAN_NOUNS | lex.PERSON_NOUNS | lex.FEMALE_WORDS | \
            lex.MALE_WORDS
        for c in t.children:
            if c.dep_ != "acl" or c.lemma_.lower() not in ("know", "name", "identify") or \
                    c.tag_ != "VBN" or b.inq[c.i]:
                continue
            for x in c.children:
                objs = [x] if x.dep_ in ("oprd", "attr", "dobj") else \
                    [o for o in x.children if o.dep_ == "pobj"] if x.dep_ == "prep" and x.lower_ == "as" else []
                for o in objs:
                    label = self.label_of(b, b.ents[b.ent_of[o.i]]) if b.ent_of[o.i] >= 0 else None
                    # a person word's alias is a person, whatever type the tagger gave the name
                    if not b.inq[o.i] and o.text[:1].isupper() and o.pos_ == "PROPN" and (
                            label in (None, "PERSON") or person and label not in NUMERIC_LABELS):
                        return o
        return None

    def _name_after_field(self, b: Block, t: "Token") -> "Token | None":
        """The name closing role ``t``'s field ("the minister for civil aviation Raj Mehra said": the
        parser makes the name the object of "for"), else None; never the one a role serves ("a
        spokesman for health secretary Ann Lee", "an adviser to Ann Lee")."""
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in ("for", "of") or b.inq[c.i]:
                continue
            for o in c.children:
                e = b.ent_of[o.i]
                if o.dep_ != "pobj" or e < 0 or b.inq[o.i] or self.label_of(b, b.ents[e]) != "PERSON":
                    continue
                start = b.ents[e].start
                field = b.doc[start - 1] if start > c.i + 1 else None
                if field is None or not field.text.islower() or field.pos_ not in ("NOUN", "ADJ") or \
                        field.lemma_.lower() in lex.PERSON_ROLES or field.lemma_.lower() in lex.PERSON_NOUNS or \
                        field.lower_ in lex.TITLE_WORDS or field.lemma_.lower() in lex.HUMAN_NOUNS:
                    continue
                return o
        return None

    def _closing_appositive(self, b: Block, t: "Token") -> "Token | None":
        """The person named between commas at the very end of the subject phrase headed by the
        role ``t``, right before its verb ("The reporter we had been waiting for, Tom Reed, broke off": the
        parser hangs the name inside the relative clause), else None."""
        if t.lemma_.lower() not in lex.PERSON_ROLES | lex.HUMAN_NOUNS | lex.ROLE_JOBS | lex.PERSON_NOUNS or \
                not any(c.dep_ == "relcl" for c in t.children):
            return None
        verb = t.head
        end = verb.i  # the subject phrase ends with ", Name," right before the verb
        while end > t.i and b.doc[end - 1].dep_ in ("advmod", "aux", "auxpass", "neg") and b.doc[end - 1].head.i == verb.i:
            end -= 1
        if end - 1 <= t.i or b.doc[end - 1].text != "," or b.inq[end - 1]:
            return None
        e = b.ent_of[end - 2]
        if e < 0 or self.label_of(b, b.ents[e]) != "PERSON" or b.inq[end - 2]:
            return None
        ent = b.ents[e]
        if ent.end != end - 1 or ent.start <= t.i + 1 or b.doc[ent.start - 1].text != "," or \
                not all(x.i == t.i or t.i in [a.i for a in x.ancestors] for x in ent):
            return None
        return ent.root

    def _postnominal_owner(self, b: Block, t: "Token") -> "Token":
        """The person a post-nominal ``t`` follows ("Tom Reed MSP, said": Reed, not "MSP"), else ``t``."""
        if not (t.text.isupper() and t.lower_ in POSTNOMINALS and t.i > 0) or b.inq[t.i]:
            return t
        e = b.ent_of[t.i - 1]
        if e < 0 or e == b.ent_of[t.i] or b.ents[e].end != t.i or self.label_of(b, b.ents[e]) != "PERSON":
            return t
        return b.ents[e].root

    def _introduced_as(self, b: Block, t: "Token") -> str | None:
        """The organisation the article last introduced with the head noun of the description ``t``
        ("US magazine Night Owl", "the Acme group", "the paper, the Daily Courier,"), so that "the
        magazine" or "the group" later is that body; None when no earlier mention does so."""
        lemma = t.lemma_.lower()
        for bb, x in self._tokens_before(b, t):
            if x.pos_ != "NOUN" or x.lemma_.lower() != lemma or bb.inq[x.i] or bb.ent_of[x.i] >= 0:
                continue
            near = [x.head] if x.dep_ in ("compound", "appos") else []
            near += [c for c in x.children if c.dep_ in ("compound", "appos")]
            for n in near:
                e = bb.ent_of[n.i]
                if e >= 0 and bb.ents[e].label_ == "ORG" and not bb.inq[n.i]:
                    ent = bb.ents[e]
                    return self.org_name(ent.text, bb.offset + ent.start_char, bb.offset + ent.end_char)
        return None

    def _tokens_before(self, b: Block, t: "Token", reach: int | None = None) -> Iterator[tuple[Block, "Token"]]:
        """``(block, token)`` for each token of the article's paragraphs before ``t`` in block ``b``,
        nearest first (blocks outside a paragraph skipped); with ``reach``, that many blocks back, ``b`` one."""
        here = next(k for k, x in enumerate(self.blocks) if x is b)
        for k in range(here, -1 if reach is None else max(-1, here - reach), -1):
            bb = self.blocks[k]
            if bb.para < 0:
                continue
            stop = t.i if bb is b else len(bb.doc)
            for x in reversed(bb.doc[:stop]):
                yield bb, x

    def _owner_named(self, b: Block, t: "Token", span) -> str | None:
        """The description ``span`` headed by ``t`` with its opening "his"/"her" put as the person it
        stands for ("his agent" -> "Ann Lee's agent"), or None when that person has no name here."""
        owner = span[0] if len(span) > 1 else None
        if owner is None or owner.lower_ not in ("his", "her") or owner.dep_ != "poss" or owner.head.i != t.i \
                or b.inq[owner.i]:
            return None
        whose = self.resolve(b, owner)[0]
        if not whose or not whose[:1].isupper() or whose.lower() in PRONOUNS or "'" in whose or "’" in whose:
            return None
        return f"{whose}'s {span[1:].text}"

    def _possessor_is(self, b: Block, t: "Token", name: str, start: int) -> bool:
        """The person description ``t`` is owned by the person ``name`` ("his lawyer", "Lee's
        adviser" where "his"/"Lee" is ``name``): a role someone holds for another is not that other."""
        owner = next((x for x in t.lefts if x.dep_ == "poss" and not b.inq[x.i]), None)
        if owner is None:
            return False
        if owner.lower_ not in ("his", "her") and not (b.ent_of[owner.i] >= 0 and
                                                       self.label_of(b, b.ents[b.ent_of[owner.i]]) == "PERSON"):
            return False
        whose = self.resolve(b, owner)[0]
        return bool(whose) and _same_person(self.index.canonical(whose, b.offset + owner.idx),
                                            self.index.canonical(name, start))

    def _earlier_spokesperson(self, b: Block, t: "Token") -> str | None:
        """The label of the nearest earlier indefinite spokesperson in the article ("a Harbour Office
        spokesman", "a spokeswoman for Acme"), which a definite "the spokesman" ``t`` names again;
        None when there is none, or when its word says another gender ("a spokeswoman" is not "the
        spokesman") or names a different body ("the Acme spokesman" after "a Yakko spokesman")."""
        gender = _spokes_gender(t.lower_)
        own = {x.lower_ for x in t.lefts if x.dep_ in ("compound", "amod") and not b.inq[x.i]}
        for bb, x in self._tokens_before(b, t):
            if x.lemma_.lower() not in lex.SPOKESPEOPLE or x.pos_ != "NOUN" or bb.inq[x.i]:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in x.children):
                continue  # a definite one again, or "spokesman Al Reed": look further back
            other = _spokes_gender(x.lower_)
            if gender and other and gender != other:
                return None
            theirs = {c.lower_ for c in x.lefts if c.dep_ in ("compound", "amod") and not bb.inq[c.i]}
            if own and not own <= theirs:
                return None
            name = self.resolve(bb, x)[0]
            return name or None
        return None

    def _newcomer(self, b: Block, t: "Token", name: str, start: int) -> str | None:
        """The label of an unnamed person the article brought in with ``t``'s noun ("a young woman",
        "A senior official") after it last named ``name``: "the woman" / "the official" ``t`` names
        that newcomer again, not the person named before; None when there is none."""
        last = max((m.pos for m in self.mentions if m.pos < start and m.label == "PERSON" and not m.description
                    and _same_person(self.index.canonical(m.name, m.pos), name)), default=-1)
        head = t.lemma_.lower()
        for bb, x in self._tokens_before(b, t, reach=3):
            if bb.offset + x.idx < last:
                return None
            if x.lemma_.lower() != head or x.pos_ != "NOUN" or bb.inq[x.i] or x.tag_ != t.tag_:
                continue
            if not any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in x.children):
                continue  # ("a young woman", "One woman adopted abroad")
            if any(c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN" for c in x.children) or \
                    bb.ent_of[x.i] >= 0:
                return None  # "a lawyer, Tom Reed": named after all
            label = self.resolve(bb, x)[0]
            return label if label and not _same_person(label, name) else None
        return None

    def _spoke_for(self, name: str, start: int, by_role: bool = True) -> bool:
        """The person ``name`` is one the article calls a spokesman or spokeswoman ("Jo Mallin, a
        council spokeswoman,", "spokesman Al Reed", or, with ``by_role``, its actor's role), so "the
        spokeswoman" may point back to them."""
        full = clean_name(self.index.canonical(name, start) or name)
        if by_role and any(a.type == "person" and clean_name(a.name) == full and "spokes" in (a.role or "").lower()
                           for a in self.actors):
            return True
        last = full.split()[-1].lower() if full.split() else ""
        for b in self.blocks:
            for x in b.doc:
                if not x.lemma_.lower().startswith("spokes") or b.inq[x.i]:
                    continue
                for n in [x.head, *x.children]:
                    if b.ent_of[n.i] >= 0 and clean_name(b.ents[b.ent_of[n.i]].text).lower().split()[-1:] == [last]:
                        return True
        return False

    def _by_role(self, t: "Token", span, pos: int, name: str | None) -> str | None:
        """Who the definite description ``span`` headed by ``t`` ("the home secretary") stands for,
        given ``name``, the nearest fitting mention's person: the one person actor named before ``pos``
        whose role is that office ("Home Secretary Ann Lee"); else not ``name`` when his own role is
        another single-holder office than the one described ("the prime minister" is not the home
        secretary named last): then the description stays."""
        words = [x.lower_ for x in span[1:] if x.i <= t.i and x.is_alpha]
        if not words or words[-1] != t.lower_ or t.lower_ not in HELD_HEADS \
                or len(words) == 1 and words[0] not in SINGLE_OFFICES:
            return name  # ("the candidate", "the senator": one of several, whatever role one actor has)
        b = self._block_of(t.doc)
        if b is not None and any(b.ent_of[x.i] >= 0 and b.ents[b.ent_of[x.i]].label_ in NAME_LABELS for x in span):
            return name  # a person's name the tagger found in it: "the Lee aide"
        holders = {a.name for a in self.actors if a.type == "person" and _holds(a.role, words)
                   and any(m.start < pos for m in a.spans)}
        if len(holders) == 1:
            return next(iter(holders))
        if holders or not name or " ".join(words) not in SINGLE_OFFICES:
            return name
        full = self.index.canonical(name, pos)
        role = next((a.role for a in self.actors if a.type == "person" and a.name == full), None)
        have = _role_words(role)
        if have and have[-1] in OFFICE_HEADS and not OFFICE_QUALIFIERS & set(have) and not _holds(role, words):
            return None
        return name

    def _sole_holder(self, t: "Token", span, pos: int) -> str | None:
        """The one person actor named before ``pos`` whose role is the post "the" + ``span``'s noun
        ``t`` names, the description having resolved to no one else: the role's own noun is that noun
        or a word for the same post ("the presenter" for a "television host"; "the Westby boss" for
        a "Westby manager"), and every word before the noun is in the role ("the Tory co-chairman").
        None when no one or several hold it, for a former post ("ex-presenter") or a "boss" that
        names no body (a bare "the boss" may be anyone's)."""
        word, k = _hyphen_word(t)
        noun = t.lemma_.lower()  # (the last part of "co-chairman")
        if t.pos_ != "NOUN" or noun in UNNAMED_PEOPLE or (noun in lex.KIN_HEADS and noun not in POST_WORDS) \
                or noun not in lex.HUMAN_NOUNS | lex.PERSON_ROLES | lex.ROLE_JOBS | lex.PERSON_NOUNS:
            return None
        mods = span.doc[span.start + 1:k]
        if any(not x.is_alpha for x in mods) or word in POST_NEEDS_BODY and not any(x.text[:1].isupper() for x in mods):
            return None
        posts = POST_WORDS.get(word, {word})
        mods = {x.lower_ for x in mods}
        holders = set()
        for a in self.actors:
            if a.type != "person" or not a.role or not any(m.start < pos for m in a.spans):
                continue
            # the post is the noun ending the role's first phrase ("host of ITV's Saturday show")
            lead = re.split(r",|;| (?:of|for|at|with|in|on|to|from) ", a.role.lower())[0]
            have = lead.split()
            if have and have[-1] in posts and mods <= set(_role_words(lead)) | set(have) \
                    and not (OFFICE_QUALIFIERS - mods) & set(_role_words(lead)):
                holders.add(a.name)
        return next(iter(holders)) if len(holders) == 1 else None

    def _block_of(self, doc: "Doc") -> Block | None:
        """The block whose parse ``doc`` is."""
        return next((b for b in self.blocks if b.doc is doc), None)

    def _role_counterparts(self, b: Block, t: "Token") -> tuple[str, ...]:
        """People the article sets against the role the description ``t`` names, so "the officer"
        is none of them: the subject of a clause in this or the paragraph before whose object is that
        role ("Reed looked up at the officer. ... The officer says:" is not Reed)."""
        lemma, names = t.lemma_.lower(), []
        here = next(k for k, x in enumerate(self.blocks) if x is b)
        for k in range(here, -1, -1):
            bb = self.blocks[k]
            if bb.para < b.para - 1:
                break
            if bb.para < 0:
                continue
            stop = t.i if bb is b else len(bb.doc)
            for x in bb.doc[:stop]:
                if x.lemma_.lower() != lemma or x.pos_ != "NOUN" or bb.inq[x.i] or x.dep_ in ("nsubj", "nsubjpass"):
                    continue
                h = x.head
                if x.dep_ == "pobj" and h.dep_ == "prep":
                    h = h.head.head if h.head.dep_ == "prt" else h.head
                if x.dep_ not in ("dobj", "dative", "pobj") or h.pos_ not in ("VERB", "AUX"):
                    continue
                while h.dep_ in ("advcl", "xcomp", "conj", "pcomp") and not any(
                        c.dep_ == "nsubj" for c in h.children):
                    h = h.head  # "before telling officers": the subject of the clause it hangs from
                subj = next((c for c in h.children if c.dep_ == "nsubj" and not bb.inq[c.i]), None)
                if subj is None or subj.lower_ in RELATIVE:
                    continue
                name = self.resolve(bb, subj)[0]
                if name:
                    names.append(self.index.canonical(name, bb.offset + subj.idx))
        return tuple(names)

    def document_issuer(self, b: Block, t: "Token") -> str | None:
        """Who issued the document the noun ``t`` names (:data:`lex.ISSUED_DOCS`), when the article
        says so: in the mention itself ("X's report", "a report by X", "the letter, signed by X")
        or its clause ("X published a report", "in a letter to Y, X said": X, never the addressee),
        else, for "the report"/"this letter", at the last earlier mention of a document of that kind
        that names its issuer; an earlier "a report" that names none starts another document, and
        then nobody is named."""
        found = self._issuer_here(b, t)
        if found or not _anaphoric(t):
            return found
        lemma = t.lemma_.lower()
        for bb, x in self._tokens_before(b, t, ISSUER_REACH):
            if lemma in WRITTEN_DOCS and x.pos_ == "VERB" and x.lemma_.lower() == "write" and not bb.inq[x.i] \
                    and not any(c.dep_ == "dobj" for c in x.children):
                # "Harbour City have written to supporters … The letter said": the writer
                subj = next((c for c in x.children if c.dep_ == "nsubj" and not bb.inq[c.i]), None)
                found = self._issuer_name(bb, subj) if subj is not None and subj.lower_ not in RELATIVE else None
                if found:
                    return found
                continue
            if lemma in SPOKEN_DOCS and x.pos_ == "VERB" and x.lemma_.lower() in lex.CORE_SPEECH_VERBS \
                    and not bb.inq[x.i]:
                # "An Acme spokesperson said … The statement added": the body the spokesperson speaks for
                found = self._spoken_for(bb, x)
                if found:
                    return found
            if x.pos_ != "NOUN" or x.lemma_.lower() != lemma or bb.inq[x.i] or not _document_word(x):
                continue
            found = self._issuer_here(bb, x)
            if found:
                return found
            if not _anaphoric(x):
                return None  # "a report" with no issuer: another document, nobody named
        return None

    def _spoken_for(self, b: Block, v: "Token") -> str | None:
        """The body whose spokesperson is the subject of the speech verb ``v`` ("an Acme spokesman
        said", "a spokeswoman for Acme said", "Acme's spokesperson said"), if the article names it."""
        subj = next((c for c in v.children if c.dep_ == "nsubj" and not b.inq[c.i]), None)
        if subj is None or subj.lemma_.lower() not in lex.SPOKESPEOPLE:
            return None
        body = next((c for c in subj.lefts if c.dep_ in ("compound", "poss") and b.ent_of[c.i] >= 0
                     and b.ents[b.ent_of[c.i]].label_ == "ORG"), None)
        if body is None:
            body = next((o for c in subj.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")
                         for o in c.children if o.dep_ == "pobj" and b.ent_of[o.i] >= 0
                         and b.ents[b.ent_of[o.i]].label_ == "ORG"), None)
        return self._issuer_name(b, body) if body is not None else None

    def _issuer_here(self, b: Block, t: "Token") -> str | None:
        """The issuer the document noun ``t``'s own phrase or clause names (see :meth:`document_issuer`)."""
        for c in t.lefts:  # "an Acme statement": the body named in the document's own phrase
            if c.dep_ != "compound" or b.inq[c.i]:
                continue
            if b.ent_of[c.i] >= 0 and b.ents[b.ent_of[c.i]].label_ in ("ORG", "PERSON") and \
                    b.ents[b.ent_of[c.i]].end <= t.i:
                return self._issuer_name(b, c)
            if b.ent_of[c.i] < 0 and c.pos_ in ("PROPN", "NOUN") and len(c.text) > 1 and c.text.isalpha() \
                    and c.text.isupper():  # an acronym the tagger left untyped: "an NAF statement"
                start = b.offset + c.idx
                return self.org_name(c.text, start, start + len(c.text))
        for c in t.children:
            if b.inq[c.i]:
                continue
            if c.dep_ == "poss":  # "Acme's report", "its report"
                return self._issuer_name(b, c)
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):  # "a report by Acme"
                g = next((x for x in c.children if x.dep_ == "pobj"), None)
                if g is not None:
                    return self._issuer_name(b, g)
            if c.dep_ == "acl" and c.lemma_.lower() in AUTHOR_VERBS:  # "the letter, signed by Ann Lee"
                agent = next((x for x in c.children if x.dep_ == "agent"), None)
                g = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None
                if g is None:  # "a statement issued on behalf of Ann Lee"
                    g = next((y for x in c.children if x.dep_ == "prep" and x.lower_ == "on"
                              for w in x.children if w.dep_ == "pobj" and w.lower_ == "behalf"
                              for o in w.children if o.dep_ == "prep" and o.lower_ == "of"
                              for y in o.children if y.dep_ == "pobj"), None)
                if g is not None:
                    return self._issuer_name(b, g)
        h = t.head
        verb = None
        if t.dep_ == "dobj" and h.lemma_.lower() in AUTHOR_VERBS:  # "Acme published a report"
            verb = h
        elif t.dep_ == "pobj" and h.lower_ in ("in", "through") and h.head.pos_ in ("VERB", "AUX") \
                and h.head.lemma_.lower() in SAYING_VERBS:
            verb = h.head  # "In a letter to Tom Reed, Ann Lee said": the writer, not the addressee
        elif t.dep_ == "pobj" and h.lower_ in ("in", "through"):  # "Acme made the comments in a report"
            said = h.head if h.head.dep_ == "dobj" else next((c for c in h.head.children if c.dep_ == "dobj"), h.head)
            if said.lemma_.lower() in lex.SPEECH_NOUNS and said.head.pos_ == "VERB":
                verb = said.head
        elif t.dep_ == "nsubjpass" and h.lemma_.lower() in AUTHOR_VERBS:  # "the report was published by Acme"
            agent = next((x for x in h.children if x.dep_ == "agent"), None)
            g = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None
            return self._issuer_name(b, g) if g is not None and not b.inq[g.i] else None
        if verb is not None:
            subj = next((x for x in verb.children if x.dep_ == "nsubj" and not b.inq[x.i]), None)
            if subj is not None and subj.lower_ not in RELATIVE and \
                    not any(x.text in DASHES for x in b.doc[subj.i + 1:verb.i]):  # "LONDON, May 2 — Acme released"
                return self._issuer_name(b, subj)
        return None

    def _issuer_name(self, b: Block, x: "Token") -> str | None:
        """The name of a document's issuer ``x``: a name, a pronoun's or a description's referent."""
        if b.inq[x.i] or x.lower_ in FIRST_SECOND:
            return None
        if b.ent_of[x.i] < 0 and x.pos_ not in ("PROPN", "PRON") and not self.agent_like(b, x):
            return None
        if x.pos_ == "PRON" and x.lower_ in ("its", "their"):
            return self.antecedent(b.offset + x.idx, b.para, ORG_LABELS, subject_only=True)
        if x.pos_ == "PRON" and x.lower_ in ("his", "her"):
            gender = "m" if x.lower_ == "his" else "f"
            return self.antecedent(b.offset + x.idx, b.para, ("PERSON",), gender=gender, entities_only=True,
                                   main_first=True)
        name = self.resolve(b, x)[0]
        if name and name.split()[0].lower() in ("the", "a", "an") and x.lemma_.lower() not in lex.ORG_ROLES \
                and x.lemma_.lower() not in lex.PERSON_NOUNS:
            # "an Acme mission": Acme (but "the Commons health committee" is the committee, and "the Acme
            # champions" or "the Acme leader" a side or a person whom Acme only describes)
            org = next((c for c in x.lefts if c.dep_ == "compound" and b.ent_of[c.i] >= 0 and
                        b.ents[b.ent_of[c.i]].label_ == "ORG" and not b.inq[c.i]), None)
            if org is not None:
                return self._issuer_name(b, org)
        if name and not name[:1].isupper() and x.pos_ == "NOUN" and x.lemma_.lower() in lex.ORG_ROLES and \
                any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in x.lefts):
            return name  # "the club said in a statement … the statement said": the club, as its own words are
        return name if name and name[:1].isupper() else None

    @staticmethod
    def _earlier_pronoun(b: Block, t: "Token", gender: str | None) -> "Token | None":
        """The first subject pronoun of ``gender`` outside quotes in subject ``t``'s sentence, before
        it: the same person, whoever the clause between them names."""
        if gender is None or t.dep_ not in ("nsubj", "nsubjpass"):
            return None
        return next((e for e in b.doc[t.sent.start:t.i] if not b.inq[e.i] and e.lower_ in PERSON_PRONOUNS
                     and pronoun_gender(e.lower_) == gender and (e.dep_ in ("nsubj", "nsubjpass") or
                                                                   _made_to_say(e, t))), None)

    def _pronoun_before(self, b: Block, t: "Token", gender: str | None) -> tuple[Block, "Token"] | None:
        """The subject pronoun of ``gender`` outside quotes of the main clause of the sentence before
        subject ``t``'s (the paragraph before's last, when ``t``'s opens with a quote), with its block:
        the person spoken of there goes on being spoken of (never one a clause reports: "Reed hinted
        he may be back. He said:" is Reed)."""
        if gender is None or t.dep_ not in ("nsubj", "nsubjpass") or b.inq[t.i] or any(
                not b.inq[x.i] and (x.pos_ == "PROPN" or b.ent_of[x.i] >= 0) for x in b.doc[t.sent.start:t.i]):
            return None  # ("Reed praised him, which he said was …": the name before it in its own sentence)
        pos = b.offset + t.idx
        bounds = self._last_sentence_before(pos) if self._opens_with_quote(pos) else self._sentence_before(pos)
        pb = self._block_at(bounds[0]) if bounds is not None else None
        if pb is None:
            return None
        found = next((e for e in pb.doc if bounds[0] <= pb.offset + e.idx < bounds[1] and not pb.inq[e.i]
                      and pronoun_gender(e.lower_) == gender and e.lower_ in PERSON_PRONOUNS
                      and e.dep_ in ("nsubj", "nsubjpass") and (e.head.dep_ == "ROOT" or e.head.dep_ == "conj"
                                                                and e.head.head.dep_ == "ROOT")), None)
        return (pb, found) if found is not None else None

    @staticmethod
    def _opening_participle(b: Block, t: "Token") -> tuple[int, int] | None:
        """Article span of a subjectless participle clause opening subject ``t``'s sentence ("Asked
        if Reed could return, he replied"): ``t`` is its subject, so no one named inside it is."""
        if t.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for c in t.head.children:
            if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i < t.i and c.left_edge.i == t.sent.start \
                    and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                last = b.doc[c.right_edge.i]
                return b.offset + b.doc[c.left_edge.i].idx, b.offset + last.idx + len(last.text)
        return None

    def _addressee(self, b: Block, t: "Token") -> str | None:
        """The person the pronoun or description ``t`` speaks to in its own clause ("he told *Reed*",
        "she said to Reed", "the 34-year-old told *Norbury*'s website", "*Reed* was told by the
        judge"): not the one ``t`` stands for."""
        if t.dep_ == "pobj" and t.head.dep_ == "agent":  # "Reed was told by the judge": Reed listens
            told = next((c for c in t.head.head.children if c.dep_ == "nsubjpass" and not b.inq[c.i]), None)
            if told is not None and told.lower_ in PERSON_PRONOUNS:
                return self.resolve(b, told)[0]
            if told is not None and told.pos_ == "PROPN":
                return self.canonical_at(b, told)
            return None
        if t.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for c in t.head.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                c = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ not in ("dobj", "dative"):
                continue
            if c.pos_ == "NOUN":  # "told Norbury's website", "said to Reed's lawyer": the owner listens
                c = next((g for g in c.children if g.dep_ == "poss" and g.pos_ == "PROPN"), c)
            if c.pos_ == "PROPN" and not b.inq[c.i] and c.text[:1].isupper():
                return self.canonical_at(b, c)
        return None

    def _document_read(self, b: Block, t: "Token") -> tuple[Block, "Token"] | None:
        """The document an "it" that "read" stands for: the last document noun outside quotes in
        the sentence before, in its paragraph ("Lee sent a letter to the club. It read: …")."""
        if t.dep_ != "nsubj" or t.head.lemma_.lower() != "read":
            return None
        bounds = self._sentence_before(b.offset + t.idx)
        if bounds is None:
            return None
        found = [x for x in b.doc if bounds[0] <= b.offset + x.idx < bounds[1] and x.pos_ == "NOUN" and not b.inq[x.i]
                 and x.lemma_.lower() in lex.DOC_NOUNS and _document_word(x)]
        return (b, found[-1]) if found else None

    @staticmethod
    def _speaking_subject(b: Block, t: "Token") -> "Token | None":
        """The last subject of a verb of saying before ``t`` in its paragraph, outside quotes and no
        pronoun ("the report said", "said the radio station", "Wimpey said"): the body a speaker "it"
        goes on for when the name before it is a place, which never speaks."""
        for x in reversed(b.doc[:t.i]):
            if x.dep_ == "nsubj" and not b.inq[x.i] and x.pos_ in ("NOUN", "PROPN") and _says(x.head):
                return x
        return None

    def _reporting_body(self, chosen: Mention | None) -> Mention | None:
        """For a speaker "it": a body that is the subject of a clause another subject reports in the
        same sentence ("Acme said Reed's opposition would not change its bid. “…,” it said") is spoken
        of, not speaking; the last body subject of the main clause before it is the one."""
        if chosen is None or not chosen.reported or chosen.sentence < 0 or \
                chosen.token is not None and _according_to(chosen.token):
            return chosen  # ("Acme lost £5m, according to the Harbour Trust. It said": the source)
        main = [m for m in self.mentions if m.sentence == chosen.sentence and m.pos < chosen.pos and m.subject
                and not m.reported and not m.quoted and m.label in ORG_LABELS]
        return main[-1] if main else chosen

    @staticmethod
    def _page_it_cites(b: Block, t: "Token") -> "Token | None":
        """For an empty "it" saying something ("On the Acme website it states:", "In the report it
        says"), the page or document the clause is set in."""
        v = t.head
        if t.dep_ != "nsubj" or v.lemma_.lower() not in SAYING_VERBS:
            return None
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "in") and c.i < t.i and not b.inq[c.i]:
                o = next((g for g in c.children if g.dep_ == "pobj"), None)
                if o is not None and (o.lemma_.lower() in lex.OWN_PAGES or o.lemma_.lower() in lex.DOC_NOUNS
                                      or o.lemma_.lower() in lex.ISSUED_DOCS):
                    return o
        return None

    def _given_to(self, b: Block, t: "Token") -> str | None:
        """For object pronoun ``t`` of an "-ing" clause with no subject ("…, leading *him* to …"),
        the one person the clause it hangs on names as its object ("presented the prize *to Reed*"),
        when its subject is someone else."""
        v = t.head
        if t.dep_ != "dobj" or t.lower_ not in ("him", "her") or v.tag_ != "VBG" or v.dep_ != "advcl" or \
                v.lemma_.lower() not in MADE_TO_SAY or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None
        h = v.head
        if h.tag_ in ("VBN", "VBG") and h.dep_ in ("advcl", "xcomp") and h.head.i != h.i and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
            h = h.head  # "presented the prize to Reed dressed as a clown, leading him …"
        root = t.sent.root
        for g in ([h, root] if h.i > v.i and root.i < v.i else [h]):  # (the parser may hang the clause on what follows)
            objs = [c for c in g.children if c.dep_ in ("dobj", "dative")] + \
                [x for c in g.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for x in c.children if x.dep_ == "pobj"]
            people = []
            for o in objs:
                e = b.ent_of[o.i]
                if e >= 0 and not b.inq[o.i] and self.label_of(b, b.ents[e]) == "PERSON":
                    people.append(self.canonical_at(b, o))
            if len(people) == 1 and people[0] not in self._own_subjects(b, t):
                return people[0]
        return None

    def _own_subjects(self, b: Block, t: "Token") -> tuple[str, ...]:
        """The people named as subject of the clause whose object the pronoun ``t`` is, or, for an
        "-ing" clause with no subject of its own, of the clause it hangs on ("Lee and Ann gave Reed
        the prize, leading *him* to quip …"): "him" is never the clause's own subject."""
        if t.dep_ != "dobj" or t.lower_ not in ("him", "her"):
            return ()
        v = t.head
        for _ in range(2):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj or v.tag_ not in ("VBG", "VBN") or v.dep_ not in ("advcl", "xcomp", "conj") or v.head.i == v.i:
                break
            v = v.head
        names = []
        for c in v.children:
            if c.dep_ != "nsubj" or b.inq[c.i]:
                continue
            for x in [c] + [g for g in c.subtree if g.dep_ == "conj"]:
                e = b.ent_of[x.i]
                if e >= 0 and self.label_of(b, b.ents[e]) == "PERSON":
                    names.append(self.canonical_at(b, x))
        return tuple(names)

    def _reported_names(self, b: Block, t: "Token") -> tuple[str, ...]:
        """The people named in the clause that the pronoun or role ``t``'s reporting verb reports: "Mr Lee has
        failed, *he* claimed" and "*he* said Lee had failed" are not Lee (one does not speak of
        oneself by name in one's own reported words)."""
        v = t.head
        if t.dep_ not in ("nsubj", "nsubjpass") or v.pos_ not in ("VERB", "AUX") or \
                v.lemma_.lower() not in SAYING_VERBS:
            return ()
        clause = [x for c in v.children if c.dep_ == "ccomp" and not any(
            d.text in DASHES or d.text == "-" for d in b.doc[min(c.right_edge.i, v.i):max(c.left_edge.i, v.i)])
            for x in c.subtree]  # (not a clause a dash sets apart: "X's comments drew censure - he told …")
        if v.dep_ == "parataxis" and v.head.i != v.i and not any(
                c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prep") for c in v.children):  # "Lee, he said, has failed"
            own = {x.i for x in v.subtree}
            clause += [x for x in v.head.subtree if x.i not in own]
        names = []
        for x in clause:
            e = b.ent_of[x.i]
            if any(_clause_break(b, k) for k in range(min(x.i, v.i), max(x.i, v.i))):
                # past a full stop, a colon or a quote of whole words ("Lee weighed in, telling Mic,
                # “But …,” he said"): the next sentence or the writer's own framing, glued on by the
                # parse (a partial quote inside the clause is no such break: "Reed liked to cite
                # “figures …”, the leader said")
                continue
            if x.dep_ == "nsubj" and x.head.lemma_.lower() in SAYING_VERBS:
                continue  # "Lee said “…,” she said": one attribution written twice
            if e >= 0 and x.i == b.ents[e].root.i and x.dep_ not in ("compound", "poss") and not b.inq[x.i] \
                    and self.label_of(b, b.ents[e]) == "PERSON":  # (not "the Lee campaign", "Lee's": his own)
                names.append(self.canonical_at(b, x))
        return tuple(names)

    def _named_in_quote(self, quote: tuple[int, int] | None) -> tuple[str, ...]:
        """The people the quoted words at article span ``quote`` name ("“Lee's record is mixed,” he
        said" is not Lee: one does not speak of oneself by name in one's own words). A surname alone
        counts only when one person in the article bears it, a given name alone when it opens one person's
        full name and is no one's surname; a name as a modifier ("the Lee
        campaign") does not count."""
        if quote is None:
            return ()
        names = []
        for m in self.mentions:
            if not (m.quoted and m.label == "PERSON" and quote[0] <= m.pos < quote[1]):
                continue
            b, tok = self._token_at(m.pos)
            ent = b.ents[b.ent_of[tok.i]] if tok is not None and b.ent_of[tok.i] >= 0 else None
            if ent is None or ent.root.dep_ == "compound":
                continue
            words = clean_name(m.name).split()
            if len(words) == 1 and words[0].lower() not in self.fulls_by_surname:
                # a given name alone ("Tom leaves big boots to fill"): the one person it opens
                firsts = {full for fulls in self.fulls_by_surname.values() for full in fulls
                          if full.split()[0].lower() == words[0].lower()}
                if len(firsts) == 1:
                    names.append(self.index.canonical(firsts.pop(), m.pos))
                continue
            if not words or len(words) == 1 and len(self.fulls_by_surname.get(words[0].lower(), [])) != 1:
                continue
            names.append(self.index.canonical(m.name, m.pos))
        return tuple(names) + self._surnames_in_quote(quote)

    def _surnames_in_quote(self, quote: tuple[int, int]) -> tuple[str, ...]:
        """The people the quoted words name by a surname the tagger gave no person's label there
        ("“He (Reed) has no chance”", "“a manager like Reed”" with "Reed" read as a work or a body):
        a capitalised name word, no modifier, that is one full name's surname, after nothing or
        that name's own given name ("Ann Reed" is not "Tom Reed")."""
        names = []
        for b in self.blocks:
            if b.offset >= quote[1] or b.offset + len(b.text) <= quote[0]:
                continue
            for t in b.doc:
                pos = b.offset + t.idx
                if not (quote[0] <= pos < quote[1] and b.inq[t.i]) or not t.text[:1].isupper() or t.dep_ == "compound":
                    continue
                fulls = set(self.fulls_by_surname.get(t.lower_, []))
                if len(fulls) != 1 or b.ent_of[t.i] >= 0 and b.ents[b.ent_of[t.i]].label_ == "PERSON":
                    continue  # (a name tagged as a person is a quoted mention, above)
                full = fulls.pop()
                prev = b.doc[t.i - 1] if t.i else None
                if prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN" and \
                        prev.lower_ != full.split()[0].lower() or t.pos_ != "PROPN" and t.is_sent_start:
                    continue  # another bearer of the surname, or a capitalised word opening a sentence
                names.append(self.index.canonical(full, pos))
        return tuple(names)

    def person_name(self, name: str, start: int, end: int) -> str:
        best = self.index.canonical(name, start)
        for actor in self.actors:
            if actor.type != "person":
                continue
            if any(m.start < end and start < m.end for m in actor.spans) or name in actor.aliases:
                cand = clean_name(actor.name)
                if len(cand) > len(best) and cand.split()[-1].lower() == best.split()[-1].lower():
                    best = cand
        return best

    def _bound_org(self, start: int, end: int) -> str | None:
        """The named organisation whose referent holds the description at [start, end) ("the club"
        counted toward "Harbour City FC"), if exactly one does."""
        found = {a.name for a in self.actors if a.type == "organization" and a.name[:1].isupper()
                 and any(m.start < end and start < m.end for m in a.spans)}
        return next(iter(found)) if len(found) == 1 else None

    def org_name(self, name: str, start: int, end: int) -> str:
        for actor in self.actors:
            if actor.type != "person" and any(m.start < end and start < m.end for m in actor.spans):
                return actor.name
        return re.sub(r"^(the|The)\s+", "", re.sub(r"['’]s$", "", name))

    def antecedent(self, pos: int, para: int, labels: tuple[str, ...], subject_only: bool = False,
                   gender: str | None = None, entities_only: bool = False, since: int = 0,
                   avoid: str | None = None, main_first: bool = False, near_objects: bool = False,
                   skip: tuple[int, int] | None = None, exclude: tuple[str, ...] = ()) -> str | None:
        """The name of :meth:`antecedent_mention`'s choice, as the article's referent writes it."""
        chosen = self.antecedent_mention(pos, para, labels, subject_only, gender, entities_only, since, avoid,
                                         main_first=main_first, near_objects=near_objects,
                                         described=not entities_only, skip=skip, exclude=exclude)
        if chosen is None:
            return None
        if chosen.description and chosen.label in ("PERSON", GROUP):
            return self._described(chosen, gender)
        if chosen.label == "PERSON":
            return self._person_form(chosen, gender)
        return self.org_name(chosen.name, chosen.pos, chosen.pos + len(chosen.name))

    def antecedent_mention(self, pos: int, para: int, labels: tuple[str, ...], subject_only: bool = False,
                           gender: str | None = None, entities_only: bool = False, since: int = 0,
                           avoid: str | None = None, quoted: bool = False,
                           main_first: bool = False, near_objects: bool = False,
                           described: bool = False, skip: tuple[int, int] | None = None,
                           exclude: tuple[str, ...] = ()) -> Mention | None:
        """The mention a pronoun or description at ``pos`` stands for, among those before it (from
        ``since`` on) with a label in ``labels``: the most recent subject ("Reed bristles at the
        suggestion he ..."; "Reacting to a remark by Hale, she said" is not Hale), or the most
        recent mention when that subject is more than a paragraph further back.
        ``gender`` ("m"/"f") rules out people known to be of the other; ``avoid`` one person (by
        full name or surname), ``exclude`` people by their full names. A pronoun inside a quote (``quoted``) may also stand for a person
        named inside quotes in its own paragraph ("Ann will win if Lee stays popular, and lose if he
        does not"). With ``main_first`` (a speaker's "she said"), a subject in the same sentence
        outranks one reported by it ("Lee said that Ann is well. She said: ..." is Lee), and so does
        the last main subject of the paragraph of a reported one in an earlier sentence than the
        pronoun's (or of the paragraph before, when a person reports it), when no later mention
        names the reported one again ("He believes Reed failed. “…,” he said" is not Reed). With
        ``near_objects`` (a gendered pronoun), one person of that gender named in the sentence just
        before, as an object, outranks a subject further back ("Lee met the firefighter Tom Reed.
        She asked him ..." is Reed). With ``described``, a person described in subject position
        counts only when the description says the pronoun's gender ("a spokesman") or is definite and
        stands for a named person of that gender (:meth:`_described`); "a judge" does not. Mentions in
        the article span ``skip`` do not count."""
        best_subject = best_any = best_main = None
        fits: list[Mention] = []
        for r in self.mentions:
            if r.pos >= pos or r.pos < since or r.label not in labels or (entities_only and r.description):
                continue
            if skip is not None and skip[0] <= r.pos < skip[1]:
                continue
            if r.quoted and not (quoted and r.para == para):
                continue
            if avoid and r.label == "PERSON" and _same_person(self.index.canonical(r.name, r.pos), avoid):
                continue
            if exclude and r.label == "PERSON" and (self._described(r, gender) if r.description
                                                    else self.index.canonical(r.name, r.pos)) in exclude:
                continue  # (a description too, by the one it stands for: "the defender" who is Reed)
            if gender is not None and r.label == "PERSON":
                g = self._gender(r)
                if g is not None and g != gender:
                    continue
            if described and r.description and r.label == "PERSON" and not self._described_fits(r, gender):
                continue
            if gender is not None and r.label == "PERSON" and not r.description and self._unpersoned(r):
                continue
            if r.subject and (best_subject is None or r.pos > best_subject.pos):
                best_subject = r
            if r.subject and not r.reported and (best_main is None or r.pos > best_main.pos):
                best_main = r
            if best_any is None or r.pos > best_any.pos:
                best_any = r
            fits.append(r)
        chosen = best_subject
        if main_first and chosen is not None and chosen.reported and best_main is not None and \
                (best_main.sentence == chosen.sentence >= 0 or 0 <= chosen.sentence < self._sentence_start(pos)
                 and (best_main.para == chosen.para or best_main.para == chosen.para - 1 and _person_reports(chosen.token))
                 and not self._named_again(chosen, fits)):
            # the subject of a clause another reports ("He believes Acme failed", "Lee said she had
            # visited Reed, who told her …") is spoken of, not speaking: the last main subject of its
            # paragraph outranks it (of the paragraph before, when a person reports the clause),
            # unless the article names that subject again after it ("… as Lee announced. Critics
            # point to Lee's speech, in which she said"); "Delegates asked how Reed could …" is Reed's
            chosen = best_main
        if chosen is None or (best_any is not None and best_any.para > chosen.para + 1 and not subject_only):
            chosen = best_any if not subject_only else chosen
        if near_objects and gender is not None:
            chosen = self._object_before(pos, para, chosen, fits, gender)
        return chosen

    def _lone_description(self, pos: int, para: int, gender: str) -> str | None:
        """When no person fits "he"/"she" at ``pos``, the last definite description in subject
        position of its paragraph or the one before, one that says no gender ("Tom Reed insists … /
        The veteran star was part of the side. “…,” he told Radio Avonia"; the name untagged): the one
        it stands for, else the description as worded. "A judge" brings someone in: not that."""
        since = min((x.offset for x in self.blocks if x.para == para - 1), default=-1)
        if since < 0:
            since = min((x.offset for x in self.blocks if x.para == para), default=pos)
        found = self.antecedent_mention(pos, para, ("PERSON",), subject_only=True, gender=gender, since=since)
        if found is None or not found.description or found.reported or not _definite(found.head) or \
                found.head is not None and any(c.dep_ == "conj" for c in found.head.children):
            return None
        return self._described(found, gender)

    def _sentence_start(self, pos: int) -> int:
        """Article offset of the start of the sentence holding ``pos`` (-1 outside the blocks)."""
        b = self._block_at(pos)
        for sent in b.doc.sents if b is not None else ():
            if b.offset + sent.end_char > pos:
                return b.offset + sent.start_char
        return -1

    def _named_again(self, m: Mention, fits: list[Mention]) -> bool:
        """A later mention among ``fits`` names the person of mention ``m`` again."""
        who = self.index.canonical(m.name, m.pos)
        return any(r.pos > m.pos and r.label == m.label and self.index.canonical(r.name, r.pos) == who for r in fits)

    def _object_before(self, pos: int, para: int, chosen: Mention | None, fits: list[Mention],
                       gender: str) -> Mention | None:
        """The one person of ``gender`` named in the sentence before ``pos``'s (not in an adverbial
        clause there), when ``chosen`` (a subject) lies further back and that sentence has no
        subject pronoun of ``gender`` (see :meth:`antecedent_mention`); else ``chosen``."""
        bounds, in_para = self._sentence_before(pos), para
        if self._opens_with_quote(pos):
            # "Then there's Tom Reed. / “…,” he wrote": a paragraph that opens with the quote reads on
            # from the last sentence of the paragraph before
            bounds, in_para = self._last_sentence_before(pos), para - 1
        if bounds is None or chosen is not None and chosen.pos >= bounds[0] or self._pronoun_in(bounds, gender):
            return chosen
        near = [r for r in fits if bounds[0] <= r.pos < bounds[1] and r.label == "PERSON" and not r.description
                and r.para == in_para and self._gender(r) == gender and not _adverbial(r.token) and not r.subject]
        if len({self.index.canonical(r.name, r.pos) for r in near}) != 1:
            return chosen
        return near[-1]

    def _unpersoned(self, m: Mention) -> bool:
        """A one-word "person" the article never shows to be one: no given name, no surname of a
        full name it uses, no "he" or "she" of its own, never the subject of a verb of saying ("his
        Sky employers", "Wasp tells the story" tagged as people): no antecedent for "he" or "she"."""
        words = clean_name(m.name).split()
        if len(words) != 1 or len(m.name.split()) != 1:  # "Lord Ashby", "Mr Reed": a title says so
            return False
        if m.token is not None and (m.token.lower_.rstrip(".") in lex.TITLE_WORDS | lex.ADDRESS_WORDS
                                    or pronoun_gender(m.token.lower_) is not None):
            return False  # a speaker noted at "Mr Reed said" or at "she said": a person
        before = m.token.doc[m.token.i - 1] if m.token is not None and m.token.i > 0 else None
        if before is not None and before.lower_.rstrip(".") in lex.TITLE_WORDS | lex.ADDRESS_WORDS:
            return False  # the title outside the name the tagger found
        low = words[0].lower()
        return low not in self.fulls_by_surname and low not in lex.GIVEN_NAMES and words[0] not in self._told \
            and words[0] not in self._speaking and self.index.gender(m.name) is None and self._gender(m) is None

    def _pronoun_in(self, bounds: tuple[int, int], gender: str) -> bool:
        """A subject pronoun of ``gender`` outside quotes in the article span ``bounds``: the person
        spoken of there goes on being spoken of ("He said he sees Lee's side. That is why he …")."""
        b = self._block_at(bounds[0])
        return b is not None and any(pronoun_gender(t.lower_) == gender and t.dep_ in ("nsubj", "nsubjpass")
                                     and not b.inq[t.i] for t in b.doc if bounds[0] <= b.offset + t.idx < bounds[1])

    def _sentence_before(self, pos: int) -> tuple[int, int] | None:
        """(start, end) article offsets of the sentence before the one holding ``pos``, in its paragraph."""
        b = self._block_at(pos)
        prev = None
        for sent in b.doc.sents if b is not None else ():
            start = b.offset + sent.start_char
            if start > pos:
                break
            if b.offset + sent.end_char > pos:
                return prev
            prev = (start, b.offset + sent.end_char)
        return None

    def _opens_with_quote(self, pos: int) -> bool:
        """The paragraph holding ``pos`` opens with quoted words, and only they come before ``pos``'s
        sentence ("“…,” he wrote")."""
        b = self._block_at(pos)
        if b is None or b.para < 1:
            return False
        words = [t for t in b.doc if b.offset + t.idx < pos and not t.is_punct and not t.is_space]
        return bool(words) and b.inq[words[0].i] and all(
            b.inq[t.i] or t.sent.start_char + b.offset <= pos < t.sent.end_char + b.offset for t in words)

    def _last_sentence_before(self, pos: int) -> tuple[int, int] | None:
        """(start, end) article offsets of the last sentence of the paragraph before ``pos``'s, when
        that paragraph is prose right before it."""
        b = self._block_at(pos)
        k = next((i for i, x in enumerate(self.blocks) if x is b), 0)
        if k == 0 or self.blocks[k - 1].para != b.para - 1:
            return None
        prev = self.blocks[k - 1]
        last = list(prev.doc.sents)[-1] if len(prev.doc) else None
        return (prev.offset + last.start_char, prev.offset + last.end_char) if last is not None else None

    def _described_fits(self, m: Mention, gender: str | None) -> bool:
        """A person description that may stand for a pronoun of ``gender`` (see :meth:`antecedent_mention`)."""
        if m.head is not None and any(c.dep_ == "conj" for c in m.head.children):
            return False  # "the senator and his allies": more than one
        if self._gender(m) is not None:
            return True  # (one of the other gender was ruled out already)
        if not _definite(m.head):
            return False
        name = self._described(m, gender)
        if name == m.name:
            return False
        found = self.gender_of(name)
        return gender is None or found is None or found == gender

    def _described(self, m: Mention, gender: str | None) -> str:
        """Who a person or group described in subject position is: for "the mayor" / "the party's
        leader", the person it stands for (as :meth:`resolve` reads it), else the description as the
        article words it ("A Tory spokesman", "the researchers")."""
        key = (m.pos, gender)
        if key not in self._descriptions:
            self._descriptions[key] = self._describe(m, gender)
        return self._descriptions[key]

    def _describe(self, m: Mention, gender: str | None) -> str:
        head = m.head
        if head is not None and m.label == "PERSON" and head.pos_ == "NOUN":
            # "A spokesman for Acme, Dr Okonkwo, said … He added": the name the description gives itself
            b = self._block_of(head.doc)
            named = self._own_name(b, head) if b is not None and b.ent_of[head.i] < 0 else None
            if named is not None and (not named.text[:1].isupper() or not self._names_person(b, named)
                                      and named is not self._known_as(b, head)):
                named = None  # only a plain name: the parser hangs stray words off a role too
            if named is not None:
                return self.resolve(b, named)[0] or m.name
        if head is not None and m.label == "PERSON" and _definite(head) and \
                not any(c.dep_ in ("relcl", "acl") for c in head.children) and \
                not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in head.children):
            # ("the woman who started it" is someone new; "my mother" the writer's own, never a name)
            own = self._gender(m) or gender  # the description's own word ("the chairwoman"), else the pronoun's
            name = self.antecedent(m.pos, m.para, ("PERSON",), gender=own, entities_only=True, main_first=True)
            span = head.doc[head.left_edge.i:head.i + 1]
            if span[0].lower_ == "the":
                name = self._by_role(head, span, m.pos, name)
            if name and head.lemma_.lower().startswith("spokes") and not self._spoke_for(name, m.pos):
                name = None  # "the department spokeswoman": someone of her own (see :meth:`resolve`)
            if name:
                return name
        return m.name

    def _person_form(self, m: Mention, gender: str | None) -> str:
        """The full name a person mention stands for: the nearest before it, but for a surname that
        a man and a woman share, the one of the pronoun's gender."""
        name = self.index.canonical(m.name, m.pos + 1)
        words = clean_name(m.name).split()
        if gender is not None and len(words) == 1 and self.gender_of(name) not in (None, gender):
            fits = [full for full in self.fulls_by_surname.get(words[0].lower(), [])
                    if self.gender_of(full) in (None, gender)]
            if fits:
                return fits[0]
        return name

    def _gender(self, m: Mention) -> str | None:
        """A person mention's gender; none for a bare surname shared by a man and a woman."""
        key = id(m)
        if key not in self._genders:
            self._genders[key] = self._mention_gender(m)
        return self._genders[key]

    def _mention_gender(self, m: Mention) -> str | None:
        if m.head is not None:  # "the chairwoman", "the father"
            lemma = m.head.lemma_.lower()
            return "f" if lemma in lex.FEMALE_WORDS else "m" if lemma in lex.MALE_WORDS else None
        words = clean_name(m.name).split()
        if len(words) == 1:
            genders = {self.gender_of(full) for full in self.fulls_by_surname.get(words[0].lower(), [])}
            if len(genders) > 1:
                return None
        found = self.gender_of(self.index.canonical(m.name, m.pos))
        if found is None and m.token is not None and len(words) == 1:
            found = _addressed(m.token)  # "Ms Dravon", known by no given name: the address says it
        return found

    def para_at(self, pos: int) -> int:
        """The paragraph number of article offset ``pos`` (-1 for the headline or outside the story)."""
        b = self._block_at(pos)
        return b.para if b is not None else -1

    def _block_at(self, pos: int) -> Block | None:
        """The block holding article offset ``pos``."""
        return next((b for b in self.blocks if b.offset <= pos < b.offset + len(b.text)), None)

    def _token_at(self, pos: int) -> tuple[Block | None, "Token | None"]:
        """The block holding article offset ``pos`` and the token that starts there (None if none does)."""
        b = self._block_at(pos)
        return b, next((t for t in b.doc if b.offset + t.idx == pos), None) if b is not None else None

    def relative_antecedent(self, b: Block, c: "Token") -> "Token | None":
        """The person or body a relative "who"/"which" subject stands for."""
        v = c.head
        if c.lower_ == "who" and v.dep_ == "relcl" and v.head.i != v.i and c.i > 0 and b.doc[c.i - 1].text == ",":
            owner = self._who_owner(b, v.head)
            if owner is not None:
                return owner
        if v.dep_ == "relcl" and v.head.i != v.i and self.agent_like(b, v.head) and \
                v.head.ent_type_ not in ("DATE", "TIME") and v.head.lower_ not in RELATIVE:
            return v.head
        if c.lower_ == "who" and v.dep_ == "relcl" and v.head.i != v.i and v.head.pos_ in ("NOUN", "PROPN") and \
                v.head.ent_type_ not in ("DATE", "TIME"):
            # "who" stands for a person: "an online troll who accused her of …" is the troll, a noun
            # no role list holds; "a user known as ‘bluefox’ who …" is the user the quoted handle names.
            # Only a person the phrase brings in ("a"/"an", "his listeners"): "the boy, who" points back
            # and is the resolver's to name, and a bare "donors who" or "21 percent who" is no one speaking
            h = v.head
            while b.inq[h.i] and h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.dep_ == "acl":
                h = h.head.head.head
            if not b.inq[h.i] and any(x.dep_ == "poss" or x.dep_ == "det" and x.lower_ in ("a", "an")
                                      for x in h.children):
                return h
        if c.lower_ == "who":
            near = [x for x in b.doc[max(0, c.i - 5):c.i] if not b.inq[x.i] and x.ent_type_ not in ("DATE", "TIME")
                    and (x.pos_ == "PROPN" or b.ent_of[x.i] >= 0 and b.ents[b.ent_of[x.i]].label_ == "PERSON")]
            if near:
                return near[-1]
        return None

    def _who_owner(self, b: Block, h: "Token") -> "Token | None":
        """The person a "who" clause hangs on when the parse attached it to a thing or a body inside
        a phrase after them: "one Democrat familiar with the discussion, who added" is the Democrat,
        "the mayor of Westby, who told" the mayor. None when ``h`` itself, a noun joined to it
        ("angry about cuts and the unions, who said") or a person inside the phrase may be the one meant."""
        if any(x.dep_ == "conj" for x in h.children):
            return None
        up = h
        while up.dep_ == "pobj" and up.head.dep_ == "prep" and not self._personal(b, up):
            g = up.head.head
            if g.pos_ in ("ADJ", "ADV") and g.dep_ in ("amod", "advmod"):
                g = g.head  # familiar with / close to …
            if g.pos_ not in ("NOUN", "PROPN") or g.i >= up.i or b.inq[g.i]:
                return None
            up = g
        if up is h or b.inq[up.i] or not self._personal(b, up) or any(
                t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("poss", "compound") and self._personal(b, t)
                for t in b.doc[up.i + 1:h.i + 1]):
            return None  # "Lee, runner-up to Ann Reed for the nomination, who": Reed is as near
        return up

    def _personal(self, b: Block, t: "Token") -> bool:
        """``t`` names or describes a person (or people): a person's name, "Democrat", a role noun."""
        if b.ent_of[t.i] >= 0:
            return b.ents[b.ent_of[t.i]].label_ in ("PERSON", "NORP")
        lemma = t.lemma_.lower()
        return t.pos_ == "PROPN" and t.text[:1].isupper() or t.pos_ == "NOUN" and (
            lemma in lex.PERSON_ROLES or lemma in lex.PERSON_NOUNS or lemma in lex.HUMAN_NOUNS
            or lemma in SOURCE_NOUNS or lemma == "person")

    def agent_like(self, b: Block, t: "Token") -> bool:
        """A token that can be a source: a name, a pronoun, a person or organisation noun."""
        if b.ent_of[t.i] >= 0:
            return b.ents[b.ent_of[t.i]].label_ in NAME_LABELS + ORG_LABELS
        if t.pos_ == "NOUN" and (any(c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN" for c in t.children)
                                 or t.i + 1 < len(b.doc) and b.ent_of[t.i + 1] >= 0
                                 and b.ents[b.ent_of[t.i + 1]].label_ == "PERSON"):
            return True  # commentator Jonah Goldberg
        return t.pos_ in ("PROPN", "PRON") or t.lemma_.lower() in lex.PERSON_ROLES or t.lemma_.lower() in lex.ORG_ROLES \
            or t.lemma_.lower() in SOURCE_NOUNS

    def surname_form(self, t: "Token") -> bool:
        """``t`` is written as the surname of a person the article names in full: that word, capitalised
        and the rest in lower case ("Lund", whatever the tagger made of it)."""
        return t.text[:1].isupper() and t.text[1:].islower() and t.lower_ in self.surnames

    def surname_word(self, b: Block, t: "Token") -> bool:
        """``t`` is the surname of a person the article names in full, read by the tagger as a common
        noun with no entity ("Lund later defended his remarks as …" opening its sentence)."""
        return b.ent_of[t.i] < 0 and t.pos_ == "NOUN" and self.surname_form(t) and not b.inq[t.i]


def _named(b: Block, start_char: int, head: "Token", name: str, label: str, subject: bool) -> Mention:
    """A named mention starting at ``start_char`` of block ``b``, headed by ``head``: its sentence,
    and whether a subject is one of a clause inside another."""
    return Mention(b.offset + start_char, name, label, subject, b.para, sentence=b.offset + head.sent.start_char,
                   reported=subject and _reported_clause(head), token=head)


def _role_named(b: Block, ent) -> str | None:
    """A one-word name the article puts right after a person's role noun ("the veteran defender
    Kessler", "Harbour captain Ivo Kessler", with the given name left out of the entity), which the
    tagger may elsewhere take for a body: the name, else None. A gazetteer body is never one."""
    if len(ent) != 1 or ent.label_ not in ("PERSON", "ORG", "NORP") or b.inq[ent.start] or \
            ent[0].pos_ != "PROPN" or not ent.text[:1].isupper() or not ent.text.isalpha() or lex.lookup(ent.text):
        return None
    k = ent.start - 1
    if k > 0 and b.ent_of[k] < 0 and b.doc[k].text[:1].isupper() and b.doc[k].text.isalpha() and not b.inq[k]:
        k -= 1  # a given name the tagger left out ("defender Ivo Kessler" with "Ivo" taken for a word)
    role = b.doc[k] if k >= 0 else None
    if role is None or b.inq[role.i] or not role.text.islower() or role.pos_ != "NOUN" or \
            role.lemma_.lower() not in lex.PERSON_NOUNS or role.lemma_.lower() in KIN_OR_RIVAL:
        return None
    return ent.text


#: Person nouns that also name a firm's or club's relation to another body ("its partner Acme").
KIN_OR_RIVAL = frozenset("rival partner owner sponsor client customer supplier".split())


def _addressed(t: "Token") -> str | None:
    """The gender ("m"/"f") a form of address gives ``t``, one capitalised word right after "Mr",
    "Mrs", "Ms" or "Miss" with no other proper noun joined to it ("Ms Okafor said"): a person's
    surname, whatever the tagger made of it; None for any other word."""
    doc = t.doc
    if t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.i == 0 \
            or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" or t.i > 1 and doc[t.i - 2].pos_ == "PROPN":
        return None
    return {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}.get(doc[t.i - 1].lower_.rstrip("."))


def _untagged_person(b: Block, t: "Token") -> "Token | None":
    """The first word of a person's name the tagger left untyped in subject ``t``: two or more
    capitalised words after a role or title ("Boss Joost Vermeer", "Professor Mia Lund"), or a
    known given name and a surname ("Ann Lund")."""
    if t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.is_alpha:
        return None
    chain = [c for c in t.lefts if c.dep_ == "compound"]
    if not chain or any(b.ent_of[c.i] >= 0 or b.inq[c.i] for c in chain) or chain[-1].i != t.i - 1:
        return None
    words = list(b.doc[chain[0].i:t.i + 1])
    if any(not w.is_alpha or not w.text[:1].isupper() for w in words):
        return None
    first = words[0].lower_
    if first in lex.PERSON_NOUNS or first in lex.TITLE_WORDS or first in lex.PERSON_ROLES:
        return words[1] if len(words) >= 3 else None
    return words[0] if len(words) == 2 and first in lex.GIVEN_NAMES else None


def _says(v: "Token") -> bool:
    """``v`` is a verb of saying that reports words ("said that …", "described the attack as …",
    "told reporters"), not the "tells" of a story, a film or a book ("tells the story of …")."""
    if v.lemma_.lower() not in SAYING_VERBS:
        return False
    told = [c for c in v.children if c.dep_ == "dobj"]
    return v.lemma_.lower() != "tell" or any(c.dep_ == "ccomp" for c in v.children) or \
        all(c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in lex.HUMAN_NOUNS for c in told)


#: Verbs that make their object speak: "leading him to quip", "prompting Lee to say".
MADE_TO_SAY = frozenset("lead prompt cause force drive move spur inspire provoke".split())


def _made_to_say(e: "Token", t: "Token") -> bool:
    """Object pronoun ``e`` is the one made to speak in whose words ``t`` stands ("leading *him*
    to quip he was …", "prompting her to say she had …"): the same person."""
    return e.dep_ == "dobj" and any(
        x.dep_ in ("xcomp", "advcl") and x.i > e.i and x.lemma_.lower() in SAYING_VERBS and
        (x.left_edge.i <= t.i <= x.right_edge.i or 0 < t.i - x.i <= 2)  # (the parser may hang "he was" elsewhere)
        for x in e.head.children)


def _one_of(b: Block, t: "Token") -> bool:
    """``t`` is a number the tagger took for an amount that picks people out of a group ("one of the
    group says"): the phrase, not the number, names who it is."""
    return b.ents[b.ent_of[t.i]].label_ == "CARDINAL" and t.pos_ == "NUM" and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in t.rights)


def pronoun_gender(word: str) -> str | None:
    """"m" for he/him/his/himself, "f" for she/her/hers/herself, else None."""
    return "m" if word in HE else "f" if word in SHE else None


def _verb(t: "Token") -> bool:
    return t.pos_ in ("VERB", "AUX") and t.text.islower()


def _glued(ent) -> bool:
    """A name entity with a lower-case verb inside it is a clause the tagger took for one name
    (a date or amount, "the coming weeks", may hold a verb), or one that runs across a comma
    joining two phrases of different roles ("Speaking to Radio Harbour, Reed said": the outlet
    spoken to and the speaker)."""
    return ent.label_ not in NUMERIC_LABELS and (any(_verb(t) for t in ent) or _comma_glued(ent))


def _comma_glued(ent) -> bool:
    """``ent`` holds a comma and the phrases either side of it each hang off a word outside the
    entity, not off each other (as "Harbourtown, Ohio" or "Tom Reed, Jr" do)."""
    for c in ent:
        if c.text != "," or c.i == ent.start or c.i + 1 >= ent.end:
            continue
        left, right = ent.doc[ent.start:c.i], ent.doc[c.i + 1:ent.end]
        lr, rr = left.root, right.root
        if not (ent.start <= lr.head.i < ent.end) and not (ent.start <= rr.head.i < ent.end) and \
                lr.dep_ in ("pobj", "dobj") and rr.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _same_person(name: str, other: str) -> bool:
    return name == other or name.split()[-1] == other.split()[-1]


def _in_name(t: "Token") -> bool:
    """``t`` is one word of a longer run of proper nouns (part of a name, not a name alone)."""
    doc = t.doc
    # ("Mr Reed insisted" with "Reed" untagged: a form of address makes no longer name of it)
    return (t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].lower_.rstrip(".") not in lex.HONORIFICS) \
        or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")


def person_words(actors: "list[Actor]") -> dict[str, str]:
    """A person actor's first name or surname -> the full name, for words no other actor uses
    ("Clara cycled from Beijing" with "Clara" tagged as a place)."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for form in [actor.name, *actor.aliases]:
            for w in clean_name(form).split():
                if w[:1].isupper() and len(w) > 2:
                    owners.setdefault(w, set()).add(actor.name if actor.type == "person" else "")
    return {w: next(iter(names)) for w, names in owners.items()
            if len(names) == 1 and next(iter(names)) and len(next(iter(names)).split()) >= 2}


#: Verbs whose agent wrote or issued a document ("a memo written by", "the report, published by").
AUTHOR_VERBS = frozenset("""write issue publish release sign send prepare draft produce commission author compile
submit file post""".split())
#: First- and second-person words: "we" in a quote or a letter names no one the article can.
FIRST_SECOND = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
DASHES = frozenset(("—", "–", "―", "--"))  # a dateline's dash, not a hyphen ("R-Ohio")
#: Marks that end a sentence, inside a quote: what comes after it is a new sentence.
END_STOPS = frozenset(".!?")
#: Documents one writes: "X has written to Y" issues "the letter" that a later sentence quotes.
WRITTEN_DOCS = frozenset("letter email memo memorandum note".split())
#: Verbs that report speech, core ones and cues (one set, not a union made on every call).
SAYING_VERBS = lex.CORE_SPEECH_VERBS | lex.SPEECH_VERBS
#: Documents a spokesperson gives out: "An Acme spokesman said … The statement added" is Acme's.
SPOKEN_DOCS = frozenset(("statement",))


#: Offices one person holds at a time: "the prime minister" is no one whose own role is another office.
SINGLE_OFFICES = frozenset(("prime minister", "president", "chancellor", "mayor", "premier", "governor",
                            "home secretary", "foreign secretary"))
#: Last words of a role that name an office of its own ("Home Secretary", "Tory chairman").
OFFICE_HEADS = frozenset("minister secretary chancellor president mayor premier governor chairman chairwoman".split())
#: Last words of a description that name a post one person holds in a body ("the campaign manager"),
#: unlike "the presidential candidate" or "the senator", of whom there are several.
HELD_HEADS = OFFICE_HEADS | {"manager", "leader"}
#: A description's noun -> the role nouns for the same post (:meth:`Coreference._sole_holder`).
POST_WORDS = {"presenter": frozenset(("presenter", "host")), "host": frozenset(("host", "presenter")),
              "boss": frozenset("boss manager chairman chairwoman chief executive coach director owner".split())}
#: Post words that name a post only with the body they head ("the Westby boss", not a bare "the boss").
POST_NEEDS_BODY = frozenset(("boss",))
#: Words before an office that make it another one, or no longer held ("shadow chancellor", "former mayor").
OFFICE_QUALIFIERS = frozenset("shadow former ex deputy vice assistant acting junior interim outgoing".split())


def _role_words(role: str | None) -> list[str]:
    """An actor's role as lower-case words, hyphens as spaces ("Vice-Chairman" -> ["vice", "chairman"])."""
    return role.lower().replace("-", " ").split() if role else []


def _holds(role: str | None, words: list[str]) -> bool:
    """An actor's ``role`` is the office ``words`` name, now ("Tory leader" for "leader", "Home
    Secretary" for "home secretary"; not "shadow chancellor" or "former mayor")."""
    if not role or not words:
        return False
    have = _role_words(role)
    return have[-len(words):] == words and not OFFICE_QUALIFIERS & set(have[:-len(words)])


def _spokes_gender(word: str) -> str | None:
    """"m" for a spokesman, "f" for a spokeswoman, None for a spokesperson."""
    return "f" if word.startswith("spokeswom") else "m" if word.startswith("spokesm") else None


#: How many paragraphs back "the report" looks for the report whose issuer the article names.
ISSUER_REACH = 8


def _anaphoric(t: "Token") -> bool:
    """A document noun that points back ("the report", "this letter", "their filing", "one message"
    of those just mentioned), not one that brings a new document in ("a report", "another letter")."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their", "his", "her")
               or c.dep_ in ("det", "nummod") and c.lower_ == "one" for c in t.lefts)


def _document_word(t: "Token") -> bool:
    """A document noun that names a document: "paper" only as a kind of one ("a briefing paper"),
    since "the paper" alone is mostly a newspaper."""
    return t.lemma_.lower() != "paper" or any(c.dep_ in ("compound", "amod") for c in t.lefts)


def _described_person(t: "Token", ent, span) -> bool:
    """The mention ``span`` headed by ``t`` is "the" + one person's nationality or age ("the
    American", "the Scot", "the 52-year-old"): someone named before, not a country or a body. An
    age before the nationality ("the 24-year-old Swiss", "the 22-year-old Scot") makes it one person."""
    words = [x for x in span if x.lower_ != "the"]
    before = span.start
    for n in (5, 1):  # ("the 22-year-old" before the name span "Scot"; the tagger may split the age at its hyphens)
        if before >= n and AGE_WORD.fullmatch(span.doc[before - n:before].text.replace(" ", "")):
            before -= n
            break
    aged = before < span.start
    if not words or (span[0].lower_ != "the" and (before == 0 or span.doc[before - 1].lower_ != "the")):
        return False
    if AGE_WORD.fullmatch("".join(x.text for x in words)):
        return True
    age = next((k for k in range(1, len(words)) if AGE_WORD.fullmatch("".join(x.text for x in words[:k]))), None)
    if age is not None and age == len(words) - 1:  # "the 24-year-old Swiss": the age and one word
        words, aged = words[age:], True
        t = words[0]
    if aged and len(words) == 1 and t.tag_ == "NNP" and (t.lower_ in lex.FROM_PLACE or lex.key(t.text) in lex.DEMONYMS):
        return True  # (a plural-looking nationality too: with an age, "the Swiss" is one person)
    if (ent is None or len(ent) == 1 and ent.label_ in ("NORP", "PERSON")) and t.lower_ in lex.FROM_PLACE:
        return True  # "the Scot", "the Texan" (the tagger may call it a name)
    return ent is not None and ent.label_ == "NORP" and len(ent) == 1 and t.tag_ == "NNP" and \
        lex.key(t.text) in lex.DEMONYMS and not t.lower_.endswith(("s", "ese", "ish", "ch"))


#: Words that bring a new person in ("a spokesman", "one official"), not one named before.
INDEFINITE = frozenset("a an another one some".split())


def _adverbial(t: "Token | None") -> bool:
    """``t`` stands in an adverbial clause ("When asked by *Jones* whether …, his answer was …"),
    out of the sentence's main line."""
    while t is not None and t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t is not None and t.dep_ == "advcl"


def _definite(head: "Token | None") -> bool:
    """A description that points back ("the mayor", "the party's leader", "his ex-wife"), not one
    that brings someone in ("a judge", "one official")."""
    return head is not None and head.doc[head.left_edge.i].lower_ not in INDEFINITE and \
        not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.lefts)


def _passive_agent(t: "Token") -> bool:
    """``t`` is the agent of a finite passive whose subject is a thing ("the report was welcomed *by*
    Tom Reed"): the one acting, a subject for a later "he" (not in "Lee was asked by Reed", where
    Lee stays the subject, nor the asker of "when asked by Reed", nor in a clause another reports)."""
    if t.dep_ != "pobj" or t.head.dep_ != "agent" or t.head.head.pos_ not in ("VERB", "AUX"):
        return False
    v = t.head.head
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    return any(c.dep_ == "auxpass" for c in v.children) and not _reported_clause(t) and subj is not None and \
        subj.pos_ not in ("PRON", "PROPN") and not subj.ent_type_ and subj.lemma_.lower() not in lex.HUMAN_NOUNS


def _according_to(t: "Token") -> bool:
    """``t`` is the X of an "according to X" after the clause it sources: the source the sentence
    gives, so the topic of a later "it said" ("Acme lost money, according to the Harbour Trust. It
    said …"); an opening "According to X, …" frames a report whose "he" is someone in it."""
    p = t.head
    if t.dep_ != "pobj" or p.lower_ != "to" or p.head.lower_ != "according":
        return False
    verb = p.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.i < p.head.i


def _viewpoint(t: "Token") -> bool:
    """``t`` is the person of a "For X, …" opening a sentence ("But for Tom Reed, an analyst at
    Acme, the future is …"): the sentence gives X's view, so X is its topic for a later "he"."""
    p = t.head
    if t.dep_ != "pobj" or p.lower_ != "for" or p.head.pos_ not in ("VERB", "AUX"):
        return False
    lead = t.sent.start
    while lead < p.i and t.doc[lead].lower_ in ("but", "and", "yet", "so", "still"):
        lead += 1
    end = p.right_edge.i + 1
    return lead == p.i and end < len(t.doc) and t.doc[end].text == ","


#: Person nouns that, with "the", often stand for someone the story never names or names only in
#: relation to another ("the victim", "the former partner"): no epithet for a named person.
UNNAMED_PEOPLE = frozenset("""victim suspect source witness survivor prisoner inmate convict baby infant toddler child
    teenager youngster friend partner colleague counterpart rival winner owner head police seed model lock prop
    hooker deputy parents widow widower""".split())


def _epithet(t: "Token", span) -> bool:
    """``span`` is "the" + a modifier + a noun for a kind of person ("the retired surgeon", "the
    Harbour defender", "the 41-year-old chart-topper"): an epithet for someone the article names,
    read as a role noun is (never a relation, "the former partner", or a bare "the pilot"). The noun
    may be one the tokenizer split at its hyphens ("chart-topper"), whose parts are no modifier."""
    head, first = _hyphen_word(t)
    if t.pos_ != "NOUN" or not len(span) or span[0].lower_ != "the" or head in lex.KIN_HEADS or head in UNNAMED_PEOPLE \
            or head not in lex.HUMAN_NOUNS | lex.ROLE_JOBS | lex.PERSON_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod", "nummod") and span[0].i < c.i < first for c in t.lefts)


def _hyphen_word(t: "Token") -> tuple[str, int]:
    """The noun ``t`` ends, joined with the parts the tokenizer split off it at hyphens written
    without spaces ("chart-topper", "fly-half"), and the index of its first part."""
    doc, word, k = t.doc, t.lemma_.lower(), t.i
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_alpha:
        word, k = doc[k - 2].lower_ + "-" + word, k - 2
    return word, k


def _glued_tail(t: "Token") -> "Token":
    """The last part of the hyphenated word ``t`` begins ("co" in "co-chairman"), else ``t``."""
    doc, k = t.doc, t.i
    while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_ \
            and doc[k + 2].is_alpha:
        k += 2
    return doc[k]


def _modifies_person(t: "Token", label: str) -> bool:
    """A place or nationality naming the person it modifies ("the *US* tycoon said"): the subject
    is the person, not the country, so a later "it" does not stand for the country."""
    head = t.head.lemma_.lower()
    return t.dep_ == "compound" and label in ("GPE", "NORP") and (
        head in lex.PERSON_ROLES or head in lex.PERSON_NOUNS or head in lex.HUMAN_NOUNS)


def _modifier_name(doc, ent) -> bool:
    """A name between an article and the common noun it modifies ("the *Westby* crowd", "a *Harlow*
    shirt"): a thing named after someone or somewhere, no mention of a person (the parser may even
    read the noun as the name's verb: "the Westby crowd for sticking by them"); a person noun keeps
    its person ("a Reed aide")."""
    if ent.start == 0 or ent.end >= len(doc) or doc[ent.start - 1].lower_ not in ("the", "a", "an"):
        return False
    after = doc[ent.end]
    return after.is_alpha and after.text.islower() and after.pos_ in ("NOUN", "VERB", "ADJ") and \
        after.tag_ not in ("VBD", "VBZ", "MD") and after.lemma_.lower() not in \
        lex.PERSON_ROLES | lex.PERSON_NOUNS | lex.HUMAN_NOUNS | lex.ROLE_JOBS | lex.KIN_HEADS | SOURCE_NOUNS


def _person_names_body(t: "Token", label: str) -> bool:
    """A person's name modifying a body that acts ("the *Reed* campaign said", "the Reed team"):
    the subject is the body, so a later "he" does not stand for Reed."""
    head = t.head.lemma_.lower()
    return t.dep_ == "compound" and label == "PERSON" and t.head.pos_ == "NOUN" and (
        head in lex.ORG_ROLES or head in lex.ORG_HEADS) and head not in lex.PERSON_ROLES


def _ends_role_subject(doc, ent) -> bool:
    """A name that closes a role's subject phrase right before its verb ("Shadow spokesman for
    sport Tom Reed said", "Spokesman for the council Tom Reed said"): the person is the subject,
    though the parser hangs the name off the role's "for" phrase."""
    t = ent.root
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass"):
            nxt = ent.end
            while nxt < len(doc) and doc[nxt].text == ",":
                nxt += 1
            return t.i < ent.start and t.lemma_.lower() in lex.PERSON_ROLES and nxt == t.head.i
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return False


def _opens_sentence(t: "Token") -> bool:
    """A name that opens its sentence and is followed by a verb-like word is its subject, whatever
    the parse says ("Reed bristles at ..." parsed as one noun phrase)."""
    end = t.i
    while end + 1 < len(t.doc) and t.doc[end + 1].pos_ == "PROPN":
        end += 1
    nxt = t.doc[end + 1] if end + 1 < len(t.doc) else None
    if t.i == t.sent.start and nxt is not None and nxt.text == "," and t.doc[end].dep_ == "ROOT" and \
            any(x.pos_ in ("VERB", "AUX") for x in t.sent):
        return True  # "Reed, when asked about it, often steam-rolls …" parsed with the name as its root
    return t.i == t.sent.start and nxt is not None and nxt.pos_ in ("VERB", "AUX", "NOUN") and \
        nxt.tag_ in ("VBZ", "VBD", "VBP", "MD", "NNS")


def _other_subject(b: Block, sent, ents) -> bool:
    """Sentence ``sent`` may speak of someone besides the person of entities ``ents``: its main verb
    has another subject that may be a person (a name the tagger left untagged or typed otherwise, a
    noun for a person or people; not a title in quotation marks), or a "he"/"she" subject comes
    before the name ("He took a job, and Westby became his home": his own)."""
    for c in sent.root.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or b.inq[c.i] or any(
                e.start <= c.i < e.end or e.root.head.i == c.i and e.root.dep_ in ("appos", "compound", "flat")
                for e in ents):
            continue  # the name itself, or its role ("star Ann Lee")
        lemma = c.lemma_.lower()
        if c.pos_ == "PROPN" or c.pos_ == "NOUN" and (
                lemma in lex.PERSON_ROLES or lemma in lex.PERSON_NOUNS or lemma in lex.HUMAN_NOUNS
                or c.lower_ in lex.GROUP_HEADS or lemma in lex.FEMALE_WORDS or lemma in lex.MALE_WORDS):
            return True
    return any(pronoun_gender(t.lower_) and t.dep_ in ("nsubj", "nsubjpass") and not b.inq[t.i]
               for t in sent if t.i < ents[0].start)


def _reported_clause(t: "Token") -> bool:
    """``t`` is the subject of a clause inside another ("Lee said that *Ann* is recovering"), unless
    its own verb is one of speaking ("…, as Ann said that …" still has Ann speak)."""
    v = t.head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    if v.lemma_.lower() in lex.CORE_SPEECH_VERBS and not any(c.tag_ == "TO" for c in v.children):
        return False  # (not "time for *Ann* to say sorry": words wanted of her, none she speaks)
    if v.dep_ == "relcl" and v.lemma_.lower() in lex.SPEECH_VERBS and _writers_clause(v.head):
        return False  # "That was a rate of progress *Lee* described as “painful”": she speaks, no one reports her
    if v.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet", "whereas") and c.i < v.i
                                for c in v.head.children):
        return False  # "Lee said he was fed up, but *Reed* rejected it": the writer's own clause
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ == "advcl" and v.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("mark", "advmod") and c.i < v.i for c in v.children):
        # a finite clause the parser hangs, with no subordinator, off a photo caption glued before
        # it ("Lee was pictured at the ground Reed spoke to him …"): the writer's own sentence
        return False
    # a clause reported by another ("said that …", "believes …"), not one of time or manner beside
    # it ("Reed held a rally while *Lee* hosted a dinner, during which she …"), unless that clause
    # stands inside a reported one ("Lee said voters see Ann as the future while *Reed* is the past")
    if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "when", "as", "after", "before", "since",
                                                                   "until") for c in v.children):
        h = v.head
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        return h.pos_ in ("VERB", "AUX") and h.dep_ in ("ccomp", "acl", "relcl")
    return v.dep_ != "ROOT"


def _writers_clause(n: "Token") -> bool:
    """Noun ``n`` belongs to the sentence's main clause, whose subject names no person (no name, no
    "he" or "she"): a clause about ``n`` is the writer's, not one a speaker reports."""
    w = n
    while w.pos_ not in ("VERB", "AUX") and w.head.i != w.i:
        w = w.head
    return w.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_ or pronoun_gender(c.lower_))
        for c in w.children)


def _clause_break(b: Block, k: int) -> bool:
    """Token ``k`` ends what a later reporting verb can report: a full stop (in quotes or not), a colon
    outside quotes, or the first word of a quote that opens with a capital (words said whole, not a
    phrase quoted inside the writer's clause)."""
    t = b.doc[k]
    if t.text in END_STOPS:
        return True
    if not b.inq[k]:
        return t.text == ":"
    return t.is_alpha and t.text[:1].isupper() and k > 0 and b.inq[k - 1] and b.doc[k - 1].text in OPEN_MARKS


#: Opening quotation marks as the tokenizer leaves them.
OPEN_MARKS = frozenset(("“", '"', "‘", "'", "``", "«"))


def _person_reports(t: "Token | None") -> bool:
    """The clause whose subject is ``t`` is reported by a person: a verb above it has a "he"/"she"
    or a person's name as subject ("He believes *Acme* failed"), not a group ("Delegates asked how
    *Reed* could …")."""
    if t is None:
        return False
    v = t.head
    for _ in range(8):
        if v.head.i == v.i:
            return False
        v = v.head
        near = [*v.children, *(g for c in v.children if c.dep_ in ("aux", "auxpass") for g in c.children)]
        if v.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and
                                             (c.lower_ in PERSON_PRONOUNS or c.ent_type_ == "PERSON") for c in near):
            return True  # ("He is convinced Acme …": the parser may hang "He" on the auxiliary)
    return False


def _nested_speaker(b: Block, t: "Token") -> bool:
    """Speaker ``t`` speaks in a clause inside another: a relative clause ("Lee visited Reed, *who*
    told him …") or a clause that a named or pronoun subject's verb of saying reports ("Lee said
    *Reed* told her …")."""
    v = t.head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    if v.dep_ == "relcl":
        return True
    if v.dep_ != "ccomp" or v.head.i == v.i or v.head.lemma_.lower() not in SAYING_VERBS or v.head.i > v.i:
        return False
    return any(c.dep_ == "nsubj" and not b.inq[c.i] and c.i < v.head.i for c in v.head.children)


#: Words that open an aside between a subject and its verb ("Lee, who …,", "Lee, when asked …,").
ASIDE_OPENERS = frozenset("who when while if after before though although".split())


def _before_relative(t: "Token") -> bool:
    """``t`` is "X, who …," or "X, when asked …," followed by a verb: X is that verb's subject,
    whatever the parse says ("After the crash, Clara, who had left university, was dropped by her
    sponsors"; "Reed, when asked about it, often talks on")."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].text != "," or doc[t.i + 2].lower_ not in ASIDE_OPENERS:
        return False
    if doc[t.i + 2].lower_ == "who":
        end = doc[t.i + 2].head.right_edge.i
    else:  # the aside runs to the next comma
        end = next((x.i - 1 for x in doc[t.i + 3:min(len(doc), t.i + 30)] if x.text == ","), len(doc))
    k = end + 2
    while k < len(doc) and doc[k].pos_ == "ADV":  # "…, often steam-rolls"
        k += 1
    return k < len(doc) and doc[end + 1].text == "," and doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD")
