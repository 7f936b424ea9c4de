"""Markdown reader: YAML front matter (title, date, author(s), url, categories, publisher) + body.

``#`` headings in the body become sub-headings (their span excludes the ``#`` marks); the
headline is the front matter ``title``, else the first heading, else the first line.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import yamlmeta
from ..errors import InputError
from ..model import Article
from . import text as plain

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return plain.split_list(value)
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value)]


def _as_date(value) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    return plain.iso_date(str(value)) if value else None


def parse(text: str, path: str) -> Article:
    try:
        meta, body_start = yamlmeta.split(text)
    except yamlmeta.FrontMatterError as exc:
        where = f" (line {exc.line})" if exc.line and exc.line > 1 else ""
        raise InputError(path, f"{exc.reason}{where}") from None
    meta = meta or {}
    title = str(meta.get("title") or "").strip()
    article = Article(path=path, text=text, title=title,
                      dek=str(meta["description"]).strip() if meta.get("description") else None,
                      authors=_as_list(meta.get("authors", meta.get("author"))),
                      published=_as_date(meta.get("date", meta.get("published"))),
                      categories=_as_list(meta.get("categories", meta.get("tags"))),
                      url=str(meta["url"]) if meta.get("url") else None,
                      publisher=str(meta["publisher"]) if meta.get("publisher") else None)
    plain.parse(text, path, start=body_start, article=article)
    # Headings: strip the '#' marks from the span (the headline's too, when it came from the body).
    for p in article.paragraphs:
        h = HEADING.match(text[p.start:p.end]) if "\n" not in text[p.start:p.end] else None
        if h:
            p.start = p.start + h.start(2)
            p.end = p.start + len(h.group(2))
            if p.kind == "title":
                article.title, article.title_span = h.group(2), (p.start, p.end)
            elif p.kind in ("body", "boilerplate"):
                p.kind = "heading"
    plain.number_paragraphs(article.paragraphs)
    return article
