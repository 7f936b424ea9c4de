"""Open matters found missing on unseen text: an election given with its place after it ("the primary in Avonia in
two weeks"), a place whose one word names another ("New" of "New Avonia"), and a relative clause the parse hung on
the wrong noun ("the vote count in Westby and New Avonia, which holds a primary on May 3"); an unknown fronted in a
pseudo-cleft ("What remains unclear is whether ...") or stated as no information ("There is no public information
showing whether ..."); a step ahead someone is confident of ("is confident of taking gold"); a call made "on
Wednesday" and a call for something to be done ("called for the embargo to be lifted"); a preview's "A v B (Sat)"
headline; a verdict a named body is to give ("is due to give its verdict").

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import FILLER, article, assert_registered


def test_a_primary_named_with_its_place_after_it_and_a_time_ahead(ask_texts):
    qs = ask_texts(article("Both parties turn their attention to the critical primary in Avonia in two weeks.",
                           "The state is home to large farming towns.", "Turnout was low four years ago."))
    assert "Who will win the primary in Avonia?" in qs, qs
    qs = ask_texts(article("Tom Hale is stumping for every last vote heading into the Republican primary in Avonia on "
                           "Tuesday.", "His rallies drew large crowds in May.", "He has little money left."))
    assert "Will Tom Hale win the Republican primary in Avonia?" in qs, qs


def test_a_primary_in_a_place_with_no_time_ahead_or_in_the_past_is_not_asked(ask_texts):
    qs = ask_texts(article("Tom Hale won the Republican primary in Avonia on Tuesday.", "His rallies drew large crowds.",
                           "He has little money left."))
    assert not any("win" in q and "Avonia" in q for q in qs), qs
    qs = ask_texts(article("Tom Hale lost the primary in Avonia two weeks ago.", "His rallies drew large crowds.",
                           "He has little money left."))
    assert not any("win" in q and "Avonia" in q for q in qs), qs


def test_a_result_in_a_place_sharing_one_word_does_not_settle_the_contest(ask_texts):
    qs = ask_texts(article("Ann Lee is touring Westby before the primary in New Avonia.",
                           "Ann Lee won New Westby last month.", "Her rallies drew large crowds."))
    assert "Will Ann Lee win the primary in New Avonia?" in qs, qs
    qs = ask_texts(article("Ann Lee is touring Westby before the primary in New Avonia.",
                           "In the end Ann Lee won New Avonia easily.", "Her rallies drew large crowds."))
    assert not any("New Avonia?" in q for q in qs), qs


def test_the_place_just_before_which_holds_the_primary(ask_texts):
    qs = ask_texts(article("Ann Lee took Westby on Tuesday, a poll found.",
                           "Officials watch the vote count in Westby and New Avonia, which holds a primary on May 3, "
                           "with unease.", "The race is likely to end in June."))
    assert "Who will win New Avonia's primary?" in qs, qs


def test_an_unknown_fronted_in_a_pseudo_cleft_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "What remains unclear is whether the strike will spread to the docks."))
    assert "Will the strike spread to the docks?" in qs, qs
    qs = ask_texts(article(*FILLER, "What is not clear is why the council delayed the vote on the harbour."))
    assert "Why did the council delay the vote on the harbour?" in qs, qs


def test_a_pseudo_cleft_of_what_is_known_is_not_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "What is clear is that the strike will spread to the docks."))
    assert not any("docks" in q for q in qs), qs


def test_no_information_whether_is_a_stated_unknown(ask_texts):
    qs = ask_texts(article(*FILLER, "There is no public information showing whether the Westby Trust donation complied "
                                    "with campaign finance laws."))
    assert "Did the Westby Trust donation comply with campaign finance laws?" in qs, qs


def test_information_given_is_not_an_unknown(ask_texts):
    qs = ask_texts(article(*FILLER, "The report gives information showing whether the Westby Trust donation complied "
                                    "with campaign finance laws."))
    assert not any("comply" in q for q in qs), qs


def test_the_confident_of_kind_is_registered():
    assert_registered("confident-of")


def test_a_step_ahead_someone_is_confident_of_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "Kay Moss is confident of taking gold at the Avonia Games next month after a fine "
                                    "season in Westby."))
    assert "Will Kay Moss take gold at the Avonia Games next month?" in qs, qs
    qs = ask_texts(article(*FILLER, "Tom Reed is hopeful of keeping his place in the side for Saturday's game against "
                                    "Westby."))
    assert "Will Tom Reed keep his place in the side for Saturday's game against Westby?" in qs, qs


def test_a_confidence_past_denied_first_person_or_settled_is_not_asked(ask_texts):
    for text in ("Westby Rovers were hopeful of finding a buyer for the stadium.",
                 "Tom Reed is not confident of winning the Avonia title.",
                 "\"We are confident of winning the Avonia title,\" said Tom Reed.",
                 "And the Frenchman is optimistic of surpassing his best run at the Westby Open."):
        qs = ask_texts(article(*FILLER, text))
        assert not any(q.startswith("Will") and ("buyer" in q or "title" in q or "surpass" in q) for q in qs), (text, qs)
    qs = ask_texts(article(*FILLER, "Ann Lee is confident of winning the Westby Open.",
                           "In the end Ann Lee won the Westby Open by two seconds."))
    assert "Will Ann Lee win the Westby Open?" not in qs, qs


def test_a_call_made_on_a_day_names_the_one_called_on(ask_texts):
    qs = ask_texts(article(*FILLER, "Tom Reed on Wednesday called on Ann Lee to apologize to Kay Moss for accusing her "
                                    "of lying."))
    assert "Will Ann Lee apologise?" in qs, qs
    qs = ask_texts(article(*FILLER, "Tom Reed on Monday called on the Westby council to scrap the new parking charges."))
    assert "Will the Westby council scrap the new parking charges, as Tom Reed urges?" in qs, qs


def test_a_call_for_something_to_be_done_asks_whether_it_will_be(ask_texts):
    qs = ask_texts(article(*FILLER, "Tom Reed's lawyer has called for the fraud charges against the Westby jockey "
                                    "to be withdrawn."))
    assert "Will the fraud charges against the Westby jockey be withdrawn, as Tom Reed's lawyer urges?" in qs, qs
    qs = ask_texts(article(*FILLER, "Germany and France have repeatedly called for the arms embargo on Avonia to be "
                                    "lifted."))
    assert "Will the arms embargo on Avonia be lifted, as Germany and France urge?" in qs, qs


def test_a_rule_or_a_text_calling_for_something_is_no_one_s_call(ask_texts):
    qs = ask_texts(article(*FILLER, "Westby hospital protocol called for the patient to be taken to a trauma centre."))
    assert not any("taken" in q for q in qs), qs


def test_a_preview_headline_asks_who_wins_when_the_article_is_short_of_questions(ask_texts):
    qs = ask_texts(article("Westby Park, Avonia. Saturday, 26 February. Kick-off 1400 GMT.",
                           "Coach Tom Reed names an unchanged side for the visit of the Kingsford team.",
                           title="Avonia v Kingsford (Sat)"))
    assert "Will Avonia beat Kingsford?" in qs, qs
    qs = ask_texts(article("Westby Park on Saturday hosts the two sides for the third time this year.",
                           "Coach Tom Reed names an unchanged side.", title="Preview: Avonia v Kingsford"))
    assert "Will Avonia beat Kingsford?" in qs, qs


def test_a_headline_pair_with_no_day_ahead_or_a_told_result_is_not_asked(ask_texts):
    qs = ask_texts(article("The two clubs have a long history.", "Coach Tom Reed named an unchanged side.",
                           title="Avonia v Kingsford"))
    assert "Will Avonia beat Kingsford?" not in qs, qs
    qs = ask_texts(article("Westby Park, Saturday.", "Avonia beat Kingsford 3-1 with two late goals.",
                           title="Avonia v Kingsford (Sat)"))
    assert "Will Avonia beat Kingsford?" not in qs, qs


def test_a_decision_a_named_body_is_to_give_is_asked(ask_texts):
    qs = ask_texts(article(*FILLER, "The Avonia athletics tribunal is due to give its verdict on Friday."))
    assert "What will the Avonia athletics tribunal's verdict be?" in qs, qs
    qs = ask_texts(article(*FILLER, "The Westby advisory panel will give its ruling on the drug after hearing evidence "
                                    "for three days."))
    assert "What will the Westby advisory panel's ruling on the drug be?" in qs, qs


def test_a_decision_given_or_not_yet_made_is_not_asked_as_due(ask_texts):
    qs = ask_texts(article(*FILLER, "The Westby tribunal gave its verdict on Monday."))
    assert not any("verdict be?" in q for q in qs), qs
    qs = ask_texts(article(*FILLER, "The Avonia athletics tribunal is due to give its verdict on Friday.",
                           "On Tuesday the tribunal cleared both sprinters."))
    assert not any("verdict be?" in q for q in qs), qs
