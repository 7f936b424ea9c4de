"""A name or term a naming verb gives a thing is no one's words: "a phenomenon called “knocking”",
"a robot dubbed “Rexy”" (the participle tagged VBD or VBN alike). A characterisation is the
speaker's words and stays a quote: "Ann Lee called the plan “a disgrace”"; in the passive "he was called
“…” by Ann Lee" the agent speaks, even when the parser hangs the "by" off the quoted words, and never
the one named, nor the subject of a clause before; a quote that is the passive's subject ("the so
called “…” was called by X") is no words of the agent. Every fixture text is invented."""
from __future__ import annotations

import pytest


def _found(extract_text, body: str) -> dict[str, str | None]:
    _, extraction = extract_text(f"A Headline For The Test\n\nMinisters met on Monday to discuss the plans."
                                 f"\n\n{body}\n")
    return {q.text: q.speaker for q in extraction.quotes}


@pytest.mark.parametrize("body", [
    "Engineers say the fuel made engines run unevenly, a phenomenon called 'knocking', which harmed them.",
    "Westby has built a small robot dubbed \"Rexy the helper\" for its hospitals.",
    "Westby launched a campaign branded \"Clean Streets Now\" last year.",
    "He worked for a firm called \"Westby Logistics Partners\" until 2010.",
])
def test_a_name_given_to_a_thing_is_not_a_quote(extract_text, body):
    assert _found(extract_text, body) == {}


@pytest.mark.parametrize("body, words", [
    ("Ann Lee called the plan \"a total disgrace\" on Monday.", "a total disgrace"),
    ("The mayor, Ann Lee, said the city would fight back, calling the ruling \"a grave mistake for Westby\".",
     "a grave mistake"),
    ("Tom Reed was called \"the fifth member of the band\" by its manager Ann Lee.", "fifth member"),
])
def test_a_characterisation_is_the_speakers_words(extract_text, body, words):
    found = _found(extract_text, body)
    speaker = next(s for t, s in found.items() if words in t)
    assert speaker == "Ann Lee"


def test_the_agent_of_a_passive_naming_verb_speaks_not_the_clause_before(extract_text):
    found = _found(extract_text, "Tom Reed's warm turn pulled young and old viewers into "
                   "Mark Dunn's bright world, and he was called the \"sixth member of the gang\" by the film's "
                   "director Ann Lee.")
    assert found == {"sixth member of the gang": "Ann Lee"}
    found = _found(extract_text, "The show pulled young and old viewers into Westby's bright world, and its star "
                   "was called the \"sixth member of the gang\" by the film's director Ann Lee.")
    assert found == {"sixth member of the gang": "Ann Lee"}


def test_a_quote_that_is_the_passive_subject_is_not_the_agents(extract_text):
    found = _found(extract_text, "Westby voted again on a plan led by the party. The so called \"Harbour "
                   "Initiative\" was called by the party to force the council to act.")
    assert "Harbour Initiative" not in found


def test_a_quote_in_a_phrase_of_a_passive_is_not_the_agents(extract_text):
    found = _found(extract_text, "Tom Reed brushed off the loans, calling it a \"clerical slip\" that was reported "
                   "in a \"smear job\" by the Westby Gazette.")
    assert found.get("smear job") != "Westby Gazette"


@pytest.mark.parametrize("body, words", [
    ("Such blogs have flourished. It has been called \"open street news\" and it is spreading fast.", "open street news"),
    ("The prize, now in its tenth year, is billed as \"the biggest poetry award in Avonia\".", "biggest poetry award"),
    ("The deal will set up what are called \"free craft zones\" in Westby.", "free craft zones"),
])
def test_a_passive_naming_with_no_agent_is_a_label(extract_text, body, words):
    # no one is said to call it so: a label, not anyone's words
    assert not any(words in t for t in _found(extract_text, body))


def test_the_thing_a_passive_naming_clause_describes_is_no_speaker(extract_text):
    found = _found(extract_text, "Avonia Rail, which has been called \"the slowest railway in the land\", will run "
                   "the trains from June.")
    assert all(s != "Avonia Rail" for t, s in found.items() if "slowest railway" in t)


@pytest.mark.parametrize("body, words, speaker", [
    ("The scheme has been described as \"a costly and reckless gamble\" by Ann Lee.", "reckless gamble", "Ann Lee"),
    ("It has been called \"a bold and costly gamble\" and it will take ten years, Ann Lee said.", "costly gamble",
     "Ann Lee"),
])
def test_a_passive_naming_with_a_speaker_stays_a_quote(extract_text, body, words, speaker):
    found = _found(extract_text, body)
    assert next(s for t, s in found.items() if words in t) == speaker
