// Last: everything above ran without a PHP error, warning, notice or deprecation from the plugin's files (WP_DEBUG
// is on and logs to $TC_WP_DIR/debug.log; WordPress 6.1's own PHP 8.2 deprecations are not the plugin's).
import assert from 'node:assert/strict';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { ctx, test } from './harness.mjs';

test('no PHP error, warning, notice or deprecation from the plugin in debug.log', () => {
  const { path, offset } = ctx.debugLog;
  if (!existsSync(path)) return;
  const size = statSync(path).size - offset;
  const buffer = Buffer.alloc(Math.max(size, 0));
  const fd = openSync(path, 'r');
  readSync(fd, buffer, 0, buffer.length, offset);
  closeSync(fd);
  const lines = buffer.toString('utf8').split('\n');
  // Raised in one of the plugin's files, or with one of them in the stack trace. (Not any mention: a PHP snippet
  // run by hand against the same site may name the plugin's functions in its own fatal error.)
  const inPlugin = /( in \S*\/plugins\/treatment-compare\/\S+?(:\d+$| on line \d+)|^#\d+ \S*\/plugins\/treatment-compare\/)/;
  const bad = lines.filter((l) => inPlugin.test(l));
  assert.deepEqual(bad, [], `debug.log:\n${bad.join('\n')}`);
});
