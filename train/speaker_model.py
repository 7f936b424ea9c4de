#!/usr/bin/env python3
"""Fit the speaker ranker: ``generator/data/speaker_weights.json``.

    .venv/bin/pip install scikit-learn          # training only, never a runtime dependency
    .venv/bin/python train/speaker_model.py [--data DIR] [--cache FILE] [--no-gold-dev] [--out FILE]

1. **Data** (``../shared/data`` or ``$BRIEFINGS_DATA``): PolNeAR *train*
   (``polnear/attributions_train.jsonl``; the articles that gold_dev also holds are left out of
   this part) and, unless ``--no-gold-dev``, the hand-annotated gold_dev articles other than its
   ``polnear__`` ones (some of those are PolNeAR *dev* articles, the rest are PolNeAR train
   articles that gold_dev counts as unseen). PolNeAR dev is never read: it is for the final
   measurement only (``bench/quotes.py``).
2. **Candidates and features**: each article goes through the runtime itself (reader, spaCy, the
   analysis, actors, the quote rules) with the ranker off; for every quote the rules keep, the
   runtime's own :meth:`speaker_model.Context.candidates` lists the candidate mentions with
   their features (so training sees exactly what the runtime scores).
3. **Labels**: PolNeAR, the quote is matched to a gold quoted segment (``quotes_score.py``'s
   segments, at least half overlapping) and a candidate is right when it is the *head* of the
   segment's Source span (the person in "Dr Lee, a surgeon at the hospital", not the hospital)
   or the name in apposition to a head role noun ("spokesman Tom Reed"), or another mention that
   resolves to the same name as one of those (the scorer credits a name); gold_dev, the quote is
   matched to an annotated quote (``actors_score.py``'s text rule) and a candidate is right when
   its resolved name matches the annotated speaker (the scorer's name rule). Quotes with no right
   candidate are kept for the accuracy figures and left out of the fit.
4. **Fit**: a pairwise ranker: logistic regression (L2, liblinear, no intercept, fixed seed) on
   feature differences between a quote's right candidate and each wrong one, each quote weighing
   the same (gold_dev quotes ``GOLD_WEIGHT``). At run time the best-scoring candidate replaces
   the rules' choice only when it outscores it by ``margin``; a quote the rules leave without a
   speaker gets the best candidate only if, cross-validated, that is right at least ``FILL_AT``
   of the time on every part (``fill``); and the ranker overrules only the kinds of rule choice
   (``speaker_model.rule_group``: a cue after the quote, before it, a signature line, the
   previous quote's speaker …) where overruling did not lower the cross-validated objective
   (``overrule``), never "according to X" (the contract names X) nor a "— Name" signature.
5. **Selection** of C and the margin by five-fold cross-validation *by article* (no article's
   quotes score themselves), on the share of quotes whose chosen candidate is right: the pair
   with the best mean of PolNeAR-train and gold_dev accuracy, ties to the smaller C and the
   larger margin. The file records the cross-validated accuracy of the rules and of the
   ranker on each part, and writes, for the benchmarks, one weights file per fold
   (``--folds-out DIR``) so gold_dev can be scored by models that never saw each article.

Deterministic: the same data gives the same file, byte for byte (sorted keys, rounded floats).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from trainlib import data_dir  # noqa: E402  (train/trainlib.py: run as a script, its folder is on the path)
from generator import nlp  # noqa: E402
from generator.extract import actors, speaker_model  # noqa: E402
from generator.extract.analysis import analyse  # noqa: E402
from generator.extract.quotes_core import _Article  # noqa: E402
from generator.ingest import from_text, read_article  # noqa: E402

SHIPPED = REPO / "generator" / "data" / "speaker_weights.json"
COMMAND = ".venv/bin/python train/speaker_model.py"
CS = [0.01, 0.03, 0.1, 0.3, 1.0]
MARGINS = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0]
FOLDS = 5
GOLD_WEIGHT = 3.0
FILL_AT = 2 / 3
#: Kinds of rule choice the ranker never overrules: "according to X" names X, the outermost
#: source, by the extraction contract (README), whatever speaks inside it.
KEPT = frozenset({"according", "sign"})
SEED = 0


@dataclass
class Item:
    """One quote: its candidates' features, which are right, and which the rules chose."""

    article: str
    part: str  # "polnear", "gold_original", "gold_new"
    feats: list[dict[str, float]] = field(default_factory=list)
    right: list[bool] = field(default_factory=list)
    rule: int = -1  # index of the rules' choice among the candidates, -1 when none
    group: str = ""  # the kind of rule that chose (speaker_model.rule_group)
    names: list = field(default_factory=list)  # the candidates' resolved names


def scorers(data: Path):
    """The shared scorer modules (``../shared/eval``)."""
    sys.path.insert(0, str(data.parent / "eval"))
    import actors_score
    import quotes_score

    return quotes_score, actors_score


def _collect(parsed, label) -> list[Item]:
    """Run the runtime's rules over one parsed article and label each quote's candidates."""
    analysis = analyse(parsed)
    analysis.set_referents(actors.extract(analysis))
    art = _Article(analysis, [])
    art.ranker = speaker_model.Model(weights={}, enabled=False)
    items: list[Item] = []

    def observe(p, cands, rule, how):
        b = art.blocks[p.block]
        start, end = b.offset + p.mark.start, b.offset + p.mark.end
        right = label(art, start, end, cands)
        if right is None:
            return
        ctx_key = (lambda m: _key(art, m))
        rk = ctx_key(rule) if rule is not None else None
        items.append(Item("", "", [c.feats for c in cands], right,
                          next((k for k, c in enumerate(cands) if ctx_key(c.mention) == rk), -1),
                          speaker_model.rule_group(how, rule, p.block, p.cue), [c.name for c in cands]))

    art.observe = observe
    art.run()
    return items


def _key(art, m):
    b = art.blocks[m[0]]
    e = b.ent_of[m[1]]
    return (m[0], -1 - e) if e >= 0 else m


def polnear_labeler(article: dict, quotes_score):
    """Right candidates for a quote: the head of the gold Source span of its segment."""
    gold = quotes_score.gold_for(article)

    def label(art, start, end, cands):
        seg = max(gold, key=lambda g: quotes_score.overlap(g["start"], g["end"], start, end), default=None)
        if seg is None or quotes_score.overlap(seg["start"], seg["end"], start, end) < 0.5 * (seg["end"] - seg["start"]):
            return None
        heads = []
        for c, d in seg["source_spans"]:
            for bi, b in enumerate(art.blocks):
                if b.offset <= c < b.offset + len(b.text):
                    toks = [t for t in b.doc if c <= b.offset + t.idx < d]
                    inside = {t.i for t in toks}
                    heads += [(bi, t) for t in toks if t.head.i not in inside or t.head.i == t.i]
        right = []
        for cand in cands:
            bi, ti = cand.mention
            b = art.blocks[bi]
            e = b.ent_of[ti]
            span = range(b.ents[e].start, b.ents[e].end) if e >= 0 else range(ti, ti + 1)
            t = b.doc[ti]
            ok = any(hb == bi and (h.i in span or (t.head.i == h.i and t.dep_ in ("appos", "compound", "flat")
                                                   and h.pos_ == "NOUN" and t.i > h.i
                                                   and any(x.i == ti for x in h.subtree)))
                     for hb, h in heads)
            right.append(ok)
        # another mention of the same named person is as right (the scorer's name rule)
        names = {c.name for c, ok in zip(cands, right) if ok and c.name and c.name[:1].isupper()}
        return [ok or bool(c.name) and c.name in names for c, ok in zip(cands, right)]

    return label


def gold_labeler(annotation: dict, actors_score):
    """Right candidates for a quote: those whose resolved name is the annotated speaker."""
    gq = annotation.get("quotes") or []
    key_actors = annotation.get("key_actors") or []

    def label(art, start, end, cands):
        qt = re.sub(r"\s+", " ", art.text[start:end]).strip(" ,.\u201c\u201d\"")
        for g in gq:
            gt = re.sub(r"\s+", " ", g["quote"]).strip(" ,.")
            short, long_ = sorted((gt, qt), key=len)
            if short and (short in long_ or (len(short) >= 0.8 * len(long_) and short[:40] in long_)):
                spk = next((a for a in key_actors if actors_score.same({actors_score.norm(g["speaker"])},
                                                                         actors_score.names_of(a))),
                           {"name": g["speaker"]})
                names = actors_score.names_of(spk)
                return [bool(c.name) and actors_score.same({actors_score.norm(c.name)}, names) for c in cands]
        return None

    return label


def gold_in_fit(stem: str) -> bool:
    """Whether the gold_dev article ``stem`` joins the fit: not gold_dev's ``polnear__`` articles
    (some are PolNeAR dev articles, the measurement set; the rest gold_dev counts as unseen)."""
    return not stem.startswith("polnear__")


def collect(data: Path, with_gold: bool, limit: int = 0) -> list[Item]:
    """Every labelled quote of PolNeAR train (less gold_dev's) and of gold_dev."""
    quotes_score, actors_score = scorers(data)
    sys.path.insert(0, str(REPO / "bench"))
    from common import ORIGINAL_DEV

    gold_dir = data / "gold_dev"
    gold_names = {f.stem for f in (gold_dir / "articles").glob("*.txt")}
    language = nlp.load()
    jobs: list[tuple[str, str, str, object]] = []  # (article key, part, text or gold_dev path, labeler)
    with open(data / "polnear" / "attributions_train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if f"polnear__{art['filename']}" in gold_names:
                continue
            jobs.append((f"polnear/{art['filename']}", "polnear", art["text"], polnear_labeler(art, quotes_score)))
    if limit:
        jobs = jobs[:limit]
    if with_gold:
        for f in sorted((gold_dir / "articles").glob("*.txt")):
            if not gold_in_fit(f.stem):
                continue
            ann = json.loads((gold_dir / "annotations" / f"{f.stem}.json").read_text(encoding="utf-8"))
            part = "gold_original" if f.stem in ORIGINAL_DEV else "gold_new"
            jobs.append((f"gold/{f.stem}", part, str(f), gold_labeler(ann, actors_score)))
    items: list[Item] = []
    for i in range(0, len(jobs), 100):
        chunk = jobs[i:i + 100]
        parsed = nlp.parse([read_article(text) if key.startswith("gold/") else from_text(text, f"{key[8:]}.txt")
                            for key, _, text, _ in chunk], language)
        for (key, part, _, labeler), pa in zip(chunk, parsed):
            for it in _collect(pa, labeler):
                it.article, it.part = key, part
                items.append(it)
        print(f"  {min(i + 100, len(jobs))}/{len(jobs)} articles, {len(items)} quotes", file=sys.stderr)
    return items


def fold_of(article: str) -> int:
    return int(hashlib.sha256(article.encode()).hexdigest(), 16) % FOLDS


def _vec(f: dict[str, float]):
    import numpy as np

    x = np.zeros(len(speaker_model.FEATURES))
    for k, v in f.items():
        x[INDEX[k]] = v
    return x


INDEX = {n: k for k, n in enumerate(speaker_model.FEATURES)}


def pairs(items: list[Item]):
    """Pairwise training rows: (right - wrong) labelled 1 and (wrong - right) labelled 0, for each
    wrong candidate of a quote against its right one (the rules' choice when it is right, else
    the first right candidate); each quote weighs the same in all (gold_dev ``GOLD_WEIGHT``)."""
    import numpy as np

    rows, y, w = [], [], []
    for it in items:
        if not any(it.right) or all(it.right):
            continue
        good = it.rule if it.rule >= 0 and it.right[it.rule] else it.right.index(True)
        p = _vec(it.feats[good])
        wrong = [_vec(f) for f, r in zip(it.feats, it.right) if not r]
        weight = (GOLD_WEIGHT if it.part != "polnear" else 1.0) / len(wrong)
        for n in wrong:
            rows += [p - n, n - p]
            y += [1, 0]
            w += [weight, weight]
    return np.array(rows), np.array(y), np.array(w)


def fit(items: list[Item], c: float) -> speaker_model.Model:
    from sklearn.linear_model import LogisticRegression

    x, y, w = pairs(items)
    clf = LogisticRegression(C=c, solver="liblinear", fit_intercept=False, random_state=SEED, max_iter=2000)
    clf.fit(x, y, sample_weight=w)
    weights = {n: round(float(v), 4) for n, v in zip(speaker_model.FEATURES, clf.coef_[0])}
    return speaker_model.Model(weights=weights)


def pick(model: speaker_model.Model, it: Item, margin: float, fill: bool = True,
         overrule: frozenset[str] | None = None) -> int:
    """The candidate the runtime would choose (:func:`speaker_model.choose`, on indices)."""
    if not it.feats or it.rule >= 0 and overrule is not None and it.group not in overrule:
        return it.rule
    scores = [model.score(f) for f in it.feats]
    best = max(range(len(scores)), key=lambda k: (scores[k], -k))
    if it.rule < 0:
        return best if fill else -1
    return best if scores[best] > scores[it.rule] + margin else it.rule


def accuracy(items: list[Item], choice) -> dict[str, float]:
    parts: dict[str, list[int]] = {}
    for it in items:
        k = choice(it)
        parts.setdefault(it.part, []).append(int(k >= 0 and it.right[k]))
    return {p: round(sum(v) / len(v), 4) for p, v in sorted(parts.items())}


def cross_validate(items: list[Item]) -> tuple[dict, dict, dict, dict]:
    """Per (C, margin): accuracy of the ranker on quotes of articles its fold never saw; per C,
    its accuracy on the quotes the rules leave without a speaker; and per (C, margin), which kinds
    of rule choice it may overrule: a kind stays when overruling it does not lower the
    cross-validated objective on the quotes of that kind."""
    results, unfilled, overrules = {}, {}, {}
    groups = sorted({it.group for it in items if it.rule >= 0})
    for c in CS:
        models = {k: fit([it for it in items if fold_of(it.article) != k], c) for k in range(FOLDS)}
        for margin in MARGINS:
            allowed = set()
            for g in groups:
                if g in KEPT:
                    continue
                mine = [it for it in items if it.rule >= 0 and it.group == g]
                ranked = accuracy(mine, lambda it: pick(models[fold_of(it.article)], it, margin))
                rules = accuracy(mine, lambda it: it.rule)
                if objective(ranked) >= objective(rules):
                    allowed.add(g)
            overrules[(c, margin)] = frozenset(allowed)
            results[(c, margin)] = accuracy(items, lambda it: pick(models[fold_of(it.article)], it, margin,
                                                                   overrule=frozenset(allowed)))
        unfilled[c] = accuracy([it for it in items if it.rule < 0 and it.feats],
                               lambda it: pick(models[fold_of(it.article)], it, 0.0))
    return results, unfilled, overrules, {"rules": accuracy(items, lambda it: it.rule), "oracle": accuracy(
        items, lambda it: it.right.index(True) if any(it.right) else -1)}


def objective(acc: dict[str, float]) -> float:
    """The mean of PolNeAR-train and gold_dev accuracy (either alone when the other has no quotes)."""
    gold = [acc[p] for p in ("gold_original", "gold_new") if p in acc]
    parts = ([acc["polnear"]] if "polnear" in acc else []) + ([sum(gold) / len(gold)] if gold else [])
    return sum(parts) / len(parts) if parts else 0.0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data")
    ap.add_argument("--cache", help="pickle of the labelled candidates (made when missing; delete it when features change)")
    ap.add_argument("--no-gold-dev", action="store_true", help="fit on PolNeAR train alone")
    ap.add_argument("--out", default=str(SHIPPED))
    ap.add_argument("--folds-out", help="folder for one weights file per fold (gold_dev scored out of fold)")
    ap.add_argument("--limit", type=int, default=0, help="PolNeAR train articles to read (0: all; for a quick try)")
    ap.add_argument("--enabled", choices=("yes", "no"), default="yes")
    args = ap.parse_args(argv)
    data = data_dir(args.data, "train/speaker_model.py")
    if args.cache and Path(args.cache).is_file():
        with open(args.cache, "rb") as fh:
            items = pickle.load(fh)
    else:
        items = collect(data, True, args.limit)
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(items, fh)
    if args.no_gold_dev:
        items = [it for it in items if it.part == "polnear"]
    results, unfilled, overrules, base = cross_validate(items)
    (c, margin), best = max(results.items(), key=lambda kv: (round(objective(kv[1]), 4), -kv[0][0], kv[0][1]))
    # quotes the rules leave without a speaker get the best candidate only when that is right at
    # least FILL_AT of the time: a wrong speaker does more harm than none
    fill = min(unfilled[c].values(), default=0.0) >= FILL_AT
    overrule = sorted(overrules[(c, margin)])
    for (cc, mm), acc in sorted(results.items()):
        print(f"C={cc:<5} margin={mm:<4} {json.dumps(acc)}", file=sys.stderr)
    print(f"rules {json.dumps(base['rules'])}\noracle {json.dumps(base['oracle'])}\n"
          f"chosen C={c} margin={margin} {json.dumps(best)}\n"
          f"unattributed by the rules: {json.dumps(unfilled[c])} -> fill {fill}\noverrule {overrule}", file=sys.stderr)
    model = fit(items, c)
    counts = {p: sum(1 for it in items if it.part == p) for p in sorted({it.part for it in items})}
    out = {
        "about": "Speaker ranker: pairwise logistic regression over speaker_model.FEATURES (a candidate "
                 "mention's score; only differences between one quote's candidates mean anything); the best "
                 "candidate replaces the rules' choice when it outscores it by 'margin', and names a quote the "
                 "rules left without a speaker only when 'fill' is true.",
        "command": COMMAND + (" --no-gold-dev" if args.no_gold_dev else ""),
        "trained_on": "PolNeAR train (less the gold_dev articles)" + ("" if args.no_gold_dev else
                                                                       f" + gold_dev less its polnear__ articles (weight {GOLD_WEIGHT})"),
        "quotes": counts,
        "cross_validation": {"folds": FOLDS, "by": "article", "C": c, "margin": margin,
                             "rules": base["rules"], "ranker": best, "oracle": base["oracle"],
                             "unattributed_by_rules": unfilled[c]},
        "enabled": args.enabled == "yes",
        "fill": fill,
        "margin": margin,
        "overrule": overrule,
        "weights": model.weights,
    }
    Path(args.out).write_text(json.dumps(out, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if args.folds_out:
        folder = Path(args.folds_out)
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(FOLDS):
            m = fit([it for it in items if fold_of(it.article) != k], c)
            arts = sorted({it.article for it in items if fold_of(it.article) == k})
            (folder / f"fold{k}.json").write_text(json.dumps(
                {"margin": margin, "fill": fill, "overrule": overrule, "weights": m.weights, "articles": arts},
                indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
