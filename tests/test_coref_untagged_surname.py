"""A surname the tagger left untagged after a form of address ("Mr Hask insisted") is still a mention
of the person the article names in full, so a later "he said" is that person. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_he_after_an_untagged_mr_surname_subject_is_that_person(quotes_alone):
    found = quotes_alone("Prime Minister Tom Reed met his counterparts in Westby on Monday. Earlier, Foreign Secretary "
                         "Ann Lee and Home Secretary Bob Hask spoke to reporters.\n\nMr Hask insisted there was nothing "
                         "to fear from the new rules. “Countries overall have gained hugely from the open market in "
                         "goods,” he said.")
    assert speaker_of(found, "gained hugely") == "Bob Hask"
