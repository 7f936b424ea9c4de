"""Curly apostrophes inside words ("It’s", "don’t", "O’Hara") are analysed as the straight ones the model learnt
from, while every token keeps the article's own spelling; hard spaces between words are plain spaces to the model.

Every fixture text below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article

CURLY = ("It’s not clear whether the Westby council won’t approve Dan O’Hara’s bridge, and they’re sure he’d "
         "fight on: ‘a test’ of the Avonia board’s nerve, as the Ruizes’ lawyer put it.")


def _doc(parse_text, text):
    parsed = parse_text(article(text))
    return parsed.paragraphs[-1].doc


def test_curly_text_gets_the_analysis_of_straight_text(parse_text):
    curly = _doc(parse_text, CURLY)
    straight = _doc(parse_text, CURLY.replace("’s", "'s").replace("’t", "'t").replace("’r", "'r")
                    .replace("’d", "'d").replace("O’", "O'"))
    assert [t.tag_ for t in curly] == [t.tag_ for t in straight]
    assert [(t.dep_, t.head.i) for t in curly] == [(t.dep_, t.head.i) for t in straight]
    assert [(e.start, e.end, e.label_) for e in curly.ents] == [(e.start, e.end, e.label_) for e in straight.ents]
    assert [t.lemma_.replace("’", "'") for t in curly] == [t.lemma_.replace("’", "'") for t in straight]
    lemmas = [(t.text, t.lemma_) for t in curly if "’" in t.text]
    assert lemmas[:3] == [("’s", "be"), ("n’t", "not"), ("O’Hara", "O’Hara")], lemmas  # "It’s not clear": the copula
    assert ("’re", "be") in lemmas


def test_every_token_keeps_the_article_s_spelling(parse_text):
    doc = _doc(parse_text, CURLY)
    assert doc.text == CURLY
    assert any(t.text == "O’Hara" for t in doc), [t.text for t in doc]
    # quotation marks and a plural possessive's apostrophe are left as written
    assert doc.text.count("‘") == 1 and "Ruizes’ lawyer" in doc.text


def test_straight_text_is_analysed_as_before(parse_text, nlp):
    text = "It's not clear whether the Westby council will approve the bridge."
    doc = _doc(parse_text, text)
    alone = nlp(text)
    assert [(t.text, t.tag_, t.dep_, t.head.i) for t in doc] == [(t.text, t.tag_, t.dep_, t.head.i) for t in alone]


HARD = "Shares in Westby\u00a0Motors rose 5\u202fper cent after Ann\u00a0Lee said: \"We will cut 300\u00a0jobs.\""


def test_hard_spaces_are_plain_spaces_to_the_model(parse_text):
    hard = _doc(parse_text, HARD)
    plain = _doc(parse_text, HARD.replace("\u00a0", " ").replace("\u202f", " "))
    assert [(t.text, t.tag_, t.dep_, t.head.i) for t in hard] == [(t.text, t.tag_, t.dep_, t.head.i) for t in plain]
    assert [(e.text, e.label_) for e in hard.ents] == [(e.text, e.label_) for e in plain.ents]
    assert ("Westby Motors", "ORG") in [(e.text, e.label_) for e in hard.ents]
    assert len(hard.text) == len(HARD)  # the same length: every offset into the article holds


def test_a_quote_keeps_its_hard_spaces(extract_text):
    parsed, extraction = extract_text(article(HARD))
    assert [q.text for q in extraction.quotes] == ["We will cut 300\u00a0jobs."]


def test_hard_spaces_of_layout_stay():
    from generator.nlp import _analysable

    layout = "“We will win.”\u00a0― Ann\u00a0Lee\u00a0\n“We will not.” ―\u00a0Tom Reed"
    assert _analysable(layout) == layout.replace("Ann\u00a0Lee", "Ann Lee")
