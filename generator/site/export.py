"""``briefings site --out DIR``: every page written to a folder with a plugin-free ``mkdocs.yml``,
for any builder that reads it (MkDocs without our plugin, Zensical)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from ..config import Settings
from ..errors import WriteError, os_reason
from ..library import load
from ..store import atomic_write
from .pages import THEME_DIR, build


def export(settings: Settings, out: Path) -> tuple[int, list[str]]:
    """Write a buildable copy: ``out/docs`` (hand-written docs + generated pages) and ``out/mkdocs.yml``
    without our plugin, for any builder that reads ``mkdocs.yml`` (mkdocs, zensical).

    Files get the mode the umask gives. A fault in ``out`` (disk full, no permission, read-only)
    stops the export with one error line; every page written before it is whole.
    """
    entries, errors = load(settings)
    cfg_path = settings.root / "mkdocs.yml"
    cfg = yaml.safe_load(cfg_path.read_text(encoding="utf-8")) if cfg_path.exists() else {"site_name": "Briefings"}
    docs_src = settings.root / str(cfg.get("docs_dir", "docs"))
    docs_out = out / "docs"
    written = 0
    try:
        for folder in (docs_out, out / "overrides"):
            if folder.exists():
                shutil.rmtree(folder)
        if docs_src.is_dir():
            shutil.copytree(docs_src, docs_out, copy_function=_copy_file)
        shutil.copytree(THEME_DIR, out / "overrides", copy_function=_copy_file)
        if isinstance(cfg.get("theme"), dict):
            cfg["theme"]["custom_dir"] = "overrides"
        pages = build(entries, cfg.get("site_url") or "", cfg.get("site_name") or "Briefings",
                      home=not (docs_src / "index.md").exists(), directory_urls=cfg.get("use_directory_urls", True) is not False)
        for page in pages:
            atomic_write(docs_out / page.path, page.content, str(docs_out / page.path))
            written += 1
        cfg["docs_dir"] = "docs"
        cfg["plugins"] = [p for p in cfg.get("plugins", []) if not (p == "briefings" or (isinstance(p, dict) and "briefings" in p))]
        cfg.pop("watch", None)
        atomic_write(out / "mkdocs.yml", yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False), str(out / "mkdocs.yml"))
    except WriteError as exc:
        errors.append(f"{exc}; stopped")
    except shutil.Error as exc:  # copytree's list of (source, destination, reason): the first says it
        _src, dst, why = exc.args[0][0]
        errors.append(f"{dst}: cannot write ({why}); stopped")
    except OSError as exc:  # removing the old export, making a folder
        errors.append(f"{exc.filename or out}: cannot write ({os_reason(exc)}); stopped")
    return written, errors


def _copy_file(src: str, dst: str) -> str:
    """Copy for ``copytree``: contents only (the umask gives the mode); a failure names the copy."""
    try:
        return shutil.copyfile(src, dst)
    except OSError as exc:
        raise WriteError(dst, exc) from None
