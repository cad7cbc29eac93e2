// The SurveyJS peer: the widget's 8 questions as a SurveyJS radio-group survey, one question per page like
// the widget's quiz, rendered into every .sv-host on the page. Uses the globals of SurveyJS's own UMD
// bundles (Survey from survey-core, SurveyUI from survey-js-ui), as their plain-HTML setup does.
const choices = (...texts) => texts.map((text, i) => ({ value: String(i), text }));

const QUIZ = {
  title: 'Which level of care may fit?',
  questionsOnPageMode: 'questionPerPage',
  showProgressBar: true,
  progressBarType: 'questions',
  progressBarLocation: 'top',
  elements: [
    { type: 'radiogroup', name: 'withdrawal', isRequired: true, title: 'When you stop or cut back, do you get withdrawal symptoms?',
      description: 'Strong ones include shaking, sweating, throwing up, seeing or hearing things, or seizures.',
      choices: choices('No withdrawal symptoms noticed', 'Mild withdrawal, like poor sleep or restlessness', 'Strong withdrawal, or heavy daily use of alcohol, benzos or opioids') },
    { type: 'radiogroup', name: 'severity', isRequired: true, title: 'How much is substance use affecting your health, relationships or work?',
      choices: choices('Substance use affects life a little', 'Substance use is causing real problems', 'Substance use affects most parts of life') },
    { type: 'radiogroup', name: 'relapse', isRequired: true, title: 'Have you tried to stop before and then started again?',
      choices: choices('First try at stopping', 'Started again after one try to stop', 'Started again after several tries to stop') },
    { type: 'radiogroup', name: 'mental-health', isRequired: true, title: 'Are you dealing with depression, anxiety, trauma or other mental-health concerns?',
      choices: choices('No mental-health concerns', 'Mental-health concerns, under control', 'Mental-health concerns that are hard to manage right now', 'Thoughts of self-harm or of hurting someone else') },
    { type: 'radiogroup', name: 'environment', isRequired: true, title: 'How is life at home and with the people around you?',
      choices: choices('Supportive home: people want to help', 'Mixed home: some support, some stress', 'Unsafe or triggering home: people use nearby, or it does not feel safe') },
    { type: 'radiogroup', name: 'prior-treatment', isRequired: true, title: 'Have you had treatment before?',
      choices: choices('Finishing or recently finished inpatient care', 'No treatment before', 'Outpatient care before, and it was not enough') },
    { type: 'radiogroup', name: 'responsibilities', isRequired: true, title: 'Could you step away from work, school or family duties for a while?',
      choices: choices('Work, school or family duties must go on', 'Some flexibility with work, school or family', 'Could step away for 30 days or more') },
    { type: 'radiogroup', name: 'cost', isRequired: true, title: 'How would you pay for treatment?',
      choices: choices('Money is tight', 'Not sure yet how to pay', 'Insurance or savings would cover it') },
  ],
};

// One model per host: each instance is an independent quiz, as each <treatment-compare> is.
for (const host of document.querySelectorAll('.sv-host')) new Survey.Model(QUIZ).render(host);
