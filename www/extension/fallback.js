// Chromium refuses to compile WebAssembly in a content script when the page's own CSP
// forbids wasm: the page's policy, not the extension's, governs wasm in the isolated world
// (crbug.com/1385796, still so in Chromium 156). On such pages the core runs in the
// extension's service worker (its CSP allows 'wasm-unsafe-eval'), and this file does the
// DOM layer's two jobs in plain JS: read the page's visible text, and paint what the core
// found with CSS highlights. The article is picked as the DOM layer picks it: this file reads
// the page's blocks and the core's scorer, in the service worker, says which are the article.
// The page itself is never modified. A large page is read and
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
      'summary table tbody td tfoot th thead tr ul').split(' '),
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

  /** Nodes handled between two looks at the clock. */
  const CHECK_EVERY = 64;

  // The page under `top` as the DOM layer reads it (src/dom/collect.rs): every block element
  // in document order with its parent, hints, own text and linked characters (what the core's
  // article scorer reads), and every visible text node with its block.
  function collect(top) {
    const walk = collectSteps(top);
    let step = walk.next();
    while (!step.done) step = walk.next();
    return step.value;
  }

  // The walk, yielding every CHECK_EVERY nodes; returns { blocks, elements, langs, pieces }.
  function* collectSteps(top) {
    const page = { blocks: [], elements: [], langs: [], pieces: [] };
    const index = new Map(); // block element -> its index in page.blocks
    const addBlock = (element, parent) => {
      const hints = ['class', 'id', 'role', 'itemprop']
        .map((name) => element.getAttribute(name))
        .filter((value) => value !== null)
        .join(' ');
      index.set(element, page.blocks.length);
      page.blocks.push({ parent, tag: element.localName, hints, text: '', links: 0 });
      page.elements.push(element);
      page.langs.push(element.closest('[lang]')?.getAttribute('lang') || null);
    };
    // The nearest block around `node`: every block above it was met, and added, before it.
    const blockOf = (node) => {
      for (let el = node.parentElement; el && el !== top; el = el.parentElement) {
        const at = index.get(el);
        if (at !== undefined) return at;
      }
      return 0;
    };
    addBlock(top, null);
    let pendingBreak = false;
    let seen = 0;
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && skipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++seen % CHECK_EVERY === 0) yield;
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.localName === 'br') pendingBreak = true;
        else if (BLOCKS.has(node.localName)) addBlock(node, blockOf(node));
        continue;
      }
      if (node.nodeType !== Node.TEXT_NODE || !node.data) continue;
      const block = blockOf(node);
      // Same length, so offsets still match the node's; line breaks inside would split paragraphs.
      const text = node.data.replace(/[\n\r\t\f]/g, ' ');
      const owner = page.blocks[block];
      owner.text += text;
      if (node.parentElement?.closest('a[href]')) owner.links += text.replace(/\s/g, '').length;
      page.pieces.push({ node, text, block, breakBefore: pendingBreak });
      pendingBreak = false;
    }
    return page;
  }

  /** UTF-16 units of block text per message to the service worker: each is copied in one short task. */
  const BLOCKS_PIECE = 128 * 1024;

  // Which blocks are the article: the core's scorer, in the service worker, decides as it does
  // for the DOM layer. The blocks go over a port in groups, the page getting a turn in between
  // (a megabyte in one message is a 30-50 ms task). Should the pick fail, the whole page is
  // read rather than none of it.
  async function articleOf(page) {
    const whole = () => page.blocks.map(() => true);
    let port;
    try {
      port = chrome.runtime.connect({ name: 'hashiya-article' });
      const answer = new Promise((resolve, reject) => {
        port.onMessage.addListener(resolve);
        port.onDisconnect.addListener(() => reject(new Error('the service worker went away')));
      });
      for (let from = 0; from < page.blocks.length; ) {
        let to = from;
        for (let size = 0; to < page.blocks.length && (to === from || size < BLOCKS_PIECE); to++) {
          size += page.blocks[to].text.length;
        }
        port.postMessage({ blocks: page.blocks.slice(from, to) });
        from = to;
        if (from < page.blocks.length) await globalThis.hashiyaSliced.yieldToPage();
      }
      port.postMessage({ done: true });
      const { keep, error } = await answer;
      if (Array.isArray(keep) && keep.length === page.blocks.length) return keep;
      console.warn('hashiya: no article pick, reading the whole page:', error);
    } catch (error) {
      console.warn('hashiya: no article pick, reading the whole page:', error);
    } finally {
      port?.disconnect();
    }
    return whole();
  }

  // The text handed to the core, built as the DOM layer builds it (src/dom/locate.rs): the
  // kept blocks' text nodes, a line break between blocks and at <br>, layout whitespace between
  // blocks dropped; each piece's UTF-16 start, the core's JS offsets; and where the `lang` the
  // markup gives the text changes ([[offset, tag | null], ...]: the core's language hints).
  function bodyText(page, keep) {
    // Parts joined once at the end: looking at the end of a growing string (endsWith) would
    // flatten it every time, quadratic over a large page.
    const parts = [];
    let length = 0;
    let atLineStart = true; // nothing yet, or a line break last
    const pieces = [];
    const langs = [];
    let lastBlock = -1;
    for (const piece of page.pieces) {
      if (!keep[piece.block]) continue;
      const newLine = piece.breakBefore || (lastBlock >= 0 && lastBlock !== piece.block);
      if (newLine && !atLineStart) {
        parts.push('\n');
        length += 1;
        atLineStart = true;
      }
      const blank = !piece.text.trim();
      if (blank && atLineStart) continue;
      if (!blank) lastBlock = piece.block;
      const lang = page.langs[piece.block];
      if (langs.length ? langs[langs.length - 1][1] !== lang : lang !== null) langs.push([length, lang]);
      pieces.push({ node: piece.node, start: length });
      parts.push(piece.text);
      length += piece.text.length;
      atLineStart = piece.text.endsWith('\n');
    }
    return { text: parts.join(''), pieces, langs };
  }

  // The computed direction of the kept block with the most text of its own, as the DOM layer
  // reports it: where the article's paragraphs are, whatever `dir` attributes say.
  function directionOf(page, keep) {
    let main = -1;
    page.blocks.forEach((block, i) => {
      if (keep[i] && (main < 0 || block.text.length > page.blocks[main].text.length)) main = i;
    });
    const direction = main < 0 ? '' : getComputedStyle(page.elements[main]).direction;
    return direction === 'rtl' || direction === 'ltr' ? direction : undefined;
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
    let page = null; // the page once read
    let body = null; // its article's text, once the service worker has picked the article
    let failed = null;
    let mine = -1;
    const check = () => {
      if (mine !== cleared) throw new Error('hashiya: cleared while annotating');
    };
    return {
      startReadPage: () => {
        walk = collectSteps(document.body);
        mine = cleared;
      },
      // Null until the page is read and its article picked; sliced.js yields to the page in between.
      readPageSlice: (ms) => {
        check();
        if (!page) {
          const t0 = performance.now();
          let step = walk.next();
          while (!step.done && performance.now() - t0 < ms) step = walk.next();
          if (!step.done) return null;
          page = step.value;
          articleOf(page)
            .then((keep) => (body = { ...bodyText(page, keep), dir: directionOf(page, keep) }))
            .catch((error) => (failed = error));
        }
        if (failed) throw failed;
        if (!body) return null;
        return { text: body.text, langs: body.langs, dir: body.dir };
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
          const r = range(body.pieces, item.start, item.end);
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
      const mine = cleared;
      const page = collect(document.body);
      const keep = await articleOf(page);
      const { text, pieces, langs } = bodyText(page, keep);
      const found = await chrome.runtime.sendMessage({ hashiyaAnnotateText: text, options: { langs } });
      if (!found || found.error) throw new Error(found?.error ?? 'the service worker did not answer');
      if (mine !== cleared) throw new Error('hashiya: cleared while annotating');
      clear();
      paint(found, pieces);
      return Object.assign(found, { text, dir: directionOf(page, keep) });
    }
    return globalThis.hashiyaSliced.annotateInSlices(document.body, {}, {
      wasm: slicedLayer(),
      core,
      register: globalThis.hashiyaVisible.registerHighlights,
    });
  }

  globalThis.hashiyaFallback = { annotatePage, clear, collect };
})();
