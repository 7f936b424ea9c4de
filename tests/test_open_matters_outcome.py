"""The outcome of a step the story reports as still under way (issue 19): what a named party is trying to do
(the "attempt" open matter), a charge reported as "a man charged with ..." whose accused the story names as the
one who "allegedly" did it, and the lead fallback that asks about the lead's plan, offer or lawsuit when an
article has fewer than two questions.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article, assert_registered


def test_attempt_is_registered():
    assert_registered("attempt")


def test_an_attempt_under_way_is_asked(ask_texts):
    qs = ask_texts(article("Acme, the retail chain that is trying to buy its rival Lee Stores, has said it will raise "
                           "its dividend by 10%.", "Its shares rose on Monday."))
    assert "Will Acme buy its rival Lee Stores?" in qs, qs
    qs = ask_texts(article("Ruritania is to redenominate its currency on Saturday in the hope of boosting exports.",
                           "The old notes will stay valid for a year."))
    assert "Will Ruritania boost exports?" in qs, qs


def kinds(parse_text, *paragraphs: str) -> set[str]:
    from generator.extract import questions
    from generator.extract.analysis import analyse

    return {c.kind for c in questions.candidates(analyse(parse_text(article(*paragraphs))), [])}


def test_an_attempt_told_as_over_or_forecast_is_not_asked(ask_texts, parse_text):
    qs = ask_texts(article("Acme tried to buy its rival Lee Stores in 2001.", "Its shares rose on Monday."))
    assert not any("buy" in q for q in qs), qs
    # (another rule raises "Will Acme buy Lee Stores?" from "is trying to"; the open matter is not claimed for it)
    assert "open:attempt" in kinds(parse_text, "Acme is trying to buy Lee Stores.", "Its shares rose on Monday.")
    assert "open:attempt" not in kinds(parse_text, "Acme is trying to buy Lee Stores.",
                                       "Acme bought Lee Stores on Monday for £5m.")
    assert "open:attempt" not in kinds(parse_text, "Acme is trying to buy Lee Stores.",
                                       "In March Acme gave up the chase.")
    qs = ask_texts(article("With Acme still top of the market, it looks set to keep selling the most tickets.",
                           "Its shares rose on Monday."))
    assert not any("keep selling" in q for q in qs), qs


def test_lead_fallback_asks_whether_an_offer_or_plan_goes_through(ask_texts):
    qs = ask_texts(article("The creator of the soap Harbour Lane has written to the media secretary to offer to buy "
                           "Channel Nine.", "The soap ran for twenty years."))
    assert "Will the offer to buy Channel Nine be accepted?" in qs, qs
    qs = ask_texts(article("Some 300 jobs may go at the Rivertown plant of Lee Motors, a newspaper has reported.",
                           "Acme Motor Corp plans to move production of the Lee 25 to Ruritania, the report says."))
    assert "Will Acme Motor Corp's plan to move production of the Lee 25 to Ruritania go ahead?" in qs, qs
    qs = ask_texts(article("Some 300 jobs may go at the Rivertown plant of Lee Motors, a newspaper has reported.",
                           "Acme Motor Corp plans to move production of the Lee 25 to Ruritania, the report says.",
                           "Staff later heard that the plan had been shelved."))
    assert not any("go ahead" in q for q in qs), qs  # a plan the story tells shelved is not open


def test_lead_fallback_asks_whether_a_lawsuit_succeeds_unless_told(ask_texts):
    qs = ask_texts(article("Ann Hale is being sued by a former neighbour who claims the singer stole her dog.",
                           "The dog now lives on a farm near Rivertown."))
    assert "Will the lawsuit against Ann Hale succeed?" in qs, qs
    qs = ask_texts(article("Ann Hale is being sued by a former neighbour who claims the singer stole her dog.",
                           "The suit was dismissed in May."))
    assert not any("lawsuit" in q for q in qs), qs


def test_a_charge_told_in_a_participle_names_the_alleged_doer(ask_texts):
    qs = ask_texts(article("A row between two Rivertown neighbours over noise has left one man dead and another "
                           "charged with manslaughter.",
                           "Tom Lee, 55, was allegedly killed by a single punch from shift worker Ben Hale, 28, "
                           "during a row outside their homes.",
                           "The case is due back before the judge on 18 May."))
    assert "Will Ben Hale be convicted of manslaughter?" in qs, qs
    qs = ask_texts(article("A row between two Rivertown neighbours over noise has left one man dead and another "
                           "charged with manslaughter.",
                           "Ben Hale, 28, was found guilty of manslaughter on Friday."))
    assert not any("convicted" in q for q in qs), qs


def test_an_aim_hoped_for_or_bid_for_is_asked(ask_texts):
    qs = ask_texts(article("Tom Hale hopes to return to the Rovers team next month.", "He hurt his knee in May."))
    assert "Will Tom Hale return to the Rovers team next month?" in qs, qs
    qs = ask_texts(article("Acme has cut its prices in a bid to win back customers from Lee Stores.",
                           "Its shares rose on Monday."))
    assert "Will Acme win back customers from Lee Stores?" in qs, qs
    qs = ask_texts(article("Ann Hale has moved to Rivertown in an attempt to escape being watched by reporters.",
                           "Her house was sold in May."))
    assert not any("escape" in q for q in qs), qs  # a gerund object: "Will Ann Hale escape being watched ...?"


def test_lead_fallback_asks_a_call_for_a_step_with_a_named_caller(ask_texts):
    qs = ask_texts(article("A judge should look into the Harbour Board affair, the Ruritanian Greens say.",
                           "The board chairman resigned in May."))
    assert any(q.startswith("Will a judge look into the Harbour Board affair, as ") and q.endswith(("urge?", "urges?"))
               for q in qs), qs
    qs = ask_texts(article("A fragment should stay a fragment, the poet says.", "The poem was published in May."))
    assert qs == [], qs


def test_lead_fallback_leaves_an_offer_the_story_says_was_answered(ask_texts):
    qs = ask_texts(article("The creator of the soap Harbour Lane has written to the media secretary to offer to buy "
                           "Channel Nine.", "The minister rejected the offer on Friday."))
    assert not any("offer" in q for q in qs), qs


def test_an_attempt_of_several_owners_a_habit_or_a_quote_is_not_asked(ask_texts):
    qs = ask_texts(article("Acme, Lee Stores and a handful of smaller chains are all seeking to win shoppers.",
                           "Sales rose in May."))
    assert not any("win shoppers" in q for q in qs), qs
    qs = ask_texts(article("When Ann Hale is looking to fill a post at the ministry, she asks for a long list.",
                           "She took office in May."))
    assert not any("fill a post" in q for q in qs), qs


def test_an_attempt_owned_by_a_nationality_word_is_not_asked(ask_texts):
    qs = ask_texts(article("Ruritania striker Tom Hale hurt his knee on Saturday.",
                           "The Frenchman will miss the game with Rovers but hopes to return for the final on 11 May."))
    assert not any(q.startswith("Will the Frenchman") for q in qs), qs
