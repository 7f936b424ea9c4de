#!/usr/bin/env python3
"""Fit the quote filter: ``generator/data/quote_weights.json``.

    .venv/bin/pip install scikit-learn          # training only, never a runtime dependency
    .venv/bin/python train/quote_model.py [--data DIR] [--cache FILE] [--out FILE] [--limit N]

1. **Data**: PolNeAR *train* (``polnear/attributions_train.jsonl``), less the articles gold_dev
   also holds and those in Treebank marks ('' and ``: the NYT's), whose quotes the labels below
   cannot see (the scorer's segments lie between curly or straight marks only). PolNeAR dev is never read (it is for ``bench/quotes.py`` only).
2. **Spans and features**: each article goes through the runtime itself (reader, spaCy, the
   analysis, the quote rules); every quoted span of a story paragraph the filter could judge
   (at least ``MIN_CHARS`` characters) is described by :func:`quote_model.features`, exactly as
   at run time.
3. **Labels**, as ``quotes_score.py`` counts: a span is a quote when at least half of its
   characters lie inside the scorer's gold segments (the double-quoted stretches inside an
   attribution's Content); else it is not (a scare quote, a title, a nickname). Spans in single
   marks are left out: the scorer's segments are double-quoted only, so it says nothing of them.
4. **Fit**: logistic regression (L2, liblinear, fixed seed) on the spans of at most
   ``max_words`` words that no sure rule calls a term (the filter never judges those: a title, a
   "so-called", a back-reference stay terms by the extraction contract, though PolNeAR counts a
   title inside an attribution's content as quoted words; the rules' weakest guess, a short noun
   phrase after a determiner, and a quoted pre-modifier of adjectives are judged).
5. **Selection** of C, ``max_words`` and the probability ``threshold`` by five-fold
   cross-validation *by article*, on the F1 of the kept spans over all labelled spans (the
   spans the filter does not judge keep the rules' verdict); among the settings within
   ``TOLERANCE`` of the best F1 (the labels are noisy: a title inside someone's content counts as
   quoted words), the threshold nearest 0.5, then the smaller scope and the smaller C. The file
   records the cross-validated F1 of the rules and of the rules with the filter.

Deterministic: the same data gives the same file, byte for byte (sorted keys, rounded floats).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ["BRIEFINGS_QUOTE_WEIGHTS"] = "off"  # the rules' own verdicts, whatever file is shipped

from trainlib import data_dir  # noqa: E402  (train/trainlib.py: run as a script, its folder is on the path)
from generator import nlp  # noqa: E402
from generator.extract import quote_model, speaker_model  # noqa: E402
from generator.extract.analysis import analyse  # noqa: E402
from generator.extract.quotes_core import _Article  # noqa: E402
from generator.ingest import from_text  # noqa: E402

SHIPPED = REPO / "generator" / "data" / "quote_weights.json"
COMMAND = ".venv/bin/python train/quote_model.py"
CS = [0.03, 0.1, 0.3, 1.0, 3.0]
MAX_WORDS = [3, 4, 6, 8, 12, 20]
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 19)]
FOLDS = 5
TOLERANCE = 0.0005  # F1 differences below this are noise (about a quarter of the F1's standard error here)
SEED = 0


@dataclass
class Span:
    """One quoted span: its article, features, label, word count and the rules' verdict."""

    article: str
    feats: dict[str, float]
    quote: bool
    words: int
    rule_term: bool  # the rules call it a term ("term" or "guess")
    sure_term: bool  # a sure rule does ("term"): the filter does not judge it
    text: str = ""  # the span with a little context, to read the errors (not a feature)


def _collect(parsed, gold_chars: set[int]) -> list[Span]:
    analysis = analyse(parsed)
    art = _Article(analysis, [])
    art.ranker = speaker_model.Model(weights={}, enabled=False)
    spans: list[Span] = []

    def observe_span(p, feats):
        if p.mark.kind != "double":
            return
        b = art.blocks[p.block]
        start, end = b.offset + p.mark.start, b.offset + p.mark.end
        inside = sum(1 for k in range(start, end) if k in gold_chars)
        spans.append(Span("", feats, inside >= 0.5 * max(1, end - start), quote_model.word_count(b, p.mark),
                          bool(feats.get("rule_term") or feats.get("rule_guess") or feats.get("rule_premod")),
                          bool(feats.get("rule_term")),
                          art.text[max(0, start - 50):end + 20]))

    art.observe_span = observe_span
    art.run()
    return spans


def collect(data: Path, limit: int = 0) -> list[Span]:
    sys.path.insert(0, str(data.parent / "eval"))
    import quotes_score

    gold_names = {f.stem for f in (data / "gold_dev" / "articles").glob("*.txt")}
    arts = []
    with open(data / "polnear" / "attributions_train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if f"polnear__{art['filename']}" in gold_names or "''" in art["text"] or "``" in art["text"]:
                continue  # gold_dev's, or in Treebank marks ('' and ``) whose quotes the labels cannot see
            arts.append(art)
    if limit:
        arts = arts[:limit]
    language = nlp.load()
    spans: list[Span] = []
    for i in range(0, len(arts), 100):
        chunk = arts[i:i + 100]
        parsed = nlp.parse([from_text(a["text"], f"{a['filename']}.txt") for a in chunk], language)
        for a, pa in zip(chunk, parsed):
            chars: set[int] = set()
            for g in quotes_score.gold_for(a):
                chars.update(range(g["start"], g["end"]))
            for s in _collect(pa, chars):
                s.article = a["filename"]
                spans.append(s)
        print(f"  {min(i + 100, len(arts))}/{len(arts)} articles, {len(spans)} spans", file=sys.stderr)
    return spans


def fold_of(article: str) -> int:
    return int(hashlib.sha256(article.encode()).hexdigest(), 16) % FOLDS


def _matrix(spans: list[Span]):
    import numpy as np

    index = {n: k for k, n in enumerate(quote_model.FEATURES)}
    x = np.zeros((len(spans), len(index)))
    for r, s in enumerate(spans):
        for k, v in s.feats.items():
            x[r, index[k]] = v
    return x, np.array([int(s.quote) for s in spans])


def fit(spans: list[Span], c: float):
    from sklearn.linear_model import LogisticRegression

    x, y = _matrix(spans)
    return LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000).fit(x, y)


def f1(spans: list[Span], keep: list[bool]) -> float:
    tp = sum(1 for s, k in zip(spans, keep) if k and s.quote)
    fp = sum(1 for s, k in zip(spans, keep) if k and not s.quote)
    fn = sum(1 for s, k in zip(spans, keep) if not k and s.quote)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validate(spans: list[Span]) -> tuple[tuple, float, float]:
    """((C, max_words, threshold), the rules' F1, the best cross-validated F1 of rules + filter)."""
    rules = f1(spans, [not s.rule_term for s in spans])
    results: list[tuple[float, float, int, float]] = []  # (F1, C, max_words, threshold)
    for mw in MAX_WORDS:
        scope = [k for k, s in enumerate(spans) if s.words <= mw and not s.sure_term]
        for c in CS:
            prob = [0.0] * len(spans)
            for fold in range(FOLDS):
                train = [spans[k] for k in scope if fold_of(spans[k].article) != fold]
                test = [k for k in scope if fold_of(spans[k].article) == fold]
                if not test:
                    continue
                clf = fit(train, c)
                x, _ = _matrix([spans[k] for k in test])
                for k, pr in zip(test, clf.predict_proba(x)[:, 1]):
                    prob[k] = float(pr)
            inscope = set(scope)
            for th in THRESHOLDS:
                keep = [prob[k] >= th if k in inscope else not s.rule_term for k, s in enumerate(spans)]
                results.append((round(f1(spans, keep), 6), c, mw, th))
        print(f"  max_words {mw}: best so far {max(results)}", file=sys.stderr)
    top = max(r[0] for r in results)
    # PolNeAR's labels are noisy (a title inside someone's content counts as quoted): among the
    # settings within TOLERANCE of the best, the threshold nearest 0.5, then the smaller scope and C
    score, c, mw, th = min((r for r in results if r[0] >= top - TOLERANCE),
                           key=lambda r: (abs(r[3] - 0.5), r[2], r[1]))
    return (c, mw, th), rules, score


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data")
    ap.add_argument("--cache", help="pickle of the labelled spans (made when missing; delete it when features change)")
    ap.add_argument("--out", default=str(SHIPPED))
    ap.add_argument("--limit", type=int, default=0, help="PolNeAR train articles to read (0: all; for a quick try)")
    args = ap.parse_args(argv)
    data = data_dir(args.data, "train/quote_model.py")
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.is_file():
        spans = pickle.loads(cache.read_bytes())
    else:
        spans = collect(data, args.limit)
        if cache is not None:
            cache.write_bytes(pickle.dumps(spans))
    quotes = sum(s.quote for s in spans)
    print(f"{len(spans)} spans ({quotes} quotes) from {len({s.article for s in spans})} articles", file=sys.stderr)
    (c, mw, th), rules_f1, cv_f1 = cross_validate(spans)
    clf = fit([s for s in spans if s.words <= mw and not s.sure_term], c)
    weights = {n: round(float(w), 6) for n, w in zip(quote_model.FEATURES, clf.coef_[0]) if abs(w) >= 1e-6}
    out = {
        "about": f"Quote filter (generator/extract/quote_model.py), fitted by {COMMAND} on PolNeAR train.",
        "features": list(quote_model.FEATURES),
        "weights": weights,
        "intercept": round(float(clf.intercept_[0]), 6),
        "threshold": th,
        "max_words": mw,
        "enabled": True,
        "c": c,
        "training": {"spans": len(spans), "quotes": quotes, "articles": len({s.article for s in spans}),
                     "cv_f1_rules": round(rules_f1, 4), "cv_f1_filter": round(cv_f1, 4)},
    }
    Path(args.out).write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"C={c} max_words={mw} threshold={th}: span F1 rules {rules_f1:.4f} -> filter {cv_f1:.4f} "
          f"(5-fold by article); wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
