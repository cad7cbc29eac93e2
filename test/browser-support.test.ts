import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/*
 * Issue 9: the built bundles use no syntax and no ECMAScript built-in newer than the browsers package.json
 * declares ("browserslist") and the build targets (es2021). es-check runs on the server side
 * (scripts/browser-support.mjs); the fixture proves the check fails on newer code.
 */

interface Check {
  ok: boolean;
  results: { file: string; args: string; ok: boolean; output: string }[];
}

describe('browser support: the built bundles fit the declared browsers', function () {
  this.timeout(120000);

  it('every bundle passes es-check against es2021 (with built-ins) and against the browserslist', async () => {
    const check = (await executeServerCommand('check-browser-support')) as Check;
    const failures = check.results.filter((r) => !r.ok).map((r) => `${r.args}\n${r.output}`);
    expect(failures, failures.join('\n\n')).to.deep.equal([]);
    expect(check.results.map((r) => r.file)).to.include.members(['dist/treatment-compare.iife.js', 'dist/treatment-compare.js', 'dist/engine.js']);
  });

  it('the check can fail: Object.hasOwn, Array.prototype.at and a static block are reported', async () => {
    const check = (await executeServerCommand('check-browser-support', { files: ['test/fixtures/newer-than-support.js'] })) as Check;
    expect(check.ok).to.equal(false);
    expect(check.results.some((r) => /ObjectHasOwn|ArrayPrototypeAt|static/i.test(r.output))).to.equal(true);
  });
});
