// A module worker for invariants.test.ts: runs one slice of single-choice sets of one task and sends back what it
// found; for a level setup, the levels of every result in typed arrays (transferred), the failure counts and the
// first failing answer sets. An error thrown by the engine is sent back as text, for the task's test to fail with.
import { SETUPS, checkAddingItems, checkSetup, checkSubstanceTwins } from './invariant-checks.js';

export interface SliceRequest {
  task: 'setup' | 'substance-twins' | 'adding-items';
  /** Index in SETUPS, for a setup task. */
  setup: number;
  from: number;
  to: number;
}

const post = (message: unknown, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = ({ data }: MessageEvent<SliceRequest>) => {
  try {
    if (data.task === 'setup') {
      const part = checkSetup(SETUPS[data.setup], data.from, data.to);
      post(part, [part.level.buffer, part.needed.buffer]);
    } else {
      post((data.task === 'substance-twins' ? checkSubstanceTwins : checkAddingItems)(data.from, data.to));
    }
  } catch (error) {
    post({ error: error instanceof Error ? (error.stack ?? String(error)) : String(error) });
  }
};
