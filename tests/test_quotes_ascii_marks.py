"""Quotations written with doubled ASCII marks (''like this'' or ``like this''), as in text that
went through Penn-Treebank-style tokenisation: found, attributed and filtered as curly quotes are.

Every fixture text here is invented for these tests.
"""

from __future__ import annotations

from generator.extract.analysis import find_marks
from tests.helpers import speaker_of


def spans(text: str) -> list[str]:
    """The words of each mark, and the whole stretch with its marks."""
    return [text[m.start:m.end] for m in find_marks(text)]


def test_doubled_apostrophes_open_and_close_by_position():
    text = "She warned of a ''rotten deal.'' Later ''we will vote no,'' Ms. Quill said."
    assert spans(text) == ["rotten deal.", "we will vote no,"]
    m = find_marks(text)[1]
    assert text[m.open:m.close + 1] == "''we will vote no,''" and m.width == 2


def test_backticks_open_a_quote_that_doubled_apostrophes_close():
    text = "``Come back tomorrow,'' the clerk told them."
    (m,) = find_marks(text)
    assert text[m.start:m.end] == "Come back tomorrow," and text[m.open:m.close + 1] == "``Come back tomorrow,''"


def test_a_single_mark_inside_closes_with_the_double_one():
    text = "''He told me, 'Leave the key,''' Ms. Quill recalled. '''Night Owls,''' he said."
    assert spans(text) == ["He told me, 'Leave the key,'", "'Night Owls,'"]


def test_a_possessive_plural_is_no_mark():
    text = "The farmers' ''fair price'' plan and the growers'' share were cut."
    assert spans(text) == ["fair price"]
    text = "''We will not forget the miners''' she said."
    assert spans(text) == ["We will not forget the miners'"]


def test_feet_and_inches_are_no_marks():
    assert spans("The guard, 6' 2'' and broad, said ''stop there'' twice.") == ["stop there"]
    assert spans("He stands 5'11'' tall.") == []


def test_an_unclosed_double_runs_to_a_new_opening_or_the_paragraph_end():
    text = "''The vote is lost, he said. ''We start again,'' Mr. Quill said."
    assert spans(text) == ["The vote is lost, he said.", "We start again,"]
    text = "''It will take a year and a great deal of money"
    (m,) = find_marks(text)
    assert m.close is None and text[m.start:m.end] == "It will take a year and a great deal of money"


def test_a_closing_mark_with_nothing_open_opens_nothing():
    assert spans("the end,'' and then the rain came in ''waves'' all night") == ["waves"]


def test_curly_and_doubled_ascii_marks_do_not_pair():
    text = "“The plan,” she said, ''is done.''"
    assert spans(text) == ["The plan,", "is done."]


def test_quotes_and_speakers_as_with_curly_marks(quotes_alone):
    found = quotes_alone("''We will close the plant by the spring,'' Dana Whitcombe, the chief executive, "
                         "said on Tuesday. ''Nobody wants that.''\n\n"
                         "Senator Arlo Pennick said, ''This is a betrayal of the workers.''")
    assert speaker_of(found, "close the plant") == "Dana Whitcombe"
    assert speaker_of(found, "betrayal") == "Arlo Pennick"
    q = next(q for q in found if "close the plant" in q.text)
    assert q.text == "We will close the plant by the spring,"


def test_a_title_in_doubled_marks_is_no_quote(quotes_alone):
    found = quotes_alone("Ms. Ivy Marchetti appeared on ''Lantern Hour'' and praised the mayor's "
                         "budget.\n\n''It is a good budget,'' she said.")
    assert [q.text for q in found] == ["It is a good budget,"]


def test_a_short_paragraph_ending_in_a_doubled_mark_is_no_heading():
    from generator.ingest.text import is_heading

    assert not is_heading("And Ms. Quill said: ''I told you so.''")
    assert is_heading("The River Project")


def test_a_sentence_ends_after_a_doubled_closing_mark():
    from generator.ingest.text import sentence_ends

    text = "He left the room. ''It is over.'' She said nothing more."
    assert [text[:e] for e in sentence_ends(text)] == ["He left the room.", "He left the room. ''It is over.''"]


def test_a_summary_sentence_leaves_the_next_ones_opening_mark_out():
    from generator.extract.summary_rules import trim

    text = "The board met on Monday. ''We will sell,'' she said."
    end = text.index("''") + 2  # a sentence split that left the opening mark behind
    assert text[slice(*trim(text, 0, end))] == "The board met on Monday."
    text = "''We are done. ''"  # a closing mark typed after a space stays
    assert text[slice(*trim(text, 0, len(text)))] == text


def test_doubled_ascii_marks_count_as_quotation_in_a_summary_sentence():
    from generator.extract.summary import _quote_share

    curly = _quote_share("“We will sell the farm,” she said.")
    assert curly > 0.5 and _quote_share("''We will sell the farm,'' she said.") > 0.5


def test_a_pronoun_after_a_doubled_mark_quote_needs_the_sentence_before(nlp):
    from generator.extract.summary import referents

    doc = nlp("''The pumps have been broken for years,'' he said.")
    assert referents(list(doc), 3, False) == frozenset({2})


def test_an_unclosed_double_stops_where_single_marks_take_over():
    text = ("'The shop will open in May. '''Harbor Lights\" is the name we chose. 'It will employ ten people,' "
            "Ms. Quill said. 'We are thrilled.'")
    found = spans(text)
    assert "It will employ ten people," in found and "We are thrilled." in found
