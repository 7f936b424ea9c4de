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


def test_a_bare_description_beside_a_name_is_not_asked(ask_texts):
    # "the strategy": which strategy is in another sentence, even with a name beside it in the question
    text = "Analysts expect the strategy will cost Tom Hale votes in Hill Ward."
    qs = ask_texts(article(*FILLER, text))
    assert not any("the strategy" in q for q in qs), qs
    # the story's own topic, named in its headline, needs no name
    qs = ask_texts(article(*FILLER, text, title="Hale strategy draws scrutiny"))
    assert any("the strategy" in q for q in qs), qs


def test_a_bare_description_as_the_object_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Analysts expect Tom Hale will use the platform as a running fact check."))
    assert not any("the platform" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Analysts expect Tom Hale will use the Rivertown Post as a running fact check."))
    assert any("Rivertown Post" in q for q in qs), qs


def test_a_one_of_a_kind_body_needs_no_name(ask_texts):
    qs = ask_texts(article(*FILLER, "Ann Lee said the chamber would vote on three transport bills on Monday."))
    assert any("the chamber vote" in q for q in qs), qs


def test_a_reply_or_attempt_without_its_object_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "The Hale campaign did not say how it would respond."))
    assert not any(q.endswith("respond?") for q in qs), qs
    qs = ask_texts(article(*FILLER, "The army must try, General Ann Lee insisted."))
    assert not any("try" in q.split() or q.startswith("Will the army try") for q in qs), qs
    qs = ask_texts(article(*FILLER, "Ann Lee said the Rivertown Greens are expected to respond."))
    assert not any(q.endswith("respond?") or "respond," in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Ann Lee said the Rivertown Greens are expected to respond to Tom Hale's claims."))
    assert any("respond to Tom Hale's claims" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Ann Lee said the Rivertown Greens would try to win back Hill Ward in May."))
    assert any("try to win back Hill Ward" in q for q in qs), qs


def test_convincing_without_what_to_believe_is_not_asked(ask_texts, nlp):
    qs = ask_texts(article(*FILLER, "Ann Lee said the Rivertown Greens are expected to convince Rivertown judges."))
    assert not any("convince Rivertown judges" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Ann Lee said the Rivertown Greens are expected to convince Rivertown judges to "
                                    "reopen Hill Ward count."))
    assert any("convince Rivertown judges to reopen" in q for q in qs), qs
    assert questions._object_less(nlp("Will the Rivertown Greens convince the judges?"))
    assert not questions._object_less(nlp("Will the Rivertown Greens convince the judges to reopen the case?"))
    assert not questions._object_less(nlp("Will the suspects be tried in Rivertown?"))
    assert questions._object_less(nlp("How will the Hale campaign respond?"))
    assert not questions._object_less(nlp("How will the Hale campaign respond to the claims?"))


def test_a_bare_post_is_asked_by_the_name_the_article_gives_it(extract_text):
    text = article("Rivertown mayor Ann Lee faces a vote of confidence on Friday.", "Ann Lee has led the council since 2019.",
                   "Councillors expect the mayor will lose the vote.", *FILLER, title="Mayor faces confidence vote")
    qs = [q.text for q in extract_text(text)[1].questions]
    assert "Will Ann Lee lose the vote?" in qs, qs


def test_a_bare_post_is_not_given_the_name_of_the_one_who_spoke_of_it(extract_text):
    # the resolver's nearest person is the speaker, who holds no such post: the description stays
    text = article("Tom Hale, a council veteran, spoke to reporters on Monday.",
                   "Tom Hale said the mayor would lose the vote of confidence on Friday.", *FILLER,
                   title="Confidence vote looms")
    qs = [q.text for q in extract_text(text)[1].questions]
    assert not any("Will Tom Hale lose" in q for q in qs), qs


def test_a_bare_description_inside_a_larger_phrase_stays(nlp):
    # "the text of the advice": the phrase's head carries it; an aside clause's object is not what is asked
    assert not questions._main_argument(nlp("Will Ann Lee publish the full text of the advice?")[9])
    assert not questions._main_argument(nlp("How is Ann Lee preparing, beyond studying the issues?")[9])
    assert questions._main_argument(nlp("Will Ann Lee use the platform as a fact check?")[5])


def test_a_bare_post_is_not_bound_to_one_the_article_never_gives_it(extract_text):
    text = article("Tom Hale resigned from the board of Eastgate Rovers on Monday.",
                   "Ann Lee said the chairman should sack the manager.", *FILLER)
    qs = [q.text for q in extract_text(text)[1].questions]
    assert not any("Tom Hale sack" in q for q in qs), qs


def test_the_event_a_story_is_set_at_needs_no_name(ask_texts):
    qs = ask_texts(article(*FILLER, "Ann Lee said the summit would agree new rules for Rivertown ferries."))
    assert any("the summit agree" in q for q in qs), qs


def test_a_thing_the_article_keeps_naming_needs_no_name(ask_texts):
    text = "Critics expect the novel will be made into a film by Rivertown Studios."
    qs = ask_texts(article(*FILLER, text))
    assert not any("the novel" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "The novel sold well in Rivertown.", "Readers said the novel was too long.", text))
    assert any("the novel be made into a film" in q for q in qs), qs
