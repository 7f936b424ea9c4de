"""`mkdocs serve`: edits to briefings and new seeds rebuild once, with the model loaded once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from generator.config import Settings
from generator.pipeline import generate

from helpers import PLAIN, SEED_LAYOUT, make_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, timeout: float = 60.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return None


@pytest.fixture()
def served(tmp_path):
    root = make_project(tmp_path / "p", seeds={"rail.txt": PLAIN})
    generate(Settings(root=root), echo=lambda s: None)
    port = free_port()
    log = open(tmp_path / "serve.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=root,
                            stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    try:
        assert wait_for(lambda: fetch(f"http://127.0.0.1:{port}/")), "server did not start"
        yield root, f"http://127.0.0.1:{port}/", lambda: (tmp_path / "serve.log").read_text()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def test_serve_picks_up_new_seed_and_briefing_edit_without_loops(served):
    root, url, read_log = served
    (root / "seeds" / "harbour.txt").write_text(SEED_LAYOUT, encoding="utf-8")
    page = f"{url}briefings/harbour-town-votes-to-ban-cruise-ships-from-its-old-port/"
    assert wait_for(lambda: fetch(page)), read_log()
    briefing = root / "briefings" / "rail-union-calls-strike-over-pay-offer.md"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "## Source", "## Editor's note\n\nConfirmed with the union.\n\n## Source"), encoding="utf-8")
    rail = f"{url}briefings/rail-union-calls-strike-over-pay-offer/"
    assert wait_for(lambda: "Confirmed with the union." in (fetch(rail) or "")), read_log()
    time.sleep(4)
    builds = read_log().count("Building documentation")
    time.sleep(4)
    log = read_log()
    assert log.count("Building documentation") == builds, "rebuild loop: the site keeps rebuilding"
    assert builds <= 4, log
    assert log.count("loading spaCy model") == 1, log
    assert (root / "briefings" / "rail-union-calls-strike-over-pay-offer.md").read_text(encoding="utf-8").count("Confirmed") == 1
