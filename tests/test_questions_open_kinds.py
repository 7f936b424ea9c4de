"""Open questions: the open-matter kinds an editor asks for (a trial ahead, an inquiry called for, an appeal
still possible, a vote, an opposed plan, a trial run, money still being raised), and the statements an editor
would not ask back (a claim of merit, a stated sum).

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from generator.extract import questions, quotes
from generator.extract.analysis import analyse
from helpers import article


# --------------------------------------------------------------------------- open matters found

def test_a_trial_ahead_asks_for_the_verdict_on_the_charge(ask_texts):
    qs = ask_texts(article("Tom Hale faces a trial next year on charges of fraud.",
                           "The businessman was arrested at his home in Leeds in May."))
    assert "Will Tom Hale be convicted of fraud?" in qs, qs


def test_a_trial_under_way_or_to_come_asks_for_the_verdict(ask_texts):
    qs = ask_texts(article("Former Avonia Bank boss Tom Reed is currently on trial, accused of hiding debts.",
                           "The bank collapsed in 2002 with debts of $2bn."))
    assert "Will Tom Reed be convicted of hiding debts?" in qs, qs
    qs = ask_texts(article("The bank's founder and former chairman, Tom Reed, is in jail on trial for theft and fraud.",
                           "The bank collapsed in 2002 with debts of $2bn."))
    assert "Will Tom Reed be convicted of theft and fraud?" in qs, qs
    qs = ask_texts(article("Tom Reed is to face trial this month on charges of fraud.",
                           "The bank collapsed in 2002 with debts of $2bn."))
    assert "Will Tom Reed be convicted of fraud?" in qs, qs


def test_two_named_people_facing_trial_are_asked_together(ask_texts):
    qs = ask_texts(article("The Avonia athletics board has banned two sprinters for two years.",
                           "Ann Lee and Tom Reed still have to face trial on charges of fraud."))
    assert "Will Ann Lee and Tom Reed be convicted of fraud?" in qs, qs
    qs = ask_texts(article("The Avonia athletics board has banned two sprinters for two years.",
                           "Ann Lee and Tom Reed still have to face trial on charges of fraud.",
                           "In a separate case, Reed was convicted of theft in 2001."))
    assert not any("convicted of fraud" in q for q in qs), qs
    qs = ask_texts(article("The Avonia athletics board has banned two sprinters for two years.",
                           "The board said the sprinters had missed three tests. Ann Lee, the 100m champion in 2001, and "
                           "Tom Reed have since been charged by the Avonian authorities and await trial."))
    assert "Will Ann Lee and Tom Reed be convicted?" in qs, qs


def test_jailed_before_a_name_does_not_tell_the_verdict(ask_texts):
    qs = ask_texts(article("Jailed tycoon Tom Reed has sold his shares in the Westby Bank.",
                           "Mr Reed is currently on trial for fraud following his arrest in May."))
    assert "Will Tom Reed be convicted of fraud?" in qs, qs


def test_a_trial_whose_verdict_is_told_is_not_asked(ask_texts):
    qs = ask_texts(article("Tom Hale faces a trial next year on charges of fraud.",
                           "In a separate case last year, Hale was convicted of theft."))
    assert not any("convicted" in q for q in qs), qs


def test_an_inquiry_called_for_asks_its_question(ask_texts):
    qs = ask_texts(article("Opposition MPs said there should be a full investigation into whether the harbour minister "
                           "broke the rules.", "The harbour minister was not available for comment on Monday."))
    assert "Did the harbour minister break the rules?" in qs, qs
    qs = ask_texts(article("Residents have called for an inquiry into the sale of the old harbour.",
                           "The harbour was sold to a developer in March."))
    assert "Will there be an inquiry into the sale of the old harbour?" in qs, qs


def test_an_inquiry_already_opened_is_not_called_for(ask_texts):
    qs = ask_texts(article("Residents have called for an inquiry into the sale of the old harbour.",
                           "The council launched an inquiry into the sale on Friday."))
    assert not any(q.startswith("Will there be an inquiry") for q in qs), qs


def test_time_given_to_appeal_asks_whether_the_appeal_comes(ask_texts):
    qs = ask_texts(article("Bill Harper has 28 days to appeal against the decision.",
                           "The ruling was made by a panel of three judges in Leeds."))
    assert "Will Bill Harper appeal against the decision?" in qs, qs


def test_a_vote_ahead(ask_texts):
    qs = ask_texts(article("MPs will vote on the housing bill next week.",
                           "Ministers say the bill will give tenants more rights."))
    assert "How will MPs vote on the housing bill?" in qs, qs


def test_a_plan_someone_opposes_is_asked_to_go_ahead_and_an_unopposed_one_is_not(ask_texts):
    opposed = ask_texts(article("The Acme Group plans to close its Leeds factory next year, but the union says it will "
                                "fight the move.", "The factory opened in 1960."))
    assert "Will the Acme Group go ahead with plans to close its Leeds factory next year?" in opposed, opposed
    plain = ask_texts(article("The Acme Group plans to close its Leeds factory next year.", "The factory opened in 1960."))
    assert "Will the Acme Group go ahead with plans to close its Leeds factory next year?" not in plain, plain
    # (with nothing else to ask, the lead fallback asks the plan's outcome in its short form)
    assert plain == ["Will the Acme Group's plan to close its Leeds factory next year go ahead?"], plain


def test_a_trial_run_asks_whether_it_works_but_a_court_trial_does_not(ask_texts):
    qs = ask_texts(article("Trials of the solar cooker will begin this month in two villages.",
                           "Each family will pay a small fee to rent a cooker."))
    assert "Will the trials of the solar cooker succeed?" in qs, qs
    qs = ask_texts(article("The trial of the two men will begin this month at the crown court.",
                           "Both men deny the charges."))
    assert not any("succeed" in q for q in qs), qs


def test_money_raised_for_a_cause_with_no_total_told(ask_texts):
    qs = ask_texts(article("Ann Lee vowed to wear fancy dress for 40 days to raise money for the Harbour Hospice.",
                           "Lee was treated at the hospice after a crash in 2014."))
    assert "How much money will Ann Lee raise for the Harbour Hospice?" in qs, qs
    qs = ask_texts(article("Ann Lee vowed to wear fancy dress for 40 days to raise money for the Harbour Hospice.",
                           "She has raised £4,000 so far."))
    assert not any(q.startswith("How much money") for q in qs), qs


# --------------------------------------------------------------------------- statements not asked back

def test_a_backers_claim_of_merit_is_not_asked_as_a_forecast(ask_texts):
    qs = ask_texts(article("The minister said the new scheme would help police build safer communities.",
                           "The scheme starts in April in six towns."))
    assert not any("help" in q for q in qs), qs


def test_a_claim_of_merit_that_is_disputed_stays_open(ask_texts):
    qs = ask_texts(article("The minister said the new scheme would help police build safer communities.",
                           "Opposition MPs rejected the claim and said the money would be wasted."))
    assert any("help police build safer communities" in q for q in qs), qs


def test_a_stated_sum_is_not_asked_back(ask_texts):
    qs = ask_texts(article("Organisers hope to raise at least £180,000 from the concert in Leeds.",
                           "All 10,000 tickets sold out within two days."))
    assert not any("180,000" in q for q in qs), qs
    qs = ask_texts(article("The Acme Group will boost its dividend payment by 27%, the company said.",
                           "Its profits rose sharply last year."))
    assert not any("27%" in q for q in qs), qs


def test_merit_and_figure_checks_on_the_parse_of_the_question(nlp):
    assert questions._merit_claim(nlp("Will the move help police build safe communities, as the minister says?"))
    assert not questions._merit_claim(nlp("Will Tom Hale help the police?"))  # a person's act, not a thing's merit
    assert not questions._merit_claim(nlp("Have conditions improved enough?"))
    assert questions._predicate_figure(nlp("Will the move cost the club about £12,000?"))
    assert not questions._predicate_figure(nlp("Would almost 50% of users trust search engines less?"))
    assert not questions._predicate_figure(nlp("Will profits rise 10% next year, as analysts say?"))


def test_a_decision_expected_on_something_named(ask_texts):
    qs = ask_texts(article("A decision on the planning application is expected next month.",
                           "Hundreds of residents have objected to the scheme."))
    assert "What will the decision on the planning application be?" in qs, qs
    qs = ask_texts(article("A decision on the planning application is expected next month.",
                           "Later that week the council rejected the application."))
    assert not any(q.startswith("What will the decision") for q in qs), qs


def test_a_consequence_warned_of(ask_texts):
    qs = ask_texts(article("The union warned of further job losses at the plant.",
                           "The company said the cuts were needed to keep the plant open."))
    assert "Will there be further job losses at the plant, as the union warns?" in qs, qs
    qs = ask_texts(article("The union warned of the dangers of the new machines.", "The plant opened in 1960."))
    assert not any(q.startswith("Will there be the") for q in qs), qs
    qs = ask_texts(article("A charity called Harbour Link is giving away free handsets which come loaded with apps that help "
                           "rough sleepers find hostels, and warn of severe weather.", "The scheme began in May."))
    assert not any("severe weather" in q for q in qs), qs  # what the apps do, nobody's warning


def test_police_still_looking_for_whoever_did_it(ask_texts):
    qs = ask_texts(article("Police are appealing for witnesses to the attack in Harbour Street.",
                           "The victim was taken to hospital with head injuries."))
    assert "Will anyone be arrested over the attack in Harbour Street?" in qs, qs
    qs = ask_texts(article("Police are appealing for witnesses to the attack in Harbour Street.",
                           "A 23-year-old man has been arrested."))
    assert not any("arrested over" in q for q in qs), qs


def test_a_decision_to_take_with_whether_and_an_infinitive(ask_texts):
    qs = ask_texts(article("The regulator is considering whether to fine the bank over the failures.",
                           "The bank has apologised to its customers."))
    assert "Will the regulator fine the bank over the failures?" in qs, qs


def test_someone_undecided_whether_to_act_is_asked_whether_they_will(ask_texts):
    qs = ask_texts(article("Ann Lee is undecided about whether to run in next month's Avonia Indoor Championships "
                           "despite winning the trials on Saturday.", "She won the title in 2003."))
    assert "Will Ann Lee run in next month's Avonia Indoor Championships?" in qs, qs
    # who is undecided, only as the article names them: "the Avonian" is not a name a reader can place
    qs = ask_texts(article("Westby Rovers face Avonia City on Saturday.",
                           "The Avonian admitted he was unsure whether to start the striker."))
    assert not any(q.startswith("Will Avonian") for q in qs), qs


def test_it_remains_to_be_seen_if_asks_the_clause(ask_texts):
    qs = ask_texts(article("Tom Reed was named Westby Rovers manager on Monday.",
                           "It remains to be seen if Tom Reed will keep the club in the first division."))
    assert "Will Tom Reed keep Westby Rovers in the first division?" in qs, qs


def test_talks_resuming_are_a_proceeding_under_way(ask_texts):
    qs = ask_texts(article("Talks between the two sides will resume on Monday.", "The strike has closed the port for a week."))
    assert any(q.startswith("Will talks between the two sides end in an agreement") or
               q.startswith("Will the talks between the two sides end in an agreement") for q in qs), qs


def test_a_company_denying_what_it_did_is_named_for_its_it(ask_texts):
    qs = ask_texts(article("Families of the victims are suing Corvane Motors over the crash.",
                           "The company has denied that it knew about the faulty brakes."))
    assert "Did Corvane Motors know about the faulty brakes?" in qs, qs
    # no company named anywhere: "Did the company know ...?" would be about nobody the reader knows
    qs = ask_texts(article("The company has denied that it knew about the faulty brakes.",
                           "Families of the victims are suing the firm."))
    assert not any("know about the faulty brakes" in q for q in qs), qs


def test_a_decision_a_speaker_says_will_come(ask_texts):
    qs = ask_texts(article("The ferry company said it would decide on the future of the route by the end of the year.",
                           "The route has lost money for three years."))
    assert "What will the ferry company decide on the future of the route?" in qs, qs


def test_what_the_merit_and_figure_checks_leave_alone(nlp):
    # a company's act to come is asked as such; a figure naming a thing ("the 3% limit") is not the amount asked
    assert not questions._merit_claim(nlp("Will Acme offer desktop searching early next year?"))
    assert not questions._predicate_figure(nlp("Will the rules be loosened to allow deficits above the current 3% "
                                               "limit?"))


def test_no_trial_to_come_when_someone_was_unfit_to_stand_trial(ask_texts):
    qs = ask_texts(article("The governor commuted the sentence of Tom Hale because he had been unfit to stand trial.",
                           "Hale died in prison in 2009."))
    assert not any("convicted" in q for q in qs), qs


def test_a_warning_about_something_that_exists_is_no_consequence_to_come(ask_texts):
    qs = ask_texts(article("Security firms are warning of a virus disguising itself as a birthday card.",
                           "The virus spreads by e-mail."))
    assert not any(q.startswith("Will there be a virus") for q in qs), qs


def test_a_dated_plan_is_a_schedule_not_a_candidate(parse_text):
    analysis = analyse(parse_text(article("The Harbour Home is planning to evaluate the scheme next month.",
                                          "The scheme began in January.")))
    cands = questions.candidates(analysis, quotes.extract(analysis)[0])
    assert not any("evaluate" in c.text and c.score > 0 for c in cands), [(c.text, c.score) for c in cands]
    analysis = analyse(parse_text(article("The Harbour Home is planning to evaluate the scheme.",
                                          "The scheme began in January.")))
    cands = questions.candidates(analysis, quotes.extract(analysis)[0])
    assert any("evaluate" in c.text and c.score > 0 for c in cands), [(c.text, c.score) for c in cands]


def test_a_feat_planned_for_a_date_stays_open(parse_text):
    analysis = analyse(parse_text(article("Tom Hale plans to climb the north face next year, 20 years after his "
                                          "father died on it.", "Hale has climbed for 15 years.")))
    cands = questions.candidates(analysis, quotes.extract(analysis)[0])
    assert any("climb the north face" in c.text and c.score > 0 for c in cands), [(c.text, c.score) for c in cands]


def test_a_denied_report_about_the_denier_itself_is_asked(ask_texts):
    qs = ask_texts(article("Corvane Motors has closed two plants in the north this year.",
                           "But the firm denied reports it was pulling out of the market."))
    assert any(q.startswith("Was Corvane Motors pulling out of the market") or
               q.startswith("Is Corvane Motors pulling out of the market") for q in qs), qs
