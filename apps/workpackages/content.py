"""The work packages, deliverables and pilots as the project's source documents give them, in five languages.

Only what the sources state. They name no lead or supporting partner of any work package (only
that every work package but WP1 has both), no start or end month, no milestone, no due date of
deliverable 5.2 and, for the two pilots, neither the practice transferred nor the organisations
taking part: those stay empty, and the pages say "not given in the sources". The objectives are
the project's specific objectives (WP2–WP5; the sources give none for WP1). Descriptions are
(block type, value) pairs, as the site's pages have them.
"""

WORK_PACKAGES = [
    {
        "number": 1,
        "kind": "coordination",
        "objectives": {"en": "", "sv": "", "lv": "", "es": "", "fr": ""},
        "description": {
            "en": [
                (
                    "paragraph",
                    "Coordination is the only work package without a lead partner and a supporting partner; each of the others has both, experts in its field.",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "Samordningen är det enda arbetspaketet utan en ledande och en stödjande partner; vart och ett av de andra har båda, experter inom sitt område.",
                )
            ],
            "lv": [
                (
                    "paragraph",
                    "Koordinācija ir vienīgā darba pakotne bez vadošā un atbalsta partnera; katrai no pārējām ir abi – savas jomas eksperti.",
                )
            ],
            "es": [
                (
                    "paragraph",
                    "La coordinación es el único paquete de trabajo sin socio líder ni socio de apoyo; cada uno de los demás tiene ambos, expertos en su ámbito.",
                )
            ],
            "fr": [
                (
                    "paragraph",
                    "La coordination est le seul lot de travail sans partenaire chef de file ni partenaire d'appui ; chacun des autres a les deux, experts dans leur domaine.",
                )
            ],
        },
    },
    {
        "number": 2,
        "kind": "summative",
        "objectives": {
            "en": "To identify and map the strengths, weaknesses and inspiring initiatives of the partners' social-innovation ecosystems, and to promote a comparative view and exchange of experience.",
            "sv": "Att identifiera och kartlägga styrkor, svagheter och inspirerande initiativ i partnernas ekosystem för social innovation samt främja en jämförande syn och erfarenhetsutbyte.",
            "lv": "Identificēt un kartēt partneru sociālo inovāciju ekosistēmu stiprās un vājās puses un iedvesmojošās iniciatīvas, kā arī veicināt salīdzinošu skatījumu un pieredzes apmaiņu.",
            "es": "Identificar y mapear las fortalezas, debilidades e iniciativas inspiradoras de los ecosistemas de innovación social de los socios, y promover una visión comparada y el intercambio de experiencias.",
            "fr": "Identifier et cartographier les forces, les faiblesses et les initiatives inspirantes des écosystèmes d'innovation sociale des partenaires, et favoriser une vision comparée et l'échange d'expériences.",
        },
        "description": {
            "en": [
                (
                    "paragraph",
                    "WP2 summarises research and prepares analytical tools and grids for mapping experiences, actions and workshop discussions. It identifies the strengths, weaknesses and inspiring initiatives of each ecosystem. WP5 builds on its results.",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "AP2 sammanfattar forskning och tar fram analytiska verktyg och rutnät för att kartlägga erfarenheter, handlingar och diskussioner i workshops. Det identifierar styrkor, svagheter och inspirerande initiativ i varje ekosystem. AP5 bygger på dess resultat.",
                )
            ],
            "lv": [
                (
                    "paragraph",
                    "DP2 apkopo pētījumus un sagatavo analītiskus rīkus un tabulas pieredzes, darbību un darbnīcu diskusiju kartēšanai. Tā identificē katras ekosistēmas stiprās un vājās puses un iedvesmojošās iniciatīvas. DP5 balstās uz tās rezultātiem.",
                )
            ],
            "es": [
                (
                    "paragraph",
                    "El PT2 sintetiza la investigación y prepara herramientas y matrices analíticas para mapear experiencias, acciones y debates de talleres. Identifica las fortalezas, debilidades e iniciativas inspiradoras de cada ecosistema. El PT5 se basa en sus resultados.",
                )
            ],
            "fr": [
                (
                    "paragraph",
                    "Le LT2 synthétise la recherche et prépare des outils et des grilles d'analyse pour cartographier les expériences, les actions et les discussions en ateliers. Il identifie les forces, les faiblesses et les initiatives inspirantes de chaque écosystème. Le LT5 s'appuie sur ses résultats.",
                )
            ],
        },
    },
    {
        "number": 3,
        "kind": "formative",
        "objectives": {
            "en": "To learn from other countries how they promote social innovation in practice, and to prepare and test the replication or scaling of social-innovation projects between partner countries.",
            "sv": "Att lära av andra länder hur de i praktiken främjar social innovation, och förbereda och testa replikering eller uppskalning av sociala innovationsprojekt mellan partnerländerna.",
            "lv": "Mācīties no citām valstīm, kā tās praktiski veicina sociālo inovāciju, un sagatavot un pārbaudīt sociālo inovāciju projektu pārņemšanu vai paplašināšanu starp partnervalstīm.",
            "es": "Aprender de otros países cómo promueven la innovación social en la práctica, y preparar y probar la réplica o el escalado de proyectos de innovación social entre los países socios.",
            "fr": "Apprendre des autres pays comment ils encouragent concrètement l'innovation sociale, et préparer et tester l'essaimage ou le changement d'échelle de projets d'innovation sociale entre pays partenaires.",
        },
        "description": {
            "en": [
                (
                    "paragraph",
                    "WP3 focuses on demand and consensus when choosing the experiences to transfer, and on sophisticated methods for mentoring, training, learning from earlier experience and systematic analysis of the transfer.",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "AP3 fokuserar på efterfrågan och samförstånd vid valet av erfarenheter att överföra, och på sofistikerade metoder för mentorskap, utbildning, kunskap från tidigare erfarenheter och systematisk analys av överföringen.",
                )
            ],
            "lv": [
                (
                    "paragraph",
                    "DP3 koncentrējas uz pieprasījumu un vienprātību, izvēloties pārņemamo pieredzi, un uz izsmalcinātām mentoringa, apmācības, iepriekšējās pieredzes izmantošanas un sistemātiskas pārneses analīzes metodēm.",
                )
            ],
            "es": [
                (
                    "paragraph",
                    "El PT3 se centra en la demanda y el consenso al elegir las experiencias que se transfieren, y en métodos elaborados de mentoría, formación, aprendizaje de experiencias anteriores y análisis sistemático de la transferencia.",
                )
            ],
            "fr": [
                (
                    "paragraph",
                    "Le LT3 met l'accent sur la demande et le consensus dans le choix des expériences à transférer, et sur des méthodes élaborées de mentorat, de formation, de capitalisation des expériences passées et d'analyse systématique du transfert.",
                )
            ],
        },
    },
    {
        "number": 4,
        "kind": "formative",
        "objectives": {
            "en": "To facilitate cooperation and the exchange of methods, tools and approaches for promoting social innovation among the institutions and actors of the four partner countries, and to set national priority areas for capacity building.",
            "sv": "Att underlätta samarbete och erfarenhetsutbyte om metoder, verktyg och tillvägagångssätt för att främja social innovation mellan institutionerna och aktörerna i de fyra partnerländerna, och upprätta nationella prioriterade områden för kapacitetsbyggande.",
            "lv": "Veicināt sadarbību un pieredzes apmaiņu par metodēm, instrumentiem un pieejām sociālās inovācijas veicināšanai starp četru partnervalstu iestādēm un dalībniekiem un noteikt valstu spēju veidošanas prioritārās jomas.",
            "es": "Facilitar la cooperación y el intercambio de métodos, herramientas y enfoques para promover la innovación social entre las instituciones y los actores de los cuatro países socios, y fijar áreas nacionales prioritarias de desarrollo de capacidades.",
            "fr": "Faciliter la coopération et l'échange de méthodes, d'outils et d'approches pour promouvoir l'innovation sociale entre les institutions et les acteurs des quatre pays partenaires, et définir des domaines nationaux prioritaires de renforcement des capacités.",
        },
        "description": {
            "en": [
                ("heading", "The five core support areas"),
                (
                    "list",
                    [
                        "Scaling and replication",
                        "Catalytic action",
                        "Knowledge building and method development",
                        "Advisory services and competence development",
                        "Cross-sectoral meeting arenas",
                    ],
                ),
                (
                    "paragraph",
                    "They are debated and applied to four thematic areas of national importance in each country, chosen in a participatory process.",
                ),
            ],
            "sv": [
                ("heading", "De fem kärnstödsområdena"),
                (
                    "list",
                    [
                        "Uppskalning och replikering",
                        "Katalytisk handling",
                        "Kunskapande och metodutveckling",
                        "Rådgivningstjänster och kompetensutveckling",
                        "Sektorsövergripande mötesarenor",
                    ],
                ),
                (
                    "paragraph",
                    "De debatteras och tillämpas på fyra tematiska områden av nationell betydelse i varje land, som definieras i en deltagande process.",
                ),
            ],
            "lv": [
                ("heading", "Piecas galvenās atbalsta jomas"),
                (
                    "list",
                    [
                        "Paplašināšana un pārņemšana",
                        "Katalizējoša rīcība",
                        "Zināšanu veidošana un metožu izstrāde",
                        "Konsultāciju pakalpojumi un kompetenču attīstība",
                        "Starpnozaru sadarbības platformas",
                    ],
                ),
                (
                    "paragraph",
                    "Tās tiek apspriestas un piemērotas četrām katrai valstij nozīmīgām tematiskajām jomām, kas izvēlētas līdzdalības procesā.",
                ),
            ],
            "es": [
                ("heading", "Las cinco áreas básicas de apoyo"),
                (
                    "list",
                    [
                        "Escalado y réplica",
                        "Acción catalizadora",
                        "Generación de conocimiento y desarrollo de métodos",
                        "Servicios de asesoramiento y desarrollo de competencias",
                        "Espacios de encuentro intersectoriales",
                    ],
                ),
                (
                    "paragraph",
                    "Se debaten y se aplican a cuatro áreas temáticas de importancia nacional en cada país, elegidas mediante un proceso participativo.",
                ),
            ],
            "fr": [
                ("heading", "Les cinq domaines d'appui essentiels"),
                (
                    "list",
                    [
                        "Changement d'échelle et essaimage",
                        "Action catalytique",
                        "Production de connaissances et développement de méthodes",
                        "Services de conseil et développement des compétences",
                        "Espaces de rencontre intersectoriels",
                    ],
                ),
                (
                    "paragraph",
                    "Ils sont débattus et appliqués à quatre domaines thématiques d'importance nationale dans chaque pays, choisis selon une démarche participative.",
                ),
            ],
        },
    },
    {
        "number": 5,
        "kind": "summative",
        "objectives": {
            "en": "To develop strategies and create the conditions for establishing or strengthening competence centres for social innovation that can be developed with ESF support in the coming years.",
            "sv": "Att utveckla strategier och skapa förutsättningar för att inrätta eller förstärka kompetenscentrum för social innovation som kan utvecklas med stöd av ESF under de kommande åren.",
            "lv": "Izstrādāt stratēģijas un radīt nosacījumus sociālās inovācijas kompetences centru izveidei vai stiprināšanai, kurus turpmākajos gados var attīstīt ar ESF atbalstu.",
            "es": "Desarrollar estrategias y crear las condiciones para establecer o reforzar centros de competencia para la innovación social que puedan desarrollarse con el apoyo del FSE en los próximos años.",
            "fr": "Élaborer des stratégies et créer les conditions pour établir ou renforcer des centres de compétences pour l'innovation sociale pouvant être développés avec le soutien du FSE dans les années à venir.",
        },
        "description": {
            "en": [
                (
                    "paragraph",
                    "WP5 is the decisive part of the project: it aims at the final goal of establishing or consolidating a national institution that acts as a competence centre for social innovation. The national strategies and action plans are meant to move the domestic policy debate forward and enable national plans for future legislation, policy, budgets and institutional measures.",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "AP5 är projektets avgörande del: det syftar till det slutliga målet att inrätta eller konsolidera en nationell institution som fungerar som kompetenscentrum för social innovation. De nationella strategierna och handlingsplanerna ska driva den inrikespolitiska debatten framåt och möjliggöra nationella planer för framtida lagstiftning, politik, budget och institutionella åtgärder.",
                )
            ],
            "lv": [
                (
                    "paragraph",
                    "DP5 ir projekta izšķirošā daļa: tās mērķis ir izveidot vai konsolidēt nacionālu iestādi, kas darbojas kā sociālās inovācijas kompetences centrs. Valstu stratēģijām un rīcības plāniem jāveicina iekšpolitiskās debates un jānodrošina valstu plāni turpmākajai normatīvo aktu, politikas, budžeta un institucionālajai darbībai.",
                )
            ],
            "es": [
                (
                    "paragraph",
                    "El PT5 es la parte decisiva del proyecto: persigue el objetivo final de establecer o consolidar una institución nacional que actúe como centro de competencia para la innovación social. Las estrategias y los planes de acción nacionales deben impulsar el debate político interno y hacer posibles planes nacionales de legislación, políticas, presupuestos y medidas institucionales.",
                )
            ],
            "fr": [
                (
                    "paragraph",
                    "Le LT5 est la partie décisive du projet : il vise l'objectif final d'établir ou de consolider une institution nationale qui joue le rôle de centre de compétences pour l'innovation sociale. Les stratégies et plans d'action nationaux doivent faire avancer le débat politique national et permettre des plans nationaux de législation, de politiques, de budgets et de mesures institutionnelles.",
                )
            ],
        },
    },
]

DELIVERABLES = [
    {
        "code": "D5.2",
        "work_package": 5,
        "title": {
            "en": "National CCSI strategies and action plans",
            "sv": "Nationella strategier och handlingsplaner för CCSI",
            "lv": "Valstu SIKC stratēģijas un rīcības plāni",
            "es": "Estrategias y planes de acción nacionales de CCSI",
            "fr": "Stratégies et plans d'action nationaux de CCSI",
        },
    },
]

PILOT_METHOD = {
    "en": "Mentoring of a real-life project to build mentoring skills, with cross-border transfer of experience between the partner countries.",
    "sv": "Mentorskap för ett verkligt projekt för att bygga upp förmåga till mentorskap, med gränsöverskridande erfarenhetsöverföring mellan partnerländerna.",
    "lv": "Reāla projekta mentorings, lai veidotu mentoringa prasmes, ar pārrobežu pieredzes pārnesi starp partnervalstīm.",
    "es": "Mentoría de un proyecto real para desarrollar capacidades de mentoría, con transferencia transfronteriza de experiencias entre los países socios.",
    "fr": "Mentorat d'un projet réel pour développer des compétences de mentorat, avec un transfert d'expérience transfrontalier entre les pays partenaires.",
}

PILOTS = {
    "LV": {
        "slug": {
            "en": "pilot-latvia",
            "sv": "pilotfall-lettland",
            "lv": "izmeginajums-latvija",
            "es": "piloto-letonia",
            "fr": "pilote-lettonie",
        },
        "title": {
            "en": "Pilot in Latvia",
            "sv": "Pilotfall i Lettland",
            "lv": "Izmēģinājuma projekts Latvijā",
            "es": "Piloto en Letonia",
            "fr": "Pilote en Lettonie",
        },
        "intro": {
            "en": "One of the two pilot cases of WP3, in Latvia.",
            "sv": "Ett av AP3:s två pilotfall, i Lettland.",
            "lv": "Viens no diviem DP3 izmēģinājuma projektiem – Latvijā.",
            "es": "Uno de los dos casos piloto del PT3, en Letonia.",
            "fr": "L'un des deux cas pilotes du LT3, en Lettonie.",
        },
    },
    "ES": {
        "slug": {
            "en": "pilot-spain",
            "sv": "pilotfall-spanien",
            "lv": "izmeginajums-spanija",
            "es": "piloto-espana",
            "fr": "pilote-espagne",
        },
        "title": {
            "en": "Pilot in Spain",
            "sv": "Pilotfall i Spanien",
            "lv": "Izmēģinājuma projekts Spānijā",
            "es": "Piloto en España",
            "fr": "Pilote en Espagne",
        },
        "intro": {
            "en": "One of the two pilot cases of WP3, in Spain.",
            "sv": "Ett av AP3:s två pilotfall, i Spanien.",
            "lv": "Viens no diviem DP3 izmēģinājuma projektiem – Spānijā.",
            "es": "Uno de los dos casos piloto del PT3, en España.",
            "fr": "L'un des deux cas pilotes du LT3, en Espagne.",
        },
    },
}
