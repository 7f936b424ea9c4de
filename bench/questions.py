#!/usr/bin/env python3
"""Bench for open questions: run the extractor on the gold dev set, score it, list every question.

Usage (from the repo root):  .venv/bin/python bench/questions.py [--sentences] [--gold] [--hide-even]
                             .venv/bin/python bench/questions.py --heldout N [--cnndm M] [--shift K] [--exclude-keys FILE]

Looks for the shared data in $BRIEFINGS_DATA, else ../shared/data relative to the repo root; the
scorer is ``eval/actors_score.py`` next to that data folder. Prints the scorer's question figures
(``q_coverage``, ``questions_per_article``, ``questions_with_mark``) on the three splits (the 13
``original`` articles the rules were written against, the ``new`` ones, ``all``; and ``new`` cut in
two, ``new-odd`` and ``new-even``, so one half can be read while tuning and the other kept unread), the count of
articles with 0 or 1 questions, then every
generated question per dev article (with its source sentence when ``--sentences`` is given; with
``--gold``, each gold open question too, marked ``+`` when the scorer's 40% content-word rule counts
it as covered and ``-`` when not, with the best share; ``--hide-even`` leaves the ``new-even`` articles
out of the listing, so that half stays unread).
With ``--heldout N`` (and ``--shift K`` for another sample) it runs instead over N held-out BBC articles (``bbc_news_summary/articles``,
spread evenly over the folders, the dev articles left out; ``--cnndm M`` adds M CNN/DailyMail dev
articles not in gold_dev) and lists every question with its
sentence, ending with the per-article count distribution: a reading check for grammar and
grounding on text the rules were not tuned on.
Skips with a message, exit status 0, when the data is not there.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from common import ORIGINAL_DEV, score_gold_splits, score_splits  # noqa: E402


def data_dir() -> Path:
    env = os.environ.get("BRIEFINGS_DATA")
    return Path(env) if env else (ROOT / ".." / "shared" / "data").resolve()


# the scorer's own content-word rule (eval/actors_score.py)
STOP = set("a an the of and or to in on for at by with from as is are was were be been will would "
           "could should may might can do does did has have had it its this that these those what "
           "who whom which when where why how whether not no there their his her he she they".split())


def content(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in STOP and len(w) > 2}


def few_line(objects: list[dict]) -> str:
    """How many articles got fewer than two questions (the target: at least two on 90%)."""
    counts = [len(o.get("questions") or []) for o in objects if "error" not in o]
    zero, one = counts.count(0), counts.count(1)
    ok = sum(1 for c in counts if c >= 2)
    return (f"articles with 0 questions: {zero}, with 1: {one}; with 2 or more: {ok}/{len(counts)} "
            f"({ok / max(1, len(counts)):.0%})")


def halves(scorer: Path, annotations: Path, predictions: Path) -> dict[str, tuple[int, str]]:
    """The ``new`` split cut in two by sorted position: ``new-odd`` (1st, 3rd, ...: the half read
    while tuning) and ``new-even`` (the half kept unread, the check that a change generalises)."""
    new = sorted(f for f in annotations.glob("*.json") if f.stem not in ORIGINAL_DEV)
    return score_splits(scorer, {"new-odd": new[0::2], "new-even": new[1::2]}, predictions)


def print_split(split: str, count: int, line: str, with_mark: bool) -> None:
    """One split's question figures from the scorer's output line (or the line, when it failed)."""
    try:
        s = json.loads(line)
        mark = f" with_mark={s['questions_with_mark']}" if with_mark else ""
        print(f"{split:>8} ({count:2d}): q_coverage={s['q_coverage']} per_article={s['questions_per_article']}{mark}")
    except (ValueError, KeyError):
        print(f"{split:>8}: scorer failed: {line}")


def cnndm_heldout(data: Path, n: int, shift: int, tmp: Path) -> list[Path]:
    """``n`` CNN/DailyMail dev articles not in gold_dev, written to ``tmp`` as text files (every k-th line)."""
    src = data / "cnndm_frank" / "cnndm_dev.jsonl"
    if not src.exists():
        return []
    dev = {p.stem.split("__", 1)[1] for p in (data / "gold_dev" / "articles").glob("cnndm__*.txt")}
    rows = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if not any(r["id"].startswith(d) or d.startswith(r["id"]) for d in dev)]
    step = max(1, len(rows) // max(1, n))
    out = []
    for r in rows[(step // 2 + shift) % step::step][:n]:
        path = tmp / f"cnndm_{r['id'][:24]}.txt"
        path.write_text(r["article"], encoding="utf-8")
        out.append(path)
    return out


def heldout(data: Path, n: int, shift: int = 0, cnndm: int = 0, exclude: frozenset[str] = frozenset()) -> int:
    """Questions for ``n`` held-out BBC articles (and ``cnndm`` CNN/DailyMail ones), each with its source sentence;
    ``exclude`` holds "CAT/NNN" keys of articles to leave out (held-out sets nobody may read)."""
    root = data / "bbc_news_summary" / "articles"
    dev = {p.stem for p in (data / "gold_dev" / "articles").glob("bbc__*.txt")}
    files = sorted(p for p in root.glob("*/*.txt") if f"bbc__{p.parent.name}_{int(p.stem)}" not in dev
                   and f"bbc__{p.parent.name}_{p.stem}" not in dev and f"{p.parent.name}/{p.stem}" not in exclude)
    if not files:
        print(f"bench/questions: no held-out articles at {root}; skipped")
        return 0
    step = max(1, len(files) // max(1, n))
    picked = files[(step // 2 + shift) % step::step][:n] if n else []
    tmp = Path(tempfile.mkdtemp(prefix="bench-questions-"))
    picked += cnndm_heldout(data, cnndm, shift, tmp) if cnndm else []
    run = subprocess.run([sys.executable, "-m", "generator.cli", "extract", "--format", "jsonl",
                          *map(str, picked)], cwd=ROOT, capture_output=True, text=True)
    if run.returncode and not run.stdout.strip():
        print(f"bench/questions: extract failed: {run.stderr.strip().splitlines()[-1:] or run.returncode}")
        return 1
    counts: dict[int, int] = {}
    total = 0
    for line in run.stdout.splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        qs = obj.get("questions") or []
        counts[len(qs)] = counts.get(len(qs), 0) + 1
        total += len(qs)
        text = Path(obj["file"]).read_text(encoding="utf-8", errors="replace")
        print(f"## {Path(obj['file']).parent.name}/{Path(obj['file']).name} ({len(qs)})")
        for q in qs:
            print(f"  - {q['text']}")
            print(f"      < {' '.join(text[q['start']:q['end']].split())}")
    arts = sum(counts.values())
    dist = " ".join(f"{k}:{counts[k]}" for k in sorted(counts))
    print(f"\nheld-out: {arts} articles, {total} questions, {total / max(1, arts):.2f} per article; "
          f"articles by count {dist}")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    return 0


def main(argv: list[str]) -> int:
    if "--heldout" in argv:
        at = argv.index("--heldout")
        n = int(argv[at + 1]) if at + 1 < len(argv) and argv[at + 1].isdigit() else 100
        at = argv.index("--shift") if "--shift" in argv else -1
        shift = int(argv[at + 1]) if 0 <= at < len(argv) - 1 and argv[at + 1].isdigit() else 0
        at = argv.index("--cnndm") if "--cnndm" in argv else -1
        cnndm = int(argv[at + 1]) if 0 <= at < len(argv) - 1 and argv[at + 1].isdigit() else 0
        at = argv.index("--exclude-keys") if "--exclude-keys" in argv else -1
        exclude = frozenset(Path(argv[at + 1]).read_text(encoding="utf-8").split()) if 0 <= at < len(argv) - 1 else frozenset()
        return heldout(data_dir(), n, shift, cnndm, exclude)
    show_sentences = "--sentences" in argv
    show_gold = "--gold" in argv
    data = data_dir()
    gold = data / "gold_dev"
    articles = sorted((gold / "articles").glob("*.txt"))
    if not articles:
        print(f"bench/questions: no dev data at {gold} (set BRIEFINGS_DATA); skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "questions.jsonl"
        run = subprocess.run([sys.executable, "-m", "generator.cli", "extract", "--format", "jsonl",
                              *map(str, articles)], cwd=ROOT, capture_output=True, text=True)
        pred.write_text(run.stdout, encoding="utf-8")
        for line in run.stderr.splitlines():
            if line.startswith("error:"):
                print(line)
        scorer = data.parent / "eval" / "actors_score.py"
        if scorer.exists():
            for split, (count, line) in score_gold_splits(scorer, gold / "annotations", pred).items():
                print_split(split, count, line, with_mark=True)
            for split, (count, line) in halves(scorer, gold / "annotations", pred).items():
                print_split(split, count, line, with_mark=False)
        else:
            print(f"bench/questions: no scorer at {scorer}; listing questions only")
        objects = [json.loads(x) for x in run.stdout.splitlines() if x.strip()]
        print(few_line(objects))
    print()
    new = sorted(p.stem for p in (gold / "annotations").glob("*.json") if p.stem not in ORIGINAL_DEV)
    hidden = set(new[1::2]) if "--hide-even" in argv else set()
    for obj in objects:
        name = Path(obj["file"]).stem
        if name in hidden:
            continue
        qs = obj.get("questions") or []
        print(f"## {name} ({len(qs)})")
        text = Path(obj["file"]).read_text(encoding="utf-8", errors="replace") if show_sentences else ""
        for q in qs:
            print(f"  - {q['text']}")
            if show_sentences:
                print(f"      < {' '.join(text[q['start']:q['end']].split())}")
        gold_file = gold / "annotations" / f"{name}.json"
        if show_gold and gold_file.exists():
            for g in json.loads(gold_file.read_text(encoding="utf-8")).get("open_questions") or []:
                gc = content(g)
                best = max((len(gc & content(q["text"])) / len(gc) for q in qs), default=0.0) if gc else 0.0
                print(f"  {'+' if best >= 0.4 else '-'} gold {best:.2f}: {g}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
