"""Key actors (issue #17): a person's name forms join only forms of the same gender, a bare
surname someone lost to joins the full name it ends, and a verdict is no role.

The honorifics' genders come from the role-noun lexicon (one source of truth), so "Herr",
"Messrs", "Mme" and "Frau" say a gender as "Mr" and "Mrs" do. Fixture texts and names are invented.
"""

from __future__ import annotations

from generator import lexicon as lex
from generator.extract import actors as A
from generator.extract.analysis import PersonIndex
from generator.identity import form_gender, honorific_gender, same_referent
from generator.model import Actor
from helpers import mention_at


_m = mention_at  # (shared with the other clustering tests: helpers.mention_at)


def test_honorific_genders_come_from_the_lexicon():
    male = {w for w in lex.HONORIFICS if honorific_gender(w) == "m"}
    female = {w for w in lex.HONORIFICS if honorific_gender(w) == "f"}
    assert {"mr", "sir", "herr", "messrs"} <= male <= lex.MALE_WORDS
    assert {"mrs", "ms", "miss", "madam", "mme", "dame", "frau"} <= female <= lex.FEMALE_WORDS
    assert not lex.HONORIFICS & lex.MALE_WORDS & lex.FEMALE_WORDS
    assert honorific_gender("Mrs.") == "f" and honorific_gender("Dr") is None and honorific_gender("Lee") is None


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


def test_a_place_never_joins_a_full_name_it_ends_without_a_given_name():
    text = "The Avon Kerrow team met. Later, in Kerrow, the council voted."
    full = A._C(ms=[_m(text, "Avon Kerrow", 0, "ORG", {"organization": 1.0})])
    short = A._C(ms=[_m(text, "Kerrow", 1, "GPE", {"place": 1.0}, sent=1, loc=True)])
    A._join_short_person_forms([full, short])
    assert short.ms and len(full.ms) == 1


def _roles(parse_text, text: str) -> dict[str, str | None]:
    from generator.extract.analysis import analyse
    acts = A.extract(analyse(parse_text(text, "roles.txt")))
    return {form: a.role for a in acts for form in [a.name, *a.aliases]}


def test_a_verdict_after_is_is_no_role(parse_text):
    text = ("Harbour Vote Row\n\nTom Reede is nothing but a dreamer. Reede said the vote was fair. "
            "Ann Lode is such a fraud. Lode said she would fight.\n")
    roles = _roles(parse_text, text)
    assert "dreamer" not in (roles.get("Tom Reede") or "") and "fraud" not in (roles.get("Ann Lode") or "")


def test_a_distance_written_as_one_word_stays_whole_in_a_role(parse_text):
    text = ("Harbour Games\n\nOlympic 10,000m champion Tom Reede won the 3,000m race in Harbour. Reede said the track "
            "was fast. Avonian 60m champion Ann Lode came second. Lode said she was tired.\n")
    roles = _roles(parse_text, text)
    assert "10,000m champion" in (roles.get("Tom Reede") or "") and "60m champion" in (roles.get("Ann Lode") or "")


def test_a_form_of_address_cut_from_its_name_is_no_actor(parse_text):
    from generator.extract.analysis import analyse
    text = ("Harbour Campaign\n\nNow in his harbour campaign Mr. Reede is trying to win votes. Mr. Reede said so. "
            "Mr. Reede met voters. Mr. Reede spoke again.\n")
    names = [a.name for a in A.extract(analyse(parse_text(text, "mr.txt")))]
    assert not any(n.rstrip(".") in ("Mr", "Mrs", "Ms") for n in names)



def test_a_surname_someone_lost_to_still_joins_the_full_name():
    text = "Ann Lode came second to Tom Kerrow in the primary. She lost to Kerrow in the state Kerrow governs."
    full = A._C(ms=[_m(text, "Tom Kerrow", 0, "PERSON", {"person": 6.0}, pev=2)])
    short = A._C(ms=[_m(text, "Kerrow", 1, "GPE", {"place": 1.0}, sent=1, team=1),
                     _m(text, "Kerrow", 2, "GPE", {"place": 1.0}, sent=1)])
    A._join_short_person_forms([full, short])
    assert not short.ms and len(full.ms) == 3


def test_a_club_a_player_is_of_never_joins_a_full_name_it_ends():
    text = "Tom Kerrow watched. Kerrow striker Al Dee scored twice."
    full = A._C(ms=[_m(text, "Tom Kerrow", 0, "PERSON", {"person": 2.0})])
    short = A._C(ms=[_m(text, "Kerrow", 1, "GPE", {"place": 1.0}, sent=1, team=2, orgmark=True)])
    A._join_short_person_forms([full, short])
    assert short.ms and len(full.ms) == 1


def test_one_result_among_many_mentions_read_as_a_place_is_no_club():
    text = "Lode won Kerrow. " + "Voters in Kerrow waited. " * 7
    state = A._C(ms=[_m(text, "Kerrow", k, "GPE", {"place": 1.0}, team=1 if k == 0 else 0) for k in range(8)])
    assert not A._club_by_use(state, state.ms)
    club = A._C(ms=[_m(text, "Kerrow", 0, "GPE", {"place": 1.0}, team=1),
                    _m(text, "Kerrow", 1, "ORG", {"organization": 1.0}), _m(text, "Kerrow", 2, "GPE", {"place": 1.0}),
                    _m(text, "Kerrow", 3, "GPE", {"place": 1.0})])
    assert A._club_by_use(club, club.ms)  # the tagger reads it as a body once: a club that lost
    once = A._C(ms=[_m(text, "Kerrow", 0, "GPE", {"place": 1.0}, team=1)])
    assert A._club_by_use(once, once.ms)



def test_a_club_the_club_list_knows_is_a_club_in_a_story_about_clubs():
    text = "Rovers beat Reading 2-1. Rovers held firm against Reading. Reading fell to fifth."
    club = A._C(ms=[_m(text, "Reading", k, "PERSON", {"person": 1.0}) for k in range(3)])
    assert A._retype(club, "person", True, text) == "organization"
    assert A._retype(club, "person", False, text) == "person"  # no story about clubs: the list says nothing
    ann = A._C(ms=[_m("Ann Reading said so.", "Ann Reading", 0, "PERSON", {"person": 2.0})])
    assert not A._listed_club(ann, ann.ms)
