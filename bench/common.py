"""Shared by the benchmarks: where the evaluation data is, and how to run the extractor."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def data_dir() -> Path | None:
    """``$BRIEFINGS_DATA`` or ``../shared/data`` next to the repository, when present."""
    for candidate in (os.environ.get("BRIEFINGS_DATA"), REPO.parent / "shared" / "data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def eval_dir() -> Path | None:
    d = data_dir()
    if d is not None and (d.parent / "eval").is_dir():
        return d.parent / "eval"
    return None


def bbc_articles(limit: int | None = None) -> list[Path]:
    d = data_dir()
    if d is None:
        return []
    files = sorted((d / "bbc_news_summary" / "articles").glob("*/*.txt"))
    if limit and len(files) > limit:
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    return files
