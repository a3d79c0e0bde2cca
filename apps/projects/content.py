"""What the register's loader loads: the register page and project 22-018-S01 as the Swedish
ESF+ register records it (source 004, in Swedish).

The record's text stays in Swedish (`source_language` "sv") and is not translated. The
background is the record's BAKGRUND section without its numbered needs, which are loaded as
the project's needs in their order; the solution is the paragraph on the project's solution
with its five points. "Sekundärtema - Motverka barnfattigdom: Nej" is the secondary theme
"Motverka barnfattigdom", which does not apply. The register's "NUTS-2 kod: SE0" is its code
for national projects (region "ESF Nationellt"; see nuts.py).

The support offerings' names and items are translated here from the Swedish (the record itself
is not translated).
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
            "Eiropas Sociālā fonda Plus projekti, kā tos reģistrē vadošā iestāde, un sociālās "
            "inovācijas kompetences centra atbalsts, kurā tie piedalās."
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
            {
                "sv": "Projektstödjande klusterkoalitioner",
                "en": "Cluster coalitions that support projects",
                "lv": "Projektus atbalstošas klasteru koalīcijas",
                "es": "Coaliciones de clúster de apoyo a los proyectos",
                "fr": "Coalitions de grappes en soutien aux projets",
            },
            {
                "sv": "Coachande stöd till enskilda projekt",
                "en": "Coaching support to individual projects",
                "lv": "Koučinga atbalsts atsevišķiem projektiem",
                "es": "Apoyo de coaching a proyectos concretos",
                "fr": "Accompagnement (coaching) de projets individuels",
            },
            {
                "sv": "Årliga konferenser med focus på lärande och kunskapsspridning",
                "en": "Annual conferences focused on learning and the spread of knowledge",
                "lv": "Ikgadējas konferences ar uzsvaru uz mācīšanos un zināšanu izplatīšanu",
                "es": "Conferencias anuales centradas en el aprendizaje y la difusión de conocimientos",
                "fr": "Conférences annuelles axées sur l'apprentissage et la diffusion des connaissances",
            },
            {
                "sv": "Samverkan och kunskapsutveckling kring stöd till projekt sker löpande med övriga kompetenscenter i Europa, samt med det europeiska kompetenscentret för social innovation",
                "en": "Cooperation and knowledge development on support to projects take place continuously with the other competence centres in Europe and with the European Competence Centre for Social Innovation",
                "lv": "Sadarbība un zināšanu attīstība par atbalstu projektiem notiek pastāvīgi ar citiem kompetences centriem Eiropā, kā arī ar Eiropas Sociālās inovācijas kompetences centru",
                "es": "La cooperación y el desarrollo de conocimientos sobre el apoyo a los proyectos se llevan a cabo de forma continua con los demás centros de competencias de Europa y con el Centro Europeo de Competencias en Innovación Social",
                "fr": "La coopération et le développement des connaissances sur le soutien aux projets se font en continu avec les autres centres de compétences en Europe et avec le Centre européen de compétences en innovation sociale",
            },
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
            {
                "sv": "Klusterutvärderingar",
                "en": "Cluster evaluations",
                "lv": "Klasteru izvērtējumi",
                "es": "Evaluaciones de clúster",
                "fr": "Évaluations de grappes",
            },
            {
                "sv": "Kunskapsackumulering från klusterkoalitioner och klusterutvärderingar sammanfattas i en årlig rapport",
                "en": "Knowledge accumulated from cluster coalitions and cluster evaluations is summarised in an annual report",
                "lv": "No klasteru koalīcijām un klasteru izvērtējumiem uzkrātās zināšanas tiek apkopotas ikgadējā ziņojumā",
                "es": "Los conocimientos acumulados de las coaliciones y evaluaciones de clúster se resumen en un informe anual",
                "fr": "Les connaissances accumulées par les coalitions et les évaluations de grappes sont synthétisées dans un rapport annuel",
            },
            {
                "sv": "En modell utvecklas för utvärdering av social innovation i ESF-projekt",
                "en": "A model is developed for evaluating social innovation in ESF projects",
                "lv": "Tiek izstrādāts modelis sociālo inovāciju izvērtēšanai ESF projektos",
                "es": "Se desarrolla un modelo para evaluar la innovación social en los proyectos del FSE",
                "fr": "Un modèle est élaboré pour évaluer l'innovation sociale dans les projets FSE",
            },
            {
                "sv": "Resultatspridning och kunskapsaggregering genom de årliga konferenserna",
                "en": "Dissemination of results and aggregation of knowledge through the annual conferences",
                "lv": "Rezultātu izplatīšana un zināšanu apkopošana ikgadējās konferencēs",
                "es": "Difusión de resultados y agregación de conocimientos a través de las conferencias anuales",
                "fr": "Diffusion des résultats et agrégation des connaissances grâce aux conférences annuelles",
            },
            {
                "sv": "Nationell och transnationell kunskapsutveckling kring stödområdet",
                "en": "National and transnational knowledge development in the field of support",
                "lv": "Nacionāla un starptautiska zināšanu attīstība atbalsta jomā",
                "es": "Desarrollo de conocimientos nacional y transnacional en el ámbito del apoyo",
                "fr": "Développement des connaissances, national et transnational, dans le domaine du soutien",
            },
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
            {
                "sv": "Workshops och analysstöd inför utlysningar för att stärka sociala innovation, tvärsektoriell samverkan och målgruppsmedverkan i projektgenomförandet.",
                "en": "Workshops and analytical support ahead of calls, to strengthen social innovation, cross-sector cooperation and the participation of target groups in carrying out projects.",
                "lv": "Darbnīcas un analītisks atbalsts pirms uzsaukumiem, lai stiprinātu sociālās inovācijas, starpnozaru sadarbību un mērķgrupu līdzdalību projektu īstenošanā.",
                "es": "Talleres y apoyo analítico antes de las convocatorias para reforzar la innovación social, la cooperación intersectorial y la participación de los grupos destinatarios en la ejecución de los proyectos.",
                "fr": "Ateliers et appui analytique en amont des appels à projets pour renforcer l'innovation sociale, la coopération intersectorielle et la participation des publics cibles à la mise en œuvre des projets.",
            },
            {
                "sv": "Lärtillfällen med fokus på att främja socialt innovativa arbetssätt",
                "en": "Learning sessions focused on promoting socially innovative ways of working",
                "lv": "Mācību pasākumi, kas vērsti uz sociāli inovatīvu darba metožu veicināšanu",
                "es": "Sesiones de aprendizaje centradas en promover formas de trabajo socialmente innovadoras",
                "fr": "Sessions d'apprentissage axées sur la promotion de méthodes de travail socialement innovantes",
            },
            {
                "sv": "Lärandeutbyten i form av möten/workshops med andra finansiärer av social innovation",
                "en": "Learning exchanges, as meetings or workshops, with other funders of social innovation",
                "lv": "Mācīšanās apmaiņa tikšanos vai darbnīcu veidā ar citiem sociālo inovāciju finansētājiem",
                "es": "Intercambios de aprendizaje, en forma de reuniones o talleres, con otros financiadores de la innovación social",
                "fr": "Échanges d'apprentissage, sous forme de réunions ou d'ateliers, avec d'autres financeurs de l'innovation sociale",
            },
            {
                "sv": "ESF-rådets personal kopplas till ekosystemet för social innovation",
                "en": "The Swedish ESF Council's staff are connected to the ecosystem for social innovation",
                "lv": "Zviedrijas ESF padomes darbinieki tiek saistīti ar sociālo inovāciju ekosistēmu",
                "es": "El personal del Consejo sueco del FSE se vincula al ecosistema de innovación social",
                "fr": "Le personnel du Conseil suédois du FSE est mis en relation avec l'écosystème de l'innovation sociale",
            },
            {
                "sv": "Samverkan och kunskapsutveckling kring stöd sker löpande med övriga kompetenscenter i Europa",
                "en": "Cooperation and knowledge development on support take place continuously with the other competence centres in Europe",
                "lv": "Sadarbība un zināšanu attīstība par atbalstu notiek pastāvīgi ar citiem kompetences centriem Eiropā",
                "es": "La cooperación y el desarrollo de conocimientos sobre el apoyo se llevan a cabo de forma continua con los demás centros de competencias de Europa",
                "fr": "La coopération et le développement des connaissances sur le soutien se font en continu avec les autres centres de compétences en Europe",
            },
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
            {
                "sv": "Rundabordssamtal genomförs för att ta fram en strategi för att stärka ekosystemet för social innovation i Sverige",
                "en": "Round tables are held to draw up a strategy for strengthening the ecosystem for social innovation in Sweden",
                "lv": "Tiek rīkotas apaļā galda diskusijas, lai izstrādātu stratēģiju sociālo inovāciju ekosistēmas stiprināšanai Zviedrijā",
                "es": "Se celebran mesas redondas para elaborar una estrategia que refuerce el ecosistema de innovación social en Suecia",
                "fr": "Des tables rondes sont organisées pour élaborer une stratégie de renforcement de l'écosystème de l'innovation sociale en Suède",
            },
            {
                "sv": "Löpande dialog för att samordna ekosystemets aktörer kring den långsiktiga etableringen av ett kompetenscenter/stödfunktion som möjliggör effektiva, varaktiga och värdeskapande sociala innovationer i ESF och övriga ekosystemet.",
                "en": "Ongoing dialogue to coordinate the ecosystem's actors around the long-term establishment of a competence centre or support function that enables effective, lasting and value-creating social innovations in the ESF and the rest of the ecosystem.",
                "lv": "Pastāvīgs dialogs, lai koordinētu ekosistēmas dalībniekus ilgtermiņā izveidot kompetences centru jeb atbalsta funkciju, kas ļauj radīt efektīvas, ilgtspējīgas un vērtību radošas sociālās inovācijas ESF un pārējā ekosistēmā.",
                "es": "Diálogo continuo para coordinar a los actores del ecosistema en torno al establecimiento a largo plazo de un centro de competencias o función de apoyo que haga posibles innovaciones sociales eficaces, duraderas y que creen valor en el FSE y en el resto del ecosistema.",
                "fr": "Dialogue continu pour coordonner les acteurs de l'écosystème autour de la mise en place durable d'un centre de compétences ou d'une fonction d'appui permettant des innovations sociales efficaces, durables et créatrices de valeur dans le FSE et dans le reste de l'écosystème.",
            },
            {
                "sv": "Ekosystemets centrala aktörer involveras i de årliga konferenserna",
                "en": "The ecosystem's key actors are involved in the annual conferences",
                "lv": "Ekosistēmas galvenie dalībnieki tiek iesaistīti ikgadējās konferencēs",
                "es": "Los actores clave del ecosistema participan en las conferencias anuales",
                "fr": "Les acteurs clés de l'écosystème sont associés aux conférences annuelles",
            },
            {
                "sv": "Tvärsektoriellt nätverkande och samverkan sker på nationell och transnationell nivå.",
                "en": "Cross-sector networking and cooperation take place at national and transnational level.",
                "lv": "Starpnozaru tīklošanās un sadarbība notiek nacionālā un starptautiskā līmenī.",
                "es": "El trabajo en red y la cooperación intersectorial tienen lugar a escala nacional y transnacional.",
                "fr": "Le réseautage et la coopération intersectoriels se déroulent aux niveaux national et transnational.",
            },
            {
                "sv": "Transnationellt erfarenhetsutbyte kring att stärka ekosystemet sker löpande med övriga kompetenscenter för social innovation i Europa, samt med det europeiska kompetenscentret för social innovation.",
                "en": "Transnational exchange of experience on strengthening the ecosystem takes place continuously with the other competence centres for social innovation in Europe and with the European Competence Centre for Social Innovation.",
                "lv": "Starptautiska pieredzes apmaiņa par ekosistēmas stiprināšanu notiek pastāvīgi ar citiem sociālās inovācijas kompetences centriem Eiropā, kā arī ar Eiropas Sociālās inovācijas kompetences centru.",
                "es": "El intercambio transnacional de experiencias sobre el refuerzo del ecosistema se realiza de forma continua con los demás centros de competencias en innovación social de Europa y con el Centro Europeo de Competencias en Innovación Social.",
                "fr": "L'échange transnational d'expériences sur le renforcement de l'écosystème se fait en continu avec les autres centres de compétences en innovation sociale en Europe et avec le Centre européen de compétences en innovation sociale.",
            },
            {
                "sv": "Ekosystemet för social innovation bidrar till att säkerställa involvering av målgrupper.",
                "en": "The ecosystem for social innovation helps to ensure that target groups are involved.",
                "lv": "Sociālo inovāciju ekosistēma palīdz nodrošināt mērķgrupu iesaisti.",
                "es": "El ecosistema de innovación social contribuye a garantizar la participación de los grupos destinatarios.",
                "fr": "L'écosystème de l'innovation sociale contribue à garantir la participation des publics cibles.",
            },
            {
                "sv": "En löpande process ska finnas kopplat till styrgruppsarbetet för att involvera projektets samarbetsparter i ett långsiktigt ägarskap av projektets resultat.",
                "en": "An ongoing process, linked to the steering group's work, is to involve the project's cooperation partners in long-term ownership of the project's results.",
                "lv": "Ar vadības grupas darbu saistītam pastāvīgam procesam jāiesaista projekta sadarbības partneri projekta rezultātu ilgtermiņa īpašumtiesībās.",
                "es": "Un proceso continuo, vinculado al trabajo del grupo de dirección, implicará a los socios de cooperación del proyecto en la apropiación a largo plazo de sus resultados.",
                "fr": "Un processus continu, lié aux travaux du comité de pilotage, doit associer les partenaires de coopération du projet à l'appropriation à long terme de ses résultats.",
            },
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
