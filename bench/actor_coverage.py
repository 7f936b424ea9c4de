"""Benchmark: do our key actors cover the people and bodies a human summary names?

On a slice of BBC News Summary articles (none of gold_dev, nor of the held-out shifts and reading
sets found under ``/tmp/shifts`` and ``/work/notes``: give more folders with ``--exclude DIR``),
the names in the reference summary are the salient actors: PERSON and ORG entities spaCy finds
in the summary, each widened to the whole capitalised name around it ("Department for Culture,
Media and Sport", not "Culture"), and capitalised names that end in a body's noun
("Scottish Executive"), without a dash run on into the next clause or a hyphenated modifier
("Avonford-born"), kept only when the article text contains them. Reported: the share of
them some listed actor matches (by the shared scorer's rule, ``eval/actors_score.py``), the same
share among the ``central`` ones (in the summary's first sentence, or in two of its sentences),
the share in our first five, and where each miss is lost:

- ``form``: no candidate matches, but one shares a name word (a tagger split, a wrong form);
- ``untagged``: no candidate shares a word (never tagged, or its kind not kept);
- ``salience``: a candidate, cut by the model (below the key cut);
- ``useful``: a candidate between the model's two cuts that the rules (``actors._useful``) refused;
- ``filter``: a candidate dropped by another rule of ``actors._keep``, split by the rule's kind
  (``--show`` and the ``filters`` line): ``work`` (a work, title, product, prize or contest: by
  policy not an actor), ``outlet`` (an outlet that only reports or relays, or the publisher's own),
  ``group`` (a commenting, passing or bare-noun group), ``setting`` (a place or venue only set
  the scene), ``modifier`` (only ever a noun's modifier), ``quoted-junk`` and ``other``;
- ``cap``: a candidate kept, then cut at the list's length (:data:`actors.MAX_ACTORS`);
- ``fold``: a candidate kept, then folded into another listed actor.

``covered leaving out works`` is the share covered among the names not dropped as works, prizes or
contests, which readers and gold do not list as actors.

Unnamed collectives are counted apart (``collectives``): a plural group noun of the summary outside a
name ("workers", "police", "analysts"), covered by an actor with that noun among its name's words,
as the scorer matches "Striking workers" to a gold "workers". ``listed named by the summary`` is a
precision proxy: the share of our listed actors whose name (or a form of it) the summary uses, or,
for a group, whose noun it uses. ``--exclude-keys FILE`` leaves out more articles ("CAT/NNN", one
a line): held-out sets whose folders may not be opened.

The slice is split by a hash of the article's key into ``read`` (misses printed with ``--show``)
and ``heldout`` (aggregates only), so a fix found on one half is judged on the other.

    .venv/bin/python bench/actor_coverage.py [--part read|heldout|both] [--limit N] [--show] [--exclude-keys FILE]
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXCLUDE = [*(Path(f"/tmp/shifts/s{k}") for k in range(151, 162, 2)), Path("/work/notes/shift47"), Path("/work/notes/shift57"),
           Path("/work/notes/fresh8"), Path("/work/notes/fresh9"), Path("/work/notes/fresh10"),
           Path("/work/notes/golden_inputs")]
LABELS = ("PERSON", "ORG")
_CAP = r"[A-Z][\w'’&.]*(?:-[\w'’&.]+)*"
# words of one name: "Department for Culture, Media and Sport", "Bank of England", "Marks & Spencer"
_NAME = re.compile(rf"{_CAP}(?:(?:[ ]|,[ ](?={_CAP}[ ]and[ ])|[ ](?:of|for|and|de|&)[ ]){_CAP})*")


def excluded(extra: list[Path]) -> set[str]:
    """Keys ("CAT/N") of BBC articles in the held-out and reading folders."""
    out: set[str] = set()
    for top in EXCLUDE + extra:
        if not top.is_dir():
            continue
        for f in top.rglob("bbc_*.txt"):
            m = re.match(r"bbc_+([a-z]+)_(\d+)$", f.stem)
            if m:
                out.add(f"{m.group(1)}/{int(m.group(2))}")
    return out


#: A capitalised word run on into a name: "Avonford-born", "Oscar-nominated" modify the name after them.
_MODIFIER_WORD = re.compile(r"\s*\b[\w'’.]+-(?:born|based|nominated|winning|led|backed|owned|run|made|bred)$")


def clean_name(name: str) -> str:
    """A summary's name span without what is not the name: a leading article, honorific or
    conjunction, a trailing number or run-on "I", a dash and what follows it ("Ann Lee - the"),
    a hyphenated modifier ("Avonford-born")."""
    name = name.strip(" ,")
    name = re.sub(r"^(?:The|A|An|But|And|In|On|At|By|For|However|Mr|Mrs|Ms|Dr)\s+", "", name)
    name = re.sub(r"(?:\s+(?:\d+|I))+$", "", name)  # "Hale 45" (a minute), "Lee I" (a run-on)
    name = re.sub(r"\s+[-–—](?:\s.*)?$", "", name)  # "Ann Lee - the": a dash run on into the next clause
    return _MODIFIER_WORD.sub("", name)


def summary_names(rdoc, article_text: str, org_heads: set[str]) -> dict[str, bool]:
    """Normalised names the summary gives people and bodies -> named in its first sentence or in
    two of its sentences."""
    import actors_score

    sents = list(rdoc.sents)
    text = rdoc.text
    spans = [m for m in _NAME.finditer(text)]

    def widen(s: int, e: int) -> tuple[int, int]:
        for m in spans:
            if m.start() <= s and e <= m.end():
                return m.start(), m.end()
        return s, e

    where: dict[str, set[int]] = {}

    def add(s: int, e: int) -> None:
        name = clean_name(text[s:e])
        if len(name) < 2 or name not in article_text:
            return
        n = actors_score.norm(name)
        if not n or n.split()[0] == "bbc":  # the publisher and its channels
            return
        i = next((k for k, x in enumerate(sents) if x.start_char <= s < x.end_char), 0)
        where.setdefault(n, set()).add(i)

    for ent in rdoc.ents:
        if ent.label_ in LABELS:
            s, e = widen(ent.start_char, ent.end_char)
            # a widened span that swallows a list ("Hale and Tarn") is not one name: keep the entity,
            # unless a body's noun comes before the "and" ("Department for Work and Pensions")
            wide = text[s:e]
            if " and " in wide and " and " not in ent.text and not (
                    {w.lower() for w in wide.split(" and ")[0].split()} & org_heads):
                s, e = ent.start_char, ent.end_char
            add(s, e)
    for m in spans:
        words = m.group().split()
        if len(words) >= 2 and words[-1].lower() in org_heads:
            add(m.start(), m.end())
    # one name inside another ("Executive" in "Scottish Executive"): keep the longer
    names = sorted(where, key=len, reverse=True)
    out: dict[str, bool] = {}
    for n in names:
        if any(f" {n} " in f" {o} " for o in out):
            continue
        out[n] = 0 in where[n] or len(where[n]) >= 2
    return out


def summary_collectives(rdoc, article_text: str, group_heads: set[str]) -> dict[str, bool]:
    """Group nouns the summary uses outside a name ("workers", "police"), lower case, that the
    article uses too -> in its first sentence or in two of its sentences."""
    sents = list(rdoc.sents)
    where: dict[str, set[int]] = {}
    low = article_text.lower()
    for t in rdoc:
        w = t.lower_
        if t.pos_ == "NOUN" and not t.ent_type_ and w in group_heads and re.search(rf"\b{re.escape(w)}\b", low):
            where.setdefault(w, set()).add(next((k for k, x in enumerate(sents) if x.start <= t.i < x.end), 0))
    return {w: 0 in ix or len(ix) >= 2 for w, ix in sorted(where.items())}


def collective_of(names: set[str], noun: str) -> bool:
    """Does one of an actor's (normalised) names have the collective's noun among its words?"""
    return any(noun in n.split() for n in names)


#: The named rules of ``actors._keep`` that drop a candidate, by the kind of thing they drop.
FILTER_KINDS = {"_reporting_outlet": "outlet", "_relayed": "outlet", "_commentators": "group",
                "_passing_group": "group", "_bare_descriptor": "group", "_contest": "work", "_product": "work",
                "_work_or_role_played": "work", "_product_by_use": "work", "_venue": "setting"}
FILTER_GROUPS = ("work", "outlet", "group", "setting", "modifier", "quoted-junk", "other")


def filter_kind(a, fired: list[str]) -> str:
    """The kind of the rule of ``actors._keep`` that dropped ``a``: the first named rule that
    fired, else the inline test that would have (a title, a setting, a modifier)."""
    from generator.extract import actors

    if fired:
        return FILTER_KINDS[fired[0]]
    ms = getattr(a, "_ms", [])
    named = [m for m in ms if m.label != "DESC"]
    if ms and (min(ms, key=lambda m: m.start).work or 2 * sum(m.work for m in ms) >= len(ms)) or \
            (named and 2 * sum(m.titled for m in named) >= len(named)):
        return "work"
    plain = [m for m in ms if not m.quoted]
    if a.type == "place":
        return "setting"
    if plain and all(m.weak for m in plain):
        return "modifier"
    if not plain or actors._junk(a):
        return "quoted-junk"
    return "other"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "train"))
    from trainlib import bbc_summarised, gold_dev  # train/trainlib.py
    from generator import lexicon as lex
    from generator import nlp
    from generator.extract import actors, quotes
    from generator.extract.analysis import analyse

    data = Path(os.environ.get("BRIEFINGS_DATA") or ROOT.parent / "shared" / "data")
    sys.path.insert(0, str(Path(os.environ.get("BRIEFINGS_EVAL") or data.parent / "eval")))
    import actors_score

    if not (data / "bbc_news_summary").is_dir():
        print(f"bench/actor_coverage.py: skipped (no BBC News Summary at {data})")
        return 0
    part = argv[argv.index("--part") + 1] if "--part" in argv else "both"
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 400
    extra = [Path(argv[i + 1]) for i, a in enumerate(argv) if a == "--exclude"]
    more = {k.strip() for i, a in enumerate(argv) if a == "--exclude-keys"
            for k in Path(argv[i + 1]).read_text(encoding="utf-8").splitlines() if k.strip() and not k.startswith("#")}
    show = "--show" in argv
    skip = {f"{k.split('/')[0]}/{int(k.split('/')[1])}" for k in gold_dev(data)[0] | more if "/" in k} | excluded(extra)

    def bucket(key: str) -> int:
        return int(hashlib.sha256(("coverage:" + key).encode()).hexdigest(), 16) % 8

    def keep(key: str) -> bool:
        cat, num = key.split("/")
        return f"{cat}/{int(num)}" not in skip and bucket(key) < 2  # a quarter of the corpus

    items = list(bbc_summarised(data, keep))[:limit]
    org_heads = {w.lower() for w in lex.ORG_NOUNS} | {"executive", "alliance", "commission", "party"}
    group_heads = set(lex.GROUP_HEADS)
    precision: dict[str, list[int]] = {}  # half -> [listed, named by the summary]
    language = nlp.load()
    tally: dict[str, dict[str, dict[str, int]]] = {}
    filters: dict[str, dict[str, int]] = {}
    spied = ("_keep", "_useful", "_order", "_own_outlets", *FILTER_KINDS)
    originals = {name: getattr(actors, name) for name in spied}  # put back when done
    verdicts: dict[int, tuple[float, str]] = {}
    asked: list[bool] = []
    fired: list[str] = []
    ordered: set[int] = set()  # kept through the folds, before the cut at the list's length
    own: set[str] = set()  # the publisher's own outlets (``actors._own_outlets``)

    def useful(a, n_countries=0):
        ok = originals["_useful"](a, n_countries)
        asked.append(ok)
        return ok

    def watch(name):
        def rule(*args):
            hit = originals[name](*args)
            if hit:
                fired.append(name)
            return hit
        return rule

    def order(a):
        ordered.add(id(a))
        return originals["_order"](a)

    def outlets(parsed):
        own.clear()
        own.update(originals["_own_outlets"](parsed))
        return set(own)

    def spy(a, quoted, weights, n_countries, text=""):
        asked.clear()
        fired.clear()
        ok = originals["_keep"](a, quoted, weights, n_countries, text)
        why = "kept" if ok else "useful" if asked else \
            "salience" if a.salience < weights.key_cut and not quoted else "filter:" + filter_kind(a, fired)
        verdicts[id(a)] = (a.salience, why)
        return ok

    actors._keep = spy
    actors._useful = useful
    actors._order = order
    actors._own_outlets = outlets
    for f in FILTER_KINDS:
        setattr(actors, f, watch(f))
    n_articles = {"read": 0, "heldout": 0}
    for start in range(0, len(items), 50):
        batch = items[start:start + 50]
        refs = list(language.pipe([re.sub(r"([.!?\"])(?=[A-Z])", r"\1 ", r) for _k, _p, _a, r in batch]))
        for (key, _path, art, _ref), rdoc, parsed in zip(batch, refs, nlp.parse([a for _k, _p, a, _r in batch], language)):
            half = "read" if bucket(key) == 0 else "heldout"
            if part != "both" and half != part:
                continue
            n_articles[half] += 1
            analysis = analyse(parsed)
            found = actors.extract(analysis)
            analysis.set_referents(found)
            qs, _rep = quotes.extract(analysis, [])
            cands = list(found)
            verdicts.clear()
            ordered.clear()
            actors.rank(found, qs, parsed)
            for a in cands:  # kept by the rules: cut at the list's length, folded, or the publisher's own
                if verdicts.get(id(a), (0, ""))[1] == "kept":
                    mine = {a.name.lower(), *(x.lower() for x in a.aliases)} & own
                    verdicts[id(a)] = (a.salience, "filter:outlet" if mine else "cap" if id(a) in ordered else "fold")
            cands += [a for a in found if all(a is not c for c in cands)]  # a quoted speaker added by the ranking
            kept = {id(a): i for i, a in enumerate(found)}
            names = {id(a): actors_score.names_of({"name": a.name, "aliases": a.aliases}) for a in cands}
            wanted = [(n, c, "names") for n, c in sorted(summary_names(rdoc, art.text, org_heads).items())]
            collectives = summary_collectives(rdoc, art.text, group_heads)
            wanted += [(n, c, "collectives") for n, c in collectives.items()]
            ref = re.sub(r"([.!?\"])(?=[A-Z])", r"\1 ", _ref)
            p = precision.setdefault(half, [0, 0])
            for a in found:
                p[0] += 1
                p[1] += actors._in_text(ref, actors._name_patterns(a)) or (
                    a.type == "group" and any(collective_of(names[id(a)], w) for w in collectives))
            for n, central, what in wanted:
                if what == "collectives":
                    hit = [a for a in cands if collective_of(names[id(a)], n)]
                else:
                    hit = [a for a in cands if actors_score.same(names[id(a)], {n})]
                top = False
                if any(id(a) in kept for a in hit):
                    kind = "hit"
                    top = min(kept[id(a)] for a in hit if id(a) in kept) < 5
                elif hit:
                    whys = [verdicts.get(id(a), (0, "fold"))[1] for a in hit]
                    kind = next(w for w in ("fold", "cap", "filter", "useful", "salience")
                                if any(x.split(":")[0] == w for x in whys) or w == "salience")
                    if kind == "filter":
                        sub = next(x.split(":")[1] for x in whys if x.startswith("filter:"))
                        for group in ("all",) + (("central",) if central else ()) if what == "names" else ():
                            f = filters.setdefault(f"{half} {group}", {})
                            f[sub] = f.get(sub, 0) + 1
                        kind_shown = f"filter:{sub}"
                elif what == "names" and any(set(n.split()) & set(" ".join(names[id(a)]).split()) - actors_score.STOP
                                             for a in cands):
                    kind = "form"
                else:
                    kind = "untagged"
                groups = ("collectives", "collectives central") if what == "collectives" else ("all", "central")
                for group in groups[:2 if central else 1]:
                    t = tally.setdefault(half, {}).setdefault(group, {})
                    t[kind] = t.get(kind, 0) + 1
                    t["top5"] = t.get("top5", 0) + top
                if show and half == "read" and kind != "hit":
                    near = [a.name for a in cands if set(n.split()) & set(" ".join(names[id(a)]).split())][:3]
                    sal = [verdicts.get(id(a), (None,))[0] for a in hit][:2]
                    shown = kind_shown if kind == "filter" else kind
                    print(f"{shown:15} {key:16} {'C' if central else ' '} {n!r} near={near} sal={sal}")
    for name, original in originals.items():
        setattr(actors, name, original)
    for half in ("read", "heldout"):
        if half not in tally:
            continue
        print(f"{half}: {n_articles[half]} BBC articles")
        for group in ("all", "central", "collectives", "collectives central"):
            t = tally[half].get(group, {})
            total = sum(v for k, v in t.items() if k != "top5") or 1
            print(f"  {group:7} n={total:4d} covered {t.get('hit', 0) / total:.3f}  top5 {t.get('top5', 0) / total:.3f}"
                  "  lost: " + "  ".join(f"{k} {t.get(k, 0) / total:.3f}"
                                         for k in ("untagged", "form", "salience", "useful", "filter", "cap", "fold")))
            if group.startswith("collectives"):
                continue  # (their filters are not split by kind)
            f = filters.get(f"{half} {group}", {})
            print(f"  {'':7} filters: " + "  ".join(f"{k} {f.get(k, 0) / total:.3f}" for k in FILTER_GROUPS)
                  + f"  | covered leaving out works {t.get('hit', 0) / max(1, total - f.get('work', 0)):.3f}")
        listed, named = precision.get(half, [0, 0])
        print(f"  listed named by the summary {named / max(1, listed):.3f} ({listed} listed)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
