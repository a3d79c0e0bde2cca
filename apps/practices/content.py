"""The best-practice library as the project's public source documents state it.

The 35 cases with their exact names and countries, the five process elements and their
approaches come from Mötesplats Social Innovation's news item on the cases mapped in BuiCaSuS;
the five core support areas from the BuiCaSuS executive summary. Each case's classification by
element, approach and support area is the editors' judgement from its name: the sources do not
state it, and every case is loaded with `classification_is_editorial` set.
"""

ELEMENTS = [
    {
        "number": 1,
        "name": {
            "en": "Identifying and analysing societal challenges",
            "sv": "Identifiering och analys av samhällsutmaningar",
            "lv": "Sabiedrības izaicinājumu identificēšana un analīze",
            "es": "Identificación y análisis de los retos sociales",
            "fr": "Identification et analyse des défis de société",
        },
        "approaches": [
            (
                "1.1",
                {
                    "en": "Gathering knowledge and analysing societal challenges and needs",
                    "sv": "Samla kunskap och analysera samhällsutmaningar och behov",
                    "lv": "Zināšanu vākšana un sabiedrības izaicinājumu un vajadzību analīze",
                    "es": "Reunir conocimiento y analizar los retos y las necesidades sociales",
                    "fr": "Rassembler des connaissances et analyser les défis et les besoins de société",
                },
            ),
            (
                "1.2",
                {
                    "en": "Widening norms for mobilising actors and resources",
                    "sv": "Expandera normer för mobilisering av aktörer och resurser",
                    "lv": "Normu paplašināšana dalībnieku un resursu mobilizēšanai",
                    "es": "Ampliar las normas para movilizar actores y recursos",
                    "fr": "Élargir les normes pour mobiliser acteurs et ressources",
                },
            ),
        ],
    },
    {
        "number": 2,
        "name": {
            "en": "Mobilising and coordinating actors and resources",
            "sv": "Mobilisering och koordinering av aktörer och resurser",
            "lv": "Dalībnieku un resursu mobilizēšana un koordinēšana",
            "es": "Movilización y coordinación de actores y recursos",
            "fr": "Mobilisation et coordination des acteurs et des ressources",
        },
        "approaches": [
            (
                "2.1",
                {
                    "en": "Community engagement",
                    "sv": "Samhällsengagemang",
                    "lv": "Kopienas iesaiste",
                    "es": "Implicación de la comunidad",
                    "fr": "Engagement de la communauté",
                },
            ),
            (
                "2.2",
                {
                    "en": "Mobilising resources",
                    "sv": "Mobilisera resurser",
                    "lv": "Resursu mobilizēšana",
                    "es": "Movilizar recursos",
                    "fr": "Mobiliser des ressources",
                },
            ),
        ],
    },
    {
        "number": 3,
        "name": {
            "en": "Idea generation: design, test and adaptation of solutions",
            "sv": "Idégenerering – design, test och anpassning av lösningar",
            "lv": "Ideju radīšana: risinājumu izstrāde, testēšana un pielāgošana",
            "es": "Generación de ideas: diseño, prueba y adaptación de soluciones",
            "fr": "Génération d'idées : conception, test et adaptation des solutions",
        },
        "approaches": [
            (
                "3.1",
                {
                    "en": "Convening stakeholders",
                    "sv": "Samla intressenter",
                    "lv": "Ieinteresēto pušu sapulcināšana",
                    "es": "Reunir a las partes interesadas",
                    "fr": "Réunir les parties prenantes",
                },
            ),
            (
                "3.2",
                {
                    "en": "Challenging silos and structures",
                    "sv": "Utmana silos och strukturer",
                    "lv": "Izaicināt nodalītību un struktūras",
                    "es": "Cuestionar los silos y las estructuras",
                    "fr": "Remettre en cause les cloisonnements et les structures",
                },
            ),
            (
                "3.3",
                {
                    "en": "Incubation programmes",
                    "sv": "Inkubationsprogram",
                    "lv": "Inkubācijas programmas",
                    "es": "Programas de incubación",
                    "fr": "Programmes d'incubation",
                },
            ),
        ],
    },
    {
        "number": 4,
        "name": {
            "en": "Realisation: implementation and scaling",
            "sv": "Förverkligande – implementering och uppskalning",
            "lv": "Īstenošana: ieviešana un paplašināšana",
            "es": "Realización: implantación y escalado",
            "fr": "Réalisation : mise en œuvre et changement d'échelle",
        },
        "approaches": [
            (
                "4.1",
                {
                    "en": "Strengthening the ecosystem",
                    "sv": "Stärka ekosystemet",
                    "lv": "Ekosistēmas stiprināšana",
                    "es": "Reforzar el ecosistema",
                    "fr": "Renforcer l'écosystème",
                },
            ),
            (
                "4.2",
                {
                    "en": "Identifying and involving stakeholders",
                    "sv": "Identifiera och involvera intressenter",
                    "lv": "Ieinteresēto pušu identificēšana un iesaiste",
                    "es": "Identificar e implicar a las partes interesadas",
                    "fr": "Identifier et impliquer les parties prenantes",
                },
            ),
            (
                "4.3",
                {
                    "en": "Facilitating exchange of best practice and good examples",
                    "sv": "Facilitera utbyte av bästa praxis och goda exempel",
                    "lv": "Labās prakses un labu piemēru apmaiņas veicināšana",
                    "es": "Facilitar el intercambio de buenas prácticas y ejemplos",
                    "fr": "Faciliter l'échange de bonnes pratiques et d'exemples",
                },
            ),
            (
                "4.4",
                {
                    "en": "Strengthening policy in the field of social innovation",
                    "sv": "Stärka politiken inom social innovationsfältet",
                    "lv": "Sociālās inovācijas politikas stiprināšana",
                    "es": "Reforzar las políticas de innovación social",
                    "fr": "Renforcer les politiques d'innovation sociale",
                },
            ),
            (
                "4.5",
                {
                    "en": "Accelerator programmes that support the scaling of social innovations",
                    "sv": "Acceleratorsprogram som stödjer skalning av sociala innovationer",
                    "lv": "Akseleratoru programmas sociālo inovāciju paplašināšanai",
                    "es": "Programas de aceleración para escalar las innovaciones sociales",
                    "fr": "Programmes d'accélération pour le changement d'échelle des innovations sociales",
                },
            ),
            (
                "4.6",
                {
                    "en": "Designing finance to support the scaling of social innovations",
                    "sv": "Designa finansiering för att stödja skalning av sociala innovationer",
                    "lv": "Finansējuma veidošana sociālo inovāciju paplašināšanai",
                    "es": "Diseñar financiación para escalar las innovaciones sociales",
                    "fr": "Concevoir des financements pour le changement d'échelle des innovations sociales",
                },
            ),
            (
                "4.7",
                {
                    "en": "Methods and knowledge on supporting social innovation for innovation and business-support organisations",
                    "sv": "Metoder och kunskap om hur man kan stödja sociala innovationer till innovations- och företagsfrämjare",
                    "lv": "Metodes un zināšanas par sociālo inovāciju atbalstu inovāciju un uzņēmējdarbības atbalsta organizācijām",
                    "es": "Métodos y conocimiento sobre el apoyo a la innovación social para entidades de apoyo a la innovación y a las empresas",
                    "fr": "Méthodes et connaissances sur l'appui à l'innovation sociale pour les structures d'appui à l'innovation et aux entreprises",
                },
            ),
        ],
    },
    {
        "number": 5,
        "name": {
            "en": "Creating societal change",
            "sv": "Skapa samhällsförändring",
            "lv": "Sabiedrības pārmaiņu radīšana",
            "es": "Crear cambio social",
            "fr": "Créer un changement de société",
        },
        "approaches": [
            (
                "5.1",
                {
                    "en": "Tools for impact measurement",
                    "sv": "Verktyg för effektvärdering",
                    "lv": "Ietekmes mērīšanas rīki",
                    "es": "Herramientas de medición del impacto",
                    "fr": "Outils de mesure d'impact",
                },
            ),
            (
                "5.2",
                {
                    "en": "Supporting evaluation processes",
                    "sv": "Stödja utvärderingsprocesserna",
                    "lv": "Izvērtēšanas procesu atbalstīšana",
                    "es": "Apoyar los procesos de evaluación",
                    "fr": "Accompagner les démarches d'évaluation",
                },
            ),
            (
                "5.3",
                {
                    "en": "Resource centres for assessing social impact",
                    "sv": "Resurscenter för att bedöma social impact",
                    "lv": "Resursu centri sociālās ietekmes novērtēšanai",
                    "es": "Centros de recursos para evaluar el impacto social",
                    "fr": "Centres de ressources pour évaluer l'impact social",
                },
            ),
            (
                "5.4",
                {
                    "en": "Competitions and awards",
                    "sv": "Tävlingar, utmärkelser",
                    "lv": "Konkursi un apbalvojumi",
                    "es": "Concursos y premios",
                    "fr": "Concours et prix",
                },
            ),
            (
                "5.5",
                {
                    "en": "Tools to validate the potential to scale social innovations",
                    "sv": "Verktyg för att validera potentialen att skala sociala innovationer",
                    "lv": "Rīki sociālo inovāciju paplašināšanas potenciāla apstiprināšanai",
                    "es": "Herramientas para validar el potencial de escalado de las innovaciones sociales",
                    "fr": "Outils pour valider le potentiel de changement d'échelle des innovations sociales",
                },
            ),
        ],
    },
]

SUPPORT_AREAS = [
    (
        "scaling",
        1,
        {
            "en": "Scaling and replication",
            "sv": "Uppskalning och replikering",
            "lv": "Paplašināšana un atkārtošana",
            "es": "Escalado y réplica",
            "fr": "Changement d'échelle et essaimage",
        },
    ),
    (
        "catalytic",
        2,
        {
            "en": "Catalytic action",
            "sv": "Katalytisk handling",
            "lv": "Katalizējoša rīcība",
            "es": "Acción catalizadora",
            "fr": "Action catalytique",
        },
    ),
    (
        "knowledge",
        3,
        {
            "en": "Knowledge building and method development",
            "sv": "Kunskapande och metodutveckling",
            "lv": "Zināšanu veidošana un metožu izstrāde",
            "es": "Generación de conocimiento y desarrollo de métodos",
            "fr": "Production de connaissances et développement de méthodes",
        },
    ),
    (
        "advisory",
        4,
        {
            "en": "Advisory services and competence development",
            "sv": "Rådgivningstjänster och kompetensutveckling",
            "lv": "Konsultāciju pakalpojumi un kompetenču attīstība",
            "es": "Servicios de asesoramiento y desarrollo de competencias",
            "fr": "Services de conseil et développement des compétences",
        },
    ),
    (
        "arenas",
        5,
        {
            "en": "Cross-sectoral meeting arenas",
            "sv": "Sektorsövergripande mötesarenor",
            "lv": "Starpnozaru sadarbības platformas",
            "es": "Espacios de encuentro intersectoriales",
            "fr": "Espaces de rencontre intersectoriels",
        },
    ),
]

# (name as in the source, organisation named in it, approaches, support areas); elements follow
# from the approaches.
CASES = {
    "FR": [
        ("Cap Impact", "", ["4.5"], ["scaling"]),
        ("Social impact bonds", "", ["4.6", "5.1"], ["catalytic"]),
        ("27ème région", "27ème région", ["3.2"], ["knowledge", "arenas"]),
        ("La Communauté Emergence & Accélération", "", ["3.3", "4.5"], ["scaling", "advisory"]),
        ("Banque des Territoires", "Banque des Territoires", ["2.2", "4.6"], ["catalytic"]),
        ("Local Support Scheme (Dispositif Local d’Accompagnement)", "", ["4.7"], ["advisory"]),
        ("FAIR", "FAIR", ["4.6"], ["catalytic"]),
        ("I Fund (Fonds I)", "", ["2.2"], ["catalytic"]),
        ("Initiative Factory (Fabrique à Initiatives)", "", ["1.1", "3.3"], ["advisory"]),
        ("Godin Institute (Institut Godin)", "Godin Institute (Institut Godin)", ["5.2"], ["knowledge"]),
        ("P’INS (Le programme P’INS)", "", ["4.5"], ["scaling"]),
        ("LabCom Destins", "LabCom Destins", ["1.1"], ["knowledge"]),
        (
            "Regional Economic Cooperation Hubs (PTCE – Pôles Territoriaux de Coopération Economique)",
            "",
            ["2.1", "4.1"],
            ["arenas"],
        ),
        ("Ronalpia (“Implantation” scale-up programme)", "Ronalpia", ["4.5"], ["scaling"]),
    ],
    "LV": [
        (
            "Social Entrepreneurship Association of Latvia (SEAL)",
            "Social Entrepreneurship Association of Latvia (SEAL)",
            ["4.1", "4.4"],
            ["arenas", "advisory"],
        ),
        ("Social Innovation Center", "Social Innovation Center", ["1.1", "3.3"], ["knowledge", "advisory"]),
        (
            "Society Integration Foundation (SIF)",
            "Society Integration Foundation (SIF)",
            ["2.2", "4.4"],
            ["catalytic"],
        ),
        ("Reach for Change Latvia", "Reach for Change Latvia", ["3.3", "4.5"], ["scaling", "advisory"]),
    ],
    "ES": [
        ("Fundación Bofill – Hub Social", "Fundación Bofill", ["1.1"], ["knowledge", "arenas"]),
        (
            "The Spanish Red Cross – IDEATECA Participatory Innovation Platform",
            "The Spanish Red Cross",
            ["3.1"],
            ["arenas"],
        ),
        (
            "Agirre Lehendakaria Center-ALC (Basque Social Innovation Lab)",
            "Agirre Lehendakaria Center (ALC)",
            ["3.2"],
            ["knowledge"],
        ),
        ("Fundación Novaterra – “La Promotora”", "Fundación Novaterra", ["4.5"], ["scaling"]),
        ("Innovation in Social Care – iSocial Foundation", "iSocial Foundation", ["3.1"], ["knowledge"]),
        ("RED Social Innovation", "RED Social Innovation", ["4.3"], ["arenas"]),
        (
            "Fundación Caja Navarra – Innova Programme (InnovaSocial and InnovaCultura)",
            "Fundación Caja Navarra",
            ["2.2", "4.6"],
            ["catalytic"],
        ),
    ],
    "SE": [
        (
            "Coordination of support organisations in a national network – Social Entrepreneurship Sweden",
            "Social Entrepreneurship Sweden",
            ["4.1"],
            ["arenas"],
        ),
        (
            "Financing and financial coaching for social enterprises – Mikrofonden Sverige",
            "Mikrofonden Sverige",
            ["4.6"],
            ["catalytic", "advisory"],
        ),
        (
            "Supporting Social Innovation on regional level – Örebro Partnership for Social Innovation",
            "Örebro Partnership for Social Innovation",
            ["4.1"],
            ["arenas"],
        ),
        (
            "Collaboration and knowledge exchange for strengthened social innovation through cross-sectoral meeting places – Forum for Social Innovation Sweden",
            "Forum for Social Innovation Sweden",
            ["4.3"],
            ["arenas", "knowledge"],
        ),
        (
            "Supporting social innovation through the business innovation system – The Joint Way",
            "The Joint Way",
            ["4.7"],
            ["advisory"],
        ),
        (
            "Umeå’s innovation platform for sustainable cities – Social Progress Innovation Sweden",
            "Social Progress Innovation Sweden",
            ["3.1"],
            ["arenas"],
        ),
        (
            "Funding of social innovation – Vinnova, Sweden’s innovation agency",
            "Vinnova, Sweden’s innovation agency",
            ["4.6"],
            ["catalytic"],
        ),
        (
            "Universities connecting to strengthen social innovation – Forum for Social Innovation Sweden",
            "Forum for Social Innovation Sweden",
            ["1.1"],
            ["knowledge"],
        ),
        (
            "Sweden’s Municipalities and Regions’ (SKR) Development Network Social Enterprises",
            "Sweden’s Municipalities and Regions (SKR)",
            ["4.4"],
            ["arenas"],
        ),
        (
            "Promoting cooperative entrepreneurship – Coompanion Sweden",
            "Coompanion Sweden",
            ["4.7"],
            ["advisory"],
        ),
    ],
}

# What the source says of every case, in each language: {name}, {count}, {country}.
SUMMARY = {
    "en": "{name} is one of the {count} best-practice cases from {country} mapped by Mötesplats Social Innovation within the European project BuiCaSuS. The 35 cases describe methods, tools and approaches that organisations in France, Latvia, Spain and Sweden use to support social-innovation processes, to show success factors for long-term societal change and how to avoid pitfalls.",
    "sv": "{name} är ett av de {count} goda exemplen från {country} som kartlagts av Mötesplats Social Innovation inom det europeiska projektet BuiCaSuS. De 35 exemplen beskriver metoder, verktyg och tillvägagångssätt som organisationer i Frankrike, Lettland, Spanien och Sverige använder för att stödja sociala innovationsprocesser, för att visa framgångsfaktorer för långsiktig samhällsförändring och hur man undviker fallgropar.",
    "lv": "{name} ir viens no {count} labās prakses piemēriem no {country}, ko Eiropas projektā BuiCaSuS kartējis Zviedrijas Sociālo inovāciju forums (Mötesplats Social Innovation). 35 piemēri apraksta metodes, rīkus un pieejas, ko organizācijas Francijā, Latvijā, Spānijā un Zviedrijā izmanto sociālās inovācijas procesu atbalstam, lai parādītu ilgtermiņa sabiedrības pārmaiņu veiksmes faktorus un to, kā izvairīties no kļūdām.",
    "es": "{name} es uno de los {count} casos de buenas prácticas de {country} mapeados por Mötesplats Social Innovation en el proyecto europeo BuiCaSuS. Los 35 casos describen métodos, herramientas y enfoques que las organizaciones de Francia, Letonia, España y Suecia utilizan para apoyar los procesos de innovación social, con el fin de mostrar los factores de éxito de un cambio social duradero y cómo evitar los escollos.",
    "fr": "{name} fait partie des {count} bonnes pratiques {country} cartographiées par Mötesplats Social Innovation dans le cadre du projet européen BuiCaSuS. Les 35 cas décrivent des méthodes, des outils et des approches que des organisations de France, de Lettonie, d'Espagne et de Suède utilisent pour soutenir les processus d'innovation sociale, afin de montrer les facteurs de réussite d'un changement de société durable et comment éviter les écueils.",
}

# The country as the summary's sentence needs it in each language.
COUNTRY_IN_SUMMARY = {
    "FR": {"en": "France", "sv": "Frankrike", "lv": "Francijas", "es": "Francia", "fr": "de France"},
    "LV": {"en": "Latvia", "sv": "Lettland", "lv": "Latvijas", "es": "Letonia", "fr": "de Lettonie"},
    "ES": {"en": "Spain", "sv": "Spanien", "lv": "Spānijas", "es": "España", "fr": "d'Espagne"},
    "SE": {"en": "Sweden", "sv": "Sverige", "lv": "Zviedrijas", "es": "Suecia", "fr": "de Suède"},
}

LIBRARY = {
    "slug": {
        "en": "best-practices",
        "sv": "goda-exempel",
        "lv": "laba-prakse",
        "es": "buenas-practicas",
        "fr": "bonnes-pratiques",
    },
    "title": {
        "en": "Best practices",
        "sv": "Goda exempel",
        "lv": "Labā prakse",
        "es": "Buenas prácticas",
        "fr": "Bonnes pratiques",
    },
    "intro": {
        "en": "35 best-practice cases from France, Latvia, Spain and Sweden: methods, tools and approaches that organisations use to support social-innovation processes. Filter them by country, process element and support area, or search them in your language.",
        "sv": "35 goda exempel från Frankrike, Lettland, Spanien och Sverige: metoder, verktyg och tillvägagångssätt som organisationer använder för att stödja sociala innovationsprocesser. Filtrera dem efter land, processelement och stödområde, eller sök i dem på ditt språk.",
        "lv": "35 labās prakses piemēri no Francijas, Latvijas, Spānijas un Zviedrijas: metodes, rīki un pieejas, ko organizācijas izmanto sociālās inovācijas procesu atbalstam. Atlasiet tos pēc valsts, procesa elementa un atbalsta jomas vai meklējiet tos savā valodā.",
        "es": "35 casos de buenas prácticas de Francia, Letonia, España y Suecia: métodos, herramientas y enfoques que las organizaciones utilizan para apoyar los procesos de innovación social. Fíltrelos por país, elemento del proceso y área de apoyo, o búsquelos en su idioma.",
        "fr": "35 bonnes pratiques de France, de Lettonie, d'Espagne et de Suède : des méthodes, des outils et des approches que des organisations utilisent pour soutenir les processus d'innovation sociale. Filtrez-les par pays, élément du processus et domaine d'appui, ou cherchez-les dans votre langue.",
    },
}

COUNTRY_PAGES = {
    "FR": {
        "slug": {"en": "france", "sv": "frankrike", "lv": "francija", "es": "francia", "fr": "france"},
        "title": {
            "en": "Cases from France",
            "sv": "Exempel från Frankrike",
            "lv": "Piemēri no Francijas",
            "es": "Casos de Francia",
            "fr": "Cas de France",
        },
    },
    "LV": {
        "slug": {"en": "latvia", "sv": "lettland", "lv": "latvija", "es": "letonia", "fr": "lettonie"},
        "title": {
            "en": "Cases from Latvia",
            "sv": "Exempel från Lettland",
            "lv": "Piemēri no Latvijas",
            "es": "Casos de Letonia",
            "fr": "Cas de Lettonie",
        },
    },
    "ES": {
        "slug": {"en": "spain", "sv": "spanien", "lv": "spanija", "es": "espana", "fr": "espagne"},
        "title": {
            "en": "Cases from Spain",
            "sv": "Exempel från Spanien",
            "lv": "Piemēri no Spānijas",
            "es": "Casos de España",
            "fr": "Cas d'Espagne",
        },
    },
    "SE": {
        "slug": {"en": "sweden", "sv": "sverige", "lv": "zviedrija", "es": "suecia", "fr": "suede"},
        "title": {
            "en": "Cases from Sweden",
            "sv": "Exempel från Sverige",
            "lv": "Piemēri no Zviedrijas",
            "es": "Casos de Suecia",
            "fr": "Cas de Suède",
        },
    },
}
