"""What the training scripts (and the benches that reuse their data) share: where the shared data
lives, which articles gold_dev holds, and the BBC articles with their reference summaries."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

if TYPE_CHECKING:
    from generator.ingest import Article

REPO = Path(__file__).resolve().parent.parent


def data_dir(arg: str | None, script: str) -> Path:
    """``--data``, else ``$BRIEFINGS_DATA``, else ``../shared/data`` beside the repository; the
    script exits naming itself when none is a folder."""
    for candidate in (arg, os.environ.get("BRIEFINGS_DATA"), REPO.parent / "shared" / "data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    sys.exit(f"{script}: no data folder (give --data or BRIEFINGS_DATA)")


def gold_dev(data: Path) -> tuple[set[str], list[str]]:
    """BBC keys ("CAT/NNN") and CNN/DailyMail id prefixes of the gold_dev articles, which training
    and the held-out benches leave out."""
    bbc, cnn = set(), []
    for f in (data / "gold_dev" / "articles").glob("*.txt"):
        if f.stem.startswith("bbc__"):
            cat, num = f.stem[5:].rsplit("_", 1)
            bbc.add(f"{cat}/{num}")
        elif f.stem.startswith("cnndm__"):
            cnn.append(f.stem[7:])
    return bbc, cnn


def bbc_summarised(data: Path, keep: Callable[[str], bool]) -> Iterator[tuple[str, Path, "Article", str]]:
    """``(key, path, article, reference summary)`` for each BBC News Summary article whose key
    ("CAT/NNN") ``keep`` accepts, in file order; a file the reader refuses is skipped."""
    from generator.ingest import InputError, read_article

    bbc = data / "bbc_news_summary"
    for path in sorted((bbc / "articles").glob("*/*.txt")):
        key = f"{path.parent.name}/{path.stem}"
        if not keep(key):
            continue
        try:
            art = read_article(path)
        except InputError:
            continue
        ref = (bbc / "summaries" / path.parent.name / path.name).read_text(encoding="utf-8", errors="replace")
        yield key, path, art, ref
