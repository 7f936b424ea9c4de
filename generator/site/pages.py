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
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from ..briefing import one_line
from ..identity import Actors, GlobalActor
from ..library import Entry
from ..model import Briefing
from ..store import slugify
from .data import as_json, feed
from .markup import Doc, Page, esc, external_link, h, paragraph_number, plural, quote_block, ul

THEME_DIR = Path(__file__).with_name("theme")  # template overrides: Open Graph tags, a useful 404, search
PAGEFIND_DIR = "pagefind"  # where Pagefind writes its index and UI, in the built site
HOME_LATEST = 10  # cards in the front page's "Latest" block
HOME_SECTION = 4  # cards in each section's block on the front page
RELATED_LIMIT = 5  # related briefings under a briefing
PARTNERS_LIMIT = 10  # "Appears most with" on an actor page
MOST_COVERED = 30  # the actors index leads with at most this many actors named in two briefings or more
#: An actor gets a page when named in this many briefings. A page for an actor of one briefing
#: would repeat that briefing (its role, its quotes, the others it names) and costs as much as a
#: small briefing: three in four actors are such, so their pages were most of the site's size.
ACTOR_PAGE_MIN = 2
SEARCH_EXCLUDE = "data-pagefind-ignore"  # Pagefind leaves an element with this attribute out of the index
NO_SEARCH = {"exclude": True}  # listing pages: not search results (the briefings they list are); see theme/main.html
#: Pagefind weighs words in an h1 7 times a word in the text, and favours short pages: an actor
#: page (short, the name as its heading) weighs a tenth, heading and text, so the briefings that
#: name the actor come first (theme/main.html reads ``search.weight``).
ACTOR_SEARCH = {"weight": 0.1}
ACTOR_HEADING_WEIGHT = ' {: data-pagefind-weight="0.1" }'
# Section names people expect; the site reuses them.
SECTION_SUMMARY, SECTION_ACTORS, SECTION_QUOTES, SECTION_SAID, SECTION_QUESTIONS = (
    "Summary", "Key actors", "Quotes", "Also said", "Open questions")
SRC_TITLE = "Open in the source article"
#: How the source page labels the paragraphs that are not read as the story (see ``Paragraph.kind``).
KIND_LABELS = {"dek": "standfirst", "byline": "byline", "meta": "metadata", "dateline": "dateline",
               "boilerplate": "not the story", "caption": "caption", "widget": "page widget",
               "capitals": "in capitals", "comment": "readers' comment"}


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
    name = f"source paragraph {n}" if n else "the source article"
    if label:
        name = f"{label}: {name}"
    # A screen reader reads the name ("source paragraph 9"), not "pilcrow 9"; search leaves it out.
    return " " + doc.link(f"sources/{e.briefing.slug}.md{anchor}", h(text), class_="bf-src", title=SRC_TITLE,
                          aria_label=name, data_pagefind_ignore="")


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


def has_page(g: GlobalActor) -> bool:
    """Whether an actor has a page of its own (named in ACTOR_PAGE_MIN briefings or more)."""
    return len(g.appearances) >= ACTOR_PAGE_MIN


def actor_link(doc: Doc, actors: Actors, name: str | None, b: Briefing) -> str:
    g = actors.lookup(name, b)
    if g is None or not has_page(g):
        return h(name) if name else "<em>unattributed</em>"
    return doc.link(f"actors/{g.id}.md", h(name))


def actor_name_link(doc: Doc, g: GlobalActor) -> str:
    """An actor's name, linked to its page when it has one."""
    return doc.link(f"actors/{g.id}.md", h(g.name)) if has_page(g) else h(g.name)


def topic_link(doc: Doc, topic: str) -> str:
    return doc.link(f"topics/{slugify(topic)}.md", h(topic))


def section_name(b: Briefing) -> str:
    """The section as readers see it: as the source states it, or the classifier's label capitalised."""
    s = b.section or "other"
    return s[:1].upper() + s[1:] if s == s.lower() else s


def section_slug(b: Briefing) -> str:
    return slugify(b.section or "other") or "other"


def section_link(doc: Doc, b: Briefing) -> str:
    return doc.link(f"sections/{section_slug(b)}.md", h(section_name(b)), class_="bf-section")


def byline(doc: Doc, b: Briefing) -> str:
    """One line: date, publisher, section, authors, topics (each only when known)."""
    parts = []
    if b.published:
        parts.append(f'<time datetime="{h(b.published)}">{h(b.published)}</time>')
    if b.publisher:
        parts.append(h(b.publisher))
    parts.append(section_link(doc, b))
    if b.authors:
        parts.append("By " + ", ".join(h(a) for a in b.authors))
    topics = [c for c in b.categories if slugify(c) != section_slug(b)]
    if topics:
        parts.append("Topics: " + ", ".join(topic_link(doc, c) for c in topics))
    return " · ".join(parts)


def dates_line(e: Entry) -> str:
    parts = []
    if e.briefing.generated:
        parts.append(f"Generated {h(e.briefing.generated)}")
    if e.edited:
        parts.append(f"edited by hand {h(e.edited_on)}" if e.edited_on else "edited by hand")
    return " · ".join(parts)


def first_sentence(b: Briefing) -> str:
    """What a card says about a briefing: its first summary sentence, else its standfirst."""
    return b.summary[0].text if b.summary else (b.standfirst or b.dek or "")


def card(doc: Doc, e: Entry, extra: str = "") -> str:
    """A briefing as a front-page card: date · publisher · section, the title, the first summary
    sentence (and ``extra`` HTML at the end)."""
    b = e.briefing
    meta = [f'<time datetime="{h(b.published)}">{h(b.published)}</time>' if b.published else "Undated"]
    if b.publisher:
        meta.append(h(b.publisher))
    meta.append(section_link(doc, b))
    lead = first_sentence(b)
    return (f'<div class="bf-card"><p class="bf-card-meta">{" · ".join(meta)}</p>'
            f'<p class="bf-card-title">{doc.link(f"briefings/{b.slug}.md", h(b.title))}</p>'
            + (f'<p class="bf-card-lead">{h(lead)}</p>' if lead else "") + extra + "</div>")


def cards(doc: Doc, entries: Iterable[Entry]) -> str:
    return '<div class="bf-cards">' + "".join(card(doc, e) for e in entries) + "</div>"


# --- related briefings ------------------------------------------------------------------------------


def key_actor_ids(actors: Actors, b: Briefing) -> set[str]:
    """The cross-briefing ids of a briefing's key actors."""
    return {g.id for a in b.actors if (g := actors.lookup(a.name, b)) is not None}


def related(entries: list[Entry], actors: Actors) -> dict[int, list[tuple[Entry, list[str], bool]]]:
    """For each briefing (by ``id``), the briefings sharing key actors or its section, best first,
    with the names of the shared actors and whether the section is shared. A shared actor weighs
    more the fewer briefings name it (``log((N + 1) / n)``); a shared section half as much as an
    actor of its size, so two shared actors outweigh one actor and the section."""
    n = len(entries)
    ids = {id(e.briefing): key_actor_ids(actors, e.briefing) for e in entries}
    df = Counter(g for s in ids.values() for g in s)
    sections = Counter(section_slug(e.briefing) for e in entries)
    names = {g.id: g.name for g in actors.all()}
    rank = {id(e.briefing): i for i, e in enumerate(entries)}
    by_actor: dict[str, list[Entry]] = defaultdict(list)
    by_section: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        for g in ids[id(e.briefing)]:
            by_actor[g].append(e)
        by_section[section_slug(e.briefing)].append(e)
    idf = {g: math.log((n + 1) / count) for g, count in df.items()}
    out: dict[int, list[tuple[Entry, list[str], bool]]] = {}
    for e in entries:
        mine, sec = ids[id(e.briefing)], section_slug(e.briefing)
        # Scores added up actor by actor (a dict update per shared actor, not a set intersection
        # per candidate: common actors make the candidates many).
        scores: dict[int, float] = defaultdict(float)
        members: dict[int, Entry] = {}
        for g in sorted(mine):
            w = idf[g]
            for o in by_actor[g]:
                scores[id(o.briefing)] += w
                members[id(o.briefing)] = o
        # A briefing that shares only the section scores the section's weight, the same for all of
        # them, and ties go to the newest: only the newest few can be among the best (scoring the
        # whole section made this quadratic: 48 of 57 s of the pages at 5,000 briefings).
        extra = 0
        for o in by_section[sec]:
            if extra > RELATED_LIMIT:
                break
            if id(o.briefing) not in members:
                members[id(o.briefing)] = o
                extra += 1
        same_weight = 0.5 * math.log((n + 1) / sections[sec])
        scored = []
        for key, o in members.items():
            if o is e:
                continue
            same = section_slug(o.briefing) == sec
            scored.append((-round(scores.get(key, 0.0) + (same_weight if same else 0), 9), rank[key], key, same))
        scored.sort(key=lambda t: (t[0], t[1]))
        out[id(e.briefing)] = [(members[key], sorted((names[g] for g in mine & ids[key]), key=str.lower), same)
                               for _s, _r, key, same in scored[:RELATED_LIMIT]]
    return out


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
        checked = (("its one quote" if n == 1 else f"all {n} quotes") + " checked verbatim against it"
                   if n and not missing else "no direct quotes" if not n else
                   f"{missing} of {plural(n, 'quote')} NOT found verbatim in it")
    edited = f"edited by hand since (last on {h(e.edited_on)})" if e.edited and e.edited_on else \
        "edited by hand since" if e.edited else "not edited by hand"
    return f"{made}; {checked}; {edited}."


def hand_written(doc: Doc, b: Briefing, section: str) -> None:
    """The lines an editor wrote into ``section`` that are not items: the editor's own Markdown, as notes are."""
    lines = b.extras.get(section)
    if lines:
        doc.md("\n".join(lines))



def briefing_page(e: Entry, actors: Actors, related_to: list[tuple[Entry, list[str], bool]] | None = None,
                  directory_urls: bool = True) -> Page:
    """A briefing as a reader opens it: title, one line of date, publisher and section, then the
    summary (the first thing on a phone screen, and what its search entry leads with); key actors,
    quotes, what else was said and open questions (each only when there is something to show),
    related briefings, and where it came from."""
    b = e.briefing
    doc = Doc(f"briefings/{b.slug}.md", {
        "title": h(b.title), "description": h(b.standfirst or b.dek or ""),
        "tags": [h(c) for c in b.categories], "og_type": "article", "published": h(b.published or "")},
        directory_urls)
    doc.md(f"# {esc(b.title)}")
    doc.html(f'<p class="bf-byline" {SEARCH_EXCLUDE}>{byline(doc, b)}</p>')
    hand_written(doc, b, "")
    if b.summary or b.extras.get(SECTION_SUMMARY):
        doc.html(f'<div class="bf-summary"><p class="bf-kicker" {SEARCH_EXCLUDE}>{SECTION_SUMMARY}</p>'
                 + "".join(f"<p>{h(s.text)}{source_link(doc, e, s.start, s.end)}</p>" for s in b.summary) + "</div>")
    hand_written(doc, b, SECTION_SUMMARY)
    if b.dek:
        doc.html(f'<p class="bf-dek"><span class="bf-kicker">Standfirst</span> {h(b.dek)}</p>')

    def section(name: str, body: str | None) -> None:
        """A section with its items, and the editor's own lines in it; nothing when both are empty."""
        if not body and not b.extras.get(name):
            return
        doc.md(f"## {name}")
        if body:
            doc.html(body)
        hand_written(doc, b, name)

    items = []
    for a in b.actors:
        item = f"{actor_link(doc, actors, a.name, b)} ({h(a.type)})"
        if a.role:
            item += f" — {h(a.role)}"
        if a.mentions:
            item += f" · {plural(a.mentions, 'mention')}"
        items.append(item)
    section(SECTION_ACTORS, ul(items, "bf-actors") if items else None)
    section(SECTION_QUOTES, '<div class="bf-quotes">' + "".join(
        quote_block(q.text, f"{actor_link(doc, actors, q.speaker, b)}{f', {h(q.cue)}' if q.cue else ''}"
                            f"{source_link(doc, e, q.start, q.end)}") for q in b.quotes) + "</div>" if b.quotes else None)
    section(SECTION_SAID, ul([f"{actor_link(doc, actors, r.speaker, b)}{f' ({h(r.cue)})' if r.cue else ''}: {h(r.text)}"
                              f"{source_link(doc, e, r.start, r.end)}" for r in b.reported], "bf-said") if b.reported else None)
    section(SECTION_QUESTIONS, ul([f"{h(q.text)}{source_link(doc, e, q.start, q.end, 'based on')}" for q in b.questions],
                                  "bf-questions") if b.questions else None)
    if b.notes:
        doc.md(b.notes)  # hand-written sections: the editor's own Markdown
    if related_to:
        doc.md("## Related briefings")
        rows = []
        for o, shared, same in related_to:
            why = (["Both name " + ", ".join(h(x) for x in shared)] if shared else []) + (["same section"] if same else [])
            rows.append(card(doc, o, f'<p class="bf-card-why">{"; ".join(why)}</p>' if why else ""))
        doc.html(f'<div class="bf-cards bf-related" {SEARCH_EXCLUDE}>' + "".join(rows) + "</div>")
    doc.md("## Source")
    items = []
    if e.article is not None:
        items.append(doc.link(f"sources/{b.slug}.md", "Read the source article"))
    elif e.source_error:
        items.append(f"Source unavailable: <code>{h(b.source)}</code>")
    if b.url:
        items.append(f"Original: {external_link(b.url)}")
    items.append(f"File: <code>{h(b.source)}</code>")
    if dates_line(e):
        items.append(dates_line(e))
    items.append(f"How this briefing was made: {provenance(e)}")
    doc.html(f'<div {SEARCH_EXCLUDE}>{ul(items, "bf-source")}</div>')  # files and dates: no search snippet
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
            doc.html(f'<p class="{cls}" id="p{p.number}"><a class="bf-pilcrow" href="#p{p.number}" '
                     f'aria-label="paragraph {p.number}">¶{p.number}</a> {body}</p>')
        elif p.kind != "title":  # the rest of the file, marked as not read as the story
            label = KIND_LABELS.get(p.kind, p.kind)
            doc.html(f'<p class="bf-nonprose bf-kind-{h(p.kind)}"><span class="bf-label">{h(label)}</span> {body}</p>')
    return doc.page()




def listing(doc: Doc, entries: Iterable[Entry]) -> str:
    """A compact list of briefings: date, title, section."""
    items = []
    for e in entries:
        b = e.briefing
        date = f'<time datetime="{h(b.published)}">{h(b.published)}</time> · ' if b.published else ""
        items.append(f"{date}<strong>{doc.link(f'briefings/{b.slug}.md', h(b.title))}</strong> · {section_link(doc, b)}")
    return ul(items, "bf-listing")


def sections_of(entries: list[Entry]) -> list[tuple[str, str, list[Entry]]]:
    """``(slug, name, entries)`` per section, the biggest first (ties by name), entries newest first."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        groups[section_slug(e.briefing)].append(e)
    rows = [(slug, section_name(group[0].briefing), group) for slug, group in groups.items()]
    return sorted(rows, key=lambda r: (-len(r[2]), r[1].lower(), r[0]))


def site_links(doc: Doc) -> str:
    return ('<p class="bf-more">' + " · ".join([
        doc.link("sections/index.md", "Sections"), doc.link("timeline.md", "Timeline"),
        doc.link("actors/index.md", "Actors"), doc.link("topics/index.md", "Topics"),
        doc.link("feed.xml", "RSS feed"), doc.link("briefings.json", "All data as JSON")]) + "</p>")


def home_page(entries: list[Entry], directory_urls: bool = True) -> Page:
    """The front page: the latest briefings as cards, then a block per section."""
    doc = Doc("index.md", {"title": "Latest briefings", "search": NO_SEARCH}, directory_urls)
    doc.md("# Latest briefings")
    if not entries:
        doc.html("<p><em>No briefings yet: add articles to <code>seeds/</code> and run "
                 "<code>briefings generate</code>.</em></p>")
        return doc.page()
    doc.html(cards(doc, entries[:HOME_LATEST]))
    if len(entries) > HOME_LATEST:
        doc.html(f'<p class="bf-more">{doc.link("timeline.md", f"All {len(entries)} briefings by date")}</p>')
    for slug, name, group in sections_of(entries):
        doc.md(f"## {esc(name)}")
        doc.html(listing(doc, group[:HOME_SECTION]))
        if len(group) > HOME_SECTION:
            doc.html(f'<p class="bf-more">{doc.link(f"sections/{slug}.md", f"All {len(group)} in {h(name)}")}</p>')
    doc.md("## Browse")
    doc.html(site_links(doc))
    return doc.page()


def section_pages(entries: list[Entry], directory_urls: bool = True) -> list[Page]:
    """A page per section (its briefings as cards, newest first) and an index of sections."""
    pages = []
    groups = sections_of(entries)
    for slug, name, group in groups:
        doc = Doc(f"sections/{slug}.md", {"title": h(name), "search": NO_SEARCH}, directory_urls)
        doc.md(f"# {esc(name)}")
        doc.html(f"<p>{plural(len(group), 'briefing')}, newest first.</p>")
        doc.html(cards(doc, group))
        pages.append(doc.page())
    index = Doc("sections/index.md", {"title": "Sections", "search": NO_SEARCH}, directory_urls)
    index.md("# Sections")
    index.html("<p>Each briefing's section is the source's own category when it states one; otherwise a "
               "classifier trained on BBC News picks business, entertainment, politics, sport or tech, "
               "or says world or other when it is not confident.</p>")
    index.html(ul([f"{index.link(f'sections/{slug}.md', h(name))} · {plural(len(group), 'briefing')}"
                   for slug, name, group in groups], "bf-listing") if groups else "<p><em>No briefings yet.</em></p>")
    pages.append(index.page())
    return pages


def timeline_page(entries: list[Entry], directory_urls: bool = True) -> Page:
    """Every briefing by published date, newest month first; undated ones last."""
    doc = Doc("timeline.md", {"title": "Timeline", "search": NO_SEARCH}, directory_urls)
    doc.md("# Timeline")
    months: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        months[e.briefing.published[:7] if e.briefing.published else "Undated"].append(e)
    for month in sorted((m for m in months if m != "Undated"), reverse=True) + (["Undated"] if "Undated" in months else []):
        doc.md(f"## {esc(month)}")
        doc.html(listing(doc, months[month]))
    return doc.page()


def search_page(directory_urls: bool = True) -> Page:
    """The search page: Pagefind's UI over the index ``pagefind`` writes into ``site/pagefind/`` after
    the build (our plugin runs it; for an export, ``python -m pagefind`` reads its ``pagefind.yml``).
    Every URL is relative, so the page works under any base path. The header's search box sends
    its words here as ``?q=``; without JavaScript or without the index, the page says so."""
    doc = Doc("search.md", {"title": "Search", "search": NO_SEARCH}, directory_urls)
    doc.md("# Search")
    bundle, root = doc.href(f"{PAGEFIND_DIR}/"), doc.href("index.md")
    # One block: Markdown passes a <div> through whole, but would wrap a bare <link> in a paragraph.
    doc.html(f'<div class="bf-search-page"><div id="bf-search" data-bundle="{h(bundle)}" data-root="{h(root)}">'
             '<p class="bf-search-note">Search needs JavaScript, and the search index that '
             '<code>pagefind</code> builds after the site.</p></div>'
             f'<link rel="stylesheet" href="{h(bundle)}pagefind-ui.css">'
             f'<script src="{h(bundle)}pagefind-ui.js"></script>'
             f'<script src="{h(doc.href("javascripts/bf-search.js"))}"></script></div>')
    return doc.page()


def actor_pages(actors: Actors, entries: list[Entry], directory_urls: bool = True) -> list[Page]:
    """A page per actor named in more than one briefing (:func:`has_page`): who they are, each
    briefing they appear in (newest first) with what they said there, and the actors they appear
    with most; and an index of those actors."""
    order = {id(e.briefing): i for i, e in enumerate(entries)}
    entry_of = {id(e.briefing): e for e in entries}
    quotes: dict[tuple[str, int], list[int]] = defaultdict(list)  # (actor, briefing) -> quote indexes
    said: dict[tuple[str, int], list[int]] = defaultdict(list)
    for e in entries:
        b = e.briefing
        for i, q in enumerate(b.quotes):
            if (g := actors.lookup(q.speaker, b)) is not None:
                quotes[(g.id, id(b))].append(i)
        for i, r in enumerate(b.reported):
            if (g := actors.lookup(r.speaker, b)) is not None:
                said[(g.id, id(b))].append(i)
    present: dict[int, set[str]] = defaultdict(set)  # briefing -> actors appearing in it
    for g in actors.all():
        for b, _a in g.appearances:
            present[id(b)].add(g.id)
    by_id = {g.id: g for g in actors.all()}
    pages = []
    by_type: dict[str, list[GlobalActor]] = defaultdict(list)
    for g in actors.all():
        if not has_page(g):
            continue
        by_type[g.type].append(g)
        doc = Doc(f"actors/{g.id}.md", {"title": h(g.name), "search": ACTOR_SEARCH}, directory_urls)
        doc.md(f"# {esc(g.name)}{ACTOR_HEADING_WEIGHT}")
        facts = [f"<strong>Type:</strong> {h(g.type)}"]
        roles: dict[str, str] = {}  # each role once, in its first spelling
        for r in g.roles:
            roles.setdefault(r.replace("’", "'").casefold(), r)
        if roles:
            facts.append(f"<strong>{'Role' if len(roles) == 1 else 'Roles'}:</strong> " + "; ".join(h(r) for r in roles.values()))
        others = sorted(x for x in g.aliases if x != g.name)
        if others:
            facts.append("<strong>Also named:</strong> " + ", ".join(h(x) for x in others))
        appearances = sorted(g.appearances, key=lambda ba: order.get(id(ba[0]), 0))
        facts.append(f"<strong>In:</strong> {plural(len(appearances), 'briefing')}")
        doc.html(ul(facts, "bf-facts"))
        doc.md("## Briefings")
        blocks = []
        for b, a in appearances:
            e = entry_of.get(id(b))
            if e is None:
                continue
            date = f'<time datetime="{h(b.published)}">{h(b.published)}</time> · ' if b.published else "Undated · "
            role = f' · as {h(a.role)}' if a is not None and a.role else ""
            head = (f'<p class="bf-card-meta">{date}{section_link(doc, b)}{role}</p>'
                    f'<p class="bf-card-title">{doc.link(f"briefings/{b.slug}.md", h(b.title))}</p>')
            # What they said there, under the briefing it is from.
            words = "".join(quote_block(b.quotes[i].text, (h(b.quotes[i].cue) if b.quotes[i].cue else "quoted")
                                        + source_link(doc, e, b.quotes[i].start, b.quotes[i].end))
                            for i in quotes.get((g.id, id(b)), []))
            reported = [f"{h(b.reported[i].cue) + ': ' if b.reported[i].cue else ''}{h(b.reported[i].text)}"
                        f"{source_link(doc, e, b.reported[i].start, b.reported[i].end)}" for i in said.get((g.id, id(b)), [])]
            if reported:
                words += f'<p class="bf-kicker">{SECTION_SAID}</p>' + ul(reported, "bf-said")
            blocks.append(f'<div class="bf-appearance">{head}'
                          + (f'<div class="bf-words">{words}</div>' if words else "") + "</div>")
        doc.html(f'<div class="bf-appearances" {SEARCH_EXCLUDE}>' + "".join(blocks) + "</div>")  # the briefings are the results
        partners = Counter(other for b, _a in appearances for other in present[id(b)] if other != g.id)
        if partners:
            doc.md("## Appears most with")
            top = sorted(partners.items(), key=lambda kv: (-kv[1], by_id[kv[0]].name.lower(), kv[0]))[:PARTNERS_LIMIT]
            doc.html(f'<div {SEARCH_EXCLUDE}>' + ul([f"{actor_name_link(doc, by_id[k])} · "
                                                      f"{plural(n, 'briefing')} together" for k, n in top], "bf-listing") + "</div>")
        pages.append(doc.page())
    index = Doc("actors/index.md", {"title": "Actors", "search": NO_SEARCH}, directory_urls)
    index.md("# Actors")
    once = sum(1 for g in actors.all() if not has_page(g))
    index.html("<p>Everyone the briefings name as a key actor or quote in more than one briefing."
               + (f" {plural(once, 'other actor')} named in one briefing only {'is' if once == 1 else 'are'} "
                  "on that briefing's page." if once else "") + "</p>")
    entry = lambda g: f"{index.link(f'actors/{g.id}.md', h(g.name))} · {plural(len(g.appearances), 'briefing')}"
    most = sorted((g for g in actors.all() if has_page(g)),
                  key=lambda g: (-len(g.appearances), g.name.lower(), g.id))[:MOST_COVERED]
    if most:  # the actors the briefings come back to most lead; then all with a page, by type
        index.md("## Most covered")
        index.html(ul([entry(g) for g in most], "bf-listing"))
    for kind in sorted(by_type):
        index.md(f"## {esc(kind.capitalize())}s")
        index.html(ul([entry(g) for g in sorted(by_type[kind], key=lambda g: (-len(g.appearances), g.name.lower(),
                                                                             g.id))], "bf-listing"))
    pages.append(index.page())
    return pages


def topic_pages(entries: list[Entry], directory_urls: bool = True) -> list[Page]:
    """A page per category the sources state (listing pages: not search results)."""
    topics: dict[str, list[Entry]] = defaultdict(list)
    names: dict[str, str] = {}
    for e in entries:
        for c in e.briefing.categories:
            topics[slugify(c)].append(e)
            names.setdefault(slugify(c), c)
    pages = []
    index = Doc("topics/index.md", {"title": "Topics", "search": NO_SEARCH}, directory_urls)
    index.md("# Topics")
    for slug in sorted(topics):
        doc = Doc(f"topics/{slug}.md", {"title": h(names[slug]), "search": NO_SEARCH}, directory_urls)
        doc.md(f"# {esc(names[slug])}")
        doc.html(cards(doc, topics[slug]))
        pages.append(doc.page())
    index.html("<p>The categories the sources themselves state.</p>")
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
    near = related(entries, actors)
    pages = [briefing_page(e, actors, near.get(id(e.briefing)), directory_urls) for e in entries]
    pages += [source_page(e, directory_urls) for e in entries]
    pages += actor_pages(actors, entries, directory_urls)
    pages += topic_pages(entries, directory_urls)
    pages += section_pages(entries, directory_urls)
    pages.append(timeline_page(entries, directory_urls))
    pages.append(search_page(directory_urls))
    if home:
        pages.append(home_page(entries, directory_urls))
    pages.append(Page("briefings.json", as_json(entries, actors, directory_urls)))
    pages.append(Page("feed.xml", feed(entries, site_url, site_name, directory_urls)))
    return pages
