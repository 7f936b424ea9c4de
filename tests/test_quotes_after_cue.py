"""A reporting verb after a closed quote whose own clause reports more speech ("… ?” Lee said
that the law was “…”) starts a new attribution: the quote before it, and the paragraph's run of
quotes it closes, stay with the speaker who opened them. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_a_run_of_quotes_is_not_the_next_reporters_when_his_clause_ends_in_a_quote(quotes_alone):
    found = quotes_alone("Mr Trevan said: \"The rules on fishing are not defined in the act. \"How is the local "
                         "warden supposed to tell the difference?\" Gareth Presk said the law was \"so poorly "
                         "drafted nobody can enforce it\".")
    assert speaker_of(found, "local warden") == "Trevan"
    assert speaker_of(found, "poorly drafted") == "Gareth Presk"


def test_the_middle_of_a_run_stays_with_its_opener(quotes_alone):
    found = quotes_alone("Labour MP Corwin Trevan has criticised the new rules on river fishing.\n\nMr Trevan said: "
                         "\"The rules on fishing are not defined in the act. \"Now the ministry have also invented a "
                         "completely new category of angling. \"How is the local warden who sees a group of people "
                         "with rods supposed to tell the difference?\" Tory MP Gareth Presk, another member of the "
                         "group, said that the law was \"so poorly drafted nobody appears able to define the "
                         "offence\".")
    assert speaker_of(found, "new category") == "Corwin Trevan"
    assert speaker_of(found, "local warden") == "Corwin Trevan"


def test_a_closing_attribution_with_no_clause_of_its_own_still_counts(quotes_alone):
    found = quotes_alone("The minister spoke on Monday. \"We will not back down on this,\" Gareth Presk said.")
    assert speaker_of(found, "back down") == "Gareth Presk"
