"""English translations of the demo content, in the order of ``source_strings()``."""

PLACES = {
    "Bretagne": "Brittany",
    "Région de Dakar": "Dakar Region",
    "Pernambouc": "Pernambuco",
    "Bucarest": "Bucharest",
    "Région métropolitaine de Santiago": "Santiago Metropolitan Region",
    "Hô Chi Minh-Ville": "Ho Chi Minh City",
    "Barcelone": "Barcelona",
    "Ministère de la Transition écologique, La Défense": "Ministry for the Ecological Transition, La Défense",
}

STRINGS = {
    "home": [
        "Vivapolis",
        "The sustainable city: French know-how",
        "Innovative projects by French local authorities and companies, presented to cities around the world.",
        "Discover the projects",
        "Vivapolis brings together the French public and private players who design, build and run the sustainable "
        "city, in France and abroad.",
        "Browse the network's twelve themes, the projects presented by its members and the countries we work with.",
    ],
    "common": [
        "Background",
        "The solution",
        "Results",
        "Demonstration illustration: outlines of buildings and trees against a gradient sky",
        "Image generated for this example fact sheet.",
        "Summary of the example fact sheet (PDF)",
        "Video player demonstration: “Big Buck Bunny”, a free short film by the Blender Foundation",
        "As this project is fictional, no video presents it: the player shows a royalty-free animated short film "
        "with no dialogue. A big rabbit wakes up in a forest, is teased by three rodents, then sets clever traps to "
        "teach them a lesson.",
        "A local councillor (fictional testimony)",
        "A local resident (fictional testimony)",
        "A project manager (fictional testimony)",
        "A foreign partner (fictional testimony)",
        "Project owner",
        "Project designer",
        "Operator",
        "Scientific partner",
        "Funder",
        "Public consultation",
        "Vivapolis network secretariat",
    ],
    "index:themes": [
        "Themes",
        "Twelve themes organise the network's work, from energy to participatory governance. Each brings together "
        "the key questions and the projects that answer them.",
    ],
    "index:fact_sheets": [
        "Innovative projects",
        "Fact sheets present innovative projects: where they are, who carries them, their key figures and the "
        "countries where they can be replicated. Demonstration fact sheets are marked as examples.",
    ],
    "index:countries": [
        "Partner countries",
        "The network works with cities and countries on every continent, with priority given to Africa, the "
        "Mediterranean, the Americas, Europe and Asia.",
    ],
    "index:news": ["News", "News from the network and its members."],
    "index:events": [
        "Events",
        "Morning seminars, international fairs and delegation visits: the network's events.",
    ],
    "page:a-propos": [
        "About",
        "Vivapolis, the network of public and private players in the sustainable city.",
        "A network for the sustainable city",
        "Set up by the French ministries in charge of sustainable development and territorial cohesion, Vivapolis "
        "brings together the French players who design, build and manage the sustainable city. It helps them work "
        "better together, in France and internationally.",
        "Three lines of action",
        "Promoting French know-how: morning seminars, a newsletter, fact sheets on innovative projects.",
        "Building partnerships between members, networks of elected officials, federations and local areas.",
        "Taking this know-how to Europe and the world: international fairs, delegation visits, export support.",
        "Who can join the network?",
        "Any public or private organisation that wishes to take part in the network's work: State services, local "
        "authorities, agencies, companies, trade bodies and associations. Membership is free, but every member "
        "commits to taking an active part.",
    ],
    "page:gouvernance": [
        "Governance",
        "How the network is run, steered and funded.",
        "A bureau",
        "Five or six ministry officials follow the network's activities and suggest topics to explore. They meet "
        "regularly.",
        "A steering committee",
        "About thirty representatives of ministries, agencies, member networks, local authorities and companies "
        "set the programme of action every year and follow its implementation.",
        "Resources",
        "The ministries fund a small team that runs the secretariat and coordinates the network. Members contribute "
        "their expertise, meeting rooms and logistical help.",
    ],
    "page:mentions-legales": [
        "Legal notice",
        "Publisher, hosting and terms for reusing the content.",
        "Publisher",
        "This site is published by the Vivapolis network secretariat on behalf of the ministries in charge of "
        "sustainable development and territorial cohesion. The publication director and the host will be named "
        "when the site goes live.",
        "Demonstration content",
        "Fact sheets marked as examples describe fictional projects, and the organisations they mention are "
        "imaginary. The images of this demonstration site are generated automatically.",
        "Reuse",
        "Unless stated otherwise, the texts of this site may be freely reused, provided the source is credited.",
    ],
    "page:accessibilite": [
        "Accessibility",
        "Accessibility statement: the site partially complies with RGAA 4.1.",
        "The French ministries in charge of sustainable development are committed to making this site accessible, "
        "in accordance with article 47 of the French law of 11 February 2005.",
        "Compliance status",
        "This site partially complies with the French accessibility framework (RGAA), version 4.1, pending a full "
        "audit.",
        "Non-accessible content",
        "Videos hosted on external platforms are not all subtitled; a transcript is provided next to each video.",
        "The map of projects cannot be fully used with a keyboard; the list of projects gives the same "
        "information.",
        "Some PDF documents are not tagged.",
        "Feedback and contact",
        "If you cannot access a piece of content or a service, write to the network secretariat at "
        "accessibilite@vivapolis.example to obtain an accessible alternative.",
        "Remedies",
        "If you do not receive a satisfactory answer, you can refer the matter to the Défenseur des droits (the "
        "French rights ombudsman), online or by post: Défenseur des droits, Libre réponse 71120, 75342 Paris "
        "CEDEX 07, France.",
    ],
    "page:donnees-personnelles": [
        "Personal data",
        "The data this site processes, and your rights.",
        "No tracking of visitors",
        "The site uses no audience measurement tool and no advertising cookie. A single cookie remembers the "
        "language you chose.",
        "Videos",
        "Videos are only loaded from the platform that hosts them once you have explicitly agreed.",
        "Fact sheet contacts",
        "Fact sheets name professional contacts with their consent. You can ask to access, correct or delete your "
        "data by writing to donnees@vivapolis.example, and complain to the CNIL (the French data protection "
        "authority) if you believe your rights are not respected.",
    ],
    "page:plan-du-site": [
        "Site map",
        "All the sections and pages of the site.",
        "This page lists every section of the site and its pages.",
    ],
    "theme:developpement-territorial": [
        "Territorial development",
        "Making an area attractive to residents and innovative companies alike, by bringing research, training and "
        "business together in one place.",
        "Areas that act as laboratories",
        "A university campus or a centre of excellence is a small town in its own right: sustainable city solutions "
        "can be tested there at full scale before being rolled out.",
        "By bringing laboratories, schools and companies closer together, a local authority creates an ecosystem "
        "that attracts talent and gives rise to joint projects.",
        "How can an area become attractive to innovative companies?",
        "How can a campus become a testing ground for urban solutions?",
        "How can research and business be combined in the same district?",
    ],
    "theme:economie-circulaire": [
        "Circular economy",
        "Keeping materials in use for as long as possible: reuse, repurposing, recycling, and selling a service "
        "rather than a product.",
        "The city, the first source of resources",
        "Because they concentrate people and activities, cities amplify every gain: urban services are where "
        "resource savings are greatest.",
        "Local material loops, reuse platforms for the building sector and the functional economy reduce both waste "
        "and the extraction of natural resources.",
        "How can materials from demolition sites be reused?",
        "Which urban services offer the greatest potential for circularity?",
        "How can we move from selling products to selling uses?",
    ],
    "theme:energie": [
        "Energy",
        "Using less, producing renewable energy locally and improving air quality, through technical, legal and "
        "organisational innovation.",
        "Sufficiency and local production",
        "Cities consume a large share of energy and suffer from the pollution that comes with it. Heat networks, "
        "building renovation and solar power reduce this dependence.",
        "Innovation is not only technical: energy communities, performance contracts and new legal arrangements "
        "matter as much as equipment.",
        "How can energy consumption in existing buildings be reduced?",
        "How can renewable energy be produced and shared locally?",
        "Which legal arrangements encourage community energy projects?",
    ],
    "theme:europe-et-international": [
        "Europe and international",
        "Involving cities in European policies and making the work of French players in international cooperation "
        "more consistent.",
        "Having a say in urban agendas",
        "The European Union's urban agenda gives cities a role in shaping the policies that affect them: poverty, "
        "migration, pollution or mobility.",
        "Beyond Europe, bilateral cooperation between States, local authorities and companies is part of "
        "multilateral frameworks, from the COPs to the Sustainable Development Goals. The challenge is to present a "
        "clear French offer.",
        "How do French cities take part in the European urban agenda?",
        "How can the French offer stand out among international initiatives?",
    ],
    "theme:financement": [
        "Funding",
        "Finding the means for the sustainable city: investment programmes, loans to local authorities, "
        "public-private partnerships and urban microcredit.",
        "A range of financial tools",
        "In France, the investments for the future programmes support innovative urban projects that show "
        "excellence and cooperation.",
        "In many countries, access to credit remains the main difficulty for cities. Direct loans, bank "
        "intermediation and public-private partnerships help to address it.",
        "How can a city borrow to invest?",
        "Which criteria do investment programmes use?",
        "When is a public-private partnership the right choice?",
    ],
    "theme:gouvernance-participative": [
        "Participatory governance",
        "Shaping local projects with everyone they affect, using 3D models, participatory mapping and open data.",
        "Urban projects are made with residents",
        "A local project is no longer a matter for two partners alone: residents, associations and users take "
        "part in its design.",
        "Three-dimensional models, collaborative online maps and data platforms make the project understandable to "
        "everyone and gather new information.",
        "How can residents be involved from the design stage?",
        "How can a project's data be made understandable to all?",
        "Which digital tools encourage participation?",
    ],
    "theme:ingenierie": [
        "Engineering",
        "Supporting every stage, from intention to brief and from construction to operation, with an integrated "
        "offer that puts eco-design first.",
        "An integrated offer, from intention to operation",
        "Between the client's strategy, the designer's work and day-to-day management, every handover is a risk to "
        "the quality of the project.",
        "Engineering acts as an operational partner: it explores possible scenarios and makes eco-design the rule "
        "from the start.",
        "Who turns political intentions into an operational brief?",
        "How can continuity between construction and operation be ensured?",
    ],
    "theme:mobilite": [
        "Mobility",
        "Encouraging public transport and active travel, integrating new shared services and reducing unnecessary "
        "journeys.",
        "Getting around differently",
        "Lifestyles are changing: self-service vehicles, car-sharing, cycling and remote working are transforming "
        "the way people move around cities.",
        "Cities innovate by encouraging public transport and soft mobility, integrating them better into public "
        "space and making use of new technologies.",
        "How can more room be given to soft mobility?",
        "How can shared services be integrated into the public transport network?",
        "How can forced journeys be reduced?",
    ],
    "theme:nature-en-ville": [
        "Nature in the city",
        "Increasing urban greenery and biodiversity for health, well-being and adaptation to climate change.",
        "Nature, an ally of public health",
        "Many studies show that a greener city improves its residents' health and well-being and softens heat "
        "waves.",
        "Ecological engineering, software tools, labels and citizen initiatives make it possible to act at every "
        "scale, from the school playground to the large urban park.",
        "How can vegetation cool the city?",
        "How can the health benefits of nature be measured?",
        "How can residents be involved in managing green spaces?",
    ],
    "theme:numerique": [
        "Digital",
        "Using digital tools to design, coordinate and manage the city: smart grids, digital twins and augmented "
        "reality.",
        "From managing flows to shared design",
        "Digital tools give an overview of the urban project and help coordinate services to keep costs under "
        "control.",
        "Beyond monitoring networks, simulators help design an integrated offer and augmented reality makes it "
        "possible to co-produce the project with residents.",
        "How does a digital twin help decision-making?",
        "How can residents' data be protected?",
        "How can digital tools be shared between urban services?",
    ],
    "theme:valeur-du-sol": [
        "Land value",
        "Protecting soils, limiting land take and reclaiming brownfield sites, with suitable legal, tax and "
        "technical tools.",
        "Soil, a resource to protect",
        "Soil is a scarce resource: it shapes public health, risk prevention and biodiversity.",
        "Redeveloping brownfield sites, assessing polluted soils and better coordinating the authorities in charge "
        "make it possible to build the city on the city.",
        "How can an industrial brownfield site be redeveloped?",
        "Which tax tools limit land take?",
    ],
    "theme:services-urbains-integres": [
        "Integrated urban services",
        "Offering many efficient, low-impact urban services by designing them together: water, waste, energy, "
        "lighting and transport.",
        "Thinking about services together",
        "Growing cities must give their residents a good quality of life with a low impact on the environment.",
        "Designing water, waste, energy and mobility together, and linking them through digital tools, opens up "
        "savings that no single service could achieve alone.",
        "How can the networks of several urban services be pooled?",
        "How can the quality of service delivered to residents be measured?",
        "What governance suits integrated urban services?",
    ],
    "programme:divd": [
        "Industrial demonstrators for the sustainable city",
        "A call for projects that brought companies and local authorities together in consortia to deploy urban "
        "innovations locally, with the support of an inter-ministerial team.",
        "Public-private consortia",
        "The programme is open to companies of every size and trade. Together with the local areas that support "
        "them, they form consortia that test technical, organisational and governance innovations.",
        "The State supports each demonstrator as a project, through an inter-ministerial team working with the "
        "administrations and regulators concerned.",
    ],
    "programme:pia": [
        "Investments for the future programme",
        "The French State programme that funds innovative projects, including sustainable city projects, on three "
        "criteria: excellence, innovation and cooperation.",
        "Investing in urban innovation",
        "The investments for the future support projects chosen for their excellence, their innovative nature and "
        "the cooperation between their partners.",
        "Several projects presented on this site have received this support.",
    ],
    "country:maroc": [
        "Morocco",
        "A major partner in the Maghreb, where growing cities call for sustainable solutions.",
        "Exchanges cover new towns, urban transport and water management. The network hosts Moroccan delegations "
        "and relays calls for projects.",
    ],
    "country:tunisie": [
        "Tunisia",
        "A Maghreb country committed to decentralisation and to the renovation of its medinas.",
        "Cooperation supports Tunisian municipalities in urban planning, waste management and the energy efficiency "
        "of public buildings.",
    ],
    "country:algerie": [
        "Algeria",
        "A large Mediterranean country developing its new towns and its public transport.",
        "French players share their experience of tramways, sanitation and the design of energy-efficient "
        "districts.",
    ],
    "country:senegal": [
        "Senegal",
        "A West African partner developing new urban centres around Dakar.",
        "Mobility, solar energy and waste management are at the heart of exchanges between local authorities, "
        "agencies and companies of both countries.",
    ],
    "country:cote-divoire": [
        "Côte d'Ivoire",
        "A dynamic economy whose economic capital, Abidjan, is growing fast.",
        "Cooperation covers urban transport, sanitation and the training of municipal technical services.",
    ],
    "country:quebec-canada": [
        "Quebec (Canada)",
        "A French-speaking province with which ties on the sustainable city are growing stronger.",
        "Exchanges bring together municipalities, researchers and companies on climate adaptation, timber "
        "construction and citizen participation.",
    ],
    "country:etats-unis": [
        "United States",
        "A market where cities often lead climate action.",
        "The network encourages exchanges between French and American cities on resilience, energy renovation and "
        "digital services.",
    ],
    "country:colombie": [
        "Colombia",
        "A country known for the social urbanism of its large cities.",
        "Cable cars, neighbourhood regeneration and public spaces feed exchanges of experience in both directions.",
    ],
    "country:bresil": [
        "Brazil",
        "A country of large metropolises and a pioneer of bus rapid transit.",
        "Cooperation covers mobility, sanitation and metropolitan planning, with local authorities and companies of "
        "both countries.",
    ],
    "country:chili": [
        "Chile",
        "An Andean partner attentive to natural hazards and the energy transition.",
        "Exchanges cover earthquake-resistant construction, solar energy and air quality in Santiago.",
    ],
    "country:roumanie": [
        "Romania",
        "A European partner with which the city was a major theme of a joint cultural season.",
        "Sustainable city competitions, energy renovation and European funds shape the cooperation between "
        "Romanian and French cities.",
    ],
    "country:suede": [
        "Sweden",
        "A country linked to France by a strategic partnership on the sustainable city.",
        "Eco-districts, heat networks and public innovation lead to reciprocal visits and joint projects.",
    ],
    "country:pologne": [
        "Poland",
        "A European partner where sustainable city competitions have been held.",
        "Cooperation covers district heating, air quality and the redevelopment of industrial brownfield sites.",
    ],
    "country:bulgarie": [
        "Bulgaria",
        "A European country involved in the sustainable city competitions in Central and Eastern Europe.",
        "Renovating large housing estates, energy efficiency and urban mobility are the main topics of exchange.",
    ],
    "country:espagne": [
        "Spain",
        "A neighbour with which a Franco-Spanish seminar on the city has been held.",
        "Smart cities, adaptation to heat and water management bring the players of both countries together.",
    ],
    "country:chine": [
        "China",
        "A privileged partner for urban development in Asia.",
        "Exchanges cover eco-districts, low-carbon planning and the training of urban planners.",
    ],
    "country:inde": [
        "India",
        "A country running a vast smart cities programme.",
        "French players support Indian cities on mobility, water and urban planning.",
    ],
    "country:japon": [
        "Japan",
        "A high-tech partner facing an ageing population.",
        "Compact cities, earthquake resilience and energy innovation feed exchanges between researchers and "
        "companies.",
    ],
    "country:coree-du-sud": [
        "South Korea",
        "A pioneer of connected new towns.",
        "Urban digital services, electric mobility and nature in the city are on the agenda of exchanges.",
    ],
    "country:indonesie": [
        "Indonesia",
        "An archipelago whose large cities face rising waters.",
        "Cooperation covers water management, public transport and flood prevention.",
    ],
    "country:vietnam": [
        "Vietnam",
        "A fast-urbanising country and a long-standing partner of French local authorities.",
        "Decentralised cooperation, urban transport and heritage are the main topics of exchange.",
    ],
    "org:mte": [
        "Ministry for the Ecological Transition",
        "The ministry that coordinates the network together with the ministry in charge of territorial cohesion.",
    ],
    "org:mct": [
        "Ministry for Territorial Cohesion",
        "The ministry in charge of spatial planning, housing and support for local authorities.",
    ],
    "org:meae": [
        "Ministry for Europe and Foreign Affairs",
        "The ministry that supports the promotion of French urban know-how abroad.",
    ],
    "org:dgt": [
        "Directorate General of the Treasury",
        "The economic administration that relies on the economic services of French embassies.",
    ],
    "org:business-france": [
        "Business France",
        "The national agency that helps French companies export.",
    ],
    "org:amf": [
        "Association of Mayors of France",
        "The network of elected officials that represents the mayors of every municipality.",
    ],
    "org:apvf": [
        "Association of Small Towns of France",
        "The network of elected officials of small towns.",
    ],
    "org:france-urbaine": [
        "France urbaine",
        "The network of large cities, metropolises and conurbations.",
    ],
    "org:fedepl": [
        "Federation of Local Public Companies",
        "The federation of companies in which local authorities are shareholders.",
    ],
    "org:avitem": [
        "Agency for Sustainable Mediterranean Cities and Territories",
        "The agency that fosters cooperation between the cities of the Mediterranean basin.",
    ],
    "org:fnau": [
        "National Federation of Urban Planning Agencies",
        "The network of French urban planning agencies.",
    ],
    "org:pfvt": [
        "French Partnership for Cities and Territories",
        "A forum where French urban players working internationally share their experience.",
    ],
    "org:ateliers": [
        "Les Ateliers de Cergy",
        "An association that runs international urban design workshops.",
    ],
    "org:think-smart-grids": [
        "Think Smart Grids",
        "An association that promotes the French smart grid industry.",
    ],
    "org:horizon": [
        "Atelier Horizon Ingénierie (fictional company)",
        "An imaginary engineering firm, created for the example fact sheets.",
    ],
    "org:helianthe": [
        "Hélianthe Énergies (fictional company)",
        "An imaginary energy network operator, created for the example fact sheets.",
    ],
    "org:cyclade": [
        "Cyclade Mobilités (fictional company)",
        "An imaginary transport operator, created for the example fact sheets.",
    ],
    "org:boucle": [
        "Boucle Matériaux (fictional company)",
        "An imaginary reuse company, created for the example fact sheets.",
    ],
    "org:canopee": [
        "Canopée Paysages (fictional company)",
        "An imaginary landscape architect, created for the example fact sheets.",
    ],
    "org:donnees": [
        "Données Communes (fictional company)",
        "An imaginary urban software publisher, created for the example fact sheets.",
    ],
    "org:aquaterra": [
        "Aquaterra Services (fictional company)",
        "An imaginary water services operator, created for the example fact sheets.",
    ],
    "org:syndicat": [
        "Example inter-municipal syndicate (fictional public body)",
        "An imaginary grouping of municipalities, created for the example fact sheets.",
    ],
    "org:agence": [
        "Example urban planning agency (fictional public body)",
        "An imaginary urban planning agency, created for the example fact sheets.",
    ],
    "org:labo": [
        "City and Climate Laboratory (fictional research body)",
        "An imaginary research laboratory, created for the example fact sheets.",
    ],
    "org:quartiers": [
        "Quartiers Vivants Association (fictional association)",
        "An imaginary residents' association, created for the example fact sheets.",
    ],
    "org:sem": [
        "Example semi-public company (fictional public body)",
        "An imaginary development and financing company, created for the example fact sheets.",
    ],
    "sheet:exemple-reseau-de-chaleur-biomasse": [
        "Example: a heat network fuelled by local wood",
        "Example fact sheet: a conurbation replaces its oil-fired boilers with a heat network fuelled by wood from "
        "nearby forests.",
        "The district's buildings were heated by old oil-fired boilers that were expensive and polluting.",
        "A central boiler plant burns wood chips from forests less than a hundred kilometres away and distributes "
        "the heat through an underground network.",
        "The price of heat has become stable and predictable for households.",
        "Greenhouse gas emissions from heating have fallen sharply and the local wood industry has created jobs.",
        "of heat network",
        "renewable heat",
        "homes connected",
    ],
    "sheet:exemple-tramway-sobre": [
        "Example: an energy-efficient tram line",
        "Example fact sheet: a tram line without overhead wires in the historic centre, which recovers braking "
        "energy.",
        "The city wanted a transport line that could cross its historic centre without poles or overhead wires.",
        "The tram is powered from the ground in the centre and stores the energy recovered when braking to reuse it "
        "when pulling away.",
        "The tram has given the squares of the centre back to pedestrians.",
        "Ridership exceeded forecasts and the approach has been taken up by other cities, in France and in the "
        "Maghreb.",
        "of line",
        "passengers a day",
        "of energy recovered when braking",
    ],
    "sheet:exemple-reemploi-materiaux": [
        "Example: a reuse platform for building materials",
        "Example fact sheet: a platform collects, checks and resells materials from demolitions across the "
        "metropolitan area.",
        "Demolition sites produced thousands of tonnes of waste, although many materials were still in good "
        "condition.",
        "Before each demolition, a survey identifies reusable doors, bricks, floorboards and fittings; the platform "
        "stores them, checks them and resells them to the next building sites.",
        "We now build with what we used to demolish.",
        "Building firms buy cheaper materials and the metropolitan area sends less waste to landfill.",
        "of materials reused each year",
        "less construction waste",
    ],
    "sheet:exemple-parc-inondable": [
        "Example: a floodable park at the heart of a district",
        "Example fact sheet: a park designed to store floodwater and cool the district in summer.",
        "The district, built on low-lying land, flooded regularly and lacked green spaces.",
        "A former car park was turned into a sunken park, planted with water-tolerant species, which fills up "
        "during floods and then drains.",
        "Children play where there used to be nothing but tarmac.",
        "Floods no longer reach homes and the perceived temperature has dropped during heat waves.",
        "of green space",
        "cooler during heat waves",
        "of water stored during floods",
    ],
    "sheet:exemple-jumeau-numerique": [
        "Example: a digital twin to coordinate roadworks",
        "Example fact sheet: a digital model of the city shared by its departments to plan their works together.",
        "The water, roads and energy departments often dug up the same street a few months apart.",
        "A three-dimensional model brings together underground networks, buildings and planned works; each "
        "department consults it and records its works in it.",
        "At last we can see the whole city on a single screen.",
        "Works are better grouped, streets are dug up less often and residents are informed earlier.",
        "modelled in three dimensions",
        "more works coordinated",
    ],
    "sheet:exemple-carte-participative": [
        "Example: a public consultation on a participatory map",
        "Example fact sheet: residents post their ideas for their neighbourhood on an online map.",
        "The city was preparing to redesign several streets and wanted to hear other voices than those heard at "
        "public meetings.",
        "An online map let people post an idea at the exact place it applies to; street workshops completed the "
        "process for those who do not use the internet.",
        "For the first time, I saw my idea drawn on the final plan.",
        "About a hundred residents' proposals were included in the project, which was adopted without any legal "
        "challenge.",
        "contributions from residents",
        "neighbourhood workshops",
    ],
    "sheet:exemple-reconversion-friche": [
        "Example: turning an industrial brownfield site into a mixed-use district",
        "Example fact sheet: a former factory becomes a district of homes, offices and workshops, without using up "
        "farmland.",
        "A factory closed for twenty years occupied a large polluted site close to the city centre.",
        "The soil was cleaned up on site, the soundest halls were kept and turned into workshops, and new homes "
        "were built around a park.",
        "The district keeps the memory of the factory while welcoming new residents.",
        "The city created a new district without spreading onto farmland.",
        "of brownfield land redeveloped",
        "homes",
        "companies hosted",
    ],
    "sheet:exemple-campus-demonstrateur": [
        "Example: a demonstration campus for the sustainable city",
        "Example fact sheet: a university campus serves as a testing ground for urban solutions before they are "
        "rolled out.",
        "Schools, laboratories and companies in the same area were working on the sustainable city without knowing "
        "each other.",
        "The campus opens its buildings, networks and streets to experiments and puts teams in touch.",
        "An experiment that succeeds here can be taken up by a whole city.",
        "Several solutions tested on the campus have been adopted by neighbouring local authorities.",
        "students and researchers",
        "experiments under way",
    ],
    "sheet:exemple-fonds-renovation-coproprietes": [
        "Example: a fund for renovating apartment buildings",
        "Example fact sheet: a public-private fund advances the cost of energy renovation to co-owned apartment "
        "buildings.",
        "Many co-owners gave up renovating their buildings because they could not pay the costs up front.",
        "The fund pays for the works and is repaid from part of the energy savings achieved.",
        "The co-owners voted for the works as soon as the question of funding was settled.",
        "The renovated buildings use much less energy and household service charges have fallen.",
        "raised",
        "energy savings on average",
    ],
    "sheet:exemple-quartier-mediterraneen": [
        "Example: a Mediterranean district adapted to heat",
        "Example fact sheet: shaded streets, permeable ground and fountains cool a district exposed to heat waves.",
        "The district, with hardly any greenery, was becoming hard to live in during ever hotter summers.",
        "Streets were planted, ground surfaces made permeable and water points installed, drawing on know-how from "
        "both shores of the Mediterranean.",
        "This experience interests our cities, which face the same heat.",
        "Ground temperatures have fallen in the redesigned streets and the approach is shared with cities in the "
        "Maghreb.",
        "of surfaces made permeable",
        "trees planted",
    ],
    "sheet:exemple-navette-autonome": [
        "Example: a self-driving shuttle in a business park",
        "Example fact sheet: a driverless shuttle links a railway station to the companies of a business park.",
        "Employees of the business park came by car because there was no link between the station and their "
        "workplace.",
        "A self-driving electric shuttle runs on a dedicated lane and stops on demand.",
        "I now leave my car at home.",
        "The experiment made it possible to test the regulations and safety conditions of a self-driving service.",
        "route length",
        "passengers a day",
    ],
    "sheet:exemple-station-epuration-biogaz": [
        "Example: a wastewater treatment plant that produces biogas",
        "Example fact sheet: a wastewater treatment plant treats sewage and turns its sludge into energy.",
        "Part of the city's wastewater flowed into the sea untreated.",
        "The new plant treats the wastewater; its sludge is digested to produce the biogas that powers part of its "
        "equipment.",
        "The nearby beaches have better water quality again.",
        "Water quality has improved and the plant meets a large share of its own electricity needs.",
        "residents served",
        "of the plant's electricity produced on site",
    ],
    "sheet:exemple-etude-mobilite-metropole": [
        "Example: a mobility study for a Brazilian metropolis",
        "Example fact sheet: French and Brazilian engineers jointly design a network of bus lanes.",
        "The metropolis's buses were slowed down by congestion and people in outlying areas spent hours "
        "travelling.",
        "The study proposed a network of dedicated lanes, accessible stations and a shared ticketing system.",
        "Working as a mixed team meant starting from residents' needs.",
        "The metropolis now has a prioritised investment programme for its public transport.",
        "of bus lanes studied",
        "months of study",
    ],
    "sheet:exemple-ecoquartier-bas-carbone": [
        "Example: a low-carbon eco-district designed through cooperation",
        "Example fact sheet: cooperation between French and Chinese urban planners for an energy-efficient "
        "district.",
        "The city wanted to show that a new district could greatly limit its emissions.",
        "The plan combines density, public transport, a heat network and continuous green spaces.",
        "We learned as much as we contributed.",
        "The district serves as a reference for other projects in the region.",
        "developed",
        "lower emissions than a conventional district",
    ],
    "sheet:exemple-services-numeriques-ville-indienne": [
        "Example: digital urban services for an Indian city",
        "Example fact sheet: a city brings its water, waste and transport services together on a single platform.",
        "Each urban service had its own tools, with no overall view.",
        "A shared control centre brings together the services' data, and blended finance made its deployment "
        "possible.",
        "A water outage is now reported and repaired within a few hours.",
        "Response times have fallen and the city monitors the quality of its services in real time.",
        "services connected",
        "residents concerned",
    ],
    "sheet:exemple-renovation-grand-ensemble": [
        "Example: energy renovation of a large housing estate",
        "Example fact sheet: apartment blocks are insulated and connected to more efficient heating.",
        "Buildings from the 1970s were losing a large part of their heat through their walls.",
        "The facades were insulated, the windows replaced and the heating modernised, with the support of European "
        "funds.",
        "Our heating bills have almost halved.",
        "Residents' comfort has improved and the method is being used in other districts.",
        "homes renovated",
        "less energy",
    ],
    "sheet:exemple-collecte-biodechets": [
        "Example: separate collection of food waste",
        "Example fact sheet: a conurbation collects food waste to turn it into compost and biogas.",
        "A third of household waste was food waste, incinerated with everything else.",
        "Every household received a dedicated bin; food waste is composted or digested.",
        "Sorting quickly became a habit.",
        "The volume of incinerated waste has fallen and neighbouring farmers use the compost.",
        "of food waste recovered each year",
        "residents served",
    ],
    "sheet:exemple-trame-verte-canal": [
        "Example: a green walkway along a canal",
        "Example fact sheet: the banks of a canal become an ecological corridor and a route for pedestrians and "
        "cyclists.",
        "The canal banks were inaccessible and cut off by wasteland.",
        "The banks were replanted and linked by a continuous path reserved for walking and cycling.",
        "I cycle to work along the water.",
        "Biodiversity has returned and the walkway is very popular.",
        "of walkway",
        "species observed",
    ],
    "sheet:exemple-budget-participatif-climat": [
        "Example: a participatory budget for the climate",
        "Example fact sheet: residents propose and choose climate projects funded by the city.",
        "The city wanted to involve residents in its climate investment choices.",
        "Every year, part of the budget is set aside for projects proposed and voted on by residents.",
        "Our street now has trees because we asked for them.",
        "Shared gardens, bicycle shelters and fountains have been built in every neighbourhood.",
        "a year",
        "residents' projects funded",
    ],
    "sheet:exemple-maison-du-projet": [
        "Example: a project centre for a district under renewal",
        "Example fact sheet: an open venue informs and involves residents throughout an urban renewal project.",
        "A major renewal project was going to transform the district over ten years.",
        "A project centre hosts models, drop-in sessions and workshops to follow the works.",
        "We always know how the works are progressing and whom to contact.",
        "Residents take part more and complaints have decreased.",
        "visitors a year",
        "years of support",
    ],
    "sheet:exemple-assistance-ville-nouvelle": [
        "Example: client-side support for a new town",
        "Example fact sheet: a French team helps a foreign developer plan a new town.",
        "The developer wanted an energy-efficient new town with good links to the metropolis.",
        "The team helped set the brief, the environmental requirements and the phasing of the works.",
        "Together we built a method that we now apply on our own.",
        "The development plan was adopted and the first phases are under construction.",
        "of new town",
        "experts involved",
    ],
    "sheet:exemple-phytoremediation": [
        "Example: cleaning up soil with plants",
        "Example fact sheet: selected plants extract pollutants from a former industrial site before it is "
        "redeveloped.",
        "A plot polluted with heavy metals remained unusable in the heart of the town.",
        "Plants that absorb metals were grown and then harvested every year.",
        "The clean-up has become a landscape.",
        "Pollution has decreased and the site will host a park open to the public.",
        "treated",
        "years of treatment",
    ],
    "sheet:exemple-eclairage-public-intelligent": [
        "Example: smart, low-energy street lighting",
        "Example fact sheet: connected street lamps adjust their brightness to the presence of passers-by.",
        "Street lighting accounted for a large share of the city's electricity bill.",
        "The lamps were replaced by remotely controlled LEDs, which dim when nobody is around.",
        "The night is darker, but the streets remain safe.",
        "Consumption has fallen sharply and faults are detected automatically.",
        "electricity saved",
        "light points",
    ],
    "sheet:exemple-cours-ecole-vegetalisees": [
        "Example: greener school playgrounds",
        "Example fact sheet: tarmac school playgrounds become cool islands open to the neighbourhood.",
        "The school playgrounds, entirely covered in tarmac, became scorching hot in summer.",
        "Pupils and teachers designed, with landscape architects, planted playgrounds that absorb rainwater.",
        "The pupils chose the trees for their playground themselves.",
        "The playgrounds are cooler and serve as neighbourhood gardens at weekends.",
        "playgrounds transformed",
        "made permeable",
    ],
    "sheet:exemple-velos-partages": [
        "Example: self-service electric bikes",
        "Example fact sheet: a shared electric bike service complements the metro of a South American capital.",
        "Many residents lived too far from metro stations to walk there.",
        "Electric bike stations were installed around the metro stations.",
        "The bike saves me half an hour every morning.",
        "The service has brought new users to public transport.",
        "bikes",
        "stations",
    ],
    "sheet:exemple-reseau-eau-capteurs": [
        "Example: a drinking water network monitored by sensors",
        "Example fact sheet: sensors detect leaks in a drinking water network so that they are repaired faster.",
        "A large share of the water produced was lost through invisible leaks.",
        "Acoustic and pressure sensors report anomalies to a monitoring centre.",
        "Every litre saved is one more litre for residents.",
        "Water losses have fallen markedly and more residents are served.",
        "fewer leaks",
        "sensors installed",
    ],
    "news:le-site-en-six-langues": [
        "The network's showcase is now available in six languages",
        "Foreign delegations can now read about the themes and projects in English, Spanish, Portuguese, Arabic and "
        "Chinese.",
        "The home pages, themes, programmes and partner countries are translated into every language of the site; "
        "fact sheets are being translated step by step.",
        "When a page does not yet exist in your language, the language switcher tells you so and offers the French "
        "version.",
    ],
    "news:nouvelles-fiches-exemple": [
        "Twenty-six example fact sheets to discover French know-how",
        "Example fact sheets illustrate the network's twelve themes, in France and in our partner countries.",
        "These fact sheets are fictional examples: they show the form that the innovative projects presented by "
        "the network's members will take.",
        "Each fact sheet gives the place, the period, the players, the key figures and the countries where the "
        "solution can be replicated.",
    ],
    "news:retour-smart-city-barcelone": [
        "Looking back at the Smart City fair in Barcelona",
        "The network presented French urban solutions on the France pavilion of the fair.",
        "Local authorities, agencies and companies met delegations from all over the world to discuss mobility, "
        "energy and digital services.",
    ],
    "news:inscriptions-matinale-nature-en-ville": [
        "Registration open for the morning seminar on nature in the city",
        "The network's next morning seminar will focus on greening cities in the face of heat waves.",
        "Elected officials, landscape architects and researchers will present greening projects and their measured "
        "effects on temperature.",
    ],
    "news:bilan-delegation-bresilienne": [
        "A Brazilian delegation discovers French demonstrators",
        "Brazilian elected officials and technical staff visited projects on mobility and water.",
        "Over three days, the delegation met local authorities and urban service operators, and prepared future "
        "cooperation.",
    ],
    "event:matinale-nature-en-ville": [
        "Morning seminar: nature in the city and heat waves",
        "A morning of discussion on greening cities and its effects on urban heat.",
        "Welcome at 8.30 am, project presentations, then questions from the floor until noon.",
    ],
    "event:delegation-marocaine": [
        "A Moroccan delegation visits Lyon",
        "Moroccan elected officials and developers visit projects in Lyon on mobility and energy.",
        "Network members who would like to present their solutions to the delegation can contact the "
        "secretariat.",
    ],
    "event:pollutec-lyon": [
        "Pollutec Lyon: the sustainable city area",
        "The network runs an area devoted to the sustainable city at the environmental solutions fair.",
        "Talks, meetings with foreign delegations and presentation of the innovative project fact sheets.",
    ],
    "event:smart-city-barcelone": [
        "Smart City Expo World Congress in Barcelona",
        "The network took part in the France pavilion of the major international smart cities fair.",
        "The members present showcased their mobility, energy and digital service solutions.",
    ],
    "event:matinale-financer-la-ville-durable": [
        "Morning seminar: funding the sustainable city internationally",
        "Lenders, local authorities and companies discussed ways of funding urban projects abroad.",
        "Discussions focused on cities' access to borrowing and on public-private partnerships.",
    ],
    "event:delegation-bresilienne": [
        "Visit of a Brazilian delegation",
        "A Brazilian delegation visited projects on water, mobility and nature in the city.",
        "The visit ended with a workshop on future joint projects.",
    ],
}
