"""Site scale: generate and build N briefings; time, memory, site size and what a reader downloads.

    .venv/bin/python bench/site_scale.py --n 10000            # sizes 1000 2000 5000 10000
    .venv/bin/python bench/site_scale.py --sizes 1000 2000    # only these
    .venv/bin/python bench/site_scale.py --n 10000 --skip-build 10000   # generate it, build the rest

Seeds are the BBC News Summary articles in ../shared/data, in a fixed shuffled order; past the
end of the corpus they come round again under a new headline ("… (round 2)"), so every briefing
has its own name. Each size is a project in a temporary folder, kept under a fingerprint of the
package's code and data (a changed extractor starts afresh), that starts from the next smaller
one (hard links) and generates only the new seeds: its generate time is for those, and the rate
is new briefings a second (``--jobs``, 2 by default). Bare spaCy (``nlp.pipe`` in one process) is
timed once on a sample of the same articles, for the ratio. The build is ``mkdocs build`` with the
project's ``mkdocs.yml`` under a sub-path ``site_url`` (its plugin runs the search indexer after
the build); peak memory is the largest resident size of the build's processes.

"First page" is the bytes a reader's browser (Chromium through Playwright, the site served on
127.0.0.1 under the sub-path, uncompressed) fetches to show the home page; "first search" is what
a search from the header's box then adds: the search page, Pagefind's scripts and WebAssembly,
its index entry, the index chunks the query needs and the fragments of the results shown. Targets at 10,000 on a 2-core machine: build <= 150 s, peak memory <= 4 GB,
<= 60 kB a briefing, first search <= 1 MB, first page <= 300 kB, generate >= 80 % of bare spaCy.
Times on a shared machine vary by 10-20 %: the load average is printed beside each build.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import hashlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, bbc_articles

CACHE = Path(tempfile.gettempdir()) / "briefings-site-scale"
SUB_PATH = "/briefings-site/"  # the site is built as if served under this path
SITE_URL = "https://example.org" + SUB_PATH
BARE_SAMPLE = 300  # articles timed with bare spaCy


def code_stamp() -> str:
    """A fingerprint of the package's code and data: a cached project is reused only by the same code."""
    digest = hashlib.sha256()
    for f in sorted((REPO / "generator").rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            digest.update(f.relative_to(REPO).as_posix().encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:12]


def seed_order() -> list[Path]:
    """The corpus in a fixed shuffled order: any prefix is a sample of every category."""
    files = bbc_articles()
    random.Random(22).shuffle(files)
    return files


def write_seed(seeds: Path, files: list[Path], i: int) -> None:
    """Seed ``i``: article ``i mod corpus`` with its headline marked by the round past the first."""
    f, rnd = files[i % len(files)], i // len(files)
    text = f.read_text(encoding="utf-8", errors="replace")
    if rnd:
        head, _, rest = text.partition("\n")
        text = f"{head} (round {rnd + 1})\n{rest}"
    (seeds / f"{i:05d}-{f.parent.name}-{f.stem}.txt").write_text(text, encoding="utf-8")


def link_tree(src: Path, dst: Path) -> None:
    """``dst`` as a copy of ``src`` made of hard links (files are replaced, never written in place)."""
    shutil.copytree(src, dst, copy_function=os.link)


def prepare(n: int, smaller: Path | None, jobs: int) -> tuple[Path, dict]:
    """A project with seeds 0..n-1 and their briefings; generated once and cached with its timing."""
    root = CACHE / code_stamp() / f"n{n}"
    stamp = root / "generate.json"
    if stamp.exists():
        return root, json.loads(stamp.read_text())
    shutil.rmtree(root, ignore_errors=True)
    files = seed_order()
    start = 0
    if smaller is not None:
        link_tree(smaller / "seeds", root / "seeds")
        link_tree(smaller / "briefings", root / "briefings")
        start = len(list((root / "seeds").glob("*.txt")))
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    for i in range(start, n):
        write_seed(root / "seeds", files, i)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "generator.cli", "generate", "--root", str(root), "--quiet",
                           "--jobs", str(jobs)], cwd=REPO, capture_output=True, text=True)
    info = {"new": n - start, "seconds": time.perf_counter() - t, "line": done.stdout.strip(), "jobs": jobs}
    stamp.write_text(json.dumps(info))
    return root, info


def bare_rate(jobs_note: str) -> float:
    """Articles a second of bare spaCy (one process, ``nlp.pipe``) on a sample of the corpus."""
    stamp = CACHE / "bare.json"
    if stamp.exists():
        return json.loads(stamp.read_text())["rate"]
    sample = seed_order()[:BARE_SAMPLE]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in sample]
    code = ("import sys, time, json\nfrom generator import nlp\nt = time.perf_counter()\n"
            "model = nlp.load()\ntexts = json.load(sys.stdin)\n"
            "for _ in model.pipe(texts, batch_size=64): pass\nprint(time.perf_counter() - t)\n")
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                          cwd=REPO, check=True)
    rate = len(texts) / float(done.stdout.strip())
    CACHE.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps({"rate": rate, "n": len(texts), "note": jobs_note}))
    return rate


def project_config(root: Path) -> None:
    """The repository's mkdocs.yml and docs/, with a sub-path site_url."""
    cfg = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    cfg = re.sub(r"^# site_url:.*$", f"site_url: {SITE_URL}", cfg, count=1, flags=re.M)
    (root / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    shutil.rmtree(root / "docs", ignore_errors=True)
    shutil.copytree(REPO / "docs", root / "docs")


def build(root: Path) -> tuple[float, float, int, str]:
    """``mkdocs build``: seconds, CPU seconds (its processes, Pagefind's too: what a busy machine
    does not inflate), peak resident memory of its processes (bytes), stderr tail."""
    project_config(root)
    shutil.rmtree(root / "site", ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, (err[-2000:] if proc.returncode else "")


# --- what a reader downloads ---------------------------------------------------------------------

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None)
SEARCH_WORD = "minister"


def reader_bytes(site: Path) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """(first page, first search, results), each as (bytes, gzipped bytes), as a browser fetches them: the home page with everything
    it loads, then a search for SEARCH_WORD from the header's box (the search page, Pagefind's
    scripts, index chunks and the fragments of the results shown). The site is served under
    SUB_PATH on 127.0.0.1, uncompressed, each response's body counted. None without Chromium
    or Playwright."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if CHROMIUM is None:
        return None
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def translate_path(self, path):
            if not path.startswith(SUB_PATH):
                return str(site / "__outside__")
            return super().translate_path("/" + path[len(SUB_PATH):])

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True)
            page = browser.new_page()
            responses = []
            page.on("response", lambda r: responses.append(r))

            def fetched() -> tuple[int, int]:
                """Body bytes that came over the network, as served here (uncompressed) and gzipped
                (as GitHub Pages serves text); a file the browser had cached counts 0."""
                plain = zipped = 0
                for r in responses:
                    try:
                        size = r.request.sizes()["responseBodySize"]
                        if r.status == 304 or size < 0:  # from the browser's cache
                            continue
                        body = r.body()  # (a worker's fetch reports size 0)
                    except Exception:  # an aborted request has no body
                        continue
                    plain += len(body)
                    zipped += len(body) if body[:4] == b"\0asm" or "pf_" in r.url or r.url.endswith(".png") \
                        else len(gzip.compress(body))  # Pagefind's files are compressed already
                responses.clear()
                return plain, zipped

            page.goto(base, wait_until="networkidle")
            first = fetched()
            box = page.locator("header input[type=search]")
            box.fill(SEARCH_WORD)
            box.press("Enter")
            page.locator(".pagefind-ui__result").first.wait_for(timeout=60000)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(1000)
            results = page.locator(".pagefind-ui__result").count()
            search = fetched()
            browser.close()
    finally:
        server.shutdown()
    return first, search, results


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="the largest size; sizes 1000, 2000, 5000 up to it")
    ap.add_argument("--sizes", type=int, nargs="+", help="these sizes instead")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--skip-build", type=int, nargs="*", default=[], help="sizes to generate but not build")
    ap.add_argument("--generate-only", action="store_true")
    args = ap.parse_args()
    if not bbc_articles(1):
        print("skipped: ../shared/data/bbc_news_summary not found (set BRIEFINGS_DATA)")
        return
    sizes = sorted(set(args.sizes or [s for s in (1000, 2000, 5000, 10000) if s < args.n] + [args.n]))
    bare = bare_rate(f"{BARE_SAMPLE} articles, one process")
    print(f"bare spaCy: {bare:.1f} articles/s ({BARE_SAMPLE} articles, one process)")
    smaller = None
    rows = []
    for n in sizes:
        root, gen = prepare(n, smaller, args.jobs)
        smaller = root
        rate = gen["new"] / gen["seconds"] if gen["seconds"] else 0
        print(f"N={n}: generate {gen['new']} new in {gen['seconds']:.0f} s, {rate:.1f}/s with --jobs {gen['jobs']}"
              f" ({rate / bare:.0%} of bare spaCy) [{gen['line']}]", flush=True)
        if args.generate_only or n in args.skip_build:
            continue
        seconds, cpu, peak, err = build(root)
        if err:
            print(err)
        site = root / "site"
        count = len(list((root / "briefings").glob("*.md")))
        size = folder_size(site)
        (first, first_gz), (search, search_gz), results = reader_bytes(site) or ((0, 0), (0, 0), 0)
        load = os.getloadavg()[0]
        row = {"n": count, "build_s": seconds, "cpu_s": cpu, "peak_mb": peak / 1e6, "site_mb": size / 1e6,
               "kb_per_briefing": size / count / 1e3, "first_page_kb": first / 1e3, "first_search_kb": search / 1e3, "pagefind_mb": folder_size(site / "pagefind") / 1e6,
               "generate_rate": rate, "bare_rate": bare}
        rows.append(row)
        print(f"N={count}: build {seconds:.1f} s (CPU {cpu:.1f} s; load {load:.1f}), peak memory {peak / 1e6:.0f} MB, "
              f"site {size / 1e6:.1f} MB ({size / count / 1e3:.1f} kB/briefing), first page {first / 1e3:.0f} kB "
              f"({first_gz / 1e3:.0f} kB gzipped), "
              f"first search {search / 1e3:.0f} kB ({search_gz / 1e3:.0f} kB gzipped; {results} results for {SEARCH_WORD!r}; index "
              f"{row['pagefind_mb']:.1f} MB in all), {len(list(site.rglob('*.html')))} HTML pages", flush=True)
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        grow = b["n"] / a["n"]
        print(f"growth {a['n']} -> {b['n']} (x{grow:.0f}): " + ", ".join(
            f"{k} x{b[k] / a[k]:.2f}" for k in ("build_s", "cpu_s", "peak_mb", "site_mb", "first_page_kb", "first_search_kb") if a[k]))


if __name__ == "__main__":
    main()
