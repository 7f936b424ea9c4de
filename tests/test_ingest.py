"""Readers: layout detection, metadata, offsets, encodings and one-line errors."""

from __future__ import annotations

import pytest

from generator.errors import InputError
from generator.ingest import from_text, read_article

from helpers import PLAIN, SEED_LAYOUT


def kinds(article):
    return [(p.kind, article.text[p.start:p.end]) for p in article.paragraphs]


def test_seed_layout(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(SEED_LAYOUT, encoding="utf-8")
    a = read_article(path)
    assert a.categories == ["Energy", "Europe"]
    assert a.title == "Harbour Town Votes to Ban Cruise Ships From Its Old Port"
    assert a.dek.startswith("The decision could cost")
    assert a.authors == ["Maria Lind"]
    by_kind = kinds(a)
    assert ("heading", "Operators Push Back") in by_kind
    assert ("boilerplate", "Also Read: Ten Harbours Worth a Visit") in by_kind
    assert by_kind[-1][0] == "boilerplate" and "Published by Maria Lind" in by_kind[-1][1]
    body = [t for k, t in by_kind if k == "body"]
    assert body[0].startswith("The council of Porto Velho") and body[-1].startswith("It remains to be seen")
    numbers = [p.number for p in a.paragraphs if p.kind in ("body", "heading")]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(p.number == 0 for p in a.paragraphs if p.kind not in ("body", "heading"))


def test_offsets_point_into_decoded_file_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SEED_LAYOUT, encoding="utf-8")
    a = read_article(path)
    assert a.text == SEED_LAYOUT
    for p in a.paragraphs:
        chunk = a.text[p.start:p.end]
        assert chunk == chunk.strip() and chunk


def test_generic_plain_text_first_line_is_headline(tmp_path):
    path = tmp_path / "rail.txt"
    path.write_text(PLAIN, encoding="utf-8")
    a = read_article(path)
    assert a.title == "Rail Union Calls Strike Over Pay Offer"
    assert a.dek is None and a.authors == []
    assert [k for k, _ in kinds(a)] == ["title", "body", "body", "body"]


def test_sentence_starting_with_by_is_not_a_byline(tmp_path):
    path = tmp_path / "by.txt"
    path.write_text("Plant Closes\n\nBy 2026, the plant will have closed, the owners said.\n\nWorkers were told on Friday.\n")
    a = read_article(path)
    assert a.authors == [] and [k for k, _ in kinds(a)] == ["title", "body", "body"]


def test_markdown_front_matter(tmp_path):
    text = ("---\ntitle: Port Ban Approved\ndate: 2025-03-04\nauthor: Maria Lind\nurl: https://example.org/a\n"
            "categories: [Travel, Europe]\npublisher: Harbour Times\n---\n\n## Background\n\n"
            "The council voted on Tuesday.\n\nShips will be banned from May.\n")
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    a = read_article(path)
    assert (a.title, a.published, a.authors, a.url, a.categories, a.publisher) == (
        "Port Ban Approved", "2025-03-04", ["Maria Lind"], "https://example.org/a", ["Travel", "Europe"], "Harbour Times")
    assert kinds(a)[0] == ("heading", "Background")
    assert ("body", "The council voted on Tuesday.") in kinds(a)


def test_markdown_without_title_uses_first_heading(tmp_path):
    path = tmp_path / "b.md"
    path.write_text("# Council Bans Ships\n\nThe council voted on Tuesday.\n", encoding="utf-8")
    a = read_article(path)
    assert a.title == "Council Bans Ships" and a.text[a.title_span[0]:a.title_span[1]] == "Council Bans Ships"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"   \n\n \t\n", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"Just A Headline\n", "no article text"),
    (b"---\ntitle: [unclosed\n---\n\nBody text here.\n", "malformed front matter"),
])
def test_bad_input_gives_one_line_error_naming_the_file(tmp_path, content, reason):
    suffix = ".md" if content.startswith(b"---") else ".txt"
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_article(path)
    message = str(info.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Headline\n\n" + b"A sentence of text. " * 300_000)
    with pytest.raises(InputError, match="too large"):
        read_article(path)


def test_latin1_falls_back_with_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 Owners Protest\n\nThe caf\u00e9 owners marched on Friday.\n".encode("latin-1"))
    a = read_article(path)
    assert "café" in a.text and a.encoding == "cp1252"
    assert any("not valid UTF-8" in w and str(path) in w for w in a.warnings)


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Harbour Ban\n\nThe council voted.\n".encode("utf-16"))
    a = read_article(path)
    assert a.title == "Harbour Ban" and a.encoding == "utf-16"


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="unsupported file type"):
        read_article(path)


def test_running_text_without_headline_keeps_all_its_text(tmp_path):
    text = ("Odds on the council closing the harbour have been slashed after a vote on Tuesday, the mayor said in a "
            "long statement that ran to several pages and named every member of the board. Bookmakers cut the odds "
            "again on Wednesday. The harbour has been open since 1820.")
    path = tmp_path / "one-block.txt"
    path.write_text(text, encoding="utf-8")
    a = read_article(path)
    assert a.title_span is None and a.title.startswith("Odds on the council closing the harbour") and a.title.endswith("…")
    assert len(a.title) <= 91
    body = a.body()
    assert len(body) == 1 and a.text[body[0].start:body[0].end] == text


def test_two_sentence_first_line_is_not_a_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The mayor resigned. Her deputy takes over.\n\nThe council meets on Monday.\n", encoding="utf-8")
    a = read_article(path)
    assert a.title == "The mayor resigned" and a.title_span is None
    assert [a.text[p.start:p.end] for p in a.body()][0] == "The mayor resigned. Her deputy takes over."


@pytest.mark.parametrize("text, title", [
    ("Sen. Ada Moss said on Monday that the harbour bill would pass. Others disagreed with her.",
     "Sen. Ada Moss said on Monday that the harbour bill would pass"),
    ("The U.S. Coast Guard closed the port on Jan. 5 after a storm. Ships waited offshore.",
     "The U.S. Coast Guard closed the port on Jan. 5 after a storm"),
    ("Mr. and Mrs. Lind of St. Paul lost their boat in the storm. The insurer paid out.",
     "Mr. and Mrs. Lind of St. Paul lost their boat in the storm"),
    ("Gov. Ruth A. Berg signed the order! Ferries resumed the next day.", "Gov. Ruth A. Berg signed the order"),
])
def test_stand_in_titles_respect_abbreviations(text, title):
    assert from_text(text).title == title


@pytest.mark.parametrize("text, dateline, publisher, place", [
    ("(CNN)The mayor of Porto Velho said on Tuesday that the old bridge would close. Drivers were angry.",
     "(CNN)", "CNN", None),
    ("LONDON (Reuters) — The mayor of Porto Velho said on Tuesday that the old bridge would close. Drivers were angry.",
     "LONDON (Reuters) —", "Reuters", "LONDON"),
    ("LISBON, Portugal (CNN) -- The mayor of Porto Velho said on Tuesday that the old bridge would close. It will.",
     "LISBON, Portugal (CNN) --", "CNN", "LISBON, Portugal"),
    # a US dateline: the state abbreviated, with a stop or two
    ("BRANTVILLE, Ore. - The mayor of Porto Velho said on Tuesday that the old bridge would close. It will.",
     "BRANTVILLE, Ore. -", None, "BRANTVILLE, Ore."),
    ("OAK FALLS, N.M. — The mayor of Porto Velho said on Tuesday that the old bridge would close. It will.",
     "OAK FALLS, N.M. —", None, "OAK FALLS, N.M."),
    # the dash set as a horizontal bar (U+2015)
    ("BRANTVILLE \u2015 The mayor of Porto Velho said on Tuesday that the old bridge would close. It will.",
     "BRANTVILLE \u2015", None, "BRANTVILLE"),
])
def test_datelines_are_split_off_into_metadata(text, dateline, publisher, place):
    a = from_text(text)
    assert a.title == "The mayor of Porto Velho said on Tuesday that the old bridge would close"
    assert (a.publisher, a.dateline) == (publisher, place)
    assert [(p.kind, a.text[p.start:p.end]) for p in a.paragraphs][0] == ("dateline", dateline)
    assert a.text[a.body()[0].start:].startswith("The mayor")


def test_a_scraped_byline_block_gives_authors_and_date():
    a = from_text("By . Ana Costa and Tom Baker for Harbour Online . PUBLISHED: . 12:00 EST, 1 May 2015 . | . "
                  "UPDATED: . 12:05 EST, 2 May 2015 . | . A fisherman was rescued off Cape Morrow on Friday after "
                  "his boat sank. Coastguards said he was lucky.")
    assert a.authors == ["Ana Costa", "Tom Baker"] and a.published == "2015-05-01"
    assert a.title == "A fisherman was rescued off Cape Morrow on Friday after his boat sank"
    assert a.text[a.body()[0].start:].startswith("A fisherman") and a.paragraphs[0].kind == "dateline"


def test_a_dateline_after_a_headline_is_split_off_too():
    a = from_text("Rail Union Calls Strike\n\nMADRID (AP) - Train drivers will strike for two days next month.\n")
    assert a.title == "Rail Union Calls Strike" and a.publisher == "AP" and a.dateline == "MADRID"
    assert [a.text[p.start:p.end] for p in a.body()] == ["Train drivers will strike for two days next month."]


def test_words_in_brackets_that_name_no_agency_are_no_dateline():
    a = from_text("(Updated) The mayor of Porto Velho said on Tuesday that the old bridge would close. It will.")
    assert a.publisher is None and all(p.kind != "dateline" for p in a.paragraphs)
