#!/usr/bin/env python3
"""Bench for open-matter markers at corpus scale: how often families of open-matter phrasing occur, and how often
the extractor already asks a question from the sentence that carries one.

Usage (from the repo root):
    .venv/bin/python bench/open_phrasings.py [--exclude-keys FILE] [--exclude-sets DIR] [--extract N] [--show]

Reads the held-out BBC News Summary articles (gold_dev ones and the "CAT/NNN" keys in ``--exclude-keys`` left out)
and the PolNeAR train articles (those whose file name is in a ``polnear__*.txt`` file under ``--exclude-sets`` left
out), splits them into sentences and counts, per family in :data:`FAMILIES`, the sentences and articles carrying it.
With ``--extract N`` it runs the extractor on up to N of those articles (spread evenly) and reports per family how
many of the carrying sentences already have a question whose evidence span covers them; ``--show`` lists each such
sentence with ``+`` (asked) or ``-``. A way to see which phrasing families are frequent and missed before writing a
rule for one, and to see that a rule's phrasing is not one article's. Skips with a message when the data is absent.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from common import REPO, data_dir

V_SETTLE = r"(?:announced|set|decided|confirmed|named|finali[sz]ed|agreed|fixed|revealed|determined|chosen|disclosed)"
#: family -> the phrasing that marks it (case-insensitive, searched in one sentence)
FAMILIES = {
    "appeal": r"\b(?:days to appeal|(?:will|would|could|can|may|plans? to|intends? to|whether to|if it will) appeal"
              r"(?: against|[.,]| the)|consider(?:ing|s)? (?:an |whether to )?appeal|lodged? an appeal)",
    "yet-to-active": r"\b(?:is|are|has|have|was|had) yet to (?:confirm|announce|name|decide|set|agree|reveal|sign)\b",
    "not-been-settled": r"\b(?:has|have) not (?:yet )?been " + V_SETTLE,
    "still-to-be": r"\b(?:is|are|remains?|was|were) (?:still |yet )?to be " + V_SETTLE,
    "no-date-decision": r"\bno (?:final |firm )?(?:date|decision|details?|timetable|deadline|venue|agreement)s? "
                        r"(?:has|have|had) (?:yet )?been ",
    "undisclosed-value": r"\b(?:price|fee|terms|value|sum|amount)\b[^.]{0,40}\b(?:was|were|has|have) (?:not|n't) "
                         r"(?:yet )?(?:been )?(?:disclosed|revealed)|\bundisclosed (?:fee|sum|amount|price)",
    "unclear-wh": r"\b(?:it is|it was|it's|it remains|remains) (?:still )?(?:not |un)clear (?:whether|if|what|how|when|who)",
    "awaited": r"\b(?:awaiting (?:a |the |their |his |her )?(?:trial|report|result|decision|verdict|ruling|outcome)|"
               r"will find out|(?:verdict|decision|ruling|results?|outcome) (?:is|are) (?:due|expected))",
    "deadline-window": r"\b(?:has|have|had) (?:until|till) [^.,;]{2,30}? to [a-z]+|\b(?:has|have) \w+ "
                       r"(?:days|weeks|months) to [a-z]+",
    "approval-pending": r"\bsubject to (?:the )?(?:approval|consent|clearance|conditions)|\b(?:once|when|after) "
                        r"[^.;]{0,40}\b(?:approves?|ratif(?:y|ies)|gives? (?:the )?(?:go-ahead|green light))\b",
}
PATTERNS = {k: re.compile(v, re.I) for k, v in FAMILIES.items()}
SPLIT = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


def sentences(text: str) -> list[str]:
    """The body's sentences (headline left out), roughly: enough to find a phrase and its span."""
    body = "\n".join(text.splitlines()[1:])
    return [s.strip() for para in body.split("\n") for s in SPLIT.split(para) if s.strip()]


def corpus(data: Path, exclude_keys: set[str], exclude_sets: Path | None, tmp: Path) -> list[Path]:
    dev = {p.stem for p in (data / "gold_dev" / "articles").glob("*.txt")}
    files = [p for p in sorted((data / "bbc_news_summary" / "articles").glob("*/*.txt"))
             if f"{p.parent.name}/{p.stem}" not in exclude_keys and
             f"bbc__{p.parent.name}_{p.stem}" not in dev and f"bbc__{p.parent.name}_{int(p.stem)}" not in dev]
    used = {f.stem.split("__", 1)[1] for f in exclude_sets.glob("*/polnear__*.txt")} if exclude_sets else set()
    used |= {d.split("__", 1)[1] for d in dev if d.startswith("polnear__")}
    src = data / "polnear" / "attributions_train.jsonl"
    seen: set[str] = set()
    for line in src.read_text(encoding="utf-8").splitlines() if src.exists() else []:
        row = json.loads(line)
        name = row["filename"]
        if name in seen or any(name.startswith(u) or u.startswith(name[:30]) for u in used):
            continue
        seen.add(name)
        path = tmp / f"polnear__{name[:32]}.txt"
        path.write_text(row["text"], encoding="utf-8")
        files.append(path)
    return files


def main(argv: list[str]) -> int:
    data = data_dir()
    if data is None:
        print("bench/open_phrasings: no data folder; skipped")
        return 0
    opt = {a: argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--exclude-keys", "--exclude-sets", "--extract")}
    keys = set(Path(opt["--exclude-keys"]).read_text().split()) if "--exclude-keys" in opt else set()
    tmp = Path(tempfile.mkdtemp(prefix="bench-phrasings-"))
    files = corpus(data, keys, Path(opt["--exclude-sets"]) if "--exclude-sets" in opt else None, tmp)
    hits: dict[str, list[tuple[Path, str]]] = {k: [] for k in FAMILIES}
    for path in files:
        for sent in sentences(path.read_text(encoding="utf-8", errors="replace")):
            for kind, pattern in PATTERNS.items():
                if pattern.search(sent):
                    hits[kind].append((path, sent))
    asked: dict[Path, list[tuple[int, int]]] | None = None
    n = int(opt.get("--extract", 0))
    if n:
        carrying = sorted({p for v in hits.values() for p, _ in v})
        step = max(1, len(carrying) // n)
        picked = carrying[::step][:n]
        run = subprocess.run([sys.executable, "-m", "generator.cli", "extract", "--format", "jsonl", *map(str, picked)],
                             cwd=REPO, capture_output=True, text=True)
        asked = {}
        for line in run.stdout.splitlines():
            if line.strip():
                obj = json.loads(line)
                asked[Path(obj["file"]).resolve()] = [(q["start"], q["end"]) for q in obj.get("questions") or []]
    print(f"{len(files)} articles")
    for kind, rows in hits.items():
        line = f"{kind:>18}: {len(rows):4} sentences in {len({p for p, _ in rows}):4} articles"
        if asked is not None:
            done = total = 0
            for path, sent in rows:
                spans = asked.get(path.resolve())
                if spans is None:
                    continue
                at = path.read_text(encoding="utf-8", errors="replace").find(sent[:60])
                hit = any(s <= at + 5 and e >= at + 10 for s, e in spans)
                total, done = total + 1, done + hit
                if "--show" in argv:
                    print(f"    {kind} {'+' if hit else '-'} {path.name[:40]} | {sent[:160]}")
            line += f"; extracted {total}, asked {done}"
        print(line)
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
