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
          iop: 'About 9 to 19 hours a week: several hours a day, a few days a week',
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
          iop: 'Usually not on site; may be arranged before you start',
          php: 'Sometimes on site, or arranged before you start',
          inpatient: 'May be available on site, with medical staff',
        },
      },
      therapies: {
        label: 'Therapies',
        cells: {
          outpatient: 'Counseling and some groups',
          iop: 'Group and individual therapy (such as CBT and DBT), family sessions',
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
          inpatient: 'Many insurance plans cover it; it includes room and meals',
        },
      },
      life: {
        label: 'Work, school and family',
        cells: {
          outpatient: 'Fits around most jobs and family duties',
          iop: 'Many people keep working, studying or caring for family',
          php: 'Hard to combine with a full-time job',
          inpatient: 'You step away for a while; job-protected leave (FMLA) may apply',
        },
      },
      suits: {
        label: 'Often a fit for',
        cells: {
          outpatient: 'Milder problems, or after more intensive care',
          iop: 'A supportive home and duties to keep up, or a step down from inpatient care',
          php: 'More support than IOP, with a safe place to sleep',
          inpatient: 'Severe withdrawal, serious mental-health concerns, an unsafe home, or repeated relapse',
        },
      },
    },
  },
  quiz: {
    heading: 'Which level of care may fit?',
    intro: 'Answer {count} short questions about your situation. It takes about 2 minutes.',
    privacy: 'Your answers stay on this page. Nothing is sent or saved.',
    privacyShared: 'This site receives your answers when you finish. Nothing is saved in your browser.',
    start: 'Start the questions',
    progress: 'Question {step} of {total}',
    back: 'Back',
    next: 'Next',
    finish: 'See my result',
    startOver: 'Start over',
    chooseOne: 'Please choose one answer to go on.',
    questions: {
      withdrawal: {
        text: 'When you stop or cut back, do you get withdrawal symptoms?',
        hint: 'Strong ones include shaking, sweating, throwing up, seeing or hearing things, or seizures.',
        options: {
          none: 'No, or not that I have noticed',
          mild: 'Mild ones, like poor sleep or feeling restless',
          severe: 'Strong ones, or I use alcohol, benzos or opioids heavily every day',
        },
        reasons: {
          none: 'You have not noticed withdrawal symptoms.',
          mild: 'You have mild withdrawal symptoms; a doctor should know.',
          severe: 'You may have strong withdrawal, so detox is safest with medical care.',
        },
      },
      severity: {
        text: 'How much is substance use affecting your health, relationships or work?',
        options: {
          mild: 'A little',
          moderate: 'Quite a bit: it is causing real problems',
          severe: 'A lot: it is affecting most parts of my life',
        },
        reasons: {
          mild: 'Substance use is affecting your life a little.',
          moderate: 'Substance use is causing real problems in your life.',
          severe: 'Substance use is affecting most parts of your life.',
        },
      },
      relapse: {
        text: 'Have you tried to stop before and then started again?',
        options: {
          none: 'No, this would be my first try',
          once: 'Yes, once',
          repeated: 'Yes, more than once',
        },
        reasons: {
          none: 'This would be your first try at stopping.',
          once: 'You tried to stop before and started again.',
          repeated: 'You have tried to stop more than once; more structure can help.',
        },
      },
      'mental-health': {
        text: 'Are you dealing with depression, anxiety, trauma or other mental-health concerns?',
        options: {
          none: 'No',
          managed: 'Yes, and they are under control',
          struggling: 'Yes, and I am struggling with them right now',
          crisis: 'I am having thoughts of hurting myself or someone else',
        },
        reasons: {
          none: 'You did not mention mental-health concerns.',
          managed: 'You have mental-health concerns to keep caring for, even if they are under control.',
          struggling: 'You are struggling with your mental health right now.',
          crisis: 'You mentioned thoughts of hurting yourself or someone else.',
        },
      },
      environment: {
        text: 'How is life at home and with the people around you?',
        options: {
          supportive: 'Supportive: people around me want to help',
          mixed: 'Mixed: some support, some stress',
          unsafe: 'Unsafe or triggering: people use around me, or I feel unsafe',
        },
        reasons: {
          supportive: 'You have support at home.',
          mixed: 'Home brings some stress along with some support.',
          unsafe: 'Home is unsafe or triggering right now.',
        },
      },
      'prior-treatment': {
        text: 'Have you had treatment before?',
        options: {
          'stepping-down': 'I am finishing (or just finished) inpatient care',
          none: 'No, this would be my first time',
          'outpatient-not-enough': 'Yes, outpatient care, and it was not enough',
        },
        reasons: {
          'stepping-down': 'You are finishing inpatient care; stepping down is a common next step.',
          none: 'This would be your first treatment.',
          'outpatient-not-enough': 'Outpatient care was not enough before.',
        },
      },
      responsibilities: {
        text: 'Could you step away from work, school or family duties for a while?',
        options: {
          'must-continue': 'No, I need to keep them going',
          'some-flexibility': 'I have some flexibility',
          'can-pause': 'Yes, I could step away for 30 days or more',
        },
        reasons: {
          'must-continue': 'You need to keep up with work, school or family.',
          'some-flexibility': 'You have some flexibility with your duties.',
          'can-pause': 'You could step away for 30 days or more.',
        },
      },
      cost: {
        text: 'How would you pay for treatment?',
                options: {
          tight: 'Money is tight',
          unsure: 'I am not sure yet',
          covered: 'Insurance or my own funds would cover it',
        },
        reasons: {
          tight: 'Money is tight right now.',
          unsure: 'You are not sure yet how you would pay.',
          covered: 'Insurance or your own funds would cover the cost.',
        },
      },
    },
  },
  result: {
    heading: '{level} may be a better fit',
    intro: 'Based on your answers, {level} may suit you best. Only a professional can say for sure.',
    reasonsHeading: 'Why this may fit',
    tradeoffsHeading: 'What may pull the other way',
    urgentHeading: 'Please do not stop on your own',
    urgentText:
      'Stopping some substances suddenly, especially alcohol and benzodiazepines, can be dangerous. Medical detox can help keep you safe while your body adjusts. Talk with a doctor before you stop, and call 911 for a seizure or severe confusion.',
    crisisHeading: 'Your safety comes first',
    crisisText: 'You are not alone. You can reach someone now, day or night:',
    higherLevel: 'Your answers point to more support than {level}. A treatment team can help you find the right program.',
    notOffered: '{facility} does not offer {level}. You still deserve the right care, and free help can find it:',
    thisFacility: 'This program',
    referralFindTreatment: 'Search licensed programs on FindTreatment.gov',
    nextHeading: 'What to do next',
    nextText: 'Talk it through with {facility}. Asking questions commits you to nothing.',
    nextTextNoContact: 'Talk it through with a doctor or a treatment professional. Asking questions commits you to nothing.',
    call: 'Call {phone}',
    ctaLabel: 'Contact admissions',
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
      'This tool gives general information, not a diagnosis, a clinical assessment or medical advice. Please talk with a doctor or a licensed treatment professional.',
  },
};
