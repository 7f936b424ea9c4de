"""Briefing Markdown: written and read back into the same data; hand edits are what is read."""

from __future__ import annotations

import pytest

from generator import briefing as md
from generator.errors import BriefingFormatError
from generator.model import Actor, Briefing, Question, Quote, Reported, Sentence

SOURCE = ("Harbour Ban\n\nThe council voted on Tuesday to ban cruise ships.\n\n"
          "\u201cWe cannot let our old town sink,\u201d Mayor Ana Costa said.\n\n"
          "\u201cNobody asked us,\u201d said Pieter Jansen. He said\nthe ban may face a court challenge.\n")


def span(text: str) -> tuple[int, int]:
    start = SOURCE.index(text)
    return start, start + len(text)


def sample() -> Briefing:
    s1 = span("The council voted on Tuesday to ban cruise ships.")
    q1 = span("We cannot let our old town sink,")
    q2 = span("Nobody asked us,")
    r1 = span("the ban may face a court challenge")
    sent = span("He said\nthe ban may face a court challenge.")
    return Briefing(
        slug="harbour-ban", title="Harbour Ban", source="seeds/harbour.txt", source_sha256="ab" * 32,
        dek="A dek with *stars* and <b>tags</b>", published="2025-03-04", authors=["Maria Lind"],
        categories=["Travel", "Europe"], standfirst="One line.", generator=md.GENERATOR,
        summary=[Sentence(SOURCE[s1[0]:s1[1]], *s1)],
        actors=[Actor("Ana Costa", "person", role="Mayor", aliases=["Costa", "Mayor Costa"], mentions=2, id="ana-costa"),
                Actor("Pieter Jansen", "person", mentions=1, id="pieter-jansen"),
                Actor("Porto Velho council", "organization", mentions=1, id="porto-velho-council")],
        quotes=[Quote(SOURCE[q1[0]:q1[1]], *q1, speaker="Ana Costa", speaker_start=SOURCE.index("Mayor Ana"),
                      speaker_end=SOURCE.index("Mayor Ana") + 14, cue="said"),
                Quote(SOURCE[q2[0]:q2[1]], *q2, speaker=None, cue=None)],
        reported=[Reported(SOURCE[r1[0]:r1[1]], *r1, speaker="Pieter Jansen", cue="said")],
        questions=[Question("Will the ban face a court challenge?", *sent)],
    )


def paragraph_of(offset: int) -> int:
    return SOURCE[:offset].count("\n\n")


def test_round_trip_gives_the_same_data():
    b = sample()
    text = md.dump(b, paragraph_of)
    back = md.parse(text, "briefings/harbour-ban.md", source=SOURCE, slug="harbour-ban")
    for field in ("title", "source", "source_sha256", "dek", "published", "authors", "categories", "standfirst",
                  "generator", "summary", "quotes", "reported", "questions"):
        assert getattr(back, field) == getattr(b, field), field
    assert [(a.name, a.type, a.role, a.aliases, a.mentions, a.id) for a in back.actors] == \
           [(a.name, a.type, a.role, a.aliases, a.mentions, a.id) for a in b.actors]
    assert not md.split(text, "x").edited


def test_multi_paragraph_quote_text_is_restored_exactly():
    b = sample()
    q = span("He said\nthe ban")
    b.quotes = [Quote(SOURCE[q[0]:q[1]], *q, speaker="Pieter Jansen", cue="said")]
    back = md.parse(md.dump(b, paragraph_of), "x.md", source=SOURCE)
    assert back.quotes[0].text == "He said\nthe ban" and (back.quotes[0].start, back.quotes[0].end) == q


def test_hand_edit_is_detected_and_read():
    text = md.dump(sample(), paragraph_of)
    edited = text.replace("” — (unattributed)", "” — Pieter Jansen (said)")
    assert edited != text
    assert md.split(edited, "x").edited
    back = md.parse(edited, "x.md", source=SOURCE)
    assert back.quotes[1].speaker == "Pieter Jansen" and back.quotes[1].cue == "said"


def test_edit_without_reference_is_relocated_in_source():
    text = md.dump(sample(), paragraph_of)
    lines = [line for line in text.splitlines() if line.startswith("- The council voted")]
    edited = text.replace(lines[0], "- The council voted on Tuesday to ban cruise ships.")
    back = md.parse(edited, "x.md", source=SOURCE)
    assert back.summary[0].start == SOURCE.index("The council voted")


def test_text_not_in_source_keeps_no_offsets():
    text = md.dump(sample(), paragraph_of).replace("We cannot let our old town sink,", "We will never give up,")
    back = md.parse(text, "x.md", source=SOURCE)
    assert back.quotes[0].text == "We will never give up," and back.quotes[0].start == -1


def test_unknown_sections_are_kept_as_notes():
    text = md.dump(sample(), paragraph_of).replace("## Source", "## Editor's note\n\nChecked with the council.\n\n## Source")
    back = md.parse(text, "x.md", source=SOURCE)
    assert back.notes == "## Editor's note\n\nChecked with the council."
    again = md.parse(md.dump(back, paragraph_of), "x.md", source=SOURCE)
    assert again.notes == back.notes


@pytest.mark.parametrize("mutate, message", [
    (lambda t: t.replace("---\n", "", 1), "no YAML front matter"),
    (lambda t: t.replace("title: Harbour Ban", "title: [Harbour"), "malformed front matter"),
    (lambda t: t.replace("(person) — Mayor", "(wizard) — Mayor"), "unknown actor type"),
    (lambda t: t.replace("- “Nobody asked us,” — (unattributed)", "- Nobody asked us"), "cannot read quote line"),
])
def test_malformed_briefing_gives_file_and_line(mutate, message):
    text = mutate(md.dump(sample(), paragraph_of))
    with pytest.raises(BriefingFormatError) as info:
        md.parse(text, "briefings/harbour-ban.md", source=SOURCE)
    assert message in str(info.value) and str(info.value).startswith("briefings/harbour-ban.md")
    if message not in ("no YAML front matter", "malformed front matter"):
        line = info.value.line
        assert line and text.splitlines()[line - 1].startswith("- ")


def test_hand_written_lines_anywhere_are_kept_where_they_are():
    text = md.dump(sample(), paragraph_of)
    text = text.replace("> A dek", "Checked by the desk on 5 March.\n\n> A dek", 1)  # above the first section
    text = text.replace("## Key actors", "The vote was 7 to 2.\n\n## Key actors", 1)  # a paragraph, not an item
    text = text.replace("- File: `seeds/harbour.txt`", "- File: `seeds/harbour.txt`\n- Also on the council's site.", 1)
    back = md.parse(text, "x.md", source=SOURCE)
    assert back.extras == {"": ["Checked by the desk on 5 March."], "Summary": ["The vote was 7 to 2."],
                           "Source": ["- Also on the council's site."]}
    assert back.dek == "A dek with *stars* and <b>tags</b>" and len(back.summary) == 1
    again = md.parse(md.dump(back, paragraph_of), "x.md", source=SOURCE)
    assert again.extras == back.extras


def test_an_edited_headline_is_the_title():
    text = md.dump(sample(), paragraph_of).replace("# Harbour Ban", "# Harbour Ban Upheld", 1)
    assert md.parse(text, "x.md", source=SOURCE).title == "Harbour Ban Upheld"
