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


#: The 13 gold_dev articles the extraction rules were written against (by file stem). The other
#: gold_dev articles were added later and are unseen by those rules: the benchmarks report them
#: apart, as the figure that tells whether a change generalises.
ORIGINAL_DEV = frozenset("""
bbc__business_304 bbc__politics_328 bbc__sport_508 bbc__tech_393
cnndm__dm-test-2d2a274c9b90ba217fbaa57351914d19 cnndm__dm-test-2df882286a293175a402beb4dac2e1e3
cnndm__dm-test-8ececf760ca96748a4f75d7fa7c1e130 cnndm__dm-test-e3bd5f22fedc86c37867d6d93d39517a
polnear__usa-today_2016-09-23_trump-questions-the-fairness-of-
polnear__usa-today_2016-10-03_my-father-would-have-loved-trump
polnear__wash-post_2016-09-21_mixed-messages-on-trump-leave-pl
polnear__wash-post_2016-10-05_international-monetary-fund-slas
seed__zelensky-security-guarantees
""".split())


def gold_splits(annotations: Path) -> dict[str, list[Path]]:
    """The gold_dev annotation files as three groups: ``original`` (13), ``new`` (the rest), ``all``."""
    files = sorted(annotations.glob("*.json"))
    return {"original": [f for f in files if f.stem in ORIGINAL_DEV],
            "new": [f for f in files if f.stem not in ORIGINAL_DEV],
            "all": files}


def score_gold_splits(scorer: Path, annotations: Path, predictions: Path, extra: list[str] | None = None
                      ) -> dict[str, tuple[int, str]]:
    """Run ``actors_score.py`` on each split of :func:`gold_splits`: ``{split: (article count, the
    scorer's last stdout line or its error)}``."""
    return score_splits(scorer, gold_splits(annotations), predictions, extra)


def score_splits(scorer: Path, splits: dict[str, list[Path]], predictions: Path, extra: list[str] | None = None
                 ) -> dict[str, tuple[int, str]]:
    """Run ``actors_score.py`` on each of ``splits`` (a temporary folder of links to its annotations)."""
    import subprocess
    import tempfile

    out: dict[str, tuple[int, str]] = {}
    for split, files in splits.items():
        with tempfile.TemporaryDirectory() as tmp:
            for f in files:
                (Path(tmp) / f.name).symlink_to(f.resolve())
            run = subprocess.run([sys.executable, str(scorer), tmp, str(predictions), *(extra or [])],
                                 capture_output=True, text=True)
            lines = run.stdout.strip().splitlines()
            out[split] = (len(files), lines[-1] if run.returncode == 0 and lines else run.stderr.strip())
    return out
