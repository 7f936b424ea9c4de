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
                           "The big question is whether Hale keeps the support of his own party."))
    assert "Will Tom Hale keep the support of his own party?" in qs, qs


def test_a_closing_aside_with_an_unresolved_pronoun_is_left_out(ask_texts):
    qs = ask_texts(article("Ann Lee and Tom Hale are fighting for the Eastmoor seat.",
                           "The real question is whether Lee keeps up the attacks as she tries to win over older voters."))
    assert "Will Ann Lee keep up the attacks?" in qs, qs
    assert not any(" she " in q for q in qs), qs


def test_a_closing_aside_is_kept_when_it_reads(ask_texts):
    qs = ask_texts(article("Eastmoor council has a new plan for the harbour.",
                           "It remains unclear whether Ann Lee will back the plan as the vote nears."))
    assert any(q.startswith("Will Ann Lee back the plan") for q in qs), qs


def test_a_charge_told_in_a_relative_clause_is_asked(ask_texts):
    qs = ask_texts(article("Peter Vane, who has been charged with fraud, was granted bail on Monday by the Eastmoor court.",
                           "Vane, 52, ran a printing firm in the town."))
    assert "Will Peter Vane be convicted of fraud?" in qs, qs


def test_a_charge_on_an_unnamed_relative_head_is_not_given_a_name(ask_texts):
    qs = ask_texts(article("A family friend who was charged with theft was granted bail on Monday.",
                           "Peter Vane and Mary Vane, who owned the house, were not in court."))
    assert not any("convicted" in q for q in qs), qs  # which of the story's people the friend is, the parse does not say


def test_a_call_on_with_on_parsed_as_a_particle_is_asked(ask_texts):
    qs = ask_texts(article("Animal lovers in Eastmoor are angry.",
                           "Ms Jane Morrow, a vet, is now calling on all kennels to publish their prices."))
    assert "Will all kennels publish their prices, as Jane Morrow urges?" in qs, qs


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
    qs = ask_texts(article("Tom Hale and Ann Lee head west.",
                           "Nevada holds its Democratic caucuses on Saturday, and a new poll shows Ann Lee and Tom Hale "
                           "in a dead heat.", "Both campaigns spent heavily there."))
    assert "Who will win Saturday's Nevada Democratic caucuses?" in qs, qs
    qs = ask_texts(article("The race moves on.", "Everybody now heads to Vermont, which holds the first-in-the-nation "
                           "primary next week.", "Tom Hale has money left."))
    assert "Who will win Vermont's primary?" in qs, qs  # (the hyphenated label left out of the name)


def test_an_election_held_in_the_past_or_with_a_result_told_is_not_asked(ask_texts):
    qs = ask_texts(article("The race moves on.", "Kentucky held its primary on Tuesday.", "Turnout was low."))
    assert not any("primary" in q for q in qs), qs
    qs = ask_texts(article("The race moves on.", "Kentucky holds its primary on Tuesday.",
                           "Tom Hale won Kentucky by four points, results showed."))
    assert not any("primary" in q for q in qs), qs


def test_a_win_a_candidate_needs_in_an_election_ahead_is_asked(ask_texts):
    qs = ask_texts(article("EASTON - Tom Hale, who badly needs a win in Tuesday's Republican primary in Kentucky, "
                           "received the endorsement of the governor on Friday.",
                           "The governor said he would vote for Hale."))
    assert "Will Tom Hale win Tuesday's Kentucky Republican primary?" in qs, qs
    qs = ask_texts(article("Ann Lee leads the race.",
                           "Tom Hale needed a win in the Kentucky primary to stay in the race, but he lost it."))
    assert not any("win" in q for q in qs), qs


def test_a_refusal_of_another_partys_request_leaves_the_request_open(ask_texts):
    qs = ask_texts(article("Voting rules in Ruritania were struck down last month.",
                           "Ann Lee, the Ruritania attorney general, asked the Supreme Court for an emergency stay.",
                           "Last year the Supreme Court refused to hear a case from Tom Hale."))
    assert "Will the Supreme Court grant Ann Lee's request for an emergency stay?" in qs, qs


def test_time_to_appeal_goes_to_the_one_the_story_sanctions(ask_texts):
    qs = ask_texts(article("A Rivertown teacher changed pupils' test answers, a panel found.",
                           "Acting for the minister, Paul Dunmore banned Tom Hale from the classroom for two years.",
                           "He said: 'The conduct was deliberate and the school suffered for it.'",
                           "He was given 28 days in which to appeal against the decision to the High Court."))
    assert "Will Tom Hale appeal against the decision to the High Court?" in qs, qs


def test_time_to_appeal_with_two_sanctioned_is_not_given_a_name(ask_texts):
    qs = ask_texts(article("Two Rivertown teachers changed pupils' test answers, a panel found.",
                           "Paul Dunmore banned Tom Hale from the classroom, and Mary Lane was suspended for a year.",
                           "He said: 'The conduct was deliberate and the school suffered for it.'",
                           "He was given 28 days in which to appeal against the decision to the High Court."))
    assert not any("appeal" in q for q in qs), qs


def test_an_election_named_with_a_capital_is_still_an_election_ahead(ask_texts):
    qs = ask_texts(article("Tom Hale is on the road.",
                           "A few weeks ahead of the New Hampshire Primary, Tom Hale's campaign says it will not debate.",
                           "Ann Lee is angry."))
    assert "Who will win the New Hampshire Primary?" in qs, qs


def test_a_charge_told_after_the_lead_as_news_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Her father Tom Hale and his friend Peter Vane, who lived in the house, are each "
                           "charged with manslaughter and child cruelty.", "The hearing lasted an hour."))
    assert "Will Tom Hale and Peter Vane be convicted of manslaughter and child cruelty?" in qs, qs
    qs = ask_texts(article(*FILLER, "On Friday, county prosecutors charged Peter Vane with murder, and the mayor "
                           "released the video hours later.", "Protests followed."))
    assert "Will Peter Vane be convicted of murder?" in qs, qs


def test_a_charge_told_after_the_lead_as_history_or_with_a_verdict_is_not_asked(ask_texts):
    for said in ("Peter Vane was charged with fraud when he ran the printing firm.",
                 "Peter Vane has been charged with fraud in 1998.",
                 "County prosecutors charged Peter Vane with fraud, and he was later convicted."):
        qs = ask_texts(article(*FILLER, said, "The hearing lasted an hour."))
        assert not any("convicted" in q for q in qs), (said, qs)
