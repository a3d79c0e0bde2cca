"""What the register's loader loads: the register page and project 22-018-S01 as the Swedish
ESF+ register records it (source 004, in Swedish).

The record's text stays in Swedish (`source_language` "sv") and is not translated. The
background is the record's BAKGRUND section without its numbered needs, which are loaded as
the project's needs in their order; the solution is the paragraph on the project's solution
with its five points. "Sekundärtema - Motverka barnfattigdom: Nej" is the secondary theme
"Motverka barnfattigdom", which does not apply. The register's "NUTS-2 kod: SE0" is its code
for national projects (region "ESF Nationellt"; see nuts.py).

The support offerings' names are translated here from the Swedish; their items stay in Swedish.
The source names three cooperation partners. The first is the consortium's own MSI, linked as the
partners' loader has it; the other two are added as organisations, of the kind their names state
(a region, public; a national network of coordination associations, a non-profit association),
as `apps.partners.Organisation` requires one. Each link keeps the name as the record gives it.
"""

import datetime
from decimal import Decimal

INDEX = {
    "slug": {"en": "esf-register", "sv": "esf-registret", "lv": "esf-registrs", "es": "registro-fse", "fr": "registre-fse"},
    "title": {
        "en": "ESF+ project register",
        "sv": "ESF+-projektregistret",
        "lv": "ESF+ projektu reģistrs",
        "es": "Registro de proyectos del FSE+",
        "fr": "Registre des projets FSE+",
    },
    "intro": {
        "en": (
            "Projects of the European Social Fund Plus as the managing authority records them, and "
            "the support of the competence centre for social innovation they take part in."
        ),
        "sv": (
            "Projekt inom Europeiska socialfonden+ så som den förvaltande myndigheten registrerar "
            "dem, och det stöd från kompetenscentret för social innovation som de deltar i."
        ),
        "lv": (
            "Eiropas Sociālā fonda Plus projekti, kā tos reģistrē vadošā iestāde, un sociālo "
            "inovāciju kompetences centra atbalsts, kurā tie piedalās."
        ),
        "es": (
            "Proyectos del Fondo Social Europeo Plus tal como los registra la autoridad de gestión, "
            "y el apoyo del centro de competencias de innovación social en el que participan."
        ),
        "fr": (
            "Les projets du Fonds social européen plus tels que l'autorité de gestion les "
            "enregistre, et le soutien du centre de compétences en innovation sociale auquel ils "
            "participent."
        ),
    },
}  # fmt: skip

PROJECT = {
    "diary_number": "22-018-S01",
    "project_number": "22-018-S01",
    "name": "Kompetenscenter för social innovation",
    "application_title": "Ansökan strategisk insats – kompetenscenter för social innovation",
    "owner": "MALMÖ UNIVERSITET",
    "owner_organisation_number": "2021004920",
    "country": "SE",
    "fund": "ESF+",
    "programme_cci": "2021SE05SFPR",
    "start_date": datetime.date(2022, 12, 15),
    "end_date": datetime.date(2025, 12, 30),
    "eu_cofinancing_rate": Decimal("95.00"),
    "programme_area": "E",
    "specific_objective": "E1",
    "secondary_theme": "Motverka barnfattigdom",
    "secondary_theme_applies": False,
    "region": "ESF Nationellt",
    "nuts2_code": "SE0",
    "intervention_type": "127",
    "participant_count": 0,
    "strategic_importance": True,
    "source_language": "sv",
    "is_public": True,
    "background": (
        "EU-kommissionen och andra centrala samhällsaktörer i EU och Sverige betonar att social "
        "innovation krävs för att lösa komplexa samhällsutmaningar såsom arbetslöshet, ohälsa och "
        "segregation (se t.ex. BEPA 2010, European Commission 2021EU-kommissionen identifierade ett "
        "sådant behov i planeringen av ESF+ och finansierade därför nationella kompetenscenter för "
        "social innovation i flertalet medlemsländer, inklusive Sverige "
        "(https://ec.europa.eu/social/main.jsp?catId=629&langId=en&callId=604&furtherCalls=yes).\n\n"
        "Även Svenska ESF-rådet har identifierat att det i Sverige råder brist på systematiskt stöd "
        "för att skapa effektiva, varaktiga och värdeskapande sociala innovationer i genomförandet "
        "av ESF+. Det finns ett behov av att på nationell nivå skapa stödstrukturer i form av "
        "verksamhetsstöd till projekt inom programområde E, social innovation. Stödet kan genom att "
        "aggregera, analysera och sprida resultat och goda exempel göra det möjligt för aktörer att "
        "driva och växla upp projekt finansierade inom programområdet, och även främja ekosystemet "
        "för sociala innovationer. Det huvudproblem detta projekt vill lösa är just bristen på ett "
        "sådant systematiskt stöd för att skapa effektiva, varaktiga och värdeskapande sociala "
        "innovationer i genomförandet av ESF+. Dessa sociala innovationer kan i sin tur bidra till "
        "att lösa de komplexa samhällsutmaningar som är kopplade till arbetslöshet, ohälsa och "
        "segregation.\n\n"
        "Avsaknaden av ett stödsystem för effektiva, varaktiga och värdeskapande sociala "
        "innovationer i genomförandet av ESF+ kan bidra till att individer får sämre "
        'förutsättningar att närma sig arbetsmarknaden pga "uteblivna" innovativa och effektiva '
        "lösningar samt att genomförandet av ESF+ genomförs mindre effektivt, att färre sociala "
        "innovationer utvecklas och därför sämre förutsättningar att nå mål för programmet. ESF "
        "projektens potential uppfylls inte. Ekosystemets aktörer får sämre förutsättningar att "
        "bidra till effektiva, varaktiga och värdeskapande lösningar i genomförandet av ESF+. Det "
        "innebär också att ekosystemet i sin tur inte tillvaratar resultat och erfarenheter från "
        "ESF-projekt."
    ),
    "solution": (
        "Projektets lösning på huvudproblemet är att fortsätta den påbörjade etableringen av ett "
        "nationellt kompetenscenter för social innovation i Sverige. Det bidrar till det "
        "övergripande projektmålet- att en stödfunktion har etablerats som främjar effektiva, "
        "varaktiga och värdeskapande sociala innovationer på arbetslivsrelaterade "
        "samhällsutmaningar i genomförandet av ESF+. Det innebär att:\n"
        "• Det befintliga kompetenscentret för social innovation har vidareutvecklats och stärkts, "
        "vilket leder till att ESF+ genomförs mer effektivt.\n"
        "• Aktiv tvärsektoriell samverkan kring genomförandet av ESF+ har stärkt det nationella "
        "ekosystemet för social innovation i Sverige.\n"
        "• ESF-projektens lösningar har mött och möter utmaningar och behov gällande social "
        "inkludering, arbetsmarknad, utbildning, kapacitetsuppbyggnad inom ESF:s målområden av "
        "etablering och återinträde på arbetsmarknaden samt ekonomisk utsatthet.\n"
        "• Kunskapsinspel, aktiv samverkan och inkludering kring genomförandet av stödfunktionen har "
        "främjat jämställdhet, likabehandling och icke-diskriminering i genomförandet av "
        "ESF-projekt, samt förbättrat anställningsbarheten och utvecklingspotentialen för "
        "missgynnade grupper på arbetsmarknaden.\n"
        "• En stödfunktion finns etablerad som lever vidare efter projektets avslut."
    ),
}

NEEDS = [
    "ESF-projekt behöver bättre verktyg och kunskap för att skapa effektiva, varaktiga och "
    "värdeskapande sociala innovationer",
    "Brist på strukturellt stöd för tvärsektoriell samverkan i social innovation",
    "Behov av samverkan och innovativa arbetsformer hos förvaltande myndighet",
    "Innovativa resultat aggregeras och implementeras inte och påverkar därför inte varaktigt "
    "strukturer och regelverk.",
    "Det råder brist på modeller för att mäta och synliggöra nyttan med innovativa ESF-projekt",
    "Bristfällig koppling mellan ESF-projekt och ekosystemet för social innovation",
    "Målgrupper som berörs av samhällsutmaningar medverkar sällan i ESF-projekt, vilket minskar "
    "förutsättningarna för att sociala innovationer möter deras behov och förutsättningar",
]

OFFERINGS = [
    {
        "number": 1,
        "name": {
            "sv": "Stöd till projekt",
            "en": "Support to projects",
            "lv": "Atbalsts projektiem",
            "es": "Apoyo a los proyectos",
            "fr": "Soutien aux projets",
        },
        "items": [
            "Projektstödjande klusterkoalitioner",
            "Coachande stöd till enskilda projekt",
            "Årliga konferenser med focus på lärande och kunskapsspridning",
            "Samverkan och kunskapsutveckling kring stöd till projekt sker löpande med övriga "
            "kompetenscenter i Europa, samt med det europeiska kompetenscentret för social innovation",
        ],
    },
    {
        "number": 2,
        "name": {
            "sv": "Stöd till kunskapsackumulering och resultatspridning",
            "en": "Support to knowledge accumulation and dissemination of results",
            "lv": "Atbalsts zināšanu uzkrāšanai un rezultātu izplatīšanai",
            "es": "Apoyo a la acumulación de conocimientos y la difusión de resultados",
            "fr": "Soutien à l'accumulation des connaissances et à la diffusion des résultats",
        },
        "items": [
            "Klusterutvärderingar",
            "Kunskapsackumulering från klusterkoalitioner och klusterutvärderingar sammanfattas i en "
            "årlig rapport",
            "En modell utvecklas för utvärdering av social innovation i ESF-projekt",
            "Resultatspridning och kunskapsaggregering genom de årliga konferenserna",
            "Nationell och transnationell kunskapsutveckling kring stödområdet",
        ],
    },
    {
        "number": 3,
        "name": {
            "sv": (
                "Stöd till ESF-rådet och andra nyckelaktörer för att stärka social innovation i "
                "genomförandet av ESF+"
            ),
            "en": (
                "Support to the Swedish ESF Council and other key actors to strengthen social "
                "innovation in the implementation of ESF+"
            ),
            "lv": (
                "Atbalsts Zviedrijas ESF padomei un citiem galvenajiem dalībniekiem, lai stiprinātu "
                "sociālās inovācijas ESF+ īstenošanā"
            ),
            "es": (
                "Apoyo al Consejo sueco del FSE y a otros actores clave para reforzar la innovación "
                "social en la ejecución del FSE+"
            ),
            "fr": (
                "Soutien au Conseil suédois du FSE et aux autres acteurs clés pour renforcer "
                "l'innovation sociale dans la mise en œuvre du FSE+"
            ),
        },
        "items": [
            "Workshops och analysstöd inför utlysningar för att stärka sociala innovation, "
            "tvärsektoriell samverkan och målgruppsmedverkan i projektgenomförandet.",
            "Lärtillfällen med fokus på att främja socialt innovativa arbetssätt",
            "Lärandeutbyten i form av möten/workshops med andra finansiärer av social innovation",
            "ESF-rådets personal kopplas till ekosystemet för social innovation",
            "Samverkan och kunskapsutveckling kring stöd sker löpande med övriga kompetenscenter i Europa",
        ],
    },
    {
        "number": 4,
        "name": {
            "sv": "Stöd till ekosystemet för social innovation i genomförandet av ESF+",
            "en": "Support to the ecosystem for social innovation in the implementation of ESF+",
            "lv": "Atbalsts sociālo inovāciju ekosistēmai ESF+ īstenošanā",
            "es": "Apoyo al ecosistema de innovación social en la ejecución del FSE+",
            "fr": "Soutien à l'écosystème de l'innovation sociale dans la mise en œuvre du FSE+",
        },
        "items": [
            "Rundabordssamtal genomförs för att ta fram en strategi för att stärka ekosystemet för "
            "social innovation i Sverige",
            "Löpande dialog för att samordna ekosystemets aktörer kring den långsiktiga etableringen av "
            "ett kompetenscenter/stödfunktion som möjliggör effektiva, varaktiga och värdeskapande "
            "sociala innovationer i ESF och övriga ekosystemet.",
            "Ekosystemets centrala aktörer involveras i de årliga konferenserna",
            "Tvärsektoriellt nätverkande och samverkan sker på nationell och transnationell nivå.",
            "Transnationellt erfarenhetsutbyte kring att stärka ekosystemet sker löpande med övriga "
            "kompetenscenter för social innovation i Europa, samt med det europeiska "
            "kompetenscentret för social innovation.",
            "Ekosystemet för social innovation bidrar till att säkerställa involvering av målgrupper.",
            "En löpande process ska finnas kopplat till styrgruppsarbetet för att involvera "
            "projektets samarbetsparter i ett långsiktigt ägarskap av projektets resultat.",
        ],
    },
]

# As the record names them; Mötesplats social innovation is the consortium's MSI (the partners'
# organisation "msi"), linked as it is.
PARTNERS = [
    {
        "slug": "msi",
        "existing": True,
        "name": "Mötesplats social innovation, Malmö universitet",
        "role": "projektägare",
    },
    {
        "slug": "nationella-natverket-for-samordningsforbund",
        "name": "Nationella nätverket för samordningsförbund",
        "country": "SE",
        "kind": "third_sector",
        "role": "",
    },
    {
        "slug": "region-orebro-lan-partnerskapet-for-social-innovation",
        "name": "Region Örebro län – Partnerskapet för social innovation",
        "country": "SE",
        "kind": "public",
        "role": "",
    },
]
