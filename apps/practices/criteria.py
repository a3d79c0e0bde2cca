"""The checklist a case is validated against, as the EU's Social Innovation Match validates its cases.

Each criterion by its key (fixed, in addresses and data), with its name and a one-line
description in every language of the portal. `services.validation.criteria_load` writes them;
the centre refines the wording afterwards in the admin (Snippets › Validation criteria).
"""

# ruff: noqa: E501 - one sentence a line reads and translates better than sentences cut in pieces

CRITERIA = {
    "problem": {
        "name": {
            "en": "Problem addressed and its scope",
            "sv": "Problemet som hanteras och dess omfattning",
            "lv": "Risinātā problēma un tās apjoms",
            "es": "Problema abordado y su alcance",
            "fr": "Problème traité et son ampleur",
        },
        "description": {
            "en": "The social need the case responds to is clearly described: who is affected, and how widely.",
            "sv": "Det samhällsbehov som exemplet svarar mot är tydligt beskrivet: vilka som berörs och i vilken omfattning.",
            "lv": "Skaidri aprakstīta sociālā vajadzība, uz kuru piemērs atbild: ko tā skar un cik plaši.",
            "es": "La necesidad social a la que responde el caso está claramente descrita: a quién afecta y en qué medida.",
            "fr": "Le besoin social auquel répond le cas est clairement décrit : qui est concerné, et dans quelle mesure.",
        },
    },
    "approach": {
        "name": {
            "en": "Approach",
            "sv": "Tillvägagångssätt",
            "lv": "Pieeja",
            "es": "Enfoque",
            "fr": "Approche",
        },
        "description": {
            "en": "What the initiative does, and how, is explained well enough for another organisation to follow.",
            "sv": "Vad initiativet gör, och hur, är förklarat så att en annan organisation kan följa det.",
            "lv": "Tas, ko iniciatīva dara un kā, ir izskaidrots pietiekami, lai cita organizācija to varētu izmantot.",
            "es": "Qué hace la iniciativa, y cómo, está explicado de forma que otra organización pueda seguirlo.",
            "fr": "Ce que fait l’initiative, et comment, est expliqué assez clairement pour qu’une autre organisation puisse s’en inspirer.",
        },
    },
    "evidence": {
        "name": {
            "en": "Evidence of results",
            "sv": "Belägg för resultat",
            "lv": "Rezultātu pierādījumi",
            "es": "Evidencia de resultados",
            "fr": "Preuves de résultats",
        },
        "description": {
            "en": "Results are shown by data, evaluations or documented outcomes, not by intentions alone.",
            "sv": "Resultaten visas med data, utvärderingar eller dokumenterade effekter, inte bara med avsikter.",
            "lv": "Rezultātus apliecina dati, izvērtējumi vai dokumentēti iznākumi, nevis tikai nodomi.",
            "es": "Los resultados se demuestran con datos, evaluaciones o efectos documentados, no solo con intenciones.",
            "fr": "Les résultats sont étayés par des données, des évaluations ou des effets documentés, pas seulement par des intentions.",
        },
    },
    "scale": {
        "name": {
            "en": "Potential to scale",
            "sv": "Potential att skalas upp",
            "lv": "Mērogošanas potenciāls",
            "es": "Potencial de escalado",
            "fr": "Potentiel de changement d’échelle",
        },
        "description": {
            "en": "The practice could grow to reach more people or places, and what that would take is known.",
            "sv": "Praktiken kan växa och nå fler människor eller platser, och det är känt vad som skulle krävas.",
            "lv": "Praksi var paplašināt, lai sasniegtu vairāk cilvēku vai vietu, un ir zināms, kas tam būtu vajadzīgs.",
            "es": "La práctica podría crecer para llegar a más personas o lugares, y se sabe lo que eso requeriría.",
            "fr": "La pratique pourrait s’étendre à davantage de personnes ou de lieux, et l’on sait ce que cela demanderait.",
        },
    },
    "transfer": {
        "name": {
            "en": "Potential to transfer to another country",
            "sv": "Potential att föras över till ett annat land",
            "lv": "Potenciāls pārņemšanai citā valstī",
            "es": "Potencial de transferencia a otro país",
            "fr": "Potentiel de transfert vers un autre pays",
        },
        "description": {
            "en": "The practice does not rest on conditions found only in its own country and could be adapted elsewhere.",
            "sv": "Praktiken vilar inte på förhållanden som bara finns i det egna landet och kan anpassas till andra länder.",
            "lv": "Prakse nebalstās uz apstākļiem, kas pastāv tikai tās valstī, un to var pielāgot citur.",
            "es": "La práctica no depende de condiciones propias solo de su país y podría adaptarse en otro lugar.",
            "fr": "La pratique ne repose pas sur des conditions propres à son seul pays et pourrait être adaptée ailleurs.",
        },
    },
}
