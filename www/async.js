// annotatePage with the core off the main thread: the page is read here (readPage), the core
// runs in a module worker (worker.js: annotateText on that text), and the result is painted
// here (paintPage). Calls run one after another, so a result always meets the page it was for.
import { paintPage, readPage } from "./pkg/hashiya.js";

let worker = null;
let lastId = 0;
const waiting = new Map();
let queue = Promise.resolve();

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
  const painted = paintPage(result);
  painted.timings = { read: read - started, annotate: annotated - read, paint: performance.now() - annotated };
  return painted;
}

/** Like annotatePage, but resolves later: only reading and painting the page run here. */
export function annotatePageAsync(root, options) {
  const next = queue.then(() => run(root, options));
  queue = next.catch(() => {});
  return next;
}
