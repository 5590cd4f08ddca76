// hashiya's page shell: loads the wasm build, exposes `window.hashiya` and wires the demo
// buttons when the page has them. No NLP here: the core finds, this file only calls.
import init, { annotateText, annotatePage, clearAnnotations } from "./pkg/hashiya.js";
import { showPanel } from "./panel.js";
import { watchPage } from "./live.js";

await init();

/** The one global: the same three functions the extension, bookmarklet and tests use. */
window.hashiya = Object.freeze({ annotateText, annotatePage, clearAnnotations });

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
  const run = () => {
    try {
      panel?.dispose();
      const found = annotatePage(document.body);
      panel = showPanel(found);
      say(`${found.entities.length} names · ${found.quotes.length} quotes`);
    } catch (error) {
      say(`error: ${error.message}`);
    }
  };
  annotate.addEventListener("click", () => {
    run();
    live?.forget();
    // Late paragraphs and page changes are annotated too, until Clear.
    live ??= watchPage(document.body, run);
  });
  clear.addEventListener("click", () => {
    live?.disconnect();
    live = null;
    panel?.dispose();
    panel = null;
    clearAnnotations();
    say(idle);
  });
}
