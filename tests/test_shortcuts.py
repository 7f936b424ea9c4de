"""Build shortcuts (generator/site/shortcuts.py) against the code they stand in for."""

from __future__ import annotations

import markdown
from mkdocs.structure.pages import _ExtractTitleTreeprocessor

from generator.site.shortcuts import Headings, block_anchor_ids

def test_headings_render_as_markdown_and_give_up_where_they_cannot():
    headings = Headings(["toc", "attr_list"], {"toc": {"permalink": True}})
    body = "# A &amp; B\n\n<div id=\"p1\"><p>one</p></div>\n\n## Summary\n\n<p>two</p>\n\n<p>three</p>\n\n### Deeper"
    raw = frozenset({'<div id="p1"><p>one</p></div>', "<p>two</p>", "<p>three</p>"})
    done = headings.render(body.split("\n\n"), raw)
    md = markdown.Markdown(extensions=["toc", "attr_list"], extension_configs={"toc": {"permalink": True}})
    title = _ExtractTitleTreeprocessor()
    title._register(md)
    assert done["content"] == md.convert(body)
    assert done["title"] == title.title and title.title
    assert {"p1", "summary", "deeper"} <= done["anchors"]
    assert [i.title for i in done["toc"].items] == ["A &amp; B"] and done["toc"].items[0].children[0].id == "summary"
    # two headings with one id: Markdown would number the second, so MkDocs renders the page
    assert headings.render(["## Quotes", "<p>two</p>", "## Quotes"], raw) is None
    assert headings.render(["## Quotes", "Some *Markdown* text"], raw) is None  # not only headings
    assert not Headings(["abbr", "toc"], {}).usable  # page-wide state: every page takes MkDocs' path


def test_block_anchor_ids_are_ids_and_link_names():
    assert block_anchor_ids('<p id="p3"><a name="n1" href="#x">x</a><span name="no" id="s&amp;1">y</span></p>') == {
        "p3", "n1", "s&1"}


def test_headings_rendered_in_one_run_are_the_headings_rendered_alone():
    lines = ["# Harbour votes & bans ships", "## Summary", "# Harbour votes — bans ships", "## Key actors",
             "# `code` *and* _emphasis_ in a title", "# Harbour votes & bans ships!", "### Deep {#custom-id}",
             "# Ünïcode title", "## Summary"]
    config = (["toc", "attr_list"], {"toc": {"permalink": True}})
    alone = Headings(*config)
    expected = {line: alone.heading(line) for line in lines}
    primed = Headings(*config)
    primed.prime(lines, batch=4)
    assert primed.cache  # most were rendered in runs
    for line in lines:
        assert primed.heading(line) == expected[line], line
