"""Build shortcuts for generated pages: the HTML and search index MkDocs and Material would make,
at a fraction of the cost. Each is exact on the pages it takes and leaves every other page to the
normal path; ``fast_build: false`` turns all of them off (a test compares the two builds).

- :class:`SharedBlocks`: theme blocks that are the same on every generated page in one folder are
  rendered once per build (see ``theme/main.html``).
- :class:`Headings`: a generated page is Markdown headings around raw HTML blocks. Each distinct
  heading line is rendered once per build, by one Markdown instance configured like the site's,
  instead of a new Markdown instance parsing every page.
"""

from __future__ import annotations

import html
import re
from typing import Iterable

import markdown
from markdown.extensions.toc import nest_toc_tokens
from markdown.treeprocessors import Treeprocessor
from mkdocs.structure.toc import get_toc
from mkdocs.utils.rendering import get_heading_text

# Extensions that treat a heading line the same alone as within its page (no page-wide state such
# as abbreviations, snippets or footnote definitions). With any other, pages take MkDocs' path.
HEADING_SAFE_EXTENSIONS = frozenset({
    "toc", "tables", "fenced_code", "attr_list", "md_in_html", "admonition", "def_list", "sane_lists",
    "smarty", "nl2br", "pymdownx.betterem", "pymdownx.caret", "pymdownx.mark", "pymdownx.tilde",
    "pymdownx.emoji", "pymdownx.highlight", "pymdownx.inlinehilite", "pymdownx.superfences",
    "pymdownx.details", "pymdownx.tabbed", "pymdownx.tasklist", "pymdownx.smartsymbols",
    "pymdownx.keys", "pymdownx.critic", "pymdownx.escapeall",
})
TAG_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
ATTR_RE = re.compile(r'\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"')


class SharedBlocks:
    """Renders a template block once per key and reuses it (see theme/main.html). ``title``: the
    page's own title inside the block (the header), spliced in for each page."""

    def __init__(self):
        self.cache: dict[tuple[str, str], tuple[str, str] | str] = {}

    def __call__(self, name: str, key: str, render, title: str | None = None) -> str:
        slot = (name, key)
        cached = self.cache.get(slot)
        if cached is None:
            html_ = str(render())
            if title is None:
                self.cache[slot] = html_
            else:
                topic = html_.find('data-md-component="header-topic"')
                at = html_.find(title, topic) if title and topic >= 0 else -1
                if at >= 0:  # else no title where expected: render every time
                    self.cache[slot] = (html_[:at], html_[at + len(title):])
            return html_
        return cached if isinstance(cached, str) else cached[0] + title + cached[1]


def _flat(tokens: list[dict]):
    """Table-of-contents tokens in document order, without their children."""
    stack = list(reversed(tokens))
    while stack:
        token = stack.pop()
        yield {k: v for k, v in token.items() if k != "children"}
        stack.extend(reversed(token.get("children", [])))


def block_anchor_ids(block: str) -> set[str]:
    """The ``id`` attributes (and ``name`` of links) in one of our raw HTML blocks: the anchors
    MkDocs' own raw-HTML scan would record, so links to them from other pages are checked."""
    ids = set()
    for m in TAG_RE.finditer(block):
        for key, value in ATTR_RE.findall(m.group(2)):
            key = key.lower()
            if key == "id" or (key == "name" and m.group(1).lower() == "a"):
                ids.add(html.unescape(value))
    return ids


class _HeadingTitles(Treeprocessor):
    """Records, for each top-level element, the title MkDocs would take from it if it came first
    (an h1's text), so many headings can be rendered in one run."""

    titles: list[str | None]

    def run(self, root):
        self.titles = [get_heading_text(el, self.md) if el.tag == "h1" else None for el in root]
        return root


class Headings:
    """Renders generated pages whose Markdown is ATX headings and raw HTML blocks: each heading
    line once per build, the blocks copied through, as Markdown would (a test compares)."""

    def __init__(self, extensions: list, extension_configs: dict):
        self.usable = all(isinstance(e, str) and e in HEADING_SAFE_EXTENSIONS for e in extensions)
        self.md = markdown.Markdown(extensions=extensions, extension_configs=extension_configs or {})
        self.titles = _HeadingTitles(self.md)
        self.md.treeprocessors.register(self.titles, "briefings_heading_titles", priority=1)
        self.cache: dict[str, tuple[str, list[dict], str | None, frozenset[str]]] = {}

    def _convert(self, lines: list[str]) -> tuple[str, list[dict], list[str | None]]:
        """One Markdown run: its HTML, its flat table-of-contents tokens, and each top-level
        element's title (an h1's text, else None)."""
        self.md.reset()
        out = self.md.convert("\n\n".join(lines))
        return out, list(_flat(getattr(self.md, "toc_tokens", []))), self.titles.titles

    def prime(self, lines: Iterable[str], batch: int = 500) -> None:
        """Render many heading lines in a few Markdown runs: a run's fixed cost is most of the cost
        of one line. A heading whose id the run had to make unique (two titles with one slug) is
        left out, to be rendered alone when a page needs it."""
        todo = [x for x in dict.fromkeys(lines) if x not in self.cache and x.startswith("#") and "\n" not in x]
        for at in range(0, len(todo), batch):
            chunk = todo[at:at + batch]
            out, tokens, titles = self._convert(chunk)
            out = out.split("\n")
            if not (len(out) == len(tokens) == len(titles) == len(chunk)):
                continue  # not one heading per line: each will be rendered alone
            seen: set[str] = set()
            for line, html_, token, title in zip(chunk, out, tokens, titles):
                ids = block_anchor_ids(html_)
                base = re.match(r"(.*)_\d+$", token["id"])
                if token["id"] in seen or (base and base.group(1) in seen) or token["id"] not in ids:
                    continue
                seen.add(token["id"])
                self.cache[line] = (html_, [token], title, frozenset(ids))

    def heading(self, line: str) -> tuple[str, list[dict], str | None, frozenset[str]]:
        """HTML, flat table-of-contents tokens, title (for an h1 first) and anchor ids of one heading."""
        got = self.cache.get(line)
        if got is None:
            out, tokens, titles = self._convert([line])
            got = (out, tokens, titles[0] if titles else None, frozenset(block_anchor_ids(out)))
            self.cache[line] = got
        return got

    def render(self, blocks: list[str], raw: frozenset[str]) -> dict | None:
        """Page content, table of contents, title and anchor ids, or None where the page is not
        only headings and raw HTML blocks (or two headings share an id): MkDocs renders it."""
        if not self.usable:
            return None
        pieces: list[str] = []
        tokens: list[dict] = []
        heading_ids: set[str] = set()
        block_ids: set[str] = set()
        run: list[str] = []
        title = None
        for block in blocks:
            block = block.strip()
            if block in raw:
                run.append(block)
                block_ids |= block_anchor_ids(block)
                continue
            if not block:
                continue
            if not block.startswith("#") or "\n" in block:
                return None
            if run:
                pieces.append("\n\n".join(run) + "\n")
                run = []
            out, flat, h1, anchors = self.heading(block)
            if heading_ids & anchors:  # Markdown would make the second id unique: not the cached HTML
                return None
            heading_ids |= anchors
            if not pieces:
                title = h1
            pieces.append(out)
            tokens.extend(dict(t) for t in flat)
        if run:
            pieces.append("\n\n".join(run) + "\n")
        content = "\n".join(pieces).strip()
        return {"content": content, "toc": get_toc(nest_toc_tokens(tokens)), "title": title,
                "anchors": heading_ids | block_ids}
