"""The extraction contract of `briefings extract`, checked on the shipped seed and fixtures."""

from __future__ import annotations

import json
import subprocess
import sys

from helpers import PLAIN, REPO, assert_offsets_hold

SEED = REPO / "seeds" / "zelensky-security-guarantees.txt"
KEYS = {"file", "text", "title", "dek", "authors", "published", "categories", "section", "summary", "actors", "quotes",
        "reported", "questions"}


def extract(*files: str, fmt: str = "jsonl") -> tuple[int, list[dict], str]:
    done = subprocess.run([sys.executable, "-m", "generator.cli", "extract", "--format", fmt, *files],
                          capture_output=True, text=True, cwd=REPO)
    if fmt == "jsonl":
        objects = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    else:
        objects = json.loads(done.stdout)
    return done.returncode, objects, done.stderr


def test_contract_shape_and_offsets(tmp_path):
    plain = tmp_path / "rail.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    code, objects, _ = extract(str(SEED), str(plain))
    assert code == 0 and [o["file"] for o in objects] == [str(SEED), str(plain)]
    for obj, path in zip(objects, (SEED, plain)):
        text = path.read_text(encoding="utf-8")
        assert set(obj) == KEYS and obj["text"] == text
        assert_offsets_hold(obj, text)
        for q in obj["questions"]:
            assert 0 <= q["start"] < q["end"] <= len(text) and q["text"].endswith("?")
        for a in obj["actors"]:
            assert a["type"] in ("person", "organization", "place", "group") and isinstance(a["mentions"], int)
    seed = objects[0]
    assert seed["title"].startswith("Zelensky Hails") and seed["authors"] == ["Prakriti Parul"]
    assert seed["categories"] == ["Russia-Ukraine"] and seed["published"] is None
    assert seed["section"] == "Russia-Ukraine"  # the source's own category
    assert objects[1]["section"] and not objects[1]["categories"]  # the classifier's


def test_bad_file_gives_error_object_and_exit_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    plain = tmp_path / "rail.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    code, objects, stderr = extract(str(empty), str(plain), fmt="json")
    assert code == 1
    assert objects[0] == {"file": str(empty), "error": f"{empty}: empty file"}
    assert objects[1]["title"] == "Rail Union Calls Strike Over Pay Offer"
    assert "Traceback" not in stderr


def test_quick_start_script_usage():
    done = subprocess.run([sys.executable, "-m", "generator.dev", "bogus"], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 2 and "python3 -m generator.dev build" in done.stderr


REPORTED = """Harbour Council Bans Cruise Ships

The council of Porto Velho voted on Tuesday to ban large cruise ships from its historic harbour.

Mayor Ana Costa said the ban would take effect in May and would be reviewed after two years.

Pieter Jansen, director of the Cruise Lines Association, told reporters that the operators had not been consulted.
"""


def test_reported_speech_is_in_the_contract_with_offsets(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(REPORTED, encoding="utf-8")
    code, [obj], _ = extract(str(path))
    assert code == 0
    said = {r["text"]: r for r in obj["reported"]}
    assert set(next(iter(said.values()))) == {"text", "start", "end", "speaker", "cue"}
    for r in obj["reported"]:
        assert REPORTED[r["start"]:r["end"]] == r["text"]
    consulted = said["the operators had not been consulted"]
    assert consulted["speaker"] == "Pieter Jansen" and consulted["cue"] == "told"
