"""Open-question leftovers an editor struck: each fixture makes one mechanism fire and checks the bad question is
gone while a sound one stays. Every fixture article is written for these tests (no third-party text)."""

from __future__ import annotations

import pytest

from generator.extract import actors, questions, quotes
from generator.extract.analysis import analyse
from helpers import article


@pytest.fixture
def ask(parse_text):
    """``ask(text) -> [question text]`` with the article's own actors."""

    def _ask(text: str) -> list[str]:
        analysis = analyse(parse_text(text))
        analysis.set_referents(actors.extract(analysis))
        return [q.text for q in questions.extract(analysis, quotes.extract(analysis)[0])]

    return _ask


def test_a_question_of_names_is_answered_by_a_later_sentence_naming_them(ask):
    text = article("Tom Hale could be selected by Dalby Rovers for the Coastal Cup final, the club says.",
                   "The winger has been out for two months with a knee injury.",
                   "Tom Hale was selected by Dalby Rovers for the Coastal Cup final on Friday morning.",
                   "The final takes place at the Harbour Ground on Saturday.")
    qs = ask(text)
    assert not any("selected" in q for q in qs), qs


def test_a_post_held_with_others_asks_no_successor(ask):
    qs = ask(article("Ann Lee has resigned from her post as a partner in the Dalby law firm Hale Stanton.",
                     "The firm's other partners will continue to run its harbour office."))
    assert not any(q.startswith("Who will replace") for q in qs), qs
    qs = ask(article("Ann Lee has resigned from her post as chief executive of the Dalby Bank.",
                     "The bank's shares fell 4% on the news."))
    assert any(q.startswith("Who will replace Ann Lee") for q in qs), qs


def test_a_would_told_now_about_a_scene_in_the_past_is_a_habit_not_a_forecast(ask):
    qs = ask(article("Ann Lee is suing Tom Hale over lost files.",
                     "Ann Lee alleges that Tom Hale would visit the harbour office when she worked there, and take "
                     "the files."))
    assert not any("visit the harbour office" in q for q in qs), qs
    qs = ask(article("Ann Lee is suing Tom Hale over lost files.",
                     "Ann Lee alleges that Tom Hale would visit the harbour office next week and take the files."))
    assert any("visit the harbour office" in q for q in qs), qs


def test_an_attribution_keeps_the_article_s_the(ask):
    qs = ask(article("The Dalby council should scrap the harbour levy before the next election, the Lib Rads say.",
                     "The levy raised £4m last year."))
    assert any(q.endswith(", as the Lib Rads urge?") for q in qs), qs
    qs = ask(article("The Dalby council should scrap the harbour levy before the next election, Tom Hale says.",
                     "The levy raised £4m last year."))
    assert any(q.endswith(", as Tom Hale urges?") for q in qs), qs


def test_the_reporters_own_expectation_with_a_date_or_figure_is_a_schedule_not_a_forecast(ask):
    qs = ask(article("Tickets for the Dalby harbour festival are expected to go on sale in April.",
                     "The festival has grown every year since it began."))
    assert not any("go on sale" in q for q in qs), qs
    qs = ask(article("The new Dalby ferry is expected to go into service at the end of the year.",
                     "Few details about it have been released."))
    assert any("go into service" in q for q in qs), qs
