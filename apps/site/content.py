"""The text of the site's page tree in five languages, written from the source documents.

Each page: a slug, title and introduction per language, and a body as (block type, value)
pairs; "list" values become a bulleted paragraph. Facts come from the project's source
documents only.
"""

HOME = {
    "slug": {"en": "home", "sv": "hem", "lv": "sakums", "es": "inicio", "fr": "accueil"},
    "title": {
        "en": "Competence Centre for Social Innovation",
        "sv": "Kompetenscentrum för social innovation",
        "lv": "Sociālās inovācijas kompetences centrs",
        "es": "Centro de Competencia para la Innovación Social",
        "fr": "Centre de compétences pour l'innovation sociale",
    },
    "intro": {
        "en": "The knowledge hub of the Competence Centre for Social Innovation, grown out of the EU project BuiCaSuS: best-practice cases from France, Latvia, Spain and Sweden, the mapping of social-innovation ecosystems and the centre's support to ESF+ projects.",
        "sv": "Kunskapsnavet för Kompetenscentrum för social innovation, som vuxit fram ur EU-projektet BuiCaSuS: goda exempel från Frankrike, Lettland, Spanien och Sverige, kartläggningen av ekosystemen för social innovation och centrumets stöd till ESF+-projekt.",
        "lv": "Sociālās inovācijas kompetences centra zināšanu centrs, kas izaudzis no ES projekta BuiCaSuS: labās prakses piemēri no Francijas, Latvijas, Spānijas un Zviedrijas, sociālās inovācijas ekosistēmu kartēšana un centra atbalsts ESF+ projektiem.",
        "es": "El centro de conocimiento del Centro de Competencia para la Innovación Social, nacido del proyecto europeo BuiCaSuS: casos de buenas prácticas de Francia, Letonia, España y Suecia, el mapeo de los ecosistemas de innovación social y el apoyo del centro a los proyectos del FSE+.",
        "fr": "Le pôle de connaissances du Centre de compétences pour l'innovation sociale, issu du projet européen BuiCaSuS : des bonnes pratiques de France, de Lettonie, d'Espagne et de Suède, la cartographie des écosystèmes d'innovation sociale et l'appui du centre aux projets FSE+.",
    },
    "body": {
        "en": [
            ("heading", "What is BuiCaSuS?"),
            (
                "paragraph",
                "BuiCaSuS is a transnational project that aims to strengthen the capacity of national competence centres for social innovation. Its partners come from Spain, Sweden, Latvia and France. It is one of six consortia funded by the European Commission. Its tasks include mapping the current systems for social innovation, supporting pilot and scaling schemes, promoting transnational learning about tools for innovation and developing policy proposals for national competence centres.",
            ),
        ],
        "sv": [
            ("heading", "Vad är BuiCaSuS?"),
            (
                "paragraph",
                "BuiCaSuS är ett transnationellt projekt som syftar till att stärka kapaciteten hos nationella kompetenscentrum för social innovation. Partnerna kommer från Spanien, Sverige, Lettland och Frankrike. Det är ett av sex konsortier som finansieras av Europeiska kommissionen. En av dess uppgifter är att kartlägga nuvarande system för social innovation, stödja pilotprojekt och system för uppskalning, främja transnationellt lärande om verktyg för innovation och utveckla politiska förslag för nationella kompetenscentrum.",
            ),
        ],
        "lv": [
            ("heading", "Kas ir BuiCaSuS?"),
            (
                "paragraph",
                "BuiCaSuS ir starptautisks projekts, kura mērķis ir stiprināt nacionālo sociālās inovācijas kompetences centru spējas. Projekta partneri ir no Spānijas, Zviedrijas, Latvijas un Francijas. Tas ir viens no sešiem konsorcijiem, ko finansē Eiropas Komisija. Viens no tā uzdevumiem ir kartēt pašreizējās sociālās inovācijas sistēmas, atbalstīt izmēģinājuma un paplašināšanas shēmas, veicināt starpvalstu mācīšanos par inovācijas instrumentiem un izstrādāt politikas priekšlikumus valstu kompetences centriem.",
            ),
        ],
        "es": [
            ("heading", "¿Qué es BuiCaSuS?"),
            (
                "paragraph",
                "BuiCaSuS es un proyecto transnacional que busca reforzar la capacidad de los centros nacionales de competencia para la innovación social. Sus socios proceden de España, Suecia, Letonia y Francia. Es uno de los seis consorcios financiados por la Comisión Europea. Entre sus tareas están mapear los sistemas actuales de innovación social, apoyar proyectos piloto y esquemas de escalado, fomentar el aprendizaje transnacional sobre herramientas de innovación y elaborar propuestas de política para los centros nacionales de competencia.",
            ),
        ],
        "fr": [
            ("heading", "Qu'est-ce que BuiCaSuS ?"),
            (
                "paragraph",
                "BuiCaSuS est un projet transnational qui vise à renforcer la capacité des centres nationaux de compétences pour l'innovation sociale. Ses partenaires viennent d'Espagne, de Suède, de Lettonie et de France. C'est l'un des six consortiums financés par la Commission européenne. Ses missions : cartographier les systèmes actuels d'innovation sociale, soutenir des projets pilotes et des dispositifs de changement d'échelle, favoriser l'apprentissage transnational sur les outils d'innovation et élaborer des propositions politiques pour les centres nationaux de compétences.",
            ),
        ],
    },
}

ABOUT = {
    "slug": {
        "en": "about",
        "sv": "om-projektet",
        "lv": "par-projektu",
        "es": "sobre-el-proyecto",
        "fr": "a-propos",
    },
    "title": {
        "en": "About the project",
        "sv": "Om projektet",
        "lv": "Par projektu",
        "es": "Sobre el proyecto",
        "fr": "À propos du projet",
    },
    "intro": {
        "en": "BuiCaSuS promotes transnational cooperation and mutual learning to create or strengthen institutions and organisations that act as national competence centres nurturing the social-innovation ecosystem of each member state.",
        "sv": "BuiCaSuS främjar transnationellt samarbete och ömsesidigt lärande för att skapa eller stärka institutioner och organisationer som fungerar som nationella kompetenscentrum och vårdar ekosystemet för social innovation i respektive medlemsstat.",
        "lv": "BuiCaSuS veicina starpvalstu sadarbību un savstarpēju mācīšanos, lai izveidotu vai stiprinātu iestādes un organizācijas, kas darbojas kā valsts kompetences centri un attīsta sociālās inovācijas ekosistēmu attiecīgajā dalībvalstī.",
        "es": "BuiCaSuS promueve la cooperación transnacional y el aprendizaje mutuo para crear o reforzar instituciones y organizaciones que actúen como centros nacionales de competencia y cuiden el ecosistema de innovación social de cada Estado miembro.",
        "fr": "BuiCaSuS favorise la coopération transnationale et l'apprentissage mutuel pour créer ou renforcer des institutions et organisations qui jouent le rôle de centres nationaux de compétences et font vivre l'écosystème d'innovation sociale de chaque État membre.",
    },
    "body": {
        "en": [
            ("heading", "Four countries"),
            (
                "paragraph",
                "Spain (lead applicant), France, Sweden and Latvia take part. Together they reflect a diversity of country size, geographical position within the EU and socio-economic challenges, and different levels of maturity of their social-innovation ecosystems.",
            ),
            ("heading", "Impact on three levels"),
            (
                "list",
                [
                    "Project level: international knowledge for developing and strengthening the national social-innovation ecosystems, common frameworks for capacity-building structures and refined working methods.",
                    "Actor level: public administrations and private actors, including the third sector, are encouraged to consider new forms of public-private cooperation and to adopt best practice for creating and nurturing social innovation.",
                    "System level: a structured discussion of the institutional features, organisational requirements and skills of a national competence centre, leading to national strategies and action plans.",
                ],
            ),
        ],
        "sv": [
            ("heading", "Fyra länder"),
            (
                "paragraph",
                "Spanien (huvudsökande), Frankrike, Sverige och Lettland deltar. Tillsammans speglar de en mångfald i ländernas storlek, geografiska läge inom EU och socioekonomiska utmaningar, liksom olika mognadsnivåer i ekosystemen för social innovation.",
            ),
            ("heading", "Effekter på tre nivåer"),
            (
                "list",
                [
                    "Projektnivå: internationell kunskap för att utveckla och stärka de nationella ekosystemen för social innovation, gemensamma ramar för kapacitetsbyggande strukturer och förfinade arbetsmetoder.",
                    "Aktörsnivå: offentlig förvaltning och privata aktörer, inklusive tredje sektorn, uppmuntras att överväga nya former av offentlig-privat samverkan och att anta bästa praxis för att skapa och vårda social innovation.",
                    "Systemnivå: en strukturerad diskussion om ett nationellt kompetenscentrums institutionella egenskaper, organisatoriska krav och kompetenser, som leder till nationella strategier och handlingsplaner.",
                ],
            ),
        ],
        "lv": [
            ("heading", "Četras valstis"),
            (
                "paragraph",
                "Piedalās Spānija (vadošais pieteikuma iesniedzējs), Francija, Zviedrija un Latvija. Tās atspoguļo valstu lieluma, ģeogrāfiskās atrašanās vietas ES un sociālekonomisko problēmu dažādību, kā arī sociālās inovācijas ekosistēmu atšķirīgos brieduma līmeņus.",
            ),
            ("heading", "Ietekme trīs līmeņos"),
            (
                "list",
                [
                    "Projekta līmenī: starptautiskas zināšanas nacionālo sociālo inovāciju ekosistēmu attīstīšanai un stiprināšanai, kopīgi ietvari spēju veidošanas struktūrām un uzlabotas darba metodes.",
                    "Dalībnieku līmenī: valsts pārvalde un privātie dalībnieki, tostarp trešais sektors, tiek mudināti apsvērt jaunas publiskās un privātās sadarbības formas un ieviest labāko praksi sociālo inovāciju radīšanai un veicināšanai.",
                    "Sistēmas līmenī: strukturēta diskusija par nacionāla kompetences centra institucionālajām iezīmēm, organizatoriskajām prasībām un prasmēm, kas noved pie valstu stratēģijām un rīcības plāniem.",
                ],
            ),
        ],
        "es": [
            ("heading", "Cuatro países"),
            (
                "paragraph",
                "Participan España (solicitante principal), Francia, Suecia y Letonia. Reflejan la diversidad de tamaño, situación geográfica dentro de la UE y retos socioeconómicos de los países, así como distintos grados de madurez de sus ecosistemas de innovación social.",
            ),
            ("heading", "Impacto en tres niveles"),
            (
                "list",
                [
                    "Nivel del proyecto: conocimiento internacional para desarrollar y reforzar los ecosistemas nacionales de innovación social, marcos comunes para las estructuras de desarrollo de capacidades y métodos de trabajo perfeccionados.",
                    "Nivel de los actores: se anima a las administraciones públicas y a los actores privados, incluido el tercer sector, a considerar nuevas formas de colaboración público-privada y a adoptar buenas prácticas para crear y cuidar la innovación social.",
                    "Nivel del sistema: un debate estructurado sobre las características institucionales, los requisitos organizativos y las competencias de un centro nacional de competencia, que desemboca en estrategias y planes de acción nacionales.",
                ],
            ),
        ],
        "fr": [
            ("heading", "Quatre pays"),
            (
                "paragraph",
                "L'Espagne (demandeur principal), la France, la Suède et la Lettonie participent. Ils reflètent la diversité de taille, de situation géographique dans l'UE et de défis socio-économiques des pays, ainsi que des niveaux de maturité différents de leurs écosystèmes d'innovation sociale.",
            ),
            ("heading", "Un impact à trois niveaux"),
            (
                "list",
                [
                    "Au niveau du projet : des connaissances internationales pour développer et renforcer les écosystèmes nationaux d'innovation sociale, des cadres communs pour les structures de renforcement des capacités et des méthodes de travail affinées.",
                    "Au niveau des acteurs : les administrations publiques et les acteurs privés, dont le tiers secteur, sont encouragés à envisager de nouvelles formes de coopération public-privé et à adopter les bonnes pratiques pour créer et faire vivre l'innovation sociale.",
                    "Au niveau du système : une discussion structurée sur les caractéristiques institutionnelles, les exigences organisationnelles et les compétences d'un centre national de compétences, débouchant sur des stratégies et des plans d'action nationaux.",
                ],
            ),
        ],
    },
}

# A work package's page holds its title, slug and introduction; its description and objectives are
# the work package's record (apps/workpackages/content.py), which the page shows.
NO_BODY = {"en": [], "sv": [], "lv": [], "es": [], "fr": []}

WORK_PACKAGES = [
    {
        "slug": {
            "en": "wp1-coordination",
            "sv": "ap1-samordning",
            "lv": "dp1-koordinacija",
            "es": "pt1-coordinacion",
            "fr": "lt1-coordination",
        },
        "title": {
            "en": "WP1 – Coordination",
            "sv": "AP1 – Samordning",
            "lv": "DP1 – Koordinācija",
            "es": "PT1 – Coordinación",
            "fr": "LT1 – Coordination",
        },
        "intro": {
            "en": "WP1 sets up the project's governance and management structures, with regular advisory support and exchange within the transnational network.",
            "sv": "AP1 skapar projektets styrnings- och ledningsstrukturer, med regelbundet rådgivande stöd och utbyte inom det transnationella nätverket.",
            "lv": "DP1 izveido projekta pārvaldības un vadības struktūras ar regulāru konsultatīvu atbalstu un apmaiņu starpvalstu tīklā.",
            "es": "El PT1 crea las estructuras de gobernanza y gestión del proyecto, con apoyo consultivo periódico e intercambio dentro de la red transnacional.",
            "fr": "Le LT1 met en place les structures de gouvernance et de gestion du projet, avec un appui consultatif régulier et des échanges au sein du réseau transnational.",
        },
        "work_package": 1,
        "body": NO_BODY,
    },
    {
        "slug": {
            "en": "wp2-mapping",
            "sv": "ap2-kartlaggning",
            "lv": "dp2-kartesana",
            "es": "pt2-mapeo",
            "fr": "lt2-cartographie",
        },
        "title": {
            "en": "WP2 – Mapping the ecosystems",
            "sv": "AP2 – Kartläggning av ekosystemen",
            "lv": "DP2 – Ekosistēmu kartēšana",
            "es": "PT2 – Mapeo de los ecosistemas",
            "fr": "LT2 – Cartographie des écosystèmes",
        },
        "intro": {
            "en": "A summative work package: a criteria-based mapping of actors and experiences, starting from a review of the existing literature, that establishes the current situation of each country's social-innovation ecosystem.",
            "sv": "Ett summativt arbetspaket: en kriteriebaserad kartläggning av aktörer och erfarenheter, som utgår från en översyn av befintlig litteratur och fastställer nuläget i varje lands ekosystem för social innovation.",
            "lv": "Summatīva darba pakotne: uz kritērijiem balstīta dalībnieku un pieredzes kartēšana, kas sākas ar esošās literatūras pārskatu un nosaka katras valsts sociālās inovācijas ekosistēmas pašreizējo situāciju.",
            "es": "Un paquete de trabajo sumativo: un mapeo de actores y experiencias basado en criterios, a partir de una revisión de la literatura existente, que establece la situación actual del ecosistema de innovación social de cada país.",
            "fr": "Un lot de travail sommatif : une cartographie des acteurs et des expériences fondée sur des critères, à partir d'une revue de la littérature existante, qui établit la situation actuelle de l'écosystème d'innovation sociale de chaque pays.",
        },
        "work_package": 2,
        "body": NO_BODY,
    },
    {
        "slug": {
            "en": "wp3-pilots",
            "sv": "ap3-pilotfall",
            "lv": "dp3-izmeginajumi",
            "es": "pt3-pilotos",
            "fr": "lt3-pilotes",
        },
        "title": {
            "en": "WP3 – Pilot cases and mentoring",
            "sv": "AP3 – Pilotfall och mentorskap",
            "lv": "DP3 – Izmēģinājuma projekti un mentorings",
            "es": "PT3 – Casos piloto y mentoría",
            "fr": "LT3 – Cas pilotes et mentorat",
        },
        "intro": {
            "en": "A formative work package: two pilot cases, in Latvia and in Spain, with a mentoring method and cross-border transfer of experience.",
            "sv": "Ett formativt arbetspaket: två pilotfall, i Lettland och i Spanien, med en metod för mentorskap och gränsöverskridande erfarenhetsöverföring.",
            "lv": "Formatīva darba pakotne: divi izmēģinājuma projekti Latvijā un Spānijā ar mentoringa metodi un pārrobežu pieredzes pārnesi.",
            "es": "Un paquete de trabajo formativo: dos casos piloto, en Letonia y en España, con un método de mentoría y transferencia transfronteriza de experiencias.",
            "fr": "Un lot de travail formatif : deux cas pilotes, en Lettonie et en Espagne, avec une méthode de mentorat et un transfert d'expérience transfrontalier.",
        },
        "work_package": 3,
        "body": NO_BODY,
    },
    {
        "slug": {
            "en": "wp4-capacity-building",
            "sv": "ap4-kapacitetsbyggande",
            "lv": "dp4-kapacitates-celsana",
            "es": "pt4-desarrollo-de-capacidades",
            "fr": "lt4-renforcement-des-capacites",
        },
        "title": {
            "en": "WP4 – Tools, methods and capacity building",
            "sv": "AP4 – Verktyg, metoder och kapacitetsbyggande",
            "lv": "DP4 – Rīki, metodes un kapacitātes celšana",
            "es": "PT4 – Herramientas, métodos y desarrollo de capacidades",
            "fr": "LT4 – Outils, méthodes et renforcement des capacités",
        },
        "intro": {
            "en": "A formative work package: the systematisation of tools and methods and capacity building in the five core support areas of a future competence centre, with a knowledge hub for cross-border exchange of best practice.",
            "sv": "Ett formativt arbetspaket: systematisering av verktyg och metoder och kapacitetsbyggande inom ett framtida kompetenscentrums fem kärnstödsområden, med ett kunskapsnav för gränsöverskridande utbyte av bästa praxis.",
            "lv": "Formatīva darba pakotne: rīku un metožu sistematizēšana un kapacitātes celšana topoša kompetences centra piecās galvenajās atbalsta jomās, ar zināšanu centru labās prakses pārrobežu apmaiņai.",
            "es": "Un paquete de trabajo formativo: la sistematización de herramientas y métodos y el desarrollo de capacidades en las cinco áreas básicas de apoyo de un futuro centro de competencia, con un centro de conocimiento para el intercambio transfronterizo de buenas prácticas.",
            "fr": "Un lot de travail formatif : la systématisation des outils et des méthodes et le renforcement des capacités dans les cinq domaines d'appui essentiels d'un futur centre de compétences, avec un pôle de connaissances pour l'échange transfrontalier de bonnes pratiques.",
        },
        "work_package": 4,
        "body": NO_BODY,
    },
    {
        "slug": {
            "en": "wp5-ccsi-strategies",
            "sv": "ap5-ccsi-strategier",
            "lv": "dp5-sikc-strategijas",
            "es": "pt5-estrategias-ccsi",
            "fr": "lt5-strategies-ccsi",
        },
        "title": {
            "en": "WP5 – National CCSI strategies",
            "sv": "AP5 – Nationella CCSI-strategier",
            "lv": "DP5 – Valstu SIKC stratēģijas",
            "es": "PT5 – Estrategias nacionales de CCSI",
            "fr": "LT5 – Stratégies nationales de CCSI",
        },
        "intro": {
            "en": "A summative work package that builds on WP2: a common framework, institutional design criteria and, in deliverable 5.2, national strategies and action plans for competence centres for social innovation, ending with a final conference.",
            "sv": "Ett summativt arbetspaket som bygger på AP2: en gemensam ram, kriterier för institutionell utformning och, i leverans 5.2, nationella strategier och handlingsplaner för kompetenscentrum för social innovation, avslutat med en slutkonferens.",
            "lv": "Summatīva darba pakotne, kas balstās uz DP2: kopīgs ietvars, institucionālā dizaina kritēriji un nododamajā rezultātā D5.2 valstu sociālās inovācijas kompetences centru stratēģijas un rīcības plāni, noslēgumā – gala konference.",
            "es": "Un paquete de trabajo sumativo que se basa en el PT2: un marco común, criterios de diseño institucional y, en el entregable 5.2, estrategias y planes de acción nacionales para los centros de competencia para la innovación social, con una conferencia final.",
            "fr": "Un lot de travail sommatif qui s'appuie sur le LT2 : un cadre commun, des critères de conception institutionnelle et, dans le livrable 5.2, des stratégies et plans d'action nationaux pour les centres de compétences pour l'innovation sociale, clos par une conférence finale.",
        },
        "work_package": 5,
        "body": NO_BODY,
    },
]
