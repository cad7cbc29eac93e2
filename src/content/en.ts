import type { Strings } from './strings.js';

// US English, plain and warm, written for a 6th–8th grade reader. Facts follow shared/docs/CONTENT-SOURCES.md.
// US-only content, for facilities elsewhere to reword: the hours per week (schedule), insurance (cost), FMLA
// (life), naloxone without a prescription (notes.opioids), priority admission (notes.pregnancy), the
// domestic violence hotline (notes.unsafe-home), Medicaid (notes.paying) and the help lines.
const MEDICATIONS = 'Many offer medicines for alcohol or opioid use; ask which ones';

export const en: Strings = {
  title: 'Intensive outpatient or inpatient care: which may fit?',
  titleMany: 'Levels of care: which may fit?',
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
    allRows: 'Show all {count} rows',
    fewerRows: 'Show fewer rows',
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
        label: 'Time and schedule (adults)',
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
          outpatient: "Sometimes, for mild withdrawal, with a doctor's care",
          iop: 'Sometimes offered; often done first elsewhere',
          php: 'Sometimes on site',
          inpatient: 'May be on site, with medical staff',
        },
      },
      medications: {
        label: 'Medications',
        cells: { outpatient: MEDICATIONS, iop: MEDICATIONS, php: MEDICATIONS, inpatient: MEDICATIONS },
      },
      therapies: {
        label: 'Therapies',
        cells: {
          outpatient: 'Counseling and some groups',
          iop: 'Group and individual talk therapy, family sessions',
          php: 'Group and individual therapy for much of the day',
          inpatient: 'Individual, group and family therapy, every day',
        },
      },
      length: {
        label: 'Typical length',
        cells: {
          outpatient: 'Varies by program',
          iop: 'Often several weeks to a few months',
          php: 'Varies by program',
          inpatient: 'Often about 30 days, sometimes months, then outpatient care',
        },
      },
      cost: {
        label: 'Cost and insurance',
        cells: {
          outpatient: 'Varies; ask what your plan covers',
          iop: 'Usually costs less than inpatient; many plans cover it',
          php: 'Varies; ask what your plan covers',
          inpatient: 'Usually costs the most. Many plans cover it, often after approval',
        },
      },
      life: {
        label: 'Work, school and family',
        cells: {
          outpatient: 'Fits around most jobs and family duties',
          iop: 'Many keep working, studying or caring for family',
          php: 'Hard to combine with a full-time job',
          inpatient: 'A break from daily life; in the US, unpaid leave (FMLA) may protect a job',
        },
      },
      suits: {
        label: 'Often a fit for',
        cells: {
          outpatient: 'Milder problems, or after more intensive care',
          iop: 'A supportive home and duties to keep, or a step down from inpatient',
          php: 'Daily support for people with a safe, stable home',
          inpatient: 'Strong alcohol or pill withdrawal, serious mental-health needs, an unsafe home',
        },
      },
    },
  },
  quiz: {
    heading: 'Which level of care may fit?',
    intro: 'Answer {count} short questions about {your} situation. It takes about 2 minutes.',
    privacy: 'Your answers stay on this page. Nothing is sent or saved.',
    privacyShared: 'When you finish, your answers are shared with this website.',
    start: 'Start the questions',
    progress: 'Question {step} of {total}',
    back: 'Back',
    next: 'Next',
    finish: 'See my result',
    startOver: 'Start over',
    chooseOne: 'Please choose one answer to go on.',
    chooseAll: 'Choose all that apply.',
    chooseAtLeastOne: 'Please choose at least one answer to go on.',
    crisisAlert: 'Call or text {crisis} now, day or night. In danger right now? Call {emergency}.',
    audienceQuestion: 'Who are you looking for help for?',
    forSelf: 'For myself',
    forLovedOne: 'For someone I care about',
    questions: {
      substances: {
        text: 'Which substances are involved?',
        options: {
          alcohol: 'Alcohol',
          sedatives: 'Anxiety or sleep pills, like Xanax or Valium (benzodiazepines)',
          opioids: 'Opioids, like heroin, fentanyl or pain pills',
          stimulants: 'Stimulants, like meth or cocaine',
          cannabis: 'Cannabis (marijuana)',
          other: 'Something else',
          unsure: 'Not sure',
        },
        reasons: {
          alcohol: 'alcohol',
          sedatives: 'anxiety or sleep pills',
          other: 'another substance',
          unsure: 'substances not known',
        },
      },
      withdrawal: {
        text: 'When {you} stop or cut back, do {you} get withdrawal symptoms?',
        hint: 'Strong: shaking, sweating, throwing up, seeing or hearing things, confusion or seizures, now or before. Heavy daily use that never stopped counts too.',
        options: {
          none: 'No withdrawal symptoms noticed',
          mild: 'Mild withdrawal, like poor sleep or restlessness',
          severe: 'Strong withdrawal, or heavy daily use that has never been stopped',
        },
      },
      severity: {
        text: 'In the last few months, how much has alcohol or drug use hurt {your} health, relationships or work?',
        options: {
          mild: 'Substance use affects life a little',
          moderate: 'Substance use is causing real problems',
          severe: 'Substance use affects most parts of life',
        },
      },
      relapse: {
        text: 'Have {you} tried to stop before and then started again?',
        options: {
          none: 'Not tried to stop before, or this is the first try',
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
          crisis: 'Thoughts of suicide, self-harm, or hurting someone else',
        },
      },
      health: {
        text: 'Do any of these apply to {them}?',
        options: {
          pregnant: 'Pregnant, or might be',
          condition: 'A serious health problem that is hard to manage, like heart or liver disease or seizures',
          unsure: 'Not sure',
          none: 'None of these',
        },
        reasons: { none: 'Not pregnant, and no serious health problems' },
      },
      environment: {
        text: 'How is life at home and with the people around {them}?',
        options: {
          supportive: 'Supportive home: people want to help',
          mixed: 'Mixed home: some support, some stress',
          unsafe: 'Unsafe or triggering home: people use there, violence, or no stable place to live',
        },
      },
      'prior-treatment': {
        text: 'Have {you} had treatment before?',
        options: {
          'stepping-down': 'Finishing or just finished inpatient care',
          none: 'No treatment before, or none recently',
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
        text: 'How would treatment be paid for?',
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
    headingHigher: 'More care than {level} may be needed',
    introHigher: 'The answers point to {needed}, which is not compared here. Free help can find it:',
    reasonsHeadingHigher: 'Why more care may be needed',
    reasonsHeading: 'Why this may fit',
    showAllReasons: 'Show all {count} reasons',
    withdrawalWith: '{reason}, with {list}',
    pointsLess: 'May point to less care',
    pointsMore: 'May point to more care',
    crisisHeading: 'Please reach out for help now',
    crisisText: 'No one has to face this alone. Help is there now, day or night. In danger right now? Call {emergency}.',
    crisisLovedOne: 'They also help people worried about someone else.',
    crisisCall: 'Call {number}',
    crisisTextButton: 'Text {number}',
    whenSafeHeading: 'When you are safe',
    whenSafeText: 'Care around the clock, for mental health and substance use, may help. The answers point to {needed}.',
    considerationsHeading: 'Planning around daily life',
    considerationsText: 'These answers do not change which level may fit. They help plan it.',
    headingDuties: '{level} may work for now',
    dutiesLowered: 'The answers point to {needed}. Duties must go on, so {level} may work for now. If {you} use again or feel worse, ask about it.',
    notOffered: '{facility} does not offer {level}. Free help can find the right care:',
    thisFacility: 'This program',
    teamHere: 'the team here',
    referralFindTreatment: 'Search licensed programs on FindTreatment.gov',
    nextHeading: 'What to do next',
    nextText: 'Talk it through with {facility}. Asking commits you to nothing.',
    nextTextCrisis: 'When {you} are ready, {team} can help plan next steps.',
    nextTextNoContact: 'Talk it through with a doctor or a professional. Asking commits you to nothing.',
    call: 'Call {phone}',
    ctaLabel: 'Contact admissions',
    print: 'Print or save as PDF',
  },
  notes: {
    'medical-withdrawal': {
      heading: 'Get medical help to stop safely',
      text: 'Stopping alcohol or anxiety or sleep pills all at once can be dangerous. A doctor can help {them} stop safely, sometimes in a hospital first. Already stopped and feeling very sick? Get care today. Call {emergency} for a seizure or severe confusion.',
    },
    pregnancy: {
      heading: 'If {you} may be pregnant',
      text: 'Talk with a doctor soon, before {you} stop or cut back. Programs with federal money must give pregnant women priority. With opioids, doctors advise medicine, not just detox.',
    },
    opioids: {
      heading: 'If opioids are involved',
      text: 'Medicines like buprenorphine or methadone ease withdrawal and work best. They can start this week, even while living at home; ask each program if it offers them. After detox or a break, a smaller amount can cause an overdose. Keep naloxone (Narcan) nearby. No prescription is needed.',
    },
    'unsafe-home': {
      heading: 'If home is not safe',
      text: 'A sober living home with outpatient care may be another option. In danger now? Call {emergency}. If someone is hurting {them}, help is there 24/7:',
      lines: [
        { label: 'National Domestic Violence Hotline', action: 'Call', number: '1-800-799-7233', href: 'tel:+18007997233' },
        { label: 'By text', action: 'Text START to', number: '88788', href: 'sms:88788?&body=START' },
      ],
    },
    'health-condition': {
      heading: 'A serious health problem',
      text: 'Tell the program and {your} doctor before {you} cut back. A program with medical staff may be needed.',
    },
    'step-down': {
      heading: 'After inpatient care',
      text: 'The usual next step is a day program or IOP. Going back to inpatient care is for when safety calls for it.',
    },
    'day-program': {
      heading: '{needed} may fit best',
      text: '{about}. It is not compared here, so ask {team} or the {helpline} about it.',
    },
    paying: {
      heading: 'Paying for treatment',
      text: 'You can sign up for Medicaid all year. Every state pays for some treatment, and some programs charge by income. The {helpline} can help.',
    },
  },
  pronouns: {
    self: { you: 'you', your: 'your', them: 'you' },
    lovedOne: { you: 'they', your: 'their', them: 'them' },
  },
  family: {
    heading: 'What you can do as a family member',
    crisisSteps: ['Stay with them if it is safe.', 'Call or text {crisis} together.', 'Put away guns and pills if you can.'],
    steps: [
      'Share what you found here calmly, at a quiet moment.',
      'Calm, caring talks work better than confrontation or ultimatums.',
      'Offer to make the first call together.',
      'If opioids are involved, keep naloxone (Narcan) at home and learn how to use it.',
      'The {helpline} also answers questions from families.',
      'Look after yourself too: support groups for families can help.',
    ],
  },
  checklist: {
    heading: 'Questions to ask any program',
    items: [
      'Is the program licensed and accredited?',
      'Which medicines do you offer for opioid or alcohol use?',
      'Can current medicines, like buprenorphine or methadone, be continued?',
      'Do you treat mental-health conditions too?',
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
      { label: 'Emergency', short: 'emergency', action: 'Call', number: '911', href: 'tel:911' },
      {
        label: '988 Suicide & Crisis Lifeline',
        short: 'crisis call or text',
        action: 'Call or text',
        number: '988',
        href: 'tel:988',
        sms: 'sms:988',
        note: 'En español: llame y marque 2, o envíe AYUDA al 988.',
      },
      {
        label: 'SAMHSA National Helpline',
        short: 'treatment help',
        action: 'Call',
        number: '1-800-662-4357',
        href: 'tel:+18006624357',
        note: 'Free help finding treatment. Confidential, 24/7, in English and Spanish. TTY: 1-800-487-4889.',
      },
    ],
    disclaimer:
      'This tool gives general information. It is not a diagnosis, an assessment or medical advice. Please talk with a doctor or nurse.',
  },
};
