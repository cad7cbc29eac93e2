// Runs inside every bench page, inlined into <head> (the control page too, so its own cost cancels out when
// the control is subtracted). pages.mjs puts the page's settings in window.__benchConfig first:
// { hostSelector, count, isRendered(host) → boolean, settleMs, track: selector or null }.
// It tells the harness it is finished with console.log('bench:done'): the harness waits for that message
// instead of polling with page.evaluate, which would add script time to the very figure being measured.
(() => {
  const cfg = window.__benchConfig;
  const state = (window.__bench = { renderMs: null, height: 0, shift: 0, shifts: 0, events: [], probe: null });

  // Layout shifts, buffered so shifts before this line count too. Input-caused ones are left out, as CLS does
  // (hadRecentInput: set for 500 ms after a click, tap or key press; a wheel turn or a scroll does not set it).
  // Shift pages also keep every entry with what moved (its sources: the node, and its box before and after),
  // so a CLS above zero can be traced to the element that moved.
  const describe = (node) => {
    if (!node) return 'unknown (node gone or in a closed shadow root)';
    const el = node.nodeType === 1 ? node : node.parentElement;
    const name = el ? el.localName + (el.id ? `#${el.id}` : '') + (el.classList?.length ? `.${[...el.classList].join('.')}` : '') : '?';
    const host = el?.getRootNode?.().host;
    return `${node.nodeType === 1 ? '' : 'text in '}${name}${host ? ` (in ${host.localName}'s shadow root)` : ''}`;
  };
  const rect = (r) => ({ y: Math.round(r.y), height: Math.round(r.height), x: Math.round(r.x), width: Math.round(r.width) });
  state.shiftEntries = [];
  state.excludedShifts = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (cfg.track) {
        state.shiftEntries.push({
          at: Math.round(e.startTime),
          value: +e.value.toFixed(5),
          hadRecentInput: e.hadRecentInput,
          sources: (e.sources ?? []).map((src) => ({ node: describe(src.node), before: rect(src.previousRect), after: rect(src.currentRect) })),
        });
      }
      if (e.hadRecentInput) {
        state.excludedShifts++;
        continue;
      }
      state.shift += e.value;
      state.shifts++;
    }
  }).observe({ type: 'layout-shift', buffered: true });

  // Event Timing reports only events of 16 ms or more (the smallest threshold allowed): an entry here
  // means an interaction was slow; none means it took under 16 ms to the next paint.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const { name, startTime, duration, processingStart, processingEnd, interactionId } = e;
      state.events.push({ name, startTime, duration, processingStart, processingEnd, interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });

  const allRendered = () => {
    const hosts = document.querySelectorAll(cfg.hostSelector);
    return hosts.length === cfg.count && [...hosts].every(cfg.isRendered);
  };

  // Shift pages: where the text below the instance sits in the page (document coordinates), frame by frame
  // until the contender has rendered, and the scroll position with it. Layout shift is what the visitor sees
  // move in the viewport, and Chromium's scroll anchoring can take that away (it scrolls by as much as the
  // anchor moved) while the text still moved in the page: with both, the harness can tell the two apart.
  // Only on shift pages, whose script time nobody measures.
  if (cfg.track) {
    state.track = null;
    const sample = () => {
      const el = document.querySelector(cfg.track);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { at: performance.now(), top: r.top + scrollY, viewportTop: r.top, scrollY, innerHeight };
    };
    const frame = () => {
      if (allRendered()) return; // the last sample stands: the page as it was just before the render
      state.track = sample() ?? state.track;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    state.sampleTrack = sample;
  }

  // Load pages: once every preloaded file has arrived, mark the start and add the scripts in order. So the
  // clock starts when evaluation can start, not when a (loopback, but busy) server gets round to sending
  // the files; they come from the preload cache, one request each. Event-driven, not polled: a polling
  // loop would add script time to the contenders and none to the control.
  let arrived = 0;
  let pending = null;
  document.addEventListener(
    'load',
    (e) => {
      if (e.target.rel !== 'preload') return;
      arrived++;
      pending?.();
    },
    true, // load does not bubble
  );
  state.loadScripts = (srcs) => {
    pending = () => {
      if (arrived < srcs.length) return;
      pending = null;
      performance.mark('bench:script-start');
      srcs.forEach((src, i) => {
        const script = document.createElement('script');
        script.src = src;
        script.async = false; // run in order, like plain script tags
        // load fires after the script ran and its microtasks (Lit's first render) were done
        if (i === srcs.length - 1) script.onload = () => state.waitRendered();
        document.body.append(script);
      });
      if (!srcs.length) state.waitRendered();
    };
    pending();
  };

  // Called once the contender's scripts ran (load pages) or on DOMContentLoaded (deferred pages).
  // Lit renders in a microtask after each element connects, so a check right after the script already
  // sees it; libraries that render later (on DOMContentLoaded, in a task) are caught by the observer or,
  // for shadow DOM it cannot see, by the per-frame check.
  state.waitRendered = () => {
    const start = performance.getEntriesByName('bench:script-start')[0]?.startTime ?? 0;
    let finished = false;
    const check = () => {
      if (finished || !allRendered()) return finished;
      finished = true;
      state.renderMs = performance.now() - start;
      observer.disconnect();
      // Let late work (observers, timers, styles) land before the harness reads CPU, heap and shifts.
      setTimeout(() => {
        performance.mark('bench:done'); // the end of the window the harness counts script time in
        // Read here, not when rendered: it forces a layout, which would count as the contender's script time.
        state.height = document.querySelector(cfg.hostSelector)?.getBoundingClientRect().height ?? 0;
        if (cfg.track) state.trackAfter = state.sampleTrack();
        console.log('bench:done');
      }, cfg.settleMs);
      return true;
    };
    const observer = new MutationObserver(check);
    if (check()) return;
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const frame = () => check() || requestAnimationFrame(frame);
    requestAnimationFrame(frame);
  };

  // One measured click. Handler time runs from the first trusted click listener (window, capture) to the end
  // of the microtasks after the last listener of that click, its change/input/submit events included (Lit
  // updates run in those microtasks). change and submit do not leave a shadow root, so they are listened to
  // on the clicked element's root, where they bubble after the element's own listeners. taskEnd (a message
  // posted from the click) and paint (a message posted from the next animation frame, i.e. just after that
  // frame is produced) cross-check it; paint − event.timeStamp is the delay to the next paint.
  state.arm = () => {
    const p = (state.probe = { armedAt: performance.now(), timeStamp: null, start: null, end: null, taskEnd: null, paint: null, done: false });
    // The marks let the harness find the same span in its trace and read the thread's CPU time in it.
    const markEnd = () =>
      queueMicrotask(() => {
        p.end = performance.now();
        performance.mark('bench:click-end');
      });
    const after = (fn) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = fn;
      channel.port2.postMessage(0);
    };
    let root = null;
    const onClick = (e) => {
      if (!e.isTrusted || p.start !== null) return;
      p.start = performance.now();
      performance.mark('bench:click');
      p.timeStamp = e.timeStamp;
      root = e.composedPath()[0].getRootNode();
      for (const type of ['input', 'change', 'submit']) root.addEventListener(type, markEnd);
      after(() => {
        p.taskEnd = performance.now();
        performance.mark('bench:click-task-end');
      });
      requestAnimationFrame(() =>
        after(() => {
          p.paint = performance.now();
          p.done = true;
          window.removeEventListener('click', onClick, true);
          window.removeEventListener('click', markEnd);
          for (const type of ['input', 'change', 'submit']) root.removeEventListener(type, markEnd);
        }),
      );
    };
    window.addEventListener('click', onClick, true);
    window.addEventListener('click', markEnd); // clicks are composed: this runs after the element's handlers
  };
})();
