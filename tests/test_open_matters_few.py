"""Open matters on articles that got fewer than two questions (issue #19): a step not yet taken, told in the
passive ("has not yet been approached by the board", "has yet to be revealed"), and a step one party
plans against another ("has plans to press charges against the family"), and a step a party is in talks to take
("is in talks to buy X").

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import FILLER, article, assert_registered


def test_the_new_kinds_are_registered():
    assert_registered("not-yet", "planned-step", "near-deal")


def test_a_step_not_yet_taken_on_someone_is_asked_in_the_passive(ask_texts):
    qs = ask_texts(article("Former captain Tom Reed wants to coach Westby Rovers.",
                           "Reed, who played 80 games for the club, has not yet been approached by the board."))
    assert "Will Tom Reed be approached by the board?" in qs, qs
    qs = ask_texts(article("Avonia's tax trial resumed on Monday after a long break.",
                           "The start date of the sentencing phase has not yet been set."))
    assert "What will the start date of the sentencing phase be?" in qs, qs


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


def test_a_choice_still_to_be_made_is_asked_by_what_it_will_be(ask_texts):
    qs = ask_texts(article("The Westby Cup final will be played in May, organisers said.",
                           "The venue for the Westby Cup final is still to be decided."))
    assert "What will the venue for the Westby Cup final be?" in qs, qs
    qs = ask_texts(article("Singers Ann Lee and Tom Reed have recorded a charity song for flood victims in Avonia.",
                           "A launch date has yet to be fixed for the Avonia single, which was made in one day."))
    assert "What will the launch date for the Avonia single be?" in qs, qs


def test_still_to_come_or_more_still_to_be_confirmed_is_not_asked(ask_texts):
    qs = ask_texts(article("The Avonia Festival will be held in Westby Park in August, its organisers said.",
                           "The best of the summer is still to come.",
                           "More bands are still to be confirmed for the Avonia Festival."))
    assert not any("come?" in q or "More bands" in q or "more bands" in q for q in qs), qs


def test_which_things_a_party_did_not_name_are_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Acme Motors said it would close 10 of its 30 plants in Avonia and Westby.",
                           "It did not say which factories would be affected, but intends to move the work to Asia."))
    assert "Which factories would be affected?" in qs, qs
    # said, not left unsaid: nothing is open
    qs = ask_texts(article(*FILLER, "Acme Motors said which factories would be affected in a letter to staff."))
    assert not any(q.startswith("Which factories") for q in qs), qs


def test_a_which_the_parser_splits_from_its_noun_is_asked_with_it(ask_texts):
    # the small model makes "which"/"what" an object and the noun the clause's subject
    qs = ask_texts(article(*FILLER, "Acme Motors said it would close 10 of its 30 plants in Avonia and Westby.",
                           "Acme did not say which facilities would close next year."))
    assert "Which facilities would close next year?" in qs, qs
    qs = ask_texts(article("Tom Reed won gold in the relay at the Avonia Games.",
                           "Reed has still to decided what events will make up his run-up to the worlds - with "
                           "one exception."))
    assert "What events will make up Tom Reed's run-up to the worlds?" in qs, qs
