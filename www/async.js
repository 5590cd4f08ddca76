// annotatePage with the core off the main thread: the page is read here (readPage), the core
// runs in a module worker (worker.js: annotateText on that text), and the result is painted
// here (paintPage), in short slices. Calls run one after another, so a result always meets the
// page it was for.
import { paintPage, readPage } from "./pkg/hashiya.js";

let worker = null;
let lastId = 0;
const waiting = new Map();
let queue = Promise.resolve();
const SLICE_MS = 15;

function startWorker() {
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => {
    const job = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.error) job?.reject(new Error(data.error));
    else job?.resolve(data.result);
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
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, text, options });
  });
}

async function run(root, options) {
  const started = performance.now();
  const text = readPage(root, options);
  const read = performance.now();
  const { scope: _scope, ...core } = options ?? {};
  const result = await inWorker(text, core);
  const annotated = performance.now();
  // Painted in slices of about SLICE_MS each, the page free to respond in between.
  const total = result.entities.length + result.quotes.length;
  let from = 0;
  let size = 500;
  let longest = 0;
  do {
    const sliceStart = performance.now();
    const to = Math.min(total, from + size);
    paintPage(result, from, to);
    const spent = performance.now() - sliceStart;
    longest = Math.max(longest, spent);
    from = to;
    size = Math.max(50, Math.round((size * SLICE_MS) / Math.max(1, spent)));
    if (from < total) await new Promise((done) => setTimeout(done, 0));
  } while (from < total);
  result.timings = { read: read - started, annotate: annotated - read, paint: performance.now() - annotated, longestPaintSlice: longest };
  return result;
}

/** Like annotatePage, but resolves later: only reading and painting the page run here. */
export function annotatePageAsync(root, options) {
  const next = queue.then(() => run(root, options));
  queue = next.catch(() => {});
  return next;
}
