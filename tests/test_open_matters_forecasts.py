"""Open matters a story states as facts about the future: a forecast a company gives of its own figures ("is
projecting earnings growth of 5%"), and a contender "one of the favourites" or "among the favourites" to win.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article, assert_registered


def test_the_forecast_kind_is_registered():
    assert_registered("forecast")


def test_a_company_forecast_of_its_own_figures_is_asked(ask_texts):
    qs = ask_texts(article("Quarterly profits at Avonia Airways rose 10% to $1bn.",
                           "For 2006, Avonia Airways is projecting operating earnings growth of 5%, with "
                           "margins steady."))
    assert "Will Avonia Airways meet its forecast of operating earnings growth of 5% for 2006?" in qs, qs
    qs = ask_texts(article("Avonia Online said its sales rose 40% in the last quarter.",
                           "Avonia Online now forecasts 2006 revenue of $3.1bn to $3.3bn plus a profit of $1.50 a share."))
    assert "Will Avonia Online meet its forecast of 2006 revenue of $3.1bn to $3.3bn?" in qs, qs


def test_forecasts_that_are_not_the_partys_own_are_not_asked(ask_texts):
    for text in ("The Westby Institute is forecasting economic growth of 2% this year.",
                 "The Avonia central bank expects growth of 2.5% this year.",
                 "Analyst Tom Reed predicts profits of $2m at Avonia Airways.",
                 "Avonia Airways had forecast sales growth of 5% for 2004."):
        qs = ask_texts(article("Shares in Avonia Airways rose on Monday.", text))
        assert not any("forecast of" in q for q in qs), (text, qs)


def test_a_forecast_in_a_quote_is_not_asked(ask_texts):
    qs = ask_texts(article("Shares in Avonia Airways rose on Monday.",
                           '"Avonia Airways expects sales growth of 5% next year," said Ann Lee.'))
    assert not any("forecast of" in q for q in qs), qs


def test_one_of_or_among_the_favourites_to_win(ask_texts):
    qs = ask_texts(article("Stars gather in Westby for the drama awards on Saturday.",
                           "Actress Ann Lee, 41, is one of the favourites to take the top acting prize for her part in "
                           "the film."))
    assert "Will Ann Lee take the top acting prize?" in qs, qs
    qs = ask_texts(article("The Westby marathon is run on Sunday.", "Tom Reed is among the favourites to win the race."))
    assert "Will Tom Reed win the race?" in qs, qs


def test_two_among_the_favourites_are_not_asked_one_by_one(ask_texts):
    qs = ask_texts(article("Stars gather in Westby for the drama awards on Saturday.",
                           "Both Ann Foxe and Tom Swale are seen as among the favourites to collect prizes."))
    assert not any("collect prizes" in q for q in qs), qs


def test_a_contender_up_for_a_prize(ask_texts):
    qs = ask_texts(article("The Westby film prizes are handed out on Sunday.",
                           "Ann Lee is up for the best director award for Harbour Nights, alongside Tom Hale."))
    assert "Will Ann Lee win the best director award?" in qs, qs
    qs = ask_texts(article("The Westby stage prizes are handed out on Monday.",
                           "The Long Road is also up for best musical at the ceremony in the Avonia rooms."))
    assert "Will the Long Road win best musical?" in qs, qs


def test_up_for_what_is_no_prize_or_no_one_contender_is_not_asked(ask_texts):
    for text in ("Ben Cole and Eva Holm are up for best original song.", "Tom Reed is also up for awards.",
                 "The old house on the quay is up for sale."):
        qs = ask_texts(article("The Westby film prizes are handed out on Sunday.", text))
        assert not any(" win " in q for q in qs), (text, qs)
    qs = ask_texts(article("Ann Lee is up for the best director award for Harbour Nights.",
                           "On Sunday Tom Hale won the best director award."))
    assert not any("Ann Lee win" in q for q in qs), qs


def test_a_player_linked_with_a_move(ask_texts):
    qs = ask_texts(article("Westby Rovers midfielder Tom Hale has criticised the club over his contract.",
                           "Hale's deal runs out in May and he has been linked with Avonia City, Northam and Eastwick."))
    assert "Will Tom Hale join Avonia City, Northam or Eastwick?" in qs, qs
    qs = ask_texts(article("Westby Rovers striker Tom Hale scored twice in the league on Saturday.",
                           "Hale has been linked with a move to Avonia City."))
    assert "Will Tom Hale move to Avonia City?" in qs, qs
    qs = ask_texts(article("Westby Rovers beat Avonia City 2-1 in the league on Saturday.",
                           "Rovers have been linked with Eastwick striker Tom Hale."))
    assert "Will Rovers sign Tom Hale?" in qs, qs


def test_a_link_settled_or_past_is_not_asked(ask_texts):
    qs = ask_texts(article("Westby Rovers striker Tom Hale scored twice in the league on Saturday.",
                           "Hale has been linked with a move to Avonia City.", "On Monday Hale signed for Northam."))
    assert not any("Avonia City" in q for q in qs), qs
    qs = ask_texts(article("Westby Rovers striker Tom Hale scored twice in the league on Saturday.",
                           "Hale had been linked with a move to Avonia City."))
    assert not any("Avonia City" in q for q in qs), qs


def test_a_lot_valued_ahead_of_its_auction(ask_texts):
    assert_registered("auction")
    qs = ask_texts(article("Westby auction house to sell folk memorabilia.",
                           "A guitar belonging to folk singer Ann Lee is expected to fetch up to $2m (£1m) at an "
                           "auction of music memorabilia next month.", "Other items include her stage dresses."))
    assert "Will a guitar belonging to folk singer Ann Lee fetch up to $2m at auction?" in qs, qs
    qs = ask_texts(article("Avonia painter's collection up for sale.",
                           "The art collection of painter Tom Reed could fetch up to £5m when it is auctioned in "
                           "Westby later this year.", "The works were kept at his Westby home."))
    assert "Will the art collection of painter Tom Reed fetch up to £5m at auction?" in qs, qs


def test_an_auction_whose_sale_is_told_or_a_price_without_an_auction_is_not_asked(ask_texts):
    qs = ask_texts(article("A guitar belonging to folk singer Ann Lee was expected to fetch up to $2m at an auction.",
                           "In the end it fetched $3m, a record for the Westby auction house."))
    assert not any("at auction?" in q for q in qs), qs
    qs = ask_texts(article("Used cars keep their value in Avonia.",
                           "A Westby saloon bought new should still fetch at least £8,000, dealers say."))
    assert not any("fetch" in q for q in qs), qs
