// Live pages: after a change to the page (late paragraphs, infinite scroll, SPA navigation),
// run `reannotate` once the page has been quiet for a moment. Changes inside hashiya's own
// elements (ids starting with "hashiya": the panel, the demo bar) never trigger it, so
// re-rendering the panel cannot loop. Where hashiya paints by wrapping text (no CSS Custom
// Highlight API), its own edits are dropped with takeRecords() right after each run.

const QUIET_MS = 400;

function isOwn(node) {
  const element = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
  return Boolean(element?.closest?.('[id^="hashiya"]'));
}

function matters(record) {
  if (record.type === "characterData") return !isOwn(record.target);
  if (isOwn(record.target)) return false;
  return [...record.addedNodes, ...record.removedNodes].some((node) => !isOwn(node));
}

/**
 * Watches `root` and calls `reannotate` after relevant changes; returns { disconnect, forget }:
 * call forget() right after annotating outside of this watcher, to drop hashiya's own edits.
 */
export function watchPage(root, reannotate, quietMs = QUIET_MS) {
  let timer = 0;
  const observer = new MutationObserver((records) => {
    if (!records.some(matters)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      reannotate();
      observer.takeRecords();
    }, quietMs);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return {
    forget() {
      observer.takeRecords();
    },
    disconnect() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
