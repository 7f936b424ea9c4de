"""Open matters asked since round 10: the sentence still to come after a conviction ("The counts carry terms of up to
ten years"), a pair of bodies named where the question says "the two firms", a rate's level held that is not a figure
asked back ("stay on hold at 4.5%"), and a hope of a person's outcome still to come ("hopes Tom Reed will be named
player of the year on Monday"), once the model's lemma "hop" for "hopes" / "hoped" / "hoping" is set right.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from generator.nlp import _fix_lemmas
from helpers import FILLER, article, assert_registered


def test_the_new_kind_is_registered():
    assert_registered("sentence-ahead")


def test_a_conviction_with_its_penalty_asks_the_sentence(ask_texts):
    qs = ask_texts(article(*FILLER, "Westby trader Tom Reed was convicted of fraud and theft on Monday.",
                           "The charges carry sentences of up to ten years."))
    assert "What sentence will Tom Reed receive?" in qs, qs
    qs = ask_texts(article(*FILLER, "Westby trader Tom Reed was convicted of fraud on Monday.",
                           "Avonia shipper Ann Lee was convicted of theft.", "The charges carry sentences of up to ten years."))
    assert "What sentences will Tom Reed and Ann Lee receive?" in qs, qs


def test_a_sentence_told_or_no_conviction_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Westby trader Tom Reed was convicted of fraud on Monday.",
                           "The charges carry sentences of up to ten years.", "Reed was sentenced to four years."))
    assert not any("What sentence" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Westby trader Tom Reed denies fraud.", "The charge carries a sentence of up to ten years."))
    assert not any("What sentence" in q for q in qs), qs


def test_the_two_firms_are_named(ask_texts):
    qs = ask_texts(article("Lindell Motors has struck a deal to supply Carrow Group with 300 buses.",
                           "The two firms expect to sign a final agreement by May 2027."))
    assert "Will Lindell Motors and Carrow Group sign a final agreement by May 2027?" in qs, qs


def test_a_level_held_is_not_a_figure_asked_back(ask_texts):
    qs = ask_texts(article(*FILLER, "Avonian base rates will probably remain on hold at 4.5% for the rest of the spring."))
    assert "Will Avonian base rates remain on hold at 4.5% for the rest of the spring?" in qs, qs


def test_the_model_s_hop_for_hopes_is_set_right(nlp):
    doc = _fix_lemmas(nlp("Ann Lee hopes to win, hoped to win and is hoping to win."))
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope", "hope", "hope"]


def test_a_hope_of_a_person_s_outcome_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Club president Ann Lee hopes Tom Reed will be named player of the year on Monday."))
    assert any(q.startswith("Will Tom Reed be named player of the year on Monday") for q in qs), qs
    qs = ask_texts(article(*FILLER, "Meanwhile, Westby Rovers manager Tom Reed is hoping to complete the signing of "
                           "defender Ian Cole before Saturday's match."))
    assert any("complete the signing of" in q for q in qs), qs


def test_a_body_s_or_a_class_s_hope_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "The council hopes the levy will be viewed as a sign of fairness in Avonia."))
    assert not any("be viewed as" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Scientists are hoping to use the moss to make cheap fuel in Avonia."))
    assert not any("cheap fuel" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Westby Media has launched a music service.",
                           "It hopes to increase subscribers by offering the service free."))
    assert not any("increase subscribers" in q for q in qs), qs
