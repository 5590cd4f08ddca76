// W3C Web Annotations (https://www.w3.org/TR/annotation-model/) for what hashiya painted,
// so a CMS can store them and re-anchor them later. Each annotation targets the article
// with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector, both over the
// article element's textContent, the usual reading of those selectors in a DOM.

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const AFFIX = 32; // characters of prefix and suffix: enough to tell repeated names apart

const squash = (text) => String(text).replace(/\s+/g, ' ').trim();

// Where each text node under `root` starts in root.textContent (which is every text node's
// data in document order: the same text Range.toString() reads).
function textOffsets(root) {
  const offsets = new Map();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    offsets.set(node, at);
    at += node.data.length;
  }
  return offsets;
}

function boundary(root, offsets, container, offset) {
  if (offsets.has(container)) return offsets.get(container) + offset;
  const before = root.ownerDocument.createRange();
  before.selectNodeContents(root);
  before.setEnd(container, offset);
  return before.toString().length;
}

// Pairs the core's items (in result order) with the painted ranges (in insertion order), for
// results without ranges:
// a range takes the next item with the same text; items the painter skipped are passed by.
function pair(items, ranges) {
  const pairs = [];
  let next = 0;
  for (const range of ranges) {
    const text = squash(range.toString());
    let i = next;
    while (i < items.length && squash(items[i].text) !== text) i += 1;
    if (i < items.length) {
      pairs.push([items[i], range]);
      next = i + 1;
    } else {
      pairs.push([null, range]);
    }
  }
  return pairs;
}

const body = (purpose, value) => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });

/**
 * The annotations for the highlights hashiya painted under `root`.
 * @param {Element} root the annotated article
 * @param {object} found what annotatePage returned (entities, quotes, clusters)
 * @param {{kinds: string[], source?: string, generator?: string}} options
 */
export function webAnnotations(root, found, { kinds, source, generator = 'hashiya' }) {
  const text = root.textContent;
  const offsets = textOffsets(root);
  const created = new Date().toISOString();
  const target = source ?? root.ownerDocument.location?.href.split('#')[0] ?? '';
  const clusters = new Map((found.clusters ?? []).map((c) => [c.id, c]));
  const annotations = [];
  for (const kind of kinds) {
    const highlight = CSS.highlights.get(`hashiya-${kind}`);
    if (!highlight) continue;
    const ranges = [...highlight].filter((r) => root.contains(r.startContainer) && root.contains(r.endContainer));
    const items = kind === 'QUOTE' ? found.quotes : found.entities.filter((e) => e.type === kind);
    // The DOM layer puts the painted range on each item; older results are paired by text.
    const inHighlight = new Set(ranges);
    const pairs = items.some((item) => item.range)
      ? items.filter((item) => inHighlight.has(item.range)).map((item) => [item, item.range])
      : pair(items, ranges);
    for (const [item, range] of pairs) {
      const start = boundary(root, offsets, range.startContainer, range.startOffset);
      const end = boundary(root, offsets, range.endContainer, range.endOffset);
      const bodies = [body('classifying', kind)];
      if (kind === 'QUOTE') {
        bodies.push(body('describing', item?.speaker_name ? `speaker: ${item.speaker_name}` : 'speaker: unattributed'));
      } else if (item) {
        bodies.push(body('identifying', clusters.get(item.entity)?.name ?? item.text));
      }
      annotations.push({
        '@context': CONTEXT,
        id: `${target}#hashiya-${kind}-${start}-${end}`,
        type: 'Annotation',
        motivation: kind === 'QUOTE' ? 'classifying' : 'identifying',
        created,
        generator: { type: 'Software', name: generator },
        body: bodies,
        target: {
          source: target,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: text.slice(start, end),
              prefix: text.slice(Math.max(0, start - AFFIX), start),
              suffix: text.slice(end, end + AFFIX),
            },
            { type: 'TextPositionSelector', start, end },
          ],
        },
      });
    }
  }
  return annotations.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
}

/** Finds the text an annotation's TextQuoteSelector names under `root`, as a Range. */
export function anchor(root, annotation) {
  const [quote, position] = annotation.target.selector;
  const text = root.textContent;
  let start = text.slice(position.start, position.end) === quote.exact ? position.start : -1;
  if (start < 0) {
    // The article changed: fall back to the quote with its context, then the quote alone.
    const withContext = text.indexOf(quote.prefix + quote.exact + quote.suffix);
    start = withContext >= 0 ? withContext + quote.prefix.length : text.indexOf(quote.exact);
  }
  if (start < 0) return null;
  const end = start + quote.exact.length;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = root.ownerDocument.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = at + node.data.length;
    if (!started && start < next) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - at);
      return range;
    }
    at = next;
  }
  return null;
}
