import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { TreatmentCompare } from '../src/treatment-compare.js';

// The README's "Look like the page" settings do what it says: the page's own font, no card padding, no background.

const README = await (await fetch('/README.md')).text();
/** The CSS block right after "**Look like the page.**" in the README. */
const lookCss = () => {
  const from = README.indexOf('**Look like the page.**');
  return /```css\n([^]*?)```/.exec(README.slice(from))![1];
};

async function widgetIn(css: string) {
  const page = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif; width: 1200px"><style>${css}</style><treatment-compare></treatment-compare></div>`);
  const el = page.querySelector('treatment-compare') as TreatmentCompare;
  await el.updateComplete;
  const root = el.shadowRoot!.querySelector('.root')!;
  return Object.assign(getComputedStyle(root), { indent: root.querySelector('h2')!.getBoundingClientRect().left - page.getBoundingClientRect().left });
}

describe("README: look like the page", () => {
  it("the README's settings give the widget the page's font, no padding and no background", async () => {
    const css = lookCss();
    expect(css).to.include('--tc-font-family');
    const root = await widgetIn(css);
    expect(root.fontFamily).to.equal('Georgia, serif');
    expect(root.paddingTop).to.equal('0px');
    expect(root.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(root.indent, 'the heading starts where the page\'s text starts, in a column wider than the card').to.equal(0);
  });

  it('control: without them the card keeps its own font; with inherit it would too (why the README does not say inherit)', async () => {
    expect((await widgetIn('')).fontFamily).to.not.include('Georgia');
    expect((await widgetIn('treatment-compare { --tc-font-family: inherit }')).fontFamily).to.not.include('Georgia');
  });
});
