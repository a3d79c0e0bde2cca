"""The best-practice library as the project's public source documents state it.

The 35 cases with their exact names and countries come from Mötesplats Social Innovation's news
item on the cases mapped in BuiCaSuS (the process elements, approaches and support areas they
are classified by live in the vocabulary app). Each case's classification by element,
approach and support area is the editors' judgement from its name: the sources do not
state it, and every case is loaded with `classification_is_editorial` set.
"""

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
        "en": "Best-practice cases from France, Latvia, Spain and Sweden: methods, tools and approaches that organisations use to support social-innovation processes. Filter them by country, process element and support area, or search them in your language.",
        "sv": "Goda exempel från Frankrike, Lettland, Spanien och Sverige: metoder, verktyg och tillvägagångssätt som organisationer använder för att stödja sociala innovationsprocesser. Filtrera dem efter land, processelement och stödområde, eller sök i dem på ditt språk.",
        "lv": "Labās prakses piemēri no Francijas, Latvijas, Spānijas un Zviedrijas: metodes, rīki un pieejas, ko organizācijas izmanto sociālās inovācijas procesu atbalstam. Atlasiet tos pēc valsts, procesa elementa un atbalsta jomas vai meklējiet tos savā valodā.",
        "es": "Casos de buenas prácticas de Francia, Letonia, España y Suecia: métodos, herramientas y enfoques que las organizaciones utilizan para apoyar los procesos de innovación social. Fíltrelos por país, elemento del proceso y área de apoyo, o búsquelos en su idioma.",
        "fr": "Des bonnes pratiques de France, de Lettonie, d'Espagne et de Suède : des méthodes, des outils et des approches que des organisations utilisent pour soutenir les processus d'innovation sociale. Filtrez-les par pays, élément du processus et domaine d'appui, ou cherchez-les dans votre langue.",
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
