#!/usr/bin/env python3
"""Non-prose lines found by the text reader in CNN/DailyMail articles, with a sample to read by eye.

Reads ``cnndm_frank/cnndm_dev.jsonl`` under ``../shared/data`` (or ``$BRIEFINGS_DATA``) as the text
reader reads a ``.txt`` file, counts the paragraphs (or pieces of paragraphs) given a non-prose
kind (caption, widget, capitals, dateline), their share of the text, and prints a random sample
of them (``--sample N``, ``--seed S``) so that false positives can be counted by eye. Also counts
what the reader finds on the BBC articles (whose files carry no captions or widgets: anything
found there but datelines is a false positive), read twice: as their files come (paragraphs),
and flattened into one paragraph of running text, as CNN/DailyMail files come, where the
glued-caption rules (seams, markers, labels) apply; every piece found there is a false positive,
and is printed.

    .venv/bin/python bench/nonprose.py [--sample 30] [--seed 1] [--bbc 300]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter

from common import bbc_articles, data_dir

from generator.ingest import from_text, read_article
from generator.model import PROSE_KINDS

NON_PROSE = ("caption", "widget", "capitals", "dateline")


def found(article) -> list[tuple[str, str]]:
    return [(p.kind, article.text[p.start:p.end]) for p in article.paragraphs if p.kind in NON_PROSE]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bbc", type=int, default=300, help="BBC articles to scan for false positives")
    args = ap.parse_args()
    d = data_dir()
    if d is None or not (d / "cnndm_frank" / "cnndm_dev.jsonl").is_file():
        print("skipped: no CNN/DailyMail data (../shared/data/cnndm_frank)")
        return 0
    rows = [json.loads(line) for line in (d / "cnndm_frank" / "cnndm_dev.jsonl").open(encoding="utf-8")]
    kinds: Counter = Counter()
    chars: Counter = Counter()
    items: list[tuple[str, str, str]] = []
    with_any = total = 0
    for row in rows:
        article = from_text(row["article"], f"{row['id']}.txt")
        total += len(article.text)
        lines = found(article)
        with_any += bool(lines)
        for kind, text in lines:
            kinds[kind] += 1
            chars[kind] += len(text)
            items.append((row["id"], kind, text))
        assert all(p.kind in PROSE_KINDS or p.kind in NON_PROSE or p.kind == "boilerplate" for p in article.paragraphs)
    print(f"CNN/DailyMail: {len(rows)} articles, {with_any} with non-prose lines; "
          + ", ".join(f"{k} {kinds[k]} ({chars[k] / total:.1%} of the text)" for k in NON_PROSE))
    random.Random(args.seed).shuffle(items)
    for ident, kind, text in items[:args.sample]:
        print(f"  {kind:8} {ident[:24]:24} {' '.join(text.split())[:160]!r}")
    bbc: Counter = Counter()
    flat: Counter = Counter()
    flat_items: list[tuple[str, str, str]] = []
    files = bbc_articles(args.bbc)
    for path in files:
        try:
            article = read_article(path)
        except Exception as exc:  # a bad file is one line; the count goes on
            print(f"  {path.name}: {exc}", file=sys.stderr)
            continue
        bbc.update(kind for kind, _ in found(article))
        # the same story as one scraped paragraph (no headline: the reader takes the first sentence)
        running = " ".join(" ".join(article.text[p.start:p.end].split()) for p in article.body())
        for kind, text in found(from_text(running, path.name)):
            if kind != "dateline":
                flat[kind] += 1
                flat_items.append((f"{path.parent.name}/{path.stem}", kind, text))
    if files:
        print(f"BBC: {len(files)} articles; " + ", ".join(f"{k} {bbc[k]}" for k in NON_PROSE))
        print("BBC flattened into running text (every piece is a false positive): "
              + ", ".join(f"{k} {flat[k]}" for k in NON_PROSE if k != "dateline"))
        for ident, kind, text in flat_items:
            print(f"  {kind:8} {ident:18} {' '.join(text.split())[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
