"""Open matters: an election still ahead, named with its place, asked as who will win it.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article


def test_a_candidate_campaigning_ahead_of_a_dated_primary(ask_texts):
    qs = ask_texts(article("Tom Hale makes a late push in Kentucky.",
                           "Kentucky has become a second home for the senator Tom Hale as he tours the state ahead of "
                           "Tuesday's primary.", "His rallies there drew large crowds in May."))
    assert "Will Tom Hale win Tuesday's Kentucky primary?" in qs, qs


def test_two_candidates_vying_ahead_of_a_caucus_are_both_named(ask_texts):
    qs = ask_texts(article("Ann Lee and Tom Hale are tied among older voters, a poll found.",
                           "Still, ahead of Saturday's Kentucky caucus, Ann Lee and Tom Hale must vie for the farm vote.",
                           "The poll was taken last week."))
    assert "Who will win Saturday's Kentucky caucus, Ann Lee or Tom Hale?" in qs, qs


def test_a_primary_pointed_back_to_takes_the_place_just_named(ask_texts):
    qs = ask_texts(article("Tom Hale vows to stay in the race.",
                           "Speaking in Montana on Friday, Tom Hale said he expects to win that state's June 7 primary.",
                           "His campaign has little money left."))
    assert any(q.endswith("win Montana's June 7 primary?") for q in qs), qs


def test_a_contest_told_in_the_past_or_with_its_result_is_not_asked(ask_texts):
    past = ask_texts(article("Tom Hale lost his bid in 1984.",
                             "Tom Hale flip-flopped on farm subsidies, a bid to win votes ahead of the Kentucky primary.",
                             "He never ran again."))
    assert not any("win the Kentucky primary" in q for q in past), past
    told = ask_texts(article("Tom Hale makes a late push in Kentucky.",
                             "Tom Hale is touring every county ahead of the Kentucky caucuses.",
                             "Ann Lee won Kentucky by four points, results showed."))
    assert not any("Kentucky caucuses" in q for q in told), told


def test_a_primary_with_no_place_to_name_is_not_asked(ask_texts):
    qs = ask_texts(article("Tom Hale makes a late push.",
                           "Tom Hale is touring the state ahead of Tuesday's primary.",
                           "His rallies drew large crowds in May."))
    assert not any("primary" in q for q in qs), qs


def test_a_call_on_someone_to_act_is_asked_as_the_act(ask_texts):
    qs = ask_texts(article("Senators split over the Acme takeover.",
                           "Senator Tom Hale called on the county administration to block the Acme takeover, but "
                           "others were less worried.", "The takeover was announced in May."))
    assert "Will the county administration block the Acme takeover, as Tom Hale urges?" in qs, qs


def test_a_request_put_to_a_court_is_asked_and_a_favour_is_not(ask_texts):
    qs = ask_texts(article("The party fights the new voting rules.",
                           "Jo Bloggs, a lawyer for the party, has asked the Supreme Court to intervene.",
                           "Ann Lee asked her friend to drive her to the polling station."))
    assert "Will the Supreme Court intervene, as Jo Bloggs asks?" in qs, qs
    assert not any("drive" in q for q in qs), qs


def test_a_call_for_words_or_an_act_whose_object_is_lost_is_not_asked(ask_texts):
    qs = ask_texts(article("The care policy is under strain.",
                           "But the Harbour Party called on ministers to reassure families that the money is there "
                           "to fund the free care policy.", "Ministers say the policy is fully funded."))
    assert not any("reassure" in q for q in qs), qs

