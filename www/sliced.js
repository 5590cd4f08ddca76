// annotatePage without holding the main thread long: the page is read in slices
// (startReadPage, readPageSlice), the core runs elsewhere (`core`: a module worker for the page
// shell, the background for the extension's content script), its result is painted in slices
// (paintPage, holding the ranges) and registered by `register` (visible.js). Every step on
// this thread is a task of a few milliseconds with the page free to respond in between.
// Imports nothing, so the extension loads it as a classic script beside its own glue.

/** The longest a step should hold the main thread, in milliseconds. */
const SLICE_MS = 10;

/**
 * Gives the page a turn: a message to self, queued behind the page's own timers and events.
 * Not scheduler.yield: its continuations run ahead of the page's timers, which then starve
 * (a 5 ms heartbeat went 260 ms without a beat over a 1 MB page).
 */
export function yieldToPage() {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}

/**
 * Reads, annotates and paints the page under `root` in slices. `wasm`: the glue's
 * startReadPage, readPageSlice and paintPage; `core(text, options)`: a promise of
 * annotateText's result; `register(result, step, pause)`: visible.js's registerHighlights.
 * The result is annotatePage's, with `dir` and per-stage `timings`. A clearAnnotations call
 * meanwhile makes the next slice fail, so a cleared page is never painted again.
 */
export async function annotateInSlices(root, options, { wasm, core, register }) {
  const started = performance.now();
  const longest = { read: 0, paint: 0, register: 0 };
  /** Runs one step and keeps the longest of each stage. */
  const step = (stage, work) => {
    const t0 = performance.now();
    const value = work();
    longest[stage] = Math.max(longest[stage], performance.now() - t0);
    return value;
  };
  step("read", () => wasm.startReadPage(root, options));
  let page;
  while (!(page = step("read", () => wasm.readPageSlice(SLICE_MS)))) await yieldToPage();
  const read = performance.now();
  const { scope: _scope, ...rest } = options ?? {};
  const result = await core(page.text, { ...rest, langs: page.langs });
  const annotated = performance.now();
  const total = result.entities.length + result.quotes.length;
  let from = 0;
  let size = 200;
  do {
    const to = Math.min(total, from + size);
    const t0 = performance.now();
    step("paint", () => wasm.paintPage(result, from, to, true));
    const spent = performance.now() - t0;
    from = to;
    // Sized to the time the last slice took, growing at most twofold: one fast slice (no
    // garbage collection in it) must not make the next one huge.
    size = Math.max(50, Math.min(2 * size, Math.round((size * SLICE_MS) / Math.max(1, spent))));
    await yieldToPage();
  } while (from < total);
  const painted = performance.now();
  const near = await register(result, (work) => step("register", work), yieldToPage);
  result.dir = page.dir;
  result.timings = {
    read: read - started,
    annotate: annotated - read,
    paint: painted - annotated,
    register: performance.now() - painted,
    longestReadSlice: longest.read,
    longestPaintSlice: longest.paint,
    longestRegisterSlice: longest.register,
    nearViewportOnly: near ? 1 : 0,
  };
  return result;
}

/**
 * Collects a result sent in parts (worker.js, the extension's background): `{key, items}`
 * messages append to a list, the last message carries the rest. Returns a function to feed
 * each message to; it returns the whole result after the last one, else undefined.
 */
export function resultInParts() {
  const parts = { entities: [], quotes: [], clusters: [], paragraphs: [] };
  return (message) => {
    if (!message.key) return Object.assign(message.result, parts);
    const list = parts[message.key];
    for (const item of message.items) list.push(item);
    return undefined;
  };
}
