"""The home page, the index pages and the standard pages, in French."""

HOME = {
    "slug": "accueil",
    "title": "Vivapolis",
    "hero_title": "La ville durable, le savoir-faire français",
    "hero_text": "Des réalisations innovantes de collectivités et d'entreprises françaises, présentées aux villes du "
    "monde entier.",
    "hero_cta_label": "Découvrir les réalisations",
    "introduction": [
        "Vivapolis réunit les acteurs publics et privés français qui conçoivent, construisent et font vivre la ville "
        "durable, en France comme à l'étranger.",
        "Parcourez les douze thématiques du réseau, les réalisations présentées par ses membres et les pays avec "
        "lesquels nous coopérons.",
    ],
}

INDEXES = {
    "themes": {
        "slug": "thematiques", "title": "Thématiques",
        "introduction": ["Douze thématiques organisent le travail du réseau, de l'énergie à la gouvernance "
                         "participative. Chacune rassemble les questions clés et les réalisations qui y répondent."],
    },
    "fact_sheets": {
        "slug": "realisations", "title": "Réalisations innovantes",
        "introduction": ["Des fiches présentent des réalisations innovantes : leur lieu, leurs acteurs, leurs "
                         "chiffres clés et les pays où elles peuvent être reproduites. Les fiches de démonstration "
                         "sont signalées comme des exemples."],
    },
    "countries": {
        "slug": "pays", "title": "Pays partenaires",
        "introduction": ["Le réseau coopère avec des villes et des pays sur tous les continents, en priorité en "
                         "Afrique, en Méditerranée, dans les Amériques, en Europe et en Asie."],
    },
    "news": {
        "slug": "actualites", "title": "Actualités",
        "introduction": ["Les nouvelles du réseau et de ses membres."],
    },
    "events": {
        "slug": "evenements", "title": "Événements",
        "introduction": ["Matinales, salons internationaux et accueils de délégations : les rendez-vous du réseau."],
    },
}

# The pages the footer links to (the SiteChrome setting), by slug.
FOOTER_PAGES = {
    "accessibility_page": "accessibilite",
    "legal_notice_page": "mentions-legales",
    "personal_data_page": "donnees-personnelles",
    "site_map_page": "plan-du-site",
}

# Pages linked from the footer are translated into every locale; the others into English.
STANDARD_PAGES = [
    {
        "slug": "a-propos", "title": "À propos", "footer": False,
        "summary": "Vivapolis, le réseau des acteurs publics et privés de la ville durable.",
        "body": [
            ("h2", "Un réseau pour la ville durable"),
            ("p", "Créé par les ministères chargés du développement durable et de la cohésion des territoires, "
             "Vivapolis rassemble les acteurs français qui conçoivent, construisent et gèrent la ville durable. Il "
             "les aide à mieux travailler ensemble, en France et à l'international."),
            ("h2", "Trois axes d'action"),
            ("ul", [
                "Faire connaître le savoir-faire français : matinales, lettre d'information, fiches de réalisations "
                "innovantes.",
                "Construire des partenariats entre les membres, les réseaux d'élus, les fédérations et les "
                "territoires.",
                "Porter ce savoir-faire en Europe et dans le monde : salons internationaux, accueil de délégations, "
                "appui à l'export.",
            ]),
            ("h2", "Qui peut rejoindre le réseau ?"),
            ("p", "Tout acteur public ou privé qui souhaite participer aux travaux du réseau : services de l'État, "
             "collectivités, agences, entreprises, organisations professionnelles et associations. L'adhésion est "
             "gratuite, mais chaque membre s'engage à contribuer activement."),
        ],
    },
    {
        "slug": "gouvernance", "title": "Gouvernance", "footer": False,
        "summary": "Comment le réseau est animé, piloté et financé.",
        "body": [
            ("h2", "Un bureau"),
            ("p", "Cinq à six agents des ministères suivent l'animation du réseau et proposent les sujets à approfondir. "
             "Ils se réunissent régulièrement."),
            ("h2", "Un comité de pilotage"),
            ("p", "Une trentaine de représentants des ministères, des agences, des réseaux membres, des collectivités "
             "et des entreprises arrêtent chaque année le programme d'actions et en suivent la mise en œuvre."),
            ("h2", "Les moyens"),
            ("p", "Les ministères financent une petite équipe qui assure le secrétariat et l'animation. Les membres "
             "apportent leur expertise, des salles et une aide logistique."),
        ],
    },
    {
        "slug": "mentions-legales", "title": "Mentions légales", "footer": True,
        "summary": "Éditeur, hébergement et conditions de réutilisation des contenus.",
        "body": [
            ("h2", "Éditeur"),
            ("p", "Ce site est édité par le secrétariat du réseau Vivapolis pour les ministères chargés du "
             "développement durable et de la cohésion des territoires. Le directeur de la publication et "
             "l'hébergeur seront précisés lors de la mise en ligne."),
            ("h2", "Contenus de démonstration"),
            ("p", "Les fiches signalées comme des exemples décrivent des projets fictifs et les organisations "
             "qu'elles citent sont imaginaires. Les images du site de démonstration sont générées automatiquement."),
            ("h2", "Réutilisation"),
            ("p", "Sauf mention contraire, les textes du site peuvent être réutilisés librement, à condition d'en "
             "citer la source."),
        ],
    },
    {
        "slug": "accessibilite", "title": "Accessibilité", "footer": True,
        "summary": "Déclaration d'accessibilité du site : partiellement conforme au RGAA 4.1.",
        "body": [
            ("p", "Les ministères chargés du développement durable s'engagent à rendre ce site accessible, "
             "conformément à l'article 47 de la loi du 11 février 2005."),
            ("h2", "État de conformité"),
            ("p", "Ce site est partiellement conforme au référentiel général d'amélioration de l'accessibilité "
             "(RGAA), version 4.1, en attendant un audit complet."),
            ("h2", "Contenus non accessibles"),
            ("ul", [
                "Les vidéos hébergées sur des plateformes externes ne sont pas toutes sous-titrées ; une "
                "transcription est proposée à côté de chaque vidéo.",
                "La carte des réalisations n'est pas entièrement utilisable au clavier ; la liste des réalisations "
                "donne les mêmes informations.",
                "Certains documents PDF ne sont pas balisés.",
            ]),
            ("h2", "Retour d'information et contact"),
            ("p", "Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez au secrétariat du réseau à "
             "l'adresse accessibilite@vivapolis.example pour obtenir une alternative accessible."),
            ("h2", "Voies de recours"),
            ("p", "Si vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits, en "
             "ligne ou par courrier : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."),
        ],
    },
    {
        "slug": "donnees-personnelles", "title": "Données personnelles", "footer": True,
        "summary": "Les données que le site traite, et vos droits.",
        "body": [
            ("h2", "Aucun suivi des visiteurs"),
            ("p", "Le site n'utilise ni outil de mesure d'audience ni cookie publicitaire. Un cookie retient seulement "
             "la langue que vous avez choisie."),
            ("h2", "Vidéos"),
            ("p", "Les vidéos ne sont chargées depuis la plateforme qui les héberge qu'après votre accord explicite."),
            ("h2", "Contacts des fiches"),
            ("p", "Les fiches citent des contacts professionnels avec leur accord. Vous pouvez demander l'accès, la "
             "rectification ou la suppression de vos données en écrivant à donnees@vivapolis.example, et saisir la "
             "CNIL si vous estimez que vos droits ne sont pas respectés."),
        ],
    },
    {
        "slug": "plan-du-site", "title": "Plan du site", "footer": True,
        "summary": "Toutes les rubriques et les pages du site.",
        "body": [
            ("p", "Cette page présente l'ensemble des rubriques du site et leurs pages."),
        ],
    },
]
