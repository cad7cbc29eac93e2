// The first, slow steps of `npm run build`, run at once, each in a process of its own: the three rollup builds of
// rollup.config.mjs (each type-checks src/; the first also minifies two bundles) and the custom elements manifest.
// They read src/ and write different files, so the order never mattered; one at a time they took about 15 s of the
// build on a 2-core machine. Each one's output is printed when it ends, whole; the script fails if any failed.
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` };

/** Rollup processes: one per config today (three); a config added later joins a part, and is built all the same. */
const ROLLUP_PARTS = 3;

const JOBS = [
  ...Array.from({ length: ROLLUP_PARTS }, (_, k) => ['rollup', '-c', '--silent', '--configPart', `${k}/${ROLLUP_PARTS}`]),
  ['cem', 'analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs'],
];

const run = ([command, ...args]) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, shell: process.platform === 'win32' });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const done = (code, error) => {
      process.stdout.write(Buffer.concat(output));
      if (error) console.error(error.message);
      if (code !== 0) console.error(`\`${command} ${args.join(' ')}\` failed (${error ? 'could not start' : `exit ${code}`}).`);
      resolve(code === 0);
    };
    child.on('error', (error) => done(1, error));
    child.on('close', (code) => done(code));
  });

const results = await Promise.all(JOBS.map(run));
if (results.includes(false)) process.exit(1);
