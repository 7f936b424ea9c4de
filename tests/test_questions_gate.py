"""The one quality gate every produced question passes, whatever made it (a detector, the top-up, the lead and
response fallbacks), and the strike tests added to it: a thing named only by a common noun, the speaker's own
hope, a grade by degree. Each fixture shows the struck question gone and a sound one from a like article kept.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from generator.extract import questions
from helpers import FILLER, article

OFFER = ("The creator of the soap Harbour Lane has written to the media secretary to offer to buy Channel Nine.",
         "The soap ran for twenty years.")


def test_a_lead_fallback_question_passes_the_gate(ask_texts, monkeypatch):
    # the lead fallback asks this offer (see test_open_matters_outcome); a gate that strikes it must keep it out
    assert "Will the offer to buy Channel Nine be accepted?" in ask_texts(article(*OFFER))
    real = questions._struck
    monkeypatch.setattr(questions, "_struck", lambda ctx, c, doc: "offer" in c.text or real(ctx, c, doc))
    assert not any("offer" in q for q in ask_texts(article(*OFFER)))


def test_a_response_fallback_question_passes_the_gate(monkeypatch):
    # the fallbacks' candidates reach the same gate as the detectors' ones: a struck one is never added
    seen: list[str] = []

    def gate(c):
        seen.append(c.kind)
        return False

    cand = questions.Candidate("Will Ann Lee respond to the attack?", 1.6, 0, 10, 0, "open:response")
    monkeypatch.setattr(questions, "_response_fallback", lambda ctx: [cand])
    monkeypatch.setattr(questions, "_lead_fallback", lambda ctx: [])
    monkeypatch.setattr(questions, "_main_names", lambda ctx: [])
    assert questions._top_up(None, [], [], gate) == []
    assert seen == ["open:response"]


def test_a_thing_named_only_by_a_common_noun_is_not_asked(ask_texts):
    # "the money": which money is in another sentence, so the question does not stand alone
    qs = ask_texts(article(*FILLER, "The charity said it was confident the money would be allocated by next year."))
    assert not any("the money" in q for q in qs), qs
    # the story's own topic, named in its headline, needs no name
    qs = ask_texts(article(*FILLER, "The charity said it was confident the money would be allocated by next year.",
                           title="Charity money to be allocated"))
    assert any("the money be allocated" in q for q in qs), qs


def test_the_speakers_own_hope_is_not_asked_back(ask_texts):
    qs = ask_texts(article(*FILLER, '"We hope that young voters will develop an interest in politics," said Tom Hale.'))
    assert not any("develop an interest" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "The new cards will hopefully reduce fraud at Rivertown market, said Tom Hale."))
    assert not any("reduce fraud" in q for q in qs), qs


def test_a_grade_by_degree_is_not_asked_as_a_forecast(ask_texts):
    qs = ask_texts(article(*FILLER, "Analysts believe smart speakers will play an even bigger part in daily life."))
    assert not any("bigger part" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Analysts believe Acme will buy Lee Stores next year."))
    assert any("Acme buy Lee Stores" in q for q in qs), qs


def test_an_unnamed_person_or_the_government_is_still_asked_about(ask_texts):
    # the article itself leaves the driver unnamed: the description is the best name there is
    qs = ask_texts(article(*FILLER, "The driver in the silver car is under investigation by the police."))
    assert "Will the driver in the silver car be charged?" in qs, qs
    qs = ask_texts(article(*FILLER, "The government is expected to create stronger powers for councils."))
    assert "Will the government create stronger powers for councils?" in qs, qs


def test_the_speakers_own_attempt_hoped_for_is_still_asked(ask_texts):
    qs = ask_texts(article(*FILLER, '"Hopefully I will come back from Rivertown with a gold medal," said Tom Hale.'))
    assert any("gold medal" in q for q in qs), qs


def test_a_thing_said_by_what_it_is_of_stands_alone(ask_texts):
    qs = ask_texts(article(*FILLER, "The panel said the recruitment of young volunteers could be halted by next year."))
    assert any(q.startswith("Could the recruitment of young volunteers be halted") for q in qs), qs
