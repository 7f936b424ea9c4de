#!/usr/bin/env python3
"""Sections: how well the shipped classifier (``generator/data/sections.json``) names BBC sections.

Prints (1) the 5-fold cross-validated accuracy on the training split, recomputed with the shipped
setting when scikit-learn is installed (else the figure written with the weights at training);
(2) the runtime's accuracy (``generator.classify``, no training library) on the 20 % held-out split
that training never saw, and on the gold_dev BBC articles read as the pipeline reads them, with
how many fell below the confidence threshold ("world"/"other", counted wrong); (3) the
sections given to the other gold_dev articles, to read by eye.

    .venv/bin/python bench/sections.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from common import REPO, data_dir

sys.path.insert(0, str(REPO / "train"))

from generator import classify  # noqa: E402
from generator.ingest import read_article  # noqa: E402


def cross_validated(rows) -> tuple[float, str]:
    """5-fold accuracy of the shipped setting on the training split, and where the figure comes from."""
    import json

    header = json.loads((REPO / "generator" / "data" / "sections.json").read_text(encoding="utf-8"))
    sel = header["selected"]
    try:
        import numpy as np
        from sklearn.model_selection import StratifiedKFold, cross_val_predict
    except ImportError:
        return sel["cv_accuracy"], "written at training (install scikit-learn to recompute)"
    import sections as training

    train = [r for r in rows if not training.held_out(r[0])]
    kind = "nb" if header["features"] == "counts" else "lr"
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import MultinomialNB
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import FunctionTransformer, Normalizer

    vec = CountVectorizer(tokenizer=training.tokens, lowercase=False, token_pattern=None, max_features=sel["vocabulary"])
    model = (make_pipeline(vec, MultinomialNB(alpha=sel["regularisation"])) if kind == "nb" else
             make_pipeline(vec, FunctionTransformer(np.log1p, accept_sparse=True), Normalizer(),
                           LogisticRegression(C=sel["regularisation"], max_iter=2000)))
    folds = StratifiedKFold(n_splits=sel["cv_folds"], shuffle=True, random_state=training.SEED)
    y = [r[1] for r in train]
    pred = cross_val_predict(model, [r[2] for r in train], y, cv=folds)
    return float(np.mean(np.array(pred) == np.array(y))), f"recomputed, {len(train)} articles"


def main() -> int:
    data = data_dir()
    if data is None or not (data / "bbc_news_summary").is_dir():
        print("no evaluation data (../shared/data or $BRIEFINGS_DATA): nothing to measure")
        return 0
    import sections as training

    training.DATA = data
    rows, _skipped = training.load()
    acc, how = cross_validated(rows)
    print(f"cross-validated accuracy (training split): {acc:.4f} ({how})")

    held = [r for r in rows if training.held_out(r[0])]
    right = abstain = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for name, cat, text in held:
        got = classify.guess(text)
        right += got == cat
        abstain += got in (classify.WORLD, classify.OTHER)
        if got != cat:
            confusion[(cat, got)] += 1
    print(f"held-out accuracy (runtime): {right / len(held):.4f} ({right}/{len(held)}; "
          f"{abstain} not confident -> world/other)")
    print("  mistakes: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in confusion.most_common()))

    gold = sorted((data / "gold_dev" / "articles").glob("*.txt"))
    bbc = [p for p in gold if p.name.startswith("bbc__")]
    hits = 0
    for p in bbc:
        cat = p.stem.split("__", 1)[1].rsplit("_", 1)[0]
        hits += classify.section(read_article(p, p.name)) == cat
    print(f"gold_dev BBC (as the pipeline reads them): {hits}/{len(bbc)}")
    print("other gold_dev articles:")
    for p in gold:
        if p not in bbc:
            a = read_article(p, p.name)
            print(f"  {classify.section(a):14} {Path(p).stem[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
