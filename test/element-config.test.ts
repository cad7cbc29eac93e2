import { expect, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { $, $$, CALM, captureWarnings, mount, progress, text, type TreatmentCompare } from './helpers.js';
import { HIDEABLE_QUESTION_IDS, QUESTION_IDS } from '../src/engine/index.js';
import { ROW_IDS } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';

const HELP = ['911', '988', '1-800-662-4357'];

async function withConfig(config: unknown, attrs = '') {
  const json = typeof config === 'string' ? config : JSON.stringify(config);
  let el!: TreatmentCompare;
  const warnings = await captureWarnings(async () => {
    el = await mount(html`${unsafeHTML(`<treatment-compare ${attrs}><script type="application/json">${json}</script></treatment-compare>`)}` as never);
    el = (el as unknown as HTMLElement).matches('treatment-compare') ? el : (el as unknown as HTMLElement).querySelector('treatment-compare')!;
    await el.updateComplete;
  });
  return { el, warnings };
}

const headers = (el: TreatmentCompare) => $$(el, 'tbody th[scope=row]').map((th) => th.textContent!.trim());

describe('<treatment-compare> configuration', () => {
  it('reads a child <script type="application/json">: strings, row order and hidden rows', async () => {
    const { el, warnings } = await withConfig({
      strings: { en: { quiz: { start: 'Begin', heading: 'Which program may fit?' }, levels: { iop: 'Evening IOP' } } },
      rows: ['schedule', 'live', 'cost'],
    }, 'audience="self"');
    expect(warnings).to.deep.equal([]);
    expect(text(el, '.intro button')).to.equal('Begin');
    expect(text(el, 'thead')).to.include('Evening IOP');
    expect(headers(el)).to.deep.equal([en.compare.rows.schedule.label, en.compare.rows.live.label, en.compare.rows.cost.label]);
  });

  it('the config attribute and the config property take the same JSON; the property wins', async () => {
    const config = { strings: { en: { quiz: { start: 'From the attribute' } } } };
    const el = await mount(html`<treatment-compare audience="self" config=${JSON.stringify(config)}></treatment-compare>`);
    expect(text(el, '.intro button')).to.equal('From the attribute');
    el.config = { strings: { en: { quiz: { start: 'From the property' } } } };
    await el.updateComplete;
    expect(text(el, '.intro button')).to.equal('From the property');
    el.config = null;
    await el.updateComplete;
    expect(text(el, '.intro button')).to.equal('From the attribute');
  });

  it('broken JSON gives one warning and the default widget, never a blank one', async () => {
    const { el, warnings } = await withConfig('{ "rows": [ "live", }');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/<treatment-compare> .*config.*not valid JSON/);
    expect($$(el, 'tbody tr')).to.have.length(ROW_IDS.length);
    for (const line of HELP) expect(text(el, '[part=crisis]')).to.include(line);
  });

  it('each bad part warns once with its path and falls back for that part only', async () => {
    const { el, warnings } = await withConfig({
      rows: ['live', 5, 'nope', 'cost'],
      strings: { en: { quiz: { back: 42, next: 'Continue' }, compare: { rows: { live: { cells: { iop: ['x'] } } } }, colour: 'red' } },
      questions: ['withdrawal', 'mood'],
      theme: 'pink',
    });
    const all = warnings.join('\n');
    expect(all).to.include('config.rows[1] must be a row id or a row');
    expect(all).to.include('config.rows[2] must be a row id or a row');
    expect(all).to.include('config.strings.en.quiz.back must be a non-empty string');
    expect(all).to.include('config.strings.en.compare.rows.live.cells.iop must be a non-empty string');
    expect(all).to.include('config.strings.en.colour is not a known setting');
    expect(all).to.include('config.questions[1] is not a question id');
    expect(all).to.include('config.theme is not a known setting');
    expect(new Set(warnings).size).to.equal(warnings.length);
    // The good parts still apply.
    expect(headers(el)).to.deep.equal(['Where you live', 'Cost and insurance']);
    expect($$<HTMLTableCellElement>(el, 'tbody td')[0].textContent).to.equal('At home');
    el.answers = { withdrawal: 'none' };
    await el.updateComplete;
    expect(text(el, 'button[type=submit]')).to.equal('Continue');
    expect(text(el, '.actions')).to.include('Back');
  });

  it('takes whole rows written inline, in one language or several, and names bad cells by path', async () => {
    const { el, warnings } = await withConfig({
      rows: ['live', { label: { en: 'Family program', es: 'Programa familiar' }, iop: 'Weekly group', inpatient: 5, colour: 'red' }, { iop: 'No label' }],
    });
    expect(warnings.join('\n')).to.include('config.rows[1].inpatient must be a string').and.include('config.rows[1].colour is not a known setting').and.include('config.rows[2].label must be a string');
    expect(headers(el)).to.deep.equal(['Where you live', 'Family program']);
    expect(text(el, 'tbody')).to.include('Weekly group');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(headers(el)).to.deep.equal([es.compare.rows.live.label, 'Programa familiar']);
  });

  it('an empty or all-invalid row list keeps the default rows, with a warning', async () => {
    const { el, warnings } = await withConfig({ rows: [] });
    expect(warnings.join()).to.include('config.rows would leave the comparison empty');
    expect($$(el, 'tbody tr')).to.have.length(ROW_IDS.length);
  });

  it("adds the facility's own rows and overrides single cells", async () => {
    const { el, warnings } = await withConfig({
      rows: ['live', { label: 'Family program', iop: 'Weekly family group', inpatient: 'Family weekend each month' }, 'detox'],
      strings: { en: { compare: { rows: { detox: { cells: { inpatient: 'On site, with nurses around the clock' } } } } } },
    });
    expect(warnings).to.deep.equal([]);
    expect(headers(el)).to.deep.equal(['Where you live', 'Family program', 'Medical detox']);
    expect(text(el, 'tbody')).to.include('Family weekend each month').and.include('On site, with nurses around the clock');
  });

  it("shows the facility's facts for the levels it offers, in the visitor's language", async () => {
    const facts = { iop: { schedule: { en: 'Mon–Thu, 6–9 pm', es: 'Lun a jue, 6 a 9 p. m.' }, detox: false, moud: true, payment: 'Most plans; sliding scale' } };
    const { el } = await withConfig({ facts }, 'facility-name="Cedar Path"');
    const body = text(el, 'table');
    expect(body).to.include('At Cedar Path').and.include('Mon–Thu, 6–9 pm').and.include('Medical detox on site').and.include('Most plans; sliding scale');
    expect(body).to.match(/Medications for opioid use disorder\s*Yes/);
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(text(el, 'table')).to.include('En Cedar Path').and.include('Lun a jue, 6 a 9 p. m.');
  });

  it('replaces the help lines per language (not the US directory then), and never removes them', async () => {
    const uk = [
      { label: 'Emergency', action: 'Call', number: '999', href: 'tel:999' },
      { label: 'Samaritans', action: 'Call', number: '116 123', href: 'tel:116123', note: 'Free, day or night.' },
    ];
    const es = [{ label: 'Emergencias', action: 'Llame al', number: '999', href: 'tel:999' }, { ...uk[1], label: 'Samaritans (en inglés)' }];
    const { el, warnings } = await withConfig({ strings: { en: { safety: { lines: uk } }, es: { safety: { lines: es } } } });
    expect(warnings).to.deep.equal([]);
    expect(text(el, '[part=crisis]')).to.include('999').and.include('116 123').and.not.include('988');
    expect(text(el, '.help-now')).to.include('116 123');
    el.answers = { ...CALM, environment: 'unsafe' };
    el.setAttribute('offers', 'iop');
    await el.updateComplete;
    expect(text(el, '.referral-callout')).to.include('116 123').and.not.include('FindTreatment');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(text(el, '[part=crisis]')).to.include('Samaritans (en inglés)');

    const empty = await withConfig({ strings: { en: { safety: { lines: [] } } } });
    expect(empty.warnings.join()).to.include('config.strings.en.safety.lines would remove the help lines');
    for (const line of HELP) expect(text(empty.el, '[part=crisis]')).to.include(line);

    const bad = await withConfig({ strings: { en: { safety: { lines: [{ label: 'Evil', number: '1', href: 'javascript:alert(1)' }] } } } });
    expect(bad.warnings.join()).to.include('config.strings.en.safety.lines[0] needs');
    for (const line of HELP) expect(text(bad.el, '[part=crisis]')).to.include(line);
  });

  it('the disclaimer and help lines can be reworded, never emptied', async () => {
    const { el, warnings } = await withConfig({ strings: { en: { safety: { disclaimer: '', heading: 'Help, any time' } } } });
    expect(warnings.join()).to.include('config.strings.en.safety.disclaimer must be a non-empty string');
    expect(text(el, '[part=disclaimer]')).to.include('not a diagnosis');
    expect(text(el, '[part=crisis]')).to.include('Help, any time');
  });

  it('a facility can add a language of its own; missing strings fall back to English', async () => {
    const { el } = await withConfig({ strings: { fr: { quiz: { start: 'Commencer' }, title: 'Quel niveau de soins ?' } } }, 'lang="fr-CA" audience="self"');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('fr');
    expect(text(el, 'h2')).to.equal('Quel niveau de soins ?');
    expect(text(el, '.intro button')).to.equal('Commencer');
    expect(text(el, '.intro h3')).to.equal('Which level of care may fit?');
  });

  it('a language of its own whose name is no language tag still joins the substances behind withdrawal', async () => {
    // Intl throws on such a name ("klingonese" is longer than a language subtag may be).
    const { el } = await withConfig({ strings: { klingonese: { title: 'Which one?' } } }, 'lang="klingonese"');
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      el.answers = { ...CALM, substances: ['alcohol', 'sedatives'], withdrawal: 'severe' };
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
    expect(text(el, 'h2')).to.equal('Which one?');
    const why = text(el, '[part=result]');
    expect(why).to.include(en.quiz.questions.substances.reasons!.alcohol);
    expect(why).to.include(en.quiz.questions.substances.reasons!.sedatives);
  });

  it('reorders questions and hides substances, cost, responsibilities and prior-treatment; the result needs only the rest', async () => {
    const { el, warnings } = await withConfig({ questions: ['mental-health', 'withdrawal', 'health', 'environment', 'severity', 'relapse'] });
    expect(warnings).to.deep.equal([]);
    $(el, '.intro button')!.click();
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(1, 6));
    expect(text(el, 'legend')).to.include('mental-health concerns');
    el.answers = { 'mental-health': 'none', withdrawal: 'none', health: ['none'], environment: 'supportive', severity: 'mild', relapse: 'none' };
    await el.updateComplete;
    expect(el.result!.level).to.equal('iop');
    expect($(el, '[part=result]')).to.exist;
  });

  it('a hidden substances question counts as "not sure": severe withdrawal then needs medical care', async () => {
    const { el } = await withConfig({ questions: QUESTION_IDS.filter((q) => q !== 'substances') });
    el.answers = { ...CALM, substances: undefined, withdrawal: 'severe' } as never;
    await el.updateComplete;
    expect(el.result).to.include({ needed: 'inpatient', urgent: true });
    expect(el.result!.notes).to.include('medical-withdrawal');
  });

  it('answers set right after a config, in the same tick, follow the questions that config asks', async () => {
    const el = await mount(html`<treatment-compare audience="self"></treatment-compare>`);
    el.config = { questions: ['withdrawal', 'severity', 'relapse', 'mental-health', 'health', 'environment'] };
    el.answers = { withdrawal: 'none', severity: 'mild', relapse: 'none', 'mental-health': 'none', health: 'none', environment: 'supportive' };
    await el.updateComplete;
    expect($(el, '[part=result]')).to.exist;
    expect(el.result!.level).to.equal('iop');
  });

  it('the safety questions can never be hidden', async () => {
    const { el, warnings } = await withConfig({ questions: ['severity', 'cost'] });
    const all = warnings.join('\n');
    const kept = QUESTION_IDS.filter((q) => !HIDEABLE_QUESTION_IDS.includes(q));
    for (const id of kept.filter((q) => q !== 'severity')) expect(all).to.include(`must keep "${id}"`);
    for (const id of ['withdrawal', 'mental-health', 'health', 'environment']) expect(kept).to.include(id);
    $(el, '.intro button')!.click();
    await el.updateComplete;
    expect(text(el, '.progress-text')).to.equal(progress(1, kept.length + 1));
  });

  it('reads a config script anywhere inside the element (a CMS may wrap it in a paragraph)', async () => {
    const { el, warnings } = await withConfig('{}', 'audience="self"');
    const p = document.createElement('p');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ strings: { en: { quiz: { start: 'Wrapped but read' } } } });
    p.append(script);
    el.replaceChildren(p);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el, '.intro button')).to.equal('Wrapped but read');
    expect(warnings).to.deep.equal([]);
  });

  it('config printed as text (a CMS removed the script tag) is not read, and one warning names the element', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount(html`<treatment-compare audience="self"><p>{ “strings”: { “en”: { “quiz”: { “start”: “Hello” } } } }</p><p>If you need help now: 911</p></treatment-compare>`);
      expect(text(el, '.intro button')).to.equal(en.quiz.start);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<treatment-compare> has text inside it that looks like a configuration/);
    const quiet = await captureWarnings(() => mount(html`<treatment-compare><p>If you need help now: <a href="tel:911">911</a>.</p></treatment-compare>`));
    expect(quiet, 'fallback HTML is expected, not reported').to.deep.equal([]);
  });

  it('a config script added after the element is defined still applies', async () => {
    const el = await mount(html`<treatment-compare audience="self"></treatment-compare>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ strings: { en: { quiz: { start: 'Late but fine' } } } });
    el.append(script);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el, '.intro button')).to.equal('Late but fine');
  });

  it('config text is rendered as text, never as HTML', async () => {
    const { el } = await withConfig({ strings: { en: { title: '<img src=x onerror="window.__cfg=1">', quiz: { start: '<b>Go</b>' } } } });
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'b')).to.equal(null);
    expect(text(el, 'h2')).to.include('<img');
    expect((window as unknown as { __cfg?: number }).__cfg).to.equal(undefined);
  });

  it('a configured result still shows reasons in the configured wording', async () => {
    const { el } = await withConfig({ strings: { en: { quiz: { questions: { environment: { options: { supportive: 'Your family is behind you.' } } } } } } });
    el.answers = CALM;
    await el.updateComplete;
    expect(text(el, '.reasons')).to.include('Your family is behind you.');
  });
});
