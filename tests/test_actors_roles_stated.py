"""Roles the article states and the finders missed or garbled: an apposition after a form of
address or opening with a possessive determiner or a possessor, split and abbreviated titles, a
court report's sides, a plural post after two names, an apposition opened by a capitalised party or
nation word, and no role from a noun the name does not belong to."""

from __future__ import annotations

import pytest

from generator.extract import actors as actors_mod
from generator.extract.analysis import analyse


def _roles(parse_text, body: str) -> dict[str, str | None]:
    acts = actors_mod.extract(analyse(parse_text("Harbour Notes\n\n" + body + "\n", "stated.txt")))
    out: dict[str, str | None] = {}
    for a in acts:
        for form in [a.name, *a.aliases]:
            out.setdefault(form, a.role)
    return out


@pytest.mark.parametrize("body, name, role", [
    # a left apposition whose post opens with its possessor ("Acme's chief engineer, Name")
    ("Harbour Radio's chief political correspondent, Dr. Mira Tallon, agrees with the board. Tallon said so.",
     "Mira Tallon", "Harbour Radio's chief political correspondent"),
    # the post is the noun phrase next to the name, not the phrase it closes
    ("The band was spotted at a Brill talent night by a Canadian music producer, Lee Ormond. Ormond signed them.",
     "Lee Ormond", "Canadian music producer"),
    # a right apposition that opens with a possessive determiner
    ("\"It will fail,\" said Corin P. Vale, her cautious Wessex neighbour and former business partner. Vale left.",
     "Corin P. Vale", "cautious Wessex neighbour and former business partner"),
    # a fellow of an institute is a post
    ("\"We will see,\" said Tam Orwell, a senior fellow at the Brill Housing Institute. Orwell smiled.",
     "Tam Orwell", "senior fellow at the Brill Housing Institute"),
    # a long apposition naming two posts: the first one
    ("Paul Calvet, a former mayor of Brill and currently president of the Avonia Harbour Board, said the "
     "bridge was closed. Calvet was angry.", "Paul Calvet", "former mayor of Brill"),
    # a party whip is a title before a name
    ("The letter was also signed by Senate Minority Whip Lorne B. Haskett of Avonia. Haskett wrote it.",
     "Lorne B. Haskett", "Senate Minority Whip"),
])
def test_appositions_and_titles(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    # the abbreviation and its full stop as two tokens
    ("At the opening, Pres. Odell Marsh promised lower taxes. Marsh left.", "Odell Marsh", "president"),
    # a body before the abbreviation is whose title it is
    ("Ledbury police Lt. Hal Morton said the search would go on. Morton was sure.", "Hal Morton",
     "Ledbury police lieutenant"),
    # a modifier before it is the role's, and words that are no words (a caption's date run in) are not
    ("The photo shows Wessex Gov. Dale Kasey greeting former Avonia Gov. Jed Barnes. Barnes smiled.",
     "Jed Barnes", "former Avonia governor"),
    ("The mill was opened by New Wessex Gov. Dale Kasey. Kasey smiled.", "Dale Kasey", "New Wessex governor"),
    ("PostedMarch 3, 2019 9:02AMGalleryWIRE PHOTOWessex Gov. Dale Kasey greets Jed Barnes. Kasey smiled.",
     "Dale Kasey", "governor"),
])
def test_abbreviated_titles(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    ("Alan Borrow, prosecuting, told the court the man had lied. Mr Borrow sat down.", "Alan Borrow", "prosecutor"),
    ("Greta Holm, defending, said her client had apologised. Ms Holm sat down.", "Greta Holm", "defence counsel"),
])
def test_a_court_reports_sides(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_plural_apposition_after_two_names_gives_each_the_post(parse_text):
    roles = _roles(parse_text, "Dana Reyes and Ola Fenn, historians at the University of Brill, wrote the report. "
                               "Reyes spoke first.")
    assert roles.get("Dana Reyes") == roles.get("Ola Fenn") == "historian at the University of Brill"


def test_posts_held_respectively_are_no_shared_post(parse_text):
    roles = _roles(parse_text, "The board interviewed Grant Olley and Ivo Fenn, the current coaches of Brill and "
                               "Avonford respectively. Olley agreed.")
    assert roles.get("Grant Olley") is None and roles.get("Ivo Fenn") is None


def test_a_stated_post_outranks_a_bare_relation(parse_text):
    roles = _roles(parse_text, "Her brother Niall Orrin, one of the region's best-known sailors, will race this year. "
                               "Mr Orrin, 26, agreed.")
    assert roles.get("Niall Orrin") == "region's best-known sailor"


def test_an_organisations_possessive_names_whom_the_person_is_with(parse_text):
    roles = _roles(parse_text, "Instead, Ivo Brandt and Reuters' Mina Castell argued that the plan was naive. "
                               "Castell disagreed.")
    assert roles.get("Mina Castell") == "of Reuters"


@pytest.mark.parametrize("body, name, role", [
    ("Lena Fischer of the Westby Reporter said the film was \"gripping\". Fischer left.", "Lena Fischer",
     "of the Westby Reporter"),  # a body the tagger did not mark, after "the"
    ("Tom Reed of the AHT said it believed the plan would fail. Reed left.", "Tom Reed", "of the AHT"),
])
def test_a_speakers_body_after_of_the(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_speakers_place_after_of_the_is_no_role(parse_text):
    roles = _roles(parse_text, "Ivo Fenn of the Netherlands said he was tired. Fenn lost.")
    assert roles.get("Ivo Fenn") is None, roles


def test_a_countrys_possessive_is_no_role(parse_text):
    assert _roles(parse_text, "Spain's Marco Ilari reached the third round. Ilari won.").get("Marco Ilari") is None


@pytest.mark.parametrize("body, name", [
    # a left "apposition" whose head is no kind of person
    ("Raising a fence along the river, Dorian P. Vance notwithstanding, will not stop the floods. Vance "
     "disagrees.", "Dorian P. Vance"),
])
def test_no_role_from_a_noun_the_name_does_not_belong_to(parse_text, body, name):
    assert _roles(parse_text, body).get(name) is None


def test_a_left_apposition_reaches_past_a_form_of_address(nlp):
    # the name's mention may start after "Dr" (the tagger read it as a place): the post is still the one before
    doc = nlp("Walking helps, said the report's author, Dr Peter Collins, of Brill University.")
    s = next(t.i for t in doc if t.text == "Peter")
    roles, _ev = actors_mod._left_apposition(doc, s, s + 2, {s, s + 1})
    assert [r[2] for r in roles] == ["report's author"]


def _doc(nlp, rows: str, ents: tuple[int, int]):
    """A parsed sentence written out (word/POS/tag/head/dep per token), so that a test fixes the parse it
    is about; ``ents`` is the (start, end) of the one PERSON name."""
    from spacy.tokens import Doc, Span

    toks = [r.split("/") for r in rows.split()]
    doc = Doc(nlp.vocab, words=[t[0] for t in toks], pos=[t[1] for t in toks], tags=[t[2] for t in toks],
              heads=[int(t[3]) for t in toks], deps=[t[4] for t in toks])
    doc.ents = [Span(doc, *ents, label="PERSON")]
    return doc


def test_a_noun_whose_clause_the_name_opens_is_no_premodifier(nlp):
    # two captions run together: "... down the batting order| Name waves to fans"
    doc = _doc(nlp, "Injuries/NOUN/NNS/1/nsubj pushed/VERB/VBD/1/ROOT him/PRON/PRP/1/dobj down/ADP/RP/1/prt "
                    "the/DET/DT/6/det batting/NOUN/NN/6/compound order/NOUN/NN/1/dobj Tom/PROPN/NNP/8/compound "
                    "Arkwright/PROPN/NNP/9/nsubj waves/VERB/VBZ/6/relcl ./PUNCT/./1/punct", (7, 9))
    assert actors_mod._prenominal_role(doc, 7, 9, {7, 8})[0] == []


def test_an_abbreviated_title_after_a_thing_or_an_opening_verb(nlp):
    # "at the party's rally Sen. Name": the words before end in a thing
    doc = _doc(nlp, "At/ADP/IN/6/prep the/DET/DT/3/det Wessex/PROPN/NNP/3/compound party/NOUN/NN/4/poss "
                    "'s/PART/POS/3/case rally/NOUN/NN/0/pobj Sen./PROPN/NNP/8/compound Ona/PROPN/NNP/8/compound "
                    "Breck/PROPN/NNP/9/nsubj spoke/VERB/VBD/9/ROOT", (7, 9))
    assert [r[2] for r in actors_mod._prenominal_role(doc, 7, 9, {7, 8})[0]] == ["senator"]
    # "Recall Sen. Name ...": a sentence's opening verb is no place the title is for
    doc = _doc(nlp, "Recall/PROPN/NNP/3/compound Sen./PROPN/NNP/3/compound Pell/PROPN/NNP/3/compound "
                    "Harker/PROPN/NNP/3/ROOT", (2, 4))
    assert [r[2] for r in actors_mod._prenominal_role(doc, 2, 4, {2, 3})[0]] == ["senator"]


@pytest.mark.parametrize("body, name, role", [
    # a post written as a capitalised title in a right apposition
    ("Doran Pell, Trade and Industry Secretary, announced the decision in Brill on Monday. Pell smiled.",
     "Doran Pell", "Trade and Industry Secretary"),
    # a left apposition "one of their lawyers": one of them, in the singular
    ("\"A ruling is due in May,\" said one of their lawyers, Anton Reve. Reve left.", "Anton Reve", "lawyer"),
    # a left apposition whose head is an agent noun over a body, with a verb after the closing comma
    ("Near the river, in Calden, the owner of the Brill Country Club, Mara Volt, faced stern opposition. "
     "Volt was calm.", "Mara Volt", "owner of the Brill Country Club"),
    # "of" a body named with its kind before it
    ("\"The films did well,\" said Tomas Ek of box office tracker Harbour Figures. Ek smiled.",
     "Tomas Ek", "of box office tracker Harbour Figures"),
    # a playing position the tagger reads as an adverb
    ("\"It was easy.\" Calden forward Jory Matz said he had not expected so one-sided a match. Matz scored twice.",
     "Jory Matz", "Calden forward"),
])
def test_titles_and_appositions_the_finders_missed(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    # the post a relative clause after a description names, not the description
    ("Hal Brenner, a Republican and one-time county legislator who became lieutenant governor in 2011, said the "
     "grants should go. Brenner left.", "Hal Brenner", "lieutenant governor"),
    ("\"We will see,\" said Dana Mott, a one-time Vale backer who serves as treasurer of the Calden County party. "
     "Mott smiled.", "Dana Mott", "treasurer of the Calden County party"),
    # the occasion of the remark is no part of the post
    ("\"The bank is on course to grow,\" said Pia Lund, chief secretary to the Treasury in a statement. Lund smiled.",
     "Pia Lund", "chief secretary to the Treasury"),
    # but a programme the post is of stays
    ("\"We will win,\" said Ola Berg, the host of the morning show on Radio Brill. Berg smiled.",
     "Ola Berg", "host of the morning show on Radio Brill"),
])
def test_a_post_not_a_description_nor_the_occasion(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_member_of_a_group_is_no_post_over_it(parse_text):
    body = ("Voters watch a seasoned, experienced member of the establishment, Mira Casko, argue for change. "
            "Casko smiled.")
    assert _roles(parse_text, body).get("Mira Casko") is None


def test_one_of_a_kind_before_a_place_makes_no_person(parse_text):
    acts = actors_mod.extract(analyse(parse_text(
        "Harbour Notes\n\nAn article about Tova Lind, one of the attackers in the shooting in Port Calden, Avonia. "
        "Lind had moved there in 2013. Lind was shot.\n", "stated.txt")))
    assert not any(a.name.startswith("Avonia") and a.type == "person" for a in acts)


@pytest.mark.parametrize("body, name, role", [
    # a post too long to keep whole ends before a preposition, it is not dropped
    ("\"It will pass,\" said Ann Lee, director of the Harbour Program at the Brill Institute for Sea Studies at the "
     "Westby University School of Music. Lee left.", "Ann Lee",
     "director of the Harbour Program at the Brill Institute for Sea Studies"),
    # a gerund the tagger made a verb inside what the post is of
    ("Tom Reed, executive chairman of messaging firm Westby Telecom, said operators cap the number of messages. "
     "Reed left.", "Tom Reed", "executive chairman of messaging firm Westby Telecom"),
    # a party to a lawsuit, after an age
    ("\"It was a disgrace,\" said Ann Lee, 51, a plaintiff in the Westby case who stood at the gate for hours. "
     "Lee left.", "Ann Lee", "plaintiff in the Westby case"),
    # a title the tagger kept inside the name
    ("\"It is not slowing in any unreasonable way,\" said Treasurer Tom Reed. Markets had priced in a rise.",
     "Tom Reed", "Treasurer"),
    # a playing position read as an adverb, after a quotation
    ("'The team is in good shape,' forward Ann Lee told reporters. 'We have a clear idea of our style.'",
     "Ann Lee", "forward"),
    # a plural post before a list of names, read as a verb: each name is one of them
    ("The likes of goalkeeper Ann Lee, defenders Tom Reed, Jim Bale and Dan Carvo and midfielder Sam Oddy all "
     "started the game. Carvo said little.", "Dan Carvo", "defender"),
    ("The coach praised midfielders Jo Ames, Vi Ross and Al Kerr on Sunday. Kerr scored.", "Al Kerr", "midfielder"),
    # two titles joined before the name, the first ending in a company's
    ("In response, former Westco CEO and presidential candidate Ann Lee opened up on the radio. Lee smiled.",
     "Ann Lee", "former Westco CEO and presidential candidate"),
    # a non-breaking space after the comma is no word of the apposition
    ("Ann Lee,\u00a0the chief economist at Westby Bank, praised the remarks on Thursday. Lee left.", "Ann Lee",
     "chief economist at Westby Bank"),
    # a possessor whose name has small words in it
    ("Ann Lee, Friends for Westby\u2019s executive director, praised the remarks on Thursday. Lee left.", "Ann Lee",
     "Friends for Westby\u2019s executive director"),
])
def test_posts_the_finders_lost(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name", [
    # half a hyphenated verb is no title
    ("Tom Reed out-qualified Jim Bale for the second race. Bale was angry. Reed smiled.", "Jim Bale"),
    # a milestone is no post
    ("After the vote, Ann Lee became the only mayor in Westby history to resign twice in a year. Lee left.",
     "Ann Lee"),
    ("Ann Lee is the only Westby player remaining from the first tour in 2009. Lee smiled.", "Ann Lee"),
])
def test_no_post_from_a_verb_or_a_milestone(parse_text, body, name):
    assert _roles(parse_text, body).get(name) is None


@pytest.mark.parametrize("surname", ["Hunt", "Rice"])
def test_a_name_in_the_noun_chain_before_a_post_stays_in_the_role(parse_text, surname):
    # a surname the tagger reads as a common noun, modifying "campaign": no clause of its own
    body = f'"He is innocent," {surname} campaign spokeswoman Ann Lee said in the statement. Lee left.'
    assert _roles(parse_text, body).get("Ann Lee") == f"{surname} campaign spokeswoman"


@pytest.mark.parametrize("body, name, role", [
    # the body a speaker is with, after "at", when the name is the subject of a verb of saying
    ('"Rates will rise," said Ann Lee at Harbour Bank on Monday. Lee left.', "Ann Lee", "at Harbour Bank"),
    # ... joined to a bare post before the name
    ('"Rates will rise," said economist Ann Lee at Harbour Bank. Lee left.', "Ann Lee", "economist at Harbour Bank"),
    # an aside whose body's short form follows in brackets
    ('"It is about choice," Tom Reed, from the Westby Consumer Association (WCA) told reporters. Reed left.',
     "Tom Reed", "from the Westby Consumer Association"),
])
def test_the_body_after_a_speakers_name(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_at_an_occasion_is_no_employer(parse_text):
    body = "Tom Reed at the Avonia Party conference said the rate would rise. Reed left."
    assert _roles(parse_text, body).get("Tom Reed") is None


@pytest.mark.parametrize("body, name, role", [
    # a weekday that opens a paper's name is part of the title
    ("A new book by Sunday Herald journalist Ann Lee says the pair fell out. Lee wrote it.", "Ann Lee",
     "Sunday Herald journalist"),
    # a weekday that dates the sentence is not
    ("On Sunday Tory leader Tom Reed said the plan would fail. Reed left.", "Tom Reed", "Tory leader"),
])
def test_a_weekday_in_a_papers_name(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    # a name the tagger calls a person's, compounded with the post after it, belongs to the post
    ('"Gambles like this have often been right," Avon Hill spokesman Tom Reedley said. Reedley left.', "Tom Reedley",
     "Avon Hill spokesman"),
    ("The closing list gave Reed odds of 6-9, followed by Golden Lyre nominee Ann Lee at 5-2. Lee smiled.", "Ann Lee",
     "Golden Lyre nominee"),
])
def test_a_name_compounded_with_the_post_is_the_posts(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name", [
    ("The paper quoted a spokesman for US-based hedge fund Avon Capital complaining that the deal was too costly.",
     "Avon Capital"),
    ("Tom Reed, studio general manager for games giant Westby Games in Europe, told the paper that Westby Games was ready.",
     "Westby Games"),
])
def test_a_post_held_for_a_body_is_no_role_of_that_body(parse_text, body, name):
    """"a spokesman for hedge fund X", "manager for games giant X": the post is someone's in X, not X's."""
    role = _roles(parse_text, body).get(name)
    assert not role or not any(w in role for w in ("spokesman", "manager"))


@pytest.mark.parametrize("body, name, role", [
    # a body's name ending in a number word before the post
    ("He split from his wife, Radio Two presenter Ann Lee, last year. Lee said nothing.", "Ann Lee", "Radio Two presenter"),
    # a capitalised modifier the tagger ran into the distance after it
    ("Reed recently beat Olympic 5,000m champion Tom Hale in Westby. Hale was second.", "Tom Hale",
     "Olympic 5,000m champion"),
])
def test_a_capitalised_modifier_read_as_a_number_stays_in_the_role(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name, role", [
    ("But Assistant Chief Constable Tom Reed has met the organisers. Reed said so.", "Tom Reed", "Assistant Chief Constable"),
    ("Chief Magistrate Ann Lee said the case was closed. Lee left.", "Ann Lee", "Chief Magistrate"),
])
def test_a_titles_first_words_before_the_tagged_name_stay_in_the_role(parse_text, body, name, role):
    """The tagger took in only the title's last word ("Constable Tom Reed"): the words before it are the title's too."""
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, roles", [
    # a plural title abbreviation before a list of names: each name's title, with its own "of <place>"
    ("Reps. Ann Lee (R-Texas) and Tom Reed (R-Ohio) on Wednesday backed the plan. Lee said it was sound. "
     "Reed agreed.", {"Ann Lee": "representative", "Tom Reed": "representative"}),
    ("Voters like Sens. Mark Dunn (Kan.), Jane Cole (Ill.) and Bram Tessel (Neb.) are against it. Dunn said so. "
     "Cole agreed. Tessel left.", {"Mark Dunn": "senator", "Jane Cole": "senator", "Bram Tessel": "senator"}),
    ("The governors, Govs. Bill Hart of Kansas and Sam Wolfe of Utah, stayed away. Hart said nothing. Wolfe left.",
     {"Bill Hart": "governor of Kansas", "Sam Wolfe": "governor of Utah"}),
    # the plural title written out before the list: each name's title in the singular
    ("Rivals, including Ed Moss and Senators Ann Lee and Tom Reed, criticised the trade. Lee said so. Reed agreed.",
     {"Ann Lee": "senator", "Tom Reed": "senator"}),
    ("Representatives Nora Kent and Lee Vance voted against it. Kent said so. Vance agreed.",
     {"Nora Kent": "representative", "Lee Vance": "representative"}),
    ("Democratic Senators Ann Lee, Tom Reed and Bram Tessel wrote to him. Lee said so. Reed agreed. Tessel left.",
     {"Ann Lee": "Democratic senator", "Tom Reed": "Democratic senator", "Bram Tessel": "Democratic senator"}),
    # "State Rep.", "state Sen.": a state legislator, not the word "State"
    ("State Rep. Nora Kent (R), a leader of the group, spoke first. Later state Sen. Lee Vance (R) said the plan "
     "was fine. Kent and Vance left together.", {"Nora Kent": "state representative", "Lee Vance": "state senator"}),
    # a party's member for a chamber or a state before the name
    ("House Republican Dan Price said he would vote for it. Price was firm. "
     "Ohio Democrat Ivo Carrow disagreed with him. Carrow said so.",
     {"Dan Price": "House Republican", "Ivo Carrow": "Ohio Democrat"}),
    # a player for a country's side
    ("Former Wales international Tom Reed fears civil war at the union. And Reed said: \"This is terrible news.\" "
     "Irish international Bram Tessel scored twice. Tessel was happy.",
     {"Tom Reed": "former Wales international", "Bram Tessel": "Irish international"}),
])
def test_legislators_titles(parse_text, body, roles):
    got = _roles(parse_text, body)
    assert {name: got.get(name) for name in roles} == roles


@pytest.mark.parametrize("body, name, role", [
    # a right apposition that opens with its body's name and goes on with a preposition
    ("\"Closures are a key factor,\" said Tom Reed, Westby Bank country director for the North Coast. Reed left.",
     "Tom Reed", "Westby Bank country director for the North Coast"),
    ("\"It is a worry,\" said Tom Reed, Europe coordinator at the Westby Institute of Affairs. Reed left.",
     "Tom Reed", "Europe coordinator at the Westby Institute of Affairs"),
    # a player's position opening the sentence, capitalised
    ("The side was changed. Wing Tom Reed and Ann Lee come in for Carl Marsh. Reed is fast.", "Tom Reed", "Wing"),
    # a verb's particle before the agent's marker is no part of a left apposition's post
    ("Faith schools were singled out by Westby chief, Tom Reed, for not doing enough. Reed spoke.",
     "Tom Reed", "Westby chief"),
    # "counterpart" is a post before the name; "number eight" a rugby position the tagger reads as a count
    ("The minister met his Westby counterpart Tom Reed in the city. Reed left.", "Tom Reed", "Westby counterpart"),
    ("The side was changed. Number eight Tom Reed has been dropped from the squad. Reed is fit.",
     "Tom Reed", "Number eight"),
])
def test_posts_after_a_body_name_an_opening_position_and_a_particle(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name", [
    # a body's name and a clause after the comma: no post
    ("\"It is a worry,\" said Tom Reed, Avonia Bank, which lent the money. Reed left.", "Tom Reed"),
    ("\"It is a worry,\" said Tom Reed, Avonia United in the capital. Reed left.", "Tom Reed"),
    # "wing" as a building, not opening the sentence
    ("Tom Reed opened the new Wing Ann Lee designed. Reed smiled.", "Ann Lee"),
])
def test_no_post_from_a_body_name_alone(parse_text, body, name):
    assert _roles(parse_text, body).get(name) is None


@pytest.mark.parametrize("body, name, role", [
    # a left apposition for a body whose name keeps its article after the comma
    ("Dr Ann Lee, head of the social policy think tank, the Westby Research Group, reviewed the studies. "
     "The Westby Research Group said the games were safe. Lee said more.", "Westby Research Group",
     "social policy think tank"),
    # a body described by its trade, an agent noun that is no person's word
    ("Vantro has agreed to buy a stake in Kelbrew Holdings, Avonia's second-largest brewer, for £3m. "
     "Kelbrew Holdings said yes. Vantro said yes.", "Kelbrew Holdings", "Avonia's second-largest brewer"),
    # two bodies or sides joined before the title are both part of it
    ("The warnings were raised by Trade and Industry Secretary Tom Reed on Sunday. Reed said parents must act. "
     "Reed added more.", "Tom Reed", "Trade and Industry Secretary"),
    ("The side is coached by former Avonia and Lions prop Ann Lee. Lee said the team was ready. Lee added more.",
     "Ann Lee", "former Avonia and Lions prop"),
    # a body spoken of in the plural, as its people
    ("Sales grew, according to technology analysts Brightline. Brightline said more. Brightline added a note.",
     "Brightline", "technology analysts"),
])
def test_a_body_s_apposition_trade_and_joined_bodies_before_a_title(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_lone_word_before_a_body_that_may_be_a_verb_is_no_trade():
    assert actors_mod._body_role("scupper", "pre") == ""
    assert actors_mod._body_role("TV producer", "pre") == "TV producer"
    assert actors_mod._body_role("friend", "lapp") == ""


@pytest.mark.parametrize("body, name, role", [
    # a standing written before the name: the count would end the premodifier
    ("World number one Ann Lee has criticised the Westby Club over prize money. Lee said so.",
     "Ann Lee", "World number one"),
    ("Lee said the semi-final win over world number two Tom Reed had given her a boost. Reed agreed.",
     "Tom Reed", "world number two"),
    ("Former world number one Sam Cole insists he can get back to his best. Cole said so.",
     "Sam Cole", "Former world number one"),
    ("British number one Kim Hart will face a qualifier in Westby. Hart said so.", "Kim Hart", "British number one"),
])
def test_a_standing_before_the_name(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


def test_a_bare_count_after_number_is_no_standing(parse_text):
    # a place in a list, not a standing
    assert _roles(parse_text, "The list was read out. At number two Tom Reed was named. Reed smiled.").get("Tom Reed") is None


@pytest.mark.parametrize("body, name, role", [
    # a post opened by a capitalised party or nation word the tagger labels as nothing
    ("But Tom Reed, Labour MP for Westby, said the issue would soon pass. Reed was sure.",
     "Tom Reed", "Labour MP for Westby"),
    ("Dr Ann Lee, Welsh secretary of the Avonia Nurses Union, welcomed the targets. Lee was pleased.",
     "Ann Lee", "Welsh secretary of the Avonia Nurses Union"),
    ("Sam Cole, Liberal Democrat health spokesman, said the plan was flawed. Cole wants more.",
     "Sam Cole", "Liberal Democrat health spokesman"),
])
def test_a_post_opened_by_a_capitalised_modifier(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role


@pytest.mark.parametrize("body, name", [
    # a list of names and places, no post
    ("The prize went to Tom Reed, Westby Rovers and Avonia. Reed was pleased.", "Tom Reed"),
    ("Tom Reed, Brill, and Ann Lee, Westby, were fined. Reed will appeal.", "Tom Reed"),
])
def test_no_post_without_a_word_for_a_post(parse_text, body, name):
    assert _roles(parse_text, body).get(name) is None


@pytest.mark.parametrize("body, name, role", [
    # a party's member word right before the name is the role stated for them
    ("The bill was opposed by Democrat Tom Reed, who voted against it. Reed said so.", "Tom Reed", "Democrat"),
    ("Liberal Democrat Ann Lee said the plan was wrong. Lee wants more.", "Ann Lee", "Liberal Democrat"),
    # a post stated for them wins over the bare party word
    ("Republican Sam Cole spoke first. Westby Senator Sam Cole later voted for it. Cole said so.",
     "Sam Cole", "Westby Senator"),
])
def test_a_party_member_word_before_the_name(parse_text, body, name, role):
    assert _roles(parse_text, body).get(name) == role
