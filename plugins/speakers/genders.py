"""Evidence of a person's gender, for choosing who `he` or `she` points back to.

Only what a text makes plain counts: an honorific (`Ms Okafor`, `Mr. Lund`), a
gendered role word (`spokeswoman`, `chairman`), or a common given name that is
borne almost only by women or only by men. Names used by both (`Jordan`,
`Andrea`, `Jean`, `Kim`) are in neither list; a person with no evidence stays
unknown and is compatible with any pronoun.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

FEMALE_TITLES = frozenset("ms mrs miss madam madame mme mlle dame lady frau señora senora signora "
                          "shrimati smt kumari alhaja hajiya hajia sister baroness duchess countess".split())
MALE_TITLES = frozenset("mr mister sir lord herr señor senor signor monsieur shri alhaji brother baron duke "
                        "count father".split())
GENDERED_COMPOUND = r"(?:spokes|chair|congress|council|assembly|business|alder|police|sports|states)"
FEMALE_ROLE = re.compile(rf"\b(?:{GENDERED_COMPOUND}woman|queen|princess|empress|actress|mother|daughter|wife|"
                         r"widow|sister|grandmother|aunt|niece|girl)\b", re.I)
MALE_ROLE = re.compile(rf"\b(?:{GENDERED_COMPOUND}man|king|prince|emperor|actor|father|son|husband|widower|"
                       r"brother|grandfather|uncle|nephew|boy)\b", re.I)
PRONOUN_GENDER = {"she": "f", "her": "f", "hers": "f", "herself": "f",
                  "he": "m", "him": "m", "his": "m", "himself": "m"}

FEMALE_NAMES = frozenset("""
aaliyah abigail ada adaeze adriana agnes agnieszka aiko aisha alejandra alexandra alice alicia alina
alisha alison amanda amara amelia amina amy ana anastasia anca angela angelika anita anja ann anna
anne annette antonia aoife ashley astrid aurelia barbara beatrice beatriz bettina bianca birgit
blessing brenda bridget brigitte camila carla carmen carolina caroline catherine cecilia charlotte
chiamaka chinwe chloe christina christine claire clara claudia colette cristina cynthia dagmar daniela
danielle deborah debra diana dolores donna dorothy ekaterina elena eleanor elif elisa elisabeth
elizabeth ella ellen elsa emily emma erika esther eva evelyn fatima fatma fernanda fiona florence
francesca funmilayo gabriela gabriele gabrielle giulia gloria grace hana hannah heather heidi helen
helena hilary hiroko holly ida ines ingrid irene irina isabel isabella isabelle jacqueline jana jane
janet janice jennifer jessica joan joanna josefina joy joyce judith julia juliana julie karen
katarzyna kate katharina katherine kathleen katja kelly keiko kristina laila laura lauren leah leila
lena linda lisa liz lucia lucy luisa lydia magdalena maja malgorzata margaret margarethe margarita
marguerite maria mariam marie marina marisol marta martha mary maryam megan melanie melissa mercy
mia michelle mirela miriam monica monika nadia nadine nancy naledi natalia natalie natasha ngozi
nicole nina noura nora nomvula nyambura olga olivia paula pauline petra priya rachel rebecca regina
renate rita roberta rosa rose ruth sabine sally samantha sandra sara sarah shanthi sharon shirley
silvia simone sofia sonia sophie stella stephanie susan susanne svetlana sylvia tamara tanya tatiana
teresa theresa ursula valentina valeria vanessa vera veronica victoria virginia wanjiru wendy yasmin
yolanda yuki yulia zainab zanele zeynep zofia zoe
helene patricia beth chiara kavita morag priyanka sunita anjali deepa meera lakshmi francoise genevieve
margot sinead siobhan niamh bronwyn kirsty karin ilse greta paola giovanna federica elisabetta ximena
guadalupe mariana chioma amaka akosua abena efua thandiwe lerato palesa nokuthula aigerim gulnara
""".split())

MALE_NAMES = frozenset("""
aaron abdul abdullah adam adrian ahmed ahmet akira alan albert alejandro aleksandr alexander alexei
alfred ali amir anders andreas andrew andrzej angelo anthony antonio arjun arthur august bernard
bjorn boris brian bruno callum carl carlos charles chidi chinedu christian christopher colin conor
craig daniel darren david declan dennis dieter diego dmitry dominic donald douglas duncan edward
emeka emmanuel enrique eric erik ernesto eugene fabio felipe felix fernando francesco francisco frank
franz friedrich gareth gary geoffrey george gerald gerhard giovanni giuseppe gordon graham gregory
guillermo gustavo hamish hans harold harry hassan heinrich helmut henry hiroshi hugo ian ibrahim igor
ivan jack jacob jakub james jan javier jeffrey jens jeremy jerzy jim joachim johan john jonathan
jorge jose josef joseph juan jurgen kareem karl keith kenji kenneth kevin klaus kofi kwame lars
lawrence leonardo luca lucas luis lukas marcel marco marcus mario mark martin matteo matthew maurice
mehmet michael miguel mikhail mohamed mohammed muhammad mustafa nathan neil nikolai noah olaf oleg
oliver omar oscar owen pablo patrick paul pavel pedro peter philip piotr rafael rahul rajesh ralf
raymond ricardo richard robert roberto roger ronald rudolf ryan samuel sanjay sean sebastian
sergei sergey simon stanislav stefan stephen steven sunil takeshi terence thabo thomas timothy tobias
tom tomas tomasz uwe vikram viktor vincent vladimir walter wei werner william wolfgang xavier yusuf
yuri zbigniew
marc paulo paolo giorgio alessandro joaquin rhys suresh rohan greg dale kamran tunde ramesh rakesh amit
vijay anil manoj arun ashok pierre jacques philippe francois olivier thierry laurent alain bernd
matthias stefano massimo luigi joao sergio rodrigo chukwuma kwesi sipho bongani themba andrei
dmitri
""".split())


@lru_cache(maxsize=4096)
def name_gender(first: str | None) -> str | None:
    """`f`, `m` or None for a given name."""
    if not first:
        return None
    f = "".join(c for c in unicodedata.normalize("NFKD", first.lower()) if not unicodedata.combining(c))
    f = f.strip(".,;:'’")
    if f in FEMALE_NAMES:
        return "f"
    if f in MALE_NAMES:
        return "m"
    return None


def title_gender(word: str) -> str | None:
    """`f`, `m` or None for an honorific (`Mrs`, `Mr.`, `Herr`)."""
    f = word.lower().strip(".")
    return "f" if f in FEMALE_TITLES else "m" if f in MALE_TITLES else None


@lru_cache(maxsize=1024)
def role_gender(role: str | None) -> str | None:
    """`f`, `m` or None for a role phrase (`spokeswoman`, `chairman of the board`)."""
    if not role:
        return None
    if FEMALE_ROLE.search(role):
        return "f"
    if MALE_ROLE.search(role):
        return "m"
    return None
