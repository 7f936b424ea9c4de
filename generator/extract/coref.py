"""Who an article's mentions refer to: one resolver for every stage.

:class:`Coreference` holds the article's person and organisation mentions outside quotes (its
named entities, with a known person's surname mis-tagged as an organisation put right, and
organisations named by description in subject position, "the panel said"), and answers:

* :meth:`~Coreference.resolve`: who the mention headed by a token is: a name becomes the full
  name the article uses ("Mr Kovalenko" -> "Petro Kovalenko"), a relative "who" its antecedent,
  "he"/"she" the most recent person of that gender (subjects first), "it"/"they" the most recent
  organisation in subject position, "the spokeswoman" the most recent woman, "the Pew report"
  the body named in it;
* :meth:`~Coreference.antecedent`: that most recent compatible mention before an offset, which
  the quote stage and the question stage both use to put a name on a pronoun;
* :meth:`~Coreference.person_name` / :meth:`~Coreference.org_name`: a name as the article's
  referent (:attr:`Analysis.referents`) writes it.

Quotes add each named speaker as a mention as they attribute (:meth:`~Coreference.note_speaker`),
so a later "he said" can find the man who spoke last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lexicon as lex
from .analysis import Block, PersonIndex, clean_name

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Actor

PRONOUNS = frozenset("he she him her they them i we you it".split())
PERSON_PRONOUNS = frozenset("he she him her i".split())
RELATIVE = frozenset("who whom which that".split())
NAME_LABELS = ("PERSON",)
ORG_LABELS = ("ORG", "NORP", "GPE")
#: Nouns that can stand for the source of words without being a person or organisation role.
SOURCE_NOUNS = frozenset(("source", "official", "people", "critic", "supporter", "voter", "resident",
                          "protester", "member", "expert", "observer", "witness", "staff", "aide"))


@dataclass
class Mention:
    """A person or organisation mention outside quotes, for resolving pronouns and descriptions."""

    pos: int  # article offset
    name: str
    label: str
    subject: bool
    para: int
    description: bool = False


class Coreference:
    """The article's mentions and who each refers to (see the module docstring)."""

    def __init__(self, blocks: list[Block], names: PersonIndex, actors: "list[Actor]"):
        self.blocks = blocks
        self.index = names
        self.actors = actors
        self.mentions: list[Mention] = []
        self._collect()

    def note_speaker(self, pos: int, name: str, para: int) -> None:
        """A speaker the quote stage named, as a subject mention for later pronouns."""
        self.mentions.append(Mention(pos, name, "PERSON", True, para))

    def _collect(self) -> None:
        """Mentions outside quotes to resolve pronouns and descriptions against (the names index is the analysis')."""
        self.surnames = {full.split()[-1].lower() for _, full in self.index.full}
        for b in self.blocks:
            for ent in b.ents:
                if b.inq[ent.start] or ent.label_ not in NAME_LABELS + ORG_LABELS:
                    continue
                name, label = ent.text, self.label_of(b, ent)
                if label == "PERSON" and ent.label_ != "PERSON" and ent.start and b.doc[ent.start - 1].pos_ == "PROPN":
                    name = b.doc[ent.start - 1].text + " " + name  # "Irene" + ORG "Harlow"
                root = ent.root
                subject = root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ in ("compound", "appos") and
                                                                 root.head.dep_ in ("nsubj", "nsubjpass"))
                self.mentions.append(Mention(b.offset + ent.start_char, name, label, subject, b.para))
            # organisations named by description in subject position ("the panel said"), for "it"
            for t in b.doc:
                if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.lemma_.lower() in lex.ORG_ROLES and not b.inq[t.i] \
                        and b.ent_of[t.i] < 0 and t.tag_ == "NN":
                    i, j = self.mention_span(b, t)
                    self.mentions.append(Mention(b.offset + b.doc[i].idx, b.doc[i:j].text, "ORG", True, b.para, True))
        self.mentions.sort(key=lambda r: r.pos)

    def label_of(self, b: Block, ent) -> str:
        """The entity label, with a known person's surname mis-tagged as an organisation put right."""
        if ent.label_ != "PERSON" and len(ent) == 1 and ent.text.lower().rstrip("’'s") in self.surnames:
            return "PERSON"
        return ent.label_

    def mention_span(self, b: Block, t: "Token") -> tuple[int, int]:
        """Token range [i, j) of the mention headed by ``t``: its entity, else its noun phrase."""
        doc = b.doc
        if b.ent_of[t.i] >= 0:
            ent = b.ents[b.ent_of[t.i]]
            return ent.start, ent.end
        i = t.i
        for c in t.lefts:
            if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "advmod", "quantmod") and not b.inq[c.i]:
                i = min(i, c.left_edge.i)
                break
        j = t.i + 1
        for c in t.rights:
            if c.dep_ in ("prep", "compound", "flat", "nmod") and not b.inq[c.i]:
                if any(x.is_punct or b.inq[x.i] for x in doc[t.i + 1:c.right_edge.i + 1]):
                    break
                j = c.right_edge.i + 1
            else:
                break
        while i < t.i and (doc[i].is_punct or b.inq[i]):
            i += 1
        return i, min(j, i + 14)

    def resolve(self, b: Block, t: "Token") -> tuple[str | None, int, int]:
        """(speaker name, article start, article end) for the mention headed by token ``t``."""
        doc = b.doc
        if t.lower_ in RELATIVE and t.dep_ in ("nsubj", "nsubjpass"):
            ante = self.relative_antecedent(b, t)
            if ante is not None:
                name = self.resolve(b, ante)[0]
                return name, b.offset + t.idx, b.offset + t.idx + len(t.text)
        if b.ent_of[t.i] < 0 and t.pos_ == "NOUN":
            # "Her granddaughter, Lena, said" / "said Spanish teenager Ferrer": the name next to the role
            named = next((c for c in t.children if c.dep_ in ("appos", "flat", "compound") and
                          (c.pos_ == "PROPN" or b.ent_of[c.i] >= 0) and not b.inq[c.i] and c.i > t.i), None)
            if named is None and t.i + 1 < len(doc) and b.ent_of[t.i + 1] >= 0 and \
                    b.ents[b.ent_of[t.i + 1]].label_ == "PERSON" and not b.inq[t.i + 1]:
                named = doc[t.i + 1]
            if named is not None:
                t = named
        i, j = self.mention_span(b, t)
        span = doc[i:j]
        start, end = b.offset + span.start_char, b.offset + span.end_char
        low = t.text.lower()
        ent = b.ents[b.ent_of[t.i]] if b.ent_of[t.i] >= 0 else None
        if ent is not None and self.label_of(b, ent) == "PERSON" or (ent is None and t.pos_ == "PROPN" and t.text[:1].isupper()
                                                          and low not in PRONOUNS):
            name = ent.text if ent is not None else span.text
            return self.person_name(name, start, end), start, end
        if ent is not None and ent.label_ in ORG_LABELS:
            return self.org_name(ent.text, start, end), start, end
        if t.pos_ == "PRON" or low in PRONOUNS:
            if low in PERSON_PRONOUNS:
                gender = "m" if low in ("he", "him") else "f" if low in ("she", "her") else None
                name = self.antecedent(start, b.para, ("PERSON",), gender=gender) if low not in ("i",) else None
            elif low in ("they", "them", "it"):
                name = self.antecedent(start, b.para, ORG_LABELS, subject_only=True)
            else:
                name = None
            return name, start, end
        head = t.lemma_.lower()
        first = span[0].text.lower() if len(span) else ""
        inner = [b.ents[b.ent_of[k]] for k in range(i, j) if b.ent_of[k] >= 0]
        if head in lex.PERSON_ROLES or head in lex.FEMALE_WORDS or head in lex.MALE_WORDS:
            if first in ("the", "this", "that") or (first not in ("a", "an", "one", "another", "my", "our", "your")
                                                    and any(x.dep_ == "poss" for x in t.lefts)):
                gender = "f" if head in lex.FEMALE_WORDS else "m" if head in lex.MALE_WORDS else None
                name = self.antecedent(start, b.para, ("PERSON",), gender=gender)
                if name:
                    return name, start, end
        elif head in lex.ORG_ROLES or head in lex.DOC_NOUNS:
            orgs = [e for e in inner if e.label_ in ORG_LABELS and self.label_of(b, e) != "PERSON"]
            people = [e for e in inner if self.label_of(b, e) == "PERSON"]
            if orgs:  # "the Pew report", "a document on the Harlow campaign's website"
                return self.org_name(orgs[0].text, start, end), start, end
            if people and head in lex.DOC_NOUNS:  # "a statement from Smith's office"
                return self.person_name(people[0].text, start, end), start, end
            if first in ("the", "this", "its") and head in lex.MEDIA_ROLES:  # "the influential US daily"
                name = self.antecedent(start, b.para, ("ORG",), entities_only=True)
                if name:
                    return name, start, end
        text = span.text.strip()
        # a description that names no one we know ("a spokesman for Smith", "my father"): keep it
        return (text or None), start, end

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

    def org_name(self, name: str, start: int, end: int) -> str:
        for actor in self.actors:
            if actor.type != "person" and any(m.start < end and start < m.end for m in actor.spans):
                return actor.name
        return re.sub(r"^(the|The)\s+", "", re.sub(r"['’]s$", "", name))

    def antecedent(self, pos: int, para: int, labels: tuple[str, ...], subject_only: bool = False,
                gender: str | None = None, entities_only: bool = False) -> str | None:
        """The most recent mention before ``pos`` with a label in ``labels``: subjects first."""
        best_subject = best_any = None
        for r in self.mentions:
            if r.pos >= pos or r.label not in labels or (entities_only and r.description):
                continue
            if gender is not None and r.label == "PERSON":
                g = self.index.gender(self.index.canonical(r.name, r.pos))
                if g is not None and g != gender:
                    continue
            if r.subject and (best_subject is None or r.pos > best_subject.pos):
                best_subject = r
            if best_any is None or r.pos > best_any.pos:
                best_any = r
        chosen = best_subject
        if chosen is None or (best_any is not None and best_any.para > chosen.para + 1 and not subject_only):
            chosen = best_any if not subject_only else chosen
        if chosen is None:
            return None
        if chosen.label == "PERSON":
            return self.index.canonical(chosen.name, chosen.pos + 1)
        return self.org_name(chosen.name, chosen.pos, chosen.pos + len(chosen.name))

    def relative_antecedent(self, b: Block, c: "Token") -> "Token | None":
        """The person or body a relative "who"/"which" subject stands for."""
        v = c.head
        if v.dep_ == "relcl" and v.head.i != v.i and self.agent_like(b, v.head) and \
                v.head.ent_type_ not in ("DATE", "TIME") and v.head.lower_ not in RELATIVE:
            return v.head
        if c.lower_ == "who":
            near = [x for x in b.doc[max(0, c.i - 5):c.i] if not b.inq[x.i] and x.ent_type_ not in ("DATE", "TIME")
                    and (x.pos_ == "PROPN" or b.ent_of[x.i] >= 0 and b.ents[b.ent_of[x.i]].label_ == "PERSON")]
            if near:
                return near[-1]
        return None

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
