from django import template
from django.utils.translation import gettext

register = template.Library()


@register.filter
def as_membership(type_name: str) -> str:
    """'Individual' -> 'an individual member', 'Concession' -> 'a concession member'.

    English picks its article by the sound of the next word, so the choice is made here and each
    form is its own catalog entry; other languages translate both as their grammar needs.
    """
    words = type_name.strip().lower()
    if words[:1] in {"a", "e", "i", "o", "u"}:
        return gettext("an %(type)s member") % {"type": words}
    return gettext("a %(type)s member") % {"type": words}
