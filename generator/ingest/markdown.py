"""Markdown reader: YAML front matter (title, date, author(s), url, categories, publisher) + body.

``#`` headings in the body become sub-headings (their span excludes the ``#`` marks); the
headline is the front matter ``title``, else the first heading, else the first line.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from ..errors import InputError
from ..model import Article
from . import text as plain

FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
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
    meta: dict = {}
    body_start = 0
    m = FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark else ""
            raise InputError(path, f"malformed front matter{where}: {getattr(exc, 'problem', None) or exc}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError(path, "malformed front matter: expected 'key: value' lines")
        meta = loaded or {}
        body_start = m.end()
    elif text.lstrip("\ufeff").startswith("---\n"):
        raise InputError(path, "malformed front matter: no closing '---' line")
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
