"""Throughput: articles per second of `briefings generate --jobs N` against bare spaCy `nlp.pipe`.

    .venv/bin/python bench/throughput.py [--limit 400] [--jobs 2]

Uses the BBC News Summary articles from ../shared/data when present, else the seeds. Both
sides include loading the model; the bare side parses the same texts in one process. Target:
generate reaches >= 80% of bare parse speed with --jobs 2.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, bbc_articles


def bare_parse_seconds(texts: list[str]) -> float:
    code = ("import sys, time, json\nfrom generator import nlp\nt = time.perf_counter()\n"
            "model = nlp.load()\ntexts = json.load(sys.stdin)\n"
            "for _ in model.pipe(texts, batch_size=64): pass\nprint(time.perf_counter() - t)\n")
    import json

    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                          cwd=REPO, check=True)
    return float(done.stdout.strip())


def generate_seconds(files: list[Path], jobs: int) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for i, f in enumerate(files):
            shutil.copy(f, seeds / f"{i:05d}-{f.parent.name}-{f.name}")
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "generator.cli", "generate", "--root", tmp, "--quiet",
                               "--jobs", str(jobs)], capture_output=True, text=True, cwd=REPO)
        return time.perf_counter() - t, done.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    files = bbc_articles(args.limit) or sorted((REPO / "seeds").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    bare = bare_parse_seconds(texts)
    gen, line = generate_seconds(files, args.jobs)
    n = len(files)
    print(f"articles: {n} ({'BBC News Summary' if bbc_articles(1) else 'seeds'})")
    print(f"bare nlp.pipe (1 process): {n / bare:.1f} articles/s ({bare:.1f} s)")
    print(f"briefings generate --jobs {args.jobs}: {n / gen:.1f} articles/s ({gen:.1f} s) [{line}]")
    print(f"ratio generate/bare: {bare / gen:.2f} (target >= 0.80)")


if __name__ == "__main__":
    main()
