"""What the mapping loader loads: the public pages and the first version of the criteria grid.

The sources describe WP2 as "a criteria-based mapping of actors and experiences" of each
country's ecosystem, starting from a review of the literature. They name the five elements of
the SI process and the five core support areas, which are the grid's criteria, and give no
scores and no guidance per level: the guidance below describes the 1–5 scale in general terms
and is marked as the centre's own wording. Staff refine it in a new version of the grid.
"""

from django.utils.translation import gettext_noop

INDEX = {
    "slug": {
        "en": "ecosystem-mapping",
        "sv": "kartlaggning",
        "lv": "ekosistemas-kartesana",
        "es": "mapeo-del-ecosistema",
        "fr": "cartographie-ecosysteme",
    },
    "title": {
        "en": "Ecosystem mapping",
        "sv": "Kartläggning av ekosystemen",
        "lv": "Ekosistēmu kartēšana",
        "es": "Mapeo de los ecosistemas",
        "fr": "Cartographie des écosystèmes",
    },
    "intro": {
        "en": (
            "WP2 establishes the current situation through a criteria-based mapping of actors and "
            "experiences in Sweden, Latvia, Spain and France. Partners submit entries; the centre "
            "reviews them; what is approved is published here and compared across the countries."
        ),
        "sv": (
            "AP2 fastställer den nuvarande situationen genom en kriteriebaserad kartläggning av "
            "aktörer och erfarenheter i Sverige, Lettland, Spanien och Frankrike. Partnerna lämnar "
            "in bidrag, kompetenscentret granskar dem och det som godkänns publiceras här och "
            "jämförs mellan länderna."
        ),
        "lv": (
            "DP2 nosaka pašreizējo situāciju, veicot uz kritērijiem balstītu dalībnieku un pieredzes "
            "kartēšanu Zviedrijā, Latvijā, Spānijā un Francijā. Partneri iesniedz ierakstus, centrs "
            "tos izvērtē, un apstiprinātais tiek publicēts šeit un salīdzināts starp valstīm."
        ),
        "es": (
            "El PT2 establece la situación actual mediante un mapeo basado en criterios de actores "
            "y experiencias en Suecia, Letonia, España y Francia. Los socios envían entradas, el "
            "centro las revisa y lo aprobado se publica aquí y se compara entre los países."
        ),
        "fr": (
            "Le LT2 établit la situation actuelle par une cartographie fondée sur des critères des "
            "acteurs et des expériences en Suède, en Lettonie, en Espagne et en France. Les "
            "partenaires soumettent des contributions, le centre les examine et ce qui est approuvé "
            "est publié ici et comparé entre les pays."
        ),
    },
}

COUNTRY_PAGES = {
    "SE": {
        "slug": {"en": "sweden", "sv": "sverige", "lv": "zviedrija", "es": "suecia", "fr": "suede"},
        "title": {
            "en": "Mapping of Sweden",
            "sv": "Kartläggning av Sverige",
            "lv": "Zviedrijas kartēšana",
            "es": "Mapeo de Suecia",
            "fr": "Cartographie de la Suède",
        },
    },
    "LV": {
        "slug": {"en": "latvia", "sv": "lettland", "lv": "latvija", "es": "letonia", "fr": "lettonie"},
        "title": {
            "en": "Mapping of Latvia",
            "sv": "Kartläggning av Lettland",
            "lv": "Latvijas kartēšana",
            "es": "Mapeo de Letonia",
            "fr": "Cartographie de la Lettonie",
        },
    },
    "ES": {
        "slug": {"en": "spain", "sv": "spanien", "lv": "spanija", "es": "espana", "fr": "espagne"},
        "title": {
            "en": "Mapping of Spain",
            "sv": "Kartläggning av Spanien",
            "lv": "Spānijas kartēšana",
            "es": "Mapeo de España",
            "fr": "Cartographie de l'Espagne",
        },
    },
    "FR": {
        "slug": {"en": "france", "sv": "frankrike", "lv": "francija", "es": "francia", "fr": "france"},
        "title": {
            "en": "Mapping of France",
            "sv": "Kartläggning av Frankrike",
            "lv": "Francijas kartēšana",
            "es": "Mapeo de Francia",
            "fr": "Cartographie de la France",
        },
    },
}

# The scale, the same for every criterion of the first grid; translated through the catalogues.
GUIDANCE = {
    1: gettext_noop("Absent: nothing in the ecosystem addresses this yet."),
    2: gettext_noop("Emerging: isolated efforts, without continuity or shared support."),
    3: gettext_noop("Developing: several actors work on it, but coverage and resources are uneven."),
    4: gettext_noop("Established: lasting structures and resources exist in most of the country."),
    5: gettext_noop("Leading: mature, well-resourced and a reference for other countries."),
}
