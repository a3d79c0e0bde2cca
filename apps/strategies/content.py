"""What the strategies loader loads: the public page of the national strategies, nothing more.

The sources describe WP5 (summative, building on WP2) as a common framework, institutional
design criteria and national CCSI strategies and action plans (deliverable D5.2), whose aim is
to establish or consolidate a national institution that works as a competence centre for social
innovation. They give no strategy, no design criterion and no action plan, so none is loaded:
the page says so until staff add them.
"""

INDEX = {
    "slug": {
        "en": "ccsi-strategies",
        "sv": "nationella-strategier",
        "lv": "nacionalas-strategijas",
        "es": "estrategias-nacionales",
        "fr": "strategies-nationales",
    },
    "title": {
        "en": "National CCSI strategies",
        "sv": "Nationella strategier för kompetenscentrum",
        "lv": "Valstu SIKC stratēģijas",
        "es": "Estrategias nacionales de los centros de competencia",
        "fr": "Stratégies nationales des centres de compétences",
    },
    "intro": {
        "en": (
            "WP5 builds on the mapping of WP2: a common framework, institutional design criteria "
            "and, for each country, a national strategy with action plans to establish or "
            "consolidate a national institution that works as a competence centre for social "
            "innovation (deliverable D5.2)."
        ),
        "sv": (
            "AP5 bygger på kartläggningen i AP2: ett gemensamt ramverk, kriterier för den "
            "institutionella utformningen och, för varje land, en nationell strategi med "
            "handlingsplaner för att inrätta eller befästa en nationell institution som fungerar "
            "som kompetenscentrum för social innovation (leverans D5.2)."
        ),
        "lv": (
            "DP5 balstās uz DP2 kartēšanu: kopīgs ietvars, institucionālās uzbūves kritēriji un "
            "katrai valstij nacionālā stratēģija ar rīcības plāniem, lai izveidotu vai "
            "nostiprinātu nacionālu institūciju, kas darbojas kā sociālās inovācijas kompetences "
            "centrs (nododamais rezultāts D5.2)."
        ),
        "es": (
            "El PT5 se basa en el mapeo del PT2: un marco común, criterios de diseño institucional "
            "y, para cada país, una estrategia nacional con planes de acción para crear o "
            "consolidar una institución nacional que funcione como centro de competencia en "
            "innovación social (entregable D5.2)."
        ),
        "fr": (
            "Le LT5 s'appuie sur la cartographie du LT2 : un cadre commun, des critères de "
            "conception institutionnelle et, pour chaque pays, une stratégie nationale avec des "
            "plans d'action pour créer ou consolider une institution nationale qui fonctionne "
            "comme centre de compétences en innovation sociale (livrable D5.2)."
        ),
    },
}
