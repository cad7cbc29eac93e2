// The SurveyJS peer: the widget's questions as a SurveyJS survey (made from src/ by ../surveyjs-definition.mjs
// when build.mjs bundles this file), rendered into every .sv-host on the page. Uses the globals of SurveyJS's
// own UMD bundles (Survey from survey-core, SurveyUI from survey-js-ui), as their plain-HTML setup does.
import QUIZ from 'bench:surveyjs-quiz';

// One model per host: each instance is an independent quiz, as each <treatment-compare> is.
for (const host of document.querySelectorAll('.sv-host')) new Survey.Model(QUIZ).render(host);
