"""Small, general knowledge for the key-actor extractor (see :mod:`generator.extract.actors`).

* a gazetteer of countries (canonical name, other names, capital, demonyms) and of major
  international organisations (canonical name, acronyms, other names);
* word lists: honorifics, job titles, human and organisational head nouns, speech verbs,
  common given names (evidence that an unknown capitalised name is a person).

Nothing here is keyed to particular articles: it is the kind of list any newsroom tool keeps.
"""

from __future__ import annotations

import re

# canonical | other names (;) | capital(s) used as metonyms for the government (;) | demonyms (;)
_COUNTRIES = """
United States|U.S.;US;U.S.A.;USA;United States of America;America;the States|Washington;Washington D.C.;Washington, D.C.|American;Americans
United Kingdom|UK;U.K.;Britain;Great Britain|London;Westminster|British;Briton;Britons
Russia|Russian Federation|Moscow;the Kremlin;Kremlin|Russian;Russians
Ukraine||Kyiv;Kiev|Ukrainian;Ukrainians
China|People's Republic of China;PRC|Beijing|Chinese
France||Paris;the Elysee;Elysee|French
Germany||Berlin|German;Germans
Italy||Rome|Italian;Italians
Spain||Madrid|Spanish;Spaniard;Spaniards
Portugal||Lisbon|Portuguese
Netherlands|the Netherlands;Holland|Amsterdam;The Hague|Dutch
Belgium||Brussels|Belgian;Belgians
Switzerland||Bern|Swiss
Austria||Vienna|Austrian;Austrians
Poland||Warsaw|Polish;Poles
Hungary||Budapest|Hungarian;Hungarians
Czech Republic|Czechia|Prague|Czech;Czechs
Slovakia||Bratislava|Slovak;Slovaks
Romania||Bucharest|Romanian;Romanians
Bulgaria||Sofia|Bulgarian;Bulgarians
Greece||Athens|Greek;Greeks
Turkey|Turkiye;Türkiye|Ankara|Turkish;Turks
Sweden||Stockholm|Swedish;Swedes
Norway||Oslo|Norwegian;Norwegians
Denmark||Copenhagen|Danish;Danes
Finland||Helsinki|Finnish;Finns
Iceland||Reykjavik|Icelandic
Ireland|Republic of Ireland;Eire|Dublin|Irish
Estonia||Tallinn|Estonian;Estonians
Latvia||Riga|Latvian;Latvians
Lithuania||Vilnius|Lithuanian;Lithuanians
Belarus||Minsk|Belarusian;Belarusians
Moldova||Chisinau|Moldovan;Moldovans
Georgia||Tbilisi|Georgian;Georgians
Armenia||Yerevan|Armenian;Armenians
Azerbaijan||Baku|Azerbaijani;Azerbaijanis
Serbia||Belgrade|Serbian;Serbs
Croatia||Zagreb|Croatian;Croats
Bosnia|Bosnia and Herzegovina|Sarajevo|Bosnian;Bosnians
Kosovo||Pristina|Kosovar;Kosovars
Israel||Jerusalem;Tel Aviv|Israeli;Israelis
Palestine|Palestinian territories|Ramallah|Palestinian;Palestinians
Iran|Islamic Republic of Iran|Tehran|Iranian;Iranians
Iraq||Baghdad|Iraqi;Iraqis
Syria||Damascus|Syrian;Syrians
Lebanon||Beirut|Lebanese
Jordan||Amman|Jordanian;Jordanians
Saudi Arabia|Saudi|Riyadh|Saudi;Saudis
Yemen||Sanaa|Yemeni;Yemenis
Qatar||Doha|Qatari;Qataris
United Arab Emirates|UAE;U.A.E.|Abu Dhabi|Emirati;Emiratis
Kuwait||Kuwait City|Kuwaiti;Kuwaitis
Oman||Muscat|Omani;Omanis
Bahrain||Manama|Bahraini;Bahrainis
Egypt||Cairo|Egyptian;Egyptians
Libya||Tripoli|Libyan;Libyans
Tunisia||Tunis|Tunisian;Tunisians
Algeria||Algiers|Algerian;Algerians
Morocco||Rabat|Moroccan;Moroccans
Sudan||Khartoum|Sudanese
South Sudan||Juba|South Sudanese
Ethiopia||Addis Ababa|Ethiopian;Ethiopians
Eritrea||Asmara|Eritrean;Eritreans
Somalia||Mogadishu|Somali;Somalis
Kenya||Nairobi|Kenyan;Kenyans
Uganda||Kampala|Ugandan;Ugandans
Tanzania||Dodoma|Tanzanian;Tanzanians
Rwanda||Kigali|Rwandan;Rwandans
Nigeria||Abuja|Nigerian;Nigerians
Ghana||Accra|Ghanaian;Ghanaians
Senegal||Dakar|Senegalese
Mali||Bamako|Malian;Malians
Niger||Niamey|Nigerien;Nigeriens
Chad||N'Djamena|Chadian;Chadians
Cameroon||Yaounde|Cameroonian;Cameroonians
Democratic Republic of Congo|DRC;DR Congo;Congo|Kinshasa|Congolese
South Africa||Pretoria|South African;South Africans
Zimbabwe||Harare|Zimbabwean;Zimbabweans
Zambia||Lusaka|Zambian;Zambians
Mozambique||Maputo|Mozambican;Mozambicans
Angola||Luanda|Angolan;Angolans
Afghanistan||Kabul|Afghan;Afghans
Pakistan||Islamabad|Pakistani;Pakistanis
India||New Delhi;Delhi|Indian;Indians
Bangladesh||Dhaka|Bangladeshi;Bangladeshis
Sri Lanka||Colombo|Sri Lankan;Sri Lankans
Nepal||Kathmandu|Nepali;Nepalese
Myanmar|Burma|Naypyidaw|Burmese
Thailand||Bangkok|Thai
Vietnam|Viet Nam|Hanoi|Vietnamese
Cambodia||Phnom Penh|Cambodian;Cambodians
Malaysia||Kuala Lumpur|Malaysian;Malaysians
Singapore|||Singaporean;Singaporeans
Indonesia||Jakarta|Indonesian;Indonesians
Philippines|the Philippines|Manila|Filipino;Filipinos
Japan||Tokyo|Japanese
South Korea|Republic of Korea;Korea|Seoul|South Korean;South Koreans
North Korea|DPRK|Pyongyang|North Korean;North Koreans
Taiwan||Taipei|Taiwanese
Mongolia||Ulaanbaatar|Mongolian;Mongolians
Kazakhstan||Astana|Kazakh;Kazakhs
Uzbekistan||Tashkent|Uzbek;Uzbeks
Australia||Canberra|Australian;Australians
New Zealand||Wellington|New Zealander;New Zealanders
Canada||Ottawa|Canadian;Canadians
Mexico||Mexico City|Mexican;Mexicans
Cuba||Havana|Cuban;Cubans
Venezuela||Caracas|Venezuelan;Venezuelans
Colombia||Bogota|Colombian;Colombians
Brazil||Brasilia|Brazilian;Brazilians
Argentina||Buenos Aires|Argentine;Argentinian;Argentines
Chile||Santiago|Chilean;Chileans
Peru||Lima|Peruvian;Peruvians
Bolivia||La Paz|Bolivian;Bolivians
Ecuador||Quito|Ecuadorian;Ecuadorians
Haiti||Port-au-Prince|Haitian;Haitians
Maldives|the Maldives|Male|Maldivian;Maldivians
Europe|||
Africa|||
Asia|||
Middle East|||
Latin America|||
""" + "" + """
"""

# canonical | acronyms and other names (;) | type
_ORGS = """
NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Nato|organization
United Nations|UN;U.N.|organization
UN Security Council|U.N. Security Council;Security Council;United Nations Security Council|organization
European Union|EU;E.U.|organization
European Commission|the Commission|organization
International Monetary Fund|IMF|organization
World Bank||organization
World Health Organization|WHO;World Health Organisation|organization
World Trade Organization|WTO;World Trade Organisation|organization
OPEC|Organization of the Petroleum Exporting Countries|organization
Federal Reserve|the Fed;Fed|organization
European Central Bank|ECB|organization
Bank of England||organization
African Union|AU|organization
Association of Southeast Asian Nations|ASEAN|organization
Group of Seven|G7;G-7|organization
Group of 20|G20;G-20|organization
Federal Bureau of Investigation|FBI|organization
Central Intelligence Agency|CIA|organization
Pentagon|the Pentagon|organization
White House|the White House|organization
Downing Street|Number 10;No 10|organization
Congress|US Congress;U.S. Congress|organization
Islamic State|IS;ISIS;ISIL;Islamic State group;Daesh|organization
Al Qaeda|Al-Qaeda;al-Qaeda;al Qaeda;Al Qaida|organization
Hamas||organization
Hezbollah||organization
Taliban|the Taliban|organization
"""


def _key(s: str) -> str:
    """Lookup key: case-folded, curly quotes straightened, dots and leading "the" dropped."""
    s = s.replace("’", "'").replace(".", "").strip()
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return re.sub(r"[\s\-]+", " ", s).lower()


#: lookup key -> (canonical name, type, how: "name" | "capital")
GAZETTEER: dict[str, tuple[str, str, str]] = {}
#: demonym key -> canonical country
DEMONYMS: dict[str, str] = {}
#: canonical -> all names (for title search and cross-article identity)
CANONICAL_NAMES: dict[str, list[str]] = {}

for _line in _COUNTRIES.strip().splitlines():
    _canon, _alts, _caps, _dems = (_line.split("|") + ["", "", ""])[:4]
    _names = [_canon] + [a for a in _alts.split(";") if a]
    CANONICAL_NAMES[_canon] = _names + [c for c in _caps.split(";") if c]
    for _n in _names:
        GAZETTEER.setdefault(_key(_n), (_canon, "place", "name"))
    for _c in _caps.split(";"):
        if _c:
            GAZETTEER.setdefault(_key(_c), (_canon, "place", "capital"))
    for _d in _dems.split(";"):
        if _d:
            DEMONYMS[_key(_d)] = _canon

for _line in _ORGS.strip().splitlines():
    _canon, _alts, _type = _line.split("|")
    _names = [_canon] + [a for a in _alts.split(";") if a]
    CANONICAL_NAMES[_canon] = _names
    for _n in _names:
        GAZETTEER[_key(_n)] = (_canon, _type, "name")

# Ambiguous short keys that are ordinary words or common names: only trusted in upper case.
CASE_SENSITIVE = {"us", "who", "is", "au", "fed", "male", "georgia", "jordan", "chad", "niger", "paris", "sofia",
                  "lima", "victoria", "congress", "commission", "security council", "turkey"}


def lookup(text: str) -> tuple[str, str, str] | None:
    """``(canonical, type, how)`` for a gazetteer name, or None."""
    k = _key(text)
    hit = GAZETTEER.get(k)
    if hit is None:
        return None
    bare = re.sub(r"^the\s+", "", text.replace(".", "").strip(), flags=re.I)
    if k in ("us", "who", "is", "au", "fed") and bare not in ("US", "WHO", "IS", "AU", "Fed"):
        return None
    return hit


#: Forms of address: not part of a person's name, not a role.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "reverend",
              "fr", "father", "sister", "brother", "messrs", "madam", "mme", "m", "herr", "frau", "st"}
#: Titles that stay part of a British name ("Lord Goldsmith") but are dropped for matching.
PEERAGE = {"lord", "lady", "baroness", "baron", "earl", "countess", "viscount", "duke", "duchess", "prince",
           "princess", "king", "queen", "marquess", "sheikh", "emir", "pope", "archbishop", "bishop", "cardinal"}
#: Job titles that can stand before a name ("President Zelensky", "Secretary of State Rubio").
TITLE_WORDS = {"president", "vice", "prime", "minister", "secretary", "chancellor", "senator", "sen", "rep",
               "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "general", "gen",
               "admiral", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander",
               "judge", "justice", "attorney", "ambassador", "envoy", "chairman", "chairwoman", "chair",
               "speaker", "leader", "chief", "director", "deputy", "foreign", "defence", "defense", "home",
               "interior", "finance", "state", "treasury", "health", "education", "solicitor", "coach",
               "manager", "officer", "inspector", "detective", "constable", "superintendent", "commissioner",
               "premier", "chief executive", "ceo", "spokesman", "spokeswoman", "spokesperson", "agent",
               "president-elect", "first", "lady", "mp", "mep", "qc", "kc", "dr"}

#: Heads of noun phrases that name a group of people who can act ("regulators said").
GROUP_HEADS = {
    "officials", "ministers", "lawmakers", "legislators", "mps", "meps", "senators", "politicians", "leaders",
    "regulators", "authorities", "investigators", "prosecutors", "police", "officers", "detectives", "troops",
    "soldiers", "forces", "militants", "rebels", "insurgents", "fighters", "jihadists", "extremists", "terrorists",
    "protesters", "protestors", "demonstrators", "activists", "campaigners", "critics", "opponents", "supporters",
    "followers", "voters", "residents", "citizens", "migrants", "refugees", "asylum-seekers", "workers",
    "employees", "staff", "unions", "teachers", "students", "pupils", "parents", "mothers", "fathers", "families",
    "doctors", "nurses", "patients", "scientists", "researchers", "economists", "analysts", "experts", "investors",
    "shareholders", "traders", "bankers", "consumers", "customers", "users", "shoppers", "passengers", "drivers",
    "farmers", "fans", "players", "bookmakers", "punters", "judges", "jurors", "diplomats", "negotiators",
    "democrats", "republicans", "conservatives", "liberals", "allies", "donors", "lobbyists", "executives",
    "manufacturers", "retailers", "banks", "companies", "firms", "airlines", "insurers", "lenders", "landlords",
    "tenants", "children", "women", "men", "victims", "survivors", "witnesses", "inspectors", "officials",
}
#: Heads of definite noun phrases that name an organisation ("the government", "the panel").
ORG_HEADS = {
    "government", "administration", "ministry", "department", "office", "agency", "commission", "committee",
    "council", "panel", "board", "campaign", "party", "court", "parliament", "cabinet", "regime", "army",
    "military", "navy", "police", "company", "firm", "group", "bank", "fund", "union", "club", "team",
    "coalition", "alliance", "authority", "regulator", "watchdog", "charity", "trust", "foundation", "institute",
    "university", "school", "hospital", "council", "senate", "assembly", "opposition", "prosecution",
    "service", "network", "broadcaster", "newspaper", "airline", "carmaker", "retailer", "bank", "inquiry",
}
#: Generic company nouns: "the firm" usually means the article's main organisation.
GENERIC_ORG_HEADS = {"company", "firm", "carmaker", "retailer", "airline", "bank", "broadcaster",
                     "newspaper", "business", "giant", "maker", "manufacturer", "insurer", "lender", "fund",
                     "organisation", "organization"}
#: Kin and personal nouns that, with "my/our", name a recurring person in first-person pieces.
KIN_HEADS = {"father", "mother", "dad", "mum", "mom", "husband", "wife", "son", "daughter", "brother", "sister",
             "grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt", "partner", "boyfriend",
             "girlfriend", "friend", "boss", "parents"}
#: Head nouns meaning a person (evidence for type person; roles).
HUMAN_NOUNS = KIN_HEADS | {
    "man", "woman", "boy", "girl", "child", "teenager", "spokesman", "spokeswoman", "spokesperson", "president",
    "minister", "secretary", "chief", "executive", "director", "chairman", "chairwoman", "founder", "co-founder",
    "professor", "analyst", "economist", "expert", "lawyer", "judge", "officer", "official", "leader", "candidate",
    "nominee", "senator", "governor", "mayor", "envoy", "ambassador", "jockey", "player", "coach", "manager",
    "striker", "seed", "champion", "singer", "actor", "actress", "writer", "author", "journalist", "editor",
    "reporter", "moderator", "hairdresser", "nurse", "doctor", "teacher", "student", "mp", "peer", "widow",
    "grandmother", "grandfather", "businessman", "businesswoman", "entrepreneur", "pensioner", "triathlete",
    "athlete", "playwright", "artist", "scientist", "researcher", "campaigner", "activist", "prince", "princess",
    "rival", "aide", "adviser", "advisor", "consultant", "surgeon", "physician", "detective", "soldier",
    "partner", "friend", "colleague", "victim", "suspect", "mother", "father", "daughter", "son", "wife", "husband",
}
#: Head nouns meaning an organisation (evidence for type organization).
ORG_NOUNS = ORG_HEADS | GENERIC_ORG_HEADS | {"bookmakers", "bookmaker", "think", "tank", "maker", "giant",
                                             "organisation", "organization", "outlet", "station", "channel",
                                             "publisher", "website", "site", "magazine", "startup", "brand"}
#: Last words that make a capitalised name an organisation, whatever spaCy says.
ORG_SUFFIXES = {"inc", "corp", "corporation", "ltd", "plc", "llc", "co", "company", "group", "bank", "news",
                "institute", "university", "college", "school", "center", "centre", "society", "association",
                "council", "committee", "commission", "agency", "office", "department", "ministry", "party",
                "foundation", "trust", "fund", "club", "league", "union", "federation", "organisation",
                "organization", "service", "services", "times", "post", "journal", "herald", "guardian",
                "telegraph", "tribune", "network", "airlines", "airways", "motors", "board", "court", "chambers",
                "ambulance", "hospital", "police", "army", "navy", "front", "brigade", "movement", "campaign",
                "observer", "gazette", "chronicle", "mirror", "express", "independent", "record", "courier",
                "bulletin", "magazine", "review", "daily", "weekly", "tv", "radio", "fc", "united",
                "government", "administration", "authority", "parliament", "assembly", "senate", "house"}
#: Last words that make a capitalised name a place (a setting, not an actor).
PLACE_SUFFIXES = {"square", "street", "road", "avenue", "lane", "park", "bridge", "abbey", "cathedral", "church",
                  "airport", "station", "stadium", "arena", "island", "islands", "river", "lake", "mountains",
                  "valley", "beach", "county", "city", "province", "region", "wing"}
#: Titles used as definite descriptions of a person ("the attorney general", "the prime minister").
DESCRIPTION_TITLES = {"attorney general", "prime minister", "chancellor", "foreign secretary", "home secretary",
                      "health secretary", "defence secretary", "defense secretary", "secretary of state", "president",
                      "vice president", "chief executive", "chairman", "chief economist", "governor", "mayor",
                      "first minister", "deputy prime minister", "lord chancellor", "solicitor general",
                      "speaker", "pope", "chief constable", "commissioner", "senator", "premier", "taoiseach",
                      "chief justice", "justice secretary", "education secretary", "business secretary"}
#: Verbs of saying (the subject of one is a source).
SPEECH_VERBS = {"say", "tell", "add", "state", "note", "explain", "insist", "claim", "argue", "warn", "announce",
                "confirm", "deny", "admit", "write", "reply", "respond", "suggest", "hint", "describe", "stress",
                "comment", "acknowledge", "declare", "report", "predict", "urge", "ask", "call", "accuse",
                "praise", "criticise", "criticize", "welcome", "reveal", "estimate", "recall", "concede", "tweet",
                "emphasise", "emphasize", "continue", "remark", "complain", "question", "wonder"}

#: Common given names: evidence that "Julia Church" or "Lester Holt" is a person.
GIVEN_NAMES = set("""
aaron abigail adam adrian aidan alan albert alex alexander alexandra alexis alfred alice alicia alison amanda amber
amy andrea andrew angela angelina ann anna anne anthony antonio arthur ashley barbara barry ben benjamin bernard
beth betty bill billy bob bobby brad bradley brandon brenda brian bruce bryan carl carla carlos carmel carol
caroline carolyn catherine charles charlie charlotte chris christian christina christine christopher claire colin
craig daniel danielle david dean deborah debra dennis derek diana diane donald donna doris dorothy douglas dylan
edward eleanor elizabeth ellen emily emma eric erica eugene evelyn frances francis frank fred gary george gerald
gordon grace graham greg gregory hannah harold harriet harry heather helen henry howard hugh ian isabel isabella
ivanka jack jacob jacqueline james jamie jane janet jason jean jeff jeffrey jennifer jeremy jerry jesse jessica jill
jim jimmy joan joe john johnny jon jonathan jordan jose joseph joshua joyce juan judith judy julia julian julie
justin karen kate katherine kathleen kathryn katie keith kelly ken kenneth kevin kim kimberly larry laura lauren
lawrence lee leonard lester linda lisa louis louise lucy luke margaret maria marie marilyn mark martha martin mary
matt matthew maureen megan melissa michael michelle mike nancy natalie nathan neil nicholas nick nicola nicolas
nigel oliver olivia pamela pat patricia patrick paul paula peter philip philippe rachel ralph randy raymond rebecca
richard rick rita rob robert robin roger ronald rose rosemary roy russell ruth ryan sally sam samantha samuel sandra
sara sarah scott sean sharon shirley simon sophie stephanie stephen steve steven stuart susan suzanne teresa terry
theresa thomas tim timothy tina todd tom tony tracy valerie vanessa victoria vincent virginia walter wayne william
willie zoe ahmed ali fatima hassan ibrahim mohammed muhammad omar vladimir volodymyr sergei dmitry olga boris igor
marco luca giuseppe francesco pierre jacques francois emmanuel angela olaf hans klaus wolfgang juergen xi li wang
hillary barack joe kamala mitt nikki rishi keir liz theresa gordon tony jeremy nicolas rafael mariano gaston flavio
laurent maury aparna jo-renee anderson lester steve elon jeff mark sundar tim satya
""".split())

#: Surnames of people so prominent in the news that the bare surname names them (evidence that a
#: lone "Trump" or "Putin" is a person, whatever NER says).
FAMOUS_SURNAMES = set("""
trump biden obama clinton bush reagan carter pence harris kamala sanders pelosi mcconnell schumer desantis haley
vance putin zelensky zelenskyy medvedev lavrov navalny xi macron merkel scholz sunak starmer johnson cameron blair
brown thatcher corbyn farage truss modi netanyahu erdogan orban meloni trudeau albanese lula milei bolsonaro maduro
khamenei assad kim musk zuckerberg bezos gates buffett pope francis
""".split())

#: Words that end an entity when spaCy runs a name into the next word ("Sam - after").
NAME_STOP_WORDS = {"after", "before", "and", "or", "but", "said", "says", "told", "meeting", "talks", "hails"}
