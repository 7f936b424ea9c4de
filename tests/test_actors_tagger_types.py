"""Key actors (issue #17): a type the tagger alone gave, corrected by the article's own words. A
name only the tagger calls an organisation is a person when the article takes it up as one ("X
picked up her first award", "X could reconsider his future") or writes an initial before it ("E
X, writing in ..."); a body taken up by "its", or with a body's word in its name, stays an
organisation; a kind of organisation before a name ("Dutch outfit X", "US operator X") makes it one.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

import pytest

from helpers import candidate_actors as _candidates


def _named(acts, name):
    return next((a for a in acts if a.name == name or name in a.aliases), None)


AWARDS = """Singer Wins At Last

Marlena Voskuy picked up her first award for the song on Sunday night. Voskuy also won best pop vocal.

The ceremony was held in a packed hall, with other prizes going to the newcomers.
"""


RESULTS = """Software Firm Raises Forecast

Tellbridge Digital raised its forecast for the year on Monday. Tellbridge Digital told the minister that his plan
would cost jobs.

Tellbridge Software Group picked up her award for the design, a spokesman said.
"""


def test_a_name_taken_up_by_her_is_a_person_and_a_body_taken_up_by_its_is_not(parse_text):
    singer = _named(_candidates(parse_text(AWARDS, "awards.txt")), "Marlena Voskuy")
    assert singer is not None and singer.type == "person"
    acts = _candidates(parse_text(RESULTS, "results.txt"))
    firm = _named(acts, "Tellbridge Digital")  # "its"; "the minister" comes before "his"
    assert firm is not None and firm.type == "organization", [(a.name, a.type) for a in acts]
    group = _named(acts, "Tellbridge Software Group")  # a body's word in the name
    assert group is None or group.type == "organization"


TRANSFER = """Midfielder May Move Abroad

Mexican outfit Toros Blancos hope to sign Zakhuro if he decides to leave Rovers.

Zakhuro could reconsider his future at the end of the month. Zakhuro deserves respect. He is not a little kid.
"""


def test_a_lone_name_taken_up_by_his_is_a_person(parse_text):
    player = _named(_candidates(parse_text(TRANSFER, "transfer.txt")), "Zakhuro")
    assert player is not None and player.type == "person"


BLOG = """Players Hooked On Online Worlds

Games like these are epic, and players spend whole nights in them. E Brenwick, writing in the culture blogzine Print
Page, said recently: "I use the game to escape, and I know many who do the same."

Other players wrote in to say they had given up sleep for the game.
"""


def test_a_surname_the_tagger_cut_from_its_initial_is_a_person(parse_text):
    writer = _named(_candidates(parse_text(BLOG, "blog.txt")), "Brenwick")
    assert writer is not None and writer.type == "person"


CLUBS = """Dutch Side Chase Striker

Dutch outfit Groene Vogels Utrecht want to sign the striker before the window closes, the club's agent said.

US operator Brightline Mobile is also adopting the technology, using kit from Norvell.
"""


def test_a_kind_of_organisation_before_a_name_makes_it_a_body(parse_text):
    acts = _candidates(parse_text(CLUBS, "clubs.txt"))
    club = _named(acts, "Groene Vogels Utrecht")
    assert club is not None and club.type == "organization", [(a.name, a.type) for a in acts]
    firm = _named(acts, "Brightline Mobile")
    assert firm is not None and firm.type == "organization", [(a.name, a.type) for a in acts]


FIRM_WITH_OFFICERS = """{firm} To Appeal Ruling

{firm} has said a court in Westby has ordered a delay to the sale of its main unit, sent to {firm} on Monday.

"We are pleased with the ruling," said {firm} chief executive Ann Lee. "It protects our staff," said {firm} executive
chairman Dr Tom Reed.

{firm} asked the court to block the sale. The tax bill is owed by {firm}, its lawyers say. {firm} maintains that the sale
is illegal.
"""


@pytest.mark.parametrize("firm", ["Vostrak", "Mirtex"])
def test_a_name_before_its_chief_executive_is_a_body_whatever_the_tagger_said(parse_text, firm):
    acts = _candidates(parse_text(FIRM_WITH_OFFICERS.format(firm=firm), "story.txt"))
    assert _named(acts, firm).type == "organization"
    assert _named(acts, "Ann Lee").type == "person"
