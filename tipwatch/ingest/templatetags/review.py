from django import template

from tipwatch.tip.models import Qualifier

register = template.Library()


@register.filter
def qualifier_words(code: str) -> str:
    """'at_least' -> 'at least', as the report prints it; an unknown code is shown as it is."""
    try:
        return str(Qualifier(code).label)
    except ValueError:
        return code
