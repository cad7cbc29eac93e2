// Imports a module of src/ in Node, TypeScript and all, so that build scripts read the widget's own ids and
// copy instead of repeating them: scripts/schema.mjs, custom-elements-manifest.config.mjs and the bench.
// esbuild bundles the module with whatever it imports from src/ into one ES module in memory, loaded from a
// data: URL: no temporary files, and no need for a built dist/ (only DOM-free modules can be loaded this way).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `path` is relative to the repository root, e.g. `src/engine/index.ts`. */
export async function importSource(path) {
  const { outputFiles } = await build({
    absWorkingDir: ROOT,
    entryPoints: [path],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
