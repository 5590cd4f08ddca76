// Article-body detection measured on Mozilla Readability's test pages: for each
// <folder>/<name>/source.html, the text hashiya takes as the article (annotatePage's `text`)
// against the text of expected.html, as token-overlap F1. Page scripts are blocked and every
// request outside 127.0.0.1 is refused, so pages render as saved. Used by readability.mjs
// (prints the numbers) and readability.test.mjs (holds them to the targets).
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch, ROOT, routeSavedPages, serve, WWW } from "./support.mjs";

/** Where the pages are when ../shared sits beside the clone. */
export const PAGES = resolve(ROOT, "..", "shared", "pages", "readability");

/** Words as lowercase letter/digit runs, counted as a multiset. */
function tokens(text) {
  const counts = new Map();
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}\p{M}]+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export function f1(found, expected) {
  const [a, b] = [tokens(found), tokens(expected)];
  const size = (m) => [...m.values()].reduce((x, y) => x + y, 0);
  let overlap = 0;
  for (const [word, n] of a) overlap += Math.min(n, b.get(word) ?? 0);
  const [na, nb] = [size(a), size(b)];
  if (nb === 0) return { f1: na === 0 ? 1 : 0, precision: 0, recall: 0, expectedEmpty: true };
  const precision = na ? overlap / na : 0;
  const recall = overlap / nb;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

/** Scores every page under `folder` whose name contains `filter`; one result per page. */
export async function evaluate(folder, filter = "") {
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, "source.html")) && d.name.includes(filter))
    .map((d) => d.name)
    .sort();
  const server = await serve(resolve(folder), { "/pkg/": join(WWW, "pkg") });
  const browser = await launch();
  await routeSavedPages(browser.context, server.origin);
  const results = [];
  try {
    for (const name of names) {
      const page = await browser.context.newPage();
      try {
        await page.goto(`${server.origin}/${encodeURIComponent(name)}/source.html`, { waitUntil: "load", timeout: 20000 });
        const { found, expected, ms, intact } = await page.evaluate(async ([origin, name]) => {
          const hashiya = await import(`${origin}/pkg/hashiya.js`);
          await hashiya.default({ module_or_path: `${origin}/pkg/hashiya_bg.wasm` });
          const html = await (await fetch(`${origin}/${encodeURIComponent(name)}/expected.html`)).text();
          const expected = new DOMParser().parseFromString(html, "text/html").body?.textContent ?? "";
          const before = document.documentElement.outerHTML;
          const t0 = performance.now();
          const found = hashiya.annotatePage(document.body ?? document.documentElement).text;
          const ms = performance.now() - t0;
          hashiya.clearAnnotations();
          return { found, expected, ms, intact: document.documentElement.outerHTML === before };
        }, [server.origin, name]);
        results.push({ name, ms, intact, ...f1(found, expected) });
      } catch (error) {
        results.push({ name, f1: 0, precision: 0, recall: 0, error: String(error).split("\n")[0] });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** Mean F1 over pages with a non-empty expected.html, and the pages below `floor`. */
export function summary(results, floor = 0.5) {
  const scored = results.filter((r) => !r.expectedEmpty);
  const mean = scored.reduce((s, r) => s + r.f1, 0) / scored.length;
  return { mean, scored, below: scored.filter((r) => r.f1 < floor) };
}
