// No side effects: importing this module does not register the element (import './define.js' for that).
export { TreatmentCompare, TAG_NAME } from './treatment-compare.js';
export type { TreatmentCompareEventMap } from './treatment-compare.js';
export * from './engine/index.js';
export type { Strings } from './content/index.js';
