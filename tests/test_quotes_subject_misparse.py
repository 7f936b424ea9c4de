"""A reporting verb's speaker when the parser misplaces the subject: a description read as an
apposition of the noun before its comma. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_a_description_read_as_an_apposition_speaks_for_a_subjectless_verb(quotes_alone):
    # the parser hangs "candidate" off "Mia Hale" and leaves "stated" without a subject
    found = quotes_alone("Ann Lee does not recognise her old friend Tom Vance.\n\n"
                         "In an interview with MSNBC hosts Joe Reed and Mia Hale, the Democratic presidential "
                         "candidate stated that Vance's “divisive” remarks do not “match the man I used to meet at "
                         "dinners.”")
    assert speaker_of(found, "match the man") == "Ann Lee"
    assert speaker_of(found, "divisive") == "Ann Lee"
