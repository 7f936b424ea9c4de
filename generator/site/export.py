"""``briefings site --out DIR``: every page written to a folder with a plugin-free ``mkdocs.yml``,
for any builder that reads it (MkDocs without our plugin, Zensical)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import yaml

from ..config import Settings
from ..errors import WriteError, os_reason
from ..library import load
from ..store import atomic_write
from .pages import THEME_DIR, build
from .search import pagefind_config


def export(settings: Settings, out: Path) -> tuple[int, list[str]]:
    """Write a buildable copy: ``out/docs`` (hand-written docs + generated pages) and ``out/mkdocs.yml``
    without our plugin, for any builder that reads ``mkdocs.yml`` (mkdocs, zensical), and
    ``out/pagefind.yml``, so ``python -m pagefind`` run in ``out`` after the build makes the search index.

    Files get the mode the umask gives. Everything is written into a staging folder inside ``out``
    first and swapped in at the end, so a fault (disk full, no permission, read-only) stops the
    export with one error line and leaves the previous export as it was.
    """
    entries, errors = load(settings)
    cfg_path = settings.root / "mkdocs.yml"
    cfg = yaml.safe_load(cfg_path.read_text(encoding="utf-8")) if cfg_path.exists() else {"site_name": "Briefings"}
    docs_src = settings.root / str(cfg.get("docs_dir", "docs"))
    written = 0
    stage: Path | None = None
    try:
        out.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=".export-", dir=out))
        if docs_src.is_dir():
            shutil.copytree(docs_src, stage / "docs", copy_function=_copy_file)
        shutil.copytree(THEME_DIR, stage / "overrides", copy_function=_copy_file)
        if isinstance(cfg.get("theme"), dict):
            cfg["theme"]["custom_dir"] = "overrides"
        pages = build(entries, cfg.get("site_url") or "", cfg.get("site_name") or "Briefings",
                      home=not (docs_src / "index.md").exists(), directory_urls=cfg.get("use_directory_urls", True) is not False)
        for page in pages:
            atomic_write(stage / "docs" / page.path, page.content, str(out / "docs" / page.path))
            written += 1
        cfg["docs_dir"] = "docs"
        cfg["plugins"] = [p for p in cfg.get("plugins", []) if not (p == "briefings" or (isinstance(p, dict) and "briefings" in p))]
        cfg.pop("watch", None)
        atomic_write(stage / "mkdocs.yml", yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False), str(out / "mkdocs.yml"))
        # Search is Pagefind's, run after the build: `python -m pagefind` in `out` reads this.
        atomic_write(stage / "pagefind.yml", pagefind_config(str(cfg.get("site_dir") or "site")), str(out / "pagefind.yml"))
        _swap_in(stage, out, ("docs", "overrides", "mkdocs.yml", "pagefind.yml"))
    except WriteError as exc:
        errors.append(f"{_final(str(exc), stage, out)}; stopped")
    except shutil.Error as exc:  # copytree's list of (source, destination, reason): the first says it
        _src, dst, why = exc.args[0][0]
        errors.append(f"{_final(dst, stage, out)}: cannot write ({why}); stopped")
    except OSError as exc:  # making the staging folder, swapping it in
        errors.append(f"{_final(str(exc.filename or out), stage, out)}: cannot write ({os_reason(exc)}); stopped")
    finally:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
    return written, errors


def _final(text: str, stage: Path | None, out: Path) -> str:
    """A message about a staged file, naming the file it stands for in ``out``."""
    return text.replace(str(stage), str(out)) if stage is not None else text


def _swap_in(stage: Path, out: Path, names: tuple[str, ...]) -> None:
    """Replace ``out/NAME`` by ``stage/NAME`` for each name: renames only, the old ones removed last."""
    old = stage / ".old"
    old.mkdir()
    for name in names:
        if (stage / name).exists():
            if (out / name).exists():
                os.replace(out / name, old / name)
            os.replace(stage / name, out / name)


def _copy_file(src: str, dst: str) -> str:
    """Copy for ``copytree``: contents only (the umask gives the mode); a failure names the copy."""
    try:
        return shutil.copyfile(src, dst)
    except OSError as exc:
        raise WriteError(dst, exc) from None
