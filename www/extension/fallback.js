// Chromium refuses to compile WebAssembly in a content script when the page's own CSP
// forbids wasm: the page's policy, not the extension's, governs wasm in the isolated world
// (crbug.com/1385796, still so in Chromium 156). On such pages the core runs in the
// extension's service worker (its CSP allows 'wasm-unsafe-eval'), and this file does the
// DOM layer's two jobs in plain JS: read the page's visible text, and paint what the core
// found with CSS highlights. The page itself is never modified. A large page is read and
// painted in slices by sliced.js, as on the wasm path, with this file's reading and range
// making standing in for the DOM layer's; the core's text goes to the background in pieces.
// Firefox comes here only if an Xray wrapper refuses a call of the DOM layer (content.js).
(() => {
  if (globalThis.hashiyaFallback) return;

  const SKIPPED = new Set(
    ('script style noscript template textarea input select option button svg math canvas iframe object embed ' +
      'video audio head title meta link').split(' '),
  );
  const BLOCKS = new Set(
    ('address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption ' +
      'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section ' +
      'summary table tbody td tfoot th thead tr ul br').split(' '),
  );
  const NAMES = ['hashiya-PER', 'hashiya-ORG', 'hashiya-LOC', 'hashiya-MISC', 'hashiya-QUOTE'];
  // The same tints as the DOM layer (src/dom/paint.rs), so both paths look alike.
  const STYLE = `
::highlight(hashiya-QUOTE) { background-color: rgba(124, 92, 255, 0.13); text-decoration: underline 2px rgba(124, 92, 255, 0.85); }
::highlight(hashiya-PER) { background-color: rgba(255, 159, 10, 0.42); }
::highlight(hashiya-ORG) { background-color: rgba(10, 152, 255, 0.36); }
::highlight(hashiya-LOC) { background-color: rgba(48, 196, 89, 0.38); }
::highlight(hashiya-MISC) { background-color: rgba(236, 72, 153, 0.30); }`;
  let sheet = null;
  let cleared = 0; // clear() calls so far: a sliced run stops when one comes in between

  function skipped(element) {
    if (SKIPPED.has(element.localName) || element.hidden || element.isContentEditable) return true;
    if (String(element.id).startsWith('hashiya') || element.getAttribute('aria-hidden') === 'true') return true;
    const style = getComputedStyle(element);
    return style.display === 'none' || style.visibility === 'hidden';
  }

  // The article if the page marks one, else the body: the DOM layer's scorer is not here.
  function root() {
    const marked = [...document.querySelectorAll('article, main, [role="main"]')];
    return marked.sort((a, b) => b.textContent.length - a.textContent.length)[0] ?? document.body;
  }

  /** Nodes handled between two looks at the clock. */
  const CHECK_EVERY = 64;

  // The visible text under `top`, a line break between blocks (the core's paragraphs), and
  // where each text node starts in it (UTF-16, as the core's JS results are).
  function collect(top) {
    const walk = collectSteps(top);
    let step = walk.next();
    while (!step.done) step = walk.next();
    return step.value;
  }

  // The walk, yielding every CHECK_EVERY nodes; returns { text, pieces }.
  function* collectSteps(top) {
    const pieces = [];
    let text = '';
    let lastBlock = null;
    let seen = 0;
    const blockOf = (node) => {
      for (let el = node.parentElement; el && el !== top.parentElement; el = el.parentElement) {
        if (BLOCKS.has(el.localName)) return el;
      }
      return top;
    };
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && skipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++seen % CHECK_EVERY === 0) yield;
      if (node.nodeType !== Node.TEXT_NODE || !node.data) continue;
      const block = blockOf(node);
      if (lastBlock && block !== lastBlock) text += '\n';
      lastBlock = block;
      pieces.push({ node, start: text.length });
      // Same length, so offsets still match the node's; line breaks inside would split paragraphs.
      text += node.data.replace(/[\n\r\t]/g, ' ');
    }
    return { text, pieces };
  }

  // The DOM point of UTF-16 offset `at`: the piece holding it (for an end, the piece it ends).
  function point(pieces, at, isEnd) {
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (isEnd ? pieces[mid].start < at : pieces[mid].start <= at) lo = mid + 1;
      else hi = mid;
    }
    const piece = pieces[lo - 1];
    if (!piece) return isEnd ? null : { node: pieces[0]?.node, offset: 0 };
    const offset = Math.min(at - piece.start, piece.node.length);
    if (!isEnd && offset === piece.node.length && pieces[lo]) return { node: pieces[lo].node, offset: 0 };
    return { node: piece.node, offset };
  }

  function range(pieces, start, end) {
    const from = point(pieces, start, false);
    const to = point(pieces, end, true);
    if (!from?.node || !to?.node) return null;
    const r = new Range();
    r.setStart(from.node, from.offset);
    r.setEnd(to.node, to.offset);
    return r.collapsed ? null : r;
  }

  function paint(found, pieces) {
    const ranges = NAMES.map(() => []);
    // Each painted item keeps its range, as the DOM layer's results do (the panel's cards use it).
    for (const entity of found.entities) {
      const r = range(pieces, entity.start, entity.end);
      const index = NAMES.indexOf(`hashiya-${entity.type}`);
      if (r) ranges[index < 0 ? 3 : index].push((entity.range = r));
    }
    for (const quote of found.quotes) {
      const r = range(pieces, quote.start, quote.end);
      if (r) ranges[4].push((quote.range = r));
    }
    NAMES.forEach((name, i) => {
      const highlight = new Highlight(...ranges[i]);
      highlight.priority = name === 'hashiya-QUOTE' ? 0 : 1; // a name inside a quote keeps its colour
      CSS.highlights.set(name, highlight);
    });
    addStyle();
  }

  // The three calls of the wasm DOM layer that sliced.js's annotateInSlices makes, done here
  // in plain JS: the page read a slice at a time, the result's ranges made for items
  // `from..to` (the first call clears the last run's highlights); visible.js registers them.
  // As in the DOM layer, a clear() meanwhile makes the next slice fail: a cleared page is never
  // painted again.
  function slicedLayer() {
    let walk = null;
    let pieces = [];
    let mine = -1;
    const check = () => {
      if (mine !== cleared) throw new Error('hashiya: cleared while annotating');
    };
    return {
      startReadPage: () => {
        walk = collectSteps(root());
        mine = cleared;
      },
      readPageSlice: (ms) => {
        check();
        const t0 = performance.now();
        let step = walk.next();
        while (!step.done && performance.now() - t0 < ms) step = walk.next();
        if (!step.done) return null;
        pieces = step.value.pieces;
        return { text: step.value.text };
      },
      paintPage: (found, from, to) => {
        check();
        if (from === 0) {
          clear();
          mine = cleared;
          addStyle();
        }
        const items = found.entities.length;
        for (let i = from; i < to; i++) {
          const item = i < items ? found.entities[i] : found.quotes[i - items];
          const r = range(pieces, item.start, item.end);
          if (r) item.range = r;
        }
      },
    };
  }

  function addStyle() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      try {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      } catch {
        // Firefox's Xray wrappers can refuse this from a content script; the colours then
        // come from a style element, which content scripts may add under the page's CSP.
        const style = document.createElement('style');
        style.id = 'hashiya-fallback-style';
        style.textContent = STYLE;
        (document.head ?? document.documentElement).append(style);
      }
    }
  }

  function clear() {
    cleared++;
    globalThis.hashiyaVisible?.stopHighlights();
    for (const name of NAMES) CSS.highlights.delete(name);
    document.getElementById('hashiya-panel')?.remove();
    try {
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      document.getElementById('hashiya-fallback-style')?.remove();
    }
    sheet = null;
  }

  // Reads the page, has the service worker annotate the text, paints; returns the core's result.
  // `large`: read and paint in slices (sliced.js), with `core(text, options)` (content.js's
  // pieces over a port) for the service worker; the result then has sliced.js's `timings`.
  async function annotatePage({ large = false, core = null } = {}) {
    if (!large || !core) {
      const { text, pieces } = collect(root());
      const found = await chrome.runtime.sendMessage({ hashiyaAnnotateText: text });
      if (!found || found.error) throw new Error(found?.error ?? 'the service worker did not answer');
      clear();
      paint(found, pieces);
      return found;
    }
    return globalThis.hashiyaSliced.annotateInSlices(document.body, {}, {
      wasm: slicedLayer(),
      core,
      register: globalThis.hashiyaVisible.registerHighlights,
    });
  }

  globalThis.hashiyaFallback = { annotatePage, clear, collect };
})();
