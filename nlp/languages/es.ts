import { StemmerEs, StopwordsEs } from '@nlpjs/lang-es';
import { adultAges, agesOf, childAges, formsOf, olderAges, type Language } from './language.js';

/** Numbers from two to seventeen said in words, by value ("estoy de seis meses"). */
const NUMBER_NAMES = [
  ...['', '', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  ...['trece', 'catorce', 'quince', 'dieciseis', 'diecisiete'],
];

export const spanish: Language = {
  stemmer: () => new StemmerEs(),
  stopwords: [
    'somos',
    ...['conmigo', 'contigo', 'mientras'],
    ...Object.keys(new StopwordsEs().dictionary),
    // The library's list is short: verbs of being, pronouns, determiners and chat shorthand.
    ...['es', 'son', 'esta', 'estan', 'estoy', 'estar', 'ser', 'soy', 'fue', 'era', 'hay', 'mis', 'tu', 'dentro'],
    // "Os" is you, said to several ("¿os puedo llamar?").
    'os',
    // Forms of 'estar' its irregular forms would bring to it past the stop list.
    ...['estamos', 'esten', 'estes', 'estaba', 'estaban', 'estuve', 'estuvo', 'estuviera', 'estuviese'],
    ...['estara', 'estaran', 'estaria', 'estarian'],
    ...['tus', 'este', 'estos', 'estas', 'esto', 'esa', 'esos', 'esas', 'aqui', 'ahi', 'alli', 'algo'],
    ...[
      'alguno',
      'alguna',
      'algunos',
      'algunas',
      'todo',
      'toda',
      'todos',
      'todas',
      'usted',
      'ustedes',
      'entero',
      'entera',
    ],
    ...['yo', 'ellos', 'ellas', 'nosotros', 'vosotros', 'les', 'entonces', 'pues', 'aun', 'todavia'],
    ...['si', 'mas', 'cada', 'otra', 'otros', 'otras', 'mio', 'mia', 'tuyo', 'nuestro', 'nuestra'],
    ...['q', 'xq', 'pq', 'unos', 'unas', 'tan', 'ha', 'he', 'han', 'has', 'hemos', 'habeis', 'haber', 'sido'],
    ...['algun'],
    // Going to do a thing is doing it ("voy a necesitar", "vamos a ser 10"): the verb says when, not what.
    ...['voy', 'vas', 'va', 'vamos', 'van'],
    ...['ya', 'nada', 'nadie', 'ahora', 'hoy', 'vez', 'ni', 'asi', 'aca', 'alla'],
    // "Solo" is only ("¿o solo en efectivo?"), whose stem would be the sun's ("sol").
    'solo',
    ...['tmb', 'tb', 'tambien', 'tmbn'],
    ...['vuestro', 'vuestra', 'vuestros', 'vuestras', 'nuestros', 'nuestras', 'tuya', 'mios', 'mias'],
  ],
  asking: [
    ...['por', 'favor', 'gracias', 'hola', 'buenos', 'buenas', 'quiero', 'kiero', 'kero'],
    ...['quisiera', 'queria', 'saber', 'necesito', 'puedo', 'puede', 'pueden', 'podria', 'alguien'],
    ...['podemos', 'podeis', 'podrias', 'podriamos', 'necesitamos', 'necesitariamos', 'queremos', 'quisieramos'],
    ...['ayuda', 'ayudar', 'duda', 'hacer', 'hago', 'tengo', 'tiene', 'explicar', 'informar'],
    // Forms of the verbs of asking, and greetings.
    ...['sabe', 'sabia', 'quiere', 'necesita', 'necesitaba', 'puedes', 'podrias', 'podrian', 'intentando'],
    ...['intente', 'bien', 'disculpa', 'disculpe', 'perdon', 'senor', 'senora', 'pregunta', 'rapida'],
    ...[
      'estimado',
      'estimada',
      'estimados',
      'estimadas',
      'senores',
      'atentamente',
      'saludo',
      'saludos',
      'cordialmente',
      'antemano',
      ...['porfa', 'plis', 'pfa', 'xfa', 'grax', 'sabes', 'sabrian', 'sabria', 'oye', 'oiga'],
    ],
    ...[
      'agradezco',
      'agradeceria',
      'gustaria',
      'preguntar',
      'pregunto',
      'consultar',
      'molestia',
      'decir',
      'digan',
      'indicar',
    ],
    ...['indiquen', 'seria', 'posible', 'equipo', 'amable', 'amables', 'atento', 'atenta', 'tal'],
  ],
  questionWords: ['cuando', 'donde', 'porque', 'quien', 'cual', 'cuales', 'cuanto', 'cuantos', 'como'],
  light: [
    // Before and after say when, not what ("probarla antes de comprarla").
    ...['antes', 'despues'],
    // Where in a home a thing happens ("en la cocina", "del lavabo").
    ...['cocina', 'bano', 'lavabo', 'fregadero', 'aseo'],
    // "El servicio" is what a customer has, whatever it is ("quejarme del servicio").
    ...['servicio', 'servicios'],
    // The story around a question: feelings, when, who.
    ...['preocupado', 'preocupada', 'harto', 'harta', 'enfadado', 'enfadada', 'ultimamente', 'recientemente'],
    ...['casi', 'cliente', 'antiguo', 'antigua', 'viejo', 'vieja', 'ciudad'],
    // Whether a thing works asks about the thing ("¿funciona el móvil allí?"), as "work" in English.
    ...['funcionar', 'funciona', 'funcionando', 'funcionara'],
    ...[
      'hacer',
      'hago',
      'tener',
      'usar',
      'ver',
      'ir',
      'dar',
      'poner',
      'mandar',
      'venir',
      'decir',
      'encontrar',
      'ofrecer',
      'mirar',
    ],
    ...['nuevo', 'nueva', 'bueno', 'mejor', 'cosa', 'dia', 'hoy', 'manana', 'cerca', 'lejos', 'como', 'donde'],
    ...['cual', 'quien', 'mas', 'menos', 'otro', 'grande', 'pequeno', 'conseguir', 'llegar', 'recibir'],
    ...['mes', 'semana', 'ano', 'ayer', 'pasado', 'pasada', 'anterior', 'ultimo', 'ultima', 'actual'],
    ...['mensual', 'anual', 'primero', 'proximo'],
    // Amounts say how much of a thing, not which thing.
    ...['dos', 'tres', 'cuatro', 'cinco', 'diez', 'cien', 'mil'],
    ...['seis', 'siete', 'ocho', 'nueve', 'doce', 'quince', 'veinte', 'treinta', 'cuarenta', 'cincuenta'],
    ...['centimos', 'minutos', 'dias', 'semanas', 'meses', 'anos'],
    ...['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre'],
    ...['noviembre', 'diciembre', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'sabados'],
    ...['domingo', 'domingos', 'festivo', 'festivos'],
    'zona',
    'codigo',
    ...['hijo', 'hija', 'esposa', 'marido', 'madre', 'padre', 'hermano', 'hermana', 'amigo', 'amiga'],
    ...['novia', 'novio', 'pareja', 'abuela', 'abuelo', 'companero', 'companera', 'suegra', 'suegro'],
    // A request for information says nothing of what it is about.
    ...['info', 'informacion', 'informaciones', 'detalle', 'detalles', 'tramite', 'tramites'],
  ],
  synonyms: [
    // Mellizos o gemelos, dos hermanos de un mismo parto.
    ['gemelos', 'mellizos', 'gemelo', 'mellizo'],
    // What goes with a dish is its garnish.
    ['guarnicion', 'guarniciones', 'acompanamiento', 'acompanamientos'],
    // A bid is an auction's.
    ['subasta', 'subastas', 'puja', 'pujas'],
    // Christmas Eve is Christmas.
    ['navidad', 'navidades', 'nochebuena'],
    // Quien se queda encerrado en un sitio está atrapado.
    ['atrapado', 'atrapada', 'encerrado', 'encerrada'],
    // A ticket is an entrada.
    ['entrada', 'entradas', 'ticket', 'tickets'],
    // Catar un líquido o un vino es probarlo.
    ['probar', 'catar', 'degustar', 'cata', 'catas', 'degustacion', 'degustaciones'],
    // Washing and cleaning a thing are one ("¿cómo limpio la peluca?" to "¿Cómo se lava una peluca?").
    ['lavar', 'limpiar'],
    // Las nubes de un día nublado.
    ['nublado', 'nublados', 'nubes', 'nube'],
    // El oído y la oreja.
    ['oido', 'oidos', 'oreja', 'orejas'],
    // A meeting of the owners is their junta or asamblea.
    ['junta', 'reunion', 'asamblea'],
    // A blood test is an analysis ("una analítica").
    ['analisis', 'analitica', 'analiticas'],
    // Lights are lighting.
    ['luces', 'iluminacion'],
    // A regatta is a competition.
    ['competir', 'regata', 'regatas'],
    // A fisio is a physiotherapist.
    ['fisioterapeuta', 'fisio', 'fisios'],
    // A canoe and a piragua are what a hire company calls a kayak.
    ['kayak', 'canoa', 'piragua'],
    // Rain, a storm or a strong wind is the bad weather a booking's terms speak of.
    [
      'mal tiempo',
      'hay temporal',
      'un temporal',
      'lluvia',
      'llueve',
      'llover',
      'lloviendo',
      ...['lluvioso', 'lluviosa', 'lluviosos'],
      'tormenta',
      'mucho viento',
      'hace viento',
      'ventisca',
      'niebla',
    ],
    // A tiesto is a flowerpot where Spain says so.
    ['maceta', 'macetas', 'tiesto', 'tiestos', 'macetero', 'maceteros'],
    // A unit written short is the unit ("el precio por kg").
    ['kilo', 'kg', 'kilos', 'kgs', 'kilogramo', 'kilogramos'],
    // Cash is "en metálico" too.
    ['efectivo', 'en metalico'],
    // The ski pass said as Spain's resorts say it.
    ['forfait', 'forfaits', 'pase de remontes', 'pase de esqui'],
    // Sweets, e-cigarettes and cigars by their other names.
    ['chuches', 'chucherias', 'golosinas', 'gominolas'],
    ['vapeador', 'vapeadores', 'vaper', 'vapers', 'cigarrillo electronico', 'cigarrillos electronicos'],
    ['puro', 'puros', 'habano', 'habanos'],
    // A final-year dissertation is a thesis.
    ['tesis', 'tfg', 'tfm', 'trabajo de fin de grado', 'trabajos de fin de grado', 'trabajo fin de grado'],
    ['ensenar', 'ensenais', 'aprender', 'aprendo'],
    ['principiantes', 'principiante', 'iniciacion', 'nivel basico', 'nivel inicial', 'desde cero'],
    ['calzado', 'zapatos', 'zapatillas'],
    ['torneo', 'torneos', 'campeonato', 'campeonatos', 'competicion', 'competiciones'],
    ['termo', 'termos', 'calentador', 'calentadores'],
    ['acuario', 'acuarios', 'pecera', 'peceras'],
    ['alzheimer', 'demencia', 'demencias', 'deterioro cognitivo'],
    ['enfermeria', 'enfermera', 'enfermeras', 'enfermero', 'enfermeros'],
    ['caballero', 'caballeros', 'hombre', 'hombres', 'masculino', 'chico'],
    ['senora', 'senoras', 'mujer', 'mujeres', 'femenino', 'chica'],
    ['mechas', 'reflejos', 'mechones'],
    ['cuero', 'piel'],
    ['lentillas', 'lentilla', 'lentes de contacto', 'lente de contacto'],
    ['adaptar', 'acostumbrar', 'habituar'],
    ['tension', 'presion'],
    ['ocular', 'ojo', 'ojos'],
    [
      'audiometria',
      'audiometrias',
      'prueba de oido',
      'pruebas de oido',
      'prueba de audicion',
      'prueba auditiva',
      'test de audicion',
    ],
    ['embalar', 'empaquetar', 'embalaje'],
    ['hospitalizacion', 'hospitalizado', 'hospitalizada'],
    ['funeral', 'funerales', 'entierro', 'velatorio', 'tanatorio'],
    ['autocaravana', 'autocaravanas', 'caravana', 'furgoneta camper'],
    ['factura', 'recibo de pago', 'justificante de pago', 'comprobante de pago', 'justificante del pago'],
    ['tique', 'tiques', 'ticket', 'tickets', 'tiquet'],
    ['documento', 'documentos', 'papeles', 'papeleo', 'documentacion'],
    [
      'pieza',
      'piezas',
      'tornillo',
      'tornillos',
      'herraje',
      'herrajes',
      'repuesto',
      'repuestos',
      'recambio',
      'recambios',
    ],
    ['miedo', 'panico', 'terror', 'fobia'],
    ['microchip', 'chip'],
    ['esterilizar', 'castrar', 'castracion'],
    ['pienso', 'comida para gatos', 'comida para perros', 'comida para mascotas'],
    ['estudiante', 'estudiantes', 'universitario', 'universitarios', 'universitaria', 'universitarias'],
    ['ortodoncia', 'brackets', 'aparato dental', 'alineadores', 'invisalign'],
    // An aid for hearing is a hearing aid.
    ['audifono', 'aparato para oir', 'aparatos para oir', 'aparato auditivo', 'aparatos auditivos'],
    ['teorico', 'teorica', 'teoricas', 'teoricos', 'teoria'],
    ['online', 'por internet', 'en linea', 'por zoom', 'por skype', 'por teams'],
    ['cancelar', 'anular', 'dar de baja', 'desistir', 'rescindir', 'cerrar'],
    ['certificado', 'justificante', 'diploma'],
    ['cerveza', 'cervezas', 'birra', 'birras'],
    ['visor', 'visores', 'mira telescopica', 'miras telescopicas'],
    ['puntos', 'millas'],
    ['detergente', 'jabon'],
    ['gasolina', 'diesel', 'gasoil', 'gasoleo', 'combustible', 'carburante', 'repostaje', 'repostar'],
    ['remuneracion', 'remunerada', 'remunerado', 'intereses', 'rentabilidad'],
    // A purchase is an order ("anular mi compra").
    ['pedido', 'paquete', 'orden', 'encargo', 'compra'],
    ['comprar', 'adquirir'],
    ['precio', 'coste', 'costo', 'tarifa', 'comision', 'comisiones', 'presupuesto', 'cotizacion', 'honorarios'],
    ['transferencia', 'transferir', 'enviar dinero', 'mandar dinero', 'pasar dinero'],
    ['prestamo', 'credito', 'financiacion'],
    ['pin', 'numero secreto', 'codigo pin'],
    ['extracto', 'movimientos'],
    ['nomina', 'sueldo', 'salario'],
    ['pension', 'pensiones', 'jubilacion'],
    ['cargo', 'cargos', 'cobro', 'cobros'],
    ['permitir', 'admitir', 'aceptar', 'aceptan', 'admiten', 'permiten'],
    ['videoconsulta', 'videollamada', 'consulta online', 'consulta por video', 'telemedicina', 'consulta virtual'],
    ['grua', 'remolque', 'remolcar', 'asistencia en carretera', 'auxilio en carretera'],
    ['carretera', 'autopista', 'autovia'],
    ['accidente', 'siniestro', 'choque', 'colision'],
    // El baño de un local es su aseo ("¿dónde está el baño?").
    ['aseo', 'aseos', 'bano', 'banos'],
    ['fuga', 'gotera', 'filtracion', 'escape de agua', 'inundado', 'inundada', 'inundacion'],
    ['concierto', 'conciertos', 'actuacion', 'actuaciones', 'recital'],
    ['checkin', 'tarjeta de embarque', 'facturacion online'],
    ['conductor', 'conductores', 'conducir', 'manejar'],
    [
      'recargar',
      'recarga',
      'meter saldo',
      'poner saldo',
      'anadir saldo',
      'cargar saldo',
      'poner credito',
      'meter credito',
    ],
    [
      'adaptada',
      'adaptadas',
      'adaptado',
      'silla de ruedas',
      'movilidad reducida',
      'discapacidad',
      'discapacitado',
      'discapacitados',
      'minusvalido',
      'tarjeta de discapacidad',
      'tarjeta de minusvalia',
      'asistencia especial',
    ],
    ['empadronar', 'padron', 'empadronamiento'],
    ['poliza', 'contrato del seguro', 'contrato de seguro'],
    ['datos', 'gigas', 'megas', 'gb', 'datos moviles'],
    ['consumo', 'consumir', 'gasto', 'gastar', 'gastado'],
    ['internet', '4g', '5g', '3g', 'fibra'],
    ['buzon de voz', 'contestador', 'buzon', 'mensajes de voz', 'mensaje de voz'],
    ['noche', 'madrugada', 'nocturno', 'nocturna'],
    ['idioma', 'idiomas', 'lengua', 'lenguas', 'ingles', 'espanol', 'portugues'],
    // Not "bot": "botas" stems as it.
    ['robot', 'chatbot'],
    ['reembolso', 'devolucion del dinero', 'devolver el dinero', 'dinero de vuelta', 'reintegro'],
    ['movil', 'celular', 'telefono', 'smartphone'],
    ['contrasena', 'clave', 'password'],
    ['entrar', 'login', 'acceder', 'acceso', 'iniciar sesion'],
    ['envio', 'entrega', 'mandar'],
    ['urgente', 'express', 'expres'],
    ['aduana', 'aduanas', 'arancel', 'aranceles', 'impuestos de importacion', 'tasas de aduana'],
    ['cambiar', 'modificar', 'actualizar', 'editar'],
    ['configurar', 'instalar', 'montaje', 'montar'],
    ['reparar', 'arreglar', 'reparacion', 'arreglo'],
    ['viejo', 'vieja', 'viejos', 'viejas', 'antiguo', 'antigua', 'antiguos', 'antiguas'],
    // What a price or a policy includes is what it covers ("¿las comidas van incluidas?").
    ['cubrir', 'incluir'],
    // Una prenda es la ropa que se deja ("¿cuánto tiempo me guardáis la ropa?").
    ['prenda', 'prendas', 'ropa', 'vestimenta'],
    // Lo del cutis o del rostro es facial ("una limpieza de cutis").
    ['facial', 'faciales', 'cutis', 'rostro'],
    ['ayuda', 'soporte', 'atencion', 'agente', 'persona', 'humano', 'asesor', 'operador', 'gestor'],

    ['aplicacion', 'app'],
    ['correo', 'email', 'mail'],
    ['seguir', 'rastrear', 'localizar', 'seguimiento', 'rastreo'],
    ['pausar', 'suspender', 'congelar', 'aplazar', 'posponer'],
    ['piscina', 'natacion', 'nadar'],
    // El autismo dicho entero, como adjetivo o por sus siglas (TEA).
    ['autismo', 'autista', 'autistas', 'tea', 'espectro autista'],
    ['fianza', 'deposito'],
    ['renovar', 'prorrogar', 'extender'],
    ['reiniciar', 'reinicializar', 'resetear'],
    ['desbloquear', 'liberar'],
    ['reemplazar', 'sustituir', 'reponer'],
    ['devolver', 'retornar', 'devolucion'],
    ['activar', 'habilitar', 'encender'],
    ['desactivar', 'deshabilitar', 'apagar'],
    ['borrar', 'eliminar', 'quitar'],
    ['tienda', 'local', 'sucursal', 'establecimiento'],
    ['danado', 'roto', 'estropeado', 'defectuoso', 'averiado', 'golpeado', 'rajado', 'mal estado', 'rayado', 'rayada'],
    ['perdido', 'extraviado', 'perdi', 'robado', 'robo', 'hurto', 'robaron'],
    ['lento', 'lenta'],
    ['proveedor', 'compania telefonica', 'compania de telefono'],
    ['plan', 'suscripcion', 'paquete de datos', 'contrato', 'tarifa plana', 'membresia'],
    ['reclamacion', 'reclamar', 'queja', 'quejarme'],
    [
      'internacional',
      'extranjero',
      'exterior',
      'otros paises',
      'otro pais',
      'fuera del pais',
      'viaje',
      'viajar',
      'roaming',
    ],
    [
      'internacional',
      'francia',
      'italia',
      'alemania',
      'portugal',
      'mexico',
      'argentina',
      'chile',
      'colombia',
      'peru',
      'uruguay',
      'venezuela',
      'ecuador',
      'bolivia',
      'estados unidos',
      'eeuu',
      'reino unido',
      'inglaterra',
      'europa',
      'andorra',
      'marruecos',
      'brasil',
    ],
    ['boletin', 'newsletter', 'publicidad', 'correos promocionales', 'correos publicitarios'],
    ['tardar', 'demorar', 'plazo', 'cuanto tiempo', 'cuantos dias', 'cuantas jornadas'],
    ['television', 'tele', 'tv', 'canales'],
    ['aumentar', 'subir', 'ampliar', 'incrementar'],
    ['trasladar', 'traslado', 'mudanza', 'mudarme', 'mudarse', 'mudo'],
    ['averia', 'corte', 'caida', 'apagon', 'sin servicio', 'incidencia', 'problema', 'error', 'fallo'],
    [
      'cupon',
      'codigo de descuento',
      'codigo promocional',
      'vale de descuento',
      'oferta',
      'ofertas',
      'promocion',
      'chollo',
      'chollos',
    ],
    ['sms', 'mensaje', 'mensajes'],
    ['usar', 'aplicar', 'canjear', 'introducir', 'utilizar'],
    ['hablar', 'contactar', 'comunicarme', 'comunicarse', 'llamar'],
    ['garantia'],
    ['direccion', 'domicilio'],
    // Not "medio" alone: "medidas" stems as it.
    ['metodo', 'forma', 'medio de', 'medios de', 'tecnica', 'tecnicas'],
    ['recoger en tienda', 'recogida en tienda', 'click and collect'],
    ['pagar', 'pago'],
    ['horario', 'hora', 'horas'],
    ['sitio', 'web', 'pagina', 'portal'],
    ['router', 'modem', 'enrutador'],
    ['producto', 'articulo', 'mercancia'],
    ['fijo', 'telefono fijo', 'linea fija'],
    ['copia', 'duplicado', 'segunda copia'],
    [
      'fraude',
      'estafa',
      'desconocido',
      'no reconocido',
      'sospechoso',
      'sospechosa',
      'fraudulento',
      'fraudulenta',
      'falso',
      'falsa',
    ],
    ['talla', 'tamano', 'medida'],
    ['stock', 'disponibilidad', 'disponible', 'agotado', 'existencias'],
    [
      'portabilidad',
      'portar',
      'conservar mi numero',
      'mantener mi numero',
      'conservando el numero',
      'traer mi numero',
      'traerme mi numero',
      'llevarme mi numero',
      'manteniendo mi numero',
      'manteniendo el numero',
    ],
    // Otros dominios: viajes, salud, gimnasio, alquiler.
    ['equipaje', 'maleta', 'maletas', 'valija'],
    ['elegir', 'escoger', 'seleccionar'],
    // Una tasación es tasar (el lematizador deja el nombre entero).
    ['tasar', 'tasacion', 'tasaciones'],
    [
      'reservar',
      'reserva',
      'dejar apartado',
      'dejar apartada',
      'agendar',
      'apuntar',
      'apuntarme',
      'apuntarse',
      'inscribir',
      'inscribirme',
      'inscribirse',
      'matricular',
      'matricula',
      'matricularme',
    ],
    ['computadora', 'portatil', 'pc', 'laptop', 'macbook'],
    ['residencia', 'alojamiento', 'residencias', 'colegio mayor'],
    ['notas', 'nota', 'calificaciones', 'calificacion'],
    ['cita', 'turno'],
    [
      'medico',
      'doctor',
      'doctora',
      'especialista',
      'cardiologo',
      'dermatologo',
      'pediatra',
      'ginecologo',
      'traumatologo',
    ],
    ['urgencia', 'emergencia', 'urgencias'],
    ['remuneracion', 'intereses', 'rentabilidad'],
    ['mutua', 'seguro medico', 'seguro de salud', 'seguro privado'],
    ['empaste', 'caries', 'carie', 'empastar'],
    ['gimnasio', 'gym'],
    ['clase', 'clases', 'actividad', 'actividades', 'curso', 'cursos'],
    ['colectiva', 'colectivas', 'colectivo', 'colectivos', 'dirigida', 'dirigidas', 'grupal', 'grupales', 'en grupo'],
    ['entrenador', 'entrenador personal', 'personal trainer', 'monitor', 'instructor'],
    ['aparcamiento', 'aparcar', 'parking', 'estacionamiento', 'estacionar', 'parqueadero', 'zona azul', 'zona verde'],
    // City halls: the register of residents, its tax, permits, old furniture, sport, nurseries.
    ['empadronar', 'padron', 'empadronamiento', 'empadronarme'],
    ['ibi', 'contribucion', 'impuesto de bienes inmuebles'],
    ['licencia', 'licencias', 'permiso', 'permisos'],
    ['obras', 'obra', 'reforma', 'reformar', 'reformas'],
    ['muebles', 'mueble', 'enseres', 'trastos', 'sofa', 'colchon', 'armario'],
    ['deporte', 'deportes', 'deportivo', 'deportiva', 'deportivas', 'deportivos', 'natacion', 'futbol', 'baloncesto'],
    ['escuela infantil', 'jardin de infancia', 'parvulario'],
    ['colectiva', 'colectivas', 'dirigida', 'dirigidas', 'grupal', 'grupales'],
    ['taquilla', 'taquillas', 'casillero', 'casilleros', 'locker', 'lockers'],
    ['cuota', 'mensualidad', 'cuota mensual', 'abono'],
    ['invitado', 'acompanante'],
    // A lawn is its grass, mown or cut; a plastic one is artificial.
    ['cesped', 'hierba', 'pasto'],
    ['cortar', 'segar'],
    ['artificial', 'sintetico', 'sintetica', 'de plastico'],
    ['mascota', 'perro', 'perros', 'gato', 'gatos', 'animal'],
    ['vuelo', 'volar', 'avion'],
    ['coche', 'auto', 'vehiculo'],
    ['moto', 'motocicleta', 'scooter', 'ciclomotor'],
    ['bicicleta', 'bici'],
    ['bicicleta de montana', 'bici de montana', 'mountain bike', 'btt', 'mtb'],
    ['curriculum', 'cv', 'curriculo'],
    ['hamaca', 'hamacas', 'tumbona', 'tumbonas'],
    ['colegio', 'cole'],
    // What is for children is for a child ("libros infantiles", "para un niño").
    ['infantil', 'infantiles', 'nino', 'ninos', 'crios', 'crias', 'peques', 'chiquillos', 'nenes'],
    ['cojin', 'almohadon'],
    ['ecologico', 'bio', 'organico', 'biologico', 'biologicos'],
    ['alquiler', 'alquilar', 'renta', 'rentar', 'arriendo'],
    ['zona', 'area', 'barrio', 'region', 'donde vivo', 'mi calle', 'mi ciudad', 'localidad', 'codigo postal'],
    ['tarjeta de cliente', 'tarjeta de socio', 'tarjeta de fidelizacion', 'tarjeta de puntos'],
    ['revision', 'mantenimiento', 'puesta a punto', 'poner a punto'],
    ['certificado', 'diploma'],
    ['tarificacion especial', 'premium'],
    ['viaje', 'vacaciones'],
    ['oficina', 'oficinas', 'despacho', 'despachos'],
    ['fallecer', 'fallece', 'fallecio', 'fallecido', 'fallecida', 'morir', 'murio', 'muere', 'muerto', 'muerta'],
    ['incinerar', 'incineracion', 'cremar', 'cremacion'],
    ['neumatico', 'neumaticos', 'rueda', 'ruedas', 'pinchazo', 'pinchado'],
    ['inmediata', 'instantanea', 'inmediato', 'instantaneo'],
    ['llevar', 'traer', 'coger'],
  ],
  irregular: {
    // Tener un aparato enchufado es cargarlo (el enchufe de la pared, no).
    ...formsOf([['cargar', 'enchufar enchufarlo enchufarla enchufado enchufada']]),
    // Words whose stem is that of a synonym group's word and that mean something else: a girl is no
    // "chico", the afternoon no delay ("tardar"), pasta no lawn ("pasto"), a bar counter no
    // neighbourhood ("barrio"), a wall no death ("morir"), lenses are not slow, a glass of wine no
    // copy, being elegant no choosing, together no owners' meeting, thinking no pet food
    // ("pienso"), running no post ("correo"), a hob or a panel no deadline ("plazo"), a floor plan
    // no subscription ("plan").
    chica: 'mujer',
    chicas: 'mujeres',
    tarde: 'vespertino',
    tardes: 'vespertino',
    pasta: 'fideos',
    pastas: 'fideos',
    barra: 'mostrador',
    barras: 'mostrador',
    muro: 'pared',
    muros: 'pared',
    lente: 'cristal',
    lentes: 'cristal',
    copa: 'vaso',
    copas: 'vaso',
    elegante: 'formal',
    elegantes: 'formal',
    junto: 'conjunto',
    juntos: 'conjunto',
    pensar: 'opinar',
    pensaba: 'opinar',
    pensado: 'opinar',
    pensando: 'opinar',
    correr: 'trotar',
    corriendo: 'trotar',
    placa: 'panel',
    placas: 'panel',
    plano: 'mapa',
    planos: 'mapa',
    // An IBAN is no "iban" of "ir", which the stemmer takes it for; its plural stems as itself.
    iban: 'ibanes',
    // Fish to eat is no fishing ("pesca"), whose stem "pescado" shares: what a fishmonger sells.
    pescado: 'pescaderia',
    pescados: 'pescaderia',
    // A table is no month: "mesa" stems as "mes" does.
    mesa: 'mesita',
    mesas: 'mesita',
    rompe: 'roto',
    romper: 'roto',
    rompio: 'roto',
    rompieron: 'roto',
    cremacion: 'cremar',
    donacion: 'donar',
    // Words that share a stem with a word of a synonym group but mean something else: "me interesa"
    // is no interest paid ("intereses"), "medios de pago" no size ("medidas").
    ...formsOf([
      ['gustar', 'interesa interesan interesado interesada interesados interesadas interesante interesantes'],
      ['formas', 'medio medios'],
      ['mitad', 'media medias'],
      // Accessible is adapted, not "acceso" (whose stem it shares).
      ['adaptada', 'accesible accesibles accesibilidad'],
      // An activity is a class, not "activar" (whose stem it shares).
      ['clase', 'actividad actividades'],
      // A nursery is no keeping of a thing ("guardar", whose stem it shares), the police no
      // insurance policy, a lead no e-mail, a state-funded place no concert.
      ['parvulario', 'guarderia guarderias'],
      ['comisaria', 'policia policias'],
      ['trailla', 'correa correas'],
      ['subvencionada', 'concertada concertadas concertado concertados'],
      ['autocaravana', 'camper campers'],
      // Money paid in ("ingresar") is no stay in hospital ("ingresado"), whose stem it shares.
      ['hospitalizado', 'ingresado ingresada ingresados ingresadas'],
      // A visitor is a guest; a visit ("una visita del técnico") is none, though it shares his stem.
      ['invitado', 'visitante visitantes'],
      // Fabric is no telly ("tele"), a size ("talla") no workshop ("taller"), a mother no Madrid:
      // they share a stem.
      ['tejido', 'tela telas'],
      ['tallaje', 'talla tallas'],
      ['mama', 'madre madres'],
      // An account's movements are its statement; moving ("mover", whose stem they share) is not.
      ['extracto', 'movimiento movimientos'],
      // "Carnet" is how "carné" is often written.
      ['carne', 'carnet carnets'],
      // Paying a bill from the account ("domiciliar un recibo") is no address ("domicilio").
      ['adeudo', 'domiciliar domicilia domiciliado domiciliada domiciliados domiciliacion domiciliaciones'],
    ]),
    // The stemmer leaves the short forms of "entrar" whole.
    entro: 'entrar',
    entra: 'entrar',
    entras: 'entrar',
    entramos: 'entrar',
    cierro: 'cerrar',
    cierra: 'cerrar',
    cierras: 'cerrar',
    cierre: 'cerrar',
    inscripcion: 'inscribir',
    lectura: 'leer',
    eleccion: 'elegir',
    solicitud: 'solicitar',
    sigo: 'seguir',
    sigue: 'seguir',
    siguen: 'seguir',
    // Verbs whose stem changes in the present ("prefiero", "duerme"), which the stemmer keeps apart.
    siga: 'seguir',
    sigan: 'seguir',
    prefiero: 'preferir',
    prefiere: 'preferir',
    prefieren: 'preferir',
    duerme: 'dormir',
    duermen: 'dormir',
    vuelve: 'volver',
    vuelven: 'volver',
    empiezo: 'empezar',
    empieza: 'empezar',
    empiezan: 'empezar',
    huele: 'oler',
    huelen: 'oler',
    mido: 'medir',
    mide: 'medir',
    miden: 'medir',
    pido: 'pedir',
    pide: 'pedir',
    vuelvo: 'volver',
    devuelvo: 'devolver',
    devuelve: 'devolver',
    devuelven: 'devolver',
    puse: 'poner',
    hice: 'hacer',
    hizo: 'hacer',
    tuve: 'tener',
    fui: 'ir',
    pague: 'pagar',
    recibi: 'recibir',
    olvide: 'olvidar',
    uso: 'usar',
    cambio: 'cambiar',
    doy: 'dar',
    da: 'dar',
    dan: 'dar',
    // "Furgo" is how a furgoneta is said.
    furgo: 'furgoneta',
    furgos: 'furgonetas',
    // Measuring is a medición's verb.
    medicion: 'medir',
    mediciones: 'medir',
    // Justifying a grant ("justificar una ayuda") is no receipt ("justificante"), whose stem it shares.
    justificacion: 'justificar',
    justificaciones: 'justificar',
    llego: 'llegar',
    vino: 'venir',
    devolucion: 'devolver',
    leo: 'leer',
    // Places whose stem is an everyday word's: read as abroad before stemming.
    canada: 'internacional',
    asegurar: 'seguro',
    asegurado: 'seguro',
    asegurada: 'seguro',
    // "Carro" would stem as "carrera" does.
    carro: 'coche',
    carros: 'coche',
    // "Ordenador" would stem as "orden" (an order) does.
    ordenador: 'computadora',
    // "Plaza" would stem as "plazo" does.
    plaza: 'lugar',
    plazas: 'lugar',
    ordenadores: 'computadora',
    examen: 'examenes',
    cuantos: 'cuanto',
    cuanta: 'cuanto',
    cuantas: 'cuanto',
    cobertura: 'cubrir',
    coberturas: 'cubrir',
    // A signal is the network's coverage.
    senal: 'cubrir',
    senales: 'cubrir',
    lee: 'leer',
    leen: 'leer',
    pierdo: 'perder',
    pierde: 'perder',
    pierden: 'perder',
    perdieron: 'perder',
    perdi: 'perder',
    devoluciones: 'devolver',
    profe: 'profesor',
    profes: 'profesor',
    celiaco: 'gluten',
    celiacos: 'gluten',
    celiaca: 'gluten',
    celiacas: 'gluten',
  },
  // "limpieza" is made of "limpiar", "rapidez" of "rápido".
  nounEndings: ['ez', 'iec'],
  // "Cafecito", "cochecito"; "perrito", "casita" (stems: the stemmer leaves "-it").
  diminutives: [
    ['cit', ['', 'e']],
    ['it', ['o', 'a']],
  ],
  broader: [
    // Learning a thing is taking a course or a class in it, where a knowledge base says one.
    ['curso', ['aprender']],
    ['clase', ['aprender']],
    // Un collar o una pulsera es una joya, donde la base dice joyas.
    [
      'joya',
      [
        'collar',
        'collares',
        'pulsera',
        'pulseras',
        'pendientes',
        'anillo',
        'anillos',
        'colgante',
        'colgantes',
        'sortija',
      ],
    ],
    // Quien es diabético pregunta por el azúcar, donde la base habla de azúcar y no de diabetes.
    ['azucar', ['diabetico', 'diabetica', 'diabeticos', 'diabeticas', 'diabetes']],
    // Si algo es peligroso pregunta si es seguro, donde la base dice seguro.
    ['seguro', ['peligroso', 'peligrosa']],
    // Una lancha o un velero son barcos; la cerveza o el vino, bebidas.
    ['barco', ['lancha', 'lanchas', 'velero', 'veleros', 'yate', 'yates', 'catamaran', 'neumatica']],
    ['bebida', ['cerveza', 'cervezas', 'vino', 'vinos', 'alcohol']],
    // El gluten y la lactosa son alergias o intolerancias donde la base dice eso.
    ['alergia', ['gluten', 'lactosa', 'cacahuete', 'cacahuetes', 'marisco', 'mariscos']],
    // Las ventanas son los cristales donde la base dice cristales.
    ['cristal', ['ventana', 'ventanas']],
    // Un guacamayo o un yaco es un loro donde la base dice loros.
    ['loro', ['guacamayo', 'guacamayos', 'yaco', 'yacos', 'cacatua', 'cacatuas', 'amazona', 'amazonas']],
    // Un tour o un recorrido es una visita donde la base dice visitas.
    ['visita', ['tour', 'tours', 'recorrido', 'recorridos']],
    // Una tableta dicha por su marca es una tablet.
    ['tablet', ['ipad', 'ipads']],
    ['idioma', ['frances', 'aleman', 'italiano', 'chino', 'japones', 'arabe', 'ruso', 'catalan', 'euskera', 'gallego']],
    // An age said ("tiene 6 años", the idiom's "edad") asks what there is for children where no question says an age.
    ['ninos', ['hijo', 'hija', 'hijos', 'hijas', 'bebe', 'bebes', 'nieto', 'nieta', 'nietos', 'edad']],
    ['ninos', ['sobrino', 'sobrina', 'sobrinos', 'sobrinas']],
    // A husband or a father is a man, a wife or a mother a woman, where a knowledge base says men or women.
    ['hombre', ['marido', 'esposo', 'novio', 'padre', 'abuelo']],
    ['mujer', ['esposa', 'novia', 'madre', 'abuela']],
    ['coche', ['furgoneta', 'furgonetas', 'camioneta', 'camionetas']],
    // Un perro dicho por su raza es un perro donde la base dice perros.
    [
      'perro',
      [
        ...['podenco', 'podencos', 'galgo', 'galgos', 'caniche', 'caniches', 'bulldog'],
        ...['pastor aleman', 'yorkshire', 'chihuahua', 'beagle', 'teckel', 'mastin', 'bodeguero', 'carlino'],
      ],
    ],
    ['aparato', ['nevera', 'frigorifico', 'lavadora', 'televisor', 'microondas', 'lavavajillas', 'secadora']],
    // Una prenda dicha por su nombre ("mi chaqueta") es la prenda o la ropa de una tintorería.
    ...['prenda', 'ropa'].map(
      (general) =>
        [
          general,
          ['chaqueta', 'chaquetas', 'camisa', 'camisas', 'pantalon', 'pantalones', 'abrigo', 'abrigos', 'vestido'],
        ] as const,
    ),
    ['planta', ['orquidea', 'orquideas', 'cactus', 'bonsai', 'suculenta', 'suculentas', 'helecho']],
    // Un sitio que nunca dice internet pero tiene wifi; una barbacoa es fuego.
    ['wifi', ['internet']],
    ['fuego', ['barbacoa', 'barbacoas', 'hoguera', 'hogueras']],
    ['medicamento', ['antibiotico', 'antibioticos', 'ibuprofeno', 'paracetamol', 'pastillas', 'comprimidos']],
    [
      'articulo',
      [
        'camisa',
        'camiseta',
        'pantalon',
        'pantalones',
        'vestido',
        'zapatos',
        'zapatillas',
        'chaqueta',
        'falda',
        'jersey',
      ],
    ],
    ['producto', ['crema', 'cremas', 'champu', 'jarabe', 'panales', 'colonia', 'perfume']],
    ['exoticos', ['tortuga', 'tortugas', 'loro', 'conejo', 'huron', 'hurones', 'hamster', 'iguana', 'serpiente']],
    ['mueble', ['mesa', 'silla', 'sillas', 'estanteria', 'comoda', 'cama', 'escritorio']],
    ['cristales', ['parabrisas', 'luna', 'retrovisor', 'faro']],
    ['comida', ['bocadillo', 'bocadillos', 'sandwich', 'sandwiches', 'fiambrera', 'tupper', 'tuper']],
    ['libro', ['cuento', 'cuentos', 'novela', 'novelas', 'comic', 'comics']],
    ['clase', ['spinning', 'yoga', 'pilates', 'zumba', 'aquagym', 'crossfit']],
  ],
  // Las aseguradoras de salud son un seguro médico.
  providers: ['mutua', 'seguro', 'aseguradora'].map(
    (general) => [general, ['sanitas', 'adeslas', 'dkv', 'asisa', 'mapfre', 'cigna', 'aegon', 'fiatc']] as const,
  ),
  derivations: [
    // A station ("la estación de tren") is a stop, not parking: its stem is "estacionar"'s.
    [/^estacion(es)?$/, 'parada'],
    // "seguimiento" is "seguir", "funcionamiento" is "funcionar" (the stemmer keeps -miento).
    [/^(\w{3,})amientos?$/, '$1ar'],
    [/^(\w{3,})imientos?$/, '$1ir'],
    // A pronoun written onto a verb is not part of it ("devolverlas", "usarla", "mandarle", "darme").
    [/^(\w{2,}(?:ar|er|ir)|dar|ver)(?:se)?(?:lo|la|los|las|le|les|me|te|nos)$/, '$1'],
    // "lentísima" is "lenta", "carísimo" "caro".
    [/^(\w{3,})isim([oa]s?)$/, '$1$2'],
    // "Reparáis", its accent gone, ends as a past subjunctive ("-arais") would, which the stemmer
    // cuts to "rep": it is "reparar" ("preparáis", "declaráis", "comparáis" alike).
    [/^(\w{2,}ar)ais$/, '$1ar'],
  ],
  idioms: [
    // The part of town a place is in asks where it is.
    ['donde', ['en que zona', 'por que zona', 'en que parte', 'por que parte']],
    // Making a thing as good as new is restoring it.
    [
      'restaurar',
      ['como nuevo', 'como nueva', 'como nuevos', 'como nuevas'].flatMap((new_) => [
        `dejar ${new_}`,
        `dejarlo ${new_}`,
        `dejarla ${new_}`,
        `quede ${new_}`,
      ]),
    ],
    // Regretting a purchase, or changing one's mind, is wanting to return it.
    [
      'devolver',
      [
        'me arrepenti',
        'me he arrepentido',
        'arrepentirme',
        'cambie de opinion',
        'he cambiado de opinion',
        'cambie de idea',
        'no me convence',
        'no me ha convencido',
      ],
    ],
    // Looking for a thing is wanting it ("busco un cesto"); a business that looks for people is hiring.
    ['', ['busco', 'estoy buscando', 'buscamos', 'estamos buscando']],
    // Charging to look at a thing is charging for its diagnosis; coffee that does not come out hot
    // is cold; a thing refurbished is second-hand.
    ['diagnostico', ['echarle un vistazo', 'echar un vistazo', 'por mirarla', 'por mirarlo', 'por mirarlos']],
    ['frio', ['no sale caliente', 'sale tibio', 'sale templado']],
    ['usado', ['reacondicionado', 'reacondicionada', 'reacondicionados', 'reacondicionadas']],
    // Until when one has asks the time allowed ("¿hasta cuándo tengo para pagarlo?").
    ['plazo', ['tengo', 'tenemos', 'hay', 'puedo', 'se puede'].map((until) => `hasta cuando ${until}`)],
    // Lending a hand is asking for help ("¿nos echáis una mano?").
    ['', ['echar', 'echais', 'echas', 'echarme', 'echarnos', 'echame'].map((verb) => `${verb} una mano`)],
    // El título que se da al acabar un curso es su certificado (no el titular de algo).
    ['certificado', ['titulo', 'titulos']],
    // Dejar el tabaco es dejar de fumar; lo de usar y tirar, desechable.
    [
      'dejar de fumar',
      [
        ...['dejar el tabaco', 'dejar el cigarro', 'dejar los cigarros', 'dejar el cigarrillo'],
        ...['quitarme del tabaco', 'quitarse del tabaco', 'quitarte del tabaco'],
      ],
    ],
    // Un cólico nefrítico es de piedras en el riñón.
    ['piedras en el rinon', ['colico nefritico', 'colicos nefriticos', 'colico renal', 'colicos renales']],
    // El lumbago es dolor de espalda.
    ['dolor de espalda', ['lumbago', 'lumbalgia']],
    // Las pruebas de sangre son un análisis.
    ['analisis de sangre', ['prueba de sangre', 'pruebas de sangre']],
    // La enfermedad pulmonar obstructiva crónica es la EPOC.
    ['epoc', ['enfermedad pulmonar obstructiva cronica']],
    // Las enfermedades venéreas o de transmisión sexual son las ITS; la profilaxis preexposición, la PrEP;
    // la pastilla de emergencia, la píldora del día después.
    [
      'its',
      [
        ...['enfermedades venereas', 'enfermedad venerea', 'enfermedades de transmision sexual'],
        ...['enfermedad de transmision sexual', 'ets'],
      ],
    ],
    ['prep', ['profilaxis preexposicion', 'profilaxis pre exposicion']],
    // Que el médico lo mande es el volante («¿hace falta que me mande el médico?»).
    ['volante', ['que me mande el medico', 'me mande el medico', 'me mande mi medico', 'que me derive']],
    ['pildora del dia despues', ['pastilla de emergencia', 'pastilla del dia despues', 'pildora de emergencia']],
    // Un enfermo en fase terminal pide cuidados paliativos; pincharse es ponerse una inyección.
    ['cuidados paliativos', ['fase terminal', 'enfermo terminal', 'enferma terminal', 'enfermedad terminal']],
    ['inyeccion', ['pincharme', 'pincharse', 'pincharle', 'pincharte']],
    // Hasta dónde llegan dice su zona («¿llegáis hasta Getafe?»).
    ['zona', ['llegais hasta', 'llegais a', 'vais hasta']],
    // El paludismo es la malaria.
    ['malaria', ['paludismo']],
    ['desechable', ['de usar y tirar', 'usar y tirar']],
    // Lo que se puede mojar, o llevar en la ducha, es resistente al agua.
    ['resistente al agua', ['se puede mojar', 'puede mojarse', 'ducharse con', 'duchar con', 'banarse con']],
    // Echar agua a una planta es regarla.
    ['regar', ['echar agua', 'echarle agua', 'le echo agua', 'agua le echo']],
    // Leer partituras es saber solfeo; lo que se paga al mes, la mensualidad.
    ['solfeo', ['leer partituras', 'leer musica', 'lenguaje musical']],
    ['mensualidad', ['pago al mes', 'pagar al mes', 'se paga al mes']],
    // El déficit de atención es el TDAH.
    ['tdah', ['deficit de atencion', 'hiperactividad', 'hiperactivo', 'hiperactiva']],
    // Forrar un asiento es tapizarlo.
    ['tapizar', ['forrar', 'forrado', 'forrada', 'forrais', 'forran', 'retapizar']],
    // Desde arriba o desde el aire es aéreo; la resolución de una imagen, su calidad.
    ['aereo', ['desde arriba', 'desde el aire', 'a vista de pajaro']],
    ['calidad', ['alta resolucion', 'resolucion']],
    // Ponerse pelo es un injerto; los días de baja, cuándo se vuelve a trabajar.
    [
      'injerto',
      [
        'ponerse pelo',
        'poner pelo',
        'implante capilar',
        'implante de pelo',
        'trasplante capilar',
        'trasplante de pelo',
      ],
    ],
    ['volver trabajar', ['dias de baja', 'baja laboral']],
    // Cuántos metros tiene una cosa es su tamaño.
    ['tamano', ['cuantos metros', 'metros cuadrados']],
    // Una titulación (náutica) es la licencia que pide: un modismo, no el grupo de sinónimos, porque
    // "titularidad" comparte su raíz.
    ['licencia', ['titulacion', 'titulaciones']],
    // Una ayuda del gobierno es una subvención.
    ['subvencion', ['ayuda del gobierno', 'ayudas del gobierno', 'ayuda publica', 'ayudas publicas']],
    // Qué fechas tiene una cosa es cuándo es.
    ['cuando', ['que fechas', 'que fecha', 'en que fechas', 'en que fecha', 'en que meses', 'que meses', 'en que mes']],
    // Only one of a thing ("¿puedo comprar solo un trofeo?", "solo una noche") asks the least one may take.
    ['minimo', ['solo un', 'solo una', 'solo uno']],
    // Taking photos (sacar, tomar, echar fotos) is photos.
    ['fotos', ['sacar fotos', 'sacar fotografias', 'tomar fotos', 'echar fotos', 'hacer fotos']],
    // The process asks how a thing works ("¿cómo es el proceso?").
    ['como funciona', ['como es el proceso', 'cual es el proceso', 'como va el proceso', 'como es el funcionamiento']],
    // What occurs (qué ocurre, qué sucede) is what happens.
    ['que pasa', ['que ocurre', 'que sucede', 'que ocurriria', 'que sucederia']],
    // How many days before asks how far ahead ("cuántos días antes hay que reservar").
    ['con cuanta antelacion', ['cuantos dias antes', 'cuanto tiempo antes', 'con cuantos dias']],
    // Cuántos grados tiene una cosa es su temperatura.
    ['temperatura', ['cuantos grados', 'que grados']],
    // No aprobar un examen es suspenderlo.
    [
      'suspender',
      ['no apruebo', 'no apruebe', 'no apruebas', 'no aprueba', 'no aprobar', 'no aprobamos', 'no he aprobado'],
    ],
    // Lo que dura una cosa es lo que tarda, salvo la garantía, que no se tarda: se tiene.
    [
      'garantia',
      [
        ...['cuanto dura la garantia', 'cuanto tiempo dura la garantia', 'cuanto tiempo de garantia'],
        ...['cuanto tiempo me cubre', 'cuanto tiempo cubre'],
      ],
    ],
    [
      'cuanto tarda',
      [
        // Cuánto rato está o dura una cosa es lo que tarda.
        'cuanto rato',
        'cuanto tiempo dura',
        'cuanto tiempo duran',
        'cuanto dura',
        'cuanto duran',
        // Lo que aguanta una cosa es lo que dura.
        'cuanto aguanta',
        'cuanto aguantan',
        // Whether a thing bought a while ago is still good asks how long it lasts.
        ...['todavia estan buenos', 'todavia esta bueno', 'siguen buenos', 'sigue bueno', 'aun estan buenos'],
        'cuanto me aguanta',
        'cuantos dias aguanta',
        'cuantos dias me aguanta',
        ...['cuantas horas', 'cuantos minutos', 'cuantas semanas', 'cuantos meses', 'cuantos anos'].flatMap((how) => [
          `${how} aguanta`,
          `${how} dura`,
        ]),
        'que duracion tiene',
        ...['cuantos meses', 'cuantas semanas', 'cuantos dias', 'cuantas horas'].map((how) => `${how} son`),
        'cual es la duracion',
        // Lo que os lleva hacer algo es lo que tardáis.
        ...['os', 'te', 'le', 'les'].map((who) => `cuanto ${who} lleva`),
      ],
    ],
    // Un aparato que cayó al agua está mojado.
    ['mojado', ['al agua', 'se mojo', 'se ha mojado', 'se me mojo', 'se me ha mojado']],
    // Lo que se dice "cruelty free" no se testa en animales.
    ['testado en animales', ['cruelty free']],
    ['descafeinado', ['sin cafeina']],
    // A time of day said with "de" says when, not which thing ("fuego de noche" is a fire at night).
    ['por la noche', ['de noche']],
    ['por la tarde', ['de tarde']],
    ['por la madrugada', ['de madrugada']],
    // Face paint is make-up.
    ['maquillaje', ['pintura para la cara', 'pintura de cara', 'pintura facial', 'pintacaras']],
    // "De cocina" says what a thing is for, cooking ("un curso de cocina"), not the room, which says where.
    ['culinario', ['de cocina']],
    // Placing an order is ordering ("cómo hago un pedido" is "cómo lo pido").
    [
      'pedir',
      ['hacer un pedido', 'hago un pedido', 'hacer el pedido', 'hago el pedido', 'hacer pedido', 'hago pedido'],
    ],
    // A print shop's business cards, said as a company's or a presentation card.
    ['tarjetas de visita', ['tarjetas de empresa', 'tarjetas de presentacion', 'tarjetas personales']],
    // "¿Para cuándo lo tendríais?" asks how long it takes.
    ['cuanto tiempo', ['para cuando lo']],
    // Made to measure says how a thing is made, not what it is ("¿hacéis cortinas a medida?").
    [
      'personalizado',
      [
        ...['a medida', 'hecho a medida', 'hechos a medida', 'hecha a medida', 'hechas a medida'],
        ...['a mi medida', 'a tu medida', 'a su medida', 'medidas especiales', 'medida especial'],
      ],
    ],
    // Being intolerant to milk asks what has no lactose.
    ['sin lactosa', ['intolerante a la leche', 'intolerante a la lactosa', 'intolerancia a la lactosa']],
    // Sheets are bed linen.
    ['ropa de cama', ['sabanas', 'juego de sabanas']],
    // The ring of a proposal is an engagement ring; wedding rings are "alianzas".
    ['anillo de compromiso', ['anillo de pedida', 'anillos de pedida']],
    ['alianzas', ['anillos de boda', 'anillo de boda', 'anillos de casados']],
    // The weather ("qué tiempo hace") is no time, a word said in another language no language taught.
    ['clima', ['que tiempo hace', 'que tiempo hara', 'que tiempo va a hacer', 'prevision del tiempo']],
    ['traducir', ['como se dice', 'como se escribe']],
    // The power gone is a blackout ("¿funciona si se va la luz?").
    ['apagon', ['se va la luz', 'se fue la luz', 'se ha ido la luz', 'se corta la luz', 'se va la corriente']],
    // A fault again after a repair asks the guarantee ("si se vuelve a romper lo cubrís").
    ['garantia', ['se vuelve a romper', 'vuelve a romperse', 'se vuelve a estropear', 'vuelve a fallar']],
    // A bride's dress is her "traje" as often as her "vestido".
    ['vestido de novia', ['traje de novia', 'trajes de novia']],
    // Asking who is on the other end asks what the bot is ("¿estoy hablando con una persona?").
    [
      'robot',
      ['estoy hablando con', 'estoy chateando con', 'eres', 'es esto'].flatMap((asking) =>
        ['una persona', 'una persona real', 'un humano', 'alguien real', 'un robot', 'una maquina'].map(
          (who) => `${asking} ${who}`,
        ),
      ),
    ],
    ['olvidar', ['no recuerdo', 'no me acuerdo', 'no me acuerdo de', 'se me olvido']],
    ['robado', ['me han quitado', 'me quitaron']],
    // "Domicilio" before a bill is the verb (see irregular): "¿cómo domicilio un recibo?".
    ...['recibo', 'recibos', 'factura', 'facturas', 'nomina', 'pago', 'pagos', 'cuota', 'seguro', 'alquiler'].map(
      (bill) =>
        [
          `domiciliar ${bill}`,
          ['un', 'el', 'la', 'los', 'las', 'mi', 'mis'].map((det) => `domicilio ${det} ${bill}`),
        ] as const,
    ),
    ['area privada', ['cuenta de cliente', 'area de cliente', 'area de clientes', 'zona de clientes']],
    [
      'mudarme cambiar direccion',
      [
        ...['me cambio de casa', 'cambiarme de casa', 'me cambio de piso', 'cambiarme de piso'],
        ...['he cambiado de casa', 'cambie de casa', 'he cambiado de piso', 'cambie de piso', 'me he cambiado de casa'],
      ],
    ],
    // A transfer made every month is a standing one ("periódica").
    [
      'transferencia periodica',
      [
        ...['todos los meses', 'cada mes', 'todas las semanas', 'cada semana'].map((when) => `transferencia ${when}`),
        'todos los meses automaticamente',
      ],
    ],
    ['olvidar contrasena', ['no puedo entrar', 'no puedo iniciar sesion', 'no puedo acceder a mi cuenta']],
    [
      'problema',
      [
        'no funciona',
        'dejo de funcionar',
        'no anda',
        'se corta',
        'se cae',
        'se desconecta',
        'no va',
        'no me va',
        'se me corta',
        'se me cae',
        'se me desconecta',
      ],
    ],
    [
      'problema internet',
      [
        'me he quedado sin internet',
        'no tengo internet',
        'no hay internet',
        'sin internet',
        'no tengo conexion',
        'sin conexion',
      ],
    ],
    ['subir velocidad', ['mas megas', 'mas velocidad', 'internet mas rapido', 'fibra mas rapida']],
    ['cobertura', ['llega la fibra', 'llega fibra', 'hay fibra en', 'teneis fibra en']],
    ['contratar fibra', ['poner fibra', 'poner la fibra']],
    ['reiniciar', ['apago y enciendo', 'apagar y encender', 'apagarlo y encenderlo', 'apagar y volver a encender']],
    ['financiar', ['a plazos', 'en cuotas', 'en mensualidades', 'a meses']],
    ['reclamar', ['no estoy de acuerdo', 'no estoy conforme']],
    ['saldo', ['cuanto dinero tengo en la cuenta', 'cuanto dinero tengo', 'cuanto tengo en la cuenta']],
    [
      'exceder',
      [
        'quedado sin',
        'quede sin',
        'quedo sin',
        'me paso de',
        'pasarme de',
        'gasto todos',
        'gaste todos',
        'gastado todos',
      ],
    ],
    ['averia', ['se ha caido', 'esta caido', 'esta caida']],
    // The phone's "recibo" is its bill ("recibo" alone is also "I receive", or a bank's direct debit).
    [
      'factura',
      ['recibo del movil', 'recibo del telefono', 'recibo de la fibra', 'recibo de internet', 'recibo de la linea'],
    ],
    [
      'sms sospechoso',
      ['sms raro', 'mensaje raro', 'sms extrano', 'mensaje extrano', 'llamada rara', 'llamada extrana'],
    ],
    [
      'hablar soporte',
      [
        'vuestro telefono',
        'vuestro numero de telefono',
        'telefono de contacto',
        'numero de contacto',
        'telefono de ustedes',
      ],
    ],
    [
      'comision',
      ['cobrais de mantenimiento', 'cobran de mantenimiento', 'comision de mantenimiento', 'cuota de mantenimiento'],
    ],
    ['invertir', ['invertir mis ahorros', 'invertir mi dinero', 'invertir el dinero', 'rentabilizar mis ahorros']],
    // Parcels: a box sent is a parcel; not being in is one thing however said.
    ['enviar paquete', ['mandar una caja', 'enviar una caja', 'mandar un paquete']],
    ['paquete llego', ['la caja llego', 'la caja ha llegado']],
    ['ausente', ['no voy a estar', 'no estare', 'no estoy en casa', 'no hay nadie en casa', 'no estar en casa']],
    [
      'recoger',
      [
        'venir a buscar',
        'venis a buscar',
        'vienen a buscar',
        'vienes a buscar',
        'pasais a buscar',
        'pasan a buscar',
        'pasar a buscar',
        'pasar a buscarlo',
        'pasar a buscarla',
        'pasar a recoger',
        'venir a recoger',
        'venir a por',
        'pasar a por',
        'ir a buscarlo',
        'ir a buscarla',
        'ir a buscar',
      ],
    ],
    ['devolver recibo', ['recibo que no es mio', 'recibo que no reconozco', 'recibo que no quiero pagar']],
    [
      'desconocido',
      [
        'que no es mio',
        'que no es mia',
        'de otra persona',
        'a nombre de otra persona',
        'a nombre de otro',
        'no reconozco',
        'no conozco',
        'no hice',
        'no autorice',
        'no fui yo',
        'no he hecho',
        'no he realizado',
      ],
    ],
    ['urgente', ['para manana', 'lo antes posible', 'cuanto antes']],
    ['sabado', ['fin de semana', 'fines de semana', 'finde']],
    ['cuanto pesar', ['peso maximo', 'peso limite', 'limite de peso']],
    // Up to how much is the limit.
    ['limite', ['hasta cuanto', 'como maximo cuanto', 'cuanto como maximo']],
    [
      'dar de baja',
      [
        'me quiero ir de',
        'quiero irme de',
        'irme de la compania',
        'irme de vuestra',
        'dejar de recibir',
        'no quiero recibir',
        'no recibir mas',
        'no quiero mas',
        'dejar la compania',
        'dejo la compania',
      ],
    ],
    ['multa', ['me han puesto una multa', 'me pusieron una multa', 'me han multado', 'me multaron']],
    [
      'recurrir multa',
      ['multa injusta', 'multa es injusta', 'recurrir la multa', 'reclamar una multa', 'reclamar la multa'],
    ],
    ['no funciona', ['fundida', 'fundido']],
    ['recogida', ['tirar un', 'tirar el', 'tirar la', 'deshacerme de']],
    ['ruido', ['musica muy alta', 'musica alta', 'mucho ruido', 'hace ruido', 'hacen ruido']],
    [
      'portabilidad numero',
      [
        'con mi numero',
        'con mi mismo numero',
        'con el mismo numero',
        'sin perder mi numero',
        'sin cambiar de numero',
        'quedarme con mi numero',
      ],
    ],
    ['no tengo cobertura', ['no hay red', 'no tengo red', 'sin red', 'no hay senal', 'no tengo senal', 'sin senal']],
    [
      'tarificacion especial',
      ['numeros de pago', 'numeros premium', 'numeros especiales', 'lineas de pago', 'tarificacion adicional'],
    ],
    [
      'fraude',
      [
        'pidiendo mis datos',
        'pidiendome mis datos',
        'pidiendome datos',
        'pidiendo mi contrasena',
        'pidiendo mi clave',
        'pidiendo mi pin',
        'haciendose pasar por',
        'se hace pasar por',
        'se hacen pasar por',
      ],
    ],
    // What is left of an allowance is what a customer checks.
    ...['saldo', 'datos', 'gigas', 'megas', 'minutos'].map(
      (thing) =>
        [
          `consultar ${thing}`,
          ['cuanto', 'cuantos', 'cuantas'].flatMap((much) => [
            `${much} ${thing} me queda`,
            `${much} ${thing} me quedan`,
          ]),
        ] as const,
    ),
    [
      'factura alta',
      [
        'me ha venido muy cara',
        'me ha venido cara',
        'muy cara la luz',
        'me ha venido muchisimo',
        'me ha venido mucho',
        'me ha venido carisima',
        'cobrais tanto',
        'me cobrais tanto',
        'me cobran tanto',
        'cobrando tanto',
        'pago tanto',
        'pagando tanto',
        'pago mas',
        'cobrado mas de lo normal',
        'mas cara de lo normal',
        'mas cara de lo habitual',
        'cobrado mas de lo habitual',
        'mas de lo normal',
        'mas de lo habitual',
        'cobrado mas',
        'cobrais mas',
        'cobran mas',
        'factura tan alta',
        'viene mas cara',
        'viene mas alta',
        'ha venido mas cara',
        'ha llegado mas cara',
        'factura muy alta',
        'factura muy cara',
        'factura tan cara',
        'factura es tan alta',
        'factura mas alta',
        'factura mas cara',
        'factura es mas alta',
        'cobrado de mas',
        'cobrais de mas',
        'cobrando de mas',
        'me cobran de mas',
        'pago de mas',
      ],
    ],
    // Correos, la empresa, no son correos electrónicos.
    [
      'correosexpress',
      [
        ...['paquete de correos', 'envio de correos', 'envio por correos', 'oficina de correos', 'correos express'],
        ...['con correos', 'por correos'],
      ],
    ],
    ['boletin', ['correos', 'emails', 'mails']],
    // A way to pay named is asking how one may pay.
    // Pagar con un medio de pago es preguntar por las formas de pago.
    [
      'formas de pago',
      ['pagar con paypal', 'pagar con bizum', 'pago con paypal', 'pago con bizum', 'aceptais paypal', 'aceptais bizum'],
    ],
    ['pago', ['paypal', 'bizum', 'apple pay', 'google pay']],
    // When an order comes is how long its shipping takes (not when a refund comes).
    [
      'cuanto tarda envio pedido',
      ['pedido', 'paquete', 'compra'].flatMap((thing) =>
        ['cuando llega', 'cuando me llega', 'cuando llegara', 'cuando me llegara'].flatMap((when) => [
          `${when} el ${thing}`,
          `${when} mi ${thing}`,
        ]),
      ),
    ],
    ...['pedido', 'paquete', 'envio', 'compra'].map(
      (thing) =>
        [`seguir ${thing}`, ['donde esta mi', 'donde anda mi', 'que paso con mi'].map((o) => `${o} ${thing}`)] as const,
    ),
    ['bloquear temporalmente', ['congelar la tarjeta', 'apagar la tarjeta', 'pausar la tarjeta']],
    ['cambiar', ['puse mal', 'me equivoque de', 'me equivoque en', 'esta mal']],
    [
      'horario',
      [
        ...['abris', 'abren', 'atendeis', 'atienden'].flatMap((verb) =>
          ['por la tarde', 'por la manana', 'a mediodia'].map((time) => `${verb} ${time}`),
        ),
        ...['abris', 'abren', 'abre', 'atendeis', 'atienden'].flatMap((verb) =>
          ['domingo', 'sabado', 'lunes', 'festivo', 'fin de semana'].flatMap((day) => [
            `${verb} el ${day}`,
            `${verb} los ${day}s`,
            `${verb} en ${day}`,
          ]),
        ),
        ...['abris', 'abren', 'abre', 'atendeis', 'atienden'].flatMap((verb) => [
          `que dias ${verb}`,
          `que dia ${verb}`,
        ]),
        'a que hora abren',
        'a que hora abris',
        'a que hora empezais',
        'a que hora empiezan',
        'a que hora cerrais',
        'cuando abris',
        'cuando cerrais',
        'abris',
        'cerrais',
        'a que hora cierran',
        'a que hora cierra',
        'cuando cierra',
        'que hora abren',
        'que hora cierran',
        'cuando abren',
        'cuando cierran',
        'estan abiertos',
        'esta abierto',
      ],
    ],
    [
      'presupuesto seguro',
      ['cuanto cuesta', 'cuanto costaria', 'cuanto me costaria', 'cuanto me cuesta', 'cuanto sale'].flatMap((cost) => [
        `${cost} asegurar`,
        `${cost} el seguro`,
        `${cost} un seguro`,
      ]),
    ],
    [
      'cuanto cuesta',
      [
        'cuanto sale',
        'cuanto me sale',
        'cuanto vale',
        'cuanto cobran',
        'cuanto me cobran',
        'cuanto cobrais',
        'que vale',
        'que se paga',
        'que hay que pagar',
        'cuanto se paga',
      ],
    ],
    [
      'pedir cita',
      [
        ...['reservar hora', 'pedir hora', 'coger cita', 'sacar cita', 'reservar cita', 'coger hora'],
        // Necesitar hora es pedir cita ("necesito hora para el consulado"), no un horario.
        ...['necesito hora', 'necesito una hora', 'me dan hora', 'darme hora'],
      ],
    ],
    ['cambiar nombre', ['renombrar']],
    // What a job takes one ("¿cuánto tiempo os lleva?") is how long it takes; a subvención is one of
    // the ayudas (a university's "ayudas para estudiar" stay its becas).
    ['tardar', ['os lleva', 'te lleva', 'les lleva']],
    ['ayudas', ['subvencion', 'subvenciones']],
    // Whether one will be charged anything asks a price ("¿me cobráis algo por tener la cuenta?").
    ['precio', ['cobrar algo', 'cobrais algo', 'cobran algo', 'cobra algo', 'me vais a cobrar']],
    // Keeping one's thing ("¿cuántos días os la quedáis?") says nothing of what is asked.
    ['', ['os la quedais', 'os lo quedais']],
    ['gratis', ['sin pagar nada', 'sin cobrar', 'sin coste', 'sin costo']],
    // Having to tell them or call before is booking. Apart from the deposit's 'reservar' below, and read
    // before 'cita': "sin avisar antes" is then "sin reservar", going without an appointment.
    [
      'reservar',
      [
        // Coger pista, mesa o plaza es reservarla.
        ...['coger pista', 'coger una pista', 'pillar pista', 'coger mesa', 'coger una mesa', 'coger plaza'],
        ...['avisar antes', 'hay que avisar', 'tengo que avisar', 'tenemos que avisar'],
        ...['llamar antes', 'llamar con antelacion'],
      ],
    ],
    ['comida', ['picar algo']],
    [
      'bono',
      ['paquete de sesiones', 'paquete de varias sesiones', 'pack de sesiones', 'bono de sesiones', 'pack de varios'],
    ],
    ['tinte', ['tapar las canas', 'cubrir las canas', 'tapar canas', 'cubrir canas']],
    ['roto', ['se me ha partido', 'se ha partido', 'se me partio', 'se partio']],
    ['cuantos alumnos', ['cuanta gente hay', 'cuantas personas hay', 'cuanta gente sois', 'cuanta gente va']],
    ['seguro', ['estoy cubierto', 'estoy cubierta', 'estamos cubiertos', 'me cubre el seguro']],
    // «¿Me lo cubre?», dicho junto a la aseguradora o la sanidad pública, no pregunta más que ellas.
    ['', ['me lo cubre', 'me lo cubren']],
    [
      'donde',
      [
        ...['cual es la direccion', 'cual es vuestra direccion', 'cual es su direccion'],
        ...['indicarme la direccion', 'darme la direccion', 'pasarme la direccion'],
        ...['me dais la direccion', 'me das la direccion'],
        ...['decir la direccion', 'decirme la direccion', 'indicar la direccion', 'indicarnos la direccion'],
        ...['como llego hasta vosotros', 'como llego a vosotros', 'como se llega hasta vosotros', 'como os encuentro'],
        ...['como llego a la tienda', 'como llego al local'],
        ...['en que calle esta', 'en que calle estais', 'en que calle estan'],
        ...['en que sitio', 'en que lugar'],
      ],
    ],
    ['puerta blindada', ['puerta de seguridad', 'puerta acorazada']],
    // La partida de nacimiento es su certificado.
    ['certificado de nacimiento', ['partida de nacimiento']],
    [
      'vestuario',
      [
        ...['sitio para cambiarse', 'sitio para cambiarme', 'donde me cambio', 'donde cambiarse'],
        ...['cambiarse de ropa', 'cambiarme de ropa'],
      ],
    ],
    ['cubrir', ['tiene cobertura', 'hay cobertura', 'cobertura para']],
    [
      'visita tecnico',
      ['venir a mi casa', 'vengan a mi casa', 'vengan a casa', 'mandar a alguien', 'manden a alguien'],
    ],
    ['codigo abierto', ['software libre', 'open source']],
    ['comunidad de vecinos', ['presidente de la escalera', 'presidenta de la escalera']],
    // Subir o cortar los bajos de una prenda es un arreglo.
    ['arreglos', ['subir bajos', 'subir el bajo', 'subir los bajos', 'cortar el bajo', 'cortar los bajos']],
    // Limpiar un terreno de hierbas o de maleza es desbrozarlo; quedarse sin agua es que la corten.
    [
      'desbrozar',
      ['limpiar de hierbas', 'limpiar de maleza', 'quitar la maleza', 'quitar las hierbas', 'limpiar la maleza'],
    ],
    ['cortar el agua', ['quedaremos', 'quedarnos', 'quedamos', 'quedo', 'quedado'].map((left) => `${left} sin agua`)],
    [
      'desbloquear',
      ['esta bloqueado', 'esta bloqueada', 'estaba bloqueado', 'estaba bloqueada', 'se bloqueo', 'me bloquearon'],
    ],
    // Whether one needs experience asks whether beginners may come (read before "hace falta" goes).
    [
      'principiantes',
      [
        ...['necesito experiencia previa', 'experiencia previa', 'hace falta experiencia'],
        ...['hace falta tener experiencia', 'necesito experiencia', 'necesita experiencia', 'se necesita experiencia'],
        ...['sin experiencia', 'ninguna experiencia', 'no tengo experiencia'],
      ],
    ],
    // What was just done, what is needed ("hace falta", asked as "necesito"), and what a phone or an
    // app asks the user for ("el móvil me pide el PUK", no order, "pedido") say nothing of what is asked.
    [
      '',
      [
        ...['acaban de', 'acabo de', 'acaba de', 'acabamos de', 'hace falta', 'hacen falta'],
        ...['me pide', 'me pidio', 'me esta pidiendo', 'me sigue pidiendo'],
      ],
    ],
    ['seguir pedido', ['saber donde esta', 'saber por donde va', 'todavia no ha llegado', 'aun no ha llegado']],
    ['activar', ['poner en marcha', 'pongo en marcha', 'ponerla en marcha', 'ponerlo en marcha']],
    // A car that will not go needs roadside help.
    [
      'grua',
      [
        'se me ha averiado el coche',
        'se ha averiado el coche',
        'se me averio el coche',
        'coche averiado',
        'se me ha estropeado el coche',
        'el coche no arranca',
        'no me arranca el coche',
        'me he quedado tirado',
        'me quede tirado',
      ],
    ],
    // Where a car broke down says little of what is asked; what is paid all at once, nothing.
    ['', ['en la autopista', 'en la autovia', 'en la carretera', 'todo de golpe', 'de golpe', 'de una vez']],
    // Where one lives or comes from tells, it does not ask ("vivo en Bilbao, ¿me lo mandáis?").
    ['', ['vivo en', 'vivimos en', 'soy de', 'somos de']],
    ['anadir conductor', ['que conduzca mi coche', 'que conduzca el coche', 'que lleve mi coche', 'conducir mi coche']],
    // Exámenes de práctica son simulacros; dejar la academia es darse de baja.
    ['simulacro', ['examenes de practica', 'examen de practica', 'examenes de prueba']],
    ['darse de baja', ['dejar la academia', 'dejar el gimnasio', 'dejar la escuela']],
    [
      'vegano',
      [
        ...['sin huevo ni leche', 'sin leche ni huevo', 'sin productos animales', 'sin nada animal'],
        ...['no comen carne ni nada animal', 'no come carne ni nada animal', 'nada animal'],
        ...['nada de origen animal', 'productos de origen animal'],
      ],
    ],
    // Not eating meat, or fish, is being vegetarian.
    [
      'vegetariano',
      [
        ...['no comen carne ni pescado', 'no come carne ni pescado', 'no como carne ni pescado'],
        ...['no comen carne', 'no come carne', 'no como carne'],
      ],
    ],
    ['por persona', ['el cubierto', 'precio del cubierto', 'por cubierto', 'por cabeza']],
    ['camarero', ['servicio de sala', 'personal de sala']],
    ['alergenos', ['lleva frutos secos', 'lleva gluten', 'lleva lactosa', 'lleva huevo', 'llevan frutos secos']],
    ['financiar', ['pagar cada mes', 'pago cada mes', 'fraccionar el pago', 'fraccionar']],
    ['', ['de fin de curso', 'de final de curso']],
    ['sala de ensayo', ['local para ensayar', 'sitio para ensayar', 'lugar para ensayar', 'local de ensayo']],
    // "Bajar" a document or an app is downloading it (never a price: "bajar la tarifa").
    ...['la poliza', 'el pdf', 'la app', 'la aplicacion', 'el recibo', 'el certificado', 'los documentos'].map(
      (what) => [`descargar ${what}`, ['bajar', 'bajarme', 'me puedo bajar'].map((down) => `${down} ${what}`)] as const,
    ),
    [
      'fuga de agua',
      [
        'se sale el agua',
        'se me sale el agua',
        'sale agua',
        'gotea',
        'tuberia rota',
        'roto una tuberia',
        'rotura de tuberia',
        'pierde agua',
      ],
    ],
    ['cambiar titular', ['a mi nombre', 'poner a mi nombre', 'pasar a mi nombre']],
    [
      'movil nuevo',
      [
        'cambiar de movil',
        'cambio de movil',
        'cambiar de telefono',
        'cambio de telefono',
        'renovar el movil',
        'renovar mi movil',
      ],
    ],
    ['que cubre', ['que incluye', 'que entra en']],
    ['sms', ['mensaje de texto', 'mensajes de texto']],
    // Whether the phone works where one travels asks for roaming.
    [
      'roaming',
      [
        'funciona mi movil alli',
        'funciona el movil alli',
        'funcionara mi movil',
        'funcionara el movil',
        'mi movil funciona alli',
      ],
    ],
    ['duplicado sim', ['roto la sim', 'roto la tarjeta sim', 'sim rota', 'perdido la sim', 'perdi la sim']],
    ['liberar movil', ['movil con otra compania', 'movil con otro operador', 'movil con otra operadora']],
    ['comisiones', ['me cobrais por', 'cobrais por tener', 'cuanto cobrais por', 'que me cobrais']],
    [
      'sacar dinero gratis',
      ['cajeros no me cobran', 'cajeros gratis', 'cajeros sin comision', 'cajeros no pago comision'],
    ],
    ['domiciliar recibo', ['domiciliar la factura', 'domiciliar una factura', 'domicilio la factura']],
    ['devolver router', ['entrego', 'llevo', 'dejo', 'entregar', 'llevar', 'dejar'].map((give) => `${give} el router`)],
    ['wifi', ['internet en las habitaciones', 'internet en la habitacion', 'internet en el hotel']],
    ['cambiar a', ['pasarme a', 'pasarme al', 'cambiarme a', 'cambiarme al']],
    ['cambiar pin', ['quitar el pin', 'quito el pin', 'desactivar el pin']],
    ['paquete no ha llegado', ['pedido no llega', 'paquete no llega', 'esperando el paquete', 'esperando mi pedido']],
    ['elegir dia entrega', ['me lo traigan otro dia', 'que dia me lo traen', 'traigan otro dia']],
    ['renovar poliza', ['vence mi seguro', 'vence mi poliza', 'caduca mi seguro', 'caduca mi poliza']],
    ['dejar maletas', ['consigna', 'guardar las maletas', 'guardar el equipaje']],
    // Something at home that broke, or a vehicle that stopped, is a fault to report.
    [
      'averia',
      [
        ...['se ha roto', 'se ha estropeado', 'se ha averiado'],
        ...['se me ha parado', 'se ha parado', 'no arranca', 'se ha quedado tirada', 'me he quedado tirado'],
      ],
    ],
    // A full tank ("el depósito lleno") is fuel, no deposit.
    ['combustible lleno', ['deposito lleno', 'el deposito lleno', 'tanque lleno']],
    // Buying tickets is "sacar" them.
    [
      'comprar entradas',
      ['sacar entradas', 'sacar las entradas', 'saco las entradas', 'saco entradas', 'sacamos las entradas'],
    ],
    // Hurting is "doler" ("me hará daño el láser" asks whether it hurts).
    ['doler', ['haga dano', 'hace dano', 'hara dano', 'hacer dano']],
    // Whether it is open at night asks the opening hours.
    ['horario', ['abiertos por la noche', 'abierto por la noche', 'abris por la noche', 'abiertos de noche']],
    ['horario', ['esta abierto', 'estais abiertos', 'estan abiertos', 'a que hora abris', 'a que hora cerrais']],
    [
      'renovar',
      ['quedarme otro ano', 'quedarme un ano mas', 'seguir otro ano', 'seguir un ano mas', 'quedarme mas tiempo'],
    ],
    ['dejar', ['me voy del', 'irme del', 'marcharme del', 'me marcho del']],
    ['', ['el mes que viene', 'la semana que viene', 'el ano que viene', 'este mes', 'esta semana']],
    ['copia', ['me mandais otro', 'me mandais otra', 'mandarme otro', 'mandarme otra', 'otra copia']],
    ['perder llaves', ['sin llaves', 'me he quedado fuera', 'me he dejado las llaves', 'me deje las llaves']],
    ['saber talla', ['no se que talla', 'que talla pido', 'que talla me pido', 'que talla elegir', 'que talla tengo']],
    ['boletin', ['ofertas por email', 'ofertas por correo', 'recibir ofertas', 'recibir vuestras ofertas']],
    [
      'urgencia',
      [
        'me encuentro mal',
        'me encuentro muy mal',
        'me podeis ver hoy',
        'me pueden ver hoy',
        'verlo ya',
        'verla ya',
        'ha comido algo',
      ],
    ],
    [
      'cancelar',
      ['no puedo ir a', 'no podre ir a', 'no voy a poder ir', 'no podemos ir', 'no puedo ir', 'no vamos a poder ir'],
    ],
    ['pedir cita', ['traer a mi perro', 'traer a mi gato', 'traer al veterinario']],
    ['peluqueria', ['banais', 'banar a mi perro', 'bano para perros', 'cortar el pelo a mi perro']],
    ['beca', ['ayudas para estudiar', 'ayuda para estudiar', 'ayudas al estudio']],
    ['tiempo parcial', ['estudiar y trabajar', 'trabajar y estudiar', 'mientras trabajo', 'media jornada']],
    ['cancelar', ['borrarme del', 'borrarme de la', 'quiero borrarme']],
    [
      'particulares',
      [
        ...['solo para mi', 'para mi solo', 'clase individual', 'clases individuales', 'solo con un profesor'],
        // Alone with the teacher ("yo solo con el profesor", "solo conmigo"), before "solo" goes as "only".
        ...['yo solo con el', 'yo solo con la', 'yo solo con un', 'yo solo con una', 'solo conmigo'],
      ],
    ],
    ['examenes', ['los finales', 'examenes finales']],
    [
      'cancelar',
      [
        'dejar las clases',
        'dejar el curso',
        'dejar de venir',
        'dejar el club',
        'dejar de ser socio',
        'dejar de ser socia',
      ],
    ],
    ['practica', ['clase de conducir', 'clases de conducir', 'clase de coche', 'clases de coche']],
    ['financiar', ['en varios meses', 'en varias veces']],
    ['escuela infantil', ['la guarde']],
    // La tarde del día es un horario, no tardar, cuya raíz comparte ("abrís el domingo por la tarde").
    ['horario', ['por la tarde', 'de la tarde', 'esta tarde', 'las tardes']],
    ['festivo', ['dia de reyes', 'semana santa', 'ano nuevo']],
    ['cita', ['sin avisar', 'sin reservar']],
    // La marca de una tarjeta es la tarjeta ("¿aceptan visa?"); Visa solo si se paga con ella.
    [
      'tarjeta',
      ['mastercard', 'amex', 'american express', 'aceptan visa', 'aceptais visa', 'aceptas visa', 'con visa'],
    ],
    // Lo que se hace sin ir a la oficina se hace online.
    [
      'online',
      ['en internet', 'por internet', 'a distancia', 'sin ir a la oficina', 'sin tener que ir', 'sin desplazarme'],
    ],
    // Studying, taking classes or buying from home is doing it online ("hacer la renta desde casa" is not).
    ...['estudiar', 'seguir', 'clase', 'clases', 'sesiones', 'teoria', 'comprar'].map(
      (what) => [`${what} online`, [`${what} desde casa`]] as const,
    ),
    ['acampar', ['montar la tienda', 'poner la tienda', 'plantar la tienda']],
    ['llevar', ['meter en la mochila', 'poner en la mochila', 'meto en la mochila']],
    ['domiciliar', ['me la cobren en', 'me lo cobren en', 'cobren en esta cuenta', 'cobren en mi cuenta']],
    ['comisiones', ['pagar algo por tener', 'pagar por tener la cuenta', 'cuesta tener la cuenta']],
    ['mas grande', ['se me ha quedado pequeno', 'se ha quedado pequeno', 'me queda pequeno', 'se queda pequeno']],
    ['misma persona', ['misma chica', 'misma senora', 'misma limpiadora', 'mismo chico']],
    ['cancelar', ['al final no necesito', 'ya no necesito', 'ya no hace falta']],
    ['cambiar numero', ['otro numero distinto', 'un numero distinto', 'numero diferente']],
    ['ceremonia civil', ['sin misa', 'no religiosa', 'no religioso', 'laica', 'laico']],
    ['desviar llamadas', ['llamadas me lleguen', 'me lleguen las llamadas']],
    ['cambiar fecha', ['ir otro dia', 'venir otro dia', 'para otro dia', 'pasarlo a otro dia']],
    ['empresa', ['companeros del trabajo', 'companeros de trabajo', 'companeros de la oficina']],
    // Being fit ("estar en forma") is one's physical condition, no way of doing a thing ("forma de pago").
    [
      'condicion fisica',
      ['en baja forma', 'en mala forma', 'en buena forma', 'en forma', 'fuera de forma', 'forma fisica'],
    ],
    // Read whole, or "de ruedas" would be left after it.
    ['silla de ruedas', ['va', 'van', 'ir'].flatMap((go) => [`${go} en silla de ruedas`, `${go} en silla`])],
    [
      'descuento',
      [
        ...['precio especial', 'precios especiales', 'tarifa especial'],
        ...['haceis precio', 'me haceis precio', 'hacen precio', 'me hacen precio', 'hacer precio'],
        // What comes out cheaper ("¿nos sale más barato?") is a discount.
        ...['sale mas barato', 'sale mas economico', 'salir mas barato', 'sale algo mas barato'],
      ],
    ],
    ['checkin', ['entrar en la habitacion', 'entrar a la habitacion', 'entrar en mi habitacion']],
    ['aparcamiento', ['dejar el coche', 'sitio para el coche', 'aparco el coche', 'aparcar el coche']],
    [
      'invitado',
      ['venir', 'traer a', 'llevar a']
        .flatMap((bring) => [`${bring} un amigo`, `${bring} una amiga`])
        .concat('venir conmigo'),
    ],
    ['taquilla', ['dejo mis cosas', 'dejar mis cosas', 'guardar mis cosas', 'guardo mis cosas']],
    ['cama supletoria', ['cama extra', 'cama adicional', 'otra cama', 'una cuna', 'cuna para el bebe']],
    ['no puedo enviar', ['no me salen', 'no se envian', 'no se mandan']],
    [
      'parte de accidente',
      ['un golpe con el coche', 'he tenido un accidente', 'tuve un accidente', 'he chocado', 'me han chocado'],
    ],
    ['activar', ['empezar a usarla', 'empezar a usarlo', 'empezar a usar', 'comenzar a usar', 'comenzar a usarla']],
    [
      'abrir cuenta',
      ['crear una cuenta', 'crear cuenta', 'crear mi cuenta', 'hacerme cliente', 'hacerse cliente', 'me hago cliente'],
    ],
    ['internet', ['conexion a internet', 'conexion de internet', 'conexion']],
    [
      'caida del pelo',
      ['se me cae el pelo', 'se me cae mucho el pelo', 'pierdo pelo', 'perdida de pelo', 'perdiendo pelo'],
    ],
    ['factura electronica', ['factura en papel', 'factura de papel', 'facturas en papel', 'sin papel']],
    [
      'domiciliar',
      [
        'cobreis en el banco',
        'cobreis en mi cuenta',
        'cobrar en el banco',
        'cargar en mi cuenta',
        'cargueis en mi cuenta',
      ],
    ],
    // Seeing the place, dropping by to see it, or seeing how a thing is made there, is visiting it.
    [
      'visitar',
      [
        ...['ver las instalaciones', 'conocer las instalaciones', 'ver el centro', 'conocer el centro'],
        ...['ver como haceis', 'ver como se hace', 'ver como lo haceis'],
        ...['pasarnos a ver', 'pasarme a ver', 'pasar a ver', 'pasaros a ver'],
      ],
    ],
    ['', ['creo que', 'me parece que', 'yo creo que']],
    ['', ['hay alguna forma de', 'alguna forma de', 'hay alguna manera de', 'alguna manera de']],
    // Not wanting a thing any more is ending it (after the longer idioms that say more).
    ['lectura del contador', ['numeros del contador', 'numero del contador']],
    ['cerca', ['queda lejos', 'esta lejos', 'queda cerca']],
    ['descargar', ['en pdf']],
    [
      'envio a domicilio',
      [
        ...['llevar a casa', 'llevarlo a casa', 'llevais a casa', 'traer a casa', 'traerlo a casa', 'traeis a casa'],
        ...['acercar a casa', 'acercarlo a casa', 'acercais a casa'],
      ],
    ],
    [
      'eutanasia',
      ['dormir a mi perro', 'dormir a mi gato', 'sacrificar a mi perro', 'sacrificar a mi gato'].concat([
        'dormirla',
        'dormirlo',
        'sacrificarla',
        'sacrificarlo',
      ]),
    ],
    ['boda', ['me caso', 'nos casamos', 'casarme', 'casarnos']],
    // Coming to one's home is a home visit.
    [
      'domicilio',
      [
        'venir a casa',
        'venir a mi casa',
        'venis a casa',
        'venir a domicilio',
        'no puede salir de casa',
        'no puedo salir de casa',
      ],
    ],
    // Not renewing or going on with a thing is ending it, not renewing it.
    [
      'cancelar',
      ['ya no quiero', 'no quiero renovar', 'no voy a renovar', 'no quiero continuar', 'no quiero seguir con'],
    ],
    ['iban', ['numero de cuenta', 'numero de la cuenta']],
    ['salir de casa', ['irme de casa', 'irnos de casa', 'irse de casa', 'marcharme de casa', 'marcharnos de casa']],
    // An ID photo is one thing, not a photo and a licence ("¿sacáis fotos de carné?" to a driving school).
    [
      'fotocarnet',
      [
        ...['foto para el dni', 'fotos para el dni', 'foto para el pasaporte', 'fotos para el pasaporte'],
        ...['foto', 'fotos'].flatMap((photo) => [
          `${photo} carnet`,
          `${photo} de carnet`,
          `${photo} carne`,
          `${photo} de carne`,
        ]),
        ...['foto', 'fotos'].flatMap((photo) => [`${photo} tamano carnet`, `${photo} tamano carne`]),
      ],
    ],
    ['extracto', ['lo que he gastado', 'en que he gastado', 'mis gastos']],
    ['amortizar', ['adelantar dinero', 'adelantar pagos', 'adelantar cuotas']],
    [
      'talla',
      ['me queda pequeno', 'me queda grande', 'me queda corto', 'me queda largo', 'me esta pequeno', 'me esta grande'],
    ],
    [
      'stock',
      [
        'vuelve a haber',
        'volvera a haber',
        'lo reponeis',
        'lo reponen',
        'no queda',
        'no quedan',
        'no hay existencias',
      ].concat(['mas unidades', 'reponer', 'reponeis']),
    ],
    ['sin conexion', ['sin internet', 'offline']],
    // Dejar el coche en un sitio es aparcarlo; lo que se paga al mes es una cuota.
    // A motorbike or a van left is one parked, still a motorbike or a van.
    [
      'aparcar',
      ['donde pongo el coche'].concat(
        ['el coche', 'mi coche'].flatMap((it) => [`dejo ${it}`, `dejar ${it}`, `dejamos ${it}`]),
      ),
    ],
    ['aparcar moto', ['la moto', 'mi moto'].flatMap((it) => [`dejo ${it}`, `dejar ${it}`, `dejamos ${it}`])],
    ['aparcar furgoneta', ['dejo la furgoneta', 'dejar la furgoneta']],
    ['activar', ['poner a funcionar', 'pongo a funcionar', 'hacer funcionar', 'hago funcionar']],
    [
      'aire ruedas',
      ['inflar las ruedas', 'hinchar las ruedas', 'inflar ruedas', 'hinchar ruedas', 'presion de las ruedas'],
    ],
    ['tarjeta de puntos', ['clientes habituales', 'cliente habitual', 'acumular puntos', 'programa de puntos']],
    ['cuota', ['algo por mes', 'pagar por mes', 'pago por mes', 'tarifa mensual', 'tarifa por mes', 'bono mensual']],
    // Whose name a document is in is no other business ("la factura a nombre de la empresa").
    ['', ['a nombre de la empresa', 'a nombre de mi empresa']],
    ['libro electronico', ['kindle', 'ebook', 'ebooks', 'libros digitales']],
    ['banca online', ['web del banco', 'pagina del banco', 'banca por internet']],
    ['aumentar limite', ['gastar mas con la tarjeta', 'mas credito en la tarjeta', 'mas limite']],
    ['prueba de conduccion', ['conducir el coche antes', 'probar el coche', 'probarlo antes']],
    [
      'tasar',
      ['cuanto me dais por', 'cuanto me das por', 'cuanto vale mi coche', 'cuanto puede valer', 'cuanto podria valer'],
    ],
    ['transferencia', ['cambio de nombre', 'cambiar de nombre']],
    ['renting', ['alquilar a largo plazo', 'alquiler a largo plazo', 'a largo plazo']],
    // Leaving a deposit, or closing the date with someone, is booking.
    [
      'reservar',
      [
        ...['dejar una senal', 'dejar senal', 'pagar una senal'],
        ...['cerrar la fecha', 'cerramos la fecha', 'bloquear la fecha', 'asegurar la fecha'],
      ],
    ],
    // Comprar una casa pide una hipoteca, y el préstamo de la casa es la hipoteca.
    [
      'hipoteca',
      [
        ...['comprarme una casa', 'comprar una casa', 'comprar un piso', 'comprarme un piso'],
        ...['prestamo del piso', 'prestamo de la casa', 'prestamo de la vivienda', 'prestamo hipotecario'],
      ],
    ],
    ['pedido minimo', ['gastar como minimo', 'gasto minimo', 'compra minima', 'importe minimo']],
    ['entrega', ['me lo traen', 'me lo traeis', 'me la traen', 'me lo traigan', 'me lo traigais']],
    ['sacar dinero', ['retirar dinero', 'retirar efectivo', 'retiro dinero', 'retiro efectivo']],
    // A voucher of any name is a gift card, and so is giving someone a thing ("quiero regalar un vuelo").
    [
      'tarjeta regalo',
      [
        ...['bono', 'bonos', 'cheque', 'cheques', 'vale', 'vales', 'tarjetas'].map((voucher) => `${voucher} regalo`),
        ...['regalar un', 'regalar una'],
        // Surprising someone with a thing is giving it.
        ...['darle una sorpresa', 'darles una sorpresa', 'dar una sorpresa'],
      ],
    ],
    ['tienda fisica', ['ir a una tienda', 'ir a la tienda', 'ir a vuestra tienda', 'visitar la tienda', 'en persona']],
    ['producto equivocado', ['mandado otra cosa', 'enviado otra cosa', 'llegado otra cosa', 'no es lo que pedi']],
    [
      'ingresar efectivo',
      [
        'meter billetes',
        'meto billetes',
        'meter dinero',
        'meto dinero',
        'depositar dinero',
        'ingresar dinero',
        'ingresar billetes',
      ],
    ],
    [
      'trasladar cambiar direccion',
      ['me he mudado', 'me mude', 'me mudo', 'me voy a mudar', 'piso nuevo', 'nuevo piso', 'casa nueva', 'nueva casa'],
    ],
    // Who money goes to says little of what is asked ("cómo mando dinero a otra persona").
    ['', ['a otra persona', 'a otras personas', 'a otra cuenta', 'a otras cuentas']],
    // A bill paid from the account, or a salary paid into it, is domiciled there.
    [
      'domiciliar recibo',
      ['luz', 'agua', 'gas', 'telefono', 'recibo', 'recibos', 'factura', 'facturas'].flatMap((bill) =>
        [
          'con la cuenta',
          'desde la cuenta',
          'con esta cuenta',
          'desde esta cuenta',
          'con mi cuenta',
          'desde mi cuenta',
        ].map((from) => `pagar la ${bill} ${from}`),
      ),
    ],
    [
      'domiciliar nomina',
      ['cobrar la nomina en', 'cobrar mi nomina en', 'recibir la nomina en', 'recibir mi nomina en'],
    ],
    // How a thing is done, through the app, says little of what is asked ("pagar un recibo desde la app").
    ['', ['por la app', 'desde la app', 'con la app', 'por la aplicacion', 'desde la aplicacion']],
    // Where the asker is says little of what is asked ("no tengo cobertura en casa"); a house itself may be.
    ['', ['en casa', 'en mi casa', 'a casa', 'a mi casa', 'de casa', 'en la casa']],
    [
      'presupuesto',
      [
        ...['darme un precio', 'dar un precio', 'darme precio', 'me deis un precio', 'me des un precio'],
        ...['me decis cuanto', 'me dices cuanto', 'decirme cuanto'],
      ],
    ],
    ['guardamuebles', ['dejar los muebles', 'guardar los muebles', 'guardar muebles', 'guardarme los muebles']],
    ['lento', ['va a pedales', 'va a pedal', 'va fatal']],
    // Summer colonies are camps (a colonia alone is a scent).
    [
      'campamento',
      ['colonias de verano', 'colonias en julio', 'colonias en agosto', 'colonias para ninos', 'colonias urbanas'],
    ],
    // An appliance that uses little electricity is a low-consumption one.
    ['bajo consumo', ['gaste poca luz', 'gaste poca electricidad', 'gaste menos luz', 'consuma poco']],
    ['venga un tecnico', ['venga alguien', 'mandar a alguien', 'mandeis a alguien', 'envieis a alguien']],
    [
      'compartir gigas',
      ['pasarle gigas', 'pasar gigas', 'pasarle datos', 'pasar datos', 'pasarle megas', 'pasar megas'],
    ],
    // Second-hand says how a thing is, as used does ("coches de segunda mano").
    ['usado', ['de segunda mano', 'segunda mano', 'de ocasion']],
    ['tarjeta adicional', ['mujer', 'marido', 'hijo', 'hija', 'pareja'].map((who) => `tarjeta para mi ${who}`)],
    ['no hay nadie en casa', ['si no estoy', 'no estoy en casa', 'si no hay nadie']],
    // La tarjeta sanitaria es de la sanidad pública, no una tarjeta del banco ni de una clínica.
    ['sanidad', ['tarjeta sanitaria', 'tarjeta de la seguridad social', 'seguridad social']],
    [
      'permanencia',
      [
        'me penalizais',
        'penalizacion',
        'si me voy antes',
        'me queda de contrato',
        'queda de contrato',
        'queda de permanencia',
      ],
    ],
    ['antiparasitario', ['pulgas', 'garrapatas', 'antipulgas']],
    ['equipaje de mano', ['maleta de mano', 'maleta de cabina']],
    ['cambiar la fecha', ['volar otro dia', 'viajar otro dia', 'salir otro dia']],
    ['pierden mi maleta', ['no ha salido en la cinta', 'no ha llegado mi maleta', 'no aparece mi maleta']],
    [
      'elegir asiento',
      ['asiento de ventanilla', 'ir en ventanilla', 'sentarme en ventanilla', 'sentarme en la ventanilla'],
    ],
    ['liquidos', ['botella de agua', 'botellas de agua']],
    ['equipaje facturado', ['maleta grande', 'facturar una maleta']],
    ['bungalow', ['cabana', 'cabanas']],
    ['hora de salida', ['dejar la parcela', 'dejar el bungalow', 'dejar la habitacion']],
    ['supermercado', ['comprar pan', 'tienda de comestibles']],
    ['cerca de la playa', ['distancia esta el mar', 'lejos esta el mar', 'cerca del mar']],
    // Estar de N meses es estar embarazada.
    ['embarazada', agesOf(['estoy de N meses'], 2, 9, NUMBER_NAMES)],
    ['alojamiento', ['se puede dormir', 'donde dormir', 'sitio para dormir', 'pasar la noche']],
    // A child's age said, or one's own under 18 ("tengo 15 años, puedo apuntarme"), asks the age allowed.
    [
      'edad',
      childAges(
        ['tiene N', 'tengo N', 'de N', 'con N'].flatMap((age) =>
          ['años', 'año', 'añitos', 'añito'].map((years) => `${age} ${years}`),
        ),
      ),
    ],
    // Una edad de 60 años o más pregunta lo que hay para mayores.
    ['mayores', olderAges(['tiene N años', 'tengo N años', 'de N años', 'con N años'])],
    // Decir la edad propia de adulto pregunta lo que hay para adultos ("tengo 40 años, hay grupos").
    // Taking blood is an extraction; eating before a blood test asks whether to fast.
    [
      'extraccion',
      ['sacar sangre', 'sacarme sangre', 'sacarle sangre', 'sacais sangre', 'sacan sangre', 'saca sangre'],
    ],
    ['ayunas', ['desayunar antes', 'comer antes', 'desayunar algo antes', 'comer algo antes']],
    // Getting hurt or a risk asks whether it is dangerous; the people of one's office are a company's.
    ['peligroso', ['hacerse dano', 'hacerme dano', 'hacerte dano', 'riesgo', 'lesionarse', 'lesionarme']],
    // Being federated is holding the federation licence; never having done a thing, being a beginner;
    // going in jeans asks the dress code; eating there asks for the restaurant.
    ['licencia federativa', ['estar federado', 'estar federada', 'federarse', 'federarme', 'federado', 'federada']],
    [
      'principiantes',
      [
        ...['jugado', 'montado', 'hecho', 'practicado', 'nadado', 'bailado'],
        ...['tocado', 'esquiado', 'escalado', 'tirado', 'remado'],
      ].flatMap((done) => [`nunca he ${done}`, `no he ${done} nunca`]),
    ],
    // Anything like it says nothing more of what is asked ("nunca he hecho nada parecido").
    ['', ['nada parecido', 'nada similar', 'algo parecido', 'algo similar']],
    // When one should book, or whether one is still in time ("¿voy bien de tiempo?"), asks how far ahead.
    [
      'antelacion',
      [
        ...['cuando debo reservar', 'cuando tengo que reservar', 'cuando hay que reservar'],
        ...['voy bien de tiempo', 'vamos bien de tiempo', 'voy a tiempo', 'vamos a tiempo'],
        ...['estoy a tiempo', 'estamos a tiempo', 'llego a tiempo', 'llegamos a tiempo', 'aun da tiempo'],
      ],
    ],
    // Meeting the rules (cumplir la normativa) is being approved.
    ['homologado', ['cumplen la normativa', 'cumple la normativa', 'cumplen con la normativa']],
    // Sessions with other children are in a group.
    ['grupo', ['con otros ninos', 'con mas ninos', 'con otros crios']],
    // Sí o sí is without fail: what one must do.
    ['obligatorio', ['si o si']],
    // What to put on is what to wear.
    ['llevar', ['que me pongo', 'que ponerme', 'que me tengo que poner', 'que ropa me pongo']],
    [
      'codigo de vestimenta',
      [
        ...['vaqueros', 'chanclas', 'pantalon corto', 'bermudas'].map((clothes) => `ir en ${clothes}`),
        ...['ir con vaqueros', 'como hay que ir vestido', 'como voy vestido'],
      ],
    ],
    // Having a thing ready, or done today ("¿me los podéis tener para hoy?"), asks how long it takes.
    [
      'tardar',
      [
        ...['tendriais listo', 'tendreis listo', 'estara listo', 'estaria listo'],
        ...['tener', 'tenerlo', 'tenerla', 'tenerlos', 'tenerlas', 'listo', 'lista'].flatMap((ready) => [
          `${ready} para hoy mismo`,
          `${ready} para hoy`,
        ]),
      ],
    ],
    // The meeting point asks where to meet.
    ['donde quedar', ['punto de encuentro', 'punto de reunion', 'lugar de encuentro']],
    ['restaurante', ['se puede comer', 'donde comer', 'sitio para comer', 'algo de comer']],
    // Undressing asks what to wear.
    ['ropa', ['desvestir', 'desvestirme', 'desnudarme', 'quitarme la ropa']],
    // What the children will do there asks the activities.
    ['actividades', ['que haran', 'que hacen los ninos', 'que van a hacer', 'que hacen alli']],
    // A photo booth is a fotomatón.
    ['fotomaton', ['cabina de fotos', 'photocall', 'photobooth']],
    // A money contribution is a donation.
    ['donar', ['aportacion economica', 'hacer una aportacion', 'aportar dinero', 'colaborar economicamente']],
    [
      'empresas',
      [
        'companeros de trabajo',
        'companeros del trabajo',
        ...['equipo', 'gente', 'los'].map((who) => `${who} de la oficina`),
        // An office's dinner or party ("la cena de Navidad de la oficina").
        ...['cena', 'comida', 'fiesta', 'navidad'].map((what) => `${what} de la oficina`),
      ],
    ],
    ['adultos', adultAges(['tengo N años'])],
    // A windy day ("hace mucho aire") asks about wind.
    ['viento', ['hace aire', 'hace mucho aire', 'mucho aire']],
  ],
  courtesies: [
    // "Ola" is how "hola" is often typed.
    ['hola', 'ola', 'buenos dias', 'buenas tardes', 'buenas noches', 'buenas', 'que tal', 'saludos'],
    ['gracias', 'muchas gracias', 'mil gracias', 'te agradezco', 'agradecido', 'agradecida'],
    ['adios', 'chao', 'chau', 'hasta luego', 'nos vemos', 'hasta pronto'],
  ],
  modifiers: { before: [], after: ['de', 'del', 'sobre', 'en'] },
  letter: {
    openings: [
      'estimado',
      'estimada',
      'estimados',
      'estimadas',
      'querido',
      'querida',
      'hola',
      'buenos dias',
      'buenas tardes',
      'buenas noches',
      'buenas',
    ],
    closings: [
      ...['saludos', 'un saludo', 'cordiales saludos', 'atentamente', 'cordialmente', 'un abrazo', 'abrazos'],
      ...['gracias', 'muchas gracias', 'gracias de antemano', 'quedo atento', 'quedo atenta', 'quedo a la espera'],
    ],
  },
  determiners: [
    ...['el', 'la', 'los', 'las', 'un', 'una', 'mi', 'mis', 'tu'],
    ...['tus', 'su', 'sus', 'este', 'esta', 'ese', 'esa', 'nuestro', 'nuestra'],
  ],
  articles: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'],
  fusedArticles: ['del', 'al'],
  price: 'precio',
  without: ['sin'],
  reasons: ['porque', 'xq', 'pq', 'ya que', 'pues', 'para poder', 'para demostrar'],
  mishaps: { said: ['perdido'], scene: ['en'], of: ['de', 'del'] },
  elsewhere: [
    ...['ayuntamiento', 'hacienda', 'dgt', 'policia', 'embajada', 'consulado', 'sanidad'],
    ...['netflix', 'spotify', 'youtube', 'facebook', 'instagram', 'tiktok', 'twitter', 'gmail', 'hotmail'],
    ...['amazon', 'wallapop', 'glovo', 'uber', 'cabify', 'airbnb', 'zara', 'mercadona', 'aliexpress', 'shein'],
    ...['renfe', 'iberia', 'vueling', 'ryanair'],
    // Las empresas de paquetería: una tienda que envía con una dice su nombre.
    ...['seur', 'mrw', 'gls', 'dhl', 'ups', 'fedex', 'nacex', 'correosexpress'],
    // Institutions and bodies other businesses' customers name ("la beca del ministerio").
    ...['universidad', 'autoescuela', 'colegio', 'hospital', 'ministerio', 'municipal', 'booking'],
    // Otros sitios a los que se va ("a qué hora abre el mercado"), si la base nunca los nombra.
    ...['mercado', 'tintoreria', 'farmacia', 'museo', 'taxi', 'dni', 'autobus', 'tren', 'vuelo', 'ibi'],
    ...['zoo', 'zoologico'],
  ],
  yours: ['vuestro', 'vuestra', 'vuestros', 'vuestras'],
  // Una venta (de cualquier lado), un alquiler, un arreglo, una limpieza, una instalación, un reciclaje, una donación.
  services: {
    groups: [
      ['vender', 'comprar'],
      ['alquilar', 'arrendar'],
      ['reparar', 'arreglar'],
      ['limpiar', 'lavar'],
      ['instalar'],
      ['reciclar'],
      ['donar'],
    ],
    kindAfter: ['de', 'para'],
    sale: {
      buy: 'comprar',
      sell: 'vender',
      business: ['vosotros', 'ustedes', 'usted'],
      businessForms: /^(?:comprais|vendeis|compran|venden|vende|comprariais|venderiais)$/,
      nouns: /^(?:compra|compras|venta|ventas)$/,
    },
  },
  businesses: [
    [['banco'], ['bizum', 'hipoteca', 'cajero', 'nomina', 'cuenta corriente', 'iban', 'certificado de titularidad']],
    [
      ['universidad', 'facultad'],
      ['master', 'asignatura', 'expediente academico', 'campus', 'tfg', 'selectividad'],
    ],
    [
      ['colegio', 'escuela'],
      ['uniforme', 'comedor', 'tutor', 'alumno', 'extraescolares', 'curso escolar'],
    ],
    [
      ['hospital', 'clinica'],
      ['paciente', 'urgencias', 'especialista', 'analisis', 'ingreso hospitalario'],
    ],
    [['gimnasio'], ['entrenador personal', 'sala de musculacion', 'taquilla', 'spinning', 'cuota']],
    [['hotel'], ['desayuno', 'check in', 'check out', 'habitacion doble', 'recepcion']],
    [['farmacia'], ['receta', 'medicamento', 'farmaceutico', 'generico']],
    [
      ['operador', 'compania'],
      ['sim', 'roaming', 'portabilidad', 'prepago', 'puk'],
    ],
    [['autoescuela'], ['carnet', 'practicas', 'examen teorico', 'examen practico', 'permiso de conducir']],
    [['taller'], ['itv', 'neumaticos', 'frenos', 'cambio de aceite', 'chapa y pintura']],
    [['ayuntamiento'], ['empadronamiento', 'padron', 'ibi', 'licencia de obras', 'recogida de basuras']],
  ],
  where: ['internacional', 'autobus', 'metro', 'tren'],
  currencies: ['euro', 'euros', 'peso', 'pesos', 'dolar', 'dolares', 'centimos', 'centavos', 'pavos', 'lucas'],
  states: [
    // Used says how a thing is ("coches usados"), not what it is.
    'usado',
    // What a thing runs on, is grown as, is for or is made without says how it is, not what it is
    // ("una moto eléctrica", "ropa infantil", which "para niños" reads as).
    'electrico',
    'electrica',
    'ecologico',
    'ecologica',
    'infantil',
    'vegano',
    'vegana',
    'usada',
    'personalizado',
    'lento',
    'lenta',
    'rapido',
    'rapida',
    'disponible',
    'abierto',
    'abierta',
    'cerrado',
    'cerrada',
    'atrasado',
    'atrasada',
    'retrasado',
    'retrasada',
    'equivocado',
    'equivocada',
    'roto',
    'rota',
    'perdido',
    'perdida',
    'robado',
    'robada',
    'bloqueado',
    'bloqueada',
    'gratis',
    'gratuito',
    'posible',
    'caro',
    'cara',
    'barato',
    'barata',
    'vencido',
    'vencida',
    'caducado',
    'caducada',
    'danado',
    'danada',
    'activo',
    'activa',
    'valido',
    'valida',
    'incluido',
    'incluida',
    'seguro',
    'segura',
  ],
  forms: [
    [/^que es (un|una)\b/, 'general'],
    [/^que (es|son)\b/, 'define'],
    [/^que\b/, 'what'],
    [/^cuant[oa]s?\b/, 'amount'],
    // How a thing works asks what it is like, not a way to do it.
    [/^como funcionan?\b/, 'works'],
    [/^como\b/, 'how'],
    [/^(donde|adonde)\b/, 'where'],
    [/^quien(es)?\b/, 'who'],
    [/^cuando\b/, 'when'],
    [/^por ?que\b/, 'why'],
    [/^cual(es)?\b/, 'which'],
    [/^(puedo|puede|pueden)\b/, 'can'],
  ],
  yourself: ['yo mismo', 'yo misma', 'por mi cuenta', 'en casa'],
  // El mejor día, modo o momento de hacer algo pregunta cuándo o cómo, no qué cosa.
  choosing: [
    /\bcual (es )?(el|la|los|las) (mejor|mejores|mas barat[oa]s?)\b(?! (dia|dias|forma|manera|modo|hora|momento)\b)/,
    /\b(cual|cuales|que) \w+( \w+)? (es|son) (el |la |los |las )?(mejor|mejores|mas \w+)\b/,
    /\b(cual|que) \w+( \w+)? me (compro|recomiendas|recomendais|recomienda)\b/,
    /\b(me )?recomiendas? (un|una|algun|alguna)\b/,
  ],
};
