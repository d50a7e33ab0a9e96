"""Example fact sheets ("réalisations innovantes"), in French.

Every one is an illustrative example: its title starts with "Exemple", its summary says so, its
actors are the fictional organisations of ``organisations.FICTIONAL`` and its quotes are
fictional testimonies. Places are real cities, so that maps and country pages have something
to show; the projects described there are invented.

Each sheet: slug, title, summary, place (city, region, country slug or None for France,
latitude, longitude), years, status, themes, partner countries, programme, key figures (value,
unit, label), actors (organisation key, role), the body's context / solution / quote / results,
and flags: ``featured`` (on the home page), ``translated`` (into every locale, not only
English), ``languages`` (extra locales besides English, for a sheet about a country whose
delegations read that language), ``video``, ``document``.
"""

# Strings shared by every sheet (translated once).
HEADING_CONTEXT = "Le contexte"
HEADING_SOLUTION = "La solution"
HEADING_RESULTS = "Les résultats"
GALLERY_ALT = "Illustration de démonstration : silhouettes d'immeubles et d'arbres devant un ciel en dégradé"
GALLERY_CAPTION = "Image générée pour cette fiche d'exemple."
DOCUMENT_TITLE = "Synthèse de la fiche d'exemple (PDF)"
VIDEO_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
VIDEO_TITLE = "Vidéo de démonstration du lecteur : « Big Buck Bunny », court métrage libre de la Blender Foundation"
VIDEO_TRANSCRIPT = (
    "Cette réalisation étant fictive, aucune vidéo ne la présente : le lecteur montre un court métrage "
    "d'animation libre de droits, sans dialogue. Un grand lapin se réveille dans une forêt, se fait "
    "taquiner par trois rongeurs, puis leur tend des pièges astucieux pour leur donner une leçon."
)
ELECTED = "Une élue locale (témoignage fictif)"
RESIDENT = "Un habitant du quartier (témoignage fictif)"
ENGINEER = "Une cheffe de projet (témoignage fictif)"
PARTNER = "Un partenaire étranger (témoignage fictif)"

OWNER = "Maître d'ouvrage"
DESIGNER = "Maître d'œuvre"
OPERATOR = "Exploitant"
RESEARCH = "Partenaire scientifique"
FUNDER = "Financeur"
FACILITATOR = "Animation de la concertation"

FACT_SHEETS = [
    {
        "slug": "exemple-reseau-de-chaleur-biomasse",
        "title": "Exemple : un réseau de chaleur alimenté par le bois local",
        "summary": "Fiche d'exemple : une agglomération remplace ses chaudières au fioul par un réseau de chaleur "
        "alimenté par le bois des forêts voisines.",
        "place": ("Besançon", "Bourgogne-Franche-Comté", None, 47.237829, 6.024054),
        "years": (2016, 2020), "status": "completed",
        "themes": ["energie", "services-urbains-integres"], "countries": ["pologne", "roumanie"], "programme": "pia",
        "figures": [(12, "km", "de réseau de chaleur"), (70, "%", "de chaleur renouvelable"),
                    (9000, "", "logements raccordés")],
        "actors": [("syndicat", OWNER), ("helianthe", OPERATOR)],
        "context": "Les immeubles du quartier étaient chauffés par des chaudières au fioul anciennes, coûteuses et "
        "polluantes.",
        "solution": "Une chaufferie centrale brûle des plaquettes de bois issues de forêts situées à moins de cent "
        "kilomètres et distribue la chaleur par un réseau enterré.",
        "quote": ("Le prix de la chaleur est devenu stable et prévisible pour les ménages.", ELECTED),
        "results": "Les émissions de gaz à effet de serre du chauffage ont fortement baissé et la filière bois locale "
        "a créé des emplois.",
        "featured": True, "translated": True, "document": True,
    },
    {
        "slug": "exemple-tramway-sobre",
        "title": "Exemple : une ligne de tramway sobre en énergie",
        "summary": "Fiche d'exemple : une ligne de tramway sans caténaire sur le centre historique, qui récupère "
        "l'énergie de freinage.",
        "place": ("Tours", "Centre-Val de Loire", None, 47.394144, 0.68484),
        "years": (2010, 2013), "status": "replicated",
        "themes": ["mobilite", "ingenierie"], "countries": ["maroc", "algerie"], "programme": None,
        "figures": [(15, "km", "de ligne"), (55000, "", "voyageurs par jour"), (30, "%", "d'énergie récupérée au freinage")],
        "actors": [("cyclade", OPERATOR), ("horizon", DESIGNER)],
        "context": "La ville voulait une ligne de transport capable de traverser son centre historique sans poteaux ni "
        "fils aériens.",
        "solution": "Le tramway est alimenté par le sol dans le centre et stocke l'énergie récupérée lors des freinages "
        "pour la réutiliser au démarrage.",
        "quote": ("Le tramway a rendu les places du centre aux piétons.", RESIDENT),
        "results": "La fréquentation a dépassé les prévisions et la démarche a été reprise par d'autres villes, en "
        "France et au Maghreb.",
        "featured": True, "translated": True, "video": True,
    },
    {
        "slug": "exemple-reemploi-materiaux",
        "title": "Exemple : une plateforme de réemploi des matériaux de chantier",
        "summary": "Fiche d'exemple : une plateforme collecte, contrôle et revend les matériaux issus des démolitions "
        "de la métropole.",
        "place": ("Lille", "Hauts-de-France", None, 50.629250, 3.057256),
        "years": (2018, 2022), "status": "completed",
        "themes": ["economie-circulaire"], "countries": ["suede"], "programme": "divd",
        "figures": [(4500, "t", "de matériaux réemployés par an"), (30, "%", "de déchets de chantier en moins")],
        "actors": [("boucle", OPERATOR), ("sem", OWNER)],
        "context": "Les chantiers de démolition produisaient des milliers de tonnes de déchets, alors que beaucoup de "
        "matériaux étaient encore en bon état.",
        "solution": "Avant chaque démolition, un diagnostic repère les portes, briques, parquets et équipements "
        "réutilisables ; la plateforme les stocke, les contrôle et les revend aux chantiers suivants.",
        "quote": ("Nous construisons désormais avec ce que nous démolissions hier.", ENGINEER),
        "results": "Les entreprises du bâtiment achètent des matériaux moins chers et la métropole envoie moins de "
        "déchets en décharge.",
        "featured": False, "translated": True, "document": True,
    },
    {
        "slug": "exemple-parc-inondable",
        "title": "Exemple : un parc inondable au cœur d'un quartier",
        "summary": "Fiche d'exemple : un parc conçu pour stocker l'eau des crues et rafraîchir le quartier en été.",
        "place": ("Nantes", "Pays de la Loire", None, 47.218371, -1.553621),
        "years": (2017, 2021), "status": "completed",
        "themes": ["nature-en-ville", "valeur-du-sol"], "countries": ["vietnam", "indonesie"], "programme": None,
        "figures": [(6, "ha", "d'espaces verts"), (2, "°C", "de moins lors des fortes chaleurs"),
                    (40000, "m³", "d'eau stockés lors des crues")],
        "actors": [("agence", OWNER), ("canopee", DESIGNER)],
        "context": "Le quartier, construit en zone basse, subissait des inondations régulières et manquait d'espaces "
        "verts.",
        "solution": "Un ancien parking a été transformé en parc en creux, planté d'espèces adaptées à l'eau, qui se "
        "remplit lors des crues et se vide ensuite.",
        "quote": ("Les enfants jouent là où il n'y avait que du goudron.", RESIDENT),
        "results": "Les inondations ne touchent plus les logements et la température ressentie a baissé pendant les "
        "vagues de chaleur.",
        "featured": True, "translated": True,
    },
    {
        "slug": "exemple-jumeau-numerique",
        "title": "Exemple : un jumeau numérique pour coordonner les travaux",
        "summary": "Fiche d'exemple : une maquette numérique de la ville partagée par les services pour planifier "
        "ensemble leurs chantiers.",
        "place": ("Rennes", "Bretagne", None, 48.117266, -1.677793),
        "years": (2019, 2023), "status": "in_progress",
        "themes": ["numerique", "ingenierie"], "countries": ["coree-du-sud", "japon"], "programme": "pia",
        "figures": [(120, "km²", "modélisés en trois dimensions"), (15, "%", "de chantiers coordonnés en plus")],
        "actors": [("donnees", DESIGNER), ("labo", RESEARCH)],
        "context": "Les services de l'eau, de la voirie et de l'énergie ouvraient souvent la même rue à quelques mois "
        "d'intervalle.",
        "solution": "Une maquette en trois dimensions réunit les réseaux souterrains, les bâtiments et les travaux "
        "prévus ; chaque service y consulte et y inscrit ses chantiers.",
        "quote": ("Nous voyons enfin la ville entière sur un même écran.", ENGINEER),
        "results": "Les chantiers sont mieux regroupés, les rues sont ouvertes moins souvent et les habitants sont "
        "informés plus tôt.",
        "featured": True, "translated": True, "video": True,
    },
    {
        "slug": "exemple-carte-participative",
        "title": "Exemple : une concertation sur une carte participative",
        "summary": "Fiche d'exemple : les habitants signalent sur une carte en ligne leurs idées pour l'aménagement de "
        "leur quartier.",
        "place": ("Strasbourg", "Grand Est", None, 48.573405, 7.752111),
        "years": (2020, 2021), "status": "completed",
        "themes": ["gouvernance-participative", "numerique"], "countries": ["quebec-canada", "colombie"], "programme": None,
        "figures": [(3200, "", "contributions d'habitants"), (14, "", "ateliers de quartier")],
        "actors": [("quartiers", FACILITATOR), ("donnees", DESIGNER)],
        "context": "La ville préparait le réaménagement de plusieurs rues et souhaitait entendre d'autres voix que "
        "celles des réunions publiques.",
        "solution": "Une carte en ligne permettait de déposer une idée à l'endroit précis où elle s'applique ; des "
        "ateliers de rue complétaient la démarche pour ceux qui n'utilisent pas internet.",
        "quote": ("Pour la première fois, j'ai vu mon idée dessinée sur le plan final.", RESIDENT),
        "results": "Une centaine de propositions d'habitants ont été intégrées au projet, qui a été adopté sans "
        "recours.",
        "featured": True, "translated": True,
    },
    {
        "slug": "exemple-reconversion-friche",
        "title": "Exemple : la reconversion d'une friche industrielle en quartier mixte",
        "summary": "Fiche d'exemple : une ancienne usine devient un quartier de logements, de bureaux et d'ateliers, "
        "sans consommer de terres agricoles.",
        "place": ("Saint-Étienne", "Auvergne-Rhône-Alpes", None, 45.439695, 4.387178),
        "years": (2014, 2024), "status": "in_progress",
        "themes": ["valeur-du-sol", "developpement-territorial"], "countries": ["pologne", "bulgarie"], "programme": "divd",
        "figures": [(18, "ha", "de friche reconvertie"), (900, "", "logements"), (40, "", "entreprises accueillies")],
        "actors": [("sem", OWNER), ("horizon", DESIGNER)],
        "context": "Une usine fermée depuis vingt ans occupait un vaste terrain pollué à proximité du centre-ville.",
        "solution": "Les sols ont été dépollués sur place, les halles les plus solides conservées et transformées en "
        "ateliers, et de nouveaux logements construits autour d'un parc.",
        "quote": ("Le quartier garde la mémoire de l'usine tout en accueillant de nouveaux habitants.", ELECTED),
        "results": "La ville a créé un nouveau quartier sans étendre son urbanisation sur les terres agricoles.",
        "featured": False, "translated": True, "document": True,
    },
    {
        "slug": "exemple-campus-demonstrateur",
        "title": "Exemple : un campus démonstrateur de la ville durable",
        "summary": "Fiche d'exemple : un campus universitaire sert de terrain d'essai à des solutions urbaines avant "
        "leur diffusion.",
        "place": ("Champs-sur-Marne", "Île-de-France", None, 48.840000, 2.587000),
        "years": (2015, 2025), "status": "in_progress",
        "themes": ["developpement-territorial", "energie"], "countries": ["inde", "chine"], "programme": "pia",
        "figures": [(15000, "", "étudiants et chercheurs"), (25, "", "expérimentations en cours")],
        "actors": [("labo", RESEARCH), ("syndicat", OWNER)],
        "context": "Écoles, laboratoires et entreprises du même territoire travaillaient sur la ville durable sans se "
        "connaître.",
        "solution": "Le campus ouvre ses bâtiments, ses réseaux et ses rues aux expérimentations et met les équipes en "
        "relation.",
        "quote": ("Une expérimentation réussie ici peut être reprise dans une ville entière.", ENGINEER),
        "results": "Plusieurs solutions testées sur le campus ont été adoptées par des collectivités voisines.",
    },
    {
        "slug": "exemple-fonds-renovation-coproprietes",
        "title": "Exemple : un fonds pour la rénovation des copropriétés",
        "summary": "Fiche d'exemple : un fonds public et privé avance aux copropriétés le coût de leur rénovation "
        "énergétique.",
        "place": ("Lyon", "Auvergne-Rhône-Alpes", None, 45.764043, 4.835659),
        "years": (2018, 2024), "status": "in_progress",
        "themes": ["financement", "energie"], "countries": ["espagne"], "programme": None,
        "figures": [(40, "M€", "mobilisés"), (35, "%", "d'économies d'énergie en moyenne")],
        "actors": [("sem", FUNDER), ("horizon", DESIGNER)],
        "context": "Beaucoup de copropriétés renonçaient à rénover leurs immeubles faute de pouvoir avancer les frais.",
        "solution": "Le fonds finance les travaux et se rembourse sur une partie des économies d'énergie réalisées.",
        "quote": ("Les copropriétaires ont voté les travaux dès que la question du financement a été réglée.", ENGINEER),
        "results": "Les immeubles rénovés consomment nettement moins et les charges des ménages ont baissé.",
    },
    {
        "slug": "exemple-quartier-mediterraneen",
        "title": "Exemple : un quartier méditerranéen adapté à la chaleur",
        "summary": "Fiche d'exemple : rues ombragées, sols perméables et fontaines rafraîchissent un quartier exposé "
        "aux canicules.",
        "place": ("Marseille", "Provence-Alpes-Côte d'Azur", None, 43.296482, 5.369780),
        "years": (2019, 2024), "status": "in_progress",
        "themes": ["nature-en-ville", "europe-et-international"], "countries": ["maroc", "tunisie", "espagne"],
        "programme": None,
        "figures": [(25, "%", "de surfaces désimperméabilisées"), (1200, "", "arbres plantés")],
        "actors": [("agence", OWNER), ("canopee", DESIGNER)],
        "context": "Le quartier, très minéral, devenait difficile à vivre pendant les étés de plus en plus chauds.",
        "solution": "Les rues ont été plantées, les sols rendus perméables et des points d'eau installés, en "
        "s'inspirant des savoir-faire des deux rives de la Méditerranée.",
        "quote": ("Cette expérience intéresse nos villes, qui affrontent les mêmes chaleurs.", PARTNER),
        "results": "La température au sol a baissé dans les rues réaménagées et la démarche est partagée avec des "
        "villes du Maghreb.",
    },
    {
        "slug": "exemple-navette-autonome",
        "title": "Exemple : une navette autonome dans une zone d'activités",
        "summary": "Fiche d'exemple : une navette sans conducteur relie une gare aux entreprises d'une zone "
        "d'activités.",
        "place": ("Toulouse", "Occitanie", None, 43.604652, 1.444209),
        "years": (2019, 2022), "status": "completed",
        "themes": ["mobilite", "numerique"], "countries": ["etats-unis", "japon"], "programme": "divd",
        "figures": [(3, "km", "de parcours"), (400, "", "passagers par jour")],
        "actors": [("cyclade", OPERATOR), ("labo", RESEARCH)],
        "context": "Les salariés de la zone d'activités venaient en voiture faute de liaison entre la gare et leur "
        "lieu de travail.",
        "solution": "Une navette électrique autonome circule sur une voie réservée et s'arrête à la demande.",
        "quote": ("Je laisse maintenant ma voiture à la maison.", RESIDENT),
        "results": "L'expérimentation a permis de tester la réglementation et les conditions de sécurité d'un service "
        "autonome.",
    },
    {
        "slug": "exemple-station-epuration-biogaz",
        "title": "Exemple : une station d'épuration qui produit du biogaz",
        "summary": "Fiche d'exemple : une station d'épuration traite les eaux usées et transforme ses boues en "
        "énergie.",
        "place": ("Dakar", "Région de Dakar", "senegal", 14.716677, -17.467686),
        "years": (2017, 2022), "status": "completed",
        "themes": ["services-urbains-integres", "economie-circulaire", "energie"], "countries": ["senegal", "cote-divoire"],
        "programme": None,
        "figures": [(200000, "", "habitants desservis"), (60, "%", "de l'électricité de la station produite sur place")],
        "actors": [("aquaterra", OPERATOR), ("horizon", DESIGNER)],
        "context": "Une partie des eaux usées de la ville rejoignait la mer sans traitement.",
        "solution": "La nouvelle station traite les eaux usées ; ses boues sont méthanisées pour produire le biogaz "
        "qui alimente une partie de ses équipements.",
        "quote": ("Les plages voisines ont retrouvé une eau de meilleure qualité.", PARTNER),
        "results": "La qualité de l'eau s'est améliorée et la station couvre elle-même une grande part de ses besoins "
        "en électricité.",
        "featured": True, "translated": True,
    },
    {
        "slug": "exemple-etude-mobilite-metropole",
        "title": "Exemple : une étude de mobilité pour une métropole brésilienne",
        "summary": "Fiche d'exemple : des ingénieurs français et brésiliens conçoivent ensemble un réseau de couloirs "
        "de bus.",
        "place": ("Recife", "Pernambouc", "bresil", -8.047562, -34.877001),
        "years": (2021, 2022), "status": "completed",
        "themes": ["mobilite", "ingenierie"], "countries": ["bresil", "colombie"], "programme": None,
        "figures": [(22, "km", "de couloirs de bus étudiés"), (18, "", "mois d'étude")],
        "actors": [("horizon", DESIGNER), ("agence", RESEARCH)],
        "context": "Les bus de la métropole étaient ralentis par la congestion et les habitants des périphéries "
        "passaient des heures dans les transports.",
        "solution": "L'étude a proposé un réseau de couloirs réservés, des stations accessibles et une billettique "
        "commune.",
        "quote": ("Le travail en équipe mixte a permis de partir des besoins des habitants.", PARTNER),
        "results": "La métropole dispose d'un programme d'investissement priorisé pour ses transports collectifs.",
        "languages": ["pt"],
    },
    {
        "slug": "exemple-ecoquartier-bas-carbone",
        "title": "Exemple : un écoquartier bas carbone conçu en coopération",
        "summary": "Fiche d'exemple : une coopération entre urbanistes français et chinois pour un quartier économe en "
        "énergie.",
        "place": ("Wuhan", "Hubei", "chine", 30.592849, 114.305539),
        "years": (2014, 2020), "status": "completed",
        "themes": ["developpement-territorial", "energie", "europe-et-international"], "countries": ["chine"],
        "programme": None,
        "figures": [(200, "ha", "aménagés"), (50, "%", "d'émissions en moins qu'un quartier classique")],
        "actors": [("agence", DESIGNER), ("helianthe", OPERATOR)],
        "context": "La ville voulait démontrer qu'un quartier neuf pouvait limiter fortement ses émissions.",
        "solution": "Le plan associe densité, transports collectifs, réseau de chaleur et espaces verts continus.",
        "quote": ("Nous avons appris autant que nous avons apporté.", ENGINEER),
        "results": "Le quartier sert de référence pour d'autres projets de la région.",
        "languages": ["zh-hans"],
    },
    {
        "slug": "exemple-services-numeriques-ville-indienne",
        "title": "Exemple : des services urbains numériques pour une ville indienne",
        "summary": "Fiche d'exemple : une ville réunit ses services d'eau, de déchets et de transport sur une même "
        "plateforme.",
        "place": ("Pune", "Maharashtra", "inde", 18.520430, 73.856743),
        "years": (2018, 2023), "status": "completed",
        "themes": ["numerique", "financement", "services-urbains-integres"], "countries": ["inde"], "programme": None,
        "figures": [(5, "", "services reliés"), (3, "M", "d'habitants concernés")],
        "actors": [("donnees", DESIGNER), ("aquaterra", OPERATOR)],
        "context": "Chaque service urbain disposait de ses propres outils, sans vision d'ensemble.",
        "solution": "Un centre de pilotage commun réunit les données des services et un financement mixte a permis "
        "son déploiement.",
        "quote": ("Une panne d'eau est maintenant signalée et réparée en quelques heures.", PARTNER),
        "results": "Les délais d'intervention ont diminué et la ville suit la qualité de ses services en temps réel.",
    },
    {
        "slug": "exemple-renovation-grand-ensemble",
        "title": "Exemple : la rénovation énergétique d'un grand ensemble",
        "summary": "Fiche d'exemple : des immeubles collectifs sont isolés et raccordés à un chauffage plus efficace.",
        "place": ("Bucarest", "Bucarest", "roumanie", 44.426767, 26.102538),
        "years": (2019, 2023), "status": "completed",
        "themes": ["energie", "financement"], "countries": ["roumanie", "bulgarie", "pologne"], "programme": None,
        "figures": [(1500, "", "logements rénovés"), (45, "%", "d'énergie en moins")],
        "actors": [("sem", FUNDER), ("horizon", DESIGNER)],
        "context": "Des immeubles des années 1970 perdaient une grande partie de leur chaleur par les façades.",
        "solution": "Les façades ont été isolées, les fenêtres remplacées et le chauffage modernisé, avec l'appui de "
        "fonds européens.",
        "quote": ("Nos factures de chauffage ont presque diminué de moitié.", RESIDENT),
        "results": "Le confort des habitants s'est amélioré et la méthode est reprise dans d'autres quartiers.",
    },
    {
        "slug": "exemple-collecte-biodechets",
        "title": "Exemple : la collecte séparée des biodéchets",
        "summary": "Fiche d'exemple : une agglomération collecte les déchets alimentaires pour en faire du compost et "
        "du biogaz.",
        "place": ("Grenoble", "Auvergne-Rhône-Alpes", None, 45.188529, 5.724524),
        "years": (2017, 2022), "status": "completed",
        "themes": ["economie-circulaire", "services-urbains-integres"], "countries": ["tunisie"], "programme": None,
        "figures": [(20000, "t", "de biodéchets valorisés par an"), (150000, "", "habitants desservis")],
        "actors": [("syndicat", OWNER), ("boucle", OPERATOR)],
        "context": "Un tiers des ordures ménagères était constitué de déchets alimentaires, incinérés avec le reste.",
        "solution": "Chaque foyer a reçu un bac dédié ; les biodéchets sont compostés ou méthanisés.",
        "quote": ("Le geste de tri est vite devenu une habitude.", RESIDENT),
        "results": "Le volume d'ordures incinérées a diminué et les agriculteurs voisins utilisent le compost.",
    },
    {
        "slug": "exemple-trame-verte-canal",
        "title": "Exemple : une promenade verte le long d'un canal",
        "summary": "Fiche d'exemple : les berges d'un canal deviennent une continuité écologique et une voie pour "
        "piétons et cyclistes.",
        "place": ("Bordeaux", "Nouvelle-Aquitaine", None, 44.837789, -0.579180),
        "years": (2016, 2019), "status": "completed",
        "themes": ["nature-en-ville", "mobilite"], "countries": ["suede"], "programme": None,
        "figures": [(8, "km", "de promenade"), (35, "", "espèces observées")],
        "actors": [("canopee", DESIGNER), ("quartiers", FACILITATOR)],
        "context": "Les berges du canal étaient inaccessibles et coupées par des friches.",
        "solution": "Les berges ont été replantées et reliées par un chemin continu réservé aux modes doux.",
        "quote": ("Je vais au travail à vélo en longeant l'eau.", RESIDENT),
        "results": "La biodiversité est revenue et la promenade est très fréquentée.",
    },
    {
        "slug": "exemple-budget-participatif-climat",
        "title": "Exemple : un budget participatif pour le climat",
        "summary": "Fiche d'exemple : les habitants proposent et choisissent des projets en faveur du climat financés "
        "par la ville.",
        "place": ("Dijon", "Bourgogne-Franche-Comté", None, 47.322047, 5.041480),
        "years": (2020, 2024), "status": "in_progress",
        "themes": ["gouvernance-participative", "financement"], "countries": [], "programme": None,
        "figures": [(2, "M€", "par an"), (60, "", "projets d'habitants financés")],
        "actors": [("quartiers", FACILITATOR)],
        "context": "La ville voulait associer les habitants à ses choix d'investissement pour le climat.",
        "solution": "Chaque année, une part du budget est réservée à des projets proposés et votés par les habitants.",
        "quote": ("Notre rue a maintenant des arbres parce que nous l'avons demandé.", RESIDENT),
        "results": "Jardins partagés, abris à vélos et fontaines ont été réalisés dans tous les quartiers.",
    },
    {
        "slug": "exemple-maison-du-projet",
        "title": "Exemple : une maison du projet pour un quartier en renouvellement",
        "summary": "Fiche d'exemple : un lieu ouvert informe et associe les habitants pendant toute la durée d'un "
        "projet de renouvellement urbain.",
        "place": ("Montpellier", "Occitanie", None, 43.610769, 3.876716),
        "years": (2016, 2026), "status": "in_progress",
        "themes": ["gouvernance-participative", "developpement-territorial"], "countries": ["tunisie", "maroc"],
        "programme": None,
        "figures": [(5000, "", "visiteurs par an"), (10, "", "années d'accompagnement")],
        "actors": [("quartiers", FACILITATOR), ("agence", OWNER)],
        "context": "Un grand projet de renouvellement allait transformer le quartier pendant dix ans.",
        "solution": "Une maison du projet accueille maquettes, permanences et ateliers pour suivre les travaux.",
        "quote": ("On sait toujours où en sont les travaux et à qui s'adresser.", RESIDENT),
        "results": "Les habitants participent davantage et les réclamations ont diminué.",
    },
    {
        "slug": "exemple-assistance-ville-nouvelle",
        "title": "Exemple : une assistance à maîtrise d'ouvrage pour une ville nouvelle",
        "summary": "Fiche d'exemple : une équipe française accompagne un aménageur étranger dans la programmation d'une "
        "ville nouvelle.",
        "place": ("Casablanca", "Casablanca-Settat", "maroc", 33.573110, -7.589843),
        "years": (2017, 2021), "status": "completed",
        "themes": ["ingenierie", "developpement-territorial", "europe-et-international"], "countries": ["maroc"],
        "programme": None,
        "figures": [(300, "ha", "de ville nouvelle"), (6, "", "experts mobilisés")],
        "actors": [("horizon", DESIGNER), ("agence", RESEARCH)],
        "context": "L'aménageur souhaitait une ville nouvelle sobre en énergie et bien reliée à la métropole.",
        "solution": "L'équipe a aidé à fixer le programme, les exigences environnementales et le phasage des travaux.",
        "quote": ("Nous avons construit ensemble une méthode que nous appliquons maintenant seuls.", PARTNER),
        "results": "Le plan d'aménagement a été adopté et les premières tranches sont en chantier.",
        "languages": ["ar"],
    },
    {
        "slug": "exemple-phytoremediation",
        "title": "Exemple : la dépollution d'un sol par les plantes",
        "summary": "Fiche d'exemple : des plantes choisies extraient les polluants d'un ancien site industriel avant "
        "son aménagement.",
        "place": ("Douai", "Hauts-de-France", None, 50.371400, 3.080000),
        "years": (2019, 2023), "status": "completed",
        "themes": ["valeur-du-sol", "nature-en-ville"], "countries": ["pologne"], "programme": None,
        "figures": [(4, "ha", "traités"), (3, "", "années de traitement")],
        "actors": [("labo", RESEARCH), ("canopee", OPERATOR)],
        "context": "Un terrain pollué aux métaux lourds restait inutilisable au cœur de la ville.",
        "solution": "Des plantes qui absorbent les métaux ont été cultivées puis récoltées chaque année.",
        "quote": ("La dépollution est devenue un paysage.", ENGINEER),
        "results": "La pollution a diminué et le site accueillera un parc ouvert au public.",
    },
    {
        "slug": "exemple-eclairage-public-intelligent",
        "title": "Exemple : un éclairage public intelligent et sobre",
        "summary": "Fiche d'exemple : des lampadaires connectés adaptent leur puissance à la présence des passants.",
        "place": ("Nice", "Provence-Alpes-Côte d'Azur", None, 43.710173, 7.261953),
        "years": (2018, 2021), "status": "completed",
        "themes": ["numerique", "energie", "services-urbains-integres"], "countries": ["etats-unis", "coree-du-sud"],
        "programme": "pia",
        "figures": [(60, "%", "d'électricité économisée"), (18000, "", "points lumineux")],
        "actors": [("donnees", DESIGNER), ("helianthe", OPERATOR)],
        "context": "L'éclairage public représentait une grande part de la facture d'électricité de la ville.",
        "solution": "Les lampes ont été remplacées par des diodes pilotées à distance, qui baissent en l'absence de "
        "passants.",
        "quote": ("La nuit est plus sombre, mais les rues restent sûres.", ELECTED),
        "results": "La consommation a fortement baissé et les pannes sont détectées automatiquement.",
    },
    {
        "slug": "exemple-cours-ecole-vegetalisees",
        "title": "Exemple : des cours d'école végétalisées",
        "summary": "Fiche d'exemple : des cours d'école en bitume deviennent des îlots de fraîcheur ouverts au "
        "quartier.",
        "place": ("Paris", "Île-de-France", None, 48.856613, 2.352222),
        "years": (2019, 2024), "status": "in_progress",
        "themes": ["nature-en-ville", "gouvernance-participative"], "countries": ["quebec-canada", "chili"],
        "programme": None,
        "figures": [(30, "", "cours transformées"), (4000, "m²", "désimperméabilisés")],
        "actors": [("canopee", DESIGNER), ("quartiers", FACILITATOR)],
        "context": "Les cours d'école, entièrement goudronnées, devenaient brûlantes en été.",
        "solution": "Élèves et enseignants ont dessiné avec les paysagistes des cours plantées qui absorbent l'eau de "
        "pluie.",
        "quote": ("Les élèves ont choisi eux-mêmes les arbres de leur cour.", ENGINEER),
        "results": "Les cours sont plus fraîches et servent de jardins au quartier le week-end.",
    },
    {
        "slug": "exemple-velos-partages",
        "title": "Exemple : des vélos électriques en libre-service",
        "summary": "Fiche d'exemple : un service de vélos électriques partagés complète le métro d'une capitale "
        "sud-américaine.",
        "place": ("Santiago", "Région métropolitaine de Santiago", "chili", -33.448890, -70.669265),
        "years": (2020, 2023), "status": "completed",
        "themes": ["mobilite", "europe-et-international"], "countries": ["chili"], "programme": None,
        "figures": [(1000, "", "vélos"), (120, "", "stations")],
        "actors": [("cyclade", OPERATOR)],
        "context": "Beaucoup d'habitants vivaient trop loin des stations de métro pour s'y rendre à pied.",
        "solution": "Des stations de vélos électriques ont été installées autour des stations de métro.",
        "quote": ("Le vélo me fait gagner une demi-heure chaque matin.", RESIDENT),
        "results": "Le service a attiré de nouveaux usagers vers les transports collectifs.",
        "languages": ["es"],
    },
    {
        "slug": "exemple-reseau-eau-capteurs",
        "title": "Exemple : un réseau d'eau potable surveillé par capteurs",
        "summary": "Fiche d'exemple : des capteurs repèrent les fuites d'un réseau d'eau potable pour les réparer plus "
        "vite.",
        "place": ("Hô Chi Minh-Ville", "Hô Chi Minh-Ville", "vietnam", 10.823099, 106.629664),
        "years": (2018, 2022), "status": "completed",
        "themes": ["services-urbains-integres", "numerique"], "countries": ["vietnam", "indonesie"], "programme": None,
        "figures": [(25, "%", "de fuites en moins"), (800, "", "capteurs installés")],
        "actors": [("aquaterra", OPERATOR), ("donnees", DESIGNER)],
        "context": "Une grande partie de l'eau produite se perdait dans des fuites invisibles.",
        "solution": "Des capteurs acoustiques et de pression signalent les anomalies à un centre de supervision.",
        "quote": ("Chaque litre économisé est un litre de plus pour les habitants.", PARTNER),
        "results": "Les pertes d'eau ont nettement diminué et davantage d'habitants sont desservis.",
    },
]
