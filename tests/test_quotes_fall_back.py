"""A quote of three words or more inside a paragraph that no cue attributes, once the filter has
kept it, is the speaker's of the sentence right before it in its paragraph ("…,” Lee said.
Instead, “…”), unless its own main clause has a subject that may act or carry words (a person, a
group, a photo; not one of a subordinate clause: "Unless the council acts, “…”"). A word or two in
marks stays unattributed. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_a_partial_quote_after_the_speakers_sentence_is_theirs(quotes_alone):
    found = quotes_alone("“The bridge toll is far too high for families,” Ann Lee said. Instead, “the council should "
                         "ask the port to pay its share.”")
    assert speaker_of(found, "pay its share") == "Ann Lee"


def test_a_quote_after_a_reported_argument_is_the_arguers(quotes_alone):
    found = quotes_alone("Tom Reed has argued that the rail plan was doomed from the start. As a result, there is "
                         "still “a very costly line that nobody in Westby will ride.”")
    assert speaker_of(found, "nobody in Westby") == "Tom Reed"


def test_a_photo_with_words_of_its_own_is_not_the_posters_speech(quotes_alone):
    found = quotes_alone("Ann Lee posted a photo of the harbour. The photo shows a banner – “Nobody owns the sea, "
                         "and nobody ever will.”")
    assert speaker_of(found, "owns the sea") != "Ann Lee"


def test_a_subordinate_clause_with_a_subject_of_its_own_does_not_block_it(quotes_alone):
    found = quotes_alone("“The ferry is late again,” said Ann Lee, a commuter. Unless the council acts soon, “nobody "
                         "in Westby will take it any more.”")
    assert speaker_of(found, "take it any more") == "Ann Lee"


def test_two_words_in_marks_stay_unattributed(quotes_alone):
    found = quotes_alone("Ann Lee has predicted that more people will ride the night ferry. Boats with a "
                         "heated cabin - an \"always warm\" deck - will rise to half the fleet.")
    assert all(q.speaker != "Ann Lee" for q in found if "always warm" in q.text)
