// After the run, prints how long the slowest test files took, each from the moment its test page started (before
// the test module loads) to the moment its results were in (TC_TIMINGS=all lists every file), and how long each
// group's files took together. Information only: nothing here fails a run for being slow, and it prints before
// the summary line, which stays the last line of the run.
import { relative } from 'node:path';

const seconds = (ms) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

export function timingReporter({ slowest = process.env.TC_TIMINGS === 'all' ? Infinity : 10 } = {}) {
  const started = new Map(); // session id → ms
  const finished = new Map(); // session id → ms
  let runStart = 0;
  let rootDir = process.cwd();
  const end = (session) => {
    if (started.has(session.id) && !finished.has(session.id)) finished.set(session.id, Date.now());
  };

  return {
    start({ sessions, config }) {
      rootDir = config.rootDir ?? rootDir;
      runStart = Date.now();
      // The runner starts the first files before the reporters: count those already under way from here.
      for (const session of sessions.all()) if (!['SCHEDULED', 'INITIALIZING'].includes(session.status)) started.set(session.id, runStart);
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'TEST_STARTED' && !started.has(session.id)) started.set(session.id, Date.now());
        if (session.status === 'FINISHED') end(session);
      });
    },

    onTestRunFinished({ sessions }) {
      const byFile = new Map();
      const byGroup = new Map();
      for (const s of sessions) {
        end(s);
        const ms = (finished.get(s.id) ?? 0) - (started.get(s.id) ?? 0);
        byFile.set(s.testFile, (byFile.get(s.testFile) ?? 0) + ms);
        const group = s.group?.name ?? 'default';
        byGroup.set(group, (byGroup.get(group) ?? 0) + ms);
      }
      const rows = [...byFile].sort((a, b) => b[1] - a[1]);
      if (rows.length < 2) return;
      const lines = rows.slice(0, slowest).map(([file, ms]) => `${seconds(ms)}  ${relative(rootDir, file)}`);
      const which = lines.length < rows.length ? `the ${lines.length} slowest of ${rows.length} files` : `${rows.length} files`;
      const groups = [...byGroup].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
      process.stdout.write(
        `\nTest files by time (${which}; ${groups}; ${((Date.now() - runStart) / 1000).toFixed(1)} s since the runner started):\n${lines.join('\n')}\n`,
      );
    },
  };
}
