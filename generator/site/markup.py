"""The page model and what every page builder shares: escaping untrusted text, site URLs, markup.

Article text is untrusted: everything taken from an article goes through :func:`esc` (Markdown
headings) or :func:`h` (raw HTML blocks and page metadata), so it is shown as text and never
becomes markup.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from ..briefing import one_line
from ..model import Article

MD_INLINE = re.compile(r"([\\`*_{}\[\]])")  # code, emphasis, links and images, attribute lists
MD_BLOCK_START = re.compile(r"^(?:[#+\-]|\d+[.)])")  # heading, list item


@dataclass
class Page:
    """A generated file. A page is Markdown: front matter (``meta``), then ``body``: Markdown
    headings (so every builder makes the table of contents and permalinks) and, between them, raw
    HTML blocks (``html_blocks``), which Markdown passes through unchanged. Raw HTML costs no
    Markdown inline parsing (the bulk of a build), and our plugin can skip parsing it altogether.
    Other files (JSON, RSS) have a ``body`` and no ``meta``."""

    path: str  # relative to the docs root, "/"-separated
    body: str
    meta: dict | None = None
    html_blocks: frozenset[str] = frozenset()

    @property
    def content(self) -> str:
        """The file as written: front matter and body."""
        return self.body if self.meta is None else meta_block(self.meta) + self.body


class Doc:
    """Builds one page from Markdown headings and raw HTML blocks; links are relative site URLs."""

    def __init__(self, path: str, meta: dict, directory_urls: bool = True):
        self.path, self.meta, self.directory_urls = path, meta, directory_urls
        self.parts: list[str] = []
        self.raw: set[str] = set()

    def md(self, text: str) -> None:
        self.parts.append(text)

    def html(self, text: str) -> None:
        block = text.replace("\n", " ")  # a blank line would end a raw HTML block early
        self.parts.append(block)
        self.raw.add(block)

    def href(self, to: str) -> str:
        return rel(self.path, to, self.directory_urls)

    def link(self, to: str, label_html: str, **attrs: str) -> str:
        # class_ -> class, aria_label -> aria-label, data_search_exclude -> data-search-exclude
        extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
        return f'<a href="{html.escape(self.href(to), quote=True)}"{extra}>{label_html}</a>'

    def page(self) -> Page:
        meta = {k: v for k, v in self.meta.items() if v not in (None, "", [])}
        return Page(self.path, "\n\n".join(self.parts) + "\n", meta, frozenset(self.raw))


def esc(text: str | None) -> str:
    """Untrusted text as inert inline Markdown (for headings): HTML escaped (``< > &``), the
    characters that open inline markup backslash-escaped, and a leading character that would open
    a block (a heading, a list, a quote) escaped too."""
    out = MD_INLINE.sub(r"\\\1", html.escape(one_line(text or ""), quote=False))
    block = MD_BLOCK_START.match(out)
    if block:
        out = out[:block.end() - 1] + "\\" + out[block.end() - 1:]
    return out


def h(text: str | None) -> str:
    """Untrusted text for a raw HTML block or for page metadata: one line, HTML-escaped. Markdown
    leaves raw HTML alone, and themes insert titles, descriptions and tags into HTML unescaped
    (``<title>``, attributes, the search index)."""
    return html.escape(one_line(text or ""), quote=True)


def meta_block(meta: dict) -> str:
    """Front matter as YAML flow values (JSON is valid YAML): one line per key."""
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in meta.items()]
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n\n"


# --- links ------------------------------------------------------------------------------------

def page_url(path: str, directory_urls: bool = True) -> str:
    """The site URL of a docs path, relative to the site root (MkDocs' and Zensical's rule)."""
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    return stem[:-5] if stem.endswith("/index") else stem + "/"


def rel(from_page: str, to: str, directory_urls: bool = True) -> str:
    """A relative URL from one page to a docs path (``#anchor`` kept), as the browser resolves it."""
    to, hash_, anchor = to.partition("#")
    src, dst = page_url(from_page, directory_urls), page_url(to, directory_urls)
    base = src.split("/")[:-1]  # the folder the browser resolves against
    parts = dst.split("/")
    common = 0
    while common < len(base) and common < len(parts) - 1 and base[common] == parts[common]:
        common += 1
    out = "../" * (len(base) - common) + "/".join(parts[common:])
    return (out or "./") + hash_ + anchor


def external_link(url: str) -> str:
    """A link to the original article: only plain http(s) URLs become links; anything else is text."""
    if re.fullmatch(r"https?://[^\s<>\"'`\\]+", url):
        return f'<a href="{html.escape(url, quote=True)}" rel="noopener">{html.escape(url, quote=False)}</a>'
    return h(url)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def ul(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def quote_block(text: str, attribution: str) -> str:
    return f'<blockquote class="bf-quote"><p>“{h(text)}”</p><p>— {attribution}</p></blockquote>'


def paragraph_number(article: Article | None, offset: int) -> int | None:
    return article.paragraph_number(offset) if article is not None else None
