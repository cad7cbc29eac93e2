import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { QUESTION_IDS, QUESTION_OPTIONS, isMultiChoice, recommend } from '../src/engine/index.js';
import { DISPLAY_ORDER } from '../src/views/quiz.js';
import { en } from '../src/content/en.js';
import { ROW_IDS, fill } from '../src/content/index.js';
import { $, $$, mount, progress, text, type TreatmentCompare } from './helpers.js';

const focused = (el: TreatmentCompare) => el.shadowRoot!.activeElement as HTMLElement | null;

async function press(el: TreatmentCompare, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<treatment-compare> keyboard only', () => {
  it('completes the whole quiz with Tab, arrow keys, Space and Enter, focus moving to each new heading', async () => {
    const wrapper = (await mount(
      html`<div><button id="before">before</button><treatment-compare phone="555-0100"></treatment-compare></div>` as never,
    )) as unknown as HTMLElement;
    const el = wrapper.querySelector('treatment-compare')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // The help-line numbers come first; then the choice of who it is for.
    const passed: string[] = [];
    for (let guard = 0; guard < 8 && focused(el)?.textContent?.trim() !== 'For myself'; guard++) {
      await press(el, 'Tab');
      passed.push(focused(el)?.textContent?.trim() ?? '');
    }
    // The comparison's one control (the folded rows) comes between them.
    expect(passed).to.deep.equal(['911', '988', '1-800-662-4357', fill(en.compare.allRows, { count: ROW_IDS.length }), 'For myself']);
    await press(el, 'Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('For someone I care about');
    await press(el, 'Enter');

    // A mixed set of answers: a different position in each radio list; for "choose all that apply", the first
    // and the third option shown (for health, "none" is exclusive, so the test ticks an item, then "none",
    // which clears it).
    const choices: Record<string, string | string[]> = {};
    for (let i = 0; i < QUESTION_IDS.length; i++) {
      const question = QUESTION_IDS[i];
      const heading = focused(el);
      expect(heading?.id, `step ${i + 1} heading has focus`).to.equal('quiz-heading');
      expect(heading?.textContent).to.equal($(el, 'legend h3')!.textContent);
      expect(text(el, '[role=status]')).to.equal(progress(i + 1));

      await press(el, 'Tab'); // into the group: the first option shown (or the checked radio)
      if (isMultiChoice(question)) {
        const shown = DISPLAY_ORDER[question] ?? QUESTION_OPTIONS[question];
        const ticks = question === 'health' ? [shown.indexOf('pregnant'), shown.indexOf('none')] : [0, 2];
        let at = 0;
        for (const index of ticks) {
          for (; at < index; at++) await press(el, 'Tab'); // each checkbox is its own stop
          expect(focused(el)?.getAttribute('type')).to.equal('checkbox');
          expect((focused(el) as HTMLInputElement).value).to.equal(shown[index]);
          await press(el, 'Space');
        }
        choices[question] = $$<HTMLInputElement>(el, 'input:checked').map((c) => c.value);
        expect(choices[question]).to.deep.equal(question === 'health' ? ['none'] : [shown[0], shown[2]]);
      } else {
        expect(focused(el)?.getAttribute('type')).to.equal('radio');
        const shown = DISPLAY_ORDER[question] ?? QUESTION_OPTIONS[question];
        const index = i % shown.length;
        if (index === 0) await press(el, 'Space');
        for (let k = 0; k < index; k++) await press(el, 'ArrowDown');
        expect((focused(el) as HTMLInputElement).checked).to.equal(true);
        choices[question] = (focused(el) as HTMLInputElement).value;
        expect(choices[question]).to.equal(shown[index]);
      }
      await press(el, 'Enter'); // submits the step
    }

    const expected = recommend(choices)!;
    expect(el.result).to.deep.equal(expected);
    expect(focused(el)?.id).to.equal('quiz-heading');
    expect(focused(el)?.closest('[part=result]')).to.exist;

    // The call to action and Start over are reachable and work from the keyboard.
    await press(el, 'Tab');
    let guard = 0;
    while (focused(el)?.textContent?.trim() !== 'Start over' && guard++ < 20) await press(el, 'Tab');
    await press(el, 'Enter');
    expect(text(el, '.progress-text')).to.equal(progress(1));
    expect(focused(el)?.id).to.equal('quiz-heading');
  });

  it('Back works from the keyboard and keeps the answer', async () => {
    const el = await mount();
    el.answers = { substances: ['alcohol', 'stimulants'] };
    await el.updateComplete;
    const back = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Back')!;
    back.focus();
    await press(el, 'Enter');
    expect(text(el, '.progress-text')).to.equal(progress(1));
    expect(focused(el)?.id).to.equal('quiz-heading');
    expect($$<HTMLInputElement>(el, 'input:checked').map((c) => c.value)).to.have.members(['alcohol', 'stimulants']);
  });

  it('Enter with nothing chosen keeps the step, explains, and moves focus to the options', async () => {
    const el = await mount();
    el.answers = { substances: ['alcohol'] };
    await el.updateComplete;
    ($(el, 'button[type=submit]') as HTMLButtonElement).focus();
    await press(el, 'Enter');
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(2));
    expect(text(el, '#q-error')).to.equal(en.quiz.chooseOne);
    expect(focused(el)?.getAttribute('type')).to.equal('radio');
  });

  it('a checkbox group: Space ticks and unticks, "None of these" clears the others and the reverse, Enter with none ticked explains', async () => {
    const el = await mount();
    el.answers = { substances: ['alcohol'], withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'none' };
    await el.updateComplete;
    expect(text(el, 'legend')).to.equal(en.quiz.questions.health.text.replace('{them}', 'you'));
    expect(text(el, '#q-hint')).to.include(en.quiz.chooseAll);
    const box = (id: string) => $$<HTMLInputElement>(el, 'input[type=checkbox]').find((c) => c.value === id)!;
    ($(el, 'button[type=submit]') as HTMLButtonElement).focus();
    await press(el, 'Enter');
    expect(text(el, '#q-error')).to.equal(en.quiz.chooseAtLeastOne);
    expect(focused(el)?.getAttribute('type')).to.equal('checkbox');
    box('pregnant').focus();
    await press(el, 'Space');
    box('condition').focus();
    await press(el, 'Space');
    expect(el.answers.health).to.deep.equal(['pregnant', 'condition']);
    box('none').focus();
    await press(el, 'Space');
    expect(el.answers.health).to.deep.equal(['none']);
    expect([box('pregnant').checked, box('condition').checked, box('none').checked]).to.deep.equal([false, false, true]);
    box('unsure').focus();
    await press(el, 'Space');
    expect(el.answers.health).to.deep.equal(['unsure']);
    expect(box('none').checked).to.equal(false);
    await press(el, 'Space'); // untick: nothing chosen is no answer
    expect(el.answers.health).to.equal(undefined);
  });
});
