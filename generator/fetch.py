"""``briefings add``: bring web pages, feeds and local files into ``seeds/``, then brief them.

- ``add URL``: fetch the page over HTTP(S) (``http.client``; a timeout, at most
  :data:`MAX_REDIRECTS` redirects, HTML only, at most 5 MB), check that it has article text, and store it as
  ``seeds/<slug-of-title>-<hash of URL>.html``, in UTF-8, with a first line
  ``<!-- saved from url=(NNNN)URL -->`` (the comment browsers write into saved pages), so the
  HTML reader knows the source even when the page names no canonical URL.
- ``add FILE``: copy a local source file (any kind ``seeds/`` reads) in the same way.
- ``add --feed URL``: read an RSS/Atom feed (feedparser) and add each item's link that is new.

Every connection, redirects included, goes only to a public address unless ``allow_private``
(``--allow-private``): a feed is a third party's list of URLs, and fetching them on a newsroom
server or in CI must not reach ``127.0.0.1``, ``10.x`` or a cloud metadata address
(:mod:`.netpolicy` checks the very address connected to).

What was added is recorded in ``seeds/.sources.json`` (hidden, so never read as an article)::

    {"version": 1,
     "sources": {"<file name in seeds/>": {"url", "final_url", "sha256", "text_sha256", "title"}},
     "feeds": {"<feed URL>": {"seen": ["<item link>", ...], "failed": {"<item link>": "<error line>"}}}}

``sha256`` is the stored file's, ``text_sha256`` the extracted article text's: the same URL, the
same file, or the same article text under another URL is "already added" and nothing changes.
An existing file in ``seeds/`` is never overwritten. Every failure is one line naming the URL.
A feed item that failed is recorded under ``failed`` and tried again only with ``retry``
(``briefings add --feed URL --retry``); one refused by the address policy is not recorded.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socket
import time
import urllib.parse
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__, netpolicy
from .config import MAX_SOURCE_BYTES, SOURCE_SUFFIXES, Settings
from .errors import BriefingsError, InputError, Stopped, WriteError
from .netpolicy import Policy

INDEX = ".sources.json"
TIMEOUT = 20.0  # seconds, per request (connect + every read, and the whole body)
MAX_REDIRECTS = 5
MAX_BYTES = MAX_SOURCE_BYTES
USER_AGENT = f"briefings/{__version__} (+https://github.com/; article-to-briefing tool)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
              "application/feed+json", "text/html", "text/plain")


class FetchError(BriefingsError):
    """A URL that could not be fetched: ``str(error)`` is ``URL: reason``; ``refused``: by the address policy."""

    def __init__(self, url: str, reason: str, refused: bool = False):
        reason = " ".join(str(reason).split())  # one line, whatever the server or the OS said
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.refused = url, reason, refused


@dataclass
class Response:
    url: str  # the URL asked for
    final_url: str  # after redirects
    body: bytes
    content_type: str
    charset: str | None


@dataclass
class Outcome:
    """What ``add`` did: files added, files already there, and one line per failure."""

    added: list[Path] = field(default_factory=list)
    existing: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


REDIRECTS = (301, 302, 303, 307, 308)


def fetch(url: str, accept: tuple[str, ...] = HTML_TYPES, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
          policy: Policy = netpolicy.public_only) -> Response:
    """GET ``url``; raises :class:`FetchError` with a one-line reason.

    Redirects are followed here, at most :data:`MAX_REDIRECTS`, and every hop connects only to an
    address ``policy`` allows (:mod:`.netpolicy`): a refused hop is refused before any connection.
    """
    deadline = time.monotonic() + timeout
    current = url
    for hop in range(MAX_REDIRECTS + 1):
        parts = urllib.parse.urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(url, "not an http(s) URL" if hop == 0
                             else f"redirect refused (to {current}, not an http(s) URL)")
        try:
            connection = netpolicy.HTTPSConnection if parts.scheme == "https" else netpolicy.HTTPConnection
            conn = connection(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                              timeout=timeout, policy=policy)
        except ValueError as exc:  # a port that is not a number, or out of range
            raise FetchError(url, f"bad URL {current} ({exc})") from None
        try:
            try:
                conn.request("GET", _request_target(parts), headers={
                    "User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1",
                    "Accept-Encoding": "identity", "Connection": "close"})
            except netpolicy.AddressRefused as exc:
                where = "" if hop == 0 else f"redirect to {current}: "
                raise FetchError(url, f"refused: {where}{exc} (allowed only with --allow-private)", refused=True) from None
            except (socket.timeout, TimeoutError):
                raise FetchError(url, f"timed out after {timeout:g} s") from None
            except OSError as exc:  # the name does not resolve, nothing listens, TLS fails...
                raise FetchError(url, f"cannot connect ({exc.strerror or exc})") from None
            resp = conn.getresponse()
            if resp.status in REDIRECTS:
                location = resp.getheader("Location")
                if not location:
                    raise FetchError(url, f"redirect without a Location (HTTP {resp.status})")
                if hop == MAX_REDIRECTS:
                    raise FetchError(url, f"too many redirects (HTTP {resp.status}; at most {MAX_REDIRECTS} followed)")
                current = urllib.parse.urljoin(current, location.strip())
                continue
            if not 200 <= resp.status < 300:
                raise FetchError(url, f"HTTP {resp.status} {resp.reason or ''}".rstrip())
            return _read(url, current, resp, accept, timeout, max_bytes, deadline)
        except FetchError:
            raise
        except (socket.timeout, TimeoutError):
            raise FetchError(url, f"timed out after {timeout:g} s") from None
        except (http.client.HTTPException, ConnectionError, OSError, ValueError) as exc:
            raise FetchError(url, f"connection failed ({type(exc).__name__}: {exc})".replace("\n", " ")) from None
        finally:
            conn.close()
    raise AssertionError("unreachable: the last hop returns or raises")


def _request_target(parts: urllib.parse.SplitResult) -> str:
    """The path and query to ask for, with spaces and non-ASCII characters percent-encoded."""
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return urllib.parse.quote(target, safe="!#$%&'()*+,/:;=?@[]~")


def _read(url: str, final_url: str, resp: http.client.HTTPResponse, accept: tuple[str, ...], timeout: float,
          max_bytes: int, deadline: float) -> Response:
    """The body of a 2xx response, checked for type and size."""
    ctype = resp.headers.get_content_type()
    if not any(ctype == t for t in accept):
        raise FetchError(url, f"not an HTML page (Content-Type: {ctype})" if accept == HTML_TYPES
                         else f"not a feed (Content-Type: {ctype})")
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(url, f"page too large ({int(length) / 1e6:.1f} MB; limit {max_bytes / 1e6:.0f} MB)")
    chunks, size = [], 0
    while True:
        chunk = resp.read(65536)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"page too large (over {max_bytes / 1e6:.0f} MB)")
        if time.monotonic() > deadline:
            raise FetchError(url, f"timed out after {timeout:g} s")
        chunks.append(chunk)
    body = b"".join(chunks)
    encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):  # asked for identity, but some servers compress anyway
        body = _inflate(url, body, encoding, max_bytes)
    elif encoding != "identity":
        raise FetchError(url, f"unsupported Content-Encoding {encoding!r}")
    return Response(url, final_url, body, ctype, resp.headers.get_content_charset())


def _inflate(url: str, body: bytes, encoding: str, max_bytes: int) -> bytes:
    try:
        d = zlib.decompressobj(wbits=31 if "gzip" in encoding else 15)
        out = d.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise FetchError(url, f"broken {encoding} body ({exc})") from None
    if len(out) > max_bytes:
        raise FetchError(url, f"page too large (over {max_bytes / 1e6:.0f} MB)")
    return out


# --- the index -------------------------------------------------------------------------------

def load_index(seeds: Path) -> dict:
    path = seeds / INDEX
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    except (OSError, ValueError) as exc:
        raise BriefingsError(f"{path}: cannot read the index of added sources ({exc})") from None
    if not isinstance(data, dict):
        raise BriefingsError(f"{path}: cannot read the index of added sources (not an object)")
    data.setdefault("version", 1)
    data.setdefault("sources", {})
    data.setdefault("feeds", {})
    return data


def save_index(seeds: Path, index: dict) -> None:
    from .store import atomic_write

    atomic_write(seeds / INDEX, json.dumps(index, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def _normal(url: str | None) -> str:
    """A URL without its fragment, for comparisons."""
    return urllib.parse.urldefrag(url.strip())[0] if url else ""


def _known(index: dict, seeds: Path, *, urls=(), sha256=None, text_sha256=None) -> str | None:
    """The file in ``seeds/`` that already holds this URL, file or text (if it still exists)."""
    wanted = {_normal(u) for u in urls if u}
    for name, entry in sorted(index["sources"].items()):
        if not (seeds / name).exists():
            continue
        if (wanted & ({_normal(entry.get("url")), _normal(entry.get("final_url")), _normal(entry.get("canonical_url")),
                       *entry.get("aliases", [])} - {""})
                or (sha256 and entry.get("sha256") == sha256) or (text_sha256 and entry.get("text_sha256") == text_sha256)):
            return name
    return None


def _text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


def _target(seeds: Path, stem: str, suffix: str, data: bytes) -> tuple[Path, bool]:
    """A free path for ``stem+suffix`` (``-2``, ``-3``... when a different file holds the name);
    ``(path, True)`` when that exact content is already there."""
    n = 1
    while True:
        path = seeds / f"{stem}{'' if n == 1 else f'-{n}'}{suffix}"
        if not path.exists():
            return path, False
        if path.read_bytes() == data:
            return path, True
        n += 1


def _write(path: Path, data: bytes, name: str) -> None:
    """Write a new file into ``seeds/`` atomically; a full or read-only ``seeds/`` stops the whole
    ``add`` (:class:`Stopped`): every later file would fail the same way."""
    from .store import atomic_write

    try:
        atomic_write(path, data, name)
    except WriteError as exc:
        if exc.folder_wide:
            raise Stopped(str(exc), None) from None
        raise


# --- adding ----------------------------------------------------------------------------------

class Adder:
    """Adds URLs, files and feeds to ``seeds/``; call :meth:`close` to save the index."""

    def __init__(self, settings: Settings, echo: Callable[[str], None] = print, timeout: float = TIMEOUT,
                 policy: Policy = netpolicy.public_only, retry: bool = False):
        self.settings, self.echo, self.timeout, self.policy = settings, echo, timeout, policy
        self.retry = retry
        self.refused = False  # the last add_url was refused by the address policy (not the item's fault)
        self.seeds = settings.seeds
        self.seeds.mkdir(parents=True, exist_ok=True)
        self.index = load_index(self.seeds)
        self.outcome = Outcome()

    def _rel(self, path: Path) -> str:
        return self.settings.relative(path)

    def _already(self, name: str, what: str) -> Path:
        path = self.seeds / name
        self.echo(f"already added: {what} ({self._rel(path)})")
        self.outcome.existing.append(path)
        return path

    def _fail(self, line: str) -> None:
        self.echo(f"error: {line}")
        self.outcome.errors.append(line)

    def add_url(self, url: str) -> Path | None:
        from .ingest import html
        from .store import slugify

        url = url.strip()
        try:
            known = _known(self.index, self.seeds, urls=[url])
            if known:
                return self._already(known, url)
            resp = fetch(url, HTML_TYPES, timeout=self.timeout, policy=self.policy)
            text = None
            if resp.charset:
                try:
                    resp.body.decode("utf-8")
                except UnicodeDecodeError:
                    try:
                        text = resp.body.decode(resp.charset)
                    except (LookupError, UnicodeDecodeError):
                        text = None
            if text is None:
                text, _, _ = html.decode(resp.body, url)
            text = text.lstrip("\ufeff")
            text = f"<!-- saved from url=({len(resp.final_url):04d}){resp.final_url} -->\n" + \
                html.SAVED_FROM.sub("", text, count=1).lstrip("\r\n")
            article = html.parse(text, url)
            if not article.body():
                raise InputError(url, "no article text (only a headline or metadata)")
            data = text.encode("utf-8")
            digest, text_digest = hashlib.sha256(data).hexdigest(), _text_hash(article.text)
            known = _known(self.index, self.seeds, urls=[resp.final_url, article.url], text_sha256=text_digest)
            if known:  # another address of an article we have: remember it, so it is not fetched again
                aliases = self.index["sources"][known].setdefault("aliases", [])
                if _normal(url) not in aliases:
                    aliases.append(_normal(url))
                return self._already(known, f"{url} (the same article)")
            stem = f"{slugify(article.title)[:50].rstrip('-')}-{hashlib.sha1(_normal(url).encode()).hexdigest()[:8]}"
            path, same = _target(self.seeds, stem, ".html", data)
            if not same:
                _write(path, data, self._rel(path))
            self.index["sources"][path.name] = {"url": url, "final_url": resp.final_url, "canonical_url": article.url,
                                                "sha256": digest, "text_sha256": text_digest, "title": article.title}
            self.echo(f"added {self._rel(path)} <- {url}")
            self.outcome.added.append(path)
            return path
        except Stopped:
            raise
        except BriefingsError as exc:
            self._fail(str(exc))
            self.refused = getattr(exc, "refused", False)
            return None

    def add_file(self, name: str) -> Path | None:
        from .ingest import read_article
        from .store import slugify

        source = Path(name)
        try:
            if not source.is_file():
                raise InputError(name, "no such file" if not source.exists() else "not a file")
            suffix = source.suffix.lower()
            if suffix not in SOURCE_SUFFIXES:
                raise InputError(name, f"unsupported file type {suffix or '(none)'!r}; use one of {', '.join(SOURCE_SUFFIXES)}")
            try:
                inside = source.resolve().relative_to(self.seeds.resolve())
            except ValueError:
                inside = None
            if inside is not None:
                self.echo(f"already added: {name} (it is in {self.settings.seeds_dir}/)")
                self.outcome.existing.append(source.resolve())
                return source.resolve()
            data = source.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            known = _known(self.index, self.seeds, sha256=digest)
            if known:
                return self._already(known, name)
            article = read_article(source, name)
            text_digest = _text_hash(article.text)
            known = _known(self.index, self.seeds, urls=[article.url], text_sha256=text_digest)
            if known:
                return self._already(known, f"{name} (same article)")
            stem = f"{slugify(article.title)[:50].rstrip('-')}-{digest[:8]}"
            path, same = _target(self.seeds, stem, suffix, data)
            if same:
                return self._already(path.name, name)
            _write(path, data, self._rel(path))
            self.index["sources"][path.name] = {"url": article.url, "file": str(source), "sha256": digest,
                                                "text_sha256": text_digest, "title": article.title}
            self.echo(f"added {self._rel(path)} <- {name}")
            self.outcome.added.append(path)
            return path
        except OSError as exc:
            self._fail(f"{name}: cannot read file ({exc.strerror or exc})")
        except Stopped:
            raise
        except BriefingsError as exc:
            self._fail(str(exc))
        return None

    def add_feed(self, url: str) -> None:
        import feedparser

        url = url.strip()
        try:
            resp = fetch(url, FEED_TYPES, timeout=self.timeout, policy=self.policy)
        except BriefingsError as exc:
            self._fail(str(exc))
            return
        feed = feedparser.parse(resp.body, response_headers={"content-location": resp.final_url,
                                                             "content-type": resp.content_type})
        if not feed.entries and (feed.bozo or not feed.get("version")):
            self._fail(f"{url}: not an RSS/Atom feed (no items found)")
            return
        record = self.index["feeds"].setdefault(_normal(url), {"seen": []})
        seen, failed = record["seen"], record.pop("failed", {})
        new = skipped = 0
        for entry in feed.entries:
            link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith("http") else None)
            if not link:
                self.echo(f"notice: {url}: an item without a link was skipped ({entry.get('title', 'untitled')})")
                continue
            link = urllib.parse.urljoin(resp.final_url, link)
            if link in seen:
                continue
            if link in failed and not self.retry:
                skipped += 1
                continue
            added, errors = len(self.outcome.added), len(self.outcome.errors)
            if self.add_url(link) is not None:  # added, or already there: either way, seen
                seen.append(link)
                failed.pop(link, None)
                new += len(self.outcome.added) - added
            elif not self.refused:  # a refusal depends on --allow-private, not on the item: tried again
                failed[link] = self.outcome.errors[-1] if len(self.outcome.errors) > errors else "failed"
        if failed:
            record["failed"] = dict(sorted(failed.items()))
        later = f", {skipped} failed before (not retried; use --retry)" if skipped else ""
        self.echo(f"feed {url}: {len(feed.entries)} items, {new} new{later}")

    def close(self, stopped: bool = False) -> None:
        """Save the index; a failure is one more line, unless the run already stopped on that fault
        (the files are in ``seeds/`` either way, and adding them again records them)."""
        try:
            save_index(self.seeds, self.index)
        except BriefingsError as exc:
            if not stopped:
                self._fail(str(exc))


def add(settings: Settings, sources: list[str], feeds: list[str], echo: Callable[[str], None] = print,
        timeout: float = TIMEOUT, allow_private: bool = False, policy: Policy | None = None,
        retry: bool = False) -> Outcome:
    """Add every URL/file and every feed's new items to ``seeds/`` (no briefings yet).

    Fetches connect to public addresses only, unless ``allow_private``; ``policy`` replaces
    either choice (tests allow exactly their own loopback server with it). ``retry``: feed items
    that failed before are tried again.
    """
    if policy is None:
        policy = netpolicy.any_address if allow_private else netpolicy.public_only
    from .store import lock

    guard = lock(settings.seeds, settings.relative(settings.seeds))  # seeds/.lock: one `add` at a time updates the index
    try:
        unwritable = guard.__enter__()
    except BriefingsError:
        raise BriefingsError(f"{settings.seeds}: another 'briefings add' is running (lock .lock)") from None
    try:
        if unwritable is not None:  # nothing can be added: one line, before any download
            echo(f"error: {unwritable}")
            return Outcome(errors=[str(unwritable)])
        adder = Adder(settings, echo, timeout, policy, retry=retry)
        stopped = False
        try:
            for source in sources:
                if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
                    adder.add_url(source)
                else:
                    adder.add_file(source)
            for feed in feeds:
                adder.add_feed(feed)
        except Stopped as exc:  # seeds/ is full or read-only: one line, keep what was added
            adder._fail(f"{exc}; stopped")
            stopped = True
        finally:
            adder.close(stopped)
    finally:
        guard.__exit__(None, None, None)
    return adder.outcome
