#!/usr/bin/env python3
"""Fit the key-actor salience model: ``generator/data/salience_weights.json``.

    .venv/bin/pip install scikit-learn          # training only, never a runtime dependency
    .venv/bin/python train/salience_model.py [--data DIR] [--cache FILE]

1. **Data** (``../shared/data`` or ``$BRIEFINGS_DATA``): BBC News Summary (1,781 articles with a
   reference extract) and CNN/DailyMail dev (122 articles with highlights). The gold_dev articles
   are left out of training (they only calibrate the cut, step 5).
2. **Candidates and features**: each article goes through the runtime's own steps (reader, spaCy,
   ``actors.extract``, ``quotes.extract``, the quote speakers resolved to actors), and every
   candidate actor gets the named features of ``actors.FEATURES``.
3. **Labels**: a candidate is salient when the human summary names it: one of its forms (name,
   aliases, a person's surname, the gazetteer's other names for a country) occurs in the
   reference as whole words.
4. **Fit**: logistic regression (L2), each corpus given the same total weight (CNN/DailyMail
   highlights are abstractive and short, BBC extracts long). The regularisation C is chosen from
   ``C_GRID`` by five-fold cross-validation by article: the lowest mean over the two corpora of the
   out-of-fold log loss (ties: the smaller C). Reported: the cross-validated AUC and log loss of
   every C, and the transfer checks (fitted on one corpus, scored on the other).
5. **Cuts**: ``key_cut``, the probability below which a candidate is never a key actor, and
   ``sure_cut``, at which it is one whatever the rules say (between the two, the rules of
   ``actors._useful`` decide), chosen on the 35 gold_dev articles by the shared scorer
   (``eval/actors_score.py``): the pair of a grid that maximises the mean of central recall, key
   recall and precision, or the highest pair within ``CUT_TOLERANCE`` of that maximum: a lower cut
   lists more actors on every article, and a gain under half a point on 35 articles is one or two
   actors, not evidence (a lower cut chosen on such a gain lost precision on unseen articles).
   Two numbers are all gold_dev decides.

Deterministic: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from trainlib import bbc_summarised, data_dir, gold_dev  # noqa: E402  (train/trainlib.py: run as a script, its folder is on the path)
from generator import nlp  # noqa: E402
from generator.extract import actors, quotes  # noqa: E402
from generator.extract.analysis import analyse  # noqa: E402
from generator.ingest import from_text, read_article  # noqa: E402

SHIPPED = REPO / "generator" / "data" / "salience_weights.json"
COMMAND = ".venv/bin/python train/salience_model.py"
FOLDS = 5
C_GRID = [0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0]
CUTS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]
SURE_CUTS = [0.4, 0.5, 0.6, 0.7, 0.8, 1.0]
#: How far below the best gold_dev value a higher pair of cuts may score and still be chosen.
CUT_TOLERANCE = 0.005


@dataclass
class Doc:
    corpus: str  # "bbc" or "cnndm"
    key: str
    feats: list = field(default_factory=list)
    labels: list = field(default_factory=list)


def names_in(reference: str, forms: list[str]) -> bool:
    """Does the reference name one of ``forms`` as whole words ("said.The" run-ons included)?"""
    ref = reference.replace(" 's", "'s").replace("’", "'")
    for f in forms:
        f = f.replace("’", "'").strip()
        if len(f) >= 2 and re.search(r"(?<![\w])" + re.escape(f) + r"(?![\w])", ref):
            return True
    return False


def candidates(parsed) -> list:
    """The runtime's candidates for one article, quotes attached, with their features."""
    analysis = analyse(parsed)
    found = actors.extract(analysis)
    analysis.set_referents(found)
    qs, _reported = quotes.extract(analysis, [])
    quoted = actors._attach_quotes(found, qs, parsed)
    return list(zip(found, actors.features(found, quoted, parsed)))


def collect(data: Path) -> list[Doc]:
    skip_bbc, skip_cnn = gold_dev(data)
    articles, docs, refs = [], [], []
    for key, _path, art, ref in bbc_summarised(data, lambda key: key not in skip_bbc):
        articles.append(art)
        docs.append(Doc("bbc", key))
        refs.append(ref)
    for line in (data / "cnndm_frank" / "cnndm_dev.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if any(item["id"].startswith(g) for g in skip_cnn):
            continue
        articles.append(from_text(item["article"], f"{item['id']}.txt"))
        docs.append(Doc("cnndm", item["id"]))
        refs.append(item["reference"])
    language = nlp.load()
    for i in range(0, len(articles), 100):
        for doc, ref, parsed in zip(docs[i:i + 100], refs[i:i + 100], nlp.parse(articles[i:i + 100], language)):
            for a, f in candidates(parsed):
                doc.feats.append([f[k] for k in actors.FEATURES])
                doc.labels.append(int(names_in(ref, actors._name_patterns(a))))
        print(f"  featurised {min(i + 100, len(articles))}/{len(articles)}", file=sys.stderr)
    return docs


def matrix(docs: list[Doc]):
    import numpy as np

    X, y, w = [], [], []
    totals = {k: sum(len(d.feats) for d in docs if d.corpus == k) or 1 for k in ("bbc", "cnndm")}
    for d in docs:
        X += d.feats
        y += d.labels
        w += [1.0 / totals[d.corpus]] * len(d.feats)
    w = np.array(w) * len(w) / sum(w)
    return np.array(X), np.array(y), w


def fit(docs: list[Doc], C: float = 1.0) -> actors.SalienceModel:
    from sklearn.linear_model import LogisticRegression

    X, y, w = matrix(docs)
    lr = LogisticRegression(C=C, max_iter=5000)
    lr.fit(X, y, sample_weight=w)
    return actors.SalienceModel(weights={f: round(float(v), 4) for f, v in zip(actors.FEATURES, lr.coef_[0])},
                                intercept=round(float(lr.intercept_[0]), 4))


def evaluate(model: actors.SalienceModel, docs: list[Doc]) -> dict:
    """AUC and mean log loss of ``model`` on ``docs`` (per corpus)."""
    import math

    from sklearn.metrics import roc_auc_score

    out = {}
    for corpus in ("bbc", "cnndm"):
        ys, ps = [], []
        for d in docs:
            if d.corpus == corpus:
                for x, y in zip(d.feats, d.labels):
                    ys.append(y)
                    ps.append(model.probability(dict(zip(actors.FEATURES, x))))
        if ys and 0 < sum(ys) < len(ys):
            ll = -sum(math.log(max(1e-9, p if y else 1 - p)) for y, p in zip(ys, ps)) / len(ys)
            out[corpus] = {"candidates": len(ys), "positive": round(sum(ys) / len(ys), 3),
                           "auc": round(roc_auc_score(ys, ps), 4), "log_loss": round(ll, 4)}
    return out


def cross_validate(docs: list[Doc], C: float = 1.0) -> dict:
    """Every article scored by the model fitted on the other folds (articles assigned by hash):
    AUC and mean log loss per corpus."""
    import math

    order = sorted(docs, key=lambda d: hashlib.sha256(d.key.encode()).hexdigest())
    fold = {id(d): i % FOLDS for i, d in enumerate(order)}
    from sklearn.metrics import roc_auc_score

    models = [fit([d for d in docs if fold[id(d)] != k], C) for k in range(FOLDS)]
    res = {}
    for corpus in ("bbc", "cnndm"):
        ys, ps = [], []
        for d in docs:
            if d.corpus == corpus:
                model = models[fold[id(d)]]
                for x, y in zip(d.feats, d.labels):
                    ys.append(y)
                    ps.append(model.probability(dict(zip(actors.FEATURES, x))))
        ll = -sum(math.log(max(1e-9, p if y else 1 - p)) for y, p in zip(ys, ps)) / len(ys)
        res[corpus] = {"auc": round(roc_auc_score(ys, ps), 4), "log_loss": round(ll, 4)}
    return res


def choose_c(docs: list[Doc]) -> tuple[float, dict]:
    """The C of ``C_GRID`` with the lowest cross-validated log loss, averaged over the corpora."""
    table = {C: cross_validate(docs, C) for C in C_GRID}
    best = min(C_GRID, key=lambda C: (round(sum(r["log_loss"] for r in table[C].values()) / len(table[C]), 4), C))
    return best, table


def calibrate(model: actors.SalienceModel, data: Path) -> tuple[tuple[float, float], list]:
    """The key cut chosen on gold_dev with the shared scorer (see the module docstring)."""
    sys.path.insert(0, str(data.parent / "eval"))
    import actors_score

    from generator.extract import extract

    gold = data / "gold_dev"
    files = sorted((gold / "articles").glob("*.txt"))
    parsed = nlp.parse([read_article(f) for f in files], nlp.load())
    table = []
    original = actors.model
    grid = [(cut, sure) for cut in CUTS for sure in SURE_CUTS if sure > cut]
    try:
        for cut, sure in grid:
            m = actors.SalienceModel(model.weights, model.intercept, cut, sure)
            actors.model = lambda m=m: m  # type: ignore[assignment]
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
                for f, p in zip(files, parsed):
                    ex = extract(p)
                    out.write(json.dumps({"file": str(f), "actors": [a.contract() for a in ex.actors]}) + "\n")
            res = actors_score.score(str(gold / "annotations"), out.name)
            os.unlink(out.name)
            value = (res["central_recall"] + res["key_recall"] + res["precision"]) / 3
            table.append(((cut, sure), round(value, 4), {k: res[k] for k in ("central_recall", "key_recall", "precision",
                                                                      "duplicates")}))
    finally:
        actors.model = original  # type: ignore[assignment]
    top = max(row[1] for row in table)
    best = max((row for row in table if row[1] >= top - CUT_TOLERANCE), key=lambda row: row[0])
    return best[0], table


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data")
    ap.add_argument("--cache", help="pickle of the featurised articles (made when missing)")
    args = ap.parse_args()
    data = data_dir(args.data, "train/salience_model.py")
    if args.cache and Path(args.cache).exists():
        docs = pickle.loads(Path(args.cache).read_bytes())
    else:
        docs = collect(data)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(docs))
    print(f"training: {sum(d.corpus == 'bbc' for d in docs)} BBC, {sum(d.corpus == 'cnndm' for d in docs)} "
          f"CNN/DailyMail articles, {sum(len(d.feats) for d in docs)} candidates")
    C, cv_table = choose_c(docs)
    for c_value, row in cv_table.items():
        print(f"  C {c_value:<5} cross-validated: {json.dumps(row)}")
    cv = cv_table[C]
    print(f"C {C} (lowest mean cross-validated log loss)")
    transfer = {}
    for src, dst in (("bbc", "cnndm"), ("cnndm", "bbc")):
        m = fit([d for d in docs if d.corpus == src], C)
        transfer[f"{src}->{dst}"] = evaluate(m, [d for d in docs if d.corpus == dst]).get(dst)
    print("transfer:", json.dumps(transfer))
    model = fit(docs, C)
    (cut, sure), table = calibrate(model, data)
    for row in table:
        print(f"  cut {row[0][0]:.2f} sure {row[0][1]:.2f}: {row[1]:.4f} {json.dumps(row[2])}")
    print(f"key cut {cut}, sure cut {sure}")
    payload = {
        "about": "Key-actor salience: logistic regression over actors.FEATURES (the log-odds that the "
                 "human summary names the candidate); a candidate is a key actor at probability >= "
                 "sure_cut, or >= key_cut when the rules (actors._useful) agree.",
        "trained_on": "BBC News Summary and CNN/DailyMail dev (gold_dev articles left out), each corpus "
                      "weighted equally; C chosen by five-fold cross-validation (log loss); key_cut and sure_cut "
                      "chosen on gold_dev (mean of central recall, key recall, precision)",
        "command": COMMAND,
        "C": C,
        "cross_validation": cv,
        "transfer": transfer,
        "intercept": model.intercept,
        "key_cut": cut,
        "sure_cut": sure,
        "weights": model.weights,
    }
    SHIPPED.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {SHIPPED.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
