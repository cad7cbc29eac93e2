export * from './ids.js';
export { recommend, normalizeLevels, NOTE_IDS } from './rules.js';
export type { NoteId, Reason, Recommendation, RecommendOptions } from './rules.js';
