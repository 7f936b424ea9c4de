#!/usr/bin/env python3
"""Corpus text copied into the repository: runs of N or more words shared with any evaluation text.

The evaluation articles belong to their publishers and never go into the repository; tests and
docstrings use sentences of our own. This lists every run of ``--words`` (default 9) or more
words (lower-cased, punctuation dropped) that a file under ``generator/``, ``tests/``, ``bench/``,
``train/`` or ``docs/`` shares with an article of ``../shared/data`` (or ``$BRIEFINGS_DATA``):
gold_dev, BBC News Summary, PolNeAR train and dev, CNN/DailyMail, newspaper4k. The shipped seed
article is left out (it is ours to publish). Exits 1 when any run is found.

    .venv/bin/python bench/corpus_overlap.py [--words 9]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from common import REPO, data_dir

SCANNED = ("generator", "tests", "bench", "train", "docs")
WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def corpus_texts(data: Path):
    """(label, text) for every evaluation article."""
    for f in sorted((data / "gold_dev" / "articles").glob("*")):
        if not f.name.startswith("seed__"):
            yield f"gold_dev/{f.name}", f.read_text(encoding="utf-8", errors="replace")
    for f in sorted((data / "bbc_news_summary" / "articles").glob("*/*.txt")):
        yield f"bbc/{f.parent.name}/{f.name}", f.read_text(encoding="utf-8", errors="replace")
    for split in ("train", "dev"):
        path = data / "polnear" / f"attributions_{split}.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                article = json.loads(line)
                yield f"polnear/{article['filename']}", article["text"]
    path = data / "cnndm_frank" / "cnndm_dev.jsonl"
    if path.exists():
        for line in path.open(encoding="utf-8"):
            article = json.loads(line)
            yield f"cnndm/{article['id']}", article["article"]
    for f in sorted((data / "newspaper4k_tests" / "head" / "txt").glob("*")):
        yield f"newspaper4k/{f.name}", f.read_text(encoding="utf-8", errors="replace")


def shared_runs(file_words: list[str], index: dict[str, str], n: int):
    """Maximal runs of >= n words of ``file_words`` found in the index: (start, length, source)."""
    i = 0
    while i <= len(file_words) - n:
        source = index.get(" ".join(file_words[i:i + n]))
        if source is None:
            i += 1
            continue
        j = i
        while j + 1 <= len(file_words) - n and " ".join(file_words[j + 1:j + 1 + n]) in index:
            j += 1
        yield i, j - i + n, source
        i = j + n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=9, help="shortest run reported (default 9)")
    args = parser.parse_args()
    data = data_dir()
    if data is None:
        print("corpus_overlap: no evaluation data (../shared/data or $BRIEFINGS_DATA); skipped")
        return 0
    n = args.words
    index: dict[str, str] = {}
    for label, text in corpus_texts(data):
        w = words(text)
        for i in range(len(w) - n + 1):
            index.setdefault(" ".join(w[i:i + n]), label)
    found = 0
    for top in SCANNED:
        for path in sorted((REPO / top).rglob("*")):
            if not path.is_file() or path.suffix in (".json", ".pyc"):
                continue
            try:
                file_words = words(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                continue
            for start, length, source in shared_runs(file_words, index, n):
                found += 1
                shown = " ".join(file_words[start:start + min(length, 14)])
                print(f"{length:3d} words  {path.relative_to(REPO)}  ~ {source}: {shown} ...")
    print(f"corpus_overlap: {found} run(s) of {n}+ words shared with evaluation text")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
