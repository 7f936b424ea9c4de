"""Open matters left unasked on articles that got fewer than two questions: someone arrested or being questioned
with no charge told, a trial someone is awaiting, a verdict named by "if found guilty" with no comma after it, a
value it is "too early to know", and a step a party is still weighing ("is considering closing ...").

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article, assert_registered


def test_the_new_kinds_are_registered():
    assert_registered("arrested", "weighed-step")


def test_an_arrest_with_no_charge_told_asks_whether_one_follows(ask_texts):
    qs = ask_texts(article("A ferry steward in Valdora has been arrested after being accused of robbing a Danish "
                           "passenger.", "The steward, named only as Tomas, denies taking the bag."))
    assert "Will the ferry steward in Valdora be charged with robbing a Danish passenger?" in qs, qs
    qs = ask_texts(article("Kestrel Bay shopkeeper Orla Penn was arrested on suspicion of arson on Tuesday.",
                           "The blaze destroyed three shops on the quay."))
    assert "Will Orla Penn be charged with arson?" in qs, qs


def test_people_questioned_over_an_event_ask_whether_anyone_is_charged(ask_texts):
    qs = ask_texts(article("A councillor had his wallet taken by four men in Brindle Park on Saturday.",
                           "Councillor Idris Vane was not hurt.", "Several people are being questioned over the attack."))
    assert "Will anyone be charged over the attack?" in qs, qs


def test_an_arrest_the_story_follows_to_a_charge_is_not_asked(ask_texts):
    qs = ask_texts(article("Kestrel Bay shopkeeper Orla Penn was arrested on suspicion of arson on Tuesday.",
                           "Penn was later charged and appeared in court on Thursday."))
    assert not any("be charged" in q for q in qs), qs
    qs = ask_texts(article("Two men were questioned over the fire, police said.", "The fire gutted the depot."))
    assert not any("charged" in q for q in qs), qs  # told and over ("were questioned"), not under way


def test_an_arrest_only_warned_of_is_not_asked(ask_texts):
    qs = ask_texts(article("Protesters who block the bridge could be arrested, the mayor of Kestrel Bay warned.",
                           "The march is planned for Saturday."))
    assert not any("be charged" in q for q in qs), qs


def test_another_case_s_verdict_does_not_close_an_arrest(ask_texts):
    qs = ask_texts(article("A ferry steward in Valdora has been arrested after being accused of robbing a Danish "
                           "passenger.", "Last year two porters were convicted of a similar theft at the port."))
    assert "Will the ferry steward in Valdora be charged with robbing a Danish passenger?" in qs, qs
    qs = ask_texts(article("A ferry steward in Valdora has been arrested after being accused of robbing a Danish "
                           "passenger.", "In 2019 a cabin steward was jailed for a theft on the same route."))
    assert "Will the ferry steward in Valdora be charged with robbing a Danish passenger?" in qs, qs  # another steward


def test_a_trial_someone_is_awaiting_is_asked(ask_texts):
    qs = ask_texts(article("Folk singer Mira Dune is awaiting trial on charges of tax fraud.",
                           "She was arrested in Porto Lisa in March."))
    assert "Will Mira Dune be convicted of tax fraud?" in qs, qs


def test_a_retrial_after_a_verdict_overturned_is_asked(ask_texts):
    qs = ask_texts(article("Folk singer Mira Dune is awaiting a retrial on charges of tax fraud.",
                           "In 2019 Dune was found guilty of tax fraud, but the conviction was quashed on appeal."))
    assert "Will Mira Dune be convicted of tax fraud?" in qs, qs
    qs = ask_texts(article("Folk singer Mira Dune is awaiting trial on charges of tax fraud.",
                           "On Friday Dune was found guilty of tax fraud."))
    assert not any("convicted" in q for q in qs), qs  # the verdict is told and stands


def test_if_found_guilty_with_no_comma_names_the_verdict(ask_texts):
    qs = ask_texts(article("Valdora's rowing federation has opened a case against head coach Piet Marsh over remarks "
                           "about a judge.", "If found guilty Marsh could lose his post or face a fine.",
                           "Marsh said the remarks were a joke."))
    assert "Will Piet Marsh be found guilty?" in qs, qs


def test_a_value_too_early_to_know_is_asked(ask_texts):
    qs = ask_texts(article("A storm struck the Kestrel Bay pier on Monday.",
                           "Engineers said it was too early to know the cost of the repairs to the pier."))
    assert "What is the cost of the repairs to the pier?" in qs, qs


def test_a_bare_value_too_early_to_know_takes_what_the_sentence_said_before(ask_texts):
    qs = ask_texts(article("Harbour City manager Pieter Vos says striker Lucas Moreno hurt his knee in the defeat on "
                           "Sunday.", "Vos said on Monday that Moreno had suffered the injury in the second half but it was too early "
                           "to know the severity."))
    assert "What is the severity of Lucas Moreno's injury?" in qs, qs
    qs = ask_texts(article("A storm struck the Kestrel Bay pier on Monday.",
                           "Engineers said it was too early to know the cost."))
    assert not any(q.startswith("What is the cost") for q in qs), qs  # the cost of what: nothing to fill it from


def test_a_step_being_weighed_is_asked(ask_texts):
    qs = ask_texts(article("Brightwater Mills is considering closing its plant in Kestrel Bay, the firm said.",
                           "The plant employs 400 people."))
    assert "Will Brightwater Mills close its plant in Kestrel Bay?" in qs, qs
    qs = ask_texts(article("Harbour Rovers are considering an appeal against the three-match ban given to captain "
                           "Idris Vane.", "The club said it was disappointed."))
    assert "Will Harbour Rovers appeal against the three-match ban given to captain Idris Vane?" in qs, qs


def test_a_step_weighed_and_then_taken_or_dropped_is_not_asked(ask_texts):
    qs = ask_texts(article("Brightwater Mills was considering closing its plant in Kestrel Bay last year.",
                           "In March Brightwater Mills closed the plant."))
    assert not any("close its plant" in q for q in qs), qs
    qs = ask_texts(article("Brightwater Mills considered closing its plant in Kestrel Bay.",
                           "The plant employs 400 people."))
    assert not any("close its plant" in q for q in qs), qs  # a past weighing: no longer under way


def test_an_arrest_released_on_bail_pending_inquiries_is_still_open(ask_texts):
    qs = ask_texts(article("Kestrel Bay shopkeeper Orla Penn was arrested on suspicion of arson on Tuesday.",
                           "She was released on bail pending further inquiries."))
    assert "Will Orla Penn be charged with arson?" in qs, qs
    qs = ask_texts(article("Kestrel Bay shopkeeper Orla Penn was arrested on suspicion of arson on Tuesday.",
                           "Penn was released without charge on Wednesday."))
    assert not any("charged" in q for q in qs), qs


def test_an_investigation_something_waits_on_is_asked(ask_texts):
    qs = ask_texts(article("Harbour Rovers captain Lucas Moreno has been suspended pending an investigation into his "
                           "conduct at the club's Christmas party.", "The club said it would make no further comment."))
    assert any(q.startswith("What will the investigation into Lucas Moreno's conduct") for q in qs), qs
