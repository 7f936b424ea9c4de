"""The reader's site from briefings made in the test: front page, sections, related briefings,
actor pages, feed dates and what search is given. Pages are built in memory (pages.build)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from generator.identity import Actors
from generator.library import Entry
from generator.model import Actor, Briefing, Question, Quote, Reported, Sentence
from generator.site import pages


def briefing(slug: str, title: str, published: str | None = None, section: str | None = "politics",
             actors: tuple[str, ...] = (), publisher: str | None = None, **kw) -> Entry:
    b = Briefing(slug=slug, title=title, source=f"seeds/{slug}.txt", source_sha256="0" * 64, published=published,
                 section=section, publisher=publisher, generated="2026-11-01",
                 summary=[Sentence(f"{title} was the first sentence.", -1, -1), Sentence("A second one.", -1, -1)],
                 actors=[Actor(name=a, type="person", role="minister" if i == 0 else None) for i, a in enumerate(actors)],
                 **kw)
    return Entry(briefing=b, article=None, edited=False)


def corpus() -> list[Entry]:
    return [
        briefing("old", "Old Budget Vote", "2025-01-05", "business", ("Anna Berg", "Tomas Lind"), publisher="Daily Post"),
        briefing("new", "New Budget Vote", "2025-03-09", "politics", ("Anna Berg", "Tomas Lind", "Eva Holm")),
        briefing("cup", "Cup Final Won", "2025-02-01", "sport", ("Karl Moss",)),
        briefing("zeta", "Zeta Undated Story", None, "politics", ("Eva Holm",)),
        briefing("alpha", "Alpha Undated Story", None, "tech", ("Anna Berg",),
                 quotes=[Quote("We will see", -1, -1, speaker="Anna Berg", cue="said")],
                 reported=[Reported("the plan would pass", -1, -1, speaker="Anna Berg", cue="said")]),
    ]


def built(entries=None) -> dict[str, pages.Page]:
    return {p.path: p for p in pages.build(entries or corpus(), site_url="")}


def links_to(body: str) -> list[str]:
    return re.findall(r'<p class="bf-card-title"><a href="(?:[^"]*/)?([^/"]+)/"', body)


def test_front_page_latest_first_then_undated_in_a_stable_order_with_dates_publishers_sections():
    home = built()["index.md"]
    assert links_to(home.body)[:5] == ["new", "cup", "old", "alpha", "zeta"]
    first_card = home.body.split('<div class="bf-card">')[3]  # "old": date, publisher, section, first sentence
    assert "2025-01-05" in first_card and "Daily Post" in first_card and ">Business<" in first_card
    assert "Old Budget Vote was the first sentence." in first_card and "A second one." not in first_card
    # a block per section, the biggest first, linking to the section's page
    assert home.body.index("## Politics") < home.body.index("## Business")
    assert home.meta["search"] == {"exclude": True}


def test_a_page_per_section_and_the_timeline_by_date():
    site = built()
    assert links_to(site["sections/politics.md"].body) == ["new", "zeta"]
    assert "sections/index.md" in site and site["sections/politics.md"].meta["search"] == {"exclude": True}
    timeline = site["timeline.md"].body
    assert timeline.index("## 2025-03") < timeline.index("## 2025-02") < timeline.index("## 2025-01") < timeline.index("## Undated")


def test_related_briefings_share_actors_best_first():
    body = built()["briefings/new.md"].body
    related = body[body.index("## Related briefings"):body.index("## Source")]
    assert links_to(related)[:2] == ["old", "zeta"]  # two actors shared, then one and the section
    assert "Anna Berg, Tomas Lind" in related and "cup" not in links_to(related)


def test_actor_page_groups_what_was_said_under_each_briefing_by_date():
    body = built()["actors/anna-berg.md"].body
    assert re.search(r"<strong>Role:</strong> minister", body)
    titles = re.findall(r'briefings/([a-z]+)/">', body.split("## Appears most with")[0])
    assert titles == ["new", "old", "alpha"]  # dated newest first, then undated
    alpha = body[body.index('briefings/alpha/'):]
    assert "We will see" in alpha and "Also said" in alpha and "the plan would pass" in alpha
    partners = body.split("## Appears most with")[1]
    assert partners.index("Tomas Lind") < partners.index("Eva Holm") and "2 briefings together" in partners


def test_no_placeholder_sections_and_plurals():
    b = Briefing(slug="bare", title="Bare", source="seeds/bare.txt", source_sha256="", generated="2026-11-01",
                 summary=[Sentence("Only this.", -1, -1)], quotes=[Quote("Yes", -1, -1, speaker=None)])
    from generator.model import Article

    article = Article(path="seeds/bare.txt", text="Bare\n\n“Yes” Only this.", title="Bare")
    body = pages.briefing_page(Entry(briefing=b, article=article, edited=False), Actors([b])).body
    for gone in ("## Key actors", "## Open questions", "## Also said", "No key actors", "No open questions", "_None._"):
        assert gone not in body
    assert "its one quote checked verbatim" in body and "all 1 quotes" not in body


def test_feed_items_have_dates_and_links_that_resolve_from_the_feed():
    feed = ET.fromstring(built()["feed.xml"].body)
    items = feed.findall("./channel/item")
    dates = {i.findtext("link"): i.findtext("pubDate") for i in items}
    assert dates["briefings/new/"].startswith("Sun, 09 Mar 2025")
    assert dates["briefings/zeta/"].startswith("Sun, 01 Nov 2026")  # undated: the generation date
    absolute = ET.fromstring({p.path: p for p in pages.build(corpus(), site_url="https://news.example/b/")}["feed.xml"].body)
    assert all(i.findtext("link").startswith("https://news.example/b/briefings/") for i in absolute.findall("./channel/item"))


def test_source_links_have_an_accessible_name():
    from generator.model import Article, Paragraph

    text = "Title\n\nFirst paragraph. It said something."
    article = Article(path="seeds/s.txt", text=text, title="Title",
                      paragraphs=[Paragraph(0, 5, "title"), Paragraph(7, len(text), "body", 1)])
    b = Briefing(slug="s", title="Title", source="seeds/s.txt", source_sha256="",
                 summary=[Sentence("First paragraph.", 7, 23)], questions=[Question("Why?", 7, 23)])
    body = pages.briefing_page(Entry(briefing=b, article=article, edited=False), Actors([b])).body
    assert 'aria-label="source paragraph 1"' in body and 'aria-label="based on: source paragraph 1"' in body
    source = pages.source_page(Entry(briefing=b, article=article, edited=False)).body
    assert 'aria-label="paragraph 1">¶1</a>' in source


def test_listing_pages_are_not_search_results_and_actor_pages_rank_below_briefings():
    site = built()
    for path in ("index.md", "timeline.md", "actors/index.md", "topics/index.md", "sections/index.md"):
        assert site[path].meta["search"] == {"exclude": True}, path
    assert site["actors/anna-berg.md"].meta["search"]["weight"] < 1  # theme/main.html weighs its words by it
    assert "search" not in site["briefings/new.md"].meta
