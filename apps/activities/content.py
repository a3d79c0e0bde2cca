"""What the events loader loads: the events page and the final conference.

Source 002 (SIF's project page, in Latvian) plans, as the last activity of WP5 (strategies and
action plans), "a final conference at which the project's results are summarised and
presented". It gives no date, place, language or organiser, so none is loaded: the conference
is shown with its date to be announced, and registration stays closed until staff open it.
"""

INDEX = {
    "slug": {"en": "events", "sv": "evenemang", "lv": "pasakumi", "es": "eventos", "fr": "evenements"},
    "title": {"en": "Events", "sv": "Evenemang", "lv": "Pasākumi", "es": "Eventos", "fr": "Événements"},
    "intro": {
        "en": (
            "Conferences, workshops, round tables, study visits and mentoring sessions of the "
            "BuiCaSuS work packages."
        ),
        "sv": (
            "Konferenser, workshoppar, rundabordssamtal, studiebesök och mentorträffar inom "
            "BuiCaSuS arbetspaket."
        ),
        "lv": (
            "BuiCaSuS darba pakotņu konferences, darbnīcas, apaļā galda diskusijas, pieredzes "
            "apmaiņas vizītes un mentoringa sesijas."
        ),
        "es": (
            "Conferencias, talleres, mesas redondas, visitas de estudio y sesiones de mentoría de "
            "los paquetes de trabajo de BuiCaSuS."
        ),
        "fr": (
            "Conférences, ateliers, tables rondes, visites d'étude et séances de mentorat des lots "
            "de travail de BuiCaSuS."
        ),
    },
}

FINAL_CONFERENCE = {
    "slug": "final-conference",
    "work_package": 5,
    "title": {
        "en": "BuiCaSuS final conference",
        "sv": "BuiCaSuS slutkonferens",
        "lv": "BuiCaSuS gala konference",
        "es": "Conferencia final de BuiCaSuS",
        "fr": "Conférence finale de BuiCaSuS",
    },
    "description": {
        "en": (
            "The final conference of the project, planned in WP5, at which the project's results "
            "are summarised and presented."
        ),
        "sv": (
            "Projektets slutkonferens, planerad inom AP5, där projektets resultat sammanfattas "
            "och presenteras."
        ),
        "lv": (
            "Projekta gala konference, kas plānota DP5 ietvaros un kurā tiks apkopoti un "
            "prezentēti projekta rezultāti."
        ),
        "es": (
            "La conferencia final del proyecto, prevista en el PT5, en la que se resumirán y "
            "presentarán los resultados del proyecto."
        ),
        "fr": (
            "La conférence finale du projet, prévue dans le LT5, où les résultats du projet "
            "seront synthétisés et présentés."
        ),
    },
}
