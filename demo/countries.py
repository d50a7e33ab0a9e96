"""Partner countries and regions named in the network's priorities, in French.

Each: slug, title, ISO 3166-1 code, world region (``WorldRegion`` value), summary and one
paragraph on the cooperation with France.
"""

COUNTRIES = [
    {
        "slug": "maroc", "title": "Maroc", "iso": "MA", "region": "mediterranean",
        "summary": "Un partenaire majeur du Maghreb, où la croissance des villes appelle des solutions durables.",
        "cooperation": "Les échanges portent sur les villes nouvelles, les transports urbains et la gestion de l'eau. "
        "Le réseau accueille des délégations marocaines et relaie les appels à projets.",
    },
    {
        "slug": "tunisie", "title": "Tunisie", "iso": "TN", "region": "mediterranean",
        "summary": "Un pays du Maghreb engagé dans la décentralisation et la rénovation de ses médinas.",
        "cooperation": "La coopération soutient les communes tunisiennes dans la planification urbaine, la gestion "
        "des déchets et l'efficacité énergétique des bâtiments publics.",
    },
    {
        "slug": "algerie", "title": "Algérie", "iso": "DZ", "region": "mediterranean",
        "summary": "Un grand pays méditerranéen qui développe ses villes nouvelles et ses transports collectifs.",
        "cooperation": "Les acteurs français partagent leur expérience des tramways, de l'assainissement et de la "
        "conception de quartiers économes en énergie.",
    },
    {
        "slug": "senegal", "title": "Sénégal", "iso": "SN", "region": "africa",
        "summary": "Un partenaire d'Afrique de l'Ouest qui aménage de nouveaux pôles urbains autour de Dakar.",
        "cooperation": "Mobilité, énergie solaire et gestion des déchets sont au cœur des échanges entre "
        "collectivités, agences et entreprises des deux pays.",
    },
    {
        "slug": "cote-divoire", "title": "Côte d'Ivoire", "iso": "CI", "region": "africa",
        "summary": "Une économie dynamique dont la capitale économique, Abidjan, connaît une forte croissance.",
        "cooperation": "La coopération porte sur les transports urbains, l'assainissement et la formation des "
        "services techniques municipaux.",
    },
    {
        "slug": "quebec-canada", "title": "Québec (Canada)", "iso": "CA", "region": "americas",
        "summary": "Une province francophone avec laquelle les liens sur la ville durable se renforcent.",
        "cooperation": "Les échanges réunissent municipalités, chercheurs et entreprises autour de l'adaptation au "
        "climat, de la construction en bois et de la participation citoyenne.",
    },
    {
        "slug": "etats-unis", "title": "États-Unis", "iso": "US", "region": "americas",
        "summary": "Un marché où les villes mènent souvent l'action climatique.",
        "cooperation": "Le réseau favorise les échanges entre métropoles françaises et américaines sur la "
        "résilience, la rénovation énergétique et les services numériques.",
    },
    {
        "slug": "colombie", "title": "Colombie", "iso": "CO", "region": "americas",
        "summary": "Un pays reconnu pour l'urbanisme social de ses grandes villes.",
        "cooperation": "Transports par câble, requalification des quartiers et espaces publics nourrissent des "
        "échanges d'expérience dans les deux sens.",
    },
    {
        "slug": "bresil", "title": "Brésil", "iso": "BR", "region": "americas",
        "summary": "Un pays de grandes métropoles, pionnier des bus à haut niveau de service.",
        "cooperation": "La coopération porte sur la mobilité, l'assainissement et la planification des métropoles, "
        "avec des collectivités et des entreprises des deux pays.",
    },
    {
        "slug": "chili", "title": "Chili", "iso": "CL", "region": "americas",
        "summary": "Un partenaire andin attentif aux risques naturels et à la transition énergétique.",
        "cooperation": "Les échanges portent sur la construction parasismique, l'énergie solaire et la qualité de "
        "l'air à Santiago.",
    },
    {
        "slug": "roumanie", "title": "Roumanie", "iso": "RO", "region": "europe",
        "summary": "Un partenaire européen avec lequel la ville a été un thème fort d'une saison culturelle croisée.",
        "cooperation": "Concours de la ville durable, rénovation énergétique et fonds européens structurent la "
        "coopération entre villes roumaines et françaises.",
    },
    {
        "slug": "suede", "title": "Suède", "iso": "SE", "region": "europe",
        "summary": "Un pays lié à la France par un partenariat stratégique sur la ville durable.",
        "cooperation": "Écoquartiers, réseaux de chaleur et innovation publique donnent lieu à des visites croisées "
        "et à des projets communs.",
    },
    {
        "slug": "pologne", "title": "Pologne", "iso": "PL", "region": "europe",
        "summary": "Un partenaire européen où des concours de la ville durable ont été organisés.",
        "cooperation": "La coopération porte sur le chauffage urbain, la qualité de l'air et la reconversion des "
        "friches industrielles.",
    },
    {
        "slug": "bulgarie", "title": "Bulgarie", "iso": "BG", "region": "europe",
        "summary": "Un pays européen associé aux concours de la ville durable en Europe centrale et orientale.",
        "cooperation": "Rénovation des grands ensembles, efficacité énergétique et mobilité urbaine sont les "
        "principaux sujets d'échange.",
    },
    {
        "slug": "espagne", "title": "Espagne", "iso": "ES", "region": "europe",
        "summary": "Un voisin avec lequel un séminaire franco-espagnol sur la ville a été organisé.",
        "cooperation": "Villes intelligentes, adaptation à la chaleur et gestion de l'eau rapprochent les acteurs des "
        "deux pays.",
    },
    {
        "slug": "chine", "title": "Chine", "iso": "CN", "region": "asia",
        "summary": "Un partenaire privilégié pour le développement urbain en Asie.",
        "cooperation": "Les échanges portent sur les écoquartiers, la planification bas carbone et la formation "
        "d'urbanistes.",
    },
    {
        "slug": "inde", "title": "Inde", "iso": "IN", "region": "asia",
        "summary": "Un pays qui mène un vaste programme de villes intelligentes.",
        "cooperation": "Les acteurs français accompagnent des villes indiennes sur la mobilité, l'eau et la "
        "planification urbaine.",
    },
    {
        "slug": "japon", "title": "Japon", "iso": "JP", "region": "asia",
        "summary": "Un partenaire de haute technologie confronté au vieillissement de sa population.",
        "cooperation": "Villes compactes, résilience face aux séismes et innovation énergétique nourrissent des "
        "échanges entre chercheurs et entreprises.",
    },
    {
        "slug": "coree-du-sud", "title": "Corée du Sud", "iso": "KR", "region": "asia",
        "summary": "Un pays pionnier des villes nouvelles connectées.",
        "cooperation": "Numérique urbain, mobilité électrique et nature en ville sont au programme des échanges.",
    },
    {
        "slug": "indonesie", "title": "Indonésie", "iso": "ID", "region": "asia",
        "summary": "Un archipel dont les grandes villes font face à la montée des eaux.",
        "cooperation": "La coopération porte sur la gestion de l'eau, les transports collectifs et la prévention "
        "des inondations.",
    },
    {
        "slug": "vietnam", "title": "Vietnam", "iso": "VN", "region": "asia",
        "summary": "Un pays en urbanisation rapide, partenaire de longue date des collectivités françaises.",
        "cooperation": "Coopération décentralisée, transports urbains et patrimoine sont les principaux sujets "
        "d'échange.",
    },
]
