#!/usr/bin/env python3
"""Readers'-comment runs the readers find, on the BBC articles and the PolNeAR train texts, to read by eye.

For each article where a run of paragraphs is given the kind ``comment`` (see
``generator/ingest/comments.py``), prints the article, the number of paragraphs in the run out of
its paragraphs, the last story paragraph before the run and the run's first ones (``--show N``), so
that false positives (a column, an interview, quoted letters) can be counted. Ends with the counts.

    .venv/bin/python bench/comments.py [--show 2] [--only bbc|polnear] [--width 150]
"""

from __future__ import annotations

import argparse
import json

from common import bbc_articles, data_dir

from generator.ingest import from_text, read_article


def report(name: str, article, show: int, width: int) -> bool:
    paras = [p for p in article.paragraphs if p.kind in ("body", "heading", "comment")]
    run = [p for p in paras if p.kind == "comment"]
    if not run:
        return False
    first = paras.index(run[0])
    print(f"== {name}: {len(run)} of {len(paras)} paragraphs")
    cut = lambda p: " ".join(article.text[p.start:p.end].split())[:width]  # noqa: E731
    if first:
        print(f"   story| {cut(paras[first - 1])}")
    for p in run[:show]:
        print(f"   run  | {cut(p)}")
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=2)
    ap.add_argument("--only", choices=("bbc", "polnear"))
    ap.add_argument("--width", type=int, default=150)
    args = ap.parse_args()
    counts = {}
    if args.only in (None, "bbc"):
        files = bbc_articles()
        hits = sum(report(f"bbc {f.parent.name}/{f.stem}", read_article(f), args.show, args.width) for f in files)
        counts["bbc"] = (hits, len(files))
    d = data_dir()
    train = d / "polnear" / "attributions_train.jsonl" if d else None
    if args.only in (None, "polnear") and train and train.is_file():
        seen, hits = set(), 0
        for line in train.open(encoding="utf-8"):
            row = json.loads(line)
            if row["filename"] in seen:
                continue
            seen.add(row["filename"])
            hits += report(f"polnear {row['filename']}", from_text(row["text"], row["filename"] + ".txt"),
                           args.show, args.width)
        counts["polnear train"] = (hits, len(seen))
    for where, (hits, total) in counts.items():
        print(f"{where}: comment runs in {hits} of {total} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
