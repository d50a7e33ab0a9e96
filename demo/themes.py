"""The network's twelve themes and its programmes, in French (the source language).

Each theme: slug, title, DSFR icon name, two picture colours, summary, body, key questions.
The body uses the compact format of ``showcase.demo.pages.stream``.
"""

THEMES = [
    {
        "slug": "developpement-territorial",
        "title": "Développement territorial",
        "icon": "map-pin-2-line",
        "colours": ((122, 171, 212), (232, 214, 160)),
        "summary": "Rendre un territoire attractif pour les habitants comme pour les entreprises innovantes, "
        "en réunissant recherche, formation et activité économique au même endroit.",
        "body": [
            ("h2", "Des territoires qui servent de laboratoire"),
            ("p", "Un campus universitaire ou un pôle d'excellence est une petite ville à part entière : on peut y "
             "tester à échelle réelle des solutions de ville durable avant de les étendre."),
            ("p", "En rapprochant laboratoires, écoles et entreprises, une collectivité crée un écosystème qui attire "
             "les talents et fait naître des projets communs."),
        ],
        "questions": [
            "Comment rendre un territoire attractif pour les entreprises innovantes ?",
            "Comment faire d'un campus un terrain d'expérimentation urbaine ?",
            "Comment associer recherche et activité économique dans un même quartier ?",
        ],
    },
    {
        "slug": "economie-circulaire",
        "title": "Économie circulaire",
        "icon": "recycle-line",
        "colours": ((150, 200, 160), (240, 230, 190)),
        "summary": "Faire circuler la matière le plus longtemps possible : réemploi, réutilisation, recyclage, "
        "et vente d'un service plutôt que d'un produit.",
        "body": [
            ("h2", "La ville, premier gisement de ressources"),
            ("p", "Parce qu'elles concentrent habitants et activités, les villes amplifient chaque gain : c'est dans "
             "les services urbains que les économies de ressources sont les plus fortes."),
            ("p", "Boucles locales de matériaux, plateformes de réemploi du bâtiment et économie de la "
             "fonctionnalité réduisent à la fois les déchets et les prélèvements de ressources naturelles."),
        ],
        "questions": [
            "Comment réemployer les matériaux issus des chantiers de démolition ?",
            "Quels services urbains offrent le plus fort potentiel de circularité ?",
            "Comment passer de la vente de produits à la vente d'usages ?",
        ],
    },
    {
        "slug": "energie",
        "title": "Énergie",
        "icon": "flashlight-line",
        "colours": ((246, 196, 95), (250, 236, 200)),
        "summary": "Consommer moins, produire localement des énergies renouvelables et améliorer la qualité de "
        "l'air, grâce à des innovations techniques, juridiques et organisationnelles.",
        "body": [
            ("h2", "Sobriété et production locale"),
            ("p", "Les villes consomment une grande part de l'énergie et subissent la pollution qui l'accompagne. "
             "Réseaux de chaleur, rénovation des bâtiments et production solaire réduisent cette dépendance."),
            ("p", "Les innovations ne sont pas seulement techniques : communautés d'énergie, contrats de performance "
             "et nouveaux montages juridiques comptent autant que les équipements."),
        ],
        "questions": [
            "Comment réduire la consommation d'énergie des bâtiments existants ?",
            "Comment produire et partager localement une énergie renouvelable ?",
            "Quels montages juridiques favorisent les projets énergétiques collectifs ?",
        ],
    },
    {
        "slug": "europe-et-international",
        "title": "Europe et international",
        "icon": "earth-line",
        "colours": ((90, 130, 200), (200, 220, 245)),
        "summary": "Associer les villes aux politiques européennes et donner de la cohérence à l'action des "
        "acteurs français dans la coopération internationale.",
        "body": [
            ("h2", "Peser dans les agendas urbains"),
            ("p", "L'agenda urbain de l'Union européenne donne aux villes une place dans l'élaboration des "
             "politiques qui les concernent : pauvreté, migrations, pollution ou mobilité."),
            ("p", "Hors d'Europe, la coopération bilatérale entre États, collectivités et entreprises s'inscrit dans "
             "les cadres multilatéraux, des COP aux objectifs de développement durable. Le défi est de présenter "
             "une offre française lisible."),
        ],
        "questions": [
            "Comment les villes françaises participent-elles à l'agenda urbain européen ?",
            "Comment rendre l'offre française lisible parmi les initiatives internationales ?",
        ],
    },
    {
        "slug": "financement",
        "title": "Financement",
        "icon": "money-euro-circle-line",
        "colours": ((120, 180, 170), (235, 240, 210)),
        "summary": "Trouver les moyens de la ville durable : programmes d'investissement, prêts aux collectivités, "
        "partenariats public-privé et microcrédit urbain.",
        "body": [
            ("h2", "Une palette d'outils financiers"),
            ("p", "En France, les programmes d'investissements d'avenir soutiennent les projets urbains innovants qui "
             "font preuve d'excellence et de coopération."),
            ("p", "Dans de nombreux pays, l'accès des villes au crédit reste la difficulté principale. Prêts directs, "
             "intermédiation bancaire et partenariats public-privé permettent d'y répondre."),
        ],
        "questions": [
            "Comment une ville peut-elle accéder à l'emprunt pour investir ?",
            "Quels critères retiennent les programmes d'investissement ?",
            "Quand un partenariat public-privé est-il adapté ?",
        ],
    },
    {
        "slug": "gouvernance-participative",
        "title": "Gouvernance participative",
        "icon": "team-line",
        "colours": ((200, 150, 200), (245, 225, 235)),
        "summary": "Construire le projet de territoire avec tous ceux qu'il concerne, grâce aux maquettes 3D, à la "
        "cartographie participative et aux données ouvertes.",
        "body": [
            ("h2", "Le projet urbain se fait avec les habitants"),
            ("p", "Un projet de territoire n'est plus l'affaire de deux partenaires : habitants, associations et "
             "usagers prennent part à sa conception."),
            ("p", "Maquettes en trois dimensions, cartes collaboratives en ligne et plateformes de données rendent "
             "le projet compréhensible par chacun et recueillent des informations nouvelles."),
        ],
        "questions": [
            "Comment associer les habitants dès la conception d'un projet ?",
            "Comment rendre les données d'un projet compréhensibles par tous ?",
            "Quels outils numériques favorisent la participation ?",
        ],
    },
    {
        "slug": "ingenierie",
        "title": "Ingénierie",
        "icon": "settings-5-line",
        "colours": ((140, 150, 170), (225, 228, 235)),
        "summary": "Accompagner chaque étape, de l'intention au programme, du chantier à la mise en service, avec une "
        "offre intégrée qui privilégie l'écoconception.",
        "body": [
            ("h2", "Une offre intégrée, de l'intention à l'exploitation"),
            ("p", "Entre la stratégie du maître d'ouvrage, le travail du maître d'œuvre et la gestion au quotidien, "
             "chaque passage de relais est un risque pour la qualité du projet."),
            ("p", "L'ingénierie joue le rôle de partenaire opérationnel : elle explore les scénarios possibles et "
             "fait de l'écoconception une règle dès le départ."),
        ],
        "questions": [
            "Qui traduit l'intention politique en programme opérationnel ?",
            "Comment assurer la continuité entre le chantier et l'exploitation ?",
        ],
    },
    {
        "slug": "mobilite",
        "title": "Mobilité",
        "icon": "bus-line",
        "colours": ((240, 150, 110), (250, 225, 200)),
        "summary": "Favoriser les transports collectifs et les modes actifs, intégrer les nouveaux services partagés "
        "et réduire les déplacements subis.",
        "body": [
            ("h2", "Se déplacer autrement"),
            ("p", "Les modes de vie changent : véhicules en libre-service, covoiturage, vélo et télétravail "
             "transforment la manière dont on se déplace en ville."),
            ("p", "Les villes innovent en encourageant les transports collectifs et les modes doux, en les intégrant "
             "mieux à l'espace public et en s'appuyant sur de nouvelles technologies."),
        ],
        "questions": [
            "Comment donner plus de place aux mobilités douces ?",
            "Comment intégrer les services partagés au réseau de transport public ?",
            "Comment réduire les déplacements contraints ?",
        ],
    },
    {
        "slug": "nature-en-ville",
        "title": "Nature en ville",
        "icon": "leaf-line",
        "colours": ((110, 180, 110), (220, 240, 200)),
        "summary": "Renforcer la végétation et la biodiversité urbaines pour la santé, le bien-être et l'adaptation "
        "au changement climatique.",
        "body": [
            ("h2", "La nature, alliée de la santé publique"),
            ("p", "De nombreuses études montrent qu'une ville plus verte améliore la santé et le bien-être de ses "
             "habitants et atténue les vagues de chaleur."),
            ("p", "Génie écologique, outils logiciels, labels et initiatives citoyennes permettent d'agir à toutes les "
             "échelles, de la cour d'école au grand parc urbain."),
        ],
        "questions": [
            "Comment rafraîchir la ville avec la végétation ?",
            "Comment mesurer les bienfaits de la nature sur la santé ?",
            "Comment associer les habitants à la gestion des espaces verts ?",
        ],
    },
    {
        "slug": "numerique",
        "title": "Numérique",
        "icon": "computer-line",
        "colours": ((100, 120, 220), (210, 215, 250)),
        "summary": "Utiliser les outils numériques pour concevoir, coordonner et gérer la ville : réseaux intelligents, "
        "jumeaux numériques et réalité augmentée.",
        "body": [
            ("h2", "Du pilotage des flux à la conception partagée"),
            ("p", "Le numérique donne une vision d'ensemble du projet urbain et aide à coordonner les services pour "
             "en maîtriser les coûts."),
            ("p", "Au-delà du contrôle des réseaux, les simulateurs aident à concevoir une offre intégrée et la "
             "réalité augmentée permet de co-produire le projet avec les habitants."),
        ],
        "questions": [
            "Comment un jumeau numérique aide-t-il à décider ?",
            "Comment protéger les données des habitants ?",
            "Comment partager les outils numériques entre services urbains ?",
        ],
    },
    {
        "slug": "valeur-du-sol",
        "title": "Valeur du sol",
        "icon": "landscape-line",
        "colours": ((190, 150, 100), (240, 225, 200)),
        "summary": "Préserver les sols, limiter l'artificialisation et reconquérir les friches, avec des outils "
        "juridiques, fiscaux et techniques adaptés.",
        "body": [
            ("h2", "Le sol, une ressource à préserver"),
            ("p", "Le sol est une ressource rare : il conditionne la santé publique, la prévention des risques et la "
             "biodiversité."),
            ("p", "Reconvertir les friches, caractériser les sols pollués et mieux coordonner les autorités "
             "compétentes permet de construire la ville sur la ville."),
        ],
        "questions": [
            "Comment reconvertir une friche industrielle ?",
            "Quels outils fiscaux limitent l'artificialisation des sols ?",
        ],
    },
    {
        "slug": "services-urbains-integres",
        "title": "Services urbains intégrés",
        "icon": "building-line",
        "colours": ((80, 160, 190), (215, 235, 240)),
        "summary": "Offrir des services urbains nombreux, efficaces et sobres en les concevant ensemble : eau, "
        "déchets, énergie, éclairage et transport.",
        "body": [
            ("h2", "Penser les services ensemble"),
            ("p", "Des villes qui grandissent doivent garantir à leurs habitants une bonne qualité de vie avec un "
             "faible impact sur l'environnement."),
            ("p", "Concevoir ensemble l'eau, les déchets, l'énergie et la mobilité, et les relier par le numérique, "
             "ouvre des économies que chaque service seul ne permettrait pas."),
        ],
        "questions": [
            "Comment mutualiser les réseaux de plusieurs services urbains ?",
            "Comment mesurer la qualité de service rendue aux habitants ?",
            "Quelle gouvernance pour des services urbains intégrés ?",
        ],
    },
]

PROGRAMMES = [
    {
        "slug": "divd",
        "title": "Démonstrateurs industriels pour la ville durable",
        "acronym": "DIVD",
        "status": "closed",
        "start_year": 2015,
        "end_year": 2021,
        "summary": "Un appel à projets qui a réuni entreprises et collectivités en consortiums pour déployer "
        "localement des innovations urbaines, avec l'appui d'une équipe interministérielle.",
        "body": [
            ("h2", "Des consortiums publics-privés"),
            ("p", "Le programme s'adresse à des entreprises de toutes tailles et de tous métiers. Avec les territoires "
             "qui les soutiennent, elles forment des consortiums qui testent des innovations techniques, "
             "organisationnelles et de gouvernance."),
            ("p", "L'État accompagne chaque démonstrateur en mode projet, par une équipe interministérielle en lien "
             "avec les administrations et les régulateurs concernés."),
        ],
    },
    {
        "slug": "pia",
        "title": "Programme d'investissements d'avenir",
        "acronym": "PIA",
        "status": "running",
        "start_year": 2010,
        "end_year": None,
        "summary": "Le programme de l'État qui finance des projets innovants, dont ceux de la ville durable, selon "
        "trois critères : excellence, innovation et coopération.",
        "body": [
            ("h2", "Investir dans l'innovation urbaine"),
            ("p", "Les investissements d'avenir soutiennent des projets choisis pour leur excellence, leur caractère "
             "innovant et la coopération entre leurs partenaires."),
            ("p", "Plusieurs réalisations présentées sur ce site ont bénéficié de ce soutien."),
        ],
    },
]
