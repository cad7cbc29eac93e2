import type { Strings } from './strings.js';

// Written for Spanish speakers in the United States: plain, warm, "usted". Program names keep the
// English acronyms (IOP, PHP) that people will hear when they call.
const HELPLINE = '1-800-662-4357';

export const es: Strings = {
  title: 'Tratamiento intensivo ambulatorio o residencial: ¿cuál podría ser mejor?',
  levels: {
    outpatient: 'Tratamiento ambulatorio',
    iop: 'Programa intensivo ambulatorio (IOP)',
    php: 'Hospitalización parcial (PHP)',
    inpatient: 'Tratamiento residencial (con internación)',
  },
  compare: {
    heading: 'Cómo se comparan los niveles de atención',
    intro: 'Estas son características comunes; cada programa es un poco distinto.',
    notOfferedHere: 'No se ofrece aquí',
    mayFit: 'Podría ser el mejor',
    rows: {
      live: {
        label: 'Dónde vive',
        cells: {
          outpatient: 'En su casa',
          iop: 'En su casa',
          php: 'En su casa',
          inpatient: 'En el centro de tratamiento',
        },
      },
      schedule: {
        label: 'Horario',
        cells: {
          outpatient: 'Menos de 9 horas por semana',
          iop: 'Unas 9 a 19 horas por semana: varias horas al día, algunos días a la semana',
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
          outpatient: 'No en el lugar',
          iop: 'Por lo general no en el lugar; se puede coordinar antes de empezar',
          php: 'A veces en el lugar, o se coordina antes de empezar',
          inpatient: 'Puede estar disponible en el lugar, con personal médico',
        },
      },
      therapies: {
        label: 'Terapias',
        cells: {
          outpatient: 'Consejería y algunos grupos',
          iop: 'Terapia individual y de grupo (como TCC y TDC) y sesiones con la familia',
          php: 'Terapia individual y de grupo durante gran parte del día',
          inpatient: 'Terapia individual, de grupo y familiar, con atención informada sobre el trauma',
        },
      },
      length: {
        label: 'Duración típica',
        cells: {
          outpatient: 'Depende del programa',
          iop: 'Depende del programa',
          php: 'Depende del programa',
          inpatient: 'A menudo unos 30 días; algunos programas duran varios meses',
        },
      },
      cost: {
        label: 'Costo y seguro médico',
        cells: {
          outpatient: 'Varía; pregunte qué cubre su plan',
          iop: 'Muchos planes de seguro lo cubren',
          php: 'Varía; pregunte qué cubre su plan',
          inpatient: 'Muchos planes de seguro lo cubren; incluye alojamiento y comidas',
        },
      },
      life: {
        label: 'Trabajo, estudios y familia',
        cells: {
          outpatient: 'Se adapta a la mayoría de los trabajos y deberes familiares',
          iop: 'Muchas personas siguen trabajando, estudiando o cuidando a su familia',
          php: 'Difícil de combinar con un trabajo de tiempo completo',
          inpatient: 'Se aparta un tiempo; quizás tenga derecho a una licencia que protege su empleo (FMLA)',
        },
      },
      suits: {
        label: 'Suele ser para',
        cells: {
          outpatient: 'Problemas más leves, o después de un tratamiento más intensivo',
          iop: 'Quien tiene apoyo en casa y necesita seguir con sus deberes, o viene de un tratamiento residencial',
          php: 'Quien necesita más apoyo que en IOP y tiene un lugar seguro donde dormir',
          inpatient: 'Abstinencia fuerte, problemas serios de salud mental, un hogar inseguro o recaídas repetidas',
        },
      },
    },
  },
  quiz: {
    heading: '¿Qué nivel de atención podría ser mejor?',
    intro: 'Responda {count} preguntas cortas sobre su situación. Toma unos 2 minutos.',
    privacy: 'Sus respuestas se quedan en esta página. No se envía ni se guarda nada.',
    privacyShared: 'Este sitio recibe sus respuestas al terminar. No se guarda nada en su navegador.',
    start: 'Comenzar',
    progress: 'Pregunta {step} de {total}',
    back: 'Atrás',
    next: 'Siguiente',
    finish: 'Ver mi resultado',
    startOver: 'Empezar de nuevo',
    chooseOne: 'Elija una respuesta para continuar.',
    questions: {
      withdrawal: {
        text: 'Cuando deja de consumir o consume menos, ¿tiene síntomas de abstinencia?',
        hint: 'Los fuertes incluyen temblores, sudor, vómitos, ver u oír cosas que no están, o convulsiones.',
        options: {
          none: 'No, o no lo he notado',
          mild: 'Leves, como dormir mal o sentirme inquieto',
          severe: 'Fuertes, o tomo alcohol, benzodiacepinas u opioides en gran cantidad todos los días',
        },
        reasons: {
          none: 'No ha notado síntomas de abstinencia.',
          mild: 'Tiene síntomas de abstinencia leves; conviene que un médico lo sepa.',
          severe: 'Podría tener una abstinencia fuerte; la desintoxicación es más segura con atención médica.',
        },
      },
      severity: {
        text: '¿Cuánto afecta el consumo a su salud, sus relaciones o su trabajo?',
        options: {
          mild: 'Un poco',
          moderate: 'Bastante: me está causando problemas reales',
          severe: 'Mucho: afecta casi todos los aspectos de mi vida',
        },
        reasons: {
          mild: 'El consumo afecta un poco su vida.',
          moderate: 'El consumo le está causando problemas reales.',
          severe: 'El consumo afecta casi todos los aspectos de su vida.',
        },
      },
      relapse: {
        text: '¿Ha intentado dejar de consumir y luego volvió a empezar?',
        options: {
          none: 'No, sería mi primer intento',
          once: 'Sí, una vez',
          repeated: 'Sí, más de una vez',
        },
        reasons: {
          none: 'Sería su primer intento de dejarlo.',
          once: 'Ya intentó dejarlo y volvió a empezar.',
          repeated: 'Ha intentado dejarlo más de una vez; más estructura puede ayudar.',
        },
      },
      'mental-health': {
        text: '¿Tiene depresión, ansiedad, un trauma u otras preocupaciones de salud mental?',
        options: {
          none: 'No',
          managed: 'Sí, y están bajo control',
          struggling: 'Sí, y ahora me están costando mucho',
          crisis: 'Tengo pensamientos de hacerme daño o de hacerle daño a otra persona',
        },
        reasons: {
          none: 'No mencionó preocupaciones de salud mental.',
          managed: 'Tiene preocupaciones de salud mental que cuidar, aunque estén bajo control.',
          struggling: 'Su salud mental le está costando mucho en este momento.',
          crisis: 'Mencionó pensamientos de hacerse daño o de hacerle daño a otra persona.',
        },
      },
      environment: {
        text: '¿Cómo es la vida en su casa y con la gente que lo rodea?',
        options: {
          supportive: 'De apoyo: la gente a mi alrededor quiere ayudar',
          mixed: 'Mixta: algo de apoyo y algo de estrés',
          unsafe: 'Insegura o con tentaciones: consumen cerca de mí, o no me siento seguro',
        },
        reasons: {
          supportive: 'Tiene apoyo en casa.',
          mixed: 'En casa hay algo de apoyo, pero también estrés.',
          unsafe: 'Su casa es insegura o le trae tentaciones en este momento.',
        },
      },
      'prior-treatment': {
        text: '¿Ha recibido tratamiento antes?',
        options: {
          'stepping-down': 'Estoy terminando (o acabo de terminar) un tratamiento residencial',
          none: 'No, sería la primera vez',
          'outpatient-not-enough': 'Sí, ambulatorio, y no fue suficiente',
        },
        reasons: {
          'stepping-down': 'Está terminando un tratamiento residencial; pasar a uno menos intensivo es un paso común.',
          none: 'Sería su primer tratamiento.',
          'outpatient-not-enough': 'El tratamiento ambulatorio no fue suficiente antes.',
        },
      },
      responsibilities: {
        text: '¿Podría apartarse un tiempo del trabajo, los estudios o las tareas de la familia?',
        options: {
          'must-continue': 'No, tengo que seguir con ellos',
          'some-flexibility': 'Tengo cierta flexibilidad',
          'can-pause': 'Sí, podría apartarme 30 días o más',
        },
        reasons: {
          'must-continue': 'Necesita seguir con su trabajo, sus estudios o su familia.',
          'some-flexibility': 'Tiene cierta flexibilidad con sus deberes.',
          'can-pause': 'Podría apartarse 30 días o más.',
        },
      },
      cost: {
        text: '¿Cómo pagaría el tratamiento?',
        options: {
          tight: 'El dinero está justo',
          unsure: 'Todavía no lo sé',
          covered: 'Lo cubriría el seguro o mis propios fondos',
        },
        reasons: {
          tight: 'El dinero está justo en este momento.',
          unsure: 'Todavía no sabe cómo pagaría.',
          covered: 'El seguro o sus propios fondos cubrirían el costo.',
        },
      },
    },
  },
  result: {
    heading: '{level} podría ser mejor para usted',
    intro: 'Según sus respuestas, {level} podría ser lo más adecuado. Solo un profesional puede decirlo con certeza.',
    reasonsHeading: 'Por qué podría ser adecuado',
    tradeoffsHeading: 'Lo que podría indicar otra cosa',
    urgentHeading: 'Por favor, no deje de consumir por su cuenta',
    urgentText:
      'Dejar de golpe algunas sustancias, sobre todo el alcohol y las benzodiacepinas, puede ser peligroso. Una desintoxicación con supervisión médica puede ayudarle a estar seguro mientras su cuerpo se adapta. Hable con un médico antes de dejarlo, y llame al 911 si tiene una convulsión o mucha confusión.',
    crisisHeading: 'Su seguridad es lo primero',
    crisisText: 'No está solo. Puede hablar con alguien ahora mismo, de día o de noche:',
    higherLevel: 'Sus respuestas indican que podría necesitar más apoyo que {level}. Un equipo de tratamiento puede ayudarle a encontrar el programa adecuado.',
    notOffered: '{facility} no ofrece {level}. Usted merece la atención adecuada, y hay ayuda gratuita para encontrarla:',
    thisFacility: 'Este programa',
    referralFindTreatment: 'Buscar programas autorizados en FindTreatment.gov',
    nextHeading: 'Qué hacer ahora',
    nextText: 'Hable con {facility}. Hacer preguntas no le compromete a nada.',
    nextTextNoContact: 'Hable con un médico o un profesional de tratamiento. Hacer preguntas no le compromete a nada.',
    call: 'Llamar al {phone}',
    ctaLabel: 'Contactar a admisiones',
  },
  facts: {
    heading: 'En {facility}',
    schedule: 'Horario',
    length: 'Duración típica aquí',
    detox: 'Desintoxicación médica en el lugar',
    moud: 'Medicamentos para el trastorno por consumo de opioides',
    payment: 'Seguro médico y pago',
    yes: 'Sí',
    no: 'No',
  },
  safety: {
    heading: 'Si necesita ayuda ahora',
    lines: [
      { label: 'Emergencias', action: 'Llame al', number: '911', href: 'tel:911' },
      {
        label: '988 Línea de Prevención del Suicidio y Crisis',
        action: 'Llame o envíe un texto al',
        number: '988',
        href: 'tel:988',
        note: 'Para español, marque 2 o envíe AYUDA por texto al 988.',
      },
      {
        label: 'Línea Nacional de Ayuda de SAMHSA',
        action: 'Llame al',
        number: HELPLINE,
        href: 'tel:+18006624357',
        note: 'Gratis, confidencial, las 24 horas, en inglés y español.',
      },
    ],
    disclaimer:
      'Esta herramienta ofrece información general, no un diagnóstico, una evaluación clínica ni consejo médico. Hable con un médico o un profesional de tratamiento autorizado.',
  },
};
