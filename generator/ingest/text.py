"""Plain-text reader.

Understands the layout of the shipped seed (an optional ``Categories:`` line, the headline, an
optional standfirst followed by a ``Published by`` / ``By`` byline block, body paragraphs with
short sub-headings, ``Also Read:`` lines and a repeated byline at the end) and generic plain
text, whose first line is the headline.
"""

from __future__ import annotations

import re

from ..model import PROSE_KINDS, Article, Paragraph
from . import comments, nonprose

BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
META_LINE = re.compile(r"^(categories|category|tags|date|published|url|source|publisher|author|authors)\s*:\s*(.*)$",
                       re.IGNORECASE)
BYLINE = re.compile(r"^(published by|written by|by)\b[ \t:]*(.*)$", re.IGNORECASE | re.DOTALL)
BOILERPLATE = re.compile(
    r"^(also read|read more|read also|related|recommended|sign up|subscribe|follow us|advertisement|"
    r"share this|click here|watch|listen|download the)\b.*", re.IGNORECASE)
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
END_PUNCT = (*'.!?:;,"”’…)]»', "''")  # '' closes a quotation in Treebank-style text


def blocks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the non-blank blocks of ``text[start:end]``, each stripped of outer whitespace."""
    end = len(text) if end is None else end
    out, pos = [], start
    for m in BLANK_LINE.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    spans = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def is_heading(block: str) -> bool:
    """A short, single-line block without end punctuation: a sub-heading."""
    return ("\n" not in block and len(block) <= 90 and len(block.split()) <= 12
            and not block.endswith(END_PUNCT) and not block.startswith(("“", '"', "‘", "'", "-", "•", "*")))


#: Words written with a full stop that does not end the sentence: titles, months, street and
#: company words, Latin ("Sen. Smith", "Jan. 5", "St. Paul", "Acme Inc. said").
ABBREVIATIONS = frozenset("""
    Mr Mrs Ms Messrs Mme Dr Prof Rev Hon Sr Jr St Ste Mt Ft Sen Sens Rep Reps Gov Govs Pres Supt Insp Det Sgt Cpl Pvt
    Lt Col Gen Maj Capt Cmdr Adm Brig Cdr Gens Amb Atty Cong Assn Dept Univ Inst Ave Blvd Rd Hwy Sq Bros Inc Corp Ltd
    Co Cos Plc No Nos Vol Fig Ch Sec Art Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur
    Thurs Fri Sat Sun Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
    Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo vs approx est ca cf al
""".split())
# A possible sentence end: a stop (with any closing quote) and a space before a capital (or an opening quote;
# '' and `` are Treebank-style marks).
STOP = re.compile(r"[.!?](?:''|[\"”’'])?\s+(?=(?:''|``|[\"“‘'])?[A-Z])")
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence-ending stop in ``text``.

    A full stop after an abbreviation ("Sen.", "Jan."), an initial ("John F. Kennedy"), or a word in
    capitals or with inner stops ("U.S.", "NATO.") ends no sentence: running text rarely ends
    on those, and a title cut there would be worse than one that runs on."""
    ends = []
    for m in STOP.finditer(text):
        if text[m.start()] == ".":
            word = WORD_BEFORE.search(text, 0, m.start())
            w = word.group(1) if word else ""
            if not w or w in ABBREVIATIONS or "." in w or w[0].isupper() and (len(w) == 1 or w.isupper()):
                continue
        elif not (m.start() and text[m.start() - 1].isalnum() or text[m.start() - 1] in "%)"):
            continue
        mark = text[m.start() + 1:m.start() + 3]
        ends.append(m.start() + 1 + (2 if mark == "''" else 1 if mark[:1] in "\"”’'" else 0))
    return ends


def looks_like_headline(line: str) -> bool:
    """A headline is one short line, not running text of several sentences."""
    return len(line) <= 200 and len(line.split()) <= 30 and not sentence_ends(line)


def stand_in_title(block: str, limit: int = 90) -> str:
    """A title for an article that has none: its first sentence, cut at a word near ``limit``."""
    flat = " ".join(block.split())
    ends = sentence_ends(flat)
    first = flat[:ends[0]] if ends else flat
    first = first.rstrip().rstrip(".!?")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:–—-") + "…"


# Datelines that open the first paragraph of agency and broadcaster copy, split off into metadata:
# "(CNN)", "(CNN) -- ", "LONDON (Reuters) — ", "LONDON, England (CNN) -- ", "WASHINGTON — ", "BOSTON ― "
# (some copy sets a horizontal bar, U+2015, for the dash).
_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
_DASH = r"(?:--|[—–―-])"
#: Words in brackets that open a paragraph but name no news agency ("(Updated) …").
_NOT_AGENCY = r"(?!(?:Updated?|Video|Photos?|Pictures?|Watch|Listen|Opinion|Analysis|Editorial|Commentary|Sponsored|" \
              r"Advertisement|Exclusive|Live|Breaking|Corrected|Correction|Warning|Spoilers?)\))"
DATELINE = re.compile(rf"(?:(?P<place>{_PLACE})\s*)?\({_NOT_AGENCY}(?P<agency>[A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){{0,3}})\)"
                      rf"[ \t]*(?:{_DASH}[ \t]*)?|(?P<place_only>[A-Z]{{2,}}(?: [A-Z]{{2,}}){{0,3}}(?:, [A-Z][a-z]+\.?|, (?:[A-Z]\.){{2}})?)[ \t]+{_DASH}[ \t]+")
# The byline block that opens Daily Mail copy as scraped: "By . Jane Doe . PUBLISHED: . 12:00 EST, 1 May
# 2015 . | . UPDATED: . 12:05 EST, 1 May 2015 . | . " (the stops stand for the page's line breaks).
_STAMP = r"\s*:?\s*\.?\s*(?P<{0}>[^|]{{0,60}}?)\s*\.?\s*\|\s*\.?\s*"
MAIL_BYLINE = re.compile(r"By\s*\.\s*(?P<authors>[^|.]{2,120}?(?:\s*\.\s*and\s*\.\s*[^|.]{2,60}?)?)\s*\.\s*"
                         rf"(?:PUBLISHED{_STAMP.format('published')})?(?:UPDATED{_STAMP.format('updated')})?")
STAMP_DATE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\s+(\d{4})")
MONTH_NUMBER = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                             "September", "October", "November", "December"), start=1)}
NOT_A_NAME = re.compile(r"\b(reporter|correspondent|editor|staff|writer)s?$", re.IGNORECASE)


def split_dateline(text: str, a: int, b: int, art: Article, paragraphs: list[Paragraph]) -> int:
    """Split a dateline or a scraped byline block off the paragraph ``text[a:b]`` into metadata.

    Appends a ``dateline`` paragraph for it, fills the publisher, authors, date and place the
    article does not have yet, and returns where the story text starts (``a`` when there is none)."""
    m = MAIL_BYLINE.match(text, a, b)
    if m and (m.group("published") or m.group("updated") or len(m.group("authors").split()) <= 8):
        names = re.split(r"\s*\.?\s*\band\b\s*\.?\s*|\s*,\s*", m.group("authors"))
        names = [re.sub(r"\s+for\s+.*$", "", n).strip() for n in names]
        art.authors = art.authors or [n for n in names if n and not NOT_A_NAME.search(n)]
        stamp = STAMP_DATE.search(m.group("published") or m.group("updated") or "")
        if stamp and not art.published:
            art.published = f"{stamp.group(3)}-{MONTH_NUMBER[stamp.group(2)]:02d}-{int(stamp.group(1)):02d}"
    else:
        m = DATELINE.match(text, a, b)
        if not m:
            return a
        art.publisher = art.publisher or m.group("agency")
        art.dateline = art.dateline or m.group("place") or m.group("place_only")
    end = m.end()
    while end < b and text[end].isspace():
        end += 1
    if end >= b:
        return a  # nothing would be left of the paragraph
    stop = end
    while stop > a and text[stop - 1].isspace():
        stop -= 1
    paragraphs.append(Paragraph(a, stop, kind="dateline"))
    return end


def is_byline(block: str) -> bool:
    """``Published by`` / ``By Jane Doe``: a short block, not a sentence starting with "By"."""
    return bool(BYLINE.match(block)) and len(block) <= 100 and not block.rstrip().endswith((".", "!", "?", ","))


def is_signature(line: str, authors: set[str]) -> bool:
    """A line that only repeats the byline ("Jane Doe", "Published by Jane Doe")."""
    low = line.strip().lower()
    return low in authors or (is_byline(line.strip()) and (not authors or any(a in low for a in authors)))


def split_list(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[,;|]", value) if v.strip()]


def iso_date(value: str) -> str | None:
    m = DATE.match(value.strip())
    return "-".join(m.groups()) if m else None


def number_paragraphs(paragraphs: list[Paragraph]) -> list[Paragraph]:
    n = 0
    for p in paragraphs:
        if p.kind in PROSE_KINDS:
            n += 1
            p.number = n
    return paragraphs


def parse(text: str, path: str, start: int = 0, end: int | None = None, article: Article | None = None) -> Article:
    """Parse ``text[start:end]`` (the whole file by default) into an :class:`Article`.

    ``article`` carries metadata already known (from front matter); the headline is then taken
    from it rather than from the first line when it is set.
    """
    spans = blocks(text, start, end)
    art = article or Article(path=path, text=text, title="")
    paragraphs: list[Paragraph] = []
    i = 0
    stand_in = False
    # 1. Leading metadata lines ("Categories: A, B", "Date: 2025-08-17", ...).
    while i < len(spans):
        lines = text[spans[i][0]:spans[i][1]].splitlines()
        matches = [META_LINE.match(line.strip()) for line in lines]
        if not all(matches):
            break
        for m in matches:
            key, value = m.group(1).lower(), m.group(2).strip()
            if key in ("categories", "category", "tags"):
                art.categories = art.categories or split_list(value)
            elif key in ("date", "published"):
                art.published = art.published or iso_date(value)
            elif key in ("url", "source"):
                art.url = art.url or value or None
            elif key == "publisher":
                art.publisher = art.publisher or value or None
            elif key in ("author", "authors"):
                art.authors = art.authors or split_list(value)
        paragraphs.append(Paragraph(*spans[i], kind="meta"))
        i += 1
    # 2. The headline: the first line of the next block (unless front matter gave one). A first
    #    line that reads as running text (long, or several sentences) is no headline: the article
    #    starts at once, and its first sentence, shortened, stands in as the title.
    if not art.title and i < len(spans):
        a, b = spans[i]
        first_line_end = text.find("\n", a, b)
        head_end = b if first_line_end == -1 else first_line_end
        while head_end > a and text[head_end - 1].isspace():
            head_end -= 1
        if looks_like_headline(text[a:head_end]):
            art.title = text[a:head_end]
            art.title_span = (a, head_end)
            paragraphs.append(Paragraph(a, head_end, kind="title"))
            spans[i:i + 1] = [(a, head_end)] + (blocks(text, first_line_end, b) if first_line_end != -1 else [])
            i += 1
        else:
            start_ = split_dateline(text, a, b, art, paragraphs)
            spans[i] = (start_, b)
            art.title = stand_in_title(text[start_:b])
            stand_in = True
    # 3. A standfirst and byline block: only when a byline follows within two blocks.
    for look in (0, 1):
        if i + look < len(spans) and is_byline(text[spans[i + look][0]:spans[i + look][1]]):
            if look == 1:
                art.dek = art.dek or text[spans[i][0]:spans[i][1]]
                paragraphs.append(Paragraph(*spans[i], kind="dek"))
                i += 1
            a, b = spans[i]
            name = BYLINE.match(text[a:b]).group(2).strip()
            if name and len(name.split()) <= 8:
                art.authors = art.authors or split_list(name.replace(" and ", ","))
            paragraphs.append(Paragraph(a, b, kind="byline"))
            i += 1
            break
    # 4. A dateline opening the story ("LONDON (Reuters) —"), unless split off already.
    if i < len(spans) and not any(p.kind == "dateline" for p in paragraphs):
        spans[i] = (split_dateline(text, *spans[i], art, paragraphs), spans[i][1])
    # 5. The body: paragraphs, sub-headings and boilerplate.
    authors = {a.lower() for a in art.authors}
    for a, b in spans[i:]:
        block = text[a:b]
        if BOILERPLATE.match(block) or all(is_signature(line, authors) for line in block.splitlines() if line.strip()):
            kind = "boilerplate"
        elif is_heading(block):
            kind = "heading"
        else:
            kind = "body"
        paragraphs.append(Paragraph(a, b, kind=kind))
    # A trailing heading-like block (a signature, a credit) is not a sub-heading.
    while paragraphs and paragraphs[-1].kind == "heading":
        paragraphs[-1].kind = "boilerplate"
    # 6. Captions, page widgets and lines in capitals, readers' comments ending the article: kept in the
    #    text, out of the story.
    art.paragraphs = number_paragraphs(comments.mark(text, nonprose.refine(text, paragraphs, sentence_ends)))
    story = art.body()
    if stand_in and story and art.title_span is None:  # the stand-in comes from the story, not a caption
        art.title = stand_in_title(text[story[0].start:story[0].end])
    return art
