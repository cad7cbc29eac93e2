// The zip itself: every PHP file passes `php -l` and uses nothing newer than PHP 7.4 and WordPress 6.1 (the
// plugin's "Requires PHP" and "Requires at least"), it carries the IIFE and the reserve stylesheet that
// `npm run build` just made, and its headers and readme.txt say the same versions.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, ctx, php as phpString, test, wpEval } from './harness.mjs';

function unzipped(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'tc-zip-'));
  try {
    execFileSync('unzip', ['-q', ctx.zip, '-d', dir]);
    return fn(join(dir, 'treatment-compare'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const phpFiles = (dir) => files(dir).filter((f) => f.endsWith('.php'));

/** test/wordpress/php-compat.php on some files: what it finds newer than PHP 7.4, and the names they use. */
function compat(paths) {
  const run = spawnSync('php', [join(ROOT, 'test/wordpress/php-compat.php'), ...paths], { encoding: 'utf8' });
  assert.equal(run.status, 0, `php-compat.php: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

test('php -l passes on every PHP file in the zip', () =>
  unzipped((dir) => {
    const php = phpFiles(dir);
    assert.ok(php.length > 0, 'the zip has no PHP file');
    const bad = [];
    for (const file of php) {
      const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      if (lint.status !== 0) bad.push(`${relative(dir, file)}: ${(lint.stdout + lint.stderr).trim()}`);
    }
    assert.deepEqual(bad, [], `php -l failed:\n${bad.join('\n')}`);
    console.log(`    ${php.length} PHP files: ${php.map((f) => relative(dir, f)).join(', ')}`);
  }));

// Every construct the check knows, once each (line N holds construct N), and the same words where they do not count.
const PHP8_SAMPLE = `<?php
$a = match ( $x ) { 1 => 'one', default => 'other' };
$a = $object?->name;
$a = foo( name: 1 );
function union( int|string $value ) {}
function mixed_type( mixed $value ) {}
function static_return(): static {}
class Promoted { public function __construct( private $value ) {} }
function trailing( $a, $b, ) {}
$f = function () use ( $a, $b, ) {};
$a = str_contains( $x, 'y' );
$a = str_starts_with( $x, 'y' );
$a = \\str_ends_with( $x, 'y' );
$a = $x ?? throw new Exception();
try { f(); } catch ( Exception ) {}
#[Attribute]
class Readonly_Property { public readonly int $x; }
enum Suit { case Hearts; }
$a = $object::class;
$f = strlen( ... );
function initializer( $x = new Foo() ) {}
function never_returns(): never {}
function nullable_union( $x ): int|null {}
$a = 0o17;
function intersection( Countable&ArrayAccess $value ) {}
`;
const PHP74_SAMPLE = `<?php
// match ( $x ) ?-> foo( name: 1 ) int|string mixed static str_contains( throw catch ( Exception ) #[Attribute]
/* function f( $a, $b, ) {} function () use ( $a, ) {} enum readonly $o::class strlen( ... ) */
$a = 'match ( $x ) { } $object?->name str_contains( $x ) throw new E() fn( name: 1 )';
$a = "str_starts_with( {$b} ) int|string";
$a = $x ? FOO : BAR;
$a = foo( $x ? FOO : BAR, BAZ );
switch ( $x ) { case FOO: break; default: break; }
$a = array( 'a' => B ? C : D, );
$a = foo( $a, $b, );
function typed( ?int $a, array &$b, callable $c = null, ...$rest ): ?self {}
function flags( $flags = A | B ) {}
$f = static function ( $a ) use ( &$b ) { return $a; };
$g = fn ( $x ) => $x * 2;
class Typed { private int $x = 0; public ?string $y = null; public static function make(): self { return new static(); } }
try { f(); } catch ( A | B $e ) { throw $e; }
if ( $x ) throw new Exception( 'x' );
$a = \\strlen( $x ) + parent_call( 1_000 );
$a = $object::CONSTANT;
$a = ( $bytes[0] & ( 0xFF >> 2 ) ) | ( $b & 0x3F ) | ( FLAG & $c );
`;

test('the PHP 7.4 check finds every PHP 8 construct in a sample, and none in comments, strings or 7.4 code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-php-compat-'));
  try {
    mkdirSync(join(dir, 'sample'));
    writeFileSync(join(dir, 'sample/php8.php'), PHP8_SAMPLE);
    writeFileSync(join(dir, 'sample/php74.php'), PHP74_SAMPLE);
    const bad = compat([join(dir, 'sample/php8.php')]).problems;
    const lines = new Set(bad.map((p) => Number(/:(\d+):/.exec(p)[1])));
    const expected = PHP8_SAMPLE.trim().split('\n').length;
    const missed = [];
    for (let line = 2; line <= expected; line++) if (!lines.has(line)) missed.push(`${line}: ${PHP8_SAMPLE.split('\n')[line - 1]}`);
    assert.deepEqual(missed, [], `the check missed:\n${missed.join('\n')}\nit found:\n${bad.join('\n')}`);
    const good = compat([join(dir, 'sample/php74.php')]).problems;
    assert.deepEqual(good, [], `false alarms in PHP 7.4 code, comments or strings:\n${good.join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no PHP file in the zip uses syntax or functions newer than PHP 7.4 (checked by tokens, on PHP 8)', () =>
  unzipped((dir) => {
    const { problems } = compat(phpFiles(dir));
    assert.deepEqual(problems, [], `newer than PHP 7.4:\n${problems.join('\n')}`);
  }));

test('every function and class the plugin uses exists in WordPress 6.1, or is guarded', () =>
  unzipped((dir) => {
    const report = compat(phpFiles(dir));
    const own = new Set(report.defined.map((n) => n.toLowerCase()));
    const guarded = new Set(report.guarded);
    const names = report.functions.filter((n) => !own.has(n) && !guarded.has(n));
    const classes = report.classes.filter((n) => !own.has(n.toLowerCase()) && !guarded.has(n.toLowerCase()));
    // Multisite-only functions count as guarded only where every file calling them checks is_multisite().
    const multisiteGuarded = phpFiles(dir).every((file) => {
      const source = readFileSync(file, 'utf8');
      return !/\b(switch_to_blog|get_sites|restore_current_blog)\s*\(/.test(source) || /\bis_multisite\s*\(/.test(source);
    });
    const missing = JSON.parse(
      wpEval(`require_once ABSPATH . 'wp-admin/includes/admin.php';
        $missing = array();
        // Multisite's functions are loaded on a network only; the plugin calls them after is_multisite().
        $ms = '';
        foreach (glob(ABSPATH . WPINC . '/ms-*.php') as $file) { $ms .= file_get_contents($file); }
        foreach (json_decode(${phpString(JSON.stringify(names))}) as $f) {
          if (function_exists($f)) continue;
          if (${multisiteGuarded ? 'true' : 'false'} && preg_match('/^function ' . preg_quote($f, '/') . '\\s*\\(/m', $ms)) continue;
          $missing[] = "$f()";
        }
        foreach (json_decode(${phpString(JSON.stringify(classes))}) as $c) { if (!class_exists($c)) $missing[] = "class $c"; }
        echo json_encode(array('wordpress' => $GLOBALS['wp_version'], 'php' => PHP_VERSION, 'missing' => $missing));`),
    );
    assert.match(missing.wordpress, /^6\.1(\.|$)/, `the test site runs WordPress ${missing.wordpress}, not the oldest supported (6.1)`);
    assert.deepEqual(missing.missing, [], `not in WordPress ${missing.wordpress} (guard them with function_exists()):\n${missing.missing.join('\n')}`);
    console.log(`    ${names.length} functions and ${classes.length} classes, all in WordPress ${missing.wordpress}`);
  }));

test('the zip carries the built treatment-compare.iife.js and the reserve stylesheet byte for byte', () =>
  unzipped((dir) => {
    const built = readFileSync(join(ROOT, 'dist/treatment-compare.iife.js'));
    const inZip = files(dir).filter((f) => f.endsWith('treatment-compare.iife.js'));
    assert.equal(inZip.length, 1, `expected one treatment-compare.iife.js in the zip, found ${inZip.length}`);
    assert.ok(readFileSync(inZip[0]).equals(built), `${relative(dir, inZip[0])} differs from dist/treatment-compare.iife.js`);
    const reserve = readFileSync(join(ROOT, 'dist/treatment-compare.reserve.css'));
    assert.ok(readFileSync(join(dir, 'assets/treatment-compare.css')).equals(reserve), 'assets/treatment-compare.css in the zip differs from dist/treatment-compare.reserve.css');
    assert.ok(readFileSync(join(ROOT, 'wordpress/assets/treatment-compare.css')).equals(reserve), 'wordpress/assets/treatment-compare.css differs from dist/treatment-compare.reserve.css');
    console.log(`    zip ${statSync(ctx.zip).size} bytes (${(statSync(ctx.zip).size / 1024).toFixed(1)} KB)`);
  }));

test("the plugin's header and readme.txt name the slug, the licence and the same versions", () =>
  unzipped((dir) => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const main = readFileSync(join(dir, 'treatment-compare.php'), 'utf8');
    const readme = readFileSync(join(dir, 'readme.txt'), 'utf8');
    const header = (text, name) => new RegExp(`^(?:\\s*\\*\\s*)?${name}:\\s*(.+?)\\s*$`, 'm').exec(text)?.[1];
    assert.equal(header(main, 'Text Domain'), 'treatment-compare');
    assert.equal(header(main, 'Version'), version);
    assert.match(header(main, 'License'), /^GPL-2\.0-or-later$|^GPLv2 or later$/);
    assert.match(readme, /^=== Treatment compare ===\n/, 'readme.txt does not start with "=== Plugin Name ==="');
    for (const [name, value] of [['Requires at least', '6.1'], ['Requires PHP', '7.4'], ['Stable tag', version]]) {
      assert.equal(header(readme, name), value, `readme.txt ${name}`);
      if (name !== 'Stable tag') assert.equal(header(main, name), value, `plugin header ${name}`);
    }
    assert.match(header(readme, 'License'), /GPL/);
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'), `readme.txt has no "== ${section} ==" section`);
    assert.equal(JSON.parse(readFileSync(join(dir, 'block/block.json'), 'utf8')).version, version, 'block.json version');
  }));
