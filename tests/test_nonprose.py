"""Non-prose lines (captions, page widgets, capitals) are kept in the text, marked, and out of the story."""

from __future__ import annotations

from generator.ingest import from_text
from generator.ingest.nonprose import block_kind

# One paragraph of running text, as scraped articles come: captions have lost their line breaks
# and full stops and run into the next sentence.
SCRAPED = (
    "The old ferry Santa Rita ran aground off Cape Morrow on Friday after her engine failed in a storm, the "
    "harbour master said. All forty passengers were brought ashore by lifeboat crews from two villages. "
    "Scroll down for video "
    "Close call: The Santa Rita lies on the rocks below the lighthouse at first light on Saturday "
    "The captain told the inquiry that the engine had been serviced only a month before the crossing. "
    "Harbour master Ana Costa (left) with two of the lifeboat crew on the quay "
    "The rocks off the cape have claimed three ships in a century, Costa said. "
    + "Divers will inspect the hull next week before the owners decide whether she can be towed to port. " * 8
    + "The ferry company said it was dubbed 'The Lucky Lady' by crews who remembered earlier storms she survived. "
    + "Ferries to the islands will run on a reduced timetable until a replacement boat is found."
)

EDITED = """Harbour Ferry Runs Aground

The old ferry Santa Rita ran aground off Cape Morrow on Friday after her engine failed.

Share this article

READ MORE: Ten ships the cape has claimed

Photo: Harbour Times/Getty Images

THE CAPE HAS CLAIMED THREE SHIPS IN A CENTURY

'WE WERE LUCKY TO GET OUT,' one passenger told reporters as she stepped off the lifeboat.

Oregon: Family leave rules there changed the same week, the ferry company noted in its statement.

Shop the look

The ferry company said services would resume next week.
"""


def pieces(article) -> list[tuple[str, str]]:
    return [(p.kind, article.text[p.start:p.end]) for p in article.paragraphs]


def test_glued_captions_and_widgets_are_split_out_of_scraped_running_text():
    a = from_text(SCRAPED)
    found = [(k, t) for k, t in pieces(a) if k not in ("body", "heading")]
    assert found == [
        ("widget", "Scroll down for video"),
        ("caption", "Close call: The Santa Rita lies on the rocks below the lighthouse at first light on Saturday"),
        ("caption", "Harbour master Ana Costa (left) with two of the lifeboat crew on the quay"),
    ]
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "The captain told the inquiry" in story and "The rocks off the cape" in story
    assert "dubbed 'The Lucky Lady' by crews" in story  # a quotation inside a sentence is no glue
    # nothing is lost: the pieces cover the text, in order
    spans = [(p.start, p.end) for p in a.paragraphs]
    assert spans == sorted(spans) and "".join(a.text[s:e] for s, e in spans).replace(" ", "") == SCRAPED.replace(" ", "")


def test_non_prose_blocks_are_marked_and_prose_is_not():
    a = from_text(EDITED)
    kinds = dict((t, k) for k, t in pieces(a))
    assert kinds["Shop the look"] == "widget"
    assert kinds["Share this article"] in ("widget", "boilerplate")  # the reader's older rule may call it boilerplate
    assert kinds["READ MORE: Ten ships the cape has claimed"] in ("widget", "boilerplate")
    assert kinds["Photo: Harbour Times/Getty Images"] == "caption"
    assert kinds["THE CAPE HAS CLAIMED THREE SHIPS IN A CENTURY"] == "capitals"
    # a quotation in capitals, a "Place: …" paragraph an editor wrote: prose
    assert kinds["'WE WERE LUCKY TO GET OUT,' one passenger told reporters as she stepped off the lifeboat."] == "body"
    assert kinds["Oregon: Family leave rules there changed the same week, the ferry company noted in its statement."] == "body"
    assert [p.number for p in a.body()] == list(range(1, len(a.body()) + 1))


def test_block_kinds():
    assert block_kind("Scroll down for video") == "widget"
    assert block_kind("Follow us on Twitter") == "widget"
    assert block_kind("Sorry, we are not accepting comments on this story.") == "widget"
    assert block_kind("The mayor (left) and her deputy at the opening of the bridge") == "caption"
    assert block_kind("The mayor (left) said on Monday that the bridge would open in May.") is None
    assert block_kind("The mayor said on Monday that the bridge would open in May.") is None


def test_extractors_never_read_non_prose(parse_text):
    parsed = parse_text(SCRAPED)
    read = " ".join(pp.doc.text for pp in parsed.paragraphs)
    assert "Scroll down" not in read and "Close call" not in read and "(left)" not in read
    assert "The captain told the inquiry" in read


def test_a_stand_in_title_comes_from_the_story_not_a_widget_or_caption():
    a = from_text("Scroll down for video " + SCRAPED)
    assert a.title.startswith("The old ferry Santa Rita ran aground")


# A caption with a compound position marker, glued to the next sentence without a stop: the seam is
# a lower-case word, then a name and its verb ("… in the scheme Dale also spent …").
GLUED_NAME = (
    "The harbour fraud trial heard on Monday that the builder had taken money from four banks over three "
    "years, the court was told. "
    "Tom Reeve (behind Dale, left) was also involved in the scheme Dale also spent 9,000 pounds on a cruise to "
    "Norway in 2011 with his brother. "
    "Sara Lim (second from right) with her sister outside the court "
    "The manager Jo Vance said the builder (left) was a good worker. "
    + "The jury will return on Thursday to hear the rest of the evidence from the banks. " * 14
)


def test_a_caption_with_a_compound_marker_ends_where_a_name_starts_the_next_sentence():
    a = from_text(GLUED_NAME)
    found = [(k, t) for k, t in pieces(a) if k == "caption"]
    assert found == [("caption", "Tom Reeve (behind Dale, left) was also involved in the scheme"),
                     ("caption", "Sara Lim (second from right) with her sister outside the court")]
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "Dale also spent 9,000 pounds on a cruise" in story
    # a stopped sentence with a marker and no seam after it stays prose
    assert "The manager Jo Vance said the builder (left) was a good worker." in story


# A caption with no marker at all, glued to the next sentence: a run-on seam (a word with no stop,
# then a name and its verb) after a stretch that restates a sentence of the story, as captions do.
GLUED_PLAIN = (
    "The old ferry Santa Rita ran aground off Cape Morrow on Friday after her engine failed in a storm. "
    "Harbour master Ana Costa said forty passengers were brought ashore by lifeboat crews from two villages. "
    "Forty passengers were brought ashore by lifeboat crews from two nearby villages on Friday night "
    "Costa also praised the ferry's crew for keeping the passengers calm. "
    "The rock band Harbour Lights were playing in the bar when the engine failed, a passenger said. "
    "Divers will inspect the hull next week before the owners decide whether she can be towed to port. " * 1
    + "Ferries to the islands will run on a reduced timetable until a replacement boat is found. " * 12
)


def test_a_glued_caption_without_a_marker_ends_at_a_run_on_seam():
    a = from_text(GLUED_PLAIN)
    found = [(k, t) for k, t in pieces(a) if k == "caption"]
    assert found == [("caption", "Forty passengers were brought ashore by lifeboat crews from two nearby villages on Friday night")]
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "Costa also praised the ferry's crew" in story
    # a name after a noun that names it ("the rock band Harbour Lights were") is no seam
    assert "The rock band Harbour Lights were playing in the bar" in story
    # the same run-on seam, but the stretch before it restates nothing: prose (a missing stop)
    lone = GLUED_PLAIN.replace("Forty passengers were brought ashore by lifeboat crews from two nearby villages on Friday night",
                               "Relatives waited for hours in the cold at the quay with blankets and flasks of tea")
    assert [t for k, t in pieces(from_text(lone)) if k == "caption"] == []
    # the article's first sentence is its lede, even when a later sentence restates it
    lede = ("Forty passengers were brought ashore by lifeboat crews from two nearby villages on Friday night "
            "Costa also praised the ferry's crew for keeping the passengers calm. " + GLUED_PLAIN)
    a = from_text(lede)
    assert a.text[a.body()[0].start:].startswith("Forty passengers were brought ashore")


# Captions run one into the next and into the story's next sentence, with no stop between them. A
# sentence opener before a lower-case word ("... on the quay He said ...") is a seam prose never writes.
FILLER = "The inquiry into the grounding will report to the harbour board before the summer season begins. " * 14
CAPTION_RUN = (
    "The old ferry Santa Rita ran aground off Cape Morrow on Friday after her engine failed in a storm. "
    "Harbour master Ana Costa (centre) walks along the quay with two of the lifeboat crew after the rescue "
    "Costa greets relatives of the passengers at the harbour office on Saturday morning "
    "She said: 'Everyone did exactly what they were trained to do, and nobody was hurt.' "
    + FILLER
    + "A tug will try to pull the ferry off the rocks at high tide on Monday. "
    "The Santa Rita lies on the rocks below the lighthouse with her bow in the air"
)


def test_a_run_of_glued_captions_ends_where_a_sentence_opener_starts_the_story_again():
    a = from_text(CAPTION_RUN)
    found = [t for k, t in pieces(a) if k == "caption"]
    assert found[0].startswith("Harbour master Ana Costa (centre) walks along the quay")
    assert any(t.endswith("at the harbour office on Saturday morning") for t in found)
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "She said: 'Everyone did exactly what they were trained to do" in story
    assert "Costa greets relatives" not in story
    # the paragraph ends without a stop: its last stretch is the last photo's caption
    assert found[-1] == "The Santa Rita lies on the rocks below the lighthouse with her bow in the air"
    assert "A tug will try to pull the ferry off the rocks" in story


def test_prose_that_lost_a_stop_or_names_a_title_is_no_caption():
    lost = CAPTION_RUN.replace(
        "Harbour master Ana Costa (centre) walks along the quay with two of the lifeboat crew after the rescue "
        "Costa greets relatives of the passengers at the harbour office on Saturday morning ",
        # a quotation and its speech verb, then an opener: a report of speech that lost its stop
        "'We were lucky the tide was low,' the harbour master Ana Costa told reporters at the quay "
        # a title in capitals after a noun: "This Is Morrow" is the show's name
        "The crew were interviewed on the evening show This Is Morrow after the rescue. ")
    a = from_text(lost)
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "'We were lucky the tide was low,' the harbour master Ana Costa told reporters" in story
    assert "on the evening show This Is Morrow after the rescue." in story


def test_a_name_and_a_word_in_s_alone_parts_no_caption_from_the_story():
    text = CAPTION_RUN.replace(
        "Costa greets relatives of the passengers at the harbour office on Saturday morning ",
        "").replace("Harbour master Ana Costa (centre) walks along the quay with two of the lifeboat crew after the rescue ",
                    "The rescue was the biggest since the storms of the winter Westport fishermen remember well. ")
    a = from_text(text)
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "the storms of the winter Westport fishermen remember well." in story


def test_a_labelled_caption_with_no_glue_ends_where_the_next_sentence_starts():
    text = CAPTION_RUN.replace(
        "Costa greets relatives of the passengers at the harbour office on Saturday morning ",
        "Close call: The ferry company says the crew had trained for a grounding only last month "
        "Two days after the rescue, the company suspended all crossings to the islands. ")
    a = from_text(text)
    found = [t for k, t in pieces(a) if k == "caption"]
    assert "Close call: The ferry company says the crew had trained for a grounding only last month" in found
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "Two days after the rescue, the company suspended all crossings" in story


def test_the_lede_is_a_caption_only_on_a_strong_seam_after_a_stretch_that_restates():
    lede = ("Forty passengers were brought ashore by lifeboat crews from two villages on Friday night "
            "The old ferry Santa Rita ran aground off Cape Morrow after her engine failed in a storm. "
            "Lifeboat crews from two villages brought forty passengers ashore on Friday night. " + FILLER)
    a = from_text(lede)
    assert [t for k, t in pieces(a) if k == "caption"] == [
        "Forty passengers were brought ashore by lifeboat crews from two villages on Friday night"]
    assert a.title.startswith("The old ferry Santa Rita ran aground")
    plain = lede.replace("Lifeboat crews from two villages brought forty passengers ashore on Friday night. ", "")
    assert [t for k, t in pieces(from_text(plain)) if k == "caption"] == []


def test_prose_that_lost_its_stop_before_a_labelled_caption_stays_prose():
    text = CAPTION_RUN.replace(
        "Costa greets relatives of the passengers at the harbour office on Saturday morning ",
        "Speaking on the quay Mr Costa thanked the lifeboat crews from both villages Close call: The ferry lies "
        "on the rocks below the lighthouse ")
    a = from_text(text)
    assert "Close call: The ferry lies on the rocks below the lighthouse" in [t for k, t in pieces(a) if k == "caption"]
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "Speaking on the quay Mr Costa thanked the lifeboat crews from both villages" in story


def test_a_word_that_takes_what_follows_ends_no_sentence():
    text = ("The old ferry Santa Rita ran aground off Cape Morrow on Friday after her engine failed in a storm. "
            "Relatives of the passengers waited at the quay for news all night, meaning Costa had to open the "
            "harbour office. Relatives of the passengers waited at the quay for news through the night. " + FILLER)
    a = from_text(text)
    story = " ".join(a.text[p.start:p.end] for p in a.body())
    assert "waited at the quay for news all night, meaning Costa had to open the harbour office." in story


def test_a_closed_comments_notice_in_running_text_is_a_widget():
    a = from_text(CAPTION_RUN.replace("A tug will try", "Comments are closed. A tug will try"))
    assert ("widget", "Comments are closed.") in pieces(a)


def test_a_scraped_paragraph_parts_where_a_sentence_starts_without_a_stop():
    filler = "Divers will inspect the hull next week before the owners decide whether she can be towed to port. " * 16
    text = (filler
            + "The crew had been told to wait at the quay until the tide turned in the evening "
            + "He said the rescue had taken most of the night and the boats were tired. "
            + "Two boats were damaged on the rocks below the lighthouse during the long night. "
            + "Later on Saturday the owners said they would pay for the repairs of the lifeboats. It was "
            + "the third rescue at the cape this year and the harbour board will meet to discuss it on Monday "
            + "The two boats wait at the pier below the harbour office in the morning light "
            + "'Then why did nobody close the harbour earlier?' Ann Lee asked the board. "
            + "Tom Reed has missed only two of the games this autumn, both through illness "
            + "The 24-year-old captain was unhappy to have been taken off in the second half. "
            + "The coastguard sent two boats from the station at Westby "
            + "The crew were back in port by noon on Saturday with all the passengers. "
            + "Doctors at the harbour clinic gave the passengers Vitamin A tablets and blankets for the night. "
            + "The ferry company said it was dubbed 'The Lucky Lady' by crews who remembered her. "
            + "The mayor told reporters 'We will rebuild the quay this year,' and left. "
            + "Ann Lee sang on her new 'Where Did The Summer Go?' record for the harbour choir.")
    a = from_text(text)
    body = [a.text[p.start:p.end] for p in a.body()]
    # each part is a paragraph of its own, so no stage reads across the seam
    assert any(b.startswith("He said the rescue") for b in body)
    assert any(b.startswith("'Then why did nobody close") for b in body)
    assert any(b.startswith("The 24-year-old captain") for b in body)
    assert any(b.startswith("The crew were back in port") for b in body)  # after a name that ends a sentence
    # between two such seams, with no stop of its own: a photo's caption, out of the story
    assert ("caption", "The two boats wait at the pier below the harbour office in the morning light") in pieces(a)
    story = " ".join(body)
    assert "dubbed 'The Lucky Lady' by crews" in story  # a quotation inside a sentence, a title
    assert not any(b.startswith("A tablets") for b in body)
    assert "The mayor told reporters 'We will rebuild the quay this year,' and left." in story  # a report of speech
    assert "her new 'Where Did The Summer Go?' record" in story
    assert "".join(a.text[p.start:p.end] for p in a.paragraphs).replace(" ", "") == text.replace(" ", "")


def test_a_seam_inside_a_quotation_opened_sentences_before_stays_the_speakers():
    filler = "Divers will inspect the hull next week before the owners decide whether she can be towed to port. " * 16
    text = (filler + "The skipper was calm. 'I have taken the boat out a few times so she is ready. We lost one "
            "year and that was the year Sea Lark It won the race so we never changed the sails. The harbour "
            "is now really inviting,' he said. Ann Lee, the harbour master, agreed with him.")
    a = from_text(text)
    body = [a.text[p.start:p.end] for p in a.body()]
    assert not any(b.startswith("It won the race") for b in body)
    assert any("the year Sea Lark It won the race" in b for b in body)


def test_a_seam_in_a_quote_that_runs_on_into_the_next_quote_paragraph_is_the_speakers_when_it_says_we():
    filler = "Divers will inspect the hull next week before the owners decide whether she can be towed to port. " * 16
    quote = ("'I have taken the boat out a few times so she is ready. We lost one year and that was the year Sea "
             "Lark It won so we never changed the sails. ")
    text = (filler + "The skipper was calm. " + quote + "'The harbour is now really inviting,' he said. "
            "Ann Lee, the harbour master, agreed with him.")
    body = [b for b in (from_text(text).text[p.start:p.end] for p in from_text(text).body())]
    assert not any(b.startswith("It won so we") for b in body)
    # a caption in the third person inside such a quote still parts
    caption = quote.replace("We lost one year and that was the year Sea Lark It won so we never changed the sails. ",
                            "The old lifeboat pictured at the quay in the spring of last year The crew said it was ready. ")
    text = filler + "The skipper was calm. " + caption + "'The harbour is now really inviting,' he said."
    body = [b for b in (from_text(text).text[p.start:p.end] for p in from_text(text).body())]
    assert any(b.startswith("The crew said it was ready") for b in body)
