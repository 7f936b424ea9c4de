"""Surface rules for the summariser: datelines, boilerplate, captions, dangling openers, quotes.

All rules are general news-layout patterns, not tuned to any one article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# "LONDON (Reuters) - ", "WASHINGTON, D.C. — ", "(CNN)", "Paris, France (CNN)The ...", "NEW YORK (AP) --",
# "Kyiv, Aug 17 (Reuters) -"
DATELINE = re.compile(
    r"""^\s*(?:
        (?:[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})*\s*)?                   # Place, Country
        \((?:CNN|AP|AFP|Reuters|UPI)\)\s*(?:[-—–]+\s*)?                                  # (CNN), glued or not
      | [A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})*(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?
        \s*\((?:[A-Za-z][\w .&-]{0,30})\)\s*(?:[-—–:]+|--)\s*                              # City (Agency) -
      | [A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,\s*[A-Z][A-Za-z. ]{1,30})*\s*(?:[-—–―]+|--)\s+        # CITY -
    )""", re.VERBOSE)
# DailyMail page furniture: "By . Jane Doe . PUBLISHED: . 10:01 EST, 1 May 2014 . | . UPDATED: . ... ."
MAIL_HEADER = re.compile(
    r"^\s*(?:(?:By|From)\s*\.\s*[^.]{1,80}\.\s*(?:and\s*[^.]{1,60}\.\s*)?)?"
    r"(?:(?:PUBLISHED|UPDATED|Last updated(?: at)?)\s*:\s*\.?\s*[^|]{0,60}?\d{4}\s*\.?\s*\|?\s*\.?\s*)+")
MAIL_BYLINE = re.compile(r"^\s*(?:By|From)\s*\.\s*[A-Z][^.]{1,60}\.\s+(?:and\s+[^.]{1,60}\.\s+)?(?=[A-Z‘'\"“(])")

BOILERPLATE_START = re.compile(
    r"^\W*(?:scroll down|also read|read more|read also|related(?: articles?| stories| coverage)?:|recommended|"
    r"sign up|subscribe|follow (?:us|him|her|them|@)|click here|advertisement|share this|"
    r"watch(?: the)? (?:video|live)|video:|photos?:|pictures?:|images?:|pictured:|picture:|credit:|"
    r"source:|copyright|©|all rights reserved|for (?:more (?:information|details|news|stories|on this)|the latest (?:news|updates))\b|"
    r"download (?:the|our)|"
    r"editor'?s note|this (?:article|story) (?:was|has been|first)|updated:|published:|last updated)",
    re.IGNORECASE)
BOILERPLATE_ANYWHERE = re.compile(
    r"(?:scroll down for|click here|sign up (?:for|to)|\b(?:our|free|daily|weekly) newsletter|PUBLISHED:|UPDATED:|all rights reserved|"
    r"getty images|\bAP Photo\b|\(photo(?:graph)?(?: by| credit)?|\bfile photo\b|follow .{1,40} on (?:twitter|instagram|facebook)|"
    r"(?:on|via) twitter @|@\w+ on twitter|contributed to this report|"
    r"to read the full|for confidential support|samaritans on \d|visit www\.|http[s]?://|www\.)",
    re.IGNORECASE)
# Photo captions: "(left)", "(pictured)", ", pictured," ...
CAPTION = re.compile(
    r"\((?:left|right|centre|center|top|bottom|above|below|inset|far left|far right|second left|second right|"
    r"front|back|middle|pictured|picture|pictured [^)]{1,30}|file|left to right)\)|"
    r"\bpictured\b|,\s*(?:left|right|centre|center|above|below|top|bottom|inset)\s*[,.]",
    re.IGNORECASE)
# "Label: The rest" - a short capitalised label heading a caption ("Tragic: The man ...").
CAPTION_LABEL = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+[A-Z‘'\"“]")
SPEECH_LABEL = re.compile(r"\b(?:said|says|told|added|asked|explained|wrote|stated|insisted|claimed)\s*:\s*$|^(?:he|she|they|it|we|i|mr|mrs|ms|dr)\b",
                          re.IGNORECASE)

# Openers that need the previous sentence to make sense.
DANGLING = re.compile(
    r"^[\"'“‘(]*(?:he|she|they|it|this|that|these|those|his|her|their|its|him|them|"
    r"but|and|or|so|yet|also|however|still|then|meanwhile|instead|nevertheless|nonetheless|moreover|"
    r"furthermore|besides|therefore|thus|hence|such|there|here|both|another|the latter|the former|"
    r"the same|in addition|as a result|in turn|by contrast|on the other hand)\b",
    re.IGNORECASE)
# ... except "It is/was ... that/to" and "There is/are" constructions, which carry their own subject.
NOT_DANGLING = re.compile(r"^[\"'“‘(]*(?:it(?:'s|’s| is| was| has been| will be| would be)\b.*\b(?:to|that)\b|"
                          r"there (?:is|are|was|were|has|have|will)\b|that's why)", re.IGNORECASE)

QUOTE_CHARS = "\"“”‘’'«»"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Move ``start``/``end`` past outer whitespace, a trailing opening '' and a leading dateline or Mail header."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if text.endswith(" ''", start, end) and text[start:end - 3].rstrip()[-1:] in (".", "!", "?") and \
            text.count("''", start, end) % 2:
        end = len(text[start:end - 3].rstrip()) + start  # the next sentence's opening '' that the parser left here
    for pattern in (MAIL_HEADER, MAIL_BYLINE, DATELINE):
        m = pattern.match(text[start:end])
        if m and m.end() > 0:
            rest = text[start + m.end():end].lstrip()
            # only trim when a real sentence (capitalised, several words) remains
            if len(rest.split()) >= 4 and (rest[:1].isupper() or rest[:1] in "\"“‘'"):
                start += m.end()
                while start < end and text[start].isspace():
                    start += 1
    return start, end


def is_boilerplate(sentence: str) -> bool:
    """Page furniture: prompts, credits, captions, bylines."""
    s = sentence.strip()
    if BOILERPLATE_START.match(s) or BOILERPLATE_ANYWHERE.search(s) or CAPTION.search(s):
        return True
    if re.match(r"^(?:by|written by|published by|reporting by|additional reporting by|edited by)\b", s, re.IGNORECASE):
        return len(s.split()) <= 12 or "." not in s[:-1]
    m = CAPTION_LABEL.match(s)
    if m:
        label = s[:s.index(":")]
        if not SPEECH_LABEL.search(label + ":"):
            return True
    return False


def is_fragment(sentence: str) -> bool:
    """Not a complete sentence: no end punctuation, or an unclosed/lowercase start."""
    s = sentence.strip().rstrip(QUOTE_CHARS + ")] ")
    if not s or s[-1] not in ".!":
        return True
    first = sentence.strip().lstrip(QUOTE_CHARS + "([ ")[:1]
    return not (first.isupper() or first.isdigit() or first in "£$€")


def is_dangling(sentence: str) -> bool:
    """Opens with a pronoun or connective that points back to the previous sentence."""
    return bool(DANGLING.match(sentence)) and not NOT_DANGLING.match(sentence)


_FIRST_QUOTE = re.compile(r"(?<![\w])[\"“‘']|[\"”’'](?![\w])")


def continues_quote(sentence: str) -> bool:
    """The sentence is the middle or end of a quotation that began in an earlier sentence:
    its first quotation mark closes a quote (``We know how to look," she said.``)."""
    s = sentence.strip()
    m = _FIRST_QUOTE.search(s)
    if not m or m.start() == 0:
        return False
    before = s[m.start() - 1]
    return s[m.start()] in "\"”’'" and before in ".,!?;:…-—" and not (s[m.start()] in "\"'" and before == " ")


_FUNCTION_POS = {"DET", "PRON", "ADP", "SCONJ", "CCONJ", "ADV", "AUX"}
_CONTENT_POS = {"NOUN", "PROPN", "NUM", "ADV", "ADJ", "PART", "VERB"}


def is_merged(span: "Span") -> bool:
    """Two sentences run together without end punctuation: usually a photo caption glued to the
    next sentence ("... on Friday The club said ...", "... in February 'I am delighted ...").

    Signal: after a content word (no punctuation), a capitalised function word that starts a
    clause (a pronoun, or followed by a lower-case word), or an opening quote mark before a
    capitalised word. Titles ("The Aviator") and names are not flagged.
    """
    toks = list(span)
    for i in range(1, len(toks) - 1):
        t, p, n = toks[i], toks[i - 1], toks[i + 1]
        if p.is_punct or p.is_space or not p.whitespace_ or p.pos_ not in _CONTENT_POS:
            continue
        if (t.text[:1].isupper() and t.text != "I" and t.pos_ in _FUNCTION_POS and not t.ent_type_
                and (t.pos_ == "PRON" or n.text[:1].islower() or n.like_num)):
            return True
        if t.text in ("‘", "“", "'", '"') and not t.whitespace_ and n.text[:1].isupper() and p.pos_ in ("NOUN", "PROPN", "NUM"):
            # a quoted nickname or title ("star 'Mama' June") closes within a few words
            if not any(x.text in ("’", "”", "'", '"') for x in toks[i + 1:i + 6]):
                return True
    return False
