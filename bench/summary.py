#!/usr/bin/env python3
"""Summary benchmark: CNN/DailyMail dev ROUGE and BBC News Summary dev sentence precision,
for the shipped scorer and for the two transfer checks.

Reads every development article as ``briefings`` does (the text reader, spaCy), runs the
summariser (``generator.extract.summary.extract``) with each set of weights, and scores the
summaries with the shared scorer (``../shared/eval/summary_score.py``), plus LEAD-3 on
CNN/DailyMail for reference. The data folder is ``../shared/data`` relative to the repository
root, or ``$BRIEFINGS_DATA``; the scorer folder is its sibling ``eval`` (or ``$BRIEFINGS_EVAL``).
Skips when either is missing.

    .venv/bin/python bench/summary.py [--bbc-every K] [--no-lead3]

Weights: ``shipped`` (``generator/data/summary_weights.json``, fitted on both corpora),
``BBC only`` and ``CNN/DM only`` (``train/summary_weights_*.json``: the transfer checks; each must
hold on the *other* corpus: BBC-only weights above LEAD-3 on CNN/DailyMail, CNN/DailyMail-only
weights above TextRank's 0.799 on BBC), each with the selection (margin, gap) cross-validated on
its own corpus, and again with the shipped selection (``+sel``: margin, gaps, redundancy). The
``+sel`` line is the check of the scorer alone: a replacement needs the headline's support and
CNN/DailyMail files have none, so CNN/DailyMail alone cannot set the margin or the gap for a
titled article (every value scores the same there) and its own selection keeps the lead.
``train/summary_model.py`` fits all three on the
training halves only (BBC even file numbers, CNN/DailyMail even line numbers, gold_dev articles
left out), so each figure is given on the full set, the training half and the held-out half.
Targets: CNN/DailyMail ROUGE-1 and ROUGE-2 >= LEAD-3 + 0.5, BBC sentence precision >= 0.82, at
<= 90 words.

Last, the non-prose check: summary sentences on CNN/DailyMail that look like a caption, a page
widget, a byline or a dateline are counted and printed (there should be none); and the form
check on both corpora (shipped): summaries outside 2-4 sentences or over 90 words (and, a count
to watch rather than a rule, under 50 words: a thin summary), opening on a
pointer back ("He ...", "But ..."), or holding two sentences that say the same thing (half or
more of the smaller one's content words in the other). The last lines are the verdicts: the
shipped targets, and the four transfer numbers (each corpus's weights on the other corpus, with
their own cross-validated selection and with the shipped one).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/ holds html.py and summary.py, which would shadow the standard library's html (that the
# scorer's rouge-score needs) and our summary module: import from the repository root instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from generator import nlp  # noqa: E402
from generator.errors import InputError  # noqa: E402
from generator.extract import summary  # noqa: E402
from generator.ingest import from_text, nonprose, read_article  # noqa: E402

TEXTRANK_BBC = 0.799
WEIGHTS = {"shipped": summary.WEIGHTS_FILE,
           "BBC only": ROOT / "train" / "summary_weights_bbc.json",
           "CNN/DM only": ROOT / "train" / "summary_weights_cnndm.json"}
#: What a sentence that is not the story looks like (the check, not the filter).
NON_PROSE = [("widget", nonprose.WIDGET_INLINE), ("caption", nonprose.POSITION), ("credit", nonprose.CREDIT),
             ("byline", re.compile(r"^(?:By|From)\s*\.|\b(?:PUBLISHED|UPDATED)\s*:")),
             ("dateline", re.compile(r"\((?:CNN|AP|AFP|Reuters)\)")),
             ("label", re.compile(r"^(?![^:]*\b(?:said|says|added|told|explained|wrote|tweeted|read|asked|replied)\b[^:]*:)"
                                  r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}:\s+[A-Z‘'\"“]")),
             ("capitals", re.compile(r"^[^a-z]{25,}$"))]


def data_dir() -> Path:
    return Path(os.environ.get("BRIEFINGS_DATA") or ROOT.parent / "shared" / "data")


def eval_dir(data: Path) -> Path:
    return Path(os.environ.get("BRIEFINGS_EVAL") or data.parent / "eval")


def parse_all(articles: list) -> list:
    language = nlp.load()
    out = []
    for i in range(0, len(articles), 200):
        out.extend(nlp.parse(articles[i:i + 200], language))
    return out


def halves(keys: list[str], train: set[str]) -> dict[str, set[str]]:
    return {"all": set(keys), "train half": set(keys) & train, "held out": set(keys) - train}


def fmt(res: dict, kind: str) -> str:
    if kind == "bbc":
        return f"P {res['sentence_precision']:.3f}  R1 {res['rouge1']:5.2f}  words {res['avg_words']:5.1f}"
    return f"R1 {res['rouge1']:5.2f}  R2 {res['rouge2']:5.2f}  RL {res['rougeL']:5.2f}  words {res['avg_words']:5.1f}"


def form(preds: dict[str, list[dict]]) -> dict[str, int]:
    """How many summaries break the form rules (see the module's docstring)."""
    from generator.extract import summary_rules

    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in summary.FUNCTION_WORDS and len(w) > 2}

    out = {"sentences outside 2-4": 0, "over 90 words": 0, "under 50 words": 0, "opening on a pointer back": 0,
           "redundant pair": 0}
    for summ in preds.values():
        texts = [s["text"] for s in summ]
        out["sentences outside 2-4"] += not 2 <= len(texts) <= 4
        out["over 90 words"] += sum(len(t.split()) for t in texts) > 90
        out["under 50 words"] += sum(len(t.split()) for t in texts) < 50  # thin (not a rule: a count to watch)
        out["opening on a pointer back"] += bool(texts) and summary_rules.is_dangling(texts[0])
        sets = [words(t) for t in texts]
        out["redundant pair"] += any(a and b and len(a & b) >= 0.5 * min(len(a), len(b))
                                     for i, a in enumerate(sets) for b in sets[i + 1:])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc-every", type=int, default=1)
    ap.add_argument("--no-lead3", action="store_true")
    args = ap.parse_args()
    data = data_dir()
    sys.path.insert(0, str(eval_dir(data)))
    cnn_file = data / "cnndm_frank" / "cnndm_dev.jsonl"
    bbc_dir = data / "bbc_news_summary"
    try:
        import summary_score
    except ImportError:
        print(f"bench/summary.py: skipped (no scorer at {eval_dir(data)})")
        return 0
    models = {name: summary.Model.load(path) for name, path in WEIGHTS.items() if path.exists()}
    if "shipped" in models:  # the transfer weights with the shipped selection (margin, gaps, redundancy) too
        ship = models["shipped"]
        for name in ("BBC only", "CNN/DM only"):
            if name in models:
                models[name + " +sel"] = dataclasses.replace(models[name], margin=ship.margin, gap=ship.gap,
                                                             gap_untitled=ship.gap_untitled, redundancy=ship.redundancy)
    verdicts = []
    if cnn_file.exists():
        items = summary_score.load("cnndm", str(cnn_file))
        keys = list(items)
        parsed = parse_all([from_text(items[k][0], f"{k}.txt") for k in keys])
        parts = halves(keys, {k for n, k in enumerate(keys) if n % 2 == 0})
        lead = {}
        if not args.no_lead3:
            os.environ.setdefault("SPACY_MODEL", nlp.resolve_model())
            lead_preds = summary_score.lead3(items)
        print(f"CNN/DailyMail dev ({len(keys)} articles; train half = even lines, held out = odd):")
        shipped_preds = {}
        for part, chosen in parts.items():
            its = {k: items[k] for k in keys if k in chosen}
            if not args.no_lead3:
                lead[part] = summary_score.score("cnndm", its, {k: lead_preds[k] for k in its})
                print(f"  {'LEAD-3':16} {part:10}  {fmt(lead[part], 'cnndm')}")
        for name, model in models.items():
            preds = {p.article.path[:-4]: [s.contract() for s in summary.extract(p, model)[0]] for p in parsed}
            if name == "shipped":
                shipped_preds = preds
            for part, chosen in parts.items():
                its = {k: items[k] for k in keys if k in chosen}
                res = summary_score.score("cnndm", its, {k: preds[k] for k in its})
                print(f"  {name:16} {part:10}  {fmt(res, 'cnndm')}")
                if part in ("all", "held out") and lead and not name.startswith("CNN/DM only"):
                    gap = 0.5 if name == "shipped" else 0.0
                    ok = res["rouge1"] >= lead[part]["rouge1"] + gap and res["rouge2"] >= lead[part]["rouge2"] + gap
                    verdicts.append(f"CNN/DM {name} {part}: R1/R2 {res['rouge1'] - lead[part]['rouge1']:+.2f}/"
                                    f"{res['rouge2'] - lead[part]['rouge2']:+.2f} over LEAD-3 "
                                    f"(need >= +{gap}) {'ok' if ok else 'MISSED'}")
        found = [(k, label, s["text"]) for k, summ in shipped_preds.items() for s in summ
                 for label, pattern in NON_PROSE if pattern.search(s["text"])]
        print(f"  non-prose check (shipped): {len(found)} summary sentences look like a caption, widget, "
              f"byline or dateline")
        for k, label, text in found:
            print(f"    {label:8} {k}: {text[:110]}")
        print(f"  form check (shipped, {len(shipped_preds)} summaries): {form(shipped_preds)}")
    if bbc_dir.exists():
        files = sorted((bbc_dir / "articles").glob("*/*.txt"))[::max(1, args.bbc_every)]
        articles = []
        for f in files:
            try:
                articles.append(read_article(f))
            except InputError as exc:
                print(f"  {exc}")
        parsed = parse_all(articles)
        items = summary_score.load("bbc", str(bbc_dir))
        keys = [summary_score.key("bbc", a.path) for a in articles]
        parts = halves(keys, {k for k in keys if int(k.split("/")[1]) % 2 == 0})
        print(f"BBC News Summary dev ({len(keys)} articles; train half = even file numbers, held out = odd; "
              f"TextRank {TEXTRANK_BBC}):")
        for name, model in models.items():
            preds = {summary_score.key("bbc", p.article.path): [s.contract() for s in summary.extract(p, model)[0]]
                     for p in parsed}
            if name == "shipped":
                print(f"  form check (shipped, {len(preds)} summaries): {form(preds)}")
            for part, chosen in parts.items():
                its = {k: items[k] for k in keys if k in chosen}
                res = summary_score.score("bbc", its, {k: preds[k] for k in its})
                print(f"  {name:16} {part:10}  {fmt(res, 'bbc')}")
                if part in ("all", "held out") and not name.startswith("BBC only"):
                    need = 0.82 if name == "shipped" else TEXTRANK_BBC
                    ok = res["sentence_precision"] >= need
                    verdicts.append(f"BBC {name} {part}: P {res['sentence_precision']:.3f} (need >= {need}) "
                                    f"{'ok' if ok else 'MISSED'}")
    for v in verdicts:
        print(v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
