"""Open matters an editor listed as missed, by the mechanism that missed them: a question the story states
("The big question is whether ..."), a clause lost to a closing aside's pronoun, a charge told in a relative
clause, a call on someone parsed with "on" as a particle, and a request put to a body that decides for a thing
("asked the court for a stay").

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import FILLER, article


def test_the_question_the_story_states_is_asked_ahead(ask_texts):
    qs = ask_texts(article("Mayor Tom Hale faces a confidence vote in Eastmoor.",
                           "For the council, the big question is whether Hale keeps the support of his own party."))
    assert "Will Tom Hale keep the support of his own party?" in qs, qs


def test_a_closing_aside_with_an_unresolved_pronoun_is_left_out(ask_texts):
    qs = ask_texts(article("Ann Lee and Tom Hale are fighting for the Eastmoor seat.",
                           "The real question is whether Lee keeps up the attacks on Hale's record as she courts older "
                           "voters in the port towns."))
    assert "Will Ann Lee keep up the attacks on Tom Hale's record?" in qs, qs
    assert not any(" she " in q for q in qs), qs


def test_a_closing_aside_is_kept_when_it_reads(ask_texts):
    qs = ask_texts(article("Eastmoor council has a new plan for the harbour.",
                           "It remains unclear whether Ann Lee will back the plan as the vote nears."))
    assert any(q.startswith("Will Ann Lee back the plan") for q in qs), qs


def test_a_charge_told_in_a_relative_clause_is_asked(ask_texts):
    qs = ask_texts(article("Peter Vane, who has been charged with fraud, left the Eastmoor court on Monday after a short hearing.",
                           "Vane, 52, ran a printing firm in the town."))
    assert "Will Peter Vane be convicted of fraud?" in qs, qs


def test_a_charge_on_an_unnamed_relative_head_is_not_given_a_name(ask_texts):
    qs = ask_texts(article("A family friend who was charged with theft left the Eastmoor court on Monday.",
                           "Peter Vane and Mary Vane, who owned the house, were not in court."))
    assert not any("convicted" in q for q in qs), qs  # which of the story's people the friend is, the parse does not say


def test_a_call_on_with_on_parsed_as_a_particle_is_asked(ask_texts):
    qs = ask_texts(article("Animal lovers in Eastmoor are angry.",
                           "Jane Morrow, who breeds spaniels, is now calling on all kennels to publish their prices."))
    assert "Will all kennels publish their prices, as Jane Morrow urges?" in qs, qs  # ("on" read as a particle)


def test_a_request_to_a_deciding_body_for_a_thing_is_asked(ask_texts):
    qs = ask_texts(article("Voting rules in Ruritania were struck down last month.",
                           "Ann Lee, the Ruritania attorney general, asked the Supreme Court for an emergency stay."))
    assert "Will the Supreme Court grant Ann Lee's request for an emergency stay?" in qs, qs


def test_a_request_answered_later_or_put_to_a_person_is_not_asked(ask_texts):
    qs = ask_texts(article("Voting rules in Ruritania were struck down last month.",
                           "Ann Lee, the Ruritania attorney general, asked the Supreme Court for an emergency stay.",
                           "The Supreme Court refused the stay on Friday."))
    assert not any("request" in q for q in qs), qs
    qs = ask_texts(article("Tom Hale missed the last bus home.", "Hale asked his brother for a lift."))
    assert not any("request" in q for q in qs), qs


def test_an_election_a_place_holds_at_a_time_ahead_is_asked(ask_texts):
    qs = ask_texts(article("Tom Hale and Ann Lee fly west tonight.",
                           "Nevada holds its Democratic caucuses on Saturday, and the latest survey puts Ann Lee and "
                           "Tom Hale level.", "Both campaigns bought airtime there."))
    assert "Who will win Saturday's Nevada Democratic caucuses?" in qs, qs
    qs = ask_texts(article("The contest turns north.", "The candidates now travel to Vermont, which holds a much-watched "
                           "first-in-the-nation presidential primary on Tuesday.", "Tom Hale has money left."))
    assert "Who will win Tuesday's Vermont presidential primary?" in qs, qs  # (the hyphenated labels left out)


def test_an_election_held_in_the_past_or_with_a_result_told_is_not_asked(ask_texts):
    qs = ask_texts(article("The contest turns north.", "Kentucky held its primary on Tuesday.", "Turnout was low."))
    assert not any("primary" in q for q in qs), qs
    qs = ask_texts(article("The contest turns north.", "Kentucky holds its primary on Tuesday.",
                           "Tom Hale won Kentucky by four points, results showed."))
    assert not any("primary" in q for q in qs), qs


def test_a_win_a_candidate_needs_in_an_election_ahead_is_asked(ask_texts):
    qs = ask_texts(article("EASTON - Tom Hale, who now needs a win in Tuesday's Republican primary in Kentucky, picked "
                           "up the backing of two county sheriffs on Friday.",
                           "The sheriffs praised his farm policy."))
    assert "Will Tom Hale win Tuesday's Kentucky Republican primary?" in qs, qs
    qs = ask_texts(article("Ann Lee leads the race.",
                           "Tom Hale needed a win in the Kentucky primary to stay in the race, but he lost it."))
    assert not any("win" in q for q in qs), qs


def test_an_election_named_with_a_capital_is_still_an_election_ahead(ask_texts):
    qs = ask_texts(article("Tom Hale is on the road.",
                           "Ann Lee is touring dairy farms ahead of the New Hampshire Primary.", "Her bus leaves on Monday."))
    assert "Will Ann Lee win the New Hampshire Primary?" in qs, qs


def test_time_to_appeal_goes_to_the_one_the_story_sanctions(ask_texts):
    qs = ask_texts(article("A Rivertown swimming coach falsified club records, a tribunal found.",
                           "Paul Dunmore, who chaired the tribunal, banned Tom Hale from coaching for five years.",
                           "He said: 'The records were altered on purpose and young swimmers paid the price.'",
                           "He has 21 days to appeal against the ruling to the sports court."))
    assert "Will Tom Hale appeal against the ruling?" in qs, qs


def test_time_to_appeal_with_two_sanctioned_is_not_given_a_name(ask_texts):
    qs = ask_texts(article("Two Rivertown swimming coaches falsified club records, a tribunal found.",
                           "Paul Dunmore banned Tom Hale from coaching, and Mary Lane was suspended for a year.",
                           "He said: 'The records were altered on purpose and young swimmers paid the price.'",
                           "He has 21 days to appeal against the ruling to the sports court."))
    assert not any("appeal" in q for q in qs), qs


def test_a_charge_told_after_the_lead_as_news_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "The landlord Tom Hale and his tenant Peter Vane, who shared the flat, are both "
                           "charged with arson and fraud.", "The hearing lasted an hour."))
    assert "Will Tom Hale and Peter Vane be convicted of arson and fraud?" in qs, qs
    qs = ask_texts(article(*FILLER, "Late on Friday, state prosecutors charged Peter Vane with robbery.",
                           "Shop owners welcomed the news."))
    assert "Will Peter Vane be convicted of robbery?" in qs, qs


def test_a_charge_told_after_the_lead_as_history_or_with_a_verdict_is_not_asked(ask_texts):
    for said in ("Peter Vane was charged with fraud when he ran the printing firm.",
                 "Peter Vane has been charged with fraud in 1998.",
                 "State prosecutors charged Peter Vane with fraud, and he was later convicted."):
        qs = ask_texts(article(*FILLER, said, "The hearing lasted an hour."))
        assert not any("convicted" in q for q in qs), (said, qs)
