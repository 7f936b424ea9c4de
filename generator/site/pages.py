"""Every generated page of the site, as (path, content), from the briefings as people edited them.

This module knows nothing about MkDocs: the plugin hands these pages to MkDocs in memory, and
``briefings site --out DIR`` writes the same pages to a folder any builder reading
``mkdocs.yml`` can build (Zensical included).

Article text is untrusted: everything taken from an article goes through :func:`esc` (or
``html.escape`` inside raw HTML blocks), so it is shown as text and never becomes markup.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Iterable

import yaml

from .. import __version__
from ..briefing import one_line
from ..config import Settings
from ..ids import actor_id
from ..library import Entry, load
from ..model import Actor, Article, Briefing
from ..store import atomic_write, slugify

THEME_DIR = Path(__file__).with_name("theme")  # template overrides: Open Graph tags, a useful 404
MD_INLINE = re.compile(r"([\\`*_{}\[\]])")  # code, emphasis, links and images, attribute lists
MD_BLOCK_START = re.compile(r"^(?:[#+\-]|\d+[.)])")  # heading, list item
HOME_LIMIT = 50
QUOTE_BREAK = "<!-- quote -->"  # keeps consecutive blockquotes apart (Markdown would merge them)
FEED_LIMIT = 50
# Section names people expect; the site reuses them.
SECTION_SUMMARY, SECTION_ACTORS, SECTION_QUOTES, SECTION_SAID, SECTION_QUESTIONS = (
    "Summary", "Key actors", "Quotes", "Also said", "Open questions")


@dataclass
class Page:
    path: str  # relative to the docs root, "/"-separated
    content: str


def esc(text: str | None) -> str:
    """Untrusted text as inert inline Markdown: HTML escaped (``< > &``), the characters that open
    inline markup backslash-escaped, and a leading character that would open a block (a heading,
    a list, a quote) escaped too. Only what is needed: every escape costs Markdown time."""
    out = MD_INLINE.sub(r"\\\1", html.escape(one_line(text or ""), quote=False))
    block = MD_BLOCK_START.match(out)
    if block:
        out = out[:block.end() - 1] + "\\" + out[block.end() - 1:]
    return out


def meta_block(meta: dict) -> str:
    clean = {k: v for k, v in meta.items() if v not in (None, "", [])}
    return "---\n" + yaml.safe_dump(clean, allow_unicode=True, sort_keys=False, width=100000) + "---\n\n"


def safe_meta(text: str) -> str:
    """Text for page metadata. Themes insert titles, descriptions and tags into HTML unescaped
    (into ``<title>``, attributes, the search index), so they are HTML-escaped here."""
    return html.escape(one_line(text), quote=True)


def rel(from_page: str, to: str) -> str:
    """A relative link from one generated page to another (both docs-root paths)."""
    depth = from_page.count("/")
    return "../" * depth + to


# --- actor identity across briefings --------------------------------------------------------


def _norm(name: str) -> str:
    s = name.lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"^(the|mr|mrs|ms|dr|president|prime minister|sen|senator|rep|gov|governor)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class GlobalActor:
    id: str
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    appearances: list[tuple[Briefing, Actor | None]] = field(default_factory=list)
    quotes: list[tuple[Briefing, int]] = field(default_factory=list)  # (briefing, quote index)


class Actors:
    """One identity per real-world actor across briefings.

    Names and aliases that normalise alike are one actor; a person named by surname only
    ("Zelensky") joins the single full name ending with it ("Volodymyr Zelensky").
    """

    def __init__(self, entries: list[Entry]):
        self._parent: dict[str, str] = {}
        self._type: dict[str, str] = {}
        items: list[tuple[Briefing, Actor]] = []
        for e in entries:
            b = e.briefing
            known = {_norm(n) for a in b.actors for n in [a.name, *a.aliases]}
            extra = [Actor(name=q.speaker, type="person") for q in b.quotes
                     if q.speaker and _norm(q.speaker) not in known]
            extra += [Actor(name=r.speaker, type="person") for r in b.reported
                      if r.speaker and _norm(r.speaker) not in known]
            for a in [*b.actors, *extra]:
                if _norm(a.name):
                    items.append((b, a))
        for _b, a in items:
            names = [n for n in (_norm(x) for x in [a.name, *a.aliases]) if n]
            for n in names:
                self._parent.setdefault(n, n)
                self._type.setdefault(n, a.type)
            for n in names[1:]:
                self._union(names[0], n)
        # Surnames: "zelensky" joins "volodymyr zelensky" when exactly one full name ends with it.
        by_surname: dict[str, set[str]] = defaultdict(set)
        for n in self._parent:
            if " " in n and self._type.get(n) == "person":
                by_surname[n.rsplit(" ", 1)[1]].add(n)
        for n in sorted(self._parent):
            if " " not in n and self._type.get(n) == "person":
                matches = {self._find(f) for f in by_surname.get(n, ())}
                if len(matches) == 1:
                    self._union(matches.pop(), n)
        self.by_key: dict[str, GlobalActor] = {}
        groups: dict[str, list[tuple[Briefing, Actor]]] = defaultdict(list)
        for b, a in items:
            groups[self._find(_norm(a.name))].append((b, a))
        used_ids: set[str] = set()
        for root in sorted(groups):
            members = groups[root]
            best = max(members, key=lambda m: (len(m[1].name.split()), m[1].mentions, m[1].name))[1]
            ident = best.id or actor_id(best.name)
            if ident in used_ids:
                ident = f"{ident}-{len(used_ids)}"
            used_ids.add(ident)
            votes = Counter(m[1].type for m in members)
            kind = max(sorted(votes), key=lambda t: votes[t])  # the most common type, ties by name
            g = GlobalActor(id=ident, name=best.name, type=kind)
            for b, a in members:
                if a.role and a.role not in g.roles:
                    g.roles.append(a.role)
                g.aliases.update([a.name, *a.aliases])
                if not any(x is b for x, _ in g.appearances):
                    g.appearances.append((b, a if a in b.actors else None))
            self.by_key[root] = g

    def _find(self, n: str) -> str:
        while self._parent[n] != n:
            self._parent[n] = self._parent[self._parent[n]]
            n = self._parent[n]
        return n

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def lookup(self, name: str | None) -> GlobalActor | None:
        n = _norm(name or "")
        if not n or n not in self._parent:
            return None
        return self.by_key.get(self._find(n))

    def all(self) -> list[GlobalActor]:
        return sorted(self.by_key.values(), key=lambda g: (g.name.lower(), g.id))


# --- helpers ----------------------------------------------------------------------------------


def sort_key(e: Entry) -> tuple:
    """Newest first; undated briefings last, then by title."""
    return (0 if e.briefing.published else 1, "" if not e.briefing.published else _neg(e.briefing.published),
            e.briefing.title.lower(), e.briefing.slug)


def _neg(date: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


def paragraph_number(article: Article | None, offset: int) -> int | None:
    return article.paragraph_number(offset) if article is not None else None


def cited_spans(e: Entry) -> frozenset[tuple[int, int]]:
    """The item spans that get their own anchor (``#c<start>-<end>``) on the source page: each lies
    inside one paragraph, and none overlaps another (quotes first, then questions' sentences,
    summary sentences and reported speech); the rest link to their paragraph."""
    cached = getattr(e, "_cited", None)
    if cached is not None:
        return cached
    if e.article is None:
        return frozenset()
    b, taken = e.briefing, []
    for item in [*b.quotes, *b.questions, *b.summary, *b.reported]:
        start, end = item.start, item.end
        p = e.article.paragraph_at(start)
        if p is None or end is None or end > p.end or end <= start:
            continue
        if all(end <= a or start >= z for a, z in taken):
            taken.append((start, end))
    e._cited = frozenset(taken)  # type: ignore[attr-defined]  # once per entry per build
    return e._cited  # type: ignore[attr-defined]


def source_link(page: str, e: Entry, start: int, end: int | None = None, label: str | None = None) -> str:
    """A link to an item's exact span on the source page, else to its paragraph."""
    if e.article is None:
        return ""
    n = paragraph_number(e.article, start)
    anchor = f"#c{start}-{end}" if (start, end) in cited_spans(e) else f"#p{n}" if n else ""
    target = rel(page, f"sources/{e.briefing.slug}.md") + anchor
    return f"[{label or (f'¶{n}' if n else 'source')}]({target}){{ .bf-src title=\"Open in the source article\" }}"


def source_html(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> str:
    """``text[start:end]`` as escaped HTML, line breaks kept, cited spans wrapped in anchors."""
    def piece(a: int, b: int) -> str:
        return "<br>".join(html.escape(x, quote=False) for x in text[a:b].replace("\r", "").split("\n"))

    out, pos = [], start
    for a, b in sorted(x for x in spans if start <= x[0] and x[1] <= end):
        out += [piece(pos, a), f'<span class="bf-cite" id="c{a}-{b}">', piece(a, b), "</span>"]
        pos = b
    out.append(piece(pos, end))
    return "".join(out)


def actor_link(page: str, actors: Actors, name: str | None) -> str:
    g = actors.lookup(name)
    if g is None:
        return esc(name) if name else "_unattributed_"
    return f"[{esc(name)}]({rel(page, f'actors/{g.id}.md')})"


def topic_link(page: str, topic: str) -> str:
    return f"[{esc(topic)}]({rel(page, f'topics/{slugify(topic)}.md')})"


def external_link(url: str) -> str:
    """A link to the original article: only plain http(s) URLs become links; anything else is text."""
    if re.fullmatch(r"https?://[^\s<>\"'`\\]+", url):
        return f"<{html.escape(url)}>"
    return esc(url)


def byline(page: str, b: Briefing) -> str:
    parts = []
    if b.published:
        parts.append(f"Published {esc(b.published)}")
    if b.authors:
        parts.append("By " + ", ".join(esc(a) for a in b.authors))
    if b.publisher:
        parts.append(esc(b.publisher))
    if b.categories:
        parts.append("Topics: " + ", ".join(topic_link(page, c) for c in b.categories))
    return " · ".join(parts)


def dates_line(e: Entry) -> str:
    parts = []
    if e.briefing.generated:
        parts.append(f"Generated {esc(e.briefing.generated)}")
    if e.edited:
        parts.append(f"edited by hand {esc(e.edited_on)}" if e.edited_on else "edited by hand")
    return " · ".join(parts)


# --- pages --------------------------------------------------------------------------------------


def provenance(e: Entry) -> str:
    """One honest sentence: generated from what, when; quotes checked; edited by hand or not."""
    b = e.briefing
    made = f"generated by {esc(b.generator or 'briefings')} from the source article"
    if b.generated:
        made += f" on {esc(b.generated)}"
    if e.article is None:
        checked = "its quotes could not be checked (the source is unavailable)"
    else:
        flat = one_line(e.article.text)
        missing = sum(1 for q in b.quotes if one_line(q.text) not in flat)
        n = len(b.quotes)
        checked = (f"all {n} quotes checked verbatim against it" if n and not missing else
                   "no direct quotes" if not n else f"{missing} of {n} quotes NOT found verbatim in it")
    edited = f"edited by hand since (last on {esc(e.edited_on)})" if e.edited and e.edited_on else \
        "edited by hand since" if e.edited else "not edited by hand"
    return f"{made}; {checked}; {edited}."


def briefing_page(e: Entry, actors: Actors) -> Page:
    b = e.briefing
    page = f"briefings/{b.slug}.md"
    out = [meta_block({"title": safe_meta(b.title), "description": safe_meta(b.standfirst or b.dek or ""),
                       "tags": [safe_meta(c) for c in b.categories], "og_type": "article",
                       "published": safe_meta(b.published or "")}), f"# {esc(b.title)}", ""]
    if b.dek:
        out += [f"> {esc(b.dek)}", ""]
    line = byline(page, b)
    if line:
        out += [line, ""]
    if dates_line(e):
        out += [f"_{dates_line(e)}_", ""]
    out += [f"## {SECTION_SUMMARY}", ""]
    out += [f"{esc(s.text)} {source_link(page, e, s.start, s.end)}".rstrip() + "\n" for s in b.summary] or ["_No summary._", ""]
    out += [f"## {SECTION_ACTORS}", ""]
    for a in b.actors:
        item = f"- {actor_link(page, actors, a.name)} ({esc(a.type)})"
        if a.role:
            item += f" — {esc(a.role)}"
        if a.mentions:
            item += f" · {a.mentions} mention{'s' if a.mentions != 1 else ''}"
        out.append(item)
    out += (["_No key actors._"] if not b.actors else []) + ["", f"## {SECTION_QUOTES}", ""]
    for q in b.quotes:
        cue = f", {esc(q.cue)}" if q.cue else ""
        out += [f"> “{esc(q.text)}”", ">", f"> — {actor_link(page, actors, q.speaker)}{cue} {source_link(page, e, q.start, q.end)}".rstrip(),
                "", QUOTE_BREAK, ""]
    if not b.quotes:
        out += ["_No direct quotes._", ""]
    if b.reported:
        out += [f"## {SECTION_SAID}", ""]
        for r in b.reported:
            cue = f" ({esc(r.cue)})" if r.cue else ""
            out.append(f"- {actor_link(page, actors, r.speaker)}{cue}: {esc(r.text)} {source_link(page, e, r.start, r.end)}".rstrip())
        out.append("")
    out += [f"## {SECTION_QUESTIONS}", ""]
    out += [f"- {esc(q.text)} {source_link(page, e, q.start, q.end, 'based on')}".rstrip() for q in b.questions] or ["_No open questions._"]
    out.append("")
    if b.notes:
        out += [b.notes, ""]  # hand-written sections: the editor's own Markdown
    out += ["## Source", ""]
    if e.article is not None:
        out.append(f"- [Read the source article]({rel(page, f'sources/{b.slug}.md')})")
    elif e.source_error:
        out.append(f"- Source unavailable: `{esc(b.source)}`")
    if b.url:
        out.append(f"- Original: {external_link(b.url)}")
    out.append(f"- File: `{b.source.replace('`', '')}`")
    out.append(f"- How this briefing was made: {provenance(e)}")
    out.append("")
    return Page(page, "\n".join(out))


def source_page(e: Entry) -> Page:
    b, a = e.briefing, e.article
    page = f"sources/{b.slug}.md"
    out = [meta_block({"title": safe_meta(f"Source: {b.title}"), "search": {"exclude": True}}),
           f"# Source: {esc(b.title)}", "", f"[Back to the briefing]({rel(page, f'briefings/{b.slug}.md')})", ""]
    line = byline(page, b)
    if line:
        out += [line, ""]
    if b.url:
        out += [f"Original: {external_link(b.url)}", ""]
    if a is None:
        out += [f"_The source file `{b.source.replace('`', '')}` is not available._", ""]
        return Page(page, "\n".join(out))
    spans = cited_spans(e)
    for p in a.paragraphs:
        if not p.number:
            continue
        body = source_html(a.text, p.start, p.end, spans)
        cls = "bf-heading" if p.kind == "heading" else "bf-para"
        out += [f'<p class="{cls}" id="p{p.number}"><a class="bf-pilcrow" href="#p{p.number}">¶{p.number}</a> {body}</p>', ""]
    return Page(page, "\n".join(out))


def listing(page: str, entries: Iterable[Entry]) -> list[str]:
    out = []
    for e in entries:
        b = e.briefing
        date = f"{esc(b.published)} · " if b.published else ""
        topics = (" · " + ", ".join(topic_link(page, c) for c in b.categories)) if b.categories else ""
        out.append(f"- {date}**[{esc(b.title)}]({rel(page, f'briefings/{b.slug}.md')})**{topics}  ")
        if b.standfirst or b.dek:
            out.append(f"  {esc(b.standfirst or b.dek)}")
    return out


def home_page(entries: list[Entry]) -> Page:
    out = [meta_block({"title": "Latest briefings"}), "# Latest briefings", ""]
    if not entries:
        out += ["_No briefings yet: add articles to `seeds/` and run `briefings generate`._", ""]
    out += listing("index.md", entries[:HOME_LIMIT])
    if len(entries) > HOME_LIMIT:
        out += ["", f"[All {len(entries)} briefings in the timeline](timeline.md)"]
    out += ["", "[Actors](actors/index.md) · [Topics](topics/index.md) · [Timeline](timeline.md) · "
            "[RSS feed](feed.xml) · [All data as JSON](briefings.json)", ""]
    return Page("index.md", "\n".join(out))


def timeline_page(entries: list[Entry]) -> Page:
    out = [meta_block({"title": "Timeline"}), "# Timeline", ""]
    months: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        months[e.briefing.published[:7] if e.briefing.published else "Undated"].append(e)
    for month in sorted((m for m in months if m != "Undated"), reverse=True) + (["Undated"] if "Undated" in months else []):
        out += [f"## {esc(month)}", ""] + listing("timeline.md", months[month]) + [""]
    return Page("timeline.md", "\n".join(out))


def actor_pages(actors: Actors, entries: list[Entry]) -> list[Page]:
    order = {id(e.briefing): i for i, e in enumerate(entries)}
    entry_of = {id(e.briefing): e for e in entries}
    # Quotes by speaker, newest briefing first.
    quotes: dict[str, list[tuple[Entry, int]]] = defaultdict(list)
    for e in entries:
        for i, q in enumerate(e.briefing.quotes):
            g = actors.lookup(q.speaker)
            if g is not None:
                quotes[g.id].append((e, i))
    pages, index = [], [meta_block({"title": "Actors"}), "# Actors", "",
                        "Everyone the briefings name as a key actor or quote, across all briefings.", ""]
    by_type: dict[str, list[GlobalActor]] = defaultdict(list)
    for g in actors.all():
        by_type[g.type].append(g)
        page = f"actors/{g.id}.md"
        out = [meta_block({"title": safe_meta(g.name)}), f"# {esc(g.name)}", "", f"**Type:** {esc(g.type)}", ""]
        if g.roles:
            out += ["**Roles:** " + "; ".join(esc(r) for r in g.roles), ""]
        others = sorted(x for x in g.aliases if x != g.name)
        if others:
            out += ["**Also named:** " + ", ".join(esc(x) for x in others), ""]
        out += ["## Briefings", ""]
        for b, _a in sorted(g.appearances, key=lambda ba: order.get(id(ba[0]), 0)):
            date = f"{esc(b.published)} · " if b.published else ""
            out.append(f"- {date}[{esc(b.title)}]({rel(page, f'briefings/{b.slug}.md')})")
        said = sorted(quotes.get(g.id, []), key=lambda eq: order.get(id(eq[0].briefing), 0))
        if said:
            out += ["", "## Quotes", ""]
            for e, i in said:
                q = e.briefing.quotes[i]
                out += [f"> “{esc(q.text)}”", ">",
                        f"> — in [{esc(e.briefing.title)}]({rel(page, f'briefings/{e.briefing.slug}.md')}) "
                        f"{source_link(page, entry_of[id(e.briefing)], q.start, q.end)}".rstrip(), "", QUOTE_BREAK, ""]
        out.append("")
        pages.append(Page(page, "\n".join(out)))
    for kind in sorted(by_type):
        index += [f"## {esc(kind.capitalize())}s", ""]
        index += [f"- [{esc(g.name)}]({g.id}.md) · {len(g.appearances)} briefing{'s' if len(g.appearances) != 1 else ''}"
                  for g in by_type[kind]] + [""]
    pages.append(Page("actors/index.md", "\n".join(index)))
    return pages


def topic_pages(entries: list[Entry]) -> list[Page]:
    topics: dict[str, list[Entry]] = defaultdict(list)
    names: dict[str, str] = {}
    for e in entries:
        for c in e.briefing.categories:
            topics[slugify(c)].append(e)
            names.setdefault(slugify(c), c)
    pages, index = [], [meta_block({"title": "Topics"}), "# Topics", ""]
    for slug in sorted(topics):
        page = f"topics/{slug}.md"
        pages.append(Page(page, "\n".join([meta_block({"title": safe_meta(names[slug])}), f"# {esc(names[slug])}", ""]
                                          + listing(page, topics[slug]) + [""])))
        index.append(f"- [{esc(names[slug])}]({slug}.md) · {len(topics[slug])} briefing{'s' if len(topics[slug]) != 1 else ''}")
    if not topics:
        index.append("_No topics yet._")
    pages.append(Page("topics/index.md", "\n".join(index + [""])))
    return pages


def as_json(entries: list[Entry], actors: Actors) -> str:
    """``briefings.json``: all structured briefing data (schema in docs/data.md)."""
    items = []
    for e in entries:
        b = e.briefing
        aid = lambda name: (actors.lookup(name).id if actors.lookup(name) else None)  # noqa: E731
        items.append({
            "slug": b.slug, "title": b.title, "dek": b.dek, "standfirst": b.standfirst or None,
            "published": b.published, "authors": b.authors, "categories": b.categories, "url": b.url,
            "publisher": b.publisher, "source": b.source, "source_sha256": b.source_sha256,
            "generator": b.generator, "edited": e.edited, "page": f"briefings/{b.slug}/",
            "source_page": f"sources/{b.slug}/" if e.article else None,
            "summary": [{"text": s.text, "start": s.start, "end": s.end, "paragraph": paragraph_number(e.article, s.start)}
                        for s in b.summary],
            "actors": [{"id": aid(a.name), "name": a.name, "type": a.type, "role": a.role, "aliases": a.aliases,
                        "mentions": a.mentions} for a in b.actors],
            "quotes": [{"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "speaker_id": aid(q.speaker),
                        "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue,
                        "paragraph": paragraph_number(e.article, q.start)} for q in b.quotes],
            "also_said": [{"text": r.text, "start": r.start, "end": r.end, "speaker": r.speaker, "speaker_id": aid(r.speaker),
                           "cue": r.cue, "paragraph": paragraph_number(e.article, r.start)} for r in b.reported],
            "questions": [{"text": q.text, "start": q.start, "end": q.end, "paragraph": paragraph_number(e.article, q.start)}
                          for q in b.questions],
        })
    return json.dumps({"schema": "briefings/1", "generator": f"briefings {__version__}", "briefings": items},
                      ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def feed(entries: list[Entry], site_url: str, site_name: str) -> str:
    """An RSS 2.0 feed of the newest briefings (absolute links when ``site_url`` is set)."""
    from xml.sax.saxutils import escape

    base = site_url.rstrip("/") + "/" if site_url else ""
    items = []
    for e in entries[:FEED_LIMIT]:
        b = e.briefing
        link = f"{base}briefings/{b.slug}/"
        pub = ""
        if b.published:
            try:
                when = dt.datetime.strptime(b.published, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)
                pub = f"<pubDate>{format_datetime(when)}</pubDate>"
            except ValueError:
                pass
        desc = " ".join(s.text for s in b.summary) or b.standfirst or ""
        cats = "".join(f"<category>{escape(one_line(c))}</category>" for c in b.categories)
        items.append(f"<item><title>{escape(one_line(b.title))}</title><link>{escape(link)}</link>"
                     f"<guid isPermaLink=\"false\">{escape(b.slug)}-{escape(b.source_sha256[:12])}</guid>"
                     f"{pub}<description>{escape(one_line(desc))}</description>{cats}</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(site_name)}</title><link>{escape(base or './')}</link>"
            f"<description>{escape(site_name)}: the latest briefings</description>"
            f"<generator>briefings {__version__}</generator>" + "".join(items) + "</channel></rss>\n")


def build(entries: list[Entry], site_url: str = "", site_name: str = "Briefings",
          home: bool = True) -> list[Page]:
    """All generated pages, deterministic: same briefings, same pages, byte for byte."""
    entries = sorted(entries, key=sort_key)
    actors = Actors(entries)
    pages = [briefing_page(e, actors) for e in entries]
    pages += [source_page(e) for e in entries]
    pages += actor_pages(actors, entries)
    pages += topic_pages(entries)
    pages.append(timeline_page(entries))
    if home:
        pages.append(home_page(entries))
    pages.append(Page("briefings.json", as_json(entries, actors)))
    pages.append(Page("feed.xml", feed(entries, site_url, site_name)))
    return pages


def export(settings: Settings, out: Path) -> tuple[int, list[str]]:
    """Write a buildable copy: ``out/docs`` (hand-written docs + generated pages) and ``out/mkdocs.yml``
    without our plugin, for any builder that reads ``mkdocs.yml`` (mkdocs, zensical)."""
    entries, errors = load(settings)
    cfg_path = settings.root / "mkdocs.yml"
    cfg = yaml.safe_load(cfg_path.read_text(encoding="utf-8")) if cfg_path.exists() else {"site_name": "Briefings"}
    docs_src = settings.root / str(cfg.get("docs_dir", "docs"))
    docs_out = out / "docs"
    for folder in (docs_out, out / "overrides"):
        if folder.exists():
            shutil.rmtree(folder)
    if docs_src.is_dir():
        shutil.copytree(docs_src, docs_out)
    shutil.copytree(THEME_DIR, out / "overrides")
    if isinstance(cfg.get("theme"), dict):
        cfg["theme"]["custom_dir"] = "overrides"
    pages = build(entries, cfg.get("site_url") or "", cfg.get("site_name") or "Briefings",
                  home=not (docs_src / "index.md").exists())
    for page in pages:
        atomic_write(docs_out / page.path, page.content)
    cfg["docs_dir"] = "docs"
    cfg["plugins"] = [p for p in cfg.get("plugins", []) if not (p == "briefings" or (isinstance(p, dict) and "briefings" in p))]
    cfg.pop("watch", None)
    atomic_write(out / "mkdocs.yml", yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False))
    return len(pages), errors
