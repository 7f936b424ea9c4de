"""Words that are no speaker: a share of those polled, the question put to them, a lower-case word
the tagger took for a name; and a name the tagger took for a body that an apposition shows is a
person's. Every fixture text is invented."""

from __future__ import annotations

import pytest
from helpers import speaker_of


def test_a_share_of_those_polled_is_no_speaker_those_it_counts_are(quotes_alone):
    found = quotes_alone('In the harbour board\'s survey, 41% of anglers said the new rules were "far too strict" '
                         "for small boats, against 30% of others.\n\n"
                         'Ten percent said the rules were "already out of date" and should be dropped.')
    assert speaker_of(found, "far too strict") == "anglers"
    assert speaker_of(found, "out of date") is None


def test_a_bare_share_counts_those_an_earlier_share_in_its_paragraph_counts(quotes_alone):
    found = quotes_alone('Only 44 percent of ferry users agreed that the service was "good value for money," '
                         'while 61 percent said the timetable was "far too thin" in winter.')
    assert speaker_of(found, "far too thin") == "ferry users"


def test_the_question_put_to_those_polled_is_not_their_words(quotes_alone):
    found = quotes_alone('The study found opinion split. Asked whether the mayor "has a clear plan for the ferry '
                         'line," 58 percent of residents agreed, while most shop owners did not.')
    assert speaker_of(found, "clear plan") is None


def test_a_colon_after_the_person_a_clause_moves_introduces_that_person(quotes_alone):
    found = quotes_alone("The size of the crowd at the ferry meeting did not shock organiser Petra Lindqvist: "
                         '"We knew the island would turn out when the timetable was at stake."')
    assert speaker_of(found, "timetable was at stake") == "Petra Lindqvist"


def test_a_lower_case_word_tagged_as_a_name_is_no_speaker(quotes_alone):
    found = quotes_alone("Tom Reed defends his outsider bona fides in an advert on a local station: "
                         '"The harbour deserves a council that listens," the senator says to viewers.')
    assert speaker_of(found, "deserves a council") == "Tom Reed"


@pytest.mark.parametrize("name", ["Mina Saffron"])
def test_a_name_tagged_as_a_body_but_described_as_a_person_speaks(quotes_alone, name):
    found = quotes_alone("Police named the driver as Karim Benali, a 31-year-old courier. Benali had lived in the "
                         "city for years, neighbours said.\n\nThen shots were fired into the crowd.\n\n"
                         f"{name}, a Canadian student on holiday, told a radio station that she saw the van drive "
                         'into people.\n\n"Everyone around me began to run towards the harbour," she said. '
                         '"Nobody knew where to go."')
    assert speaker_of(found, "towards the harbour") == name


def test_a_colon_paragraph_still_introduces_a_short_quote_after_it(quotes_alone):
    # the speaker stands in the paragraph before, far past the end of the quote's own short paragraph
    found = quotes_alone("After a long pause in the studio and some laughter from the crowd at the back, the "
                         "veteran anchor Tomas Ruiz told the audience:\n\n\"We were wrong.\"")
    assert speaker_of(found, "We were wrong") == "Tomas Ruiz"


def test_one_of_a_group_is_still_a_speaker(quotes_alone):
    found = quotes_alone("Several fans were led away by stewards. One of the group shouted: \"You can't make us leave.\"")
    assert speaker_of(found, "make us leave") not in (None, "Group", "the group")


def test_a_quoted_predicate_describes_the_named_subject_it_is_not_its_words(quotes_alone):
    found = quotes_alone("Ann Lee told the inquiry she had warned the council. But the ferry board found that "
                         "the Westby Harbour Trust was “not a safe pair of hands” for the town.")
    assert speaker_of(found, "safe pair of hands") is None


def test_a_quoted_predicate_of_there_is_left_to_the_clause_above(quotes_alone):
    found = quotes_alone("Tom Reed reminded viewers of his brother's job at the yard to show there was "
                         "“no conflict of interest at all.”")
    assert speaker_of(found, "no conflict of interest") == "Tom Reed"
