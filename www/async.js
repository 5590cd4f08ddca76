// annotatePage with the core off the main thread, for the page shell: sliced.js reads and
// paints in slices, the core runs in a module worker (worker.js: annotateText on the text
// sent) and its result comes back in parts. Calls run one after another, so a result always
// meets the page it was for.
import { paintPage, readPageSlice, startReadPage } from "./pkg/hashiya.js";
import { annotateInSlices, resultInParts } from "./sliced.js";
import { registerHighlights, stopHighlights } from "./visible.js";

let worker = null;
let lastId = 0;
const waiting = new Map();
let queue = Promise.resolve();

/**
 * A module worker running worker.js. A page may start workers only from its own origin, so
 * where hashiya was loaded from elsewhere (the bookmarklet) the worker is a same-origin blob
 * that imports worker.js (module imports may cross origins, with CORS, as shell.js's did).
 */
function newWorker() {
  const url = new URL("./worker.js", import.meta.url);
  if (url.origin === location.origin) return new Worker(url, { type: "module" });
  const blob = new Blob([`import ${JSON.stringify(url.href)};`], { type: "text/javascript" });
  const address = URL.createObjectURL(blob);
  try {
    return new Worker(address, { type: "module" });
  } finally {
    URL.revokeObjectURL(address); // the worker has started fetching it
  }
}

function startWorker() {
  worker = newWorker();
  worker.onmessage = ({ data }) => {
    const job = waiting.get(data.id);
    if (!job) return;
    if (data.error) {
      waiting.delete(data.id);
      job.reject(new Error(data.error));
      return;
    }
    const result = job.collect(data);
    if (!result) return;
    waiting.delete(data.id);
    job.resolve(result);
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
    waiting.set(id, { resolve, reject, collect: resultInParts() });
    worker.postMessage({ id, text, options });
  });
}

const wasm = { paintPage, readPageSlice, startReadPage };

/** Like annotatePage, but resolves later: only reading and painting the page run here. */
export function annotatePageAsync(root, options) {
  const next = queue.then(() => {
    stopHighlights();
    return annotateInSlices(root, options, { wasm, core: inWorker, register: registerHighlights });
  });
  queue = next.catch(() => {});
  return next;
}
