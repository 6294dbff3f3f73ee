"""Names of countries and organisations, for the `mentions` enricher.

Each country line reads `Canonical name | other names | demonyms`, names
separated by `;`. The canonical name is the short English name a reader
would use (`Russia`, not `Russian Federation`). Each organisation line reads
`Canonical name | acronyms and other names`. Kept as plain text so that
adding a name is a one-line change that a reviewer can read. `trie_pattern`
turns such lists into fast regular expressions.
"""
from __future__ import annotations

import re

COUNTRIES = """
Afghanistan | Islamic Republic of Afghanistan | Afghan; Afghans
Albania | Republic of Albania | Albanian; Albanians
Algeria | People's Democratic Republic of Algeria | Algerian; Algerians
Andorra | | Andorran
Angola | Republic of Angola | Angolan
Argentina | Argentine Republic | Argentine; Argentinian; Argentinians
Armenia | Republic of Armenia | Armenian; Armenians
Australia | Commonwealth of Australia | Australian; Australians
Austria | Republic of Austria | Austrian; Austrians
Azerbaijan | Republic of Azerbaijan; Azerbaijan Republic | Azerbaijani; Azerbaijanis; Azeri; Azeris
Bahrain | Kingdom of Bahrain | Bahraini
Bangladesh | People's Republic of Bangladesh | Bangladeshi
Belarus | Republic of Belarus | Belarusian; Belarusians
Belgium | Kingdom of Belgium | Belgian; Belgians
Bolivia | Plurinational State of Bolivia | Bolivian
Bosnia and Herzegovina | Bosnia | Bosnian; Bosnians
Brazil | Federative Republic of Brazil | Brazilian; Brazilians
Bulgaria | Republic of Bulgaria | Bulgarian; Bulgarians
Cambodia | Kingdom of Cambodia | Cambodian
Cameroon | Republic of Cameroon | Cameroonian
Canada | | Canadian; Canadians
Chile | Republic of Chile | Chilean; Chileans
China | People's Republic of China; PRC | Chinese
Colombia | Republic of Colombia | Colombian; Colombians
Croatia | Republic of Croatia | Croatian; Croatians
Cuba | Republic of Cuba | Cuban; Cubans
Cyprus | Republic of Cyprus | Cypriot; Cypriots
Czech Republic | Czechia | Czech; Czechs
Denmark | Kingdom of Denmark | Danish; Danes
Egypt | Arab Republic of Egypt | Egyptian; Egyptians
Estonia | Republic of Estonia | Estonian; Estonians
Ethiopia | Federal Democratic Republic of Ethiopia | Ethiopian; Ethiopians
Finland | Republic of Finland | Finnish; Finns
France | French Republic | French
Georgia | | Georgian; Georgians
Germany | Federal Republic of Germany | German; Germans
Greece | Hellenic Republic | Greek; Greeks
Hungary | | Hungarian; Hungarians
Iceland | | Icelandic
India | Republic of India | Indian; Indians
Indonesia | Republic of Indonesia | Indonesian; Indonesians
Iran | Islamic Republic of Iran | Iranian; Iranians
Iraq | Republic of Iraq | Iraqi; Iraqis
Ireland | Republic of Ireland | Irish
Israel | State of Israel | Israeli; Israelis
Italy | Italian Republic | Italian; Italians
Japan | | Japanese
Jordan | Hashemite Kingdom of Jordan | Jordanian; Jordanians
Kazakhstan | Republic of Kazakhstan | Kazakh; Kazakhs; Kazakhstani
Kenya | Republic of Kenya | Kenyan; Kenyans
Kuwait | State of Kuwait | Kuwaiti
Kyrgyzstan | Kyrgyz Republic | Kyrgyz
Latvia | Republic of Latvia | Latvian; Latvians
Lebanon | Lebanese Republic | Lebanese
Libya | State of Libya | Libyan; Libyans
Lithuania | Republic of Lithuania | Lithuanian; Lithuanians
Luxembourg | Grand Duchy of Luxembourg | Luxembourgish
Malaysia | | Malaysian; Malaysians
Mexico | United Mexican States | Mexican; Mexicans
Moldova | Republic of Moldova | Moldovan; Moldovans
Mongolia | | Mongolian; Mongolians
Montenegro | | Montenegrin
Morocco | Kingdom of Morocco | Moroccan; Moroccans
Netherlands | Kingdom of the Netherlands; Holland | Dutch
New Zealand | | New Zealander; New Zealanders
Nigeria | Federal Republic of Nigeria | Nigerian; Nigerians
North Korea | Democratic People's Republic of Korea; DPRK | North Korean; North Koreans
North Macedonia | Republic of North Macedonia; Macedonia | Macedonian; Macedonians
Norway | Kingdom of Norway | Norwegian; Norwegians
Oman | Sultanate of Oman | Omani
Pakistan | Islamic Republic of Pakistan | Pakistani; Pakistanis
Palestine | State of Palestine | Palestinian; Palestinians
Peru | Republic of Peru | Peruvian; Peruvians
Philippines | Republic of the Philippines | Filipino; Filipinos; Philippine
Poland | Republic of Poland | Polish; Poles
Portugal | Portuguese Republic | Portuguese
Qatar | State of Qatar | Qatari
Romania | | Romanian; Romanians
Russia | Russian Federation | Russian; Russians
Saudi Arabia | Kingdom of Saudi Arabia | Saudi; Saudis
Serbia | Republic of Serbia | Serbian; Serbians; Serbs
Singapore | Republic of Singapore | Singaporean
Slovakia | Slovak Republic | Slovak; Slovaks
Slovenia | Republic of Slovenia | Slovenian; Slovenians
South Africa | Republic of South Africa | South African; South Africans
South Korea | Republic of Korea | South Korean; South Koreans
Spain | Kingdom of Spain | Spanish; Spaniards
Sri Lanka | | Sri Lankan
Sweden | Kingdom of Sweden | Swedish; Swedes
Switzerland | Swiss Confederation | Swiss
Syria | Syrian Arab Republic | Syrian; Syrians
Taiwan | | Taiwanese
Tajikistan | Republic of Tajikistan | Tajik; Tajiks
Thailand | Kingdom of Thailand | Thai
Tunisia | Tunisian Republic | Tunisian; Tunisians
Turkey | Republic of Turkey; Türkiye; Republic of Türkiye | Turkish; Turks
Turkmenistan | | Turkmen
Ukraine | | Ukrainian; Ukrainians
United Arab Emirates | UAE; Emirates | Emirati; Emiratis
United Kingdom | UK; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland | British; Briton; Britons
United States | United States of America; USA; U.S.; US; America | American; Americans
Uzbekistan | Republic of Uzbekistan | Uzbek; Uzbeks
Venezuela | Bolivarian Republic of Venezuela | Venezuelan; Venezuelans
Vietnam | Socialist Republic of Vietnam; Viet Nam | Vietnamese
Yemen | Republic of Yemen | Yemeni; Yemenis
Soviet Union | USSR; Union of Soviet Socialist Republics | Soviet
"""

ORGANISATIONS = """
Collective Security Treaty Organization | CSTO
Commonwealth of Independent States | CIS
Council of Europe | CoE
Eurasian Economic Union | EAEU; EAEC
European Commission |
European Parliament |
European Union | EU
International Monetary Fund | IMF
Kremlin | the Kremlin
Milli Majlis |
North Atlantic Treaty Organization | NATO; North Atlantic Treaty Organisation
Organization for Security and Co-operation in Europe | OSCE
Organization of the Petroleum Exporting Countries | OPEC
Shanghai Cooperation Organisation | SCO; Shanghai Cooperation Organization
State Duma | Duma
United Nations | UN; U.N.
UN Security Council | United Nations Security Council; Security Council
World Bank |
World Health Organization | WHO; World Health Organisation
World Trade Organization | WTO; World Trade Organisation
BRICS |
"""


def parse(block: str, fields: int) -> list[list[list[str]]]:
    """Each non-empty line → its `|` fields, each a list of `;`-separated names."""
    rows = []
    for line in block.strip().splitlines():
        parts = [p.strip() for p in line.split("|")] + [""] * fields
        rows.append([[n.strip() for n in part.split(";") if n.strip()] for part in parts[:fields]])
    return rows


def country_names() -> dict[str, str]:
    """Every surface form of a country (name, official name, demonym) → canonical name."""
    names: dict[str, str] = {}
    for canonical, others, demonyms in parse(COUNTRIES, 3):
        for name in (*canonical, *others, *demonyms):
            names[name] = canonical[0]
    return names


def organisation_names() -> dict[str, str]:
    """Every surface form of a well-known organisation → canonical name."""
    names: dict[str, str] = {}
    for canonical, others in parse(ORGANISATIONS, 2):
        for name in (*canonical, *others):
            names[name] = canonical[0]
    return names


def trie_pattern(words: list[str], after_first: str = "") -> str:
    r"""A regex matching any of ``words``, factored by common prefixes.

    A flat alternation of hundreds of names is tried name by name at every
    position; the factored form rejects most positions on the first letter.
    ``after_first`` goes right after each word's first character: a pattern
    that begins with a plain character is searched for by Python's `re` at C
    speed, skipping every position that holds none of the first characters,
    so a lookbehind is best put there (`(?<![\w-].)`) rather than in front.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, top: bool = False) -> str:
        ends = "" in node
        branches = [re.escape(ch) + (after_first if top else "") + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return emit(trie, top=True)
