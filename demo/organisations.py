"""Organisation snippets: the network's members, and the fictional actors of example fact sheets.

Members are public bodies and networks named in the network's description. Example fact sheets
only credit the fictional organisations below (their names say so), never a real company.
Each entry: key, name, acronym, sector, kind, member of the network, website, description.
"""

MEMBERS = [
    ("mte", "Ministère de la Transition écologique", "", "public", "ministry", "https://www.ecologie.gouv.fr",
     "Ministère qui coordonne le réseau avec le ministère chargé de la cohésion des territoires."),
    ("mct", "Ministère de la Cohésion des territoires", "", "public", "ministry", "https://www.cohesion-territoires.gouv.fr",
     "Ministère chargé de l'aménagement, du logement et de l'appui aux collectivités."),
    ("meae", "Ministère de l'Europe et des Affaires étrangères", "MEAE", "public", "ministry", "https://www.diplomatie.gouv.fr",
     "Ministère qui soutient la promotion du savoir-faire urbain français à l'étranger."),
    ("dgt", "Direction générale du Trésor", "DG Trésor", "public", "ministry", "https://www.tresor.economie.gouv.fr",
     "Administration économique qui s'appuie sur les services économiques des ambassades."),
    ("business-france", "Business France", "", "public", "agency", "https://www.businessfrance.fr",
     "Agence nationale qui accompagne les entreprises françaises à l'export."),
    ("amf", "Association des maires de France", "AMF", "associative", "network", "https://www.amf.asso.fr",
     "Réseau d'élus qui représente les maires de toutes les communes."),
    ("apvf", "Association des petites villes de France", "APVF", "associative", "network", "https://www.apvf.asso.fr",
     "Réseau d'élus des petites villes."),
    ("france-urbaine", "France urbaine", "", "associative", "network", "https://franceurbaine.org",
     "Réseau des grandes villes, métropoles et agglomérations."),
    ("fedepl", "Fédération des entreprises publiques locales", "Fédération des EPL", "associative", "network",
     "https://www.lesepl.fr", "Fédération des sociétés dont les collectivités sont actionnaires."),
    ("avitem", "Agence des villes et territoires méditerranéens durables", "AVITEM", "public", "agency",
     "https://www.avitem.org", "Agence qui favorise la coopération entre les villes du bassin méditerranéen."),
    ("fnau", "Fédération nationale des agences d'urbanisme", "FNAU", "associative", "network", "https://www.fnau.org",
     "Réseau des agences d'urbanisme françaises."),
    ("pfvt", "Partenariat français pour la ville et les territoires", "PFVT", "associative", "network",
     "https://www.pfvt.fr", "Plateforme d'échange des acteurs français de la ville engagés à l'international."),
    ("ateliers", "Les Ateliers de Cergy", "", "associative", "association", "https://www.ateliers.org",
     "Association qui organise des ateliers internationaux de projet urbain."),
    ("think-smart-grids", "Think Smart Grids", "", "associative", "association", "https://www.thinksmartgrids.fr",
     "Association qui fait connaître la filière française des réseaux électriques intelligents."),
]

FICTIONAL = [
    ("horizon", "Atelier Horizon Ingénierie (entreprise fictive)", "private", "company",
     "Bureau d'études imaginaire, créé pour les fiches d'exemple."),
    ("helianthe", "Hélianthe Énergies (entreprise fictive)", "private", "company",
     "Exploitant de réseaux d'énergie imaginaire, créé pour les fiches d'exemple."),
    ("cyclade", "Cyclade Mobilités (entreprise fictive)", "private", "company",
     "Opérateur de transport imaginaire, créé pour les fiches d'exemple."),
    ("boucle", "Boucle Matériaux (entreprise fictive)", "private", "company",
     "Entreprise de réemploi imaginaire, créée pour les fiches d'exemple."),
    ("canopee", "Canopée Paysages (entreprise fictive)", "private", "company",
     "Paysagiste imaginaire, créé pour les fiches d'exemple."),
    ("donnees", "Données Communes (entreprise fictive)", "private", "company",
     "Éditeur de logiciels urbains imaginaire, créé pour les fiches d'exemple."),
    ("aquaterra", "Aquaterra Services (entreprise fictive)", "private", "company",
     "Opérateur de services d'eau imaginaire, créé pour les fiches d'exemple."),
    ("syndicat", "Syndicat intercommunal d'exemple (organisme public fictif)", "public", "local_authority",
     "Groupement de communes imaginaire, créé pour les fiches d'exemple."),
    ("agence", "Agence d'urbanisme d'exemple (organisme public fictif)", "public", "agency",
     "Agence d'urbanisme imaginaire, créée pour les fiches d'exemple."),
    ("labo", "Laboratoire Ville et Climat (organisme de recherche fictif)", "public", "research",
     "Laboratoire de recherche imaginaire, créé pour les fiches d'exemple."),
    ("quartiers", "Association Quartiers Vivants (association fictive)", "associative", "association",
     "Association d'habitants imaginaire, créée pour les fiches d'exemple."),
    ("sem", "Société d'économie mixte d'exemple (organisme public fictif)", "public", "agency",
     "Société d'aménagement et de financement imaginaire, créée pour les fiches d'exemple."),
]
