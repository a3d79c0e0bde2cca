"""What the open-data loader loads: the "Open data" page below home, in five languages."""

PAGE = {
    "slug": {
        "en": "open-data",
        "sv": "oppna-data",
        "lv": "atvertie-dati",
        "es": "datos-abiertos",
        "fr": "donnees-ouvertes",
    },
    "title": {
        "en": "Open data",
        "sv": "Öppna data",
        "lv": "Atvērtie dati",
        "es": "Datos abiertos",
        "fr": "Données ouvertes",
    },
    "intro": {
        "en": (
            "Every public record of the portal as files to download and reuse: the best-practice "
            "cases, the approved ecosystem-mapping entries, the ESF+ register, the events and the "
            "knowledge hub, in CSV and JSON Lines, in each of the portal's five languages."
        ),
        "sv": (
            "Alla portalens offentliga uppgifter som filer att ladda ner och återanvända: fallen av "
            "goda exempel, de godkända posterna i ekosystemkartläggningen, ESF+-registret, "
            "evenemangen och kunskapsnavet, i CSV och JSON Lines, på vart och ett av portalens fem språk."
        ),
        "lv": (
            "Visi portāla publiskie ieraksti kā lejupielādējami un atkārtoti izmantojami faili: labās "
            "prakses gadījumi, apstiprinātie ekosistēmas kartēšanas ieraksti, ESF+ reģistrs, "
            "pasākumi un zināšanu centrs, CSV un JSON Lines formātā, katrā no portāla piecām valodām."
        ),
        "es": (
            "Todos los registros públicos del portal como archivos para descargar y reutilizar: los "
            "casos de buenas prácticas, las entradas aprobadas del mapeo del ecosistema, el registro "
            "del FSE+, los eventos y el centro de conocimiento, en CSV y JSON Lines, en cada uno de "
            "los cinco idiomas del portal."
        ),
        "fr": (
            "Tous les enregistrements publics du portail en fichiers à télécharger et à réutiliser : "
            "les cas de bonnes pratiques, les entrées approuvées de la cartographie de l'écosystème, "
            "le registre FSE+, les événements et le pôle de connaissances, en CSV et en JSON Lines, "
            "dans chacune des cinq langues du portail."
        ),
    },
}
