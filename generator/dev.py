"""Quick start with set-up included (standard library only, so a fresh Python can run it).

    python3 -m generator.dev build   # .venv + deps, briefings from seeds/, site into site/
    python3 -m generator.dev serve   # the same, then a live-reloading local server
    python3 -m generator.dev test    # .venv + deps (+ Chromium where it can), the whole test suite

Each command creates ``.venv`` when missing, reinstalls when ``pyproject.toml`` changed, and then
runs itself again inside the virtual environment.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".briefings-installed"
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def say(msg: str) -> None:
    print(f"[briefings] {msg}", file=sys.stderr, flush=True)


def in_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def ensure_venv() -> None:
    """Create the virtual environment and install the project with its test extras when needed."""
    if sys.version_info < (3, 11):
        sys.exit(f"[briefings] Python 3.11 or newer is needed (this is {sys.version.split()[0]})")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not PYTHON.exists():
        say(f"creating {VENV.relative_to(ROOT)}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    say("installing dependencies (first run only; a few minutes)")
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run(pip + ["--upgrade", "pip"], check=True)
    subprocess.run(pip + ["-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted + "\n")


def find_chromium() -> str | None:
    return next((p for p in CHROMIUM if Path(p).exists()), None) or shutil.which("chromium")


def ensure_chromium() -> None:
    """Install Debian's Chromium for the browser tests when we can (root with apt-get)."""
    if find_chromium():
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing Chromium from Debian for the browser tests")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False, env=env, stdout=subprocess.DEVNULL)
    if not find_chromium():
        say("Chromium not found: browser tests will be skipped (install Debian's 'chromium' to run them)")


def run(cmd: list[str]) -> int:
    return subprocess.run(cmd, cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command not in ("build", "serve", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    if not in_venv():
        ensure_venv()
        if command == "test":
            ensure_chromium()
        return subprocess.run([str(PYTHON), "-m", "generator.dev", *(argv or ["build"])], cwd=ROOT).returncode
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    if command == "test":
        return run([sys.executable, "-m", "pytest", "-q", *argv[1:]])
    generated = run([str(BIN / "briefings"), "generate", *argv[1:]])
    if generated not in (0, 1):  # 1: some sources failed; the site is still built from the rest
        return generated
    if command == "serve":
        return run([str(BIN / "mkdocs"), "serve"])
    code = run([str(BIN / "mkdocs"), "build"])
    if code == 0:
        say(f"site built in {ROOT / 'site'}; to browse it locally: python3 -m generator.dev serve")
    return code or generated


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
