"""A denial by a lawyer or spokesperson is the client's: "His lawyer has denied arson" after "Tom Hale was charged
with arson" asks whether Tom Hale will be convicted, never the lawyer; with no client named, nothing is asked.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article


def questions(extract_text, text: str) -> list[str]:
    return [q.text for q in extract_text(text)[1].questions]


CHARGED = "Tom Hale, 41, of Avonia Road, was charged with arson on Tuesday."


def test_an_owner_s_lawyer_pleads_for_the_owner(extract_text):
    qs = questions(extract_text, article("A Westby man has been charged after a fire destroyed a warehouse.",
                                         CHARGED + " His lawyer has denied arson on his behalf.",
                                         "The trial is expected to begin next month."))
    assert "Will Tom Hale be convicted of arson?" in qs, qs
    assert not any("lawyer" in q for q in qs), qs


def test_a_spokesman_for_no_one_named_is_not_asked(extract_text):
    qs = questions(extract_text, article("A Westby man has appeared in court after a fire destroyed a warehouse.",
                                         "Police say the fire was started deliberately. A spokesman denied arson "
                                         "at the hearing."))
    assert not any("convicted" in q or "spokesman" in q for q in qs), qs


def test_the_accused_s_own_denial_is_still_asked(extract_text):
    qs = questions(extract_text, article("A Westby man has appeared in court after a fire destroyed a warehouse.",
                                         CHARGED + " Hale has denied arson.", "The trial continues."))
    assert "Will Tom Hale be convicted of arson?" in qs, qs


def test_a_lawyer_s_denied_deed_is_the_client_s(extract_text):
    qs = questions(extract_text, article("A Westby councillor has been charged after money went missing from a charity.",
                                         "Tom Hale, 52, was charged with theft on Monday. His lawyer denied taking "
                                         "the money from the charity."))
    assert "Did Tom Hale take the money from the charity?" in qs, qs
    assert not any("lawyer" in q for q in qs), qs
    qs = questions(extract_text, article("A Westby councillor has been charged after money went missing from a charity.",
                                         "Tom Hale, 52, was charged with theft on Monday. His lawyer denied reports "
                                         "that he had moved the money abroad."))
    assert "Did Tom Hale move the money abroad?" in qs, qs
    assert not any("lawyer" in q for q in qs), qs
