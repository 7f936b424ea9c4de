"""The HTML reader: main text without boilerplate, metadata, offsets, charsets, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from generator.errors import InputError
from generator.ingest import read_article
from generator.ingest import text as plain

from helpers import REPO, assert_offsets_hold

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour Town Votes to Ban Cruise Ships | Harbour Times</title>
<meta property="og:title" content="Harbour Town Votes to Ban Cruise Ships">
<meta property="og:site_name" content="Harbour Times">
<meta name="description" content="Critics warn the decision could cost the region millions in tourism revenue.">
<meta name="author" content="Maria Lind">
<meta property="article:published_time" content="2025-03-04T23:30:00+01:00">
<meta property="article:section" content="Europe">
<meta property="article:tag" content="Tourism">
{canonical}
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World news desk</a></li></ul></nav>
<article>
<h1>Harbour Town Votes to Ban Cruise Ships</h1>
<p>The council of Porto Velho voted on Tuesday to ban large cruise ships from its historic harbour, a move Mayor Ana Costa called “long overdue.”</p>
<figure><img src="ship.jpg" alt=""><figcaption>Caption: a cruise ship moored in the old port last summer.</figcaption></figure>
<p>“We cannot let our old town sink under the weight of day trippers,” Costa said after the vote. The ban takes effect in May.</p>
<h2>Operators push back</h2>
<p>The Cruise Lines Association said the ban was rushed. “Nobody asked us,” said its director, Pieter Jansen.<br>He added that the association may challenge the ban in court.</p>
<p>Local shop owners were divided: some welcomed quieter streets, others feared for their income over the summer months.</p>
<p>Will other ports follow the example of Porto Velho before the next season begins?</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ten harbours worth a visit this year</a></li>
<li><a href="/b">Ferry prices rise again for island commuters</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>Great decision, finally! Readers agree wholeheartedly.</p></div></section>
<footer><p>Copyright 2025 Harbour Times. All rights reserved.</p></footer>
</body></html>
"""

CANONICAL = '<link rel="canonical" href="https://harbour.example/2025/03/cruise-ban">'


def page(tmp_path, html: str | bytes, name: str = "page.html"):
    path = tmp_path / name
    if isinstance(html, bytes):
        path.write_bytes(html)
    else:
        path.write_text(html, encoding="utf-8")
    return path


def test_metadata(tmp_path):
    a = read_article(page(tmp_path, PAGE.replace("{canonical}", CANONICAL)))
    assert a.title == "Harbour Town Votes to Ban Cruise Ships"  # site name stripped from <title>
    assert a.dek == "Critics warn the decision could cost the region millions in tourism revenue."
    assert a.authors == ["Maria Lind"]
    assert a.published == "2025-03-04"  # the date as the page states it, not shifted to UTC
    assert a.categories == ["Europe", "Tourism"]
    assert a.url == "https://harbour.example/2025/03/cruise-ban"
    assert a.publisher == "Harbour Times"


def test_main_text_only_with_paragraph_structure(tmp_path):
    a = read_article(page(tmp_path, PAGE.replace("{canonical}", CANONICAL)))
    for dropped in ("Home", "World news desk", "Caption", "Ten harbours", "Ferry prices", "Great decision",
                    "Copyright", "Related stories"):
        assert dropped not in a.text
    assert a.text.startswith("Harbour Town Votes to Ban Cruise Ships\n\nThe council of Porto Velho voted")
    kinds = [(p.kind, a.text[p.start:p.end]) for p in a.paragraphs]
    assert kinds[0] == ("title", a.title) and a.title_span == (0, len(a.title))
    assert ("heading", "Operators push back") in kinds
    # <br> splits a paragraph; the headline is not repeated as a body paragraph
    assert ("body", "He added that the association may challenge the ban in court.") in kinds
    assert [t for k, t in kinds].count(a.title) == 1
    assert kinds[-1][1].startswith("Will other ports follow")
    # exactly the blank-line blocks of the text, as the plain-text reader sees them
    assert [(p.start, p.end) for p in a.paragraphs] == plain.blocks(a.text)
    assert [p.number for p in a.body()] == list(range(1, len(a.body()) + 1))
    assert all(p.number == 0 for p in a.paragraphs if p.kind not in ("body", "heading"))


def test_same_bytes_same_article(tmp_path):
    path = page(tmp_path, PAGE.replace("{canonical}", CANONICAL))
    one, two = read_article(path), read_article(path)
    assert (one.text, one.title, one.dek, one.authors, one.published, one.url, one.sha256) == \
        (two.text, two.title, two.dek, two.authors, two.published, two.url, two.sha256)
    assert [(p.start, p.end, p.kind, p.number) for p in one.paragraphs] == \
        [(p.start, p.end, p.kind, p.number) for p in two.paragraphs]


def test_saved_from_comment_gives_the_url_when_the_page_names_none(tmp_path):
    url = "http://127.0.0.1:8000/news/cruise-ban"
    html = f"<!-- saved from url=({len(url):04d}){url} -->\n" + PAGE.replace("{canonical}", "")
    assert read_article(page(tmp_path, html)).url == url
    assert read_article(page(tmp_path, PAGE.replace("{canonical}", ""), "bare.html")).url is None


def test_declared_charset_is_honoured(tmp_path):
    html = PAGE.replace("{canonical}", "").replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    html = html.replace("Porto Velho voted", "Porto Velho’s café owners voted")
    a = read_article(page(tmp_path, html.encode("cp1252")))
    assert "Porto Velho’s café owners voted" in a.text and a.encoding == "cp1252" and a.warnings == []


def test_htm_suffix_and_seeds_listing(tmp_path):
    from generator.config import Settings
    from generator.store import sources

    (tmp_path / "seeds").mkdir()
    page(tmp_path / "seeds", PAGE.replace("{canonical}", ""), "old.htm")
    page(tmp_path / "seeds", "{}", ".sources.json")
    assert [p.name for p in sources(Settings(root=tmp_path))] == ["old.htm"]
    assert read_article(tmp_path / "seeds" / "old.htm").title == "Harbour Town Votes to Ban Cruise Ships"


@pytest.mark.parametrize("html, reason", [
    ("<html><head><title>Nothing here</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
     "no article text"),
    ('<html><head><meta http-equiv="refresh" content="0; url=https://example.org/story"></head><body></body></html>',
     "only redirects to https://example.org/story"),
    ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title>'
     '<link>https://example.org/a</link></item></channel></rss>', "RSS/Atom feed"),
    ("", "empty file"),
])
def test_pages_without_article_text_give_one_line_errors(tmp_path, html, reason):
    path = page(tmp_path, html, "bad.html")
    with pytest.raises(InputError) as info:
        read_article(path)
    message = str(info.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_contract_text_and_offsets_for_a_page(tmp_path):
    path = page(tmp_path, PAGE.replace("{canonical}", CANONICAL))
    done = subprocess.run([sys.executable, "-m", "generator.cli", "extract", "--format", "jsonl", str(path)],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    [obj] = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    text = obj["text"]
    assert text == read_article(path).text and text.startswith(obj["title"] + "\n\n")
    assert "<" not in text and "Great decision" not in text
    assert (obj["authors"], obj["published"], obj["categories"]) == (["Maria Lind"], "2025-03-04", ["Europe", "Tourism"])
    assert obj["summary"] and obj["quotes"]
    assert_offsets_hold(obj, text)
    assert any(q["text"].startswith("We cannot let our old town sink") for q in obj["quotes"])
    for q in obj["questions"]:
        assert 0 <= q["start"] < q["end"] <= len(text)


def test_comments_inside_the_article_markup_are_cut_off(tmp_path):
    html = PAGE.replace("{canonical}", "").replace(
        "</article>", "<h3>Comments</h3><p>I think the council got this badly wrong and should resign at once.</p>"
        "<p>Two hours ago</p><p>Best decision they have made in years, well done to everyone involved.</p></article>")
    a = read_article(page(tmp_path, html))
    assert "council got this badly wrong" not in a.text and "Best decision" not in a.text
    assert a.body()[-1].kind == "body" and a.text[a.body()[-1].start:].startswith("Will other ports follow")


# --- authors: structured data first, bylines cleaned, organisations and other people's bylines left out ---

STORY = "".join(f"<p>{s} The harbour council met again on Tuesday evening to discuss the plans in detail.</p>"
                for s in ("Ferries will run every hour from May.", "Fares rise by a tenth.", "Locals are divided."))


def authored(tmp_path, head: str = "", body_extra: str = "", name: str = "authors.html"):
    html = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry Timetable Changes Again</title>"
            f"<meta property='og:site_name' content='Harbour Times'>{head}</head><body><article>"
            f"<h1>Ferry Timetable Changes Again</h1>{STORY}</article>{body_extra}</body></html>")
    return read_article(page(tmp_path, html, name)).authors


def ld(obj) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def test_json_ld_people_joined_by_a_meta_author_person_but_not_by_an_organisation(tmp_path):
    head = (ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry Timetable Changes Again",
                "author": [{"@type": "Person", "name": "Jeremy Holt"}, {"@type": "Person", "name": "Lara del Vale"}]})
            + "<meta name='author' content='Dora Wood'><meta name='author' content='Jeremy A. Holt'>"
            + "<meta name='author' content='Seaside Media Group'>"
            + "<meta name='copyright' content='Copyright (c) Seaside Media Group'>")
    # <meta name=author> names one of the page's authors (HTML); the copyright holder is a company, not a person
    assert authored(tmp_path, head) == ["Jeremy Holt", "Lara del Vale", "Dora Wood"]


def test_the_copyright_holder_in_the_footer_is_an_organisation(tmp_path):
    head = ("<meta property='article:author' content='Ana Costa'><meta name='author' content='Seaside Media Group'>")
    footer = "<footer><p>© 2024 Seaside Media Group. All rights reserved.</p></footer>"
    assert authored(tmp_path, head, footer) == ["Ana Costa"]
    assert authored(tmp_path, head, name="no-footer.html") == ["Ana Costa", "Seaside Media Group"]


def test_bylines_of_linked_stories_are_not_authors(tmp_path):
    cards = "".join(f"<aside class='related'><div class='card'><h3><a href='/s{i}'>Another story about boats {i}</a></h3>"
                    f"<span itemprop='author' itemtype='http://schema.org/Person'><a rel='author' href='/by/{i}'>"
                    f"{who}</a></span></div></aside>" for i, who in enumerate(["Matt Jancey", "Will Knighton"]))
    assert authored(tmp_path, "<meta property='article:author' content='Tom Bennet'>", cards) == ["Tom Bennet"]


def test_the_organisation_named_as_author_when_the_page_names_no_person(tmp_path):
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry Timetable Changes Again",
               "author": {"@type": "Organization", "name": "Harbour Times"},
               "publisher": {"@type": "Organization", "name": "Harbour Times"}})
    assert authored(tmp_path, head) == ["Harbour Times"]
    person = head.replace('"author": {"@type": "Organization", "name": "Harbour Times"}',
                          '"author": [{"@type": "Organization", "name": "Harbour Times"}, '
                          '{"@type": "Person", "name": "Ana Costa"}]')
    assert authored(tmp_path, person, name="person.html") == ["Ana Costa"]


@pytest.mark.parametrize("byline, names", [
    ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
    ("Jane Doe | Harbour Times", ["Jane Doe"]),
    ("Jane Doe (jane.doe@harbour.example), Senior Correspondent", ["Jane Doe"]),
    ("Jane Doe & John Roe; Ana Costa", ["Jane Doe", "John Roe", "Ana Costa"]),
    ("https://www.facebook.com/harbourtimes", []),
])
def test_bylines_are_cleaned(tmp_path, byline, names):
    assert authored(tmp_path, f"<meta property='article:author' content='{byline}'>") == names


def test_a_commenter_is_not_the_author(tmp_path):
    comments = ("<section id='sf_comment_list'><p><span class='sf_comment_author'>Alcalino</span><br>"
                "<span class='date'>Hace 28 minutos</span></p><p>Vaya vergüenza de ayuntamiento, siempre igual.</p></section>")
    assert authored(tmp_path, "", comments) == []

    # a byline in a container whose class merely looks similar ("commentary", "responsive") is kept
    byline = "<div class='commentary img-responsive'><span class='author'>Ana Costa</span></div>"
    assert authored(tmp_path, "", byline, name="byline.html") == ["Ana Costa"]


# Pages of other layouts, as old sites made them: the article sits in a table cell beside a menu, or
# straight in <body> between line breaks. trafilatura's defaults accept both as articles.
TABLE_LAYOUT = """<html><head><title>The Lighthouse Keepers of Cape Morrow - Coastal Quarterly</title></head>
<body bgcolor="#ffffff"><table width="760" border="0">
<tr><td colspan="2"><img src="banner.gif" alt="Coastal Quarterly"></td></tr>
<tr><td width="160" valign="top"><a href="/">Home</a><br><a href="/archive">Archive</a><br><a href="/subscribe">Subscribe</a></td>
<td width="600" valign="top"><font face="Verdana" size="4"><b>The Lighthouse Keepers of Cape Morrow</b></font><br>
<font size="2"><i>by Edith Marsh</i></font><br><br><font face="Verdana" size="2">
For nearly a century the lamp at Cape Morrow was tended by the same two families, who took turns climbing the ninety steps each evening.<br><br>
The last keeper left the tower in 1989 when the light was automated and the keepers' cottage was sold to the county for a single dollar.<br><br>
Today the tower is a small museum run by volunteers, who say that visitors still ask who keeps the light now that nobody lives there.
</font></td></tr>
<tr><td colspan="2"><font size="1">Copyright 2001 Coastal Quarterly</font></td></tr>
</table></body></html>
"""

NO_BLOCK_MARKUP = """<html><head><title>Notes from the valley: the orchard year</title></head>
<body><center><h2>Notes from the valley: the orchard year</h2></center>
The first frost came late this year, and the apple growers of the upper valley were grateful for every warm week.<br><br>
By the end of October the cider press at the old mill was running day and night, with tractors queueing to the school.<br><br>
Growers say the harvest was the best in a decade, though prices fell as soon as the big buyers saw how much fruit there was.
</body></html>
"""


def test_a_page_laid_out_in_tables_is_read(tmp_path):
    a = read_article(page(tmp_path, TABLE_LAYOUT, "old.html"))
    assert a.title == "The Lighthouse Keepers of Cape Morrow" and a.authors == ["Edith Marsh"]
    body = [a.text[p.start:p.end] for p in a.body()]
    assert [t.split()[0] for t in body] == ["For", "The", "Today"]
    assert "Archive" not in a.text and "Copyright" not in a.text


def test_a_page_without_paragraph_markup_is_read(tmp_path):
    a = read_article(page(tmp_path, NO_BLOCK_MARKUP, "plain.html"))
    assert [a.text[p.start:p.end].split()[0] for p in a.body()] == ["The", "By", "Growers"]


@pytest.mark.parametrize("html", [
    # a home page of headline links, laid out in a table
    "<html><head><title>Valley Gazette</title></head><body><table><tr><td>" + "".join(
        f'<p><a href="/{i}">The council voted on Tuesday to ban large cruise ships from harbour number {i} after a debate.</a></p>'
        for i in range(8)) + "</td></tr></table></body></html>",
    # a redirect stub without a refresh tag
    "<html><head><title>Page moved</title></head><body><table><tr><td><p>This page has moved to a new address. If your "
    "browser does not take you there, please follow the link below.</p><p><a href='/new'>/new</a></p></td></tr></table></body></html>",
])
def test_layout_pages_that_are_no_articles_are_still_refused(tmp_path, html):
    with pytest.raises(InputError, match="no article text"):
        read_article(page(tmp_path, html, "index.html"))


def test_a_dateline_opening_the_story_is_metadata(tmp_path):
    html = PAGE.replace("{canonical}", "").replace("<p>The council of Porto Velho voted",
                                                   "<p>PORTO VELHO (Reuters) — The council of Porto Velho voted")
    a = read_article(page(tmp_path, html))
    assert a.dateline == "PORTO VELHO" and a.publisher == "Harbour Times"  # the page's own publisher stays
    first = a.body()[0]
    assert a.text[first.start:first.end].startswith("The council of Porto Velho voted")
    assert [a.text[p.start:p.end] for p in a.paragraphs if p.kind == "dateline"] == ["PORTO VELHO (Reuters) —"]
