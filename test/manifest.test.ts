// The package as integrators see it: custom-elements.json (written by `npm run build`) against the README's
// API tables and the element itself, the package entries' side effects, and the bundles' integrity hashes.
// The dev server serves the repository root, so the built files and the README are fetched as they are.
import { expect } from '@open-wc/testing';
import { LEVEL_IDS, MULTI_CHOICE_QUESTION_IDS, QUESTION_IDS, QUESTION_OPTIONS, type QuestionId } from '../src/engine/ids.js';
import { NOTE_IDS } from '../src/engine/rules.js';

interface ManifestItem {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
  members?: ManifestItem[];
}
interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} (run npm run build first)`);
  return response.text();
}

/** The backticked names in the first column of the table under `### heading` in the README's API section. */
function readmeTable(readme: string, heading: string): string[] {
  const api = readme.split(/^## /m).find((part) => part.startsWith('API\n'));
  if (!api) throw new Error('README has no "## API" section');
  const section = api.split(/^### /m).find((part) => part.startsWith(heading + '\n'));
  if (!section) throw new Error(`README's API section has no "### ${heading}" table`);
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  // rows[0] is the header, rows[1] the |---| line.
  return rows.slice(2).map((row) => {
    const first = row.split('|')[1].trim();
    const name = /^`([^`]+)`$/.exec(first);
    if (!name) throw new Error(`README "${heading}" row does not start with a backticked name: ${row}`);
    return name[1];
  });
}

const sorted = (names: string[]) => [...names].sort();
const duplicates = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i);

let manifest: Manifest;
let element: Declaration;
let readme: string;

before(async () => {
  manifest = JSON.parse(await fetchText('/custom-elements.json')) as Manifest;
  readme = await fetchText('/README.md');
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  expect(elements.map((d) => d.tagName), 'custom elements in the manifest').to.deep.equal(['treatment-compare']);
  element = elements[0];
});

describe('custom-elements.json and the README', () => {
  const cases: [string, keyof Declaration][] = [
    ['Attributes', 'attributes'],
    ['Events', 'events'],
    ['CSS custom properties', 'cssProperties'],
    ['Parts', 'cssParts'],
  ];
  for (const [heading, key] of cases) {
    it(`the README's "${heading}" table lists exactly the manifest's ${key}`, () => {
      const documented = readmeTable(readme, heading);
      const declared = ((element[key] as ManifestItem[] | undefined) ?? []).map((item) => item.name);
      expect(declared, `manifest ${key}`).to.not.be.empty;
      expect(duplicates(documented), `names listed twice in README "${heading}"`).to.deep.equal([]);
      const missingFromReadme = declared.filter((name) => !documented.includes(name));
      const missingFromManifest = documented.filter((name) => !declared.includes(name));
      expect({ missingFromReadme, missingFromManifest }, `README "${heading}" vs custom-elements.json`).to.deep.equal({
        missingFromReadme: [],
        missingFromManifest: [],
      });
    });
  }

  it('lists the attributes the element observes, and no internal state', async () => {
    const { TreatmentCompare } = (await import(/* @vite-ignore */ '/dist/index.js' as string)) as { TreatmentCompare: { observedAttributes: string[] } };
    const declared = (element.attributes ?? []).map((a) => a.name);
    expect(sorted(declared)).to.deep.equal(sorted(TreatmentCompare.observedAttributes));
    expect(declared.filter((name) => name.startsWith('_'))).to.deep.equal([]);
  });

  it('names the published modules: dist/index.js declares the class, dist/define.js defines the tag', async () => {
    const paths = manifest.modules.map((m) => m.path);
    expect(sorted(paths)).to.deep.equal(['dist/define.js', 'dist/index.js']);
    for (const path of paths) await fetchText('/' + path); // each exists
    const definition = manifest.modules.find((m) => m.path === 'dist/define.js')!.exports!.find((e) => e.kind === 'custom-element-definition');
    expect(definition).to.deep.equal({ kind: 'custom-element-definition', name: 'treatment-compare', declaration: { name: 'TreatmentCompare', module: 'dist/index.js' } });
  });
});

/**
 * The members of an object type written as text, `{ a?: 'x' | 'y'; b: boolean }` → { a: "'x' | 'y'", b: 'boolean' }
 * (top level only: what follows a nested `{` up to its `}` stays in its member's type).
 */
function members(type: string): Record<string, string> {
  expect(type, 'an object type').to.match(/^\{ .* \}$/);
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of type.slice(2, -2)) {
    depth += char === '{' || char === '(' || char === '<' ? 1 : char === '}' || char === ')' || char === '>' ? -1 : 0;
    if (char === ';' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return Object.fromEntries(
    parts.map((part) => {
      const [, key, type] = /^'?([\w-]+)'?\??: (.+)$/.exec(part) ?? [];
      expect(key, `a member in ${part}`).to.be.a('string');
      return [key, type];
    }),
  );
}
/** The string literals of a type, each once, in order. */
const literals = (type: string) => [...new Set([...type.matchAll(/'([^']+)'/g)].map((m) => m[1]))];
const memberType = (name: string) => element.members!.find((m) => m.name === name)?.type?.text ?? '';

describe('custom-elements.json writes out the types of the answers, the result and the events', () => {
  it('answers: every question of the engine, with its option ids; an array for a "choose all that apply" one', () => {
    const answers = members(memberType('answers'));
    expect(Object.keys(answers)).to.deep.equal(QUESTION_IDS);
    for (const question of QUESTION_IDS) {
      const type = answers[question];
      expect(literals(type), question).to.deep.equal(QUESTION_OPTIONS[question]);
      const multi = (MULTI_CHOICE_QUESTION_IDS as readonly QuestionId[]).includes(question);
      expect(type.includes(')[]'), `${question}: ${type}`).to.equal(multi);
    }
    expect(MULTI_CHOICE_QUESTION_IDS).to.include.members(['substances', 'health']);
  });

  it('result: the fields of a Recommendation (needed, considerations, notes…), or null', () => {
    const text = memberType('result');
    expect(text.endsWith(' } | null'), text.slice(-40)).to.equal(true);
    const result = members(text.slice(0, -' | null'.length));
    expect(Object.keys(result)).to.include.members(['level', 'needed', 'offered', 'higherLevelNeeded', 'urgent', 'crisis', 'reasons', 'tradeoffs', 'considerations', 'notes']);
    expect(literals(result.notes)).to.deep.equal(NOTE_IDS);
    expect(literals(result.needed)).to.deep.equal(LEVEL_IDS);
    expect(Object.keys(members(result.considerations.replace(/\[\]$/, '')))).to.deep.equal(['question', 'answer', 'kind']);
  });

  it("each event's detail type, the complete event's with the answers and the result", () => {
    const events = Object.fromEntries((element.events ?? []).map((e) => [e.name, e.type?.text ?? '']));
    expect(events['treatment-compare-step']).to.equal('CustomEvent<{ step: number; total: number }>');
    expect(events['treatment-compare-cta']).to.equal("CustomEvent<{ kind: 'phone' | 'link' }>");
    const complete = members(/^CustomEvent<(.*)>$/.exec(events['treatment-compare-complete'])?.[1] ?? '');
    expect(complete).to.deep.equal({ answers: memberType('answers'), result: memberType('result').replace(/ \| null$/, '') });
  });

  it('names no type a reader cannot look up', () => {
    const texts = [...(element.members ?? []), ...(element.events ?? [])].map((item) => item.type?.text ?? '');
    const names = new Set(texts.flatMap((text) => text.match(/\b[A-Z]\w*/g) ?? []));
    // CustomEvent and Record are the platform's and TypeScript's; the config's shape is the JSON Schema's.
    expect([...names].sort()).to.deep.equal(['CustomEvent', 'FacilityConfig', 'Record']);
  });
});

describe('package entries', () => {
  it('dist/index.js registers nothing; dist/define.js registers the class that dist/index.js exports', async () => {
    const index = (await import(/* @vite-ignore */ '/dist/index.js' as string)) as { TreatmentCompare: CustomElementConstructor; TAG_NAME: string };
    expect(index.TAG_NAME).to.equal('treatment-compare');
    expect(customElements.get('treatment-compare'), 'defined by importing dist/index.js').to.equal(undefined);
    await import(/* @vite-ignore */ '/dist/define.js' as string);
    expect(customElements.get('treatment-compare')).to.equal(index.TreatmentCompare);
  });

  it('dist/integrity.json holds the sha384 of each bundle', async () => {
    const recorded = JSON.parse(await fetchText('/dist/integrity.json')) as Record<string, string>;
    expect(sorted(Object.keys(recorded))).to.deep.equal(['treatment-compare.iife.js', 'treatment-compare.js']);
    for (const [file, integrity] of Object.entries(recorded)) {
      const response = await fetch(`/dist/${file}`, { cache: 'no-store' });
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
      const hash = `sha384-${btoa(String.fromCharCode(...digest))}`;
      expect(integrity, file).to.equal(hash);
    }
  });

  it("the README's CDN snippet pins an exact version with an integrity hash for each bundle", () => {
    const start = readme.indexOf('<!-- cdn-snippet:start -->');
    const end = readme.indexOf('<!-- cdn-snippet:end -->');
    expect(start, 'cdn-snippet markers').to.be.greaterThan(-1);
    const snippet = readme.slice(start, end);
    const scripts = [...snippet.matchAll(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/treatment-compare@([^/"]+)\/dist\/([\w.-]+)"\s+integrity="(sha384-[^"]+)"\s+crossorigin="anonymous"/g)];
    expect(sorted(scripts.map((m) => m[2]))).to.deep.equal(['treatment-compare.iife.js', 'treatment-compare.js']);
    // A placeholder until `npm version` fills in a release (scripts/integrity.mjs --readme); never a range.
    for (const [, version] of scripts) expect(version).to.match(/^(VERSION|\d+\.\d+\.\d+(-[\w.]+)?)$/);
  });
});
