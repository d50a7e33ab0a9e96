"""Portuguese (Brazilian usage) translations of the demo content, in the order of ``source_strings()``.

Portuguese covers the home page, the index pages, the footer pages, the themes, the programmes,
the countries and the eight fact sheets marked ``translated`` (with their fictional actors).
"""

PLACES = {
    "Pernambouc": "Pernambuco",
    "Bourgogne-Franche-Comté": "Borgonha-Franco-Condado",
    "Centre-Val de Loire": "Centro-Vale do Loire",
    "Pays de la Loire": "País do Loire",
    "Bretagne": "Bretanha",
    "Auvergne-Rhône-Alpes": "Auvérnia-Ródano-Alpes",
    "Région de Dakar": "Região de Dakar",
}

STRINGS = {
    "home": [
        "Vivapolis",
        "A cidade sustentável: o saber-fazer francês",
        "Projetos inovadores de governos locais e empresas francesas, apresentados a cidades do mundo inteiro.",
        "Descobrir os projetos",
        "A Vivapolis reúne os atores públicos e privados franceses que concebem, constroem e fazem funcionar a "
        "cidade sustentável, na França e no exterior.",
        "Percorra os doze temas da rede, os projetos apresentados por seus membros e os países com os quais "
        "cooperamos.",
    ],
    "common": [
        "O contexto",
        "A solução",
        "Os resultados",
        "Ilustração de demonstração: silhuetas de prédios e árvores diante de um céu em degradê",
        "Imagem gerada para esta ficha de exemplo.",
        "Resumo da ficha de exemplo (PDF)",
        "Demonstração do reprodutor de vídeo: “Big Buck Bunny”, curta-metragem livre da Blender Foundation",
        "Como este projeto é fictício, nenhum vídeo o apresenta: o reprodutor mostra um curta-metragem de animação "
        "livre de direitos e sem diálogos. Um grande coelho acorda numa floresta, é provocado por três roedores e "
        "prepara armadilhas engenhosas para lhes dar uma lição.",
        "Uma vereadora (depoimento fictício)",
        "Um morador do bairro (depoimento fictício)",
        "Uma gerente de projeto (depoimento fictício)",
        "Um parceiro estrangeiro (depoimento fictício)",
        "Contratante",
        "Projetista",
        "Operador",
        "Parceiro científico",
        "Financiador",
        "Condução da consulta pública",
        "Secretariado da rede Vivapolis",
    ],
    "index:themes": [
        "Temas",
        "Doze temas organizam o trabalho da rede, da energia à governança participativa. Cada um reúne as "
        "perguntas-chave e os projetos que respondem a elas.",
    ],
    "index:fact_sheets": [
        "Projetos inovadores",
        "As fichas apresentam projetos inovadores: sua localização, seus atores, seus números-chave e os países "
        "onde podem ser reproduzidos. As fichas de demonstração estão identificadas como exemplos.",
    ],
    "index:countries": [
        "Países parceiros",
        "A rede coopera com cidades e países de todos os continentes, prioritariamente na África, no Mediterrâneo, "
        "nas Américas, na Europa e na Ásia.",
    ],
    "index:news": ["Notícias", "As novidades da rede e de seus membros."],
    "index:events": [
        "Eventos",
        "Encontros matinais, feiras internacionais e visitas de delegações: a agenda da rede.",
    ],
    "page:mentions-legales": [
        "Informações legais",
        "Editor, hospedagem e condições de reutilização dos conteúdos.",
        "Editor",
        "Este site é editado pelo secretariado da rede Vivapolis em nome dos ministérios franceses responsáveis "
        "pelo desenvolvimento sustentável e pela coesão territorial. O diretor da publicação e o provedor de "
        "hospedagem serão indicados quando o site for publicado.",
        "Conteúdos de demonstração",
        "As fichas identificadas como exemplos descrevem projetos fictícios, e as organizações que elas citam são "
        "imaginárias. As imagens deste site de demonstração são geradas automaticamente.",
        "Reutilização",
        "Salvo indicação em contrário, os textos do site podem ser reutilizados livremente, desde que a fonte seja "
        "citada.",
    ],
    "page:accessibilite": [
        "Acessibilidade",
        "Declaração de acessibilidade: o site está parcialmente em conformidade com o RGAA 4.1.",
        "Os ministérios franceses responsáveis pelo desenvolvimento sustentável comprometem-se a tornar este site "
        "acessível, conforme o artigo 47 da lei francesa de 11 de fevereiro de 2005.",
        "Situação de conformidade",
        "Este site está parcialmente em conformidade com o referencial francês de acessibilidade (RGAA), versão "
        "4.1, enquanto aguarda uma auditoria completa.",
        "Conteúdos não acessíveis",
        "Nem todos os vídeos hospedados em plataformas externas têm legendas; uma transcrição é oferecida ao lado "
        "de cada vídeo.",
        "O mapa dos projetos não pode ser usado inteiramente pelo teclado; a lista de projetos traz as mesmas "
        "informações.",
        "Alguns documentos PDF não estão etiquetados.",
        "Comentários e contato",
        "Se você não conseguir acessar um conteúdo ou um serviço, escreva ao secretariado da rede pelo endereço "
        "accessibilite@vivapolis.example para obter uma alternativa acessível.",
        "Vias de recurso",
        "Se não obtiver uma resposta satisfatória, você pode recorrer ao Défenseur des droits (defensor dos "
        "direitos na França), on-line ou por correio: Défenseur des droits, Libre réponse 71120, 75342 Paris "
        "CEDEX 07, França.",
    ],
    "page:donnees-personnelles": [
        "Dados pessoais",
        "Os dados que o site trata e os seus direitos.",
        "Nenhum rastreamento dos visitantes",
        "O site não usa ferramenta de medição de audiência nem cookie publicitário. Um único cookie guarda o "
        "idioma que você escolheu.",
        "Vídeos",
        "Os vídeos só são carregados da plataforma que os hospeda depois do seu consentimento explícito.",
        "Contatos das fichas",
        "As fichas citam contatos profissionais com o seu consentimento. Você pode pedir o acesso, a retificação "
        "ou a exclusão dos seus dados escrevendo para donnees@vivapolis.example, e recorrer à CNIL (autoridade "
        "francesa de proteção de dados) se considerar que os seus direitos não são respeitados.",
    ],
    "page:plan-du-site": [
        "Mapa do site",
        "Todas as seções e páginas do site.",
        "Esta página apresenta todas as seções do site e suas páginas.",
    ],
    "theme:developpement-territorial": [
        "Desenvolvimento territorial",
        "Tornar um território atraente tanto para os moradores quanto para as empresas inovadoras, reunindo "
        "pesquisa, formação e atividade econômica no mesmo lugar.",
        "Territórios que servem de laboratório",
        "Um campus universitário ou um polo de excelência é uma pequena cidade: nele é possível testar em escala "
        "real soluções de cidade sustentável antes de ampliá-las.",
        "Ao aproximar laboratórios, escolas e empresas, um governo local cria um ecossistema que atrai talentos e "
        "faz nascer projetos comuns.",
        "Como tornar um território atraente para as empresas inovadoras?",
        "Como fazer de um campus um terreno de experimentação urbana?",
        "Como associar pesquisa e atividade econômica num mesmo bairro?",
    ],
    "theme:economie-circulaire": [
        "Economia circular",
        "Fazer a matéria circular pelo maior tempo possível: reúso, reutilização, reciclagem e venda de um serviço "
        "em vez de um produto.",
        "A cidade, primeira jazida de recursos",
        "Por concentrarem moradores e atividades, as cidades ampliam cada ganho: é nos serviços urbanos que a "
        "economia de recursos é maior.",
        "Circuitos locais de materiais, plataformas de reúso da construção e economia da funcionalidade reduzem ao "
        "mesmo tempo os resíduos e a extração de recursos naturais.",
        "Como reaproveitar os materiais das obras de demolição?",
        "Quais serviços urbanos oferecem o maior potencial de circularidade?",
        "Como passar da venda de produtos à venda de usos?",
    ],
    "theme:energie": [
        "Energia",
        "Consumir menos, produzir localmente energias renováveis e melhorar a qualidade do ar, graças a inovações "
        "técnicas, jurídicas e organizacionais.",
        "Sobriedade e produção local",
        "As cidades consomem grande parte da energia e sofrem com a poluição que a acompanha. Redes de calor, "
        "reforma de edifícios e produção solar reduzem essa dependência.",
        "As inovações não são apenas técnicas: comunidades de energia, contratos de desempenho e novos arranjos "
        "jurídicos contam tanto quanto os equipamentos.",
        "Como reduzir o consumo de energia dos edifícios existentes?",
        "Como produzir e compartilhar localmente uma energia renovável?",
        "Quais arranjos jurídicos favorecem os projetos coletivos de energia?",
    ],
    "theme:europe-et-international": [
        "Europa e internacional",
        "Associar as cidades às políticas europeias e dar coerência à ação dos atores franceses na cooperação "
        "internacional.",
        "Pesar nas agendas urbanas",
        "A agenda urbana da União Europeia dá às cidades um lugar na elaboração das políticas que lhes dizem "
        "respeito: pobreza, migrações, poluição ou mobilidade.",
        "Fora da Europa, a cooperação bilateral entre Estados, governos locais e empresas se insere nos marcos "
        "multilaterais, das COP aos Objetivos de Desenvolvimento Sustentável. O desafio é apresentar uma oferta "
        "francesa clara.",
        "Como as cidades francesas participam da agenda urbana europeia?",
        "Como tornar a oferta francesa visível entre as iniciativas internacionais?",
    ],
    "theme:financement": [
        "Financiamento",
        "Encontrar os meios da cidade sustentável: programas de investimento, empréstimos aos governos locais, "
        "parcerias público-privadas e microcrédito urbano.",
        "Um leque de instrumentos financeiros",
        "Na França, os programas de investimentos para o futuro apoiam projetos urbanos inovadores que demonstram "
        "excelência e cooperação.",
        "Em muitos países, o acesso das cidades ao crédito continua sendo a principal dificuldade. Empréstimos "
        "diretos, intermediação bancária e parcerias público-privadas permitem enfrentá-la.",
        "Como uma cidade pode obter empréstimos para investir?",
        "Quais critérios os programas de investimento adotam?",
        "Quando uma parceria público-privada é adequada?",
    ],
    "theme:gouvernance-participative": [
        "Governança participativa",
        "Construir o projeto do território com todos os que ele envolve, graças a maquetes 3D, cartografia "
        "participativa e dados abertos.",
        "O projeto urbano se faz com os moradores",
        "Um projeto de território já não é assunto de apenas dois parceiros: moradores, associações e usuários "
        "participam da sua concepção.",
        "Maquetes tridimensionais, mapas colaborativos on-line e plataformas de dados tornam o projeto "
        "compreensível para todos e recolhem novas informações.",
        "Como associar os moradores desde a concepção de um projeto?",
        "Como tornar os dados de um projeto compreensíveis para todos?",
        "Quais ferramentas digitais favorecem a participação?",
    ],
    "theme:ingenierie": [
        "Engenharia",
        "Acompanhar cada etapa, da intenção ao programa e da obra à entrada em operação, com uma oferta integrada "
        "que privilegia o ecodesign.",
        "Uma oferta integrada, da intenção à operação",
        "Entre a estratégia do contratante, o trabalho do projetista e a gestão cotidiana, cada passagem de "
        "bastão é um risco para a qualidade do projeto.",
        "A engenharia atua como parceira operacional: explora os cenários possíveis e faz do ecodesign uma regra "
        "desde o início.",
        "Quem traduz a intenção política em programa operacional?",
        "Como garantir a continuidade entre a obra e a operação?",
    ],
    "theme:mobilite": [
        "Mobilidade",
        "Favorecer o transporte coletivo e os modos ativos, integrar os novos serviços compartilhados e reduzir os "
        "deslocamentos obrigatórios.",
        "Deslocar-se de outra maneira",
        "Os modos de vida mudam: veículos de uso compartilhado, carona, bicicleta e teletrabalho transformam a "
        "maneira de se deslocar na cidade.",
        "As cidades inovam incentivando o transporte coletivo e os modos suaves, integrando-os melhor ao espaço "
        "público e apoiando-se em novas tecnologias.",
        "Como dar mais espaço à mobilidade suave?",
        "Como integrar os serviços compartilhados à rede de transporte público?",
        "Como reduzir os deslocamentos obrigatórios?",
    ],
    "theme:nature-en-ville": [
        "Natureza na cidade",
        "Reforçar a vegetação e a biodiversidade urbanas em favor da saúde, do bem-estar e da adaptação às "
        "mudanças climáticas.",
        "A natureza, aliada da saúde pública",
        "Numerosos estudos mostram que uma cidade mais verde melhora a saúde e o bem-estar de seus moradores e "
        "atenua as ondas de calor.",
        "Engenharia ecológica, ferramentas de software, selos e iniciativas cidadãs permitem agir em todas as "
        "escalas, do pátio da escola ao grande parque urbano.",
        "Como refrescar a cidade com a vegetação?",
        "Como medir os benefícios da natureza para a saúde?",
        "Como associar os moradores à gestão das áreas verdes?",
    ],
    "theme:numerique": [
        "Digital",
        "Usar as ferramentas digitais para conceber, coordenar e gerir a cidade: redes inteligentes, gêmeos "
        "digitais e realidade aumentada.",
        "Do controle dos fluxos à concepção compartilhada",
        "O digital oferece uma visão de conjunto do projeto urbano e ajuda a coordenar os serviços para controlar "
        "seus custos.",
        "Além do controle das redes, os simuladores ajudam a conceber uma oferta integrada e a realidade aumentada "
        "permite coproduzir o projeto com os moradores.",
        "Como um gêmeo digital ajuda a decidir?",
        "Como proteger os dados dos moradores?",
        "Como compartilhar as ferramentas digitais entre os serviços urbanos?",
    ],
    "theme:valeur-du-sol": [
        "Valor do solo",
        "Preservar os solos, limitar a impermeabilização e recuperar as áreas abandonadas, com instrumentos "
        "jurídicos, fiscais e técnicos adequados.",
        "O solo, um recurso a preservar",
        "O solo é um recurso escasso: ele condiciona a saúde pública, a prevenção de riscos e a biodiversidade.",
        "Reconverter áreas abandonadas, caracterizar os solos contaminados e coordenar melhor as autoridades "
        "competentes permite construir a cidade sobre a cidade.",
        "Como reconverter uma área industrial abandonada?",
        "Quais instrumentos fiscais limitam a impermeabilização dos solos?",
    ],
    "theme:services-urbains-integres": [
        "Serviços urbanos integrados",
        "Oferecer serviços urbanos numerosos, eficientes e sóbrios, concebendo-os em conjunto: água, resíduos, "
        "energia, iluminação e transporte.",
        "Pensar os serviços em conjunto",
        "Cidades em crescimento precisam garantir aos seus moradores uma boa qualidade de vida com baixo impacto "
        "ambiental.",
        "Conceber em conjunto a água, os resíduos, a energia e a mobilidade, e conectá-los pelo digital, abre "
        "economias que nenhum serviço conseguiria sozinho.",
        "Como compartilhar as redes de vários serviços urbanos?",
        "Como medir a qualidade do serviço prestado aos moradores?",
        "Que governança para serviços urbanos integrados?",
    ],
    "programme:divd": [
        "Demonstradores industriais para a cidade sustentável",
        "Uma chamada de projetos que reuniu empresas e governos locais em consórcios para implantar localmente "
        "inovações urbanas, com o apoio de uma equipe interministerial.",
        "Consórcios público-privados",
        "O programa se dirige a empresas de todos os portes e setores. Com os territórios que as apoiam, elas "
        "formam consórcios que testam inovações técnicas, organizacionais e de governança.",
        "O Estado acompanha cada demonstrador em modo de projeto, por meio de uma equipe interministerial em "
        "ligação com as administrações e os órgãos reguladores envolvidos.",
    ],
    "programme:pia": [
        "Programa de investimentos para o futuro",
        "O programa do Estado francês que financia projetos inovadores, entre eles os da cidade sustentável, "
        "segundo três critérios: excelência, inovação e cooperação.",
        "Investir na inovação urbana",
        "Os investimentos para o futuro apoiam projetos escolhidos por sua excelência, seu caráter inovador e a "
        "cooperação entre seus parceiros.",
        "Vários projetos apresentados neste site receberam esse apoio.",
    ],
    "country:maroc": [
        "Marrocos",
        "Um parceiro importante do Magrebe, onde o crescimento das cidades exige soluções sustentáveis.",
        "Os intercâmbios tratam das cidades novas, do transporte urbano e da gestão da água. A rede recebe "
        "delegações marroquinas e divulga as chamadas de projetos.",
    ],
    "country:tunisie": [
        "Tunísia",
        "Um país do Magrebe empenhado na descentralização e na renovação das suas medinas.",
        "A cooperação apoia os municípios tunisianos no planejamento urbano, na gestão de resíduos e na "
        "eficiência energética dos edifícios públicos.",
    ],
    "country:algerie": [
        "Argélia",
        "Um grande país mediterrâneo que desenvolve suas cidades novas e seu transporte coletivo.",
        "Os atores franceses compartilham sua experiência em bondes, saneamento e concepção de bairros econômicos "
        "em energia.",
    ],
    "country:senegal": [
        "Senegal",
        "Um parceiro da África Ocidental que desenvolve novos polos urbanos em torno de Dakar.",
        "Mobilidade, energia solar e gestão de resíduos estão no centro dos intercâmbios entre governos locais, "
        "agências e empresas dos dois países.",
    ],
    "country:cote-divoire": [
        "Costa do Marfim",
        "Uma economia dinâmica cuja capital econômica, Abidjan, cresce rapidamente.",
        "A cooperação abrange o transporte urbano, o saneamento e a formação dos serviços técnicos municipais.",
    ],
    "country:quebec-canada": [
        "Quebec (Canadá)",
        "Uma província francófona com a qual os laços sobre a cidade sustentável se fortalecem.",
        "Os intercâmbios reúnem municípios, pesquisadores e empresas em torno da adaptação ao clima, da construção "
        "em madeira e da participação cidadã.",
    ],
    "country:etats-unis": [
        "Estados Unidos",
        "Um mercado em que as cidades frequentemente lideram a ação climática.",
        "A rede favorece os intercâmbios entre metrópoles francesas e americanas sobre resiliência, reforma "
        "energética e serviços digitais.",
    ],
    "country:colombie": [
        "Colômbia",
        "Um país reconhecido pelo urbanismo social de suas grandes cidades.",
        "Teleféricos urbanos, requalificação de bairros e espaços públicos alimentam intercâmbios de experiência "
        "nos dois sentidos.",
    ],
    "country:bresil": [
        "Brasil",
        "Um país de grandes metrópoles, pioneiro dos corredores de ônibus de alto desempenho (BRT).",
        "A cooperação abrange a mobilidade, o saneamento e o planejamento metropolitano, com governos locais e "
        "empresas dos dois países.",
    ],
    "country:chili": [
        "Chile",
        "Um parceiro andino atento aos riscos naturais e à transição energética.",
        "Os intercâmbios tratam da construção antissísmica, da energia solar e da qualidade do ar em Santiago.",
    ],
    "country:roumanie": [
        "Romênia",
        "Um parceiro europeu com o qual a cidade foi um tema forte de uma temporada cultural cruzada.",
        "Concursos de cidade sustentável, reforma energética e fundos europeus estruturam a cooperação entre "
        "cidades romenas e francesas.",
    ],
    "country:suede": [
        "Suécia",
        "Um país ligado à França por uma parceria estratégica sobre a cidade sustentável.",
        "Ecobairros, redes de calor e inovação pública dão origem a visitas cruzadas e projetos comuns.",
    ],
    "country:pologne": [
        "Polônia",
        "Um parceiro europeu onde foram organizados concursos de cidade sustentável.",
        "A cooperação abrange o aquecimento urbano, a qualidade do ar e a reconversão de áreas industriais "
        "abandonadas.",
    ],
    "country:bulgarie": [
        "Bulgária",
        "Um país europeu associado aos concursos de cidade sustentável na Europa Central e Oriental.",
        "A reforma dos grandes conjuntos habitacionais, a eficiência energética e a mobilidade urbana são os "
        "principais temas de intercâmbio.",
    ],
    "country:espagne": [
        "Espanha",
        "Um vizinho com o qual foi organizado um seminário franco-espanhol sobre a cidade.",
        "Cidades inteligentes, adaptação ao calor e gestão da água aproximam os atores dos dois países.",
    ],
    "country:chine": [
        "China",
        "Um parceiro privilegiado para o desenvolvimento urbano na Ásia.",
        "Os intercâmbios tratam dos ecobairros, do planejamento de baixo carbono e da formação de urbanistas.",
    ],
    "country:inde": [
        "Índia",
        "Um país que conduz um vasto programa de cidades inteligentes.",
        "Os atores franceses acompanham cidades indianas em mobilidade, água e planejamento urbano.",
    ],
    "country:japon": [
        "Japão",
        "Um parceiro de alta tecnologia diante do envelhecimento de sua população.",
        "Cidades compactas, resiliência aos terremotos e inovação energética alimentam os intercâmbios entre "
        "pesquisadores e empresas.",
    ],
    "country:coree-du-sud": [
        "Coreia do Sul",
        "Um país pioneiro das cidades novas conectadas.",
        "O digital urbano, a mobilidade elétrica e a natureza na cidade estão na pauta dos intercâmbios.",
    ],
    "country:indonesie": [
        "Indonésia",
        "Um arquipélago cujas grandes cidades enfrentam a subida das águas.",
        "A cooperação abrange a gestão da água, o transporte coletivo e a prevenção de inundações.",
    ],
    "country:vietnam": [
        "Vietnã",
        "Um país em rápida urbanização, parceiro de longa data dos governos locais franceses.",
        "A cooperação descentralizada, o transporte urbano e o patrimônio são os principais temas de intercâmbio.",
    ],
    "org:horizon": [
        "Atelier Horizon Ingénierie (empresa fictícia)",
        "Escritório de engenharia imaginário, criado para as fichas de exemplo.",
    ],
    "org:helianthe": [
        "Hélianthe Énergies (empresa fictícia)",
        "Operador de redes de energia imaginário, criado para as fichas de exemplo.",
    ],
    "org:cyclade": [
        "Cyclade Mobilités (empresa fictícia)",
        "Operador de transporte imaginário, criado para as fichas de exemplo.",
    ],
    "org:boucle": [
        "Boucle Matériaux (empresa fictícia)",
        "Empresa de reúso imaginária, criada para as fichas de exemplo.",
    ],
    "org:canopee": [
        "Canopée Paysages (empresa fictícia)",
        "Paisagista imaginário, criado para as fichas de exemplo.",
    ],
    "org:donnees": [
        "Données Communes (empresa fictícia)",
        "Editora de software urbano imaginária, criada para as fichas de exemplo.",
    ],
    "org:aquaterra": [
        "Aquaterra Services (empresa fictícia)",
        "Operador de serviços de água imaginário, criado para as fichas de exemplo.",
    ],
    "org:syndicat": [
        "Consórcio intermunicipal de exemplo (órgão público fictício)",
        "Agrupamento de municípios imaginário, criado para as fichas de exemplo.",
    ],
    "org:agence": [
        "Agência de urbanismo de exemplo (órgão público fictício)",
        "Agência de urbanismo imaginária, criada para as fichas de exemplo.",
    ],
    "org:labo": [
        "Laboratório Cidade e Clima (órgão de pesquisa fictício)",
        "Laboratório de pesquisa imaginário, criado para as fichas de exemplo.",
    ],
    "org:quartiers": [
        "Associação Quartiers Vivants (associação fictícia)",
        "Associação de moradores imaginária, criada para as fichas de exemplo.",
    ],
    "org:sem": [
        "Sociedade de economia mista de exemplo (órgão público fictício)",
        "Empresa de urbanização e financiamento imaginária, criada para as fichas de exemplo.",
    ],
    "sheet:exemple-reseau-de-chaleur-biomasse": [
        "Exemplo: uma rede de calor alimentada com madeira local",
        "Ficha de exemplo: uma aglomeração substitui suas caldeiras a óleo por uma rede de calor alimentada com "
        "madeira das florestas vizinhas.",
        "Os prédios do bairro eram aquecidos por caldeiras a óleo antigas, caras e poluentes.",
        "Uma central térmica queima cavacos de madeira vindos de florestas situadas a menos de cem quilômetros e "
        "distribui o calor por uma rede subterrânea.",
        "O preço do calor ficou estável e previsível para as famílias.",
        "As emissões de gases de efeito estufa do aquecimento caíram fortemente e o setor local da madeira criou "
        "empregos.",
        "de rede de calor",
        "de calor renovável",
        "moradias conectadas",
    ],
    "sheet:exemple-tramway-sobre": [
        "Exemplo: uma linha de bonde econômica em energia",
        "Ficha de exemplo: uma linha de bonde sem catenária no centro histórico, que recupera a energia de "
        "frenagem.",
        "A cidade queria uma linha de transporte capaz de atravessar seu centro histórico sem postes nem fios "
        "aéreos.",
        "O bonde é alimentado pelo solo no centro e armazena a energia recuperada nas frenagens para reutilizá-la "
        "na partida.",
        "O bonde devolveu as praças do centro aos pedestres.",
        "O número de passageiros superou as previsões e a abordagem foi adotada por outras cidades, na França e no "
        "Magrebe.",
        "de linha",
        "passageiros por dia",
        "de energia recuperada na frenagem",
    ],
    "sheet:exemple-reemploi-materiaux": [
        "Exemplo: uma plataforma de reúso de materiais de obra",
        "Ficha de exemplo: uma plataforma coleta, verifica e revende os materiais das demolições da metrópole.",
        "As obras de demolição produziam milhares de toneladas de resíduos, embora muitos materiais ainda "
        "estivessem em bom estado.",
        "Antes de cada demolição, um diagnóstico identifica portas, tijolos, tacos e equipamentos reutilizáveis; a "
        "plataforma os armazena, verifica e revende às obras seguintes.",
        "Agora construímos com o que antes demolíamos.",
        "As construtoras compram materiais mais baratos e a metrópole envia menos resíduos para aterros.",
        "de materiais reaproveitados por ano",
        "menos resíduos de obra",
    ],
    "sheet:exemple-parc-inondable": [
        "Exemplo: um parque inundável no coração de um bairro",
        "Ficha de exemplo: um parque concebido para armazenar a água das cheias e refrescar o bairro no verão.",
        "O bairro, construído em área baixa, sofria inundações frequentes e tinha poucas áreas verdes.",
        "Um antigo estacionamento foi transformado em parque rebaixado, plantado com espécies adaptadas à água, que "
        "se enche nas cheias e depois se esvazia.",
        "As crianças brincam onde antes só havia asfalto.",
        "As inundações não atingem mais as moradias e a temperatura sentida caiu durante as ondas de calor.",
        "de áreas verdes",
        "a menos durante as ondas de calor",
        "de água armazenados nas cheias",
    ],
    "sheet:exemple-jumeau-numerique": [
        "Exemplo: um gêmeo digital para coordenar as obras",
        "Ficha de exemplo: uma maquete digital da cidade compartilhada pelos serviços para planejar juntos suas "
        "obras.",
        "Os serviços de água, vias e energia abriam muitas vezes a mesma rua com poucos meses de intervalo.",
        "Uma maquete tridimensional reúne as redes subterrâneas, os edifícios e as obras previstas; cada serviço a "
        "consulta e nela registra suas obras.",
        "Finalmente vemos a cidade inteira numa mesma tela.",
        "As obras são mais bem agrupadas, as ruas são abertas com menos frequência e os moradores são informados "
        "mais cedo.",
        "modelados em três dimensões",
        "mais obras coordenadas",
    ],
    "sheet:exemple-carte-participative": [
        "Exemplo: uma consulta pública num mapa participativo",
        "Ficha de exemplo: os moradores indicam num mapa on-line suas ideias para a requalificação do bairro.",
        "A cidade preparava a reformulação de várias ruas e queria ouvir outras vozes além das reuniões públicas.",
        "Um mapa on-line permitia deixar uma ideia no lugar exato a que ela se refere; oficinas de rua "
        "completavam o processo para quem não usa a internet.",
        "Pela primeira vez, vi minha ideia desenhada no plano final.",
        "Cerca de cem propostas dos moradores foram incorporadas ao projeto, que foi aprovado sem contestação "
        "judicial.",
        "contribuições de moradores",
        "oficinas de bairro",
    ],
    "sheet:exemple-reconversion-friche": [
        "Exemplo: a reconversão de uma área industrial em bairro de uso misto",
        "Ficha de exemplo: uma antiga fábrica se torna um bairro de moradias, escritórios e oficinas, sem consumir "
        "terras agrícolas.",
        "Uma fábrica fechada havia vinte anos ocupava um vasto terreno contaminado perto do centro da cidade.",
        "Os solos foram descontaminados no local, os galpões mais sólidos foram conservados e transformados em "
        "oficinas, e novas moradias foram construídas em torno de um parque.",
        "O bairro guarda a memória da fábrica e acolhe novos moradores.",
        "A cidade criou um novo bairro sem expandir sua urbanização sobre terras agrícolas.",
        "de área industrial reconvertida",
        "moradias",
        "empresas instaladas",
    ],
    "sheet:exemple-station-epuration-biogaz": [
        "Exemplo: uma estação de tratamento de esgoto que produz biogás",
        "Ficha de exemplo: uma estação trata o esgoto e transforma seu lodo em energia.",
        "Parte do esgoto da cidade chegava ao mar sem tratamento.",
        "A nova estação trata o esgoto; seu lodo passa por digestão anaeróbia para produzir o biogás que alimenta "
        "parte dos seus equipamentos.",
        "As praias vizinhas voltaram a ter água de melhor qualidade.",
        "A qualidade da água melhorou e a estação cobre sozinha grande parte das suas necessidades de "
        "eletricidade.",
        "moradores atendidos",
        "da eletricidade da estação produzida no local",
    ],
    "sheet:exemple-etude-mobilite-metropole": [
        "Exemplo: um estudo de mobilidade para uma metrópole brasileira",
        "Ficha de exemplo: engenheiros franceses e brasileiros concebem juntos uma rede de corredores de ônibus.",
        "Os ônibus da metrópole eram retardados pelos congestionamentos e os moradores das periferias passavam horas no transporte.",
        "O estudo propôs uma rede de faixas exclusivas, estações acessíveis e uma bilhetagem comum.",
        "O trabalho em equipe mista permitiu partir das necessidades dos moradores.",
        "A metrópole dispõe agora de um programa de investimentos priorizado para o seu transporte coletivo.",
        "de corredores de ônibus estudados",
        "meses de estudo",
    ],
}
