"""Key actors (issue #17): one referent per real actor and its type, name and role decided from
all its mentions: surnames with a particle, middle names and acronyms join the full name; a
body's name, a setting or a club is typed by its use; names cut at a hyphen or glued to a
nationality are mended; roles come from words that name a kind of person.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from helpers import candidate_actors as _candidates


def _named(acts, name):
    return next((a for a in acts if a.name == name or name in a.aliases), None)


def _names(acts):
    return [a.name for a in acts]


COACH = """Rovers Shake Up Squad

Coach Paolo del Vento named four new players in his squad for the qualifier against Norland on Friday.

The first team to beat Del Vento since he took over in 2019 was Norland. Del Vento's side host Estovia in September.

Six players will make their debut under Del Vento, who has won 40 of his 52 games in charge.
"""


def test_a_surname_with_a_capital_particle_joins_the_full_name(parse_text):
    acts = _candidates(parse_text(COACH, "coach.txt"))
    coach = _named(acts, "Paolo del Vento")
    assert coach is not None and coach.type == "person"
    assert "Del Vento" not in _names(acts)  # no second actor for the same man


PARENTS = """Couple Lose Custody Appeal

Daniel Arthur Pemberton and his wife Carla lost their appeal on Tuesday, a court in Redvale ruled.

Daniel Pemberton, 41, told reporters outside the court that the family would go on fighting. Daniel Pemberton said
his daughter was happy at home.

The judge said Daniel Pemberton had missed three hearings.
"""


def test_a_full_name_with_a_middle_name_is_the_same_person(parse_text):
    acts = _candidates(parse_text(PARENTS, "parents.txt"))
    people = [a for a in acts if a.type == "person" and "Pemberton" in a.name]
    assert len(people) == 1


PATROL = """Band Attacks Officers In Car Park

A family band attacked two officers in a supermarket car park in Reno, Nevada, on Monday, police said.

The Nevada Department of Public Safety, who are investigating the fight, said both officers were treated in
hospital. The DPS said the band had been playing in the car park for an hour. The DPS will report to the state
attorney general next week.
"""


def test_a_body_named_with_department_is_no_person_and_its_acronym_joins_it(parse_text):
    acts = _candidates(parse_text(PATROL, "patrol.txt"))
    dps = _named(acts, "Nevada Department of Public Safety")
    assert dps is not None and dps.type == "organization"
    assert "DPS" in dps.aliases
    assert "DPS" not in _names(acts)


TENNIS = """Tavares Through In Straight Sets

Top seed Nikolai Brandt eased into the second round of the Riverside Open on Tuesday. Brazilian Joao Tavares,
the defending champion, also won.

Tavares beat Lucas Amberley 6-3 6-2 and will next face Oskar Lind.
"""


def test_a_nationality_before_a_name_is_no_part_of_it_nor_its_role(parse_text):
    acts = _candidates(parse_text(TENNIS, "tennis.txt"))
    assert not any(a.name.startswith("Brazilian") for a in acts)
    player = _named(acts, "Joao Tavares")
    assert player is not None and (player.role or "").lower() != "brazilian"


CARDS = """Smart Card Firm Wins Contract

Authenti-corp, a firm based in Ohio, has won a contract to supply identity cards to seafarers.

The cards, made by Authenti-corp, carry a fingerprint. Ships' crews will start using them next year, Authenti-corp
said.
"""


def test_a_name_cut_at_a_hyphen_runs_to_the_end_of_its_word(parse_text):
    acts = _candidates(parse_text(CARDS, "cards.txt"))
    assert "Authenti" not in _names(acts)
    assert _named(acts, "Authenti-corp") is not None


MATCH = """Cup Draw Pairs Minnows With Leaders

Wrexham City will host league leaders Dunmore Athletic in the fourth round of the cup.

Dunmore Athletic striker Owen Pryce has scored 20 goals this season. Dunmore Athletic manager Rhys Lloyd said his side would take the tie seriously, and Dunmore Athletic fans have been offered 3,000 tickets.

Dunmore Athletic beat Corwen Rovers 3-0 last week.
"""


def test_a_club_named_like_a_place_is_an_organisation_in_a_story_about_clubs(parse_text):
    acts = _candidates(parse_text(MATCH, "match.txt"))
    club = _named(acts, "Wrexham City")
    assert club is not None and club.type == "organization"


WATCHED = """Almeida Cruises Into Final

The second seed was watched by Valencia forward Tiago in the crowd as Pedro Almeida beat Paolo Silvestri 6-2 6-4.

Tiago, who scored twice on Sunday, posed for a photo with Almeida after the match. Almeida will face Jan Novak in the
final.
"""


def test_a_name_after_a_players_position_is_a_person(parse_text):
    acts = _candidates(parse_text(WATCHED, "watched.txt"))
    fan = _named(acts, "Tiago")
    assert fan is None or fan.type == "person"


def test_a_role_names_a_kind_of_person_not_a_thing_or_a_nationality():
    from generator.extract.actors import _role_fits

    # a common noun compounded with the name ("a late Ann Lee kick") is a role only if it names a kind of person
    assert not _role_fits("kick", "noun", "person")
    assert not _role_fits("relegation", "noun", "person")
    assert _role_fits("striker", "noun", "person") and _role_fits("full-back", "noun", "person")
    assert _role_fits("centre", "noun", "person")  # a player's position that is also an everyday noun
    # a nationality alone says where someone is from, not what they are
    assert not _role_fits("Saudi Arabian", "rapp", "person")
    assert _role_fits("Russian qualifier", "pre", "person")



APPEAL = """File-Sharing Firms Win Appeal

File-sharing firms Tunewave and Peerlink cannot be held liable for the illegal use of their software, the Court of Appeals
in Sacramento has ruled.

The court said the firms could not be blamed for what people did with their software. The court also ruled that the
firms should pay their own costs. Tunewave said it was delighted.
"""


def test_a_description_by_the_first_word_of_a_head_of_name_joins_it(parse_text):
    acts = _candidates(parse_text(APPEAL, "appeal.txt"))
    court = _named(acts, "Court of Appeals")
    assert court is not None and "the court" in [x.lower() for x in court.aliases]
    assert not any(a.name.lower() == "the court" for a in acts)
