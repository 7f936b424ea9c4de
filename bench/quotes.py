"""Benchmark: direct quotes on PolNeAR and on the hand-annotated gold_dev articles, plus speed.

1. PolNeAR (``polnear/attributions_{dev,train}.jsonl``): each article's ``text`` is written to
   ``<tmp>/polnear_<split>/<filename>.txt``, the real CLI (``briefings extract --format jsonl``)
   runs over them, and ``eval/quotes_score.py`` prints its one-line JSON result.
2. gold_dev: the CLI over ``gold_dev/articles``; ``eval/actors_score.py`` gives quote_recall and
   quote_speaker, for all 35 and for the groups ``original`` / ``new-odd`` / ``new-even`` / ``new``
   (``--verbose`` prints each missed quote and wrong speaker, except in ``new-even``, the half
   kept unread).
3. ``--gold-folds DIR`` (the per-fold weights ``train/speaker_model.py --folds-out DIR`` writes):
   gold_dev scored out of fold, each article extracted with the speaker ranker fitted on the folds
   that left it out, and reported as ``original`` / ``new`` / ``all`` — the honest gold_dev figure
   for a ranker that was fitted on gold_dev too (the same groups).
4. Speed: bare spaCy parsing of the PolNeAR dev articles against the quote stage on the same
   parses (the quote stage must stay cheap: no model loads, no re-parsing).

The data lives outside the repository: ``../shared/data`` relative to the repo root, or
``$BRIEFINGS_DATA``; the scorers in ``../shared/eval`` (or ``$BRIEFINGS_EVAL``). Skips with a
message when they are missing.

    .venv/bin/python bench/quotes.py [--split dev|train|both] [--jobs 2] [--verbose] [--no-speed]
        [--speaker-weights off|FILE] [--quote-weights off|FILE] [--gold-folds DIR]

``--speaker-weights off`` runs the rules alone (no speaker ranker), ``FILE`` another weights file
(``$BRIEFINGS_SPEAKER_WEIGHTS``); the default is the shipped ``generator/data/speaker_weights.json``.
``--quote-weights`` does the same for the quote filter (``$BRIEFINGS_QUOTE_WEIGHTS``,
``generator/data/quote_weights.json``): ``off`` leaves terms and titles to the rules alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cli(files: list[Path], out: Path, jobs: int, weights: str | None = None, mode: str = "w") -> tuple[float, str]:
    """Run ``briefings extract --format jsonl`` over ``files`` into ``out``; (seconds, stderr).
    ``weights``: the speaker ranker's weights file, or ``off`` (default: as the environment says)."""
    env = dict(os.environ)
    if weights:
        env["BRIEFINGS_SPEAKER_WEIGHTS"] = weights
    t0 = time.perf_counter()
    with open(out, mode, encoding="utf-8") as fh:
        run = subprocess.run([sys.executable, "-m", "generator.cli", "extract", "--format", "jsonl",
                              "--jobs", str(jobs), *map(str, files)],
                             cwd=ROOT, stdout=fh, stderr=subprocess.PIPE, text=True, env=env)
    return time.perf_counter() - t0, run.stderr


def _score(args: list[str]) -> tuple[str, str, int]:
    run = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    return run.stdout.strip(), run.stderr.rstrip(), run.returncode


def polnear(data: Path, scorer: Path, split: str, work: Path, jobs: int) -> int:
    gold = data / "polnear" / f"attributions_{split}.jsonl"
    if not gold.is_file():
        print(f"bench/quotes.py: polnear {split}: skipped (no {gold})")
        return 0
    folder = work / f"polnear_{split}"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    with open(gold, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            path = folder / f"{art['filename']}.txt"
            path.write_text(art["text"], encoding="utf-8", newline="")  # exactly the text: offsets must agree
            files.append(path)
    pred = work / f"polnear_{split}.jsonl"
    elapsed, stderr = _cli(files, pred, jobs)
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    out, err, code = _score([str(scorer / "quotes_score.py"), str(gold), str(pred)])
    if code != 0:
        print(f"bench/quotes.py: quotes_score failed: {err}", file=sys.stderr)
        return 1
    print(f"polnear {split}: {out}")
    print(f"bench/quotes.py: polnear {split}: {len(files)} articles, extract {elapsed:.1f}s "
          f"(--jobs {jobs}, incl. model load), {len(errors)} files with errors")
    if _polnear_curly_only(gold, pred, scorer, split, work):
        return 1
    curly_gold, curly_pred = work / f"polnear_{split}_curly.gold.jsonl", work / f"polnear_{split}_curly.jsonl"
    if curly_pred.is_file():  # the same articles as the line above, so the two compare
        gold, pred = curly_gold, curly_pred
    return _polnear_floor(gold, pred, scorer, split, work)


def _polnear_curly_only(gold: Path, pred: Path, scorer: Path, split: str, work: Path) -> int:
    """The score again on the articles with no '' or `` marks: the scorer's gold segments are only
    those between curly or straight double quotes, so every quote we find in Treebank-style marks
    (the NYT articles) counts against us there; this line stays comparable across versions."""
    doubled = set()
    with open(gold, encoding="utf-8") as fh:
        kept_gold = []
        for line in fh:
            art = json.loads(line)
            if "''" in art["text"] or "``" in art["text"]:
                doubled.add(art["filename"])
            else:
                kept_gold.append(line)
    if not doubled:
        return 0
    with open(pred, encoding="utf-8") as fh:
        kept_pred = [line for line in fh if Path(json.loads(line)["file"]).stem not in doubled]
    sub_gold, sub_pred = work / f"polnear_{split}_curly.gold.jsonl", work / f"polnear_{split}_curly.jsonl"
    sub_gold.write_text("".join(kept_gold), encoding="utf-8")
    sub_pred.write_text("".join(kept_pred), encoding="utf-8")
    return _print_score(scorer, sub_gold, sub_pred, f"polnear {split}, the {len(kept_gold)} articles without '' or `` "
                        f"marks (the scorer reads only curly or straight ones; {len(doubled)} left out)")


def _print_score(scorer: Path, gold: Path, pred: Path, label: str) -> int:
    """Print ``label: <quotes_score.py's line>``; 1 when the scorer fails."""
    out, err, code = _score([str(scorer / "quotes_score.py"), str(gold), str(pred)])
    if code != 0:
        print(f"bench/quotes.py: quotes_score failed: {err}", file=sys.stderr)
        return 1
    print(f"{label}: {out}")
    return 0


SCORER_FLOOR = 8  # eval/quotes_score.py keeps no gold segment shorter than this


def _polnear_floor(gold: Path, pred: Path, scorer: Path, split: str, work: Path) -> int:
    """The score again without our quotes under the scorer's floor: its gold has no segment under
    ``SCORER_FLOOR`` characters, so a short quoted phrase we keep ("a bomb", said of a speaker)
    counts against precision however right it is; this line stays comparable across versions."""
    short = 0
    kept = []
    with open(pred, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            quotes = [q for q in art.get("quotes") or [] if q["end"] - q["start"] >= SCORER_FLOOR]
            short += len(art.get("quotes") or []) - len(quotes)
            kept.append(json.dumps({**art, "quotes": quotes}, ensure_ascii=False) + "\n")
    sub_pred = work / f"polnear_{split}_floor.jsonl"
    sub_pred.write_text("".join(kept), encoding="utf-8")
    return _print_score(scorer, gold, sub_pred, f"polnear {split}, the same {len(kept)} articles without our {short} "
                        f"quotes under {SCORER_FLOOR} characters (the scorer's gold has none)")


def _splits(annotations: Path) -> dict[str, list[Path]]:
    """gold_dev's groups: ``original`` (13), ``new`` cut by sorted position into ``new-odd`` (read
    while tuning) and ``new-even`` (kept unread), ``new`` and ``all``."""
    sys.path.insert(0, str(ROOT / "bench"))
    from common import gold_splits

    groups = gold_splits(annotations)
    return {"original": groups["original"], "new-odd": groups["new"][0::2], "new-even": groups["new"][1::2],
            "new": groups["new"], "all": groups["all"]}


def _print_splits(label: str, scorer: Path, annotations: Path, pred: Path) -> None:
    from common import score_splits

    for split, (count, line) in score_splits(scorer / "actors_score.py", _splits(annotations), pred).items():
        result = json.loads(line) if line.startswith("{") else {}
        print(f"{label} {split:>8} ({count:2d}): " +
              json.dumps({k: result.get(k) for k in ("quote_recall", "quote_speaker")}))


def gold_dev(data: Path, scorer: Path, work: Path, jobs: int, verbose: bool) -> int:
    gold = data / "gold_dev"
    articles = sorted((gold / "articles").glob("*.txt")) if (gold / "articles").is_dir() else []
    if not articles or not (gold / "annotations").is_dir():
        print(f"bench/quotes.py: gold_dev: skipped (no data at {gold})")
        return 0
    pred = work / "gold_dev.jsonl"
    elapsed, stderr = _cli(articles, pred, jobs)
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    out, err, code = _score([str(scorer / "actors_score.py"), str(gold / "annotations"), str(pred), "--verbose"])
    if code != 0:
        print(f"bench/quotes.py: actors_score failed: {err}", file=sys.stderr)
        return 1
    result = json.loads(out)
    print("gold_dev: " + json.dumps({k: result[k] for k in ("articles", "missing", "quote_recall", "quote_speaker")}))
    _print_splits("gold_dev", scorer, gold / "annotations", pred)
    if verbose:  # the new-even half stays unread: its misses are not printed
        unread = {f.stem for f in _splits(gold / "annotations")["new-even"]}
        for line in err.splitlines():
            name = line.strip().split(":", 1)[0]
            if "quote" in line and name not in unread:
                print(line, file=sys.stderr)
    for line in errors:
        print(f"bench/quotes.py: gold_dev: {line}", file=sys.stderr)
    print(f"bench/quotes.py: gold_dev: {len(articles)} articles, extract {elapsed:.1f}s, "
          f"{len(errors)} files the pipeline could not read (their quotes count as missed)")
    return 0


def gold_folds(data: Path, scorer: Path, work: Path, jobs: int, folds: Path) -> int:
    """gold_dev extracted fold by fold, each article by the ranker fitted without it."""
    gold = data / "gold_dev"
    articles = {f.stem: f for f in sorted((gold / "articles").glob("*.txt"))}
    pred = work / "gold_dev_folds.jsonl"
    pred.write_text("", encoding="utf-8")
    done: set[str] = set()
    for fold in sorted(folds.glob("fold*.json")):
        stems = [a.split("/", 1)[1] for a in json.loads(fold.read_text(encoding="utf-8"))["articles"]
                 if a.startswith("gold/")]
        files = [articles[s] for s in stems if s in articles]
        if files:
            _cli(files, pred, jobs, str(fold), mode="a")
            done.update(s for s in stems if s in articles)
    rest = [f for s, f in articles.items() if s not in done]
    if rest:  # articles no fold held (none quoted): the rules alone, as no fitted model saw them
        _cli(rest, pred, jobs, "off", mode="a")
    _print_splits("gold_dev out of fold", scorer, gold / "annotations", pred)
    return 0


def speed(data: Path, limit: int = 84) -> int:
    """Bare spaCy parse time against the quote stage's time on the same parses."""
    sys.path.insert(0, str(ROOT))
    from generator import nlp
    from generator.extract import quotes
    from generator.extract.analysis import analyse
    from generator.ingest import from_text

    gold = data / "polnear" / "attributions_dev.jsonl"
    if not gold.is_file():
        return 0
    with open(gold, encoding="utf-8") as fh:
        arts = [from_text(json.loads(line)["text"], f"a{i}.txt") for i, line in zip(range(limit), fh)]
    language = nlp.load()
    nlp.parse(arts[:2], language)  # warm up
    t0 = time.perf_counter()
    parsed = nlp.parse(arts, language)
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = 0
    for pa in parsed:
        found, _ = quotes.extract(analyse(pa))
        n += len(found)
    t_quotes = time.perf_counter() - t0
    print(f"speed: {len(arts)} articles, spaCy parse {t_parse:.2f}s ({len(arts) / t_parse:.1f} art/s), "
          f"quote stage {t_quotes:.2f}s ({100 * t_quotes / t_parse:.1f}% of parse time), {n} quotes")
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train", "both"), default="dev")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--verbose", action="store_true", help="print gold_dev quote misses and wrong speakers")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-gold-dev", action="store_true")
    ap.add_argument("--speaker-weights", help="'off' (the rules alone) or a weights file for the speaker ranker")
    ap.add_argument("--quote-weights", help="'off' (the rules alone) or a weights file for the quote filter")
    ap.add_argument("--gold-folds", type=Path, help="folder of per-fold weights: gold_dev scored out of fold")
    args = ap.parse_args(argv)
    if args.speaker_weights:
        os.environ["BRIEFINGS_SPEAKER_WEIGHTS"] = args.speaker_weights
    if args.quote_weights:
        os.environ["BRIEFINGS_QUOTE_WEIGHTS"] = args.quote_weights
    data = Path(os.environ.get("BRIEFINGS_DATA") or ROOT.parent / "shared" / "data")
    scorer = Path(os.environ.get("BRIEFINGS_EVAL") or data.parent / "eval")
    if not data.is_dir() or not (scorer / "quotes_score.py").is_file() or not (scorer / "actors_score.py").is_file():
        print(f"bench/quotes.py: skipped (no data at {data} or no scorers at {scorer})")
        return 0
    status = 0
    with tempfile.TemporaryDirectory(prefix="briefings-quotes-") as tmp:
        work = Path(tmp)
        for split in (("dev", "train") if args.split == "both" else (args.split,)):
            status |= polnear(data, scorer, split, work, args.jobs)
        if not args.no_gold_dev:
            status |= gold_dev(data, scorer, work, args.jobs, args.verbose)
        if args.gold_folds:
            status |= gold_folds(data, scorer, work, args.jobs, args.gold_folds)
    if not args.no_speed:
        status |= speed(data)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
