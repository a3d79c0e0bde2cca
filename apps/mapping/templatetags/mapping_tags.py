from django import template

from ..charts import comparison_svg

register = template.Library()


@register.simple_tag
def comparison_chart(data, table_id):
    return comparison_svg(data, table_id)
