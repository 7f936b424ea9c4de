"""HTML reader: a saved article page -> :class:`~generator.model.Article`, with trafilatura.

trafilatura (with htmldate for the date) finds the main text and drops navigation, related
links, captions, comments and other boilerplate; this module only arranges what it returns.

``Article.text`` for a page is *built*, not copied: the headline on the first line, a blank
line, then the article's paragraphs separated by blank lines (sub-headings, list items and
block quotes are paragraphs of their own; ``<br>`` breaks split paragraphs). Every block of that
text is one :class:`~generator.model.Paragraph`, exactly as the plain-text reader would find
it, so offsets and ``#pN`` anchors work as for a ``.txt`` source.

Metadata: headline (``<title>`` without the site name, or the ``<h1>`` when it agrees), the
standfirst (the page description, unless it only repeats the first paragraph), authors,
publication date (YYYY-MM-DD), publisher (``og:site_name``), categories and tags, and the source
URL (``<link rel=canonical>`` / ``og:url``, else the ``<!-- saved from url=(NNNN)URL -->``
comment that browsers and ``briefings add`` write at the top of a saved page).

Deterministic and offline: nothing is fetched, and the same bytes give the same article.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import unicodedata
import urllib.parse

from ..errors import InputError
from ..model import Article, Paragraph
from . import comments, nonprose
from . import text as plain

for _name in ("trafilatura", "htmldate", "courlan", "justext"):  # library chatter stays out of our stderr
    logging.getLogger(_name).addHandler(logging.NullHandler())

SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
                          re.IGNORECASE)
META_REFRESH = re.compile(r"""<meta[^>]+http-equiv\s*=\s*["']?refresh[^>]*>""", re.IGNORECASE)
REFRESH_URL = re.compile(r"""url\s*=\s*['"]?([^'">\s]+)""", re.IGNORECASE)
FEED_START = re.compile(r"\A\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.DOTALL | re.IGNORECASE)
TITLE_SEPARATORS = (" | ", " -- ", " - ", " – ", " — ", " :: ", " » ", " · ", " ~ ")
MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_LINE = re.compile(
    rf"^((updated|published|posted|last updated)\s*:?\s*)?([a-z]+,?\s+)?({MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})([\s,|at-]+\d{{1,2}}[:.]\d{{2}}(\s*[ap]\.?m\.?)?(\s*[a-z]{{2,4}})?)?\.?$",
    re.IGNORECASE)
DROP = re.compile(r"^(read more|also read|read also|related|recommended|see also|more from|sign up|subscribe|"
                  r"advertisement|share this|click here|follow us|download the)\b", re.IGNORECASE)
MAX_CATEGORIES = 12
COMMENTS = re.compile(r"^(\d+\s+)?(comments?|comment on this (story|article)|reader comments|leave a (comment|reply)|"
                      r"post a comment|add a comment|join the (discussion|conversation)|comentar(ios)?|commentaires?|"
                      r"kommentare|\d+ responses?)\s*:?$", re.IGNORECASE)
SLOGAN = re.compile(r"\b(breaking news|latest news|news and updates|news portal|online portal|official (web)?site|"
                    r"home ?page|delivers? (the )?(latest|breaking) news)\b", re.IGNORECASE)


#: The distribution to install for a module the reader needs (import name -> pip name).
PACKAGES = {"lxml_html_clean": "lxml_html_clean", "lxml.html.clean": "lxml_html_clean", "lxml": "lxml",
            "trafilatura": "trafilatura", "justext": "jusText", "htmldate": "htmldate", "courlan": "courlan"}


def missing_package(exc: ImportError) -> str:
    """``the package 'X' is missing (pip install X)`` for a failed import of one of the reader's dependencies."""
    names = [exc.name or ""] + re.findall(r"[A-Za-z_][\w.]*", str(exc))
    package = next((PACKAGES[n] for n in names if n in PACKAGES), None)
    if package is None:
        top = (exc.name or "").split(".")[0]
        package = PACKAGES.get(top, top or "trafilatura")
    return f"the package '{package}' is missing (pip install {package})"


def decode(raw: bytes, path: str) -> tuple[str, str, list[str]]:
    """Like :func:`generator.ingest.decode`, but a page that is not UTF-8 is read in its declared charset."""
    from . import decode as decode_text

    try:
        raw.decode("utf-8")
        return decode_text(raw, path)
    except UnicodeDecodeError:
        pass
    m = META_CHARSET.search(raw[:4096])
    if m and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            name = codecs.lookup((m.group(1) or m.group(2)).decode("ascii")).name
            if name in ("latin-1", "iso8859-1", "ascii"):  # as browsers do (WHATWG): Windows-1252
                try:
                    return raw.decode("cp1252"), "cp1252", []
                except UnicodeDecodeError:
                    pass
            if name not in ("utf-8", "utf-16"):
                return raw.decode(name), name, []
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(raw, path)


def _clean(value: str | None) -> str:
    """One line, single spaces, NFC."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def _key(value: str) -> str:
    """A comparison key: letters and digits only, lower case."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", value).casefold() if ch.isalnum())


def _pieces(element) -> list[str]:
    """The text of an element, split at ``<lb/>`` (a ``<br>``), each piece on one line."""
    parts, current = [], []

    def walk(el) -> None:
        if el.tag == "lb":
            parts.append("".join(current))
            current.clear()
        elif el.text:
            current.append(el.text)
        if el.tag != "lb":
            for child in el:
                walk(child)
                if child.tail:
                    current.append(child.tail)

    walk(element)
    parts.append("".join(current))
    return [c for c in (_clean(p) for p in parts) if c]


def _sentence(text: str) -> bool:
    """A block of running text: a dozen words or more, ending as a sentence ends."""
    return len(text.split()) >= 12 and text.rstrip("\"”’')»").endswith((".", "!", "?", "…"))


def _cell_blocks(cell) -> list[tuple[str, str]]:
    """The blocks of one table cell of a page laid out in tables (nested tables included)."""
    out = [("body", piece) for piece in ([_clean(cell.text)] if _clean(cell.text) else [])]
    return out + _blocks(cell, layout=True)


def _blocks(body, layout: bool = False) -> list[tuple[str, str]]:
    """``(kind, text)`` for every block of trafilatura's main-text tree, in reading order.

    Tables are left out (data tables are not prose), unless ``layout``: a page laid out in tables
    then gives the text of each cell holding running text (menus and footers hold none)."""
    out: list[tuple[str, str]] = []
    for el in body:
        tag = el.tag
        if tag == "table" and layout:
            for row in el.iterchildren("row"):
                for cell in row.iterchildren("cell"):
                    found = _cell_blocks(cell)
                    if any(_sentence(t) for _, t in found):
                        out += found
        elif tag in ("lb", "table", "graphic", "figure"):
            pass  # a line break's text is its tail; data tables and images are not prose
        elif tag == "head":
            out += [("heading", piece) for piece in _pieces(el)]
        elif tag == "list":
            for item in el.iter("item"):
                own = [c for c in item if c.tag != "list"]  # nested lists come as their own items
                text = _clean((item.text or "") + "".join(
                    "".join(c.itertext()) + (c.tail or "") for c in own))
                if text:
                    out.append(("body", text))
        elif tag == "quote" and len(el) and all(c.tag in ("p", "quote", "list", "head") for c in el):
            out += _blocks(el)
        else:
            out += [("body", piece) for piece in _pieces(el)]
        if _clean(el.tail):  # text between blocks (a page without paragraph markup)
            out.append(("body", _clean(el.tail)))
    return out


def _meta(tree, *names: str) -> list[str]:
    """Contents of ``<meta property|name|itemprop=NAME>``, in document order."""
    wanted = {n.lower() for n in names}
    found = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in wanted and el.get("content"):
            found.append(_clean(el.get("content")))
    return [v for v in found if v]


def _json_ld(tree) -> list[dict]:
    """Every JSON-LD object in the page (``@graph`` flattened); broken blocks are ignored."""
    objects: list[dict] = []

    def collect(value) -> None:
        if isinstance(value, list):
            for v in value[:200]:
                collect(v)
        elif isinstance(value, dict):
            objects.append(value)
            if "@graph" in value:
                collect(value["@graph"])

    for el in tree.iter("script"):
        if (el.get("type") or "").lower().strip() == "application/ld+json" and el.text:
            try:
                collect(json.loads(el.text, strict=False))
            except ValueError:
                continue
    return objects


def _names(value) -> list[str]:
    """Names from a JSON-LD ``author``/``publisher`` value (a string, an object or a list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [value["name"]] if isinstance(value.get("name"), str) else []
    if isinstance(value, list):
        return [n for v in value[:50] for n in _names(v)]
    return []


def _strip_site(title: str, site_keys: set[str]) -> str:
    """``Headline | Site`` -> ``Headline`` (also ``Site - Headline``)."""
    for sep in TITLE_SEPARATORS:
        if sep not in title:
            continue
        parts = title.split(sep)
        while len(parts) > 1 and (_key(parts[-1]) in site_keys or any(k and _key(parts[-1]).startswith(k) for k in site_keys)
                                  or (len(parts[-1].split()) <= 4 and len(parts[-1]) * 2 < len(sep.join(parts[:-1])))):
            parts.pop()
        while len(parts) > 1 and _key(parts[0]) in site_keys:
            parts.pop(0)
        title = sep.join(parts)
    if not title.isascii():  # "标题-新华网", "見出し｜サイト": separators without spaces
        m = re.match(r"^(.*\S)\s*[-_|｜]\s*([^-_|｜\s]{1,12})$", title)
        if m and len(m.group(2)) * 3 <= len(m.group(1)):
            title = m.group(1)
    return title.strip()


def _headline(tree, meta_title: str, site_keys: set[str]) -> str:
    """The headline: the ``<h1>`` when it agrees with ``og:title`` or ``<title>``, else ``<title>`` without the site."""
    head_title = ""
    for el in tree.iter("title"):
        if el.getparent() is not None and el.getparent().tag == "head":
            head_title = _clean("".join(el.itertext()))
            break
    og = next(iter(_meta(tree, "og:title", "twitter:title")), "")
    h1s = [_clean("".join(el.itertext())) for el in tree.iter("h1")]
    h1s = [h for h in h1s if (len(h.split()) > 2 or (len(h) >= 6 and not h.isascii())) and len(h) <= 300]
    stripped = {k: _strip_site(v, site_keys) for k, v in (("title", head_title), ("og", og), ("meta", meta_title))}
    for h1 in h1s:
        if any(_key(h1) == _key(v) for v in (og, stripped["og"], head_title, stripped["title"]) if v):
            return h1
    for candidate in (stripped["title"], stripped["og"], h1s[0] if h1s else "", stripped["meta"]):
        if candidate:
            return candidate
    return ""


ARTICLE_TYPE = re.compile(r"article|posting|report", re.IGNORECASE)
NOT_NAMES = {"submitted", "admin", "administrator", "staff", "editor", "editors", "contributor", "guest", "anonymous",
             "unknown", "user", "author", "print", "updated", "webmaster", "team"}
#: A byline part that is a job title, not a name ("Jane Doe, Staff Writer").
ROLE = re.compile(r"^((senior|chief|staff|special|contributing|political|foreign|deputy|managing|associate|executive|"
                  r"news|sports|business|science|health|technology|tech|investigative|national|local|digital)\s+)*"
                  r"(writers?|reporters?|correspondents?|editors?|columnists?|contributors?|photographers?|"
                  r"journalists?|producers?|analysts?)$", re.IGNORECASE)
#: Where a name only occurring inside it is a reader's, not the article's author.
COMMENT_BOX = re.compile(r"(^|[\s_-])(comments?|disqus|respond|responses|replies|reply)([\s_-]|$)", re.IGNORECASE)
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.,;|<>]{2,60})",
                       re.IGNORECASE)


def _byline_parts(raw: str) -> list[str]:
    """``By Jane Doe and John Roe, Staff Writers`` -> ``["Jane Doe", "John Roe"]``: no "By", roles, e-mail
    addresses or URLs; ``,``/``;``/``|``/``&``/``and`` separate names."""
    raw = re.sub(r"\(?\s*(mailto:)?[\w.+-]+@[\w-]+(\.[\w-]+)+\s*\)?", " ", raw)  # e-mail addresses
    raw = re.sub(r"^\s*(written\s+|posted\s+|published\s+)?by\b[\s:]*", "", _clean(raw), flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:,|;|\band\b|&|\||·)\s*", raw)
    return [_clean(p) for p in parts if _clean(p) and not ROLE.match(_clean(p))]


def _organisations(tree, ld: list[dict], exclude: set[str]) -> set[str]:
    """Keys of names the page itself shows to be organisations: the site and publisher names, every JSON-LD
    ``Organization``, and the holder named in ``<meta name=copyright>`` or a ``© 2024 Holder`` line."""
    orgs = set(exclude)
    for obj in ld:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Organization" in k or k in ("Corporation", "NewsMediaOrganization")) for k in kinds):
            orgs.update(_key(n) for n in _names(obj))
        for field in ("publisher", "copyrightHolder", "sourceOrganization"):
            orgs.update(_key(n) for n in _names(obj.get(field)))
    for text in _meta(tree, "copyright", "dc.rights", "rights"):
        orgs.update(_key(m.group(1)) for m in COPYRIGHT.finditer(text))
        orgs.add(_key(text))
    for el in tree.iter("footer"):
        orgs.update(_key(m.group(1)) for m in COPYRIGHT.finditer(" ".join(el.text_content().split())[:5000]))
    return {k for k in orgs if k}


def _only_in_comments(name: str, tree) -> bool:
    """True when the name appears in the page's text only inside a comments box (a reader, not the author)."""
    seen = False
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta"):
            continue
        if name not in (el.text or ""):
            continue
        seen = True
        chain = [el, *el.iterancestors()]
        if not any(COMMENT_BOX.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in chain):
            return False
    return seen


def _personal(name: str) -> bool:
    """A plausible personal name for an extra byline entry: two to five words, capitalised, no digits."""
    words = name.split()
    return 2 <= len(words) <= 5 and not re.search(r"\d", name) and any(ch.isupper() for ch in name) \
        and not name.isupper()


def _authors(found: str | None, tree, ld: list[dict], exclude: set[str]) -> list[str]:
    """The article's authors, in page order, spelled as on the page.

    Structured data first: the people named as ``author`` of the page's JSON-LD article objects and in
    ``article:author`` / ``parsely-author`` / ``sailthru.author`` metas, joined by any further person named in
    ``<meta name=author>`` (which HTML defines as naming one of the page's authors). Without those, trafilatura's
    byline (not a name that only appears in a comments box); without that, the organisation the JSON-LD names
    as the author. Organisations the page shows as such (site, publisher, copyright holder) are dropped unless
    they are the whole byline; URLs, e-mail addresses, job titles and placeholders ("admin") are never names."""
    structured: list[str] = []
    org_authors: list[str] = []
    for obj in ld:
        kinds = obj.get("@type") if isinstance(obj.get("@type"), list) else [obj.get("@type")]
        if "author" not in obj or not any(isinstance(k, str) and ARTICLE_TYPE.search(k) for k in kinds):
            continue
        for author in (obj["author"] if isinstance(obj["author"], list) else [obj["author"]]):
            if isinstance(author, dict) and author.get("@type") not in (None, "Person"):
                org_authors += _names(author)
                continue
            structured += _names(author)
    structured += _meta(tree, "article:author", "parsely-author", "sailthru.author")
    structured = [p for s in structured if s and not re.search(r"https?:|www\.|/", s) for p in _byline_parts(s)]
    orgs = _organisations(tree, ld, exclude)
    declared = [p for raw in _meta(tree, "author", "byl", "dc.creator") for p in _byline_parts(raw)]
    spelled: dict[str, str] = {}
    for part in structured + declared:
        spelled.setdefault(_key(part), part)
    if structured:
        def same_person(a: str, b: str) -> bool:  # "Jane A. Doe" and "Jane Doe"
            wa, wb = [_key(w) for w in a.split()], [_key(w) for w in b.split()]
            return wa[0] == wb[0] and wa[-1] == wb[-1]

        names = structured + [d for d in declared if _personal(d) and _key(d) not in orgs
                              and not re.search(r"https?:|www\.|@|/", d)
                              and not any(same_person(d, s) for s in structured)]
    else:
        names = [p for n in (found or "").split(";") for p in _byline_parts(n)]
        names = [n for n in names if not _only_in_comments(n, tree)]
        names = names or [_clean(n) for n in org_authors]
    out: list[str] = []
    for name in names:
        k = _key(name)
        if (not k or re.search(r"https?:|www\.|@|\d", name) or len(name.split()) > 6 or name.casefold() in NOT_NAMES
                or any(_key(o) == k for o in out)):
            continue
        out.append(spelled.get(k, name))
    people = [n for n in out if _key(n) not in orgs]
    return people or out[:1]


def _published(tree, ld: list[dict], found: str | None) -> str | None:
    """The publication date as the page states it (local date, YYYY-MM-DD); else htmldate's."""
    stated = _meta(tree, "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
                   "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")
    stated = [str(obj["datePublished"]) for obj in ld if obj.get("datePublished")] + stated
    for value in stated:
        m = re.match(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?![\d])", value)
        if m and 1990 <= int(m.group(1)) <= 2100 and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return "-".join(m.groups())
    return plain.iso_date(found) if found else None


def _standfirst(description: str | None, title: str, blocks: list[tuple[str, str]]) -> str | None:
    """The page description as a standfirst, unless it is cut off, generic, or repeats the text."""
    dek = _clean(description)
    if not dek or dek.endswith(("...", "…")) or _key(dek) == _key(title) or len(dek) < 20:
        return None
    body = " ".join(t for _, t in blocks)
    head = _key(body[:len(dek) + 200])
    if _key(dek) in _key(body) or head.startswith(_key(dek)[:80]):
        return None
    if SLOGAN.search(dek):
        return None  # a site-wide slogan, not about this story
    return dek


def _categories(*values) -> list[str]:
    out: list[str] = []
    for value in values:
        for item in value or []:
            for part in re.split(r"\s*[,;|]\s*", str(item)):
                part = _clean(part)
                if part and len(part) <= 60 and not part.startswith(("@", "#")) and \
                        all(_key(part) != _key(o) for o in out):
                    out.append(part)
    return out[:MAX_CATEGORIES]


def _no_text_reason(text: str) -> str:
    if FEED_START.match(text[:2000]):
        return "an RSS/Atom feed, not an article page (use 'briefings add --feed URL')"
    refresh = META_REFRESH.search(text[:20000])
    if refresh:
        target = REFRESH_URL.search(refresh.group(0))
        return f"no article text: the page only redirects{f' to {target.group(1)}' if target else ''}"
    return "no article text found in the page"


EXTRACTION = dict(include_comments=False, include_images=False, include_formatting=False, with_metadata=True,
                  deduplicate=False, date_extraction_params={"extensive_search": False, "original_date": True})
#: The guard on the second pass: at least this much running text (trafilatura's own minimum
#: extracted size), and at most this share of it inside links (a home page of headlines).
MIN_PROSE_CHARS, MAX_LINK_SHARE = 250, 0.5


def _main_text(trafilatura, text: str) -> tuple[object, list[tuple[str, str]]]:
    """trafilatura's document and its blocks, in two passes.

    1. Precision first, tables left out: the main text of a modern article page, nothing else.
    2. Failing that, trafilatura's defaults (what ``trafilatura.extract`` accepts as an article),
       tables in as layout: old pages laid out in tables, pages without article markup. Accepted
       only as running text (:data:`MIN_PROSE_CHARS`), not mostly links (:data:`MAX_LINK_SHARE`).
    """
    doc = trafilatura.bare_extraction(text, include_tables=False, include_links=False, favor_precision=True,
                                      **EXTRACTION)
    body = getattr(doc, "body", None) if doc is not None else None
    blocks = _blocks(body) if body is not None else []
    if blocks:
        return doc, blocks
    loose = trafilatura.bare_extraction(text, include_tables=True, include_links=True, **EXTRACTION)
    body = getattr(loose, "body", None) if loose is not None else None
    if body is None:
        return doc, []
    blocks = _blocks(body, layout=True)
    prose = sum(len(t) for _, t in blocks if _sentence(t))
    chars = len("".join(body.itertext()).strip())
    linked = sum(len("".join(r.itertext())) for r in body.iter("ref"))
    if prose < MIN_PROSE_CHARS or linked > MAX_LINK_SHARE * max(chars, 1):
        return doc, []
    return loose, blocks


def parse(text: str, path: str) -> Article:
    """Read an HTML page (already decoded) into an :class:`Article`; raises :class:`InputError`."""
    try:
        import lxml.html
        import trafilatura
    except ImportError as exc:  # an install that lacks a dependency: one line, not a traceback
        raise InputError(path, f"cannot read web pages: {missing_package(exc)}") from None

    if FEED_START.match(text[:2000]):
        raise InputError(path, _no_text_reason(text))
    try:
        doc, blocks = _main_text(trafilatura, text)
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as exc:  # lxml refuses some inputs outright (e.g. no elements at all)
        raise InputError(path, f"cannot read the page as HTML ({type(exc).__name__})") from None
    if not blocks:
        raise InputError(path, _no_text_reason(text))
    ld = _json_ld(tree)
    publishers = [n for obj in ld for n in _names(obj.get("publisher"))]
    site = next(iter(_meta(tree, "og:site_name")), "") or _clean(doc.sitename) or next(iter(map(_clean, publishers)), "")
    site = site.split(" | ")[0].strip()
    if _key(site) == _key(_clean(doc.title)) or len(site) > 80:
        site = ""  # some pages put the headline in og:site_name
    site_keys = {k for k in (_key(site), *(_key(p) for p in publishers),
                             _key((doc.hostname or "").removeprefix("www."))) if k}
    title = _clean(_headline(tree, _clean(doc.title), site_keys))
    # The headline repeated at the top of the text, a byline or a date line: not story paragraphs.
    while blocks and title and _key(blocks[0][1]) == _key(title):
        blocks.pop(0)
    for i, (kind, t) in enumerate(blocks):  # a comments section that slipped through: cut it off
        if i >= 2 and len(t) <= 60 and COMMENTS.match(t):
            del blocks[i:]
            break
    kept = [(kind, t) for kind, t in blocks if not (kind == "body" and DROP.match(t) and len(t) < 200)]
    blocks = kept or blocks
    if not title:
        title = blocks.pop(0)[1]
        if not blocks:
            raise InputError(path, "no article text (only a headline)")
    authors = _authors(doc.author, tree, ld, site_keys)
    saved = SAVED_FROM.search(text[:4096])
    saved_url = saved.group(1) if saved and re.match(r"^https?://\S+$", saved.group(1)) else None
    url = None
    for candidate in (doc.url, *_meta(tree, "og:url")):
        if candidate and saved_url and candidate.startswith("/"):  # a relative canonical link
            candidate = urllib.parse.urljoin(saved_url, candidate)
        if candidate and re.match(r"^https?://\S+$", candidate):
            url = candidate
            break
    url = url or saved_url
    article = Article(path=path, text="", title=title, dek=_standfirst(doc.description, title, blocks),
                      authors=authors, published=_published(tree, ld, doc.date),
                      categories=_categories(doc.categories, doc.tags), url=url, publisher=site or None)
    # Build the text: headline, blank line, blocks separated by blank lines; one Paragraph each.
    parts = [title]
    paragraphs = [Paragraph(0, len(title), kind="title")]
    pos = len(title)
    lower_authors = {a.lower() for a in authors}
    for i, (kind, t) in enumerate(blocks):
        pos += 2
        start = pos
        pos += len(t)
        parts.append(t)
        if i < 3 and plain.is_byline(t) and len(t) <= 100:
            kind = "byline"
            if not article.authors:
                name = plain.BYLINE.match(t).group(2).strip()
                article.authors = [n for n in plain.split_list(name.replace(" and ", ",")) if _key(n) not in site_keys][:6]
        elif DATE_LINE.match(t) or (lower_authors and t.lower() in lower_authors):
            kind = "meta"
        paragraphs.append(Paragraph(start, pos, kind=kind))
    article.text = "\n\n".join(parts) + "\n"
    article.title_span = (0, len(title))
    # A dateline opening one of the first two story paragraphs ("WASHINGTON (CNN) —"): metadata.
    for i in [i for i, p in enumerate(paragraphs) if p.kind == "body"][:2]:
        found: list[Paragraph] = []
        start = plain.split_dateline(article.text, paragraphs[i].start, paragraphs[i].end, article, found)
        if found:
            paragraphs[i:i + 1] = found + [Paragraph(start, paragraphs[i].end, kind="body")]
            break
    article.paragraphs = plain.number_paragraphs(
        comments.mark(article.text, nonprose.refine(article.text, paragraphs, plain.sentence_ends)))
    return article
