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
    ("Orla Brenning, a trainee pilot from Tromso flying with Nordcrest Airways, landed the plane alone. "
     "Ms Brenning was calm.", "Orla Brenning", "trainee pilot from Tromso"),
    # nor is a relative clause about the body the post is of
    ("\"The figures are up,\" said Kemal Duvall, marketing director for Quillon Foods which owns the brand. "
     "Mr Duvall smiled.", "Kemal Duvall", "marketing director for Quillon Foods"),
    # "then-" marks the post held then
    ("The inquiry began after it emerged that Petra Lindqvist, then-treasurer of the Harbour Rowing Club, had "
     "moved the funds. Lindqvist denied it.", "Petra Lindqvist", "treasurer of the Harbour Rowing Club"),
    # a relative clause after the post a copula states
    ("Anil Varkey is a Kenyan photographer who's working on a book about rivers. Mr Varkey travels often.",
     "Anil Varkey", "Kenyan photographer"),
    # "Name who is now ..." with no comma
    ("She was backed by one of the town's three councillors, Rufus Denholm who is now Greenway's deputy leader. "
     "Mr Denholm spoke next.", "Rufus Denholm", "Greenway's deputy leader"),
])
def test_right_and_copula_roles_stop_before_the_clause(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    # (a preposition before the post is no part of it)
    ("The auditors then wrote to Halloran's chief of staff, Mara Quillon, about the gap. "
     "Mara Quillon did not reply.", "Mara Quillon", "Halloran's chief of staff"),
    ("At the summit, the Norwegian ambassador to the World Ports Council, Lars Fennick, spoke to the press. "
     "Fennick was brief.", "Lars Fennick", "Norwegian ambassador to the World Ports Council"),
    ("Brask sold his shares to Leo Marsk. The deputy head of the bank, Mr Marsk is now based in Bergen.",
     "Leo Marsk", "deputy head of the bank"),
])
def test_a_left_apposition_whose_post_is_of_a_body(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_phrase_that_ends_before_the_name_is_no_premodifier(parse_text):
    roles = _roles(parse_text, "Opponents of the port levy reform claim chairman Ilse Varga is trying to hide the "
                               "cost. Varga denies it.")
    assert roles.get("Ilse Varga") == "chairman"


def test_a_post_in_lower_case_is_kept_whole(parse_text):
    roles = _roles(parse_text, "The seat went to Brenton by 300 votes over history professor Tim Carnova's "
                               "total. Carnova conceded.")
    assert roles.get("Tim Carnova") == "history professor"


def test_a_description_coordinated_with_a_name_is_someone_else(parse_text):
    roles = _roles(parse_text, "A survey shows Hilda Clayton and the Ohio governor in a tie. "
                               "Clayton said she was pleased. The governor said nothing.")
    assert roles.get("Hilda Clayton") is None


def test_a_description_alone_still_binds(parse_text):
    roles = _roles(parse_text, "Hilda Clayton spoke on Monday. The governor said she was pleased.")
    assert roles.get("Hilda Clayton") == "governor"


def test_a_description_before_the_name_in_its_sentence_is_not_the_earlier_person(parse_text):
    roles = _roles(parse_text, "Hilda Clayton lost the vote on Tuesday. While the Ohio governor has carried several "
                               "rural counties, Ben Sandley has carried only two cities.")
    assert roles.get("Hilda Clayton") is None


@pytest.mark.parametrize("body, name", [
    ("Handing Donald Trask the keys to the harbour would be a gamble. Trask has no record.", "Donald Trask"),
    ("Follow Jeff Pooley on the radio for updates. Pooley writes daily.", "Jeff Pooley"),
])
def test_a_verb_opening_the_sentence_is_no_title(parse_text, body, name):
    assert _roles(parse_text, body).get(name) is None


def test_the_post_of_an_appointment_is_no_role_of_the_body(parse_text):
    roles = _roles(parse_text, "Brackwater Rovers will name Gary Lockett as the club's new head coach on Monday. "
                               "Brackwater Rovers said so.")
    assert roles.get("Brackwater Rovers") is None
    assert roles.get("Gary Lockett") == "club's new head coach"


def test_a_body_keeps_its_own_kind(parse_text):
    assert _roles(parse_text, "Shares in dairy firm Milkway rose. Milkway said profits rose.").get("Milkway") == \
        "dairy firm"


def test_first_lady_is_a_post(parse_text):
    roles = _roles(parse_text, "Former first lady Nora Quillby opened the new library wing. "
                               "Quillby spoke at the launch.")
    assert roles.get("Nora Quillby") == "Former first lady"


def test_a_noun_a_verb_governs_before_a_title_stays_in_it(parse_text):
    roles = _roles(parse_text, "'It may well be so,' said survey co-author Ben Woodley, told the Harbour Gazette. "
                               "Woodley is a botanist.")
    assert roles.get("Ben Woodley") == "survey co-author"


@pytest.mark.parametrize("body, name, other", [
    # the person named as an object or possessor earlier in the sentence is the one the description takes up
    ("Marta Quell spoke in Dover on Friday. Orrin Pask has shown no sign of easing his anger at Dale Fenwick's "
     "campaign, attacking the Wessex senator in every speech. Fenwick did not reply.", "Dale Fenwick", "Marta Quell"),
    ("To stop Dale Fenwick, party leaders are working hard to paint the Wessex senator as a careerist. "
     "Marta Quell agreed with them. Fenwick did not reply.", "Dale Fenwick", "Marta Quell"),
])
def test_a_description_takes_up_the_object_named_before_it_in_its_sentence(parse_text, body, name, other):
    roles = _roles(parse_text, body)
    assert roles.get(name) == "Wessex senator"
    assert roles.get(other) != "Wessex senator"


def test_the_subject_of_the_sentence_is_not_what_its_object_describes(parse_text):
    roles = _roles(parse_text, "Hilda Clayton spoke on Monday. Ben Sandley met reporters and accused the governor "
                               "of lying.")
    assert roles.get("Ben Sandley") is None


@pytest.mark.parametrize("body, name", [
    # the subject of the next clause after a comma is no apposition
    ("To stop Dale Fenwick, the party establishment is working around the clock. Fenwick did not reply.",
     "Dale Fenwick"),
    # a count is no post
    ("Counting her pledged votes, Hilda Clayton is 40 delegates short of the total. Clayton smiled.",
     "Hilda Clayton"),
    ("Counting her pledged votes, Hilda Clayton is  40 delegates short of the total. Clayton smiled.",
     "Hilda Clayton"),  # (a stray double space before the count)
    # a milestone is no post, and another name after "and" is no part of one
    ("In the first contest, Hilda Clayton became the first woman and Dale Fenwick the first teacher to win. "
     "Clayton smiled.", "Hilda Clayton"),
])
def test_no_role_from_a_clause_subject_a_count_or_a_milestone(parse_text, body, name):
    assert _roles(parse_text, body).get(name) is None


def test_a_post_before_another_name_after_and_ends_there(parse_text):
    roles = _roles(parse_text, "Hilda Clayton became mayor and Dale Fenwick her deputy. Clayton smiled.")
    assert roles.get("Hilda Clayton") == "mayor"


def test_the_possessor_of_the_subject_is_not_what_a_later_description_is(parse_text):
    roles = _roles(parse_text, "Rovers lost again on Saturday. Dale Fenwick's late goal was ruled out before the "
                               "referee waved play on. Fenwick was furious.")
    assert roles.get("Dale Fenwick") is None


def test_a_description_after_for_binds(parse_text):
    roles = _roles(parse_text, "Dale Fenwick toured the coast on Monday. The town has become a second home for the "
                               "Wessex senator this spring.")
    assert roles.get("Dale Fenwick") == "Wessex senator"


def test_a_description_of_anyone_s_choice_binds_no_one(parse_text):
    roles = _roles(parse_text, "Hilda Clayton leads the count. Delegates can still argue for the candidate of their "
                               "choice when the convention opens.")
    assert roles.get("Hilda Clayton") is None


def test_a_name_modifying_the_subject_leaves_the_description_unbound(parse_text):
    roles = _roles(parse_text, "Dale Fenwick lost the primary. Hilda Clayton won it easily on Tuesday. Many Fenwick "
                               "voters said the lines hurt support for the Wessex senator.")
    assert roles.get("Hilda Clayton") is None


@pytest.mark.parametrize("body, name, role", [
    # an age before the head: a looser word for a kind of person is someone named too
    ("Lena Fischer hopes to run in Avonia next month. Officials said the 35-year-old Westby runner may be picked.",
     "Lena Fischer", "35-year-old Westby runner"),
    # a standing ("number two") is a description too
    ("Tom Reed pulled out of the Westby Open on Monday. The Avonian number two had been due to play on Tuesday.",
     "Tom Reed", "Avonian number two"),
])
def test_an_aged_or_ranked_description_binds(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_looser_word_without_an_age_does_not_bind(parse_text):
    roles = _roles(parse_text, "Lena Fischer hopes to run in Avonia next month. Officials said the Westby runner "
                               "may be picked.")
    assert roles.get("Lena Fischer") is None, roles


@pytest.mark.parametrize("body, name, role", [
    # a proper name before a word for a person: whose captain, whose star
    ("Tom Reed scored twice as Avonia beat Westby. The Avonia captain said the win was special.",
     "Tom Reed", "Avonia captain"),
    ("Ann Lee believes Westby can win the league. \"We can do it,\" said the Avonia star.",
     "Ann Lee", "Avonia star"),
])
def test_a_description_with_a_proper_name_binds(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_description_with_a_proper_name_binds_no_one_when_two_are_in_view(parse_text):
    roles = _roles(parse_text, "Tom Reed and Sam Cole both scored as Avonia beat Westby. The Avonia captain said "
                               "the win was special.")
    assert roles.get("Tom Reed") is None and roles.get("Sam Cole") is None, roles


def test_unveiled_as_gives_the_post(parse_text):
    roles = _roles(parse_text, "Tom Reed has been unveiled as the new Westby manager. Reed said he was thrilled.")
    assert roles.get("Tom Reed") == "new Westby manager"
