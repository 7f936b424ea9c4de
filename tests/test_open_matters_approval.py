"""The "approval-needed" open matter: a deal, plan or measure that still needs an approval, from a decider its
modifier names ("regulatory approval" -> "Will regulators approve ...?"), one named after a verb "put-to" does
not read ("has to win the consent of"), or nobody ("Will the merger be approved?"); and the cases
it must leave alone: an approval told given or refused, a past or hypothetical need, a rule.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

import re

from helpers import article, assert_registered

NEWS = "The shares rose 4% on the news."


def approvals(qs: list[str]) -> list[str]:
    return [q for q in qs if re.search(r" approve |be approved\?", q)]


def test_the_kind_is_registered():
    assert_registered("approval-needed")


def test_an_approver_named_by_a_modifier(ask_texts):
    qs = ask_texts(article("The takeover of Brill Foods is subject to regulatory approval.", NEWS))
    assert "Will regulators approve the takeover of Brill Foods?" in qs, qs
    qs = ask_texts(article("Acme is seeking shareholder approval for the sale of the Westby plant.", NEWS))
    assert "Will shareholders approve the sale of the Westby plant?" in qs, qs
    qs = ask_texts(article("Tom Reed is seeking congressional approval of the Avonia trade pact.",
                           "Critics say the pact will cost jobs."))
    assert "Will Congress approve the Avonia trade pact?" in qs, qs


def test_a_thing_in_a_relative_clause_and_an_approver_put_to_leaves(ask_texts):
    qs = ask_texts(article("The deal, which requires US regulatory approval, is expected to close by April.",
                           "Acme said it would keep the Brill Foods name."))
    assert "Will US regulators approve the deal?" in qs, qs
    qs = ask_texts(article("Yet the merger with Brill Foods will need to gain the consent of Lee Motors' investors.",
                           NEWS))
    assert "Will Lee Motors' investors approve the merger with Brill Foods?" in qs, qs
    qs = ask_texts(article("The merger with Brill Foods has to win the consent of Lee Motors' investors.", NEWS))
    assert "Will Lee Motors' investors approve the merger with Brill Foods?" in qs, qs
    qs = ask_texts(article("Acme will pay £2bn for Brill Foods. The takeover still needs the approval of regulators.",
                           NEWS))
    assert "Will regulators approve the takeover?" in qs, qs
    qs = ask_texts(article("The deal still needs the approval of the board.", NEWS))
    assert not approvals(qs), qs  # (whose board: "put-to"'s rule)


def test_no_approver_named(ask_texts):
    qs = ask_texts(article("The merger between Acme and Brill Foods still requires approval.", NEWS))
    assert "Will the merger between Acme and Brill Foods be approved?" in qs, qs


def test_not_when_the_story_tells_how_it_went(ask_texts):
    qs = ask_texts(article("The takeover of Brill Foods is subject to regulatory approval.",
                           "On Friday regulators approved the takeover."))
    assert not approvals(qs), qs
    qs = ask_texts(article("The takeover of Brill Foods still needs government approval.",
                           "The deal was completed in May."))
    assert not approvals(qs), qs


def test_not_a_past_or_hypothetical_need_nor_a_rule(ask_texts):
    qs = ask_texts(article("The takeover of Brill Foods needed regulatory approval.", NEWS))
    assert not approvals(qs), qs
    qs = ask_texts(article("The takeover of Brill Foods was subject to regulatory approval.", NEWS))
    assert not approvals(qs), qs
    qs = ask_texts(article("Any merger of the two unions needs regulatory approval.", "The unions have 9,000 members."))
    assert not approvals(qs), qs
    qs = ask_texts(article("The takeover of Brill Foods does not need regulatory approval.", NEWS))
    assert not approvals(qs), qs
    qs = ask_texts(article("Ann Lee will need government approval before she sells her stake.", NEWS))
    assert not approvals(qs), qs  # (a person's need: what for is another clause)
