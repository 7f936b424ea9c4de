"""`briefings add`: pages, files and feeds into seeds/, against a local HTTP server on 127.0.0.1.

Nothing leaves the machine: every URL points at a server started here on a free port, and the
``loopback_only`` fixture fails any test that tries to connect anywhere but 127.0.0.1 (the
private and metadata addresses below must be refused before any connection).
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator import fetch, netpolicy, store
from generator.config import Settings
from generator.ingest import read_article

from helpers import failing, mode, os_error

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Maria Lind">
<meta property="article:published_time" content="2025-03-04T09:30:00Z">{extra}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>The council of {town} voted on Tuesday to ban large cruise ships from its historic harbour, a move Mayor Ana Costa called “long overdue.”</p>
<p>“We cannot let our old town sink under the weight of day trippers,” Costa said after the vote in {town}.</p>
<p>The Cruise Lines Association said the ban was rushed and that it may challenge the decision in court next month.</p>
</article><footer>Copyright Harbour Times</footer></body></html>"""


def article(title: str = "Harbour Town Votes to Ban Cruise Ships", town: str = "Porto Velho", extra: str = "") -> bytes:
    return ARTICLE.format(title=title, town=town, extra=extra).encode("utf-8")


class Server:
    """Routes: path -> (status, headers, body, delay seconds); ``hits`` counts requests per path,
    ``hosts`` lists the Host header of each request."""

    def __init__(self, tls: ssl.SSLContext | None = None):
        self.routes: dict[str, tuple[int, dict, bytes, float]] = {}
        self.hits: Counter = Counter()
        self.hosts: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.hits[self.path] += 1
                outer.hosts.append(self.headers.get("Host", ""))
                status, headers, body, delay = outer.routes.get(self.path, (404, {}, b"not found", 0))
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    headers = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body)), **headers}
                    for k, v in headers.items():
                        if v is not None:
                            self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda *a: None
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def page(self, path: str, body: bytes, status: int = 200, headers: dict | None = None, delay: float = 0) -> str:
        self.routes[path] = (status, headers or {}, body, delay)
        return self.url(path)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Any connection to an address other than 127.0.0.1 is blocked, and fails the test."""
    attempts: list = []
    connect = socket.socket.connect

    def guarded(sock, address):
        if not (isinstance(address, tuple) and address[0] == "127.0.0.1"):
            attempts.append(address)
            raise ConnectionRefusedError(111, f"test: connection to {address} blocked")
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield
    assert attempts == [], f"connections attempted outside 127.0.0.1: {attempts}"


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


@pytest.fixture
def other():
    """A second loopback server: an "internal" service that a refused link must never reach."""
    s = Server()
    yield s
    s.close()


@pytest.fixture
def project(tmp_path):
    (tmp_path / "seeds").mkdir()
    return Settings(root=tmp_path)


def run(settings, sources=(), feeds=(), timeout=5.0, allow_private=True, policy=None, retry=False):
    """``fetch.add``; the test server is on loopback, so private addresses are allowed unless a test says not."""
    lines: list[str] = []
    outcome = fetch.add(settings, list(sources), list(feeds), echo=lines.append, timeout=timeout,
                        allow_private=allow_private, policy=policy, retry=retry)
    return outcome, lines


def seeds(settings) -> list[str]:
    return sorted(p.name for p in settings.seeds.iterdir() if not p.name.startswith("."))


def index(settings) -> dict:
    return json.loads((settings.seeds / ".sources.json").read_text(encoding="utf-8"))


def test_add_url_stores_page_with_its_source(server, project):
    url = server.page("/news/cruise-ban", article())
    outcome, lines = run(project, [url])
    assert outcome.errors == [] and len(outcome.added) == 1
    path = outcome.added[0]
    assert path.parent == project.seeds and path.suffix == ".html"
    assert path.name.startswith("harbour-town-votes-to-ban-cruise-ships-")
    assert path.read_text(encoding="utf-8").startswith(f"<!-- saved from url=({len(url):04d}){url} -->\n")
    a = read_article(path)
    assert (a.url, a.publisher, a.authors, a.published) == (url, "Harbour Times", ["Maria Lind"], "2025-03-04")
    entry = index(project)["sources"][path.name]
    assert entry["url"] == url and entry["title"] == a.title and len(entry["text_sha256"]) == 64
    assert any(line.startswith("added ") and url in line for line in lines)


def test_same_url_twice_is_a_no_op(server, project):
    url = server.page("/a", article())
    first, _ = run(project, [url])
    before = (seeds(project), index(project), first.added[0].read_bytes())
    again, lines = run(project, [url, url + "#comments"])
    assert again.added == [] and again.errors == [] and len(again.existing) == 2
    assert (seeds(project), index(project), first.added[0].read_bytes()) == before
    assert server.hits["/a"] == 1  # not even fetched again
    assert all(line.startswith("already added: ") for line in lines)


def test_same_article_at_another_url_is_not_added_twice(server, project):
    run(project, [server.page("/a", article())])
    copy = server.page("/amp/a?utm_source=feed", article())
    outcome, lines = run(project, [copy])
    assert outcome.added == [] and len(seeds(project)) == 1 and "the same article" in lines[0]
    run(project, [copy])
    assert server.hits["/amp/a?utm_source=feed"] == 1  # remembered as an alias


def test_canonical_url_wins_and_different_file_is_never_overwritten(server, project):
    url = server.page("/p?id=1", article(extra='<link rel="canonical" href="https://harbour.example/cruise-ban">'))
    # the name is the headline's slug + a hash of the URL: occupy it with a different file first
    name = f"harbour-town-votes-to-ban-cruise-ships-{hashlib.sha1(url.encode()).hexdigest()[:8]}.html"
    (project.seeds / name).write_text("<p>someone else's page</p>", encoding="utf-8")
    outcome, _ = run(project, [url])
    assert outcome.added[0].name == name.replace(".html", "-2.html")
    assert (project.seeds / name).read_text(encoding="utf-8") == "<p>someone else's page</p>"
    assert read_article(outcome.added[0]).url == "https://harbour.example/cruise-ban"


def test_redirects_are_followed_up_to_a_limit(server, project):
    target = server.page("/final", article())
    server.page("/r1", b"", 301, {"Location": "/r2"})
    server.page("/r2", b"", 302, {"Location": target})
    outcome, _ = run(project, [server.url("/r1")])
    assert outcome.errors == [] and index(project)["sources"][outcome.added[0].name]["final_url"] == target
    assert read_article(outcome.added[0]).url == target
    server.page("/loop", b"", 302, {"Location": "/loop"})
    for i in range(8):
        server.page(f"/c{i}", b"", 302, {"Location": f"/c{i + 1}"})
    server.page("/c8", article(title="Chain"))
    outcome, _ = run(project, [server.url("/loop"), server.url("/c0")])
    assert len(outcome.errors) == 2 and outcome.added == []
    for error, path in zip(outcome.errors, ("/loop", "/c0")):
        assert error.startswith(server.url(path) + ": ") and "redirect" in error and "\n" not in error


@pytest.mark.parametrize("status, headers, body, reason", [
    (404, {}, b"gone", "HTTP 404"),
    (500, {}, b"oops", "HTTP 500"),
    (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4", "not an HTML page (Content-Type: application/pdf)"),
    (200, {"Content-Length": str(6 * 1024 * 1024)}, b"<html>", "too large"),
    (200, {}, b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
])
def test_fetch_failures_are_one_line_naming_the_url(server, project, status, headers, body, reason):
    url = server.page("/x", body, status, headers)
    outcome, lines = run(project, [url])
    assert outcome.added == [] and seeds(project) == []
    [error] = outcome.errors
    assert error.startswith(url) and reason in error and "\n" not in error
    assert lines == [f"error: {error}"]


def test_gzip_body_is_inflated(server, project):
    body = gzip.compress(article())
    url = server.page("/gz", body, headers={"Content-Encoding": "gzip"})
    outcome, _ = run(project, [url])
    assert outcome.errors == [] and "Porto Velho" in read_article(outcome.added[0]).text


def test_oversize_body_without_content_length(server, project):
    url = server.page("/big", b"<html><body><p>" + b"word " * (1_100_000) + b"</p></body></html>",
                      headers={"Content-Length": None, "Connection": "close"})
    outcome, _ = run(project, [url])
    assert len(outcome.errors) == 1 and "too large" in outcome.errors[0] and seeds(project) == []


def test_timeout(server, project):
    url = server.page("/slow", article(), delay=3)
    started = time.monotonic()
    outcome, _ = run(project, [url], timeout=0.5)
    assert time.monotonic() - started < 2.5
    assert outcome.errors == [f"{url}: timed out after 0.5 s"]


def test_unreachable_and_non_http(project):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    outcome, _ = run(project, [f"http://127.0.0.1:{port}/a", "ftp://example.org/a"])
    assert outcome.errors[0].startswith(f"http://127.0.0.1:{port}/a: cannot connect")
    assert outcome.errors[1] == "ftp://example.org/a: not an http(s) URL"


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Times</title>
<link>{base}/</link><description>News</description>
<item><title>One</title><link>{base}/one</link><guid>{base}/one</guid></item>
<item><title>Two</title><link>/two</link></item>
<item><title>Copy of one</title><link>{base}/one-copy</link></item>
</channel></rss>"""


def test_feed_adds_new_items_once(server, project):
    server.page("/one", article(title="Ships Banned From Old Port", town="Porto Velho"))
    server.page("/one-copy", article(title="Ships Banned From Old Port", town="Porto Velho"))
    server.page("/two", article(title="Ferry Fares Rise Again", town="Vila Nova"))
    feed = server.page("/feed.xml", RSS.format(base=server.url("")).encode(), headers={"Content-Type": "application/rss+xml"})
    outcome, lines = run(project, feeds=[feed])
    assert outcome.errors == [] and len(outcome.added) == 2 and len(seeds(project)) == 2
    assert lines[-1] == f"feed {feed}: 3 items, 2 new"
    assert sorted(index(project)["feeds"][feed]["seen"]) == sorted(server.url(p) for p in ("/one", "/two", "/one-copy"))
    hits = dict(server.hits)
    outcome, lines = run(project, feeds=[feed])
    assert outcome.added == [] and len(seeds(project)) == 2 and lines[-1] == f"feed {feed}: 3 items, 0 new"
    assert {p: n for p, n in server.hits.items() if p != "/feed.xml"} == {p: n for p, n in hits.items() if p != "/feed.xml"}
    # a page already added by hand is not added again through a feed
    assert run(project, [server.url("/two")])[0].added == []


def test_failed_feed_items_are_recorded_and_retried_only_when_asked(server, project):
    server.page("/one", article(title="Ships Banned From Old Port", town="Porto Velho"))
    server.page("/one-copy", article(title="Ships Banned From Old Port", town="Porto Velho"))
    server.page("/two", b"gone", status=410)
    feed = server.page("/feed.xml", RSS.format(base=server.url("")).encode(), headers={"Content-Type": "application/rss+xml"})
    outcome, lines = run(project, feeds=[feed])
    two = server.url("/two")
    assert len(outcome.added) == 1 and len(outcome.errors) == 1 and two in outcome.errors[0]
    record = index(project)["feeds"][feed]
    assert two not in record["seen"] and record["failed"] == {two: outcome.errors[0]}
    # the next run leaves the failed item alone and says so
    outcome, lines = run(project, feeds=[feed])
    assert server.hits["/two"] == 1 and outcome.errors == []
    assert lines[-1] == f"feed {feed}: 3 items, 0 new, 1 failed before (not retried; use --retry)"
    # --retry tries it again: now it works, and it is seen, no longer failed
    server.page("/two", article(title="Ferry Fares Rise Again", town="Vila Nova"))
    outcome, lines = run(project, feeds=[feed], retry=True)
    assert server.hits["/two"] == 2 and len(outcome.added) == 1 and lines[-1] == f"feed {feed}: 3 items, 1 new"
    record = index(project)["feeds"][feed]
    assert two in record["seen"] and "failed" not in record


def test_not_a_feed(server, project):
    url = server.page("/feed", b"<html><body><p>hello</p></body></html>")
    outcome, _ = run(project, feeds=[url])
    assert outcome.errors == [f"{url}: not an RSS/Atom feed (no items found)"]


def test_add_local_file(tmp_path, project):
    source = tmp_path / "elsewhere" / "story.html"
    source.parent.mkdir()
    source.write_bytes(article())
    outcome, _ = run(project, [str(source)])
    [path] = outcome.added
    assert path.read_bytes() == source.read_bytes() and path.name.startswith("harbour-town-votes")
    again, lines = run(project, [str(source), str(path)])
    assert again.added == [] and len(again.existing) == 2 and seeds(project) == [path.name]
    missing, _ = run(project, [str(tmp_path / "nope.txt")])
    assert missing.errors == [f"{tmp_path / 'nope.txt'}: no such file"]


def test_cli_add_generates_the_briefing_with_url_and_publisher(server, project, capsys):
    from generator.cli import main

    url = server.page("/story", article())
    assert main(["add", "--root", str(project.root), url]) == 1  # a loopback address needs --allow-private
    assert f"error: {url}: refused: 127.0.0.1 is a loopback address" in capsys.readouterr().err
    assert not Path(project.briefings).exists() or not list(Path(project.briefings).glob("*.md"))
    assert server.hits["/story"] == 0
    assert main(["add", "--allow-private", "--root", str(project.root), url]) == 0
    [briefing] = sorted(Path(project.briefings).glob("*.md"))
    text = briefing.read_text(encoding="utf-8")
    assert f"<{url}>" in text and "Harbour Times" in text and "source: seeds/harbour-town-votes" in text
    assert main(["add", "--allow-private", "--root", str(project.root), url]) == 0  # already added: nothing changes
    assert briefing.read_text(encoding="utf-8") == text
    assert main(["add", "--allow-private", "--root", str(project.root), server.url("/missing")]) == 1


ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title>
<id>urn:harbour</id><updated>2025-03-04T09:30:00Z</updated>
<entry><title>Ferry</title><id>urn:ferry</id><updated>2025-03-04T09:30:00Z</updated><link href="{base}/ferry"/></entry>
</feed>"""


def test_atom_feed(server, project):
    server.page("/ferry", article(title="Ferry Fares Rise Again", town="Vila Nova"))
    feed = server.page("/atom", ATOM.format(base=server.url("")).encode(), headers={"Content-Type": "application/atom+xml"})
    outcome, _ = run(project, feeds=[feed])
    assert outcome.errors == [] and [read_article(p).title for p in outcome.added] == ["Ferry Fares Rise Again"]
    assert run(project, feeds=[feed])[0].added == []


def test_charset_from_the_http_header_is_stored_as_utf8(server, project):
    body = article(town="Sète").decode("utf-8").replace('<meta charset="utf-8">', "").encode("cp1252")
    url = server.page("/cp", body, headers={"Content-Type": "text/html; charset=windows-1252"})
    outcome, _ = run(project, [url])
    stored = outcome.added[0].read_bytes()
    assert "council of Sète voted".encode("utf-8") in stored
    a = read_article(outcome.added[0])
    assert "council of Sète voted" in a.text and a.warnings == []


# --- where fetches may connect -----------------------------------------------------------------

def resolver(monkeypatch, names: dict[str, list]):
    """Patch the resolver: each name gives its list of ``(ip, port)``, one list per call (the last
    repeats); any other name fails to resolve. Returns the names asked for, in order."""
    asked: list[str] = []

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        asked.append(host)
        if host not in names:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        answers = names[host]
        ip, real_port = answers[min(asked.count(host), len(answers)) - 1]
        fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
        return [(fam, socket.SOCK_STREAM, 6, "", (ip, real_port or port) if fam == socket.AF_INET
                 else (ip, real_port or port, 0, 0))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


def only(*servers):
    """A policy for tests: these loopback servers count as public hosts; everything else is judged as usual."""
    allowed = {("127.0.0.1", s.port) for s in servers}
    return lambda ip, port: None if (str(ip), port) in allowed else netpolicy.public_only(ip, port)


@pytest.mark.parametrize("host, reason", [
    ("127.0.0.1", "127.0.0.1 is a loopback address"),
    ("2130706433", "2130706433 resolves to 127.0.0.1, a loopback address"),
    ("0177.0.0.1", "resolves to 127.0.0.1, a loopback address"),
    ("0x7f.0.0.1", "resolves to 127.0.0.1, a loopback address"),
    ("127.1", "resolves to 127.0.0.1, a loopback address"),
    ("[::1]", "::1 is a loopback address"),
    ("[::ffff:127.0.0.1]", "a loopback address (127.0.0.1)"),
    ("[::ffff:a9fe:a9fe]", "a link-local address (169.254.169.254)"),
    ("[64:ff9b::a00:5]", "a private address (10.0.0.5)"),
    ("[2002:a00:5::1]", "a private address (10.0.0.5)"),
    ("10.0.0.5", "10.0.0.5 is a private address"),
    ("0xa000005", "resolves to 10.0.0.5, a private address"),
    ("172.16.3.4", "a private address"),
    ("192.168.1.1", "a private address"),
    ("169.254.169.254", "169.254.169.254 is a link-local address"),
    ("[fe80::1]", "a link-local address"),
    ("[fc00::5]", "a private address"),
    ("[fec0::1]", "a private address"),
    ("0.0.0.0", "an unspecified address"),
    ("[::]", "an unspecified address"),
    ("224.0.0.1", "a multicast address"),
    ("[ff02::1]", "a multicast address"),
    ("240.0.0.1", "a reserved address"),
    ("100.64.0.1", "a non-public address"),
])
def test_every_spelling_of_an_internal_address_is_refused_without_resolving(monkeypatch, host, reason):
    asked = resolver(monkeypatch, {})
    with pytest.raises(netpolicy.AddressRefused, match=re.escape(reason)):
        netpolicy.resolve(host.strip("[]"), 80, netpolicy.public_only)
    assert asked == []  # a literal address is read, never sent to a resolver
    assert netpolicy.resolve(host.strip("[]"), 80, netpolicy.any_address)  # --allow-private


def test_public_addresses_and_names_are_allowed(monkeypatch):
    resolver(monkeypatch, {"news.example": [("93.184.215.14", None)], "mixed.example": [("8.8.8.8", None)]})
    assert netpolicy.resolve("8.8.8.8", 80, netpolicy.public_only) == [(socket.AF_INET, ("8.8.8.8", 80))]
    assert netpolicy.resolve("2606:4700::1", 443, netpolicy.public_only)[0][1][0] == "2606:4700::1"
    assert netpolicy.resolve("news.example", 80, netpolicy.public_only) == [(socket.AF_INET, ("93.184.215.14", 80))]
    assert netpolicy.literal("cafe.example") is None and netpolicy.literal("0x7f.example") is None


def test_a_name_with_any_internal_address_is_refused(monkeypatch):
    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("8.8.8.8", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with pytest.raises(netpolicy.AddressRefused, match="mixed.example resolves to 10.0.0.5, a private address"):
        netpolicy.resolve("mixed.example", 80, netpolicy.public_only)


FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Times</title>
<link>https://harbour.example/</link><description>News</description>
<item><title>One</title><link>{one}</link></item>
<item><title>Two</title><link>{two}</link></item>
<item><title>Three</title><link>{three}</link></item>
</channel></rss>"""


def test_feed_items_on_a_loopback_server_are_refused_without_the_flag_and_added_with_it(server, other, project):
    # the feed's own server stands for a public host; its items point at another server on loopback
    other.page("/one", article(title="Ships Banned From Old Port", town="Porto Velho"))
    other.page("/two", article(title="Ferry Fares Rise Again", town="Vila Nova"))
    other.page("/three", article(title="Bridge Reopens After Repairs", town="Ponte Alta"))
    links = [other.url("/one"), other.url("/two", host="2130706433"), other.url("/three", host="0177.0.0.1")]
    feed = server.page("/feed.xml", FEED.format(one=links[0], two=links[1], three=links[2]).encode(),
                       headers={"Content-Type": "application/rss+xml"})

    outcome, lines = run(project, feeds=[feed], allow_private=False, policy=only(server))
    assert outcome.added == [] and seeds(project) == [] and sum(other.hits.values()) == 0
    # one line per refused link, naming it and the reason; the rest of the feed goes on
    hosts = ["127.0.0.1 is", "2130706433 resolves to 127.0.0.1,", "0177.0.0.1 resolves to 127.0.0.1,"]
    assert outcome.errors == [f"{link}: refused: {host} a loopback address (allowed only with --allow-private)"
                              for link, host in zip(links, hosts)]
    assert lines == [f"error: {e}" for e in outcome.errors] + [f"feed {feed}: 3 items, 0 new"]
    assert index(project)["feeds"][feed]["seen"] == []  # refused links are not marked as seen

    outcome, lines = run(project, feeds=[feed], allow_private=True)
    assert outcome.errors == [] and len(outcome.added) == 3 and lines[-1] == f"feed {feed}: 3 items, 3 new"
    assert sorted(other.hits) == ["/one", "/three", "/two"]


def test_a_public_looking_name_resolving_to_loopback_is_refused(monkeypatch, server, project):
    url = server.page("/a", article()).replace("127.0.0.1", "news.example")
    resolver(monkeypatch, {"news.example": [("127.0.0.1", None)]})
    outcome, _ = run(project, [url], allow_private=False)
    assert outcome.errors == [f"{url}: refused: news.example resolves to 127.0.0.1, a loopback address "
                              "(allowed only with --allow-private)"]
    assert server.hits["/a"] == 0
    outcome, _ = run(project, [url], allow_private=True)  # the resolved address, but the name in the Host header
    assert outcome.errors == [] and len(outcome.added) == 1 and server.hosts == [f"news.example:{server.port}"]


def test_the_address_checked_is_the_address_connected_to(monkeypatch, server, other, project):
    # DNS rebinding: the first answer is an allowed host, any later one an internal service
    url = server.page("/a", article()).replace("127.0.0.1", "news.example")
    other.page("/a", article(title="Internal Payroll Notes"))
    asked = resolver(monkeypatch, {"news.example": [("127.0.0.1", server.port), ("127.0.0.1", other.port)]})
    outcome, _ = run(project, [url], allow_private=False, policy=only(server))
    assert outcome.errors == [] and len(outcome.added) == 1
    assert asked == ["news.example"] and server.hits["/a"] == 1 and sum(other.hits.values()) == 0


@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.5/intranet/",
    "https://[::ffff:10.0.0.5]/",
    "http://2130706433:{other}/secret",
    "http://internal.example:{other}/secret",
])
def test_a_redirect_to_an_internal_address_is_refused(monkeypatch, server, other, project, target):
    resolver(monkeypatch, {"internal.example": [("127.0.0.1", None)]})
    target = target.format(other=other.port)
    other.page("/secret", article(title="Internal Payroll Notes"))
    server.page("/r1", b"", 301, {"Location": "/r2"})  # a redirect within the allowed host is followed
    server.page("/r2", b"", 302, {"Location": target})
    outcome, _ = run(project, [server.url("/r1")], allow_private=False, policy=only(server))
    [error] = outcome.errors
    assert error.startswith(f"{server.url('/r1')}: refused: redirect to {target}: ") and "\n" not in error
    assert server.hits["/r2"] == 1 and sum(other.hits.values()) == 0 and seeds(project) == []


def test_proxy_settings_are_not_used(monkeypatch, server, other, project):
    # a proxy would choose the address itself, after our check: requests go straight to the host
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy"):
        monkeypatch.setenv(name, other.url(""))
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    outcome, _ = run(project, [server.page("/a", article())])
    assert outcome.errors == [] and server.hits["/a"] == 1 and sum(other.hits.values()) == 0


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a test certificate")
def test_https_sends_the_name_and_verifies_the_certificate_against_it(tmp_path, monkeypatch):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=news.example",
                    "-addext", "subjectAltName=DNS:news.example"], check=True, capture_output=True)
    names: list = []
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    tls.sni_callback = lambda sock, name, context: names.append(name)
    server = Server(tls)
    try:
        server.page("/a", b"hello")
        resolver(monkeypatch, {"news.example": [("127.0.0.1", None)], "wrong.example": [("127.0.0.1", None)]})
        trust = ssl.create_default_context(cafile=str(cert))

        def get(host, policy=netpolicy.any_address):
            conn = netpolicy.HTTPSConnection(host, server.port, timeout=5, policy=policy, context=trust)
            try:
                conn.request("GET", "/a")
                return conn.getresponse().read()
            finally:
                conn.close()

        assert get("news.example") == b"hello"
        assert names == ["news.example"] and server.hosts == [f"news.example:{server.port}"]
        with pytest.raises(ssl.SSLCertVerificationError, match="wrong.example"):
            get("wrong.example")  # connected to the same address, but the certificate names another host
        with pytest.raises(netpolicy.AddressRefused):
            get("news.example", netpolicy.public_only)
        assert server.hits["/a"] == 1
    finally:
        server.close()


def test_added_files_and_the_index_get_the_umask_mode(server, project, umask):
    current = os.umask(umask)
    os.umask(current)
    outcome, _ = run(project, [server.page("/a", article())])
    assert mode(outcome.added[0]) == mode(project.seeds / ".sources.json") == 0o666 & ~current


def test_full_seeds_folder_stops_the_add_with_one_line(server, project, monkeypatch, capsys):
    from generator.cli import main

    first, second = server.page("/a", article()), server.page("/b", article(title="Ferry Fares Rise", town="Vila Nova"))
    monkeypatch.setattr(os, "fsync", failing(os.fsync, 0, os_error(errno.ENOSPC)))
    assert main(["add", "--allow-private", "--root", str(project.root), first, second]) == 1
    out = capsys.readouterr()
    [line] = out.err.splitlines()
    assert line.startswith("error: seeds/harbour-town-votes-to-ban-cruise-ships-")
    assert line.endswith(".html: cannot write (No space left on device); stopped")
    assert out.out == "0 added, 0 already added, 1 failed\n"
    assert server.hits["/b"] == 0  # stopped: the next page is not even fetched
    assert list(project.seeds.iterdir()) == [project.seeds / ".lock"]  # no half file, no index
    monkeypatch.undo()
    outcome, _ = run(project, [first, second])
    assert len(outcome.added) == 2 and outcome.errors == []


def test_read_only_seeds_folder_is_one_line_before_any_download(server, project, monkeypatch):
    url = server.page("/a", article())
    monkeypatch.setattr(store, "open", failing(open, 0, os_error(errno.EROFS)), raising=False)  # the lock file
    outcome, lines = run(project, [url])
    reason = f"seeds: cannot write ({os.strerror(errno.EROFS)})"
    assert (outcome.errors, lines, outcome.added) == ([reason], [f"error: {reason}"], [])
    assert server.hits["/a"] == 0
