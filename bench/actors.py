"""Benchmark: key actors on the hand-annotated gold_dev articles.

Runs the real CLI (``briefings extract --format jsonl``) over ``gold_dev/articles`` and scores
the output with ``eval/actors_score.py``, printing its one-line JSON result. The data lives
outside the repository: ``../shared/data`` relative to the repo root, or ``$BRIEFINGS_DATA``;
the scorer is looked up in ``../shared/eval`` (or ``$BRIEFINGS_EVAL``). Skips with a message
when either is missing.

    .venv/bin/python bench/actors.py [--verbose]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    data = Path(os.environ.get("BRIEFINGS_DATA") or ROOT.parent / "shared" / "data")
    scorer = Path(os.environ.get("BRIEFINGS_EVAL") or data.parent / "eval") / "actors_score.py"
    gold = data / "gold_dev"
    articles = sorted((gold / "articles").glob("*.txt")) if (gold / "articles").is_dir() else []
    if not articles or not (gold / "annotations").is_dir() or not scorer.is_file():
        print(f"bench/actors.py: skipped (no gold_dev data at {gold} or no scorer at {scorer})")
        return 0
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as out:
        pred = out.name
    try:
        t0 = time.perf_counter()
        with open(pred, "w", encoding="utf-8") as fh:
            run = subprocess.run([sys.executable, "-m", "generator.cli", "extract", "--format", "jsonl",
                                  *map(str, articles)], cwd=ROOT, stdout=fh, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - t0
        if run.stderr.strip():
            print(run.stderr.strip(), file=sys.stderr)
        args = [sys.executable, str(scorer), str(gold / "annotations"), pred]
        if "--verbose" in argv:
            args.append("--verbose")
        score = subprocess.run(args, capture_output=True, text=True)
        if "--verbose" in argv and score.stderr:
            print(score.stderr.rstrip(), file=sys.stderr)
        if score.returncode != 0:
            print(f"bench/actors.py: scorer failed: {score.stderr.strip()}", file=sys.stderr)
            return 1
        print(score.stdout.strip())
        print(f"bench/actors.py: {len(articles)} articles, extract {elapsed:.1f}s (incl. model load)")
        return 0
    finally:
        os.unlink(pred)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
