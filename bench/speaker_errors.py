#!/usr/bin/env python3
"""Wrong speakers on PolNeAR *train*, grouped by the decision that made them.

    .venv/bin/python bench/speaker_errors.py [--every N] [--offset K] [--show GROUP|all]

Runs the runtime's quote rules and the shipped speaker ranker over PolNeAR train articles (every
``N``-th from ``K``, sorted by file name; never the articles gold_dev holds, never PolNeAR dev)
and, for every quote matched to a gold quoted segment, labels its candidate mentions the way
``train/speaker_model.py`` does (the head of the segment's Source span, or a mention resolving to
the same name). Each quote falls in one group:

  ok (rule) / ok (ranker)          the speaker given is right, as the rules chose it / as the ranker moved it
  rule wrong, kept (G)             the rules' choice (rule group G) is wrong and the ranker kept it
  ranker overruled a right rule (G)
  ranker moved a wrong rule (G)    to another wrong candidate
  none, gold a candidate (best right|wrong)
                                   no speaker (the rules found none and the ranker does not fill);
                                   whether the ranker's best candidate would have been right
  gold not a candidate (none|given)
                                   no candidate mention is the gold source (a source far away, a
                                   heading, a share of those polled, a slip in the annotation …)

The ranker was fitted on PolNeAR train, so its groups are partly in-sample here; the point is
which mechanism a wrong speaker comes from (``--show GROUP`` prints each in context), not a score.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "train"))


def group_of(it: dict) -> str:
    right, rule, pick = it["right"], it["rule"], it["pick"]
    if pick >= 0 and right[pick]:
        return "ok (rule)" if pick == rule else "ok (ranker)"
    if not any(right):
        return "gold not a candidate (" + ("none" if pick < 0 else "given") + ")"
    if pick < 0:
        best = max(range(len(it["scores"])), key=lambda k: (it["scores"][k], -k))
        return "none, gold a candidate (best " + ("right" if right[best] else "wrong") + ")"
    if pick == rule:
        return f"rule wrong, kept ({it['group']})"
    if rule >= 0 and right[rule]:
        return f"ranker overruled a right rule ({it['group']})"
    return f"ranker moved a wrong rule ({it['group'] or 'fill'})"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--show", help="print the quotes of one group (its name's start) or 'all' wrong ones")
    args = ap.parse_args(argv)
    import speaker_model as fit  # train/speaker_model.py: the labels the ranker is fitted on
    from trainlib import data_dir

    from generator import nlp
    from generator.extract import actors, speaker_model
    from generator.extract.analysis import analyse
    from generator.extract.quotes_core import _Article
    from generator.ingest import from_text

    data = data_dir(args.data, "bench/speaker_errors.py")
    quotes_score, _ = fit.scorers(data)
    held = {f.stem for f in (data / "gold_dev" / "articles").glob("polnear__*.txt")}
    with open(data / "polnear" / "attributions_train.jsonl", encoding="utf-8") as fh:
        arts = sorted((json.loads(line) for line in fh), key=lambda a: a["filename"])
    arts = [a for a in arts[args.offset::args.every] if f"polnear__{a['filename']}" not in held]
    model = speaker_model.shipped()
    language = nlp.load()
    items: list[dict] = []
    for n in range(0, len(arts), 50):
        chunk = arts[n:n + 50]
        parsed = nlp.parse([from_text(a["text"], f"{a['filename']}.txt") for a in chunk], language)
        for a, pa in zip(chunk, parsed):
            analysis = analyse(pa)
            analysis.set_referents(actors.extract(analysis))
            art = _Article(analysis, [])
            label = fit.polnear_labeler(a, quotes_score)

            def observe(p, cands, rule, how, art=art, a=a, label=label):
                b = art.blocks[p.block]
                start, end = b.offset + p.mark.start, b.offset + p.mark.end
                right = label(art, start, end, cands)
                if right is None or not cands:
                    return
                key = lambda m: fit._key(art, m)  # noqa: E731
                group = speaker_model.rule_group(how, rule, p.block, p.cue)
                chosen = speaker_model.choose(model, cands, rule, speaker_model.Context(art), group) \
                    if model is not None else rule
                index = lambda m: next((k for k, c in enumerate(cands) if m is not None and key(c.mention) == key(m)), -1)  # noqa: E731
                items.append({"file": a["filename"], "start": start, "end": end, "text": a["text"],
                              "cue": p.cue, "group": group, "rule": index(rule), "pick": index(chosen),
                              "right": right, "names": [c.name for c in cands],
                              "scores": [model.score(c.feats) if model is not None else 0.0 for c in cands]})

            art.observe = observe
            art.run()
        print(f"  {min(n + 50, len(arts))}/{len(arts)} articles, {len(items)} quotes", file=sys.stderr)
    counts = Counter(group_of(it) for it in items)
    wrong = sum(v for k, v in counts.items() if not k.startswith("ok"))
    print(f"{len(arts)} PolNeAR train articles, {len(items)} quotes matched to a gold segment, {wrong} with a wrong or no speaker")
    for k, v in counts.most_common():
        print(f"{v:6d}  {k}")
    if args.show:
        for it in items:
            g = group_of(it)
            if g.startswith("ok") or args.show != "all" and not g.startswith(args.show):
                continue
            name = lambda k: it["names"][k] if k >= 0 else None  # noqa: E731
            right = sorted({n for n, r in zip(it["names"], it["right"]) if r and n})
            t, s, e = it["text"], it["start"], it["end"]
            print(f"\n== {g} {it['file']} @{s} cue={it['cue']!r} rule={name(it['rule'])!r} "
                  f"given={name(it['pick'])!r} right={right}")
            print("   …" + (t[max(0, s - 200):s] + "<<" + t[s:e] + ">>" + t[e:e + 100]).replace("\n", " / ") + "…")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
