// Finds a Chrome or Chromium binary for tests, screenshots and the demo check.
// Order: CHROME_PATH, then the usual install paths. Where none exists and we are root on Debian, installs
// Debian's chromium (the test tools here must never download a browser of their own).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary; skips the wrapper's shell warning
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function found() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.warn(`CHROME_PATH=${process.env.CHROME_PATH} does not exist; looking elsewhere.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

function installDebianChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) return false;
  console.log('No Chrome/Chromium found: installing Debian\'s chromium package (about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=300', 'chromium'], { stdio: 'inherit', env });
  return true;
}

export function findChrome() {
  let path = found();
  if (!path && installDebianChromium()) path = found();
  if (!path) {
    console.error('No Chrome or Chromium found: install one, or set CHROME_PATH=/path/to/chrome, then run npm test again.');
    process.exit(1);
  }
  return path;
}

/** Flags for a quiet, offline, headless run (root needs --no-sandbox). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
