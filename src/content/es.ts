import type { Strings } from './strings.js';

// Written for Spanish speakers in the United States: plain, warm, "usted". Program names keep the English
// acronyms (IOP, PHP) that people will hear when they call. Level names are never dropped bare into a
// sentence: a template puts them after a colon or in parentheses, so no article is missing.
const MEDICATIONS = 'Muchos ofrecen medicamentos para el alcohol o los opioides; pregunte cuáles';

export const es: Strings = {
  title: 'Tratamiento ambulatorio intensivo o residencial: ¿cuál podría ser más adecuado?',
  titleMany: 'Niveles de atención: ¿cuál podría ser más adecuado?',
  levels: {
    outpatient: 'Tratamiento ambulatorio',
    iop: 'Tratamiento ambulatorio intensivo (IOP)',
    php: 'Hospitalización parcial (PHP)',
    inpatient: 'Tratamiento residencial (internamiento)',
  },
  compare: {
    heading: 'Cómo se comparan los niveles de atención',
    intro: 'Características habituales; cada programa es un poco diferente.',
    notOfferedHere: 'No se ofrece aquí',
    allRows: 'Ver las {count} filas',
    fewerRows: 'Ver menos filas',
    mayFit: 'Podría ser el más adecuado',
    rows: {
      live: {
        label: 'Dónde vive durante el tratamiento',
        cells: {
          outpatient: 'En su casa',
          iop: 'En su casa',
          php: 'En su casa',
          inpatient: 'En el centro de tratamiento',
        },
      },
      schedule: {
        label: 'Tiempo y horario (adultos)',
        cells: {
          outpatient: 'Menos de 9 horas por semana',
          iop: 'Entre 9 y 19 horas por semana, repartidas en varios días',
          php: '20 horas o más por semana, durante el día',
          inpatient: 'Una rutina completa, todo el día, todos los días',
        },
      },
      supervision: {
        label: 'Supervisión',
        cells: {
          outpatient: 'Durante las sesiones',
          iop: 'Durante las sesiones; el resto del tiempo, por su cuenta',
          php: 'Durante el día; de noche, en casa',
          inpatient: 'Personal presente las 24 horas',
        },
      },
      detox: {
        label: 'Desintoxicación médica',
        cells: {
          outpatient: 'A veces, para síntomas leves, con atención médica',
          iop: 'A veces; a menudo se hace antes en otro lugar',
          php: 'A veces en el mismo centro',
          inpatient: 'Puede hacerse en el mismo centro, con personal médico',
        },
      },
      medications: {
        label: 'Medicamentos',
        cells: { outpatient: MEDICATIONS, iop: MEDICATIONS, php: MEDICATIONS, inpatient: MEDICATIONS },
      },
      therapies: {
        label: 'Terapias',
        cells: {
          outpatient: 'Consejería y algunos grupos',
          iop: 'Terapia individual y de grupo, y sesiones con la familia',
          php: 'Terapia individual y de grupo durante gran parte del día',
          inpatient: 'Terapia individual, de grupo y familiar, todos los días',
        },
      },
      length: {
        label: 'Duración típica',
        cells: {
          outpatient: 'Depende del programa',
          iop: 'A menudo de varias semanas a unos meses',
          php: 'Depende del programa',
          inpatient: 'A menudo unos 30 días, a veces meses; luego, tratamiento ambulatorio',
        },
      },
      cost: {
        label: 'Costo y seguro médico',
        cells: {
          outpatient: 'Varía; pregunte qué cubre su plan',
          iop: 'Suele costar menos que el residencial; muchos planes lo cubren',
          php: 'Varía; pregunte qué cubre su plan',
          inpatient: 'Suele costar más. Muchos planes lo cubren, a menudo con aprobación previa',
        },
      },
      life: {
        label: 'Trabajo, estudios y familia',
        cells: {
          outpatient: 'Se adapta a casi cualquier trabajo u obligación familiar',
          iop: 'Muchos siguen trabajando, estudiando o cuidando a la familia',
          php: 'Difícil de combinar con un trabajo de tiempo completo',
          inpatient: 'Una pausa en la vida diaria; en EE. UU., la licencia FMLA (sin sueldo) podría proteger su empleo',
        },
      },
      suits: {
        label: 'Suele ser para',
        cells: {
          outpatient: 'Problemas más leves, o después de un tratamiento más intensivo',
          iop: 'Un hogar con apoyo y obligaciones que no se pueden dejar, o después del residencial',
          php: 'Apoyo diario para quien tiene un hogar seguro y estable',
          inpatient: 'Abstinencia fuerte de alcohol o pastillas, problemas graves de salud mental o un hogar inseguro',
        },
      },
    },
  },
  quiz: {
    heading: '¿Qué nivel de atención podría ser más adecuado?',
    intro: 'Responda {count} preguntas cortas sobre {quien}. Toma unos 2 minutos.',
    privacy: 'Sus respuestas se quedan en esta página. No se envía ni se guarda nada.',
    privacyShared: 'Al terminar, sus respuestas se comparten con este sitio web.',
    start: 'Comenzar',
    progress: 'Pregunta {step} de {total}',
    back: 'Atrás',
    next: 'Siguiente',
    finish: 'Ver el resultado',
    startOver: 'Empezar de nuevo',
    chooseOne: 'Elija una respuesta para continuar.',
    chooseAll: 'Elija todas las que correspondan.',
    chooseAtLeastOne: 'Elija al menos una respuesta para continuar.',
    crisisAlert: 'Llame o envíe un texto al {crisis} ahora, a cualquier hora. Si hay peligro inmediato, llame al {emergency}.',
    audienceQuestion: '¿Para quién busca ayuda?',
    forSelf: 'Para mí',
    forLovedOne: 'Para un ser querido',
    questions: {
      substances: {
        text: '¿Qué sustancias consume {quien}?',
        options: {
          alcohol: 'Alcohol',
          sedatives: 'Pastillas para la ansiedad o para dormir, como Xanax o Valium (benzodiacepinas)',
          opioids: 'Opioides, como heroína, fentanilo o analgésicos recetados',
          stimulants: 'Estimulantes, como metanfetamina o cocaína',
          cannabis: 'Cannabis (marihuana)',
          other: 'Otra sustancia',
          unsure: 'No sé',
        },
        reasons: {
          alcohol: 'alcohol',
          sedatives: 'pastillas para la ansiedad o para dormir',
          other: 'otra sustancia',
          unsure: 'sustancias que no se conocen',
        },
      },
      withdrawal: {
        text: 'Cuando {quien} deja de consumir o consume menos, ¿tiene síntomas de abstinencia?',
        hint: 'Fuertes: temblores, sudoración, vómitos, ver u oír cosas que no existen, confusión o convulsiones, ahora o antes. También cuenta el consumo diario intenso sin pausas.',
        options: {
          none: 'No se notan síntomas de abstinencia',
          mild: 'Síntomas de abstinencia leves, como dormir mal o inquietud',
          severe: 'Síntomas de abstinencia fuertes, o consumo diario intenso sin pausas',
        },
      },
      severity: {
        text: 'En los últimos meses, ¿cuánto han afectado el alcohol o las drogas su salud, sus relaciones o su trabajo?',
        options: {
          mild: 'El consumo afecta un poco la vida',
          moderate: 'El consumo ya está causando problemas',
          severe: 'El consumo afecta casi todos los aspectos de la vida',
        },
      },
      relapse: {
        text: '¿Alguna vez {quien} intentó dejar de consumir y luego volvió a empezar?',
        options: {
          none: 'Nunca ha intentado dejar de consumir, o es la primera vez',
          once: 'Volvió a consumir tras intentar dejarlo una vez',
          repeated: 'Volvió a consumir tras intentar dejarlo varias veces',
        },
      },
      'mental-health': {
        text: '¿Está {quien} pasando por depresión, ansiedad, experiencias traumáticas u otros problemas de salud mental?',
        options: {
          none: 'Sin problemas de salud mental',
          managed: 'Problemas de salud mental bajo control',
          struggling: 'Problemas de salud mental difíciles de manejar ahora',
          crisis: 'Pensamientos de suicidio, de hacerse daño o de hacerle daño a otra persona',
        },
      },
      health: {
        text: '¿Alguna de estas situaciones es su caso?',
        options: {
          pregnant: 'Embarazo, o posible embarazo',
          condition: 'Un problema de salud grave y difícil de controlar, como enfermedad del corazón o del hígado, o convulsiones',
          unsure: 'No sé',
          none: 'Ninguna de estas',
        },
        reasons: { none: 'Sin embarazo ni problemas de salud graves' },
      },
      environment: {
        text: '¿Cómo es el ambiente en su casa y con su gente cercana?',
        options: {
          supportive: 'Hogar con apoyo: las personas cercanas quieren ayudar',
          mixed: 'Hogar con altibajos: algo de apoyo y algo de estrés',
          unsafe: 'Hogar inseguro o de riesgo: personas que consumen, violencia, o ningún lugar estable donde vivir',
        },
      },
      'prior-treatment': {
        text: '¿Ha recibido {quien} tratamiento antes?',
        options: {
          'stepping-down': 'Está terminando (o acaba de terminar) un tratamiento residencial',
          none: 'Sin tratamiento anterior, o nada reciente',
          'outpatient-not-enough': 'Tratamiento ambulatorio anterior que no fue suficiente',
        },
      },
      responsibilities: {
        text: '¿Podría {quien} dejar un tiempo el trabajo, los estudios o las obligaciones familiares?',
        options: {
          'must-continue': 'No puede dejar el trabajo, los estudios ni el cuidado de la familia',
          'some-flexibility': 'Cierta flexibilidad con el trabajo, los estudios o la familia',
          'can-pause': 'Podría ausentarse 30 días o más',
        },
      },
      cost: {
        text: '¿Cómo se pagaría el tratamiento?',
        options: {
          tight: 'El dinero no alcanza',
          unsure: 'Todavía no se sabe cómo pagar',
          covered: 'El seguro o los ahorros lo cubrirían',
        },
      },
    },
  },
  result: {
    heading: 'Lo más adecuado podría ser: {level}',
    intro: 'Según las respuestas, esta podría ser la opción más adecuada. Solo un profesional puede decirlo con certeza.',
    headingHigher: 'Podría no ser suficiente: {level}',
    introHigher: 'Las respuestas indican otra opción, que no se compara aquí: {needed}. Hay ayuda gratuita para encontrarla:',
    reasonsHeadingHigher: 'Por qué podría hacer falta más atención',
    reasonsHeading: 'Por qué podría ser adecuado',
    showAllReasons: 'Ver las {count} razones',
    withdrawalWith: '{reason}, con {list}',
    pointsLess: 'Podría indicar menos atención',
    pointsMore: 'Podría indicar más atención',
    crisisHeading: 'Busque ayuda ahora',
    crisisText: 'Nadie tiene que pasar por esto a solas. Hay ayuda ahora mismo, de día o de noche. Si hay peligro inmediato, llame al {emergency}.',
    crisisLovedOne: 'Estas líneas también atienden a familiares y amigos.',
    crisisCall: 'Llamar al {number}',
    crisisTextButton: 'Enviar mensaje al {number}',
    whenSafeHeading: 'Cuando esté a salvo',
    whenSafeText: 'Podría ayudar la atención a toda hora, para la salud mental y el consumo. Las respuestas indican esta opción: {needed}.',
    considerationsHeading: 'Tratamiento y vida diaria',
    considerationsText: 'Estas respuestas no cambian la sugerencia; ayudan a planear.',
    headingDuties: 'Por ahora podría servir: {level}',
    dutiesLowered: 'Las respuestas indican esta opción: {needed}. Como las obligaciones no se pueden dejar, por ahora podría servir esta otra: {level}. Si vuelve a consumir o se siente peor, pregunte por la primera.',
    notOffered: '{facility} no ofrece esta opción. Hay ayuda gratuita para encontrar la atención adecuada:',
    thisFacility: 'Este programa',
    teamHere: 'este programa',
    referralFindTreatment: 'Buscar programas autorizados en FindTreatment.gov (en inglés)',
    nextHeading: 'Qué hacer ahora',
    nextText: 'Hable con el equipo de {facility}. Puede preguntar sin compromiso.',
    nextTextCrisis: 'Cuando sea el momento, {team} puede ayudar a planear los siguientes pasos.',
    nextTextNoContact: 'Hable con un médico o un profesional. Puede preguntar sin compromiso.',
    call: 'Llamar al {phone}',
    ctaLabel: 'Comunicarse con admisiones',
    print: 'Imprimir o guardar como PDF',
  },
  notes: {
    'medical-withdrawal': {
      heading: 'Busque ayuda médica para dejarlo sin riesgo',
      text: 'Dejar de golpe el alcohol o las pastillas para la ansiedad o para dormir puede ser peligroso. Un médico puede ayudar a hacerlo sin riesgo, a veces en un hospital. ¿Ya lo dejó y se siente muy mal? Busque atención hoy. Llame al {emergency} ante una convulsión o confusión grave.',
    },
    pregnancy: {
      heading: 'Si hay un posible embarazo',
      text: 'Hable pronto con un médico, antes de que {quien} deje o reduzca el consumo. Los programas con fondos federales deben dar prioridad a las embarazadas. Con opioides, se aconseja un medicamento, no solo desintoxicación.',
    },
    opioids: {
      heading: 'Si hay opioides de por medio',
      text: 'Medicamentos como la buprenorfina o la metadona alivian la abstinencia y dan los mejores resultados. Se pueden empezar esta semana, incluso viviendo en casa; pregunte a cada programa si los ofrece. Tras una desintoxicación o una pausa, incluso menos cantidad que antes puede causar una sobredosis. Tenga naloxona (Narcan) a mano. Se vende sin receta.',
    },
    'unsafe-home': {
      heading: 'Si el hogar no es seguro',
      text: 'Una vivienda de recuperación (sober living) con tratamiento ambulatorio podría ser otra opción. Si hay peligro inmediato, llame al {emergency}. Si alguien le hace daño, hay ayuda a toda hora:',
      lines: [
        { label: 'Línea Nacional contra la Violencia Doméstica', action: 'Llame al', number: '1-800-799-7233', href: 'tel:+18007997233' },
        { label: 'Por mensaje de texto', action: 'Envíe START al', number: '88788', href: 'sms:88788?&body=START' },
      ],
    },
    'health-condition': {
      heading: 'Un problema de salud grave',
      text: 'Cuénteselo al programa y al médico antes de reducir el consumo. Podría hacer falta un programa con personal médico.',
    },
    'step-down': {
      heading: 'Después de un tratamiento residencial',
      text: 'Lo habitual es seguir con hospitalización parcial (PHP) o un IOP. Volver al tratamiento residencial es solo si hay riesgo.',
    },
    'day-program': {
      heading: 'Lo más adecuado podría ser: {needed}',
      text: '{about}. No se compara aquí; pregunte por esta opción a {team} o a la {helpline}.',
    },
    paying: {
      heading: 'Cómo pagar el tratamiento',
      text: 'Puede inscribirse en Medicaid todo el año. Cada estado paga algunos tratamientos, y hay programas que cobran según los ingresos. La {helpline} puede orientarle.',
    },
  },
  pronouns: { self: { quien: 'usted' }, lovedOne: { quien: 'su ser querido' } },
  family: {
    heading: 'Lo que puede hacer como familiar',
    crisisSteps: ['Quédese con su ser querido si es seguro.', 'Llamen o envíen un texto al {crisis} juntos.', 'Guarde las armas y los medicamentos, si puede.'],
    steps: [
      'Comparta lo que encontró aquí en un momento tranquilo.',
      'Hablar con calma y cariño funciona mejor que enfrentarse o dar ultimátums.',
      'Ofrezca acompañarle en la primera llamada.',
      'Si hay opioides de por medio, tenga naloxona (Narcan) en casa y aprenda a usarla.',
      'La {helpline} también atiende a familiares.',
      'Cuídese usted también: los grupos de apoyo para familias pueden ayudar.',
    ],
  },
  checklist: {
    heading: 'Preguntas para hacerle a cualquier programa',
    items: [
      '¿El programa tiene licencia y acreditación?',
      '¿Qué medicamentos ofrecen para el consumo de opioides o de alcohol?',
      '¿Se pueden seguir tomando los medicamentos actuales, como la buprenorfina o la metadona?',
      '¿También tratan problemas de salud mental?',
      '¿Qué terapias usan?',
      '¿Cómo participa la familia?',
      '¿Qué apoyo hay cuando termina el tratamiento?',
      '¿Cuánto costará y qué seguros aceptan?',
    ],
  },
  facts: {
    heading: 'En {facility}',
    schedule: 'Horario',
    length: 'Duración típica aquí',
    detox: 'Desintoxicación médica en el centro',
    moud: 'Medicamentos para el trastorno por consumo de opioides',
    payment: 'Seguro médico y pago',
    yes: 'Sí',
    no: 'No',
  },
  safety: {
    heading: 'Si necesita ayuda ahora',
    lines: [
      { label: 'Emergencias', short: 'emergencias', action: 'Llame al', number: '911', href: 'tel:911' },
      {
        label: '988 Línea de Prevención del Suicidio y Crisis',
        short: 'crisis, llamada o mensaje',
        action: 'Llame o envíe un mensaje de texto al',
        number: '988',
        href: 'tel:988',
        sms: 'sms:988',
        note: 'Para hablar en español, marque 2 o envíe AYUDA por mensaje de texto al 988.',
      },
      {
        label: 'Línea Nacional de Ayuda de SAMHSA',
        short: 'ayuda con tratamiento',
        action: 'Llame al',
        number: '1-800-662-4357',
        href: 'tel:+18006624357',
        note: 'Ayuda gratuita para encontrar tratamiento. Confidencial, 24 horas, en inglés y en español. TTY: 1-800-487-4889.',
      },
    ],
    disclaimer:
      'Esta herramienta da información general. No es un diagnóstico, una evaluación ni consejo médico. Consulte a un médico o a una enfermera.',
  },
};
