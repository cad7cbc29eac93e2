// Builds the WordPress plugin: dist/treatment-compare-wordpress.zip, holding the folder treatment-compare/ with
//   - the plugin's source from wordpress/ (PHP, block.json, the editor script, readme.txt), with package.json's
//     version written where the source says 0.0.0-dev (the plugin header, its constant, block.json, readme.txt's
//     Stable tag), so the version is kept in one place;
//   - assets/treatment-compare.css, the reserve stylesheet: dist/treatment-compare.reserve.css (written just before
//     by scripts/reserve-css.mjs) byte for byte. wordpress/assets/treatment-compare.css is the same file, kept in
//     the source tree for the tests that read it; when it differs (after `npm run reserve`) it is rewritten here;
//   - assets/treatment-compare.iife.js, copied from dist/ (built just before by rollup; never committed twice);
//   - assets/treatment-compare.iife.js.LICENSE.txt, the notices of the widget (MIT) and of Lit (BSD-3-Clause) it
//     bundles.
// Run by `npm run build` after rollup. The zip is written with fflate (deflate level 9, Unix permissions, fixed
// timestamps so the same sources give the same bytes) and read back before it is kept.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

const SOURCE = 'wordpress';
const SLUG = 'treatment-compare';
const SCRIPT = 'dist/treatment-compare.iife.js';
const RESERVE = 'dist/treatment-compare.reserve.css';
const RESERVE_IN_PLUGIN = 'assets/treatment-compare.css';
const OUT = 'dist/treatment-compare-wordpress.zip';
const PLACEHOLDER = '0.0.0-dev';
// Files whose placeholder is replaced, and the line in each that must end up naming the version.
const VERSIONED = {
  'treatment-compare.php': /^ \* Version:\s+(\S+)$/m,
  'readme.txt': /^Stable tag:\s+(\S+)$/m,
  'block/block.json': /^\s*"version":\s*"([^"]+)"/m,
};
// Built or copied in at build time only: a stray copy in the source tree is not shipped.
const GENERATED = new Set(['assets/treatment-compare.iife.js', 'assets/treatment-compare.iife.js.LICENSE.txt']);
const MTIME = new Date(Date.UTC(2024, 0, 1));

const fail = (message) => {
  console.error(`wordpress-zip: ${message}`);
  process.exit(1);
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (typeof version !== 'string' || !/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/.test(version)) fail(`package.json has no usable version (${version}).`);
if (!existsSync(SCRIPT)) fail(`${SCRIPT} is missing: run rollup first (npm run build does).`);
if (!existsSync(RESERVE)) fail(`${RESERVE} is missing: run scripts/reserve-css.mjs first (npm run build does).`);

// The plugin's reserve stylesheet is the package's, whole and alone.
const reserve = readFileSync(RESERVE);
const reserveSource = join(SOURCE, RESERVE_IN_PLUGIN);
if (!existsSync(reserveSource) || !readFileSync(reserveSource).equals(reserve)) {
  writeFileSync(reserveSource, reserve);
  console.log(`${reserveSource}: rewritten from ${RESERVE}`);
}

/** Every file under dir, as paths relative to the plugin's folder with forward slashes, sorted. */
function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // .DS_Store, editor backups, .gitkeep
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(relative(SOURCE, path).split(sep).join('/'));
  }
  return files.sort();
}

const files = new Map(); // path inside treatment-compare/ → bytes
for (const path of walk(SOURCE)) {
  if (GENERATED.has(path)) continue;
  let bytes = readFileSync(join(SOURCE, path));
  if (VERSIONED[path]) {
    const text = bytes.toString('utf8').split(PLACEHOLDER).join(version);
    const found = VERSIONED[path].exec(text);
    if (!found || found[1] !== version) fail(`${SOURCE}/${path}: no version line to write ${version} into.`);
    bytes = Buffer.from(text, 'utf8');
  }
  files.set(path, bytes);
}
for (const path of Object.keys(VERSIONED)) if (!files.has(path)) fail(`${SOURCE}/${path} is missing.`);

files.set('assets/treatment-compare.iife.js', readFileSync(SCRIPT));
files.set(RESERVE_IN_PLUGIN, reserve);

// The widget's licence and Lit's (lit, lit-html, lit-element and @lit/reactive-element are bundled; their
// notices are the same BSD-3-Clause text, given once).
const notices = [['treatment-compare (the widget)', readFileSync('LICENSE', 'utf8')]];
const seen = new Set();
for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
  const text = readFileSync(join('node_modules', name, 'LICENSE'), 'utf8').trim();
  if (!seen.has(text)) notices.push([name, text]);
  else notices.find(([, other]) => other.trim() === text)[0] += `, ${name}`;
  seen.add(text);
}
files.set(
  'assets/treatment-compare.iife.js.LICENSE.txt',
  Buffer.from(
    'assets/treatment-compare.iife.js bundles the following software, under these licences.\n\n' +
      notices.map(([name, text]) => `== ${name} ==\n\n${text.trim()}\n`).join('\n'),
    'utf8',
  ),
);

for (const path of Object.keys(VERSIONED)) {
  if (files.get(path).toString('utf8').includes(PLACEHOLDER)) fail(`${path} still says ${PLACEHOLDER}.`);
}

// Folders first (some unzip tools want their entries), then files; Unix permissions 755 and 644.
const entries = {};
const dirs = new Set([`${SLUG}/`]);
for (const path of files.keys()) {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) dirs.add(`${SLUG}/${parts.slice(0, i).join('/')}/`);
}
for (const dir of [...dirs].sort()) entries[dir] = [new Uint8Array(0), { os: 3, attrs: (0o40755 << 16) | 0x10, mtime: MTIME, level: 0 }];
for (const [path, bytes] of files) entries[`${SLUG}/${path}`] = [new Uint8Array(bytes), { os: 3, attrs: 0o100644 << 16, mtime: MTIME }];

const zip = zipSync(entries, { level: 9 });

// Read it back: every file must come out byte for byte.
const back = unzipSync(zip);
for (const [path, bytes] of files) {
  const got = back[`${SLUG}/${path}`];
  if (!got || Buffer.compare(Buffer.from(got), bytes) !== 0) fail(`${path} does not read back from the zip.`);
}

mkdirSync('dist', { recursive: true });
writeFileSync(`${OUT}.tmp`, zip);
renameSync(`${OUT}.tmp`, OUT);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${OUT.padEnd(32)} ${kb(statSync(OUT).size).padStart(9)} (${files.size} files, plugin version ${version})`);
