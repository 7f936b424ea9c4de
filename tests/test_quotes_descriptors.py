"""Speakers named by a description ("the Harbour full-back", "the striker") and a quote-led
paragraph after a sentence about a person the tagger missed. Every fixture text is invented."""
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


def test_the_club_and_role_description_is_the_player_not_the_club(run):
    # the parser heads "the Sale full-back" with the club's name and hangs the role off it
    found = run("Owen Tarrant believes the mood in the camp is good. "
                "“There is no lack of confidence in the team,” said the Sale full-back.")
    assert speaker(found, "no lack of confidence") == "Owen Tarrant"


def test_the_club_and_role_with_a_name_after_it_is_that_name(run):
    found = run("Owen Tarrant believes the mood in the camp is good. "
                "“We are ready,” said the Sale winger Tom Voyle.")
    assert speaker(found, "We are ready") == "Tom Voyle"


def test_a_sides_plural_nickname_is_no_antecedent_of_the_role(run):
    # "the Harriers" is tagged as a person; "the striker" is the player named before
    found = run("Meanwhile, Piero Benedetti believes he will be blamed if the club fails. Benedetti will "
                "captain the side as the Harriers seek a win over Dunmore. And the striker said: "
                "“If we don't win, it's going to be my fault.”")
    assert speaker(found, "my fault") == "Piero Benedetti"

