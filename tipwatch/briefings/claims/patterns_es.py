"""Spanish claim patterns (over tagged, folded sentences: lower case, no accents)."""

from __future__ import annotations

import re

from . import clauses_es, fallback_es
from .grammar import BY, CL, ORD, G, N, Rule, T, Vocabulary, rule, words
from .grammar import QT as _QT
from .model import ClaimKind, Comparator

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
PLACED = (
    r"(?:\s+"
    + words(
        "clasificado",
        "clasificada",
        "clasificados",
        "clasificadas",
        "ubicado",
        "ubicada",
        "ubicados",
        "ubicadas",
        "situado",
        "situada",
        "situados",
        "situadas",
        "incluido",
        "incluida",
        "incluidos",
        "incluidas",
        "colocado",
        "colocada",
        "colocados",
        "colocadas",
        "calificado",
        "calificada",
        "calificados",
        "calificadas",
        "catalogado",
        "catalogada",
        "catalogados",
        "catalogadas",
        "considerado",
        "considerada",
        "considerados",
        "consideradas",
        "designado",
        "designada",
        "mantenido",
        "mantenida",
        "mantenidos",
        "mantenidas",
    )
    + ")?"
)
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

_BE = words(
    "mantiene",
    "mantienen",
    "mantuvo",
    "mantuvieron",
    "ha mantenido",
    "se mantiene",
    "se mantienen",
    "se mantuvo",
    "se mantuvieron",
    "se ha mantenido",
    "sigue",
    "siguen",
    "siguio",
    "siguieron",
    "sigue estando",
    "continua",
    "continuan",
    "continuo",
    "continuaron",
    "permanece",
    "permanecen",
    "permanecio",
    "permanecieron",
    "ha permanecido",
    "queda",
    "quedan",
    "quedo",
    "quedaron",
    "se queda",
    "se quedo",
    "esta",
    "estan",
    "estuvo",
    "estuvieron",
    "estaba",
    "estaban",
    "ha estado",
    "han estado",
    "es",
    "son",
    "fue",
    "fueron",
    "era",
    "eran",
    "ha sido",
    "han sido",
    "figura",
    "figuran",
    "figuro",
    "figuraron",
    "aparece",
    "aparecen",
    "aparecio",
    "se ubica",
    "se ubican",
    "se ubico",
    "se situa",
    "se situan",
    "se situo",
    "se encuentra",
    "se encuentran",
    "se encontraba",
    "repite",
    "repiten",
    "repitio",
    "sigue siendo",
    "siguen siendo",
    "forma parte de",
    "ocupa",
    "ocupan",
    "ocupo",
    "ocupaba",
    "obtuvo",
    "obtiene",
    "obtuvieron",
    "recibio",
    "recibe",
    "alcanzo",
    "alcanza",
    "logro",
    "logra",
    "habia estado",
    "habian estado",
    "formo parte de",
    "volvio a ser",
    "vuelve a ser",
    "volvieron a ser",
    "vuelven a ser",
    "volvio a estar",
    "vuelve a estar",
    "se queda",
    "se quedo",
    "se quedan",
    # "Venezuela integra la lista negra", "Cuba y Venezuela conforman el nivel 3".
    "integra",
    "integran",
    "integraba",
    "integraban",
    "conforma",
    "conforman",
    "compone",
    "componen",
    "se sostiene",
    "se sostienen",
    "fue mantenido",
    "fue mantenida",
    "fueron mantenidos",
    "fueron mantenidas",
    "ha sido mantenido",
    "ha sido mantenida",
    "logro mantenerse",
    "logro permanecer",
    "logro seguir",
    "logro quedarse",
    "consiguio mantenerse",
    "consiguio permanecer",
    "pudo mantenerse",
    "logra mantenerse",
    "consigue mantenerse",
    "se sostuvo",
    "vuelve a estar",
    "volvieron a estar",
)
_PLACE = words(
    "mantiene",
    "mantuvo",
    "mantienen",
    "ubica",
    "ubico",
    "ubican",
    "coloca",
    "coloco",
    "situa",
    "situo",
    "clasifica",
    "clasifico",
    "deja",
    "dejo",
    "incluye",
    "incluyo",
    "pone",
    "puso",
    "califica",
    "califico",
    "cataloga",
    "catalogo",
    "considera",
    "considero",
    "sostiene",
    "sostuvo",
    "ubicaron",
    "colocaron",
    "incluyeron",
    "mantuvieron",
    "situaron",
    "pusieron",
    "ubicando",
    "colocando",
    "situando",
    "manteniendo",
    "clasificando",
    "calificando",
    "volvio a colocar",
    "vuelve a colocar",
    "volvio a incluir",
    "vuelve a incluir",
    "volvio a ubicar",
    "vuelve a ubicar",
    "volvio a situar",
    "mantener",
    "ubicar",
    "colocar",
    "situar",
    "incluir",
    "clasificar",
    "lograron mantener",
    "logro mantener",
    "logra mantener",
)
# "incluyó este lunes a ...", "mantuvo hoy a ...": when, between the verb and its object.
_WHEN = (
    r"(?:\s+(?:hoy|ayer|ahora|nuevamente|(?:este|el|esta|la)\s+"
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|ano|semana|vez)|"
    # "mantuvo por cuarto año consecutivo a Venezuela": the streak between verb and object.
    r"por\s+(?:el\s+|la\s+)?(?:\S+\s+)?(?:ano|vez)\s+(?:consecutiv[oa]|seguid[oa])))?"
)
_KEEP = words(
    "conserva",
    "conservo",
    "conservan",
    "mantiene",
    "mantuvo",
    "retiene",
    "retuvo",
    "sostiene",
    "sostuvo",
    "preserva",
    "preservo",
)
_STANDING = (
    r"(?:(?:clasificacion|lugar|puesto|posicion|calificacion|ranking|categoria|estatus|status|"
    r"condicion|rango)\s+(?:en|de|del)\s+)?"
)
_AUX = words(
    "fue", "fueron", "ha sido", "han sido", "resulto", "resultaron", "es", "son", "era", "sera",
    "seran",
)  # fmt: skip
# "Cinco países -Perú, Chile y Cuba- han mejorado": a list in dashes as the subject.
_LIST_CLOSES = r"(?:\s*[-\u2013\u2014](?=\s+(?:ha|han|fue|fueron|subi|baj|ascend|descend|mejor)))?"
# "Chad y Fiyi han hecho avances y ascendieron ...": the move, after what earned it.
_DID_AND = (
    r"(?:\s+(?:ha|han)\s+(?:hecho|logrado|registrado|mostrado)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:avances|progresos|mejoras|esfuerzos)\s+(?:y|e))?"
)
# "el país volvió a descender".
_AGAIN = (
    r"(?:volvio|volvieron|vuelve|vuelven|ha\s+vuelto|han\s+vuelto)\s+a\s+"
    r"(?:descender|bajar|caer|retroceder|empeorar|subir|ascender|mejorar)"
)
_MOVE = words(
    "descendio",
    "descendieron",
    "desciende",
    "descienden",
    "ha descendido",
    "han descendido",
    "bajo",
    "bajaron",
    "baja",
    "bajan",
    "ha bajado",
    "han bajado",
    "cayo",
    "cayeron",
    "cae",
    "caen",
    "ha caido",
    "han caido",
    "retrocedio",
    "retrocedieron",
    "retrocede",
    "ha retrocedido",
    "empeoro",
    "empeora",
    "degradado",
    "degradada",
    "degradados",
    "degradadas",
    "rebajado",
    "rebajada",
    "rebajados",
    "rebajadas",
    # "fue bajado a la Lista de Vigilancia" (before "baja" reads it as a move with no tier).
    "bajado",
    "bajada",
    "bajados",
    "bajadas",
    "relegado",
    "relegada",
    "relegados",
    "relegadas",
    "descendido",
    "descendida",
    "subio",
    "subieron",
    "sube",
    "suben",
    "ha subido",
    "han subido",
    "ascendio",
    "ascendieron",
    "asciende",
    "ascienden",
    "ha ascendido",
    "ascendido",
    "ascendida",
    "mejoro",
    "mejoraron",
    "mejora",
    "ha mejorado",
    "han mejorado",
    "avanzo",
    "avanza",
    "escalo",
    "escala",
    "elevado",
    "elevada",
    "promovido",
    "promovida",
    "paso",
    "pasaron",
    "pasa",
    "pasan",
    "ha pasado",
    "volvio",
    "volvieron",
    "vuelve",
    "vuelven",
    "ha vuelto",
    "regreso",
    "regresa",
    "regresaron",
    "ha regresado",
    "salio",
    "sale",
    "salieron",
    "ha salido",
    "trasladado",
    "trasladada",
    "movio",
    "se movio",
    "movido",
    "movida",
    "reubicado",
    "reubicada",
    "reclasificado",
    "reclasificada",
    "entro",
    "entra",
    "entraron",
    "entran",
    "ingreso",
    "ingresa",
    "ingresaron",
    "ingresan",
    "se desplomo",
    "se desploma",
    "se desplomaron",
    "dio un salto",
    "da un salto",
    "salto",
    "recategorizado",
    "recategorizada",
    "recategorizados",
    "recategorizadas",
    "ha entrado",
    "ha ingresado",
    "retirado",
    "retirada",
    "excluido",
    "excluida",
    "sacado",
    "sacada",
    # Plurals, and "added to the blacklist" in the passive (a move into the tier named).
    "retirados",
    "retiradas",
    "excluidos",
    "excluidas",
    "sacados",
    "sacadas",
    "anadido",
    "anadida",
    "anadidos",
    "anadidas",
    "agregado",
    "agregada",
    "agregados",
    "agregadas",
    "incorporado",
    "incorporada",
    "incorporados",
    "incorporadas",
)
_MOVE_ACTIVE = words(
    "bajo",
    "baja",
    "rebajo",
    "rebaja",
    "degrado",
    "degrada",
    "subio",
    "sube",
    "elevo",
    "eleva",
    "ascendio",
    "asciende",
    "paso",
    "pasa",
    "movio",
    "mueve",
    "traslado",
    "traslada",
    "devolvio",
    "devuelve",
    "relego",
    "relega",
    "reubico",
    "reubica",
    "descendio",
    "desciende",
    "retiro",
    "retira",
    "saco",
    "saca",
    "excluyo",
    "excluye",
    "excluyeron",
    "ha degradado",
    "han degradado",
    "ha rebajado",
    "ha bajado",
    "ha elevado",
    "ha subido",
    "ha ascendido",
    "ha excluido",
    "ha sacado",
    "ha retirado",
    "degradaron",
    "rebajaron",
    "elevaron",
    "bajaron",
    "subieron",
    "removio",
    "remueve",
)
_LEAVE = words(
    "abandono", "abandona", "abandonaron", "abandonan", "ha abandonado", "dejo", "deja", "dejaron",
    "dejan", "ha dejado", "perdio", "pierde", "perdieron", "pierden", "ha perdido",
)  # fmt: skip
# "Colombia recuperó el nivel 1": back on the tier named as the object.
_REGAIN = words(
    "recupero", "recupera", "recuperaron", "recuperan", "ha recuperado", "reconquisto",
    "volvio a obtener", "vuelve a obtener", "obtuvo de nuevo", "alcanzo de nuevo",
)  # fmt: skip
_MOVE_NOUN = words(
    "descenso",
    "ascenso",
    "retroceso",
    "subida",
    "bajada",
    "degradacion",
    "rebaja",
    "mejora",
    "caida",
    "salida",
    "regreso",
    "vuelta",
    "paso",
    "entrada",
    "ingreso",
)
_FROM = words("de", "del", "desde", "desde el", "desde la")
_TO = words(
    "a", "al", "hasta", "hasta el", "hasta la", "hacia", "hacia el", "hacia la", "en",
    # "pasó a formar parte de la lista negra", "pasó a integrar el Nivel 3".
    "a formar parte de", "a ser parte de", "a integrar", "a engrosar", "a estar en",
)  # fmt: skip
# "fue degradado de categoría de Nivel 1, al Nivel 2".
_KIND = r"(?:(?:la|el)\s+)?(?:(?:categoria|grupo|clasificacion)\s+(?:(?:de|del)\s+)?)?[\"']?"
# "desde la Lista de Observación de Nivel 2 -la segunda más baja- al Nivel 2": an aside
# between the tiers.
_ASIDE = r"(?:\s*[-(](?:[^-()\u27e6]|\u27e6[ONY]\d+\u27e7){1,160}[-)])?"
# "cayó dos escalones, hasta el nivel 3": how far, before where to.
_STEPS = (
    rf"(?:\s+(?:un|una|dos|tres|{N})\s+(?:nivel|niveles|escalon|escalones|puesto|puestos|"
    r"peldano|peldanos|posicion|posiciones|categoria|categorias)\b)"
)
# "cayó una categoría en 2014, desde el Nivel 1 al Nivel 2": the year between the steps and
# the tiers.
_YEAR_BETWEEN = rf"(?:\s+en\s+\u27e6Y\d+\u27e7(?=\s*,?\s+(?:{_FROM}|{_TO})\s+{_KIND}{T}))?"
REST = rf"(?P<rest>{_STEPS}?{_YEAR_BETWEEN}(?:{_ASIDE}\s*,?\s+(?:{_FROM}|{_TO})\s+{_KIND}{T})*)"
REST_REQUIRED = (
    rf"(?P<rest>{_STEPS}?{_YEAR_BETWEEN}(?:\s*,?\s+(?:{_FROM}|{_TO})\s+{_KIND}{T})+|{_STEPS}|"
    r"\s+de\s+(?:nivel|escalon|puesto))"
)

_REL = words(
    "por debajo del",
    "por debajo de",
    "debajo del",
    "debajo de",
    "por encima del",
    "por encima de",
    "encima del",
    "encima de",
    "bajo",
    "en",
    "como",
    "de",
    "del",
)
_GROUP_VERBS = (
    r"(?:\s+"
    + words(
        "se",
        "esta",
        "estan",
        "estuvo",
        "estuvieron",
        "es",
        "son",
        "fue",
        "fueron",
        "figura",
        "figuran",
        "figuro",
        "figuraron",
        "queda",
        "quedan",
        "quedo",
        "quedaron",
        "aparece",
        "aparecen",
        "ubica",
        "ubican",
        "ubico",
        "situa",
        "situan",
        "situo",
        "permanece",
        "permanecen",
        "sigue",
        "siguen",
        "mantiene",
        "mantienen",
        "clasificado",
        "clasificada",
        "clasificados",
        "clasificadas",
        "ubicado",
        "ubicada",
        "ubicados",
        "ubicadas",
        "situado",
        "situada",
        "situados",
        "situadas",
        "alcanza",
        "alcanzan",
        "alcanzo",
        "alcanzaron",
        "logra",
        "logran",
        "logro",
        "lograron",
        "obtiene",
        "obtuvo",
        "obtuvieron",
        "llega a",
        "llego a",
        "llegan a",
        "llegaron a",
        "hoy",
        "ahora",
        "todavia",
        "aun",
    )
    + ")*"
)
_IN_GROUP = rf"(?:\s+(?:en|de|del|entre)\s+(?:(?:la|los|las|el)\s+)?(?P<g>{G}))?"
_IN_GROUP2 = rf"(?:\s+(?:en|de|del|entre)\s+(?:(?:la|los|las|el)\s+)?(?P<g2>{G}))?"
_CMP = words(
    "al menos",
    "por lo menos",
    "mas de",
    "menos de",
    "unos",
    "unas",
    "cerca de",
    "casi",
    "alrededor de",
    "aproximadamente",
    "exactamente",
    "solo",
    "apenas",
    "un total de",
)
_COUNT_VERBS = (
    r"(?:\s+"
    + words(
        "estan",
        "estaban",
        "estuvieron",
        "quedaron",
        "quedan",
        "figuran",
        "figuraban",
        "fueron",
        "son",
        "eran",
        "se",
        "ubican",
        "ubicaron",
        "situan",
        "aparecen",
        "permanecen",
        "siguen",
        "clasificados",
        "clasificadas",
        "ubicados",
        "ubicadas",
        "situados",
        "situadas",
        "incluidos",
        "incluidas",
        "colocados",
        "colocadas",
        "en total",
        "hoy",
        "ahora",
    )
    + ")*"
)

_HAS = words(
    "tiene",
    "tenia",
    "tuvo",
    "incluye",
    "incluia",
    "incluyo",
    "reune",
    "agrupa",
    "cuenta con",
    "contaba con",
    "suma",
    "sumaba",
    "alberga",
    "contiene",
    "abarca",
)
_PLACES = words(
    "califica",
    "califico",
    "calificaron",
    "cataloga",
    "catalogo",
    "situa",
    "situo",
    "ubica",
    "ubico",
    "coloca",
    "coloco",
    "clasifica",
    "clasifico",
    "incluye",
    "incluyo",
    "pone",
    "puso",
)
_CONSECUTIVE = words("consecutivo", "consecutiva", "seguido", "seguida", "consecutivamente")
_CONSECUTIVE_PLURAL = words(
    "consecutivos", "seguidos", "consecutivamente", "de forma consecutiva", "sin interrupcion"
)

VOCABULARY = Vocabulary(
    up=(
        "subi",
        "sube",
        "suben",
        "ha subido",
        "han subido",
        "ascend",
        "ascien",
        "mejor",
        "avanz",
        "escal",
        "elev",
        "promov",
        "subida",
        "salto",
        "dio un salto",
        "da un salto",
    ),
    down=(
        "descend",
        "descien",
        "descenso",
        "baj",
        "ha bajado",
        "cay",
        "cae",
        "ha caido",
        "caida",
        "retroced",
        "retroceso",
        "empeor",
        "degrad",
        "desplom",
        "se desplom",
        "rebaj",
        "releg",
    ),
    unchanged=(
        "mantener",
        "permanecer",
        "seguir",
        "continuar",
        "mantien",
        "mantuv",
        "ha mantenido",
        "se mantiene",
        "se mantienen",
        "se mantuvo",
        "se mantuvieron",
        "se ha mantenido",
        "sigue",
        "siguen",
        "sigui",
        "continu",
        "permanec",
        "repit",
        "repite",
        "conserv",
        "retien",
        "retuv",
        "sostien",
        "sostuv",
        "preserv",
        "mantenid",
        "se queda",
        "se quedo",
        "se quedan",
        "ya se encontraba",
    ),
    unchanged_adverbs=("todavia", "aun", "nuevamente", "de nuevo", "otra vez", "una vez mas"),
    from_words=("de", "del", "desde", "desde el", "desde la"),
    to_words=("a", "al", "hasta", "hasta el", "hasta la", "hacia", "hacia el", "hacia la", "en"),
    above=("por encima", "encima"),
    below=("por debajo", "debajo", "bajo"),
    comparators={
        "al menos": Comparator.AT_LEAST,
        "por lo menos": Comparator.AT_LEAST,
        "mas de": Comparator.MORE_THAN,
        "menos de": Comparator.FEWER_THAN,
        "unos": Comparator.ABOUT,
        "unas": Comparator.ABOUT,
        "cerca de": Comparator.ABOUT,
        "casi": Comparator.ABOUT,
        "alrededor de": Comparator.ABOUT,
        "aproximadamente": Comparator.ABOUT,
    },
    earlier_after=re.compile(
        r"\s*,?\s*(?:en\s+)?(?:(?:el|del)\s+(?:informe|reporte)\s+(?:del\s+ano\s+pasado|anterior|"
        r"previo|de\s+hace\s+un\s+ano)|el\s+ano\s+(?:pasado|anterior))\b"
    ),
    singular=re.compile(
        r"(?:(?:se|ya|no|lo|la|le|tambien|aun|todavia)\s+)*(?:[a-z]*[^n\W]|[a-z]*[^aeiou]n)\b"
    ),
    hypothetical=re.compile(
        r"\b(?:si|a\s+menos\s+que|podria|podrian|podra|podran|puede\s+que|seria|serian|sera|"
        r"seran|debe|deberia|deberian|debera|pudiera|pudieran|corre\s+el\s+riesgo|"
        r"se\s+espera|espera\s+que|pide|piden|pidio)\b"
    ),
)

_MOVED = words(
    "subieron", "bajaron", "mejoraron", "empeoraron", "descendieron", "ascendieron",
    "cayeron", "retrocedieron",
)  # fmt: skip
_RATE_MOVE = words(
    "baja", "bajo", "rebaja", "rebajo", "sube", "subio", "mejora", "mejoro", "eleva", "elevo"
)  # fmt: skip
# "incluyó a Bolivia en la lista negra" says where Bolivia is, not that it moved (it may have
# been there the year before): "incluyó" is read as a placement by "informe-situa".
_ADD = words(
    "agrego", "agrega", "agregaron", "anadio", "anade", "anadieron", "sumo", "suma", "sumaron",
)  # fmt: skip
_IN_WHICH_VERBS = words(
    "incluye", "incluyen", "figuran", "estan", "aparecen", "encuentran", "ubican"
)  # fmt: skip
_LISTED = words(
    "aparecen", "estan", "figuran", "se encuentran", "se ubican", "quedaron", "siguen",
    "ya se encontraban", "destacan", "permanecen",
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
_STOP = words("dejo", "deja", "dejaron", "dejan", "ha dejado", "han dejado")
_BE_INFINITIVE = words(
    "estar", "figurar", "aparecer", "ser parte de", "formar parte de", "pertenecer a"
)  # fmt: skip
_GIVE = words(
    "asigno", "asigna", "asignamos", "asignaron", "otorgo", "otorga", "otorgamos", "otorgaron",
    "concedio", "concede", "dio", "da",
)  # fmt: skip
_CARRIES = words(
    "suma", "sumaba", "suman",
    "lleva", "llevaba", "llevan", "llevaban", "acumula", "acumulaba", "acumulan", "cumple",
    "cumplio", "completa", "completo",
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

_ONLY_VERBS = words(
    "es", "son", "fue", "fueron", "sigue siendo", "siguen siendo", "queda como", "quedan como",
    "quedo como", "quedaron como", "se convierte en", "se convirtio en", "sigue como",
    "permanece como", "aparece como", "figura como",
)  # fmt: skip

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
    # --- grupos -------------------------------------------------------------------------------
    rule(
        ClaimKind.GROUP,
        "solo-lista",
        rf"(?<!no\s)\b(?:solo|solamente|unicamente|apenas)\s+(?P<subj>{CL}){_IN_GROUP}"
        rf"{_GROUP_VERBS}(?:\s+(?P<rel>{_REL}))?\s+{QT}(?P<t>{T}){_IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "el-unico",
        rf"(?P<subj>{CL})\s+(?P<verb>{_ONLY_VERBS})"
        rf"\s+(?:el|la|los|las)\s+unic[oa]s?\s+(?:{COUNTRY_NOUN})(?:\s+(?P<gadj>{G}))?"
        rf"{_IN_GROUP}(?:\s+que){_GROUP_VERBS}(?:\s+(?P<rel>{_REL}))?\s+{QT}(?P<t>{T}){_IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "el-unico-sin-que",
        rf"(?P<subj>{CL})\s+(?P<verb>{_ONLY_VERBS})"
        rf"\s+(?:el|la|los|las)\s+unic[oa]s?(?:\s+(?:{COUNTRY_NOUN}))?(?:\s+(?P<gadj>{G}))?"
        rf"{_IN_GROUP}{_GROUP_VERBS}(?:\s+(?P<rel>{_REL}))?\s+{QT}(?P<t>{T}){_IN_GROUP2}",
    ),
    # --- cuentas ------------------------------------------------------------------------------
    rule(
        ClaimKind.COUNT,
        "t-integrada-por-n",
        rf"{QT}(?P<t>{T})[\"']?\s+(?:{words('esta', 'quedo', 'queda', 'fue', 'es', 'resulto')}\s+)?"
        rf"(?:integrad[oa]|compuest[oa]|formad[oa]|conformad[oa])\s+por\s+(?:(?P<cmp>{_CMP})\s+)?"
        rf"(?P<n>{N})\s+(?:{COUNTRY_NOUN})",
    ),
    rule(
        ClaimKind.COUNT,
        "n-paises-en",
        # Not "Los tres países (latinoamericanos) están ...": countries named before, not a count.
        rf"(?<!\blos\s)(?<!\blas\s)(?<!\bestos\s)(?<!\besos\s)(?<!\bambos\s)"
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:otros\s+|otras\s+|mas\s+)?(?:{COUNTRY_NOUN})"
        rf"(?:\s+(?P<gadj>{G}))?{_IN_GROUP}{_COUNT_VERBS}\s+(?P<rel>{_REL})\s+{QT}(?P<t>{T})"
        rf"{_IN_GROUP2}",
    ),
    rule(
        ClaimKind.COUNT,
        "n-de-los",
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+de\s+(?:los|las|sus)\s+(?:{N}\s+)?"
        rf"(?:{COUNTRY_NOUN})?(?:\s+(?P<gadj>{G}))?{_IN_GROUP2}{_COUNT_VERBS}"
        rf"\s+(?P<rel>{_REL})\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.COUNT,
        "nivel-tiene-n",
        rf"{QT}(?P<t>{T})\s+{_HAS}"
        rf"\s+(?:a\s+)?(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})"
        rf"(?:\s+(?P<gadj>{G}))?{_IN_GROUP}",
    ),
    rule(
        ClaimKind.COUNT,
        "situa-n",
        rf"{_PLACES}"
        rf"\s+(?:a\s+)?(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})"
        rf"(?:\s+(?P<gadj>{G}))?{_IN_GROUP}\s+(?P<rel>{_REL})\s+{QT}(?P<t>{T}){_IN_GROUP2}",
    ),
    # --- cuantos se movieron ------------------------------------------------------------------
    rule(
        ClaimKind.MOVES,
        "n-paises-subieron",
        # ("los tres países fueron degradados": países nombrados antes, no la cuenta del año)
        rf"(?<!\blos\s)(?<!\blas\s)(?<!\bestos\s)(?<!\bestas\s)(?<!\besos\s)(?<!\besas\s)"
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+(?P<verb>{_MOVED})"
        rf"(?:\s+(?:de|en\s+su)\s+(?:nivel|clasificacion|categoria))?(?!\s+(?:a|al|de|del)\s)",
    ),
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
        rf"(?P<subj>{CL}){_LIST_CLOSES}{WHICH}{APPOS}{ADV}{NEG}{ADV}{_DID_AND}(?:\s+(?:{_AUX}))?"
        rf"(?:\s+se)?\s+[\"'\u201c\u00ab]?(?P<verb>{_AGAIN}|{_MOVE})[\"'\u201d\u00bb]?"
        rf"{ADV}{BY}{ADV}{REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "informe-cambia",
        rf"(?P<verb>{_MOVE_ACTIVE}){_WHEN}{ADV}\s+(?:a(?:l)?\s+|a\s+la\s+)?(?P<subj>{CL}){REST_REQUIRED}",
    ),
    rule(
        ClaimKind.CHANGE,
        "sustantivo",
        rf"(?:el|la|su)\s+(?P<verb>{_MOVE_NOUN})\s+de(?:l)?\s+(?P<subj>{CL}){REST}",
    ),
    rule(
        ClaimKind.CHANGE,
        "anadir-a-la-lista",
        # Not "Cuba se suma a Irán en ...": Cuba joins, Irán is not added.
        rf"(?<!\bse\s)(?P<verb>{_ADD})"
        rf"(?:\s+[a-z]+){{0,3}}?\s+a\s+(?P<subj>{CL})\s+(?P<rest>(?:en|a|al)\s+(?:su\s+|la\s+)?[\"']?{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "baja-la-calificacion",
        rf"(?P<verb>{_RATE_MOVE})"
        rf"\s+(?:la|su)\s+{words('calificacion', 'clasificacion', 'nota', 'categoria')}\s+de\s+"
        rf"(?P<subj>{CL}){REST}",
    ),
    # --- niveles ------------------------------------------------------------------------------
    rule(
        ClaimKind.TIER,
        "fuera-de",
        rf"(?P<verb>{_PLACE}|{words('dejo', 'deja', 'quedo', 'queda', 'sigue', 'siguio')})\s+"
        rf"(?:a\s+)?(?P<subj>{CL})\s+(?P<neg>fuera)\s+de\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "coloca-en-nivel-a",
        rf"(?:(?P<neg>no)\s+)?(?P<verb>{_PLACE})\s+(?:en|como)\s+{QT}(?P<t>{T})[\"']?\s+a\s+"
        rf"(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.TIER,
        "copula",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}{NEG}{ADV}\s+(?P<verb>{_BE}){ADV}{PLACED}{BY}{ADV}{PREP}"
        rf"{GROUP_OF}(?:\s+(?:(?:un|una)\s+)?(?:{COUNTRY_NOUN})\s+(?:de|del|en))?\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "informe-situa",
        rf"(?:(?P<neg>no)\s+)?(?P<verb>{_PLACE}){_WHEN}\s+(?:a(?:l)?\s+|a\s+la\s+|a\s+los\s+)?"
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
        rf"(?P<subj>{CL}){ADV}\s+(?P<verb>{_KEEP})\s+(?:(?:su|el|la)\s+)?{_STANDING}{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.TIER,
        "aposicion",
        rf"(?P<subj>{CL}),\s+(?:(?:un|una)\s+)?(?:{COUNTRY_NOUN})\s+(?:de|del|en)\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "elipsis-cambio",
        rf"(?<=[\w\u27e7,]\s)(?:y|e|mientras\s+que)\s+(?P<subj>{CL})"
        rf"(?P<rest>\s+(?:a|al|hasta|hacia)\s+{_KIND}{T})",
    ),
    # "En la llamada "lista negra" del informe aparecen 22 países".
    rule(
        ClaimKind.COUNT,
        "en-t-aparecen-n",
        rf"^\W*(?:en|dentro\s+de)\s+{QT}(?P<t>{T})[\"']?(?:[^.;:,\u27e6]|\u27e6[GY]\d+\u27e7){{0,60}}?"
        rf"\s+{_THERE_ARE}\s+(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})"
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
        rf"(?P<verb>{_PLACE}){_WHEN}{ADV}\s+{words('en', 'como', 'dentro de', 'dentro del')}"
        rf"\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "a-x-lo-baja",
        rf"(?:^\W*|[,;:]\s*|\by\s+)a\s+(?P<subj>{CL})\s+(?:lo|la|los|las)\s+"
        rf"(?P<verb>{_MOVE_ACTIVE}){_WHEN}{REST_REQUIRED}",
    ),
    rule(
        ClaimKind.TIER,
        "lleva-desde",
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{_SINCE_VERBS})"
        rf"\s+(?P<since>desde\s+(?:el\s+)?(?:ano\s+)?\u27e6Y\d+\u27e7)\s*,?\s+"
        rf"{words('en', 'dentro de', 'dentro del', 'como')}\s+{QT}(?P<t>{T})",
    ),
    # "En cuanto a Panamá, el informe lo ubica en el nivel 2": the pronoun's country fronted.
    rule(
        ClaimKind.TIER,
        "en-cuanto-a-x-lo-ubica",
        rf"^\W*{_AS_FOR}\s+(?P<subj>{CL})\s*,(?:[^.;:\u27e6]|\u27e6[YN]\d+\u27e7){{0,80}}?\b"
        rf"(?:lo|la|los|las)\s+(?P<verb>{_PLACE}){_WHEN}{ADV}\s+"
        rf"{words('en', 'como', 'dentro de', 'dentro del')}\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.CHANGE,
        "en-cuanto-a-x-lo-baja",
        rf"^\W*{_AS_FOR}\s+(?P<subj>{CL})\s*,(?:[^.;:\u27e6]|\u27e6[YN]\d+\u27e7){{0,80}}?\b"
        rf"(?:lo|la|los|las)\s+(?P<verb>{_MOVE_ACTIVE}){_WHEN}{REST_REQUIRED}",
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
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{_LEAVE}){ADV}\s+{QT}(?P<left>{T})"
        rf"(?!\s*(?:a|al|en)\s)",
    ),
    # "asignamos la calificación más alta, Nivel 1, a solo 33 países".
    rule(
        ClaimKind.COUNT,
        "asigna-t-a-n",
        rf"\b{_GIVE}"
        rf"\s+(?:[a-z]+[\s,]+){{0,5}}?{QT}(?P<t>{T})(?:\s*,\s*{QT}{T})?[\"']?\s*,?\s+a\s+"
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})",
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
        rf"(?P<subj>{CL}){WHICH}{APPOS}{ADV}\s+(?P<verb>{_REGAIN}){ADV}\s+{QT}(?P<reached>{T})",
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
        rf"(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+"
        rf"{words('integran', 'conforman', 'componen', 'forman', 'integraban', 'conformaban')}"
        rf"\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.COUNT,
        "son-n-los",
        rf"\b{words('son', 'eran', 'fueron', 'suman')}\s+(?:(?P<cmp>{_CMP})\s+)?(?P<n>{N})\s+"
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

STREAKS: list[re.Pattern[str]] = [
    # "permanece en el nivel 2 por tercer año": "por" and an ordinal year are a run.
    re.compile(
        rf"(?:por|durante)\s+(?:el\s+|su\s+)?(?P<o>{ORD})\s+ano(?!\s+(?:consecutiv|seguid))"
    ),
    re.compile(
        rf"(?:(?:por|durante)\s+)?(?:(?P<atleast>al\s+menos|por\s+lo\s+menos)\s+)?"
        rf"(?:(?:el|su|la)\s+)?(?:(?P<atleast2>al\s+menos|por\s+lo\s+menos)\s+)?(?P<o>{ORD})\s+"
        rf"(?:ano|vez|informe)\s+{_CONSECUTIVE}"
        rf"(?:\s+(?P<atleast3>como\s+minimo))?"
    ),
    # "Cuba lleva diez años en la lista negra", "acumula cuatro años en la lista de vigilancia".
    re.compile(
        rf"{_CARRIES}"
        rf"\s+(?:(?P<atleast>al\s+menos|por\s+lo\s+menos|mas\s+de)\s+)?(?P<n>{N})\s+anos"
        rf"(?:\s+{_CONSECUTIVE_PLURAL})?"
    ),
    # "había sido colocado los cuatro años anteriores en la lista de vigilancia": a run that
    # ended in the report before this one.
    re.compile(
        r"(?:(?:durante|en)\s+)?(?:los|sus)\s+(?:(?P<atleast>al\s+menos|mas\s+de)\s+)?"
        rf"(?P<n>{N})\s+(?:anos|informes)\s+(?P<before>anteriores|previos|precedentes)\b"
    ),
    # "Haití, que estuvo cuatro años en el Nivel 2, ...", "permaneció seis años en la lista
    # negra": a past stay with its length is a run of reports, no "consecutivos" needed.
    re.compile(
        r"(?<![a-z])(?:estuvo|estuvieron|permanecio|permanecieron|se\s+mantuvo|se\s+mantuvieron)"
        r"\s+(?:(?P<atleast>al\s+menos|por\s+lo\s+menos|mas\s+de)\s+)?"
        rf"(?P<n>{N})\s+anos(?:\s+{_CONSECUTIVE_PLURAL})?"
        rf"(?=\s*,?\s+(?:en|dentro\s+del?|como)\s+{QT}{T})"
    ),
    re.compile(
        r"(?:(?:por|durante|desde\s+hace|en\s+los\s+ultimos)\s+)?"
        r"(?:(?P<atleast>al\s+menos|por\s+lo\s+menos|mas\s+de)\s+)?"
        rf"(?P<n>{N})\s+(?:anos|informes)"
        rf"(?:\s+{_CONSECUTIVE_PLURAL})?"
    ),
]
STREAK_NEEDS = re.compile(
    r"consecutiv|seguid|desde\s+hace|sin\s+interrupcion|ultimos|anteriores|previos|precedentes|"
    r"^(?:llev|acumul|cumpl|complet|suma|por\s|durante\s|estuv|permanec|se\s+mantuv)"
)
TIER_AFTER = re.compile(
    rf"\s*(?:{words('en', 'como', 'dentro de', 'dentro del')})\s+{QT}(?P<t>{T})"
)

# --- el lector de cláusulas (clause_reader.clause_claims) ------------------------------------
LOOSE_BE = re.compile(
    r"\b(?:es|son|fue|fueron|era|eran|sido|esta|estan|estuvo|estuvieron|estaba|estaban|estado|"
    r"sigue\w*|siguen|continua\w*|permanec\w*|se\s+mantien\w*|se\s+mantuv\w*|mantien\w*|"
    r"mantuv\w*|queda\w*|quedo|figura\w*|aparec\w*|se\s+ubica\w*|se\s+ubico|ubicad[oa]s?|"
    r"se\s+situa\w*|se\s+situo|situad[oa]s?|clasificad[oa]s?|incluid[oa]s?|colocad[oa]s?|"
    r"calificad[oa]s?|catalogad[oa]s?|se\s+encuentra\w*|repite\w*|repitio|ocupa\w*|ocupo|"
    r"mantener|permanecer|quedar|seguir|continuar|"
    # "vuelve a ubicarse en el escalón 3".
    r"(?:ubicar|situar|colocar|encontrar|mantener|quedar)se)\b"
)
LOOSE_AT = ("en", "como", "dentro de", "dentro del", "entre")
LOOSE_TO = ("a", "al", "hasta", "hacia")
LOOSE_FROM = ("de", "del", "desde")
# Spanish word orders the clause reader does not cover: the object after an active verb, the
# tier before its countries.
CLAUSE_READERS = (clauses_es.read,)
LOOSE_NEG = re.compile(
    r"\b(?:no|nunca|ni|jamas|tampoco|ya\s+no|sin|fuera)\b"
    # "Estados Unidos la mantuvo en el Nivel 3": a pronoun object before the verb makes the
    # country before it the one who placed, not the one placed.
    r"|^\s*(?:lo|la|los|las|le|les)\s+(?!ha\b|han\b|habia\b)[a-z]+"
)
# Countries named beside a claim later in its clause ("..., junto a Belice y Rusia").
COMPANIONS = clauses_es.companions
# A placement that the words after it make a stay ("..., al igual que el año pasado").
ONWARD_TIER = clauses_es.onward
# The reading of last resort, for clauses no rule read (last_resort.fallback_claims).
FALLBACK = fallback_es.read
