"""Open matters on articles that got fewer than two questions (issue #19): a step not yet taken, told in the
passive ("has not yet been approached by the board", "has yet to be revealed"), and a step one party
plans against another ("has plans to press charges against the family"), and a step a party is in talks to take
("is in talks to buy X").

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article, assert_registered


def test_the_new_kinds_are_registered():
    assert_registered("not-yet", "planned-step", "near-deal")


def test_a_step_not_yet_taken_on_someone_is_asked_in_the_passive(ask_texts):
    qs = ask_texts(article("Former captain Tom Reed wants to coach Westby Rovers.",
                           "Reed, who played 80 games for the club, has not yet been approached by the board."))
    assert "Will Tom Reed be approached by the board?" in qs, qs
    qs = ask_texts(article("Avonia's tax trial resumed on Monday after a long break.",
                           "The start date of the sentencing phase has not yet been set."))
    assert "Will the start date of the sentencing phase be set?" in qs, qs


def test_a_person_still_to_be_named_is_asked_by_what_they_will_do(ask_texts):
    qs = ask_texts(article("A film of the Westby fable will be shot in Avonia next spring, its makers said.",
                           "The actor who will play the miller has yet to be revealed."))
    assert "Who will play the miller?" in qs, qs


def test_what_is_only_to_be_found_or_a_pronoun_is_not_asked_so(ask_texts):
    qs = ask_texts(article("A fishing boat sank off Westby on Sunday.", "The cause has not yet been identified.",
                           "It has not yet been raised from the seabed."))
    assert not any("be identified" in q or "be raised" in q for q in qs), qs


def test_a_planned_step_against_another_party_is_asked_whatever_its_date(ask_texts):
    qs = ask_texts(article("A boy fell into the lion pit at Westby Zoo on Sunday.",
                           "Westby Zoo has plans to press charges against the boy's parents on Monday."))
    assert "Will Westby Zoo press charges against the boy's parents on Monday?" in qs, qs
    qs = ask_texts(article("Avonian officials have said they will seize farmland owned by Acme Foods.",
                           "Acme Foods said it had farmed the land since 1920."))
    assert "Will Avonian officials seize farmland owned by Acme Foods?" in qs, qs


def test_a_step_not_planned_against_anyone_is_not_asked_so(ask_texts):
    qs = ask_texts(article("Westby Council said it would not evict the tenants of Mill Row.",
                           "Police seized 20 kilos of cocaine at Westby port on Friday."))
    assert not any(q.startswith(("Will Westby Council evict", "Will police seize")) for q in qs), qs


def test_a_backlog_a_routine_step_or_a_background_clause_is_not_asked_in_the_passive(ask_texts):
    qs = ask_texts(article("The Westby benefits office is struggling, a report found.",
                           "Nearly 25,000 claims have yet to be processed.",
                           "Although details of the new rules are yet to be finalised, staff are already training.",
                           "But this famous office has not yet been modernised by the council."))
    assert not any(q.endswith(("be processed?", "be finalised?", "be modernised by the council?")) for q in qs), qs


def test_a_step_talked_of_in_the_lead_is_asked(ask_texts):
    qs = ask_texts(article("Acme Motors is in talks to take over the Westby Cars plant, a spokesman said.",
                           "Westby Cars went into administration in May."))
    assert "Will Acme Motors take over the Westby Cars plant?" in qs, qs
    qs = ask_texts(article("Quiz show Westby Nights will come back in the spring.",
                           "Hosts Ann Lee and Tom Reed are in discussions to present all ten episodes."))
    assert "Will hosts Ann Lee and Tom Reed present all ten episodes?" in qs, qs
