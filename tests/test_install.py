"""Installation: the readers' dependencies are declared, and a missing one is one line, not a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import venv

import pytest

from helpers import PLAIN, REPO

PAGE = """<html><head><title>Harbour council bans cruise ships</title></head><body><article>
<h1>Harbour council bans cruise ships</h1>
<p>The council of Porto Velho voted on Tuesday to ban large cruise ships from its historic harbour after a long debate.</p>
<p>The ban takes effect in May, and operators said they would look for other ports along the coast this summer.</p>
</article></body></html>
"""

# Run the CLI in a fresh interpreter where lxml_html_clean cannot be imported: exactly what pip < 24
# installs for lxml 6 (lxml.html.clean then raises "... is now a separate project lxml_html_clean").
WITHOUT_HTML_CLEAN = ("import sys; sys.modules['lxml_html_clean'] = None; "
                      "from generator.cli import main; sys.exit(main(sys.argv[1:]))")


def requirement_names() -> set[str]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    names = set()
    for req in data["project"]["dependencies"]:
        name = re.match(r"[A-Za-z0-9._-]+", req).group(0)
        names.add(re.sub(r"[-_.]+", "-", name).lower())
    return names


def test_the_html_cleaner_is_declared_by_its_own_name():
    # pip 21-23 ignore lxml 6's "html-clean" extra when asked for "html_clean" (justext's spelling),
    # so the distribution providing lxml.html.clean must be a direct dependency.
    assert {"trafilatura", "lxml-html-clean"} <= requirement_names()


def test_a_missing_reader_dependency_is_one_line_and_the_run_goes_on(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", WITHOUT_HTML_CLEAN, "extract", "--format", "jsonl", str(page), str(plain)],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {page}: cannot read web pages: the package 'lxml_html_clean' is missing "
                      "(pip install lxml_html_clean)"]
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert "error" in objects[0] and objects[1]["title"] == "Rail Union Calls Strike Over Pay Offer"


@pytest.mark.skipif(not (os.environ.get("BRIEFINGS_INSTALL_TEST") or os.environ.get("CI") == "true"),
                    reason="installs the project into a new venv (a minute or more); runs in CI, or with "
                           "BRIEFINGS_INSTALL_TEST=1")
def test_every_reader_imports_in_a_venv_made_with_the_bundled_pip(tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)  # the interpreter's bundled pip, not upgraded
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(REPO)], check=True, cwd=tmp_path)
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    check = ("import sys; from generator.ingest import READERS, read_article; import lxml.html.clean, trafilatura; "
             "print(read_article(sys.argv[1]).title)")
    done = subprocess.run([str(python), "-c", check, str(page)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Harbour council bans cruise ships"
