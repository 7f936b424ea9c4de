"""Every generated page of the site, as (path, content), from the briefings as people edited them.

This module knows nothing about MkDocs: the plugin hands these pages to MkDocs in memory, and
``briefings site --out DIR`` (:mod:`.export`) writes the same pages to a folder any builder
reading ``mkdocs.yml`` can build (Zensical included). The page model, escaping and URLs are in
:mod:`.markup`, the JSON data and the feed in :mod:`.data`, who is who in :mod:`generator.identity`.

Article text is untrusted: everything taken from an article goes through :func:`esc` (or
:func:`h` inside raw HTML blocks), so it is shown as text and never becomes markup.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from ..briefing import one_line
from ..identity import Actors, GlobalActor
from ..library import Entry
from ..model import Briefing
from ..store import slugify
from .data import as_json, feed
from .markup import Doc, Page, esc, external_link, h, paragraph_number, plural, quote_block, ul

THEME_DIR = Path(__file__).with_name("theme")  # template overrides: Open Graph tags, a useful 404
HOME_LIMIT = 50
# Section names people expect; the site reuses them.
SECTION_SUMMARY, SECTION_ACTORS, SECTION_QUOTES, SECTION_SAID, SECTION_QUESTIONS = (
    "Summary", "Key actors", "Quotes", "Also said", "Open questions")
SRC_TITLE = "Open in the source article"
#: How the source page labels the paragraphs that are not read as the story (see ``Paragraph.kind``).
KIND_LABELS = {"dek": "standfirst", "byline": "byline", "meta": "metadata", "dateline": "dateline",
               "boilerplate": "not the story", "caption": "caption", "widget": "page widget",
               "capitals": "in capitals"}


# --- helpers ----------------------------------------------------------------------------------


def sort_key(e: Entry) -> tuple:
    """Newest first; undated briefings last, then by title."""
    return (0 if e.briefing.published else 1, "" if not e.briefing.published else _neg(e.briefing.published),
            e.briefing.title.lower(), e.briefing.slug)


def _neg(date: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


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


def source_link(doc: Doc, e: Entry, start: int, end: int | None = None, label: str | None = None) -> str:
    """A link to an item's exact span on the source page, else to its paragraph."""
    if e.article is None:
        return ""
    n = paragraph_number(e.article, start)
    anchor = f"#c{start}-{end}" if (start, end) in cited_spans(e) else f"#p{n}" if n else ""
    text = label or (f"¶{n}" if n else "source")
    return " " + doc.link(f"sources/{e.briefing.slug}.md{anchor}", h(text), class_="bf-src", title=SRC_TITLE)


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


def actor_link(doc: Doc, actors: Actors, name: str | None, b: Briefing) -> str:
    g = actors.lookup(name, b)
    if g is None:
        return h(name) if name else "<em>unattributed</em>"
    return doc.link(f"actors/{g.id}.md", h(name))


def topic_link(doc: Doc, topic: str) -> str:
    return doc.link(f"topics/{slugify(topic)}.md", h(topic))


def byline(doc: Doc, b: Briefing) -> str:
    parts = []
    if b.published:
        parts.append(f"Published {h(b.published)}")
    if b.authors:
        parts.append("By " + ", ".join(h(a) for a in b.authors))
    if b.publisher:
        parts.append(h(b.publisher))
    if b.categories:
        parts.append("Topics: " + ", ".join(topic_link(doc, c) for c in b.categories))
    return " · ".join(parts)


def dates_line(e: Entry) -> str:
    parts = []
    if e.briefing.generated:
        parts.append(f"Generated {h(e.briefing.generated)}")
    if e.edited:
        parts.append(f"edited by hand {h(e.edited_on)}" if e.edited_on else "edited by hand")
    return " · ".join(parts)


# --- pages --------------------------------------------------------------------------------------


def provenance(e: Entry) -> str:
    """One honest sentence: generated from what, when; quotes checked; edited by hand or not."""
    b = e.briefing
    made = f"generated by {h(b.generator or 'briefings')} from the source article"
    if b.generated:
        made += f" on {h(b.generated)}"
    if e.article is None:
        checked = "its quotes could not be checked (the source is unavailable)"
    else:
        flat = one_line(e.article.text)
        missing = sum(1 for q in b.quotes if one_line(q.text) not in flat)
        n = len(b.quotes)
        checked = (f"all {n} quotes checked verbatim against it" if n and not missing else
                   "no direct quotes" if not n else f"{missing} of {n} quotes NOT found verbatim in it")
    edited = f"edited by hand since (last on {h(e.edited_on)})" if e.edited and e.edited_on else \
        "edited by hand since" if e.edited else "not edited by hand"
    return f"{made}; {checked}; {edited}."


def hand_written(doc: Doc, b: Briefing, section: str) -> None:
    """The lines an editor wrote into ``section`` that are not items: the editor's own Markdown, as notes are."""
    lines = b.extras.get(section)
    if lines:
        doc.md("\n".join(lines))


def briefing_page(e: Entry, actors: Actors, directory_urls: bool = True) -> Page:
    b = e.briefing
    doc = Doc(f"briefings/{b.slug}.md", {
        "title": h(b.title), "description": h(b.standfirst or b.dek or ""),
        "tags": [h(c) for c in b.categories], "og_type": "article", "published": h(b.published or "")},
        directory_urls)
    doc.md(f"# {esc(b.title)}")
    if b.dek:
        doc.html(f'<blockquote class="bf-dek"><p>{h(b.dek)}</p></blockquote>')
    if byline(doc, b):
        doc.html(f'<p class="bf-byline">{byline(doc, b)}</p>')
    if dates_line(e):
        doc.html(f'<p class="bf-dates"><em>{dates_line(e)}</em></p>')
    hand_written(doc, b, "")
    doc.md(f"## {SECTION_SUMMARY}")
    for s in b.summary:
        doc.html(f"<p>{h(s.text)}{source_link(doc, e, s.start, s.end)}</p>")
    if not b.summary:
        doc.html("<p><em>No summary.</em></p>")
    hand_written(doc, b, SECTION_SUMMARY)
    doc.md(f"## {SECTION_ACTORS}")
    items = []
    for a in b.actors:
        item = f"{actor_link(doc, actors, a.name, b)} ({h(a.type)})"
        if a.role:
            item += f" — {h(a.role)}"
        if a.mentions:
            item += f" · {plural(a.mentions, 'mention')}"
        items.append(item)
    doc.html(ul(items, "bf-actors") if items else "<p><em>No key actors.</em></p>")
    hand_written(doc, b, SECTION_ACTORS)
    doc.md(f"## {SECTION_QUOTES}")
    for q in b.quotes:
        cue = f", {h(q.cue)}" if q.cue else ""
        doc.html(quote_block(q.text, f"{actor_link(doc, actors, q.speaker, b)}{cue}{source_link(doc, e, q.start, q.end)}"))
    if not b.quotes:
        doc.html("<p><em>No direct quotes.</em></p>")
    hand_written(doc, b, SECTION_QUOTES)
    if b.reported or b.extras.get(SECTION_SAID):
        doc.md(f"## {SECTION_SAID}")
        if b.reported:
            doc.html(ul([f"{actor_link(doc, actors, r.speaker, b)}{f' ({h(r.cue)})' if r.cue else ''}: {h(r.text)}"
                         f"{source_link(doc, e, r.start, r.end)}" for r in b.reported], "bf-said"))
        hand_written(doc, b, SECTION_SAID)
    doc.md(f"## {SECTION_QUESTIONS}")
    doc.html(ul([f"{h(q.text)}{source_link(doc, e, q.start, q.end, 'based on')}" for q in b.questions], "bf-questions")
             if b.questions else "<p><em>No open questions.</em></p>")
    hand_written(doc, b, SECTION_QUESTIONS)
    if b.notes:
        doc.md(b.notes)  # hand-written sections: the editor's own Markdown
    doc.md("## Source")
    items = []
    if e.article is not None:
        items.append(doc.link(f"sources/{b.slug}.md", "Read the source article"))
    elif e.source_error:
        items.append(f"Source unavailable: <code>{h(b.source)}</code>")
    if b.url:
        items.append(f"Original: {external_link(b.url)}")
    items.append(f"File: <code>{h(b.source)}</code>")
    items.append(f"How this briefing was made: {provenance(e)}")
    doc.html(ul(items, "bf-source"))
    hand_written(doc, b, "Source")
    return doc.page()


def source_page(e: Entry, directory_urls: bool = True) -> Page:
    b, a = e.briefing, e.article
    doc = Doc(f"sources/{b.slug}.md", {"title": h(f"Source: {b.title}"), "search": {"exclude": True}},
              directory_urls)
    doc.md(f"# Source: {esc(b.title)}")
    doc.html(f'<p class="bf-back">{doc.link(f"briefings/{b.slug}.md", "Back to the briefing")}</p>')
    if byline(doc, b):
        doc.html(f'<p class="bf-byline">{byline(doc, b)}</p>')
    if b.url:
        doc.html(f"<p>Original: {external_link(b.url)}</p>")
    if a is None:
        doc.html(f"<p><em>The source file <code>{h(b.source)}</code> is not available.</em></p>")
        return doc.page()
    spans = cited_spans(e)
    for p in a.paragraphs:
        body = source_html(a.text, p.start, p.end, spans)
        if p.number:
            cls = "bf-heading" if p.kind == "heading" else "bf-para"
            doc.html(f'<p class="{cls}" id="p{p.number}"><a class="bf-pilcrow" href="#p{p.number}">¶{p.number}</a> {body}</p>')
        elif p.kind != "title":  # the rest of the file, marked as not read as the story
            label = KIND_LABELS.get(p.kind, p.kind)
            doc.html(f'<p class="bf-nonprose bf-kind-{h(p.kind)}"><span class="bf-label">{h(label)}</span> {body}</p>')
    return doc.page()


def listing(doc: Doc, entries: Iterable[Entry]) -> str:
    items = []
    for e in entries:
        b = e.briefing
        date = f"{h(b.published)} · " if b.published else ""
        topics = (" · " + ", ".join(topic_link(doc, c) for c in b.categories)) if b.categories else ""
        item = f"{date}<strong>{doc.link(f'briefings/{b.slug}.md', h(b.title))}</strong>{topics}"
        if b.standfirst or b.dek:
            item += f"<br>{h(b.standfirst or b.dek)}"
        items.append(item)
    return ul(items, "bf-listing")


def home_page(entries: list[Entry], directory_urls: bool = True) -> Page:
    doc = Doc("index.md", {"title": "Latest briefings"}, directory_urls)
    doc.md("# Latest briefings")
    if not entries:
        doc.html("<p><em>No briefings yet: add articles to <code>seeds/</code> and run "
                 "<code>briefings generate</code>.</em></p>")
    else:
        doc.html(listing(doc, entries[:HOME_LIMIT]))
    if len(entries) > HOME_LIMIT:
        doc.html(f"<p>{doc.link('timeline.md', f'All {len(entries)} briefings in the timeline')}</p>")
    doc.html("<p>" + " · ".join([doc.link("actors/index.md", "Actors"), doc.link("topics/index.md", "Topics"),
                                 doc.link("timeline.md", "Timeline"), doc.link("feed.xml", "RSS feed"),
                                 doc.link("briefings.json", "All data as JSON")]) + "</p>")
    return doc.page()


def timeline_page(entries: list[Entry], directory_urls: bool = True) -> Page:
    doc = Doc("timeline.md", {"title": "Timeline"}, directory_urls)
    doc.md("# Timeline")
    months: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        months[e.briefing.published[:7] if e.briefing.published else "Undated"].append(e)
    for month in sorted((m for m in months if m != "Undated"), reverse=True) + (["Undated"] if "Undated" in months else []):
        doc.md(f"## {esc(month)}")
        doc.html(listing(doc, months[month]))
    return doc.page()


def actor_pages(actors: Actors, entries: list[Entry], directory_urls: bool = True) -> list[Page]:
    order = {id(e.briefing): i for i, e in enumerate(entries)}
    entry_of = {id(e.briefing): e for e in entries}
    # Quotes by speaker, newest briefing first.
    quotes: dict[str, list[tuple[Entry, int]]] = defaultdict(list)
    for e in entries:
        for i, q in enumerate(e.briefing.quotes):
            g = actors.lookup(q.speaker, e.briefing)
            if g is not None:
                quotes[g.id].append((e, i))
    pages = []
    by_type: dict[str, list[GlobalActor]] = defaultdict(list)
    for g in actors.all():
        by_type[g.type].append(g)
        doc = Doc(f"actors/{g.id}.md", {"title": h(g.name)}, directory_urls)
        doc.md(f"# {esc(g.name)}")
        facts = [f"<strong>Type:</strong> {h(g.type)}"]
        if g.roles:
            facts.append("<strong>Roles:</strong> " + "; ".join(h(r) for r in g.roles))
        others = sorted(x for x in g.aliases if x != g.name)
        if others:
            facts.append("<strong>Also named:</strong> " + ", ".join(h(x) for x in others))
        doc.html('<p class="bf-facts">' + "<br>".join(facts) + "</p>")
        doc.md("## Briefings")
        items = []
        for b, _a in sorted(g.appearances, key=lambda ba: order.get(id(ba[0]), 0)):
            date = f"{h(b.published)} · " if b.published else ""
            items.append(date + doc.link(f"briefings/{b.slug}.md", h(b.title)))
        doc.html(ul(items, "bf-listing"))
        said = sorted(quotes.get(g.id, []), key=lambda eq: order.get(id(eq[0].briefing), 0))
        if said:
            doc.md("## Quotes")
            for e, i in said:
                q = e.briefing.quotes[i]
                doc.html(quote_block(q.text, "in " + doc.link(f"briefings/{e.briefing.slug}.md", h(e.briefing.title))
                                     + source_link(doc, entry_of[id(e.briefing)], q.start, q.end)))
        pages.append(doc.page())
    index = Doc("actors/index.md", {"title": "Actors"}, directory_urls)
    index.md("# Actors")
    index.html("<p>Everyone the briefings name as a key actor or quote, across all briefings.</p>")
    for kind in sorted(by_type):
        index.md(f"## {esc(kind.capitalize())}s")
        index.html(ul([f"{index.link(f'actors/{g.id}.md', h(g.name))} · {plural(len(g.appearances), 'briefing')}"
                       for g in by_type[kind]], "bf-listing"))
    pages.append(index.page())
    return pages


def topic_pages(entries: list[Entry], directory_urls: bool = True) -> list[Page]:
    topics: dict[str, list[Entry]] = defaultdict(list)
    names: dict[str, str] = {}
    for e in entries:
        for c in e.briefing.categories:
            topics[slugify(c)].append(e)
            names.setdefault(slugify(c), c)
    pages = []
    index = Doc("topics/index.md", {"title": "Topics"}, directory_urls)
    index.md("# Topics")
    for slug in sorted(topics):
        doc = Doc(f"topics/{slug}.md", {"title": h(names[slug])}, directory_urls)
        doc.md(f"# {esc(names[slug])}")
        doc.html(listing(doc, topics[slug]))
        pages.append(doc.page())
    index.html(ul([f"{index.link(f'topics/{slug}.md', h(names[slug]))} · {plural(len(topics[slug]), 'briefing')}"
                   for slug in sorted(topics)], "bf-listing") if topics else "<p><em>No topics yet.</em></p>")
    pages.append(index.page())
    return pages


def build(entries: list[Entry], site_url: str = "", site_name: str = "Briefings",
          home: bool = True, directory_urls: bool = True) -> list[Page]:
    """All generated pages, deterministic: same briefings, same pages, byte for byte.
    ``directory_urls`` follows the site's ``use_directory_urls`` (links are final URLs)."""
    entries = sorted(entries, key=sort_key)
    actors = Actors(e.briefing for e in entries)
    pages = [briefing_page(e, actors, directory_urls) for e in entries]
    pages += [source_page(e, directory_urls) for e in entries]
    pages += actor_pages(actors, entries, directory_urls)
    pages += topic_pages(entries, directory_urls)
    pages.append(timeline_page(entries, directory_urls))
    if home:
        pages.append(home_page(entries, directory_urls))
    pages.append(Page("briefings.json", as_json(entries, actors, directory_urls)))
    pages.append(Page("feed.xml", feed(entries, site_url, site_name, directory_urls)))
    return pages


