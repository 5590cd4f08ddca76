// The real-page integrity check, shared by the Chromium run (integrity.test.mjs, Playwright) and
// the Firefox run (integrity-firefox.mjs, WebDriver) so both browsers run the same code. Per page:
// load the page, load hashiya's shell by a module script tag, annotatePage + panel +
// clearAnnotations, then judge: no exception and no console error while hashiya works, the page
// text unchanged while annotated, the markup byte for byte after Clear, no request made by
// hashiya, no global but `hashiya`. The code that runs in the page is integrity-page.mjs.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { annotateAndClear, globalNames, iconUrls, loadHashiya } from "./integrity-page.mjs";
import { ROOT } from "./support.mjs";

/** The saved pages: HASHIYA_PAGES, default ../shared/pages/readability beside the clone. */
export const PAGES = resolve(process.env.HASHIYA_PAGES ?? join(ROOT, "..", "shared", "pages", "readability"));

/** The names of the page folders under `dir` that hold a source.html, sorted. */
export const pageNames = (dir = PAGES) =>
  readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, "source.html")))
    .sort();

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs the check on one saved page. `tab` is the browser's side:
 *   open(url)            loads the page in a fresh tab (and starts recording errors)
 *   evaluate(fn, arg)    runs an in-page function with one JSON argument
 *   errors()             the errors recorded in this tab so far, [{text, url}]
 *   requests()           the URLs requested so far (in this tab, or in the whole run)
 *   close()
 * Returns { result, problems }: `result` is null when the page did not run to the end.
 */
export async function checkPage(tab, origin, name) {
  const problems = [];
  const fail = (what) => problems.push(`${name}: ${what}`);
  let result = null;
  try {
    await tab.open(`${origin}/${encodeURIComponent(name)}/source.html`);
    const globalsBefore = await tab.evaluate(globalNames);
    const loadErrors = (await tab.errors()).length;
    await tab.evaluate(loadHashiya, { shell: `${origin}/www/shell.js`, panel: `${origin}/www/panel.js` });
    const shellErrors = (await tab.errors())
      .slice(loadErrors)
      .map((e) => e.text)
      .filter((e) => /hashiya|\/www\//i.test(e));
    const mark = (await tab.requests()).length;
    const markErrors = (await tab.errors()).length;
    const r = await tab.evaluate(annotateAndClear, `${origin}/www/panel.js`);
    await sleep(50); // a late request or error would land here
    const globalsAfter = await tab.evaluate(globalNames);
    const icons = await tab.evaluate(iconUrls);
    const added = globalsAfter.filter((k) => !globalsBefore.includes(k));
    if (shellErrors.length) fail(`errors loading hashiya: ${shellErrors.join(" | ")}`);
    const workErrors = (await tab.errors())
      .slice(markErrors)
      .filter((e) => !icons.includes(e.url))
      .map((e) => e.text);
    if (workErrors.length) fail(`console errors while annotating: ${workErrors.join(" | ")}`);
    const requests = (await tab.requests()).slice(mark).filter((u) => !u.endsWith("/www/panel.js") && !icons.includes(u));
    if (requests.length) fail(`requests while annotating: ${requests.join(", ")}`);
    if (added.join() !== "hashiya") fail(`globals added: ${JSON.stringify(added)}`);
    if (!r.textSame) fail("body text changed while annotated");
    if (!r.intact) fail(`markup differs after clear ${r.diff}`);
    if (r.leftHighlights) fail(`${r.leftHighlights} highlights left after clear`);
    result = { name, ...r };
  } catch (error) {
    fail(`exception: ${String(error).split("\n")[0]}`);
  }
  await tab.close().catch(() => {});
  return { result, problems };
}

/** Runs every page in turn with `newTab()` (one tab per page); returns { results, problems }. */
export async function checkPages(newTab, origin, names) {
  const results = [];
  const problems = [];
  for (const name of names) {
    const page = await checkPage(await newTab(), origin, name);
    if (page.result) results.push({ ...page.result, passed: page.problems.length === 0 });
    problems.push(...page.problems);
  }
  return { results, problems };
}

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

/** The lines printed at the end of a run: counts, annotatePage time, names and quotes per page. */
export function summary(browser, names, results, problems) {
  const ms = results.map((r) => r.ms);
  const per = (key) => results.map((r) => r[key]);
  const stats = (xs) => `median ${percentile(xs, 0.5)}, p95 ${percentile(xs, 0.95)}, max ${Math.max(...xs)}`;
  return [
    `integrity (${browser}): ${names.length} pages, ${results.length} ran, ${results.filter((r) => r.passed).length} passed, ${problems.length} problems`,
    `annotatePage ms: median ${percentile(ms, 0.5)?.toFixed(1)}, p95 ${percentile(ms, 0.95)?.toFixed(1)}, max ${Math.max(...ms).toFixed(1)}`,
    `entities per page: ${stats(per("entities"))}; quotes per page: ${stats(per("quotes"))}`,
    `pages with highlights: ${results.filter((r) => r.painted > 0).length}`,
  ];
}
