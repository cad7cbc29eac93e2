// Subresource Integrity for the two bundles a page loads from a CDN.
//   node scripts/integrity.mjs           writes dist/integrity.json and prints each file's sha384 (npm run build)
//   node scripts/integrity.mjs --check   fails unless dist/integrity.json matches the files (CI)
//   node scripts/integrity.mjs --readme  puts package.json's version and these hashes into README's CDN snippet
//                                        (run by `npm version`, so the snippet always names a published release)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const BUNDLES = ['treatment-compare.iife.js', 'treatment-compare.js'];
export const INTEGRITY_FILE = 'dist/integrity.json';

/** The `integrity` attribute value for a file's bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const current = () => Object.fromEntries(BUNDLES.map((name) => [name, sri(readFileSync(`dist/${name}`))]));

function check() {
  if (!existsSync(INTEGRITY_FILE)) {
    console.error(`${INTEGRITY_FILE} is missing: run npm run build.`);
    return false;
  }
  const recorded = JSON.parse(readFileSync(INTEGRITY_FILE, 'utf8'));
  let ok = true;
  for (const [name, hash] of Object.entries(current())) {
    if (recorded[name] !== hash) {
      console.error(`${INTEGRITY_FILE}: ${name} is ${recorded[name] ?? 'missing'}, the file hashes to ${hash}.`);
      ok = false;
    }
  }
  if (ok) console.log(`${INTEGRITY_FILE} matches ${BUNDLES.join(' and ')}.`);
  return ok;
}

/** Rewrites the CDN URLs' version and their integrity attributes between the README's snippet markers. */
function updateReadme() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const hashes = current();
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- cdn-snippet:start -->');
  const end = readme.indexOf('<!-- cdn-snippet:end -->');
  if (start < 0 || end < start) throw new Error('README.md has no <!-- cdn-snippet:start --> … <!-- cdn-snippet:end --> block.');
  const snippet = readme
    .slice(start, end)
    .replace(/treatment-compare@[^/"\s]+\/dist\/([\w.-]+\.js)"(\s+)integrity="[^"]*"/g, (_all, file, space) => {
      if (!hashes[file]) throw new Error(`README CDN snippet names ${file}, which has no hash.`);
      return `treatment-compare@${version}/dist/${file}"${space}integrity="${hashes[file]}"`;
    })
    .replace(/treatment-compare@[^/"\s]+\/dist\//g, `treatment-compare@${version}/dist/`);
  writeFileSync('README.md', readme.slice(0, start) + snippet + readme.slice(end));
  console.log(`README.md CDN snippet: treatment-compare@${version} with its hashes.`);
}

const args = process.argv.slice(2);
if (args.includes('--check')) {
  process.exit(check() ? 0 : 1);
} else if (args.includes('--readme')) {
  updateReadme();
} else {
  const hashes = current();
  writeFileSync(INTEGRITY_FILE, JSON.stringify(hashes, null, 2) + '\n');
  for (const [name, hash] of Object.entries(hashes)) console.log(`${`dist/${name}`.padEnd(32)} ${hash}`);
}
