"""Briefing <-> Markdown, both ways: what people edit is what the site shows.

A briefing file is YAML front matter plus fixed sections, one list item per extracted item::

    ## Summary
    - <sentence> [¶3](#p3 "chars 284-507")
    ## Key actors
    - **Mario Navarro** (person) — U.S. Secretary of State · also: Navarro · 4 mentions
    ## Quotes
    - “<quoted words>” — Mario Navarro (told) [¶10](#p10 "chars 1900-1934; speaker 1936-1938")
    ## Also said
    - **Steven Bramley** (stated): <reported content> [¶8](#p8 "chars 1200-1290")
    ## Open questions
    - <question>? [¶15](#p15 "chars 3100-3250")
    ## Source
    (derived from the front matter; any other line is kept, as is every hand-written line
    that is not an item, in ``Briefing.extras``)

The ``[¶N](...)`` reference is optional when editing: without it (or when the text no longer
matches its span) the item is located in the source text again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import yaml

from . import __version__, yamlmeta
from .errors import BriefingFormatError
from .model import ACTOR_TYPES, Actor, Briefing, Question, Quote, Reported, Sentence

SECTIONS = ("Summary", "Key actors", "Quotes", "Also said", "Open questions", "Source")
REF = re.compile(r'\s*\[¶(\d+)\]\(#p\d+(?: "chars (\d+)-(\d+)(?:; speaker (\d+)-(\d+))?")?\)\s*$')
ACTOR_LINE = re.compile(r"^\*\*(?P<name>.+?)\*\*(?: \((?P<type>[a-z]+)\))?(?: — (?P<role>.*?))?"
                        r"(?: · also: (?P<aliases>.*?))?(?: · (?P<mentions>\d+) mentions?)?$")
QUOTE_LINE = re.compile(r"^[“\"](?P<text>.*)[”\"] — (?P<speaker>.+?)(?: \((?P<cue>[^()]*)\))?$")
REPORTED_LINE = re.compile(r"^\*\*(?P<speaker>.+?)\*\*(?: \((?P<cue>[^()]*)\))?: (?P<text>.*)$")
UNATTRIBUTED = "(unattributed)"
GENERATOR = f"briefings {__version__}"
FIELD_ORDER = ("title", "dek", "standfirst", "published", "authors", "categories", "section", "url", "publisher",
               "source", "source_sha256", "actor_ids", "generator", "generated", "body_sha256", "warnings")


def one_line(text: str) -> str:
    """Collapse runs of whitespace (paragraph breaks inside a quote) to single spaces."""
    return " ".join(text.split())


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _ref(number: int | None, start: int | None, end: int | None, speaker: tuple[int | None, int | None] = (None, None)) -> str:
    if number is None:
        return ""
    title = f"chars {start}-{end}" if start is not None and end is not None else ""
    if title and speaker[0] is not None and speaker[1] is not None:
        title += f"; speaker {speaker[0]}-{speaker[1]}"
    return f' [¶{number}](#p{number}' + (f' "{title}"' if title else "") + ")"


# --- writing ---------------------------------------------------------------------------------


def render_body(b: Briefing, paragraph_of) -> str:
    """The Markdown body. ``paragraph_of(offset) -> int | None`` numbers source paragraphs."""
    out: list[str] = [f"# {one_line(b.title)}", ""]
    if b.dek:
        out += [f"> {one_line(b.dek)}", ""]
    out += _extras(b, "")
    out += ["## Summary", ""]
    out += [f"- {one_line(s.text)}{_ref(paragraph_of(s.start), s.start, s.end)}" for s in b.summary] or ["_None._"]
    out += _extras(b, "Summary", lead=True)
    out += ["", "## Key actors", ""]
    for a in b.actors:
        line = f"- **{one_line(a.name)}** ({a.type})"
        if a.role:
            line += f" — {one_line(a.role)}"
        if a.aliases:
            line += " · also: " + "; ".join(one_line(x) for x in a.aliases)
        line += f" · {a.mentions} mention{'s' if a.mentions != 1 else ''}"
        out.append(line)
    if not b.actors:
        out.append("_None._")
    out += _extras(b, "Key actors", lead=True)
    out += ["", "## Quotes", ""]
    for q in b.quotes:
        cue = f" ({q.cue})" if q.cue else ""
        out.append(f"- “{one_line(q.text)}” — {one_line(q.speaker) if q.speaker else UNATTRIBUTED}{cue}"
                   f"{_ref(paragraph_of(q.start), q.start, q.end, (q.speaker_start, q.speaker_end))}")
    if not b.quotes:
        out.append("_None._")
    out += _extras(b, "Quotes", lead=True)
    if b.reported or b.extras.get("Also said"):
        out += ["", "## Also said", ""]
        for r in b.reported:
            cue = f" ({r.cue})" if r.cue else ""
            out.append(f"- **{one_line(r.speaker)}**{cue}: {one_line(r.text)}{_ref(paragraph_of(r.start), r.start, r.end)}")
        out += _extras(b, "Also said", lead=bool(b.reported))
    out += ["", "## Open questions", ""]
    out += [f"- {one_line(q.text)}{_ref(paragraph_of(q.start), q.start, q.end)}" for q in b.questions] or ["_None._"]
    out += _extras(b, "Open questions", lead=True)
    if b.notes.strip():
        out += ["", b.notes.strip()]
    out += ["", "## Source", ""]
    out += _source_section(b)
    out += _extras(b, "Source", lead=True)
    out.append("")
    return "\n".join(out)


def _extras(b: Briefing, section: str, lead: bool = False) -> list[str]:
    """The hand-written lines kept for ``section``, as they were (a blank line first when ``lead``)."""
    lines = b.extras.get(section) or []
    return ([""] if lead and lines else []) + lines + ([""] if not lead and lines else [])


def _source_section(b: Briefing) -> list[str]:
    """The lines the "Source" section is generated with (derived from the front matter), in order."""
    lines = [f"- File: `{b.source}`"]
    if b.url:
        lines.append(f"- URL: <{b.url}>")
    if b.publisher:
        lines.append(f"- Publisher: {one_line(b.publisher)}")
    if b.authors:
        lines.append(f"- By: {', '.join(one_line(a) for a in b.authors)}")
    if b.published:
        lines.append(f"- Published: {b.published}")
    return lines


def source_lines(b: Briefing) -> set[str]:
    """The generated lines of the "Source" section (any other line there was written by hand)."""
    return set(_source_section(b))


def front_matter(b: Briefing) -> dict[str, Any]:
    """The metadata written; its text fields are single lines (whitespace runs become one space)."""
    line = lambda v: one_line(v) if isinstance(v, str) else v  # noqa: E731
    data = {"title": line(b.title), "dek": line(b.dek), "standfirst": line(b.standfirst) or None,
            "published": b.published, "authors": [line(a) for a in b.authors],
            "categories": [line(c) for c in b.categories], "section": line(b.section), "url": line(b.url),
            "publisher": line(b.publisher), "source": b.source, "source_sha256": b.source_sha256,
            "actor_ids": {a.name: a.id for a in b.actors if a.id} or None,
            "generator": b.generator or GENERATOR, "generated": b.generated, "body_sha256": b.body_sha256,
            "warnings": [line(w) for w in b.warnings]}
    return {k: data[k] for k in FIELD_ORDER if data[k] not in (None, [], "")}


def dump(b: Briefing, paragraph_of) -> str:
    """The whole briefing file; sets ``b.body_sha256`` to the hash of the body written."""
    body = render_body(b, paragraph_of)
    b.body_sha256 = body_hash(body)
    meta = yaml.safe_dump(front_matter(b), allow_unicode=True, sort_keys=False, width=100000)
    return f"---\n{meta}---\n\n{body}"


# --- reading ---------------------------------------------------------------------------------


@dataclass
class Parsed:
    """A briefing file split into its parts."""

    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line number where the body starts

    @property
    def edited(self) -> bool:
        """True when the body no longer matches the hash written with it: a person changed it."""
        return self.meta.get("body_sha256") != body_hash(self.body)


def split(text: str, path: str) -> Parsed:
    """Split front matter from body, with one-line errors for malformed files."""
    try:
        meta, body_start = yamlmeta.split(text)
    except yamlmeta.FrontMatterError as exc:
        raise BriefingFormatError(path, exc.reason, exc.line) from None
    if meta is None:
        raise BriefingFormatError(path, "no YAML front matter (the file must start with a '---' block)", 1)
    body = text[body_start:]
    if body.startswith("\n"):
        body = body[1:]
    return Parsed(meta=meta, body=body, body_line=text[:len(text) - len(body)].count("\n") + 1)


def _locate(item_text: str, start: int | None, end: int | None,
            source: str | None) -> tuple[str, int | None, int | None]:
    """Re-anchor an item in the source: exact source text when the stored span still matches,
    else the first whitespace-insensitive occurrence, else the item as written with no span."""
    if source is None:
        return item_text, start, end
    if start is not None and end is not None and 0 <= start <= end <= len(source):
        if one_line(source[start:end]) == one_line(item_text):
            return source[start:end], start, end
    if not item_text.strip():
        return item_text, None, None
    pattern = r"\s+".join(re.escape(w) for w in item_text.split())
    m = re.search(pattern, source)
    if m:
        return source[m.start():m.end()], m.start(), m.end()
    return item_text, None, None


def _str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def parse(text: str, path: str = "<briefing>", source: str | None = None, slug: str = "",
          parts: Parsed | None = None) -> Briefing:
    """Read a briefing file back into a :class:`Briefing`.

    ``source``: the decoded source article, to restore exact item text and offsets;
    ``parts``: :func:`split` of ``text`` when the caller has it already.
    """
    parts = parts if parts is not None else split(text, path)
    meta = parts.meta
    for key in ("title", "source"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise BriefingFormatError(path, f"front matter needs a '{key}'", 2)
    published = meta.get("published")
    b = Briefing(slug=slug, title=str(meta["title"]), source=str(meta["source"]),
                 source_sha256=str(meta.get("source_sha256") or ""),
                 dek=str(meta["dek"]) if meta.get("dek") else None,
                 published=str(published) if published else None,
                 authors=_str_list(meta.get("authors")), categories=_str_list(meta.get("categories")),
                 section=" ".join(str(meta["section"]).split()) or None if meta.get("section") else None,
                 url=str(meta["url"]) if meta.get("url") else None,
                 publisher=str(meta["publisher"]) if meta.get("publisher") else None,
                 standfirst=str(meta.get("standfirst") or ""), generator=str(meta.get("generator") or ""),
                 generated=str(meta["generated"]) if meta.get("generated") else None,
                 warnings=_str_list(meta.get("warnings")),
                 body_sha256=str(meta.get("body_sha256") or ""), path=path)
    ids = meta.get("actor_ids") if isinstance(meta.get("actor_ids"), dict) else {}
    section: str | None = None
    notes: list[str] = []
    generated_source = source_lines(b)
    seen_title = seen_dek = False

    def keep(raw: str) -> None:  # a hand-written line inside a section we model: shown as written
        b.extras.setdefault(section or "", []).append(raw.rstrip())

    for lineno, raw in enumerate(parts.body.splitlines(), start=parts.body_line):
        line = raw.rstrip()
        heading = re.match(r"^##\s+(.+?)\s*#*$", line)
        if heading:
            name = heading.group(1).strip()
            section = next((s for s in SECTIONS if s.lower() == name.lower()), None)
            if section is None:
                section = "notes"
                notes.append(line)
            continue
        if section == "notes":
            notes.append(raw)
            continue
        if not line.strip() or line.strip() == "_None._":
            continue
        if section is None:
            if line.startswith("# ") and not seen_title:
                seen_title = True
                b.title = line[2:].strip() or b.title  # the heading as edited is the title shown
            elif line.startswith(">") and not seen_dek:
                seen_dek = True
                b.dek = line[1:].strip() or b.dek
            else:
                keep(raw)
            continue
        if section == "Source":
            if line.strip() not in generated_source:
                keep(raw)
            continue
        if not line.startswith(("- ", "* ")):
            keep(raw)
            continue
        item = line[2:].strip()
        ref = REF.search(item)
        start = end = sp_start = sp_end = None
        if ref:
            item = item[:ref.start()].rstrip()
            if ref.group(2):
                start, end = int(ref.group(2)), int(ref.group(3))
            if ref.group(4):
                sp_start, sp_end = int(ref.group(4)), int(ref.group(5))
        if section == "Summary":
            t, s, e = _locate(item, start, end, source)
            b.summary.append(Sentence(t, s if s is not None else -1, e if e is not None else -1))
        elif section == "Key actors":
            m = ACTOR_LINE.match(item)
            if not m:
                raise BriefingFormatError(path, f"cannot read key actor line {item!r} (expected '**Name** (type) — role')", lineno)
            kind = m.group("type") or "person"
            if kind not in ACTOR_TYPES:
                raise BriefingFormatError(path, f"unknown actor type {kind!r} (use one of {', '.join(ACTOR_TYPES)})", lineno)
            aliases = [a.strip() for a in (m.group("aliases") or "").split(";") if a.strip()]
            name = m.group("name").strip()
            b.actors.append(Actor(name=name, type=kind, role=(m.group("role") or "").strip() or None, aliases=aliases,
                                  mentions=int(m.group("mentions") or 0), id=str(ids.get(name) or "")))
        elif section == "Quotes":
            m = QUOTE_LINE.match(item)
            if not m:
                raise BriefingFormatError(path, f"cannot read quote line {item!r} (expected '“words” — Speaker')", lineno)
            t, s, e = _locate(m.group("text"), start, end, source)
            speaker = m.group("speaker").strip()
            speaker = None if speaker == UNATTRIBUTED else speaker
            b.quotes.append(Quote(t, s if s is not None else -1, e if e is not None else -1, speaker=speaker,
                                  speaker_start=sp_start if speaker else None, speaker_end=sp_end if speaker else None,
                                  cue=(m.group("cue") or None)))
        elif section == "Also said":
            m = REPORTED_LINE.match(item)
            if not m:
                raise BriefingFormatError(path, f"cannot read 'Also said' line {item!r} (expected '**Speaker** (cue): words')", lineno)
            t, s, e = _locate(m.group("text"), start, end, source)
            b.reported.append(Reported(t, s if s is not None else -1, e if e is not None else -1,
                                       speaker=m.group("speaker").strip(), cue=m.group("cue") or None))
        elif section == "Open questions":
            b.questions.append(Question(item, start if start is not None else -1, end if end is not None else -1))
    b.notes = "\n".join(notes).strip()
    return b
