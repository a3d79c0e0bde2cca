"""`{% slot "practices.country.actions" country=page.country %}`: what apps above place on a page.

A page of a lower layer names a slot, never the app that fills it: the apps that place something
there declare `(slot, template)` in their manifest, and each such template is rendered here, in
INSTALLED_APPS order, with the page's context and the values given to the tag, as `{% include
... with %}` would render it. A slot no app fills renders nothing.
"""

from django import template
from django.utils.safestring import mark_safe

from apps.core.manifest import manifests

register = template.Library()


def slot_templates(name: str) -> list[str]:
    return [
        template_name
        for _config, manifest in manifests()
        for slot_name, template_name in manifest.slots
        if slot_name == name
    ]


@register.simple_tag(takes_context=True)
def slot(context, name, **values):
    engine = context.template.engine
    with context.push(**values):
        parts = [engine.get_template(template_name).render(context) for template_name in slot_templates(name)]
    # Each part is a template's output, escaped by the engine as it rendered.
    return mark_safe("".join(parts))  # noqa: S308
