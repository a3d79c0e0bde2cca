"""The shared vocabulary as the project's source documents state it.

The five elements of the social-innovation process, each with the support approaches the
sources list under it, and the five core support areas of a future competence centre (WP4).
Names are given in the five languages of the portal.
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
            "fr": "Génération d'idées : conception, test et adaptation des solutions",
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
            "fr": "Réalisation : mise en œuvre et changement d'échelle",
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
            "lv": "Paplašināšana un pārņemšana",
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
