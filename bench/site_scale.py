"""Site scale: time `mkdocs build` with N briefings; seconds, site size and search index per briefing.

    .venv/bin/python bench/site_scale.py [--sizes 200 2000] [--jobs 2] [--repeat 1]

Briefings are generated once from the BBC News Summary articles in ../shared/data (cached in
a temporary folder for the larger N, reused for the smaller ones). Target on a 2-core machine:
2,000 briefings with their actor and topic pages build in under 60 s, size linear in N.
Build times on a shared machine vary by 10-20 %: ``--repeat`` reports the fastest of several
builds, and the script prints the load average next to it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, bbc_articles

CACHE = Path(tempfile.gettempdir()) / "briefings-site-scale"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def prepare(n: int, jobs: int) -> Path:
    """A project with n seeds and their briefings (generated once, cached)."""
    files = bbc_articles(n)
    root = CACHE / f"n{n}"
    if (root / "briefings").is_dir() and len(list((root / "briefings").glob("*.md"))) >= n * 0.95:
        return root
    shutil.rmtree(root, ignore_errors=True)
    (root / "seeds").mkdir(parents=True)
    for i in range(n):  # past the end of the corpus, articles come round again under a new headline
        f, rnd = files[i % len(files)], i // len(files)
        text = f.read_text(encoding="utf-8", errors="replace")
        if rnd:
            head, _, rest = text.partition("\n")
            text = f"{head} (round {rnd + 1})\n{rest}"
        (root / "seeds" / f"{f.parent.name}-{f.stem}-{rnd}.txt").write_text(text, encoding="utf-8")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator.cli", "generate", "--root", str(root), "--quiet", "--jobs", str(jobs)],
                   cwd=REPO, check=False, capture_output=True)
    print(f"  (generated {n} briefings in {time.perf_counter() - t:.0f} s)")
    return root


def build(root: Path) -> tuple[float, int]:
    site = root / "site"
    shutil.rmtree(site, ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=root, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if done.returncode:
        print(done.stderr[-2000:])
    return seconds, len(list((root / "briefings").glob("*.md")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="builds per size; the fastest is reported")
    args = ap.parse_args()
    if not bbc_articles(1):
        print("skipped: ../shared/data/bbc_news_summary not found (set BRIEFINGS_DATA)")
        return
    for n in args.sizes:
        root = prepare(n, args.jobs)
        seconds, count = min(build(root) for _ in range(max(1, args.repeat)))
        site = root / "site"
        size = folder_size(site)
        index = (site / "search" / "search_index.json").stat().st_size
        pages = len(list(site.rglob("*.html")))
        load = os.getloadavg()[0]
        print(f"N={count}: build {seconds:.1f} s (load {load:.1f}), {pages} HTML pages "
              f"({seconds / pages * 1000:.1f} ms/page), site {size / 1e6:.1f} MB "
              f"({size / count / 1e3:.0f} kB/briefing), search index {index / 1e6:.1f} MB ({index / count / 1e3:.1f} kB/briefing)")


if __name__ == "__main__":
    main()
