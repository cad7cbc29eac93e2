// Answer sets shared by the source and the built-bundle suites. No side effects: the reliability suites load
// the built bundles and must not define the element from the sources first.
import type { Answers } from '../src/engine/index.js';

/** The least intensive answer to every question. */
export const CALM: Required<Answers> = {
  withdrawal: 'none',
  severity: 'mild',
  relapse: 'none',
  'mental-health': 'none',
  environment: 'supportive',
  'prior-treatment': 'stepping-down',
  responsibilities: 'must-continue',
  cost: 'tight',
};
