"""The site: a real `mkdocs build --strict` of a tiny project, then the written HTML is read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.config import Settings
from generator.identity import Actors, descriptive
from generator.site import export, pages
from generator.site.markup import meta_block
from generator.library import load
from generator.pipeline import generate

from helpers import FOLLOW_UP, PLAIN, SEED_LAYOUT, make_project, tree

HOSTILE = """Hostile <script>alert('title')</script> Headline

Officials said <script>alert(1)</script> and <img src=x onerror=alert(2)> were found in the report.

A second paragraph has [a link](javascript:alert(3)) and ![an image](http://evil.example/x.png) and <iframe src="http://evil.example"></iframe>.

<!-- a comment --> then {{ config.site_name }} and {% include 'x' %} appear, plus &lt;b&gt; entities.

# Not a heading

---
title: not front matter
---

"This is <b>bold</b> and <script>alert(4)</script>," said Jane Doe, the council leader.
"""


def mkdocs(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *args], cwd=root,
                          capture_output=True, text=True, env=env)


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)

    def handle_endtag(self, tag):
        self._in_script = False


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("site"),
                        seeds={"harbour.txt": SEED_LAYOUT, "rail.txt": PLAIN, "hostile.txt": HOSTILE,
                               "follow-up.txt": FOLLOW_UP})
    docs_before = tree(root / "docs")
    done = mkdocs(root)
    assert done.returncode == 0, done.stderr
    assert tree(root / "docs") == docs_before, "the build wrote into docs/"
    return root


def html_files(root: Path):
    return sorted((root / "site").rglob("*.html"))


def test_every_page_kind_is_built(built):
    site = built / "site"
    slugs = sorted(p.stem for p in (built / "briefings").glob("*.md"))
    assert len(slugs) == 4
    for slug in slugs:
        assert (site / "briefings" / slug / "index.html").exists()
        assert (site / "sources" / slug / "index.html").exists()
    for page in ("index.html", "timeline/index.html", "actors/index.html", "topics/index.html",
                 "topics/energy/index.html", "about/index.html", "data/index.html"):
        assert (site / page).exists(), page
    data = json.loads((site / "briefings.json").read_text(encoding="utf-8"))
    assert data["schema"] == "briefings/1" and len(data["briefings"]) == 4
    briefings_of = {}
    for b in data["briefings"]:
        assert {"slug", "title", "summary", "actors", "quotes", "questions", "also_said"} <= set(b)
        for a in b["actors"]:
            if a["id"] is None:  # a description ("the government") names no one: no page
                assert descriptive(a["name"]), a
            else:
                briefings_of.setdefault(a["id"], set()).add(b["slug"])
    # An actor named in two briefings or more has a page, linked from them; one named in a single
    # briefing is on that briefing's page only.
    assert {"ana-costa", "tom-baker"} <= {k for k, v in briefings_of.items() if len(v) > 1}
    for actor, slugs_in in briefings_of.items():
        assert (site / "actors" / actor / "index.html").exists() == (len(slugs_in) > 1), actor
        for slug in slugs_in:
            linked = f'href="../../actors/{actor}/"' in (site / "briefings" / slug / "index.html").read_text(encoding="utf-8")
            assert linked == (len(slugs_in) > 1), (actor, slug)


def test_briefing_page_has_sections_and_working_source_links(built):
    site = built / "site"
    page = next((site / "briefings").glob("harbour-town*/index.html"))
    text = page.read_text(encoding="utf-8")
    for section in ("Summary", "Key actors", "Quotes", "Open questions", "Source"):
        assert f">{section}<" in text
    parser = Collect()
    parser.feed(text)
    links = [a["href"] for t, a in parser.tags if t == "a" and "bf-src" in (a.get("class") or "")]
    assert links
    for href in links:
        path, _, anchor = href.partition("#")
        target = (page.parent / path / "index.html").resolve()
        assert target.exists(), href
        if anchor:
            assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), href


def test_home_lists_briefings_newest_first_and_feed_parses(built):
    home = (built / "site" / "index.html").read_text(encoding="utf-8")
    assert "Harbour Town Votes to Ban Cruise Ships" in home and "Rail Union Calls Strike" in home
    import xml.etree.ElementTree as ET

    root = ET.fromstring((built / "site" / "feed.xml").read_bytes())
    assert len(root.findall("./channel/item")) == 4


def test_hostile_text_stays_text(built):
    for path in html_files(built):
        parser = Collect()
        parser.feed(path.read_text(encoding="utf-8"))
        for tag, attrs in parser.tags:
            assert tag not in ("iframe", "img") or "evil" not in str(attrs), (path, tag, attrs)
            assert not any(k.startswith("on") for k in attrs), (path, tag, attrs)
            for key in ("href", "src"):
                value = str(attrs.get(key) or "").lower()
                assert not value.startswith("javascript:") or value == "javascript:void(0)", (path, attrs)
                assert "evil.example" not in str(attrs.get(key) or ""), (path, attrs)
        assert not any("alert(" in s for s in parser.scripts), path
    page = next((built / "site" / "sources").glob("hostile*/index.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "{{ config.site_name }}" in page
    assert "# Not a heading" in page
    parser = Collect()
    parser.feed(page)
    assert [t for t, _a in parser.tags if t == "h1"] == ["h1"]  # only the page title


def pagefind_pages(site: Path) -> dict[str, dict]:
    """What Pagefind indexed in a built site, by URL: each page's fragment (its text, title, anchors),
    read as Pagefind's client reads it (gzip, a 12-byte signature, then JSON)."""
    import gzip

    out = {}
    for f in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(f.read_bytes())
        assert data[:12] == b"pagefind_dcd"
        page = json.loads(data[12:])
        out[page["url"]] = page
    return out


def test_export_builds_without_our_plugin(built, tmp_path):
    settings = Settings(root=built)
    out = tmp_path / "export"
    count, errors = export.export(settings, out)
    assert count > 10 and not errors
    assert "briefings" not in (out / "mkdocs.yml").read_text(encoding="utf-8").split("plugins:")[1].split("nav:")[0]
    done = mkdocs(out)
    assert done.returncode == 0, done.stderr
    for slug in (p.stem for p in (built / "briefings").glob("*.md")):
        assert (out / "site" / "briefings" / slug / "index.html").exists()
    # Search: Pagefind run in the export folder (it reads the pagefind.yml written there).
    assert not (out / "site" / "pagefind").exists()
    done = subprocess.run([sys.executable, "-m", "pagefind"], cwd=out, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert pagefind_pages(out / "site").keys() == pagefind_pages(built / "site").keys()
    assert (out / "site" / "search" / "index.html").exists() and (out / "site" / "javascripts" / "bf-search.js").exists()


def test_export_builds_with_zensical(built, tmp_path):
    zensical = shutil.which("zensical") or str(Path(sys.executable).with_name("zensical"))
    if not Path(zensical).exists():
        pytest.skip("zensical not installed (pip install zensical)")
    out = tmp_path / "export"
    export.export(Settings(root=built), out)
    done = subprocess.run([zensical, "build"], cwd=out, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    for slug in (p.stem for p in (built / "briefings").glob("*.md")):
        html_page = out / "site" / "briefings" / slug / "index.html"
        assert html_page.exists()
        assert 'id="key-actors"' in html_page.read_text(encoding="utf-8")


def test_pages_are_deterministic(built):
    entries, errors = load(Settings(root=built))
    first = [(p.path, p.content) for p in pages.build(entries)]
    entries, errors = load(Settings(root=built))
    assert first == [(p.path, p.content) for p in pages.build(list(reversed(entries)))]


def test_actor_identity_merges_surface_forms_across_briefings(tmp_path):
    from generator.library import Entry
    from generator.model import Actor, Briefing

    def entry(slug, *actors):
        return Entry(briefing=Briefing(slug=slug, title=slug, source="s", source_sha256="", actors=list(actors)),
                     article=None, edited=False)

    entries = [entry("a", Actor("Volodymyr Zelensky", "person", aliases=["Zelensky"]), Actor("United States", "place", aliases=["U.S."])),
               entry("b", Actor("Zelensky", "person"), Actor("U.S.", "place")),
               entry("c", Actor("President Zelensky", "person"), Actor("Zelenska", "person"))]
    actors = Actors(e.briefing for e in entries)
    z = actors.lookup("President Zelensky")
    assert z is actors.lookup("Zelensky") is actors.lookup("Volodymyr Zelensky")
    assert z.name == "Volodymyr Zelensky" and len(z.appearances) == 3
    assert actors.lookup("U.S.") is actors.lookup("United States")
    assert actors.lookup("Zelenska") is not z


def test_malformed_briefing_fails_strict_build_but_names_the_file(tmp_path):
    root = make_project(tmp_path / "p", seeds={"rail.txt": PLAIN})
    generate(Settings(root=root), echo=lambda s: None)
    (root / "briefings" / "broken.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    done = mkdocs(root)
    assert done.returncode != 0 and "briefings/broken.md" in done.stderr and "Traceback" not in done.stderr


def test_actor_identity_does_not_join_strangers():
    from generator.library import Entry
    from generator.model import Actor, Briefing, Quote

    def entry(slug, *actors, quotes=()):
        return Entry(briefing=Briefing(slug=slug, title=slug, source="s", source_sha256="", actors=list(actors),
                                       quotes=list(quotes)), article=None, edited=False)

    entries = [entry("a", Actor("Martyn Williams", "person", aliases=["Williams"]),
                     Actor("Marsh & McLennan", "organization", aliases=["the company"]),
                     Actor("Tony Blair", "person", aliases=["Cherie Blair", "Mr Blair"])),
               entry("b", Actor("Venus Williams", "person", aliases=["Williams"]),
                     Actor("Vodafone", "organization", aliases=["the company"]),
                     quotes=[Quote(text="We are sorry.", start=0, end=13, speaker="a BBC spokeswoman")]),
               entry("c", Actor("Williams", "person"), Actor("Cherie Blair", "person"), Actor("92%", "person"),
                     quotes=[Quote(text="No comment.", start=0, end=11, speaker="A BBC spokeswoman")])]
    actors = Actors(e.briefing for e in entries)
    by_briefing = {e.briefing.slug: e.briefing for e in entries}
    martyn, venus = actors.lookup("Martyn Williams"), actors.lookup("Venus Williams")
    assert martyn is not venus
    assert actors.lookup("Williams", by_briefing["a"]) is martyn  # inside a briefing, its own Williams
    assert actors.lookup("Williams", by_briefing["c"]) not in (martyn, venus)  # ambiguous: no join
    assert actors.lookup("Marsh & McLennan") is not actors.lookup("Vodafone")  # "the company" joins nobody
    assert actors.lookup("Cherie Blair") is not actors.lookup("Tony Blair")
    assert actors.lookup("a BBC spokeswoman", by_briefing["b"]) is None  # a description: no page
    assert actors.lookup("92%", by_briefing["c"]) is None  # no letters: not a name
    assert not any(descriptive(g.name) for g in actors.all())


@pytest.mark.parametrize("name, description", [
    ("Oil industry analysts", True), ("About 500 officials", True), ("German football club", True),
    ("Tony Blair", False), ("Shrek 2", False), ("Ghazi al-Gosaibi", False), ("Apple iPods", False),
    ("Marsh & McLennan", False), ("BBC", False)])
def test_a_sentence_capital_does_not_make_a_description_a_name(name, description):
    assert descriptive(name) is description


def test_raw_html_fast_path_renders_what_markdown_renders(built):
    """The plugin sets generated pages' raw HTML blocks aside from Markdown; the HTML must be what
    Markdown itself makes of the page (as other builders, reading the export, will)."""
    import markdown

    from generator.site.plugin import BriefingsPlugin

    class FakeFile:
        generated_by = "briefings"

    class FakePage:
        file = FakeFile()

    from mkdocs.structure.pages import _ExtractTitleTreeprocessor

    from generator.site.shortcuts import Headings

    entries, _errors = load(Settings(root=built))
    plugin = BriefingsPlugin()
    headings = Headings(["attr_list", "toc"], {"toc": {"permalink": True}})
    checked = titled = 0
    for page in pages.build(entries):
        if not page.path.endswith(".md"):
            continue
        body = page.body
        assert page.content == meta_block(page.meta) + body
        convert = lambda text: markdown.Markdown(extensions=["attr_list", "toc"], extension_configs={  # noqa: E731
            "toc": {"permalink": True}}).convert(text)
        fake = FakePage()
        fake.file.src_uri = page.path
        plugin.pages = {page.path: page}
        plugin.headings = None  # blocks set aside, Markdown renders the rest
        fast = plugin.on_page_content(convert(plugin.on_page_markdown(body, fake, None, None)), fake, None, None)
        assert fast == convert(body), page.path
        assert fake.meta == page.meta  # the metadata, handed over as data
        # Headings rendered one by one, blocks copied: the same HTML, table of contents and title.
        md = markdown.Markdown(extensions=["attr_list", "toc"], extension_configs={"toc": {"permalink": True}})
        title = _ExtractTitleTreeprocessor()
        title._register(md)
        done = headings.render(body.split("\n\n"), page.html_blocks)
        assert done is not None, page.path
        assert done["content"] == md.convert(body), page.path
        from mkdocs.structure.toc import get_toc
        dump = lambda items: [(i.title, i.id, i.level, i.url, dump(i.children)) for i in items]  # noqa: E731
        assert dump(done["toc"].items) == dump(get_toc(md.toc_tokens).items), page.path
        assert done["title"] == title.title, page.path
        titled += title.title is not None
        checked += 1
    assert checked > 10 and titled > 10


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def test_every_link_in_the_site_resolves(built):
    """Generated pages link with final URLs (MkDocs does not check links in raw HTML), so check
    every relative link of the built site: the target file exists and so does its anchor."""
    site = (built / "site").resolve()
    parsed: dict[Path, Links] = {}

    def parse(path: Path) -> Links:
        if path not in parsed:
            parsed[path] = Links()
            parsed[path].feed(path.read_text(encoding="utf-8"))
        return parsed[path]

    checked = 0
    for page in html_files(built):
        for href in parse(page.resolve()).hrefs:
            if ":" in href.split("/")[0] or href.startswith("/"):
                continue  # absolute URL (http:, mailto:, javascript:void(0); the 404 page's site-root links)
            path, _, anchor = href.partition("#")
            target = (page.parent / path).resolve() if path else page.resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.exists() and site in target.parents, (page.relative_to(site), href)
            if anchor and target.suffix == ".html":
                assert anchor in parse(target).ids, (page.relative_to(site), href)
            checked += 1
    assert checked > 100


def test_build_shortcuts_change_nothing(built, tmp_path):
    """The plugin's build shortcuts (theme blocks rendered once per folder, headings rendered once,
    trimmed whitespace) must give the pages (whitespace aside) and the search index that MkDocs'
    and Material's own path gives."""
    import re

    plain = tmp_path / "plain"
    shutil.copytree(built, plain, ignore=shutil.ignore_patterns("site"))
    cfg = (plain / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      generate: true\n" in cfg
    (plain / "mkdocs.yml").write_text(cfg.replace("      generate: true\n", "      generate: true\n      fast_build: false\n"),
                                      encoding="utf-8")
    done = mkdocs(plain)
    assert done.returncode == 0, done.stderr
    squash = lambda text: re.sub(r"\s+", " ", text).replace("> <", "><")  # noqa: E731
    shared_pages = 0
    for page in html_files(built):
        rel_path = page.relative_to(built / "site")
        if rel_path.parts[0] == "sitemap.xml":
            continue
        assert squash(page.read_text(encoding="utf-8")) == squash((plain / "site" / rel_path).read_text(encoding="utf-8")), rel_path
        shared_pages += rel_path.parts[0] in ("briefings", "sources", "actors", "topics")
    assert shared_pages > 10
    assert pagefind_pages(built / "site") == pagefind_pages(plain / "site")


def test_every_hand_written_line_is_on_the_briefing_page():
    from generator.library import Entry
    from generator.model import Briefing

    b = Briefing(slug="harbour", title="Harbour", source="seeds/harbour.txt", source_sha256="",
                 extras={"": ["A line above the summary."], "Summary": ["A paragraph under the summary."],
                         "Also said": ["Nobody else spoke."], "Source": ["- Also on the council's site."]})
    page = pages.briefing_page(Entry(briefing=b, article=None, edited=True), Actors([]))
    body = page.body
    for line in ("A line above the summary.", "A paragraph under the summary.", "Nobody else spoke.",
                 "Also on the council's site."):
        assert line in body
    assert body.index("A line above") < body.index('class="bf-summary"') < body.index("A paragraph under")
    assert body.index("## Also said") < body.index("Nobody else spoke.") < body.index("## Source")
    # Sections with neither items nor lines of the editor's are left out, not filled with a placeholder.
    for empty in ("## Key actors", "## Quotes", "## Open questions", "No key actors", "No direct quotes", "None"):
        assert empty not in body
    assert body.index("## Source") < body.index("Also on the council's site.")


def test_the_source_page_shows_non_prose_lines_marked():
    from generator.ingest import from_text
    from generator.library import Entry
    from generator.model import Briefing

    text = ("Harbour Ferry Runs Aground\n\nThe old ferry ran aground off Cape Morrow on Friday.\n\n"
            "Scroll down for video\n\nThe ferry (left) on the rocks below the lighthouse\n\n"
            "Divers will inspect the hull next week.\n")
    article = from_text(text, "seeds/ferry.txt")
    b = Briefing(slug="ferry", title="Harbour Ferry Runs Aground", source="seeds/ferry.txt", source_sha256="")
    body = pages.source_page(Entry(briefing=b, article=article, edited=False)).body
    assert '<p class="bf-nonprose bf-kind-widget"><span class="bf-label">page widget</span> Scroll down for video</p>' in body
    assert '<span class="bf-label">caption</span> The ferry (left) on the rocks below the lighthouse</p>' in body
    assert 'id="p1"' in body and 'id="p2"' in body and 'id="p3"' not in body
    assert body.index("ran aground") < body.index("Scroll down") < body.index("The ferry (left)") < body.index("Divers")


def test_search_index_leads_with_the_summary_and_leaves_listings_out(built):
    indexed = pagefind_pages(built / "site")
    for listing in ("/", "/timeline/", "/actors/", "/topics/", "/sections/", "/search/"):
        assert listing not in indexed, listing
    assert not any(url.startswith(("/sections/", "/topics/", "/sources/")) for url in indexed), sorted(indexed)
    assert any(url.startswith("/actors/") for url in indexed) and "/about/" in indexed
    url = next(u for u in indexed if u.startswith("/briefings/harbour-town"))
    page = indexed[url]
    data = json.loads((built / "site" / "briefings.json").read_text(encoding="utf-8"))
    briefing = next(b for b in data["briefings"] if b["slug"].startswith("harbour-town"))
    # The title, then the summary: no byline, dates or "Summary" label before it, no "¶" links.
    assert page["content"].startswith(briefing["title"])
    assert page["content"][len(briefing["title"]):].lstrip(". ").startswith(briefing["summary"][0]["text"])
    assert page["meta"]["title"] == briefing["title"]
    assert "Generated" not in page["content"] and "¶" not in page["content"] and "seeds/" not in page["content"]
    for quote in briefing["quotes"]:  # quotes and actors are in the text snippets come from
        assert quote["text"] in page["content"]
    for actor in briefing["actors"]:
        assert actor["name"] in page["content"]
    assert {"Key actors", "Quotes"} <= {a["text"] for a in page["anchors"]}  # sub-results by section

def test_a_missing_or_failing_pagefind_is_one_warning_not_a_crash(tmp_path, monkeypatch, caplog):
    """Without Pagefind (or when it fails) the site is still built; the build says why search is
    missing in one warning (which `mkdocs build --strict` turns into a failure)."""
    import logging
    from types import SimpleNamespace

    from generator.site import plugin as plugin_module

    made = plugin_module.BriefingsPlugin()
    made.load_config({})
    config = SimpleNamespace(site_dir=str(tmp_path / "site"))
    monkeypatch.setattr(plugin_module, "pagefind_command", lambda site: None)
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefings"):
        made.on_post_build(config)
    assert [r.getMessage() for r in caplog.records] == [
        "briefings: search index not built: Pagefind is not installed (pip install 'pagefind[bin]')"]
    caplog.clear()
    monkeypatch.setattr(plugin_module, "pagefind_command", lambda site: [sys.executable, "-c", "import sys; sys.exit('no such folder')"])
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefings"):
        made.on_post_build(config)
    assert [r.getMessage() for r in caplog.records] == [
        "briefings: search index not built: pagefind exited with 1 (no such folder)"]
