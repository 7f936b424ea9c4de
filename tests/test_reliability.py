"""Bad input, interrupted runs and determinism, end to end through the CLI and MkDocs."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import briefing as md
from generator import pipeline, store
from generator.cli import main
from generator.config import Settings
from generator.pipeline import generate
from generator.store import lock

from helpers import PLAIN, SEED_LAYOUT, failing, make_project, mode, os_error, tree

TESTS = Path(__file__).resolve().parent


def cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", *args, "--root", str(root)],
                          capture_output=True, text=True)


def mkdocs_build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=root, capture_output=True, text=True,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


def test_bad_inputs_each_get_one_line_and_the_rest_goes_on(tmp_path):
    long_article = "A Very Long Article\n\n" + "\n\n".join(
        f"Paragraph {i} says the council met again on day {i} and voted." for i in range(1000))
    bad = {
        "empty.txt": b"",
        "blank.txt": b"  \n\n\t \n",
        "binary.txt": bytes(range(256)) * 10,
        "huge.txt": b"Big\n\n" + b"word " * (4 * 1024 * 1024),
        "headline-only.txt": b"Only A Headline Here\n",
        "broken-front-matter.md": b"---\ntitle: 'unclosed\ndate: [\n---\n\nBody text of the story.\n",
    }
    fine = {
        "latin1.txt": "Caf\u00e9 Owners Protest\n\nThe caf\u00e9 owners marched on Friday, police said.\n".encode("cp1252"),
        "utf16.txt": "Harbour Ban Approved\n\nThe council voted on Tuesday to ban cruise ships.\n".encode("utf-16"),
        "unbalanced.txt": ("Quote Marks Left Open\n\n\u201cThis quote never closes, said the mayor.\n\n"
                           "The council said \u201cno comment\u201d on Friday.\n").encode("utf-8"),
        "long.txt": long_article.encode("utf-8"),
        "rail.txt": PLAIN.encode("utf-8"),
    }
    root = make_project(tmp_path / "p", seeds={**bad, **fine})
    done = cli(root, "generate", "--quiet")
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad), done.stderr
    for name in bad:
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "Traceback" not in done.stderr
    assert any("latin1.txt" in line and "not valid UTF-8" in line for line in done.stderr.splitlines())
    assert f"{len(fine)} generated, 0 unchanged, 0 kept (edited), {len(bad)} failed in" in done.stdout
    (root / "briefings" / "hand-edited.md").write_text("---\ntitle: x\nsource: [unclosed\n---\n", encoding="utf-8")
    built = mkdocs_build(root)
    assert built.returncode == 0, built.stderr
    assert "hand-edited.md" in built.stderr and "Traceback" not in built.stderr
    assert (root / "site" / "briefings" / "harbour-ban-approved" / "index.html").exists()
    assert mkdocs_build(root, "--strict").returncode != 0  # warnings make a strict build fail


def test_killed_run_leaves_every_briefing_old_or_new(tmp_path):
    seeds = {f"a{i}.txt": PLAIN.replace("Monday", f"day {i}").replace("Rail Union", f"Union {i}") for i in range(12)}
    root = make_project(tmp_path / "p", seeds=seeds)
    generate(Settings(root=root), echo=lambda s: None)
    old = tree(root / "briefings")
    for name, text in seeds.items():
        (root / "seeds" / name).write_text(text.replace("two days", "three days"), encoding="utf-8")
    for delay in (1.0, 2.5, 4.0):
        proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "generate", "--root", str(root), "--quiet"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for path in sorted((root / "briefings").glob("*.md")):
            text = path.read_text(encoding="utf-8")
            rel = path.relative_to(root).as_posix()
            parts = md.split(text, rel)
            assert not parts.edited, f"{rel} is truncated or mixed"
            new_source = hashlib.sha256((root / parts.meta["source"]).read_bytes()).hexdigest()
            assert path.read_bytes() == old[path.name] or parts.meta["source_sha256"] == new_source, f"{rel} is neither old nor new"
    done = cli(root, "generate", "--quiet")
    assert done.returncode == 0 and not list((root / "briefings").glob(".*.tmp"))


def test_site_is_deterministic_apart_from_build_dates(tmp_path):
    root = make_project(tmp_path / "p", seeds={"rail.txt": PLAIN, "harbour.txt": SEED_LAYOUT})
    assert mkdocs_build(root, "--strict").returncode == 0
    first = tree(root / "site")
    assert mkdocs_build(root, "--strict").returncode == 0
    second = tree(root / "site")
    ignore = {"sitemap.xml", "sitemap.xml.gz"}
    assert {k: v for k, v in first.items() if k not in ignore} == {k: v for k, v in second.items() if k not in ignore}


# --- faults of the machine: a full disk, an unwritable folder, a vanished source, Ctrl-C ----------

def variants(n: int) -> dict[str, str]:
    """``n`` distinct small articles, ``a0.txt``..."""
    return {f"a{i}.txt": PLAIN.replace("Monday", f"day {i}").replace("Rail Union", f"Union {i}") for i in range(n)}


def run_cli(capsys, *args: str) -> tuple[int, list[str], str]:
    """``briefings ARGS`` in this process: exit status, stderr lines, stdout."""
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.err.splitlines(), out.out


def assert_whole(folder: Path) -> None:
    """Every briefing reads back unedited (nothing half-written), and no temporary file is left."""
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    for path in folder.glob("*.md"):
        assert not md.split(path.read_text(encoding="utf-8"), path.name).edited, path.name


def test_full_disk_mid_run_is_one_line_and_the_next_run_goes_on(tmp_path, monkeypatch, capsys):
    root = make_project(tmp_path / "p", seeds=variants(5))
    generate(Settings(root=root), files=[root / "seeds" / "a0.txt"], echo=lambda s: None)
    before = tree(root / "briefings")
    monkeypatch.setattr(os, "fsync", failing(os.fsync, 2, os_error(errno.ENOSPC)))  # room for two more
    status, err, out = run_cli(capsys, "generate", "--root", str(root), "--quiet")
    assert status == 1 and len(err) == 1, err
    assert err[0].startswith("error: briefings/union-3-calls") and err[0].endswith(
        ": cannot write (No space left on device); stopped: 2 sources not briefed")
    assert out.startswith("2 generated, 1 unchanged, 0 kept (edited), 0 failed, 2 not done in")
    after = tree(root / "briefings")
    assert {k: v for k, v in after.items() if k in before} == before
    assert len(list((root / "briefings").glob("*.md"))) == 3
    assert_whole(root / "briefings")
    monkeypatch.undo()
    status, err, out = run_cli(capsys, "generate", "--root", str(root), "--quiet")
    assert (status, err) == (0, []) and out.startswith("2 generated, 3 unchanged, 0 kept (edited), 0 failed in")


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_unwritable_briefings_folder_stops_before_the_work(tmp_path, monkeypatch, capsys, code):
    root = make_project(tmp_path / "p", seeds=variants(2))
    monkeypatch.setattr(store, "open", failing(open, 0, os_error(code)), raising=False)  # the lock file
    analysed = []
    monkeypatch.setattr("generator.pipeline.stream", lambda *a, **k: analysed.append(a) or iter([]))
    status, err, out = run_cli(capsys, "generate", "--root", str(root), "--quiet")
    assert (status, analysed) == (1, [])
    assert err == [f"error: briefings: cannot write ({os.strerror(code)}); stopped: 2 sources not briefed"]
    assert out.startswith("0 generated, 0 unchanged, 0 kept (edited), 0 failed, 2 not done in")
    monkeypatch.undo()
    run_cli(capsys, "generate", "--root", str(root), "--quiet")
    monkeypatch.setattr(store, "open", failing(open, 0, os_error(code)), raising=False)
    status, err, out = run_cli(capsys, "generate", "--root", str(root), "--quiet")
    assert (status, err) == (0, []) and out.startswith("0 generated, 2 unchanged")  # nothing to write: fine


def test_rename_refused_in_briefings_is_one_line(tmp_path, monkeypatch, capsys):
    root = make_project(tmp_path / "p", seeds=variants(2))
    monkeypatch.setattr(os, "replace", failing(os.replace, 0, os_error(errno.EACCES)))
    status, err, out = run_cli(capsys, "generate", "--root", str(root), "--quiet")
    assert status == 1 and len(err) == 1 and err[0].startswith("error: briefings/union-0-calls")
    assert err[0].endswith(": cannot write (Permission denied); stopped: 2 sources not briefed")
    assert out.startswith("0 generated, 0 unchanged, 0 kept (edited), 0 failed, 2 not done in")
    assert list((root / "briefings").glob("*.md")) == []
    assert_whole(root / "briefings")


def _forbid(path_name: str):
    """``Path.read_bytes`` refusing one file, as for a source without read permission."""
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == path_name:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self)

    return read_bytes


@pytest.mark.parametrize("fault", ["permission denied", "gone after listing", "gone after hashing"])
def test_unreadable_or_vanishing_source_is_one_line_and_the_rest_goes_on(tmp_path, monkeypatch, capsys, fault):
    root = make_project(tmp_path / "p", seeds={**variants(2), "gone.txt": SEED_LAYOUT})
    gone = root / "seeds" / "gone.txt"
    if fault == "permission denied":
        monkeypatch.setattr(Path, "read_bytes", _forbid("gone.txt"))
        reason = os.strerror(errno.EACCES)
    else:
        step = "sources" if fault == "gone after listing" else "file_sha256"
        real = getattr(store, step)

        def then_delete(*args, **kwargs):
            result = real(*args, **kwargs)
            if step == "sources" or args[0] == gone:
                gone.unlink(missing_ok=True)
            return result

        monkeypatch.setattr(store, step, then_delete)
        reason = os.strerror(errno.ENOENT)
    status, err, out = run_cli(capsys, "generate", "--root", str(root), "--quiet")
    assert status == 1 and err == [f"error: seeds/gone.txt: cannot read file ({reason})"]
    assert out.startswith("2 generated, 0 unchanged, 0 kept (edited), 1 failed in")


INTERRUPT = """
import os, sys
sys.path.insert(0, {tests!r})
from helpers import failing
import generator.pipeline as pipeline
if {during!r} == "analysis":  # Ctrl-C while the second chunk of articles is analysed
    pipeline._analyse_chunk = failing(pipeline._analyse_chunk, 1, KeyboardInterrupt())
else:  # Ctrl-C while the second briefing is written
    os.fsync = failing(os.fsync, 1, KeyboardInterrupt())
from generator.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("during, written", [("analysis", pipeline.CHUNK), ("writing", 1)])
def test_interrupted_run_is_one_line_releases_the_lock_and_the_next_run_goes_on(tmp_path, during, written):
    total = pipeline.CHUNK + 2
    root = make_project(tmp_path / "p", seeds=variants(total))
    done = subprocess.run([sys.executable, "-c", INTERRUPT.format(tests=str(TESTS), during=during),
                           "generate", "--root", str(root), "--quiet"], capture_output=True, text=True)
    assert done.returncode == 130  # 128 + SIGINT, as a shell reports Ctrl-C
    assert done.stderr.splitlines() == ["briefings: interrupted; the next run goes on from here"]
    assert done.stdout.startswith(f"{written} generated, 0 unchanged, 0 kept (edited), 0 failed, "
                                  f"{total - written} not done in")
    assert len(list((root / "briefings").glob("*.md"))) == written
    assert_whole(root / "briefings")
    with lock(root / "briefings") as fault:  # released: this process can take it
        assert fault is None
    again = cli(root, "generate", "--quiet")
    assert again.returncode == 0 and again.stdout.startswith(f"{total - written} generated, {written} unchanged")


def test_briefing_gone_while_the_run_works_is_written_anew(tmp_path, monkeypatch, capsys):
    root = make_project(tmp_path / "p", seeds=variants(1))
    generate(Settings(root=root), echo=lambda s: None)
    [briefing] = (root / "briefings").glob("*.md")
    (root / "seeds" / "a0.txt").write_text(PLAIN.replace("Monday", "Friday"), encoding="utf-8")
    real = store.index

    def then_delete(*args, **kwargs):
        found = real(*args, **kwargs)
        briefing.unlink()
        return found

    monkeypatch.setattr(store, "index", then_delete)
    status, err, out = run_cli(capsys, "generate", "--root", str(root), "--quiet")
    assert (status, err) == (0, []) and out.startswith("1 generated")
    assert "Friday" in briefing.read_text(encoding="utf-8")


def test_site_export_into_an_unwritable_folder_is_one_line(tmp_path, monkeypatch, capsys):
    root = make_project(tmp_path / "p", seeds=variants(1))
    generate(Settings(root=root), echo=lambda s: None)
    out_dir = tmp_path / "export"
    monkeypatch.setattr(os, "replace", failing(os.replace, 3, os_error(errno.EACCES)))
    status, err, out = run_cli(capsys, "site", "--root", str(root), "--out", str(out_dir))
    assert status == 1 and len(err) == 1, err
    assert err[0].startswith(f"error: {out_dir}/docs/") and err[0].endswith(": cannot write (Permission denied); stopped")
    assert out == f"3 pages written to {out_dir}\n"
    assert not list(out_dir.rglob("*.tmp"))
    monkeypatch.setattr("shutil.copyfile", failing(shutil.copyfile, 0, os_error(errno.EROFS)))  # hand-written docs
    status, err, out = run_cli(capsys, "site", "--root", str(root), "--out", str(out_dir))
    assert status == 1 and len(err) == 1 and err[0].startswith(f"error: {out_dir}/docs/"), err
    assert err[0].endswith(": cannot write (Read-only file system); stopped") and out == f"0 pages written to {out_dir}\n"


def test_a_failed_export_leaves_the_previous_export_as_it_was(tmp_path, monkeypatch, capsys):
    root = make_project(tmp_path / "p", seeds=variants(2))
    generate(Settings(root=root), echo=lambda s: None)
    out_dir = tmp_path / "export"
    status, _err, _out = run_cli(capsys, "site", "--root", str(root), "--out", str(out_dir))
    assert status == 0
    before = tree(out_dir)
    (root / "seeds" / "a0.txt").write_text(PLAIN.replace("Monday", "Friday"), encoding="utf-8")
    generate(Settings(root=root), echo=lambda s: None)
    monkeypatch.setattr(os, "replace", failing(os.replace, 4, os_error(errno.ENOSPC)))
    status, err, _out = run_cli(capsys, "site", "--root", str(root), "--out", str(out_dir))
    assert status == 1 and len(err) == 1 and "No space left on device" in err[0], err
    assert tree(out_dir) == before  # the old export whole, nothing staged left behind


MKDOCS = """
import errno, os, sys
sys.path.insert(0, {tests!r})
from helpers import failing, os_error
{patch}
from mkdocs.__main__ import cli
cli(["build"])
"""


@pytest.mark.parametrize("patch, expected", [
    ("os.fsync = failing(os.fsync, 0, os_error(errno.ENOSPC))",  # the plugin's briefing
     "ERROR   -  briefings: briefings/union-0-calls-strike-over-pay-offer.md: cannot write (No space left on device)"),
    ("import mkdocs.utils as u; u.write_file = lambda content, path: (_ for _ in ()).throw("
     "os_error(errno.EACCES, path))",  # MkDocs' own page, into site/
     "ERROR   -  site/"),
])
def test_mkdocs_build_reports_faults_as_a_clean_error(tmp_path, patch, expected):
    root = make_project(tmp_path / "p", seeds=variants(1))
    done = subprocess.run([sys.executable, "-c", MKDOCS.format(tests=str(TESTS), patch=patch)], cwd=root,
                          capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert any(line.startswith(expected) for line in done.stderr.splitlines()), done.stderr
    assert done.stdout.rstrip().endswith("Aborted with a BuildError!")


def test_files_we_write_get_the_umask_mode(tmp_path, umask, capsys):
    current = os.umask(umask)
    os.umask(current)
    root = make_project(tmp_path / "p", seeds=variants(1))
    assert main(["generate", "--root", str(root), "--quiet"]) == 0
    assert main(["site", "--root", str(root), "--out", str(tmp_path / "export")]) == 0
    written = [*(root / "briefings").glob("*.md"), *(tmp_path / "export").rglob("*.*")]
    assert len(written) > 10
    assert {p.relative_to(tmp_path).as_posix(): mode(p) for p in written if p.is_file()} == \
        {p.relative_to(tmp_path).as_posix(): 0o666 & ~current for p in written if p.is_file()}


class FullDisk(io.StringIO):
    """A standard output on a full disk: every write and flush fails."""

    def write(self, text: str) -> int:
        raise os_error(errno.ENOSPC)

    def flush(self) -> None:
        raise os_error(errno.ENOSPC)


def test_output_that_cannot_be_written_is_one_line(tmp_path, monkeypatch, capsys):
    """``briefings extract FILE > out.json`` on a full disk."""
    root = make_project(tmp_path / "p", seeds=variants(1))
    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert main(["extract", str(root / "seeds" / "a0.txt")]) == 1
    assert capsys.readouterr().err.splitlines() == [f"briefings: {os.strerror(errno.ENOSPC)}"]
