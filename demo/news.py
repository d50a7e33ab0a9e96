"""News items and events, in French. Dates are relative to the day the demo is loaded, so that
some events are always upcoming and others past."""

NEWS = [
    {
        "slug": "le-site-en-six-langues", "days_ago": 2,
        "title": "La vitrine du réseau est disponible en six langues",
        "summary": "Les délégations étrangères peuvent désormais consulter les thématiques et les réalisations en "
        "anglais, espagnol, portugais, arabe et chinois.",
        "body": [
            ("p", "Les pages d'accueil, les thématiques, les programmes et les pays partenaires sont traduits dans "
             "toutes les langues du site ; les fiches sont traduites progressivement."),
            ("p", "Lorsqu'une page n'existe pas encore dans votre langue, le sélecteur de langue vous le signale et "
             "vous propose la version française."),
        ],
    },
    {
        "slug": "nouvelles-fiches-exemple", "days_ago": 5,
        "title": "Vingt-six fiches d'exemple pour découvrir le savoir-faire français",
        "summary": "Des fiches d'exemple illustrent les douze thématiques du réseau, en France et chez nos pays "
        "partenaires.",
        "body": [
            ("p", "Ces fiches sont des exemples fictifs : elles montrent la forme que prendront les réalisations "
             "innovantes présentées par les membres du réseau."),
            ("p", "Chaque fiche précise le lieu, la période, les acteurs, les chiffres clés et les pays où la "
             "solution peut être reproduite."),
        ],
    },
    {
        "slug": "retour-smart-city-barcelone", "days_ago": 10,
        "title": "Retour sur le salon Smart City de Barcelone",
        "summary": "Le réseau a présenté les solutions urbaines françaises sur le pavillon France du salon.",
        "body": [
            ("p", "Collectivités, agences et entreprises ont échangé avec des délégations venues du monde entier "
             "sur la mobilité, l'énergie et les services numériques."),
        ],
    },
    {
        "slug": "inscriptions-matinale-nature-en-ville", "days_ago": 20,
        "title": "Inscriptions ouvertes pour la matinale sur la nature en ville",
        "summary": "La prochaine matinale du réseau portera sur la végétalisation face aux vagues de chaleur.",
        "body": [
            ("p", "Élus, paysagistes et chercheurs présenteront des projets de végétalisation et leurs effets mesurés "
             "sur la température."),
        ],
    },
    {
        "slug": "bilan-delegation-bresilienne", "days_ago": 55,
        "title": "Une délégation brésilienne à la découverte des démonstrateurs français",
        "summary": "Élus et techniciens brésiliens ont visité des réalisations consacrées à la mobilité et à l'eau.",
        "body": [
            ("p", "Pendant trois jours, la délégation a rencontré des collectivités et des opérateurs de services "
             "urbains, et préparé de futures coopérations."),
        ],
    },
]

EVENTS = [
    {
        "slug": "matinale-nature-en-ville", "kind": "matinale", "start_in_days": 21, "days": 1,
        "title": "Matinale : la nature en ville face aux vagues de chaleur",
        "venue": "Ministère de la Transition écologique, La Défense", "city": "Paris", "country": None,
        "summary": "Une matinée d'échanges sur la végétalisation des villes et ses effets sur la chaleur urbaine.",
        "body": [("p", "Accueil à 8 h 30, présentations de projets puis échanges avec la salle jusqu'à midi.")],
    },
    {
        "slug": "delegation-marocaine", "kind": "delegation", "start_in_days": 40, "days": 2,
        "title": "Accueil d'une délégation marocaine à Lyon",
        "venue": "", "city": "Lyon", "country": "maroc",
        "summary": "Des élus et aménageurs marocains visitent des réalisations lyonnaises sur la mobilité et "
        "l'énergie.",
        "body": [("p", "Les membres du réseau qui souhaitent présenter leurs solutions à la délégation peuvent se "
                  "faire connaître auprès du secrétariat.")],
    },
    {
        "slug": "pollutec-lyon", "kind": "fair", "start_in_days": 75, "days": 4,
        "title": "Pollutec Lyon : l'espace de la ville durable",
        "venue": "Eurexpo", "city": "Lyon", "country": None,
        "summary": "Le réseau anime un espace consacré à la ville durable sur le salon des solutions "
        "environnementales.",
        "body": [("p", "Conférences, rencontres avec des délégations étrangères et présentation des fiches de "
                  "réalisations innovantes.")],
    },
    {
        "slug": "smart-city-barcelone", "kind": "fair", "start_in_days": -12, "days": 3,
        "title": "Smart City Expo World Congress à Barcelone",
        "venue": "Fira Gran Via", "city": "Barcelone", "country": "espagne",
        "summary": "Le réseau a participé au pavillon France du grand salon international des villes "
        "intelligentes.",
        "body": [("p", "Les membres présents ont présenté leurs solutions de mobilité, d'énergie et de services "
                  "numériques.")],
    },
    {
        "slug": "matinale-financer-la-ville-durable", "kind": "matinale", "start_in_days": -30, "days": 1,
        "title": "Matinale : financer la ville durable à l'international",
        "venue": "", "city": "Marseille", "country": None,
        "summary": "Bailleurs, collectivités et entreprises ont débattu des moyens de financer les projets urbains "
        "à l'étranger.",
        "body": [("p", "Les échanges ont porté sur l'accès des villes à l'emprunt et sur les partenariats "
                  "public-privé.")],
    },
    {
        "slug": "delegation-bresilienne", "kind": "delegation", "start_in_days": -58, "days": 3,
        "title": "Visite d'une délégation brésilienne",
        "venue": "", "city": "Nantes", "country": "bresil",
        "summary": "Une délégation brésilienne a visité des réalisations sur l'eau, la mobilité et la nature en "
        "ville.",
        "body": [("p", "La visite s'est conclue par un atelier de travail sur de futurs projets communs.")],
    },
]
