"""Speakers that are never an outlet spoken to nor a club or band the tagger took for a person."""

from __future__ import annotations

from generator.extract import quotes as quotes_stage
from generator.extract.analysis import analyse

PILOT = """Harbour Pilot Retires After Forty Years

Tom Reed, the harbour pilot, retired on Friday after four decades.

Speaking to Radio Harbour, Reed said: "I have loved every single day on the water."
"""

SIGNING = """Rovers Sign Striker From Rivals

Sam Ford has joined Harbour Rovers on a two-year deal.

The club said the striker had passed a medical. Harbour Rovers beat Avon United 2-1 on Saturday and have won four games in a row.

"I am delighted to be here and I cannot wait to play," he said.
"""


def test_outlet_spoken_to_is_not_the_speaker(parse_text):
    # the tagger glues "Radio Harbour, Reed" into one entity: the speaker is the subject after the comma
    parsed = parse_text(PILOT)
    found, _ = quotes_stage.extract(analyse(parsed))
    q = next(q for q in found if "every single day" in q.text)
    text = parsed.article.text
    assert "Radio" not in (q.speaker or "")
    assert q.speaker == "Tom Reed"
    assert text[q.speaker_start:q.speaker_end] == "Reed"


def test_club_tagged_as_person_is_no_antecedent_of_he(extract_text):
    _, ex = extract_text(SIGNING)
    assert {a.name: a.type for a in ex.actors}.get("Harbour Rovers") == "organization"
    q = next(q for q in ex.quotes if "delighted" in q.text)
    assert q.speaker == "Sam Ford"


RESULT = """Rovers Sign Striker From Rivals

Sam Ford has joined Harbour Rovers on a two-year deal. The club said the striker had passed a medical.

Harbour Rovers beat Avon United 2-1 on Saturday.

"I am delighted to be here and I cannot wait to play."
"""


def test_uncued_quote_after_a_club_sentence_is_not_the_clubs(extract_text):
    # a quote with no cue after "<club> beat …": the club is no person whose words follow
    _, ex = extract_text(RESULT)
    q = next(q for q in ex.quotes if "delighted" in q.text)
    assert q.speaker != "Harbour Rovers"
