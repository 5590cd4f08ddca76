// Runs in the extension's isolated world, after pkg/hashiya.js (the wasm-bindgen glue,
// wrapped by the build as globalThis.hashiyaWasm), panel.js, live.js, sliced.js and
// visible.js (the demo's side panel, live-page watcher and sliced annotation, made classic
// scripts by the build) and fallback.js. The page
// cannot see this world, and the wasm comes from the extension's own files: no request
// leaves the browser.
// The CSS highlight registry is the document's, shared with the page, so highlights made
// here are painted there.
//
// First choice: the wasm here, with the full DOM layer (article detection, painting), in
// Chromium and in Firefox alike. Firefox shows page objects to this world through Xray
// wrappers; the DOM layer only makes the calls they allow (no `instanceof Object` on page
// objects, no iterating the highlight registry), and highlights made here paint in the page.
// Where the page's CSP makes Chromium refuse wasm even here (see fallback.js), the core
// runs in the service worker instead.
// A large page is read and painted here in slices while the core runs in the background
// (sliced.js), so the page keeps responding: one synchronous run over a megabyte of text
// would hold it for most of a second.
(() => {
  if (globalThis.hashiyaContent) return;
  const KINDS = ['PER', 'ORG', 'LOC', 'MISC', 'QUOTE'];
  /** Page text (UTF-16 units) above which the page is annotated in slices (as www/shell.js). */
  const LARGE_PAGE = 200_000;
  let ready = null;
  let on = false;
  let mode = null; // "isolated" (wasm here) or "worker" (wasm in the service worker)
  let panel = null; // the side panel and hover cards of www/panel.js
  let live = null; // re-annotates after the page changes (www/live.js)
  let lastTypes = {};
  let shown = null; // what the panel lists
  let latest = 0; // the newest run or clear; an older run finishing later shows nothing
  let queue = Promise.resolve(); // runs one after another: a page is read by one run at a time

  // Whether this world may compile wasm: an empty module, compiled synchronously.
  function wasmAllowed() {
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return true;
    } catch {
      return false;
    }
  }

  function load() {
    if (!wasmAllowed()) {
      mode = 'worker';
      return Promise.resolve();
    }
    ready ??= fetch(chrome.runtime.getURL('pkg/hashiya_bg.wasm'))
      .then((response) => response.arrayBuffer())
      .then((bytes) => globalThis.hashiyaWasm({ module_or_path: bytes }))
      .then(() => (mode = 'isolated'))
      .catch((error) => {
        ready = null; // let the next click try again
        throw error;
      });
    return ready;
  }

  function painted() {
    const counts = {};
    for (const kind of KINDS) counts[kind] = CSS.highlights.get(`hashiya-${kind}`)?.size ?? 0;
    return counts;
  }

  /** UTF-16 units of page text per message to the background: each is copied in one short task. */
  const TEXT_PIECE = 128 * 1024;

  // The core in the background, for a large page: the text goes over a port in pieces, the
  // result comes back in parts (background.js), each a message this world reads in a short task.
  async function coreInBackground(text, options) {
    const { yieldToPage, resultInParts } = globalThis.hashiyaSliced;
    const port = chrome.runtime.connect({ name: 'hashiya-core' });
    const collect = resultInParts();
    const answer = new Promise((resolve, reject) => {
      port.onMessage.addListener((message) => {
        const result = message.error ? undefined : collect(message);
        if (!message.error && !result) return; // more parts to come
        port.disconnect();
        if (message.error) reject(new Error(message.error));
        else resolve(result);
      });
      port.onDisconnect.addListener(() => reject(new Error('hashiya: the background went away')));
    });
    for (let at = 0; at < text.length; at += TEXT_PIECE) {
      port.postMessage({ piece: text.slice(at, at + TEXT_PIECE) });
      await yieldToPage();
    }
    port.postMessage({ options });
    return answer;
  }

  const isLarge = () => (document.body?.textContent.length ?? 0) > LARGE_PAGE;

  async function annotateHere() {
    globalThis.hashiyaVisible.stopHighlights(); // an earlier large page's viewport tracking
    if (!isLarge()) return globalThis.hashiyaWasm.annotatePage(document.body);
    return globalThis.hashiyaSliced.annotateInSlices(document.body, {}, {
      wasm: globalThis.hashiyaWasm,
      core: coreInBackground,
      register: globalThis.hashiyaVisible.registerHighlights,
    });
  }

  function state() {
    const entities = on && shown ? shown.entities.length : 0;
    const quotes = on && shown ? shown.quotes.length : 0;
    // Whether the last run read and painted in slices (a large page; the tests look).
    const sliced = Boolean(on && shown?.timings && 'longestReadSlice' in shown.timings);
    const timings = on ? shown?.timings : undefined;
    return { on, mode, entities, quotes, sliced, timings, painted: painted() };
  }

  function annotate(types = {}) {
    const mine = ++latest;
    on = true; // a click while this runs clears, and cancels it
    const run = queue.then(() => (mine === latest ? annotateNow(types, mine) : state()));
    queue = run.catch(() => {});
    return run;
  }

  async function annotateNow(types, mine) {
    try {
      await load();
      let found = null;
      if (mode === 'isolated') {
        try {
          found = await annotateHere();
        } catch (error) {
          if (mine !== latest) return state(); // cleared meanwhile: the slice after it failed
          // Should a Firefox Xray wrapper refuse a call the DOM layer makes ("Xray wrapping of
          // iterators not supported", say), this page goes the service worker's way.
          if (!/xray/i.test(String(error && error.message))) throw error;
          mode = 'worker';
        }
      }
      found ??= await globalThis.hashiyaFallback.annotatePage({ large: isLarge(), core: coreInBackground });
      if (found.timings && 'longestReadSlice' in found.timings) await globalThis.hashiyaSliced.yieldToPage();
      if (mine !== latest) return state();
      // Types the reader switched off are neither painted nor listed in the panel.
      for (const kind of KINDS) if (types[kind] === false) CSS.highlights.delete(`hashiya-${kind}`);
      shown = {
        ...found,
        entities: found.entities.filter((e) => types[e.type] !== false),
        quotes: types.QUOTE === false ? [] : found.quotes,
        // Entities index clusters by position, so hidden clusters stay, under no listed type.
        clusters: found.clusters.map((c) => (types[c.type] === false ? { ...c, type: 'hidden' } : c)),
      };
      panel?.dispose();
      const t0 = performance.now();
      panel = globalThis.hashiyaPanel?.showPanel(shown) ?? null;
      if (shown.timings) shown.timings.panel = performance.now() - t0;
      lastTypes = types;
      live ??= globalThis.hashiyaLive?.watchPage(document.body, () => on && annotate(lastTypes)) ?? null;
      on = true;
      return state();
    } catch (error) {
      if (mine !== latest) return state();
      on = false;
      return { on: false, mode, error: String((error && error.message) || error) };
    }
  }

  function clear() {
    latest++;
    globalThis.hashiyaVisible?.stopHighlights();
    if (mode === 'isolated') globalThis.hashiyaWasm.clearAnnotations();
    if (mode === 'worker') globalThis.hashiyaFallback.clear();
    panel?.dispose();
    panel?.host.remove();
    panel = null;
    live?.disconnect();
    live = null;
    on = false;
    shown = null;
    return state();
  }

  globalThis.hashiyaContent = {
    annotate,
    clear,
    toggle: (types) => (on ? clear() : annotate(types)),
    isOn: () => on,
  };
})();
