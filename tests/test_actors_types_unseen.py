"""Key actors (issue #17) on unseen text: a type settled by all of a referent's mentions and
what the article says of it, and a title word that only capitalises a common noun.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from helpers import actor_names, candidate_actors, keep_all, ranked_actors

from generator.extract import actors as A


def _named(acts, name):
    return next((a for a in acts if a.name == name or name in a.aliases), None)


SPOUSE = """Candidate Brings In Her Husband

Senator Ruth Calloway spent the weekend campaigning across the state with her husband.

"Ruth is behind in the polls, so she has rolled out Declan Hale, which she had no intention of doing," said the \
strategist Ann Breck. "When she married Declan Hale, she knew what he was like."

Declan Hale has spent thirty years in business and has rarely appeared at rallies.
"""


def test_a_which_that_takes_up_a_clause_leaves_a_full_personal_name_a_person(parse_text):
    acts = candidate_actors(parse_text(SPOUSE, "spouse.txt"))
    assert _named(acts, "Declan Hale").type == "person"


def test_which_still_marks_a_thing_twice_or_in_half_its_mentions():
    # "Fenna Ashcroft, which floated ..." twice in four mentions: a firm, given name or not
    m = A._M(0, 1, "Ann Lee", ("ann", "lee"), "PERSON", 0, 0)
    which = A._M(0, 1, "Ann Lee", ("ann", "lee"), "PERSON", 0, 0, thing=2)
    assert not A._thing_like([which, m, m])
    assert A._thing_like([which, which, m, m])
    # twice is a firm however many more mentions it has ("Ann Lee, which floated ..., Ann Lee, which owns ...")
    assert A._thing_like([which, which, m, m, m, m])
    assert A._thing_like([which])
    # a name no given-name list knows: one "which" is enough, as before
    odd = A._M(0, 1, "Zorvex Plum", ("zorvex", "plum"), "PERSON", 0, 0)
    odd_which = A._M(0, 1, "Zorvex Plum", ("zorvex", "plum"), "PERSON", 0, 0, thing=2)
    assert A._thing_like([odd_which, odd, odd])


BALLOT = """Campaigners Target Marginal Seats

A campaign group for rural post offices is to target eight marginal seats at the General Election.

The Rural Post Alliance said it would field candidates against two ministers. Its chairman Tom Reade said the \
election would show how angry voters were.

Minister Ann Breck said the group would not change the result of the election.
"""


def test_a_capitalised_title_before_a_common_noun_names_no_person(parse_text):
    acts = ranked_actors(parse_text(BALLOT, "ballot.txt"), keep_all())
    assert "Election" not in actor_names(acts)
    assert _named(acts, "Tom Reade") is not None and _named(acts, "Ann Breck") is not None


def test_a_title_before_a_surname_still_names_a_person():
    # "General Hale" twice, "hale" never written in lower case: a person
    text = "General Hale said the troops were ready. General Hale later flew home."
    at = [i for i in range(len(text)) if text.startswith("Hale", i)]
    ms = [A._M(i, i + 4, "Hale", ("hale",), "PERSON", 0, k) for k, i in enumerate(at)]
    act = A.Actor(name="Hale", type="person", id="hale")
    assert not A._title_compound(act, ms, text)
    assert A._title_compound(act, ms, text + " It was a hale old soldier.")


DAILY = """Artist Fools Newspapers With Fake Photo

A picture of a giant wave hitting a harbour fooled several European newspapers, its maker said.

The image was printed on the front page of De Vlaggebode, a daily Avonford newspaper, on Tuesday. De Vlaggebode later \
said it regretted the mistake.

The artist, Peter Reichold, said he had made the picture for a competition.
"""


def test_a_name_described_only_as_a_body_is_an_organisation(parse_text):
    acts = candidate_actors(parse_text(DAILY, "daily.txt"))
    assert _named(acts, "De Vlaggebode").type == "organization"
    assert _named(acts, "Peter Reichold").type == "person"


def test_a_role_head_is_the_word_before_its_preposition():
    assert A._role_head("daily newspaper of the region") == "newspaper"
    assert A._role_head("Swiss daily") == "daily"
    assert A._role_head("head of the agency") == "head"


TRILOGY = """Director Signs Up For Fantasy Films

Film director Owen Marsh is to make big-screen versions of Clara Venn's fantasy books, the studio said.

The award-winning trilogy - Harbour Lights, The Broken Compass and The Iron Lantern - tells the story of an orphan \
called Tamsin. She travels north to rescue a friend.

Marsh said The Broken Compass was his favourite of the books. Venn said she trusted him with the stories.
"""


def test_every_item_of_a_list_a_work_noun_sets_off_is_a_title(parse_text):
    acts = ranked_actors(parse_text(TRILOGY, "trilogy.txt"), keep_all())
    names = actor_names(acts)
    assert not {"Harbour Lights", "Broken Compass", "The Broken Compass", "Iron Lantern"} & names
    assert _named(acts, "Owen Marsh") is not None and _named(acts, "Clara Venn") is not None


def test_a_list_of_people_after_a_dash_is_no_list_of_titles(parse_text):
    doc = parse_text("Team Flies Home\n\nThe team - Ann Lee, Tom Reed and Sue Pike - flew home on Monday.\n", "team.txt")
    body = next(pp.doc for pp in doc.paragraphs if "Sue" in pp.doc.text)
    k = next(t.i for t in body if t.text == "Sue")
    assert not A._listed_after_work_noun(body, k)
    doc = parse_text("Novels Sell Well\n\nHer novels - Harbour Lights and The Iron Lantern - sold well.\n", "novels.txt")
    body = next(pp.doc for pp in doc.paragraphs if "Iron" in pp.doc.text)
    k = next(t.i for t in body if t.text == "Iron") - 1
    assert A._listed_after_work_noun(body, k)


def test_an_outlet_keeps_the_press_word_the_article_gives_it_as_role():
    m = A._M(0, 1, "Le Brevet", ("le", "brevet"), "ORG", 0, 0, roles=[(0.8, 0, "Avonian daily", "noun")])
    assert A._choose_role(A._C(ms=[m]), "organization") == "Avonian daily"
    m = A._M(0, 1, "Le Brevet", ("le", "brevet"), "ORG", 0, 0, roles=[(0.8, 0, "libertarian", "noun")])
    assert A._choose_role(A._C(ms=[m]), "organization") is None
