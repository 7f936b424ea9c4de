"""The site's data files: ``briefings.json`` (all structured data) and the RSS feed."""

from __future__ import annotations

import datetime as dt
import json
from email.utils import format_datetime

from .. import __version__
from ..briefing import one_line
from ..identity import Actors
from ..library import Entry
from .markup import page_url, paragraph_number

FEED_LIMIT = 50


def as_json(entries: list[Entry], actors: Actors, directory_urls: bool = True) -> str:
    """``briefings.json``: all structured briefing data (schema in docs/data.md)."""
    items = []
    for e in entries:
        b = e.briefing
        aid = lambda name, b=b: (g.id if (g := actors.lookup(name, b)) else None)  # noqa: E731
        items.append({
            "slug": b.slug, "title": b.title, "dek": b.dek, "standfirst": b.standfirst or None,
            "published": b.published, "authors": b.authors, "categories": b.categories, "section": b.section, "url": b.url,
            "publisher": b.publisher, "source": b.source, "source_sha256": b.source_sha256,
            "generator": b.generator, "edited": e.edited, "page": page_url(f"briefings/{b.slug}.md", directory_urls),
            "source_page": page_url(f"sources/{b.slug}.md", directory_urls) if e.article else None,
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
    head = json.dumps({"schema": "briefings/1", "generator": f"briefings {__version__}"}, ensure_ascii=False)
    rows = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)  # one briefing a line
    return f'{head[:-1]}, "briefings": [\n{rows}\n]}}\n'


def feed(entries: list[Entry], site_url: str, site_name: str, directory_urls: bool = True) -> str:
    """An RSS 2.0 feed of the newest briefings. Every item has a date: the article's published date,
    else the date its briefing was generated. Links are absolute under ``site_url`` when it is set;
    without it they are relative to the feed (``feed.xml`` sits at the site root, so
    ``briefings/<slug>/`` resolves to the briefing wherever the site is served), as feed readers
    resolve them."""
    from xml.sax.saxutils import escape

    base = site_url.rstrip("/") + "/" if site_url else ""
    items = []
    for e in entries[:FEED_LIMIT]:
        b = e.briefing
        link = base + page_url(f"briefings/{b.slug}.md", directory_urls)
        pub = ""
        for date in (b.published, b.generated):
            try:
                when = dt.datetime.strptime(date or "", "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)
            except ValueError:
                continue
            pub = f"<pubDate>{format_datetime(when)}</pubDate>"
            break
        desc = " ".join(s.text for s in b.summary) or b.standfirst or ""
        cats = "".join(f"<category>{escape(one_line(c))}</category>" for c in b.categories)
        items.append(f"<item><title>{escape(one_line(b.title))}</title><link>{escape(link)}</link>"
                     f"<guid isPermaLink=\"false\">{escape(b.slug)}-{escape(b.source_sha256[:12])}</guid>"
                     f"{pub}<description>{escape(one_line(desc))}</description>{cats}</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(site_name)}</title><link>{escape(base or './')}</link>"
            f"<description>{escape(site_name)}: the latest briefings</description>"
            f"<generator>briefings {__version__}</generator>" + "".join(items) + "</channel></rss>\n")
