"""Key actors (issue #17): a person's name forms join only forms of the same gender, and a bare
surname the tagger read as a place joins the full name with a common given name it ends.

The honorifics' genders come from the role-noun lexicon (one source of truth), so "Herr",
"Messrs", "Mme" and "Frau" say a gender as "Mr" and "Mrs" do. Fixture texts and names are invented.
"""

from __future__ import annotations

from generator import lexicon as lex
from generator.extract import actors as A
from generator.extract.analysis import PersonIndex
from generator.identity import form_gender, same_referent
from generator.model import Actor


def _m(text: str, form: str, nth: int, label: str, votes: dict, **kw) -> A._M:
    at = -1
    for _ in range(nth + 1):
        at = text.index(form, at + 1)
    return A._M(start=at, end=at + len(form), text=form, words=A._words(form), label=label, para=0,
                sent=kw.pop("sent", 0), votes=votes, surface=form, **kw)


def test_honorific_genders_come_from_the_lexicon():
    assert {"mr", "sir", "herr", "messrs"} <= A._MALE_HONORIFICS <= lex.MALE_WORDS
    assert {"mrs", "ms", "miss", "madam", "mme", "dame", "frau"} <= A._FEMALE_HONORIFICS <= lex.FEMALE_WORDS
    assert not A._MALE_HONORIFICS & A._FEMALE_HONORIFICS


def test_a_name_form_states_its_gender_by_honorific_or_given_name():
    assert form_gender("Mrs Lee") == "f" and form_gender("Herr Reed") == "m" and form_gender("Frau Reed") == "f"
    assert form_gender("Dr Ann Lee") == "f" and form_gender("Tom Lee") == "m"
    assert form_gender("Lee") is None and form_gender("Dr Lee") is None


def test_an_honorific_of_the_other_gender_is_another_person():
    tom, ann = Actor(name="Tom Lee", type="person"), Actor(name="Ann Lee", type="person")
    mrs, mr = Actor(name="Mrs Lee", type="person"), Actor(name="Mr Lee", type="person")
    assert same_referent(ann, mrs) and same_referent(tom, mr)
    assert not same_referent(tom, mrs) and not same_referent(ann, mr)
    assert same_referent(Actor(name="Lee", type="person"), tom)  # a bare surname states no gender


def test_the_index_gives_a_titled_surname_the_full_name_of_its_gender():
    index = PersonIndex()
    index.add("Ann Lee", 0)
    index.add("Tom Lee", 50)
    assert index.canonical("Mrs Lee", 100) == "Ann Lee"  # not the nearer "Tom Lee"
    assert index.canonical("Mr Lee", 100) == "Tom Lee"
    assert index.canonical("Lee", 100) == "Tom Lee"  # no gender said: the nearest


TEXT = "A suit filed by Bradley Okonjo, a former aide, says he was fired. Okonjo claims the panel erred. Okonjo's lawyer agreed."


def test_a_surname_read_as_a_place_joins_the_full_name_with_a_given_name():
    full = A._C(ms=[_m(TEXT, "Bradley Okonjo", 0, "FAC", {"place": 1.0, "person": 2.0})])
    short = A._C(ms=[_m(TEXT, "Okonjo", 1, "GPE", {"place": 1.0}, sent=1),
                     _m(TEXT, "Okonjo", 2, "GPE", {"place": 1.0}, sent=2)])
    A._join_short_person_forms([full, short])
    assert not short.ms and len(full.ms) == 3


def test_a_place_never_joins_a_full_name_it_ends_without_a_given_name():
    text = "The Avon Kerrow team met. Later, in Kerrow, the council voted."
    full = A._C(ms=[_m(text, "Avon Kerrow", 0, "ORG", {"organization": 1.0})])
    short = A._C(ms=[_m(text, "Kerrow", 1, "GPE", {"place": 1.0}, sent=1, loc=True)])
    A._join_short_person_forms([full, short])
    assert short.ms and len(full.ms) == 1
