"""A pronoun that attributes a quote is never a person the quoted words name in the third person:
one does not speak of oneself by name in one's own words. Every fixture text is invented."""
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


def test_he_said_is_not_the_man_the_quote_names(run):
    # "Mr Halloway" is the last subject before "he said", but the quote speaks of him by name
    found = run("Finance minister Peter Halloway promised lower taxes in a speech on Monday.\n\n"
                "Opposition spokesman Stellan Tredwell warned the outlook was not as bright as Mr Halloway would "
                "like to claim. “For all his fine words, Peter Halloway's record is very mixed,” he said.")
    assert speaker(found, "record is very mixed") == "Stellan Tredwell"


def test_a_shared_surname_alone_in_the_quote_rules_no_one_out(run):
    # two Marrens: "Marren" in the quote may be either, so the pronoun keeps its antecedent
    found = run("Talia Marren opened the new gallery on Friday with her brother Osric Marren.\n\n"
                "Talia Marren thanked the town council. “Without the Marren family this would never have "
                "happened,” she said.")
    assert speaker(found, "never have") == "Talia Marren"
