// Turns the raw rounds into medians, spreads, ratios and the issue's targets, and writes them as Markdown.
import { RESERVE_PX } from './contenders.mjs';

/** Median, quartiles (linear interpolation) and range of a list of numbers. */
export function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const q = (p) => {
    const i = (v.length - 1) * p;
    return v[Math.floor(i)] + (v[Math.ceil(i)] - v[Math.floor(i)]) * (i - Math.floor(i));
  };
  return { median: q(0.5), q1: q(0.25), q3: q(0.75), min: v[0], max: v.at(-1), n: v.length };
}

// Each round's figure minus the control's figure of the same round: the host page, the harness's inline
// script and the browser's own per-page work cancel out, and so does a slow spell that hit the whole round.
const paired = (a = [], b = [], key) => a.map((x, i) => x[key] - (b[i]?.[key] ?? NaN));

// The cases of a shift page (run.mjs, SHIFT_VARIANTS), as the tables name them.
const SHIFT_CASES = [
  ['none', 'no reserve'],
  ['reserve', 'reserve'],
  ['noneTop', 'no reserve, at the top'],
];

// One shift page's figures over the rounds (raw rows from measure.mjs, measureShift).
const SHIFT_FIGURES = ['cls', 'shifts', 'height', 'naturalHeight', 'reservePx', 'width', 'scrollY', 'belowMovedPx', 'anchorScrollPx', 'renderedAtMs', 'fcpMs'];

function shiftSummary(rows) {
  const out = Object.fromEntries(SHIFT_FIGURES.map((k) => [k, stats(rows.map((r) => r[k] ?? NaN))]));
  out.rounds = rows.length;
  out.belowInView = rows.filter((r) => r.belowInView).length;
  // A round whose scripts ran before the visitor's last wheel turn was not the case meant: counted, and shown.
  out.renderedBeforeScroll = rows.filter((r) => r.renderedAtMs < r.fcpMs + Math.max(0, ...r.wheelsAtMs)).length;
  // Entries left out of CLS for recent input (should be none: wheel turns are not such input), and what moved
  // in the entries that counted: each node, in how many rounds, with its largest move (viewport px).
  out.excludedShifts = rows.reduce((a, r) => a + (r.excludedShifts ?? 0), 0);
  const sources = {};
  rows.forEach((r, round) => {
    for (const e of r.entries ?? []) {
      if (e.hadRecentInput) continue;
      for (const src of e.sources) {
        const o = (sources[src.node] ??= { rounds: new Set(), maxMovePx: 0, value: 0 });
        o.rounds.add(round);
        o.maxMovePx = Math.max(o.maxMovePx, Math.abs(src.after.y - src.before.y), Math.abs(src.after.height - src.before.height));
      }
    }
  });
  out.sources = Object.entries(sources).map(([node, o]) => ({ node, rounds: o.rounds.size, maxMovePx: o.maxMovePx }));
  return out;
}

export function summarize({ raw, bytes, contenders, counts, shiftViewports = [] }) {
  const control = raw.load.control ?? {};
  const load = {};
  const perInstanceHeap = {};
  for (const c of contenders) {
    if (c.id === 'control') continue;
    load[c.id] = {};
    for (const n of counts) {
      const rows = raw.load[c.id]?.[n] ?? [];
      load[c.id][n] = {
        scriptMs: stats(paired(rows, control[n], 'scriptMs')),
        scriptWallMs: stats(paired(rows, control[n], 'scriptWallMs')),
        taskMs: stats(paired(rows, control[n], 'taskMs')),
        taskWallMs: stats(paired(rows, control[n], 'taskWallMs')),
        cdpScriptMs: stats(paired(rows, control[n], 'cdpScriptMs')),
        cdpTaskMs: stats(paired(rows, control[n], 'cdpTaskMs')),
        layoutMs: stats(paired(rows, control[n], 'layoutMs')),
        renderMs: stats(rows.map((r) => r.renderMs)),
        heapBytes: stats(paired(rows, control[n], 'heap')),
        nodes: stats(paired(rows, control[n], 'nodes')),
      };
    }
    const [lo, hi] = [Math.min(...counts), Math.max(...counts)];
    const a = raw.load[c.id]?.[lo] ?? [];
    const b = raw.load[c.id]?.[hi] ?? [];
    if (hi > lo) perInstanceHeap[c.id] = stats(b.map((r, i) => (r.heap - (a[i]?.heap ?? NaN)) / (hi - lo)));
  }
  // shift[contender][viewport width][none | reserve]
  const shift = {};
  for (const [id, byViewport] of Object.entries(raw.shift)) {
    shift[id] = {};
    for (const [vp, byReserve] of Object.entries(byViewport)) {
      shift[id][vp] = Object.fromEntries(Object.entries(byReserve).map(([k, rows]) => [k, shiftSummary(rows)]));
    }
  }
  const interaction = {};
  for (const [id, byAction] of Object.entries(raw.interaction)) {
    interaction[id] = {};
    for (const [action, rows] of Object.entries(byAction)) {
      const timed = rows.filter((r) => r.eventTimingMs !== null);
      interaction[id][action] = {
        handlerMs: stats(rows.map((r) => r.handlerMs)),
        handlerCpuMs: stats(rows.map((r) => r.handlerCpuMs)),
        toTaskEnd: rows.some((r) => r.handlerToTaskEnd),
        taskEndMs: stats(rows.map((r) => r.taskEndMs)),
        inputDelayMs: stats(rows.map((r) => r.inputDelayMs)),
        nextPaintMs: stats(rows.map((r) => r.nextPaintMs)),
        eventTiming: { reported: timed.length, of: rows.length, maxMs: timed.length ? Math.max(...timed.map((r) => r.eventTimingMs)) : null },
      };
    }
  }
  const summary = { load, perInstanceHeap, shift, interaction };
  summary.targets = targets(summary, bytes, contenders, counts, shiftViewports.map((vp) => String(vp.width)));
  return summary;
}

const med = (s) => s?.median ?? NaN;

function targets(s, bytes, contenders, counts, viewports) {
  const out = [];
  const w = s.load.widget;
  const l = s.load.lit;
  const n1 = Math.min(...counts);
  if (w && l) {
    const ratio = med(w[n1].scriptMs) / med(l[n1].scriptMs);
    const over = med(w[n1].scriptMs) - 3 * med(l[n1].scriptMs);
    out.push({
      target: `Script CPU at N=${n1} within 3× the bare Lit element`,
      result: `${fx(ratio)}× (${ms(med(w[n1].scriptMs))} vs ${ms(med(l[n1].scriptMs))} ms; by CDP ScriptDuration, which misses microtasks: ${fx(med(w[n1].cdpScriptMs) / med(l[n1].cdpScriptMs))}×)`,
      met: ratio <= 3,
      by: ratio <= 3 ? `${ms(-over)} ms to spare` : `missed by ${ms(over)} ms (${fx(ratio - 3)}× over)`,
    });
  }
  if (s.perInstanceHeap.widget) {
    const kb = med(s.perInstanceHeap.widget) / 1024;
    out.push({ target: 'JS heap under 60 KB per extra instance', result: `${kb.toFixed(1)} KB`, met: kb < 60, by: kb < 60 ? `${(60 - kb).toFixed(1)} KB to spare` : `missed by ${(kb - 60).toFixed(1)} KB` });
  }
  const answer = s.interaction.widget?.answer;
  if (answer) {
    const m = answer.handlerCpuMs.median;
    out.push({
      target: 'Answering a question under 4 ms handler time (CPU)',
      result: `${ms(m)} ms CPU (max ${ms(answer.handlerCpuMs.max)}); elapsed ${ms(answer.handlerMs.median)} ms (max ${ms(answer.handlerMs.max)})`,
      met: m < 4,
      by: m < 4 ? `${ms(4 - m)} ms to spare` : `missed by ${ms(m - 4)} ms`,
    });
  }
  const held = viewports.map((vp) => [vp, s.shift.widget?.[vp]?.reserve?.cls]);
  if (held.length && held.some(([, cls]) => cls)) {
    const missed = held.filter(([, cls]) => !cls || cls.max !== 0);
    out.push({
      target: `Zero layout shift with the reserve style (N=1, at ${viewports.map(px).join(' and ')} px, every round)`,
      result: held.map(([vp, cls]) => (cls ? `${px(vp)} px: CLS median ${cls.median.toFixed(4)}, max ${cls.max.toFixed(4)}` : `${px(vp)} px: not measured`)).join('; '),
      met: !missed.length,
      by: missed.length ? `missed at ${missed.map(([vp, cls]) => (cls ? `${px(vp)} px (CLS up to ${cls.max.toFixed(4)})` : `${px(vp)} px (not measured)`)).join(', ')}` : 'zero in every round at every viewport',
    });
  }
  // "Slower and heavier": more script CPU and a later render at every N; more bytes and more heap.
  for (const peer of contenders.filter((c) => c.role === 'peer')) {
    const p = s.load[peer.id];
    if (!p || !w) continue;
    const fails = [];
    if (bytes[peer.id].gzip <= bytes.widget.gzip) fails.push(`gzip bytes ${kb(bytes[peer.id].gzip)} ≤ ${kb(bytes.widget.gzip)} KB`);
    for (const n of counts) {
      for (const [key, what, unit] of [['scriptMs', 'script CPU', 'ms'], ['renderMs', 'time to rendered', 'ms'], ['heapBytes', 'heap', 'KB']]) {
        const [pv, wv] = [med(p[n][key]), med(w[n][key])];
        const show = (v) => (unit === 'KB' ? kb(v) : ms(v));
        if (!(pv > wv)) fails.push(`${what} at N=${n}: ${show(pv)} ≤ widget's ${show(wv)} ${unit}`);
      }
    }
    out.push({
      target: `${peer.label} slower and heavier than the widget (bytes, script CPU, time to rendered, heap at N=${counts.join('/')})`,
      result: fails.length ? `${fails.length} of ${1 + counts.length * 3} comparisons not: ${fails.join('; ')}` : `all ${1 + counts.length * 3} comparisons`,
      met: !fails.length,
      by: fails.length ? 'see result' : 'every figure',
    });
  }
  return out;
}

// The widget's reserve at each viewport, in numbers: its width there, its own first-render height and the
// min-height its reserve gave it, and what that did to the text below. When CLS is not zero, this says why.
function reserveNotes(s, viewports) {
  const out = [];
  for (const vp of viewports) {
    const r = s.shift.widget?.[vp]?.reserve;
    if (!r?.cls) continue;
    const [width, own, reserve, moved] = [r.width, r.naturalHeight, r.reservePx, r.belowMovedPx];
    const where = `At ${px(vp)} px the widget is ${px0(width?.median)} px wide; its first render is ${px0(own?.median)} px tall (max ${px0(own?.max)}), and its reserve there is ${px0(reserve?.median)} px`;
    if (r.cls.max === 0) {
      out.push(`- ${where}: the text below moved ${moved?.max > 0.5 ? `up to ${px0(moved.max)} px` : 'by 0 px'} in the page, and CLS was 0 in all ${r.rounds} rounds${r.belowInView < r.rounds ? ` (the text below was in view when the widget rendered in ${r.belowInView} of ${r.rounds} rounds: a shift out of view would not count, so the 0 px it moved is what shows the reserve held)` : ''}.`);
      continue;
    }
    if (own && reserve && own.max > reserve.min) {
      out.push(`- ${where}: the render outgrows the reserve by up to ${px0(own.max - reserve.min)} px, so the text below moved up to ${px0(moved?.max)} px in the page (CLS median ${r.cls.median.toFixed(4)}, max ${r.cls.max.toFixed(4)}). The reserve's value for this width (src/reserve.ts, \`npm run reserve\`) is too small for this page.`);
    } else {
      out.push(`- ${where}, so the render fits it; yet CLS was up to ${r.cls.max.toFixed(4)} (${r.shifts.median} shift entries per run, median; the text below moved up to ${px0(moved?.max)} px in the page): the shift comes from something other than the widget's height.`);
    }
    // What moved, from the entries' sources (every entry of every round: results.json, raw.shift.widget).
    out.push(`  What moved (the layout-shift entries' sources): ${r.sources.map((x) => `${esc(x.node)} (in ${x.rounds} of ${r.rounds} rounds, up to ${px0(x.maxMovePx)} px)`).join('; ') || 'no sources reported'}.`);
  }
  return out;
}

// The layout-shift target in words under its table, and whether any entry was left out of CLS for recent input.
function shiftTarget(s, viewports) {
  const held = viewports.map((vp) => [vp, s.shift.widget?.[vp]?.reserve?.cls]);
  const met = held.every(([, cls]) => cls && cls.max === 0);
  const figures = held.map(([vp, cls]) => `${px(vp)} px: ${cls ? `${cls.median.toFixed(3)} (max ${cls.max.toFixed(3)})` : 'not measured'}`).join(', ');
  const excluded = Object.values(s.shift).flatMap((byVp) => Object.values(byVp).flatMap((byCase) => Object.values(byCase))).reduce((a, r) => a + (r.excludedShifts ?? 0), 0);
  return [
    `**Target: CLS 0.000 for the widget with its reserve, at both ${viewports.map(px).join(' and ')} px, in every round: ${met ? 'met' : '**missed**'}** (${figures}).`,
    excluded ? ` ${excluded} layout-shift entries were left out of CLS as following recent input (\`hadRecentInput\`); see results.json.` : ' No layout-shift entry was left out for recent input: the wheel turns excuse nothing.',
  ].join('');
}

// Where Chromium's scroll anchoring took a shift out of CLS: the visitor had scrolled, the text below moved in
// the page, and the scroll followed it.
function anchoringNotes(s, shown, viewports) {
  const out = [];
  for (const vp of viewports) {
    for (const [key, what] of SHIFT_CASES) {
      const hidden = shown
        .map((c) => [c, s.shift[c.id]?.[vp]?.[key]])
        .filter(([, r]) => r?.cls && r.anchorScrollPx?.median > 0.5)
        .map(([c, r]) => `${esc(c.label)} ${px0(r.belowMovedPx.median)} px (CLS ${r.cls.median.toFixed(3)})`);
      if (!hidden.length) continue;
      const top = key === 'none' ? ' The visitor who stays at the top shows the same loads without it.' : '';
      out.push(`- Scroll anchoring at ${px(vp)} px, ${what}: the visitor had scrolled, and when the instance rendered above the text in view Chromium scrolled as far as that text moved, so it stayed in place on the screen and CLS counted little or nothing of the move. Moved in the page, and followed: ${hidden.join('; ')}. The instance appeared above the visitor, out of view.${top}`);
    }
  }
  return out;
}

// ---- formatting ----
const ms = (x) => (!Number.isFinite(x) ? 'n/a' : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (x) => (!Number.isFinite(x) ? 'n/a' : (x / 1024).toFixed(1));
const fx = (x) => (!Number.isFinite(x) ? 'n/a' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (s, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${fx(a / b)}×` : 'n/a');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const esc = (t) => t.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const px = (x) => Number(x).toLocaleString('en-US');
const px0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');

export function toMarkdown({ machine, versions, settings, summary: s, bytes, contenders, errors }) {
  const shown = contenders.filter((c) => c.id !== 'control');
  const { counts } = settings;
  const [n1, nMax] = [Math.min(...counts), Math.max(...counts)];
  const nHead = counts.map((n) => `N=${n}`);
  const loadTable = (key, f = ms) => table(['Contender', ...nHead], shown.map((c) => [esc(c.label), ...counts.map((n) => cell(s.load[c.id]?.[n]?.[key], f))]));

  // Ratios of medians: every contender to the Lit floor, and the widget to every other contender.
  const figures = [
    ['gzip bytes', (id) => bytes[id]?.gzip],
    [`script CPU N=${n1}`, (id) => med(s.load[id]?.[n1]?.scriptMs)],
    [`script CPU N=${nMax}`, (id) => med(s.load[id]?.[nMax]?.scriptMs)],
    [`rendered N=${n1}`, (id) => med(s.load[id]?.[n1]?.renderMs)],
    [`rendered N=${nMax}`, (id) => med(s.load[id]?.[nMax]?.renderMs)],
    [`heap N=${n1}`, (id) => med(s.load[id]?.[n1]?.heapBytes)],
    ['heap / extra instance', (id) => med(s.perInstanceHeap[id])],
    ['answer handler CPU', (id) => med(s.interaction[id]?.answer?.handlerCpuMs)],
  ];
  const ratioTable = (rows, to) => table(['', ...figures.map(([f]) => f)], rows.map((c) => [esc(c.label), ...figures.map(([, get]) => to(get, c.id))]));

  // Layout shift: one column group per viewport of the shift pages.
  const viewports = (settings.shiftViewports ?? []).map((vp) => String(vp.width));
  const vpLabel = (vp) => `${px(vp)} px`;
  const clsCell = (r) => (r?.cls ? `${r.cls.median.toFixed(3)} (max ${r.cls.max.toFixed(3)})` : 'n/a');
  // The instance's own height after it rendered, from the page without the reserve, and the reserve beside it.
  const heightCell = (c, vp) => {
    const own = s.shift[c.id]?.[vp]?.none?.height;
    if (!own) return 'n/a';
    const reserve = c.id === 'widget' ? s.shift.widget?.[vp]?.reserve?.reservePx?.median : c.reserveCss ? RESERVE_PX : null;
    const range = own.max - own.min >= 1 ? ` (${px0(own.min)}–${px0(own.max)})` : '';
    return `${px0(own.median)}${range}${reserve ? `; reserve ${px0(reserve)}` : ''}`;
  };
  const shiftRows = [];
  for (const c of shown) {
    for (const vp of viewports) {
      for (const [key, what] of SHIFT_CASES) {
        const r = s.shift[c.id]?.[vp]?.[key];
        if (!r?.cls) continue;
        shiftRows.push([
          esc(c.label),
          vpLabel(vp),
          what,
          px0(r.width?.median),
          px0(r.scrollY?.median),
          `${r.belowInView}/${r.rounds}`,
          `${px0(r.belowMovedPx?.median)} (max ${px0(r.belowMovedPx?.max)})`,
          px0(r.anchorScrollPx?.median),
          `${px0(r.renderedAtMs?.median)}${r.renderedBeforeScroll ? ` ²` : ''}`,
          clsCell(r),
        ]);
      }
    }
  }
  const lateRender = shown.some((c) => viewports.some((vp) => SHIFT_CASES.some(([k]) => s.shift[c.id]?.[vp]?.[k]?.renderedBeforeScroll)));
  const wheels = (settings.scroll ?? []).map((w) => `${w.deltaY} px at ${px(w.atMs)} ms`).join(' and ');
  const interactionRows = [];
  for (const c of shown) {
    const byAction = s.interaction[c.id];
    if (!byAction) {
      interactionRows.push([esc(c.label), '—', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', c.id === 'typeform' ? 'no form: it loads from the network, which is blocked' : '']);
      continue;
    }
    for (const [action, r] of Object.entries(byAction)) {
      let what = c.role === 'floor' ? 'press its button (state toggles)' : action === 'answer' ? 'pick an answer' : 'press Next';
      if (r.toTaskEnd) what += ' ¹';
      const et = r.eventTiming.reported ? `${r.eventTiming.reported}/${r.eventTiming.of} runs ≥16 ms, max ${ms(r.eventTiming.maxMs)} ms` : `none ≥16 ms (${r.eventTiming.of} runs)`;
      interactionRows.push([esc(c.label), what, cell(r.handlerCpuMs), cell(r.handlerMs), cell(r.taskEndMs), cell(r.inputDelayMs), cell(r.nextPaintMs), et]);
    }
  }

  const blocked = shown.filter((c) => bytes[c.id]?.blocked.length);
  const lines = [
    '# Benchmark results',
    '',
    `Made by \`npm run bench\` (bench/run.mjs; see [README.md](README.md) for the method and options) on ${machine.date.slice(0, 10)}. Medians of ${settings.rounds} interleaved rounds after ${settings.warmup} warm-up round(s); (min–max) in brackets. Full figures, quartiles included, in [results.json](results.json).`,
    '',
    `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}; load average ${machine.loadAverageAtStart.join(' / ')} at start, ${machine.loadAverageAtEnd.join(' / ')} at end`,
    `- **Browser:** Chromium ${machine.chromium} (Debian's), headless, viewport ${settings.viewport.width}×${settings.viewport.height} (layout shift: ${(settings.shiftViewports ?? []).map((vp) => `${vp.width}×${vp.height}`).join(' and ')}); **Node** ${machine.node}`,
    `- **Versions:** ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- **Run:** ${settings.rounds} rounds + ${settings.warmup} warm-up, N = ${counts.join(', ')} (layout shift: N=${settings.shiftN ?? 1}); took ${Math.round(machine.wallSeconds / 60)} min (${machine.wallSeconds} s)`,
    '- Every page came from a loopback server; every other request was blocked and is listed below. Each figure is from a fresh browser context (cold caches).',
    '',
    '## Bytes shipped',
    '',
    'Every file a page with the contender requested, the host page excepted; gzip level 9 and brotli quality 11 by node:zlib.',
    '',
    table(
      ['Contender', 'Requests', 'Raw KB', 'Gzip KB', 'Brotli KB', '× Lit (gzip)', `Blocked non-loopback requests (N=${counts.join(' / ')})`],
      shown.map((c) => {
        const b = bytes[c.id];
        return [esc(c.label), b.requests, kb(b.raw), kb(b.gzip), kb(b.brotli), ratio(b.gzip, bytes.lit?.gzip), counts.map((n) => b.blockedPerPage[n] ?? 'n/a').join(' / ')];
      }),
    ),
    '',
    `## Main-thread script CPU (ms, minus the control page)`,
    '',
    'CPU time of JavaScript on the page\'s main thread from the moment the contender\'s scripts start until everything rendered and 500 ms settled, minus the same window of a page without any widget in the same round. From a Chromium trace: the thread time (`tdur`) of the events DevTools counts as Scripting (EvaluateScript, v8.compile, FunctionCall, TimerFire, RunMicrotasks, EventDispatch, …), so time the thread sat descheduled on a busy machine is left out. Elapsed-time figures are in results.json (`scriptWallMs`).',
    '',
    loadTable('scriptMs'),
    '',
    '## All main-thread tasks (CPU ms, minus the control page)',
    '',
    'CPU time of every main-thread task (trace `ThreadControllerImpl::RunTask`) over the whole load, from navigation on, since parsing the contender\'s CSS and markup comes before its scripts: script plus HTML and CSS parsing, style, layout and paint. It includes the page\'s start-up, which varies a lot on a busy machine, hence wide ranges.',
    '',
    loadTable('taskMs'),
    '',
    'For reference, CDP `Performance.getMetrics` ScriptDuration / TaskDuration (same pages, same subtraction; elapsed time). ScriptDuration leaves out microtasks — a test page spending 140 ms in promise callbacks shows none of it there — and Lit renders in microtasks, so it misses most of a Lit element\'s work; the tables above are the ones the targets use.',
    '',
    table(['Contender', ...nHead], shown.map((c) => [esc(c.label), ...counts.map((n) => `${cell(s.load[c.id]?.[n]?.cdpScriptMs)} / ${ms(med(s.load[c.id]?.[n]?.cdpTaskMs))}`)])),
    '',
    '## Time from script start to all instances rendered (ms)',
    '',
    'The page preloads the scripts and adds them once all have arrived; from that mark to the first moment every instance has content: the widget its intro button, the bare elements their button, SurveyJS its first question\'s answers, Typeform its iframe.',
    '',
    loadTable('renderMs'),
    '',
    '## JS heap after a forced GC (KB, minus the control page)',
    '',
    `CDP \`HeapProfiler.collectGarbage\` twice, then \`Runtime.getHeapUsage\`. Per extra instance: (heap at N=${nMax} − heap at N=${n1}) / ${nMax - n1}, per round.`,
    '',
    table(
      ['Contender', ...nHead, 'Per extra instance'],
      shown.map((c) => [esc(c.label), ...counts.map((n) => cell(s.load[c.id]?.[n]?.heapBytes, kb)), cell(s.perInstanceHeap[c.id], kb)]),
    ),
    '',
    '## Layout shift (CLS)',
    '',
    `What a visitor sees move while the script is on its way. One instance, embedded as the README shows: scripts \`defer\` in <head>, a heading above the instance, and text below it that starts inside the viewport unless a reserve pushes it further down. Each script is held back ${px(settings.scriptDelayMs)} ms, as a slow network would deliver it, so the page paints first. Meanwhile the visitor scrolls down with the mouse wheel, ${wheels} after first contentful paint, as far as the page lets them: real wheel events through Chromium's input pipeline (Playwright \`page.mouse.wheel\`), not \`window.scrollBy\`. A second visitor, without a reserve only, stays at the top (why, below). Viewports ${(settings.shiftViewports ?? []).map((vp) => `${px(vp.width)}×${px(vp.height)}`).join(' (a phone\'s width; desktop Chromium, no touch emulation) and ')}; headless Chromium hides scrollbars, so the page is as wide as the viewport, and the body's 16 px margins leave the instance 32 px narrower. CLS: the sum of the page's \`layout-shift\` entries (except those with \`hadRecentInput\`, as CLS does: a click, tap or key press sets it, a wheel turn does not) from the start until the contender has rendered and ${settings.settleMs.shift} ms have passed; median (max) over ${settings.rounds} rounds.`,
    '',
    `"Reserve" for the widget: its reserve style as shipped, \`dist/treatment-compare.reserve.css\` (generated from src/reserve.ts; the README's snippet carries the same rules), with the element inside the README's \`<div class="treatment-compare-reserve">\` wrapper. The rules are container queries on that wrapper, so they follow the width the widget really has, not the screen's: for each range of widths they give the element the min-height of its tallest first render there (English and Spanish, measured in Chromium on the built widget, plus a little slack), and the min-height stays once the widget has started, so nothing below should move. The peers keep a fixed ${RESERVE_PX} px: SurveyJS \`.sv-host:empty { min-height: ${RESERVE_PX}px; }\`, Typeform a fixed ${RESERVE_PX} px height on its container, as its own snippet does. The bare elements are floors, not embeds: no reserve. Height: the instance's own height once rendered, on the page without a reserve (px, median, with the range if it varied), and the reserve it gets at that width.`,
    '',
    table(
      ['Contender', ...viewports.flatMap((vp) => [`${vpLabel(vp)}: height`, `${vpLabel(vp)}: no reserve`, `${vpLabel(vp)}: reserve`, `${vpLabel(vp)}: no reserve, visitor at the top`])],
      shown.map((c) => [esc(c.label), ...viewports.flatMap((vp) => [heightCell(c, vp), clsCell(s.shift[c.id]?.[vp]?.none), clsCell(s.shift[c.id]?.[vp]?.reserve), clsCell(s.shift[c.id]?.[vp]?.noneTop)])]),
    ),
    '',
    shiftTarget(s, viewports),
    '',
    'CLS counts only what moves inside the viewport, so two things keep a shift out of it. Text that is out of view when it moves. And Chromium\'s scroll anchoring: once the page is scrolled, Chromium anchors to an element in view and, when content above it grows, scrolls by as much, so what is in view stays put and no shift is reported though the page moved; at the top of the page it does nothing, hence the visitor who stays there. So each run also records, from the last frame before the render: how far the visitor had scrolled, whether the text below was in view, then how far that text moved in the page and how far anchoring scrolled with it. A reserve that holds shows 0 px moved whatever was in view. Medians over the rounds (text below in view: rounds); rendered: ms from navigation start to the instance\'s content.',
    '',
    table(['Contender', 'Viewport', 'Case', 'Instance width px', 'Scrolled px', 'Text below in view', 'Text below moved px', 'Anchoring scrolled px', 'Rendered ms', 'CLS'], shiftRows),
    '',
    ...(lateRender ? [`² In some rounds the contender rendered before the visitor's last wheel turn (count in results.json, \`renderedBeforeScroll\`): a slow first paint, or a held-back script that arrived early.`, ''] : []),
    '## Answering one question (N=1, a real mouse click)',
    '',
    'Trusted clicks through Playwright (`page.mouse`); the bench checks each did its job (an answer checked, the next question shown, the button pressed). The question answered is the quiz\'s first, the same in the widget and SurveyJS (a radio group, or a checkbox group if it is a "choose all that apply" one). Handler: from the first click listener to the end of the microtasks after the last listener of the click and its input/change/submit events (where Lit renders) — elapsed, by `performance.now()`, and CPU, the main thread\'s time in script events over that span in a trace (the elapsed figure includes any time the thread sat descheduled by other processes). Task end: a message posted from the click (it can land after a frame\'s rendering). Next paint: from the event\'s timestamp to a message posted from the next animation frame. The Event Timing API (`durationThreshold: 16`) reports only events of 16 ms or more; its duration is rounded to 8 ms.',
    '',
    table(['Contender', 'Action', 'Handler CPU ms', 'Handler elapsed ms', 'Task end ms', 'Input delay ms', 'Next paint ms', 'Event Timing'], interactionRows),
    '',
    ...(interactionRows.some((r) => r[1].endsWith('¹')) ? ['¹ The library stops the click\'s propagation, so the probe cannot see its handlers end: the handler span runs to the end of the task (an upper bound, which can include a frame\'s rendering).', ''] : []),
    '## Ratios of medians',
    '',
    'Each contender ÷ the bare Lit element (the floor):',
    '',
    ratioTable(shown, (get, id) => ratio(get(id), get('lit'))),
    '',
    'The widget ÷ each other contender (below 1× means the widget is lighter or faster):',
    '',
    ratioTable(shown.filter((c) => c.id !== 'widget'), (get, id) => ratio(get('widget'), get(id))),
    '',
    '## Targets',
    '',
    table(['Target', 'Result', 'Met', 'Margin'], s.targets.map((t) => [esc(t.target), t.result, t.met ? 'yes' : '**no**', t.by])),
    '',
    '## Notes',
    '',
    '- Typeform: `@typeform/embed` only creates an iframe whose form loads from Typeform\'s servers; the bench blocks those requests, so its figures are the loader\'s script and CSS alone, not a form. A real Typeform costs that plus a whole page in the iframe. Its loader also fetches its CSS from its CDN by itself (blocked, listed below) even when the page serves the CSS.',
    `- SurveyJS: its default theme CSS asks for Open Sans from Google Fonts (blocked, listed below). Its quiz is ${settings.surveyjsQuiz ?? 'the widget\'s questions'}.`,
    ...reserveNotes(s, viewports),
    ...anchoringNotes(s, shown, viewports),
    `- Load average ${machine.loadAverageAtStart[0]} at the start and ${machine.loadAverageAtEnd[0]} at the end on ${machine.cores} cores: where other jobs share the machine, CPU and timing figures move between rounds. Read the ranges, and compare contenders within this file rather than with another machine's.`,
    '',
    '### Blocked requests',
    '',
    ...(blocked.length ? blocked.flatMap((c) => [`- ${esc(c.label)}:`, ...bytes[c.id].blocked.map((u) => `  - \`${u}\``)]) : ['- none']),
    '',
  ];
  if (errors.length) lines.push('### Page errors', '', ...errors.map((e) => `- ${e.contender}${e.n ? ` ×${e.n}` : ''}${e.shift ? ` (layout shift, ${e.shift} px)` : ''}${e.interaction ? ' (answering)' : ''}: ${e.errors.join(' | ')}`), '');
  return lines.join('\n');
}
