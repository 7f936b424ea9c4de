"""Key actors (issue #17): a name mentioned in passing is not a key actor. Every mention in one
sentence of the body (not the lead, not the headline), and there one of a list of names or a
person the article says nothing of: the other results of a round-up, the injured players listed,
someone a column names once.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from helpers import actor_names, keep_all, ranked_actors

EVERYONE = keep_all()

INJURIES = """Westby Coach Names Squad For Final

Westby coach Mara Quell named her squad for the cup final against Eastham on Saturday.

Quell said the squad was the strongest she had picked all season. The club has won the cup twice before.

The forwards Tom Briggs, Sam Hollis and Joe Farrant are injured and miss the final.

Quell will decide her captain on Friday. Quell said the team had trained hard.
"""


def test_names_listed_once_are_not_key(parse_text):
    names = actor_names(ranked_actors(parse_text(INJURIES, "squad.txt"), EVERYONE))
    assert "Mara Quell" in names
    assert not {"Tom Briggs", "Sam Hollis", "Joe Farrant"} & names


def test_a_listed_name_that_recurs_is_kept(parse_text):
    text = INJURIES.replace("Quell will decide her captain on Friday.",
                            "Briggs had scored in every round of the cup. Briggs said he hoped to be fit for the replay.")
    names = actor_names(ranked_actors(parse_text(text, "squad.txt"), EVERYONE))
    assert "Tom Briggs" in names
    assert not {"Sam Hollis", "Joe Farrant"} & names


def test_a_listed_name_in_the_headline_is_kept(parse_text):
    text = INJURIES.replace("Westby Coach Names Squad For Final", "Tom Briggs Out Of Westby Final")
    names = actor_names(ranked_actors(parse_text(text, "squad.txt"), EVERYONE))
    assert "Tom Briggs" in names


COLUMN = """Harbour Plan Splits Town

Councillor Edith Grey won approval for the new ferry plan on Friday, after months of argument.

Grey said the vote was close. The harbour board backed her by one vote.

The plan recalls the old toll road, which Ned Pike fought for decades ago.

Dora Lusk, the harbour master, warned that the quay was too small. Grey said the council would listen.
"""


def test_a_person_named_once_with_nothing_said_of_them_is_not_key(parse_text):
    names = actor_names(ranked_actors(parse_text(COLUMN, "ferry.txt"), EVERYONE))
    assert "Edith Grey" in names
    assert "Ned Pike" not in names
    assert "Dora Lusk" in names  # named once, but with her post: someone the story is about


def test_a_person_named_once_who_says_something_is_kept(parse_text):
    text = COLUMN.replace("which Ned Pike fought for decades ago.", "and Ned Pike said the town had been here before.")
    assert "Ned Pike" in actor_names(ranked_actors(parse_text(text, "ferry.txt"), EVERYONE))


def test_a_person_the_story_describes_in_a_relative_clause_and_has_act_is_kept(parse_text):
    """"Ned Pike, whose appeal ended on Friday, was known as ...": the clause says who he is."""
    text = COLUMN.replace("which Ned Pike fought for decades ago.",
                          "and Ned Pike, whose appeal against the toll ended on Friday, was known as the toll man.")
    assert "Ned Pike" in actor_names(ranked_actors(parse_text(text, "ferry.txt"), EVERYONE))


def test_a_person_named_right_after_the_lead_is_kept(parse_text):
    text = """Man jailed over ferry fraud

A man who sold forged ferry tickets has been jailed for two years.

Ned Pike, 52, sold the tickets at the quay for a month before he was caught.

The court heard that he made several thousand pounds. The ferry company has since changed its tickets.
"""
    assert "Ned Pike" in actor_names(ranked_actors(parse_text(text, "ferry.txt"), EVERYONE))


def test_two_names_are_the_two_sides_not_a_passing_list(parse_text):
    text = INJURIES.replace("The forwards Tom Briggs, Sam Hollis and Joe Farrant are injured and miss the final.",
                            "Fans were divided between former captain Tom Briggs and striker Sam Hollis.")
    names = actor_names(ranked_actors(parse_text(text, "squad.txt"), EVERYONE))
    assert {"Tom Briggs", "Sam Hollis"} <= names


def test_a_listed_name_whose_surname_comes_back_unbound_is_kept(parse_text):
    text = INJURIES.replace("Quell will decide her captain on Friday.",
                            "Hollis and Quell have not spoken since.")
    names = actor_names(ranked_actors(parse_text(text, "squad.txt"), EVERYONE))
    assert "Sam Hollis" in names
    assert not {"Tom Briggs", "Joe Farrant"} & names



SCHEME = """Schools Sign Up For Mock Vote

Hundreds of schools across Avonia will hold a mock election next month, organisers say.

The Westby Civic Trust said 400 schools had joined the scheme, the most since it began. The Westby Civic Trust wants pupils to learn how campaigns work. Pupils will write speeches and run stalls.

Minister Ann Lee said the scheme was "a great start" for young voters. She said the results would be announced in May. Each school will elect one pupil as its member.

Last year 250 schools took part. The Westby Civic Trust, the Avonian Election Board and the Department for Schools are running the scheme. Schools can still join until March.
"""


def test_a_body_listed_with_a_listed_body_is_kept(parse_text):
    names = actor_names(ranked_actors(parse_text(SCHEME, "vote.txt"), EVERYONE))
    assert "Westby Civic Trust" in names
    assert "Avonian Election Board" in names  # a co-runner of the scheme, named in passing


def test_bodies_in_a_list_of_examples_stay_out(parse_text):
    text = SCHEME.replace("The Westby Civic Trust, the Avonian Election Board and the Department for Schools are running the scheme.",
                          "Schools can get help from bodies such as the Westby Civic Trust, the Avonian Election Board and "
                          "the Department for Schools.")
    names = actor_names(ranked_actors(parse_text(text, "vote.txt"), EVERYONE))
    assert "Westby Civic Trust" in names
    assert "Avonian Election Board" not in names


SURVEY = """Care Costs Under-Estimated, Report Says

The cost of free bus travel for pensioners in Avonia has been under-estimated, a report says.

The Westby Institute said the costs would rise by a third. Minister Ann Lee said she would study the report.

The council's own figures were published last year. Tom Reed, of the pensioners' forum, welcomed the report.

The research was carried out by Jory Sellers. Lee said the figures would be checked.

The minister was carried shoulder-high by Dan Hale after the vote.
"""


def test_who_carried_out_the_study_is_kept_though_named_once(parse_text):
    names = actor_names(ranked_actors(parse_text(SURVEY, "survey.txt"), EVERYONE))
    assert "Jory Sellers" in names  # "carried out by": who made the report
    assert "Dan Hale" not in names  # "carried by": no one behind anything
