"""What the capacity loader loads: the knowledge hub's page, nothing more.

The sources say that WP4 systematises tools and methods and builds capacity for innovation,
including a knowledge hub for cross-border exchange of best practice, and that the five core
support areas are debated and applied on four thematic areas of national importance per country,
defined in a participatory process. They name no tool, method or thematic area, so none is
loaded: the pages say so until staff add them.
"""

HUB = {
    "slug": {
        "en": "knowledge-hub",
        "sv": "kunskapsnav",
        "lv": "zinasanu-centrs",
        "es": "centro-de-conocimiento",
        "fr": "pole-de-connaissances",
    },
    "title": {
        "en": "Knowledge hub: tools and methods",
        "sv": "Kunskapsnav: verktyg och metoder",
        "lv": "Zināšanu centrs: rīki un metodes",
        "es": "Centro de conocimiento: herramientas y métodos",
        "fr": "Pôle de connaissances : outils et méthodes",
    },
    "intro": {
        "en": (
            "WP4 systematises the tools and methods that support social innovation processes in "
            "the four partner countries, for cross-border exchange of best practice. Filter them "
            "by core support area, process element, language and country of origin."
        ),
        "sv": (
            "AP4 systematiserar de verktyg och metoder som stödjer sociala innovationsprocesser i "
            "de fyra partnerländerna, för gränsöverskridande utbyte av bästa praxis. Filtrera dem "
            "efter kärnstödsområde, processelement, språk och ursprungsland."
        ),
        "lv": (
            "DP4 sistematizē rīkus un metodes, kas atbalsta sociālās inovācijas procesus četrās "
            "partnervalstīs, lai veicinātu labās prakses pārrobežu apmaiņu. Atlasiet tos pēc "
            "galvenās atbalsta jomas, procesa elementa, valodas un izcelsmes valsts."
        ),
        "es": (
            "El PT4 sistematiza las herramientas y los métodos que apoyan los procesos de "
            "innovación social en los cuatro países socios, para el intercambio transfronterizo "
            "de buenas prácticas. Fíltrelos por área básica de apoyo, elemento del proceso, "
            "idioma y país de origen."
        ),
        "fr": (
            "Le LT4 systématise les outils et les méthodes qui soutiennent les processus "
            "d'innovation sociale dans les quatre pays partenaires, pour l'échange transfrontalier "
            "de bonnes pratiques. Filtrez-les par domaine d'appui essentiel, élément du "
            "processus, langue et pays d'origine."
        ),
    },
}
