"""Words that are no speaker: a share of those polled, the question put to them, a lower-case word
the tagger took for a name; and a name the tagger took for a body that an apposition shows is a
person's. Invented fixtures."""

from __future__ import annotations

import pytest
from helpers import speaker_of


def test_a_share_of_those_polled_is_no_speaker_those_it_counts_are(quotes_alone):
    found = quotes_alone('In the same survey, 41% of Republicans said they were "very keen" about voting '
                         "this year, compared with 30% of others.\n\n"
                         'Ten percent said the race was "already decided" and would not vote.')
    assert speaker_of(found, "very keen") == "Republicans"
    assert speaker_of(found, "already decided") is None


def test_the_question_put_to_those_polled_is_not_their_words(quotes_alone):
    found = quotes_alone('The survey found a close race. Asked whether Dana Holt "has the temperament to serve '
                         'as governor," 68 percent of Democrats said yes, while most independents said no.')
    assert speaker_of(found, "temperament") is None


def test_a_colon_after_the_person_a_clause_moves_introduces_that_person(quotes_alone):
    found = quotes_alone("The timing of Holt's rise does not surprise Republican pollster Owen Marsh: "
                         '"Historically, lesser-known candidates who win early contests have seen the biggest '
                         'boost in their support."')
    assert speaker_of(found, "Historically") == "Owen Marsh"


def test_a_lower_case_word_tagged_as_a_name_is_no_speaker(quotes_alone):
    found = quotes_alone("Tom Reed defends his outsider bona fides in an advert running on local TV: "
                         '"Keeping our towns safe is a matter of basic duty," the senator says to the camera.')
    assert speaker_of(found, "basic duty") == "Tom Reed"


@pytest.mark.parametrize("name", ["Mina Saffron"])
def test_a_name_tagged_as_a_body_but_described_as_a_person_speaks(quotes_alone, name):
    found = quotes_alone("Police named the driver as Karim Benali, a 31-year-old courier. Benali had lived in the "
                         "city for years, neighbours said.\n\nThen shots were fired into the crowd.\n\n"
                      f"{name}, a Canadian student on holiday, told a radio station that she saw the van drive "
                         'into people.\n\n"I saw that suddenly people were fleeing and shouting," she said. '
                         '"It was chaos."')
    assert speaker_of(found, "fleeing") == name


def test_a_colon_paragraph_still_introduces_a_short_quote_after_it(quotes_alone):
    # the speaker stands in the paragraph before, far past the end of the quote's own short paragraph
    found = quotes_alone("After a long pause in the studio and some laughter from the crowd at the back, the "
                         "veteran anchor Tomas Ruiz told the audience:\n\n\"We were wrong.\"")
    assert speaker_of(found, "We were wrong") == "Tomas Ruiz"


def test_one_of_a_group_is_still_a_speaker(quotes_alone):
    found = quotes_alone("Several fans were led away by stewards. One of the group shouted: \"You can't make us leave.\"")
    assert speaker_of(found, "make us leave") not in (None, "Group", "the group")
