"""Bad input, interrupted runs and determinism, end to end through the CLI and MkDocs."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from generator import briefing as md
from generator.config import Settings
from generator.store import generate

from helpers import PLAIN, SEED_LAYOUT, make_project, tree


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
