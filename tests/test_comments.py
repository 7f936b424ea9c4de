"""Readers' comments printed under an article are kept in the text but are not the story."""

from __future__ import annotations

from generator.ingest import from_text

STORY = """Westby council backs new tram line

Westby council has approved a new tram line linking the harbour to the university, after a vote on Tuesday.

Council leader Ann Lee said the line would open in 2027. "This is the biggest investment the town has seen in a generation," she told reporters.

The Avonia Transport Board will pay half of the cost, a spokesman for the board said.

Opponents say the route will cut through the old market. Tom Reed, who runs a stall there, said traders had not been consulted.

Work is expected to start in the spring.
"""

COMMENTS = """
I live by the harbour and I cannot wait. Finally something for the east of the town!

Who is going to pay for it when the costs double? Not the council, that's for sure.

I think the old market deserves better than this. My grandfather had a stall there for forty years.

Trams in Westby? You must be joking. Fix the potholes first.

Great news. I used trams every day when I lived abroad and they changed my life.

Why does the university get a stop and the hospital does not? Could Captain Marvello fly us there instead?
"""

LEAD_IN = "\nHere is a selection of your comments.\n"


def kinds(text: str) -> list[str]:
    art = from_text(text, "story.txt")
    return [p.kind for p in art.paragraphs if p.kind in ("body", "heading", "comment")]


def test_a_run_of_readers_comments_ending_the_article_is_not_the_story():
    found = kinds(STORY + COMMENTS)
    assert found == ["body"] * 5 + ["comment"] * 6


def test_a_lead_in_line_before_the_comments_goes_with_them():
    found = kinds(STORY + LEAD_IN + COMMENTS)
    assert found == ["body"] * 5 + ["comment"] * 7


def test_comment_text_is_kept_and_numbers_only_the_story():
    art = from_text(STORY + COMMENTS, "story.txt")
    comments = [p for p in art.paragraphs if p.kind == "comment"]
    assert art.text[comments[0].start:comments[0].end].startswith("I live by the harbour")
    assert all(p.number == 0 for p in comments)
    assert art.paragraph_number(comments[-1].start) is None


def test_nothing_of_the_briefing_comes_from_the_comments(extract_text):
    text = STORY + COMMENTS
    _, ex = extract_text(text, "story.txt")
    first_comment = text.index("I live by the harbour")
    assert "Captain Marvello" not in [a.name for a in ex.actors]
    assert all(q.start < first_comment for q in ex.quotes)
    assert all(s.start < first_comment for s in ex.summary)
    assert not any("Marvello" in q.text or "potholes" in q.text for q in ex.questions)


def test_a_column_in_the_first_person_throughout_has_no_comments():
    column = """Why I still take the night bus

I have taken the night bus home from Westby for ten years, and I have never once been bored.

My neighbours think I am mad. I tell them the night bus is the best theatre in town.

Last week I sat behind a man who sang the whole way to the harbour. I gave him a pound.

The council wants to cut the service next year. I hope they think again.

You meet everyone on the night bus. Where else would I have learned to play chess?

I will miss it if it goes. My advice: ride it while you can!

Would the councillors ride it themselves? I doubt it.
"""
    assert "comment" not in kinds(column)


def test_an_interview_in_questions_and_answers_has_no_comments():
    interview = """Ann Lee on the tram line

The council leader talked to us about the new tram line and what it means for Westby.

The line was approved on Tuesday after a long debate in the council chamber.

It will cost more than any project the town has undertaken.

Q: Why now?

A: I think we have waited long enough. My predecessors talked about it for twenty years.

Q: What about the market traders?

A: I have met them twice and I will meet them again. You cannot please everyone!

A: I am sure the trams will win them over in the end.

A: My door is always open to them, as I have told them myself.
"""
    assert "comment" not in kinds(interview)


def test_quoted_first_person_speech_ending_a_story_is_not_comments():
    story = STORY + """
"I have never seen the town so divided," said Tom Reed.

"I will fight this in the courts if I have to," he added. "My stall is my living!"

"We were promised a vote," another trader, Jo Hart, said. "I feel betrayed."

"Why should I move?" asked Ann Lee's own cousin, who sells fish at the market.

"I am staying put," he said.
"""
    assert "comment" not in kinds(story)


def test_a_short_tail_of_opinion_is_not_enough():
    story = STORY + """
I think this is great news!

Who will pay for it?
"""
    assert "comment" not in kinds(story)


def test_the_source_page_shows_the_comments_marked():
    from generator.library import Entry
    from generator.model import Briefing
    from generator.site import pages

    article = from_text(STORY + COMMENTS, "seeds/tram.txt")
    b = Briefing(slug="tram", title="Westby council backs new tram line", source="seeds/tram.txt", source_sha256="")
    body = pages.source_page(Entry(briefing=b, article=article, edited=False)).body
    assert '<p class="bf-nonprose bf-kind-comment"><span class="bf-label">readers&#x27; comment</span> I live by' in body
    assert 'id="p5"' in body and 'id="p6"' not in body
