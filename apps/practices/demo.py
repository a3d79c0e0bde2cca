"""Synthetic cases for scale tests and benchmarks: clearly marked, bulk-created, removable.

Pages are written in bulk, not one `add_child` at a time: the page rows with their tree paths
computed here, the case rows beside them, the taxonomy links, then the search vectors in one
UPDATE per batch. 100,000 cases take minutes this way instead of hours.

A share of the demo cases is validated against the checklist (by their number, the same share
whatever the seed: a quarter validated, an eighth validated before their last change), so the
validation facet and badges are measured at scale. The real cases are never validated here.
"""

import random
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.db.models import Max
from django.utils import timezone, translation

from wagtail.admin.models import EditingSession
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision, WorkflowState
from wagtail.search.models import IndexEntry

from apps.core.i18n import LANGUAGE_CODES, field_in, localized_field
from apps.vocabulary.models import Approach, SupportArea, TargetGroup, Theme

from .models import (
    CaseValidation,
    CriterionRating,
    PracticeIndexPage,
    PracticePage,
    Rating,
    ValidationCriterion,
    ValidationState,
)
from .search import search_vectors_refresh
from .selectors import facet_index_invalidate

COUNTRY_CODES = ["ES", "FR", "LV", "SE"]
STEP = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

TITLE = {
    "en": "Demo case {n}: {topic}",
    "sv": "Demoexempel {n}: {topic}",
    "lv": "Demonstrācijas piemērs {n}: {topic}",
    "es": "Caso de demostración {n}: {topic}",
    "fr": "Cas de démonstration {n} : {topic}",
}
TOPICS = {
    "en": [
        "local partnerships",
        "social enterprises",
        "youth employment",
        "housing first",
        "care innovation",
        "impact investment",
        "rural services",
        "migrant inclusion",
    ],
    "sv": [
        "lokala partnerskap",
        "sociala företag",
        "ungas sysselsättning",
        "bostad först",
        "innovation i omsorgen",
        "effektinvesteringar",
        "service på landsbygden",
        "nyanländas inkludering",
    ],
    "lv": [
        "vietējās partnerības",
        "sociālie uzņēmumi",
        "jauniešu nodarbinātība",
        "mājoklis vispirms",
        "inovācijas aprūpē",
        "ietekmes investīcijas",
        "pakalpojumi laukos",
        "migrantu iekļaušana",
    ],
    "es": [
        "alianzas locales",
        "empresas sociales",
        "empleo juvenil",
        "vivienda primero",
        "innovación en cuidados",
        "inversión de impacto",
        "servicios rurales",
        "inclusión de migrantes",
    ],
    "fr": [
        "partenariats locaux",
        "entreprises sociales",
        "emploi des jeunes",
        "logement d'abord",
        "innovation dans le soin",
        "investissement à impact",
        "services en milieu rural",
        "inclusion des migrants",
    ],
}
SENTENCES = {
    "en": [
        "The organisation brings together municipalities, civil society and companies around a shared challenge.",
        "Participants test new solutions on a small scale before they are adapted and spread.",
        "Coaching and peer learning help the teams to strengthen their capacity over time.",
        "The programme finances early stages and measures the social impact of every project.",
        "Evaluations showed that trust between the partners was the main factor of success.",
        "Lessons from the pilots were shared with other regions that wanted to replicate the model.",
        "The welfare services were redesigned together with the people who use them.",
        "Long-term funding and a clear mandate made it possible to scale the innovation.",
    ],
    "sv": [
        "Organisationen samlar kommuner, civilsamhälle och företag kring en gemensam utmaning.",
        "Deltagarna testar nya lösningar i liten skala innan de anpassas och sprids.",
        "Coachning och kollegialt lärande hjälper teamen att stärka sin förmåga över tid.",
        "Programmet finansierar tidiga skeden och mäter den sociala effekten av varje projekt.",
        "Utvärderingarna visade att förtroendet mellan parterna var den viktigaste framgångsfaktorn.",
        "Lärdomarna från piloterna delades med andra regioner som ville replikera modellen.",
        "Välfärdstjänsterna utformades på nytt tillsammans med de människor som använder dem.",
        "Långsiktig finansiering och ett tydligt mandat gjorde det möjligt att skala upp innovationen.",
    ],
    "lv": [
        "Organizācija apvieno pašvaldības, pilsonisko sabiedrību un uzņēmumus ap kopīgu izaicinājumu.",
        "Dalībnieki nelielā mērogā pārbauda jaunus risinājumus, pirms tos pielāgo un izplata.",
        "Koučings un mācīšanās no kolēģiem palīdz komandām laika gaitā stiprināt savas spējas.",
        "Programma finansē agrīnos posmus un mēra katra projekta sociālo ietekmi.",
        "Izvērtējumi parādīja, ka uzticēšanās starp partneriem bija galvenais veiksmes faktors.",
        "Izmēģinājumu atziņas tika nodotas citiem reģioniem, kas vēlējās atkārtot modeli.",
        "Labklājības pakalpojumi tika pārveidoti kopā ar cilvēkiem, kuri tos izmanto.",
        "Ilgtermiņa finansējums un skaidrs mandāts ļāva paplašināt inovāciju.",
    ],
    "es": [
        "La organización reúne a municipios, sociedad civil y empresas en torno a un reto común.",
        "Los participantes prueban nuevas soluciones a pequeña escala antes de adaptarlas y difundirlas.",
        "El acompañamiento y el aprendizaje entre pares ayudan a los equipos a reforzar sus capacidades.",
        "El programa financia las primeras fases y mide el impacto social de cada proyecto.",
        "Las evaluaciones mostraron que la confianza entre los socios fue el principal factor de éxito.",
        "Las lecciones de los pilotos se compartieron con otras regiones que querían replicar el modelo.",
        "Los servicios sociales se rediseñaron junto con las personas que los utilizan.",
        "La financiación a largo plazo y un mandato claro permitieron escalar la innovación.",
    ],
    "fr": [
        "L'organisation réunit des communes, la société civile et des entreprises autour d'un défi commun.",
        "Les participants testent de nouvelles solutions à petite échelle avant de les adapter et de les diffuser.",
        "L'accompagnement et l'apprentissage entre pairs aident les équipes à renforcer leurs capacités.",
        "Le programme finance les premières étapes et mesure l'impact social de chaque projet.",
        "Les évaluations ont montré que la confiance entre les partenaires était le principal facteur de réussite.",
        "Les enseignements des pilotes ont été partagés avec d'autres régions qui voulaient essaimer le modèle.",
        "Les services sociaux ont été repensés avec les personnes qui les utilisent.",
        "Un financement de long terme et un mandat clair ont permis le changement d'échelle de l'innovation.",
    ],
}
DEMO_THEMES = {
    "demo-employment": {
        "en": "Employment",
        "sv": "Sysselsättning",
        "lv": "Nodarbinātība",
        "es": "Empleo",
        "fr": "Emploi",
    },
    "demo-housing": {"en": "Housing", "sv": "Boende", "lv": "Mājoklis", "es": "Vivienda", "fr": "Logement"},
    "demo-health": {"en": "Health", "sv": "Hälsa", "lv": "Veselība", "es": "Salud", "fr": "Santé"},
    "demo-education": {
        "en": "Education",
        "sv": "Utbildning",
        "lv": "Izglītība",
        "es": "Educación",
        "fr": "Éducation",
    },
}
DEMO_TARGETS = {
    "demo-young-people": {
        "en": "Young people",
        "sv": "Unga",
        "lv": "Jaunieši",
        "es": "Jóvenes",
        "fr": "Jeunes",
    },
    "demo-older-people": {
        "en": "Older people",
        "sv": "Äldre",
        "lv": "Seniori",
        "es": "Personas mayores",
        "fr": "Personnes âgées",
    },
    "demo-migrants": {
        "en": "Migrants",
        "sv": "Migranter",
        "lv": "Migranti",
        "es": "Personas migrantes",
        "fr": "Personnes migrantes",
    },
}


def _encode(number: int) -> str:
    digits = ""
    while number:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return digits.rjust(STEP, "0")


@dataclass(frozen=True)
class DemoTaxonomies:
    """The terms demo cases are classified by: the real approaches and support areas, and
    demo themes and target groups."""

    approaches: list[Approach]
    areas: list[SupportArea]
    themes: list[Theme]
    targets: list[TargetGroup]
    criteria: list[ValidationCriterion]


def _demo_terms(model, terms: dict) -> list:
    return [
        model.objects.update_or_create(
            code=code, defaults={"name": names["en"], **{f"name_{c}": v for c, v in names.items()}}
        )[0]
        for code, names in terms.items()
    ]


def _demo_taxonomies() -> DemoTaxonomies:
    taxonomies = DemoTaxonomies(
        approaches=list(Approach.objects.select_related("element")),
        areas=list(SupportArea.objects.all()),
        themes=_demo_terms(Theme, DEMO_THEMES),
        targets=_demo_terms(TargetGroup, DEMO_TARGETS),
        criteria=_criteria(),
    )
    if not taxonomies.approaches or not taxonomies.areas:
        raise ValueError("Load the real content first: python manage.py load_buicasus")
    return taxonomies


def _criteria() -> list[ValidationCriterion]:
    from .services.validation import criteria_load

    if not ValidationCriterion.objects.exists():
        criteria_load()
    return list(ValidationCriterion.objects.all())


DEMO_RATINGS = (Rating.FULLY, Rating.PARTLY, Rating.NOT_ASSESSED, Rating.FULLY)


def demo_validation(number: int) -> str:
    """The validation state of demo case number: a quarter current, an eighth stale, the rest none."""
    if number % 4 == 1:
        return ValidationState.CURRENT
    if number % 8 == 2:
        return ValidationState.STALE
    return ValidationState.NONE


def _validations_create(rows, numbers, criteria) -> None:
    """The demo validations of the validated rows: one each, rating every criterion."""
    validations = [
        CaseValidation(
            practice_id=row.page_ptr_id,
            validator_name="Demo validator",
            validated_at=row.validated_at,
            language=row.original_language,
        )
        for row in rows
        if row.validation != ValidationState.NONE
    ]
    if not validations or not criteria:
        return
    CaseValidation.objects.bulk_create(validations, batch_size=1000)
    if any(validation.pk is None for validation in validations):
        by_case = dict(
            CaseValidation.objects.filter(practice_id__in=[v.practice_id for v in validations]).values_list(
                "practice_id", "pk"
            )
        )
        for validation in validations:
            validation.pk = validation.id = by_case[validation.practice_id]
    CriterionRating.objects.bulk_create(
        [
            CriterionRating(
                validation_id=validation.pk,
                criterion_id=criterion.pk,
                rating=DEMO_RATINGS[(numbers[validation.practice_id] + position) % len(DEMO_RATINGS)],
                justification="Demo justification.",
            )
            for validation in validations
            for position, criterion in enumerate(criteria)
        ],
        batch_size=5000,
    )


def _body(rng: random.Random, language: str) -> list[dict]:
    sentences = SENTENCES[language]
    paragraphs = []
    for _ in range(3):
        text = " ".join(rng.choice(sentences) for _ in range(4))
        paragraphs.append({"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())})
    return paragraphs


def demo_cases_create(count: int, *, seed: int = 1, batch_size: int = 2000) -> int:
    """Add count synthetic cases below the library; returns how many now exist."""
    # Untranslated field names stand for the active language's column: write in the default.
    with translation.override(settings.LANGUAGE_CODE):
        return _demo_cases_create(count=count, batch_size=batch_size, seed=seed)


def _demo_cases_create(*, count: int, batch_size: int, seed: int) -> int:
    index = PracticeIndexPage.objects.get()
    taxonomies = _demo_taxonomies()
    content_type = ContentType.objects.get_for_model(PracticePage)
    locale = Locale.get_default()
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    created = 0
    while created < count:
        with transaction.atomic():
            created += _create_batch(
                index=index,
                size=min(batch_size, count - created),
                rng=rng,
                content_type=content_type,
                locale=locale,
                taxonomies=taxonomies,
            )
    facet_index_invalidate()
    return PracticePage.objects.filter(is_demo=True).count()


def _create_batch(*, index, size, rng, content_type, locale, taxonomies: DemoTaxonomies) -> int:
    index = Page.objects.select_for_update().get(pk=index.pk)
    last_path = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).aggregate(
        Max("path")
    )["path__max"]
    next_step = int(last_path[-STEP:], len(ALPHABET)) + 1 if last_path else 1
    start_number = PracticePage.objects.filter(is_demo=True).count() + 1
    now = timezone.now()
    pages, cases, links = [], [], []
    for offset in range(size):
        number = start_number + offset
        topic_index = rng.randrange(len(TOPICS["en"]))
        slug = f"demo-case-{number}"
        titles = {
            code: TITLE[code].format(n=number, topic=TOPICS[code][topic_index]) for code in LANGUAGE_CODES
        }
        page = Page(
            path=index.path + _encode(next_step + offset),
            depth=index.depth + 1,
            numchild=0,
            content_type=content_type,
            locale=locale,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            first_published_at=now - timezone.timedelta(minutes=size - offset),
            last_published_at=now,
            title=titles["en"],
            draft_title=titles["en"],
            slug=slug,
            url_path=f"{index.url_path}{slug}/",
            show_in_menus=False,
        )
        for code in LANGUAGE_CODES:
            setattr(page, localized_field("title", code), titles[code])
            setattr(page, localized_field("slug", code), slug)
            setattr(
                page,
                localized_field("url_path", code),
                f"{field_in(index, 'url_path', code) or index.url_path}{slug}/",
            )
        pages.append(page)
        chosen = rng.sample(taxonomies.approaches, rng.randint(1, 3))
        links.append(
            {
                "elements": {approach.element.pk for approach in chosen},
                "approaches": {approach.pk for approach in chosen},
                "areas": {area.pk for area in rng.sample(taxonomies.areas, rng.randint(1, 2))},
                "themes": {theme.pk for theme in rng.sample(taxonomies.themes, rng.randint(1, 2))},
                "targets": {target.pk for target in rng.sample(taxonomies.targets, 1)},
            }
        )
        cases.append(
            {
                "country": rng.choice(COUNTRY_CODES),
                "year": rng.randint(2005, 2025),
                "bodies": {code: _body(rng, code) for code in LANGUAGE_CODES},
                "summaries": {code: " ".join(rng.sample(SENTENCES[code], 2)) for code in LANGUAGE_CODES},
            }
        )
    Page.objects.bulk_create(pages, batch_size=1000)
    if connection.vendor != "postgresql" or any(page.pk is None for page in pages):
        by_path = dict(Page.objects.filter(path__in=[page.path for page in pages]).values_list("path", "pk"))
        for page in pages:
            page.pk = page.id = by_path[page.path]
    rows, numbers = [], {}
    for offset, (page, case) in enumerate(zip(pages, cases, strict=True)):
        numbers[page.pk] = start_number + offset
        validation = demo_validation(start_number + offset) if taxonomies.criteria else ValidationState.NONE
        row = PracticePage(
            page_ptr_id=page.pk,
            country=case["country"],
            organisation="Demo organisation",
            original_language="en",
            year=case["year"],
            summary=case["summaries"]["en"],
            body=case["bodies"]["en"],
            is_demo=True,
            classification_is_editorial=False,
            validation=validation,
            validated_at=now - timezone.timedelta(days=1) if validation != ValidationState.NONE else None,
        )
        for code in LANGUAGE_CODES:
            setattr(row, localized_field("summary", code), case["summaries"][code])
            setattr(row, localized_field("body", code), case["bodies"][code])
            setattr(
                row,
                localized_field("body_text", code),
                " ".join(block["value"][3:-4] for block in case["bodies"][code]),
            )
        rows.append(row)
    # bulk_create refuses multi-table inheritance; the page rows exist, so insert the case rows.
    PracticePage.objects._insert(rows, fields=list(PracticePage._meta.local_concrete_fields))
    _link(pages, links)
    _validations_create(rows, numbers, taxonomies.criteria)
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + size)
    search_vectors_refresh(ids=[page.pk for page in pages])
    return size


def _link(pages, links) -> None:
    relations = {
        "elements": (PracticePage.elements.through, "processelement_id"),
        "approaches": (PracticePage.approaches.through, "approach_id"),
        "areas": (PracticePage.support_areas.through, "supportarea_id"),
        "themes": (PracticePage.themes.through, "theme_id"),
        "targets": (PracticePage.target_groups.through, "targetgroup_id"),
    }
    for name, (through, column) in relations.items():
        through.objects.bulk_create(
            [
                through(practicepage_id=page.pk, **{column: pk})
                for page, link in zip(pages, links, strict=True)
                for pk in link[name]
            ],
            batch_size=5000,
        )


@transaction.atomic
def demo_cases_delete() -> int:
    """Remove every demo case and the demo taxonomies, leaving the real content untouched."""
    ids = list(PracticePage.objects.filter(is_demo=True).values_list("pk", flat=True))
    for start in range(0, len(ids), 10000):
        chunk = ids[start : start + 10000]
        validations = CaseValidation.objects.filter(practice_id__in=chunk)
        CriterionRating.objects.filter(validation__in=validations)._raw_delete(connection.alias)
        validations._raw_delete(connection.alias)
        _dependents_delete(chunk)
        for through in (
            PracticePage.elements.through,
            PracticePage.approaches.through,
            PracticePage.support_areas.through,
            PracticePage.themes.through,
            PracticePage.target_groups.through,
        ):
            through.objects.filter(practicepage_id__in=chunk)._raw_delete(connection.alias)
        PracticePage.objects.filter(pk__in=chunk)._raw_delete(connection.alias)
        Page.objects.filter(pk__in=chunk)._raw_delete(connection.alias)
    Theme.objects.filter(code__in=DEMO_THEMES).delete()
    TargetGroup.objects.filter(code__in=DEMO_TARGETS).delete()
    for index in PracticeIndexPage.objects.all():
        Page.objects.filter(pk=index.pk).update(
            numchild=Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).count()
        )
    transaction.on_commit(facet_index_invalidate)
    return len(ids)


def _dependents_delete(ids: list[int]) -> None:
    """Everything that hangs on these pages, so the page rows themselves can go in bulk.

    What points at a page by foreign key (replication requests, view restrictions, comments,
    subscriptions, redirects, aliases, ...) follows its own on_delete rule, with Django's
    cascades; what points at it by content type and id (revisions, workflow states, log
    entries, references, the admin's search index) is deleted by those ids. Demo cases are
    leaves of the tree, so no child page hangs on them.
    """
    page_types = [ContentType.objects.get_for_model(Page), ContentType.objects.get_for_model(PracticePage)]
    object_ids = [str(pk) for pk in ids]
    # Pages point at their revisions: the revisions' own cascade clears those links first.
    Revision.objects.filter(base_content_type__in=page_types, object_id__in=object_ids).delete()
    WorkflowState.objects.filter(base_content_type__in=page_types, object_id__in=object_ids).delete()
    ReferenceIndex.objects.filter(base_content_type__in=page_types, object_id__in=object_ids).delete()
    ReferenceIndex.objects.filter(to_content_type__in=page_types, to_object_id__in=object_ids).delete()
    PageLogEntry.objects.filter(page_id__in=ids).delete()
    IndexEntry.objects.filter(content_type__in=page_types, object_id__in=object_ids).delete()
    EditingSession.objects.filter(content_type__in=page_types, object_id__in=object_ids).delete()
    for model in (Page, PracticePage):
        for relation in model._meta.get_fields(include_hidden=True):
            if not relation.auto_created or relation.concrete or relation.many_to_many:
                continue
            if relation.one_to_one and relation.field.remote_field.parent_link:
                continue
            related = relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": ids})
            if relation.on_delete is models.CASCADE:
                related.delete()
            elif relation.on_delete is models.SET_NULL:
                related.update(**{relation.field.name: None})
            elif relation.on_delete in (models.PROTECT, models.RESTRICT):
                if related.exists():
                    raise ValueError(
                        f"{relation.related_model._meta.label} protects demo cases from deletion"
                    )
