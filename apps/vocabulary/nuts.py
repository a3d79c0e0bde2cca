"""The NUTS-2 regions of the NUTS 2021 classification (Commission Delegated Regulation (EU)
2019/1755) of the register's countries, and the national code the ESF+ register uses.

The Swedish ESF+ register gives national projects (region "ESF Nationellt") the code "SE0":
not a NUTS-2 region but the country as a whole. A project of country CC may therefore carry
one of CC's NUTS-2 codes or CC's national code `CC0`.
"""

NUTS2 = {
    "SE": ("SE11", "SE12", "SE21", "SE22", "SE23", "SE31", "SE32", "SE33"),
    "LV": ("LV00",),
    "ES": (
        "ES11", "ES12", "ES13", "ES21", "ES22", "ES23", "ES24", "ES30", "ES41", "ES42", "ES43",
        "ES51", "ES52", "ES53", "ES61", "ES62", "ES63", "ES64", "ES70",
    ),
    "FR": (
        "FR10", "FRB0", "FRC1", "FRC2", "FRD1", "FRD2", "FRE1", "FRE2", "FRF1", "FRF2", "FRF3",
        "FRG0", "FRH0", "FRI1", "FRI2", "FRI3", "FRJ1", "FRJ2", "FRK1", "FRK2", "FRL0", "FRM0",
        "FRY1", "FRY2", "FRY3", "FRY4", "FRY5",
    ),
}  # fmt: skip

# Each region's official name in the NUTS 2021 classification, as Eurostat publishes it (NUTS_NAME):
# in the country's language, never translated, so every reader sees the name the region goes by.
NUTS2_NAMES = {
    "SE11": "Stockholm",
    "SE12": "Östra Mellansverige",
    "SE21": "Småland med öarna",
    "SE22": "Sydsverige",
    "SE23": "Västsverige",
    "SE31": "Norra Mellansverige",
    "SE32": "Mellersta Norrland",
    "SE33": "Övre Norrland",
    "LV00": "Latvija",
    "ES11": "Galicia",
    "ES12": "Principado de Asturias",
    "ES13": "Cantabria",
    "ES21": "País Vasco",
    "ES22": "Comunidad Foral de Navarra",
    "ES23": "La Rioja",
    "ES24": "Aragón",
    "ES30": "Comunidad de Madrid",
    "ES41": "Castilla y León",
    "ES42": "Castilla-La Mancha",
    "ES43": "Extremadura",
    "ES51": "Cataluña",
    "ES52": "Comunitat Valenciana",
    "ES53": "Illes Balears",
    "ES61": "Andalucía",
    "ES62": "Región de Murcia",
    "ES63": "Ciudad de Ceuta",
    "ES64": "Ciudad de Melilla",
    "ES70": "Canarias",
    "FR10": "Ile-de-France",
    "FRB0": "Centre — Val de Loire",
    "FRC1": "Bourgogne",
    "FRC2": "Franche-Comté",
    "FRD1": "Basse-Normandie",
    "FRD2": "Haute-Normandie",
    "FRE1": "Nord-Pas de Calais",
    "FRE2": "Picardie",
    "FRF1": "Alsace",
    "FRF2": "Champagne-Ardenne",
    "FRF3": "Lorraine",
    "FRG0": "Pays de la Loire",
    "FRH0": "Bretagne",
    "FRI1": "Aquitaine",
    "FRI2": "Limousin",
    "FRI3": "Poitou-Charentes",
    "FRJ1": "Languedoc-Roussillon",
    "FRJ2": "Midi-Pyrénées",
    "FRK1": "Auvergne",
    "FRK2": "Rhône-Alpes",
    "FRL0": "Provence-Alpes-Côte d’Azur",
    "FRM0": "Corse",
    "FRY1": "Guadeloupe",
    "FRY2": "Martinique",
    "FRY3": "Guyane",
    "FRY4": "La Réunion",
    "FRY5": "Mayotte",
}
# The language of each country's names (a page marks them as such), and the names in another one.
NAME_LANGUAGES = {"SE": "sv", "LV": "lv", "ES": "es", "FR": "fr"}
NAME_LANGUAGE_EXCEPTIONS = {"ES52": "ca", "ES53": "ca"}


def name_language(code: str) -> str:
    """The language a region's official name is in, for the lang attribute of a page that shows it."""
    return NAME_LANGUAGE_EXCEPTIONS.get(code) or NAME_LANGUAGES.get(code[:2], "")


def national_code(country: str) -> str:
    return f"{country}0"


def known_codes(country: str) -> frozenset[str]:
    """The codes a project of country may carry: its NUTS-2 regions and its national code."""
    if country not in NUTS2:
        return frozenset()
    return frozenset((*NUTS2[country], national_code(country)))
