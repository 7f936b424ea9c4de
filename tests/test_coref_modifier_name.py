"""A name that only modifies a common noun ("the Halloway crowd", "a Westby shirt") is no mention of a
person: never the antecedent of a "he" or "she", so never a speaker through one. The tagger's
person label is set by hand, as it reads such names either way. Every fixture text is invented."""
from __future__ import annotations

from spacy.tokens import Span

from generator.extract.coref import _modifier_name


def _name_in(nlp, text: str, name: str):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    ent = Span(doc, start, start + 1, label="PERSON")
    doc.ents = [ent]
    return doc, doc.ents[0]


def test_a_name_before_a_thing_is_no_person(nlp):
    doc, ent = _name_in(nlp, "Lee also thanked the Halloway crowd for sticking by the side.", "Halloway")
    assert _modifier_name(doc, ent)
    doc, ent = _name_in(nlp, "Reed wore a Westby shirt at the launch.", "Westby")
    assert _modifier_name(doc, ent)


def test_a_name_before_a_person_noun_or_a_verb_is_the_person(nlp):
    # "a Halloway aide": the aide is Halloway's, who stays a person mention
    doc, ent = _name_in(nlp, "A Halloway aide said the plan was dead.", "Halloway")
    assert not _modifier_name(doc, ent)
    # no article before it: a subject, not a modifier
    doc, ent = _name_in(nlp, "Halloway thanked the crowd for sticking by the side.", "Halloway")
    assert not _modifier_name(doc, ent)
