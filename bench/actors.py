"""Benchmark: key actors, quotes with speakers and questions on the hand-annotated gold_dev articles.

Runs the real CLI (``briefings extract --format jsonl``) over ``gold_dev/articles`` and scores
the output with ``eval/actors_score.py``, printing its one-line JSON result for each split: the
13 ``original`` articles the rules were written against, the ``new`` ones (unseen by the rules:
the figure that tells whether a change generalises) and their halves ``new-odd`` (read while
tuning) and ``new-even`` (kept unread), and ``all``. The data lives
outside the repository: ``../shared/data`` relative to the repo root, or ``$BRIEFINGS_DATA``;
the scorer is looked up in ``../shared/eval`` (or ``$BRIEFINGS_EVAL``). Skips with a message
when either is missing.

    .venv/bin/python bench/actors.py [--verbose] [--cost]

``--verbose`` prints the scorer's errors for the ``original`` and ``new-odd`` articles only (the
``new-even`` half stays unread). ``--cost`` also times, in this process, the parse of the articles against the actor stage
(candidates and ranking), which should stay under a tenth of the parse.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from common import gold_splits, score_splits  # noqa: E402


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
        splits = gold_splits(gold / "annotations")
        new = sorted(splits["new"])
        splits = {"original": splits["original"], "new-odd": new[0::2], "new-even": new[1::2],
                  "new": new, "all": splits["all"]}
        if "--verbose" in argv:
            readable = splits["original"] + splits["new-odd"]
            with tempfile.TemporaryDirectory() as tmp:
                for f in readable:
                    (Path(tmp) / f.name).symlink_to(f.resolve())
                score = subprocess.run([sys.executable, str(scorer), tmp, pred, "--verbose"],
                                       capture_output=True, text=True)
            print(score.stderr.rstrip(), file=sys.stderr)
        for split, (count, line) in score_splits(scorer, splits, Path(pred)).items():
            if not line.startswith("{"):
                print(f"bench/actors.py: scorer failed on {split}: {line}", file=sys.stderr)
                return 1
            print(f"{split:>8} ({count:2d}): {line}")
        print(f"bench/actors.py: {len(articles)} articles, extract {elapsed:.1f}s (incl. model load)")
        if "--cost" in argv:
            cost(articles)
        return 0
    finally:
        os.unlink(pred)


def cost(articles: list[Path]) -> None:
    """Parse time against the actor stage's time (candidates and ranking), best of three runs."""
    sys.path.insert(0, str(ROOT))
    from generator import nlp
    from generator.extract import actors, quotes
    from generator.extract.analysis import analyse
    from generator.ingest import read_article

    language = nlp.load()
    docs = [read_article(a) for a in articles]
    t0 = time.perf_counter()
    parsed = nlp.parse(docs, language)
    parse_s = time.perf_counter() - t0
    runs = []
    for _ in range(3):
        spent = 0.0
        for p in parsed:
            analysis = analyse(p)
            t0 = time.perf_counter()
            found = actors.extract(analysis)
            spent += time.perf_counter() - t0
            analysis.set_referents(found)
            qs, _reported = quotes.extract(analysis, [])
            t0 = time.perf_counter()
            actors.rank(found, qs, p)
            spent += time.perf_counter() - t0
        runs.append(spent)
    print(f"bench/actors.py: parse {parse_s:.2f}s, actor stage {min(runs):.2f}s "
          f"({100 * min(runs) / parse_s:.1f}% of parse)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
