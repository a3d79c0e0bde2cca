"""Each best-practice case's title in the five languages, and whether it is an official name.

The source list (Mötesplats Social Innovation's news item, seed 003_1e28752c96977be0.txt) names
the 35 cases in English, and `content.CASES` keeps those names exactly; they are the keys here.
A reader should meet a case under the name its organisation or initiative uses itself, so:

- Where the organisation or initiative has an official name in its own language, that name is
  the title in every language (kept, not translated), and the sources' English name is shown
  below it as a subtitle (`official`). Where the source gives "English (Official)", the official
  name is the one in brackets; an acronym is added only where the source has one (in the
  organisation's own form: LSUA where the source says SEAL).
- Otherwise the title is translated into each language, the English one being the source name.
  For names of the form "<activity> – <organisation>" the activity is translated and the
  organisation keeps its official name, in its own language where that is known.
- Where no official name in its own language could be confirmed and the name cannot honestly be
  translated, the title is the sources' English name in every language (`unconfirmed`).

Official names come only from the seeds (/work/shared/seeds: the Swedish and Latvian project
summaries 000 and 001, SIF's project page 002, the news item 003, the ESF+ record 004) or from
the organisation's own registered name as it uses it; `source` says which. Nothing is guessed:
an organisation whose own-language name could not be confirmed keeps the source's form.
"""

SEED_SUMMARY_SV = "000_1c54788c5555882c.txt"
SEED_SUMMARY_LV = "001_d16d392725de6a87.txt"
SEED_SIF_PAGE = "002_2ca7459dec1da93b.txt"
SEED_NEWS = "003_1e28752c96977be0.txt"
SEED_ESF_RECORD = "004_635e30c064059de0.txt"

# The source's own French or Spanish name, kept as the list gives it.
AS_LISTED = f"{SEED_NEWS}: the source gives the name in its own language"
# The source's "English (Official)" form: the official name is the one in brackets.
IN_BRACKETS = f"{SEED_NEWS}: the official name in brackets after the English one"
# Forum for Social Innovation Sweden is Mötesplats Social Innovation: the Swedish summary names the
# partner "Mötesplats Social Innovation -MSI" where the Latvian one names it "Zviedrijas Sociālās
# inovācijas forums FFSIS", and the news item is its own.
MOTESPLATS = (
    f"{SEED_SUMMARY_SV} and {SEED_NEWS} (Mötesplats Social Innovation; "
    f"{SEED_SUMMARY_LV} calls the same partner FFSIS)"
)


def _official(name: str, source: str) -> dict:
    return {
        "official": True,
        "unconfirmed": False,
        "title": dict.fromkeys(("en", "sv", "lv", "es", "fr"), name),
        "source": source,
    }


def _unconfirmed(name: str, source: str) -> dict:
    return {
        "official": False,
        "unconfirmed": True,
        "title": dict.fromkeys(("en", "sv", "lv", "es", "fr"), name),
        "source": source,
    }


def _translated(en: str, sv: str, lv: str, es: str, fr: str, source: str = "") -> dict:
    return {
        "official": False,
        "unconfirmed": False,
        "title": {"en": en, "sv": sv, "lv": lv, "es": es, "fr": fr},
        "source": source,
    }


CASE_NAMES: dict[str, dict] = {
    # France
    "Cap Impact": _official("Cap Impact", AS_LISTED),
    "Social impact bonds": _translated(
        "Social impact bonds",
        "Sociala utfallskontrakt",
        "Sociālās ietekmes obligācijas",
        "Bonos de impacto social",
        "Contrats à impact social",
    ),
    "27ème région": _official("27ème région", AS_LISTED),
    "La Communauté Emergence & Accélération": _official("La Communauté Emergence & Accélération", AS_LISTED),
    "Banque des Territoires": _official("Banque des Territoires", AS_LISTED),
    "Local Support Scheme (Dispositif Local d’Accompagnement)": _official(
        "Dispositif Local d’Accompagnement", IN_BRACKETS
    ),
    "FAIR": _official("FAIR", AS_LISTED),
    "I Fund (Fonds I)": _official("Fonds I", IN_BRACKETS),
    "Initiative Factory (Fabrique à Initiatives)": _official("Fabrique à Initiatives", IN_BRACKETS),
    "Godin Institute (Institut Godin)": _official("Institut Godin", IN_BRACKETS),
    "P’INS (Le programme P’INS)": _official("Le programme P’INS", IN_BRACKETS),
    "LabCom Destins": _official("LabCom Destins", AS_LISTED),
    "Regional Economic Cooperation Hubs (PTCE – Pôles Territoriaux de Coopération Economique)": _official(
        "Pôles Territoriaux de Coopération Economique (PTCE)", IN_BRACKETS
    ),
    "Ronalpia (“Implantation” scale-up programme)": _translated(
        "Ronalpia (“Implantation” scale-up programme)",
        "Ronalpia (uppskalningsprogrammet ”Implantation”)",
        "Ronalpia (mērogošanas programma “Implantation”)",
        "Ronalpia (programa de escalado «Implantation»)",
        "Ronalpia (programme de changement d’échelle «\u00a0Implantation\u00a0»)",
        f"{SEED_NEWS}: Ronalpia and its programme “Implantation” keep their own names",
    ),
    # Latvia
    "Social Entrepreneurship Association of Latvia (SEAL)": _official(
        "Latvijas Sociālās uzņēmējdarbības asociācija (LSUA)",
        "registered name (the association's own, with its Latvian acronym)",
    ),
    "Social Innovation Center": _official(
        "Sociālās inovācijas centrs", "registered name (the association's own)"
    ),
    "Society Integration Foundation (SIF)": _official(
        "Sabiedrības integrācijas fonds (SIF)",
        f"{SEED_SUMMARY_LV} (“Sabiedrības integrācijas fonds-SIF”) and {SEED_SIF_PAGE}",
    ),
    "Reach for Change Latvia": _unconfirmed(
        "Reach for Change Latvia",
        f"{SEED_SIF_PAGE} confirms only the Swedish parent's own name, “Reach for Change”; "
        "the Latvian organisation's registered name is not confirmed",
    ),
    # Spain
    "Fundación Bofill – Hub Social": _official("Fundación Bofill – Hub Social", AS_LISTED),
    "The Spanish Red Cross – IDEATECA Participatory Innovation Platform": _translated(
        "The Spanish Red Cross – IDEATECA Participatory Innovation Platform",
        "Cruz Roja Española – IDEATECA, plattform för deltagardriven innovation",
        "Cruz Roja Española – līdzdalīgas inovācijas platforma IDEATECA",
        "Cruz Roja Española – IDEATECA, plataforma de innovación participativa",
        "Cruz Roja Española – IDEATECA, plateforme d’innovation participative",
        "registered name of the Spanish Red Cross: Cruz Roja Española",
    ),
    "Agirre Lehendakaria Center-ALC (Basque Social Innovation Lab)": _translated(
        "Agirre Lehendakaria Center-ALC (Basque Social Innovation Lab)",
        "Agirre Lehendakaria Center-ALC (baskiskt labb för social innovation)",
        "Agirre Lehendakaria Center-ALC (basku sociālās inovācijas laboratorija)",
        "Agirre Lehendakaria Center-ALC (laboratorio vasco de innovación social)",
        "Agirre Lehendakaria Center-ALC (laboratoire basque d’innovation sociale)",
        f"{SEED_NEWS}: the centre's own name is kept, its description translated",
    ),
    "Fundación Novaterra – “La Promotora”": _official("Fundación Novaterra – “La Promotora”", AS_LISTED),
    "Innovation in Social Care – iSocial Foundation": _translated(
        "Innovation in Social Care – iSocial Foundation",
        "Innovation inom social omsorg – Fundació iSocial",
        "Inovācijas sociālajā aprūpē – Fundació iSocial",
        "Innovación en la atención social – Fundació iSocial",
        "Innovation dans l’action sociale – Fundació iSocial",
        "registered name of the foundation (Catalan): Fundació iSocial",
    ),
    "RED Social Innovation": _unconfirmed(
        "RED Social Innovation",
        "the Red Cross resource centre appears to use this name itself, but its registered name "
        "is not confirmed",
    ),
    "Fundación Caja Navarra – Innova Programme (InnovaSocial and InnovaCultura)": _translated(
        "Fundación Caja Navarra – Innova Programme (InnovaSocial and InnovaCultura)",
        "Fundación Caja Navarra – programmet Innova (InnovaSocial och InnovaCultura)",
        "Fundación Caja Navarra – programma Innova (InnovaSocial un InnovaCultura)",
        "Fundación Caja Navarra – Programa Innova (InnovaSocial e InnovaCultura)",
        "Fundación Caja Navarra – programme Innova (InnovaSocial et InnovaCultura)",
        f"{SEED_NEWS}: the foundation's and the programmes' own names are kept",
    ),
    # Sweden
    "Coordination of support organisations in a national network – Social Entrepreneurship "
    "Sweden": _translated(
        "Coordination of support organisations in a national network – Social Entrepreneurship Sweden",
        "Samordning av stödorganisationer i ett nationellt nätverk – Social Entrepreneurship Sweden",
        "Atbalsta organizāciju koordinācija nacionālā tīklā – Social Entrepreneurship Sweden",
        "Coordinación de organizaciones de apoyo en una red nacional – Social Entrepreneurship Sweden",
        "Coordination des structures d’accompagnement au sein d’un réseau national "
        "– Social Entrepreneurship Sweden",
        "the organisation's Swedish name is not confirmed: kept as the source gives it",
    ),
    "Financing and financial coaching for social enterprises – Mikrofonden Sverige": _translated(
        "Financing and financial coaching for social enterprises – Mikrofonden Sverige",
        "Finansiering och finansiell coachning för sociala företag – Mikrofonden Sverige",
        "Finansējums un finanšu konsultācijas sociālajiem uzņēmumiem – Mikrofonden Sverige",
        "Financiación y asesoramiento financiero para empresas sociales – Mikrofonden Sverige",
        "Financement et accompagnement financier des entreprises sociales – Mikrofonden Sverige",
        f"{SEED_NEWS}: the source already gives the Swedish name Mikrofonden Sverige",
    ),
    "Supporting Social Innovation on regional level – Örebro Partnership for Social Innovation": _translated(
        "Supporting Social Innovation on regional level – Örebro Partnership for Social Innovation",
        "Stöd till social innovation på regional nivå – Partnerskapet för social innovation, "
        "Region Örebro län",
        "Sociālās inovācijas atbalsts reģionālā līmenī – Partnerskapet för social innovation, "
        "Region Örebro län",
        "Apoyo a la innovación social a escala regional – Partnerskapet för social innovation, "
        "Region Örebro län",
        "Soutien à l’innovation sociale à l’échelle régionale – Partnerskapet för social innovation, "
        "Region Örebro län",
        f"{SEED_ESF_RECORD} (“Region Örebro län – Partnerskapet för social innovation”)",
    ),
    "Collaboration and knowledge exchange for strengthened social innovation through cross-sectoral "
    "meeting places – Forum for Social Innovation Sweden": _translated(
        "Collaboration and knowledge exchange for strengthened social innovation through cross-sectoral "
        "meeting places – Forum for Social Innovation Sweden",
        "Samverkan och kunskapsutbyte för stärkt social innovation genom tvärsektoriella mötesplatser "
        "– Mötesplats Social Innovation",
        "Sadarbība un zināšanu apmaiņa sociālās inovācijas stiprināšanai starpsektoru tikšanās vietās "
        "– Mötesplats Social Innovation",
        "Colaboración e intercambio de conocimientos para reforzar la innovación social mediante espacios "
        "de encuentro intersectoriales – Mötesplats Social Innovation",
        "Coopération et partage de connaissances pour renforcer l’innovation sociale grâce à des lieux de "
        "rencontre intersectoriels – Mötesplats Social Innovation",
        MOTESPLATS,
    ),
    "Supporting social innovation through the business innovation system – The Joint Way": _translated(
        "Supporting social innovation through the business innovation system – The Joint Way",
        "Stöd till social innovation genom innovationsstödsystemet – The Joint Way",
        "Sociālās inovācijas atbalsts ar uzņēmējdarbības inovāciju atbalsta sistēmas palīdzību "
        "– The Joint Way",
        "Apoyo a la innovación social a través del sistema de apoyo a la innovación empresarial "
        "– The Joint Way",
        "Soutien à l’innovation sociale par les dispositifs d’appui à l’innovation des entreprises "
        "– The Joint Way",
        "registered name: the project's own name is English, The Joint Way",
    ),
    "Umeå’s innovation platform for sustainable cities – Social Progress Innovation Sweden": _translated(
        "Umeå’s innovation platform for sustainable cities – Social Progress Innovation Sweden",
        "Umeås innovationsplattform för hållbara städer – Social Progress Innovation Sweden",
        "Ūmeo inovāciju platforma ilgtspējīgām pilsētām – Social Progress Innovation Sweden",
        "Plataforma de innovación de Umeå para ciudades sostenibles – Social Progress Innovation Sweden",
        "Plateforme d’innovation d’Umeå pour des villes durables – Social Progress Innovation Sweden",
        "registered name: the platform's own name is English, Social Progress Innovation Sweden (SPIS)",
    ),
    "Funding of social innovation – Vinnova, Sweden’s innovation agency": _translated(
        "Funding of social innovation – Vinnova, Sweden’s innovation agency",
        "Finansiering av social innovation – Vinnova, Sveriges innovationsmyndighet",
        "Sociālās inovācijas finansēšana – Vinnova, Zviedrijas inovāciju aģentūra",
        "Financiación de la innovación social – Vinnova, la agencia sueca de innovación",
        "Financement de l’innovation sociale – Vinnova, l’agence suédoise de l’innovation",
        "registered name: Vinnova",
    ),
    "Universities connecting to strengthen social innovation – Forum for Social Innovation "
    "Sweden": _translated(
        "Universities connecting to strengthen social innovation – Forum for Social Innovation Sweden",
        "Lärosäten i samverkan för att stärka social innovation – Mötesplats Social Innovation",
        "Augstskolas apvienojas, lai stiprinātu sociālo inovāciju – Mötesplats Social Innovation",
        "Universidades conectadas para reforzar la innovación social – Mötesplats Social Innovation",
        "Des universités en réseau pour renforcer l’innovation sociale – Mötesplats Social Innovation",
        MOTESPLATS,
    ),
    "Sweden’s Municipalities and Regions’ (SKR) Development Network Social Enterprises": _translated(
        "Sweden’s Municipalities and Regions’ (SKR) Development Network Social Enterprises",
        "Sveriges Kommuner och Regioners (SKR) utvecklingsnätverk för sociala företag",
        "Sveriges Kommuner och Regioner (SKR) sociālo uzņēmumu attīstības tīkls",
        "Red de desarrollo de empresas sociales de Sveriges Kommuner och Regioner (SKR)",
        "Réseau de développement des entreprises sociales de Sveriges Kommuner och Regioner (SKR)",
        "registered name: Sveriges Kommuner och Regioner (SKR)",
    ),
    "Promoting cooperative entrepreneurship – Coompanion Sweden": _translated(
        "Promoting cooperative entrepreneurship – Coompanion Sweden",
        "Främjande av kooperativt företagande – Coompanion Sverige",
        "Kooperatīvās uzņēmējdarbības veicināšana – Coompanion Sverige",
        "Fomento del emprendimiento cooperativo – Coompanion Sverige",
        "Promotion de l’entrepreneuriat coopératif – Coompanion Sverige",
        "registered name: Coompanion Sverige",
    ),
}
