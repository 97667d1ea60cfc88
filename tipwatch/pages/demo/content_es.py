"""The demo site's text in Spanish: a translation of `content.py`, page by page.

Each page keeps the English page's structure block for block and paragraph for paragraph, so
that wagtail-localize can pair every Spanish string with the English one it translates
(`loader.py`); keyed by the English page's slug.
"""

from __future__ import annotations

from typing import Any

HOME: dict[str, Any] = {
    "title": "Derechos humanos y desarrollo en el Perú",
    "slug": "inicio",
    "intro": (
        "<p>Somos un pequeño grupo con sede en el Reino Unido que apoya los derechos humanos y "
        "el desarrollo en el Perú. Seguimos de cerca el <b>Informe sobre la Trata de Personas "
        "(Informe TIP)</b> que el Departamento de Estado de EE. UU. publica cada año, y "
        "difundimos lo que dice sobre el Perú y por qué es importante.</p>"
    ),
    "join_heading": "Únase a nosotros",
    "join_text": (
        "Los socios mantienen nuestro trabajo independiente. Hágase socio para recibir nuestro "
        "boletín, avisos cuando un nuevo Informe TIP califique al Perú y voz en lo que hacemos."
    ),
    "seo_title": "tipwatch: derechos humanos y desarrollo en el Perú",
    "search_description": "Un grupo del Reino Unido que apoya los derechos humanos y el "
    "desarrollo en el Perú y sigue el Informe sobre la Trata de Personas de EE. UU.",
}

CAPTIONS = {
    "Andes at dawn": "Los Andes al amanecer: una ilustración hecha para este sitio.",
    "Sacred Valley": "El Valle Sagrado: una ilustración hecha para este sitio.",
    "Amazon lowlands": "La llanura amazónica: una ilustración hecha para este sitio.",
    "Coastal desert": "El desierto costero: una ilustración hecha para este sitio.",
    "Lake Titicaca": "El lago Titicaca: una ilustración hecha para este sitio.",
}

STANDARD_PAGES: dict[str, dict[str, Any]] = {
    "about": {
        "slug": "nuestros-fines",
        "title": "Nuestros fines",
        "intro": "Somos un grupo de voluntarios en el Reino Unido que trabaja en solidaridad con "
        "quienes, en el Perú, defienden los derechos humanos y luchan por un desarrollo justo "
        "y sostenible.",
        "body": [
            ("heading", "Qué hacemos"),
            (
                "paragraph",
                "<p>Reunimos a personas del Reino Unido a quienes les importa el Perú: "
                "estudiantes, investigadores, personas de origen peruano, sindicalistas y grupos "
                "religiosos. Compartimos información fiable, apoyamos a las organizaciones "
                "peruanas que nos piden ayuda y planteamos nuestras preocupaciones ante quienes "
                "toman decisiones en el Reino Unido.</p>",
            ),
            ("heading", "Por qué el Informe TIP"),
            (
                "paragraph",
                "<p>Cada año el Departamento de Estado de EE. UU. publica su Informe sobre la "
                "Trata de Personas, que califica en qué medida cada gobierno cumple las normas "
                "mínimas para eliminar la trata de personas. Los gobiernos se toman en serio su "
                "nivel, así que el informe es una herramienta de presión útil. Registramos cada "
                "clasificación del Perú, con su fuente, y decimos con claridad dónde nuestros "
                "datos están incompletos.</p>",
            ),
            ("image", "Sacred Valley"),
            ("heading", "Cómo trabajamos"),
            (
                "paragraph",
                "<ul><li>Citamos nuestras fuentes y corregimos los errores abiertamente.</li>"
                "<li>Seguimos el criterio de nuestras contrapartes peruanas sobre qué ayuda es "
                "útil.</li>"
                "<li>Somos independientes de cualquier gobierno o partido político.</li></ul>",
            ),
            (
                "quote",
                (
                    "Nada sobre nosotros sin nosotros.",
                    "Un principio que compartimos con las comunidades con las que trabajamos",
                ),
            ),
        ],
    },
    "history": {
        "slug": "historia",
        "title": "Breve historia del Perú",
        "intro": "Un panorama, en pocos párrafos, de una historia de cinco mil años.",
        "body": [
            ("heading", "Antes de la conquista española"),
            (
                "paragraph",
                "<p>Caral, en el valle de Supe, al norte de Lima, es una de las ciudades más "
                "antiguas de América: sus edificios monumentales datan de alrededor del año "
                "3000 a. C. Le siguieron muchas culturas, entre ellas Chavín en la sierra, "
                "Nazca y Moche en la costa, y los estados Wari y Chimú. En el siglo XV los "
                "incas, desde su capital en el Cusco, construyeron el mayor imperio de la "
                "América precolombina, el Tahuantinsuyo, que se extendía desde el actual "
                "Ecuador hasta el centro de Chile.</p>",
            ),
            ("image", "Andes at dawn"),
            ("heading", "Conquista y colonia"),
            (
                "paragraph",
                "<p>Las fuerzas españolas al mando de Francisco Pizarro capturaron al inca "
                "Atahualpa en Cajamarca en 1532 y lo ejecutaron al año siguiente. Lima fue "
                "fundada en 1535 y se convirtió en la capital del Virreinato del Perú. El "
                "régimen colonial se basó en el trabajo forzoso de los pueblos indígenas, sobre "
                "todo en las minas de plata, y las epidemias llegadas de Europa acabaron con "
                "gran parte de la población.</p>",
            ),
            ("heading", "Independencia y república"),
            (
                "paragraph",
                "<p>José de San Martín proclamó la independencia del Perú en Lima el 28 de "
                "julio de 1821, que quedó asegurada con las batallas de Junín y Ayacucho en "
                "1824. En la guerra del Pacífico (1879 a 1883) el Perú y Bolivia fueron "
                "derrotados por Chile, y el Perú perdió la provincia de Tarapacá. El siglo XX "
                "alternó gobiernos elegidos y militares; el gobierno militar que tomó el poder "
                "en 1968 llevó a cabo una profunda reforma agraria.</p>",
            ),
            ("heading", "El conflicto y sus secuelas"),
            (
                "paragraph",
                "<p>Entre 1980 y 2000 el Perú vivió un conflicto armado interno entre el Estado "
                "y Sendero Luminoso y el MRTA. La Comisión de la Verdad y Reconciliación, en su "
                "informe de 2003, estimó que murieron unas 69 000 personas, en su mayoría "
                "quechuahablantes de zonas rurales. Alberto Fujimori, presidente de 1990 a 2000, "
                "disolvió el Congreso en 1992; más tarde fue condenado por crímenes contra los "
                "derechos humanos. Desde 2016 el Perú ha tenido una rápida sucesión de "
                "presidentes, y las protestas de diciembre de 2022 y comienzos de 2023 fueron "
                "reprimidas con una fuerza que dejó decenas de muertos.</p>",
            ),
        ],
    },
    "human-rights": {
        "slug": "derechos-humanos",
        "title": "Derechos humanos en el Perú",
        "intro": "Los temas de derechos humanos que nuestras contrapartes en el Perú nos piden "
        "seguir.",
        "body": [
            ("heading", "Trata de personas y trabajo forzoso"),
            (
                "paragraph",
                "<p>En el Perú, hombres, mujeres, niñas y niños son explotados en trabajo "
                "forzoso en la minería de oro ilegal e informal, la tala y la agricultura, en "
                "el trabajo doméstico y en la explotación sexual, a menudo cerca de los "
                "campamentos mineros. Los pueblos indígenas, los migrantes rurales y los "
                "refugiados y migrantes venezolanos están entre quienes corren más riesgo. El "
                "Informe TIP evalúa lo que hace el gobierno para prevenirlo, proteger a las "
                "víctimas y procesar a los tratantes.</p>",
            ),
            ("image", "Amazon lowlands"),
            ("heading", "Pueblos indígenas y medio ambiente"),
            (
                "paragraph",
                "<p>En 2011 el Perú aprobó una ley sobre el derecho de los pueblos indígenas a "
                "la consulta previa, pero las comunidades siguen denunciando que proyectos "
                "mineros, petroleros y madereros avanzan sin su consentimiento libre, previo e "
                "informado. Los defensores del ambiente y de la tierra, sobre todo en la "
                "Amazonía, sufren amenazas y violencia.</p>",
            ),
            ("heading", "Justicia y rendición de cuentas"),
            (
                "paragraph",
                "<p>Las familias de las personas asesinadas o desaparecidas durante el "
                "conflicto armado siguen buscando verdad y justicia. Apoyamos los llamados a "
                "que el Estado siga buscando a los desaparecidos y a que las muertes ocurridas "
                "durante las protestas se investiguen de forma independiente y exhaustiva.</p>",
            ),
        ],
    },
    "privacy": {
        "slug": "privacidad",
        "title": "Aviso de privacidad",
        "intro": "Cómo cuidamos los datos personales de nuestros socios y simpatizantes.",
        "body": [
            ("heading", "Qué datos guardamos y por qué"),
            (
                "paragraph",
                "<p>Cuando usted se hace socio guardamos su nombre, su correo electrónico, su "
                "dirección postal si nos la da, su tipo de membresía, sus preferencias sobre "
                "nuestros correos y la fecha en que aceptó este aviso. Los usamos solo para "
                "gestionar su membresía y, si usted lo pide, para enviarle nuestro boletín y "
                "los avisos sobre países.</p>",
            ),
            ("heading", "Sus derechos"),
            (
                "paragraph",
                "<p>Puede ver, descargar, corregir o borrar sus datos en cualquier momento con "
                'el enlace que le enviamos por correo desde la página <a href="/es/members/'
                'manage/">gestionar su membresía</a>. Nunca vendemos ni compartimos sus '
                "datos.</p>",
            ),
        ],
    },
}

JOIN_PAGE = {
    "slug": "unase",
    "title": "Por qué asociarse",
    "intro": (
        "<p>Nos financiamos por completo con las cuotas de nuestros socios. Su membresía paga "
        "las traducciones, nuestra investigación sobre el Informe TIP y las pequeñas "
        "subvenciones que damos a organizaciones contrapartes en el Perú.</p>"
        "<h2>Qué reciben los socios</h2>"
        "<ul><li>Nuestro boletín, unas cuatro veces al año (si lo desea).</li>"
        "<li>Un aviso cuando un nuevo Informe TIP califique al Perú (si lo desea).</li>"
        "<li>Voto en nuestra asamblea general anual.</li></ul>"
    ),
    "thank_you_text": "<p>Gracias por apoyar los derechos humanos en el Perú.</p>",
    "search_description": "Hágase socio de tipwatch y apoye los derechos humanos en el Perú.",
}

NEWS_INDEX = {
    "slug": "noticias",
    "title": "Todas las noticias",
    "intro": "<p>Noticias y análisis sobre la trata de personas y los derechos humanos en el "
    "Perú.</p>",
    "search_description": "Noticias y análisis sobre la trata de personas y los derechos "
    "humanos en el Perú.",
}

# The English topics' names in Spanish (Spanish articles carry Spanish topics).
TOPICS = {
    "TIP Report": "Informe TIP",
    "Peru": "Perú",
    "Latin America": "América Latina",
    "Explainers": "Explicaciones",
    "Forced labour": "Trabajo forzoso",
    "Our group": "Nuestro grupo",
}

NEWS: dict[str, dict[str, Any]] = {
    "peru-tip-report-2015": {
        "slug": "peru-en-el-informe-tip-2015",
        "title": "El Perú en el Informe TIP 2015: Nivel 2",
        "summary": "El Informe sobre la Trata de Personas 2015 mantuvo al Perú en el Nivel 2, "
        "como a la mayor parte de América Latina. Solo Chile quedó en el Nivel 1.",
        "body": [
            (
                "paragraph",
                "<p>El Informe sobre la Trata de Personas 2015 del Departamento de Estado de "
                "EE. UU. ubicó al Perú en el <b>Nivel 2</b>: en los términos del informe, un "
                "gobierno que no cumple plenamente las normas mínimas para eliminar la trata, "
                "pero que está haciendo esfuerzos significativos para lograrlo.</p>",
            ),
            ("heading", "El Perú y sus vecinos"),
            (
                "paragraph",
                "<p>El Perú no estaba solo. De los 20 estados que agrupamos como América "
                "Latina, solo Chile quedó en el Nivel 1. Bolivia, Costa Rica, Cuba y Haití "
                "figuraron en la Lista de Vigilancia del Nivel 2, y Venezuela en el Nivel 3. El "
                "Perú y la mayoría de los demás quedaron en el Nivel 2.</p>",
            ),
            (
                "pull_quote",
                (
                    "El Nivel 2 no es un aprobado: dice que un gobierno todavía no alcanza las "
                    "normas mínimas.",
                    "tipwatch",
                ),
            ),
            ("source", {"report_year": 2015, "page": None, "quote": "", "url": ""}),
        ],
    },
    "what-the-tiers-mean": {
        "slug": "que-significan-los-niveles",
        "title": "Qué significan los niveles del Informe TIP",
        "summary": "Nivel 1, Nivel 2, la Lista de Vigilancia y Nivel 3: una guía breve de cómo "
        "el Informe TIP clasifica a los gobiernos.",
        "body": [
            (
                "paragraph",
                "<p>El informe califica a los gobiernos, no la magnitud de la trata en cada "
                "país. Los gobiernos del <b>Nivel 1</b> cumplen plenamente las normas mínimas "
                "de la Ley de Protección de las Víctimas de la Trata de EE. UU. Los del "
                "<b>Nivel 2</b> no las cumplen, pero hacen esfuerzos significativos. La "
                "<b>Lista de Vigilancia del Nivel 2</b> añade motivos de preocupación, como un "
                "número de víctimas elevado o en aumento, o la falta de pruebas de que los "
                "esfuerzos crezcan. Los gobiernos del <b>Nivel 3</b> no cumplen las normas y "
                "no hacen esfuerzos significativos.</p>",
            ),
            (
                "paragraph",
                "<p>Algunos lugares figuran como casos especiales, cuando el informe no puede "
                "hacer una evaluación normal.</p>",
            ),
        ],
    },
    "gold-mining-and-forced-labour": {
        "slug": "mineria-de-oro-y-trabajo-forzoso",
        "title": "Minería de oro y trabajo forzoso en Madre de Dios",
        "summary": "La minería ilegal de oro en la región amazónica de Madre de Dios está "
        "ligada desde hace tiempo al trabajo forzoso y a la explotación sexual.",
        "body": [
            (
                "paragraph",
                "<p>La subida del precio del oro ha atraído a miles de personas a la minería "
                "informal e ilegal en Madre de Dios, en la Amazonía del sureste del Perú. Los "
                "trabajadores reclutados con falsas promesas pueden acabar endeudados con "
                "quienes los llevaron, sin poder marcharse. Los bares cercanos a los "
                "campamentos han sido lugares de explotación sexual, también de niñas y "
                "niños.</p>",
            ),
            ("heading", "Lo que pedimos"),
            (
                "paragraph",
                "<p>Apoyamos a las organizaciones peruanas que piden inspecciones laborales que "
                "lleguen a los campamentos más remotos, ayuda para las sobrevivientes y los "
                "sobrevivientes que no dependa de que declaren, y el procesamiento de quienes "
                "se lucran.</p>",
            ),
        ],
    },
    "why-we-watch-the-tip-report": {
        "slug": "por-que-seguimos-el-informe-tip",
        "title": "Por qué seguimos el Informe TIP",
        "summary": "El Informe TIP es la mirada de un solo gobierno, pero una mirada útil: así "
        "lo usamos, y estos son sus límites.",
        "body": [
            (
                "paragraph",
                "<p>El informe lo redacta el gobierno de EE. UU. y refleja sus prioridades. Aun "
                "así, es la única evaluación que abarca casi todos los países cada año, con un "
                "texto que explica cada calificación. Eso lo convierte en un buen registro de "
                "los cambios a lo largo del tiempo.</p>",
            ),
            (
                "paragraph",
                "<p>En este sitio registramos cada clasificación del Perú con su fuente, y "
                "decimos cuándo nuestros datos de un año están incompletos.</p>",
            ),
        ],
    },
    "annual-general-meeting-2026": {
        "slug": "asamblea-general-anual-2026",
        "title": "Nuestra asamblea general anual",
        "summary": "Los socios se reunieron para acordar nuestras prioridades del año: el "
        "Informe TIP, el apoyo a las contrapartes y un nuevo sitio web.",
        "body": [
            (
                "paragraph",
                "<p>Gracias a todas las personas que asistieron. Los socios acordaron seguir "
                "de cerca el Informe TIP, mantener nuestras pequeñas subvenciones a "
                "organizaciones contrapartes en el Perú y publicar nuestro trabajo en este "
                "nuevo sitio web.</p>",
            ),
        ],
    },
}

# The navigation's labels in Spanish, by English label.
NAV_LABELS = {
    "Our aims": "Nuestros fines",
    "History": "Historia",
    "Human rights": "Derechos humanos",
    "News": "Noticias",
    "Join": "Únase",
    "TIP data": "Datos TIP",
    "Privacy notice": "Aviso de privacidad",
    "Manage your membership": "Gestionar su membresía",
}

FOOTER_TEXT = (
    "<p>tipwatch es un grupo de voluntarios en el Reino Unido que apoya los derechos humanos y "
    "el desarrollo en el Perú. Los datos de los niveles provienen de los Informes sobre la "
    "Trata de Personas del Departamento de Estado de EE. UU.; cada página indica sus "
    "fuentes.</p>"
)
