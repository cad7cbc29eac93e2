import type { Strings } from './strings.js';

// Written for Spanish speakers in the United States: plain, warm, "usted". Program names keep the
// English acronyms (IOP, PHP) that people will hear when they call.
const HELPLINE = '1-800-662-4357';

export const es: Strings = {
  title: 'Tratamiento ambulatorio intensivo o residencial: ¿cuál podría ser mejor?',
  levels: {
    outpatient: 'Tratamiento ambulatorio',
    iop: 'Programa ambulatorio intensivo (IOP)',
    php: 'Hospitalización parcial (PHP)',
    inpatient: 'Tratamiento residencial (internamiento)',
  },
  compare: {
    heading: 'Cómo se comparan los niveles de atención',
    intro: 'Rasgos comunes; cada programa es un poco distinto.',
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
          iop: 'Unas 9 a 19 horas por semana, en varios días',
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
          outpatient: 'No en el mismo centro',
          iop: 'Por lo general se coordina antes en otro lugar',
          php: 'A veces en el mismo centro',
          inpatient: 'Puede ser en el mismo centro, con personal médico',
        },
      },
      therapies: {
        label: 'Terapias',
        cells: {
          outpatient: 'Consejería y algunos grupos',
          iop: 'Terapia individual y de grupo (como TCC y TDC) y sesiones con la familia',
          php: 'Terapia individual y de grupo durante gran parte del día',
          inpatient: 'Terapia individual, de grupo y familiar; atención informada sobre el trauma',
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
          outpatient: 'Se adapta a la mayoría de los trabajos y obligaciones familiares',
          iop: 'Muchos siguen trabajando, estudiando o cuidando a la familia',
          php: 'Difícil de combinar con un trabajo de tiempo completo',
          inpatient: 'Se aparta un tiempo; la licencia FMLA podría proteger su empleo',
        },
      },
      suits: {
        label: 'Suele ser para',
        cells: {
          outpatient: 'Problemas más leves, o después de un tratamiento más intensivo',
          iop: 'Apoyo en casa y obligaciones que seguir, o salida de un tratamiento residencial',
          php: 'Más apoyo que IOP, con un lugar seguro donde dormir',
          inpatient: 'Abstinencia fuerte, problemas graves de salud mental, hogar inseguro o recaídas repetidas',
        },
      },
    },
  },
  quiz: {
    heading: '¿Qué nivel de atención podría ser mejor?',
    intro: 'Responda {count} preguntas cortas. Toma unos 2 minutos.',
    privacy: 'Sus respuestas se quedan en esta página. No se envía ni se guarda nada.',
    privacyShared: 'Este sitio recibe sus respuestas al terminar; no se guarda nada.',
    start: 'Comenzar',
    progress: 'Pregunta {step} de {total}',
    back: 'Atrás',
    next: 'Siguiente',
    finish: 'Ver mi resultado',
    startOver: 'Empezar de nuevo',
    chooseOne: 'Elija una respuesta para continuar.',
    audienceQuestion: '¿Para quién busca ayuda?',
    forSelf: 'Para mí',
    forLovedOne: 'Para un ser querido',
    questions: {
      withdrawal: {
        text: 'Cuando {quien} deja de consumir o consume menos, ¿tiene síntomas de abstinencia?',
        hint: 'Fuertes: temblores, sudor, vómitos, ver u oír cosas que no están, o convulsiones.',
        options: {
          none: 'No se notan síntomas de abstinencia',
          mild: 'Abstinencia leve, como dormir mal o inquietud',
          severe: 'Abstinencia fuerte, o consumo diario y abundante de alcohol, benzodiacepinas u opioides',
        },
      },
      severity: {
        text: '¿Cuánto le afecta el consumo a {quien} en la salud, las relaciones o el trabajo?',
        options: {
          mild: 'El consumo afecta un poco la vida',
          moderate: 'El consumo ya está causando problemas',
          severe: 'El consumo afecta casi todos los aspectos de la vida',
        },
      },
      relapse: {
        text: '¿Alguna vez {quien} intentó dejar de consumir y luego volvió a empezar?',
        options: {
          none: 'Primer intento de dejarlo',
          once: 'Volvió a empezar después de un intento',
          repeated: 'Volvió a empezar después de varios intentos',
        },
      },
      'mental-health': {
        text: '¿Tiene {quien} depresión, ansiedad, un trauma u otro problema de salud mental?',
        options: {
          none: 'Sin problemas de salud mental',
          managed: 'Problemas de salud mental bajo control',
          struggling: 'Problemas de salud mental difíciles de manejar ahora',
          crisis: 'Pensamientos de hacerse daño o de hacerle daño a otra persona',
        },
      },
      environment: {
        text: '¿Cómo es el ambiente en casa y con la gente cercana?',
        options: {
          supportive: 'Hogar con apoyo: quieren ayudar',
          mixed: 'Hogar con altibajos: algo de apoyo y algo de estrés',
          unsafe: 'Hogar inseguro o con tentaciones: se consume cerca, o no se siente seguro',
        },
      },
      'prior-treatment': {
        text: '¿Ha recibido {quien} tratamiento antes?',
        options: {
          'stepping-down': 'Está terminando (o acaba de terminar) un tratamiento residencial',
          none: 'Sin tratamiento anterior',
          'outpatient-not-enough': 'Tratamiento ambulatorio anterior que no fue suficiente',
        },
      },
      responsibilities: {
        text: '¿Podría {quien} apartarse un tiempo del trabajo, los estudios o la familia?',
        options: {
          'must-continue': 'No puede dejar el trabajo, los estudios ni el cuidado de la familia',
          'some-flexibility': 'Cierta flexibilidad con el trabajo, los estudios o la familia',
          'can-pause': 'Podría apartarse 30 días o más',
        },
      },
      cost: {
        text: '¿Cómo pagaría el tratamiento?',
        options: {
          tight: 'El dinero está justo',
          unsure: 'Todavía no se sabe cómo pagar',
          covered: 'Lo cubriría el seguro o los ahorros',
        },
      },
    },
  },
  result: {
    heading: '{level} podría ser la mejor opción',
    intro: 'Según las respuestas, la opción más adecuada podría ser: {level}. Solo un profesional puede decirlo con certeza.',
    reasonsHeading: 'Por qué podría ser adecuado',
    tradeoffsHeading: 'Lo que podría indicar otra cosa',
    urgentHeading: 'Hable con un médico antes de dejarlo',
    urgentText:
      'Dejar de golpe algunas sustancias, como el alcohol o las benzodiacepinas, puede ser peligroso. La desintoxicación con supervisión médica puede dar seguridad. Llame al 911 ante una convulsión o mucha confusión.',
    crisisHeading: 'La seguridad es lo primero',
    crisisText: 'Nadie tiene que pasar por esto solo. Hay ayuda ahora, de día o de noche:',
    higherLevel: 'Las respuestas indican que podría hacer falta más apoyo que {level}; un equipo de tratamiento puede ayudar a encontrarlo.',
    notOffered: '{facility} no ofrece {level}. Hay ayuda gratuita para encontrar la atención adecuada:',
    thisFacility: 'Este programa',
    referralFindTreatment: 'Buscar programas autorizados en FindTreatment.gov',
    nextHeading: 'Qué hacer ahora',
    nextText: 'Hable con {facility}. Preguntar no lo obliga a nada.',
    nextTextNoContact: 'Hable con un médico o un profesional de tratamiento. Preguntar no lo obliga a nada.',
    call: 'Llamar al {phone}',
    ctaLabel: 'Contactar a admisiones',
    print: 'Imprimir o guardar como PDF',
  },
  pronouns: { self: { quien: 'usted' }, lovedOne: { quien: 'su ser querido' } },
  family: {
    heading: 'Lo que puede hacer como familiar',
    steps: [
      'Comparta lo que encontró aquí con calma, en un momento tranquilo.',
      'Ofrézcase a hacer la primera llamada juntos.',
      'La Línea Nacional de Ayuda de SAMHSA también atiende a familiares.',
      'Cuídese usted también: los grupos de apoyo para familias pueden ayudar.',
    ],
  },
  checklist: {
    heading: 'Preguntas para hacerle a cualquier programa',
    items: [
      '¿El programa tiene licencia y acreditación?',
      '¿Ofrecen medicamentos para el trastorno por consumo de opioides?',
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
        note: 'Para hablar en español, marque 2 o envíe AYUDA por mensaje de texto al 988.',
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
      'Esta herramienta da información general, no un diagnóstico, una evaluación clínica ni consejo médico. Consulte a un médico o a un profesional autorizado.',
  },
};
