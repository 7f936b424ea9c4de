"""A pronoun that attributes a quote is never a person the quoted words name in the third person:
one does not speak of oneself by name in one's own words. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_he_said_is_not_the_man_the_quote_names(quotes_alone):
    # "Mr Halloway" is the last subject before "he said", but the quote speaks of him by name
    found = quotes_alone("Finance minister Peter Halloway promised lower taxes in a speech on Monday.\n\nOpposition "
                         "spokesman Stellan Tredwell warned the outlook was not as bright as Mr Halloway would like "
                         "to claim. “For all his fine words, Peter Halloway's record is very mixed,” he said.")
    assert speaker_of(found, "record is very mixed") == "Stellan Tredwell"


def test_a_shared_surname_alone_in_the_quote_rules_no_one_out(quotes_alone):
    # two Marrens: "Marren" in the quote may be either, so the pronoun keeps its antecedent
    found = quotes_alone("Talia Marren opened the new gallery on Friday with her brother Osric Marren.\n\nTalia "
                         "Marren thanked the town council. “Without the Marren family this would never have "
                         "happened,” she said.")
    assert speaker_of(found, "never have") == "Talia Marren"
