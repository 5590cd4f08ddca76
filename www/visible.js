// Registers the highlights of annotatePage(root, {async: true}) (async.js).
// Chromium rebuilds the marker of every registered range in one task, at registration and at
// every later change of the page's DOM or style (HighlightRegistry::ValidateHighlightMarkers):
// some 100-250 ms for the 40,000 ranges of a 1 MB page on a slow machine. So a page with more
// than NEAR_VIEWPORT_ABOVE ranges gets only those within a screen of the viewport registered,
// updated by an IntersectionObserver as the reader scrolls; every range is still in the result.
// The five highlights stay the same objects throughout, so a panel's toggles keep working.

const KINDS = ["PER", "ORG", "LOC", "MISC", "QUOTE"];
const QUOTE = KINDS.length - 1;
/** Above this many ranges only those near the viewport are registered. */
export const NEAR_VIEWPORT_ABOVE = 5000;
/** How far around the viewport ranges are registered: a screen above and below. */
const MARGIN = "100% 0px 100% 0px";
/** Targets observed per step. */
const OBSERVE_STEP = 2000;
/** Ranges grouped by their element per step. */
const GROUP_STEP = 5000;

let current = null;

/** Stops following the viewport (clearAnnotations takes the highlights out of the registry). */
export function stopHighlights() {
  current?.disconnect();
  current = null;
}

/**
 * Registers the ranges of `result` (painted with paintPage's `hold`) under hashiya's five
 * highlight names. `step(work)` runs one short piece of work, `pause()` gives the page a turn.
 * Resolves to true when only the ranges near the viewport are registered.
 */
export async function registerHighlights(result, step, pause) {
  stopHighlights();
  const highlights = KINDS.map((kind, i) => {
    const highlight = new Highlight();
    highlight.priority = i === QUOTE ? 0 : 1; // entities above quotes
    return highlight;
  });
  // Kind and range of every item: plain objects here, so one quick step.
  const ranges = step(() => {
    const found = [];
    for (const entity of result.entities) {
      if (entity.range) found.push(KINDS.includes(entity.type) ? KINDS.indexOf(entity.type) : QUOTE, entity.range);
    }
    for (const quote of result.quotes) if (quote.range) found.push(QUOTE, quote.range);
    return found;
  });
  const register = () => KINDS.forEach((kind, i) => CSS.highlights.set(`hashiya-${kind}`, highlights[i]));
  // What each range's text node is looked up once per node, a few thousand ranges per step:
  // every property of a DOM object is a call through an Xray wrapper in a Firefox content
  // script, and 50,000 ranges read in one go held the page for 300 ms there.
  const targets = new Map(); // text node → the element to watch, or null for another document's
  const targetOf = (range) => {
    const node = range.startContainer;
    let target = targets.get(node);
    if (target === undefined) {
      const here = node.ownerDocument === document;
      target = here ? (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement) : null;
      targets.set(node, target);
    }
    return target;
  };
  if (ranges.length / 2 <= NEAR_VIEWPORT_ABOVE) {
    step(() => {
      for (let i = 0; i < ranges.length; i += 2) if (targetOf(ranges[i + 1])) highlights[ranges[i]].add(ranges[i + 1]);
      register();
    });
    return false;
  }
  // The ranges by the element their text sits in: what the observer can watch.
  const byTarget = new Map();
  const grouping = { disconnect() {} }; // stopHighlights meanwhile ends this run
  current = grouping;
  for (let from = 0; from < ranges.length; from += 2 * GROUP_STEP) {
    if (current !== grouping) return true;
    step(() => {
      for (let i = from; i < Math.min(ranges.length, from + 2 * GROUP_STEP); i += 2) {
        const target = targetOf(ranges[i + 1]);
        if (!target) continue;
        let list = byTarget.get(target);
        if (!list) byTarget.set(target, (list = []));
        list.push(ranges[i], ranges[i + 1]);
      }
    });
    await pause();
  }
  if (current !== grouping) return true;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const target = entry.target;
      const list = byTarget.get(target) ?? [];
      const box = entry.boundingClientRect;
      if (!entry.isIntersecting && box.width === 0 && box.height === 0 && target.parentElement) {
        // No box of its own (display: contents): never seen to intersect, so its ranges go
        // to its parent, which is laid out around the same text.
        watchInstead(target, target.parentElement, list);
        continue;
      }
      for (let i = 0; i < list.length; i += 2) {
        if (entry.isIntersecting) highlights[list[i]].add(list[i + 1]);
        else highlights[list[i]].delete(list[i + 1]);
      }
    }
  }, { rootMargin: MARGIN });
  const watchInstead = (target, parent, list) => {
    observer.unobserve(target);
    byTarget.delete(target);
    const theirs = byTarget.get(parent);
    if (theirs) {
      for (const item of list) theirs.push(item);
      // Observed again, so the parent's next report includes the ranges just moved to it.
      observer.unobserve(parent);
    } else byTarget.set(parent, list);
    observer.observe(parent);
  };
  current = observer;
  step(register);
  const watched = [...byTarget.keys()];
  for (let i = 0; i < watched.length; i += OBSERVE_STEP) {
    if (current !== observer) return true; // cleared meanwhile
    step(() => watched.slice(i, i + OBSERVE_STEP).forEach((target) => observer.observe(target)));
    await pause();
  }
  return true;
}
