"""The site's search: Pagefind, run over the built site.

Pagefind reads the built HTML (only the elements marked ``data-pagefind-body``: see
``theme/main.html``) and writes a chunked index beside it, in ``site/pagefind/``: a reader's browser
loads the small entry file, then only the index chunks and result fragments a query needs, so the
first search costs a few hundred kB whatever the size of the site. Its binary ships in the PyPI
package ``pagefind-bin`` (``pagefind[bin]``); nothing is fetched at build or search time.
"""

from __future__ import annotations

import shutil
from pathlib import Path

#: Left out of the index: the permalink "¶" Markdown's toc extension puts in every heading.
EXCLUDE_SELECTORS = (".headerlink",)


def pagefind_executable() -> Path | None:
    """The Pagefind binary: the one the ``pagefind`` package finds (its bin package, or
    ``$PAGEFIND_BINARY_PATH``), else ``pagefind`` on the PATH; None when there is none."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        found = shutil.which("pagefind")
        return Path(found) if found else None
    exe = get_executable()
    return exe if exe is not None and exe.exists() else None


def pagefind_command(site_dir: str | Path) -> list[str] | None:
    """The command that indexes ``site_dir``, or None without Pagefind."""
    exe = pagefind_executable()
    if exe is None:
        return None
    excluded = [arg for selector in EXCLUDE_SELECTORS for arg in ("--exclude-selectors", selector)]
    return [str(exe), "--site", str(site_dir), *excluded, "--silent"]


def pagefind_config(site_dir: str) -> str:
    """``pagefind.yml`` for a folder holding a built site: ``python -m pagefind`` run there indexes
    it as our plugin would (for a site exported with ``briefings site --out``)."""
    selectors = ", ".join(f'"{s}"' for s in EXCLUDE_SELECTORS)
    return ("# Read by Pagefind: run `python -m pagefind` in this folder after building the site.\n"
            f"site: {site_dir}\nexclude_selectors: [{selectors}]\n")
