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

export function summarize({ raw, bytes, contenders, counts }) {
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
  const shift = {};
  for (const [id, byN] of Object.entries(raw.shift)) {
    shift[id] = {};
    for (const [n, byReserve] of Object.entries(byN)) {
      shift[id][n] = Object.fromEntries(Object.entries(byReserve).map(([k, v]) => [k, stats(v)]));
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
  const height = Object.fromEntries(Object.entries(raw.height).map(([id, v]) => [id, stats(v)]));
  const summary = { load, perInstanceHeap, shift, height, interaction };
  summary.targets = targets(summary, bytes, contenders, counts);
  return summary;
}

const med = (s) => s?.median ?? NaN;

function targets(s, bytes, contenders, counts) {
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
  const cls = s.shift.widget?.[n1]?.reserve;
  if (cls) {
    out.push({
      target: `Zero layout shift with the reserve style (N=${n1}, every round)`,
      result: `CLS median ${cls.median.toFixed(4)}, max ${cls.max.toFixed(4)}`,
      met: cls.max === 0,
      by: cls.max === 0 ? 'zero in every round' : `missed: CLS up to ${cls.max.toFixed(4)}`,
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

// Why a reserve did not hold, in numbers: the widget's rendered height against the reserved one.
function reserveNote(s, n1) {
  const cls = s.shift.widget?.[n1]?.reserve;
  const height = s.height.widget?.median;
  if (!cls || cls.max === 0 || !height) return [];
  return [
    `- The widget renders ${height.toFixed(0)} px tall at this viewport, so the README's ${RESERVE_PX} px reserve holds only part of its space: the text below still moves when it renders (CLS ${cls.median.toFixed(3)}, against ${s.shift.widget[n1].none.median.toFixed(3)} without the reserve). Only a reserve that matches the widget's rendered height, at each width, makes it zero.`,
  ];
}

// ---- formatting ----
const ms = (x) => (!Number.isFinite(x) ? 'n/a' : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (x) => (!Number.isFinite(x) ? 'n/a' : (x / 1024).toFixed(1));
const fx = (x) => (!Number.isFinite(x) ? 'n/a' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (s, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${fx(a / b)}×` : 'n/a');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const esc = (t) => t.replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

  const clsHead = counts.flatMap((n) => [`N=${n} no reserve`, `N=${n} reserve`]);
  const clsCell = (st) => (st ? `${st.median.toFixed(3)} (max ${st.max.toFixed(3)})` : 'n/a');
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
    `- **Browser:** Chromium ${machine.chromium} (Debian's), headless, viewport ${settings.viewport.width}×${settings.viewport.height}; **Node** ${machine.node}`,
    `- **Versions:** ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- **Run:** ${settings.rounds} rounds + ${settings.warmup} warm-up, N = ${counts.join(', ')}; took ${Math.round(machine.wallSeconds / 60)} min (${machine.wallSeconds} s)`,
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
    `Scripts loaded \`defer\` in <head> as the README shows, each held back ${settings.scriptDelayMs} ms as a network would (so the page paints first); a heading above the instances and text below them that starts inside the viewport, so its shift counts. "Reserve": the widget with the README's \`treatment-compare:not(:defined) { display: block; min-height: 640px; }\`; SurveyJS with \`.sv-host:empty { min-height: 640px; }\`; Typeform with a fixed 640 px height on its container, as its own snippet does. The bare elements are floors, not embeds: no reserve.`,
    '',
    table(
      ['Contender', `Rendered height px (N=${n1})`, ...clsHead],
      shown.map((c) => [esc(c.label), s.height[c.id] ? s.height[c.id].median.toFixed(0) : 'n/a', ...counts.flatMap((n) => [clsCell(s.shift[c.id]?.[n]?.none), clsCell(s.shift[c.id]?.[n]?.reserve)])]),
    ),
    '',
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
    ...reserveNote(s, n1),
    `- Load average ${machine.loadAverageAtStart[0]} at the start and ${machine.loadAverageAtEnd[0]} at the end on ${machine.cores} cores: where other jobs share the machine, CPU and timing figures move between rounds. Read the ranges, and compare contenders within this file rather than with another machine's.`,
    '',
    '### Blocked requests',
    '',
    ...(blocked.length ? blocked.flatMap((c) => [`- ${esc(c.label)}:`, ...bytes[c.id].blocked.map((u) => `  - \`${u}\``)]) : ['- none']),
    '',
  ];
  if (errors.length) lines.push('### Page errors', '', ...errors.map((e) => `- ${e.contender}${e.n ? ` ×${e.n}` : ''}: ${e.errors.join(' | ')}`), '');
  return lines.join('\n');
}
