"""Tables that may be wider than the screen, each in a box of its own that scrolls sideways."""

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html

register = template.Library()


@register.simple_block_tag
def scroll_region(content, labelledby="", label="", describedby="", hinted=False):
    """The box a wide table scrolls in on a phone, the one pattern of every such table.

    Focusable, so a keyboard scrolls it (WCAG 2.1.1), and a region named by the element whose id
    is `labelledby` (the table's caption, say) or by the text `label`, so a screen reader says
    what it holds. The name must differ from the section around it: two landmarks of one name
    cannot be told apart. `describedby` names a hint, and `hinted` shows it on a phone.
    """
    if not (labelledby or label):
        raise template.TemplateSyntaxError("A scroll region needs a name: labelledby or label.")
    attributes = {
        "class": "table-scroll table-scroll--hinted" if hinted else "table-scroll",
        "tabindex": "0",
        "role": "region",
    }
    if labelledby:
        attributes["aria-labelledby"] = labelledby
    else:
        attributes["aria-label"] = label
    if describedby:
        attributes["aria-describedby"] = describedby
    return format_html("<div{}>{}</div>", flatatt(attributes), content)
