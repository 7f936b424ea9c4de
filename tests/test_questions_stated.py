"""What a story states asked back as if it were open: a party's own announcement (a spokesperson's "will", a
side named in its speaker's description, the party's "it will" reaching an article only through the top-up) and a
stated timetable (an event held, met or answered at the date the story gives). Each fixture shows the stated
question gone and a like one, still open, kept.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from generator.extract import questions, quotes
from generator.extract.analysis import analyse
from helpers import FILLER, article


def test_a_spokespersons_will_is_an_announcement_not_a_question(ask_texts):
    qs = ask_texts(article(*FILLER, "A Harbour TV spokeswoman said Ann Lee would continue as editor of the show."))
    assert not any("continue as editor" in q for q in qs), qs
    # the same clause from a commentator is a forecast, still asked
    qs = ask_texts(article(*FILLER, "Media analysts said Ann Lee would continue as editor of the show."))
    assert any("continue as editor" in q for q in qs), qs


def test_the_speakers_own_side_named_in_their_description_is_an_announcement(ask_texts):
    qs = ask_texts(article(*FILLER, "Green leader Jo Bloggs said the Greens would fund the new trams by cutting waste."))
    assert not any("fund the new trams" in q for q in qs), qs


def test_a_partys_own_stated_step_is_no_candidate_even_to_top_up(parse_text):
    # the rule used to keep it as a weak candidate the top-up could still take
    analysis = analyse(parse_text(article(*FILLER, "Jo Bloggs said his firm would close its Rivertown factory.")))
    cands = questions.candidates(analysis, quotes.extract(analysis)[0])
    assert not any("Rivertown factory" in c.text for c in cands), [c.text for c in cands]


def test_an_unnamed_officials_word_is_a_report_still_asked(ask_texts):
    qs = ask_texts(article("An Industry Ministry official has told reporters that Rivertown Bank will be sold "
                           "sometime in 2027.", "The bank has 40 branches.", "It was founded in 1901."))
    assert any("Rivertown Bank be sold" in q for q in qs), qs


def test_a_stated_timetable_is_not_asked_back(ask_texts):
    qs = ask_texts(article(*FILLER, "Jo Bloggs is expecting to hear this week the result of his tribunal."))
    assert not any("hear this week" in q for q in qs), qs
    # a timetable the story leaves open, and a goal set for a date, are still asked
    qs = ask_texts(article(*FILLER, "The mock elections at Rivertown schools could take place around 5 May."))
    assert any("take place" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Analysts believe Rivertown council will meet its recycling target by 2030."))
    assert any("meet its recycling target" in q for q in qs), qs


def test_a_deadline_to_answer_is_a_timetable(ask_texts):
    qs = ask_texts(article(*FILLER, "Both Rivertown clubs have until 23 December to respond."))
    assert not any("respond" in q for q in qs), qs
