"""The Spanish rule table: one rule per shape of sentence, assembled from the words of
`sentence_parts_es`, `verbs_es` and `count_words_es`; the rules of groups and counts are in
`group_rules_es` and `count_rules_es`, and come first.
"""

from __future__ import annotations

from .count_rules_es import COUNT_RULES
from .count_words_es import (
    CMP,
    CONSECUTIVE_PLURAL,
)
from .grammar import BY, CL, C, G, N, Rule, T, rule, words
from .group_rules_es import GROUP_RULES
from .model import ClaimKind
from .sentence_parts_es import (
    ADV,
    APPOS,
    COUNTRY_NOUN,
    GROUP_OF,
    NEG,
    PLACED,
    PLACED_WORDS,
    PREP,
    QT,
    WHICH,
)
from .verbs_es import (
    AGAIN,
    AUX,
    BE,
    BE_SUBJUNCTIVE,
    DID_AND,
    FACTIVE,
    HOLD,
    KEEP,
    KIND,
    LEAVE,
    LIST_CLOSES,
    MOVE,
    MOVE_ACTIVE,
    MOVE_NOUN,
    PLACE,
    REGAIN,
    REST,
    REST_REQUIRED,
    STANDING,
    WHEN,
)

_RATE_MOVE = words(
    "baja", "bajo", "rebaja", "rebajo", "sube", "subio", "mejora", "mejoro", "eleva", "elevo",
    "reduce", "redujo", "degrada", "degrado",
)  # fmt: skip
# "Guatemala mejoró su clasificación al Nivel 2": the rating a move names as its object.
_RATING_NOUN = words("calificacion", "clasificacion", "categoria", "nota", "posicion", "ubicacion")
_OWN_RATING = rf"(?:\s+(?:su|la)\s+{_RATING_NOUN}(?=\s+(?:a|al|hasta|hacia)\s))?"
# "incluyó a Bolivia en la lista negra" says where Bolivia is, not that it moved (it may have
# been there the year before): "incluyó" is read as a placement by "informe-situa".
_ADD = words(
    "agrego", "agrega", "agregaron", "anadio", "anade", "anadieron", "sumo", "suma", "sumaron",
)  # fmt: skip
# A placement named as a noun, and the words before it that make it one that may come or
# is sought ("la posible inclusión", "evitar la inclusión", "pidió la inclusión").
_PLACING_NOUN = words(
    "inclusion", "permanencia", "presencia", "ubicacion", "clasificacion", "colocacion",
    "continuidad",
)  # fmt: skip
_NOT_TO_COME = "".join(
    rf"(?<!\b{word}\s)"
    for word in (
        "posible", "eventual", "probable", "futura", "evitar", "impedir", "pidio", "pide",
        "piden", "pidieron", "solicito", "solicita", "propuso", "propone", "proponen", "contra",
        "sobre", "estudia", "estudio", "evalua", "evaluo", "analiza", "analizo", "considera",
        "considero", "sopesa", "planea",
    )
)  # fmt: skip
# Countries set beside the subject between its verb and its tier, in commas: "Perú se
# encuentra, al igual que Ecuador, en el Nivel 2".
_BESIDE = (
    rf"(?:\s*,\s*(?:al\s+igual\s+que|junto\s+(?:a|con)|lo\s+mismo\s+que|asi\s+como)\s+"
    rf"(?P<beside>{CL})\s*,)?"
)
_SINGULAR_COUNTRY_NOUN = words("pais", "nacion", "estado", "gobierno", "miembro")
_PLURAL_COUNTRY_NOUN = words("paises", "naciones", "estados", "gobiernos", "miembros")
_IN_WHICH_VERBS = words(
    "incluye", "incluyen", "figuran", "estan", "aparecen", "encuentran", "ubican"
)  # fmt: skip
# The verb between a tier and the countries on it, plural and (for one country: "Entre los
# países del Nivel 2 figura Perú") singular.
_LISTED = words(
    "aparecen", "estan", "figuran", "se encuentran", "se ubican", "quedaron", "siguen",
    "ya se encontraban", "destacan", "permanecen",
    "aparece", "esta", "figura", "se encuentra", "se ubica", "quedo", "sigue", "permanece",
    "ya se encontraba",
)  # fmt: skip

_FRONTED_VERBS = words(
    "se encuentra", "se encuentran", "esta", "estan", "figura", "figuran", "aparece", "aparecen",
    "permanece", "permanecen", "sigue", "siguen", "se ubica", "se ubican", "quedo", "quedaron",
    "se mantiene", "se mantienen",
)  # fmt: skip
_THERE_ARE = words(
    "aparecen", "figuran", "estan", "hay", "se encuentran", "quedaron", "quedan", "permanecen",
    "siguen", "se ubican", "fueron incluidos", "fueron colocados",
)  # fmt: skip
_AMONG_VERBS = words(
    "esta", "estan", "estuvo", "estuvieron", "figura", "figuran", "se encuentra", "se encuentran",
    "sigue", "siguen", "quedo", "quedaron", "queda", "quedan", "aparece", "aparecen", "se ubica",
    "se ubico", "se ubican", "fue incluido", "fue incluida", "fueron incluidos", "esta incluido",
    "esta incluida", "permanece", "permanecen", "continua", "continuan",
)  # fmt: skip

_SINCE_VERBS = words(
    "lleva", "llevaba", "llevan", "llevaban", "ha estado", "han estado", "esta", "estan",
    "permanece", "permanecen", "sigue", "siguen",
)  # fmt: skip
_CARRY = words(
    "lleva", "llevan", "llevaba", "llevaban", "acumula", "acumulan", "acumulaba", "acumulaban",
)  # fmt: skip
_STOP = words("dejo", "deja", "dejaron", "dejan", "ha dejado", "han dejado")
_BE_INFINITIVE = words(
    "estar", "figurar", "aparecer", "ser parte de", "formar parte de", "pertenecer a"
)  # fmt: skip
_GIVE = words(
    "asigno", "asigna", "asignamos", "asignaron", "otorgo", "otorga", "otorgamos", "otorgaron",
    "concedio", "concede", "dio", "da",
)  # fmt: skip

_CHANGED = words(
    "paso", "subio", "aumento", "crecio", "bajo", "cayo", "se redujo", "disminuyo"
)  # fmt: skip
_AS_FOR = words(
    "en cuanto a", "en el caso de", "respecto a", "respecto de", "con respecto a", "sobre",
    "en relacion con", "en lo que respecta a", "acerca de",
)  # fmt: skip
_ONE_OF = words("es uno de", "es una de", "fue uno de", "fue una de", "sigue siendo uno de")
_LISTED_AS = words(
    "incluidos", "incluidas", "ubicados", "ubicadas", "clasificados", "clasificadas", "situados",
    "situadas", "que estan", "que figuran", "ubicado", "ubicada", "situado", "situada",
    "clasificado", "clasificada", "incluido", "incluida", "rebajado", "rebajada", "degradado",
    "degradada", "relegado", "relegada",
)  # fmt: skip

# "el nivel 3, en el que estuvo degradada en 2014", "la peor categoría -donde estaba Cuba desde
# 2003-": a past stay on the tier just named, in a relative clause that dates it.
_WHERE = r"(?:donde|en\s+(?:el|la)\s+(?:que|cual))"
_WHERE_VERBS = (
    words(
        "estuvo", "estuvieron", "estaba", "estaban", "se encontraba", "se encontraban",
        "permanecio", "permanecieron", "permanecia", "permanecian", "habia estado",
        "habian estado", "figuraba", "figuraban", "fue", "fueron",
    )
    + r"(?:\s+(?:ubicad|colocad|incluid|degradad|rebajad|relegad|situad|clasificad)[oa]s?)?"
)  # fmt: skip
# The time the relative clause names right after its subject: years, "el año pasado", "desde".
_WHERE_TIME = (
    r"(?=\s*,?\s*(?:en\s+(?:el\s+)?(?:ano\s+)?\u27e6Y|el\s+ano\s+(?:pasado|anterior)|"
    r"desde\s+(?:el\s+)?(?:ano\s+)?\u27e6Y|entre\s+\u27e6Y))"
)
# Verbs of getting out of a tier, with the subject after them: "del que salió Malasia".
_LEFT_IT = words(
    "salio", "salieron", "sale", "salen", "ha salido", "han salido", "fue retirado",
    "fue retirada", "fueron retirados", "fue sacado", "fue sacada", "fueron sacados",
    "escapo", "escaparon", "se libro", "se libraron",
)  # fmt: skip
# The prepositions of a place on a tier: "en el Nivel 2", "como país de Nivel 2", "dentro del".
_IN = words("en", "como", "dentro de", "dentro del")

RULES: list[Rule] = [
    # "En este denominado Grupo 3 de la lista ..., Venezuela se encuentra ...": the tier opens
    # the sentence and its subject comes after the comma.
    rule(
        ClaimKind.TIER,
        "fronted-tier",
        rf"^\W*(?:en|dentro\s+de)\s+(?:(?:this|that|este|ese|esta|esa)\s+)?{QT}(?P<t>{T})[\"']?"
        rf"(?:[^.;:\u27e6]|\u27e6[GY]\d+\u27e7){{0,80}}?,\s*(?P<subj>{CL})\s+"
        rf"(?P<verb>{_FRONTED_VERBS})\b",
    ),
    *GROUP_RULES,
    *COUNT_RULES,
    # --- cambios ------------------------------------------------------------------------------
    # "Tailandia y Malasia volvieron a un escalón más abajo": un peldaño sin nombre, hacia
    # abajo o hacia arriba.
    rule(
        ClaimKind.CHANGE,
        "un-escalon-mas",
        # (a past or present verb: "volverá", "podría volver" are no fact)
        rf"(?P<subj>{CL}){ADV}\s+(?:(?:ha|han)\s+vuelto|volvio|volvieron|vuelve|vuelven|paso|"
        r"pasaron|pasa|pasan|quedo|quedaron|queda|quedan)\s+a\s+"
        r"(?:un|una)\s+(?:escalon|nivel|peldano|puesto|categoria|posicion)\s+"
        r"(?P<verb>mas\s+(?:abajo|arriba))\b",
    ),
    rule(
        ClaimKind.CHANGE,
        "cambio",
        rf"(?P<subj>{CL}){LIST_CLOSES}{WHICH}{APPOS}{ADV}{NEG}{ADV}{DID_AND}(?:\s+(?:{AUX}))?"
        rf"(?:\s+se)?\s+[\"'\u201c\u00ab]?(?P<verb>{AGAIN}|{MOVE})[\"'\u201d\u00bb]?"
        rf"{_OWN_RATING}{ADV}{BY}{ADV}{REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "informe-cambia",
        rf"(?P<verb>{MOVE_ACTIVE}){WHEN}{ADV}\s+(?:a(?:l)?\s+|a\s+la\s+)?(?P<subj>{CL}){REST_REQUIRED}",
    ),
    rule(
        ClaimKind.CHANGE,
        "sustantivo",
        rf"(?:el|la|su)\s+(?P<verb>{MOVE_NOUN})\s+de(?:l)?\s+(?P<subj>{CL}){REST}",
    ),
    # "La inclusión de Cuba en la lista negra fue criticada", "la permanencia de Perú en el
    # Nivel 2": a placement named as a noun (not one that may come: "la posible inclusión").
    rule(
        ClaimKind.TIER,
        "sustantivo-en",
        rf"{_NOT_TO_COME}(?:la|su)\s+(?P<verb>{_PLACING_NOUN})\s+(?:de|del)\s+"
        rf"(?:(?:el|la)\s+)?(?P<subj>{CL})\s+{words('en', 'dentro de', 'dentro del')}\s+{QT}"
        rf"(?P<t>{T})",
    ),
    # "La calificación de Nivel 2 de Perú": the tier named before whose it is.
    rule(
        ClaimKind.TIER,
        "calificacion-de-t-de",
        rf"{_NOT_TO_COME}(?:la|su)\s+{words('calificacion', 'clasificacion', 'categoria', 'nota')}"
        rf"\s+(?:de\s+)?[\"']?(?P<t>{T})[\"']?\s+(?:de|del)\s+(?:(?:el|la)\s+)?(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.CHANGE,
        "anadir-a-la-lista",
        # Not "Cuba se suma a Irán en ...": Cuba joins, Irán is not added.
        # (nor "no agregó a Cuba a la lista negra": no move)
        rf"(?<!\bse\s)(?<!\bno\s)(?P<verb>{_ADD})"
        rf"(?:\s+[a-z]+){{0,3}}?\s+a\s+(?P<subj>{CL})\s+(?P<rest>(?:en|a|al)\s+(?:su\s+|la\s+)?[\"']?{T})",
    ),
    # "agregó a la lista negra a tres países: Argelia, Bahréin y Kuwait": the countries listed
    # after the count were added.
    rule(
        ClaimKind.CHANGE,
        "anadir-a-t-n-paises",
        rf"(?<!\bse\s)(?<!\bno\s)(?P<verb>{_ADD})\s+(?:a|al|en)\s+(?:su\s+)?{QT}(?P<reached>{T})[\"']?"
        rf"(?:\s+[a-z]+){{0,6}}?\s+a\s+{N}\s+(?:{COUNTRY_NOUN})[^.;:\u27e6]{{0,80}}:\s*"
        rf"(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.CHANGE,
        "baja-la-calificacion",
        # ("no bajó la calificación de Perú": no move)
        rf"(?:(?P<neg>no)\s+)?(?P<verb>{_RATE_MOVE})"
        rf"\s+(?:la|su)\s+{words('calificacion', 'clasificacion', 'nota', 'categoria')}\s+"
        rf"(?:de|del)\s+(?:(?:el|la)\s+)?(?P<subj>{CL}){REST}",
    ),
    # "rebajó al Nivel 3 la categoría de Cuba": the tier it moved to before the rating moved.
    rule(
        ClaimKind.CHANGE,
        "baja-a-t-la-calificacion",
        rf"(?:(?P<neg>no)\s+)?(?P<verb>{_RATE_MOVE}){REST_REQUIRED}"
        rf"\s+(?:la|su)\s+{words('calificacion', 'clasificacion', 'nota', 'categoria')}\s+"
        rf"(?:de|del)\s+(?:(?:el|la)\s+)?(?P<subj>{CL})",
    ),
    # --- niveles ------------------------------------------------------------------------------
    rule(
        ClaimKind.TIER,
        "fuera-de",
        rf"(?P<verb>{PLACE}|{words('dejo', 'deja', 'quedo', 'queda', 'sigue', 'siguio')})\s+"
        rf"(?:a\s+)?(?P<subj>{CL})\s+(?P<neg>fuera)\s+de\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "coloca-en-nivel-a",
        rf"(?:(?P<neg>no)\s+)?(?P<verb>{PLACE})\s+(?:en|como)\s+{QT}(?P<t>{T})[\"']?\s+a\s+"
        rf"(?P<subj>{CL})",
    ),
    # ("Perú sigue siendo un país Nivel 2": the tier may follow the noun with no "de")
    rule(
        ClaimKind.TIER,
        "copula",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}{NEG}{ADV}\s+(?P<verb>{BE}){_BESIDE}{ADV}{PLACED}{BY}{ADV}"
        rf"{PREP}"
        rf"{GROUP_OF}(?:\s+(?:(?:un|una)\s+)?(?:{COUNTRY_NOUN})(?:\s+(?:de|del|en))?)?\s+{QT}(?P<t>{T})",
    ),
    # "El Gobierno celebró que Perú se mantenga en el Nivel 2", "Es preocupante que Bolivia
    # siga en la lista negra": a fact in the subjunctive, after a feeling or judgement on it.
    rule(
        ClaimKind.TIER,
        "lamenta-que",
        rf"\b{FACTIVE}\s+que\s+(?:(?:el|la|los|las)\s+)?(?P<subj>{CL}){ADV}{NEG}{ADV}\s+"
        rf"(?P<verb>{BE_SUBJUNCTIVE}){ADV}{PLACED}{BY}{ADV}{PREP}{GROUP_OF}"
        rf"(?:\s+(?:(?:un|una)\s+)?(?:{COUNTRY_NOUN})(?:\s+(?:de|del|en))?)?\s+{QT}(?P<t>{T})",
    ),
    # "Clasificado en el Nivel 2, Perú anunció nuevas medidas": the participle set before its
    # subject (not a time between them, which this cannot date: "Ubicado en el Nivel 2 hasta
    # 2014, Perú ...", "... el año pasado, Perú ...").
    rule(
        ClaimKind.TIER,
        "participio-antepuesto",
        rf"^\W*(?:(?:aun|todavia|ya|hoy)\s+)?(?P<verb>{PLACED_WORDS}){BY}{ADV}\s+"
        rf"{words('en', 'como', 'dentro de', 'dentro del')}\s+{QT}(?P<t>{T})[\"']?"
        r"(?:\s+(?!(?:hasta|antes|pasad[oa]|anterior|entonces|durante)\b)[a-z]+){0,8}"
        rf"\s*,\s+(?:(?:el|la|los|las)\s+)?(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.TIER,
        "informe-situa",
        # ("mantiene al de México en la categoría 2": the government of, its noun left out)
        rf"(?:(?P<neg>no)\s+)?(?P<verb>{PLACE}){WHEN}\s+(?:a(?:l)?\s+(?:de\s+)?|a\s+la\s+|a\s+los\s+)?"
        rf"(?P<subj>{CL}){ADV}\s+"
        rf"{words('en', 'como', 'dentro de', 'dentro del', 'de', 'del')}\s+{QT}(?P<t>{T})",
    ),
    rule(ClaimKind.TIER, "parentesis", rf"(?P<subj>{CL})\s*\(\s*{QT}(?P<t>{T})\s*\)"),
    # "El Nivel 1, que comparte Colombia con Armenia, Australia, ...": all of them are on it.
    rule(
        ClaimKind.TIER,
        "t-que-comparte",
        rf"{QT}(?P<t>{T})[\"']?\s*,?\s+(?:que|el\s+cual|la\s+cual)\s+(?:comparte|comparten|compartia)"
        rf"\s+(?P<subj>{CL}\s+con\s+{CL})",
    ),
    rule(
        ClaimKind.TIER,
        "conserva-su",
        rf"(?P<subj>{CL}){ADV}\s+(?P<verb>{KEEP})\s+(?:(?:su|el|la)\s+)?{STANDING}{QT}(?P<t>{T})",
    ),
    # "Perú tiene el Nivel 2", "ostenta la calificación de Nivel 1": a rating held (not one
    # held out as a goal: "tiene el Nivel 1 como meta").
    rule(
        ClaimKind.TIER,
        "tiene-el-t",
        rf"(?P<subj>{CL}){ADV}{NEG}{ADV}\s+(?P<verb>{HOLD})\s+(?:(?:su|el|la|un|una)\s+)?{STANDING}"
        rf"{QT}(?P<t>{T})(?![\"']?\s*,?\s+(?:como|por)\s+(?:meta|objetivo|reto|desafio))",
    ),
    # "Perú y Chile, países de Nivel 1": the apposition's noun says whom it describes; in the
    # singular only the country right before it ("entre Perú y Chile, país de Nivel 1").
    rule(
        ClaimKind.TIER,
        "aposicion",
        rf"(?P<subj>{CL}),\s+(?:{_PLURAL_COUNTRY_NOUN})\s+(?:de|del|en)\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "aposicion-singular",
        rf"(?P<subj>{C}),\s+(?:(?:un|una)\s+)?(?:{_SINGULAR_COUNTRY_NOUN})\s+(?:de|del|en)\s+{QT}"
        rf"(?P<t>{T})",
    ),
    # "Perú tiene una clasificación superior a la de Bolivia, en el Nivel 3": the tier after
    # the comparison is the compared country's.
    rule(
        ClaimKind.TIER,
        "superior-a-la-de",
        rf"\b(?:superior|inferior|mejor|peor)(?:es)?\s+(?:a|que)\s+(?:la|el|las|los)\s+de\s+"
        rf"(?:(?:el|la)\s+)?(?P<subj>{CL})\s*,\s+(?:que\s+(?:esta|se\s+encuentra|figura|"
        rf"se\s+ubica)\s+)?{words('en', 'dentro de', 'dentro del')}\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "elipsis-cambio",
        rf"(?<=[\w\u27e7,]\s)(?:y|e|mientras\s+que)\s+(?P<subj>{CL})"
        rf"(?P<rest>\s+(?:a|al|hasta|hacia)\s+{KIND}{T})",
    ),
    # "En la llamada "lista negra" del informe aparecen 22 países".
    rule(
        ClaimKind.COUNT,
        "en-t-aparecen-n",
        rf"^\W*(?:en|dentro\s+de)\s+{QT}(?P<t>{T})[\"']?(?:[^.;:,\u27e6]|\u27e6[GY]\d+\u27e7){{0,60}}?"
        rf"\s+{_THERE_ARE}\s+(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})"
        # "se encuentran dos países latinoamericanos": a count in that group.
        rf"(?:\s+(?P<gadj>{G}))?",
    ),
    # "Entre los países del nivel 3 están Cuba, Venezuela y ...".
    rule(
        ClaimKind.TIER,
        "entre-los-de-t",
        rf"\bentre\s+(?:los|las)\s+(?:{N}\s+)?(?:{COUNTRY_NOUN})\s+(?:(?:que\s+)?(?:estan|figuran)\s+)?"
        rf"(?:de|del|en)\s+{QT}(?P<t>{T})[\"']?\s*,?\s*(?:{_LISTED}|:)?\s*(?P<subj>{CL})",
    ),
    # "El Departamento de Estado otorgó a Chile el nivel 1".
    rule(
        ClaimKind.TIER,
        "otorgo-a-x",
        rf"\b{words('otorgo', 'otorga', 'asigno', 'asigna', 'dio', 'da', 'concedio', 'concede')}"
        rf"\s+(?:a\s+|al\s+)?(?P<subj>{CL})\s+{QT}(?P<t>{T})",
    ),
    # Un titular: "Guatemala, en el nivel 2 del informe de trata".
    rule(
        ClaimKind.TIER,
        "titular-coma",
        rf"^\W*(?:(?:y|e)\s+)?(?P<subj>{CL})\s*,\s+(?:en|dentro\s+del?)\s+{QT}(?P<t>{T})",
    ),
    # "Cuba y Venezuela están entre los 15 países del nivel 3".
    rule(
        ClaimKind.TIER,
        "entre-los-n",
        rf"(?P<subj>{CL}){WHICH}{ADV}\s+{_AMONG_VERBS}"
        rf"{ADV}\s+entre\s+(?:los|las)\s+(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+(?:de|del|en|con|incluidos\s+en)\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "elipsis",
        rf"(?<=[\w\u27e7,]\s)(?:y|e|mientras\s+que)\s+(?P<subj>{CL})\s+"
        rf"{words('en', 'como')}\s+{QT}(?P<t>{T})(?!\s*(?:del\s+informe|de\s+informe))",
    ),
    rule(
        ClaimKind.TIER,
        "encabezado",
        rf"(?P<subj>{CL})\s*:\s*{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "en-el-nivel-estan",
        rf"(?:en|dentro\s+de)\s+{QT}(?P<t>{T})[\"']?(?:\s+(?:a\s+nivel\s+de|en)\s+{G})?\s+"
        rf"{_LISTED}"
        rf"(?:\s+(?:tambien|ademas))?\s*,?\s*(?:(?:[a-z\s,]|{G}){{0,120}}?"
        rf"(?:paises\s+como|entre\s+ell[oa]s,?|como|ademas\s+de))?\s*(?P<subj>{CL})",
    ),
    # "se encuentra en este nivel, incluyendo Bolivia, Guatemala ...".
    rule(
        ClaimKind.TIER,
        "t-incluyendo",
        rf"\ben\s+{QT}(?P<t>{T})[\"']?(?:[^.;\u27e6]|(?<=por\s)\u27e6C\d+\u27e7){{0,80}}?,\s*"
        rf"{words('incluyendo', 'incluidos', 'incluidas', 'entre ellos', 'entre ellas')},?\s+"
        rf"(?P<subj>{CL})",
    ),
    # "la lista negra, en la que incluye a Belice, Haití y Venezuela".
    rule(
        ClaimKind.TIER,
        "t-en-la-que",
        rf"{QT}(?P<t>{T})[\"']?[^.;\u27e6]{{0,80}}?,\s+(?:en|de)\s+(?:la|el|los|las)\s+que\s+"
        rf"(?:se\s+)?{_IN_WHICH_VERBS}(?:\s+(?:tambien|ademas|hoy|ahora))?"
        rf"\s+(?:a\s+)?(?P<subj>{CL})",
    ),
    # "Venezuela forma parte de una lista negra ...", "... forma parte de los 22 países de la
    # lista negra".
    rule(
        ClaimKind.TIER,
        "forma-parte",
        rf"(?P<subj>{CL})(?:[^.;\u27e6]|\u27e6N\d+\u27e7){{0,60}}?\s+(?:forma|forman|formaba|formaban)\s+parte"
        rf"(?=\s+de\s+(?:los\s+{N}\s+(?:{COUNTRY_NOUN})\s+de\s+)?{QT}(?P<t>{T}))",
    ),
    rule(
        ClaimKind.COUNT,
        "los-n-paises-de-t",
        rf"\blos\s+(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+(?:de|en|incluidos\s+en)\s+{QT}(?P<t>{T})",
    ),
    # "De las 34 naciones de Nivel 1, Taiwán es una de las seis en Asia": the tier's count,
    # and the country said to be one of them.
    rule(
        ClaimKind.COUNT,
        "de-los-n-de-t",
        rf"^\W*de\s+(?:los|las)\s+(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+(?:de|del|en)\s+{QT}(?P<t>{T})"
        rf"[\"']?\s*,\s*(?P<listed>{CL})\s+"
        rf"{words('es uno de', 'es una de', 'son dos de', 'figura', 'figuran', 'esta', 'estan')}\b",
    ),
    # "La lista negra ... cuenta con un total de 23 países".
    rule(
        ClaimKind.COUNT,
        "t-cuenta-con-n",
        rf"{QT}(?P<t>{T})[\"']?[^.;\u27e6]{{0,120}}?\s+"
        rf"{words('cuenta con', 'incluye', 'agrupa', 'reune', 'tiene', 'suma')}\s+"
        rf"(?:un\s+total\s+de\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})",
    ),
    rule(
        ClaimKind.TIER,
        "t-integrada-por",
        rf"{QT}(?P<t>{T})[\"']?\s+(?:integrada|compuesta|formada)\s+por\s+{N}\s+"
        rf"(?:{COUNTRY_NOUN}),?\s+entre\s+ell[oa]s,?\s+(?P<subj>{CL})",
    ),
    # --- clíticos, salidas, cuentas por asignación -------------------------------------------
    # "A Perú lo ubicaron en el Nivel 2": the object fronted and doubled by a pronoun.
    rule(
        ClaimKind.TIER,
        "a-x-lo-ubica",
        rf"(?:^\W*|[,;:]\s*|\by\s+)a\s+(?P<subj>{CL})\s+(?:lo|la|los|las|se\s+lo|se\s+la)\s+"
        rf"(?P<verb>{PLACE}){WHEN}{ADV}\s+{_IN}"
        rf"\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "a-x-lo-baja",
        rf"(?:^\W*|[,;:]\s*|\by\s+)a\s+(?P<subj>{CL})\s+(?:lo|la|los|las)\s+"
        rf"(?P<verb>{MOVE_ACTIVE}){WHEN}{REST_REQUIRED}",
    ),
    rule(
        ClaimKind.TIER,
        "lleva-desde",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{_SINCE_VERBS})"
        rf"\s+(?P<since>desde\s+(?:el\s+)?(?:ano\s+)?\u27e6Y\d+\u27e7)\s*,?\s+"
        rf"{words('en', 'dentro de', 'dentro del', 'como')}\s+{QT}(?P<t>{T})",
    ),
    # "Cuba y Venezuela llevan siete años en la lista de vigilancia": the whole subject is on
    # the tier (the streak reader counts the years).
    rule(
        ClaimKind.TIER,
        "lleva-n-anos-en",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{_CARRY}){ADV}"
        rf"\s+(?:(?:al\s+menos|por\s+lo\s+menos|mas\s+de)\s+)?{N}\s+anos"
        rf"(?:\s+{CONSECUTIVE_PLURAL})?\s+{words('en', 'dentro de', 'dentro del', 'como')}"
        rf"\s+{QT}(?P<t>{T})",
    ),
    # "En cuanto a Panamá, el informe lo ubica en el nivel 2": the pronoun's country fronted.
    rule(
        ClaimKind.TIER,
        "en-cuanto-a-x-lo-ubica",
        rf"^\W*{_AS_FOR}\s+(?P<subj>{CL})\s*,(?:[^.;:\u27e6]|\u27e6[YN]\d+\u27e7){{0,80}}?\b"
        rf"(?:lo|la|los|las)\s+(?P<verb>{PLACE}){WHEN}{ADV}\s+"
        rf"{_IN}\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "en-cuanto-a-x-lo-baja",
        rf"^\W*{_AS_FOR}\s+(?P<subj>{CL})\s*,(?:[^.;:\u27e6]|\u27e6[YN]\d+\u27e7){{0,80}}?\b"
        rf"(?:lo|la|los|las)\s+(?P<verb>{MOVE_ACTIVE}){WHEN}{REST_REQUIRED}",
    ),
    # "Colombia dejó de estar en el Nivel 1": no longer on it.
    rule(
        ClaimKind.TIER,
        "dejo-de-estar",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<neg>{_STOP}\s+de)\s+(?P<verb>{_BE_INFINITIVE})"
        rf"{ADV}(?:\s+{words('en', 'de', 'del')})?\s+{QT}(?P<t>{T})",
    ),
    # "Cuba abandonó la lista negra": out of the tier named as the object.
    rule(
        ClaimKind.CHANGE,
        "abandona-t",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{LEAVE}){ADV}\s+{QT}(?P<left>{T})"
        # (a place after the tier is where it was left for, but "en el informe de este año"
        # only dates the move)
        rf"(?!\s*(?:a|al|en)\s(?!(?:el\s+)?(?:informe|reporte)\b|(?:la\s+)?edicion\b))",
    ),
    # "asignamos la calificación más alta, Nivel 1, a solo 33 países".
    rule(
        ClaimKind.COUNT,
        "asigna-t-a-n",
        rf"\b{_GIVE}"
        rf"\s+(?:[a-z]+[\s,]+){{0,5}}?{QT}(?P<t>{T})(?:\s*,\s*{QT}{T})?[\"']?\s*,?\s+a\s+"
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})",
    ),
    # "Los 22 países del nivel 3 son: Cuba, Venezuela e Irán".
    rule(
        ClaimKind.TIER,
        "los-n-de-t-son",
        rf"\blos\s+{N}\s+(?:{COUNTRY_NOUN})\s+(?:de|del|en)\s+{QT}(?P<t>{T})[\"']?\s+"
        rf"{words('son', 'eran', 'fueron')}\s*:?\s+(?P<subj>{CL})",
    ),
    # "Colombia recuperó el nivel 1".
    rule(
        ClaimKind.CHANGE,
        "recupera-t",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{REGAIN}){ADV}\s+{QT}(?P<reached>{T})",
    ),
    # "Venezuela figura entre los países del nivel 3", "Cuba es uno de los 13 países con la
    # peor calificación".
    rule(
        ClaimKind.TIER,
        "one-of-n",
        rf"(?P<subj>{CL}){WHICH}{ADV}\s+(?:{_AMONG_VERBS}\s+entre|{_ONE_OF})\s+(?:los|las)\s+"
        rf"(?:(?P<n>{N})\s+)?(?:{COUNTRY_NOUN})\s+(?:{_LISTED_AS}\s+)?"
        rf"(?:de|del|en|con|como)\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "t-donde-estuvo",
        rf"{QT}(?P<t>{T})[\"']?\s*[,\u2014\u2013-]?\s*{_WHERE}\s+(?P<verb>{_WHERE_VERBS})\s*"
        rf"(?P<subj>{CL}){_WHERE_TIME}",
    ),
    # "... han caído a este furgón de cola, del que ha salido también Malasia": out of the
    # tier just named, the subject after the verb of a relative clause on it.
    rule(
        ClaimKind.CHANGE,
        "t-del-que-salio",
        rf"{QT}(?P<left>{T})[\"']?\s*,?\s*(?:del|de\s+la|de\s+los|de\s+las)\s+(?:que|cual|cuales)"
        rf"\s+(?P<verb>{_LEFT_IT}){ADV}\s+(?P<subj>{CL})",
    ),
    # "Nicaragua y Cuba, ambos en el nivel 3, ...", "Colombia, rebajada al nivel 2, ...".
    rule(
        ClaimKind.TIER,
        "aposicion-en",
        rf"(?P<subj>{CL})\s*,\s+(?:{words('ambos', 'ambas', 'todos', 'todas')}\s+)?"
        rf"(?:{_LISTED_AS}\s+)?(?:en|dentro\s+del?)\s+{QT}(?P<t>{T})(?=\s*[,;)]|\s+desde\s)",
    ),
    # "22 países integran la lista negra", "Son 22 los países en el nivel 3".
    rule(
        ClaimKind.COUNT,
        "n-paises-integran",
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+"
        rf"{words('integran', 'conforman', 'componen', 'forman', 'integraban', 'conformaban')}"
        rf"\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.COUNT,
        "son-n-los",
        rf"\b{words('son', 'eran', 'fueron', 'suman')}\s+(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+"
        rf"(?:los|las)\s+(?:{COUNTRY_NOUN})\s+(?:{_LISTED_AS}\s+)?(?:en|de|del)\s+{QT}(?P<t>{T})",
    ),
    # "El número de países en el nivel 3 pasó de 21 a 22": this report's count is the second.
    rule(
        ClaimKind.COUNT,
        "numero-paso-de-a",
        rf"\b(?:numero|total|cantidad)\s+de\s+(?:{COUNTRY_NOUN})\s+(?:en|de|del)\s+{QT}(?P<t>{T})"
        rf"[\"']?\s+{_CHANGED}"
        rf"\s+de\s+{N}\s+a\s+(?P<n>{N})",
    ),
]
