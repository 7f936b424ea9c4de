"""Questions an editor drops: one put to someone and answered in the same sentence, and a hedge on a present or
past state asked back as if open. Each fixture shows the dropped question gone and a like one, still open, kept.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import FILLER, article


def test_a_question_put_and_answered_on_the_spot_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Asked on Monday whether Tom Hale would take a seat on the harbour board, "
                                    "Ann Lee shook her head and said: 'No.'"))
    assert not any("seat on the harbour board" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Asked whether Rivertown council would sell the old pier to developers, "
                                    "Tom Hale said that it would."))
    assert not any("old pier" in q for q in qs), qs


def test_a_question_put_and_left_unanswered_is_still_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Asked whether the Rivertown ferry service would close next year, Harbour Lines "
                                    "said it did not know."))
    assert any("ferry service" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Asked whether the Rivertown ferry service would close next year, Harbour Lines "
                                    "declined to comment."))
    assert any("ferry service" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Officials are still asking whether the Rivertown ferry service will close "
                                    "next year."))
    assert any("ferry service" in q for q in qs), qs


def test_a_hedge_on_a_present_state_is_not_asked_back(ask_texts):
    qs = ask_texts(article(*FILLER, "Rivertown Rovers may just be making an opening offer before the talks in "
                                    "Harbourville."))
    assert not any("opening offer" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "The Rivertown tide could be beginning to turn for Harbour Lines."))
    assert not any("tide" in q for q in qs), qs


def test_a_hedged_readiness_or_a_hedged_event_is_still_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Harbour Lines has indicated it may be willing to sell the old pier to Tom Hale."))
    assert any("sell the old pier" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Harbour Lines said the ferry service may be sold to Tom Hale next year."))
    assert any("ferry service be sold" in q for q in qs), qs
    # a named party's hedge on an event, asked in its own tense, is an allegation still open
    qs = ask_texts(article(*FILLER, "Tom Hale said the harbour board may have been misled by Harbour Lines over the "
                                    "pier sale."))
    assert any("harbour board misled" in q for q in qs), qs


def test_what_an_act_would_do_or_be_is_a_view_not_a_forecast(ask_texts):
    qs = ask_texts(article(*FILLER, "Analysts say lifting the harbour ban will boost trade in Rivertown."))
    assert not any("boost trade" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Tom Hale said meeting the new Rivertown rules will be expensive for small firms."))
    assert not any("expensive" in q for q in qs), qs


def test_an_agents_step_or_an_acts_place_in_a_plan_is_still_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Analysts say Tom Hale will lift the harbour ban in Rivertown next year."))
    assert any("lift the harbour ban" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Striking dockers will return to the Rivertown plant on Monday, Ann Lee said."))
    assert any("return to the Rivertown plant" in q for q in qs), qs
    # a bare noun after "-ing" may be what the participle describes: "restructuring plans" are the subject
    qs = ask_texts(article(*FILLER, "Harbour Lines said restructuring plans drawn up by Ann Lee will continue to be "
                                    "carried out."))
    assert any("restructuring plans" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Ann Lee has argued that curbing harbour fees should be part of the Rivertown "
                                    "budget reform."))
    assert any("part of the Rivertown budget" in q for q in qs), qs


def test_an_answer_the_sentence_gives_as_certain_is_not_asked_back(ask_texts):
    qs = ask_texts(article(*FILLER, "Even with a loss at the harbour vote, Harbour Lines would almost certainly win "
                                    "enough seats to keep the ferry contract."))
    assert not any("ferry contract" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "There is no doubt that electric ferries with solar roofs are hugely popular in "
                                    "Rivertown."))
    assert not any("electric ferries" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Tom Hale hurt his knee in training. He will definitely be sidelined until "
                                    "the Rivertown regatta."))
    assert not any("sidelined" in q for q in qs), qs


def test_a_certainty_someone_claims_or_a_plain_forecast_is_still_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Even with a loss at the harbour vote, Harbour Lines would probably win "
                                    "enough seats to keep the ferry contract."))
    assert any("ferry contract" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Tom Hale declared that he would certainly sell the old Rivertown pier to "
                                    "developers."))
    assert any("old Rivertown pier" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Only a handful of engineers take the view, set out in a Westby study, that "
                                    "a second Rivertown bridge will definitely be necessary."))
    assert any("second Rivertown bridge" in q for q in qs), qs


def test_a_question_put_and_answered_by_the_next_quote_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "At a rally in Westby a reporter asked whether Tom Hale would stand for mayor of "
                                    "Avonford next spring.",
                           "\u201cOf course. I have told my family already,\u201d he said."))
    assert not any("stand for mayor" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "At a rally in Westby a reporter asked whether Tom Hale would stand for mayor of "
                                    "Avonford next spring.",
                           "Tom Hale declined to say."))
    assert any("stand for mayor" in q for q in qs), qs


def test_a_yes_or_no_on_no_one_s_own_doing_stays_open_whatever_the_reply(ask_texts):
    qs = ask_texts(article(*FILLER, "At a rally in Westby a reporter asked whether the Avonford ferry service would "
                                    "close next year.",
                           "\u201cThe one thing I can tell you is that nobody can tell,\u201d Tom Hale said."))
    assert any("ferry service" in q for q in qs), qs


def test_the_article_s_own_question_answered_in_the_next_paragraph_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "So who runs the Westby harbour board these days?",
                           "Mostly a retired captain, Tom Hale, and two clerks who keep the books."))
    assert not any("harbour board" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "So who runs the Westby harbour board these days?",
                           "No one in Rivertown seems to know."))
    assert any("harbour board" in q for q in qs), qs


def test_a_view_about_a_thing_asked_back_with_its_holder_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Ann Lee, an analyst at Westby Analytics, thinks there could be potential for "
                                    "business in the Rivertown ferry trade."))
    assert not any("potential for business" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Harbour Lines maintains that the forced sale of the Avonia depot will cause "
                                    "lasting harm to the Westby economy."))
    assert not any("lasting harm" in q for q in qs), qs


def test_a_named_party_s_act_or_a_dated_forecast_with_its_holder_is_still_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Ann Lee, an analyst at Westby Analytics, thinks Tom Reed could resign as mayor "
                                    "of Rivertown."))
    assert any("resign as mayor" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Ann Lee, an analyst at Westby Analytics, believes the Rivertown ferry fares "
                                    "could rise by a third next year."))
    assert any("ferry fares" in q for q in qs), qs


def test_a_source_s_likelihood_for_a_thing_asked_back_without_the_source_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Harbour Lines said that the spread of the Avonia ferry virus was likely to be "
                                    "small, since no boat had reported it."))
    assert not any("spread of the Avonia" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Harbour Lines said that Tom Reed was likely to resign as mayor of Rivertown."))
    assert any("resign as mayor" in q for q in qs), qs
