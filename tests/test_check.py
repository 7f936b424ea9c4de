"""`briefings check`: every problem across all briefings, with file and line; exit status."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.check import check_all
from generator.config import Settings
from generator.pipeline import generate

from helpers import PLAIN, REPO, SEED_LAYOUT, make_project


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("check"), seeds={"harbour.txt": SEED_LAYOUT, "rail.txt": PLAIN})
    generate(Settings(root=root), echo=lambda s: None)
    return root


def copy_project(src, dst):
    import shutil

    shutil.copytree(src, dst)
    return dst


def harbour(root):
    return next((root / "briefings").glob("harbour*.md"))


def test_clean_project_has_no_problems(generated):
    problems, count = check_all(Settings(root=generated))
    assert (problems, count) == ([], 2)


def test_quote_not_in_source_is_reported_with_line(generated, tmp_path):
    root = copy_project(generated, tmp_path / "p")
    path = harbour(root)
    text = path.read_text(encoding="utf-8")
    assert "Nobody asked us" in text
    path.write_text(text.replace("Nobody asked us", "Nobody ever asked us"), encoding="utf-8")
    problems, _ = check_all(Settings(root=root))
    line = next(i for i, l in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "Nobody ever asked us" in l)
    assert any(p.startswith(f"briefings/{path.name}:{line}: quote not verbatim") and "Nobody ever asked us" in p
               for p in problems), problems


def test_every_problem_is_reported_and_exit_status_is_1(generated, tmp_path):
    root = copy_project(generated, tmp_path / "p")
    path = harbour(root)
    text = path.read_text(encoding="utf-8")
    first_id = next(l for l in text.splitlines() if l.startswith("  ") and ": " in l)  # under actor_ids:
    path.write_text(text.replace(first_id, "  Somebody Else: ../../etc"), encoding="utf-8")
    (root / "briefings" / "broken.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    (root / "seeds" / "rail.txt").unlink()
    done = subprocess.run([sys.executable, "-m", "generator.cli", "check", "--root", str(root)],
                          capture_output=True, text=True)
    assert done.returncode == 1
    err = done.stderr
    assert "actor_ids names 'Somebody Else', which is not a key actor" in err
    assert "actor id '../../etc' for 'Somebody Else' is not a safe id" in err
    assert "briefings/broken.md" in err and "malformed front matter" in err
    assert "rail" in err and "source unavailable" in err
    assert "3 briefings checked" in done.stdout and "Traceback" not in err


def test_shipped_briefings_pass_check():
    done = subprocess.run([sys.executable, "-m", "generator.cli", "check", "--root", str(REPO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
