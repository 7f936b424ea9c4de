"""A quote ending in "," "?" or "!" whose sentence ends right after it in a person and one verb,
with nothing else, is that person's, whether or not the verb is in the lexicon of saying (“…,” Tom
Reed smiled). A thing as the subject, or a verb with an object of its own, is no attribution.
Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_a_name_and_one_verb_after_the_quote_attribute_it(quotes_alone):
    found = quotes_alone("The bridge has been shut since the storm.\n\n"
                         "“The bridge will open in May,” Tom Reed smiled. “Nobody in Westby will miss the ferry.”")
    assert speaker_of(found, "open in May") == "Tom Reed"


def test_a_verb_with_an_object_of_its_own_is_no_attribution(quotes_alone):
    found = quotes_alone("The bridge has been shut since the storm.\n\n"
                         "“The bridge will open in May,” Tom Reed locked the gate.")
    assert speaker_of(found, "open in May") != "Tom Reed"
