"""A question an editor strikes on unseen text: a call for a quality or an effort asked as "Will there be ...?" (no one
named to act, nothing that settles it; a definite one does not read after "there be"). Each fixture shows the struck
question gone and a sound one from a like article kept.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import FILLER, article


def there_be(qs: list[str]) -> list[str]:
    return [q for q in qs if q.startswith("Will there be")]


def test_a_call_for_an_inquiry_is_asked_as_there_be(ask_texts):
    qs = ask_texts(article(*FILLER, "Opposition leader Tom Hale called for an independent inquiry into the harbour contract."))
    assert any(q.startswith("Will there be an") and "inquiry into the harbour contract" in q for q in qs), qs


def test_a_call_for_a_quality_or_an_effort_is_not_asked_as_there_be(ask_texts):
    for call in ("faster publication of the council's spending figures", "much greater effort in all local schools",
                 "religious tolerance across the whole region"):
        qs = ask_texts(article(*FILLER, f"Opposition leader Tom Hale called for {call}."))
        assert not there_be(qs), (call, qs)


def test_a_definite_thing_called_for_is_not_asked_as_there_be(ask_texts):
    qs = ask_texts(article(*FILLER, "Opposition leader Tom Hale called for the power to move the old market hall."))
    assert not there_be(qs), qs


def test_a_call_for_a_named_party_to_act_is_asked_as_the_act(ask_texts):
    qs = ask_texts(article(*FILLER, "The Avonia Party has called for Tom Reed to resign as mayor of Westby."))
    assert "Will Tom Reed resign as mayor of Westby, as the Avonia Party urges?" in qs, qs
    qs = ask_texts(article(*FILLER, "Harbour Capital has called for Westby Bank to hold an emergency meeting to "
                                    "discuss the merger."))
    assert any(q.startswith("Will Westby Bank hold an emergency meeting") and q.endswith(", as Harbour Capital urges?")
               for q in qs), qs


def test_a_call_for_a_thing_to_change_names_no_one_to_act(ask_texts):
    qs = ask_texts(article(*FILLER, "Opposition leader Tom Hale called for the rules to change before the vote."))
    assert not any(q.startswith("Will the rules change") for q in qs), qs


def test_a_fronted_if_clause_is_a_condition_not_a_question(ask_texts):
    qs = ask_texts(article(*FILLER, "If the harbour were a ship, then last year would have seen it leave the dock "
                                    "and head for open water."))
    assert not any(q.startswith(("Was the harbour", "Is the harbour")) for q in qs), qs


def test_an_if_clause_on_a_step_already_named_is_a_condition_not_a_question(ask_texts):
    qs = ask_texts(article(*FILLER, "Tom Reed had said before Sunday's final he would consider leaving if Westby "
                                    "Rovers were knocked out of the cup."))
    assert not any(q.startswith(("Were Westby Rovers", "Was Westby Rovers")) for q in qs), qs
    qs = ask_texts(article(*FILLER, "A council spokesman said it might be considered a breach of the rules if a "
                                    "trader kept customer records for later sales calls."))
    assert not any(q.startswith("Did a trader") for q in qs), qs
    qs = ask_texts(article(*FILLER, "The Avonia board will consider if the Westby harbour plan is affordable."))
    assert any("harbour plan" in q for q in qs), qs


def test_a_could_of_past_ability_is_told_not_left_open(ask_texts):
    qs = ask_texts(article(*FILLER, "In the women's 800m, former champion Ann Lee could only finish third behind "
                                    "Tom Reed's sister at the Westby indoor meeting."))
    assert not any(q.startswith("Could Ann Lee") for q in qs), qs
    qs = ask_texts(article(*FILLER, "The Westby captain admitted the players had argued but could give no detail "
                                    "about claims that a bottle was hurled at the referee."))
    assert not any(q.startswith("Could the players") for q in qs), qs
    qs = ask_texts(article(*FILLER, "Analysts warned that the Westby harbour deal could collapse next month."))
    assert any(q.startswith("Could the Westby harbour deal collapse") for q in qs), qs


def test_a_past_belief_the_next_sentence_proves_wrong_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "It was widely expected that visitors would get a first look at the Westby ferry "
                                    "at the Avonford boat show in June.",
                           "But a harbour spokeswoman confirmed that the ferry would not be at the show."))
    assert not any("first look" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Prosecutor Ann Lee said: \u201cTom Reed and his crew ran the scheme from a "
                                    "Westby warehouse and thought they would never be found out.",
                           "They were wrong.\u201d"))
    assert not any(q.startswith("Will Tom Reed") and "found out" in q for q in qs), qs


def test_a_denier_s_own_plan_denied_is_not_asked_back(ask_texts):
    qs = ask_texts(article(*FILLER, "After her win in Westby the sprinter Ann Lee firmly denied she planned to leave "
                                    "the Avonia squad."))
    assert not any(q.startswith("Did Ann Lee plan") for q in qs), qs
    qs = ask_texts(article(*FILLER, "The mayor of Westby denied that he had misled the council about the budget."))
    assert any(q.startswith("Did") and "mislead the council" in q for q in qs), qs


def test_a_denied_clause_whose_subject_is_parsed_as_the_object_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Tom Reed denied the harbour plan had caused a rift with the fishing families "
                                    "of Westby."))
    assert "Did the harbour plan cause a rift with the fishing families of Westby?" in qs, qs
    qs = ask_texts(article(*FILLER, "Ann Lee has denied her books are anti-religious."))
    assert "Are Ann Lee's books anti-religious?" in qs, qs


def test_a_denial_with_no_clause_of_its_object_is_not_asked_as_one(ask_texts):
    for text in ("The keeper denied Tom Reed a late goal with a fine save.",
                 "The firm denied the charges, saying it had always followed the rules.",
                 "The council rejected the offer but agreed to meet the bidders again next week.",
                 "Your letter disputes the facts of the two reports in many respects, but consists largely of "
                 "attacks on the staff, Tom Reed said."):
        qs = ask_texts(article(*FILLER, text))
        assert not any(q.startswith(("Did Tom Reed", "Did the charges", "Had the charges", "Did the offer",
                                     "Do the facts", "Does the facts", "Did the facts")) for q in qs), (text, qs)


def test_the_country_is_named_when_the_sentence_or_the_one_before_names_one(ask_texts):
    qs = ask_texts(article(*FILLER, "Norwegian factory orders rose sharply in March, raising hopes that the "
                                    "country's slide back into recession is over."))
    assert any(q.startswith("Is Norway's slide back into recession over") for q in qs), qs
    assert not any("the country" in q for q in qs), qs


def test_the_country_stays_unnamed_when_two_countries_are_named(ask_texts):
    qs = ask_texts(article(*FILLER, "Norway and Sweden signed the pact in March, raising hopes that the country's "
                                    "slide back into recession is over."))
    assert not any(q.startswith(("Is Norway's", "Is Sweden's")) for q in qs), qs
