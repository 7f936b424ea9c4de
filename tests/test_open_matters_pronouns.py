"""Open matters whose subject is a pronoun ("It is seeking damages", "They face Hull on Friday"): asked with
the named body the pronoun stands for when the article leaves no doubt, and left unasked when another body or
subject could be meant (a wrong name is worse than none).

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article


def test_it_is_the_body_named_as_subject_just_before(ask_texts):
    qs = ask_texts(article("Analysts expect a long fight after Northwind Airlines filed a complaint with the regulator.",
                           "It is seeking damages of $5m from the Harbour Board.",
                           "The board said the fees were fair."))
    assert "Will Northwind Airlines win damages of $5m from the Harbour Board?" in qs, qs  # the figure whole


def test_it_with_another_subject_in_between_is_not_guessed(ask_texts):
    qs = ask_texts(article("Analysts expect a long fight after Northwind Airlines said the merger had collapsed.",
                           "It is seeking damages of $5m from the Harbour Board.",
                           "The board said the fees were fair."))
    assert not any("damages" in q for q in qs), qs


def test_they_is_a_team_named_as_subject_just_before(ask_texts):
    qs = ask_texts(article("A late goal meant Kingsport United won the cup on Saturday.",
                           "They face Millbrook City on Wednesday.",
                           "Millbrook are top of the table."))
    assert "Will Kingsport United beat Millbrook City on Wednesday?" in qs, qs


def test_they_is_not_guessed_between_two_teams(ask_texts):
    qs = ask_texts(article("A late goal meant Kingsport United beat Eastwick Town on Saturday.",
                           "They face Millbrook City on Wednesday.",
                           "Millbrook are top of the table."))
    assert not any(q.startswith("Will") and "beat Millbrook" in q for q in qs), qs


def test_it_inside_a_quote_is_not_guessed(ask_texts):
    qs = ask_texts(article("Analysts expect a long fight after Northwind Airlines filed a complaint with the regulator.",
                           '"It is seeking damages of $5m from the Harbour Board," a lawyer said.',
                           "The board said the fees were fair."))
    assert not any("damages" in q for q in qs), qs

