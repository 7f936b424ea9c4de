"""Real-browser tests: the built site served on 127.0.0.1, driven in Debian's Chromium.

Skipped with a reason where Chromium or Playwright is missing, except under CI=true, where
that is a failure.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from helpers import REPO, SEED_LAYOUT, make_project
from test_site import HOSTILE

pytestmark = pytest.mark.browser
CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None) \
    or shutil.which("chromium")
FLAGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-gpu", "--no-first-run", "--disable-quic"]


#: A second story about the seed's people (no word of the seed's that the search tests look for).
FOLLOW_UP = """Categories: Russia-Ukraine
Date: 2025-08-20

Zelensky and Putin Trade Accusations After Talks Stall

Ukraine's President Volodymyr Zelensky accused Russian President Vladimir Putin on Wednesday of stalling talks on a ceasefire.

"Every day of delay costs lives," Zelensky told reporters in Kyiv.

Putin said in Moscow that Russia remained open to negotiations but would not accept conditions set by Ukraine.
"""
SHOTS = os.environ.get("BRIEFINGS_SHOTS")  # a folder: screenshots are kept there to look at
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required when CI=true)")
    pytest.skip(reason)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("browser"), seeds={
        "zelensky.txt": (REPO / "seeds" / "zelensky-security-guarantees.txt").read_text(encoding="utf-8"),
        "harbour.txt": SEED_LAYOUT, "hostile.txt": HOSTILE, "follow-up.txt": FOLLOW_UP})
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, capture_output=True,
                          text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert done.returncode == 0, done.stderr
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root / "site")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        _unavailable("Chromium not found (install Debian's 'chromium')")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Python Playwright not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    """A page that records console errors, dialogs and every request."""
    context = browser.new_context()
    pg = context.new_page()
    pg.errors, pg.dialogs, pg.requests = [], [], []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    hosts = {urlparse(u).hostname for u in pg.requests if urlparse(u).scheme in ("http", "https", "ws", "wss")}
    assert hosts <= {"127.0.0.1"}, f"requests left 127.0.0.1: {sorted(hosts)}"
    assert not pg.errors, f"console errors: {pg.errors}"
    assert not pg.dialogs, f"a script ran a dialog: {pg.dialogs}"
    context.close()


def test_home_lists_briefings_and_briefing_shows_sections(page, site_url):
    page.goto(site_url)
    links = page.locator("article a[href*='briefings/']")
    titles = links.all_inner_texts()
    assert any("Zelensky Hails" in t for t in titles) and any("Harbour Town" in t for t in titles)
    page.locator("article a", has_text="Zelensky Hails").first.click()
    page.wait_for_url("**/briefings/**")
    page.locator("article .bf-summary").wait_for()  # instant navigation swaps content after the URL
    headings = page.locator("article h2").all_inner_texts()
    for section in ("Key actors", "Quotes", "Open questions", "Related briefings"):
        assert any(h.startswith(section) for h in headings), headings
    assert page.locator("article blockquote").count() >= 3


def test_a_page_loads_only_what_it_shows(page, site_url):
    """No sitemap (Material fetches it for a link[rel=alternate]) and no search index on a page load."""
    page.goto(site_url, wait_until="networkidle")
    page.goto(f"{site_url}timeline/", wait_until="networkidle")
    assert not any(u.endswith(("sitemap.xml", ".json")) or "/pagefind/" in u for u in page.requests), page.requests


def test_search_finds_briefings_and_actor_below_them(page, site_url):
    """Putin is named in two briefings, so he has a page: both briefings come before it."""
    hrefs = search_results(page, site_url, "Putin")
    assert len(hrefs) == 3 and hrefs[2].endswith("/actors/vladimir-putin/"), hrefs
    assert all("/briefings/" in h for h in hrefs[:2]), hrefs


def test_quote_source_link_lands_on_its_paragraph(page, site_url):
    page.goto(site_url)
    page.locator("article a", has_text="Zelensky Hails").first.click()
    page.wait_for_url("**/briefings/**")
    page.locator("article .bf-summary").wait_for()  # instant navigation swaps content after the URL
    quote = page.locator("article h2#quotes ~ .bf-quotes blockquote").first
    quoted = quote.locator("p").first.inner_text().strip("“”\" ")[:40]
    quote.locator("a.bf-src").click()
    page.wait_for_url("**/sources/**#c*")
    anchor = page.url.rsplit("#", 1)[1]
    target = page.locator(f"[id='{anchor}']")
    assert quoted in target.inner_text()
    assert target.evaluate("el => el.matches(':target')")


def test_hostile_text_runs_no_script(page, site_url):
    page.goto(site_url)
    page.locator("article a", has_text="Hostile").first.click()
    page.wait_for_url("**/briefings/hostile**")
    page.locator("article .bf-summary").wait_for()  # instant navigation swaps content after the URL
    assert "<script>alert(1)</script>" in page.locator("article").inner_text()
    page.goto(page.url.replace("/briefings/", "/sources/"))
    assert "<iframe" in page.locator("article").inner_text()
    assert page.locator("article iframe, article img[src*='evil']").count() == 0
    hrefs = search_results(page, site_url, "Officials")  # its result snippet holds the script text
    assert any("/briefings/hostile" in h for h in hrefs), hrefs


class SubPathHandler(QuietHandler):
    """Serves the site only under PREFIX, as a project page would be (e.g. /news/briefings/)."""

    prefix = "/news/briefings/"

    def send_error(self, code, message=None, explain=None):
        """Serve the site's own 404 page, as GitHub Pages does."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_base_path__")
        return super().translate_path("/" + path[len(self.prefix):])


@pytest.fixture(scope="module")
def subpath_url(tmp_path_factory):
    from test_publish import publishable

    with socket_port() as port:
        pass
    base = f"http://127.0.0.1:{port}{SubPathHandler.prefix}"
    root = publishable(make_project(tmp_path_factory.mktemp("subpath"), seeds={
        "zelensky.txt": (REPO / "seeds" / "zelensky-security-guarantees.txt").read_text(encoding="utf-8")}), base)
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, capture_output=True,
                          text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert done.returncode == 0, done.stderr
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(SubPathHandler, directory=str(root / "site")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


class socket_port:
    """A free TCP port on 127.0.0.1 (released on exit, just before the server binds it)."""

    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return self.sock.getsockname()[1]

    def __exit__(self, *exc):
        self.sock.close()


def test_site_works_under_a_sub_path(page, subpath_url):
    failed = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(subpath_url)
    page.locator("article a", has_text="Zelensky Hails").first.click()
    page.wait_for_url(f"{subpath_url}briefings/**")
    page.locator("article .bf-summary").wait_for()  # instant navigation swaps content after the URL
    page.locator("article h2#quotes ~ .bf-quotes blockquote a.bf-src").first.click()
    page.wait_for_url(f"{subpath_url}sources/**#*")
    hrefs = search_results(page, None, "Rubio")  # from the source page's header
    assert hrefs and all(h.startswith(subpath_url) for h in hrefs), hrefs
    assert any("/briefings/zelensky-hails" in h for h in hrefs), hrefs
    assert page.url.startswith(f"{subpath_url}search/?q=Rubio"), page.url
    page.goto(hrefs[0])  # follow the result (a click can miss it when the dropdown re-renders)
    page.locator("article h1").first.wait_for(timeout=15000)
    assert page.locator("article h1").count() == 1, page.url
    page.goto(f"{subpath_url}feed.xml")
    page.goto(f"{subpath_url}no-such-page/")
    assert failed == [f"404 {subpath_url}no-such-page/"], failed
    page.errors[:] = [e for e in page.errors if "404" not in e]  # the one we asked for
    page.locator("article a", has_text="The latest briefings").click()
    page.wait_for_url(subpath_url)
    # Instant navigation changes the URL before it swaps the content in: wait for the content.
    page.locator("article a", has_text="Zelensky Hails").first.wait_for(timeout=15000)
    assert page.locator("article .bf-cards a", has_text="Zelensky Hails").count() == 1  # its card, once


def search_results(page, site_url: str | None, words: str) -> list[str]:
    """Search from the header's box (on ``site_url``, or on the page already open): the search
    page's results, as absolute URLs, first result first (sub-results of a page left out)."""
    if site_url is not None:
        page.goto(site_url)
    box = page.locator("header input[type=search]")
    box.fill(words)
    box.press("Enter")
    page.wait_for_url("**/search/?q=*")
    links = page.locator("li.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a")
    links.first.wait_for(timeout=15000)
    page.wait_for_timeout(500)  # results for the whole query, not a first partial answer
    return [urljoin(page.url, links.nth(i).get_attribute("href") or "") for i in range(links.count())]


@pytest.mark.parametrize("words", ["historic", "Witkoff", "finalize"])
def test_search_finds_the_briefing_first(page, site_url, words):
    """“historic” (after a curly quote in the text), a name, a word only in a quote."""
    hrefs = search_results(page, site_url, words)
    assert hrefs and "/briefings/zelensky-hails" in hrefs[0], hrefs
    listings = ("timeline/", "actors/?", "sections/", "topics/")
    assert not any(h.split("?")[0] == site_url or any(x in h for x in listings) for h in hrefs), hrefs
    snippet = page.locator(".pagefind-ui__result").first.inner_text()
    assert "Generated" not in snippet


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request, browser):
    """A page at desktop or phone size (same checks as ``page``)."""
    context = browser.new_context(viewport=VIEWPORTS[request.param], is_mobile=request.param == "phone")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.kind = request.param
    yield pg
    assert not errors, errors
    context.close()


def shot(pg, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(Path(SHOTS) / f"{pg.kind}-{name}.png"), full_page=True)


def test_front_page_cards_sections_and_summary_first(viewport, site_url):
    pg = viewport
    pg.goto(site_url)
    cards = pg.locator("article .bf-card")
    assert cards.count() == 4
    first = cards.first.inner_text()
    assert first.startswith("2025-08-20") and "Russia-Ukraine" in first and "Zelensky and Putin" in first
    assert "Undated" in cards.nth(3).inner_text()  # dated first, then undated
    assert pg.locator("article h2", has_text="Russia-Ukraine").count() == 1  # a block per section
    shot(pg, "home")
    cards.first.locator("a.bf-section").click()
    pg.wait_for_url("**/sections/russia-ukraine/")
    pg.locator("article h1", has_text="Russia-Ukraine").wait_for()
    assert pg.locator("article .bf-card").count() == 2
    pg.goto(site_url + "briefings/zelensky-hails-historic-us-security-guarantees-ahead-of/")
    summary = pg.locator("article .bf-summary p").nth(1)  # after the "Summary" label
    box = summary.bounding_box()
    assert box and box["y"] < VIEWPORTS[pg.kind]["height"] - 40, box  # begins on the first screen
    shot(pg, "briefing")
    related = pg.locator("article h2#related-briefings + .bf-related .bf-card")
    assert related.count() == 1 and "Zelensky and Putin" in related.inner_text()
    assert "Volodymyr Zelensky" in related.inner_text()  # why it is related
    for empty in ("No direct quotes", "No key actors", "No open questions", "No summary"):
        assert empty not in pg.locator("article").inner_text()


def test_links_have_names_and_text_has_contrast(viewport, site_url):
    pg = viewport
    pg.goto(site_url + "briefings/zelensky-hails-historic-us-security-guarantees-ahead-of/")
    assert pg.get_by_role("link", name="source paragraph 1", exact=True).count() >= 1
    names = pg.locator("article a.bf-src").evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert names and all(re.fullmatch(r"(based on: )?source paragraph \d+", n or "") for n in names), names
    ratios = pg.evaluate(r"""() => {
      const rgb = s => s.match(/[\d.]+/g).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                                        .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
      const bg = rgb(getComputedStyle(document.querySelector('.md-main')).backgroundColor || 'rgb(255,255,255)');
      const back = bg.length === 4 && bg[3] === 0 ? [255, 255, 255] : bg.slice(0, 3);
      const out = [];
      for (const el of document.querySelectorAll('article p, article li, article blockquote, article time, article .bf-src')) {
        if (!el.innerText.trim()) continue;
        const [r, g, b, a = 1] = rgb(getComputedStyle(el).color);
        const fg = [r, g, b].map((v, i) => v * a + back[i] * (1 - a));
        const [l1, l2] = [lum(fg), lum(back)].sort((x, y) => y - x);
        out.push([(l1 + 0.05) / (l2 + 0.05), el.className, el.innerText.slice(0, 30)]);
      }
      return out;
    }""")
    low = [r for r in ratios if r[0] < 4.5]
    assert ratios and not low, low
    body = pg.evaluate("getComputedStyle(document.querySelector('article .bf-summary p:nth-child(2)')).color")
    quote = pg.evaluate("getComputedStyle(document.querySelector('article blockquote.bf-quote p')).color")
    assert quote == body  # quotes in the body colour, not grey
    pg.goto(site_url + "sources/zelensky-hails-historic-us-security-guarantees-ahead-of/")
    assert pg.get_by_role("link", name="paragraph 9", exact=True).count() == 1


def test_actor_page_groups_by_briefing_with_dates_and_partners(viewport, site_url):
    pg = viewport
    pg.goto(site_url + "actors/volodymyr-zelensky/")
    groups = pg.locator("article .bf-appearance")
    assert groups.count() == 2
    assert groups.first.inner_text().startswith("2025-08-20")  # newest first
    assert groups.first.locator("blockquote").count() >= 1  # his quote, under the briefing it is from
    assert "Vladimir Putin" in pg.locator("article h2#appears-most-with + div").inner_text()
    shot(pg, "actor")
