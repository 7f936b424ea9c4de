"""Open matters lost before any rule fired, or when the clause could not be realised: a "can" that a named
party's belief turns into a forecast ("X believes Y can win the title this year"), and a named side or country
owning its object as "their" ("Westland will win their second title"), which left the clause with a pronoun the
question could not resolve.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article


def test_a_believed_can_is_asked_as_a_forecast(ask_texts):
    qs = ask_texts(article("Ann Lee, the chief executive of Harbour Motors, believes the firm can return to profit "
                           "in 2026.", "The firm lost money in each of the last three years."))
    assert "Can Harbour Motors return to profit in 2026, as Ann Lee believes?" in qs, qs


def test_a_believed_can_in_a_match_report(ask_texts):
    qs = ask_texts(article("Coach Tom Hale believes his side can beat Riverside in the final.",
                           "Hale's team scored three goals in the semi-final against Westbury, and the coach praised "
                           "his striker after the match."))
    assert "Can Tom Hale's side beat Riverside in the final?" in qs, qs


def test_an_ability_or_a_general_view_is_not_a_forecast(ask_texts):
    qs = ask_texts(article("Ann Lee believes the new scanner can help patients.",
                           "The scanner can store 1,000 images, Ann Lee said.", "Ben Cole did not believe the firm "
                           "can return to profit in 2026.", "Tom Hale, the chief of Harbour Motors, believes the "
                           "firm can return to profit in 2027."))
    assert [q for q in qs if q.startswith("Can ")] == [
        "Can Harbour Motors return to profit in 2027, as Tom Hale believes?"], qs


def test_a_named_side_owning_its_object_as_their(ask_texts):
    qs = ask_texts(article("Former captain Ben Cole believes Westland will win their second title this year.",
                           "Westland lost only once last season."))
    assert "Will Westland win their second title this year, as Ben Cole believes?" in qs, qs
    qs = ask_texts(article("Former captain Ben Cole believes Westland can win their second title this year.",
                           "Westland lost only once last season."))
    assert "Can Westland win their second title this year, as Ben Cole believes?" in qs, qs


def test_a_forecast_by_any_forecasting_verb(ask_texts):
    # "is expected to" was asked; "is predicted / forecast to" is the same forecast in other words
    qs = ask_texts(article("Ticket sales at the Westland box office are predicted to hit new highs this year.",
                           "Cinemas sold 200 million tickets last year."))
    assert "Will ticket sales at the Westland box office hit new highs this year?" in qs, qs


def test_a_passive_forecast_is_realised(ask_texts):
    # "is expected to sell" was asked; "is expected to be sold" left the clause with no form
    qs = ask_texts(article("The Harbour Motors plant in Leeds is expected to be sold to Riverside Group, analysts said.",
                           "The plant employs 800 people."))
    assert "Will the Harbour Motors plant in Leeds be sold to Riverside Group, as analysts say?" in qs, qs
    qs = ask_texts(article("The Harbour Motors plant in Leeds is due to be sold on 3 May.", "The plant employs 800 people."))
    assert not any("sold" in q for q in qs), qs  # a stated timetable, as for "is due to sell on 3 May"
    qs = ask_texts(article("The new Westland coin is expected to be widely welcomed by traders, analysts said.",
                           "The coin goes into circulation in June."))
    assert not any("widely be" in q for q in qs), qs  # the adverb would be stranded before the new "be"
