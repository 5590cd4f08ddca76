// Runs in the extension's isolated world, after pkg/hashiya.js (the wasm-bindgen glue,
// wrapped by the build as globalThis.hashiyaWasm). The page's CSP does not govern this
// world, the page cannot see it, and the wasm comes from the extension's own files: no
// request leaves the browser. The CSS highlight registry is the document's, shared with
// the page, so highlights made here are painted there.
(() => {
  if (globalThis.hashiyaContent) return;
  const KINDS = ['PER', 'ORG', 'LOC', 'MISC', 'QUOTE'];
  let ready = null;
  let on = false;

  function load() {
    ready ??= fetch(chrome.runtime.getURL('pkg/hashiya_bg.wasm'))
      .then((response) => response.arrayBuffer())
      .then((bytes) => globalThis.hashiyaWasm({ module_or_path: bytes }))
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
      const found = globalThis.hashiyaWasm.annotatePage(document.body, {});
      // Types the reader switched off are dropped from the registry, not from the result.
      for (const kind of KINDS) if (types[kind] === false) CSS.highlights.delete(`hashiya-${kind}`);
      on = true;
      return {
        on,
        entities: found.entities.length,
        quotes: found.quotes.length,
        painted: painted(),
      };
    } catch (error) {
      return { on: false, error: String((error && error.message) || error) };
    }
  }

  function clear() {
    if (globalThis.hashiyaWasm && ready) globalThis.hashiyaWasm.clearAnnotations();
    on = false;
    return { on, entities: 0, quotes: 0, painted: painted() };
  }

  globalThis.hashiyaContent = {
    annotate,
    clear,
    toggle: (types) => (on ? clear() : annotate(types)),
    isOn: () => on,
  };
})();
