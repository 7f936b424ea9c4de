"""A figure a third party forecasts, still to come, is an open matter, not a number asked back ("Avonia's economy is
forecast to see growth of 2.4% in 2027" -> "Will Avonia's economy see growth of 2.4% in 2027?"); a forecast held in
the past, a price, or a bare noun's figure ("spending is forecast to grow by 3%") stays struck.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import FILLER, article


def test_a_present_forecast_of_a_named_thing_s_figure_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER,
                           "Avonia's economy grew by 3% last year and is forecast to see growth of 2.4% in 2027."))
    assert "Will Avonia's economy see growth of 2.4% in 2027?" in qs, qs
    qs = ask_texts(article(*FILLER, "Avonia's economy is forecast to see growth of 2.4% in 2027."))
    assert "Will Avonia's economy see growth of 2.4% in 2027?" in qs, qs


def test_a_past_forecast_a_price_or_a_bare_figure_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Avonia's economy was forecast to see growth of 2.4% in 2027."))
    assert not any("2.4%" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "The Lindell radio is expected to cost $250 when it goes on sale."))
    assert not any("$250" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Spending on roads is forecast to rise by 6% next year."))
    assert not any("6%" in q for q in qs), qs


def test_a_forecast_put_back_to_its_forecaster_is_asked_for_a_time_ahead(ask_texts):
    qs = ask_texts(article(*FILLER, "Avonia's trade body predicts that Avonia's exports will grow by 4% in 2027."))
    assert any(q.startswith("Will Avonia's exports grow by 4% in 2027") for q in qs), qs
    qs = ask_texts(article(*FILLER, "Lindell Motors expects its sales in Avonia to rise by 10% in 2027."))
    assert any(q.startswith("Will Lindell Motors' sales in Avonia rise by 10% in 2027") for q in qs), qs


def test_a_figure_for_a_year_already_passed_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Lindell Motors expects its sales in Avonia to rise by 10% in 2025.",
                           "Its sales fell in 2026."))
    assert not any("10%" in q for q in qs), qs


def test_a_forecast_said_after_its_figure_or_in_the_present_perfect_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Avonia's exports will grow by 4% in 2027, the report forecasts."))
    assert any(q.startswith("Will Avonia's exports grow by 4% in 2027") for q in qs), qs
    qs = ask_texts(article(*FILLER, "The trade body has predicted that Avonia's exports will grow by 4% in 2027."))
    assert any(q.startswith("Will Avonia's exports grow by 4% in 2027") for q in qs), qs


def test_an_estimate_of_a_figure_still_to_come_is_asked_but_not_one_held_in_the_past(ask_texts):
    qs = ask_texts(article(*FILLER, "Lindell Motors estimates that the Avonian car market will grow by 15% in 2027."))
    assert any(q.startswith("Will the Avonian car market grow by 15% in 2027") for q in qs), qs
    qs = ask_texts(article(*FILLER, "Lindell Motors estimated that the Avonian car market would grow by 15% in 2027."))
    assert not any("15%" in q for q in qs), qs
