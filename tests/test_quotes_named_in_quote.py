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



def test_a_given_name_alone_in_the_quote_is_not_the_speaker(quotes_alone):
    # "Tom" opens one person's full name: the quote speaks of him, so "he said" is not Reed
    found = quotes_alone("Ned Varley hopes to take over from Tom Reed as Westby skipper.\n\n"
                         "The 31-year-old, who led Westby to the cup last spring, said taking over from Reed "
                         "would be a big step. “Tom leaves big boots to fill, yet I "
                         "feel ready,” he said. “Nobody carries a side alone. Our youngsters push hard.”")
    assert speaker_of(found, "big boots") == "Ned Varley"
    # the quote the same "he said" goes on with is his too, though it names no one
    assert speaker_of(found, "carries a side") == "Ned Varley"


def test_a_given_name_two_people_share_rules_no_one_out(quotes_alone):
    # two people called Tom: "Tom" in the quote may be either, so the pronoun keeps its antecedent
    found = quotes_alone("Tom Reed and Tom Pellow met in the Avonia final on Sunday.\n\nTom "
                         "Reed won in straight sets. “Tom played well but it was my day,” he said.")
    assert speaker_of(found, "my day") == "Tom Reed"


def test_a_surname_in_brackets_the_tagger_reads_as_no_person_still_rules_him_out(quotes_alone):
    # "He (Bridge)" inside the quote is not tagged a person; it still names the injured player
    found = quotes_alone("Westby Rovers full-back Tom Bridge faces months out after breaking an ankle.\n\n"
                         "Bridge was hurt in a challenge with Sam Hale on Sunday. Bridge's injury also means manager "
                         "Ian Kerr, who wants to sign a left-back, has few options.\n\n“He (Bridge) has no chance of "
                         "playing next week, and probably none before April,” he said.")
    assert speaker_of(found, "no chance of playing") != "Tom Bridge"


def test_a_description_standing_for_the_man_the_quote_names_is_not_the_speaker(quotes_alone):
    # "the French defender" would be read as Kerr, the last person named; the quote speaks of Kerr
    found = quotes_alone("Westby's Tom Reed believes his side will win the league.\n\nReed has drawn fresh "
                         "belief from the effect manager Ian Kerr has had since he arrived in the summer.\n\n"
                         "And the French defender believes Kerr is perfectly suited to the job. “The finishing "
                         "touch at Westby is a fantastic manager like Kerr,” he said.")
    assert speaker_of(found, "finishing touch") == "Tom Reed"
