// Runs in the extension's isolated world, after pkg/hashiya.js (the wasm-bindgen glue,
// wrapped by the build as globalThis.hashiyaWasm), panel.js and live.js (the demo's side
// panel and live-page watcher, made classic scripts by the build) and fallback.js. The page
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
(() => {
  if (globalThis.hashiyaContent) return;
  const KINDS = ['PER', 'ORG', 'LOC', 'MISC', 'QUOTE'];
  let ready = null;
  let on = false;
  let mode = null; // "isolated" (wasm here) or "worker" (wasm in the service worker)
  let panel = null; // the side panel and hover cards of www/panel.js
  let live = null; // re-annotates after the page changes (www/live.js)
  let lastTypes = {};

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

  async function annotate(types = {}) {
    try {
      await load();
      let found = null;
      if (mode === 'isolated') {
        try {
          found = globalThis.hashiyaWasm.annotatePage(document.body);
        } catch (error) {
          // Should a Firefox Xray wrapper refuse a call the DOM layer makes ("Xray wrapping of
          // iterators not supported", say), this page goes the service worker's way.
          if (!/xray/i.test(String(error && error.message))) throw error;
          mode = 'worker';
        }
      }
      found ??= await globalThis.hashiyaFallback.annotatePage();
      // Types the reader switched off are neither painted nor listed in the panel.
      for (const kind of KINDS) if (types[kind] === false) CSS.highlights.delete(`hashiya-${kind}`);
      const shown = {
        ...found,
        entities: found.entities.filter((e) => types[e.type] !== false),
        quotes: types.QUOTE === false ? [] : found.quotes,
        // Entities index clusters by position, so hidden clusters stay, under no listed type.
        clusters: found.clusters.map((c) => (types[c.type] === false ? { ...c, type: 'hidden' } : c)),
      };
      panel?.dispose();
      panel = globalThis.hashiyaPanel?.showPanel(shown) ?? null;
      lastTypes = types;
      live ??= globalThis.hashiyaLive?.watchPage(document.body, () => on && annotate(lastTypes)) ?? null;
      on = true;
      return { on, mode, entities: shown.entities.length, quotes: shown.quotes.length, painted: painted() };
    } catch (error) {
      return { on: false, mode, error: String((error && error.message) || error) };
    }
  }

  function clear() {
    if (mode === 'isolated') globalThis.hashiyaWasm.clearAnnotations();
    if (mode === 'worker') globalThis.hashiyaFallback.clear();
    panel?.dispose();
    panel?.host.remove();
    panel = null;
    live?.disconnect();
    live = null;
    on = false;
    return { on, mode, entities: 0, quotes: 0, painted: painted() };
  }

  globalThis.hashiyaContent = {
    annotate,
    clear,
    toggle: (types) => (on ? clear() : annotate(types)),
    isOn: () => on,
  };
})();
