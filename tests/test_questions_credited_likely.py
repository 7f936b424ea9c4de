"""A source's "is likely to" is asked with its source ("analysts say Westby Bank is likely to cut 300 jobs" ->
"Will Westby Bank cut 300 jobs, as analysts say?"): the forecast is theirs, not the reporter's own timetable. A
likelihood told in the past, an "unlikely", or one credited to no one stays as before.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import FILLER, article


def test_a_likelihood_a_source_states_is_asked_with_the_source(ask_texts):
    qs = ask_texts(article(*FILLER, "Analysts say Westby Bank is likely to cut 300 jobs at its Rivertown branch."))
    assert any(q.startswith("Will Westby Bank cut 300 jobs") and q.endswith(", as analysts say?") for q in qs), qs
    qs = ask_texts(article(*FILLER, "Harbour Lines said ferry fares on the Avonia route are likely to rise by "
                                    "a fifth next year."))
    assert any("ferry fares" in q and q.endswith(", as Harbour Lines says?") for q in qs), qs


def test_a_likelihood_credited_to_no_one_past_or_unlikely_is_not_credited(ask_texts):
    qs = ask_texts(article(*FILLER, "Ferry fares on the Avonia route are likely to rise by a fifth next year."))
    assert not any("ferry fares" in q.lower() and ", as " in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Harbour Lines said that the spread of the Avonia ferry virus was likely to be "
                                    "small, since no boat had reported it."))
    assert not any("spread of the Avonia" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "Plans for a second Avonia ferry route are unlikely to go ahead next year, "
                                    "said Tom Reed."))
    assert not any(q.endswith(", as Tom Reed says?") for q in qs), qs


def test_a_credited_likelihood_of_a_graded_state_is_not_asked_with_its_source(ask_texts):
    qs = ask_texts(article(*FILLER, "Analysts said repair costs in Rivertown are likely to be cheaper than in Westby."))
    assert not any("cheaper" in q and ", as " in q for q in qs), qs
