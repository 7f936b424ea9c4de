"""Events the story places ahead of its own time, named as a noun with their day ("Sunday's final", "next week's
Commons vote") or as a prize contenders will compete for, asked as their outcome; and the look-alikes that are not
asked (an event already told, a weekday's event in a past clause, a meeting named only by its day, a speaker's
"we'll be competing for").

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article, assert_registered


def test_the_kind_is_registered():
    assert_registered("event-ahead")


SPORT = ("Ann Lee won the 400m title in the league trials at Westby.", "Tom Reed was second in a season's best.")


def test_a_final_ahead_with_no_opponent_named_asks_who_wins(ask_texts):
    qs = ask_texts(article(*SPORT, "Bea Holm ran 2:01 in her heat to earn a place in Sunday's final.",
                           "The coach said the squad is in good shape."))
    assert "Who will win Sunday's final?" in qs, qs
    qs = ask_texts(article(*SPORT, "Tickets for next week's final in Westby sold out within an hour.",
                           "The coach said the squad is in good shape."))
    assert any(q.startswith("Who will win next week's final") for q in qs), qs


def test_a_final_told_or_past_is_not_asked(ask_texts):
    qs = ask_texts(article(*SPORT, "Bea Holm won her heat to earn a place in Sunday's final.",
                           "On Sunday Bea Holm won the final in 1:59."))
    assert not any(q.startswith("Who will win Sunday's") for q in qs), qs
    qs = ask_texts(article(*SPORT, "Bea Holm was second in Sunday's final.", "The coach said the squad is fine."))
    assert not any(q.startswith("Who will win Sunday's") for q in qs), qs


def test_a_named_meeting_ahead_asks_its_outcome_but_a_bare_one_does_not(ask_texts):
    qs = ask_texts(article("Avonia wants the budget rules relaxed, its finance minister said.",
                           "The issue will also be discussed at Tuesday's Westlea Council meeting of the ministers.",
                           "Three states oppose any change."))
    assert "What will be the outcome of Tuesday's Westlea Council meeting?" in qs, qs
    qs = ask_texts(article("Avonia wants the budget rules relaxed, its finance minister said.",
                           "The issue will also be discussed at Tuesday's meeting.", "Three states oppose any change."))
    assert not any("outcome of Tuesday's meeting" in q for q in qs), qs


def test_a_prize_contenders_will_compete_for_asks_who_wins(ask_texts):
    qs = ask_texts(article("Westby director Ann Lee leads the nominations for the Avonia film awards.",
                           "Tom Reed will compete for the best actor award with Sam Varn and Ivo Penn.",
                           "The ceremony is held in Westby on 20 March."))
    assert "Who will win the best actor award?" in qs, qs


def test_a_prize_told_won_or_only_hoped_for_is_not_asked(ask_texts):
    qs = ask_texts(article("Westby director Ann Lee leads the nominations for the Avonia film awards.",
                           "Tom Reed will compete for the best actor award with Sam Varn.",
                           "Sam Varn won the best actor award at the ceremony on Sunday."))
    assert "Who will win the best actor award?" not in qs, qs
    qs = ask_texts(article("Westby Rovers lost 2-0 to Avonia in the cup.",
                           '"In five years we will be competing for the major honours," coach Tom Reed said.'))
    assert not any("major honours" in q for q in qs), qs
