"""Key actors (issue #17): a person's name keeps all of its parts. A middle initial is the name's,
never a title ("Harold M. Boone" is no "Boone" with role "Harold M."), and a name the tagger cut in
two right where the given names end is put back together.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from helpers import candidate_actors

INITIAL_M = """Budget Row Deepens

The bill will fail, Senate Minority Leader Harold M. Boone (D) told reporters on Monday. "We have the votes to stop it," he added.

Avonia Attorney General Marta M. Selby (D) has promised a lawsuit. Boone expects a vote next week.

Harold M. Boone met party leaders on Tuesday. Selby filed papers the same day.
"""


def _people(parsed):
    return {a.name: a for a in candidate_actors(parsed) if a.type == "person"}


def test_a_middle_initial_m_is_part_of_the_name_not_a_title(parse_text):
    people = _people(parse_text(INITIAL_M, "budget.txt"))
    assert "Harold M. Boone" in people and "Marta M. Selby" in people
    assert people["Harold M. Boone"].role == "Senate Minority Leader"
    assert "Boone" in people["Harold M. Boone"].aliases
    assert people["Marta M. Selby"].role == "Avonia Attorney General"


INITIAL_NO_STOP = """Singer Cleared

The singer's lawyer, Walter M Quill, said his client was pleased with the decision. The case was closed on Monday.
"""


def test_a_middle_initial_without_its_stop_is_part_of_the_name(parse_text):
    people = _people(parse_text(INITIAL_NO_STOP, "singer.txt"))
    assert "Walter M Quill" in people
    assert people["Walter M Quill"].role != "Walter M"


MONSIEUR = """Velmora Talks

M. Lavoisier, the French envoy, said the talks had gone well. Lavoisier will return on Friday.
"""


def test_m_before_a_surname_is_still_the_french_honorific(parse_text):
    names = {a.name for a in candidate_actors(parse_text(MONSIEUR, "paris.txt"))}
    assert "Lavoisier" in names and "M. Lavoisier" not in names


CUT_IN_TWO = """Two Charged

A warehouse burned down on Friday. Police have since questioned the owner Owen Lee Barnet and Timothy Graham Nigel Pike who both worked there.

The owner Owen Lee Barnet and his partner Timothy Graham Nigel Pike, who ran the night shift, were released.

Pike, 46, will appear in court next month.
"""


def test_a_name_the_tagger_cut_in_two_is_one_person(parse_text):
    people = _people(parse_text(CUT_IN_TWO, "charged.txt"))
    assert "Timothy Graham Nigel Pike" in people
    assert "Pike" in people["Timothy Graham Nigel Pike"].aliases
    assert not {"Timothy Graham", "Nigel Pike"} & set(people)


SEAM_END = """Striker Dances In Velmora

Avon Rovers forward Tobi Mensah was filmed juggling a ball beside the Arc de Calder The Avonian international shared the clip on Sunday. Crowds at the Arc de Calder cheered him on.

Seats for Saturday's derby cost £64, a record for the Avon League Supporters from both clubs marched to the stadium. The Avon League has fined clubs before, and supporters were angry.

Mensah said he loved Velmora.
"""


def test_a_name_run_into_the_next_sentence_ends_where_that_sentence_opens(parse_text):
    names = {a.name for a in candidate_actors(parse_text(SEAM_END, "paris.txt"))}
    assert {"Arc de Calder", "Avon League"} <= names
    assert not {"Arc de Calder The Avonian", "Avon League Supporters"} & names


SEAM_START = """Box Office

Comedy Harbour Lights earned the most of any film over the holiday weekend. The comedy had cost little to make.

Harbour Lights and the Civic Party were named again. Harbour Lights took $40m.
"""


def test_a_sentence_first_word_the_article_writes_in_lower_case_is_no_part_of_the_name(parse_text):
    names = {a.name for a in candidate_actors(parse_text(SEAM_START, "box.txt"))}
    assert "Harbour Lights" in names and "Comedy Harbour Lights" not in names


TITLE_WITH_THE = """Film Tops Chart

Critics loved Meet The Tollivers, which opened on Friday. Meet The Tollivers took $30m, and the critics said the film was the best of the year.
"""


def test_a_capital_the_inside_a_name_written_only_whole_stays(parse_text):
    names = {n for a in candidate_actors(parse_text(TITLE_WITH_THE, "film.txt")) for n in [a.name, *a.aliases]}
    assert "Meet" not in names


PREFIXED = """Rally Held

Shareholders of ex-Vantrel, the oil firm, met on Tuesday. Vantrel once pumped a fifth of the region's oil, and Vantrel still owns two refineries.
"""


def test_a_lower_case_prefix_is_no_part_of_a_name(parse_text):
    names = {n for a in candidate_actors(parse_text(PREFIXED, "rally.txt")) for n in [a.name, *a.aliases]}
    assert "Vantrel" in names
    assert not any(n.startswith(("ex-", "pro-")) for n in names)


GIVEN_NAME_LEFT_OUT = """Club Bid Rejected

The board of Westby Rovers said it would oppose any takeover bid from US tycoon Malcom Tregarth. Mr Tregarth has asked to see the club's accounts.

Fans protested outside the ground on Saturday. Mr Tregarth said the bid was fair.
"""


def test_a_given_name_the_tagger_left_out_is_part_of_the_name_not_the_role(parse_text):
    people = _people(parse_text(GIVEN_NAME_LEFT_OUT, "bid.txt"))
    assert "Malcom Tregarth" in people and "Tregarth" not in people
    assert people["Malcom Tregarth"].role == "US tycoon"
    assert "Mr Tregarth" in people["Malcom Tregarth"].aliases


FULL_NAME_ONCE = """Coach Stays

Marcel Kernow insists the old mistakes will not be made again. The former captain said the team was ready. "We are stronger now," Kernow said. Kernow joined the club in 2003.
"""


def test_a_full_name_written_once_names_the_person_its_surname_tags(parse_text):
    people = _people(parse_text(FULL_NAME_ONCE, "coach.txt"))
    assert "Marcel Kernow" in people and "Kernow" not in people
    assert "Kernow" in people["Marcel Kernow"].aliases
