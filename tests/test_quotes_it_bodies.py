"""A speaker "it" is the body that speaks, not one a clause speaks of: the subject of a clause another
body reports in the same sentence ("Acme said Reed's opposition would not change its bid") gives the
words to the reporting body; a body named in a passive subject ("the new government was elected
after it pledged") is an antecedent; a report taken up by "it" speaks for its issuer. Every fixture
text is invented."""
from __future__ import annotations

from helpers import speaker_of

TWO_FIRMS = ("Some owners of Avonia Exchange dislike its offer for the Westby market.\n\n"
             "Northgate Capital wants Avonia Exchange to put the offer to a vote. "
             "Avonia Exchange said Northgate's opposition would not alter its plans. \"We remain sure the deal "
             "suits everyone who owns our shares,\" it said. Shares rose 3%.")


def test_it_after_a_body_reporting_anothers_opposition_is_the_reporting_body(quotes_alone):
    assert speaker_of(quotes_alone(TWO_FIRMS), "everyone who owns") == "Avonia Exchange"


def test_it_after_a_passive_government_is_the_government(quotes_alone):
    found = quotes_alone("\"Nobody in Avonia should go hungry,\" Mr Reed said. The new Avonian government, "
                         "led by the Unity Party, was elected in June after it promised schools that were "
                         "\"open to every child\".")
    assert speaker_of(found, "every child") not in (None, "Tom Reed", "Reed")


def test_it_after_a_report_speaks_for_its_issuer(quotes_alone):
    found = quotes_alone("The Westby Housing Trust published a report on damp homes on Monday. The report found "
                         "that one home in five in Avonia had mould. \"Landlords must act before the winter,\" "
                         "it said.")
    assert speaker_of(found, "Landlords must act") == "Westby Housing Trust"


def test_it_citing_its_own_report_resolves_without_looping(extract_text):
    """"In a report, it said …": the report's issuer is the subject of "said", the very "it" that
    cites the report; resolving one through the other once looped until Python's recursion limit
    and lost the article's reported speech."""
    text = ("Westby watchdog warns on broadband\n\nThe Westby Telecoms Authority has counted the lines in use. "
            "In a report, it said two million homes had broadband lines by the end of June. "
            "\"Demand keeps growing,\" said its head, Ann Lee.")
    _, ext = extract_text(text)
    assert any("two million" in r.text for r in ext.reported)
    assert [q.speaker for q in ext.quotes] == ["Ann Lee"]
