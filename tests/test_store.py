"""`briefings generate`: incremental, never overwrites hand edits, atomic, locked, deterministic."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.config import Settings
from generator import store
from generator.errors import BriefingsError, WriteError
from generator.pipeline import generate
from generator.store import atomic_write, lock, slugify

from helpers import PLAIN, SEED_LAYOUT, failing, make_project, mode, os_error, tree


def run_generate(root: Path, **kw):
    lines: list[str] = []
    report = generate(Settings(root=root, **kw), echo=lines.append)
    return report, lines


@pytest.fixture()
def project(tmp_path):
    return make_project(tmp_path / "p", seeds={"harbour.txt": SEED_LAYOUT, "rail.txt": PLAIN})


def test_generate_then_nothing_to_do(project):
    report, _ = run_generate(project)
    assert (report.generated, report.failed) == (2, 0)
    files = sorted(p.name for p in (project / "briefings").glob("*.md"))
    assert files == ["harbour-town-votes-to-ban-cruise-ships-from-its-old-port.md", "rail-union-calls-strike-over-pay-offer.md"]
    before = tree(project / "briefings")
    mtimes = {p: p.stat().st_mtime_ns for p in (project / "briefings").glob("*.md")}
    report, _ = run_generate(project)
    assert (report.generated, report.unchanged) == (0, 2)
    assert tree(project / "briefings") == before
    assert {p: p.stat().st_mtime_ns for p in (project / "briefings").glob("*.md")} == mtimes
    assert "0 generated, 2 unchanged, 0 kept (edited), 0 failed in" in report.summary_line()


def test_hand_edit_is_kept_byte_for_byte_even_when_source_changes(project):
    run_generate(project)
    path = project / "briefings" / "rail-union-calls-strike-over-pay-offer.md"
    edited = path.read_text(encoding="utf-8").replace("## Open questions\n", "## Open questions\n\n- Will the strike go ahead? \n")
    path.write_text(edited, encoding="utf-8")
    (project / "seeds" / "rail.txt").write_text(PLAIN + "\nThe union will meet again on Friday.\n", encoding="utf-8")
    report, lines = run_generate(project)
    assert report.kept == 1 and report.generated == 0
    assert path.read_text(encoding="utf-8") == edited
    assert any(line.startswith("notice:") and "rail-union" in line and "source" in line for line in lines)
    report, _ = run_generate(project, force=True)
    assert report.generated == 1 and path.read_text(encoding="utf-8") != edited


def test_changed_source_is_regenerated_in_place(project):
    run_generate(project)
    path = project / "briefings" / "rail-union-calls-strike-over-pay-offer.md"
    old = path.read_text(encoding="utf-8")
    (project / "seeds" / "rail.txt").write_text(PLAIN.replace("two days", "three days"), encoding="utf-8")
    report, _ = run_generate(project)
    assert report.generated == 1 and path.read_text(encoding="utf-8") != old
    assert "three days" in path.read_text(encoding="utf-8") or "three days" in (project / "seeds" / "rail.txt").read_text()


def test_same_titles_get_distinct_stable_slugs(tmp_path):
    root = make_project(tmp_path / "p", seeds={"a.txt": PLAIN, "b.txt": PLAIN.replace("Monday", "Tuesday")})
    run_generate(root)
    names = sorted(p.name for p in (root / "briefings").glob("*.md"))
    assert len(names) == 2 and names[0] != names[1]
    assert all(n.startswith("rail-union-calls-strike-over-pay-offer") for n in names)
    shutil.rmtree(root / "briefings")
    run_generate(root)
    assert sorted(p.name for p in (root / "briefings").glob("*.md")) == names


@pytest.mark.parametrize("title, expected", [
    ("../../etc/passwd", "etc-passwd"),
    ("Zelensky Hails ‘Historic’ U.S. Security Guarantees", "zelensky-hails-historic-us-security-guarantees"),
    ("日本語", "briefing"),
    ("A" * 200, "a" * 60),
])
def test_slugs_are_safe(title, expected):
    assert slugify(title) == expected


def test_bad_sources_fail_alone(project):
    (project / "seeds" / "empty.txt").write_bytes(b"")
    (project / "seeds" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    report, lines = run_generate(project)
    assert (report.generated, report.failed) == (2, 2)
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 2 and any("empty.txt" in e for e in errors) and any("binary.txt" in e for e in errors)


def test_malformed_briefing_is_reported_and_never_overwritten(project):
    run_generate(project)
    path = project / "briefings" / "rail-union-calls-strike-over-pay-offer.md"
    path.write_text("---\ntitle: [broken\n---\n\nmy notes\n", encoding="utf-8")
    report, lines = run_generate(project)
    assert path.read_text(encoding="utf-8") == "---\ntitle: [broken\n---\n\nmy notes\n"
    assert report.failed == 1 and any("rail-union" in line and "front matter" in line for line in lines)


def test_generation_is_deterministic(tmp_path):
    a = make_project(tmp_path / "a", seeds={"harbour.txt": SEED_LAYOUT, "rail.txt": PLAIN})
    b = make_project(tmp_path / "b", seeds={"harbour.txt": SEED_LAYOUT, "rail.txt": PLAIN})
    run_generate(a)
    run_generate(b, jobs=2)
    assert tree(a / "briefings") == tree(b / "briefings")


def test_second_run_is_locked_out(tmp_path):
    folder = tmp_path / "briefings"
    with lock(folder):
        with pytest.raises(BriefingsError, match="another 'briefings generate' is running"):
            with lock(folder):
                pass


def test_atomic_write_leaves_old_file_when_interrupted(tmp_path, monkeypatch):
    path = tmp_path / "b.md"
    path.write_text("old", encoding="utf-8")

    def boom(*_a):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.md"]


def test_cli_generate_prints_summary_and_exit_status(project):
    (project / "seeds" / "empty.txt").write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "generator.cli", "generate", "--root", str(project), "--quiet"],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "2 generated, 0 unchanged, 0 kept (edited), 1 failed in" in done.stdout
    assert "empty.txt: empty file" in done.stderr and "Traceback" not in done.stderr


def test_atomic_write_gives_a_new_file_the_umask_mode_and_keeps_an_existing_files(tmp_path, umask):
    current = os.umask(umask)  # read the process umask back (and leave it as it was)
    os.umask(current)
    new = tmp_path / "sub" / "new.md"
    atomic_write(new, "new")
    assert mode(new) == 0o666 & ~current
    kept = tmp_path / "kept.md"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    atomic_write(kept, b"new bytes")
    assert mode(kept) == 0o640 and kept.read_bytes() == b"new bytes"


@pytest.mark.parametrize("call, code", [("fsync", errno.ENOSPC), ("replace", errno.EROFS), ("open", errno.EACCES)])
def test_atomic_write_fault_names_the_file_and_leaves_the_old_one(tmp_path, monkeypatch, call, code):
    path = tmp_path / "b.md"
    path.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, call, failing(getattr(os, call), 0, os_error(code)))
    with pytest.raises(WriteError) as caught:
        atomic_write(path, "new", "briefings/b.md")
    assert str(caught.value) == f"briefings/b.md: cannot write ({os.strerror(code)})"
    assert caught.value.folder_wide
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.md"]


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_atomic_write_under_a_real_file_size_limit_keeps_the_old_file(tmp_path):
    """The kernel refuses the write (RLIMIT_FSIZE: what a full disk does to a file that grows)."""
    path = tmp_path / "b.md"
    path.write_text("old", encoding="utf-8")
    script = textwrap.dedent(f"""
        import resource, sys
        from pathlib import Path
        from generator.store import atomic_write
        from generator.errors import WriteError
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))
        try:
            atomic_write(Path({str(path)!r}), "x" * 5000, "b.md")
        except WriteError as exc:
            print(exc)
            sys.exit(3)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (3, f"b.md: cannot write ({os.strerror(errno.EFBIG)})"), done.stderr
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.md"]


def test_lock_on_a_folder_that_cannot_be_written_yields_the_fault(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "open", failing(open, 0, os_error(errno.EROFS)), raising=False)
    with lock(tmp_path / "briefings", "briefings") as fault:
        assert str(fault) == f"briefings: cannot write ({os.strerror(errno.EROFS)})"
    monkeypatch.undo()
    with lock(tmp_path / "briefings") as fault:
        assert fault is None
