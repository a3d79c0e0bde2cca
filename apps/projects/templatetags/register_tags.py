"""The register's repeated parts, built here rather than through the template engine per item.

Filter options, table rows and offerings in template loops were the largest part of an uncached
page of the register, as the cards were of the library's listing and the hub. Every value is
escaped by format_html.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext

from ..models import Status

register = template.Library()


@register.simple_tag
def filter_options(options, selected, all_label: str):
    """A filter's options: "all" first, then each (value, label), the chosen one selected."""
    chosen = "" if selected is None else str(selected)
    return format_html(
        '<option value="">{}</option>{}',
        all_label,
        format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((value, " selected" if str(value) == chosen else "", label) for value, label in options),
        ),
    )


@register.simple_tag
def register_rows(projects, project_base: str):
    """The table's rows: diary number (linked to the project's page), name, owner, region, status.

    The name and the region keep the language of the record as the register holds it. Each
    cell carries its column's name, which a phone shows when the rows are stacked.
    """
    labels = {value: str(label) for value, label in Status.choices}
    columns = [gettext(name) for name in ("Diary number", "Name", "Project owner", "Region", "Status")]
    return format_html_join(
        "\n",
        '<tr><td data-label="{}"><a href="{}{}/">{}</a></td>'
        '<td data-label="{}" lang="{}">{}</td><td data-label="{}">{}</td>'
        '<td data-label="{}" lang="{}">{}</td><td data-label="{}">{}</td></tr>',
        (
            (
                columns[0],
                project_base,
                project.slug,
                project.diary_number,
                columns[1],
                project.source_language,
                project.name,
                columns[2],
                project.owner,
                columns[3],
                project.source_language,
                project.region,
                columns[4],
                labels[project.status],
            )
            for project in projects
        ),
    )


@register.simple_tag
def offering_list(offerings):
    """The support offerings, each with its items and a link to the projects engaged in it."""
    engaged = gettext("Projects engaged in this offering")
    return format_html_join(
        "\n",
        '<article class="offering" id="offering-{}"><h3>{}. {}</h3><ul>{}</ul>'
        '<p><a href="?offering={}">{}</a></p></article>',
        (
            (
                offering.number,
                offering.number,
                offering.name,
                format_html_join("", "<li>{}</li>", ((item.text,) for item in offering.items.all())),
                offering.number,
                engaged,
            )
            for offering in offerings
        ),
    )
