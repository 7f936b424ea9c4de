"""Real-browser tests: the built site served on 127.0.0.1, driven in Debian's Chromium.

Skipped with a reason where Chromium or Playwright is missing, except under CI=true, where
that is a failure.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from helpers import REPO, SEED_LAYOUT, make_project
from test_site import HOSTILE

pytestmark = pytest.mark.browser
CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None) \
    or shutil.which("chromium")
FLAGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-gpu", "--no-first-run", "--disable-quic"]


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
        "harbour.txt": SEED_LAYOUT, "hostile.txt": HOSTILE})
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


def test_search_finds_briefing_and_actor(page, site_url):
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    page.keyboard.type("Witkoff", delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="attached", timeout=15000)  # rendered; shown only while the box has focus
    hrefs = [results.nth(i).locator("a").first.get_attribute("href") or "" for i in range(results.count())]
    assert any("/briefings/zelensky-hails" in h for h in hrefs), hrefs
    assert any("/actors/steve-witkoff" in h for h in hrefs), hrefs


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
    page.locator("input.md-search__input").click()
    page.keyboard.type("Officials", delay=20)  # its result snippet holds the script text
    page.locator(".md-search-result__item").first.wait_for(state="attached", timeout=15000)  # rendered; shown only while the box has focus
    page.wait_for_timeout(300)


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
    box = page.locator("input.md-search__input")
    box.click()
    page.keyboard.type("Rubio", delay=20)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(state="attached", timeout=15000)  # rendered; shown only while the box has focus
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert hrefs and all(h.startswith(subpath_url) for h in hrefs), hrefs
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
    assert page.locator("article a", has_text="Zelensky Hails").count() == 1
