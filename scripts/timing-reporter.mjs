// After the run, prints how long the slowest test files took, each from the moment its page started to load to
// the moment its results were in (TC_TIMINGS=all lists every file). Information only: nothing here fails a run
// for being slow, and it prints before the summary line, which stays the last line of the run.
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
      // The runner starts the first files before the reporters: count them from here.
      for (const session of sessions.all()) if (session.status !== 'SCHEDULED') started.set(session.id, runStart);
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING' && !started.has(session.id)) started.set(session.id, Date.now());
        if (session.status === 'FINISHED') end(session);
      });
    },

    onTestRunFinished({ sessions }) {
      const byFile = new Map();
      for (const s of sessions) {
        end(s);
        byFile.set(s.testFile, (byFile.get(s.testFile) ?? 0) + (finished.get(s.id) ?? 0) - (started.get(s.id) ?? 0));
      }
      const rows = [...byFile].sort((a, b) => b[1] - a[1]);
      if (rows.length < 2) return;
      const sum = rows.reduce((n, [, ms]) => n + ms, 0);
      const lines = rows.slice(0, slowest).map(([file, ms]) => `${seconds(ms)}  ${relative(rootDir, file)}`);
      const which = lines.length < rows.length ? `the ${lines.length} slowest of ${rows.length} files` : `${rows.length} files`;
      process.stdout.write(
        `\nTest files by time (${which}; ${(sum / 1000).toFixed(1)} s in files, ${((Date.now() - runStart) / 1000).toFixed(1)} s since the runner started):\n${lines.join('\n')}\n`,
      );
    },
  };
}
