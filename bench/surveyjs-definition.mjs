// The SurveyJS peer's quiz, made at bench time from the widget's own source: its questions in their default
// order, each option id as a choice value, and the English copy as the widget shows it with its defaults
// (src/content/en.ts, in the words for a visitor asking for themselves). Single-choice questions become radio
// groups; "choose all that apply" ones become checkbox groups, their exclusive option ("None of these") an
// exclusive choice. build.mjs bundles it into bench/out/surveyjs-quiz.js: the definition is bytes the peer
// ships, just as the widget ships its own questions.
import { importSource } from '../scripts/import-source.mjs';

export async function surveyQuiz() {
  const { EXCLUSIVE_OPTIONS, QUESTION_IDS, QUESTION_OPTIONS, isMultiChoice } = await importSource('src/engine/index.ts');
  const { LANGUAGES, fill } = await importSource('src/content/index.ts');
  const en = LANGUAGES.en;
  const words = en.pronouns.self;
  const elements = QUESTION_IDS.map((id) => {
    const copy = en.quiz.questions[id];
    const multi = isMultiChoice(id);
    // The widget's hint under a question: "Choose all that apply." for a checkbox group, then the question's own.
    const hint = [multi ? en.quiz.chooseAll : '', copy.hint ? fill(copy.hint, words) : ''].filter(Boolean).join(' ');
    const choices = QUESTION_OPTIONS[id].map((value) => ({ value, text: copy.options[value], ...(EXCLUSIVE_OPTIONS[id] === value && { isExclusive: true }) }));
    return { type: multi ? 'checkbox' : 'radiogroup', name: id, isRequired: true, title: fill(copy.text, words), ...(hint && { description: hint }), choices };
  });
  const definition = {
    title: en.quiz.heading,
    questionsOnPageMode: 'questionPerPage', // one question per page, like the widget's quiz
    showProgressBar: true,
    progressBarType: 'questions',
    progressBarLocation: 'top',
    elements,
  };
  const checkboxes = elements.filter((e) => e.type === 'checkbox').length;
  const about = `the widget's ${elements.length} questions from src/ (${elements.length - checkboxes} radio groups, ${checkboxes} checkbox groups for "choose all that apply"), one question per page`;
  return { definition, about };
}
