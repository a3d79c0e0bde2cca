"""Loading content into the page tree from plain data: one page per entry, in every language.

Every app's content loader (see loaders.py) uses these, so a second run changes nothing and a
fact edited in the database is put back.
"""

from django.conf import settings
from django.db import models
from django.utils.html import escape

from wagtail.fields import StreamField
from wagtail.models import Page

from apps.core.i18n import LANGUAGE_CODES, localized_field


def stream_data(blocks: list[tuple[str, object]]) -> list[dict]:
    """Turn the content module's (type, value) pairs into StreamField data."""
    data = []
    for block_type, value in blocks:
        if block_type == "heading":
            data.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif block_type == "list":
            items = "".join(f"<li>{escape(item)}</li>" for item in value)
            data.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        else:
            data.append({"type": "paragraph", "value": f"<p>{escape(value)}</p>"})
    return data


TRANSLATED_PAGE_FIELDS = ("title", "slug", "intro", "body", "summary")


def translated_values(entry: dict, fields: tuple[str, ...]) -> dict:
    """Field values for every language, plus the untranslated column (the default language)."""
    values = {}
    for field in fields:
        if field not in entry:
            continue
        per_language = entry[field]
        for code in LANGUAGE_CODES:
            value = per_language[code]
            values[localized_field(field, code)] = stream_data(value) if field == "body" else value
        values[field] = values[localized_field(field, settings.LANGUAGE_CODE)]
    return values


def _without_ids(data: list[dict] | None) -> list[dict]:
    return [{key: item for key, item in block.items() if key != "id"} for block in data or []]


def _differs(instance: models.Model, name: str, value) -> bool:
    field = instance._meta.get_field(name)
    current = getattr(instance, name)
    if isinstance(field, StreamField):
        # Block ids are random on every conversion: compare the content without them.
        stored = _without_ids(current.get_prep_value()) if current is not None else []
        return stored != _without_ids(field.to_python(value).get_prep_value())
    return current != value


def record_upsert(
    model: type[models.Model], lookup: dict, values: dict, defaults: dict | None = None
) -> models.Model:
    """Create the record (a snippet with revisions) or put back what the sources state; a new
    revision only when something changed, so a second run writes nothing. defaults, what the
    sources leave open, are only set on a new record: what staff add later is theirs to keep."""
    instance = model.objects.filter(**lookup).first()
    if instance is None:
        instance = model(**lookup, **values, **(defaults or {}))
    elif not any(_differs(instance, name, value) for name, value in values.items()):
        return instance
    else:
        for name, value in values.items():
            setattr(instance, name, value)
    instance.full_clean()
    instance.save()
    instance.save_revision(log_action=True)
    return instance


def page_upsert(
    *,
    parent: Page,
    model: type[Page],
    entry: dict,
    extra: dict | None = None,
    relations: dict | None = None,
    former_slugs: tuple[str, ...] = (),
) -> Page:
    """Create the page under parent, or bring an existing one up to date; a rerun changes nothing.

    entry holds per-language values of the translated fields; relations, the objects of the
    page's ParentalManyToManyFields. A page is found by its English slug, or by one of its
    former_slugs when the content renamed it (its old addresses then redirect: core.web.slug_redirects).
    """
    values = {**translated_values(entry, TRANSLATED_PAGE_FIELDS), **(extra or {})}
    siblings = model.objects.child_of(parent)
    page = siblings.filter(slug_en=entry["slug"]["en"]).first()
    if page is None and former_slugs:
        page = siblings.filter(slug_en__in=former_slugs).first()
    if page is None:
        page = model(**values, **(relations or {}))
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    changed = False
    for name, objects in (relations or {}).items():
        if {item.pk for item in getattr(page, name).all()} != {item.pk for item in objects}:
            getattr(page, name).set(objects)
            changed = True
    for name, value in values.items():
        current = getattr(page, name)
        if name.startswith("body"):
            # Block ids are random on every conversion, so compare the content without them.
            current = _without_ids(current.get_prep_value()) if current is not None else None
            value_to_compare = _without_ids(model._meta.get_field(name).to_python(value).get_prep_value())
            if current != value_to_compare:
                setattr(page, name, value)
                changed = True
            continue
        if current != value:
            setattr(page, name, value)
            changed = True
    if changed:
        page.save_revision().publish()
    return page
