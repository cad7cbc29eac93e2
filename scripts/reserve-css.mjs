// Writes dist/treatment-compare.reserve.css from src/reserve.ts (run by `npm run build`), and with --readme puts
// the same rules into the README's snippet, as demo/snippet.js writes a reserve style (the README's <style> that
// starts with the "Holds the widget's space" comment).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { importSource } from './import-source.mjs';
import { reserveStyle } from '../demo/snippet.js';

const { reserveCss } = await importSource('src/reserve.ts');
const css = reserveCss();
mkdirSync('dist', { recursive: true });
writeFileSync('dist/treatment-compare.reserve.css', `${css}\n`);
console.log('dist/treatment-compare.reserve.css');

/** The snippet's reserve style, from its opening tag to its closing one. */
const README_STYLE = /<style>\n {2}\/\* Holds the widget's space[^]*?\n<\/style>/;

if (process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const next = readme.replace(README_STYLE, reserveStyle(css));
  writeFileSync('README.md', next);
  console.log(next === readme ? 'README.md: reserve unchanged' : 'README.md: reserve updated');
}
