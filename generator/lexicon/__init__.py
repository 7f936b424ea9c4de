"""General knowledge as data: the word lists and gazetteer every stage shares, loaded once.

Each kind of knowledge is one file beside this module, headed by what it is, where it comes
from and its licence: ``speech_verbs.tsv``, ``speech_nouns.tsv``, ``titles.tsv``,
``role_nouns.tsv``, ``name_words.tsv``, ``given_names.tsv``,
``calendar.tsv``, ``countries.psv`` and ``organisations.psv``. A ``.tsv`` line is ``entry<TAB>tags``; a tag names
one list the entry belongs to (the header explains each tag), so a word's lists are read in one
place. The constants below are those lists, named for what the code asks of them.

Nothing here is keyed to particular articles: an entry is general knowledge, never one that a
single evaluation article needed.
"""

from __future__ import annotations

import functools
import re
from importlib import resources


@functools.lru_cache(maxsize=None)
def _table(name: str) -> dict[str, tuple[str, ...]]:
    """``entry -> tags`` of ``<name>.tsv``."""
    out: dict[str, tuple[str, ...]] = {}
    text = resources.files(__name__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        entry, _, tags = line.partition("\t")
        out[entry] = tuple(tags.split())
    return out


def words(name: str, tag: str) -> frozenset[str]:
    """The entries of ``<name>.tsv`` tagged ``tag``."""
    found = frozenset(e for e, tags in _table(name).items() if tag in tags)
    if not found:
        raise KeyError(f"lexicon {name}.tsv has no entry tagged {tag!r}")
    return found


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.split("|") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# --- calendar ---------------------------------------------------------------------------------
#: The days of the week, lower case: dates, never names ("on Monday").
WEEKDAYS = words("calendar", "weekday")
#: The months, lower case ("on 12 March", "in May").
MONTHS = words("calendar", "month")


# --- speech -----------------------------------------------------------------------------------
#: Verbs that introduce speech or writing (lemmas): a quote's cue.
SPEECH_VERBS = words("speech_verbs", "cue")
#: Core speech verbs, trusted even when the tagger does not call them verbs ("says" in headlines).
CORE_SPEECH_VERBS = words("speech_verbs", "core")
#: Verbs whose subject is a source (an actor's salience).
SOURCE_VERBS = words("speech_verbs", "source")
#: Report verbs a question moves to its end ("as X says").
REPORT_VERBS = words("speech_verbs", "report")
#: Plain report verbs a question drops with their subject.
SAYS_VERBS = words("speech_verbs", "says")
#: Inflected cue forms found glued to a closing mark.
GLUED_CUES = words("speech_verbs", "glued")
#: Verbs of asking: the one asked answers the quote that follows.
ASKING_VERBS = words("speech_verbs", "asks")
#: Nouns whose possessor or agent is a speaker ("Harlow's claim that ...").
SPEECH_NOUNS = words("speech_nouns", "speech")
#: Outlets and occasions of speech: a name after them is addressed ("in an interview with X").
SPEECH_VENUES = words("speech_nouns", "venue")
#: Documents that speak for whoever they name ("a statement from the White House said").
DOC_NOUNS = words("speech_nouns", "document")
#: Documents that can be the source of a claim a question asks about.
SOURCE_DOCUMENTS = words("speech_nouns", "document-source")
#: Documents a body or person issues, whose words are the issuer's when the article names it.
ISSUED_DOCS = words("speech_nouns", "issued")
#: Pages a person or body keeps about itself: what "her page" or "Acme's website" says is the owner's.
OWN_PAGES = words("speech_nouns", "own-page")

# --- titles -----------------------------------------------------------------------------------
#: Forms of address: not part of a person's name, not a role.
HONORIFICS = words("titles", "honorific")
#: Words stripped from the front of a speaker's name.
ADDRESS_WORDS = words("titles", "address")
#: Titles that stay part of a British name ("Lord Ashcombe") but are dropped for matching.
PEERAGE = words("titles", "peerage")
#: Job titles that can stand before a name ("President Kovalenko", "Secretary of State Navarro").
TITLE_WORDS = words("titles", "job")
#: Title words that also name a body by themselves ("the Treasury").
BODY_TITLES = words("titles", "body")
#: Titles used as definite descriptions of a person ("the attorney general").
DESCRIPTION_TITLES = words("titles", "description")
#: Titles a question keeps before a name.
QUESTION_TITLES = words("titles", "prefix")
#: Modifiers of a role ("former", "acting").
ROLE_MODIFIERS = words("titles", "modifier")

# --- role nouns -------------------------------------------------------------------------------
#: Role nouns that refer back to a person ("the senator", "the candidate").
PERSON_ROLES = words("role_nouns", "person-role")
#: Role nouns for which the most recent organisation named is the referent.
MEDIA_ROLES = words("role_nouns", "media-role")
#: Role nouns that refer back to an organisation ("the influential US daily").
ORG_ROLES = words("role_nouns", "org-role")
#: Words that mark a woman / a man (pronouns, kin, titles).
FEMALE_WORDS = words("role_nouns", "female")
MALE_WORDS = words("role_nouns", "male")
#: Heads of noun phrases that name a group of people who can act ("regulators said").
GROUP_HEADS = words("role_nouns", "group")
#: Heads of definite noun phrases that name an organisation ("the government", "the panel").
ORG_HEADS = words("role_nouns", "org-head")
#: Generic company nouns: "the firm" usually means the article's main organisation.
GENERIC_ORG_HEADS = words("role_nouns", "generic-org")
#: Kin and personal nouns that, with "my/our", name a recurring person in first-person pieces.
KIN_HEADS = words("role_nouns", "kin")
#: Head nouns meaning a person (evidence for type person; roles).
HUMAN_NOUNS = words("role_nouns", "human")
#: Head nouns meaning an organisation (evidence for type organization).
ORG_NOUNS = words("role_nouns", "org-noun")
#: Jobs, posts and kinds of person a role may name that the tags above leave out ("architect", "prop"): roles only.
ROLE_JOBS = words("role_nouns", "job")
#: Kinds of organisation a role may name that org-noun leaves out ("operator", "subsidiary"): roles only.
ORG_KINDS = words("role_nouns", "org-kind")
#: Role nouns a question may put before a name.
PERSON_NOUNS = words("role_nouns", "person-noun")
#: Words for one person from a region or home nation that no country's demonym gives ("Scot", "Texan").
FROM_PLACE = words("role_nouns", "from-place")

# --- org marks --------------------------------------------------------------------------------
#: Words for a spokesperson ("spokesman", "spokeswomen", "spokespeople"): a body's voice.
SPOKESPEOPLE = words("org_marks", "spokes")

# --- names ------------------------------------------------------------------------------------
#: Last words that make a capitalised name an organisation, whatever the tagger says.
ORG_SUFFIXES = words("name_words", "org-suffix")
#: Last words that make a capitalised name a place (a setting, not an actor).
PLACE_SUFFIXES = words("name_words", "place-suffix")
#: Words that end an entity when the tagger runs a name into the next word ("Sam - after").
NAME_STOP_WORDS = words("name_words", "stop")
#: Common given names: evidence that "Joanna Penrose" is a person.
GIVEN_NAMES = words("given_names", "given")
#: Given names by gender (pronoun agreement).
FEMALE_NAMES = words("given_names", "female")
MALE_NAMES = words("given_names", "male") - FEMALE_NAMES
#: Rarer given names by gender: a known person's gender only, no evidence that a word is a name.
RARE_FEMALE_NAMES = words("given_names", "woman")
RARE_MALE_NAMES = words("given_names", "man") - RARE_FEMALE_NAMES


# --- gazetteer --------------------------------------------------------------------------------

def key(s: str) -> str:
    """Lookup key: case-folded, curly quotes straightened, dots and leading "the" dropped."""
    s = s.replace("’", "'").replace(".", "").strip()
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return re.sub(r"[\s\-]+", " ", s).lower()


#: lookup key -> (canonical name, type, how: "name" | "capital")
GAZETTEER: dict[str, tuple[str, str, str]] = {}
#: demonym key -> canonical country
DEMONYMS: dict[str, str] = {}
#: canonical -> all names (for title search and cross-article identity)
CANONICAL_NAMES: dict[str, list[str]] = {}
#: canonical country names
COUNTRIES: list[str] = []

for _canon, _alts, _caps, _dems in ((row + ["", "", ""])[:4] for row in _rows("countries.psv")):
    COUNTRIES.append(_canon)
    _names = [_canon] + [a for a in _alts.split(";") if a]
    CANONICAL_NAMES[_canon] = _names + [c for c in _caps.split(";") if c]
    for _n in _names:
        GAZETTEER.setdefault(key(_n), (_canon, "place", "name"))
    for _c in _caps.split(";"):
        if _c:
            GAZETTEER.setdefault(key(_c), (_canon, "place", "capital"))
    for _d in _dems.split(";"):
        if _d:
            DEMONYMS[key(_d)] = _canon

for _canon, _alts, _type in _rows("organisations.psv"):
    _names = [_canon] + [a for a in _alts.split(";") if a]
    CANONICAL_NAMES[_canon] = _names
    for _n in _names:
        GAZETTEER[key(_n)] = (_canon, _type, "name")


#: A football club's nickname -> the names of the clubs that go by it ("Gunners" -> ("Arsenal",)).
CLUB_NICKNAMES: dict[str, tuple[str, ...]] = {
    _nick: tuple(n for n in _clubs.split(";") if n) for _nick, _clubs in _rows("club_nicknames.psv")}


def lookup(text: str) -> tuple[str, str, str] | None:
    """``(canonical, type, how)`` for a gazetteer name, or None."""
    k = key(text)
    hit = GAZETTEER.get(k)
    if hit is None:
        return None
    bare = re.sub(r"^the\s+", "", text.replace(".", "").strip(), flags=re.I)
    if k in ("us", "who", "is", "au", "fed") and bare not in ("US", "WHO", "IS", "AU", "Fed"):
        return None
    return hit


# --- open matters -----------------------------------------------------------------------------
#: Proceedings whose outcome is still to come ("the trial continues"), by what they end in.
PROCEEDINGS = words("open_matters", "proceeding")
FINDING_PROCEEDINGS = words("open_matters", "finding")
TRIAL_PROCEEDINGS = words("open_matters", "trial")
TALKS_PROCEEDINGS = words("open_matters", "talks")
#: Verbs of a decision still to be made ("will decide whether", "will rule on").
DECIDE_VERBS = words("open_matters", "decide")
#: Words saying a proceeding goes on ("continues", "ongoing").
GOING_ON = words("open_matters", "go-on")
#: Verbs of an answer not yet given ("declined to comment", "did not respond").
NO_COMMENT = words("open_matters", "no-comment")
#: Adjectives of someone or something not yet found ("still missing").
MISSING_WORDS = words("open_matters", "missing")
#: Nouns whose value can be stated as unknown: asked in the past ("cause") or the present ("identity").
UNKNOWN_PAST_HEADS = words("open_matters", "unknown-head")
UNKNOWN_NOW_HEADS = words("open_matters", "unknown-now")
#: Verbs (lemmas) of a step scheduled for a stated time ("will be sentenced on Friday").
SCHEDULED_VERBS = words("open_matters", "scheduled")
#: Verbs that put someone under suspicion or on trial ("charged with", "accused of").
CHARGE_VERBS = words("open_matters", "crime-charge")
#: Offences (and "charge", "count") a plea or denial is about ("denies murder").
CRIMES = words("open_matters", "crime")
#: People who answer a charge for a client ("his lawyer denied arson"): the plea is the client's.
COUNSEL = words("open_matters", "counsel")
#: Scheduled steps whose content is the open matter ("will unveil its results").
REVEAL_VERBS = words("open_matters", "reveal")
#: Groups whose members are announced ("the squad will be named on Tuesday").
LINE_UPS = words("open_matters", "line-up")
#: Verbs by which a company or body forecasts its own figures, and the figures ("is projecting earnings growth of 5%").
FORECAST_VERBS = words("open_matters", "forecast")
FORECAST_FIGURES = words("open_matters", "figure")
