"""Roles the article states and the finders missed or garbled: an apposition after a form of
address or a possessive determiner, split title abbreviations, a court report's sides, a plural
post after two names, and no role from a noun the name does not belong to."""

from __future__ import annotations

import pytest

from generator.extract import actors as actors_mod
from generator.extract.analysis import analyse


def _roles(parse_text, body: str) -> dict[str, str | None]:
    acts = actors_mod.extract(analyse(parse_text("Harbour Notes\n\n" + body + "\n", "stated.txt")))
    out: dict[str, str | None] = {}
    for a in acts:
        for form in [a.name, *a.aliases]:
            out.setdefault(form, a.role)
    return out


@pytest.mark.parametrize("body, name, role", [
    # a left apposition whose post opens with its possessor ("Acme's chief engineer, Name")
    ("Harbour Radio's chief political correspondent, Dr. Mira Tallon, agrees with the board. Tallon said so.",
     "Mira Tallon", "Harbour Radio's chief political correspondent"),
    # the post is the noun phrase next to the name, not the phrase it closes
    ("Anna was then discovered at a Brill audition by a US record executive, Steve Ormond. Ormond signed her.",
     "Steve Ormond", "US record executive"),
    # a right apposition that opens with a possessive determiner
    ("\"He is lost,\" said Corin P. Vale, his hawkish Wessex colleague and ex-rival in the race. Vale left.",
     "Corin P. Vale", "hawkish Wessex colleague and ex-rival in the race"),
    # a fellow of an institute is a post
    ("\"That is the task,\" said Tam Orwell, a senior fellow at the Centre on Housing Policy. Orwell smiled.",
     "Tam Orwell", "senior fellow at the Centre on Housing Policy"),
    # a long apposition naming two posts: the first one
    ("Paul Calvet, a former mayor of Brill and currently president of the Regional Council of Avonia, said "
     "the lorry carried arms. Calvet was angry.", "Paul Calvet", "former mayor of Brill"),
    # a party whip is a title before a name
    ("Others called for an inquiry, including Senate Minority Whip Lorne B. Haskett of Avonia. Haskett wrote "
     "a letter.", "Lorne B. Haskett", "Senate Minority Whip"),
])
def test_appositions_and_titles(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    # the abbreviation and its full stop as two tokens
    ("With members present, Pres. Odell Marsh claimed a new era had begun. Marsh left.", "Odell Marsh", "president"),
    # the words before the abbreviation end in a thing, not a post
    ("Yesterday at the Wessex Labour party's conference Sen. Ona Breck (D-WX) said the plan was a failure. "
     "Breck was cheered.", "Ona Breck", "senator"),
    # a body before the abbreviation is whose title it is
    ("Ledbury police Lt. Craig Morton said the process could take weeks. Morton was sure.", "Craig Morton",
     "Ledbury police lieutenant"),
    # a sentence's opening verb is no place the title is for
    ("Recall Sen. Pell Harker (Wx.) damaging his reputation in 2000. Harker lost.", "Pell Harker", "senator"),
])
def test_abbreviated_titles(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    ("Alan Borrow, prosecuting, told the court the man had lied. Mr Borrow sat down.", "Alan Borrow", "prosecutor"),
    ("Navin Sorrel, defending, said his client felt remorse. Mr Sorrel sat down.", "Navin Sorrel", "defence counsel"),
])
def test_a_court_reports_sides(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_plural_apposition_after_two_names_gives_each_the_post(parse_text):
    roles = _roles(parse_text, "Dana Reyes and Ola Fenn, sociologists at the University of Brill, just published "
                               "a book. Reyes spoke first.")
    assert roles.get("Dana Reyes") == roles.get("Ola Fenn") == "sociologist at the University of Brill"


def test_posts_held_respectively_are_no_shared_post(parse_text):
    roles = _roles(parse_text, "Carver admires the likes of Grant Olley and Peter Fenn, the former managers of Brill "
                               "and Avonford respectively. Olley agreed.")
    assert roles.get("Grant Olley") is None and roles.get("Peter Fenn") is None


def test_a_stated_post_outranks_a_bare_relation(parse_text):
    roles = _roles(parse_text, "Now her son Niall Orrin, one of the country's most accomplished sailors, plans to "
                               "sail the route himself. Mr Orrin, 26, agreed.")
    assert roles.get("Niall Orrin") == "country's most accomplished sailor"


def test_a_broadcasters_possessive_names_whom_the_person_is_with(parse_text):
    roles = _roles(parse_text, "Instead, Marlow, MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued that "
                               "the plan was naive. Lopez disagreed.")
    assert roles.get("Luciana Lopez") == "of Reuters"


@pytest.mark.parametrize("body, name", [
    # a caption run into the next one: the noun before the name heads the clause the name opens
    ("The form of academy graduate Harry Kane has seen Tom Smith pushed down the pecking order Tom Smith poses "
     "for a photo. Smith is unhappy.", "Tom Smith"),
    # a left "apposition" whose head is no kind of person
    ("But building a wall across the southern border, Dorian P. Vance notwithstanding, is no answer. Vance "
     "disagrees.", "Dorian P. Vance"),
])
def test_no_role_from_a_noun_the_name_does_not_belong_to(parse_text, body, name):
    assert _roles(parse_text, body).get(name) is None


def test_a_left_apposition_reaches_past_a_form_of_address(nlp):
    # the name's mention may start after "Dr" (the tagger read it as a place): the post is still the one before
    doc = nlp("It could lower the risk of falls, said the study's author, Dr Peter Collins, of the University.")
    s = next(t.i for t in doc if t.text == "Peter")
    roles, _ev = actors_mod._left_apposition(doc, s, s + 2, {s, s + 1})
    assert [r[2] for r in roles] == ["study's author"]
