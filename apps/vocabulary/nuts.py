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


def national_code(country: str) -> str:
    return f"{country}0"


def known_codes(country: str) -> frozenset[str]:
    """The codes a project of country may carry: its NUTS-2 regions and its national code."""
    if country not in NUTS2:
        return frozenset()
    return frozenset((*NUTS2[country], national_code(country)))
