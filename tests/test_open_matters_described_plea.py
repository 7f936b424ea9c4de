"""The "plea" open matter when the one denying a charge is described, not named: "The 64-year-old former star
has denied arson" is asked about the one person the story puts on trial; "The three men, who have all denied
robbery" about the three men, when the charge is named; and the cases it must leave alone (no charge
named for several, a verdict told, two on trial, an indefinite subject).

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article


def questions(extract_text, text: str) -> list[str]:
    return [q.text for q in extract_text(text)[1].questions]


def test_a_described_subject_is_the_one_on_trial(extract_text):
    qs = questions(extract_text, article(
        "Actor Tom Hale had red paint on his coat the night the mural was ruined, a court in Westby has heard.",
        "A forensic expert, Ann Lee, told the jury the paint may have come from his studio. The 64-year-old "
        "former star of the soap Avonia Road has denied arson. Mr Hale said he was at home that evening.",
        "Mr Hale's trial continues."))
    assert "Will Tom Hale be convicted of arson?" in qs, qs
    assert not any("Ann Lee be convicted" in q for q in qs), qs


def test_an_age_for_a_subject(extract_text):
    qs = questions(extract_text, article("Former Westby mayor Tom Reed went on trial on Tuesday.",
                                         "The 58-year-old, of Avonia, denies fraud. Prosecutors say money meant "
                                         "for a youth club was spent on holidays."))
    assert "Will Tom Reed be convicted of fraud?" in qs, qs


def test_a_plural_head_with_a_named_charge(extract_text):
    qs = questions(extract_text, article("Three men have gone on trial over a raid on a bank in Westby.",
                                         "The three men, who have all denied robbery, were arrested after the "
                                         "raid in March. The jury was told the gang took cash from the tills."))
    assert "Will the three men be convicted of robbery?" in qs, qs


def test_left_alone(extract_text):
    qs = questions(extract_text, article("Three men have gone on trial over a raid on a bank in Westby.",
                                         "The three men, who have all denied the charges, were arrested in March."))
    assert not any("convicted" in q for q in qs), qs  # no charge named
    qs = questions(extract_text, article("Actor Tom Hale went on trial in Westby on Monday.",
                                         "The 64-year-old has denied arson. Ann Lee told the jury she saw smoke.",
                                         "Mr Hale was later convicted of arson."))
    assert not any("be convicted" in q for q in qs), qs  # a verdict is told
    qs = questions(extract_text, article("Tom Hale and Ann Lee went on trial in Westby on Monday.",
                                         "The 64-year-old has denied arson. The jury was told of smoke."))
    assert not any("be convicted" in q for q in qs), qs  # two on trial: which one is not known
    qs = questions(extract_text, article("Actor Tom Hale went on trial in Westby on Monday.",
                                         "A witness has denied arson. The jury was told of smoke."))
    assert not any("be convicted" in q for q in qs), qs  # not "the": someone else
