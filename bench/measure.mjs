// One measurement = one fresh browser context (cold HTTP and code caches, its own renderer), one page.
import { setTimeout as sleep } from 'node:timers/promises';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
export const isLoopback = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || LOOPBACK.has(hostname) || hostname.startsWith('127.');
};

const DONE_TIMEOUT_MS = 90_000;

/**
 * Opens a page in its own context. Every request goes through the route: non-loopback ones are aborted and
 * listed (so a peer that phones home is visible, and nothing leaves the machine); with delayScriptsMs,
 * loopback scripts are held back that long, like a real network, so the page paints before they run.
 */
async function open(env, { delayScriptsMs = 0, viewport = env.viewport } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor: 1 });
  const requests = [];
  const blocked = [];
  const errors = [];
  await context.route(
    () => true,
    async (route) => {
      const request = route.request();
      if (!isLoopback(request.url())) {
        blocked.push(request.url());
        return route.abort('blockedbyclient');
      }
      if (delayScriptsMs && request.resourceType() === 'script') await sleep(delayScriptsMs);
      return route.continue();
    },
  );
  context.on('request', (request) => isLoopback(request.url()) && requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const done = new Promise((resolve) => page.on('console', (m) => m.text() === 'bench:done' && resolve()));
  return { context, page, cdp, requests, blocked, errors, done };
}

async function visit(env, session, path) {
  const url = env.base + path;
  await session.page.goto(url, { waitUntil: 'commit' });
  let timer;
  const timeout = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${path}: not rendered within ${DONE_TIMEOUT_MS / 1000} s; page errors: ${session.errors.join(' | ') || 'none'}`)), DONE_TIMEOUT_MS)));
  await Promise.race([session.done, timeout]).finally(() => clearTimeout(timer));
  return url;
}

async function heapAfterGc(cdp) {
  // Twice: the first pass can leave garbage that only a second one frees (weak references, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

// Trace events that are JavaScript running on the page's main thread: DevTools' "Scripting". RunMicrotasks is
// the one that matters here: Lit renders in microtasks, and CDP's ScriptDuration leaves microtasks out (a
// page that spends 100 ms in a promise callback shows ~0 ms there), so it under-reports Lit-based elements.
// (ThreadControllerImpl::)RunTask is every main-thread task (category toplevel), for the all-work figure.
// blink.user_timing brings the page's performance.mark()s, which bound the script window.
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'];
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'EventDispatch']);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Time in `names` events on one thread, nested events counted once. cpu sums the outermost events' thread
 * time (tdur): what the thread really ran, so time it sat descheduled on a busy machine does not count.
 * wall is the same events' elapsed time.
 */
function traced(traceEvents, thread, names, from = -Infinity, to = Infinity) {
  const events = traceEvents
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && names.has(e.name) && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur); // outer first
  let cpu = 0;
  let wall = 0;
  let end = -Infinity;
  for (const e of events) {
    if (e.ts < end) continue; // inside an outer event already counted (trace events nest)
    cpu += e.tdur ?? e.dur;
    wall += e.dur;
    end = e.ts + e.dur;
  }
  return { cpuMs: cpu / 1000, wallMs: wall / 1000 };
}

/** Script/task CPU, time to all rendered, heap after GC, DOM nodes, requests. */
export async function measureLoad(env, path) {
  const s = await open(env);
  try {
    await env.browser.startTracing(s.page, { categories: TRACE_CATEGORIES });
    let url;
    let trace;
    try {
      url = await visit(env, s, path);
    } finally {
      trace = await env.browser.stopTracing(); // in any case: a browser holds one trace at a time
    }
    // Read CPU first, before anything of ours runs in the page.
    const { metrics } = await s.cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    const renderMs = await s.page.evaluate(() => window.__bench.renderMs);
    const heap = await heapAfterGc(s.cdp);
    const { traceEvents } = JSON.parse(trace.toString());
    // Script: from the mark where the contender's scripts start (nothing of theirs can run before) to the
    // end of the settle time, which leaves the host page's own start-up, the noisiest part, out. Tasks: the
    // whole load, since parsing the contender's CSS and markup comes before the mark.
    // Only the page's own main thread, found by its mark: headless Chromium runs renderers of its own too
    // (its WebUI), whose scripts must not count.
    const mark = (name) => traceEvents.find((e) => e.name === name);
    const start = mark('bench:script-start');
    const script = traced(traceEvents, start, SCRIPT_EVENTS, start.ts, mark('bench:done')?.ts);
    const tasks = traced(traceEvents, start, TASK_EVENTS);
    return {
      scriptMs: script.cpuMs,
      scriptWallMs: script.wallMs,
      taskMs: tasks.cpuMs,
      taskWallMs: tasks.wallMs,
      cdpScriptMs: m.ScriptDuration * 1000,
      cdpTaskMs: m.TaskDuration * 1000,
      layoutMs: (m.LayoutDuration + m.RecalcStyleDuration) * 1000,
      nodes: m.Nodes,
      renderMs,
      heap,
      requests: s.requests.filter((r) => r !== url),
      blocked: s.blocked,
      errors: s.errors,
    };
  } finally {
    await s.context.close();
  }
}

/**
 * Layout shift as a visitor meets it, on a shift page (pages.mjs) at one viewport: the contender's scripts are
 * held back env.scriptDelayMs each, as a slow network would deliver them, and meanwhile the visitor scrolls
 * down with the mouse wheel: `scroll` (env.scroll unless given; [] for a visitor who stays at the top), real
 * wheel events through the browser's input pipeline, `deltaY` px each, `atMs` after first contentful paint.
 * CLS sums the page's `layout-shift` entries from the start to the contender's render + settle time (a wheel
 * is not input that excuses a shift, so all count). With it, where the text below sat in the page just before
 * the render and after it, and the scroll position: Chromium's scroll anchoring can hide a shift by scrolling
 * as far as the text moved.
 */
export async function measureShift(env, path, viewport, contender, scroll = env.scroll) {
  const s = await open(env, { delayScriptsMs: env.scriptDelayMs, viewport });
  try {
    const url = env.base + path;
    await s.page.goto(url, { waitUntil: 'commit' });
    const fcp = await s.page.waitForFunction(
      () => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return paint && { fcp: paint.startTime, now: performance.now() };
      },
      null,
      { timeout: DONE_TIMEOUT_MS, polling: 'raf' },
    );
    const { fcp: fcpMs, now } = await fcp.jsonValue();
    const paintedAt = Date.now() - (now - fcpMs); // first contentful paint, on this process's clock
    if (scroll.length) await s.page.mouse.move(viewport.width / 2, viewport.height / 2); // over the page, where a visitor's pointer is
    const wheels = [];
    for (const { atMs, deltaY } of scroll) {
      await sleep(Math.max(0, paintedAt + atMs - Date.now()));
      wheels.push(Date.now() - paintedAt);
      await s.page.mouse.wheel(0, deltaY);
    }
    let timer;
    const timeout = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${path}: not rendered within ${DONE_TIMEOUT_MS / 1000} s; page errors: ${s.errors.join(' | ') || 'none'}`)), DONE_TIMEOUT_MS)));
    await Promise.race([s.done, timeout]).finally(() => clearTimeout(timer));
    const r = await s.page.evaluate(() => {
      const { shift, shifts, height, renderMs, track, trackAfter, shiftEntries, excludedShifts } = window.__bench;
      return { shift, shifts, height, renderMs, track, trackAfter, shiftEntries, excludedShifts };
    });
    // Only now (CLS is read): what the instance reserves and what it would be without it. min-height 0 shows its
    // own height (the widget's reserve stays once it runs); a contender whose reserve is a fixed height (Typeform)
    // shows that height.
    const box = await s.page.evaluate((hostSelector) => {
      const el = document.querySelector(hostSelector);
      if (!el) return null;
      const { width, height } = el.getBoundingClientRect();
      const minHeight = parseFloat(getComputedStyle(el).minHeight) || 0;
      el.style.minHeight = '0';
      return { width, height, minHeight, naturalHeight: el.getBoundingClientRect().height };
    }, contender.hostSelector);
    const before = r.track;
    const after = r.trackAfter;
    return {
      cls: r.shift,
      shifts: r.shifts,
      // Every layout-shift entry of the page: when (ms from navigation start), its value, whether it followed
      // recent input (such entries are left out of CLS; none should, a wheel turn does not count as such), and
      // what moved (the node, its box before and after, viewport px).
      entries: r.shiftEntries,
      excludedShifts: r.excludedShifts,
      renderedAtMs: r.renderMs, // from navigation start
      fcpMs,
      wheelsAtMs: wheels, // after first contentful paint, as sent
      // The page just before the render (last frame) and after it: how far the visitor had scrolled, whether
      // the text below was in view, how far it moved in the page, and how far scroll anchoring followed it.
      scrollY: before?.scrollY ?? null,
      belowInView: before ? before.viewportTop < before.innerHeight : null,
      belowMovedPx: before && after ? after.top - before.top : null,
      anchorScrollPx: before && after ? after.scrollY - before.scrollY : null,
      width: box?.width ?? null,
      height: box?.height ?? r.height,
      reservePx: box?.minHeight ?? null,
      naturalHeight: box?.naturalHeight ?? null,
      blocked: s.blocked,
      errors: s.errors,
    };
  } finally {
    await s.context.close();
  }
}

/** Centre of the first `selector` in the first instance (in its shadow root if it has one), scrolled into view. */
async function pointAt(page, hostSelector, selector) {
  const point = await page.evaluate(
    ([hostSelector, selector]) => {
      const host = document.querySelector(hostSelector);
      const el = (host.shadowRoot ?? host).querySelector(selector);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      let r = el.getBoundingClientRect();
      // Libraries that hide the native radio behind a styled label are clicked where a visitor would.
      if (r.width < 4 || r.height < 4) r = (el.closest('label') ?? el).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [hostSelector, selector],
  );
  if (!point) throw new Error(`no ${selector} in ${hostSelector}`);
  return point;
}

async function waitFor(page, hostSelector, selector) {
  await page.waitForFunction(
    ([h, s]) => {
      const host = document.querySelector(h);
      return !!(host.shadowRoot ?? host).querySelector(s);
    },
    [hostSelector, selector],
    { timeout: 10_000 },
  );
}

/** One real (trusted) mouse click on `selector`, measured by the in-page probe and Event Timing. */
async function timedClick(browser, page, hostSelector, selector, check) {
  await waitFor(page, hostSelector, selector);
  const { x, y } = await pointAt(page, hostSelector, selector);
  await page.mouse.move(x, y); // hover first, so hover styles are not part of the measured click
  await sleep(250);
  await page.evaluate(() => window.__bench.arm());
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await sleep(100); // let the renderer settle after tracing starts
  let trace;
  try {
    await page.mouse.click(x, y);
    await page.waitForFunction(() => window.__bench.probe.done, null, { timeout: 10_000, polling: 50 });
  } finally {
    trace = await browser.stopTracing();
  }
  await sleep(150); // Event Timing entries arrive after the paint
  if (check) {
    const ok = await page.evaluate(
      ([h, source]) => {
        const host = document.querySelector(h);
        return (0, eval)(`(${source})`)(host.shadowRoot ?? host);
      },
      [hostSelector, String(check)],
    );
    if (!ok) throw new Error(`clicking ${selector} in ${hostSelector} did not do its job`);
  }
  // The handler's CPU time: script events on the page's main thread from the first click listener to the
  // last end mark, by thread time, so time the thread sat descheduled on a busy machine is left out.
  const { traceEvents } = JSON.parse(trace.toString());
  const start = traceEvents.find((e) => e.name === 'bench:click');
  // A library that stops the click's propagation hides the end from the probe: then the span runs to the
  // task's end (an upper bound), and the result says so.
  const end = traceEvents.filter((e) => e.name === 'bench:click-end').at(-1) ?? traceEvents.find((e) => e.name === 'bench:click-task-end');
  const handlerCpuMs = start && end ? traced(traceEvents, start, SCRIPT_EVENTS, start.ts, end.ts).cpuMs : NaN;
  const figures = await page.evaluate(() => {
    const { probe: p, events } = window.__bench;
    const slow = events.filter((e) => e.startTime >= p.armedAt);
    return {
      handlerMs: (p.end ?? p.taskEnd) - p.start,
      handlerToTaskEnd: p.end === null,
      taskEndMs: p.taskEnd - p.start,
      inputDelayMs: p.start - p.timeStamp,
      nextPaintMs: p.paint - p.timeStamp,
      // null: no event of this click reached 16 ms, the smallest the Event Timing API reports.
      eventTimingMs: slow.length ? Math.max(...slow.map((e) => e.duration)) : null,
      eventTimingHandlerMs: slow.length ? Math.max(...slow.map((e) => e.processingEnd - e.processingStart)) : null,
    };
  });
  return { handlerCpuMs, ...figures };
}

/** Answers one question (and, where there is one, presses Next) in a single instance. */
export async function measureInteraction(env, path, contender) {
  const s = await open(env);
  try {
    await visit(env, s, path);
    const { setup, answer, answered, next, advanced } = contender.interact;
    for (const selector of setup) {
      await waitFor(s.page, contender.hostSelector, selector);
      const { x, y } = await pointAt(s.page, contender.hostSelector, selector);
      await s.page.mouse.click(x, y);
    }
    const result = { answer: await timedClick(env.browser, s.page, contender.hostSelector, answer, answered) };
    if (next) result.next = await timedClick(env.browser, s.page, contender.hostSelector, next, advanced);
    if (s.errors.length) result.errors = s.errors;
    return result;
  } finally {
    await s.context.close();
  }
}
