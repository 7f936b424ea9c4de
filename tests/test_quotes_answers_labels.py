"""Cues of an exchange and of a label: "…,” Lee answered" and "…,” she went on" attribute the
quote before them (a question before "He answered, “…”" is not his); a description's participle
("Lee, a retired nurse, said") is no clause of its own; a verbless name before a colon labels the
quote after it ("Some headline words - Tom Reed: “…”"); a signature line names its person, not the
place after the comma. People speak, not the signs they hold or the event they are part of; a name
opening its sentence before a comma clause is its subject for a later "he"; "“…,” the editorial
read" is the editorial's though the tagger makes "editorial read" a noun. Every fixture text is
invented."""
from __future__ import annotations

from helpers import speaker_of


def test_answered_after_the_quote_attributes_it(quotes_alone):
    found = quotes_alone("Tom Reed wanted to know about the bridge.\n\n"
                         "“Let me put it plainly,” Ann Lee answered. “We will find a fair way to pay for it.”")
    assert speaker_of(found, "put it plainly") == "Ann Lee"
    assert speaker_of(found, "fair way") == "Ann Lee"


def test_a_question_before_an_answer_cue_with_its_own_quote_is_not_the_answerers(quotes_alone):
    found = quotes_alone("Ann Lee was asked, “Would you have warned the council about the flood?” "
                         "She answered, “I cannot say. We go back a long way.”")
    assert speaker_of(found, "warned the council") != "Ann Lee"
    assert speaker_of(found, "long way") == "Ann Lee"


def test_went_on_after_the_quote_is_its_cue(quotes_alone):
    found = quotes_alone("Ann Lee spoke to the Westby Courier on Monday, and then to the radio.\n\n"
                         "“The rail plan would scrap the night buses, and that worries me a great deal,” she went on.")
    q = next(q for q in found if "night buses" in q.text)
    assert q.speaker == "Ann Lee" and q.cue == "went"


def test_a_participle_in_the_speakers_description_does_not_end_the_cue(quotes_alone):
    found = quotes_alone("Two volunteers sat by the phones.\n\n"
                         "\"This is the Westby campaign phoning. Do you have a minute?\" Ann Lee, a retired nurse "
                         "from the harbour, said into the phone.")
    assert speaker_of(found, "Westby campaign") == "Ann Lee"


def test_a_verbless_name_label_after_a_headline_dash(quotes_alone):
    found = quotes_alone("Turnout held up in the suburbs - Tom Reed: “Commuter towns voted in bigger numbers than "
                         "any survey expected this spring.”")
    assert speaker_of(found, "Commuter towns") == "Tom Reed"


def test_a_signature_line_names_the_person_before_the_comma(quotes_alone):
    found = quotes_alone("Voices from the hall.\n\n"
                         "\"Nobody in this town trusts the council to mend the roads any more.\"\n\n"
                         "- Ann Lee, Westby.")
    assert speaker_of(found, "mend the roads") == "Ann Lee"


def test_the_people_not_the_signs_they_carry_chant(quotes_alone):
    found = quotes_alone("Carrying signs calling Reed “a toll thief,” the protesters chanted “Free the bridge, free "
                         "the town.”")
    assert speaker_of(found, "toll thief") == "the protesters"
    assert speaker_of(found, "Free the bridge") == "the protesters"


def test_a_participle_of_saying_after_a_clause_of_people_is_theirs_not_the_things(quotes_alone):
    found = quotes_alone("The opening clash came during a rally at the Westby Corn Exchange, when Reed supporters "
                         "broke into her remarks, shouting “no tolls, no votes, no deal!”")
    assert speaker_of(found, "no votes") == "Reed supporters"


def test_a_name_opening_its_sentence_before_a_comma_clause_is_its_subject_for_he(quotes_alone):
    found = quotes_alone("Sam Hale likes to use such doubts to his benefit and calls them proof of bias.\n\n"
                         "Tom Reed, when quizzed about his own slips, often stone-walls the reporters, talking on and "
                         "never conceding a point.\n\nFor instance: \"We got into the deal far too early,\" he told "
                         "the Westby Courier in May.")
    assert speaker_of(found, "far too early") == "Tom Reed"


def test_a_document_read_after_the_quote_is_its_source_though_tagged_a_noun(quotes_alone):
    found = quotes_alone("The Westby Courier turned on the mayor in its Sunday editorial.\n\n"
                         "“If Ann Lee wants a second term, she should start by fixing the harbour wall,” the editorial "
                         "read.")
    q = next(q for q in found if "harbour wall" in q.text)
    assert q.speaker == "editorial" and q.cue == "read"
