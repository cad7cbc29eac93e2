import type { Strings } from './strings.js';

const HELPLINE = '1-800-662-4357';

export const en: Strings = {
  title: 'Intensive outpatient or inpatient care: which may fit?',
  levels: {
    outpatient: 'Standard Outpatient',
    iop: 'Intensive Outpatient (IOP)',
    php: 'Partial Hospitalization (PHP)',
    inpatient: 'Inpatient / Residential',
  },
  compare: {
    heading: 'How the levels of care compare',
    intro: 'Typical features; every program is a little different.',
    notOfferedHere: 'Not offered here',
    mayFit: 'May fit best',
    rows: {
      live: {
        label: 'Where you live',
        cells: {
          outpatient: 'At home',
          iop: 'At home',
          php: 'At home',
          inpatient: 'At the treatment center',
        },
      },
      schedule: {
        label: 'Time and schedule',
        cells: {
          outpatient: 'Under 9 hours a week',
          iop: 'About 9 to 19 hours a week, over several days',
          php: '20 hours or more a week, during the day',
          inpatient: 'A full routine all day, every day',
        },
      },
      supervision: {
        label: 'Supervision',
        cells: {
          outpatient: 'During sessions',
          iop: 'During sessions; on your own otherwise',
          php: 'During the day; at home at night',
          inpatient: 'Staff there 24/7',
        },
      },
      detox: {
        label: 'Medical detox',
        cells: {
          outpatient: 'Not on site',
          iop: 'Usually arranged elsewhere first',
          php: 'Sometimes on site',
          inpatient: 'May be on site, with medical staff',
        },
      },
      therapies: {
        label: 'Therapies',
        cells: {
          outpatient: 'Counseling and some groups',
          iop: 'Group and individual therapy (such as CBT, DBT), family sessions',
          php: 'Group and individual therapy for much of the day',
          inpatient: 'Individual, group and family therapy, trauma-informed care',
        },
      },
      length: {
        label: 'Typical length',
        cells: {
          outpatient: 'Varies by program',
          iop: 'Varies by program',
          php: 'Varies by program',
          inpatient: 'Often about 30 days; some programs last several months',
        },
      },
      cost: {
        label: 'Cost and insurance',
        cells: {
          outpatient: 'Varies; ask what your plan covers',
          iop: 'Many insurance plans cover it',
          php: 'Varies; ask what your plan covers',
          inpatient: 'Many insurance plans cover it; includes room and meals',
        },
      },
      life: {
        label: 'Work, school and family',
        cells: {
          outpatient: 'Fits around most jobs and family duties',
          iop: 'Many keep working, studying or caring for family',
          php: 'Hard to combine with a full-time job',
          inpatient: 'A break from daily life; family leave (FMLA) may protect a job',
        },
      },
      suits: {
        label: 'Often a fit for',
        cells: {
          outpatient: 'Milder problems, or after more intensive care',
          iop: 'A supportive home and duties to keep, or a step down from inpatient',
          php: 'More support than IOP, with a safe place to sleep',
          inpatient: 'Severe withdrawal, serious mental-health needs, an unsafe home or repeated relapse',
        },
      },
    },
  },
  quiz: {
    heading: 'Which level of care may fit?',
    intro: 'Answer {count} short questions about {your} situation. It takes about 2 minutes.',
    privacy: 'Your answers stay on this page. Nothing is sent or saved.',
    privacyShared: 'This site receives your answers when you finish; nothing is saved.',
    start: 'Start the questions',
    progress: 'Question {step} of {total}',
    back: 'Back',
    next: 'Next',
    finish: 'See my result',
    startOver: 'Start over',
    chooseOne: 'Please choose one answer to go on.',
    audienceQuestion: 'Who are you looking for help for?',
    forSelf: 'For myself',
    forLovedOne: 'For someone I care about',
    questions: {
      withdrawal: {
        text: 'When {you} stop or cut back, do {you} get withdrawal symptoms?',
        hint: 'Strong ones include shaking, sweating, throwing up, seeing or hearing things, or seizures.',
        options: {
          none: 'No withdrawal symptoms noticed',
          mild: 'Mild withdrawal, like poor sleep or restlessness',
          severe: 'Strong withdrawal, or heavy daily use of alcohol, benzos or opioids',
        },
      },
      severity: {
        text: 'How much is substance use affecting {your} health, relationships or work?',
        options: {
          mild: 'Substance use affects life a little',
          moderate: 'Substance use is causing real problems',
          severe: 'Substance use affects most parts of life',
        },
      },
      relapse: {
        text: 'Have {you} tried to stop before and then started again?',
        options: {
          none: 'First try at stopping',
          once: 'Started again after one try to stop',
          repeated: 'Started again after several tries to stop',
        },
      },
      'mental-health': {
        text: 'Are {you} dealing with depression, anxiety, trauma or other mental-health concerns?',
        options: {
          none: 'No mental-health concerns',
          managed: 'Mental-health concerns, under control',
          struggling: 'Mental-health concerns that are hard to manage right now',
          crisis: 'Thoughts of self-harm or of hurting someone else',
        },
      },
      environment: {
        text: 'How is life at home and with the people around {them}?',
        options: {
          supportive: 'Supportive home: people want to help',
          mixed: 'Mixed home: some support, some stress',
          unsafe: 'Unsafe or triggering home: people use nearby, or it does not feel safe',
        },
      },
      'prior-treatment': {
        text: 'Have {you} had treatment before?',
        options: {
          'stepping-down': 'Finishing or recently finished inpatient care',
          none: 'No treatment before',
          'outpatient-not-enough': 'Outpatient care before, and it was not enough',
        },
      },
      responsibilities: {
        text: 'Could {you} step away from work, school or family duties for a while?',
        options: {
          'must-continue': 'Work, school or family duties must go on',
          'some-flexibility': 'Some flexibility with work, school or family',
          'can-pause': 'Could step away for 30 days or more',
        },
      },
      cost: {
        text: 'How would {you} pay for treatment?',
                options: {
          tight: 'Money is tight',
          unsure: 'Not sure yet how to pay',
          covered: 'Insurance or savings would cover it',
        },
      },
    },
  },
  result: {
    heading: '{level} may be a better fit',
    intro: 'Based on the answers, {level} may suit best. Only a professional can say for sure.',
    reasonsHeading: 'Why this may fit',
    tradeoffsHeading: 'What may pull the other way',
    urgentHeading: 'Please talk with a doctor before stopping',
    urgentText:
      'Stopping some substances suddenly, like alcohol or benzodiazepines, can be dangerous. Medical detox can help keep a person safe. Call 911 for a seizure or severe confusion.',
    crisisHeading: 'Safety comes first',
    crisisText: 'No one has to face this alone. Someone can help now, day or night:',
    higherLevel: 'The answers point to more support than {level}; a treatment team can help find it.',
    notOffered: '{facility} does not offer {level}. Free help can find the right care:',
    thisFacility: 'This program',
    referralFindTreatment: 'Search licensed programs on FindTreatment.gov',
    nextHeading: 'What to do next',
    nextText: 'Talk it through with {facility}. Asking commits you to nothing.',
    nextTextNoContact: 'Talk it through with a doctor or a treatment professional. Asking commits you to nothing.',
    call: 'Call {phone}',
    ctaLabel: 'Contact admissions',
    print: 'Print or save as PDF',
  },
  pronouns: {
    self: { you: 'you', your: 'your', them: 'you' },
    lovedOne: { you: 'they', your: 'their', them: 'them' },
  },
  family: {
    heading: 'What you can do as a family member',
    steps: [
      'Share what you found here calmly, at a quiet moment.',
      'Offer to make the first call together.',
      'The SAMHSA National Helpline also answers questions from families.',
      'Look after yourself too: support groups for families can help.',
    ],
  },
  checklist: {
    heading: 'Questions to ask any program',
    items: [
      'Is the program licensed and accredited?',
      'Which medications do you offer, including for opioid use disorder?',
      'Which therapies do you use?',
      'How are families involved?',
      'What support is there after treatment ends?',
      'What will it cost, and which insurance do you take?',
    ],
  },
  facts: {
    heading: 'At {facility}',
    schedule: 'Schedule and hours',
    length: 'Typical length here',
    detox: 'Medical detox on site',
    moud: 'Medications for opioid use disorder',
    payment: 'Insurance and payment',
    yes: 'Yes',
    no: 'No',
  },
  safety: {
    heading: 'If you need help now',
    lines: [
      { label: 'Emergency', action: 'Call', number: '911', href: 'tel:911' },
      {
        label: '988 Suicide & Crisis Lifeline',
        action: 'Call or text',
        number: '988',
        href: 'tel:988',
        note: 'En español: press 2, or text AYUDA to 988.',
      },
      {
        label: 'SAMHSA National Helpline',
        action: 'Call',
        number: HELPLINE,
        href: 'tel:+18006624357',
        note: 'Free, confidential, 24/7, in English and Spanish.',
      },
    ],
    disclaimer:
      'This tool gives general information, not a diagnosis, a clinical assessment or medical advice. Please talk with a doctor or a licensed professional.',
  },
};
