from django import template

register = template.Library()


@register.filter
def as_membership(type_name: str) -> str:
    """'Individual' -> 'an individual member', 'Concession' -> 'a concession member'."""
    words = type_name.strip().lower()
    article = "an" if words[:1] in {"a", "e", "i", "o", "u"} else "a"
    return f"{article} {words} member"
