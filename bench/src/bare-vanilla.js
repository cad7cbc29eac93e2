// No library at all: the same content as bare-lit.js in a hand-written custom element with a shadow root,
// so the gap between the two is what Lit's runtime costs.
const template = document.createElement('template');
template.innerHTML = `<style>
    :host { display: block; font: 16px/1.5 system-ui, sans-serif; padding: 16px; border: 1px solid #768a94; border-radius: 10px; }
    button { min-height: 44px; padding: 0 16px; }
  </style>
  <h2>Compare levels of care</h2>
  <p>Intensive outpatient or inpatient: a short quiz shows which may fit.</p>
  <button type="button" aria-pressed="false">Start the questions</button>`;

class BareVanilla extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.append(template.content.cloneNode(true));
    const button = root.querySelector('button');
    button.addEventListener('click', () => {
      const pressed = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(pressed));
      button.textContent = pressed ? 'Started' : 'Start the questions';
    });
  }
}
customElements.define('bare-vanilla', BareVanilla);
