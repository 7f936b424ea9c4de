"""Roles from the words bound to the actor's own mention: appositions cut before the clause that
follows the post, left appositions whose post is "of"/"to" a body, and descriptions the article
gives someone else."""

from __future__ import annotations

import pytest

from generator.extract import actors as actors_mod
from generator.extract.analysis import analyse


def _roles(parse_text, body: str) -> dict[str, str | None]:
    acts = actors_mod.extract(analyse(parse_text("Harbour Notes\n\n" + body + "\n", "bound.txt")))
    out: dict[str, str | None] = {}
    for a in acts:
        for form in [a.name, *a.aliases]:
            out.setdefault(form, a.role)
    return out


@pytest.mark.parametrize("body, name, role", [
    # a participle clause after the post is no part of it
    ("Vic Lamond, a graduate student from Oslo studying at Dunmore University, had to read coloured maps. "
     "Mr Lamond needed help.", "Vic Lamond", "graduate student from Oslo"),
    # nor is a relative clause about the body the post is of
    ("\"We have seen attacks,\" said Rob Pellow, sales director for Zentra Networks which is behind the system. "
     "Mr Pellow said more.", "Rob Pellow", "sales director for Zentra Networks"),
    # "then-" marks the post held then
    ("The request was sparked by the discovery that Lisa Marne, then-administrator of the Farm Agency, had been "
     "using an alias. Marne declined to comment.", "Lisa Marne", "administrator of the Farm Agency"),
    # a relative clause after the post a copula states
    ("Dina Rothley is an Indian blogger who's helping with the new relief blog. Ms Rothley says blogs matter.",
     "Dina Rothley", "Indian blogger"),
    # "Name who is now ..." with no comma
    ("He was joined by one of the party's two council members, Damien Hockett who is now Verdant's deputy leader. "
     "Mr Hockett also left.", "Damien Hockett", "Verdant's deputy leader"),
])
def test_right_and_copula_roles_stop_before_the_clause(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    ("Officials soon alerted Grayson's chief of staff, Mara Quillon, to the watchdog's request. "
     "Mara Quillon said nothing.", "Mara Quillon", "Grayson's chief of staff"),
    ("At that moment, the Norwegian ambassador to the United Nations, Lars Fennick, whispered to reporters. "
     "Fennick smiled.", "Lars Fennick", "Norwegian ambassador to the United Nations"),
    ("Tarkin handed his stake to Leo Marsk. The deputy head of the bank, Mr Marsk is now based in Oslo.",
     "Leo Marsk", "deputy head of the bank"),
])
def test_a_left_apposition_whose_post_is_of_a_body(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_phrase_that_ends_before_the_name_is_no_premodifier(parse_text):
    roles = _roles(parse_text, "Critics of the land reform policy claim president Hugo Varga is trying to enforce "
                               "a new programme. Varga denies it.")
    assert roles.get("Hugo Varga") == "president"


def test_a_post_in_lower_case_is_kept_whole(parse_text):
    roles = _roles(parse_text, "Wasserton took 57 percent of the vote to law professor Tim Carnova's 43 percent. "
                               "Carnova conceded.")
    assert roles.get("Tim Carnova") == "law professor"


def test_a_description_coordinated_with_a_name_is_someone_else(parse_text):
    roles = _roles(parse_text, "A new poll shows Hilda Clayton and the Vermont senator in a dead heat. "
                               "Clayton said she was pleased. The senator said nothing.")
    assert roles.get("Hilda Clayton") is None


def test_a_description_alone_still_binds(parse_text):
    roles = _roles(parse_text, "Hilda Clayton spoke on Monday. The senator said she was pleased.")
    assert roles.get("Hilda Clayton") == "senator"


@pytest.mark.parametrize("body, name", [
    ("Entrusting Donald Trask with our economic future is a risky proposition. Trask has no record.", "Donald Trask"),
    ("Follow Jeff Pooley on Twitter for updates. Pooley writes daily.", "Jeff Pooley"),
])
def test_a_verb_opening_the_sentence_is_no_title(parse_text, body, name):
    assert _roles(parse_text, body).get(name) is None


def test_the_post_of_an_appointment_is_no_role_of_the_body(parse_text):
    roles = _roles(parse_text, "Kilmarnock will confirm Gary Lockett as the club's new permanent manager on Friday. "
                               "Kilmarnock said so.")
    assert roles.get("Kilmarnock") is None
    assert roles.get("Gary Lockett") == "club's new permanent manager"


def test_a_body_keeps_its_own_kind(parse_text):
    assert _roles(parse_text, "Shares in dairy firm Milkway rose. Milkway said profits rose.").get("Milkway") == \
        "dairy firm"


def test_first_lady_is_a_post(parse_text):
    roles = _roles(parse_text, "Former first lady Nora Quillby wrote the introduction to a new book. "
                               "Quillby spoke at the launch.")
    assert roles.get("Nora Quillby") == "Former first lady"


def test_a_noun_a_verb_governs_before_a_title_stays_in_it(parse_text):
    roles = _roles(parse_text, "'We think that is quite likely,' said study co-author Ben Woodley, reported the "
                               "Harbour Times. Woodley is a biologist.")
    assert roles.get("Ben Woodley") == "study co-author"


def test_a_description_before_the_name_in_its_sentence_is_not_the_earlier_person(parse_text):
    roles = _roles(parse_text, "Hilda Clayton lost the primary on Tuesday. While the Vermont senator has won several "
                               "caucus states, Ben Sandley has won only two primaries.")
    assert roles.get("Hilda Clayton") is None
