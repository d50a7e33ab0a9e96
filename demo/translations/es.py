"""Spanish translations of the demo content, in the order of ``source_strings()``.

Spanish covers the home page, the index pages, the footer pages, the themes, the programmes,
the countries and the eight fact sheets marked ``translated`` (with their fictional actors).
"""

PLACES = {
    "Région métropolitaine de Santiago": "Región Metropolitana de Santiago",
    "Bourgogne-Franche-Comté": "Borgoña-Franco Condado",
    "Centre-Val de Loire": "Centro-Valle de Loira",
    "Pays de la Loire": "Países del Loira",
    "Bretagne": "Bretaña",
    "Auvergne-Rhône-Alpes": "Auvernia-Ródano-Alpes",
    "Région de Dakar": "Región de Dakar",
}

STRINGS = {
    "home": [
        "Vivapolis",
        "La ciudad sostenible: el saber hacer francés",
        "Proyectos innovadores de entidades locales y empresas francesas, presentados a ciudades de todo el mundo.",
        "Descubrir los proyectos",
        "Vivapolis reúne a los actores públicos y privados franceses que diseñan, construyen y hacen funcionar la "
        "ciudad sostenible, en Francia y en el extranjero.",
        "Recorra los doce temas de la red, los proyectos presentados por sus miembros y los países con los que "
        "cooperamos.",
    ],
    "common": [
        "El contexto",
        "La solución",
        "Los resultados",
        "Ilustración de demostración: siluetas de edificios y árboles ante un cielo degradado",
        "Imagen generada para esta ficha de ejemplo.",
        "Resumen de la ficha de ejemplo (PDF)",
        "Demostración del reproductor de vídeo: «Big Buck Bunny», cortometraje libre de la Blender Foundation",
        "Como este proyecto es ficticio, ningún vídeo lo presenta: el reproductor muestra un cortometraje de "
        "animación libre de derechos y sin diálogos. Un gran conejo se despierta en un bosque, tres roedores se "
        "burlan de él y él les tiende trampas ingeniosas para darles una lección.",
        "Una concejala (testimonio ficticio)",
        "Un vecino del barrio (testimonio ficticio)",
        "Una jefa de proyecto (testimonio ficticio)",
        "Un socio extranjero (testimonio ficticio)",
        "Promotor",
        "Dirección de obra",
        "Operador",
        "Socio científico",
        "Financiador",
        "Dinamización de la participación ciudadana",
        "Secretaría de la red Vivapolis",
    ],
    "index:themes": [
        "Temas",
        "Doce temas organizan el trabajo de la red, de la energía a la gobernanza participativa. Cada uno reúne las "
        "preguntas clave y los proyectos que les dan respuesta.",
    ],
    "index:fact_sheets": [
        "Proyectos innovadores",
        "Las fichas presentan proyectos innovadores: su ubicación, sus actores, sus cifras clave y los países donde "
        "pueden reproducirse. Las fichas de demostración están señaladas como ejemplos.",
    ],
    "index:countries": [
        "Países socios",
        "La red coopera con ciudades y países de todos los continentes, prioritariamente en África, el "
        "Mediterráneo, las Américas, Europa y Asia.",
    ],
    "index:news": ["Noticias", "Las novedades de la red y de sus miembros."],
    "index:events": [
        "Eventos",
        "Desayunos temáticos, ferias internacionales y visitas de delegaciones: las citas de la red.",
    ],
    "page:mentions-legales": [
        "Aviso legal",
        "Editor, alojamiento y condiciones de reutilización de los contenidos.",
        "Editor",
        "Este sitio lo edita la secretaría de la red Vivapolis por cuenta de los ministerios franceses encargados "
        "del desarrollo sostenible y de la cohesión territorial. El director de la publicación y el proveedor de "
        "alojamiento se indicarán en el momento de la puesta en línea.",
        "Contenidos de demostración",
        "Las fichas señaladas como ejemplos describen proyectos ficticios y las organizaciones que citan son "
        "imaginarias. Las imágenes de este sitio de demostración se generan automáticamente.",
        "Reutilización",
        "Salvo indicación en contrario, los textos del sitio pueden reutilizarse libremente siempre que se cite la "
        "fuente.",
    ],
    "page:accessibilite": [
        "Accesibilidad",
        "Declaración de accesibilidad: el sitio cumple parcialmente el RGAA 4.1.",
        "Los ministerios franceses encargados del desarrollo sostenible se comprometen a hacer accesible este "
        "sitio, conforme al artículo 47 de la ley francesa de 11 de febrero de 2005.",
        "Estado de cumplimiento",
        "Este sitio cumple parcialmente el marco francés de accesibilidad (RGAA), versión 4.1, a la espera de una "
        "auditoría completa.",
        "Contenidos no accesibles",
        "No todos los vídeos alojados en plataformas externas están subtitulados; junto a cada vídeo se ofrece una "
        "transcripción.",
        "El mapa de los proyectos no puede utilizarse por completo con el teclado; la lista de proyectos ofrece la "
        "misma información.",
        "Algunos documentos PDF no están etiquetados.",
        "Comentarios y contacto",
        "Si no puede acceder a un contenido o a un servicio, escriba a la secretaría de la red a "
        "accessibilite@vivapolis.example para obtener una alternativa accesible.",
        "Vías de recurso",
        "Si no obtiene una respuesta satisfactoria, puede dirigirse al Défenseur des droits (defensor de los "
        "derechos en Francia), en línea o por correo: Défenseur des droits, Libre réponse 71120, 75342 Paris "
        "CEDEX 07, Francia.",
    ],
    "page:donnees-personnelles": [
        "Datos personales",
        "Los datos que trata el sitio y sus derechos.",
        "Ningún seguimiento de los visitantes",
        "El sitio no utiliza herramientas de medición de audiencia ni cookies publicitarias. Una única cookie "
        "recuerda el idioma que usted ha elegido.",
        "Vídeos",
        "Los vídeos solo se cargan desde la plataforma que los aloja después de su consentimiento explícito.",
        "Contactos de las fichas",
        "Las fichas citan contactos profesionales con su consentimiento. Puede solicitar el acceso, la "
        "rectificación o la supresión de sus datos escribiendo a donnees@vivapolis.example, y presentar una "
        "reclamación ante la CNIL (autoridad francesa de protección de datos) si considera que no se respetan sus "
        "derechos.",
    ],
    "page:plan-du-site": [
        "Mapa del sitio",
        "Todas las secciones y páginas del sitio.",
        "Esta página presenta todas las secciones del sitio y sus páginas.",
    ],
    "theme:developpement-territorial": [
        "Desarrollo territorial",
        "Hacer un territorio atractivo tanto para sus habitantes como para las empresas innovadoras, reuniendo "
        "investigación, formación y actividad económica en un mismo lugar.",
        "Territorios que sirven de laboratorio",
        "Un campus universitario o un polo de excelencia es una pequeña ciudad en sí mismo: allí pueden probarse a "
        "escala real soluciones de ciudad sostenible antes de extenderlas.",
        "Al acercar laboratorios, escuelas y empresas, una entidad local crea un ecosistema que atrae talento y "
        "hace nacer proyectos comunes.",
        "¿Cómo hacer un territorio atractivo para las empresas innovadoras?",
        "¿Cómo convertir un campus en un terreno de experimentación urbana?",
        "¿Cómo asociar investigación y actividad económica en un mismo barrio?",
    ],
    "theme:economie-circulaire": [
        "Economía circular",
        "Hacer circular la materia el mayor tiempo posible: reempleo, reutilización, reciclaje y venta de un "
        "servicio en lugar de un producto.",
        "La ciudad, primer yacimiento de recursos",
        "Como concentran habitantes y actividades, las ciudades amplifican cada avance: es en los servicios urbanos "
        "donde el ahorro de recursos es mayor.",
        "Los circuitos locales de materiales, las plataformas de reempleo en la construcción y la economía de la "
        "funcionalidad reducen a la vez los residuos y la extracción de recursos naturales.",
        "¿Cómo reutilizar los materiales procedentes de las obras de demolición?",
        "¿Qué servicios urbanos ofrecen el mayor potencial de circularidad?",
        "¿Cómo pasar de la venta de productos a la venta de usos?",
    ],
    "theme:energie": [
        "Energía",
        "Consumir menos, producir localmente energías renovables y mejorar la calidad del aire, gracias a "
        "innovaciones técnicas, jurídicas y organizativas.",
        "Sobriedad y producción local",
        "Las ciudades consumen una gran parte de la energía y sufren la contaminación que la acompaña. Las redes de "
        "calor, la rehabilitación de edificios y la producción solar reducen esta dependencia.",
        "Las innovaciones no son solo técnicas: las comunidades energéticas, los contratos de rendimiento y los "
        "nuevos montajes jurídicos cuentan tanto como los equipos.",
        "¿Cómo reducir el consumo de energía de los edificios existentes?",
        "¿Cómo producir y compartir localmente una energía renovable?",
        "¿Qué montajes jurídicos favorecen los proyectos energéticos colectivos?",
    ],
    "theme:europe-et-international": [
        "Europa e internacional",
        "Asociar las ciudades a las políticas europeas y dar coherencia a la acción de los actores franceses en la "
        "cooperación internacional.",
        "Pesar en las agendas urbanas",
        "La agenda urbana de la Unión Europea da a las ciudades un lugar en la elaboración de las políticas que les "
        "afectan: pobreza, migraciones, contaminación o movilidad.",
        "Fuera de Europa, la cooperación bilateral entre Estados, entidades locales y empresas se inscribe en los "
        "marcos multilaterales, de las COP a los Objetivos de Desarrollo Sostenible. El reto es presentar una "
        "oferta francesa clara.",
        "¿Cómo participan las ciudades francesas en la agenda urbana europea?",
        "¿Cómo hacer visible la oferta francesa entre las iniciativas internacionales?",
    ],
    "theme:financement": [
        "Financiación",
        "Encontrar los medios de la ciudad sostenible: programas de inversión, préstamos a las entidades locales, "
        "colaboraciones público-privadas y microcrédito urbano.",
        "Una gama de herramientas financieras",
        "En Francia, los programas de inversiones de futuro apoyan los proyectos urbanos innovadores que demuestran "
        "excelencia y cooperación.",
        "En muchos países, el acceso de las ciudades al crédito sigue siendo la principal dificultad. Los préstamos "
        "directos, la intermediación bancaria y las colaboraciones público-privadas permiten responder a ella.",
        "¿Cómo puede una ciudad acceder al crédito para invertir?",
        "¿Qué criterios aplican los programas de inversión?",
        "¿Cuándo es adecuada una colaboración público-privada?",
    ],
    "theme:gouvernance-participative": [
        "Gobernanza participativa",
        "Construir el proyecto territorial con todas las personas a las que afecta, gracias a maquetas 3D, "
        "cartografía participativa y datos abiertos.",
        "El proyecto urbano se hace con los habitantes",
        "Un proyecto territorial ya no es asunto de dos socios: habitantes, asociaciones y usuarios participan en su "
        "diseño.",
        "Las maquetas tridimensionales, los mapas colaborativos en línea y las plataformas de datos hacen el "
        "proyecto comprensible para todos y recogen información nueva.",
        "¿Cómo asociar a los habitantes desde el diseño de un proyecto?",
        "¿Cómo hacer comprensibles para todos los datos de un proyecto?",
        "¿Qué herramientas digitales favorecen la participación?",
    ],
    "theme:ingenierie": [
        "Ingeniería",
        "Acompañar cada etapa, de la intención al programa y de la obra a la puesta en servicio, con una oferta "
        "integrada que da prioridad al ecodiseño.",
        "Una oferta integrada, de la intención a la explotación",
        "Entre la estrategia del promotor, el trabajo de la dirección de obra y la gestión diaria, cada relevo es "
        "un riesgo para la calidad del proyecto.",
        "La ingeniería actúa como socio operativo: explora los escenarios posibles y hace del ecodiseño una regla "
        "desde el principio.",
        "¿Quién traduce la intención política en un programa operativo?",
        "¿Cómo garantizar la continuidad entre la obra y la explotación?",
    ],
    "theme:mobilite": [
        "Movilidad",
        "Favorecer el transporte público y los modos activos, integrar los nuevos servicios compartidos y reducir "
        "los desplazamientos forzados.",
        "Desplazarse de otra manera",
        "Los modos de vida cambian: vehículos en libre servicio, coche compartido, bicicleta y teletrabajo "
        "transforman la manera de desplazarse en la ciudad.",
        "Las ciudades innovan fomentando el transporte público y los modos suaves, integrándolos mejor en el "
        "espacio público y apoyándose en nuevas tecnologías.",
        "¿Cómo dar más espacio a la movilidad suave?",
        "¿Cómo integrar los servicios compartidos en la red de transporte público?",
        "¿Cómo reducir los desplazamientos forzados?",
    ],
    "theme:nature-en-ville": [
        "Naturaleza en la ciudad",
        "Reforzar la vegetación y la biodiversidad urbanas en favor de la salud, el bienestar y la adaptación al "
        "cambio climático.",
        "La naturaleza, aliada de la salud pública",
        "Numerosos estudios muestran que una ciudad más verde mejora la salud y el bienestar de sus habitantes y "
        "atenúa las olas de calor.",
        "La ingeniería ecológica, las herramientas informáticas, las etiquetas y las iniciativas ciudadanas "
        "permiten actuar a todas las escalas, del patio de colegio al gran parque urbano.",
        "¿Cómo refrescar la ciudad con la vegetación?",
        "¿Cómo medir los beneficios de la naturaleza para la salud?",
        "¿Cómo asociar a los habitantes a la gestión de las zonas verdes?",
    ],
    "theme:numerique": [
        "Digital",
        "Utilizar las herramientas digitales para diseñar, coordinar y gestionar la ciudad: redes inteligentes, "
        "gemelos digitales y realidad aumentada.",
        "Del control de los flujos al diseño compartido",
        "Lo digital ofrece una visión de conjunto del proyecto urbano y ayuda a coordinar los servicios para "
        "controlar sus costes.",
        "Más allá del control de las redes, los simuladores ayudan a diseñar una oferta integrada y la realidad "
        "aumentada permite coproducir el proyecto con los habitantes.",
        "¿Cómo ayuda un gemelo digital a tomar decisiones?",
        "¿Cómo proteger los datos de los habitantes?",
        "¿Cómo compartir las herramientas digitales entre servicios urbanos?",
    ],
    "theme:valeur-du-sol": [
        "Valor del suelo",
        "Preservar los suelos, limitar la artificialización y recuperar los terrenos baldíos, con herramientas "
        "jurídicas, fiscales y técnicas adecuadas.",
        "El suelo, un recurso que hay que preservar",
        "El suelo es un recurso escaso: condiciona la salud pública, la prevención de riesgos y la biodiversidad.",
        "Reconvertir los terrenos baldíos, caracterizar los suelos contaminados y coordinar mejor a las "
        "autoridades competentes permite construir la ciudad sobre la ciudad.",
        "¿Cómo reconvertir un terreno industrial abandonado?",
        "¿Qué herramientas fiscales limitan la artificialización del suelo?",
    ],
    "theme:services-urbains-integres": [
        "Servicios urbanos integrados",
        "Ofrecer servicios urbanos numerosos, eficaces y sobrios diseñándolos juntos: agua, residuos, energía, "
        "alumbrado y transporte.",
        "Pensar los servicios en conjunto",
        "Las ciudades que crecen deben garantizar a sus habitantes una buena calidad de vida con un bajo impacto "
        "ambiental.",
        "Diseñar juntos el agua, los residuos, la energía y la movilidad, y conectarlos mediante lo digital, abre "
        "ahorros que ningún servicio lograría por sí solo.",
        "¿Cómo mutualizar las redes de varios servicios urbanos?",
        "¿Cómo medir la calidad del servicio prestado a los habitantes?",
        "¿Qué gobernanza para unos servicios urbanos integrados?",
    ],
    "programme:divd": [
        "Demostradores industriales para la ciudad sostenible",
        "Una convocatoria de proyectos que reunió a empresas y entidades locales en consorcios para desplegar "
        "localmente innovaciones urbanas, con el apoyo de un equipo interministerial.",
        "Consorcios público-privados",
        "El programa se dirige a empresas de todos los tamaños y oficios. Con los territorios que las apoyan, "
        "forman consorcios que prueban innovaciones técnicas, organizativas y de gobernanza.",
        "El Estado acompaña cada demostrador en modo proyecto, mediante un equipo interministerial en relación con "
        "las administraciones y los reguladores afectados.",
    ],
    "programme:pia": [
        "Programa de inversiones de futuro",
        "El programa del Estado francés que financia proyectos innovadores, entre ellos los de la ciudad "
        "sostenible, según tres criterios: excelencia, innovación y cooperación.",
        "Invertir en la innovación urbana",
        "Las inversiones de futuro apoyan proyectos elegidos por su excelencia, su carácter innovador y la "
        "cooperación entre sus socios.",
        "Varios proyectos presentados en este sitio han recibido este apoyo.",
    ],
    "country:maroc": [
        "Marruecos",
        "Un socio importante del Magreb, donde el crecimiento de las ciudades exige soluciones sostenibles.",
        "Los intercambios se centran en las ciudades nuevas, el transporte urbano y la gestión del agua. La red "
        "recibe delegaciones marroquíes y difunde las convocatorias de proyectos.",
    ],
    "country:tunisie": [
        "Túnez",
        "Un país del Magreb comprometido con la descentralización y la rehabilitación de sus medinas.",
        "La cooperación apoya a los municipios tunecinos en la planificación urbana, la gestión de residuos y la "
        "eficiencia energética de los edificios públicos.",
    ],
    "country:algerie": [
        "Argelia",
        "Un gran país mediterráneo que desarrolla sus ciudades nuevas y su transporte público.",
        "Los actores franceses comparten su experiencia en tranvías, saneamiento y diseño de barrios de bajo "
        "consumo energético.",
    ],
    "country:senegal": [
        "Senegal",
        "Un socio de África Occidental que desarrolla nuevos polos urbanos en torno a Dakar.",
        "La movilidad, la energía solar y la gestión de residuos están en el centro de los intercambios entre "
        "entidades locales, agencias y empresas de ambos países.",
    ],
    "country:cote-divoire": [
        "Costa de Marfil",
        "Una economía dinámica cuya capital económica, Abiyán, crece con rapidez.",
        "La cooperación abarca el transporte urbano, el saneamiento y la formación de los servicios técnicos "
        "municipales.",
    ],
    "country:quebec-canada": [
        "Quebec (Canadá)",
        "Una provincia francófona con la que se estrechan los lazos en materia de ciudad sostenible.",
        "Los intercambios reúnen a municipios, investigadores y empresas en torno a la adaptación al clima, la "
        "construcción en madera y la participación ciudadana.",
    ],
    "country:etats-unis": [
        "Estados Unidos",
        "Un mercado en el que las ciudades suelen liderar la acción climática.",
        "La red favorece los intercambios entre metrópolis francesas y estadounidenses sobre resiliencia, "
        "rehabilitación energética y servicios digitales.",
    ],
    "country:colombie": [
        "Colombia",
        "Un país reconocido por el urbanismo social de sus grandes ciudades.",
        "El transporte por cable, la recualificación de barrios y los espacios públicos alimentan intercambios de "
        "experiencias en ambos sentidos.",
    ],
    "country:bresil": [
        "Brasil",
        "Un país de grandes metrópolis, pionero de los autobuses de tránsito rápido.",
        "La cooperación abarca la movilidad, el saneamiento y la planificación metropolitana, con entidades "
        "locales y empresas de ambos países.",
    ],
    "country:chili": [
        "Chile",
        "Un socio andino atento a los riesgos naturales y a la transición energética.",
        "Los intercambios tratan de la construcción sismorresistente, la energía solar y la calidad del aire en "
        "Santiago.",
    ],
    "country:roumanie": [
        "Rumanía",
        "Un socio europeo con el que la ciudad fue un tema destacado de una temporada cultural cruzada.",
        "Los concursos de ciudad sostenible, la rehabilitación energética y los fondos europeos estructuran la "
        "cooperación entre ciudades rumanas y francesas.",
    ],
    "country:suede": [
        "Suecia",
        "Un país unido a Francia por una asociación estratégica sobre la ciudad sostenible.",
        "Los ecobarrios, las redes de calor y la innovación pública dan lugar a visitas cruzadas y proyectos "
        "comunes.",
    ],
    "country:pologne": [
        "Polonia",
        "Un socio europeo donde se han organizado concursos de ciudad sostenible.",
        "La cooperación abarca la calefacción urbana, la calidad del aire y la reconversión de terrenos "
        "industriales abandonados.",
    ],
    "country:bulgarie": [
        "Bulgaria",
        "Un país europeo asociado a los concursos de ciudad sostenible en Europa central y oriental.",
        "La rehabilitación de los grandes conjuntos de viviendas, la eficiencia energética y la movilidad urbana "
        "son los principales temas de intercambio.",
    ],
    "country:espagne": [
        "España",
        "Un vecino con el que se ha celebrado un seminario franco-español sobre la ciudad.",
        "Las ciudades inteligentes, la adaptación al calor y la gestión del agua acercan a los actores de ambos "
        "países.",
    ],
    "country:chine": [
        "China",
        "Un socio privilegiado para el desarrollo urbano en Asia.",
        "Los intercambios tratan de los ecobarrios, la planificación baja en carbono y la formación de "
        "urbanistas.",
    ],
    "country:inde": [
        "India",
        "Un país que lleva a cabo un amplio programa de ciudades inteligentes.",
        "Los actores franceses acompañan a ciudades indias en movilidad, agua y planificación urbana.",
    ],
    "country:japon": [
        "Japón",
        "Un socio de alta tecnología que afronta el envejecimiento de su población.",
        "Las ciudades compactas, la resiliencia frente a los terremotos y la innovación energética alimentan los "
        "intercambios entre investigadores y empresas.",
    ],
    "country:coree-du-sud": [
        "Corea del Sur",
        "Un país pionero de las ciudades nuevas conectadas.",
        "Lo digital urbano, la movilidad eléctrica y la naturaleza en la ciudad forman parte de los intercambios.",
    ],
    "country:indonesie": [
        "Indonesia",
        "Un archipiélago cuyas grandes ciudades se enfrentan a la subida de las aguas.",
        "La cooperación abarca la gestión del agua, el transporte público y la prevención de inundaciones.",
    ],
    "country:vietnam": [
        "Vietnam",
        "Un país en rápida urbanización, socio de larga data de las entidades locales francesas.",
        "La cooperación descentralizada, el transporte urbano y el patrimonio son los principales temas de "
        "intercambio.",
    ],
    "org:horizon": [
        "Atelier Horizon Ingénierie (empresa ficticia)",
        "Oficina técnica imaginaria, creada para las fichas de ejemplo.",
    ],
    "org:helianthe": [
        "Hélianthe Énergies (empresa ficticia)",
        "Operador de redes energéticas imaginario, creado para las fichas de ejemplo.",
    ],
    "org:cyclade": [
        "Cyclade Mobilités (empresa ficticia)",
        "Operador de transporte imaginario, creado para las fichas de ejemplo.",
    ],
    "org:boucle": [
        "Boucle Matériaux (empresa ficticia)",
        "Empresa de reempleo imaginaria, creada para las fichas de ejemplo.",
    ],
    "org:canopee": [
        "Canopée Paysages (empresa ficticia)",
        "Paisajista imaginario, creado para las fichas de ejemplo.",
    ],
    "org:donnees": [
        "Données Communes (empresa ficticia)",
        "Editor de software urbano imaginario, creado para las fichas de ejemplo.",
    ],
    "org:aquaterra": [
        "Aquaterra Services (empresa ficticia)",
        "Operador de servicios de agua imaginario, creado para las fichas de ejemplo.",
    ],
    "org:syndicat": [
        "Mancomunidad de ejemplo (organismo público ficticio)",
        "Agrupación de municipios imaginaria, creada para las fichas de ejemplo.",
    ],
    "org:agence": [
        "Agencia de urbanismo de ejemplo (organismo público ficticio)",
        "Agencia de urbanismo imaginaria, creada para las fichas de ejemplo.",
    ],
    "org:labo": [
        "Laboratorio Ciudad y Clima (organismo de investigación ficticio)",
        "Laboratorio de investigación imaginario, creado para las fichas de ejemplo.",
    ],
    "org:quartiers": [
        "Asociación Quartiers Vivants (asociación ficticia)",
        "Asociación de vecinos imaginaria, creada para las fichas de ejemplo.",
    ],
    "org:sem": [
        "Sociedad de economía mixta de ejemplo (organismo público ficticio)",
        "Sociedad de urbanización y financiación imaginaria, creada para las fichas de ejemplo.",
    ],
    "sheet:exemple-reseau-de-chaleur-biomasse": [
        "Ejemplo: una red de calor alimentada con madera local",
        "Ficha de ejemplo: una aglomeración sustituye sus calderas de gasóleo por una red de calor alimentada con "
        "madera de los bosques cercanos.",
        "Los edificios del barrio se calentaban con calderas de gasóleo antiguas, caras y contaminantes.",
        "Una central térmica quema astillas de madera procedentes de bosques situados a menos de cien kilómetros y "
        "distribuye el calor por una red subterránea.",
        "El precio del calor se ha vuelto estable y previsible para los hogares.",
        "Las emisiones de gases de efecto invernadero de la calefacción han bajado mucho y el sector local de la "
        "madera ha creado empleo.",
        "de red de calor",
        "de calor renovable",
        "viviendas conectadas",
    ],
    "sheet:exemple-tramway-sobre": [
        "Ejemplo: una línea de tranvía de bajo consumo energético",
        "Ficha de ejemplo: una línea de tranvía sin catenaria en el centro histórico, que recupera la energía de "
        "frenado.",
        "La ciudad quería una línea de transporte capaz de atravesar su centro histórico sin postes ni cables "
        "aéreos.",
        "El tranvía se alimenta desde el suelo en el centro y almacena la energía recuperada al frenar para "
        "reutilizarla al arrancar.",
        "El tranvía ha devuelto las plazas del centro a los peatones.",
        "La afluencia superó las previsiones y el enfoque ha sido adoptado por otras ciudades, en Francia y en el "
        "Magreb.",
        "de línea",
        "viajeros al día",
        "de energía recuperada al frenar",
    ],
    "sheet:exemple-reemploi-materiaux": [
        "Ejemplo: una plataforma de reempleo de materiales de obra",
        "Ficha de ejemplo: una plataforma recoge, controla y revende los materiales procedentes de las "
        "demoliciones de la metrópoli.",
        "Las obras de demolición producían miles de toneladas de residuos, aunque muchos materiales seguían en buen "
        "estado.",
        "Antes de cada demolición, un diagnóstico localiza puertas, ladrillos, parqués y equipos reutilizables; la "
        "plataforma los almacena, los controla y los revende a las obras siguientes.",
        "Ahora construimos con lo que ayer demolíamos.",
        "Las empresas de construcción compran materiales más baratos y la metrópoli envía menos residuos al "
        "vertedero.",
        "de materiales reutilizados al año",
        "menos de residuos de obra",
    ],
    "sheet:exemple-parc-inondable": [
        "Ejemplo: un parque inundable en el corazón de un barrio",
        "Ficha de ejemplo: un parque diseñado para almacenar el agua de las crecidas y refrescar el barrio en "
        "verano.",
        "El barrio, construido en una zona baja, sufría inundaciones frecuentes y carecía de zonas verdes.",
        "Un antiguo aparcamiento se transformó en un parque hundido, plantado con especies adaptadas al agua, que "
        "se llena durante las crecidas y después se vacía.",
        "Los niños juegan donde antes solo había asfalto.",
        "Las inundaciones ya no alcanzan las viviendas y la temperatura percibida ha bajado durante las olas de "
        "calor.",
        "de zonas verdes",
        "menos durante las olas de calor",
        "de agua almacenada durante las crecidas",
    ],
    "sheet:exemple-jumeau-numerique": [
        "Ejemplo: un gemelo digital para coordinar las obras",
        "Ficha de ejemplo: una maqueta digital de la ciudad compartida por los servicios para planificar juntos "
        "sus obras.",
        "Los servicios de agua, vialidad y energía abrían a menudo la misma calle con pocos meses de diferencia.",
        "Una maqueta tridimensional reúne las redes subterráneas, los edificios y las obras previstas; cada "
        "servicio la consulta y registra en ella sus obras.",
        "Por fin vemos toda la ciudad en una misma pantalla.",
        "Las obras se agrupan mejor, las calles se abren con menos frecuencia y los habitantes reciben la "
        "información antes.",
        "modelizados en tres dimensiones",
        "más de obras coordinadas",
    ],
    "sheet:exemple-carte-participative": [
        "Ejemplo: una consulta ciudadana en un mapa participativo",
        "Ficha de ejemplo: los habitantes señalan en un mapa en línea sus ideas para el acondicionamiento de su "
        "barrio.",
        "La ciudad preparaba la remodelación de varias calles y quería escuchar otras voces además de las de las "
        "reuniones públicas.",
        "Un mapa en línea permitía dejar una idea en el lugar exacto al que se refiere; talleres en la calle "
        "completaban el proceso para quienes no usan internet.",
        "Por primera vez vi mi idea dibujada en el plano final.",
        "Un centenar de propuestas de los habitantes se integraron en el proyecto, que se aprobó sin recursos "
        "judiciales.",
        "contribuciones de habitantes",
        "talleres de barrio",
    ],
    "sheet:exemple-reconversion-friche": [
        "Ejemplo: la reconversión de un terreno industrial en un barrio mixto",
        "Ficha de ejemplo: una antigua fábrica se convierte en un barrio de viviendas, oficinas y talleres, sin "
        "consumir tierras agrícolas.",
        "Una fábrica cerrada desde hacía veinte años ocupaba un amplio terreno contaminado cerca del centro de la "
        "ciudad.",
        "Los suelos se descontaminaron in situ, las naves más sólidas se conservaron y se transformaron en "
        "talleres, y se construyeron nuevas viviendas alrededor de un parque.",
        "El barrio conserva la memoria de la fábrica y acoge a nuevos habitantes.",
        "La ciudad ha creado un nuevo barrio sin extender su urbanización sobre tierras agrícolas.",
        "de terreno industrial reconvertido",
        "viviendas",
        "empresas instaladas",
    ],
    "sheet:exemple-station-epuration-biogaz": [
        "Ejemplo: una depuradora que produce biogás",
        "Ficha de ejemplo: una depuradora trata las aguas residuales y transforma sus lodos en energía.",
        "Una parte de las aguas residuales de la ciudad llegaba al mar sin tratamiento.",
        "La nueva depuradora trata las aguas residuales; sus lodos se someten a digestión anaerobia para producir "
        "el biogás que alimenta parte de sus equipos.",
        "Las playas cercanas han recuperado un agua de mejor calidad.",
        "La calidad del agua ha mejorado y la depuradora cubre por sí misma una gran parte de sus necesidades de "
        "electricidad.",
        "habitantes atendidos",
        "de la electricidad de la depuradora producida in situ",
    ],
    "sheet:exemple-velos-partages": [
        "Ejemplo: bicicletas eléctricas de uso compartido",
        "Ficha de ejemplo: un servicio de bicicletas eléctricas compartidas complementa el metro de una capital sudamericana.",
        "Muchos habitantes vivían demasiado lejos de las estaciones de metro para llegar a pie.",
        "Se instalaron estaciones de bicicletas eléctricas alrededor de las estaciones de metro.",
        "La bicicleta me hace ganar media hora cada mañana.",
        "El servicio ha atraído a nuevos usuarios hacia el transporte público.",
        "bicicletas",
        "estaciones",
    ],
}
