// Runs inside every bench page, inlined into <head> (the control page too, so its own cost cancels out when
// the control is subtracted). pages.mjs puts the page's settings in window.__benchConfig first:
// { hostSelector, count, isRendered(host) → boolean, settleMs }.
// It tells the harness it is finished with console.log('bench:done'): the harness waits for that message
// instead of polling with page.evaluate, which would add script time to the very figure being measured.
(() => {
  const cfg = window.__benchConfig;
  const state = (window.__bench = { renderMs: null, height: 0, shift: 0, shifts: 0, events: [], probe: null });

  // Layout shifts, buffered so shifts before this line count too. Input-caused ones are left out, as CLS does.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
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
