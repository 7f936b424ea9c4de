#!/usr/bin/env python3
"""Bench for open questions: run the extractor on the gold dev set, score it, list every question.

Usage (from the repo root):  .venv/bin/python bench/questions.py [--sentences] [--gold]

Looks for the shared data in $BRIEFINGS_DATA, else ../shared/data relative to the repo root; the
scorer is ``eval/actors_score.py`` next to that data folder. Prints the scorer's JSON line (its
``q_coverage``, ``questions_per_article`` and ``questions_with_mark`` are ours), then every
generated question per dev article (with its source sentence when ``--sentences`` is given; with
``--gold``, each gold open question too, marked ``+`` when the scorer's 40% content-word rule counts
it as covered and ``-`` when not, with the best share).
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


def data_dir() -> Path:
    env = os.environ.get("BRIEFINGS_DATA")
    return Path(env) if env else (ROOT / ".." / "shared" / "data").resolve()


# the scorer's own content-word rule (eval/actors_score.py)
STOP = set("a an the of and or to in on for at by with from as is are was were be been will would "
           "could should may might can do does did has have had it its this that these those what "
           "who whom which when where why how whether not no there their his her he she they".split())


def content(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in STOP and len(w) > 2}


def main(argv: list[str]) -> int:
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
            score = subprocess.run([sys.executable, str(scorer), str(gold / "annotations"), str(pred)],
                                   capture_output=True, text=True)
            line = score.stdout.strip().splitlines()[-1] if score.stdout.strip() else score.stderr.strip()
            print(line)
            try:
                s = json.loads(line)
                print(f"questions: q_coverage={s['q_coverage']} per_article={s['questions_per_article']} "
                      f"with_mark={s['questions_with_mark']}")
            except (ValueError, KeyError):
                pass
        else:
            print(f"bench/questions: no scorer at {scorer}; listing questions only")
        objects = [json.loads(x) for x in run.stdout.splitlines() if x.strip()]
    print()
    for obj in objects:
        name = Path(obj["file"]).stem
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
