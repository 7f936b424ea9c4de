"""Non-prose lines in scraped text: photo captions, page widgets, lines in capitals.

Scraped articles carry lines that are not the story: a caption under a photo, "Scroll down for
video", "Share this article", "READ MORE: …", a shopping box, a fact box in capitals. Readers keep
them in the text (offsets stay honest and the source page shows them, marked), but give them a
kind of their own, so :meth:`~generator.model.Article.body` — what every extractor reads — leaves
them out.

Two granularities, one vocabulary:

1. :func:`block_kind`: a whole block (a paragraph between blank lines, a block of a web page).
2. :func:`split_inline`: the pieces of one paragraph of running text, for text scraped into one
   paragraph, as CNN/DailyMail files come: there a caption has lost its line break and even its
   full stop, and runs straight into the next sentence ("… on Friday ‘I’d be over the moon …").
   A caption is recognised by its form — a "Label: " opening, a position marker such as
   "(left)" or "(pictured)", or the place right after "Scroll down for video" — and ends where
   the next sentence starts without a stop before it (:data:`GLUE`). A caption with no such form
   is recognised by two signals together (:func:`_seam_caption`): a run-on seam, a word that can
   end a clause followed, with no stop, by a sentence opener ("… in the storm Costa also said …",
   :data:`RUN_ON`), and a stretch before the seam that restates another sentence of the story, as
   captions under a photo do. The article's first sentence is never taken for one.

The patterns are general forms of captions and widgets, not phrases of any one article.
"""

from __future__ import annotations

import re

from ..model import PROSE_KINDS, Paragraph

#: Kinds a reader gives to non-prose lines (none of them is in ``Article.body()``).
CAPTION, WIDGET, CAPITALS = "caption", "widget", "capitals"

# --- widgets: prompts and boxes of the page, not the story ----------------------------------------
_WIDGET = (r"scroll (?:down|up) (?:for|to (?:see|watch|read))(?: the)? (?:video|videos|more|pictures?|photos?)"
           r"|share (?:this|or comment on this) (?:article|story|page)|share (?:on|via) (?:facebook|twitter|x|whatsapp|e-?mail)"
           r"|(?:click|tap) here(?: to| for)?|follow (?:us|@\w+|\w+ on (?:twitter|facebook|instagram|x))"
           r"|(?:read|see) more\s*:|read (?:the )?full (?:story|article)|related (?:articles?|stories|content)"
           r"|more (?:on this|from \w+)\s*:|watch (?:the )?(?:video|clip)(?: below| above)?\s*:?"
           r"|(?:buy|shop) (?:it |them )?(?:now|here|the look)|get the look|click to (?:buy|shop|see)"
           r"|sign up (?:for|to) (?:our|the) \w+|subscribe to (?:our|the) \w+|advertisement$")
#: A whole line that is a page widget.
WIDGET_LINE = re.compile(rf"^(?:{_WIDGET})", re.IGNORECASE)
#: Widget phrases that survive inside running text (the rest of the line went with the markup).
WIDGET_INLINE = re.compile(r"(?:scroll (?:down|up) (?:for|to (?:see|watch|read))(?: the)? (?:video|videos|more|pictures?|photos?)"
                           r"|share (?:this|or comment on this) (?:article|story))\b[.:]?", re.IGNORECASE)

# --- captions -----------------------------------------------------------------------------------
#: Where a photo is in the frame: "(left)", "(pictured)", "(file photo of …)", ", pictured,".
POSITION = re.compile(r"\((?:(?:second |far |top |bottom |centre |center )?(?:left|right|centre|center|top|bottom|middle)"
                      r"(?: and (?:left|right))?|pictured[^)]{0,40}|above|below|inset|file(?: photo| picture| image)?[^)]{0,60}"
                      r"|(?:photo|picture|image)[^)]{0,60})\)|,\s+pictured(?:\s+(?:left|right|above|below|centre|center|in \d{4}))?,?"
                      # compound markers: "(behind the mayor, left)", "(second from right)", "(left, in red)"
                      r"|\((?:[^()]{1,40}[ ,])?(?:left|right|centre|center)\)"
                      r"|\((?:left|right|centre|center|pictured|above|below)(?:,| with | and )[^()]{1,40}\)",
                      re.IGNORECASE)
#: Credits that end or make a caption line: "(AP Photo/…)", "Photo: …", "/Getty Images".
CREDIT = re.compile(r"^(?:photo|picture|image|credit|photograph|illustration|video)s?\s*(?:by|:)\s|"
                    r"^(?:image|media) (?:caption|copyright)\b|\((?:ap|afp|reuters|getty|epa|pa)\b[^)]*\)$|"
                    r"(?:getty images|/ap|/afp|/reuters|shutterstock|/epa|/pa wire)\)?$", re.IGNORECASE)
#: "Label: " opening a caption ("Close ties: …", "CLAIM: …"): one to four words, a colon, a capital.
#: The words are not a speaker and a speech verb ("He explained: 'We …'").
LABEL = re.compile(r"(?!(?:Who|What|Why|How|When|Where|Which|Whose)\b)[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,3}:[ \u00a0]+(?=[A-Z])")
SPEECH = re.compile(r"\b(?:said|says|say|added|adds|explained|explains|told|tells|wrote|writes|warned|insisted|"
                    r"asked|replied|continued|admitted|revealed|claimed|declared|stated|tweeted|posted)\b", re.IGNORECASE)
#: Where a glued caption ends: a word (no stop after it) and then a word that opens a sentence,
#: an opening quote, or the next caption's label.
STARTERS = ("The A An He She They It His Her Their Its This That These Those But And Yet So In On At As After "
            "Before When While Mr Mrs Ms Dr However Meanwhile Now Today Yesterday Earlier Later According There "
            "We If Since During Despite Although Speaking Last").split()
#: Nouns that open a sentence only before a verb ("Police said", not "Cottonwood Police Sgt").
NOUN_STARTERS = "Police Officers Officials Authorities Witnesses Investigators Prosecutors Doctors Researchers".split()
#: Words after which a quotation runs on inside the sentence ("dubbed 'The Royal …'", "said by 'Tom'").
QUOTE_RUNS_ON = "by as of the a an and or to for from in on at with called dubbed named titled nicknamed read reading " \
                "said says say words word phrase slogan message sign banner label".split()
_RUNS_ON = "".join(rf"(?<!\b{w})" for w in QUOTE_RUNS_ON)
GLUE = re.compile(rf"(?<=[a-z0-9)\]'’%])[ \u00a0]+(?=(?:{'|'.join(STARTERS)})\b[ ,]|(?:{'|'.join(NOUN_STARTERS)}) [a-z]|"
                  rf"(?<=[a-z0-9)\]'’%]{_RUNS_ON}[ \u00a0])[‘“\"'][A-Z]|"
                  rf"[A-Z][\w'’-]*(?: [\w'’-]+){{0,2}}:[ \u00a0]+[A-Z])")
#: Inside a caption that has a position marker, where the next sentence starts without a stop: a
#: lower-case word, then a capitalised name of one to three words and a verb of its own ("… in the
#: storm Costa also said …"). Only looked for after a marker: in prose, "striker Jo Dee has" is a title.
NAME_SEAM = re.compile(r"(?<=[a-z0-9%'’])[ \u00a0]+(?=[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2} "
                       r"(?:also|has|had|have|was|were|is|are|will|would|could|can|said|says|told|then|later)\b)")
#: A run-on seam, anywhere in a sentence: a word that can end a clause, no stop, then a sentence
#: opener (a pronoun or "The" and the like, or a name of one to three words and its verb). Alone it
#: is no proof ("… the rock band Queen are …"): :func:`_seam_caption` also asks that the stretch
#: before it restate another sentence of the paragraph, as glued photo captions do.
RUN_ON = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]{2,}|\d[\d,.]*\d%?|\d%?)[ \u00a0]+(?=(?:He|She|They|It|We|His|Her|Their|The|This|"
                    r"These|Those|There)\b|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2} (?:also|has|had|have|was|were|is|are|"
                    r"will|would|could|can|said|says|told|then|later)\b)")
#: Words that do not end a clause (function words, verbs and nouns that take what follows:
#: "said", "shows", "the film", "coach"), so a capital after them is no seam. Also the words the
#: near-duplicate test leaves out.
NOT_CLAUSE_END = frozenset("""
a an the of in on at to for from by with and or but as than that this these those which who whom whose what
when where why how if whether because after before since until unless while whilst though although so nor
into onto upon over under about against between among through during without within via per like is was are
were be been being am has have had do does did will would shall should can could may might must said says say
told tells tell felt feel feels revealed reveals believe believes believed think thinks thought hope hopes
hoped claimed claims added adds insisted insists admitted admits warned warns explained explains announced
announces confirmed confirms knew know knows heard hear hears saw see sees called named dubbed titled
nicknamed shows show showed means mean meant suggests suggest suggested only even just also then too very
more most less least much many such own same other another every each all both either neither any some no
not never ever again still yet already now likely probably soon later today tonight yesterday recently
currently his her their its my our your him them me us it he she they we you mr mrs ms dr st sir lord lady
van von de der den di da du del la le el al bin ibn mc mac coach manager striker midfielder defender
goalkeeper keeper winger forward star actor actress singer minister secretary president chairman chief
director boss judge officer sergeant captain player prop spokesman spokeswoman leader senator governor
mayor chancellor commissioner prosecutor detective inspector constable sheriff deputy editor writer author
presenter host model rapper producer magistrate specialist expert analyst professor footballer
soldier officer son daughter wife husband mother father brother sister
friend partner girlfriend boyfriend victim band group film firm company club side team bidder rival
regulator northern southern eastern western north south east west northeast northwest southeast southwest
central""".split())
MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
#: The stretch before a seam is a caption when it is this long and this share of its content
#: words is in one other sentence of the paragraph (captions restate the text beside them).
SEAM_MIN_WORDS, SEAM_MIN_CONTENT, SEAM_OVERLAP = 8, 5, 0.5
#: A paragraph this long is a whole article scraped into one paragraph (captions glued into it),
#: not a paragraph an editor wrote (news paragraphs run to a few hundred characters).
SCRAPED_CHARS = 1500
MAX_CAPTION_WORDS = 45  # a longer stretch is not taken for a caption on a position marker or a seam alone


def _caps(text: str) -> bool:
    """A line in capitals (three words or more), not a quotation."""
    letters = [c for c in text if c.isalpha()]
    return (len(text.split()) >= 3 and len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
            and not text.lstrip().startswith(("'", '"', "‘", "“")))


def block_kind(block: str) -> str | None:
    """The non-prose kind of a whole block, or None for prose."""
    text = " ".join(block.split())
    words = len(text.split())
    if words <= 40 and WIDGET_LINE.match(text):
        return WIDGET
    if words <= 60 and CREDIT.search(text):
        return CAPTION
    if words <= 60 and not text.endswith((".", "!", "?", "”", '"', "’", "'")) and POSITION.search(text):
        return CAPTION
    if _caps(text):
        return CAPITALS
    return None


def _label(text: str, pos: int, end: int | None = None) -> re.Match | None:
    """A caption's "Label: " at ``pos``; not a speech tag, and not a name alone ("Jane Doe: …" is a
    transcript line: caption labels are a word or a phrase in sentence case, or capitals)."""
    m = LABEL.match(text, pos, len(text) if end is None else end)
    if not m or SPEECH.search(m.group(0)):
        return None
    words = m.group(0).rstrip(": \u00a0").split()
    if len(words) >= 2 and all(w[0].isupper() and not w.isupper() for w in words):
        return None
    return m


def _after_words(text: str, pos: int, end: int, n: int) -> int:
    """The offset after the first ``n`` words from ``pos`` (a caption is never shorter)."""
    m = re.match(rf"\S+(?:\s+\S+){{0,{n - 1}}}", text[pos:end])
    return pos + (m.end() if m else 0)


def _skip(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _content(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9'’]+", text) if len(w) > 2 and w.lower() not in NOT_CLAUSE_END}


def _open_quote(text: str) -> bool:
    """The stretch leaves a quotation open (a seam inside a quotation is the speaker's, not a caption's)."""
    return (text.count('"') % 2 == 1 or text.count("“") > text.count("”")
            or bool(re.search(r"(?:^|\s)[‘']\w", text)) and not re.search(r"\w[’'](?:\s|$|[,.])", text))


_STOPPED = re.compile(r"[.!?][’'\"”]?\s+[‘'\"“]?[A-Z]")  # a sentence ends inside the stretch


def _seam_caption(text: str, s: int, stop: int, others: list[set[str]]) -> int | None:
    """Where a glued caption with no marker ends, when ``text[s:stop]`` opens with one: a run-on
    seam (:data:`RUN_ON`) after a word that can end a clause, the stretch before it at least
    :data:`SEAM_MIN_WORDS` words, no quotation left open, and the stretch restating one of the
    paragraph's other sentences (``others``: their content words), as glued captions do."""
    for m in RUN_ON.finditer(text, s, stop):
        word = m.group(1).lower()
        if (word in NOT_CLAUSE_END or word.rsplit("-", 1)[-1] in NOT_CLAUSE_END or word.endswith("ing")
                or MONTH.match(text, m.end(), stop)):
            continue
        piece = text[s:m.end(1)]
        words = _content(piece)
        if (not SEAM_MIN_WORDS <= len(piece.split()) <= MAX_CAPTION_WORDS or len(words) < SEAM_MIN_CONTENT
                or _open_quote(piece) or _STOPPED.search(piece)):
            continue
        if any(len(words & o) >= SEAM_OVERLAP * len(words) for o in others):
            return m.end(1)
    return None


def split_inline(text: str, start: int, end: int, sentence_ends, scraped: bool = True) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` pieces of the paragraph ``text[start:end]``: ``body`` for prose, else a
    non-prose kind; consecutive prose is one piece. ``sentence_ends(str) -> offsets`` splits sentences.

    Widget phrases are split off any paragraph; glued captions only when ``scraped`` (a paragraph
    that is a whole scraped article: in an edited paragraph, "Oregon: Family leave …" is prose)."""
    bounds = [start + e for e in sentence_ends(text[start:end])] + [end]
    pieces: list[tuple[int, int, str]] = []

    def emit(a: int, b: int, kind: str) -> None:
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            return
        if pieces and pieces[-1][2] == kind == "body":
            pieces[-1] = (pieces[-1][0], b, kind)
        else:
            pieces.append((a, b, kind))

    sentences = list(zip([start] + bounds[:-1], bounds))
    content = [_content(text[a:b]) for a, b in sentences] if scraped else []
    s = start
    for n, stop in enumerate(bounds):
        s = _skip(text, s, stop)
        after_widget = False
        while s < stop:
            widget = WIDGET_INLINE.match(text, s, stop)
            if widget:
                emit(s, widget.end(), WIDGET)
                s, after_widget = _skip(text, widget.end(), stop), True
                continue
            label = _label(text, s, stop)
            glue = GLUE.search(text, label.end() if label else _after_words(text, s, stop, 3), stop)
            marker = POSITION.search(text, s, glue.start() if glue else stop)
            seam = NAME_SEAM.search(text, marker.end(), glue.start() if glue else stop) if marker else None
            cap_end = seam.start() if seam else glue.start() if glue else stop
            piece = text[s:cap_end]
            unstopped = not piece.rstrip().endswith((".", "!", "?", "”", '"', "’", "'"))
            marked = POSITION.search(piece) and unstopped and len(piece.split()) <= MAX_CAPTION_WORDS
            if not scraped:
                break
            if label or marked or (after_widget and glue):
                emit(s, cap_end, CAPTION)
                s, after_widget = _skip(text, cap_end, stop), False
                continue
            if glue and (_label(text, _skip(text, glue.end(), stop), stop) or after_widget):
                emit(s, cap_end, "body")  # prose, then a glued caption
                s = _skip(text, cap_end, stop)
                continue
            # the article's first sentence is its lede, never taken for a caption
            seam = _seam_caption(text, s, stop, content[:n] + content[n + 1:]) if s > start else None
            if seam is not None:
                emit(s, seam, CAPTION)
                s = _skip(text, seam, stop)
                continue
            break
        emit(s, stop, "body")
        s = stop
    return pieces


def refine(text: str, paragraphs: list[Paragraph], sentence_ends) -> list[Paragraph]:
    """Give non-prose kinds to body paragraphs that are captions, widgets or capitals, and split the
    non-prose pieces out of paragraphs of running text. Other paragraphs are kept as they are."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if p.kind not in PROSE_KINDS:
            out.append(p)
            continue
        kind = block_kind(text[p.start:p.end])
        if kind:
            out.append(Paragraph(p.start, p.end, kind=kind))
        elif p.kind == "heading":
            out.append(p)
        else:
            scraped = p.end - p.start >= SCRAPED_CHARS
            out += [Paragraph(a, b, kind=k) for a, b, k in split_inline(text, p.start, p.end, sentence_ends, scraped)]
    return out
