"""Key actors' roles: taken from the actor's own apposition, premodifier or relative clause, whole."""

from __future__ import annotations

import pytest

from generator.extract import actors as actors_mod
from generator.extract.analysis import analyse

PEOPLE = """Harbour Plans Row

Wexford architect, Dara Quill, drew the first plans for the harbour in 2001. Quill said the plans were sound.

Ms Brann is to be replaced by Lina Orsk, presently a non-executive director of the board and head of a Danish retailer. Ms Orsk said she was pleased.

Piet Olland, managing director of Harbourline said the plans would cost too much. Olland left early.

"The harbour needs it," Portmere's CEO, Cora Vint, told reporters. Ms Vint added that work would start soon.

Mark Tennant, BBC rural affairs correspondent, said the fishermen were angry. Tennant spoke to them.

Tomas Reede, who chairs the harbour committee, said the vote was close. Reede voted against.

Anya Lund, who leads the way in local sales, said nothing. Lund left.

Maria Kessler, one of the region's best-loved singers and songwriters, sang at the opening. Kessler was 66.
"""

SPORT = """Harbour Town Draw

But left back Joel Brack still made it through the defence. Brack was happy with the draw.

Fellow locks Owen Treharne and Gareth Bevan, who both scored tries, are in the squad. Treharne said so.

Harbour MSP Ailsa Dunmore said the club had done well. Dunmore was at the match.

Farrow University Professor Hal Ondine has studied the club for years. Professor Ondine said it would grow.
"""

FIRMS = """Harbour Deals

Telvia, the mobile operator, said profits rose. Telvia shares fell later.

The carmaker said it was owed money by Vistane, a former subsidiary. Vistane declined to comment.

Electronics chain Brightmart said sales rose. Brightmart shares rose too.
"""


def _roles(parse_text, text: str) -> dict[str, str | None]:
    acts = actors_mod.extract(analyse(parse_text(text, "roles.txt")))
    out: dict[str, str | None] = {}
    for a in acts:
        for form in [a.name, *a.aliases]:
            out.setdefault(form, a.role)
    return out


@pytest.fixture(scope="module")
def people(parse_text):
    return _roles(parse_text, PEOPLE)


@pytest.fixture(scope="module")
def sport(parse_text):
    return _roles(parse_text, SPORT)


def test_left_apposition_with_a_job_noun(people):
    assert people.get("Dara Quill") == "Wexford architect"


def test_apposition_opening_with_an_adverb_of_time(people):
    assert (people.get("Lina Orsk") or "").startswith("non-executive director of the board")


def test_apposition_whose_closing_comma_is_left_out_keeps_its_organisation(people):
    assert people.get("Piet Olland") == "managing director of Harbourline"


def test_left_apposition_headed_by_a_title_tagged_a_proper_noun(people):
    assert people.get("Cora Vint") == "Portmere's CEO"


def test_apposition_opening_with_an_organisation_then_adjectives(people):
    assert people.get("Mark Tennant") == "BBC rural affairs correspondent"


def test_relative_clause_with_a_verb_of_office(people):
    assert people.get("Tomas Reede") == "chair of the harbour committee"
    assert people.get("Anya Lund") is None  # "leads the way" holds no post


def test_one_of_a_plural_role_gives_the_singular(people):
    role = people.get("Maria Kessler") or ""
    assert role.endswith("singer"), role


def test_players_positions_and_msp_before_a_name(sport):
    assert sport.get("Joel Brack") == "left back"
    assert "lock" in (sport.get("Owen Treharne") or "").lower()
    assert "lock" in (sport.get("Gareth Bevan") or "").lower()
    assert sport.get("Ailsa Dunmore") == "Harbour MSP"


def test_premodifier_with_a_compound_the_tagger_calls_a_verb(parse_text):
    text = ("Talks Resume\n\n\"Now the hard bargaining starts,\" director of telecoms research Ivor Hallam said. "
            "Hallam was pleased.\n")
    assert _roles(parse_text, text).get("Ivor Hallam") == "director of telecoms research"


def test_professor_is_a_role_with_its_institution(sport, parse_text):
    assert sport.get("Hal Ondine") == "Farrow University professor"
    text = ("Turnout Study\n\nProfessor Ivo Martel, of the University of Farrowby, said turnout would fall. "
            "Martel left.\n")
    assert _roles(parse_text, text).get("Ivo Martel") == "professor of the University of Farrowby"


def test_organisations_get_the_kind_the_article_gives(parse_text):
    roles = _roles(parse_text, FIRMS)
    assert roles.get("Telvia") == "mobile operator"
    assert roles.get("Vistane") == "former subsidiary"
    assert roles.get("Brightmart") == "Electronics chain"


def test_a_later_description_with_an_age_gives_the_role(parse_text):
    text = ("Cup Win\n\nTom Reedman scored twice on Saturday. The 34-year-old Harbourside midfielder said he was "
            "delighted.\n")
    assert _roles(parse_text, text).get("Tom Reedman") == "34-year-old Harbourside midfielder"


def test_a_title_after_another_name_in_a_list_is_the_title_alone(parse_text):
    text = ("Advice Row\n\nLord Ashby consulted two officials, Neil Greer and the then Lord Chancellor, "
            "Lord Fenwick of Dunmore. Lord Fenwick declined to comment.\n")
    roles = _roles(parse_text, text)
    assert roles.get("Lord Fenwick of Dunmore") == "Lord Chancellor", roles


DESCRIBED = """Harbour Television Row

Amos Pell is the latest comedy star to bemoan the state of television. Pell said the shows were cheap.

A reader poll saw director Lio Tanaka's drama Storm emerge as the favourite. Tanaka was pleased.

Police raided groups such as Zarnet, one of a number of so-called piracy organisations based abroad. Zarnet denied it.

The Rovers were boosted by the news that defender Alun Price is close to signing a fresh contract. Price is 30.
"""


@pytest.fixture(scope="module")
def described(parse_text):
    return _roles(parse_text, DESCRIBED)


def test_a_deed_told_after_the_copula_is_no_post(described):
    assert "bemoan" not in (described.get("Amos Pell") or "")


def test_a_past_tense_verb_the_tagger_compounds_is_no_part_of_the_role(described):
    assert described.get("Lio Tanaka") == "director"


def test_one_of_a_number_of_gives_the_kind_not_the_quantity(described):
    assert described.get("Zarnet") == "piracy organisation"


def test_a_role_after_a_complementiser_the_tagger_calls_a_subject(described):
    assert described.get("Alun Price") == "defender"


ASIDES = """Harbour Music Row

Dale Kinsella - a former Avonford historian - said the score had been lost for a century. Kinsella found it.

Liberal Democrat Oren Walcott - who chairs the harbour committee - said the council was wrong. Walcott voted against.

The Courier reported at the time that the network editor in chief, Mara Quell, conveyed her view to staff. Quell declined to comment.

It was a clear reference to Republican presidential nominee\u00a0\u00a0Ivo Brandt, but the mayor said otherwise. Brandt has used the phrase often.
"""


@pytest.fixture(scope="module")
def asides(parse_text):
    return _roles(parse_text, ASIDES)


def test_an_aside_between_spaced_dashes_is_an_apposition(asides):
    assert asides.get("Dale Kinsella") == "former Avonford historian"
    assert asides.get("Oren Walcott") == "chair of the harbour committee"


def test_a_role_before_a_name_starts_after_the_clause_opener(asides):
    assert asides.get("Mara Quell") == "network editor in chief"


def test_layout_whitespace_between_a_title_and_a_name_is_no_break(asides):
    assert asides.get("Ivo Brandt") == "Republican presidential nominee"


def test_an_apposition_ends_before_a_clause_it_is_followed_by(parse_text):
    text = ("Squad Hit\n\nDale Kinsella is out. Kinsella, the captain of Rovers as they push for the title, "
            "would have started. Kinsella said he was sad.\n")
    assert _roles(parse_text, text).get("Dale Kinsella") == "captain of Rovers"


def test_a_description_another_holds_later_still_describes_the_person_before(parse_text):
    text = ("Harbour Nights\n\nNessa Carrow, 69, remembers her grandmother knitting by the fire. In comparison, "
            "the retired hairdresser prefers to go out dancing.\n\nShe often goes out with Ilse Morrow, a retired "
            "hairdresser, who lives abroad. Morrow moved there with her husband.\n")
    roles = _roles(parse_text, text)
    assert roles.get("Nessa Carrow") == "retired hairdresser", roles
    assert roles.get("Ilse Morrow") == "retired hairdresser", roles


def test_the_dash_that_closes_an_aside_opens_none(parse_text):
    text = ("Harbour Donors\n\nThe donors include the unions and - like most officials in Avonia - the harbour "
            "firm Kelport Resources. Avonia said nothing.\n")
    roles = _roles(parse_text, text)
    assert not roles.get("Avonia"), roles


def test_a_possessed_role_whose_closing_comma_is_left_out(parse_text):
    text = ("Harbour Results\n\nThe firm reported results. Dale Kinsella, Peltram's chief financial officer said a "
            "new product was coming.\n")
    assert _roles(parse_text, text).get("Dale Kinsella") == "Peltram's chief financial officer"


def test_a_role_only_the_headline_gives(parse_text):
    text = ("Peltram boss Oren Vasquez quits\n\nOren Vasquez has quit after ten years. Vasquez said he was proud "
            "of the firm's record.\n")
    assert _roles(parse_text, text).get("Oren Vasquez") == "Peltram boss"


def test_a_body_role_wins_over_the_headline(parse_text):
    text = ("Peltram boss Oren Vasquez quits\n\nOren Vasquez, the firm's founder, has quit after ten years. "
            "Vasquez said he was proud.\n")
    assert _roles(parse_text, text).get("Oren Vasquez") == "firm's founder"


def test_a_clause_about_the_person_in_an_aside_is_no_role(parse_text):
    text = ("Harbour Open\n\nIvo Brandt will play Dale Kinsella - the man he beat in the 2011 final - in the next "
            "round. Kinsella is seeded.\n")
    roles = _roles(parse_text, text)
    assert not roles.get("Dale Kinsella"), roles


def test_a_clause_after_a_role_in_an_apposition_is_cut_at_its_subject(parse_text):
    text = ("Harbour Firm\n\nDale Kinsella, the head of the firm he founded, said sales had doubled. Kinsella "
            "was pleased.\n")
    assert _roles(parse_text, text).get("Dale Kinsella") == "head of the firm"


def test_a_title_outranks_an_aside_between_dashes(parse_text):
    text = ("Harbour Budget\n\nChancellor Dale Kinsella - a key ally of the mayor - said the budget was fair. "
            "Kinsella left early.\n")
    assert _roles(parse_text, text).get("Dale Kinsella") == "Chancellor"


def test_a_possessed_title_before_another_name_is_that_name_s(parse_text):
    text = ("Harbour Seats\n\nOthers targeted include Ivo Brandt and Mara Quell, Peltram's elections chief Lord "
            "Fenwick said. Quell was unmoved.\n")
    roles = _roles(parse_text, text)
    assert not roles.get("Mara Quell"), roles



def _org_doc(nlp, words: list[str], person: int):
    """A sentence whose first ``person`` words are a person's name, then "of" and a long body's name."""
    from spacy.tokens import Doc

    ents = ["B-PERSON"] + ["I-PERSON"] * (person - 1) + ["O", "B-ORG"] + ["I-ORG"] * (len(words) - person - 3) + ["O"]
    pos = ["PROPN"] * person + ["ADP"] + ["PROPN"] * (len(words) - person - 2) + ["VERB"]
    return Doc(nlp.vocab, words=words, pos=pos, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))


BODY = ["of", "Avonford", "Harbour", "Board", "Trust", "Fund", "Holdings", "Group", "said"]


def test_a_body_after_the_name_gives_at_most_five_of_its_words(nlp):
    doc = _org_doc(nlp, ["Ann", "Lee"] + BODY, 2)
    roles, _ev = actors_mod._of_organisation(doc, 0, 2, {0, 1})
    assert [r[2] for r in roles] == ["of Avonford Harbour Board Trust Fund"]


def test_a_professor_institution_after_the_name_gives_at_most_six_of_its_words(nlp):
    doc = _org_doc(nlp, ["Professor", "Ann", "Lee"] + BODY, 3)
    roles = actors_mod._academic_role(doc, 0, 3)
    assert [r[2] for r in roles] == ["professor of Avonford Harbour Board Trust Fund Holdings"]


@pytest.mark.parametrize("sentence, role", [
    ("\"The harbour is safe,\" said Ivo Brandt, a retired naval officer who lives in the town.", "retired naval officer"),
    ("Dale Kinsella, a disgraced former banker who now lives abroad, spoke to the court.", "disgraced former banker"),
])
def test_a_participle_describing_the_role_noun_in_an_apposition_keeps_the_role(parse_text, sentence, role):
    text = f"Harbour Town\n\n{sentence} {sentence.split(',')[0].split()[-1]} was pleased.\n"
    name = next(n for n in ("Ivo Brandt", "Dale Kinsella") if n in sentence)
    got = _roles(parse_text, text).get(name) or ""
    assert role in got, got


def test_a_participle_telling_a_deed_after_the_name_is_no_role(parse_text):
    text = ("Harbour Town\n\nDale Kinsella, jailed in 2003 for fraud, said the ward was full. Kinsella was "
            "pleased.\n")
    assert not _roles(parse_text, text).get("Dale Kinsella")


def test_a_clause_after_the_post_in_an_apposition_is_cut(parse_text):
    text = ("Harbour Deal\n\nDale Kinsella, a lawyer representing two of the directors, told reporters the deal "
            "was done. Kinsella was pleased.\n")
    assert _roles(parse_text, text).get("Dale Kinsella") == "lawyer"


def test_who_runs_a_body_names_its_head(parse_text):
    text = ("Harbour Vote\n\nIvo Brandt, who runs the Harbour Voters Project, said turnout was up. Brandt was "
            "pleased.\n")
    assert (_roles(parse_text, text).get("Ivo Brandt") or "").startswith("head of")


def _tagged_doc(nlp, rows: list[tuple[str, str, str, str, int, str]]):
    """A parse as the tagger gave it: (word, pos, tag, dep, head, entity) for each token."""
    from spacy.tokens import Doc

    words, pos, tags, deps, heads, ents = (list(x) for x in zip(*rows))
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads, ents=ents,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_job_word_the_tagger_calls_a_verb_before_a_name_is_its_role(nlp):
    doc = _tagged_doc(nlp, [("Wales", "NOUN", "NNS", "nsubj", 1, "O"), ("prop", "VERB", "VBD", "csubj", 4, "O"),
                            ("Ivo", "PROPN", "NNP", "compound", 3, "B-PERSON"),
                            ("Brandt", "PROPN", "NNP", "dobj", 1, "I-PERSON"), ("is", "AUX", "VBZ", "ROOT", 4, "O"),
                            ("fit", "ADJ", "JJ", "acomp", 4, "O"), (".", "PUNCT", ".", "punct", 4, "O")])
    roles, _ev = actors_mod._prenominal_role(doc, 2, 4, {2, 3})
    assert [r[2] for r in roles] == ["Wales prop"]


def test_a_verb_before_a_name_after_a_pronoun_is_no_role(nlp):
    doc = _tagged_doc(nlp, [("They", "PRON", "PRP", "nsubj", 1, "O"), ("prop", "VERB", "VBD", "ROOT", 1, "O"),
                            ("Ivo", "PROPN", "NNP", "compound", 3, "B-PERSON"),
                            ("Brandt", "PROPN", "NNP", "dobj", 1, "I-PERSON"), ("up", "ADP", "RP", "prt", 1, "O"),
                            (".", "PUNCT", ".", "punct", 1, "O")])
    roles, _ev = actors_mod._prenominal_role(doc, 2, 4, {2, 3})
    assert roles == []


def test_a_lower_case_position_the_tagger_calls_a_proper_noun_is_a_role(nlp):
    doc = _tagged_doc(nlp, [("from", "ADP", "IN", "ROOT", 0, "O"), ("centre", "PROPN", "NNP", "compound", 3, "O"),
                            ("Ivo", "PROPN", "NNP", "compound", 3, "B-PERSON"),
                            ("Brandt", "PROPN", "NNP", "pobj", 0, "I-PERSON"), (".", "PUNCT", ".", "punct", 0, "O")])
    roles, _ev = actors_mod._prenominal_role(doc, 2, 4, {2, 3})
    assert [r[2] for r in roles] == ["centre"]


def test_who_runs_keeps_a_hyphenated_word_of_the_body_whole(parse_text):
    text = ("Harbour Vote\n\nIvo Brandt, who runs Avonford's get-out-the-vote effort for veterans, said turnout "
            "was up. Brandt was pleased.\n")
    assert _roles(parse_text, text).get("Ivo Brandt") == "head of Avonford's get-out-the-vote effort"


def test_a_year_after_a_possessive_stays_in_the_post_a_verb_names(parse_text):
    text = ("Harbour Vote\n\nIvo Brandt, who managed Tom Reed's 1998 mayoral campaign, said turnout was up. "
            "Brandt was pleased.\n")
    assert _roles(parse_text, text).get("Ivo Brandt") == "manager of Tom Reed's 1998 mayoral campaign"


def test_an_apposition_naming_a_body_the_tagger_read_as_a_person_keeps_the_role(parse_text):
    text = ("Harbour Plan Row\n\n\"The plan will fail,\" said Tom Reed, communications director for the conservative "
            "group Avon Rising. Reed spoke in Westby.\n\nDara Quill, a securities analyst for the investment company "
            "Lee Hart Scott, said the figures were weak. Quill left early.\n")
    roles = _roles(parse_text, text)
    assert roles.get("Tom Reed") == "communications director for the conservative group Avon Rising", roles
    assert (roles.get("Dara Quill") or "").startswith("securities analyst for the investment company"), roles


def test_the_first_half_of_a_hyphened_compound_stays_in_the_role(parse_text):
    text = ("Avonia Votes\n\nAnn Lee, the far-right leader in Avonia, said the vote was lost. Lee left.\n\n"
            "The case was led by then-Senate leader Tom Reed. Reed declined to comment.\n")
    roles = _roles(parse_text, text)
    assert roles.get("Ann Lee") == "far-right leader in Avonia", roles
    assert roles.get("Tom Reed") == "Senate leader", roles


def test_a_noun_for_an_act_or_a_time_is_no_role(parse_text):
    """"-ment" and "-cident" nouns end like agent nouns ("president") but name no one."""
    text = ("Avon Row\n\nSince the incident, Reed's campaign has come under fire. Tom Reed said nothing.\n\n"
            "In a rare moment of calm, Ann Lee met the press. Lee said it went well.\n")
    roles = _roles(parse_text, text)
    assert roles.get("Tom Reed") is None, roles
    assert roles.get("Ann Lee") is None, roles


def test_a_post_over_a_body_named_after_it_gives_the_body_its_kind(parse_text):
    """"the editor of the city's official newspaper, X": the post is the editor's; X is the newspaper."""
    text = ("Westby Row\n\nAnn Lee, the editor in chief of the city's official newspaper, L'Avonia Nuova, said the "
            "plan was sound. L'Avonia Nuova backed it.\n")
    roles = _roles(parse_text, text)
    assert roles.get("L'Avonia Nuova") == "city's official newspaper", roles
    assert roles.get("Ann Lee") == "editor in chief of the city's official newspaper", roles


def test_a_name_before_and_is_no_part_of_the_next_persons_title(parse_text):
    text = ("Westby Open\n\nThere were also wins for two other Avonians, Igor Reed and seventh seed Bob Hart. "
            "Hart won in straight sets.\n\nSinger and TV presenter Ann Lee was there. Lee sang.\n")
    roles = _roles(parse_text, text)
    assert roles.get("Bob Hart") == "seventh seed", roles
    assert roles.get("Ann Lee") == "Singer and TV presenter", roles


def test_a_verb_after_will_before_its_object_is_no_role(nlp):
    # "who will captain Westby", "will partner Ann Lee": the verb the name is the object of
    for text, name in (("Tom Reed, who will captain Westby in the opening tournament, was delighted.", "Westby"),
                       ("Tom Reed will partner Ann Lee in the doubles event next week.", "Ann Lee")):
        doc = nlp(text)
        s = next(t.i for t in doc if t.text == name.split()[0])
        e = s + len(name.split())
        roles, ev = actors_mod._prenominal_role(doc, s, e, set(range(s, e)))
        assert not roles and ev <= 0, text
    for text, role in (("The award went to skipper Tom Reed, who set a record.", "skipper"),
                       ("Reed, who was married to actress Ann Lee, died on Friday.", "actress")):
        doc = nlp(text)  # after "to" a role noun stays a role, whatever the tagger says
        s = next(t.i for t in doc if t.text in ("Tom", "Ann"))
        roles, ev = actors_mod._prenominal_role(doc, s, s + 2, {s, s + 1})
        assert roles and roles[0][2] == role, text


def test_a_former_post_keeps_its_ex_and_a_sentence_opening_time_word_goes(parse_text):
    # "ex-" says the post was held before, as "former" does; "Earlier" opening a sentence says when it happened
    text = ("Avonia Oil Row\n\nThe row is driven by the ambitions of ex-Westby boss Tom Reed, who is now in jail. "
            "Mr Reed denies fraud.\n\nEarlier Tory leader Ann Lee sent Mr Reed her warmest congratulations. "
            "Lee spoke in Avonia.\n")
    roles = _roles(parse_text, text)
    assert roles.get("Tom Reed") == "ex-Westby boss", roles
    assert roles.get("Ann Lee") == "Tory leader", roles


def test_ex_before_a_post_stays_whatever_the_tagger_makes_of_it(nlp):
    # the tagger may read "ex-Vantrel" as a person's name; "ex-" still marks a former post
    from spacy.tokens import Span
    doc = nlp("Shares fell on the ambitions of ex-Vantrel boss Oleg Dorokhov, who is in jail.")
    ex = next(t.i for t in doc if t.lower_ == "ex")
    s = next(t.i for t in doc if t.text == "Oleg")
    doc[ex].pos_, doc[ex].dep_ = "PROPN", "amod"
    doc.ents = [Span(doc, ex, ex + 3, "PERSON"), Span(doc, s, s + 2, "PERSON")]
    roles, _ev = actors_mod._prenominal_role(doc, s, s + 2, {ex, ex + 1, ex + 2, s, s + 1})
    assert roles and roles[0][2] == "ex-Vantrel boss", roles


def test_a_post_after_and_the_is_the_named_persons_own(parse_text):
    # "the mayor and the deputy mayor, Name": two people; the name's post is the one after "and the"
    text = ("Westby Fair\n\nCrowds greeted the mayor and the deputy mayor, Ann Lee, at the fair on Friday. "
            "Lee said it was the best fair yet.\n")
    assert _roles(parse_text, text).get("Ann Lee") == "deputy mayor"


def test_a_word_that_opens_a_clause_before_the_title_is_no_part_of_it(nlp):
    # "the reason| President Name is seeking", "to shoehorn| Secretary Name's conduct": the word before
    # belongs to another phrase; a description in two parts stays whole
    for text, first, role in (
            ("That is the world we are in and the reason President Reed is seeking approval.", "Reed", "President"),
            ("It was a long-shot to shoehorn Secretary Lee's conduct into the existing criminal laws.", "Lee",
             "Secretary")):
        doc = nlp(text)
        s = next(t.i for t in doc if t.text == first)
        roles, _ev = actors_mod._prenominal_role(doc, s, s + 1, {s})
        assert roles and roles[0][2] == role, (text, roles)


@pytest.mark.parametrize("sentence, role", [
    ("Tom Reed has been chairman of the Westby Trust since 2001.", "chairman of the Westby Trust"),
    ("Tom Reed is currently the manager of Westby Rovers.", "manager of Westby Rovers"),
    ("Tom Reed, who moved to Avonia in 2001, is the manager of Westby Rovers.", "manager of Westby Rovers"),
    ("Tom Reed, 34, is the manager of Westby Rovers.", "manager of Westby Rovers"),
    ("Tom Reed, who has been chairman since 2001, said the plan was sound.", "chairman"),
    ("Avonia Idol runner-up Tom Reed won the award for best male.", "Avonia Idol runner-up"),
])
def test_a_post_stated_past_an_age_a_clause_an_adverb_or_has_been(parse_text, sentence, role):
    # the copula after what only describes the name ("Name, 34, is", "Name, who ..., is"), an adverb
    # of time after it ("is currently"), "has been"; a particle hyphened to the post stays ("runner-up")
    text = f"Westby Club Plan\n\n{sentence} Reed said the plan was sound.\n"
    assert _roles(parse_text, text).get("Tom Reed") == role


def test_a_copula_before_a_work_noun_names_no_post(nlp):
    doc = nlp("Tom Reed is now the 12th number one single in Avonia pop history.")
    assert actors_mod._copula_role(doc, 0, 2, {0, 1})[0] == []



def _surname_missed(parse_text, text: str) -> dict[str, str | None]:
    """Roles when the tagger did not mark the bare surname "Reed" (forced, so the test does not hang
    on what it reads)."""
    parsed = parse_text(text)
    for pp in parsed.paragraphs:
        pp.doc.ents = [e for e in pp.doc.ents if e.text != "Reed"]
    return {a.name: a.role for a in actors_mod.extract(analyse(parsed))}


def test_a_post_stated_at_a_bare_surname_the_tagger_missed(parse_text):
    text = ("Westby Club Plan\n\nTom Reed said the plan was sound. Reed, who is the chief executive of "
            "Westby Foods, added that work would start soon.\n")
    assert _surname_missed(parse_text, text).get("Tom Reed") == "chief executive of Westby Foods"


def test_no_post_from_a_bare_surname_another_person_shares(parse_text):
    text = ("Westby Club Plan\n\nTom Reed said the plan was sound. Ann Reed agreed with him. Reed, who is the "
            "chief executive of Westby Foods, added that work would start soon.\n")
    roles = _surname_missed(parse_text, text)
    assert "Ann Reed" in roles and roles.get("Tom Reed") is None and roles.get("Ann Reed") is None
