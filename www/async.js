// annotatePage with the core off the main thread: the page is read here in slices
// (startReadPage, readPageSlice), the core runs in a module worker (worker.js: annotateText on
// that text), its result comes back in parts, and it is painted here in slices (paintPage) and
// registered by visible.js. Every step on this thread is a task of a few milliseconds with the
// page free to respond in between. Calls run one after another, so a result always meets the
// page it was for.
import { paintPage, readPageSlice, startReadPage } from "./pkg/hashiya.js";
import { registerHighlights, stopHighlights } from "./visible.js";

let worker = null;
let lastId = 0;
const waiting = new Map();
let queue = Promise.resolve();
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

function startWorker() {
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => {
    const job = waiting.get(data.id);
    if (!job) return;
    if (data.key) {
      for (const item of data.items) job.parts[data.key].push(item);
      return;
    }
    waiting.delete(data.id);
    if (data.error) job.reject(new Error(data.error));
    else job.resolve(Object.assign(data.result, job.parts));
  };
  worker.onerror = (event) => {
    for (const job of waiting.values()) job.reject(new Error(`hashiya: the worker failed: ${event.message ?? ""}`));
    waiting.clear();
    worker = null;
  };
}

function inWorker(text, options) {
  worker ?? startWorker();
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, parts: { entities: [], quotes: [], clusters: [], paragraphs: [] } });
    worker.postMessage({ id, text, options });
  });
}

async function run(root, options) {
  const started = performance.now();
  const longest = { read: 0, paint: 0, register: 0 };
  /** Runs one step and keeps the longest of each stage. */
  const step = (stage, work) => {
    const t0 = performance.now();
    const value = work();
    longest[stage] = Math.max(longest[stage], performance.now() - t0);
    return value;
  };
  stopHighlights();
  step("read", () => startReadPage(root, options));
  let page;
  while (!(page = step("read", () => readPageSlice(SLICE_MS)))) await yieldToPage();
  const read = performance.now();
  const { scope: _scope, ...core } = options ?? {};
  const result = await inWorker(page.text, { ...core, langs: page.langs });
  const annotated = performance.now();
  // Painted in slices of about SLICE_MS each, the page free to respond in between.
  const total = result.entities.length + result.quotes.length;
  let from = 0;
  let size = 200;
  do {
    const to = Math.min(total, from + size);
    const t0 = performance.now();
    step("paint", () => paintPage(result, from, to, true));
    const spent = performance.now() - t0;
    from = to;
    // Sized to the time the last slice took, growing at most twofold: one fast slice (no
    // garbage collection in it) must not make the next one huge.
    size = Math.max(50, Math.min(2 * size, Math.round((size * SLICE_MS) / Math.max(1, spent))));
    await yieldToPage();
  } while (from < total);
  const painted = performance.now();
  const near = await registerHighlights(result, (work) => step("register", work), yieldToPage);
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

/** Like annotatePage, but resolves later: only reading and painting the page run here. */
export function annotatePageAsync(root, options) {
  const next = queue.then(() => run(root, options));
  queue = next.catch(() => {});
  return next;
}
