"""Publishing: a site under a sub-path with canonical links, social metadata, edit links to
briefings/, generation and edit dates, a valid feed, a sitemap and a useful 404 page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from helpers import PLAIN, SEED_LAYOUT, make_project

BASE = "http://127.0.0.1:8123/news/briefings/"
REPO_URL = "https://github.com/example/newsroom"


def publishable(root: Path, site_url: str = BASE) -> Path:
    cfg_path = root / "mkdocs.yml"
    cfg = cfg_path.read_text(encoding="utf-8")
    cfg = f"site_url: {site_url}\nrepo_url: {REPO_URL}\nedit_uri: edit/main/docs/\n" + cfg
    cfg_path.write_text(cfg, encoding="utf-8")
    return root


def build(root: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, capture_output=True,
                          text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = publishable(make_project(tmp_path_factory.mktemp("pub"), seeds={"harbour.txt": SEED_LAYOUT, "rail.txt": PLAIN}))
    build(root)
    rail = root / "briefings" / "rail-union-calls-strike-over-pay-offer.md"
    rail.write_text(rail.read_text(encoding="utf-8").replace("## Source", "## Editor's note\n\nChecked.\n\n## Source"),
                    encoding="utf-8")
    build(root)
    return root


def page(root: Path, path: str) -> str:
    return (root / "site" / path / "index.html").read_text(encoding="utf-8")


def test_briefing_page_has_canonical_social_and_edit_links(site):
    slug = "harbour-town-votes-to-ban-cruise-ships-from-its-old-port"
    html = page(site, f"briefings/{slug}")
    assert f'<link rel="canonical" href="{BASE}briefings/{slug}/">' in html
    assert '<meta property="og:title" content="Harbour Town Votes to Ban Cruise Ships From Its Old Port">' in html
    assert re.search(r'<meta property="og:description" content="The decision could cost', html)
    assert f'<meta property="og:url" content="{BASE}briefings/{slug}/">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert f'href="{REPO_URL}/edit/main/briefings/{slug}.md"' in html
    assert re.search(r"Generated \d{4}-\d{2}-\d{2}", html) and "not edited by hand" in html


def test_edited_briefing_says_so_and_pages_without_one_file_have_no_edit_link(site):
    html = page(site, "briefings/rail-union-calls-strike-over-pay-offer")
    assert "edited by hand" in html and "not edited by hand" not in html
    assert 'rel="edit"' not in page(site, "actors") and 'rel="edit"' not in page(site, "timeline")
    assert f'href="{REPO_URL}/edit/main/docs/about.md"' in page(site, "about")


def test_feed_sitemap_and_404_resolve_under_the_sub_path(site):
    feed = ET.fromstring((site / "site" / "feed.xml").read_bytes())
    links = [i.findtext("link") for i in feed.findall("./channel/item")]
    assert len(links) == 2 and all(link.startswith(f"{BASE}briefings/") for link in links)
    try:
        import feedparser
    except ImportError:
        feedparser = None
    if feedparser is not None:
        parsed = feedparser.parse((site / "site" / "feed.xml").read_bytes())
        assert not parsed.bozo and len(parsed.entries) == 2 and parsed.entries[0].title
    sitemap = (site / "site" / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert locs and all(loc.startswith(BASE) for loc in locs)
    assert f"{BASE}briefings/rail-union-calls-strike-over-pay-offer/" in locs
    not_found = (site / "site" / "404.html").read_text(encoding="utf-8")
    assert 'href="/news/briefings/timeline/"' in not_found and "Page not found" in not_found


def test_github_pages_workflow_builds_checks_and_deploys():
    from helpers import REPO

    wf = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = [s.get("run", "") for job in wf["jobs"].values() for s in job.get("steps", [])]
    script = "\n".join(steps)
    for command in ("briefings generate", "briefings check", "mkdocs build --strict"):
        assert command in script, command
    uses = [s.get("uses", "") for job in wf["jobs"].values() for s in job.get("steps", [])]
    assert any(u.startswith("actions/deploy-pages") for u in uses)
