// Server-side commands for the reliability suite: things a page cannot see about itself (every request the
// browser makes, cookies set by any means, forced-colors emulation) and the fuzz seed chosen for this run.
import { randomInt } from 'node:crypto';

// One seed per test run, printed once, so a failure can be replayed with TC_FUZZ_SEED=<seed> npm test.
const seed = process.env.TC_FUZZ_SEED ? Number(process.env.TC_FUZZ_SEED) >>> 0 : randomInt(1, 2 ** 31);
const steps = Number(process.env.TC_FUZZ_STEPS) > 0 ? Number(process.env.TC_FUZZ_STEPS) : undefined;
let seedPrinted = false;

const logs = new Map(); // session id -> { urls, stop }

export function reliabilityCommands() {
  return {
    name: 'treatment-compare-reliability-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('tc-')) return undefined;
      if (command === 'tc-fuzz-seed') {
        if (!seedPrinted) {
          seedPrinted = true;
          console.log(`\nFuzz seed ${seed} (replay with TC_FUZZ_SEED=${seed} npm test)\n`);
        }
        return { seed, steps };
      }
      const page = session.browser.getPage(session.id);
      if (command === 'tc-forced-colors') {
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
        return true;
      }
      if (command === 'tc-network-start') {
        const urls = [];
        // Requests of the test page itself (the runner loading its next modules) are not the widget's: only
        // frames inside it, where the host pages under test live, are logged.
        const onRequest = (request) => {
          if (request.frame() !== page.mainFrame()) urls.push(request.url());
        };
        page.on('request', onRequest);
        logs.set(session.id, { urls, stop: () => page.off('request', onRequest) });
        return true;
      }
      if (command === 'tc-network-stop') {
        const log = logs.get(session.id);
        log?.stop();
        logs.delete(session.id);
        return log?.urls ?? [];
      }
      if (command === 'tc-cookies') {
        // Every cookie in the browser, whoever set it (document.cookie, a response header, or a subframe).
        const client = await page.createCDPSession();
        try {
          const { cookies } = await client.send('Storage.getCookies');
          return cookies.map((c) => `${c.domain} ${c.name}`);
        } finally {
          await client.detach();
        }
      }
      throw new Error(`unknown command ${command}`);
    },
  };
}
