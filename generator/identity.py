"""Who is who: one notion of an actor's identity, inside an article and across briefings.

Extraction uses it to merge an article's mentions of one referent (:func:`same_referent`); the
site uses it to give every real-world actor one page across all briefings (:class:`Actors`).
It reads only the data model and the lexicon, never an extractor.

* :func:`identity_key`: a canonical key: the gazetteer's canonical name (any name, abbreviation
  or capital used as the government: "U.S.", "the US", "Washington" -> ``place:united-states``),
  else the type and the name words without honorifics, titles, case, accents and punctuation.
* :func:`same_referent`: whether two actors are one referent (shared key or alias, acronyms,
  a person's shorter name ending the longer, first names agreeing).
* :func:`join_keys` and :class:`Actors`: across briefings, actors sharing a key are one; a bare
  surname joins the single full name ending with it, and nobody when there are several;
  descriptions ("a spokeswoman") have no identity across briefings.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from . import lexicon as lex
from .ids import actor_id
from .model import Actor, Briefing

def fold(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def name_words(name: str) -> list[str]:
    """Lower-case name words without honorifics, titles, "the" or possessives."""
    s = fold(name).lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"(?<=[a-z])'(?=[a-z])", "", s)  # "O'Brien" is one word
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w]
    while words and (words[0] in lex.HONORIFICS or words[0] in lex.TITLE_WORDS or words[0] == "the") and len(words) > 1:
        words = words[1:]
    if len(words) > 2:  # middle initials: "Daniel J. Harlow" is "Daniel Harlow"
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return words


@functools.lru_cache(maxsize=65536)  # names repeat across paragraphs and briefings
def canonical_name(name: str) -> str | None:
    hit = lex.lookup(name)
    return hit[0] if hit else None




def identity_key(actor: Actor) -> str:
    """A canonical key for ``actor`` that is the same in every briefing for the same referent.

    Countries (any name, abbreviation, or capital used as the government) and major
    organisations in the gazetteer key to ``type:canonical`` ("place:united-states" for "U.S.",
    "the US", "United States", "Washington"); other actors key to their type and name with
    honorifics, job titles, case, accents and punctuation dropped ("person:petro-kovalenko"
    for "President Petro Kovalenko"). A bare surname ("Kovalenko") keys to itself: use
    :func:`same_referent` (one article) or :class:`Actors` (across briefings) to link it to the full name.
    """
    for n in [actor.name] + list(actor.aliases):
        canon = canonical_name(n)
        if canon:
            typ = lex.GAZETTEER[lex.key(canon)][1]
            return f"{typ}:{actor_id(canon)}"
    return f"{actor.type}:{'-'.join(name_words(actor.name)) or actor_id(actor.name)}"


def honorific_gender(word: str) -> str | None:
    """The gender an honorific states, by the role-noun lexicon ("Mrs": "f", "Herr": "m"); None for
    one that states none ("Dr") or a word that is no honorific."""
    w = word.lower().rstrip(".")
    if w not in lex.HONORIFICS:
        return None
    return "m" if w in lex.MALE_WORDS else "f" if w in lex.FEMALE_WORDS else None


@functools.lru_cache(maxsize=16384)  # the name index asks for the same full names again and again
def form_gender(name: str) -> str | None:
    """The gender a person's name form states: by its honorific ("Mrs Lee": "f"), else by a given
    name of one gender before a surname ("Tom Lee": "m"); None when it states none ("Lee", "Chris Lee")."""
    words = fold(name).lower().replace(".", "").split()
    while len(words) >= 2 and (words[0] in lex.HONORIFICS or words[0] in lex.TITLE_WORDS):
        said = honorific_gender(words[0])
        if said:
            return said
        words = words[1:]  # "Dr Ann Lee": the given name says it
    if len(words) < 2:
        return None
    return "f" if words[0] in lex.FEMALE_NAMES else "m" if words[0] in lex.MALE_NAMES else None


def person_forms(actor: Actor) -> list[tuple[list[str], str | None]]:
    """Each name form of a person (name and aliases) as its words, a peer's title left out, with
    the gender the form states (:func:`form_gender`)."""
    out = []
    for n in [actor.name] + list(actor.aliases):
        w = [x for x in name_words(n) if x not in lex.PEERAGE or len(name_words(n)) == 1]
        if w:
            out.append((w, form_gender(n)))
    return out


def same_referent(a: Actor, b: Actor) -> bool:
    """True when ``a`` and ``b`` (from the same or different articles) are the same referent.

    * equal :func:`identity_key` (gazetteer canonical, or normalised full name);
    * for places and organisations: any shared name or alias after normalisation, or one name
      the acronym of the other ("IMF" ~ "International Monetary Fund");
    * for persons: the name words of one end the other's ("Kovalenko", "President Kovalenko",
      "Mr Kovalenko" ~ "Petro Kovalenko"), provided that when both give a first name the
      first names agree ("Daniel Harlow" is not "Irene Harlow") and no honorific or given name
      says the other gender ("Mrs Harlow" is not "Daniel Harlow"). Types must be compatible
      (a person never equals an organisation).
    """
    ka, kb = identity_key(a), identity_key(b)
    if ka == kb:
        return True
    if ka.split(":")[0] != kb.split(":")[0]:
        return False
    if a.type == "person":
        for fa, ga in person_forms(a):
            for fb, gb in person_forms(b):
                short, long_ = sorted((fa, fb), key=len)
                if long_[-len(short):] == short and not (ga and gb and ga != gb):
                    return True
        return False
    na = {" ".join(name_words(n)) for n in [a.name] + list(a.aliases)}
    nb = {" ".join(name_words(n)) for n in [b.name] + list(b.aliases)}
    if na & nb:
        return True
    for x in na:
        for y in nb:
            if is_acronym(x.replace(" ", "").upper(), y) or is_acronym(y.replace(" ", "").upper(), x):
                return True
    return False


#: Small words an acronym leaves out ("Department of Trade and Industry": DTI).
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "on"})


def initials(words: Iterable[str], skip: Iterable[str] = ACRONYM_SKIP) -> str:
    """The first letters of ``words`` in capitals, the small words ``skip`` left out."""
    return "".join(w[0] for w in words if w.lower() not in skip).upper()


def is_acronym(acr: str, name: str) -> bool:
    """Is ``acr`` the acronym of ``name``: its initials in capitals ("IMF"; "A&W" for "Avon &
    Westby", the "&" as in the name), or an acronym as some house styles write it
    (:func:`_written_acronym`: "Nato", "DfT")?"""
    acr = acr.replace(".", "")
    if "&" in acr[1:-1] and acr.replace("&", "").isupper():
        acr = acr.replace("&", "")
    if not (2 <= len(acr) <= 6) or not acr.isalpha():
        return False
    if not acr.isupper():
        return _written_acronym(acr, name)
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ACRONYM_SKIP]
    if len(words) < 2:
        return False
    first = initials(words)
    # a word that is itself an abbreviation gives all its letters ("NR Rowing" -> "NRR")
    spelt = "".join(w if w.isupper() and w.isalpha() and len(w) <= 3 else w[0] for w in words).upper()
    return first == acr or spelt == acr or \
        (first[:-1] == acr and words[-1].lower() in ("group", "organisation", "organization"))


#: The small words a mixed-case acronym writes in lower case ("DfT": Department for Transport).
_SMALL_LETTER_WORDS = frozenset({"of", "for", "on"})


def _written_acronym(acr: str, name: str) -> bool:
    """An acronym written as a word, with one capital ("Nato" for North Atlantic Treaty
    Organisation: four letters or more, one a word of the name, hyphenated parts counted), or
    with capitals for the main words and small letters for "of", "for", "on" ("DfES" for
    Department for Education and Skills, "DoH" for Department of Health)."""
    if not acr[0].isupper():
        return False
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    main = [w for w in words if w.lower() not in ACRONYM_SKIP]
    if acr[1:].islower():
        return len(acr) >= 4 and len(main) == len(acr) and initials(main) == acr.upper()
    kept = [w for w in words if w.lower() not in ACRONYM_SKIP or w.lower() in _SMALL_LETTER_WORDS]
    if len(kept) != len(acr) or len(main) < 2:
        return False
    return all(w[0].lower() == a.lower() and (a.islower() == (w.lower() in _SMALL_LETTER_WORDS))
               for w, a in zip(kept, acr))




_POSSESSIVE = re.compile(r"'s\b")
_PUNCT = re.compile(r"[^\w\s]")
_TITLE = re.compile(r"^(the|mr|mrs|ms|dr|president|prime minister|sen|senator|rep|gov|governor)\s+")


@functools.lru_cache(maxsize=65536)
def local_key(name: str) -> str:
    """A name as a lookup key inside one briefing: case, possessive, punctuation and a leading
    title dropped."""
    s = _PUNCT.sub("", _POSSESSIVE.sub("", name.lower().replace("’", "'")))
    return " ".join(_TITLE.sub("", s.strip()).split())


_COMMON_WORD = re.compile(r"^(?:[a-z]+(?:[-'’][a-z]+)*|\d+)$")  # not "iPods", "al-Gosaibi", "6-2"
_DESCRIPTIVE_START = {"a", "an", "another", "one", "some", "his", "her", "their", "its", "this", "that", "these",
                      "those", "our", "my", "several", "two", "three"}


@functools.lru_cache(maxsize=65536)
def descriptive(name: str) -> bool:
    """True for a description rather than a name ("a BBC spokeswoman", "the courts minister",
    "officials", "Experts" and "Oil industry analysts" capitalised only as a sentence's first word): it names no
    one in particular, so it gets no actor page across briefings."""
    words = name.split()
    if not words or not name[0].isupper() and not name[0].isdigit() or not any(ch.isalpha() for ch in name):
        return True  # lower case ("officials"), or no letters at all ("92%")
    first = words[0].lower()
    if first in _DESCRIPTIVE_START:
        return True
    if len(words) == 1 and first in lex.GROUP_HEADS and first.endswith("s") and first[:-1] in lex.HUMAN_NOUNS:
        return True  # "Experts", "Students": a common noun capitalised as a sentence's first word
    if len(words) >= 2 and all(_COMMON_WORD.match(w) for w in words[1:]) and \
            any(not w.isdigit() for w in words[1:]):
        return True  # a capital only because it starts a sentence: "Oil industry analysts", "About 500 officials"
    return first == "the" and (len(words) == 1 or not words[1][:1].isupper())


def join_keys(a: Actor) -> list[str]:
    """The keys that identify ``a`` across briefings: its canonical name (gazetteer or name words
    without titles), plus aliases that name the same referent on their own: a full name that ends
    like the actor's name or extends it, and an organisation's or place's acronym. A bare surname,
    first name or description ("Williams", "the company") is not a key: it would join strangers."""
    key = identity_key(a).split(":", 1)[1]
    keys = [key]
    own = name_words(a.name)
    for alias in a.aliases:
        if descriptive(alias):
            continue
        canon = canonical_name(alias)
        if canon:
            keys.append(actor_id(canon))
            continue
        words = name_words(alias)
        if len(words) >= 2 and (a.type != "person" or words[-len(own):] == own or own[-len(words):] == words):
            keys.append("-".join(words))
        elif a.type != "person" and alias.isupper() and 2 <= len(alias) <= 6:
            keys.append("-".join(words))
    return list(dict.fromkeys(k for k in keys if k))


@dataclass
class GlobalActor:
    id: str
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    appearances: list[tuple[Briefing, Actor | None]] = field(default_factory=list)


class Actors:
    """One identity per real-world actor across briefings.

    Inside a briefing, every name and alias of an actor leads to it. Across briefings, actors
    sharing a :func:`join_keys` key are one; a person named by one word only ("Kovalenko") joins
    the single full name ending with it ("Petro Kovalenko"), and nobody when there are several
    ("Williams"). Descriptions ("a spokeswoman") are not actors across briefings: no page.
    """

    def __init__(self, briefings: Iterable[Briefing]):
        self._parent: dict[str, str] = {}
        self._local: dict[tuple[int, str], str] = {}  # (briefing, name inside it) -> key
        self._looked_up: dict[tuple[int, str | None], GlobalActor | None] = {}
        items: list[tuple[Briefing, Actor, str]] = []
        for b in briefings:
            extra = [Actor(name=q.speaker, type="person") for q in b.quotes if q.speaker]
            extra += [Actor(name=r.speaker, type="person") for r in b.reported if r.speaker]
            for a in [*b.actors, *extra]:
                if descriptive(a.name) or (id(b), local_key(a.name)) in self._local:
                    continue
                keys = join_keys(a)
                if not keys:
                    continue
                for k in keys:
                    self._parent.setdefault(k, k)
                    self._union(keys[0], k)
                for n in [a.name, *a.aliases]:
                    self._local.setdefault((id(b), local_key(n)), keys[0])
                items.append((b, a, keys[0]))
        # One-word person names join the single full name that ends with them.
        person = {k for _b, a, k in items if a.type == "person"}
        by_last: dict[str, set[str]] = defaultdict(set)
        for k in person:
            if "-" in k:
                by_last[k.rsplit("-", 1)[1]].add(k)
        for k in sorted(person):
            if "-" not in k and k not in lex.HONORIFICS and k not in lex.TITLE_WORDS:
                roots = {self._find(f) for f in by_last.get(k, ())}
                if len(roots) == 1:
                    self._union(roots.pop(), k)
        self.by_key: dict[str, GlobalActor] = {}
        groups: dict[str, list[tuple[Briefing, Actor]]] = defaultdict(list)
        for b, a, k in items:
            groups[self._find(k)].append((b, a))
        used_ids: set[str] = set()
        for root in sorted(groups):
            members = groups[root]
            uses = Counter(a.name for _b, a in members)
            # The name most briefings use (a person's full name before a bare surname).
            best = max((a for _b, a in members), key=lambda a: (
                bool(canonical_name(a.name)), len(a.name.split()) > 1, uses[a.name], len(a.name.split()), a.name))
            ident = best.id or actor_id(canonical_name(best.name) or best.name) or "actor"
            if ident in used_ids:
                n = 2
                while f"{ident}-{n}" in used_ids:
                    n += 1
                ident = f"{ident}-{n}"
            used_ids.add(ident)
            votes = Counter(m[1].type for m in members)
            kind = max(sorted(votes), key=lambda t: votes[t])  # the most common type, ties by name
            g = GlobalActor(id=ident, name=best.name, type=kind)
            for b, a in members:
                if a.role and a.role not in g.roles:
                    g.roles.append(a.role)
                g.aliases.update(x for x in [a.name, *a.aliases] if not descriptive(x))
                if not any(x is b for x, _ in g.appearances):
                    g.appearances.append((b, a if a in b.actors else None))
            self.by_key[root] = g

    def _find(self, n: str) -> str:
        while self._parent[n] != n:
            self._parent[n] = self._parent[self._parent[n]]
            n = self._parent[n]
        return n

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def lookup(self, name: str | None, b: Briefing | None = None) -> GlobalActor | None:
        """The actor ``name`` refers to in briefing ``b`` (or anywhere, without ``b``)."""
        slot = (id(b), name)
        if slot not in self._looked_up:
            self._looked_up[slot] = self._lookup(name, b)
        return self._looked_up[slot]

    def _lookup(self, name: str | None, b: Briefing | None) -> GlobalActor | None:
        if not name or descriptive(name):
            return None
        key = self._local.get((id(b), local_key(name))) if b is not None else None
        if key is None:
            words = "-".join(name_words(name))
            canon = canonical_name(name)
            key = next((k for k in (actor_id(canon) if canon else None, words) if k and k in self._parent), None)
        return self.by_key.get(self._find(key)) if key else None

    def all(self) -> list[GlobalActor]:
        return sorted(self.by_key.values(), key=lambda g: (g.name.lower(), g.id))
