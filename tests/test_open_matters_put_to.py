"""The "put-to" open matter: a proposal, offer, bid, application or plan put to a named decider that the
story leaves undecided ("Will the regulator accept Acme's proposals?"), and the cases it must leave alone:
an outcome told anywhere in the story, a past or pluperfect step, "neither has tabled a bid", a decider or
proposer nobody names.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

import re

from helpers import article, assert_registered


def put_to(qs: list[str]) -> list[str]:
    return [q for q in qs if re.search(r" (?:accept|approve|back|endorse|ratify|support) | succeed\?", q)]


def test_the_kind_is_registered():
    assert_registered("put-to")


def test_proposals_submitted_to_a_regulator(ask_texts):
    qs = ask_texts(article("Acme Holdings has submitted its proposals to the regulator.",
                           "Staff at the plant have been told to expect changes."))
    assert "Will the regulator accept Acme Holdings' proposals?" in qs, qs


def test_a_bid_for_a_named_target(ask_texts):
    qs = ask_texts(article("Lee Holdings is poised to launch a bid for Brill Foods.",
                           "Brill Foods employs 300 people in the town."))
    assert "Will Lee Holdings' bid for Brill Foods succeed?" in qs, qs


def test_shareholders_asked_to_approve(ask_texts):
    qs = ask_texts(article("Shareholders of Lee Motors will be asked to approve the takeover next month.",
                           "The shares rose 4% on the news."))
    assert "Will shareholders of Lee Motors approve the takeover?" in qs, qs
    qs = ask_texts(article("Creditors of Lee Motors will be asked to vote on the rescue plan later this year.",
                           "The shares rose 4% on the news."))
    assert "Will creditors of Lee Motors approve the rescue plan?" in qs, qs


def test_a_body_urged_to_approve(ask_texts):
    qs = ask_texts(article("President Ana Ruiz has urged the Valdonian parliament to approve the amnesty.",
                           "Several hundred prisoners could be freed."))
    assert "Will the Valdonian parliament approve the amnesty?" in qs, qs


def test_an_offer_under_consideration(ask_texts):
    qs = ask_texts(article("The owners of Brill Foods are considering an offer from Lee Holdings.",
                           "Brill Foods employs 300 people in the town."))
    assert "Will the owners of Brill Foods accept the offer from Lee Holdings?" in qs, qs


def test_not_when_the_story_tells_the_outcome(ask_texts):
    qs = ask_texts(article("Rovers have made a bid for striker Tom Hale.",
                           "City later rejected the bid, saying the player was not for sale."))
    assert not put_to(qs), qs
    qs = ask_texts(article("The owners of Brill Foods are considering an offer from Lee Holdings.",
                           "On Friday Lee Holdings withdrew the offer."))
    assert not put_to(qs), qs


def test_not_for_a_past_or_absent_step(ask_texts):
    qs = ask_texts(article("Rovers had made a bid for striker Tom Hale in 2001.",
                           "The striker has scored nine goals this season."))
    assert not put_to(qs), qs
    qs = ask_texts(article("Neither Rovers nor City has made a bid for striker Tom Hale.",
                           "The striker has scored nine goals this season."))
    assert not put_to(qs), qs  # (the "action" detector's "made a bid for" too)
    qs = ask_texts(article("So far neither side has tabled a formal bid for Brill Foods.",
                           "Brill Foods employs 300 people in the town."))
    assert not put_to(qs), qs


def test_not_without_a_named_side(ask_texts):
    qs = ask_texts(article("The firm has submitted its proposals to the regulator.",
                           "Staff have been told to expect changes."))
    assert not put_to(qs), qs
    qs = ask_texts(article("Lee Holdings has submitted bids to market its products abroad.",
                           "Staff have been told to expect changes."))
    assert not put_to(qs), qs  # "to market": an infinitive, not a decider


def test_not_a_step_of_the_deciders_own(ask_texts):
    qs = ask_texts(article("Lee Holdings is considering a takeover of Brill Foods.",
                           "Brill Foods employs 300 people in the town."))
    assert not [q for q in qs if "approve" in q or "accept" in q], qs
    qs = ask_texts(article("Coach Tom Hale has urged fans to back the team on Saturday.",
                           "Rovers are third in the league."))
    assert "Will fans back the team?" not in qs, qs  # (a call to the public: the question rules may still ask it)


def test_waiting_on_a_named_deciders_approval(ask_texts):
    qs = ask_texts(article("The takeover is subject to approval by Lee Motors shareholders and regulators.",
                           "The shares rose 4% on the news."))
    assert "Will Lee Motors shareholders and regulators approve the takeover?" in qs, qs
    qs = ask_texts(article("The proposed investment in Brill Foods is awaiting approval by its owner, the Valdonian "
                           "government.", "Brill Foods employs 300 people in the town."))
    assert "Will the Valdonian government approve the proposed investment in Brill Foods?" in qs, qs


def test_approval_already_given_or_from_nobody_named(ask_texts):
    qs = ask_texts(article("The deal still needs the approval of the Harbour Commission.",
                           "On Friday the Harbour Commission approved the deal."))
    assert not put_to(qs), qs
    qs = ask_texts(article("The deal still needs the approval of the board.",
                           "The shares rose 4% on the news."))
    assert not put_to(qs), qs


def test_a_general_rule_on_approval_is_no_matter(ask_texts):
    qs = ask_texts(article("Most Valdonian legislation needs the approval of both the senate and the Valdonian cabinet.",
                           "The rule dates from 1950."))
    assert not put_to(qs), qs
