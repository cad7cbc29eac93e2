// First: it gives Lit's global names own values before Lit loads, on a page whose Object.prototype has them.
import './lit-globals.js';
import { TreatmentCompare, TAG_NAME } from './treatment-compare.js';

// Guarded: a page may include the script twice, or both bundles, or two versions; only the first defines.
if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, TreatmentCompare);
}

export { TreatmentCompare };
