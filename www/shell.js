// hashiya's page shell: loads the wasm build, exposes `window.hashiya` and wires the demo
// buttons when the page has them. No NLP here: the core finds, this file only calls.
import init, { annotateText, annotatePage, clearAnnotations } from "./pkg/hashiya.js";
import { showPanel } from "./panel.js";
import { watchPage } from "./live.js";
import { annotatePageAsync } from "./async.js";
import { stopHighlights } from "./visible.js";

const NOTICE = "hashiya-notice";

try {
  await init();
} catch (error) {
  showNotice(error);
  throw error; // the console keeps the details
}
document.getElementById(NOTICE)?.remove();

/** The one global: the same three functions the extension, bookmarklet and tests use. */
window.hashiya = Object.freeze({ annotateText, annotatePage: annotatePageOrAsync, clearAnnotations: clearAll });

/** Page text (UTF-16 units) above which one synchronous run holds the main thread for 100 ms or more. */
const LARGE_PAGE = 200_000;

/**
 * annotatePage; with `{async: true}` a promise of its result, the core run in a worker; with
 * `{async: "auto"}` a promise either way, the worker used only for large pages.
 */
function annotatePageOrAsync(root, options) {
  if (options?.async === undefined) return annotatePageNow(root, options);
  const { async: mode, ...rest } = options;
  if (mode === "auto") return annotateForReader(root, rest);
  return mode ? annotatePageAsync(root, rest) : annotatePageNow(root, rest);
}

/** What a reader's click runs: small pages at once, large ones without freezing the page. */
async function annotateForReader(root, options) {
  if ((root.textContent?.length ?? 0) <= LARGE_PAGE) return annotatePageNow(root, options);
  try {
    return await annotatePageAsync(root, options);
  } catch {
    // A page that refuses the worker (a bookmarklet on another origin, a strict worker-src):
    // the synchronous path still gives the reader the result.
    return annotatePageNow(root, options);
  }
}

/** The synchronous path; an async run's viewport tracking (visible.js) ends first. */
function annotatePageNow(root, options) {
  stopHighlights();
  return annotatePage(root, options);
}

function clearAll() {
  stopHighlights();
  clearAnnotations();
}

wireDemo(document.getElementById("hashiya-demo"));

function wireDemo(bar) {
  if (!bar) return;
  const annotate = bar.querySelector("#hashiya-annotate");
  const clear = bar.querySelector("#hashiya-clear");
  const status = bar.querySelector("#hashiya-status");
  const say = (text) => { status.textContent = text; };
  // Clear puts back this exact text, so the page's markup after Clear is byte for byte
  // what it was before Annotate.
  const idle = "ready";
  say(idle);
  annotate.disabled = false;
  clear.disabled = false;

  let panel = null;
  let live = null;
  let latest = 0; // the newest run; an older one finishing later, or one Clear overtook, shows nothing
  const run = async () => {
    const mine = ++latest;
    try {
      const found = await annotatePageOrAsync(document.body, { async: "auto" });
      if (mine !== latest) return;
      panel?.dispose();
      panel = showPanel(found);
      say(`${found.entities.length} names · ${found.quotes.length} quotes`);
    } catch (error) {
      if (mine === latest) say(`error: ${error.message}`);
    }
  };
  annotate.addEventListener("click", () => {
    run();
    live?.forget();
    // Late paragraphs and page changes are annotated too, until Clear.
    live ??= watchPage(document.body, run);
  });
  clear.addEventListener("click", () => {
    latest++;
    live?.disconnect();
    live = null;
    panel?.dispose();
    panel = null;
    clearAll();
    say(idle);
  });
}

/** A small on-page notice when the wasm cannot start (a page's CSP may forbid WebAssembly). */
function showNotice(error) {
  document.getElementById(NOTICE)?.remove();
  const host = document.createElement("div");
  host.id = NOTICE;
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.style.cssText = "position:fixed;inset-block-end:1rem;inset-inline-end:1rem;z-index:2147483000;max-width:24rem;" +
    "padding:.6rem .8rem;font:14px/1.4 system-ui,sans-serif;color:#1d1d1f;background:#fff4e5;border:1px solid #e0a040;border-radius:.5rem";
  const csp = /Content Security Policy|CompileError|wasm/i.test(String(error));
  box.textContent = csp
    ? "hashiya could not start: this page does not allow WebAssembly (its Content Security Policy lacks 'wasm-unsafe-eval')."
    : `hashiya could not start: ${error?.message ?? error}`;
  box.addEventListener("click", () => host.remove());
  host.attachShadow({ mode: "open" }).append(box);
  (document.body ?? document.documentElement).append(host);
}
