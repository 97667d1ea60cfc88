"""Spanish words that stand between a claim's parts: articles, adverbs, asides, negation."""

from __future__ import annotations

from .grammar import QT as _QT
from .grammar import spanish_participles, words

# "la categoría Tier 1", "el llamado grupo "en observación"", "la calificación de Nivel 1": a
# noun in apposition before the tier, after what any language's rules allow there.
QT = (
    # "el grupo de países con los peores registros de trata, denominado Grupo 3": a tier's
    # description, then its name.
    r"(?:(?:(?:el|la|los|las|su)\s+)?(?:grupo|lista|listado|categoria|nivel|clasificacion)\s+"
    r"de\s+[^.;,:\u27e6]{3,70},\s+(?:denominad|llamad|conocid)[oa]s?\s+(?:como\s+)?)?"
    rf"{_QT}(?:(?:categoria|clasificacion|calificacion|ubicacion|posicion|grupo|lista|listado|"
    # "su estatus de Nivel 2", "en el rango de Nivel 2", "su lugar en el Nivel 1".
    r"estatus|status|condicion|rango|lugar|puesto|sitio|ranking|clasificacion)"
    r"\s+(?:de\s+|en\s+(?:el\s+|la\s+)?)?[\"']?)?"
)

ADV = (
    r"(?:\s+(?:"
    + words(
        "nuevamente",
        "de nuevo",
        "otra vez",
        "una vez mas",
        "todavia",
        "aun",
        "tambien",
        "ya",
        "hoy",
        "ahora",
        "firmemente",
        "oficialmente",
        "solo",
        "este ano",
        "esta vez",
        "en esta edicion",
        "en este informe",
        "ambos",
        "ambas",
        "el ano pasado",
        "actualmente",
        "finalmente",
        "formalmente",
    )
    # "fue elevado por primera vez al Nivel 1", "incluyó este lunes a ...".
    + r"|por\s+(?:primera|\u27e6O\d+\u27e7)\s+vez"
    + r"(?:\s+(?:en|desde\s+hace)\s+(?:\u27e6N\d+\u27e7|[a-z]+)\s+anos)?"
    + r"|(?:este|el)\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    # "Tailandia salió así del nivel 3" (not "así como", which adds a country).
    + r"|asi(?!\s+como\b)"
    # "El país se ubica, así, en ...": a word set off by commas.
    + r")|\s*,\s*(?:asi|ademas|nuevamente|de\s+nuevo|una\s+vez\s+mas|por\s+ahora|otra\s+vez)\s*,)*"
)
NEG = r"(?P<neg>\s+no|\s+ya\s+no|\s+nunca|\s+tampoco|\s+jamas)?"
# "Cuba, que fue retirada el año pasado de la "lista negra", permanece ...": a relative clause
# or apposition between the subject and its verb (it may name a tier or a year, and other
# countries: "Vietnam, un país con una buena relación con Washington, ha sido degradado ...").
APPOS = (
    r"(?:\s*,\s+(?:que|quien|el\s+cual|la\s+cual|cuyo|cuya|un|una|el|la|tras|luego|despues)\b"
    r"(?:[^,;:\u27e6]|\u27e6[TYNOC]\d+\u27e7){1,200},)?"
)
PLACED_WORDS = words(
    *spanish_participles(
        "clasificad",
        "ubicad",
        "situad",
        "incluid",
        "colocad",
        "calificad",
        "catalogad",
        "considerad",
        "mantenid",
    ),
    "designado",
    "designada",
)
PLACED = rf"(?:\s+{PLACED_WORDS})?"
PREP = (
    r"(?:\s+" + words("en", "como", "dentro de", "dentro del", "entre", "de", "del", "con") + ")?"
)
# "en el grupo de países bajo ...", "en la lista de países del ...": the tier's countries named
# before the tier.
GROUP_OF = (
    r"(?:\s+(?:el|la|los|las)\s+(?:grupo|lista|listado|conjunto|categoria|renglon)\s+de\s+"
    r"(?:los\s+)?(?:paises|naciones|estados|gobiernos)(?:\s+(?:de|del|en|bajo|con))?)?"
)
COUNTRY_NOUN = words(
    "pais",
    "paises",
    "nacion",
    "naciones",
    "estado",
    "estados",
    "gobierno",
    "gobiernos",
    "miembro",
    "miembros",
)
WHICH = (
    r"(?:\s*,?\s+(?:que|el\s+cual|la\s+cual)|"
    r"\s*,\s*(?:por\s+el\s+contrario|en\s+cambio|por\s+su\s+parte|a\s+su\s+vez|tambien),)?"
)
