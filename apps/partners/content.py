"""The BuiCaSuS project and its consortium, as the project's source documents state them.

The 20–21 associated organisations are not named in the sources and are therefore not loaded.
"""

import datetime
from decimal import Decimal

BUICASUS = {
    "acronym": "BuiCaSuS",
    "title": {
        "en": "Competence Centres for Social Innovation – Building Capacity for a Sustainable Society",
        "sv": "Kompetenscentrum för social innovation – Building Capacity for a Sustainable Society",
        "lv": "Sociālās inovācijas kompetences centri – kapacitātes celšana ilgtspējīgai sabiedrībai",
        "es": "Centros de Competencia para la Innovación Social – Creación de capacidades para una sociedad sostenible",
        "fr": "Centres de compétences pour l'innovation sociale – Renforcer les capacités pour une société durable",
    },
    "programme": "EaSI – Employment and Social Innovation",
    "call": "VP/2020/010",
    "reference": "SWIM VP/2020/010/0126",
    "start_date": datetime.date(2021, 6, 1),
    "end_date": datetime.date(2023, 5, 31),
    "duration_months": 24,
    "total_budget_eur": Decimal("1064413.00"),
    "max_eu_share_percent": 80,
    "max_eu_contribution_eur": Decimal("851530.00"),
    "funded_consortia": 6,
    "associated_organisations": "20–21",
}

# Reach for Change and Inkludera: the sources describe both in the same words.
SWEDISH_NON_PROFIT_CO_APPLICANT = {
    "en": "A Swedish non-profit organisation. Co-applicant of BuiCaSuS.",
    "sv": "En svensk ideell organisation. Medsökande i BuiCaSuS.",
    "lv": "Zviedrijas bezpeļņas organizācija. BuiCaSuS līdzpieteikuma iesniedzējs.",
    "es": "Una organización sueca sin ánimo de lucro. Cosolicitante de BuiCaSuS.",
    "fr": "Une organisation suédoise à but non lucratif. Codemandeur de BuiCaSuS.",
}

CONSORTIUM = [
    {
        "slug": "uafse",
        "acronym": "UAFSE",
        "name": "UAFSE",
        "country": "ES",
        "kind": "public",
        "consortium_role": "applicant",
        "description": {
            "en": "The managing authority of the European Social Fund in Spain, part of the Ministry of Labour and Social Economy. Lead applicant of BuiCaSuS.",
            "sv": "Förvaltande myndighet för Europeiska socialfonden i Spanien, inom ministeriet för arbete och social ekonomi. Huvudsökande i BuiCaSuS.",
            "lv": "Eiropas Sociālā fonda vadošā iestāde Spānijā, Darba un sociālās ekonomikas ministrijas sastāvā. BuiCaSuS vadošais pieteikuma iesniedzējs.",
            "es": "Autoridad de gestión del Fondo Social Europeo en España, integrada en el Ministerio de Trabajo y Economía Social. Solicitante principal de BuiCaSuS.",
            "fr": "Autorité de gestion du Fonds social européen en Espagne, au sein du ministère du Travail et de l'Économie sociale. Demandeur principal de BuiCaSuS.",
        },
    },
    {
        "slug": "sssr",
        "acronym": "SSSR",
        "name": "State Secretariat for Social Rights",
        "country": "ES",
        "kind": "public",
        "consortium_role": "co_applicant",
        "description": {
            "en": "Spain's State Secretariat for Social Rights. Co-applicant of BuiCaSuS.",
            "sv": "Spaniens statssekretariat för sociala rättigheter. Medsökande i BuiCaSuS.",
            "lv": "Spānijas Sociālo tiesību valsts sekretariāts. BuiCaSuS līdzpieteikuma iesniedzējs.",
            "es": "Secretaría de Estado de Derechos Sociales de España. Cosolicitante de BuiCaSuS.",
            "fr": "Secrétariat d'État aux droits sociaux de l'Espagne. Codemandeur de BuiCaSuS.",
        },
    },
    {
        "slug": "sif",
        "acronym": "SIF",
        "name": "Society Integration Foundation",
        "country": "LV",
        "kind": "public",
        "consortium_role": "co_applicant",
        "description": {
            "en": "Sabiedrības integrācijas fonds, Latvia. Co-applicant of BuiCaSuS and one of the two pilot countries of WP3.",
            "sv": "Sabiedrības integrācijas fonds, Lettland. Medsökande i BuiCaSuS; Lettland är ett av de två pilotländerna i AP3.",
            "lv": "Sabiedrības integrācijas fonds, Latvija. BuiCaSuS līdzpieteikuma iesniedzējs; Latvija ir viena no divām DP3 izmēģinājuma valstīm.",
            "es": "Sabiedrības integrācijas fonds, Letonia. Cosolicitante de BuiCaSuS; Letonia es uno de los dos países piloto del PT3.",
            "fr": "Sabiedrības integrācijas fonds, Lettonie. Codemandeur de BuiCaSuS ; la Lettonie est l'un des deux pays pilotes du LT3.",
        },
    },
    {
        "slug": "msi",
        "acronym": "MSI",
        "name": "Mötesplats Social Innovation – Forum for Social Innovation Sweden",
        "country": "SE",
        "kind": "academia",
        "consortium_role": "co_applicant",
        "description": {
            "en": "Sweden's forum for social innovation, at Malmö University. Co-applicant of BuiCaSuS.",
            "sv": "Sveriges mötesplats för social innovation, vid Malmö universitet. Medsökande i BuiCaSuS.",
            "lv": "Zviedrijas Sociālo inovāciju forums Malmes Universitātē. BuiCaSuS līdzpieteikuma iesniedzējs.",
            "es": "El foro sueco de innovación social, en la Universidad de Malmö. Cosolicitante de BuiCaSuS.",
            "fr": "Le forum suédois de l'innovation sociale, à l'université de Malmö. Codemandeur de BuiCaSuS.",
        },
    },
    {
        "slug": "reach-for-change",
        "acronym": "RfC",
        "name": "Reach for Change",
        "country": "SE",
        "kind": "third_sector",
        "consortium_role": "co_applicant",
        "description": SWEDISH_NON_PROFIT_CO_APPLICANT,
    },
    {
        "slug": "inkludera",
        "acronym": "",
        "name": "Inkludera",
        "country": "SE",
        "kind": "third_sector",
        "consortium_role": "co_applicant",
        "description": SWEDISH_NON_PROFIT_CO_APPLICANT,
    },
    {
        "slug": "avise",
        "acronym": "AVISE",
        "name": "Avise",
        "country": "FR",
        "kind": "third_sector",
        "consortium_role": "co_applicant",
        "description": {
            "en": "The French agency for the social economy and social innovation. Co-applicant of BuiCaSuS.",
            "sv": "Den franska byrån för social ekonomi och social innovation. Medsökande i BuiCaSuS.",
            "lv": "Francijas sociālās ekonomikas un sociālo inovāciju aģentūra. BuiCaSuS līdzpieteikuma iesniedzējs.",
            "es": "La agencia francesa de economía social e innovación social. Cosolicitante de BuiCaSuS.",
            "fr": "L'agence française de l'économie sociale et de l'innovation sociale. Codemandeur de BuiCaSuS.",
        },
    },
]
