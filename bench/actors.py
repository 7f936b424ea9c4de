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

    .venv/bin/python bench/actors.py --proxy [read|unseen] [--limit N] [--show]

measures central recall with no gold on held-out BBC and CNN/DailyMail articles (see :func:`proxy`).
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
    if "--proxy" in argv:
        return proxy(argv)
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


# --------------------------------------------------------------------------- held-out proxy

PROXY_LABELS = ("PERSON", "ORG")


def proxy(argv: list[str]) -> int:
    """Held-out proxy for central recall, needing no gold: on BBC News Summary and CNN/DailyMail
    articles outside gold_dev, the people and organisations the human summary (or the headline)
    names, and the groups it has act ("police said"), are the ones a reader needs. Reports the
    share our actor list contains (``central``: those named in the headline, the reference's first
    sentence or two of its sentences), and where each miss is lost: ``cut`` (a candidate, dropped
    by ranking), ``form`` (a candidate shares a name word but no scorer match: a wrong name form),
    ``detection`` (no candidate at all).

        .venv/bin/python bench/actors.py --proxy [read|unseen] [--limit N] [--show]

    Articles are split by a hash of their key into a ``read`` slice (misses may be printed with
    ``--show``) and an ``unseen`` slice (aggregate only), so a fix found on one is checked on the other.
    """
    import hashlib
    import json
    import re

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "train"))
    from trainlib import bbc_summarised, gold_dev  # train/trainlib.py
    from generator import lexicon as lex
    from generator import nlp
    from generator.extract import actors, quotes
    from generator.extract.analysis import analyse
    from generator.ingest import from_text

    data = Path(os.environ.get("BRIEFINGS_DATA") or ROOT.parent / "shared" / "data")
    sys.path.insert(0, str(Path(os.environ.get("BRIEFINGS_EVAL") or data.parent / "eval")))
    import actors_score

    part = "unseen" if "unseen" in argv else "read"
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 200
    show = "--show" in argv and part == "read"
    want = 0 if part == "read" else 1

    def slot(key: str) -> int:
        return int(hashlib.sha256(key.encode()).hexdigest(), 16) % 4

    skip_bbc, skip_cnn = gold_dev(data)
    items = [(key, art, ref) for key, _path, art, ref in
             bbc_summarised(data, lambda key: key not in skip_bbc and slot(key) == want)]
    items = items[:limit]
    n_bbc = len(items)
    for line in (data / "cnndm_frank" / "cnndm_dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            if not any(item["id"].startswith(g) for g in skip_cnn) and slot(item["id"]) == want:
                items.append((item["id"], from_text(item["article"], f"{item['id']}.txt"), item["reference"]))
    language = nlp.load()
    tally: dict[str, dict[str, int]] = {}
    listed = 0
    for start in range(0, len(items), 50):
        batch = items[start:start + 50]
        refs = list(language.pipe([re.sub(r"([.!?])(?=[A-Z])", r"\1 ", r) for _k, _a, r in batch]))
        for (key, _art, _ref), rdoc, parsed in zip(batch, refs, nlp.parse([a for _k, a, _r in batch], language)):
            corpus = "bbc" if "/" in key else "cnndm"
            analysis = analyse(parsed)
            found = actors.extract(analysis)
            analysis.set_referents(found)
            qs, _rep = quotes.extract(analysis, [])
            cands = list(found)
            actors.rank(found, qs, parsed)
            cands += [a for a in found if all(a is not c for c in cands)]
            kept = {id(a) for a in found}
            listed += len(found)
            names = {id(a): actors_score.names_of({"name": a.name, "aliases": a.aliases}) for a in cands}
            wanted: dict[str, str] = {}
            where: dict[str, set[int]] = {}  # reference sentences naming it (-1: the headline)
            sents = list(rdoc.sents)
            ents = [(ent, next((i for i, s in enumerate(sents) if s.start <= ent.start < s.end), 0))
                    for ent in rdoc.ents]
            ents += [(ent, -1) for ent in (parsed.title_doc.ents if parsed.title_doc is not None else [])]
            ents += [(rdoc[t.i:t.i + 1], next((i for i, s in enumerate(sents) if s.start <= t.i < s.end), 0))
                     for t in rdoc if t.lower_ in lex.GROUP_HEADS and t.dep_ in ("nsubj", "nsubjpass")]
            for ent, i in ents:
                label = ent.label_ if ent.label_ in PROXY_LABELS else "GROUP" if len(ent) == 1 and \
                    ent[0].lower_ in lex.GROUP_HEADS and ent[0].dep_ in ("nsubj", "nsubjpass") else ""
                if label:
                    n = actors_score.norm(ent.text)
                    if n and n not in ("cnn", "bbc", "associated press", "reuters", "daily mail"):
                        wanted.setdefault(n, label)
                        where.setdefault(n, set()).add(i)
            for n, label in sorted(wanted.items()):
                central = bool(where[n] & {-1, 0}) or len(where[n]) >= 2
                hit = [a for a in cands if actors_score.same(names[id(a)], {n})]
                if any(id(a) in kept for a in hit):
                    kind = "hit"
                elif hit:
                    kind = "cut"
                elif any(set(n.split()) & set(" ".join(names[id(a)]).split()) - actors_score.STOP for a in cands):
                    kind = "form"
                else:
                    kind = "detection"
                for group in (corpus, label, "all") + (("central",) if central else ()):
                    t = tally.setdefault(group, {})
                    t[kind] = t.get(kind, 0) + 1
                if show and kind != "hit":
                    near = [a.name for a in cands if set(n.split()) & set(" ".join(names[id(a)]).split())][:3]
                    print(f"{kind:9} {key:40} {label:6} {'C' if central else ' '} {n!r}  near={near}")
    print(f"proxy {part}: {n_bbc} BBC + {len(items) - n_bbc} CNN/DailyMail articles, "
          f"{listed / max(1, len(items)):.2f} actors listed per article")
    for group in ("all", "central", "bbc", "cnndm", "PERSON", "ORG", "GROUP"):
        t = tally.get(group, {})
        total = sum(t.values()) or 1
        print(f"  {group:7} n={total:4d} recall {t.get('hit', 0) / total:.3f}  lost: "
              + "  ".join(f"{k} {t.get(k, 0) / total:.3f}" for k in ("cut", "form", "detection")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
