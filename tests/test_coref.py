"""The article's one resolver of mentions (generator/extract/coref.py), through the stages that
read it: quote speakers and the people questions name.

Every fixture text here is written for these tests (no third-party article text).
"""

from __future__ import annotations

from generator.extract import quotes as quotes_stage
from generator.extract import actors as actors_stage
from generator.extract.analysis import analyse


def _analysed(parse_text, body: str):
    parsed = parse_text(f"A Headline For The Test\n\n{body}\n")
    analysis = analyse(parsed)
    analysis.set_referents(actors_stage.extract(analysis))
    return parsed, analysis


def _speaker(found, words: str) -> str | None:
    return next(q for q in found if words in q.text).speaker


def _quote_speaker(parse_text, body: str, words: str) -> str | None:
    """The speaker the quote stage gives the quote holding ``words`` in an article of ``body``."""
    _, analysis = _analysed(parse_text, body)
    found, _ = quotes_stage.extract(analysis)
    return _speaker(found, words)


def test_a_shared_surname_goes_to_the_person_of_the_pronouns_gender(parse_text):
    body = ("Senator Thomas Whitcombe spoke in Ohio in July.\n\n"
            "Businessman Victor Haldane ran an advert that attacked his wife, Helen Whitcombe.\n\n"
            "Delegates asked how Whitcombe could break his pledge to the party.\n\n"
            "“The day that happened was the day this became personal for me,” he said.")
    assert _quote_speaker(parse_text, body, "became personal") == "Thomas Whitcombe"


def test_a_pronoun_inside_a_quote_can_stand_for_a_person_named_in_it(parse_text):
    parsed, analysis = _analysed(parse_text,
                                 "Governor Ruth Calloway faces a hard race against Mark Denholm.\n\n"
                                 "“Calloway will win if Arnold Pike stays popular. And she will lose if he "
                                 "becomes unpopular,” said Dana Ellery, a historian.")
    text = parsed.article.text
    pos = text.index("he becomes")
    coref = analysis.coref
    inside = coref.antecedent_mention(pos, coref.para_at(pos), ("PERSON",), gender="m", quoted=True)
    outside = coref.antecedent_mention(pos, coref.para_at(pos), ("PERSON",), gender="m", quoted=False)
    assert inside is not None and inside.name == "Arnold Pike"
    assert outside is None or outside.name != "Arnold Pike"  # outside quotes, quoted names are no antecedents


def test_the_subject_earlier_in_the_pronouns_own_sentence_comes_first(parse_text):
    parsed, analysis = _analysed(parse_text,
                                 "Rep. Walter Brennan is not a household name in the state.\n\n"
                                 "“He has not shown an ambition for higher office,” said Irene Castell, a political "
                                 "scientist.\n\n"
                                 "But voters told reporters that Brennan was ready and that he would run.")
    text = parsed.article.text
    pos = text.index("he would run")
    coref = analysis.coref
    found = coref.antecedent(pos, coref.para_at(pos), ("PERSON",), gender="m")
    assert found == "Walter Brennan"


def test_questions_name_the_person_a_pronoun_stands_for(parse_text):
    from generator.extract import questions as questions_stage

    parsed, analysis = _analysed(parse_text,
                                 "Coach Daniel Morrow named his squad on Monday.\n\n"
                                 "Winger Samuel Okafor is carrying a shoulder injury, and the team doctors expect "
                                 "he will need time on the sidelines.")
    found_quotes, _ = quotes_stage.extract(analysis)
    asked = [q.text for q in questions_stage.extract(analysis, found_quotes)]
    assert not any("Daniel Morrow" in q or "Morrow require" in q for q in asked)
    assert any("Samuel Okafor" in q for q in asked), asked


def test_a_nationality_description_names_the_person_spoken_of_not_a_country(parse_text):
    body = ("Tennis champion Laura Kessler has criticised the club over prize money.\n\n"
            "Reacting to a remark by club chairman Tim Hale, the American said: \"I find it "
            "deeply insulting if the winners' cheques are cut for the players.\"")
    assert _quote_speaker(parse_text, body, "deeply insulting") == "Laura Kessler"


def test_an_age_description_names_the_person(parse_text):
    body = ("Veteran coach Declan Lowry arrived at the training ground on Monday.\n\n"
            "\"This is not going to happen overnight, but we are going the right way,\" said "
            "the 52-year-old.")
    assert _quote_speaker(parse_text, body, "happen overnight") == "Declan Lowry"


def test_a_speakers_she_said_is_the_main_speaker_not_the_woman_she_spoke_about(parse_text):
    body = ("The family's lawyer, Margaret Doyle, spoke to reporters outside the court.\n\n"
            "Doyle said that Emily Carter is \"recovering very well\" after the operation. She said: "
            "\"You can see pictures of a sick child and think the worst, but that is not the case.\"")
    assert _quote_speaker(parse_text, body, "sick child") == "Margaret Doyle"


def test_an_unnamed_spokesman_keeps_his_description_not_the_body_he_speaks_for(extract_text):
    _, extraction = extract_text("Club Rejects Offer\n\nThe board of Harbour City FC rejected a new offer on Monday. "
                                 "A spokesman for the Harbour Supporters Trust said: \"We cannot see any difference "
                                 "from the previous proposal.\" The board will meet again next week.\n")
    quote = next(q for q in extraction.quotes if "cannot see any difference" in q.text)
    assert quote.speaker is not None and quote.speaker.lower().startswith("a spokesman for")


def test_a_name_before_a_who_aside_is_the_subject_of_the_verb_after_it(parse_text):
    parsed, analysis = _analysed(parse_text,
                                 "Cyclist Clara Whitmore and her coach, Peter Dunning, opened a charity shop in May.\n\n"
                                 "After the crash, Clara, who had left university to train full time, was dropped by "
                                 "her sponsors.")
    text = parsed.article.text
    pos = text.index("was dropped")
    coref = analysis.coref
    clara = next(m for m in coref.mentions if m.pos == text.index("Clara, who"))
    assert clara.subject
    assert coref.antecedent(pos + 1, coref.para_at(pos), ("PERSON",), gender="f") == "Clara Whitmore"


def test_a_caption_glued_onto_a_key_persons_first_name_still_names_her(parse_text):
    body = ("Cyclist Clara Whitmore, 26, gave up ordinary clothes for a month to raise money for "
            "the hospital that saved her life. Clara was badly hurt in a crash in 2012.\n\n"
            "Clara and her friend Ruth Ellery wore costumes every day, here Ruth is dressed as Peter "
            "Pan Clara said that the pair had many different reactions. 'It was the best month of "
            "my life,' she said.")
    assert _quote_speaker(parse_text, body, "best month") == "Clara Whitmore"


def test_a_role_description_names_the_main_speaker_not_the_person_she_spoke_about(parse_text):
    body = ("Squad member Carla Jennings said the team would understand if Nora Whitfield pulled out "
            "of the race. \"It would be great to have her with us,\" said the European champion.")
    assert _quote_speaker(parse_text, body, "great to have her") == "Carla Jennings"


def _org_span(parse_text, body: str, words: str):
    """The block holding ``words`` and that stretch of it as an entity typed ORG (as the tagger may)."""
    from spacy.tokens import Span

    parsed, analysis = _analysed(parse_text, body)
    for b in analysis.blocks:
        k = b.text.find(words)
        if k >= 0:
            span = b.doc.char_span(k, k + len(words))
            return analysis.coref, b, Span(b.doc, span.start, span.end, label="ORG")
    raise AssertionError(words)


def test_a_full_name_after_a_role_word_or_possessive_is_a_person_even_when_tagged_org(parse_text):
    coref, b, ent = _org_span(parse_text, "Opposition finance chief Nigel Pembury warned of cuts.", "Nigel Pembury")
    assert coref.label_of(b, ent) == "PERSON" and coref.person_in_org(b, ent) == "Nigel Pembury"
    coref, b, ent = _org_span(parse_text, "The Rowing Federation's Ivo Strand rejected the claim.", "Ivo Strand")
    assert coref.label_of(b, ent) == "PERSON"
    coref, b, ent = _org_span(parse_text, "For the Green Alliance David Orwin said no.", "Green Alliance David Orwin")
    assert coref.person_in_org(b, ent) == "David Orwin"  # a given name opens the name at the end


def test_an_organisation_with_no_name_in_it_stays_an_organisation(parse_text):
    coref, b, ent = _org_span(parse_text, "Officials at the Harbour Water Board rejected the claim.",
                              "Harbour Water Board")
    assert coref.label_of(b, ent) == "ORG" and coref.person_in_org(b, ent) is None
    coref, b, ent = _org_span(parse_text, "Analysts at the bank's Northgate Office agreed.", "Northgate Office")
    assert coref.label_of(b, ent) == "ORG"


def test_a_titled_role_before_a_name_in_apposition_gives_the_name(parse_text):
    body = ("Ministers set out new plans for rail fares on Monday.\n\n"
            "The Shadow Secretary of State for the Railways, Theresa Calloway, said: \"These plans were "
            "announced last year and are now being sold again.\"")
    assert _quote_speaker(parse_text, body, "sold again") == "Theresa Calloway"


def test_a_pronoun_is_not_the_person_it_speaks_to(parse_text):
    body = ("Host Marcus Delaney interviewed candidate Peter Oakes in Denver on Friday.\n\n"
            "Delaney asked Oakes how much the new bridge would cost.\n\n"
            "\"I think it could be done for less than people fear,\" he told Delaney.")
    assert _quote_speaker(parse_text, body, "less than people fear") == "Peter Oakes"


def test_a_surname_taken_for_a_common_noun_is_still_the_subject(parse_text):
    parsed, analysis = _analysed(parse_text,
                                 "Campaign aide Brian Mallon defended the senator online, and the "
                                 "strategist Tom Axford mocked him for it.\n\n"
                                 "Mallon fired back: \"You know the record as well as anyone,\" he wrote.")
    text = parsed.article.text
    pos = text.index("he wrote")
    coref = analysis.coref
    assert coref.antecedent(pos, coref.para_at(pos), ("PERSON",), gender="m", main_first=True) == "Brian Mallon"


def test_a_name_before_a_when_aside_is_the_subject_of_the_verb_after_it(nlp):
    from generator.extract.coref import _before_relative

    doc = nlp("Crane, when asked about his own errors, often talks straight through the question.")
    assert _before_relative(doc[0])
    doc = nlp("Crane, when asked about his own errors, a question he often dodges.")
    assert not _before_relative(doc[0])


def test_a_role_word_tagged_as_a_name_is_a_description_not_the_place_it_represents(extract_text):
    _, extraction = extract_text("Ferry Bill Questioned\n\nFormer transport minister Douglas Penrose said the Bill "
                                 "was \"a costly distraction\". But the Tory MP for Eastwick and North Wexcombe "
                                 "admitted the old ferry rules \"cannot be kept as they are forever\".\n")
    quote = next(q for q in extraction.quotes if "kept as they are" in q.text)
    assert quote.speaker == "Douglas Penrose"


def test_it_is_not_the_country_that_describes_a_person(parse_text):
    parsed, analysis = _analysed(parse_text,
                                 "Harbour City Rovers said on Monday that it had received an offer from "
                                 "businessman Carl Brandt.\n\n"
                                 "The US tycoon, who has courted the club for a year, has sent the board "
                                 "new proposals, it has confirmed.")
    text = parsed.article.text
    pos = text.index("it has confirmed")
    coref = analysis.coref
    found = coref.antecedent(pos, coref.para_at(pos), ("ORG", "NORP", "GPE"), subject_only=True)
    assert found is not None and "Rovers" in found


def test_a_role_a_body_possesses_speaks_for_the_person_not_the_body(parse_text):
    body = ("Rosa Ibarra runs the Northfield rowing club.\n\n"
            "“We will need a new boathouse before the winter comes,” added the club’s coach.")
    parsed, analysis = _analysed(parse_text, body)
    found, _ = quotes_stage.extract(analysis)
    q = next(q for q in found if "boathouse" in q.text)
    assert q.speaker == "Rosa Ibarra"
    assert "club" not in parsed.article.text[q.speaker_start:q.speaker_end]


def test_a_clause_the_tagger_glued_into_one_name_resolves_to_its_speaker(parse_text):
    from spacy.tokens import Span

    parsed = parse_text("A Headline For The Test\n\nLuke Fry runs the island football club.\n\n"
                        "“Nobody listens to the islanders any more,” Fry told Radio Harbour.\n")
    doc = next(pp.doc for pp in parsed.paragraphs if "Radio" in pp.doc.text)
    first = next(t.i for t in doc if t.text == "Fry")
    doc.ents = [Span(doc, first, first + 4, label="WORK_OF_ART")]  # as the tagger sometimes reads it
    analysis = analyse(parsed)
    analysis.set_referents(actors_stage.extract(analysis))
    found, _ = quotes_stage.extract(analysis)
    q = next(q for q in found if "islanders" in q.text)
    assert q.speaker == "Luke Fry"
    assert parsed.article.text[q.speaker_start:q.speaker_end] == "Fry"


def test_a_name_closing_a_role_subject_is_the_subject_for_later_pronouns(parse_text):
    body = ("Education minister Carl Benning opened the new sports hall on Monday.\n\n"
            "Shadow spokesman for sport Tom Hartley said the hall would stand empty. "
            "He said the plan favoured “a handful of private clubs over the schools”.")
    assert _quote_speaker(parse_text, body, "handful") == "Tom Hartley"


def test_a_rarer_given_name_still_tells_the_persons_gender(parse_text):
    body = ("Tom Reed opened the hearing on Monday.\n\n"
            "The chair, Rosalind Ashcombe, rejected the motion.\n\n"
            "“We will not take this lying down,” he said.")
    assert _quote_speaker(parse_text, body, "lying down") == "Tom Reed"


def test_the_articles_own_pronouns_tell_a_persons_gender(parse_text):
    body = ("Tom Reed spoke first at the inquiry on Monday.\n\n"
            "Zorya Kavanagh then told the committee that she had warned the council twice.\n\n"
            "“Nobody listened to a word of it,” he said.")
    assert _quote_speaker(parse_text, body, "Nobody listened") == "Tom Reed"


def test_a_surname_the_tagger_takes_for_a_plural_noun_is_still_the_subject(parse_text):
    # "Rivers responds ...": a capitalised surname tagged as a plural common noun still opens a
    # subject mention, so the "he" after it is Rivers, not the man who spoke before
    body = ("Ben Rivers and Tom Hale debated the depot plan on Monday. Hale said the plan was sound.\n\n"
            "Rivers responds that he does not need new rules from the council.\n\n"
            "He says, “They are just too big and too slow for a town like this.”")
    assert _quote_speaker(parse_text, body, "too slow") == "Ben Rivers"


def test_the_report_speaks_for_the_body_the_article_says_issued_it(parse_text):
    published = ("The Harbour Institute published a report on Monday about the coastal towns.\n\n"
                 "The report said the towns faced “a decade of decline unless the ferries return.”")
    assert _quote_speaker(parse_text, published, "decade of decline") == "Harbour Institute"
    signed = ("The letter, signed by the Harbour Trust, was sent to the council on Monday. “We cannot accept "
              "any further delay to the works,” the letter said.")
    assert _quote_speaker(parse_text, signed, "further delay") == "Harbour Trust"


def test_a_letter_to_someone_is_the_writers_not_the_addressees(parse_text):
    body = ("In a letter to Tom Reed, Ann Lee said the budget was short. "
            "The letter warned of “deep cuts to every school in the county.”")
    assert _quote_speaker(parse_text, body, "deep cuts") == "Ann Lee"


def test_a_report_whose_issuer_the_article_does_not_give_names_no_one(parse_text):
    # an earlier report by someone, then "a report" that names nobody: "the report" is the second
    body = ("The Harbour Institute published a report on the ferries last year.\n\n"
            "A report on the coastal towns came out on Monday. "
            "The report said the towns faced “a decade of decline unless the ferries return.”")
    speaker = _quote_speaker(parse_text, body, "decade of decline")
    assert speaker is not None and "Institute" not in speaker and "report" in speaker.lower()


def test_a_subject_of_a_while_clause_is_no_reported_subject(parse_text):
    # "Reed held a rally while Lee hosted a dinner, during which she ...": Lee acts in her own right;
    # only the subject of a clause another verb reports ("Reed said that Lee ...") gives way to the speaker
    from generator.extract.coref import _reported_clause

    _, analysis = _analysed(parse_text, "Reed held a rally on Saturday while Ann Lee hosted a dinner on Monday.\n\n"
                                        "Reed said that Ann Lee hosted a dinner on Monday.")
    lees = [t for b in analysis.blocks if b.para >= 0 for t in b.doc if t.text == "Lee"]
    assert [_reported_clause(t) for t in lees] == [False, True]


def test_a_letter_speaks_for_the_body_the_article_says_wrote_it(parse_text):
    # the issuer is the subject of the act of writing, not named in the letter's own phrase
    body = ("Harbour City have written to supporters to apologise for the late kick-offs.\n\n"
            "The letter said: “We let our fans down this season and we are sorry.”")
    assert _quote_speaker(parse_text, body, "let our fans") == "Harbour City"


def test_a_letter_never_speaks_for_a_body_that_only_describes_its_writer(parse_text):
    # "The Northern League champions have written …": a side the league describes, not the league
    body = ("The Northern League champions have written to 450 fans who accepted their offer of free transport.\n\n"
            "The coaches set off too late and supporters missed the first half.\n\n"
            "The letter said: “We would like to apologise for the late arrival of the buses.”")
    assert _quote_speaker(parse_text, body, "apologise for the late") not in ("Northern League", "the Northern League")


def test_a_statement_speaks_for_the_body_named_in_an_earlier_mention_of_it(parse_text):
    body = ("The Northshire Athletics Federation will appeal against the ruling. A Federation statement said: "
            "“The ruling is wrong.” The statement continued: “Both cases will now go to arbitration.”")
    assert "Federation" in (_quote_speaker(parse_text, body, "Both cases") or "")


def test_a_statement_speaks_for_the_body_described_as_issuing_it(parse_text):
    body = ("Acme Foods has rejected the offer. “The bid undervalues the company badly,” the firm said in a "
            "statement.\n\n“The board will not meet the bidder again,” the statement said.")
    assert _quote_speaker(parse_text, body, "will not meet") == _quote_speaker(parse_text, body, "undervalues")


def test_a_document_speaks_for_whoever_made_its_remarks_or_had_it_issued(parse_text):
    made = ("Acme Foods made the remarks in a letter sent on Monday. “We will not sell the mill,” the letter said.")
    assert _quote_speaker(parse_text, made, "not sell") == "Acme Foods"
    behalf = ("“There is no single port authority in the region,” a statement issued on behalf of Ann Lee, the "
              "harbour commissioner, said.")
    assert _quote_speaker(parse_text, behalf, "single port") == "Ann Lee"


def test_the_agent_of_a_passive_is_a_subject_for_a_later_he(parse_text):
    body = ("Greyhaven Age Trust published a survey of older voters on Monday. Its director, Dennis Pellow, "
            "said the parties had ignored pensioners.\n\n"
            "The survey was welcomed by shadow pensions secretary Rupert Calder. "
            "“Older voters will decide the next election,” he said.")
    assert _quote_speaker(parse_text, body, "decide the next election") == "Rupert Calder"


def test_the_one_who_asks_in_an_adverbial_clause_is_not_the_subject(parse_text):
    body = ("Dennis Pellow appeared in court in Larkspur on Monday.\n\n"
            "After a break, Pellow was brought back into the courtroom. "
            "When asked by Judge Owen Fenwick whether he wanted a lawyer, his answer was calm. “Yes, sir,” he said.")
    assert _quote_speaker(parse_text, body, "Yes, sir") == "Dennis Pellow"


def test_a_spokesman_described_in_subject_position_is_the_next_he(parse_text):
    body = ("Opposition leader Rupert Calder accused the minister of wasting money on the bridge.\n\n"
            "A Harbour Party spokesman denied the claim on Tuesday. "
            "He said: “Nothing improper happened at any point in the process.”")
    assert _quote_speaker(parse_text, body, "Nothing improper") == "A Harbour Party spokesman"


def test_a_definite_description_stands_for_the_person_it_describes(parse_text):
    body = ("Rupert Calder has resigned as a partner in a law firm after criticism of his two jobs.\n\n"
            "The Harbour Party leader had insisted that Desmond Dunmore had never swayed him. "
            "But on Monday he said: “I have handed in my notice with immediate effect.”")
    assert _quote_speaker(parse_text, body, "handed in my notice") == "Rupert Calder"


def test_an_indefinite_description_without_gender_is_no_antecedent(parse_text):
    body = ("Ruth Okafor lost her libel case against the club last year.\n\n"
            "Last month a judge ruled that the club had misled the court. "
            "“I just wish I had never got involved with them,” she said after the hearing.")
    assert _quote_speaker(parse_text, body, "never got involved") == "Ruth Okafor"


def test_they_can_stand_for_people_named_by_what_they_are(parse_text):
    body = ("A new species of frog was found in the hills above Larkspur.\n\n"
            "However, the researchers, who included Ruth Okafor of Tolland University, warned that the frog "
            "was under threat. They said: “The frog is threatened by logging and by new dams.”")
    assert _quote_speaker(parse_text, body, "threatened by logging") == "the researchers"


def test_he_can_stand_for_the_one_person_named_as_an_object_just_before(parse_text):
    body = ("A fire destroyed the old mill in Larkspur and Rupert Calder was hurt in it.\n\n"
            "Ruth Okafor, the mayor, met the firefighter Dennis Pellow at the scene. She asked him about the cause. "
            "“We think it started in the kitchen, but it is too early to say.”")
    assert _quote_speaker(parse_text, body, "started in the kitchen") == "Dennis Pellow"


def test_he_after_a_quote_opening_a_paragraph_can_be_the_one_object_of_the_paragraph_before(parse_text):
    body = ("Senator Rupert Calder spoke in Larkspur on Monday and praised the new mill.\n\n"
            "Then there is Dennis Pellow.\n\n"
            "“The mill will close within a year, whatever the senator says,” he wrote on Tuesday.")
    assert _quote_speaker(parse_text, body, "close within a year") == "Dennis Pellow"


def test_a_place_taken_for_a_person_gets_no_gender_from_anothers_his(parse_text):
    # "he" opens the sentence, so its "his" is his, not the town's: the town stays no one's "he"
    body = ("Many refugees settled in Pellston after 1990, and Pellston grew into a busy town.\n\n"
            "Tom Reed, 33, the centre's coordinator, came to Pellston from Avonia in 2011.\n\n"
            "Before long he liked the place. He bought a van and found work at the centre, and Pellston became his "
            "home. Lately, he said, he has found the rest of the country less kind.\n\n"
            "“People here still judge you by your accent,” he said.")
    assert _quote_speaker(parse_text, body, "judge you by your accent") == "Tom Reed"


def test_a_role_of_a_body_with_the_name_in_apposition_to_the_body_is_the_name(parse_text):
    body = ("Ashcombe Holdings warned of job cuts.\n\n"
            "In an email to staff, the chief executive of Ashcombe Holdings, Rupert Calder, wrote: "
            "“We are sorry for the delay and we will fix it soon.”")
    assert _quote_speaker(parse_text, body, "fix it soon") == "Rupert Calder"


def test_a_statement_after_a_spokesperson_is_the_body_they_speak_for(parse_text):
    body = ("The Tolland Trust gave grants to three clubs in Larkspur last year.\n\n"
            "A Tolland Trust spokesperson said the charity would review the grants. "
            "The statement added: “We will look again at how our grants are given.”")
    assert _quote_speaker(parse_text, body, "look again at how") == "Tolland Trust"


def test_a_statement_after_spokespeople_is_the_body_they_speak_for(parse_text):
    # every form of the word is the lexicon's one list (lex.SPOKESPEOPLE), the plural "spokespeople" too
    body = ("The Tolland Trust gave grants to three clubs in Larkspur last year.\n\n"
            "Tolland Trust spokespeople said the charity would review the grants. "
            "The statement added: “We will look again at how our grants are given.”")
    assert _quote_speaker(parse_text, body, "look again at how") == "Tolland Trust"


def test_a_statement_of_a_body_named_by_description_goes_to_the_bodys_name(parse_text):
    body = ("Greyhaven City Football Club have apologised to supporters after a coach broke down on the way "
            "to a match.\n\n"
            "The club said in a statement on Sunday that it would refund every fan who travelled. "
            "The statement said: “We are deeply sorry for the delay and the distress it caused.”")
    assert _quote_speaker(parse_text, body, "deeply sorry") == "Greyhaven City Football Club"


def test_a_person_asked_by_another_stays_the_subject(parse_text):
    body = ("The two candidates clashed over tax credits at the debate in Larkspur.\n\n"
            "Rupert Calder was asked by Dennis Pellow whether his plan would cost too much. "
            "The answer was that the family came first. But he had a slip. "
            "“The most important role I will ever have is the role of being a father,” he said.")
    assert _quote_speaker(parse_text, body, "most important role") == "Rupert Calder"


def test_a_pronoun_in_the_sentence_before_keeps_its_person_over_an_object_there(parse_text):
    body = ("Rupert Calder, a writer, went to the rally in Larkspur on Tuesday.\n\n"
            "Calder said he grew up near the town. He said he sees his family in many of Dennis Pellow's "
            "supporters. That is why he chose to “go the extra mile” to understand them.")
    assert _quote_speaker(parse_text, body, "go the extra mile") == "Rupert Calder"


def test_a_description_with_its_own_relative_clause_is_a_new_person(parse_text):
    body = ("Ruth Okafor, the candidate, spoke at a rally in Larkspur on Monday.\n\n"
            "Her rival was attacked from the crowd. The woman who started it all later spoke to reporters. "
            "“He truly cares about the people of this town,” she said.")
    assert _quote_speaker(parse_text, body, "truly cares") != "Ruth Okafor"


def test_a_coordinated_description_is_no_antecedent_of_he(parse_text):
    body = ("Rupert Calder attacked Dennis Pellow again on Tuesday.\n\n"
            "Calder's feud with Pellow has flared again, and the senator and his backers will use the arguments "
            "that worked in Larkspur, where Pellow came second: the 2003 remark that he was “firmly pro-tax.”")
    assert _quote_speaker(parse_text, body, "pro-tax") == "Dennis Pellow"


def test_a_second_he_in_one_sentence_is_the_first_not_the_name_between(parse_text):
    body = ("Tom Baker, chairman of the Harbour Group, said: “We can do better than this for everyone here.” "
            "He hoped Mark Reed would “steer the firm into a bright new era”, he added.")
    assert _quote_speaker(parse_text, body, "bright new era") == "Tom Baker"


def test_no_one_named_in_an_opening_asked_clause_answers(parse_text):
    body = ("Tom Baker said he had not read the report. Asked if Mark Reed could return to the cabinet, "
            "he replied: “I have made my admiration for Mark very clear.”")
    assert _quote_speaker(parse_text, body, "admiration") == "Tom Baker"


def test_the_source_of_claims_is_no_subject_for_a_later_he(parse_text):
    # "claims from Reed that …" gives Reed those words, but the sentence's subject is the prime minister
    body = ("Prime Minister Tom Baker spoke to reporters on Monday. The prime minister waved away claims from "
            "Opposition leader Mark Reed that he ran a “shabby government”. He said the minister was honest: "
            "“He was the one who asked for this review to take place.”")
    assert _quote_speaker(parse_text, body, "shabby") == "Mark Reed"
    assert _quote_speaker(parse_text, body, "asked for this review") == "Tom Baker"


def test_a_but_clause_after_reported_speech_is_the_writers_own(parse_text):
    body = ("Mark Reed said he was “sick” of trying to persuade them to make the track quicker but "
            "Harbour Club's Tom Baker dismissed his remarks. “We did ask for it to be made quicker and it is "
            "quicker,” he said.")
    assert _quote_speaker(parse_text, body, "We did ask") == "Tom Baker"


def test_a_name_the_tagger_missed_after_a_role_is_a_subject_for_he(parse_text):
    body = ("Economist Frida Lund says people are not fans of the euro. “They do not see what it does for them,” "
            "she says.\n\nBoss Joost Vermeer blames weak demand in Asia for the fall in sales. “In Japan "
            "growth is something like 2%, in India it is 9%,” he says.")
    assert _quote_speaker(parse_text, body, "growth is something") == "Joost Vermeer"


def test_a_court_the_tagger_calls_a_person_is_no_she(parse_text):
    body = ("Tom Reed knew his victim from childhood, Norwich Magistrates' Court heard. During the hearing the "
            "woman told the court he had created many accounts. She said: “He kept sending me messages every "
            "single night, all year.”")
    assert _quote_speaker(parse_text, body, "kept sending") == "the woman"


def test_the_spokesman_is_the_earlier_unnamed_spokesman_of_the_article(parse_text):
    # one voice, one label: "the spokesman" takes the label of "a Harbour Office spokesman" before it
    body = ("The Harbour Office has put back its plan for the new quay by a year.\n\n"
            "A Harbour Office spokesman said the work would “begin next spring at the earliest”.\n\n"
            "Councillor Ann Lee said the delay was “a blow to the town”.\n\n"
            "The spokesman said: “We understand the frustration, but safety comes first.”")
    first = _quote_speaker(parse_text, body, "next spring")
    assert first == "A Harbour Office spokesman"
    assert _quote_speaker(parse_text, body, "safety comes first") == first


def test_the_spokesman_is_not_an_earlier_spokeswoman_nor_another_bodys(parse_text):
    body = ("Two firms are bidding for the quay contract.\n\n"
            "A spokeswoman for Yakko Ltd said the bid was “the best on the table”.\n\n"
            "The spokesman said: “We have not seen the other bid.”\n\n"
            "A Yakko spokesman said the firm was “ready to start”. "
            "The Acme spokesman said: “Our price is lower.”")
    assert _quote_speaker(parse_text, body, "not seen the other bid") == "The spokesman"
    assert _quote_speaker(parse_text, body, "price is lower") == "The Acme spokesman"


def test_a_subject_another_clause_reports_is_spoken_of_not_the_next_he(parse_text):
    # "He believes Harlow failed": Harlow is spoken of; the "he said" after it is still the analyst
    body = ("For market analyst Tom Reed, the firm's decision to sell its stores was an error. "
            "He believes Jim Harlow failed to see how much the shops were worth. "
            "“They sold the best part of the business far too cheaply,” he said.")
    assert _quote_speaker(parse_text, body, "far too cheaply") == "Tom Reed"


def test_a_speaker_in_a_relative_clause_does_not_take_the_next_she(parse_text):
    # Vell speaks inside Berg's sentence ("who told her"): Berg's "She added" is Berg's
    body = ("Director Anna Berg has promised to keep the spirit of the novel.\n\n"
            "Berg said she had visited Clara Vell, who told her that the villain could "
            "“stand for any power that silences people”. "
            "She added: “I have no wish to change what the villains are, only how they look.”")
    assert _quote_speaker(parse_text, body, "no wish to change") == "Anna Berg"


def test_the_person_of_a_for_opening_is_the_topic_for_a_later_he(parse_text):
    body = ("Trader Jim Harlow thinks prices will fall. “The summer will be hard for sellers,” he said. "
            "But for Brede Quenby, a research director at Acme Research and someone who has followed the "
            "market for years, the future of the market is not about price at all. "
            "“Price is only half of the story, and the smaller half,” he said.")
    # (a given name the lists do not know: no gender to pick the analyst out as the one named just before)
    assert _quote_speaker(parse_text, body, "smaller half") == "Brede Quenby"


def test_the_spokesperson_after_an_unnamed_one_is_not_a_person_only_the_actor_role_calls_one(parse_text):
    # the actors stage may give the attendant the role of the spokesperson who spoke of her; the text
    # never calls her one, and "a spokesperson" came between: "the spokesperson" is that one
    body = ("A Harbour Air flight attendant suspended over photos on her blog says she has been sacked.\n\n"
            "Marta Quenby, known as the Sky Diarist, wrote an account of her life in the air. She was "
            "suspended by Harbour Air in May. A Harbour Air spokesperson confirmed on Monday that Ms Quenby "
            "was no longer an employee. A spokesperson repeated this position on Monday, confirming only that "
            "Ms Quenby was no longer with the firm. The spokesperson also confirmed that the firm had "
            "\"very clear rules\" on the use of the uniform.")
    assert _quote_speaker(parse_text, body, "very clear rules") == "A spokesperson"


def test_a_reported_subject_named_again_or_reporting_the_pronoun_keeps_it(parse_text):
    # the subject of a relative clause is still the one her own "she" and a later "she" speak of,
    # when the pronoun is in that clause's sentence or the article names her again before it
    body = ("Tennis star Nora Vance has backed the senator's campaign.\n\n"
            "The video in which Lena Marsh announced she was running included a clip of a couple. "
            "Many voters point to Marsh's speech in Geneva, in which she declared: "
            "'Human rights are the rights of everyone.'")
    assert _quote_speaker(parse_text, body, "rights of everyone") == "Lena Marsh"


def test_they_can_stand_for_a_plural_group_noun_the_role_lists_give_in_the_plural(parse_text):
    body = ("The Westby council voted on Monday to close the old library in Avonia.\n\n"
            "The officials defended the plan at a meeting in the town hall. "
            "They said: “The building costs far more to heat than the town can afford.”")
    assert _quote_speaker(parse_text, body, "costs far more") == "The officials"


def test_they_can_stand_for_a_plural_body_noun_not_an_earlier_single_body(parse_text):
    body = ("The campaign said on Monday that the tax on savings would pass in Avonia.\n\n"
            "But the banks opposed it at a hearing in Westby. "
            "“This tax will hurt small savers,” they said.")
    assert _quote_speaker(parse_text, body, "hurt small savers") == "the banks"
    body = body.replace("banks", "groups")
    assert _quote_speaker(parse_text, body, "hurt small savers") == "the groups"


def test_a_sentence_glued_to_a_photo_caption_is_no_reported_clause(parse_text):
    # a scraped caption with no full stop ("… on Tuesday night Tom Reed spoke …") makes the parser hang
    # the next sentence off the caption's verb with no subordinator: Reed acts in his own right, so a
    # later "He said:" is still his; a clause a verb of saying reports stays reported
    from generator.extract.coref import _reported_clause

    _, analysis = _analysed(parse_text, "The singer was pictured leaving the studio in Westby on Tuesday night "
                                        "Tom Reed spoke to her manager on Thursday and Reed now wants an apology."
                                        "\n\nAnn Lee said Tom Reed spoke to her manager on Thursday.")
    reeds = [t for b in analysis.blocks if b.para >= 0 for t in b.doc if t.text == "Reed" and t.dep_ == "nsubj"]
    assert [_reported_clause(t) for t in reeds] == [False, True]


def test_a_role_description_is_not_the_person_its_verb_reports_on(parse_text):
    # "Mr Hale liked to cite “…”, the opposition leader said": Hale is spoken of, in the clause the
    # leader's "said" reports (a partial quote inside that clause does not end it)
    body = ("Opposition leader Tom Reed attacked the budget on Monday.\n\n"
            "He accused the chancellor, Milo Hale, of waste. Mr Hale liked to cite “figures conjured out of "
            "thin air” to hide the gap, the opposition leader said.")
    assert _quote_speaker(parse_text, body, "thin air") == "Tom Reed"


def test_a_while_clause_inside_a_reported_clause_is_reported_too(parse_text):
    # Peter Howell stands in a "while …" clause of what Reed explained: spoken of, not the "he" who declared
    body = ("Campaign chief Tom Reed has shown off the three short words at the centre of the Harbour Party's "
            "campaign.\n\n"
            "Mr Reed, in the newest of his many rounds of early campaigning, explained the motto was the answer to "
            "polling which suggests voters believe the party and Tom Baxter are the future while Peter Howell and "
            "the Greens would drag the town back. “Hardly anyone remembers the years before 1997 as a golden age,” "
            "he declared.")
    assert _quote_speaker(parse_text, body, "golden age") == "Tom Reed"


def test_a_quote_a_colon_brings_in_does_not_make_the_clause_before_reported(parse_text):
    body = ("Senator Tom Reed spoke at a dinner on Monday night.\n\n"
            "A few minutes later, Reed went on by bemoaning the pile of dull chores his post brings, above all "
            "raising money: “There is just a ton of paperwork with this job,” he said.")
    assert _quote_speaker(parse_text, body, "ton of paperwork") == "Tom Reed"


def test_the_writers_framing_before_a_whole_quote_is_not_reported_by_its_tag(parse_text):
    # a quote of whole words ("But gosh, …") or a full stop between the name and "he said": the clause
    # before is the writer's, so its subject may still be the one who speaks
    telling = ("Senator Ann Vale issued a new line of attack on Sunday.\n\n"
               "Vice President Tom Reed weighed in as well, telling a radio station in an interview published on "
               "Monday, “But gosh, they are both qualified,” he said.")
    assert _quote_speaker(parse_text, telling, "both qualified") == "Tom Reed"
    stopped = ("Campaign manager Tom Reed faced a hard summer, as rivals inside the campaign worked against him.\n\n"
               "In a talk in late May, a cheerful Reed boasted too early of his lead. “This will be an easy "
               "contest,” he said, pointing to Ann Vale's appeal and Milo Hale's unpopularity.")
    assert _quote_speaker(parse_text, stopped, "easy contest") == "Tom Reed"


def test_a_clubs_short_name_is_no_persons_surname(parse_text):
    # the tagger takes "Hartlepool United's" for a person; the actors stage knows it for a club, so
    # "United went ahead" is no mention of a man and the "He" who speaks is the manager
    body = ("Boss Sir Tom Reed was left ruing Hartlepool United's failure to close the gap on Avonia, Eastby "
            "and Northby after his side's 1-1 draw with Southby.\n\n"
            "Leaders Avonia were held 2-2 on Sunday, giving United the opportunity to gain ground in the table. "
            "United went ahead through Ann Lee after 33 minutes before a late strike levelled it. Reed described "
            "the draw as an “absolute giveaway” after United had wasted a string of chances. He said: “It was a "
            "good performance but we just didn't finish them off.”")
    assert _quote_speaker(parse_text, body, "good performance") == "Tom Reed"


def test_a_speaker_noted_at_a_title_by_surname_alone_is_a_person_for_he(parse_text):
    # a one-word speaker ("said Mr Tarnby", no full name) noted at its title stands for a later "he",
    # though the tagger found no name there
    body = ("The idea was first put forward by Tom Reed, a professor at Avonia University.\n\n"
            "Libraries should help, said Mr Tarnby. There is a role for them, he added.")
    parsed, analysis = _analysed(parse_text, body)
    coref, text = analysis.coref, parsed.article.text
    at = text.index("Mr Tarnby")
    coref.note_speaker(at, "Tarnby", coref.para_at(at))
    he = text.index("he added")
    assert coref.antecedent(he, coref.para_at(he), ("PERSON",), gender="m", main_first=True) == "Tarnby"


def test_an_epithet_whose_noun_the_tokenizer_split_at_its_hyphen_names_the_person(parse_text):
    body = ("Pop star Tom Reed says his new film marks the start of a retirement from public view.\n\n"
            "\"I thought I should explain myself,\" said Reed, who was in Westby to launch the film. "
            "The 41-year-old chart-topper told reporters that he wanted to \"take his work into a different shape\".")
    assert _quote_speaker(parse_text, body, "different shape") == "Tom Reed"


def test_a_speakers_he_goes_on_from_the_main_clause_he_of_the_sentence_before(parse_text):
    body = ("\"I think Lee will win,\" said Mr Webb. Lee is also the personal choice of Tom Reed, executive "
            "editor of industry magazine Avonia. But while he tipped Lee to win, he forecast it would be a narrow "
            "race. \"It could all turn on a single ballot,\" he told the Westby Gazette.")
    assert _quote_speaker(parse_text, body, "a single ballot") == "Tom Reed"


def test_a_he_in_a_clause_the_sentence_before_reports_is_not_the_speakers_he(parse_text):
    body = ("Westby striker Joe Lane may make his comeback on Saturday. He has been out for three months. "
            "But Westby manager Tom Reed hinted he may return sooner. He said: \"The odds are good he might be "
            "playing on Saturday.\"")
    assert _quote_speaker(parse_text, body, "The odds are good") == "Tom Reed"


def test_a_person_speaking_in_a_relative_clause_of_the_writers_sentence_is_no_one_reported(parse_text):
    body = ("Labour MP Ann Lee said she had won her seat in 1987 but a decade passed before a second "
            "woman from her town was elected. That was a pace of change Ms Lee described as \"painful\". "
            "\"I am somewhat older than Tom and served on the committee in the 1990s,\" she said.")
    assert _quote_speaker(parse_text, body, "somewhat older") == "Ann Lee"
