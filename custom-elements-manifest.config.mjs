// Config for `cem analyze` (run by `npm run build`): writes custom-elements.json at the package root.
// Globs are limited to src/ so dist/, test/ and coverage/ are never analysed (TOOLCHAIN pitfall 8).
//
// The plugin below corrects what the analyzer gets wrong for this element's source, without touching it:
// - `static properties` entries with `state: true` or `attribute: false` are internal state, not attributes;
// - `new CustomEvent(type, …)` in a generic helper is not an event named "type" (the real events come from
//   the class's `@fires` tags);
// - `customElements.define(TAG_NAME, …)` names the element by a constant: use the constant's string value;
// - the published package ships dist/, not src/: the manifest describes the public modules `dist/index.js`
//   (the class, no side effects) and `dist/define.js` (registers the element), as package.json exports them;
// - types named by the engine (`Answers`, `Recommendation`, …) mean nothing to a reader of the manifest, who
//   has no way to look them up: the `answers` and `result` members and the events' details are written out in
//   full, each question with its option ids (an array for a "choose all that apply" question), from the
//   engine's own ids and the interfaces of src/ (see `engineTypes`).

import { posix } from 'node:path';
import { importSource } from './scripts/import-source.mjs';

/** Source module → published module. Everything the element is made of is bundled into dist/index.js. */
const PUBLIC_MODULES = { 'src/index.ts': 'dist/index.js', 'src/define.ts': 'dist/define.js' };
const BUNDLE = 'dist/index.js';

/**
 * The engine's types written out as TypeScript text, from its ids (the order of each list is kept: option ids
 * run from less to more intensive care). `Answers` is the mapped type of src/engine/ids.ts: each question
 * optional; a "choose all that apply" answer is a set of option ids, or one id standing for a set of one.
 */
async function engineTypes() {
  const { LEVEL_IDS, MULTI_CHOICE_QUESTION_IDS, NOTE_IDS, QUESTION_IDS, QUESTION_OPTIONS } = await importSource('src/engine/index.ts');
  const union = (ids) => ids.map((id) => `'${id}'`).join(' | ');
  const answer = (id) => {
    const options = union(QUESTION_OPTIONS[id]);
    return MULTI_CHOICE_QUESTION_IDS.includes(id) ? `readonly (${options})[] | ${options}` : options;
  };
  return {
    LevelId: union(LEVEL_IDS),
    QuestionId: union(QUESTION_IDS),
    OptionId: union([...new Set(QUESTION_IDS.flatMap((id) => QUESTION_OPTIONS[id]))]),
    NoteId: union(NOTE_IDS),
    Answers: objectType(QUESTION_IDS.map((id) => ({ name: id, optional: true, type: answer(id) }))),
  };
}

/**
 * Replaces the names in `text` that `named` knows, again and again until none is left; a union followed by
 * `[]` is put in brackets.
 */
function writeOut(text, named) {
  const source = `\\b(${Object.keys(named).join('|')})\\b(\\[\\])?`;
  const found = new RegExp(source);
  for (let i = 0; i < 10 && found.test(text); i++) {
    text = text.replace(new RegExp(source, 'g'), (_, name, array) => {
      const type = named[name];
      return array && type.includes(' | ') && !/^\{.*\}$/.test(type) ? `(${type})[]` : `${type}${array ?? ''}`;
    });
  }
  if (found.test(text)) throw new Error(`custom-elements-manifest: cannot write out ${text}`);
  return text;
}

const propertyKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** An interface's members as an object type: `{ name: Type; other?: Type }`. */
const objectType = (members) => `{ ${members.map((m) => `${propertyKey(m.name)}${m.optional ? '?' : ''}: ${m.type}`).join('; ')} }`;

function treatmentComparePlugin(engine) {
  const interfaces = new Map(); // interface name → its members: { name, optional, type (as text) }
  const notAttributes = new Map(); // module path → Set of `${className}.${property}`
  const eventVariables = new Map(); // module path → Set of identifiers passed as an event name
  const add = (map, key, value) => (map.get(key) ?? map.set(key, new Set()).get(key)).add(value);

  const isTrue = (ts, node) => node?.kind === ts.SyntaxKind.TrueKeyword;
  const isFalse = (ts, node) => node?.kind === ts.SyntaxKind.FalseKeyword;

  return {
    name: 'treatment-compare-fixes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isInterfaceDeclaration(node)) {
        const members = node.members.filter(ts.isPropertySignature).map((m) => ({
          name: ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(),
          optional: !!m.questionToken,
          type: m.type.getText().replace(/\s+/g, ' '),
        }));
        interfaces.set(node.name.text, members);
      }
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          if (!isStatic || member.name?.getText() !== 'properties') continue;
          let object = member.initializer;
          if (!object && member.body) {
            const ret = member.body.statements.find((s) => ts.isReturnStatement(s));
            object = ret?.expression;
          }
          if (!object || !ts.isObjectLiteralExpression(object)) continue;
          for (const prop of object.properties) {
            if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
            const options = Object.fromEntries(
              prop.initializer.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), p.initializer]),
            );
            if (isTrue(ts, options.state) || isFalse(ts, options.attribute)) {
              add(notAttributes, moduleDoc.path, `${node.name.getText()}.${prop.name.getText()}`);
            }
          }
        }
      }
      if (ts.isNewExpression(node) && node.expression.getText() === 'CustomEvent' && node.arguments?.[0] && ts.isIdentifier(node.arguments[0])) {
        add(eventVariables, moduleDoc.path, node.arguments[0].getText());
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        const hidden = notAttributes.get(moduleDoc.path);
        if (hidden && declaration.attributes) {
          const isHidden = (field) => hidden.has(`${declaration.name}.${field}`);
          declaration.attributes = declaration.attributes.filter((a) => !isHidden(a.fieldName ?? a.name));
          for (const member of declaration.members ?? []) {
            if (isHidden(member.name)) {
              delete member.attribute;
              delete member.reflects;
            }
          }
          if (!declaration.attributes.length) delete declaration.attributes;
        }
        const variables = eventVariables.get(moduleDoc.path);
        if (variables && declaration.events) {
          declaration.events = declaration.events.filter((e) => e.description || !variables.has(e.name));
        }
        // Private members are not API (and are renamed in the minified bundle).
        if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private');
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = manifest.modules;
      // The analyzer writes module references relative to the importing module, from the root with or
      // without a leading slash, and with .js for .ts: bring them all to the analysed paths.
      const normal = (path, from = '') =>
        posix.normalize(/^\.\.?\//.test(path) ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '')).replace(/\.js$/, '.ts');
      const moduleAt = (path, from) => modules.find((m) => m.path === normal(path, from));
      const declaredOnce = (name) => {
        const found = modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.name === name));
        return found.length === 1 ? found[0] : null;
      };

      // Constants such as TAG_NAME → their string value.
      const constants = new Map();
      for (const m of modules) {
        for (const d of m.declarations ?? []) {
          const literal = d.kind === 'variable' && /^(['"`])([^'"`]*)\1$/.exec(d.default ?? '');
          if (literal) constants.set(d.name, literal[2]);
        }
      }
      const tag = (name) => (constants.has(name) ? constants.get(name) : name);
      for (const m of modules) {
        for (const d of m.declarations ?? []) if (d.tagName) d.tagName = tag(d.tagName);
        for (const e of m.exports ?? []) if (e.kind === 'custom-element-definition') e.name = tag(e.name);
      }

      // Follows an export to the module that declares it.
      // (A re-export of an import names the re-exporting module itself: then the one declaration of that name.)
      const resolve = (name, path, from, seen = new Set()) => {
        const m = moduleAt(path, from);
        if (!m || seen.has(m.path)) return name === '*' ? null : declaredOnce(name);
        seen.add(m.path);
        const declaration = m.declarations?.find((d) => d.name === name);
        if (declaration) return declaration;
        const via = m.exports?.find((e) => e.kind === 'js' && e.name === name && e.declaration?.module);
        return via ? resolve(via.declaration.name, via.declaration.module, m.path, seen) : null;
      };

      const published = [];
      const bundled = [];
      for (const [source, target] of Object.entries(PUBLIC_MODULES)) {
        const m = moduleAt(source);
        if (!m) throw new Error(`custom-elements-manifest: ${source} was not analysed`);
        const exports = [];
        for (const e of m.exports ?? []) {
          const declaration = e.declaration && resolve(e.declaration.name, e.declaration.module ?? source, source);
          if (!declaration) continue; // type-only exports and `export *` of the engine (no elements there)
          if (!bundled.includes(declaration)) bundled.push(declaration);
          exports.push({ ...e, declaration: { name: declaration.name, module: BUNDLE } });
        }
        published.push({ kind: 'javascript-module', path: target, declarations: [], exports });
      }
      published.find((m) => m.path === BUNDLE).declarations = bundled;
      manifest.modules = published;

      // The engine's types, written out (see the top of this file), and the events' details from the
      // element's event map.
      for (const name of ['Reason', 'Recommendation', 'TreatmentCompareEventMap']) {
        if (!interfaces.has(name)) throw new Error(`custom-elements-manifest: interface ${name} was not found in src/`);
      }
      const named = { ...engine, Reason: objectType(interfaces.get('Reason')), Recommendation: objectType(interfaces.get('Recommendation')) };
      const eventMap = interfaces.get('TreatmentCompareEventMap');
      for (const element of bundled.filter((d) => d.customElement)) {
        for (const member of element.members ?? []) if (member.type) member.type.text = writeOut(member.type.text, named);
        for (const event of element.events ?? []) {
          const type = eventMap.find((m) => m.name === event.name)?.type;
          if (!type) throw new Error(`custom-elements-manifest: ${event.name} is not in TreatmentCompareEventMap`);
          event.type = { text: writeOut(type, named) };
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  quiet: true,
  packagejson: false, // package.json already names the manifest ("customElements"); do not rewrite it
  plugins: [treatmentComparePlugin(await engineTypes())],
};
