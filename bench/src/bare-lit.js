// The floor: the least a Lit element costs. Same job as the smallest useful embed (a heading, a line of
// text and a button whose state changes), so "widget ÷ this" is what the widget adds on top of Lit itself.
import { LitElement, html, css } from 'lit';

class BareLit extends LitElement {
  static properties = { pressed: { state: true } };
  static styles = css`
    :host { display: block; font: 16px/1.5 system-ui, sans-serif; padding: 16px; border: 1px solid #768a94; border-radius: 10px; }
    button { min-height: 44px; padding: 0 16px; }
  `;

  constructor() {
    super();
    this.pressed = false;
  }

  render() {
    return html`<h2>Compare levels of care</h2>
      <p>Intensive outpatient or inpatient: a short quiz shows which may fit.</p>
      <button type="button" aria-pressed=${String(this.pressed)} @click=${() => (this.pressed = !this.pressed)}>
        ${this.pressed ? 'Started' : 'Start the questions'}
      </button>`;
  }
}
customElements.define('bare-lit', BareLit);
