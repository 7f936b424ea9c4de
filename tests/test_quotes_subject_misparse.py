"""A reporting verb's speaker when the parser misplaces the subject: a description read as an
apposition of the noun before its comma, a dateline or a place read as a second subject, a surname
tagged as an adverb or a verb. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_a_description_read_as_an_apposition_speaks_for_a_subjectless_verb(quotes_alone):
    # the parser hangs "candidate" off "Mia Hale" and leaves "stated" without a subject
    found = quotes_alone("Ann Lee does not recognise her old friend Tom Vance.\n\n"
                         "In an interview with MSNBC hosts Joe Reed and Mia Hale, the Progressive presidential "
                         "candidate stated that Vance's “divisive” remarks do not “match the man I used to meet at "
                         "dinners.”")
    assert speaker_of(found, "match the man") == "Ann Lee"
    assert speaker_of(found, "divisive") == "Ann Lee"


def test_a_dateline_is_never_the_speaker_when_a_person_is_the_subject_too(quotes_alone):
    found = quotes_alone("Berlin (AFP) – Ruth Calder has attacked the plan, saying that “such promises” cost far "
                         "too much.\n\nMadrid (Reuters) – Avonian leader Ann Lee has taken a swipe at her rival Tom "
                         "Vance’s stance on trade, saying that “loud comments” do more harm than good.")
    assert speaker_of(found, "such promises") == "Ruth Calder"
    assert speaker_of(found, "loud comments") == "Ann Lee"


def test_a_surname_tagged_as_an_adverb_after_the_cue_speaks(quotes_alone):
    found = quotes_alone("Westby drew 2-2 with Avonia. Tom Keely made three fine saves in goal and Ann Hendry "
                         "scored twice.\n\n\"To go ahead twice and then be caught so late on, it feels more like a "
                         "loss,\" admitted Keely. \"We were winning but they kept knocking on the door.\"")
    assert speaker_of(found, "feels more like") == "Tom Keely"
    assert speaker_of(found, "kept knocking") == "Tom Keely"
