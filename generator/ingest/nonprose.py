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
   the next sentence starts without a stop before it (:data:`GLUE`). Captions with no such form
   come in runs that end at a seam (:func:`_caption_run`): a sentence opener before a lower-case
   word, right after a word with no stop ("… waves from the quay He had …"), which prose never writes; or
   a name and its verb, or an opening quotation, when the stretch before it restates another
   sentence of the paragraph, as captions under a photo do. A paragraph that ends without a stop
   ends with a caption. The article's first sentence is a caption only on the first kind of seam
   and when it restates.

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
           r"|sign up (?:for|to) (?:our|the) \w+|subscribe to (?:our|the) \w+|advertisement$"
           r"|(?:sorry,? )?we are not (?:currently )?accepting comments|comments (?:are|have been) closed")
#: A whole line that is a page widget.
WIDGET_LINE = re.compile(rf"^(?:{_WIDGET})", re.IGNORECASE)
#: Widget phrases that survive inside running text (the rest of the line went with the markup).
WIDGET_INLINE = re.compile(r"(?:scroll (?:down|up) (?:for|to (?:see|watch|read))(?: the)? (?:video|videos|more|pictures?|photos?)"
                           r"|share (?:this|or comment on this) (?:article|story)"
                           r"|(?:sorry,? )?we are not (?:currently )?accepting comments(?: on (?:the|this) (?:story|article))?"
                           r"|comments (?:are|have been) closed)\b[.:]?", re.IGNORECASE)

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
van von de der den des di da das do dos du del la le el al bin ibn mc mac coach manager striker midfielder defender
goalkeeper keeper winger forward star actor actress singer minister secretary president chairman chief
director boss judge officer sergeant captain player prop spokesman spokeswoman leader senator governor
mayor chancellor commissioner prosecutor detective inspector constable sheriff deputy editor writer author
presenter host model rapper producer magistrate specialist expert analyst professor footballer
soldier officer son daughter wife husband mother father brother sister
friend partner girlfriend boyfriend victim band group film firm company club side team bidder rival
regulator northern southern eastern western north south east west northeast northwest southeast southwest
central""".split())
#: A possible seam, anywhere in a sentence: a word or a number, no stop, then a capital or an
#: opening quote. :func:`_seam_kind` says whether a new sentence starts there.
SEAM = re.compile(r"(?<![\w'’-])([A-Za-z](?:[A-Za-z0-9'’-]*[A-Za-z0-9'’])?|\d(?:[\d,.]*\d)?%?)[ \u00a0]+(?=[‘“\"']?[A-Z])")
#: Words that open a sentence and, before a lower-case word, never a name or a title ("… from the
#: quay He had …", "… on the ferry But when …", "… near the lighthouse The crew were …").
OPENERS = frozenset("He She They It We His Her Their Its This These Those There But However Although Though "
                    "After When While Meanwhile Yesterday Earlier Later According The A An Two Three Four Five Six "
                    "Seven Eight Nine Ten".split())
#: Words after which no sentence has ended (articles, prepositions, conjunctions, auxiliaries,
#: pronouns, speech verbs): "at The Anchor", "told The Courier", "with A Boat".
FUNCTION_WORDS = frozenset("""
a an the of in on at to for from by with and or but nor as than that which who whom whose if whether because
into onto upon over under about against between among through during without within via per like after before
since until unless while though although is was are were be been being am has have had do does did will would
shall should can could may might must his her their its my our your him them me us it he she they we you
said says say told tells tell""".split())
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                         "hundred hundreds thousand thousands million millions billion dozen dozens several".split())
_NAME_WORD = r"(?:[A-Z][a-z'’-]*(?:[A-Z][a-z'’-]+)?|[A-Z]{2,}|[A-Z]\d+)"
#: A name of one to four words and a verb of its own ("Noor had been", "Marek also said").
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
NAME_VERB = re.compile(rf"{_NAME} (?:(?:also|then|later|now|still) [a-z]|(?:[a-z]+ly )?"
                       r"(?:is|are|was|were|has|had|have|will|would|could|can|may|might|said|says|told)\b)")
#: A name and a word in -s, a verb in the present as captions write ("Marek waves", "Video
#: shows"), or a plural ("Liberal voters"): it only parts captions within a run.
NAME_PRESENT = re.compile(rf"{_NAME} (?:[a-z]+ly )?[a-z]{{3,}}s\b")
#: A quotation that opens a sentence: its first word opens one too ("'I'd be …", "'They have …").
QUOTE_OPENS = re.compile(r"[‘“\"'](?:I|I['’](?:m|d|ve|ll)|We|You|They|It|He|She|This|That|There|But|And|Our|My|The|What|If|When)"
                         r"[ \u00a0][a-z]")
DAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september"
                 r"|october|november|december")
MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
#: The stretch before a seam is a caption when it is this long and this share of its content
#: words is in one other sentence of the paragraph (captions restate the text beside them); before a
#: strong seam, a stretch of :data:`RUN_MIN_WORDS` is enough.
SEAM_MIN_WORDS, SEAM_MIN_CONTENT, SEAM_OVERLAP, RUN_MIN_WORDS = 8, 5, 0.5, 5
#: A paragraph this long is a whole article scraped into one paragraph (captions glued into it),
#: not a paragraph an editor wrote (news paragraphs run to a few hundred characters).
SCRAPED_CHARS = 1500
STOPS = (".", "!", "?", "”", '"', "’", "'")  # what ends a sentence of prose
MAX_CAPTION_WORDS = 45  # a longer stretch is not taken for a caption on a position marker or a seam alone
RUN_MAX_WORDS = 70  # … but may be captions run together before a strong seam (three, with no seam between)


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


#: An opening and a closing quotation mark (an apostrophe inside a word is neither).
_OPENING = re.compile(r"(?:^|\s)[‘'“\"]\w")
_CLOSING = re.compile(r"[\w.,!?][’'”\"](?:\s|$|[,.])")


def _inside_quote(text: str, start: int, at: int, end: int, stretch: str) -> bool:
    """The seam at ``at`` lies inside a quotation opened sentences before it in ``text[start:end]`` and
    closed after it ("'I have the boat ready. That was the year Sea Lark It won, so we never changed,'
    he said": the seam is the speaker's). A quotation left open until the next opening mark is a
    paragraph of a longer quote that lost its break, and a seam in it may still part a caption, unless
    the sentence it ends (``stretch``, up to the seam) speaks in the first person ("… the year Sea Lark It
    won so we …")."""
    before = text[start:at]
    opened = [m.start() for m in _OPENING.finditer(before)]
    closed = [m.start() for m in _CLOSING.finditer(before)]
    if not opened or closed and closed[-1] > opened[-1]:
        return False
    if FIRST_PERSON.search(stretch):
        return True  # (the speaker's own words: a caption never says "I" or "we")
    close, reopen = _CLOSING.search(text, at, end), _OPENING.search(text, at, end)
    return close is not None and (reopen is None or close.start() < reopen.start())


#: A word only a speaker's own sentence holds.
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")


_STOPPED = re.compile(r"[.!?][’'\"”]?\s+[‘'\"“]?[A-Z]")  # a sentence ends inside the stretch


def _seam_kind(text: str, word: str, at: int) -> str | None:
    """Whether a sentence starts at ``text[at]``, right after ``word`` with no stop: ``"strong"``
    when it opens with a sentence opener and a lower-case word ("… from the quay He had …", "… on
    Friday They said …"), which prose never writes; ``"weak"`` for a name and its verb, an opening quote, or an opener before a capital
    ("… the harbour Marek waves …", "… on Friday 'I'd be …", "… the film This Is …"), which prose writes
    too ("chief executive Jo Dee said"); ``"part"`` for a name and a word in -s (:data:`NAME_PRESENT`),
    which parts the captions of a run but ends none; None when the word cannot end a clause."""
    capital, word = word[0].isupper(), word.lower()
    m = re.match(r"([‘“\"']?)([\w'’-]+)(?:[ \u00a0]([\w'’-]+))?", text[at:at + 80])
    quote, first, second = m.groups() if m else ("", "", None)
    if capital:  # a name or a title runs on ("… Keep At It won …"), bar a day ("… on Friday He said …")
        return "strong" if DAY.fullmatch(word) and first in OPENERS and second and second[0].islower() else None
    if first in OPENERS and not quote and word not in FUNCTION_WORDS and second and second[0].islower():
        return "strong"
    if quote:
        return "weak" if word not in NOT_CLAUSE_END and QUOTE_OPENS.match(text, at) else None
    if first in OPENERS:
        return "weak" if second and word not in NOT_CLAUSE_END else None
    if word in NOT_CLAUSE_END or word.rsplit("-", 1)[-1] in NOT_CLAUSE_END or word in NUMBER_WORDS \
            or word.endswith("ing") or MONTH.match(text, at):
        return None  # "… the scene, meaning Mara had …": a word that takes what follows
    if NAME_VERB.match(text, at):
        return "weak"
    return "part" if NAME_PRESENT.match(text, at) and not word[0].isdigit() else None


def _name_seam(text: str, a: int, b: int) -> re.Match | None:
    """The first :data:`NAME_SEAM` in ``text[a:b]`` after a lower-case word that can end a clause
    ("… after Dale was …" and "… Jo Dale was …" are one sentence)."""
    for m in NAME_SEAM.finditer(text, a, b):
        word = re.search(r"[\w'’-]+$", text[max(0, a - 40):m.start()])
        if word and not word.group(0)[0].isupper() and word.group(0).lower() not in NOT_CLAUSE_END:
            return m
    return None


_WORD_GAP = re.compile(r"(?<=[a-z0-9])[ \u00a0]+(?=[A-Z])")  # where a "Label: " may start inside a stretch


def _sentence_seam(text: str, a: int, b: int) -> int | None:
    """Where the first sentence starting without a stop in ``text[a:b]`` does (a strong or weak
    seam of :func:`_seam_kind`), after the word that ends the one before."""
    for m in SEAM.finditer(text, a, b):
        if _seam_kind(text, m.group(1), m.end()) in ("strong", "weak") and not _open_quote(text[a:m.end(1)]):
            return m.end(1)
    return None


def _caption_run(text: str, s: int, stop: int, others: list[set[str]], lede: bool) -> list[tuple[int, int]]:
    """The glued captions that open the sentence ``text[s:stop]``, as ``(start, end)`` pieces (none
    when it opens with prose). Captions run one into the next and into the story's next sentence
    without a stop: the run ends at the last seam (:func:`_seam_kind`) that is strong (after a
    stretch that quotes no one: a quotation and its "said" are prose that lost a stop), or weak with
    the stretch before it restating another sentence of the paragraph (``others``: their content
    words), as captions under a photo do. Every piece is :data:`SEAM_MIN_WORDS` words or more
    (:data:`RUN_MIN_WORDS` before a strong seam) and at most :data:`MAX_CAPTION_WORDS`
    (:data:`RUN_MAX_WORDS` before a strong seam), and no seam inside a quotation counts. The article's first
    sentence (``lede``) is a caption only on a strong seam after a stretch that restates. A caption's
    "Label: " inside the first piece starts the run there: what comes before it is prose that lost its stop."""
    pieces: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    prev = s
    for m in SEAM.finditer(text, s, stop):
        kind = _seam_kind(text, m.group(1), m.end())
        piece = text[prev:m.end(1)]
        if not kind or len(piece.split()) < (RUN_MIN_WORDS if kind == "strong" else SEAM_MIN_WORDS) \
                or _open_quote(text[s:m.end(1)]) or _STOPPED.search(piece):
            continue
        if len(piece.split()) > (RUN_MAX_WORDS if kind == "strong" else MAX_CAPTION_WORDS):
            break  # prose that lost its stop: no caption runs through it
        run.append((prev, m.end(1)))
        words = _content(piece)
        restates = len(words) >= SEAM_MIN_CONTENT and any(len(words & o) >= SEAM_OVERLAP * len(words) for o in others)
        if kind == "strong" and SPEECH.search(piece) and re.search(r"[\"“”‘]|(?:^|\s)'\w", piece):
            kind = "weak"  # "… 'a fair deal,' the mayor said The port …": speech that lost its stop
        if kind == "part":
            pass
        elif (kind == "strong" and restates) if lede else (kind == "strong" or restates):
            pieces = list(run)
        prev = _skip(text, m.end(1), stop)
    if pieces:  # "… to the harbour board Close call: The …": prose that lost its stop, then a labelled caption
        a, b = pieces[0]
        labels = [(lab.end(), m.end()) for m in _WORD_GAP.finditer(text, a + 1, b) if (lab := _label(text, m.end(), b))]
        if labels:  # the shortest label before the first colon ("Close call:", not "Harbour Board Close call:")
            pieces[0] = (max(start for colon, start in labels if colon == labels[0][0]), b)
    return pieces


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
            seam = _name_seam(text, marker.end(), glue.start() if glue else stop) if marker else None
            cap_end = seam.start() if seam else glue.start() if glue else stop
            if (label or marker) and cap_end == stop:  # no glue: the caption ends where a sentence starts
                cap_end = _sentence_seam(text, marker.end() if marker else label.end(), stop) or stop
            piece = text[s:cap_end]
            unstopped = not piece.rstrip().endswith(STOPS)
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
            run = _caption_run(text, s, stop, content[:n] + content[n + 1:], lede=s == start)
            if run and run[0][0] > s:
                emit(s, run[0][0], "body")
            for a, b in run:
                emit(a, b, CAPTION)
            if run:
                s = _skip(text, run[-1][1], stop)
                continue
            break
        tail = text[s:stop].rstrip()
        if (scraped and stop == end and s > start and not tail.rstrip(")").endswith(STOPS) and not _open_quote(tail)
                and RUN_MIN_WORDS <= len(tail.split()) <= MAX_CAPTION_WORDS):
            emit(s, stop, CAPTION)  # the paragraph ends without a stop: the last photo's caption
        else:
            emit(s, stop, "body")
        s = stop
    return pieces


#: A quotation that is a whole sentence: an opening mark, a capital, at least four words, and a stop
#: or comma inside the closing mark ("'Why did nobody call?' …", "'We will be back,' …").
QUOTED_SENTENCE = re.compile(r"‘[A-Z](?:[^‘’\n]|(?<=\w)’(?=\w))*?[.?!,]’(?!\w)|'[A-Z](?:[^'\n]|(?<=\w)'(?=\w))*?[.?!,]'(?!\w)"
                             r"|“[A-Z][^“”\n]*[.?!,]”|\"[A-Z][^\"\n]*[.?!,]\"")
#: What may follow a quotation that ends with a stop and is still a sentence of its own: a
#: capital, or its speaker and cue ("… call?' she asks").
AFTER_QUOTE = re.compile(r"\s*(?:$|[‘“\"'(]|[A-Z]|(?:he|she|they|it|we|i|said|says|asked|asks|added|adds)\b)")


def _quote_seam(text: str, word: str, at: int, stretch: str) -> bool:
    """A sentence that lost its stop before a quotation that is a sentence of its own ("… waiting on the
    quay 'Then why did nobody call the coastguard?' …"): the word before takes no quotation ("called",
    "said", "the"), and the stretch before quotes no one and has no speech verb ("told reporters
    'We …'" is one sentence)."""
    q = QUOTED_SENTENCE.match(text, at)
    if not q or word[0].isupper() or len(q.group(0).split()) < 4 or q.group(0)[-2] != "," and not AFTER_QUOTE.match(text, q.end()):
        return False
    word = word.lower()
    return (word not in NOT_CLAUSE_END and word not in QUOTE_RUNS_ON and not word.endswith("ing")
            and not SPEECH.search(stretch)
            and not re.search(r"[\"“”‘]|(?:^|\s)'\w", stretch))


#: Openers that are numbers: they part captions from the story, but a number after a verb is its
#: complement as often ("… when the old league of Four became Five in 1990").
NUMBER_OPENERS = frozenset("Two Three Four Five Six Seven Eight Nine Ten".split())

#: Openers that start a sentence after a name that ends one ("… on the quay at Westby The crew
#: were …", "… leader Ann Lee He said …"): never a name's or a title's next word before a
#: lower-case one ("Vitamin A deficiency" is why "A" is not among them).
NAME_OPENER = re.compile(r"(?:The|He|She|They|It|We|His|Her|Their|This|These|But|However|When|While|After) [a-z]")

#: "The 24-year-old …": a sentence opener, as DailyMail writes it, and no name or title.
AGED_OPENER = re.compile(r"(?:The|A|An) \d+-year-old [a-z]")


def _seam_breaks(text: str, a: int, b: int, sentence_ends) -> list[int]:
    """Where the prose ``text[a:b]`` of a scraped paragraph parts, so that no stage reads across a lost
    stop: at a strong seam (:func:`_seam_kind`: "… three times The commute …") that no caption run
    took, before a quotation that is a sentence of its own (:func:`_quote_seam`), or before "The
    24-year-old …". What comes before lost its stop, or is a caption with no form of its own. Each
    side keeps :data:`RUN_MIN_WORDS` words; a seam inside a quotation, or after a stretch that quotes
    someone and says so, is the speaker's and stays (also one opened sentences before)."""
    starts = [a] + [a + e for e in sentence_ends(text[a:b])]
    breaks: list[int] = []
    for m in SEAM.finditer(text, a, b):
        s = max(x for x in starts if x <= m.start())
        stretch = text[s:m.end(1)]
        word = m.group(1)
        aged = word[0].islower() and word not in FUNCTION_WORDS and AGED_OPENER.match(text, m.end())
        quote = text[m.end()] in "‘“\"'" and _quote_seam(text, word, m.end(), stretch[:-len(word)])
        strong = _seam_kind(text, word, m.end()) == "strong" and text[m.end():].split(" ", 1)[0] not in NUMBER_OPENERS \
            or word[0].isupper() and not word.isupper() and NAME_OPENER.match(text, m.end())
        if not (aged or quote or strong):
            continue
        if len(stretch.split()) < RUN_MIN_WORDS or len(text[m.end():b].split()) < RUN_MIN_WORDS \
                or _open_quote(stretch) or _inside_quote(text, a, m.end(1), b, stretch) or SPEECH.search(stretch) and re.search(r"[\"“”‘]|(?:^|\s)'\w", stretch):
            continue
        breaks.append(m.end(1))
    return breaks


def _bare(piece: str) -> bool:
    """A stretch between two places where a sentence starts without a stop (or a caption and such a
    place), with no stop and no quotation of its own, and no longer than a caption: a photo's
    caption ("… on the quay The two boats wait at the pier 'We …"), not a sentence of the story."""
    return (len(piece.split()) <= MAX_CAPTION_WORDS and not re.search(r"[.!?;:]", piece)
            and not re.search(r"[\"“”‘]|(?:^|\s)'\w", piece) and not piece.endswith(("'", "’")))


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
            for a, b, k in split_inline(text, p.start, p.end, sentence_ends, scraped):
                cuts = _seam_breaks(text, a, b, sentence_ends) if scraped and k == "body" else []
                parts = list(zip([a] + [_skip(text, c, b) for c in cuts], cuts + [b]))
                after_caption = out[-1].kind == CAPTION and out[-1].start >= p.start if out else False
                for n, (x, y) in enumerate(parts):
                    inner = (0 < n or after_caption) and n < len(parts) - 1
                    out.append(Paragraph(x, y, kind=CAPTION if inner and _bare(text[x:y]) else k))
    return out
