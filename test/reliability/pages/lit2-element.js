// Another app on the page, built with Lit 2 (the lit2 alias of the devDependencies), defined before the widget's
// bundle loads: both Lit versions must live side by side.
import { LitElement, html, css } from 'lit2';

class OtherApp extends LitElement {
  static properties = { label: {} };
  static styles = css`
    p {
      color: rgb(200, 0, 0);
    }
  `;
  constructor() {
    super();
    this.label = 'other app';
  }
  render() {
    return html`<p>Lit 2 says: ${this.label}</p>`;
  }
}
customElements.define('other-lit-app', OtherApp);
window.__lit2 = { litHtmlVersions: [...(globalThis.litHtmlVersions ?? [])] };
