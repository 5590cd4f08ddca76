// hashiya inside real pages must leave no trace: over every page of Readability's test suite
// (folder from HASHIYA_PAGES, default ../shared/pages/readability; skipped when absent), the
// shell is loaded by a module script tag, then annotatePage + panel + clearAnnotations run.
// Checked per page: no exception and no console error while hashiya works, the page text
// unchanged while annotated, the markup byte for byte after Clear, no request made by hashiya,
// and no global but `hashiya`. Prints time and entities/quotes per page (no timing asserts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch, missing, ROOT, routeSavedPages, serve, WWW } from "./support.mjs";

const PAGES = resolve(process.env.HASHIYA_PAGES ?? join(ROOT, "..", "shared", "pages", "readability"));
const skip = missing() ?? (existsSync(PAGES) ? false : `no pages at ${PAGES}`);

// Only this origin's files may run (the shell; the saved pages' own scripts are missing or
// inline), so pages render as saved and offline.

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

test("real pages: hashiya leaves no trace (markup, text, requests, globals, errors)", { skip, timeout: 600_000 }, async (t) => {
  const names = readdirSync(PAGES)
    .filter((name) => existsSync(join(PAGES, name, "source.html")))
    .sort();
  const server = await serve(PAGES, { "/www/": WWW });
  const browser = await launch();
  await routeSavedPages(browser.context, server.origin);
  const results = [];
  const problems = [];
  try {
    for (const name of names) {
      const page = await browser.context.newPage();
      const seen = { errors: [], requests: [] };
      page.on("console", (m) => m.type() === "error" && seen.errors.push({ text: m.text(), url: m.location().url }));
      page.on("pageerror", (error) => seen.errors.push({ text: String(error), url: "" }));
      page.on("request", (request) => seen.requests.push(request.url()));
      const fail = (what) => problems.push(`${name}: ${what}`);
      try {
        await page.goto(`${server.origin}/${encodeURIComponent(name)}/source.html`, { waitUntil: "load", timeout: 20000 });
        const globalsBefore = await page.evaluate(() => Object.keys(window));
        const loadErrors = seen.errors.length;
        await page.evaluate(async (src) => {
          const script = document.createElement("script");
          script.type = "module";
          script.src = src;
          const loaded = new Promise((done, failed) => {
            script.onload = done;
            script.onerror = () => failed(new Error(`${src} did not load`));
          });
          document.head.append(script);
          await loaded;
          script.remove(); // the tag is the test's, not hashiya's: out of the compared markup
        }, `${server.origin}/www/shell.js`);
        await page.waitForFunction(() => window.hashiya, null, { timeout: 20000 });
        // The panel module is already loaded by the shell: this import makes no request.
        await page.evaluate((src) => import(src), `${server.origin}/www/panel.js`);
        const shellErrors = seen.errors.slice(loadErrors).map((e) => e.text).filter((e) => /hashiya|\/www\//i.test(e));
        const mark = seen.requests.length;
        const markErrors = seen.errors.length;
        const r = await page.evaluate(async (panelSrc) => {
          const { showPanel } = await import(panelSrc);
          const html = document.documentElement.outerHTML;
          const text = document.body?.textContent ?? "";
          const t0 = performance.now();
          const found = window.hashiya.annotatePage(document.body ?? document.documentElement);
          const ms = performance.now() - t0;
          const panel = showPanel(found);
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          const textWhile = document.body?.textContent ?? "";
          const painted = [...CSS.highlights.keys()].filter((k) => k.startsWith("hashiya-")).length;
          panel.dispose();
          window.hashiya.clearAnnotations();
          return {
            ms,
            entities: found.entities.length,
            quotes: found.quotes.length,
            painted,
            textSame: textWhile === text,
            intact: document.documentElement.outerHTML === html,
            diff: (() => {
              const now = document.documentElement.outerHTML;
              let i = 0;
              while (i < html.length && html[i] === now[i]) i++;
              return i < Math.max(html.length, now.length) ? `at ${i}: ${JSON.stringify(html.slice(i - 40, i + 80))} → ${JSON.stringify(now.slice(i - 40, i + 80))}` : "";
            })(),
            leftHighlights: [...CSS.highlights.keys()].filter((k) => k.startsWith("hashiya-")).length,
          };
        }, `${server.origin}/www/panel.js`);
        await page.waitForTimeout(50); // a late request or error would land here
        const globalsAfter = await page.evaluate(() => Object.keys(window));
        // The browser fetches the page's icons when it likes (the page's doing, not hashiya's).
        const icons = await page.evaluate(() => [
          new URL("/favicon.ico", location.href).href,
          ...[...document.querySelectorAll("link[rel*=icon i]")].map((link) => link.href),
        ]);
        const added = globalsAfter.filter((k) => !globalsBefore.includes(k));
        if (shellErrors.length) fail(`errors loading hashiya: ${shellErrors.join(" | ")}`);
        const workErrors = seen.errors.slice(markErrors).filter((e) => !icons.includes(e.url)).map((e) => e.text);
        if (workErrors.length) fail(`console errors while annotating: ${workErrors.join(" | ")}`);
        const requests = seen.requests.slice(mark).filter((u) => !u.endsWith("/www/panel.js") && !icons.includes(u));
        if (requests.length) fail(`requests while annotating: ${requests.join(", ")}`);
        if (added.join() !== "hashiya") fail(`globals added: ${JSON.stringify(added)}`);
        if (!r.textSame) fail("body text changed while annotated");
        if (!r.intact) fail(`markup differs after clear ${r.diff}`);
        if (r.leftHighlights) fail(`${r.leftHighlights} highlights left after clear`);
        results.push({ name, ...r });
      } catch (error) {
        fail(`exception: ${String(error).split("\n")[0]}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  assert.ok(results.length > 0, `help: no page ran:\n${problems.join("\n")}`);
  const ms = results.map((r) => r.ms);
  const per = (key) => results.map((r) => r[key]);
  const stats = (xs) => `median ${percentile(xs, 0.5)}, p95 ${percentile(xs, 0.95)}, max ${Math.max(...xs)}`;
  const lines = [
    `integrity: ${names.length} pages, ${results.length} ran, ${problems.length} problems`,
    `annotatePage ms: median ${percentile(ms, 0.5).toFixed(1)}, p95 ${percentile(ms, 0.95).toFixed(1)}, max ${Math.max(...ms).toFixed(1)}`,
    `entities per page: ${stats(per("entities"))}; quotes per page: ${stats(per("quotes"))}`,
    `pages with highlights: ${results.filter((r) => r.painted > 0).length}`,
  ];
  for (const line of lines) t.diagnostic(line);
  console.log(lines.join("\n"));
  assert.equal(results.length, names.length, `help: pages that did not run:\n${problems.join("\n")}`);
  assert.deepEqual(problems, [], "help: hashiya must leave every page as it found it");
});
