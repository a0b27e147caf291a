import { StemmerPt, StopwordsPt } from '@nlpjs/lang-pt';
import { adultAges, agesOf, childAges, formsOf, olderAges, type Language } from './language.js';

/** The weekdays with -feira ("segunda-feira"), which a hyphen joins ("segundafeira"). */
const FEIRAS = ['segunda', 'terca', 'quarta', 'quinta', 'sexta'];

/**
 * The weekdays as people write them: with -feira apart or joined, or alone ("abre segunda?"); the
 * longer first, which an idiom reads first.
 */
const WEEKDAYS = FEIRAS.flatMap((day) => [`${day} feira`, `${day}feira`, day]);

/**
 * The numbers dois to dezessete in words, by value, as a child's age is said ("meu filho tem quatro
 * anos"); one is left out ("de um ano" is as often a term as an age).
 */
const NUMBER_NAMES = [
  ...['', '', 'dois', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze'],
  ...['treze', 'catorze', 'quinze', 'dezesseis', 'dezessete'],
];

/** The last days or months a statement covers ("dos últimos 30", "nos últimos três"), without the unit. */
const LAST_SPANS = ['dos ultimos', 'nos ultimos'].flatMap((last) =>
  [...NUMBER_NAMES.slice(2, 13), '2', '3', '6', '12', '15', '30', '60', '90'].map((n) => `${last} ${n}`),
);

export const portuguese: Language = {
  stemmer: () => new StemmerPt(),
  stopwords: [
    'somos',
    ...Object.keys(new StopwordsPt().dictionary),
    // How much, said of anything ("o limite tá pouco"): the library's list has "muito" and "muitos" only.
    ...['muita', 'muitas', 'pouco', 'pouca', 'poucos', 'poucas', 'bastante', 'bastantes', 'demais'],
    // Verbs of being, pronouns and chat shorthand the library's list lacks.
    ...['e', 'sao', 'esta', 'estao', 'estou', 'estar', 'ser', 'foi', 'era', 'sou', 'seria', 'ta', 'to'],
    ...['eram', 'foram', 'fui', 'estava', 'estavam', 'fosse', 'seja', 'sejam', 'mt', 'mto', 'vai', 'vao'],
    ...['pra', 'pro', 'pras', 'pros', 'vc', 'vcs', 'voce', 'voces', 'ne', 'ai', 'la', 'aqui', 'ali', 'ca'],
    ...['entao', 'ainda', 'tudo', 'todo', 'toda', 'todos', 'todas', 'algum', 'alguma', 'alguns', 'uns'],
    ...['nenhum', 'nenhuma'],
    // Going to do a thing is doing it ("vou viajar", "vamos ser 10"): the verb says when, not what.
    ...['vou', 'vamos'],
    // How soon says nothing of what is asked ("preciso de um empréstimo urgente").
    ...['urgente', 'urgentemente'],
    ...['algumas', 'outro', 'outra', 'cada', 'sim', 'nao', 'ja', 'so', 'ate', 'tambem', 'q', 'oq'],
    ...['tb', 'tbm', 'agora', 'mim', 'comigo', 'gente', 'tipo', 'ha', 'havia', 'hoje', 'aquilo', 'algo'],
    ...['tenho', 'tem', 'temos', 'tenha', 'tinha', 'tiver', 'tiverem'],
    ...['estiver', 'estiverem', 'estivermos', 'estivesse', 'estivessem', 'esteja', 'estejam', 'esteve', 'estive'],
    ...['estamos', 'estaria', 'estariam', 'estara', 'estarao', 'tava', 'tavam', 'tive'],
    // Em with a pronoun says where, of what the message already named ("o cartão tava nela").
    ...['nele', 'nela', 'neles', 'nelas'],
    ...['nada', 'ninguem', 'isso', 'disso', 'nisso', 'desse', 'dessa', 'neste', 'nesta', 'nesse', 'nessa'],
  ],
  asking: [
    ...['por', 'favor', 'obrigado', 'obrigada', 'oi', 'ola', 'bom', 'boa'],
    ...['gostaria', 'quero', 'queria', 'saber', 'preciso', 'posso', 'pode', 'podem', 'consigo', 'alguem'],
    ...['podemos', 'poderia', 'poderiam'],
    ...['ajuda', 'ajudar', 'ajude', 'ajudem', 'duvida', 'tem', 'ter', 'fazer', 'faco', 'faz'],
    ...['explicar', 'informar', 'existe'],
    // Forms of the verbs of asking, and greetings.
    ...['sei', 'sabe', 'sabia', 'quer', 'precisa', 'precisava', 'consegue', 'conseguia', 'gostava'],
    ...['precisando', 'necessario', 'necessaria'],
    ...['tentando', 'tentei', 'tento', 'tudo', 'td', 'bem', 'moco', 'moca', 'senhor', 'senhora'],
    ...['desculpa', 'desculpe', 'licenca', 'pergunta', 'rapida'],
    ...['prezado', 'prezada', 'prezados', 'prezadas', 'gentileza', 'poderiam', 'poderia', 'podia', 'desde', 'agradeco'],
    ...[
      'atenciosamente',
      'cordialmente',
      'aguardo',
      'perguntar',
      'pergunto',
      'esclarecer',
      'dizer',
      'diga',
      'digam',
      'seria',
      ...['qro', 'qr', 'obg', 'vlw', 'pfv', 'pfvr', 'pf', 'tks', 'sabem', 'saberia'],
    ],
    ...['possivel', 'beleza', 'blz', 'pessoal', 'equipe', 'gentis', 'favor', 'informacao', 'informe', 'informem'],
  ],
  questionWords: ['quando', 'onde', 'porque', 'quem', 'qual', 'quais', 'quanto', 'quantos', 'como'],
  light: [
    // Where in a home a thing happens ("na cozinha").
    ...['cozinha', 'banheiro'],
    // Where in a building ("o vizinho de cima").
    'cima',
    // The story around a question: feelings, when, who.
    ...['preocupado', 'preocupada', 'chateado', 'chateada', 'irritado', 'irritada', 'ultimamente'],
    ...['recentemente', 'quase', 'manha', 'tarde', 'cliente', 'antigo', 'antiga', 'velho', 'velha', 'cidade'],
    // Whether a thing works asks about the thing ("meu celular funciona lá?"), as "work" in English.
    ...['funcionar', 'funciona', 'funcionando', 'funcionou'],
    ...[
      'fazer',
      'faco',
      'ter',
      'usar',
      'ver',
      'ir',
      'dar',
      'pegar',
      'colocar',
      'mandar',
      'vir',
      'falar',
      'encontrar',
      'achar',
      // "Onde fica", "quanto fica": being somewhere or costing says nothing of what.
      'ficar',
    ],
    ...['novo', 'nova', 'bom', 'melhor', 'coisa', 'dia', 'hoje', 'amanha', 'perto', 'longe', 'como', 'onde'],
    ...['qual', 'quem', 'mais', 'menos', 'outro', 'grande', 'pequeno', 'conseguir'],
    ...['mes', 'semana', 'ano', 'ontem', 'passado', 'passada', 'anterior', 'ultimo', 'ultima', 'atual'],
    ...['mensal', 'anual', 'primeiro', 'proximo'],
    // Amounts say how much of a thing, not which thing.
    ...['dois', 'duas', 'tres', 'quatro', 'cinco', 'dez', 'cem', 'mil', 'real'],
    ...['sete', 'oito', 'nove', 'onze', 'doze', 'quinze', 'vinte', 'trinta', 'quarenta', 'cinquenta'],
    // Not "seis": the speller brings unknown words to a known one ("sesi" would become an amount).
    ...['treze', 'catorze', 'quatorze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove'],
    ...['sessenta', 'setenta', 'oitenta', 'noventa'],
    ...['centavos', 'minutos', 'dias', 'semanas', 'meses', 'anos'],
    ...['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro'],
    'area',
    'codigo',
    ...['novembro', 'dezembro', 'sabado', 'sabados', 'domingo', 'domingos', 'feriado', 'feriados'],
    // Where a thing was (dentro, inside) says little of what is asked ("o cartão tava dentro").
    'dentro',
    // A weekday written whole (segunda-feira) says when; alone, segunda or quinta may be an ordinal.
    ...FEIRAS.flatMap((day) => [`${day}feira`, `${day}feiras`, `${day}sfeiras`]),
    ...['filho', 'filha', 'esposa', 'marido', 'mae', 'pai', 'irmao', 'irma', 'amigo', 'amiga', 'chefe'],
    ...['namorada', 'namorado', 'companheiro', 'companheira', 'avo', 'parente', 'colega', 'sogra', 'sogro'],
    ...['cunhado', 'cunhada', 'sobrinho', 'sobrinha'],
    // A request for information says nothing of what it is about.
    ...['info', 'informacao', 'informacoes', 'detalhe', 'detalhes'],
  ],
  synonyms: [
    // O teto de um valor é o seu limite.
    ['limite', 'teto'],
    // Os seios são as mamas; uma ecografia, um ultrassom.
    ['mama', 'mamas', 'seio', 'seios'],
    ['ultrassom', 'ecografia', 'ultrassonografia'],
    // Somewhere to eat is a restaurant, whatever it is called ("tem lanchonete?").
    ['restaurante', 'lanchonete', 'cafeteria'],
    // A report a professional writes is a laudo, however it is called.
    ['laudo', 'laudos', 'relatorio', 'relatorios'],
    // An outing is a visit ("o passeio" of a distillery, a farm, a park).
    ['visita', 'passeio'],
    // Sugar cane juice is garapa.
    ['garapa', 'caldo de cana'],
    // Grana é dinheiro.
    ['dinheiro', 'grana'],
    // A churrasqueira é onde se faz o churrasco.
    ['churrasqueira', 'churrasco'],
    // A faculdade é a universidade.
    ['universidade', 'faculdade', 'facul'],
    // Aquecer a comida é esquentá-la; a marmita e o pote têm outros nomes.
    ['esquentar', 'aquecer', 'requentar'],
    ['marmita', 'marmitas', 'quentinha', 'quentinhas', 'marmitex'],
    ['embalagem', 'embalagens', 'pote', 'potes', 'recipiente', 'recipientes', 'vasilha'],
    // Esverdeado é verde.
    ['verde', 'esverdeada', 'esverdeado'],
    // Henna written as it is said; the upper lip's hair is the buço.
    ['hena', 'henna', 'rena'],
    ['buco', 'bigode', 'bigodinho'],
    // O motoboy dito como motoqueiro.
    ['motoboy', 'motoboys', 'motoqueiro', 'motoqueiros'],
    // Window film by its brand name, a bad smell by its verb, smoking by the smoker.
    ['pelicula', 'insulfilm', 'insulfilme'],
    ['cheiro', 'fedor', 'fedido', 'fedida', 'fede', 'fedendo', 'catinga'],
    ['cigarro', 'cigarros', 'fumante', 'fumantes', 'fumar', 'fumo'],
    // Riding horses is hipismo or equitação.
    ['equitacao', 'hipismo'],
    // A gift card is a gift voucher; a digital book an e-book.
    ['vale presente', 'cartao presente', 'vale-presente', 'cartao-presente', 'gift card'],
    ['ebook', 'e-book', 'livro digital', 'livros digitais', 'ebooks', 'e-books'],
    // A unit written short is the unit ("o preço por kg").
    ['quilo', 'kg', 'kilo', 'quilos', 'kilos', 'kgs'],
    ['vale refeicao', 'vr'],
    // Dentures are a dental prosthesis.
    ['protese', 'dentadura'],
    // Sourdough.
    ['fermentacao natural', 'levain'],
    // Where a product comes from.
    ['procedencia', 'origem'],
    ['cordeiro', 'carneiro'],
    // Cooling is chilling ("não esfria", "não gela").
    ['gelar', 'esfriar'],
    // Fixing a thing ("vocês arrumam geladeira?", "depois do reparo").
    ['consertar', 'conserto', 'consertos', 'reparar', 'reparo', 'reparos', 'arrumar', 'manutencao'],
    ['velho', 'velha', 'velhos', 'velhas', 'antigo', 'antiga', 'antigos', 'antigas'],
    ['refeicao', 'refeicoes', 'alimentacao', 'comida', 'lanches'],
    ['professora', 'professoras', 'professor', 'professores', 'educadora', 'educadoras', 'educador', 'educadores'],
    ['solar', 'fotovoltaico', 'fotovoltaica', 'fotovoltaicos'],
    ['telhado', 'telha', 'telhas'],
    [
      'nublado',
      'nublados',
      'chuva',
      'chove',
      ...['chuvisco', 'chuviscando', 'garoa', 'garoando'],
      'chuvoso',
      'chuvosos',
      'sem sol',
      'tempo fechar',
      'tempo fechado',
      'tempo ruim',
      'temporal',
    ],
    ['fazenda', 'fazendas', 'sitio', 'chacara', 'rural', 'propriedade rural'],
    ['geracao', 'gerar', 'gerando', 'producao', 'produzindo'],
    ['higienizacao', 'estofado', 'estofados', 'estofamento'],
    ['tatuagem', 'tattoo', 'tattoos', 'tatoo', 'tatto'],
    ['costas', 'lombar', 'coluna', 'lombalgia'],
    ['roupa', 'roupas', 'vestir', 'vestimenta', 'traje'],
    ['funeral', 'enterro', 'sepultamento', 'funerario', 'funeraria', 'enterrar', 'sepultar'],
    ['pigmentacao', 'tingir', 'tintura'],
    ['estoque', 'esgotado', 'esgotada', 'disponivel', 'disponibilidade'],
    ['negado', 'negada', 'recusado', 'recusada', 'reprovado', 'reprovada', 'negaram', 'recusaram', 'reprovaram'],
    ['gb', 'giga', 'gigas', 'gigabyte', 'gigabytes'],
    ['esim', 'chip virtual', 'chip digital'],
    ['renegociar', 'negociar', 'renegociacao', 'negociacao'],
    ['fatura', 'conta mensal', 'boleto mensal'],
    ['cancelar', 'encerrar', 'fechar', 'desistir', 'rescindir', 'desmarcar'],
    ['comprar', 'adquirir'],
    ['preco', 'custo', 'valor', 'tarifa', 'taxa', 'cotacao', 'orcamento'],
    // Colleges: grants, excusing an absence.
    ['bolsa', 'bolsa de estudos', 'prouni', 'fies', 'financiamento estudantil'],
    ['justificar', 'abonar', 'abono'],
    ['reembolso', 'estorno', 'devolucao do dinheiro', 'dinheiro de volta'],
    ['celular', 'telefone', 'smartphone', 'aparelho', 'cel'],
    ['senha', 'password', 'pin'],
    ['entrar', 'login', 'acessar'],
    ['entrega', 'envio', 'frete', 'delivery'],
    ['motorhome', 'motor home', 'trailer', 'campervan'],
    ['botox', 'toxina botulinica'],
    ['gestante', 'gravida', 'gravidez', 'gestacao'],
    ['estranho', 'esquisito', 'esquisita', 'estranha'],
    // What hurts.
    ['doer', 'doi', 'doem', 'doendo', 'doeu', 'dor', 'dores', 'dolorido', 'machuca', 'machucar'],
    // Lenses for near and far at once.
    ['multifocal', 'progressiva', 'progressivas', 'progressivo'],
    // Bedding: a duvet and a blanket are washed, priced and sold alike.
    ['edredom', 'cobertor', 'coberta', 'manta'],
    ['pedido', 'encomenda'],
    ['alterar', 'mudar', 'trocar', 'atualizar', 'modificar', 'upgrade', 'remarcar'],
    [
      'parcelar',
      'em vezes',
      'parcelado',
      'parcelamento',
      'prestacoes',
      ...['duas', 'tres', 'quatro', 'cinco', 'seis', 'dez', 'doze'].map((n) => `em ${n} vezes`),
    ],
    ['holerite', 'contracheque', 'contra cheque', 'demonstrativo de pagamento'],
    ['voo', 'voar', 'passagem aerea', 'passagens aereas', 'aviao'],
    ['configurar', 'instalar', 'montar', 'montagem'],
    // Uma área escrita curta.
    ['metro quadrado', 'metros quadrados', 'm2'],
    // Um trampolim é uma cama elástica.
    ['cama elastica', 'camas elasticas', 'trampolim', 'trampolins'],
    ['wifi', 'rede sem fio'],
    ['ajuda', 'suporte', 'atendimento', 'atendente', 'humano', 'pessoa', 'operador', 'agente'],
    ['problema', 'erro', 'defeito', 'quebrado', 'quebrada', 'danificado', 'danificada'],
    ['aplicativo', 'app'],
    ['email', 'correio eletronico'],
    ['pausar', 'suspender', 'congelar', 'trancar'],
    ['piscina', 'natacao', 'nadar'],
    ['antecipar', 'antecipacao', 'adiantar', 'adiantamento'],
    ['renovar', 'prorrogar', 'estender'],
    ['reiniciar', 'reinicializar', 'resetar'],
    ['desbloquear', 'destravar', 'liberar'],
    ['substituir', 'repor'],
    ['devolver', 'retornar', 'devolucao'],
    ['ativar', 'habilitar', 'ligar'],
    ['desativar', 'desabilitar', 'desligar'],
    ['excluir', 'apagar', 'remover', 'deletar'],
    ['loja', 'agencia', 'filial', 'unidade'],
    ['danificado', 'quebrado', 'estragado', 'avariado', 'rachado', 'rasgado', 'rasgada', 'rasgou'],
    ['arranhado', 'arranhada', 'arranharam', 'arranhou', 'amassado', 'amassada', 'amassaram', 'amassou', 'riscado'],
    [
      'perdido',
      'extraviado',
      'sumiu',
      'desapareceu',
      'desapareceram',
      'roubado',
      'furtado',
      'roubo',
      'furto',
      'assaltado',
      'assalto',
    ],
    ['lento', 'devagar', 'travando', 'lerda', 'lerdo', 'carroca', 'arrastando'],
    ['plano', 'assinatura', 'pacote', 'contrato', 'afiliacao'],
    ['operadora', 'provedor', 'companhia telefonica'],
    ['reclamacao', 'reclamar', 'queixa'],
    ['internacional', 'exterior', 'fora do pais', 'fora do brasil', 'outro pais', 'viagem', 'viajar', 'roaming'],
    [
      'internacional',
      'espanha',
      'franca',
      'italia',
      'alemanha',
      'portugal',
      'estados unidos',
      'eua',
      'argentina',
      'chile',
      'uruguai',
      'paraguai',
      'mexico',
      'inglaterra',
      'europa',
      'japao',
      'china',
      'orlando',
      'miami',
      'lisboa',
    ],
    ['transferencia', 'transferir', 'mandar dinheiro', 'enviar dinheiro', 'passar dinheiro', 'ted'],
    ['biometria', 'impressao digital', 'reconhecimento facial', 'face id', 'touch id', 'biometrico'],
    ['cadastrar', 'registrar', 'criar', 'cadastro', 'registro'],
    ['aumentar', 'subir', 'ampliar'],
    // Not "baixar" alone: "baixo", "baixa" (low) stem as it.
    ['emitir', 'tirar', 'gerar', 'imprimir', 'obter', 'baixar a', 'baixar o'],
    ['uniforme', 'farda', 'fardamento'],
    // The verb "pedir" is read as "solicitar" (see irregular): its stem is that of "pedido", an order.
    ['solicitar', 'requisitar', 'contratar'],
    ['endereco', 'residencia', 'domicilio', 'cep'],
    // Not "funcionamento" alone: "funciona" stems as it.
    ['horario', 'hora', 'horario de funcionamento', 'expediente'],
    ['contestar', 'disputar', 'questionar', 'recorrer'],
    ['salao de festas', 'espaco gourmet', 'salao gourmet', 'espaco de festas'],
    ['obra', 'obras', 'reforma', 'reformar', 'reformas'],
    ['assembleia', 'reuniao de condominio', 'reuniao do condominio', 'reuniao de condominos'],
    ['cnh', 'carteira de motorista', 'carteira de habilitacao', 'carta de motorista'],
    ['multa', 'infracao', 'infracoes', 'autuacao', 'autuacoes'],
    ['compra', 'cobranca', 'transacao', 'lancamento', 'gasto', 'debito'],
    ['investir', 'investimento', 'aplicar dinheiro'],
    ['emprestimo', 'financiamento', 'credito pessoal'],
    ['extrato', 'movimentacao', 'historico'],
    ['terco', 'tercos', 'rosario', 'rosarios'],
    ['comunhao', 'eucaristia'],
    ['virtual', 'digital'],
    ['cupom', 'voucher', 'codigo promocional', 'codigo de desconto'],
    ['desconto', 'abatimento', 'descontos'],
    ['garantia'],
    ['rastrear', 'acompanhar', 'localizar', 'rastreio', 'rastreamento'],
    // Settling a bill (quitar) is paying it.
    ['pagar', 'pagamento', 'quitar'],
    ['site', 'pagina', 'portal'],
    ['segunda via', 'copia', 'reemissao'],
    ['medida', 'medidas', 'tamanho', 'tamanhos', 'dimensao', 'dimensoes'],
    ['imposto', 'impostos', 'tributo', 'tributos'],
    // A deposit left is the caução; detergent is soap.
    ['caucao', 'deposito'],
    ['sabao', 'detergente', 'sabao em po', 'lava roupas'],
    [
      'fraude',
      'golpe',
      'clonado',
      'clonagem',
      'clonaram',
      'hackearam',
      'hackeada',
      'hackeado',
      'invadiram',
      'golpista',
      'golpistas',
    ],
    ['energia', 'luz', 'eletricidade'],
    ['medidor', 'relogio de luz', 'relogio da luz', 'relogio de energia'],
    ['leitura', 'leiturista'],
    ['roteador', 'modem'],
    ['produto', 'item', 'artigo', 'mercadoria'],
    ['telefone fixo', 'linha fixa', 'fixo'],
    ['sacar', 'retirar dinheiro', 'tirar dinheiro'],
    ['caixa eletronico', 'caixa 24h', 'caixa 24 horas', 'caixa automatico', 'banco24horas', 'banco 24 horas', 'atm'],
    ['notificacao', 'notificacoes', 'notificar', 'aviso', 'avisos', 'avisar', 'avisado', 'alerta', 'alertas'],
    ['adicional', 'extra'],
    ['acidente', 'batida', 'colisao', 'sinistro', 'bati o carro', 'bateram no meu carro', 'bateu no meu carro'],
    ['computador', 'notebook', 'pc', 'laptop', 'macbook'],
    ['moradia', 'alojamento', 'residencia estudantil', 'republica'],
    ['guincho', 'reboque', 'rebocar'],
    ['checkin', 'cartao de embarque'],
    ['anuidade', 'taxa anual', 'tarifa anual', 'taxa por ano', 'pago por ano', 'pagar por ano', 'cobram por ano'],
    ['urina', 'xixi'],
    ['motorista', 'motoristas', 'condutor', 'condutores', 'dirigir', 'conduzir'],
    ['teleconsulta', 'telemedicina', 'consulta online', 'videochamada', 'consulta por video', 'videoconsulta'],
    ['recarga', 'recarregar', 'colocar credito', 'botar credito', 'por credito', 'carregar credito', 'inserir credito'],
    ['internet', '4g', '5g', '3g', 'fibra', 'net'],
    ['velocidade', 'megas', 'mega'],
    ['consumo', 'consumir', 'gasto', 'gastar', 'gastei'],
    [
      'correio de voz',
      'caixa postal',
      'caixa de mensagens',
      'mensagens de voz',
      'mensagem de voz',
      'recado',
      'recados',
    ],
    ['noite', 'madrugada', 'noturno', 'noturna'],
    ['idioma', 'idiomas', 'lingua', 'linguas', 'ingles', 'espanhol', 'portugues'],
    ['robo', 'bot', 'chatbot'],
    // Outros domínios: viagem, saúde, academia, aluguel.
    ['escolher', 'selecionar'],
    ['agendar', 'marcar', 'reservar', 'agendamento', 'reserva', 'programar'],
    [
      'medico',
      'doutor',
      'doutora',
      'especialista',
      'cardiologista',
      'dermatologista',
      'pediatra',
      'ginecologista',
      'ortopedista',
      'clinico',
    ],
    // O neuro e o endocrino são o neurologista e o endocrinologista.
    ['neurologista', 'neuro'],
    ['endocrinologista', 'endocrino'],
    ['proctologista', 'procto'],
    ['exame', 'ressonancia', 'tomografia', 'raio x', 'raiox', 'ultrassom', 'hemograma', 'exame de sangue'],
    ['urgencia', 'emergencia', 'pronto socorro', 'pronto atendimento'],
    ['credenciado', 'conveniado', 'rede credenciada'],
    ['carteirinha', 'carteira do plano', 'cartao do plano'],
    ['incluir', 'adicionar', 'colocar', 'acrescentar'],
    ['encontrar', 'achar', 'procurar', 'buscar'],
    // Weight training (musculação) is a gym's own class, not the gym: a school (academia) of
    // another sport does not have it.
    ['academia', 'gym', 'ginasio', 'malhar'],
    ['clareamento', 'clarear', 'dentes mais brancos', 'branqueamento'],
    ['microchip', 'chip', 'chipar'],
    ['morrer', 'morreu', 'falecer', 'faleceu', 'falecido', 'morte', 'obito'],
    ['matricula', 'matricular', 'inscrever', 'inscricao'],
    ['certificado', 'diploma', 'certificacao'],
    ['idoso', 'idosos', 'idosa', 'idosas', 'terceira idade', 'melhor idade'],
    ['pontos', 'milhas'],
    ['aparelho dental', 'alinhar os dentes', 'alinhadores', 'ortodontia'],
    ['evento', 'festa', 'confraternizacao', 'comemorar', 'comemoracao'],
    ['anuncio', 'anuncios', 'anunciar', 'anunciam', 'anunciante', 'propaganda', 'publicidade'],
    // Fear ("medo" is brought to "terror" among the irregular forms: its stem is that of "medir").
    ['terror', 'susto', 'sustos', 'assustador', 'assustadora'],
    [
      'acessibilidade',
      'cadeirante',
      'cadeira de rodas',
      'mobilidade reduzida',
      'deficiente',
      'assistencia especial',
      'pcd',
      'pessoa com deficiencia',
      'pessoas com deficiencia',
    ],
    ['curriculo', 'cv', 'curriculum'],
    ['campeonato', 'campeonatos', 'torneio', 'torneios', 'competicao', 'competicoes', 'competir', 'competem'],
    ['promocao', 'promocoes', 'oferta', 'ofertas'],
    ['vaga', 'vagas', 'emprego', 'empregos', 'oportunidade de emprego', 'oportunidades de emprego'],
    ['aula', 'aulas', 'turma', 'modalidade', 'curso', 'cursos'],
    ['personal', 'personal trainer', 'treinador', 'instrutor'],
    ['estacionamento', 'estacionar', 'garagem', 'estaciono', 'vaga para carro', 'vaga de carro'],
    ['armario', 'armarios', 'escaninho', 'guarda volumes'],
    ['voo', 'voar', 'aviao'],
    ['animal', 'animais', 'pet', 'pets', 'cachorro', 'cao', 'caes', 'gato', 'bicho', 'animal de estimacao'],
    // A fungus on the nails or feet is a micose.
    ['micose', 'fungo', 'fungos', 'frieira'],
    ['posto de saude', 'postinho', 'ubs', 'unidade basica de saude', 'centro de saude'],
    ['alvara', 'licenca de funcionamento'],
    ['permitir', 'aceitar', 'admitir', 'aceitam', 'permitem'],
    ['aluguel', 'alugar', 'locacao'],
    ['carro', 'veiculo', 'automovel'],
    ['moto', 'motocicleta'],
    ['area', 'regiao', 'bairro', 'onde moro', 'minha rua', 'minha cidade', 'localidade'],
    ['levar', 'trazer'],
    ['matricula', 'plano'],
    ['prazo', 'quanto tempo', 'demora', 'demorar', 'tempo de espera', 'quantos dias', 'duracao'],
    ['cardapio', 'menu'],
    // Washing and cleaning a thing are one service ("vocês limpam sofá?" to "Vocês lavam estofados?").
    ['lavar', 'limpar'],
    // Gratuito and grátis are one word.
    ['gratis', 'gratuito', 'gratuita', 'gratuitos', 'gratuitas'],
    // A k7 is a tape, a vitrola a record player.
    ['fita', 'k7', 'cassete'],
    ['tocadiscos', 'vitrola', 'vitrolas'],
    ['televisao', 'tv', 'canais'],
  ],
  irregular: {
    // "Pq" é "por que" (ou "porque"): uma palavra de pergunta.
    pq: 'porque',
    // Palavras que o stemmer faz iguais às de um grupo de sinônimos e que dizem outra coisa: lentes
    // não são lentidão, gravar não é estar grávida, manter e coberto não são mantas nem cobertores,
    // o motor não é o motorista, recém não é recado, o porte de um cão não é portabilidade, dados
    // pessoais não são uma pessoa, a operadora não é um operador, remédios não são médicos, marcas
    // não se marcam, acompanhantes não se rastreiam, atividades não se ativam, um táxi não é uma taxa,
    // um programa não se programa, uma clínica não é um clínico, um copo não é uma cópia, botas não
    // são robôs, milho não são milhas, areia não é uma área, um comando não é comer, o solo não é solar,
    // o medo não é uma medida,
    // uma câmera não é uma cama.
    ...formsOf([
      ['devagar', 'lento lenta lentos lentas'],
      ['filmadora', 'camera cameras'],
      ['gestante', 'gravida gravidas'],
      ['edredom', 'manta mantas coberta cobertas cobertor cobertores'],
      ['condutor', 'motorista motoristas'],
      ['novo', 'recem'],
      ['tamanho', 'porte portes'],
      ['individual', 'pessoal pessoais'],
      ['atendente', 'operador operadores'],
      ['remedio', 'medicamento medicamentos'],
      ['fabricante', 'marcas'],
      ['companhia', 'acompanhante acompanhantes'],
      ['lazer', 'atividade atividades'],
      ['corrida', 'taxi taxis'],
      ['software', 'programa programas'],
      ['estepe', 'step'],
      ['consultorio', 'clinica clinicas'],
      ['taca', 'copo copos'],
      // Empty (vazio) is no leak (vazar, vazamento), whose stem it shares.
      ['esvaziar', 'vazio vazia vazios vazias'],
      ['calcado', 'botas'],
      ['milharal', 'milho'],
      ['arenoso', 'areia areias'],
      ['instrucao', 'comando comandos'],
      ['terra', 'solo solos'],
      ['terror', 'medo medos'],
    ]),
    // Getting rid of rats is about rats.
    desratizacao: 'rato',
    // Nouns of an action the stemmer keeps apart from its verb.
    cremacao: 'cremar',
    doacao: 'doar',
    adocao: 'adotar',
    // An appeal ("recurso de multa") is recorrer's.
    recurso: 'recorrer',
    // What is exposto, and an exhibition, are the verb's.
    ...Object.fromEntries(
      ['exposicao', 'exposicoes', 'exposto', 'exposta', 'expostos', 'expostas', 'expoe', 'expoem', 'expomos'].map(
        (word) => [word, 'expor'],
      ),
    ),
    // Plurals the stemmer keeps apart from their singulars: "pneus", "originais", those in -éis of
    // words in -el and -il (told apart by an accent the text has lost), "mães" and "pães".
    ...formsOf([
      ['pneu', 'pneus'],
      ['original', 'originais'],
      ...['papel', 'hotel', 'aluguel', 'anel', 'pastel', 'painel', 'pincel', 'tunel', 'cordel', 'quartel'].map(
        (word) => [word, `${word.slice(0, -1)}is`] as const,
      ),
      ...['facil', 'dificil', 'util', 'portatil', 'fragil', 'fossil'].map(
        (word) => [word, `${word.slice(0, -2)}eis`] as const,
      ),
      ['mae', 'maes'],
      ['pao', 'paes'],
    ]),
    // Words that share a stem with a word of a synonym group but mean something else: "casa" and
    // "caso" are no "casamento" (read as "casório", a kind of event, so "festa de casamento" is a
    // wedding, not any party), "claro" no "clareamento", "porta" no "portar", "modo" no
    // "modem", "aplicar" (dinheiro) no "aplicativo", "neto" no "net", "bateria" no "bater", "esgoto"
    // no "esgotado", "botar" (colocar) no "bot", "especial" no "especialista", "prazer" no "prazo".
    ...formsOf([
      ['casorio', 'casamento casamentos'],
      ['evidente', 'claro clara claros claras claramente'],
      ['entrada', 'porta portas'],
      ['maneira', 'modo modos moda'],
      ['investir', 'aplicar aplico aplica aplicando apliquei aplicou'],
      ['parente', 'neto neta netos netas'],
      ['pilha', 'bateria baterias'],
      ['saneamento', 'esgoto esgotos'],
      ['colocar', 'botar boto bota botei botou botando'],
      ['diferenciado', 'especial especiais especialmente'],
      ['satisfacao', 'prazer'],
      // A power of attorney is no search ("procurar").
      ['mandato', 'procuracao procuracoes'],
      // A newsstand is no bank.
      ['jornaleiro', 'banca bancas'],
      // A table is no month: "mesa" stems as "mês" does.
      ['mesinha', 'mesa mesas'],
      // The front desk of a building is its doorman's, no "portar".
      ['porteiro', 'portaria portarias'],
      // Sugar cane is no television channel ("canais").
      ['canavial', 'cana canas'],
    ]),
    // Two spellings of one dish.
    ...formsOf([
      ['kibe', 'quibe quibes kibes'],
      ['esfiha', 'esfirra esfirras esfihas sfiha'],
    ]),
    ...formsOf([
      // Verbs whose stem changes in the first person and the subjunctive ("sigo", "prefiro").
      ['investir', 'invisto invista invistas invistam'],
      ['seguir', 'sigo siga sigam'],
      ['sentir', 'sinto sinta sintam'],
      ['preferir', 'prefiro prefira prefiram'],
      ['servir', 'sirvo sirva sirvam'],
      ['repetir', 'repito repita repitam'],
      ['dormir', 'durmo durma durmam'],
      ['cobrir', 'cubro cubra cubram'],
      ['descobrir', 'descubro descubra descubram'],
      ['divertir', 'divirto divirta divirtam'],
      ['sugerir', 'sugiro sugira sugiram'],
      ['medir', 'meco meca mecam'],
      ['ouvir', 'ouco ouca oucam'],
      ['trazer', 'trago traga tragam trouxe trouxeram'],
      ['vir', 'venha venham'],
      ['ler', 'leia leiam'],
      ['fugir', 'fujo fuja'],
      ['construir', 'constroi constroem'],
      ['subir', 'sobe sobem'],
    ]),
    ...formsOf([
      ['transferir', 'transfiro transfira transfiram transfere transferem'],
      ['desistir', 'desisti desistiu desisto desiste'],
      ['sair', 'sai saio saem saimos saiu sairam'],
      // "Convênio" is a health plan, not "conveniado" (an accredited doctor, whose stem it shares).
      ['plano', 'convenio convenios'],
    ]),
    inclusao: 'incluir',
    exclusao: 'excluir',
    inscricao: 'inscrever',
    adesao: 'aderir',
    leitura: 'ler',
    // A measuring is measuring, no "médica" (whose stem "medição" takes).
    medicao: 'medir',
    medicoes: 'medir',
    saida: 'sair',
    fiz: 'fazer',
    fez: 'fazer',
    faco: 'fazer',
    pus: 'por',
    tive: 'ter',
    fui: 'ir',
    vou: 'ir',
    vi: 'ver',
    recebi: 'receber',
    paguei: 'pagar',
    perdi: 'perdido',
    perdeu: 'perdido',
    esqueci: 'esquecer',
    esqueceu: 'esquecer',
    peco: 'solicitar',
    // A company is no loan, though its stem begins the loan's ("empres", "emprest").
    empresa: 'companhia',
    empresas: 'companhia',
    pede: 'solicitar',
    pedem: 'solicitar',
    pedes: 'solicitar',
    pedir: 'solicitar',
    pedimos: 'solicitar',
    pedi: 'solicitar',
    pediu: 'solicitar',
    pediram: 'solicitar',
    pedindo: 'solicitar',
    pedira: 'solicitar',
    peca: 'solicitar',
    pecam: 'solicitar',
    pedirei: 'solicitar',
    roubaram: 'roubado',
    roubou: 'roubado',
    furtaram: 'furtado',
    mudei: 'mudar',
    desbloqueio: 'desbloquear',
    bloqueio: 'bloquear',
    saque: 'sacar',
    emissao: 'emitir',
    devolucao: 'devolver',
    troco: 'trocar',
    troquei: 'trocar',
    // Places whose stem is an everyday word's ("canais", "parar"): read as abroad before stemming.
    canada: 'internacional',
    paris: 'internacional',
    // "Cano" would stem as "Canadá" does.
    cano: 'tubulacao',
    canos: 'tubulacao',
    dao: 'dar',
    segurado: 'seguro',
    segurada: 'seguro',
    segurar: 'seguro',
    denuncia: 'denunciar',
    antipulgas: 'pulga',
    antipulga: 'pulga',
    // A driving licence is no activation, though its stem is "habilitar"'s.
    habilitacao: 'cnh',
    habilitacoes: 'cnh',
    pontuacao: 'pontos',
    denuncio: 'denunciar',
    // "Mala" would stem as "mal" (badly) does.
    mala: 'bagagem',
    malas: 'bagagem',
    quantos: 'quanto',
    // "Cadê" asks where.
    cade: 'onde',
    quanta: 'quanto',
    quantas: 'quanto',
    cobertura: 'cobrir',
    coberturas: 'cobrir',
    // Short verbs the stemmer leaves whole: each form is its infinitive.
    ...formsOf([
      ['abrir', 'abro abre abrem abrimos abri abriu abra aberto aberta'],
      ['usar', 'uso usa usam usei usou'],
      ['ver', 'vejo ve veem viu'],
      ['ler', 'leio le leem leu'],
      ['cair', 'cai caiu caem'],
      ['vir', 'venho vem vem veio vieram'],
      ['perdido', 'perco perde perdem'],
      // Who donates is a donor ("quero ser doador").
      ['doar', 'doador doadora doadores doadoras'],
    ]),
  },
  // "lavagem" is made of "lavar", "limpeza" of "limpar", "pintura" of "pintar".
  nounEndings: ['ag', 'ez', 'ur'],
  // "Cartãozinho", "cafezinho"; "cachorrinho", "casinha" (stems: the stemmer leaves "-inh").
  diminutives: [
    ['zinh', ['']],
    ['inh', ['o', 'a']],
  ],
  broader: [
    // A husband or a father is a man, a wife or a mother a woman, where a knowledge base says men or women.
    ['homem', ['marido', 'esposo', 'namorado', 'pai', 'avo']],
    ['mulher', ['esposa', 'namorada', 'mae']],
    // Se algo é perigoso pergunta se é seguro, onde a base diz seguro.
    ['seguro', ['perigoso', 'perigosa']],
    // Um prédio de apartamentos é um condomínio, onde a base diz condomínio.
    ['condominio', ['predio', 'predios']],
    // Uma pulseira ou um anel é uma joia, onde a base diz joias.
    ['joia', ['pulseira', 'pulseiras', 'brinco', 'brincos', 'anel', 'aneis', 'pingente', 'pingentes', 'gargantilha']],
    // Learning a thing is taking a course or a class in it, where a knowledge base says one.
    ['curso', ['aprender']],
    ['aula', ['aprender']],
    // Um boi ou uma vaca é gado, onde a base diz gado.
    ['gado', ['boi', 'bois', 'vaca', 'vacas', 'rebanho', 'bezerro', 'bezerros', 'novilha', 'novilhas']],
    // Quem é diabético pergunta pelo açúcar, onde a base fala de açúcar e não de diabetes.
    ['acucar', ['diabetico', 'diabetica', 'diabeticos', 'diabeticas', 'diabetes']],
    // A monthly fee asked where the base speaks of no such fee asks what is charged.
    ['preco', ['mensalidade']],
    // Uma planta dita pelo nome é uma planta onde a base diz planta.
    ['planta', ['samambaia', 'orquidea', 'suculenta', 'cacto', 'jiboia', 'bromelia', 'violeta']],
    // Um cão dito pela raça é um cachorro onde a base diz cachorro.
    ['cachorro', ['poodle', 'labrador', 'pinscher', 'shih', 'yorkshire', 'buldogue', 'vira-lata', 'viralata']],
    // Uma moeda dita pelo nome é uma moeda onde a base diz moedas.
    [
      'moeda',
      [
        'iene',
        'ienes',
        'yuan',
        'franco',
        'francos',
        'libra',
        'libras',
        'peso',
        'pesos',
        'dolar',
        'dolares',
        'euro',
        'euros',
      ],
    ],
    // Um tablet dito pela marca é um tablet.
    ['tablet', ['ipad', 'ipads']],
    // Party snacks by name are "salgados".
    [
      'salgado',
      ['coxinha', 'coxinhas', 'pastel', 'pasteis', 'empada', 'empadas', 'kibe', 'quibe', 'esfiha', 'esfirra'],
    ],
    // Uma compra é um pedido onde a base só diz pedido ("desisti da compra").
    ['pedido', ['compra', 'compras']],
    ['emprestimo', ['consignado', 'consignados']],
    // Um tom de cor dito pelo nome é uma cor onde a base diz cores.
    ['cor', ['dourada', 'dourado', 'prateada', 'prateado', 'metalizada', 'metalizado']],
    ['medico', ['oftalmologista', 'dermatologista', 'cardiologista', 'ginecologista', 'pediatra']],
    ['investimento', ['cdb', 'lci', 'lca', 'tesouro direto']],
    // Um negócio dito pelo que é ("tenho um restaurante") é uma empresa.
    ['empresa', ['restaurante', 'padaria', 'lanchonete', 'escritorio', 'loja', 'bar']],
    [
      'remedio',
      [
        ...['antibiotico', 'antibioticos', 'dipirona', 'paracetamol', 'ibuprofeno', 'xarope', 'remedios'],
        ...['comprimido', 'comprimidos'],
      ],
    ],
    // Um lugar que nunca diz internet mas tem wifi; um churrasco é fogo.
    ['wifi', ['internet']],
    ['fogo', ['churrasco', 'churrasqueira', 'fogueira']],
    ['imovel', ['apartamento', 'apto', 'kitnet', 'sobrado', 'casa', 'terreno', 'lote']],
    // A windscreen is a car's glass, a yoga class a class.
    [
      'produto',
      ['camisa', 'camiseta', 'calca', 'vestido', 'sapato', 'sapatos', 'tenis', 'blusa', 'jaqueta', 'saia', 'bermuda'],
    ],
    // Um eletrodoméstico dito pelo nome é um produto onde a base só diz produto.
    ['produto', ['geladeira', 'fogao', 'televisao', 'microondas', 'liquidificador', 'ventilador', 'notebook']],
    ['vidros', ['parabrisa', 'para-brisa', 'para-brisas', 'retrovisor', 'farol', 'lanterna']],
    // Family named to a knowledge base that says "dependente" are dependants; children "crianças".
    [
      'dependente',
      [
        'esposa',
        'esposo',
        'marido',
        'mulher',
        'filho',
        'filha',
        'filhos',
        'filhas',
        'mae',
        'pai',
        'enteado',
        'enteada',
      ],
    ],
    ['exoticos', ['papagaio', 'calopsita', 'coelho', 'hamster', 'tartaruga', 'jabuti', 'iguana', 'cobra', 'furao']],
    ['eventos', ['festa', 'festas', 'aniversario', 'formatura', 'confraternizacao', 'casorio']],
    ['amigo', ['namorada', 'namorado', 'colega', 'irmao', 'irma', 'primo', 'prima', 'vizinho', 'vizinha']],
    // An age said ("tem 4 anos", the idiom's "idade") asks what there is for children where no question says an age.
    ['criancas', ['filho', 'filha', 'filhos', 'filhas', 'bebe', 'bebes', 'neto', 'neta', 'netos', 'idade']],
    // Not swimming: the pool and swimming are one word here, and a pool is no class ("tem piscina?").
    ['aula', ['spinning', 'ioga', 'yoga', 'pilates', 'zumba', 'hidroginastica', 'crossfit']],
    [
      'moveis',
      ['guardaroupa', 'guardaroupas', 'sofa', 'sofas', 'cama', 'camas', 'geladeira', 'estante', 'rack', 'mesa'],
    ],
    ['pagamento', ['parcelar', 'parcelado', 'parcelas']],
  ],
  // Os planos de saúde ditos pelo nome ("atendem Unimed?") são o convênio.
  providers: [['convenio', ['unimed', 'amil', 'hapvida', 'sulamerica', 'notredame', 'intermedica']]],
  derivations: [
    // Photographing is taking photos ("pode fotografar?"), no photographer, whose stem it shares.
    [/^fotograf(ar|ias?)$/, 'foto'],
    // "cheguei" is "chegar", "marquei" is "marcar" (the stemmer keeps the "u" of -guei and -quei).
    [/^(\w{2,})guei$/, '$1gar'],
    [/^(\w{2,})quei$/, '$1car'],
    // "doei" is "doar", "mudei" is "mudar": what I did, said of a verb in -ar.
    [/^(\w{2,})ei$/, '$1ar'],
    // "fechamento" is "fechar", "vencimento" is "vencer" (the stemmer keeps -mento).
    // "em 10x" is paid in instalments.
    [/^\d{1,2}x$/, 'parcelado'],
    [/^(\w{3,})amentos?$/, '$1ar'],
    [/^(\w{3,})imentos?$/, '$1er'],
    // A ligação (of water, power, a phone) is what is ligado: the stemmer keeps its "-ação".
    [/^ligac(ao|oes)$/, 'ligar'],
    // Plurals in -ões are singulars in -ão ("cartões", "cartão"); the stemmer knows "-ção" only
    // with its accents, which the text has lost.
    [/oes$/, 'ao'],
    [/cao$/, 'ção'],
    // "caríssimo" is "caro".
    [/^(\w{3,})issim([oa]s?)$/, '$1$2'],
    // The stemmer leaves the plural of a short word ("unhas", "dias", "olhos"): its singular.
    [/^(\w{1,3}[ao])s$/, '$1'],
    // Plurals in -ns are singulars in -m ("mensagens", "itens", "jardins", "comuns"): the stemmer
    // keeps them whole. Not a short word's ("bens", "tens", "sons", "bons").
    [/^(\w{2,}[eiou])ns$/, '$1m'],
    // Plurals of words in -l are their singulars, which the stemmer keeps whole ("móveis", "móvel";
    // "lençóis", "lençol"), but for a word that is no plural ("depois").
    [/^(\w{2,})veis$/, '$1vel'],
    [/^(?!(?:depois|herois)$)(\w{2,})ois$/, '$1ol'],
  ],
  idioms: [
    // Como ir a um lugar é como chegar a ele.
    [
      'como chegar',
      ['como faco pra ir', 'como faco para ir', 'como eu faco pra ir', 'como vou ate', 'como eu vou ate'],
    ],
    // Um depósito de garantia é a caução.
    ['caucao', ['deposito de garantia', 'deposito como garantia', 'deposito de seguranca']],
    // Encher de novo um cartucho, um extintor, é recarregá-lo.
    [
      'recarregar',
      ['encher de novo', 'enchem de novo', 'enchem ele de novo', 'encher ele de novo', 'encher novamente'],
    ],
    // O aumento de salário é o reajuste; ser mandado embora é ser demitido; a participação nos
    // lucros (e resultados) é a PLR.
    ['reajuste', ['aumento de salario', 'aumento salarial', 'aumento do salario', 'aumento dos salarios']],
    [
      'demitido',
      ['me mandaram embora', 'fui mandado embora', 'me mandou embora', 'mandado embora', 'me botaram pra rua'],
    ],
    ['plr', ['participacao nos lucros e resultados', 'participacao nos lucros', 'participacao de lucros']],
    // Quitar ou acertar a fatura é pagá-la (quitar um empréstimo é antecipá-lo).
    [
      'pagar a fatura',
      [
        ...['quito a fatura', 'quitar a fatura', 'quito minha fatura', 'quitar minha fatura'],
        ...['acerto a fatura', 'acertar a fatura', 'acerto minha fatura', 'acertar minha fatura'],
      ],
    ],
    // A enxaqueca é uma dor de cabeça; o encaminhamento de um médico, o seu pedido.
    ['dor de cabeca', ['enxaqueca', 'enxaquecas', 'cefaleia']],
    // Ficar dias sem ir ao banheiro é ter o intestino preso.
    ['intestino preso', ['sem ir ao banheiro', 'sem evacuar', 'sem fazer coco']],
    // A cistite é uma infecção urinária.
    ['infeccao urinaria', ['cistite', 'cistites']],
    // Ficar careca é a calvície.
    ['calvicie', ['ficando careca', 'ficar careca', 'careca', 'carecas']],
    // A coluna torta é a escoliose; ter que operar, ou o antes e o depois da operação, é a cirurgia (a
    // operação sozinha pode ser a de um banco).
    ['escoliose', ['coluna torta']],
    ['cirurgia', ['ter que operar', 'preciso operar', 'vou operar', 'depois da operacao', 'antes da operacao']],
    // Ganhar peso é engordar.
    ['engordar', ['ganhar peso', 'ganhar quilos', 'ganho de peso']],
    // Depois do parto é o pós-parto; a água que rompe é a bolsa.
    ['pos parto', ['depois do parto', 'apos o parto', 'depois que o bebe nascer', 'depois que o nenem nascer']],
    [
      'bolsa estourar',
      ['bolsa romper', 'bolsa rompeu', 'romper a bolsa', 'agua romper', 'agua rompeu', 'romper a agua'],
    ],
    // O câncer no sangue é a leucemia.
    ['leucemia', ['cancer no sangue']],
    [
      'pedido medico',
      [
        ...['encaminhamento medico', 'encaminhamento do medico', 'encaminhamento do ortopedista', 'encaminhamento'],
        ...['guia do medico', 'guia medica'],
      ],
    ],
    // Pedir um crédito, ou pegar uma quantia emprestada ("pegar 10 mil emprestado"), é um empréstimo;
    // render mais é investir.
    [
      'emprestimo',
      [
        ...['pedir um credito', 'pegar um credito', 'credito pessoal'],
        ...['mil emprestado', 'mil emprestados', 'pegar emprestado', 'pego emprestado'],
      ],
    ],
    // Putting money away to grow is investing it, and renda fixa is an investment (no landline, "fixo").
    [
      'investir',
      [
        'pra render mais',
        'para render mais',
        'renda fixa',
        'renda variavel',
        'guardar dinheiro',
        'guardar meu dinheiro',
        'guardar uma grana',
        'fazer meu dinheiro render',
        'fazer o dinheiro render',
      ],
    ],
    // O passo a passo de uma coisa é como fazê-la.
    ['como faco', ['qual o passo a passo', 'qual e o passo a passo', 'passo a passo']],
    // A fonte de tomada é o carregador.
    ['carregador', ['fonte de tomada', 'fonte do carregador', 'fonte carregadora']],
    // Arrepender-se de uma compra é querer devolvê-la.
    ['devolver', ['me arrepender', 'me arrependi', 'se arrepender', 'arrependimento']],
    // Ligar para a central é falar com o atendimento.
    [
      'atendimento',
      [
        'central de atendimento',
        'ligar para a central',
        'ligar na central',
        'falar com a central',
        'ligar pra central',
        'ligar para central',
        'ligar pra a central',
      ],
    ],
    // A debutante faz 15 anos.
    ['festa 15 anos', ['debutante', 'debutantes']],
    // Quem confirmou presença está na lista de convidados; ter o contato de alguém é indicá-lo.
    [
      'lista convidados',
      ['confirmou presenca', 'confirmaram presenca', 'confirmacao de presenca', 'confirmar presenca'],
    ],
    ['indicar', ['tem contato de', 'tem o contato de', 'tem contato do', 'tem contato da']],
    // À prova d'água é impermeável; mudar a cor de uma coisa é pintá-la; mais barato é desconto.
    ['impermeabilizar', ['a prova dagua', 'a prova de agua']],
    ['pintura', ['mudar a cor', 'mudar de cor']],
    [
      'desconto',
      [
        ...['fica mais barato', 'sai mais barato', 'fica mais em conta', 'sai mais em conta'],
        // Paying less is a discount, and so is a special price.
        ...['pago menos', 'pagar menos', 'pagam menos'],
        ...['preco especial', 'precinho especial', 'valor especial', 'condicao especial'],
      ],
    ],
    // Pouco carboidrato é low carb.
    ['low carb', ['pouco carboidrato', 'poucos carboidratos', 'baixo carboidrato', 'menos carboidrato']],
    // Carregar o gás (do ar-condicionado, da geladeira) é recarregá-lo.
    [
      'recarga gas',
      ['carregar o gas', 'carregar gas', 'carga de gas', 'carga do gas', 'completar o gas', 'colocar gas'],
    ],
    // Mudar de ideia é desistir.
    ['desistir', ['mudei de ideia', 'mudar de ideia', 'mudou de ideia', 'mudamos de ideia']],
    // A conta do cartão é a fatura.
    [
      'fatura',
      ['conta do cartao de credito', 'conta do meu cartao de credito', 'conta do cartao', 'conta do meu cartao'],
    ],
    // Olhar as crianças é cuidar delas.
    [
      'cuidar',
      [
        'olhar as criancas',
        'olhar a crianca',
        'olhar os meninos',
        'olhar meu filho',
        'olhar minha filha',
        'olhar o bebe',
      ],
    ],
    // Dinheiro em espécie é dinheiro.
    ['dinheiro', ['dinheiro em especie', 'em especie', 'dinheiro vivo']],
    // Guardar no freezer é congelar.
    ['congelar', ['guardar no freezer', 'por no freezer', 'colocar no freezer', 'guardar no congelador']],
    // Um aparelho que caiu na água está molhado.
    [
      'molhado',
      [
        'caiu na agua',
        'cair na agua',
        'caiu dentro da agua',
        'molhou',
        'caiu na piscina',
        'cair na piscina',
        'caiu no vaso',
        'cair no vaso',
        'caiu na privada',
      ],
    ],
    // A time of day said with "de" says when, not which thing ("fogo de noite" is a fire at night);
    // after eight in the evening is at night.
    [
      'a noite',
      [
        'de noite',
        ...['depois das', 'apos as'].flatMap((after) =>
          [18, 19, 20, 21, 22, 23]
            .flatMap((hour) => [`${after} ${hour}h`, `${after} ${hour}`])
            .concat(['oito', 'nove', 'dez', 'onze'].map((hour) => `${after} ${hour}`)),
        ),
      ],
    ],
    ['por pessoa', ['por cabeca']],
    [
      'senha do aplicativo',
      ['senha de acesso', 'senha de login', 'senha do login', 'senha pra entrar', 'senha para entrar'],
    ],
    ['quanto tempo', ['quantas horas', 'quantos minutos', 'quantas semanas', 'quantos meses']],
    ['atestado medico', ['liberacao do medico', 'liberacao medica', 'autorizacao do medico', 'autorizacao medica']],
    ['a tarde', ['de tarde']],
    ['pela manha', ['de manha']],
    ['a madrugada', ['de madrugada']],
    // Uma a quatro da manhã é de madrugada.
    [
      'madrugada',
      ['1', '2', '3', '4', 'uma', 'duas', 'tres', 'quatro'].flatMap((h) => [`${h} da manha`, `${h}h da manha`]),
    ],
    // A price by the night is the daily rate; a place to eat, the restaurant; a fire made, a campfire.
    ['diaria', ['por noite', 'pernoite']],
    [
      'restaurante',
      [
        ...['onde comer', 'lugar pra comer', 'lugar para comer'],
        ...['onde almocar', 'onde jantar', 'lugar pra almocar', 'lugar para almocar'],
      ],
    ],
    // The way to do a thing asks how it is done.
    ['como', ['qual o jeito de', 'qual o jeito pra', 'como procedo', 'como devo proceder']],
    ['fogueira', ['acender fogo', 'fazer fogo', 'acender uma fogueira']],
    // What goes with a dish is what pairs with it ("que vinho combina com bacalhau").
    ['harmonizar', ['combina com', 'combinar com', 'combinam com', 'combinaria com', 'vai bem com']],
    // Placing an order is ordering ("como faço um pedido" is "como eu peço").
    ['pedir', ['fazer um pedido', 'faco um pedido', 'fazer o pedido', 'faco o pedido', 'fazer pedido', 'faco pedido']],
    // Pulling a tooth out is an extraction.
    ['extracao', ['arrancar o dente', 'arrancar um dente', 'arrancar dente', 'tirar o dente', 'tirar um dente']],
    // Asking where a product comes from asks its origin ("de onde vem a carne").
    ['procedencia', ['de onde vem', 'da onde vem']],
    // Asking who is on the other end asks what the bot is ("estou falando com uma pessoa?").
    [
      'robo',
      [
        'estou falando com',
        'to falando com',
        'estou conversando com',
        'to conversando com',
        'isso e',
        'voce e',
      ].flatMap((asking) =>
        ['uma pessoa', 'uma pessoa de verdade', 'uma pessoa real', 'um humano', 'gente', 'um robo', 'uma maquina'].map(
          (who) => `${asking} ${who}`,
        ),
      ),
    ],
    // Question words as they are typed in a hurry, before the idioms that start with them.
    ['quanto', ['qto', 'qnto']],
    // Paying the card is paying its bill ("onde pago o cartão de crédito").
    [
      'pagar a fatura do cartao',
      ['pagar', 'pago', 'pagamos'].flatMap((pay) => [`${pay} o cartao`, `${pay} meu cartao`]),
    ],
    // A fault after a repair, or again, asks what its guarantee covers ("se der problema depois, tem garantia?").
    [
      'garantia',
      ['problema', 'defeito'].flatMap((fault) => [
        `se der ${fault} depois`,
        `se der ${fault} de novo`,
        `se voltar a dar ${fault}`,
      ]),
    ],
    ['quantos', ['qtos']],
    ['quando', ['qdo', 'qnd']],
    [
      'esquecer',
      [
        // Dar um branco é esquecer ("deu branco na senha").
        ...['deu branco', 'deu um branco', 'me deu branco', 'me deu um branco'],
        // What went from one's head (sumiu, fugiu) is forgotten.
        ...['sumiu da cabeca', 'sumiu da memoria', 'fugiu da cabeca', 'fugiu da memoria'],
        ...['sumiu da minha cabeca', 'sumiu da minha memoria', 'fugiu da minha cabeca', 'fugiu da minha memoria'],
        'nao lembro',
        'nao me lembro',
        'nao consigo lembrar',
        'nao consigo me lembrar',
        'nao recordo',
        'nao sei qual e',
        'sem lembrar',
      ],
    ],
    // "De jeito nenhum" says how much, not what.
    ['', ['de jeito nenhum', 'de jeito algum']],
    // Closing an account is giving it "baixa"; eating nothing of animal origin is vegan.
    [
      'cancelar conta',
      [
        ...['dar baixa na conta', 'dar baixa na minha conta', 'dar baixa em minha conta'],
        ...['dar baixa definitiva na conta', 'dar baixa definitiva na minha conta'],
      ],
    ],
    [
      'vegano',
      [
        ...['nada de origem animal', 'sem nada de origem animal', 'sem produtos de origem animal'],
        // Neither eggs nor milk ("não como ovo nem leite").
        ...['ovo nem leite', 'leite nem ovo', 'ovos nem leite', 'ovo e sem leite', 'leite e sem ovo'],
      ],
    ],
    [
      'esquecer senha',
      [
        ...['nao sei a senha', 'nao sei mais a senha', 'nao sei minha senha', 'nao sei mais minha senha'],
        ...['nao consigo entrar', 'nao consigo logar', 'nao consigo fazer login', 'nao consigo acessar minha conta'],
      ],
    ],
    // Getting access back is, most often, a password forgotten.
    [
      'esquecer senha',
      [
        'recuperar o acesso',
        'recupero o acesso',
        'recuperar a senha',
        'recuperar minha senha',
        'recupero a senha',
        'recuperar acesso',
        'recuperar meu acesso',
        'perdi o acesso',
        'perdi meu acesso',
        // A password lost is one forgotten, no thing lost somewhere.
        ...['perdi a senha', 'perdi minha senha'],
      ],
    ],
    [
      'financiamento imovel',
      ['casa financiada', 'financiar uma casa', 'financiar minha casa', 'financiar um apartamento', 'comprar uma casa'],
    ],
    [
      'portabilidade salario',
      [
        'transferir meu salario',
        'trazer meu salario',
        'trago meu salario',
        'receber meu salario aqui',
        'receber meu salario nesse',
        'receber meu salario neste',
        'receber o salario aqui',
        'mudar meu salario',
      ],
    ],
    ['fgts', ['fundo de garantia']],
    ['documentos', ['o que preciso levar', 'o que tenho que levar', 'quais papeis', 'que papeis']],
    ['trancar', ['parar o curso', 'parar a faculdade', 'parar por um semestre', 'dar um tempo']],
    ['revisao', ['nota errada', 'nota esta errada', 'nota ta errada']],
    ['quantas faltas', ['limite de faltas', 'maximo de faltas']],
    ['transporte escolar', ['van escolar', 'tem van', 'levar as criancas', 'buscar as criancas']],
    ['periodo integral', ['dia todo', 'o dia inteiro', 'tempo integral']],
    ['emergencia', ['passou mal', 'passando mal', 'atendem agora', 'atender agora']],
    // Food for a pet is its ração, and still for that pet.
    ...['gato', 'cachorro'].map(
      (pet) => [`racao de ${pet}`, ['de', 'para', 'pra'].map((to) => `comida ${to} ${pet}`)] as const,
    ),
    ['racao', ['comida de pet']],
    ['marcar consulta', ['levar no veterinario', 'levar ao veterinario', 'trazer meu cachorro']],
    ['rematricula', ['renovar matricula', 'renovar a matricula', 'renovacao de matricula']],
    [
      'declaracao de matricula',
      ['comprovante de matricula', 'comprovante de que estudo', 'atestado de matricula', 'declaracao escolar'],
    ],
    ['biblioteca', ['livro emprestado', 'livros emprestados', 'pegar livro', 'pegar livros']],
    // Energy: no power however said, a social tariff by who may have it, solar panels, a fallen wire.
    [
      'falta energia',
      [
        'sem luz',
        'sem energia',
        'faltou luz',
        'faltou energia',
        'acabou a luz',
        'acabou a energia',
        'queda de energia',
        'apagao',
      ],
    ],
    ['tarifa social', ['baixa renda', 'cadunico', 'cad unico', 'bolsa familia']],
    ['energia solar', ['placas solares', 'placa solar', 'painel solar', 'paineis solares']],
    ['fio solto', ['fio caido', 'fio arrebentado', 'fios caidos', 'cabo caido']],
    ['vencimento', ['dia de pagamento', 'data de pagamento', 'dia do pagamento', 'dia que vence']],
    [
      'alterar titular',
      [
        'no nome do antigo dono',
        'no nome de outra pessoa',
        'no nome do antigo morador',
        'no nome do antigo inquilino',
        'passar para o meu nome',
        'passar para meu nome',
        'passo a conta para meu nome',
        'passo a conta para o meu nome',
        'passar a conta para o meu nome',
        'passar a conta para meu nome',
        'mudar o nome da conta',
        'trocar o nome da conta',
        'mudar o titular',
      ],
    ],
    ['conta email', ['conta de papel', 'conta impressa', 'fatura de papel', 'fatura impressa']],
    // What is left of an allowance is what a customer checks.
    ...['giga', 'gigas', 'internet', 'dados', 'minutos', 'credito', 'saldo'].map(
      (thing) =>
        [
          // Prepaid credit is the balance (a bank's credit limit keeps its word).
          thing === 'credito' ? 'consultar saldo credito' : `consultar ${thing}`,
          ['quanto', 'quantos', 'quanta', 'quantas'].flatMap((much) => [
            `${much} ${thing} eu ainda tenho`,
            `${much} ${thing} ainda tenho`,
            `${much} ${thing} me resta`,
            `${much} ${thing} me restam`,
            `${much} ${thing} eu tenho`,
            `${much} de ${thing} eu tenho`,
            `${much} de ${thing} tenho`,
          ]),
        ] as const,
    ),
    ['internet', ['dados moveis', 'internet movel', 'conexao de internet', 'conexao']],
    [
      'portabilidade numero',
      [
        'com meu numero',
        'com o meu numero',
        'levando meu numero',
        'manter meu numero',
        'levar meu numero',
        'trazer meu numero',
      ],
    ],
    ['internacional', ['viajar pra fora', 'viajar para fora', 'viagem pra fora', 'viagem para fora']],
    [
      'cancelar linha',
      ['encerrar meu numero', 'cancelar meu numero', 'cancelar o numero', 'sair da operadora', 'deixar a operadora'],
    ],
    // Not eating meat is being vegetarian ("não como carne, vocês fazem cardápio sem carne?").
    ['vegetariano', ['nao como carne', 'nao come carne', 'nao comemos carne', 'nao comem carne', 'sem carne']],
    // Bringing a thing home, or its getting here, is delivering it ("vocês levam em casa?", "chega até aqui?").
    [
      'entregar',
      [
        ...['levam', 'leva', 'levar', 'trazem', 'traz', 'trazer', 'mandam', 'manda', 'mandar'].flatMap((bring) =>
          ['em casa', 'ate minha casa', 'ate a minha casa', 'aqui em casa'].map((where) => `${bring} ${where}`),
        ),
        ...['chega ate aqui', 'chegam ate aqui', 'chega aqui', 'chega ate mim', 'chega ate a minha cidade'],
      ],
    ],
    // Tests to practise on are mock exams ("vocês fazem provas pra treinar?").
    ['simulado', ['provas pra treinar', 'provas para treinar', 'prova de treino', 'provas de treino']],
    // A credit limit is the card's.
    ['limite do cartao', ['limite de credito', 'limite do credito', 'limite no credito']],
    // Leaving the bank ("como saio do banco de vocês") or no longer wanting to be a customer is
    // closing the account: listed before "ser cliente", which opens one, so that the longer phrase
    // is read first.
    [
      'encerrar conta',
      [
        ...['sair', 'saio', 'deixar', 'largar'].flatMap((leave) => [
          `${leave} do banco`,
          `${leave} o banco`,
          `${leave} desse banco`,
        ]),
        // Going to another bank ("vou mudar de banco") is leaving this one.
        ...['mudar', 'mudando', 'trocar', 'trocando'].map((change) => `${change} de banco`),
        ...['mudar', 'ir'].flatMap((go) => [`${go} pra outro banco`, `${go} para outro banco`]),
        // Not using the account any more, or writing it off ("dar baixa na conta"), is closing it.
        ...['nao vou mais usar a conta', 'nao uso mais a conta', 'dar baixa na conta', 'dou baixa na conta'],
        ...['nao quero mais ser cliente', 'deixar de ser cliente', 'nao ser mais cliente'],
        ...['encerrar meu relacionamento', 'encerrar o relacionamento', 'encerrar relacionamento'],
      ],
    ],
    [
      'fidelidade',
      [
        'multa se cancelar',
        'multa se eu cancelar',
        'multa para cancelar',
        'multa por cancelar',
        'multa de cancelamento',
      ],
    ],
    // A phone's or internet's "conta" is its bill, not an account; and an account does not "come" high.
    [
      'fatura',
      [
        'conta do celular',
        'conta do telefone',
        'conta da internet',
        'conta de celular',
        'conta de telefone',
        'conta de internet',
        'conta da operadora',
      ],
    ],
    ['fatura veio', ['conta veio']],
    ['debito automatico', ['direto no banco', 'direto na conta', 'debitar direto', 'debito direto', 'debito em conta']],
    ['sinal problema', ['nao pega', 'nao esta pegando', 'nao ta pegando']],
    ['problema rede', ['rede caiu', 'sinal caiu', 'linha caiu', 'rede fora do ar', 'rede esta fora do ar']],
    ['sms golpe', ['mensagem estranha', 'sms estranho', 'mensagem suspeita', 'sms suspeito']],
    // Where the asker is says little of what is asked ("não pega aqui em casa").
    ['', ['aqui em casa', 'la em casa', 'na rua', 'no meio da rua']],
    // O que não se acha mais se perdeu ("caiu o cartão e não achei mais").
    ['perdi', ['nao achei mais', 'nao acho mais', 'nao encontrei mais', 'nao encontro mais']],
    // Uma hora da noite, ou depois que escurece, é a noite ("quanto posso mandar de pix às 23h").
    [
      'noite',
      [
        ...['21h', '22h', '23h', 'meia noite', 'meianoite'],
        ...['depois que escurece', 'quando escurece', 'depois de escurecer', 'quando anoitece', 'depois que anoitece'],
      ],
    ],
    // Dar uma volta é um passeio; todo mundo, todos.
    ['passeio', ['dar uma volta', 'dar um role']],
    ['todos', ['todo mundo']],
    // Money sent by Pix, however said, is a Pix ("transfiro pelo pix").
    [
      'pix',
      [
        ...['transferir', 'transfiro', 'transferencia', 'mandar', 'mando', 'enviar', 'envio']
          .flatMap((send) => [send, `${send} dinheiro`, `${send} grana`])
          .flatMap((sent) => ['por', 'via', 'pelo'].map((by) => `${sent} ${by} pix`)),
        ...['transferencia instantanea', 'transferencias instantaneas'],
        // A payment by QR code is a Pix.
        ...['qr code', 'qrcode', 'codigo qr'],
      ],
    ],
    [
      'limite',
      [
        'quanto posso mandar',
        'quanto posso transferir',
        'quanto posso enviar',
        'quanto posso gastar',
        'quanto consigo mandar',
        'quanto consigo transferir',
        'valor maximo',
        // Up to how much, or the most one may do ("qual o máximo?"), is the limit.
        ...['ate quanto', 'no maximo quanto', 'quanto no maximo', 'qual o maximo', 'qual e o maximo'],
      ],
    ],
    ['transferencia', ['para outro banco', 'pra outro banco', 'para outros bancos', 'pra outros bancos']],
    // "Ligar" is also switching on: a call received is a call.
    ['ligacao', ['me ligaram', 'me ligou', 'ligaram pra mim', 'ligaram para mim']],
    [
      'fraude',
      [
        'pedindo minha senha',
        'pediram minha senha',
        'pediu minha senha',
        'pedindo a senha',
        'pediram a senha',
        'pedindo meu codigo',
        'pediram o codigo',
        'pediram meu codigo',
        'pedindo meus dados',
        'pediram meus dados',
        'pedindo dados',
      ],
    ],
    // The business's number, and calling it, ask its number.
    [
      'telefone atendimento',
      [
        ...['telefone de voces', 'numero de voces', 'telefone do banco', 'contato de voces'],
        ...['ligar pra voces', 'ligar para voces', 'ligar pra vcs', 'ligar pro banco', 'ligar para o banco'],
      ],
    ],
    ['telefone central atendimento', ['telefone da central']],
    ['ouvidoria', ['sac nao resolveu', 'nao resolveram meu problema', 'nao resolveu meu problema']],
    ['ativar chip', ['chip novo nao funciona', 'chip nao funciona', 'chip novo nao pega', 'chip nao pega']],
    ['problema internet', ['internet nao funciona', 'internet de casa nao funciona']],
    [
      'problema',
      [
        'nada funciona',
        'nao funciona',
        'parou de funcionar',
        'nao esta funcionando',
        'nao ta funcionando',
        'fora do ar',
      ],
    ],
    // Um cara é alguém ("um cara ligou"), não caro.
    ['', ['um cara', 'uns caras']],
    [
      'desconhecida',
      [
        'nao reconheco',
        'nao fiz',
        'que eu nunca fiz',
        'que nunca fiz',
        'nao autorizei',
        'nao reconhecida',
        'desconheco',
        'nao fui eu',
        'nunca comprei',
        'que eu nunca entrei',
        'que nunca entrei',
      ],
    ],
    // Dar um retorno é responder ("em quantos dias a loja tem que me dar um retorno").
    ['responder', ['dar um retorno', 'dar retorno', 'dao retorno', 'dao um retorno', 'dar uma resposta']],
    // O andamento de um pedido ou processo é o que se acompanha.
    ['acompanhar', ['andamento']],
    // Danos morais ou materiais pedidos são uma indenização.
    ['indenizacao', ['danos morais', 'dano moral', 'danos materiais', 'dano material']],
    [
      'alterar endereco',
      [
        'mudei de casa',
        'mudei de apartamento',
        'mudanca de casa',
        'mudei de endereco',
        'mudanca de endereco',
        'estou de mudanca',
        'vou me mudar',
      ],
    ],
    // What was just done, and what a phone or an app asks the user for ("o celular está pedindo o
    // PUK", no request of theirs), say nothing of what is asked.
    [
      '',
      [
        ...['acabei de', 'acabou de', 'acabaram de'],
        ...['me pede', 'me pediu', 'esta pedindo', 'ta pedindo', 'fica pedindo', 'pedindo'],
      ],
    ],
    ['falar atendente', ['falar com alguem', 'conversar com alguem']],
    // Conversar com alguém é falar com ele.
    ['falar com', ['conversar com']],
    ['atendente', ['pessoa de verdade', 'pessoa real', 'de carne e osso']],
    // "De verdade" only stresses what is said ("falar com alguém de verdade").
    ['', ['de verdade']],
    ['consumo', ['ja usei', 'ja gastei']],
    ['antecipar emprestimo', ['quitar o emprestimo', 'quitar meu emprestimo', 'quitar o financiamento']],
    ['rastrear pedido', ['saber onde esta', 'saber onde ta', 'ainda nao chegou', 'nao chegou ainda']],
    ['rastrear', ['ver onde esta', 'ver onde o motoboy', 'ver onde o entregador']],
    ...['pedido', 'pacote', 'encomenda', 'produto'].map(
      (thing) =>
        [
          `rastrear ${thing}`,
          [
            'onde esta meu',
            'onde ta meu',
            'cade meu',
            'cade o meu',
            'onde esta minha',
            'onde ta minha',
            'cade minha',
            'cade a minha',
          ].map((o) => `${o} ${thing}`),
        ] as const,
    ),
    ['conta', ['conta corrente']],
    ['falta de agua', ['acabou a agua', 'faltou agua', 'nao tem agua', 'estou sem agua', 'sem agua', 'falta agua']],
    ['aumentar velocidade', ['internet mais rapida', 'mais velocidade', 'mais megas']],
    [
      'cobertura',
      [
        'tem internet no meu bairro',
        'tem internet na minha rua',
        'chega na minha rua',
        'chega no meu bairro',
        'chega no meu endereco',
        ...['atendem', 'atende'].flatMap((serve) =>
          ['no meu bairro', 'na minha regiao', 'na minha rua', 'no meu endereco', 'minha regiao', 'meu bairro'].map(
            (where) => `${serve} ${where}`,
          ),
        ),
      ],
    ],
    [
      'problema internet',
      [
        'estou sem internet',
        'nao tenho internet',
        'to sem internet',
        'fiquei sem internet',
        'sem internet',
        'internet caiu',
        'conexao caiu',
        'net caiu',
        'fibra caiu',
        'wifi caiu',
        ...[
          'internet parou',
          'net parou',
          'wifi parou',
          'fibra parou',
          'internet de casa parou',
          'internet de casa caiu',
        ],
      ],
    ],
    ['agendar consulta', ['marcar medico', 'marcar um medico', 'marcar o medico', 'marcar medica']],
    [
      'saldo',
      [
        'quanto dinheiro tenho na conta',
        'quanto dinheiro eu tenho na conta',
        'quanto dinheiro tenho',
        'quanto eu tenho na conta',
        'quanto tenho na conta',
      ],
    ],
    ['contestar', ['nao concordo com', 'discordo da', 'discordo do']],
    // Sem o cartão é sem ele, não sem saldo ("fiquei sem o cartão, acho que caiu"): listed before
    // "fiquei sem", as the first phrase listed is read first.
    ['perdi o cartao', ['fiquei sem o cartao', 'fiquei sem meu cartao']],
    ['exceder', ['fiquei sem', 'acabou meu', 'acabou minha', 'acabaram meus', 'estourei', 'passei do limite']],
    [
      'conta alta',
      [
        'pagando muito',
        'pagando caro',
        'pago muito',
        'pagando tanto',
        'pago tanto',
        'conta tao alta',
        'conta muito alta',
        'conta veio alta',
        'fatura alta',
        'fatura tao alta',
        'fatura muito alta',
        'fatura veio alta',
        'conta veio mais alta',
        'fatura veio mais alta',
        'conta veio cara',
        'fatura veio cara',
        'veio muito cara',
        'veio mais cara',
        'fatura cara',
        'conta cara',
        'pagando mais',
      ],
    ],
    ['alterar nome', ['renomear']],
    // A thing said blocked, tersely ("cartão bloqueado"), asks to unblock it.
    // Activating a new card is unblocking it ("como ativo meu cartão").
    [
      'desbloquear cartao',
      [
        'cartao bloqueado',
        // Travado: "cartão (novo) tá/está/veio travado".
        ...['cartao', 'cartao novo'].flatMap((card) =>
          ['', 'ta ', 'esta ', 'veio ', 'continua '].map((verb) => `${card} ${verb}travado`),
        ),
        ...['ativar', 'ativo', 'ativa', 'ativei'].flatMap((on) => [
          `${on} o cartao`,
          `${on} meu cartao`,
          `${on} o meu cartao`,
        ]),
      ],
    ],
    ['desbloquear conta', ['conta bloqueada']],
    [
      'aumentar limite',
      [
        'limite baixo',
        'limite mais alto',
        ...['limite apertado', 'limite ta apertado', 'limite esta apertado'],
        'limite ta baixo',
        'limite esta baixo',
        'limite muito baixo',
        'limite e baixo',
        'limite e muito baixo',
        'limite ta muito baixo',
        'limite ta mt baixo',
        'limite esta muito baixo',
        // A limit that does not reach is to be raised.
        'limite nao da',
        'limite nao deu',
        'limite nao e suficiente',
      ],
    ],
    ['fecha a fatura', ['melhor dia de compra', 'melhor dia para comprar', 'melhor dia pra comprar']],
    [
      'onde',
      [
        ...['qual o endereco', 'qual e o endereco', 'qual o endereco de voces', 'em que rua', 'qual a rua'],
        ...['em que cidade', 'em qual cidade', 'em que bairro', 'em qual bairro'],
        ...['passar o endereco', 'me passa o endereco', 'mandar o endereco', 'endereco exato', 'endereco completo'],
        ...['metro mais proximo', 'estacao de metro mais proxima', 'estacao mais proxima'],
      ],
    ],
    ['codigo aberto', ['software livre', 'open source']],
    [
      'desbloquear',
      [
        'esta bloqueado',
        'esta bloqueada',
        'ta bloqueado',
        'ta bloqueada',
        'foi bloqueado',
        'foi bloqueada',
        'estava bloqueado',
        'estava bloqueada',
      ],
    ],
    [
      'abrir conta',
      [
        'primeira conta',
        'nunca tive conta',
        'nunca tive uma conta',
        'quero uma conta',
        'queria uma conta',
        'criar conta',
        'criar uma conta',
        'ter uma conta',
        'criar minha conta',
        'crio uma conta',
        'crio minha conta',
        'fazer uma conta',
        'ser cliente',
        'virar cliente',
        'viro cliente',
        'viro correntista',
        'me tornar cliente',
        'tornar cliente',
        // A "correntista" holds a current account: becoming one opens it.
        'virar correntista',
        'ser correntista',
        'me tornar correntista',
        'me torno correntista',
        'me torno cliente',
        'tornar correntista',
      ],
    ],
    ['descadastrar', ['parar de receber', 'nao quero receber', 'deixar de receber']],
    [
      'golpe',
      [
        'ligacao estranha',
        'passei meus dados',
        // Whoever calls saying they are the bank (not "dizendo que era do banco": a suspicious call
        // in the bank's name is a question of its own).
        ...['dizendo ser do banco', 'se passando pelo banco', 'fingindo ser do banco'],
        'ligacao falsa',
        'central falsa',
        'boleto falso',
        'site falso',
        'link falso',
        'digitei minha senha',
        'mensagem falsa',
        'falso atendente',
        'pix falso',
        ...['golpe do', 'golpe no', 'golpe pelo'].flatMap((how) => [`${how} whatsapp`, `${how} zap`, `${how} pix`]),
        'se passando por',
        'se passando pelo',
        'se passando pela',
        'se passou por',
        'se passou pelo',
        'se passou pela',
        'fingindo ser',
        'falso funcionario',
        'dizendo ser do',
        'dizendo que era do',
        'dizendo que eram do',
        'falando que era do',
        'falando em nome do',
      ],
    ],
    [
      'hotel para caes',
      ['cuidam do meu cachorro', 'cuidar do meu cachorro', 'deixar meu cachorro', 'deixar o cachorro'],
    ],
    [
      'veio alta',
      [
        'veio muito cara',
        'veio cara',
        'veio mais cara',
        'vindo muito cara',
        'vindo cara',
        'veio o dobro',
        'veio dobrada',
        'veio dobrado',
      ],
    ],
    ['desligamento', ['cancelar o fornecimento', 'cancelar fornecimento', 'encerrar o fornecimento']],
    [
      'leiturista nao veio',
      [
        'ninguem veio ler o medidor',
        'ninguem veio ler',
        'ninguem veio fazer a leitura',
        'nao vieram ler',
        'nao passou para ler',
      ],
    ],
    [
      'poda arvore',
      [
        'arvore ta encostando',
        'arvore esta encostando',
        'arvore encostando',
        'galho encostando',
        'arvore tocando',
        'galho no fio',
        'arvore no fio',
      ],
    ],
    ['aumentar potencia', ['mais carga', 'aumentar a carga', 'aumento de carga']],
    ['aula pratica', ['aulas de direcao', 'aula de direcao']],
    ['procuracao', ['assinar por mim', 'dar poderes', 'passar poderes']],
    ['prova teorica', ['prova de legislacao', 'exame de legislacao', 'prova escrita']],
    ['prova pratica', ['exame de direcao', 'exame pratico', 'prova de direcao', 'exame de rua']],
    ['renda', ['tenho que ganhar', 'preciso ganhar', 'quanto ganhar']],
    ['visita', ['ver o apartamento', 'ver o imovel', 'conhecer o apartamento', 'conhecer o imovel']],
    ['reajustado', ['aluguel vai aumentar', 'aumento do aluguel', 'aumentar o aluguel', 'aluguel aumenta']],
    ['sair do imovel', ['entregar o apartamento', 'entregar o imovel', 'devolver o apartamento', 'devolver o imovel']],
    ['quem paga', ['por minha conta', 'fica por minha conta', 'por conta do inquilino']],
    ['compra desconhecida', ['compra estranha', 'compras estranhas']],
    ['desconhecida', ['cobranca estranha']],
    ['cnh', ['tirar carteira', 'tirar a carteira', 'tirar minha carteira']],
    ['contestar', ['entrar com recurso', 'entrar com um recurso', 'fazer um recurso']],
    [
      'transferir',
      ['passar', 'passo', 'colocar', 'passar a conta', 'colocar a conta'].flatMap((verb) =>
        ['pro nome', 'para o nome', 'pro meu nome', 'para meu nome', 'no nome', 'no meu nome'].map(
          (to) => `${verb} ${to}`,
        ),
      ),
    ],
    [
      'cheque especial',
      [
        // An account's extra limit is its overdraft, and so is an account gone negative.
        ...['limite extra', 'limite da conta', 'limite da minha conta', 'conta negativa', 'saldo negativo'],
        ...['conta no vermelho', 'fiquei no vermelho', 'fico no vermelho', 'entrei no vermelho', 'no negativo'],
        ...['ficar', 'fico', 'fica', 'ficou', 'fiquei', 'estou'].flatMap((be) => [`${be} negativo`, `${be} negativa`]),
      ],
    ],
    [
      'desbloquear',
      [
        ...['veio bloqueado', 'chegou bloqueado', 'tirar o bloqueio', 'tiro o bloqueio', 'tirar bloqueio'],
        // A new card that needs activating is unblocked ("ativar o cartão" is read above, with the card).
        'precisa ativar',
      ],
    ],
    // A criminal record certificate is the atestado de antecedentes.
    ['antecedentes criminais', ['certidao criminal', 'atestado criminal', 'ficha criminal', 'nada consta criminal']],
    // A card not found is a card lost.
    [
      'perdi o cartao',
      [
        'nao acho meu cartao',
        'nao sei onde deixei meu cartao',
        'nao sei onde coloquei meu cartao',
        'nao encontro meu cartao',
        'deixei o cartao cair',
        'deixei cair o cartao',
        'deixei meu cartao cair',
        'meu cartao caiu',
        // Left somewhere ("deixei meu cartão no caixa", "esqueci o cartão no bar").
        ...['deixei meu cartao', 'deixei o cartao', 'esqueci meu cartao', 'esqueci o cartao'],
      ],
    ],
    // The day a card's bill closes, and which bill a purchase falls into ("cai em qual fatura").
    [
      'fechamento da fatura',
      [
        ...[
          'dia de corte',
          'data de corte',
          'corte da fatura',
          'corte do cartao',
          'fechamento do cartao',
          'fechamento do meu cartao',
        ],
        ...['cai em qual fatura', 'entra em qual fatura', 'vai pra qual fatura', 'vai para qual fatura'],
        'cai na proxima fatura',
        ...['cair', 'cai', 'entrar', 'entra'].flatMap((fall) => [
          `${fall} no mes que vem`,
          `${fall} na proxima fatura`,
        ]),
      ],
    ],
    // Asking what day it is asks no business anything (before the day of a thing, which asks when).
    ['', ['que dia e hoje', 'qual dia e hoje', 'que dia e amanha', 'qual a data de hoje', 'que data e hoje']],
    // The day or the date a thing happens asks when.
    ['quando', ['que dia', 'qual dia', 'em que dia', 'qual o dia', 'que data', 'qual a data', 'em que data']],
    // A purchase charged twice is one to dispute.
    ['contestar', ['cobraram duas vezes', 'cobrado duas vezes', 'cobranca duplicada', 'compra duplicada']],
    ['contestar', ['nao e minha']],
    ['piercing', ['furar o nariz', 'furar a orelha', 'furar o umbigo', 'furar a sobrancelha', 'furar a lingua']],
    ['aumentar limite', ['mais limite', 'limite maior', 'limite crescer', 'crescer o limite', 'crescer meu limite']],
    // "Vocês mexem com granito?" asks what they work with.
    ['trabalham com', ['mexem com', 'mexe com', 'voces mexem com']],
    [
      'entregar',
      [
        'levam ate em casa',
        'leva ate em casa',
        'levam em casa',
        'entregam em casa',
        // Sent home ("mandam em casa" is read above, with bringing).
        ...['pra casa', 'para casa', 'pra minha casa', 'para minha casa', 'na minha casa'].flatMap((home) => [
          `mandam ${home}`,
          `manda ${home}`,
        ]),
        ...['mandam pra', 'mandam para', 'enviam pra', 'enviam para'],
        // Taking a thing to the building site is delivering it.
        ...['levam ate a obra', 'levam na obra', 'entregam na obra'],
        // Taken to any other place ("vocês levam até o salão?").
        ...['levam ate o', 'levam ate a', 'voces levam ate'],
        // Or brought here ("vocês levam aqui no escritório?").
        ...['levam aqui', 'leva aqui', 'trazem aqui', 'traz aqui', 'entregam aqui', 'entrega aqui'],
      ],
    ],
    ['gestante', ['esperando bebe', 'esperando um bebe', 'esperando nenem']],
    // Provar que se está vivo é a prova de vida.
    ['prova de vida', ['provar que estou vivo', 'provar que estou viva', 'provar que esta vivo', 'provar que to vivo']],
    ['foto 3x4', ['foto pra documento', 'foto para documento', 'fotos para documento', 'fotos pra documento']],
    // A courtesy car is no booking ("reserva").
    ['carro substituto', ['carro reserva', 'carro de reserva', 'emprestam um carro', 'emprestam carro']],
    // Made to measure says how a thing is made, not what it is ("fazem cortina sob medida?").
    [
      'personalizado',
      ['sob medida', 'do meu tamanho', 'no meu tamanho', 'na minha medida', 'nas minhas medidas', 'feito sob medida'],
    ],
    ['barra', ['encurtar', 'encurtam', 'encurta', 'encurto']],
    // A bill "turns over" when it closes.
    ['fecha fatura', ['fatura vira', 'vira a fatura', 'virada da fatura', 'virar a fatura', 'fatura virar']],
    // Being the victim of a thing is the thing ("fui vítima de fraude").
    ['', ['fui vitima de', 'fui vitima do', 'fui vitima da', 'sou vitima de', 'fomos vitimas de']],
    // Where one lives or comes from tells, it does not ask ("moro em Niterói, vocês entregam?").
    ['', ['moro em', 'moro no', 'moro na', 'moramos em', 'moramos no', 'moramos na', 'sou de']],
    // Somewhere is no place named.
    ['', ['em algum lugar', 'em algum canto']],
    ['golpe', ['fui enganado', 'fui enganada', 'me enganaram', 'passaram a perna']],
    [
      'tarifa',
      [
        'tarifa de manutencao',
        'manutencao da conta',
        'taxa de manutencao',
        'mensalidade da conta',
        'custa manter',
        'tem mensalidade',
        'cobra mensalidade',
        // Paying to keep an account is its fee.
        'pra manter a conta',
        'para manter a conta',
      ],
    ],
    // What is paid each month is the monthly fee.
    ['mensalidade', ['pago por mes', 'pagar por mes', 'paga por mes', 'pagamos por mes', 'pagar mensalmente']],
    // A utility bill is paid as a boleto, and stays the utility's: a phone company does not answer it.
    ['boleto', ['codigo de barras']],
    ['boleto luz', ['conta de luz', 'conta de energia']],
    ['boleto agua', ['conta de agua']],
    // A password typed wrong until it locks asks to unlock the access (before "errei a", a correction).
    [
      'desbloquear acesso',
      [
        'acesso bloqueado',
        'app bloqueado',
        'aplicativo bloqueado',
        'senha bloqueada',
        'errei a senha',
        'errei minha senha',
        'senha errada',
      ],
    ],
    ['alterar', ['coloquei errado', 'digitei errado', 'errei o', 'errei a']],
    // Os quatro dígitos de um cartão são a sua senha.
    ['senha', ['quatro digitos', '4 digitos']],
    // Quantos dias antes pergunta a antecedência ("quantos dias antes tenho que encomendar").
    ['com quanta antecedencia', ['quantos dias antes', 'quanto tempo antes', 'com quantos dias']],
    // Taking the dirt or a stain off is cleaning ("como tiro a sujeira do papel?").
    [
      'limpar',
      ['tirar a sujeira', 'tiro a sujeira', 'tirar sujeira', 'tirar mancha', 'tiro a mancha', 'tirar a mancha'],
    ],
    // How long a thing takes (leva), or how many years it lasts, is how long it lasts, nothing carried
    // ("quanto tempo leva a consulta", "dura quantos anos").
    [
      'quanto tempo dura',
      [
        ...['quantos anos dura', 'dura quantos anos', 'depois de quantos anos'],
        ...['quanto tempo leva', 'leva quanto tempo', 'quanto tempo levam', 'levam quanto tempo'],
      ],
    ],
    // Money left rendendo is invested.
    [
      'investir',
      ['deixar rendendo', 'deixar o dinheiro rendendo', 'deixar meu dinheiro rendendo', 'dinheiro rendendo'],
    ],
    ['taxa', ['cobra alguma coisa', 'cobram alguma coisa', 'cobra algo', 'cobram algo', 'tem custo']],
    // Open on a day or at a time of day is the opening hours ("abre segunda?", "atendem no feriado",
    // "abrem de manhã").
    [
      'horario',
      [
        ...['abre', 'abrem', 'funciona', 'funcionam', 'atende', 'atendem', 'trabalha', 'trabalham'].flatMap((verb) => [
          ...['domingo', 'sabado', ...WEEKDAYS, 'feriado', 'fim de semana'].flatMap((day) => [
            `${verb} ${day}`,
            `${verb} no ${day}`,
            `${verb} na ${day}`,
            `${verb} aos ${day}s`,
            `${verb} nos ${day}s`,
            `${verb} nas ${day}s`,
            `${verb} as ${day}s`,
            // The day said first ("sábado vocês abrem?").
            `${day} ${verb}`,
            `${day} voces ${verb}`,
          ]),
          // The weekdays in the plural, with -feira ("abrem às segundas-feiras").
          ...FEIRAS.flatMap((day) => [`${day}s feiras`, `${day}sfeiras`]).flatMap((days) => [
            `${verb} nas ${days}`,
            `${verb} as ${days}`,
          ]),
          ...['de manha', 'pela manha', 'a tarde', 'de tarde', 'a noite', 'de noite', 'cedo'].map(
            (time) => `${verb} ${time}`,
          ),
        ]),
        'que horas abre',
        'que horas fecha',
        ...['fecha', 'fecham'].flatMap((close) => [`${close} a noite`, `${close} de noite`]),
        'que horas abrem',
        'que horas fecham',
        ...['voces', 'vcs'].flatMap((you) => [`que horas ${you} abrem`, `que horas ${you} fecham`]),
        'ate que horas',
        'abre que horas',
        'abrem que horas',
        'esta aberto',
        'estao abertos',
        'ficam abertos',
        'fica aberto',
        'ficam abertas',
        'fica aberta',
      ],
    ],
    [
      'cotacao seguro',
      ['quanto custa', 'quanto custaria', 'quanto fica', 'quanto sai'].flatMap((cost) => [
        `${cost} segurar`,
        `${cost} o seguro`,
        `${cost} um seguro`,
      ]),
    ],
    ['quanto custa', ['quanto sai', 'quanto fica', 'quanto e', 'quanto cobram']],
    // "Quanto cobra um fotógrafo" asks another's price: only "você" is the business.
    ['quanto custa', ['quanto voces cobram', 'quanto vcs cobram', 'quanto voce cobra', 'quanto vc cobra']],
    [
      'aula experimental',
      [
        ...['aula pra testar', 'aula para testar', 'aula teste', 'aula de teste'],
        ...['pra ver se gosto', 'para ver se gosto', 'pra ver se eu gosto', 'para ver se eu gosto'],
      ],
    ],
    ['online', ['pela internet', 'a distancia', 'por videochamada', 'pelo computador', 'pelo celular']],
    ['telefone', ['numero pra ligar', 'numero para ligar']],
    [
      'alinhamento',
      ['puxando', 'puxa'].flatMap((pull) =>
        ['pro lado', 'para o lado', 'pra direita', 'para a direita', 'pra esquerda', 'para a esquerda'].map(
          (side) => `${pull} ${side}`,
        ),
      ),
    ],
    ['ar condicionado', ['o ar do carro', 'ar do carro', 'climatizado', 'climatizada', 'climatizados']],
    [
      'roubado',
      [
        ...['levaram meu', 'levaram minha'],
        ...['levaram o cartao', 'levaram a carteira', 'levaram a bolsa', 'levaram o celular', 'levaram a mochila'],
      ],
    ],
    [
      'reservar data',
      [
        ...['fechar uma data', 'fechar a data', 'fechar data'],
        ...['garantir a data', 'garantir o dia', 'garantir minha data', 'garantir a minha data', 'segurar a data'],
        ...['sabado', 'domingo', 'feriado'].map((day) => `garantir o ${day}`),
        ...FEIRAS.map((day) => `garantir a ${day}`),
      ],
    ],
    // A new password (senha nova) is a password changed.
    ['trocar senha', ['senha nova', 'nova senha']],
    // A party for a child's age ("festinha de 5 anos") is a birthday, no age asked.
    [
      'aniversario',
      agesOf(
        ['festa de N anos', 'festinha de N anos', 'aniversario de N anos', 'festa dos N anos', 'festinha dos N anos'],
        1,
        99,
      ),
    ],
    // Going without eating is fasting, and whether one may eat or drink before asks whether one must.
    [
      'jejum',
      [
        ...['sem comer', 'de estomago vazio', 'sem tomar cafe'],
        ...['posso tomar cafe', 'posso comer antes', 'posso comer alguma coisa antes', 'posso tomar cafe antes'],
      ],
    ],
    // A tightness in the chest is chest pain; a scan of the heart its echo; running on a treadmill its stress test.
    ['dor no peito', ['aperto no peito', 'pressao no peito', 'peito apertado', 'dor no coracao']],
    ['ecocardiograma', ['ultrassom do coracao', 'eco do coracao', 'ecografia do coracao']],
    ['teste ergometrico', ['teste de esteira', 'exame de esteira', 'correr na esteira', 'teste na esteira']],
    // Hair falling out is hair loss.
    [
      'queda de cabelo',
      [
        ...['cabelo caindo', 'cabelo ta caindo', 'cabelo esta caindo', 'cabelo cai', 'cabelo caiu', 'caindo cabelo'],
        ...['cabelo comecou a cair', 'caindo muito cabelo', 'cabelo caindo muito'],
      ],
    ],
    // Being N months along is being pregnant.
    [
      'gestante',
      ['estou', 'to', 'tou'].flatMap((am) =>
        [...Array.from({ length: 8 }, (_, i) => `${i + 2}`), ...NUMBER_NAMES.slice(2, 10)].map(
          (months) => `${am} de ${months} meses`,
        ),
      ),
    ],
    // The weather turning (o tempo virar) is rain coming.
    ['chuva', ['o tempo virar', 'o tempo fechar', 'tempo virar', 'tempo fechar']],
    // Whether there is still time asks how far ahead one must book.
    ['antecedencia', ['ainda da tempo', 'da tempo ainda']],
    // A firma is the company one works for ("a confraternização da firma").
    ['empresa', ['da firma', 'na firma', 'minha firma', 'nossa firma']],
    // Marking a time is booking one ("tem que marcar horário?"), no question of the hours.
    [
      'agendar',
      [
        ...['marcar', 'agendar'].flatMap((book) => [`${book} horario`, `${book} um horario`, `${book} hora`]),
        ...['hora marcada', 'horario marcado'],
        // Whether there is a time for a day asks to book one ('tem horário pra amanhã?').
        ...['tem horario pra', 'tem horario para', 'tem horario na', 'tem horario no'],
      ],
    ],
    // Ter de avisar antes de ir é reservar; chegar direto, sem reservar, também pergunta se é preciso.
    [
      'reservar',
      [
        ...['avisar antes', 'avisar com antecedencia'],
        ...['chegar', 'aparecer'].flatMap((come) => [`${come} direto`, `so ${come}`, `${come} sem marcar`]),
      ],
    ],
    // Estar num aplicativo de entrega, ou pedir por ele, é entregar.
    ['entrega', ['ifood', 'rappi', 'aiqfome', 'uber eats'].flatMap((app) => [`pelo ${app}`, `via ${app}`])],
    // Comer à vontade, por um preço só, é o rodízio.
    [
      'rodizio',
      ['comer a vontade', 'coma a vontade', 'come a vontade', 'comer quanto quiser', 'comer o quanto quiser'],
    ],
    // As economias de alguém são o seu dinheiro guardado.
    ['dinheiro', ['minhas economias', 'nossas economias', 'suas economias']],
    ['visitar', ['conhecer o espaco', 'conhecer o local', 'conhecer o salao']],
    ['portabilidade', ['trazer meu numero', 'trazer o meu numero', 'trazer o numero', 'levar meu numero']],
    // O número que se traz vem de outra operadora ("meu número da vivo").
    ['numero de outra operadora', ['vivo', 'claro', 'tim', 'oi'].map((op) => `numero da ${op}`)],
    ['exame de vista', ['medir o grau', 'medir meu grau', 'medir a vista']],
    ['cobrir', ['tem cobertura', 'da cobertura', 'cobertura para', 'cobertura pra']],
    [
      'visita tecnico',
      [
        'vir na minha casa',
        'vir em casa',
        'vir aqui em casa',
        'mandar alguem',
        'mandem alguem',
        'tecnico venha',
        'tecnico vir',
        'tecnico em casa',
        'mandar um tecnico',
      ],
    ],
    [
      'segunda via',
      [
        'boleto da conta',
        'copia da conta',
        'copia da fatura',
        'outra via',
        'nova via',
        'perdi o boleto',
        'perdi a fatura',
      ],
    ],
    // What one cannot find anywhere is lost.
    ['perdido', ['em lugar nenhum', 'em nenhum lugar']],
    // A card that has just arrived is a new card to unblock (however a knowledge base says it).
    [
      'desbloquear cartao novo',
      [
        'chegou o cartao',
        'chegou meu cartao',
        'recebi o cartao',
        'recebi meu cartao',
        'cartao chegou',
        'cartao novo chegou',
        'cartao que chegou',
      ],
    ],
    [
      'compras internacionais',
      [
        'usar o cartao no exterior',
        'site de fora',
        'site gringo',
        'site internacional',
        'comprar de fora',
        'compras no exterior',
      ],
    ],
    // Whether the phone works where one travels asks for roaming.
    [
      'roaming',
      [
        'celular funciona la',
        'meu celular funciona',
        'uso o celular la',
        'usar o celular la',
        'uso meu celular la',
        'usar meu celular la',
        'vai funcionar meu celular',
        'funcionar meu celular',
      ],
    ],
    ['recarga', ['colocar credito', 'botar credito', 'por credito', 'colocar saldo', 'coloco credito', 'boto credito']],
    ['consultar saldo', ['quanto credito', 'quanto de credito', 'quanto saldo', 'quanto de saldo']],
    ['consumo de internet', ['quantos giga', 'quantos gigas', 'quanto de internet ainda', 'quantos dados']],
    [
      'bloquear ligacoes telemarketing',
      ['nao aguento mais ligacao', 'nao aguento mais ligacoes', 'empresas oferecendo'],
    ],
    ['chip novo', ['chip estragou', 'chip quebrou', 'perdi o chip', 'perdi meu chip']],
    [
      'multa fidelidade',
      ['se cancelar antes', 'cancelar antes do prazo', 'sair antes do prazo', 'pago alguma coisa se cancelar'],
    ],
    ['portabilidade numero', ['vir pra voces com meu numero', 'vir para voces com meu numero']],
    ['segunda via', ['perdi o carne', 'perdi meu carne']],
    ['segunda via cartao', ['cartao quebrou', 'cartao quebrado', 'cartao rachou', 'cartao estragou', 'cartao partiu']],
    ['fatura', ['quanto gastei', 'o que gastei', 'meus gastos do mes']],
    ['entrega', ['levam ate a minha casa', 'levam ate minha casa', 'levam o material', 'leva ate minha casa']],
    ['cuidar', ['durar mais', 'dure mais', 'durem mais', 'durarem mais']],
    ['whatsapp', ['zap', 'zapzap', 'wpp', 'whats']],
    ['doente', ['passar mal', 'passa mal', 'passou mal', 'passando mal']],
    [
      'extrato',
      [
        ...['o que entrou e saiu', 'entrou e saiu', 'entradas e saidas'],
        // The entries of an account, all of them, are its statement (one entry is a purchase).
        ...['os lancamentos', 'meus lancamentos', 'dos lancamentos'],
      ],
    ],
    [
      'cartao virtual',
      [
        ...['cartao pra comprar na internet', 'cartao para comprar na internet', 'cartao para compras online'],
        ...['so para a', 'so pra', 'so para', 'para a', 'pra', 'para'].flatMap((only) => [
          `cartao ${only} internet`,
          `cartao ${only} compras na internet`,
        ]),
      ],
    ],
    [
      'folha de pagamento',
      ['salarios dos funcionarios', 'salario dos funcionarios', 'cuidam dos salarios', 'pagamento dos funcionarios'],
    ],
    // Sem plano de saúde é particular: "quanto custa um exame sem convênio" não fala do convênio; só
    // para mim também.
    ['particular', ['sem plano', 'sem convenio', 'so pra mim', 'so para mim']],
    [
      'domicilio',
      [
        ...['nao consegue sair de casa', 'vao ate la', 'vem ate minha casa', 'vir em casa', 'atendem em casa'],
        ...['nao sai de casa', 'vao ate ele', 'vao ate ela', 'vem ate ele', 'vem ate ela'],
        ...['vem ate o apartamento', 'vem ate a casa', 'vem em casa', 'vem na minha casa', 'vem no apartamento'],
      ],
    ],
    ['polimento', ['dar brilho', 'dao brilho', 'da brilho', 'pintura fosca', 'pintura opaca']],
    ['poda', ['cortar galho', 'cortar o galho', 'cortar a arvore', 'galho caindo', 'arvore caindo']],
    ['coleta de lixo', ['caminhao do lixo', 'lixeiro', 'recolhem o lixo', 'passa o lixo']],
    ['', ['fiquei doente']],
    // Por conta da casa é incluído no preço, não uma conta.
    // Pintar o cabelo ou a barba é tingi-los (pintar um apartamento não é).
    [
      'pigmentacao',
      ['pintar', 'pintam', 'pinta', 'pinto'].flatMap((verb) =>
        ['a barba', 'o cabelo', 'barba', 'cabelo', 'os cabelos'].map((hair) => `${verb} ${hair}`),
      ),
    ],
    ['taxa de entrega', ['cobram pra entregar', 'cobram para entregar', 'cobra pra entregar', 'cobra para entregar']],
    // Leaving a gym or a plan, or putting an end to a thing ("dar fim na conta"), cancels it.
    [
      'cancelar',
      [
        ...['sair da academia', 'sair do plano', 'sair da escola'],
        ...['dar fim na', 'dar fim no', 'dar um fim na', 'dar um fim no'],
      ],
    ],
    ['avaliacao fisica', ['bioimpedancia']],
    ['tirar a cnh', ['tirar a carta', 'tirar carta', 'tirar minha carta']],
    [
      'incluido',
      [
        ...['por conta de voces', 'por conta da casa', 'por conta do hotel', 'por conta da escola'],
        ...['entra no valor', 'entra no preco', 'entram no valor', 'entram no preco'],
      ],
    ],
    // Ir andando até um lugar é ficar perto dele.
    ['perto', ['ir andando', 'ir a pe', 'vou andando', 'vou a pe']],
    ['fechadura digital', ['fechadura eletronica', 'fechadura inteligente', 'fechadura biometrica']],
    ['', ['acho que', 'eu acho que', 'creio que']],
    ['apolice', ['documentos do seguro', 'contrato do seguro']],
    ['volta ao estoque', ['quando chega mais', 'vai voltar ao estoque', 'vai ter de novo', 'quando repoe']],
    ['retirar na loja', ['buscar o pedido', 'retirar o pedido na loja', 'pegar o pedido na loja']],
    ['rematricula', ['renovo a matricula', 'renovar minha matricula']],
    ['declaracao de matricula', ['comprovante de que sou aluno', 'declaracao de aluno']],
    ['checkin', ['entrar no quarto', 'pegar o quarto', 'receber o quarto']],
    [
      'estacionamento',
      [
        'deixar o carro',
        'deixo o carro',
        'parar o carro',
        'paro o carro',
        'param o carro',
        'estacionar o carro',
        'onde estaciono',
      ],
    ],
    // Whether one pays or is charged anything asks whether it is free ("paga alguma coisa pra avaliar?").
    [
      'gratis',
      [
        ...['de graca', 'sem custo'],
        ...['paga', 'pago', 'pagar', 'cobram', 'cobra'].map((charged) => `${charged} alguma coisa`),
      ],
    ],
    ['preco', ['preco da diaria', 'valor da diaria', 'quanto e a diaria', 'quanto custa a diaria']],
    ['formacao', ['qualificado', 'qualificada', 'qualificados', 'qualificadas', 'capacitado', 'capacitada']],
    ['fim de semana', ['sabado e domingo', 'sabados e domingos']],
    ['familia', ['adultos e duas criancas', 'adultos e criancas', 'casal com filhos']],
    ['bolsa', ['ajuda para estudar', 'auxilio para estudar']],
    ['trocar produto', ['tamanho errado', 'outro tamanho', 'trocar o tamanho']],
    ['cashback', ['dinheiro de volta nas compras', 'dinheiro de volta na compra', 'dinheiro de volta das compras']],
    // How one may pay asks how to pay, as does whether a way is taken ("aceitam pix?"), a card's brand too.
    [
      'como pagar',
      [
        'formas de pagamento',
        'formas de pagar',
        'meios de pagamento',
        'opcoes de pagamento',
        ...['aceitam', 'aceita'].flatMap((take) =>
          [
            ...['pix', 'cartao de credito', 'cartao de debito', 'credito', 'debito', 'cartao', 'boleto', 'visa'],
            ...['elo', 'master', 'mastercard', 'hipercard', 'amex'],
          ].map((way) => `${take} ${way}`),
        ),
        // Paying with a card asks whether it is taken.
        ...['pagar', 'pago', 'pagamos'].flatMap((pay) =>
          ['no cartao de credito', 'no cartao de debito', 'no credito', 'no debito'].map((way) => `${pay} ${way}`),
        ),
        ...['passam', 'passa', 'passar'].flatMap((take) =>
          ['no debito', 'no credito', 'cartao'].map((way) => `${take} ${way}`),
        ),
      ],
    ],
    ['reembolso', ['dinheiro de volta', 'recebo de volta', 'receber de volta']],
    [
      'credenciado',
      [
        'atendem pelo plano',
        'atende pelo plano',
        'aceitam o plano',
        'aceita o plano',
        'aceitam meu plano',
        'aceita meu plano',
      ],
    ],
    ['carencia', ['esperar para usar', 'esperar pra usar', 'comecar a usar o plano', 'comecar a usar']],
    ['biometria', ['com a digital', 'com minha digital', 'com a minha digital']],
    ['cobre', ['o plano paga', 'o seguro paga', 'o convenio paga']],
    // Leaving a plan or a gym is cancelling it.
    ...['plano', 'academia', 'convenio', 'seguro', 'curso', 'clube', 'natacao', 'escolinha'].map(
      (thing) => [`cancelar ${thing}`, [`sair do ${thing}`, `sair da ${thing}`]] as const,
    ),
    ['transferir nome', ['para o meu nome', 'pro meu nome', 'para meu nome']],
    ['religar', ['voltar a ter', 'volto a ter', 'volta a ter'].flatMap((back) => [`${back} luz`, `${back} energia`])],
    ['seguro cobre', ['seguro paga', 'seguro inclui', 'seguro esta incluido']],
    [
      'prazo entrega',
      [
        ...['quantos dias chega', 'quantos dias demora', 'quanto tempo demora para chegar', 'demora para chegar'],
        ...[
          'quantos dias pra chegar',
          'quantos dias para chegar',
          'quanto tempo pra chegar',
          'quanto tempo para chegar',
        ],
        'demora pra chegar',
        ...['quanto tempo voces chegam', 'quanto tempo vcs chegam', 'quanto tempo voces levam para chegar'],
      ],
    ],
    [
      'atrasado',
      [
        'demorando demais',
        'demorando muito',
        'ta demorando',
        'esta demorando',
        'estou devendo',
        'to devendo',
        'em atraso',
        'estou em atraso',
        'nao chegou ainda',
        'ainda nao chegou',
        'esta atrasado',
        'esta atrasada',
        'atrasou',
      ],
    ],
    [
      'produto diferente',
      [
        ...['produto errado', 'item errado', 'mandaram errado', 'veio errado'],
        ...['veio outra coisa', 'veio outro produto', 'chegou outra coisa', 'chegou outro produto'],
      ],
    ],
    ['tamanho', ['ficou pequeno', 'ficou pequena', 'ficou grande', 'ficou apertado', 'ficou largo', 'nao serviu']],
    [
      'parcelar',
      [
        'dividir no cartao',
        'dividir o pagamento',
        'dividir em',
        'quebrar em',
        ...['pagamento dividido', 'pagar dividido', 'dividido no cartao'],
        'pagar em vezes',
        'em varias vezes',
        'em algumas vezes',
        // In 2 to 24 times, or in some 5 times ("em umas 5 vezes").
        ...['em', 'em umas'].flatMap((in_) => Array.from({ length: 23 }, (_, i) => `${in_} ${i + 2} vezes`)),
      ],
    ],
    ['cancelar', ['nao vou conseguir ir', 'nao vou poder ir', 'nao posso ir', 'nao consigo ir']],
    ['restauracao', ['carie', 'caries', 'obturacao', 'obturar', 'tapar um buraco no dente']],
    ['', ['deste mes', 'desse mes', 'este mes', 'esse mes', 'semana que vem', 'mes que vem']],
    ['newsletter', ['ofertas por email', 'ofertas por e mail', 'receber ofertas']],
    ['registrar ponto', ['bater o ponto', 'bater ponto', 'bati o ponto', 'marcar o ponto', 'marcar ponto']],
    [
      'adiantamento salario',
      ['vale do salario', 'parte do salario antes', 'salario antes do dia', 'receber antes do dia'],
    ],
    ['excluir conta', ['apagar meu cadastro', 'excluir meu cadastro', 'apagar minha conta', 'deletar minha conta']],
    ['retirar na loja', ['buscar pessoalmente', 'pegar pessoalmente', 'retirar pessoalmente', 'buscar na loja']],
    ['sinal', ['sem area', 'fora de area', 'fora da area']],
    [
      '',
      ['existe alguma forma de', 'tem alguma forma de', 'alguma forma de', 'existe algum jeito de', 'algum jeito de'],
    ],
    // Not wanting a thing any more is ending it (after the longer idioms that say more).
    [
      'cancelar',
      [
        'parar de pagar',
        'parar as aulas',
        'nao quero mais pagar',
        // Not renewing or going on with a thing is ending it, not renewing it.
        'nao quero renovar',
        'nao vou renovar',
        'nao pretendo renovar',
        'nao quero continuar',
        'sair da faculdade',
        'largar a faculdade',
        'largar o curso',
        'desistir do curso',
        'desistir da faculdade',
        'nao quero mais',
      ],
    ],
    // A number changed is a phone number to update ("troquei de número de celular").
    ['alterar telefone', ['troquei de numero', 'mudei de numero', 'troquei meu numero', 'mudei meu numero']],
    // How a thing is done, through the app, says little of what is asked ("pagar um boleto pelo app").
    ['', ['pelo app', 'pelo aplicativo', 'via app', 'via aplicativo', 'no site', 'pelo site', 'pela internet']],
    [
      'retorno',
      [
        'sistema se paga',
        'se paga em',
        'se paga sozinho',
        'recuperar o investimento',
        'recupero o investimento',
        'recupero o dinheiro',
        'recuperar o dinheiro',
      ],
    ],
    // Where the asker is says little of what is asked ("estou sem sinal em casa"); a house itself may be.
    ['', ['em casa', 'na minha casa', 'la em casa', 'aqui em casa', 'pra casa', 'para casa', 'na casa']],
    // The span a statement covers says little of what is asked ("o extrato dos últimos 30 dias"); in
    // months, no more than a month (an answer may say "dos últimos três meses" of what it keeps).
    ['', LAST_SPANS.map((span) => `${span} dias`)],
    ['mes', LAST_SPANS.map((span) => `${span} meses`)],
    [
      'reconhecimento de firma',
      [
        'reconhecer a assinatura',
        'reconhecer assinatura',
        'reconhecimento de assinatura',
        'reconhecer minha assinatura',
      ],
    ],
    [
      'testamento',
      ['quando eu morrer', 'depois que eu morrer', 'quando eu falecer', 'deixar meus bens', 'deixar os bens'],
    ],
    ['uniao estavel', ['moro junto', 'moramos juntos', 'morar junto', 'morar juntos', 'oficializar a uniao']],
    ['bagagem extra', ['mais uma mala', 'outra mala', 'mala a mais', 'mala extra']],
    [
      'remarcar o voo',
      ['mudar', 'alterar', 'trocar'].flatMap((change) => [`${change} a data da viagem`, `${change} a data do voo`]),
    ],
    [
      'mala extraviada',
      [
        'bagagem nao chegou',
        'mala nao chegou',
        'mala sumiu',
        'bagagem sumiu',
        'perderam minha mala',
        'perderam minha bagagem',
      ],
    ],
    [
      'escolher assento',
      ['sentar na janela', 'sentar no corredor', 'lugar na janela', 'lugar no corredor', 'janelinha'],
    ],
    ['perdi a aula', ['faltei na aula', 'faltei a aula', 'aula que faltei', 'aulas que faltei']],
    // Gente grande são adultos; dizer a idade de adulto e perguntar se ainda pode pergunta o que há para
    // adultos ("tenho 40 anos, posso aprender?"); dita só, pergunta a idade ("tenho 35 anos, já preciso
    // fazer mamografia?").
    ['adultos', ['gente grande', ...adultAges(['tenho N anos posso', 'tenho N anos consigo', 'tenho N anos ainda'])]],
    ['encomenda', ['chegou um pacote', 'chegou algum pacote', 'chegou pacote', 'chegou uma caixa']],
    ['bloquear cartao', ['travar o cartao', 'travar meu cartao', 'travar o meu cartao']],
    ['faltar', ['nao conseguir ir', 'nao puder ir', 'nao conseguir comparecer']],
    ['resgatar', ['tirar o dinheiro do', 'tirar meu dinheiro do', 'sacar o dinheiro do']],
    [
      'portabilidade de credito',
      ['trazer meu emprestimo', 'trazer o emprestimo', 'trazer minha divida', 'levar meu emprestimo'],
    ],
    ['sem gluten', ['celiaco', 'celiaca']],
    ['roupa', ['calca', 'saia', 'vestido', 'legging', 'shorts', 'bermuda', 'chinelo', 'blusa']],
    // Being at university is being a student.
    [
      'estudante',
      ['universitario', 'universitaria', 'universitarios', 'universitarias', 'faco faculdade', 'estou na faculdade'],
    ],
    ['refeicao', ['pipoca', 'pipocas', 'salgadinho', 'salgadinhos', 'chocolate', 'doces', 'refrigerante', 'lanche']],
    ['alterar a data', ['adiar']],
    ['parcelar a fatura', ['pagar a fatura inteira', 'pagar o total da fatura', 'pagar a fatura toda']],
    ['adaptar', ['acostumei', 'acostumar']],
    // Working somewhere is serving there ("vocês trabalham em Itajaí?").
    ['atender', ['trabalham em', 'trabalham na', 'trabalham no']],
    // Whom money goes to is no person to talk to ("pix pra outra pessoa"); buying in quantity is
    // buying wholesale.
    [
      '',
      [
        ...['para', 'pra'].flatMap((to) => [`${to} outra pessoa`, `${to} outras pessoas`]),
        ...['para a pessoa', 'pra a pessoa', 'pra pessoa'],
      ],
    ],
    ['atacado', ['grande quantidade', 'em quantidade', 'muitas unidades']],
    ['prazo', ['fica pronto', 'fica pronta', 'ficar pronto', 'ficar pronta']],
    ['distancia da praia', ['perto do mar', 'longe do mar', 'perto da praia', 'longe da praia']],
    ['idade', childAges(['tem N anos', 'tem N ano', 'de N anos', 'de N ano', 'com N anos', 'com N ano'], NUMBER_NAMES)],
    // A child's age said without "anos" ("meu filho tem 13"), read as with it ("filho tem 13 anos").
    ['filho idade', childAges(['filho tem N', 'filha tem N', 'filhos tem N', 'filhas tem N'], NUMBER_NAMES)],
    // Uma idade de 60 anos ou mais pergunta o que há para idosos.
    ['idoso', olderAges(['tem N anos', 'tenho N anos', 'de N anos', 'com N anos'])],
    // Um cinema: o que passa é o que está em cartaz; "tem meia" é a meia-entrada.
    ['', ['na vida', 'em toda a minha vida', 'em toda minha vida']],
    // Um banco: pôr dinheiro na conta é depositar, dividir a fatura é parcelar, quem me paga é o que recebo.
    ['deposito', ['colocar dinheiro', 'coloco dinheiro', 'botar dinheiro', 'boto dinheiro', 'por dinheiro']],
    ['parcelar', ['dividir a fatura', 'da pra dividir', 'dividir em vezes', 'dividir o valor', 'dividir o total']],
    ['receber', ['alguem me pagar', 'me pagarem', 'para me pagarem', 'pra me pagarem']],
    ['limite disponivel', ['quanto ainda posso gastar', 'quanto sobrou de limite', 'quanto tenho de limite']],
    // Uma agência de empregos: contratar é anunciar uma vaga, o primeiro emprego é o de aprendiz.
    ['anunciar vaga', ['contratar um funcionario', 'contratar funcionarios', 'preciso contratar', 'estou contratando']],
    ['jovem aprendiz', ['primeiro emprego', 'meu primeiro trabalho']],
    ['vagas temporarias', ['so pro natal', 'so para o natal', 'so no fim de ano', 'so nas ferias']],
    // Um salão: fazer as unhas é a manicure, cera a depilação; um seguro: o que se paga no sinistro é a franquia.
    ['manicure', ['fazer as unhas', 'fazer a unha', 'pintar as unhas', 'fazer o pe e a mao', 'fazer pe e mao']],
    ['depilacao', ['cera nas pernas', 'cera na perna', 'depilar', 'tirar os pelos']],
    ['franquia', ['quanto pago se der sinistro', 'quanto eu pago se der sinistro', 'quanto pago se bater o carro']],
    ['renovar', ['como continuo com o seguro', 'continuar com o seguro', 'meu seguro vence']],
    // Por uns dias é temporariamente; tirar o dinheiro da aplicação é resgatá-lo.
    ['temporariamente', ['so por uns dias', 'por uns dias', 'por alguns dias', 'so por um tempo']],
    ['resgatar', ['tirar o dinheiro da aplicacao', 'tirar dinheiro da aplicacao', 'tirar o dinheiro do investimento']],
    // Uma pizzaria: buscar o pedido é retirá-lo; a camisa do time é o uniforme.
    [
      'retirar',
      [
        'vir buscar',
        'vem buscar',
        'venham buscar',
        'passar pra buscar',
        'passar para buscar',
        'buscar a pizza',
        'buscar o pedido',
        'buscar ai',
        'pegar ai',
        ...['passar ai e buscar', 'passo ai e busco', 'passar ai pra buscar', 'passo ai pra buscar'],
        'buscar no local',
      ],
    ],
    ['uniforme', ['camisa do time', 'camisa da escolinha', 'roupa do treino']],
    [
      'iniciante',
      [
        ...[
          ...['fiz', 'dancei', 'nadei', 'treinei', 'pratiquei', 'joguei', 'lutei', 'saltei', 'pulei'],
          ...['remei', 'surfei', 'mergulhei', 'pedalei', 'escalei', 'andei', 'montei', 'toquei', 'voei'],
          ...['plantei', 'cozinhei', 'costurei', 'pintei', 'desenhei', 'cantei'],
        ].map((done) => `nunca ${done}`),
        // Whether experience is needed asks what there is for beginners.
        ...['preciso ter experiencia', 'precisa ter experiencia', 'preciso de experiencia', 'precisa de experiencia'],
      ],
    ],
    ['chuveiro', ['tomar banho']],
    ['aula particular', ['so eu e o professor', 'so eu e a professora', 'so eu e o instrutor', 'so eu e a instrutora']],
    ['casamento', ['vou casar', 'vou me casar', 'vamos casar', 'vamos nos casar', 'noivos', 'noiva', 'noivo']],
    ['par', ['parceiro', 'parceira', 'ir sozinho', 'ir sozinha', 'vir sozinho', 'vir sozinha']],
    ['em cartaz', ['esta passando', 'estao passando', 'ta passando', 'tao passando', 'vai passar', 'vao passar']],
    [
      'meia entrada',
      [
        ...['tem meia', 'paga meia', 'pagam meia', 'pago meia', 'direito a meia'],
        ...['pago metade', 'paga metade', 'pagam metade', 'pagar metade', 'metade do preco'],
      ],
    ],
    // A máquina fotográfica é a câmera.
    ['camera', ['maquina fotografica', 'maquinas fotograficas']],
    ['comprar ingresso', ['comprar entrada', 'comprar entradas', 'compro entrada', 'compro entradas']],
    // "De vez" é para sempre, o que nada diz do que se pede ("fechar a conta de vez"); uma carteira
    // perdida é o cartão perdido que estava nela, e o cartão que estava numa bolsa é o cartão.
    ['', ['de vez em quando', 'de uma vez por todas', 'de uma vez', 'de vez', 'para sempre']],
    [
      'perdi meu cartao',
      [
        ...['perdi minha carteira', 'perdi a carteira', 'roubaram minha carteira', 'roubaram a carteira'],
        // Bater a carteira é furtá-la; esquecer a bolsa ou a carteira em algum lugar é perdê-la.
        ...['bateram minha carteira', 'bateram a minha carteira', 'bateram a carteira', 'furtaram minha carteira'],
        ...['esqueci a bolsa', 'esqueci minha bolsa', 'esqueci a carteira', 'esqueci minha carteira'],
        // A bag or backpack stolen took the card that was in it.
        ...['roubaram minha mochila', 'roubaram a mochila', 'roubaram minha bolsa', 'roubaram a bolsa'],
      ],
    ],
    // Giving a thing as a present to someone is a gift voucher ("um salto de presente pro meu namorado").
    ['vale presente', ['de presente pra', 'de presente pro', 'de presente para']],
    // A company's logo is its logomarca (not "logo" alone: it is also "soon"); plus size is a large size.
    [
      'logomarca',
      [
        'logo da empresa',
        'logo da minha empresa',
        'logotipo',
        ...['o', 'a', 'meu', 'nosso', 'com'].map((a) => `${a} logo`),
      ],
    ],
    ['tamanho grande', ['plus size', 'tamanho plus']],
    // Getting hurt, or what does harm ("essa radiação faz mal?"), asks whether it is dangerous.
    ['perigoso', ['se machucar', 'me machucar', 'se machuca', 'se machucam', 'faz mal', 'fazem mal', 'fazer mal']],
    // Moving house asks for the address.
    ['endereco', ['troquei de casa', 'mudei de casa']],
    // A garden's design is landscaping; a fruit tree named ("pé de limão") a fruit tree; whether the
    // chat or the phone works at an hour asks the opening hours.
    ['paisagismo', ['de', 'do', 'pro', 'pro meu', 'para o'].map((of) => `projeto ${of} jardim`)],
    [
      'arvore frutifera',
      ['limao', 'laranja', 'manga', 'goiaba', 'jabuticaba', 'acerola', 'abacate', 'fruta'].map(
        (fruit) => `pe de ${fruit}`,
      ),
    ],
    ['horario de atendimento', ['o chat funciona', 'o telefone funciona', 'chat funciona']],
    // What protects from the sun is UV protection; a fisherman's card is the fishing licence.
    ['protecao uv', ['protege do sol', 'proteger do sol', 'protecao solar']],
    ['licenca de pesca', ['carteira de pescador', 'carteirinha de pescador', 'carteira de pesca']],
    // A building's manager (síndico) or the whole building asks for the condominium.
    ['condominio', ['sou sindico', 'sou sindica', 'predio todo', 'predio inteiro']],
    // A card's brand is a card ("paguei no mastercard"; Visa, Elo and Master only after aceita(m),
    // above), as is a card inside what was lost.
    [
      'cartao',
      ['mastercard', 'hipercard', 'amex', 'com o cartao dentro', 'com os cartoes dentro', 'com meus cartoes dentro'],
    ],
    // An exam that came out asks for its result.
    ['resultado', ['saiu o exame', 'saiu meu exame', 'exame ja saiu', 'exame saiu']],
  ],
  courtesies: [
    ['ola', 'oi', 'oie', 'bom dia', 'boa tarde', 'boa noite', 'e ai', 'salve'],
    ['obrigado', 'obrigada', 'valeu', 'vlw', 'obg', 'brigado', 'brigada', 'agradeco', 'grato', 'grata'],
    ['tchau', 'ate logo', 'ate mais', 'adeus', 'falou'],
  ],
  modifiers: { before: [], after: ['de', 'do', 'da', 'dos', 'das', 'sobre', 'no', 'na', 'nos', 'nas'] },
  letter: {
    openings: [
      'prezado',
      'prezada',
      'prezados',
      'prezadas',
      'caro',
      'cara',
      'caros',
      'ola',
      'oi',
      'bom dia',
      'boa tarde',
      'boa noite',
    ],
    closings: [
      ...['atenciosamente', 'att', 'cordialmente', 'abracos', 'abraco', 'abs', 'um abraco', 'grato', 'grata'],
      ...[
        'obrigado',
        'obrigada',
        'desde ja agradeco',
        'agradeco desde ja',
        'aguardo retorno',
        'aguardo',
        'beijos',
        'bjs',
      ],
    ],
  },
  determiners: [
    ...['o', 'a', 'os', 'as', 'um', 'uma', 'meu', 'minha', 'meus'],
    ...['minhas', 'seu', 'sua', 'esse', 'essa', 'este', 'esta', 'nosso', 'nossa'],
  ],
  articles: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas'],
  fusedArticles: ['do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'pelo', 'pela', 'pelos', 'pelas', 'ao', 'aos'],
  price: 'preco',
  without: ['sem'],
  reasons: ['porque', 'pq', 'pois', 'ja que', 'para poder', 'pra poder', 'para comprovar', 'pra comprovar'],
  mishaps: {
    said: ['perdido', 'roubado'],
    scene: ['no', 'na', 'nos', 'nas', 'num', 'numa', 'em'],
    of: ['do', 'da', 'dos', 'das', 'de'],
  },
  elsewhere: [
    ...['prefeitura', 'detran', 'inss', 'policia', 'poupatempo', 'cartorio', 'embaixada', 'consulado'],
    ...['netflix', 'spotify', 'youtube', 'globoplay', 'facebook', 'instagram', 'tiktok', 'twitter', 'gmail', 'hotmail'],
    ...['amazon', 'shopee', 'ifood', 'uber', 'airbnb', 'shein', 'aliexpress', 'magalu'],
    ...['nubank', 'picpay', 'latam'],
    // As concessionárias de água, luz e gás.
    ...['sabesp', 'enel', 'cemig', 'copel', 'comgas', 'sanepar', 'copasa'],
    // Transportadoras: uma loja que envia por uma diz o nome dela.
    ...['sedex', 'jadlog', 'loggi', 'dhl', 'fedex'],
    // Taxes are paid to the state.
    ...['ipva', 'iptu', 'dpvat'],
    // Institutions and bodies other businesses' customers name ("a mensalidade da USP").
    ...['faculdade', 'universidade', 'escola', 'hospital', 'booking', 'usp', 'fies', 'ministerio'],
    // The public health service.
    ...['sus', 'samu'],
    // Outros lugares aonde se vai ("a farmácia abre que horas"), se a base nunca os nomeia.
    ...['farmacia', 'mercado', 'supermercado', 'museu', 'zoologico', 'aeroporto'],
    ...['taxi', 'onibus', 'metro', 'trem', 'voo'],
  ],
  yours: ['vosso', 'vossa', 'vossos', 'vossas'],
  // Uma venda (de qualquer lado), um aluguel, um conserto, uma limpeza, uma instalação.
  services: {
    groups: [
      ['vender', 'comprar'],
      ['alugar', 'locar'],
      ['consertar', 'reparar', 'arrumar'],
      ['limpar', 'lavar'],
      ['instalar'],
    ],
    kindAfter: ['de', 'para', 'pra'],
    sale: {
      buy: 'comprar',
      sell: 'vender',
      business: ['voces', 'voce', 'vcs', 'vc'],
      businessForms: /^(?:compram|vendem|vende|comprariam|venderiam)$/,
      nouns: /^(?:compra|compras|venda|vendas)$/,
    },
  },
  businesses: [
    [['detran'], ['cnh', 'habilitacao', 'licenciamento', 'placa', 'multa', 'vistoria']],
    [
      ['banco'],
      [
        'cheque especial',
        'poupanca',
        'conta corrente',
        'cdb',
        'consignado',
        'emprestimo',
        'extrato',
        'saque',
        'rendimento',
      ],
    ],
    [
      ['faculdade', 'universidade'],
      ['vestibular', 'rematricula', 'semestre', 'disciplina', 'diploma', 'campus', 'tcc'],
    ],
    [
      ['escola', 'colegio'],
      ['uniforme', 'material escolar', 'boletim', 'reuniao de pais', 'serie'],
    ],
    [
      ['hospital', 'clinica'],
      ['paciente', 'internacao', 'pronto socorro', 'exame', 'prontuario'],
    ],
    [['academia'], ['musculacao', 'personal', 'treino', 'aula experimental', 'armario']],
    [
      ['hotel', 'pousada'],
      ['cafe da manha', 'check in', 'check out', 'hospede', 'diaria'],
    ],
    [
      ['farmacia', 'drogaria'],
      ['receita', 'remedio', 'generico', 'farmaceutico'],
    ],
    [['operadora'], ['chip', 'recarga', 'portabilidade', 'roaming', 'pre pago']],
    [['imobiliaria'], ['inquilino', 'fiador', 'vistoria', 'aluguel', 'proprietario']],
    [['condominio'], ['sindico', 'portaria', 'assembleia', 'salao de festas', 'morador']],
    [['prefeitura'], ['iptu', 'alvara', 'coleta de lixo', 'buraco na rua']],
  ],
  where: ['internacional'],
  currencies: ['real', 'reais', 'dolar', 'dolares', 'euro', 'euros', 'centavos', 'pila', 'pilas', 'conto', 'contos'],
  states: [
    'personalizado',
    // Used and rare say how a thing is ("carros usados", "selos raros"), not what it is.
    'usado',
    'usada',
    'raro',
    'rara',
    // Electronic says how a thing works ("portão eletrônico", "fechadura eletrônica").
    'eletronico',
    'eletronica',
    'lento',
    'lenta',
    'rapido',
    'rapida',
    'disponivel',
    'aberto',
    'aberta',
    'fechado',
    'fechada',
    'atrasado',
    'atrasada',
    'errado',
    'errada',
    'quebrado',
    'quebrada',
    'perdido',
    'perdida',
    'roubado',
    'roubada',
    'bloqueado',
    'bloqueada',
    'gratis',
    'gratuito',
    'possivel',
    'caro',
    'cara',
    'barato',
    'barata',
    'vencido',
    'vencida',
    'indisponivel',
    'danificado',
    'danificada',
    'ativo',
    'ativa',
    'valido',
    'valida',
    'expirado',
    'expirada',
    'incluido',
    'incluida',
    'seguro',
    'segura',
  ],
  forms: [
    [/^(o )?que e (um|uma)\b/, 'general'],
    [/^(o )?que (e|sao)\b/, 'define'],
    [/^(o )?que\b/, 'what'],
    [/^quant[oa]s?\b/, 'amount'],
    // How a thing works asks what it is like, not a way to do it.
    [/^como funcionam?\b/, 'works'],
    [/^como\b/, 'how'],
    [/^(onde|aonde|cade)\b/, 'where'],
    [/^quem\b/, 'who'],
    [/^quando\b/, 'when'],
    [/^por ?que\b/, 'why'],
    [/^(qual|quais)\b/, 'which'],
    [/^(posso|pode|podem|consigo)\b/, 'can'],
  ],
  whatToDo: ['o que faço', 'o que eu faço', 'o que devo fazer', 'o que eu devo fazer', 'o que fazer', 'como proceder'],
  yourself: ['eu mesmo', 'eu mesma', 'sozinho', 'sozinha', 'em casa'],
  // O melhor dia, jeito ou horário de fazer algo pergunta quando ou como, não qual coisa.
  choosing: [
    /\bqual (e )?(o|a|os|as) (melhor|melhores|mais barat[oa]s?)\b(?! (dia|dias|jeito|forma|maneira|hora|horario|momento)\b)/,
    /\b(qual|quais|que) \w+( \w+)? (e|sao|eh) (o |a |os |as )?(melhor|melhores|mais barat[oa]s?)\b/,
    /\b(qual|que) \w+( \w+)? (eu )?(compro|devo comprar|escolho|devo escolher)\b/,
    /\b(me )?recomenda(m)? (um|uma|algum|alguma)\b/,
  ],
};
