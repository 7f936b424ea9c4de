"""Small English morphology for the question generator: verb inflection and agreement.

spaCy gives lemmas; questions need a few surface forms on top: the 3rd person singular present
("says"), ``be``/``have``/``do`` agreeing with a new subject, and a past tense for ``did``-less
phrasing. Irregulars cover the verbs that actually turn up in news reporting.
"""

from __future__ import annotations

import re

_IRREGULAR_PAST = {
    "be": "was", "have": "had", "do": "did", "say": "said", "go": "went", "make": "made",
    "take": "took", "come": "came", "see": "saw", "know": "knew", "get": "got", "give": "gave",
    "find": "found", "think": "thought", "tell": "told", "become": "became", "show": "showed",
    "leave": "left", "feel": "felt", "bring": "brought", "begin": "began", "keep": "kept",
    "hold": "held", "write": "wrote", "stand": "stood", "hear": "heard", "let": "let",
    "mean": "meant", "set": "set", "meet": "met", "run": "ran", "pay": "paid", "sit": "sat",
    "speak": "spoke", "lead": "led", "grow": "grew", "lose": "lost", "fall": "fell",
    "send": "sent", "build": "built", "understand": "understood", "win": "won", "buy": "bought",
    "put": "put", "cut": "cut", "hit": "hit", "seek": "sought", "sell": "sold", "rise": "rose",
    "drive": "drove", "break": "broke", "choose": "chose", "fight": "fought", "spend": "spent",
}


def possessive(name: str) -> str:
    """``Ann Lee`` -> ``Ann Lee's``, ``Rovers`` -> ``Rovers'``."""
    return name + ("'" if name.endswith("s") else "'s")


def indefinite(word: str) -> str:
    """The indefinite article ``word`` takes by its first letter: ``"an"`` before a vowel, else ``"a"``."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def third_person(lemma: str) -> str:
    """``say`` -> ``says``, ``try`` -> ``tries``, ``be`` -> ``is``."""
    special = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if lemma in special:
        return special[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def past(lemma: str) -> str:
    """``warn`` -> ``warned``, ``try`` -> ``tried``, irregulars from a table."""
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


_IRREGULAR_PARTICIPLE = {
    "take": "taken", "give": "given", "see": "seen", "know": "known", "get": "got", "write": "written",
    "break": "broken", "choose": "chosen", "drive": "driven", "speak": "spoken", "show": "shown",
    "grow": "grown", "begin": "begun", "do": "done", "go": "gone", "eat": "eaten", "forget": "forgotten",
    "hide": "hidden", "rise": "risen", "fall": "fallen", "shake": "shaken", "steal": "stolen",
}


def participle(lemma: str) -> str | None:
    """``prevent`` -> ``prevented``, ``take`` -> ``taken``; None where a guess could be wrong
    (a short verb whose last consonant may double: ``stop``, ``ban``)."""
    if lemma in _IRREGULAR_PARTICIPLE:
        return _IRREGULAR_PARTICIPLE[lemma]
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprtv]$", lemma) and len(lemma) <= 5:
        return None
    return past(lemma)


_AGREE = {
    # (form, plural) -> form
    ("is", True): "are", ("are", False): "is", ("was", True): "were", ("were", False): "was",
    ("has", True): "have", ("have", False): "has", ("does", True): "do", ("do", False): "does",
    ("am", True): "are", ("am", False): "is",
}


def agree(form: str, plural: bool) -> str:
    """Make a ``be``/``have``/``do`` form agree with a subject's number (others pass through)."""
    low = form.lower()
    out = _AGREE.get((low, plural), low)
    return out


def capital(word: str) -> str:
    return word[:1].upper() + word[1:]
