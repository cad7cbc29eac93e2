export * from './ids.js';
export { recommend, normalizeLevels } from './rules.js';
export type { Reason, Recommendation, RecommendOptions } from './rules.js';
