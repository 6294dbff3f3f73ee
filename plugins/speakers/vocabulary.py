"""Words that surround names: titles and roles, countries and their adjectives.

A mention such as `Russian Industry and Trade Minister Denis Manturov` is split
with these lists into the person (`Denis Manturov`), the role (`Minister of
Industry and Trade`) and the affiliation (`Russia`). The lists are lower-case.
"""
from __future__ import annotations

# Head words of roles and titles: a mention made of these alone names a role
# (`the minister`, `The Speaker`), not a person.
ROLE_HEADS = frozenset("""
president vice-president president-elect premier prime minister secretary secretary-general chairman
chairwoman chairperson chair head speaker senator sen. sen representative rep. rep congressman
congresswoman congressmember governor gov. gov mayor ambassador envoy spokesman spokeswoman
spokesperson general gen. gen colonel col. director director-general chief ceo cfo coo cto founder
co-founder king queen prince princess emperor chancellor leader commissioner judge justice attorney
pope sheikh emir sultan patriarch bishop archbishop cardinal rabbi imam editor editor-in-chief
commander admiral marshal captain capt. lieutenant lt. sergeant sgt. officer inspector detective coach
manager member mp mep assemblyman assemblywoman councillor councilman councilwoman councilor deputy
delegate counsel lady host anchor correspondent reporter journalist analyst expert economist professor
prof. moderator presenter interviewer commentator columnist official adviser advisor aide assistant
lawmaker legislator politician diplomat candidate nominee owner partner chairman's principal dean rector
superintendent cllr cr councillor trustee alderman alderwoman selectman skipper captain
vice-chair co-chair chief-executive commissar ombudsman auditor governor-general lieutenant-governor sheriff prosecutor
prosecutor-general attorney-general solicitor-general whip vicar pastor reverend rev. father sister
brother doctor dr. dr mr. mr mrs. mrs ms. ms miss madam madame mme. mme mlle. sir dame lord hon.
hon honourable honorable excellency highness majesty mister monsieur herr frau señor senor signor shri shrimati smt kumari comrade
ranking witness gentleman gentlewoman administrator surgeon epidemiologist
taoiseach tánaiste tanaiste comhairle cathaoirleach
""".split())

# Words that qualify a role (`Deputy Foreign`, `State Duma`, `First`), or name
# an institution: never part of a person's name.
ROLE_WORDS = frozenset("""
acting former ex then incumbent senior junior top first second deputy vice executive associate
assistant principal general special supreme federal regional national state states foreign interior
internal external defense defence finance financial economy economic economics justice health energy
trade industry industrial education science culture cultural agriculture agricultural transport
transportation labour labor emergency emergencies affairs security intelligence military army navy
naval air force forces armed sovereign development digital communications information media press
public foreign-policy policy environment environmental ecology natural resources treasury commerce
homeland veterans housing urban tourism sport sports youth family social welfare infrastructure
investment investments construction relations international european eu un nato opec who imf
parliament parliamentary party opposition house senate duma assembly council committee ministry
department office cabinet government administration commission agency authority bureau service
staff board bank fund group company corporation corp. inc. inc ltd. ltd llc plc association union
federation republic kingdom empire embassy mission delegation court tribunal police guard
university institute school college academy center centre foundation organization organisation
network channel news newspaper magazine radio television tv times post journal daily herald
programme program project majlis milli knesset bundestag congress diet sejm rada verkhovna
kremlin white city municipal county district province provincial oblast krai territory region
central northern southern eastern western north south east west middle upper lower greater new
democratic republican conservative liberal labour socialist communist green independent
democrat democrats republicans tory tories greens liberals conservatives socialists
ceann leas
""".split())

COUNTRIES = {
    c.lower(): c for c in """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|
Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|
El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|
Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|
Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|
Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|
New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|
Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|
Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|
Uruguay|Uzbekistan|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Europe|Asia|Africa|America|Scotland|
Wales|England|Britain|Great Britain|Chechnya|Dagestan|Tatarstan|Crimea|Donbas|Karabakh|Abkhazia|Ossetia|
Palestine|Gaza|Kurdistan|Catalonia|Quebec|Texas|California|Florida|Ohio|Hong Kong|Macau|Tibet|Xinjiang
""".replace("\n", "").split("|")
}
# Longer official names and abbreviations folded to the short name.
COUNTRIES.update({
    "russian federation": "Russia", "the russian federation": "Russia", "usa": "United States",
    "us": "United States", "u.s.": "United States", "u.s": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "prc": "China", "people's republic of china": "China",
    "uae": "United Arab Emirates", "eu": "European Union", "european union": "European Union",
    "islamic republic of iran": "Iran", "republic of korea": "South Korea", "dprk": "North Korea",
    "kyrgyz republic": "Kyrgyzstan", "ivory coast": "Côte d'Ivoire", "holland": "Netherlands",
    "the netherlands": "Netherlands", "great britain": "United Kingdom", "britain": "United Kingdom",
})

DEMONYMS = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States",
    "angolan": "Angola", "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia",
    "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan", "azeri": "Azerbaijan",
    "bahraini": "Bahrain", "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium",
    "bolivian": "Bolivia", "bosnian": "Bosnia and Herzegovina", "brazilian": "Brazil", "british": "United Kingdom",
    "bulgarian": "Bulgaria", "cambodian": "Cambodia", "cameroonian": "Cameroon", "canadian": "Canada",
    "chadian": "Chad", "chilean": "Chile", "chinese": "China", "colombian": "Colombia", "congolese": "Congo",
    "croatian": "Croatia", "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czech Republic", "danish": "Denmark",
    "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt", "emirati": "United Arab Emirates",
    "english": "England", "eritrean": "Eritrea", "estonian": "Estonia", "ethiopian": "Ethiopia",
    "european": "European Union", "filipino": "Philippines", "finnish": "Finland", "french": "France",
    "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece", "guatemalan": "Guatemala",
    "haitian": "Haiti", "honduran": "Honduras", "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India",
    "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel",
    "italian": "Italy", "jamaican": "Jamaica", "japanese": "Japan", "jordanian": "Jordan",
    "kazakh": "Kazakhstan", "kazakhstani": "Kazakhstan", "kenyan": "Kenya", "korean": "South Korea",
    "kosovar": "Kosovo", "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan", "lao": "Laos", "latvian": "Latvia",
    "lebanese": "Lebanon", "liberian": "Liberia", "libyan": "Libya", "lithuanian": "Lithuania",
    "luxembourgish": "Luxembourg", "malagasy": "Madagascar", "malawian": "Malawi", "malaysian": "Malaysia",
    "malian": "Mali", "maltese": "Malta", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia",
    "montenegrin": "Montenegro", "moroccan": "Morocco", "mozambican": "Mozambique", "namibian": "Namibia",
    "nepali": "Nepal", "nepalese": "Nepal", "nicaraguan": "Nicaragua", "nigerian": "Nigeria", "nigerien": "Niger",
    "norwegian": "Norway", "omani": "Oman", "pakistani": "Pakistan", "palestinian": "Palestine",
    "panamanian": "Panama", "paraguayan": "Paraguay", "peruvian": "Peru", "polish": "Poland",
    "portuguese": "Portugal", "qatari": "Qatar", "romanian": "Romania", "russian": "Russia", "rwandan": "Rwanda",
    "saudi": "Saudi Arabia", "scottish": "Scotland", "senegalese": "Senegal", "serbian": "Serbia",
    "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia", "somali": "Somalia",
    "spanish": "Spain", "sri lankan": "Sri Lanka", "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland",
    "syrian": "Syria", "taiwanese": "Taiwan", "tajik": "Tajikistan", "tanzanian": "Tanzania", "thai": "Thailand",
    "tunisian": "Tunisia", "turkish": "Turkey", "turkmen": "Turkmenistan", "ugandan": "Uganda",
    "ukrainian": "Ukraine", "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
    "vietnamese": "Vietnam", "welsh": "Wales", "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
    "soviet": "Soviet Union", "chechen": "Chechnya", "tatar": "Tatarstan", "dagestani": "Dagestan",
    "crimean": "Crimea", "kurdish": "Kurdistan", "catalan": "Catalonia", "uk": "United Kingdom",
    "us": "United States", "u.s.": "United States", "eu": "European Union", "un": "United Nations",
}

# Capitalised words that start sentences or name things, never people.
NOT_NAMES = frozenset("""
the a an this that these those there here in on at as for but and or nor so yet if when while after before
since until because although though of to from by with without within about above below into onto over
under between among through during per via we i you he she it they our my your his her its their us me him
them mine yours ours theirs who whom whose which what where why how all both each every some any many much
more most few no not none one two three four five six seven eight nine ten also however therefore thus
meanwhile moreover furthermore indeed today tonight yesterday tomorrow now then still again thank thanks
please yes well oh ok okay good great dear hello hi welcome let first second last next other another such
same only just even mr mrs ms dr january february march april june july august september october
november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
sept oct nov dec god allah christ jesus christmas easter ramadan eid covid coronavirus internet
sputnik asked according speaking earlier later said says told added noted stressed others critics
union federation republic kingdom states nations emirates islands isles sea ocean river lake mountains
mount mountain street avenue road square bridge airport station palace hall house tower park
gulf bay coast valley island peninsula caucasus balkans baltic pacific atlantic arctic
asia europe africa america americas eurasia middle east west north south central
day week month year century decade olympics cup league championship summit forum conference
festival exhibition award prize declaration treaty agreement accord protocol statement charter
st saint san santa fort port cape
act bill law code constitution resolution initiative strategy doctrine concept plan programme
""".split())

# Words that make a mention a group or an anonymous voice, not one person.
ANONYMOUS = frozenset("""
unidentified unknown anonymous audience crowd voice voices several various multiple members
participants participant protesters protester audience-member speakers group all everyone
commenter commenters caller callers
""".split())

PRONOUNS = frozenset({"he", "she", "they", "him", "her", "i", "we"})

# A role word as a noun phrase head: `the head of state` means a president.
ROLE_SYNONYMS = {
    "head of state": "president", "head of the state": "president", "head of government": "prime minister",
    "premier": "prime minister", "leader": "president", "kremlin chief": "president",
    "chief diplomat": "minister", "skipper": "captain", "captain": "captain", "top diplomat": "minister", "foreign minister": "minister",
}
