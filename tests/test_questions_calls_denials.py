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
