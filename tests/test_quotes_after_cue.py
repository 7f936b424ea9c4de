"""A reporting verb after a closed quote whose own clause reports more speech ("… ?” Lee said
that the law was “…”) starts a new attribution: the quote before it, and the paragraph's run of
quotes it closes, stay with the speaker who opened them. Every fixture text is invented."""
from __future__ import annotations

import pytest

from generator.extract import quotes as quotes_stage
from generator.extract.analysis import analyse


@pytest.fixture(scope="module")
def run(parse_text):
    """``run(body) -> quotes``: the quotes stage alone on an analysed fixture (no actors)."""
    def _run(body: str) -> list:
        parsed = parse_text(f"A Headline For The Test\n\n{body}\n")
        return quotes_stage.extract(analyse(parsed))[0]
    return _run


def speaker(found, needle):
    hits = [q for q in found if needle in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0].speaker


def test_a_run_of_quotes_is_not_the_next_reporters_when_his_clause_ends_in_a_quote(run):
    found = run("Mr Trevan said: \"The rules on fishing are not defined in the act. \"How is the local warden "
                "supposed to tell the difference?\" Gareth Presk said the law was \"so poorly drafted nobody can "
                "enforce it\".")
    assert speaker(found, "local warden") == "Trevan"
    assert speaker(found, "poorly drafted") == "Gareth Presk"


def test_the_middle_of_a_run_stays_with_its_opener(run):
    found = run("Labour MP Corwin Trevan has criticised the new rules on river fishing.\n\nMr Trevan said: \"The "
                "rules on fishing are not defined in the act. \"Now the ministry have also invented a completely "
                "new category of angling. \"How is the local warden who sees a group of people with rods supposed "
                "to tell the difference?\" Tory MP Gareth Presk, another member of the group, said that the law was "
                "\"so poorly drafted nobody appears able to define the offence\".")
    assert speaker(found, "new category") == "Corwin Trevan"
    assert speaker(found, "local warden") == "Corwin Trevan"


def test_a_closing_attribution_with_no_clause_of_its_own_still_counts(run):
    found = run("The minister spoke on Monday. \"We will not back down on this,\" Gareth Presk said.")
    assert speaker(found, "back down") == "Gareth Presk"
