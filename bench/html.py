"""HTML reader quality on the newspaper4k test pages: main text, headline, authors, date.

Data: ``newspaper4k_tests/head`` under ``../shared/data`` (or ``$BRIEFINGS_DATA``): pages in
``html/``, the expected article text in ``txt/``, expected metadata in ``metadata/``.

- **Text**: word-level bag-of-words F1 of the article's story paragraphs (headline excluded)
  against ``txt/NAME.txt``; the target (mean >= 0.90) is over the English pages. Pages in
  scripts without spaces between words (Chinese, Japanese, Thai, Burmese) are scored on
  characters instead and shown for information.
- **Title, authors, date**: correct when equal to the metadata after normalisation (letters and
  digits only, case-folded; authors as a set; dates as YYYY-MM-DD), over the pages whose
  metadata states them. Target: >= 90 % each, on the metadata as given.

The expected metadata was produced by a scraper (newspaper4k) and has a few plain errors, listed
in :data:`CORRECTIONS` with the evidence from the page; the corrected author figure is printed
for information next to the one on the metadata as given, which is what the target is judged on. Run: ``.venv/bin/python bench/html.py [-v]``.
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

# This file is named like the standard library's ``html`` (which trafilatura imports): take its
# folder off the import path and import the shared helpers as ``bench.common`` instead.
_HERE, _REPO = Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_REPO))
from bench.common import data_dir  # noqa: E402

from generator.errors import InputError  # noqa: E402
from generator.ingest import read_article  # noqa: E402

TEXT_TARGET, META_TARGET = 0.90, 0.90
NO_SPACES = {"zh", "ja", "th", "my", "ko"}

#: Expected author lists that are indisputably wrong, with the evidence from the page. Only the scraper's plain
#: errors are here (strings that are not names, and the bylines of *other* stories linked from the page); where
#: the page itself could support the expected list (e.g. cnn_002's ``<meta name=author>`` editor) it stands.
#: The target is judged on the metadata as given; the corrected figure is printed for information only.
#: On the metadata as given the author target cannot be met honestly: 12 pages state authors, 90 % needs 11, and
#: these three lists can only be matched by returning a URL, date-line fragments and a "Print" link as authors
#: (yna_co_kr, video_article_01), or every byline of the page's story cards (wired_001): the ceiling is 9/12.
CORRECTIONS = {
    "wired_001": (["Tom Bennett"], "article:author, the JSON-LD author and the byline are Tom Bennett; the nine other "
                  "names are itemprop=author bylines inside the 'most popular' and related-story cards"),
    "yna_co_kr": ([], "'www.facebook.com' is a URL (the article:author link); the page names no author"),
    "video_article_01": (["National Desk"], "the list is the byline box cut into pieces: a 'Print' link, a hidden "
                         "'The Plain Dealer' span and the date line ('on December', 'at PM', 'updated'); "
                         "article_author, parsely author and JSON-LD author are all National Desk"),
}


def key(value: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", value).casefold() if ch.isalnum())


def tokens(text: str, chars: bool) -> Counter:
    if chars:
        return Counter(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def f1(found: str, expected: str, chars: bool = False) -> float:
    a, b = tokens(found, chars), tokens(expected, chars)
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    data = data_dir()
    root = data / "newspaper4k_tests" / "head" if data else None
    if root is None or not (root / "html").is_dir():
        print("bench/html.py: skipped, no newspaper4k_tests/head under ../shared/data (or $BRIEFINGS_DATA)")
        return 0
    rows = []
    print(f"{'page':22} {'lang':4} {'text F1':>8} {'title':>5} {'authors':>7} {'date':>5} {'s':>5}")
    for page in sorted((root / "html").glob("*.html")):
        name = page.stem
        meta_path, txt_path = root / "metadata" / f"{name}.json", root / "txt" / f"{name}.txt"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else None
        if meta is None and not txt_path.exists():
            continue  # no expectations (feeds, redirects, home pages)
        lang = (meta or {}).get("language") or (meta or {}).get("meta_lang") or "?"
        started = time.perf_counter()
        try:
            article = read_article(page, name)
        except InputError as exc:
            article, error = None, str(exc)
        seconds = time.perf_counter() - started
        row = {"name": name, "lang": lang, "seconds": seconds}
        if article is None:
            print(f"{name:22} {lang:4} error: {error}")
            row.update(f1=0.0 if txt_path.exists() else None, title=False, authors=False, date=False)
            rows.append(row)
            continue
        body = "\n\n".join(article.text[p.start:p.end] for p in article.body())
        if txt_path.exists():
            expected_text = txt_path.read_text(encoding="utf-8")
            row["chars"] = lang in NO_SPACES or (lang == "?" and not expected_text.count(" ") * 20 > len(expected_text))
            row["f1"] = f1(body, expected_text, chars=row["chars"])
        if meta is not None:
            if meta.get("title"):
                row["title"] = key(article.title) == key(meta["title"])
            raw_authors = [a for a in meta.get("authors") or [] if a]
            if raw_authors:
                row["authors_raw"] = {key(a) for a in article.authors} == {key(a) for a in raw_authors}
            fixed = CORRECTIONS[name][0] if name in CORRECTIONS else raw_authors
            if fixed:
                row["authors"] = {key(a) for a in article.authors} == {key(a) for a in fixed}
            if meta.get("publish_date"):
                row["date"] = article.published == str(meta["publish_date"])[:10]
        rows.append(row)

        def mark(k):
            return "-" if k not in row else ("ok" if row[k] else "MISS")

        shown = "-" if row.get("f1") is None else f"{row['f1']:.3f}" + ("c" if row.get("chars") else "")
        print(f"{name:22} {lang:4} {shown:>8} {mark('title'):>5} {mark('authors_raw'):>7} {mark('date'):>5} {seconds:5.2f}")
        if verbose:
            for k, found, want in (("title", article.title, (meta or {}).get("title")),
                                   ("authors_raw", article.authors, (meta or {}).get("authors")),
                                   ("date", article.published, (meta or {}).get("publish_date"))):
                if row.get(k) is False:
                    fix = f" (corrected: {CORRECTIONS[name][0]!r})" if k == "authors_raw" and name in CORRECTIONS else ""
                    print(f"    {k.removesuffix('_raw')}: found {found!r}, expected {want!r}{fix}")
    english = [r for r in rows if r["lang"] == "en" and r.get("f1") is not None]
    mean_f1 = sum(r["f1"] for r in english) / len(english) if english else 0.0
    print()
    print(f"text F1 (English pages, mean): {mean_f1:.3f} over {len(english)} pages; "
          f"lowest {min((r['f1'] for r in english), default=0):.3f}  (target >= {TEXT_TARGET:.2f})")
    ok = mean_f1 >= TEXT_TARGET
    for label, k in (("title", "title"), ("authors (metadata as given)", "authors_raw"),
                     ("authors (corrected, information)", "authors"), ("date", "date")):
        for scope, subset in (("all pages", rows), ("English", [r for r in rows if r["lang"] == "en"])):
            stated = [r for r in subset if k in r]
            share = sum(r[k] for r in stated) / len(stated) if stated else 0.0
            print(f"{label + ' correct':42} {scope:9}: {sum(r[k] for r in stated):2}/{len(stated):<2} = {share:6.1%}")
            if k != "authors" and scope == "all pages":
                ok = ok and share >= META_TARGET
    print(f"corrected expectations: {', '.join(f'{n} ({why})' for n, (_, why) in CORRECTIONS.items())}" if verbose
          else f"({len(CORRECTIONS)} author expectations corrected; -v lists them)")
    print(f"seconds per page: mean {sum(r['seconds'] for r in rows) / max(len(rows), 1):.2f}, "
          f"max {max((r['seconds'] for r in rows), default=0):.2f}")
    print("PASS" if ok else "BELOW TARGET")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
