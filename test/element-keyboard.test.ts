import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { QUESTION_IDS, QUESTION_OPTIONS, recommend } from '../src/engine/index.js';
import { $, mount, text, type TreatmentCompare } from './helpers.js';

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
    for (let guard = 0; guard < 6 && focused(el)?.textContent?.trim() !== 'For myself'; guard++) {
      await press(el, 'Tab');
      passed.push(focused(el)?.textContent?.trim() ?? '');
    }
    expect(passed).to.deep.equal(['911', '988', '1-800-662-4357', 'For myself']);
    await press(el, 'Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('For someone I care about');
    await press(el, 'Enter');

    // A mixed set of answers, choosing a different position in each list.
    const choices = QUESTION_IDS.map((q, i) => QUESTION_OPTIONS[q][i % QUESTION_OPTIONS[q].length]);
    for (let i = 0; i < QUESTION_IDS.length; i++) {
      const heading = focused(el);
      expect(heading?.id, `step ${i + 1} heading has focus`).to.equal('quiz-heading');
      expect(heading?.textContent).to.equal($(el, 'legend h3')!.textContent);
      expect(text(el, '[role=status]')).to.equal(`Question ${i + 1} of 8`);

      await press(el, 'Tab'); // into the radio group: the first option when none is chosen
      expect(focused(el)?.getAttribute('type')).to.equal('radio');
      const index = (QUESTION_OPTIONS[QUESTION_IDS[i]] as readonly string[]).indexOf(choices[i]);
      if (index === 0) await press(el, 'Space');
      for (let k = 0; k < index; k++) await press(el, 'ArrowDown');
      expect((focused(el) as HTMLInputElement).checked).to.equal(true);
      expect((focused(el) as HTMLInputElement).value).to.equal(choices[i]);
      await press(el, 'Enter'); // submits the step
    }

    const expected = recommend(Object.fromEntries(QUESTION_IDS.map((q, i) => [q, choices[i]])))!;
    expect(el.result).to.deep.equal(expected);
    expect(focused(el)?.id).to.equal('quiz-heading');
    expect(focused(el)?.closest('[part=result]')).to.exist;

    // The call to action and Start over are reachable and work from the keyboard.
    await press(el, 'Tab');
    let guard = 0;
    while (focused(el)?.textContent?.trim() !== 'Start over' && guard++ < 20) await press(el, 'Tab');
    await press(el, 'Enter');
    expect(text(el, '.progress-text')).to.equal('Question 1 of 8');
    expect(focused(el)?.id).to.equal('quiz-heading');
  });

  it('Back works from the keyboard and keeps the answer', async () => {
    const el = await mount();
    el.answers = { withdrawal: 'severe' };
    await el.updateComplete;
    const back = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Back')!;
    back.focus();
    await press(el, 'Enter');
    expect(text(el, '.progress-text')).to.equal('Question 1 of 8');
    expect(focused(el)?.id).to.equal('quiz-heading');
  });

  it('Enter with nothing chosen keeps the step, explains, and moves focus to the options', async () => {
    const el = await mount();
    el.answers = { withdrawal: 'none' };
    await el.updateComplete;
    ($(el, 'button[type=submit]') as HTMLButtonElement).focus();
    await press(el, 'Enter');
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal('Question 2 of 8');
    expect(text(el, '#q-error')).to.include('choose one answer');
    expect(focused(el)?.getAttribute('type')).to.equal('radio');
  });
});
