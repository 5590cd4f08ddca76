// The bookmarklet: its minified loader (www/pkg/bookmarklet.js, made by `cargo xtask build`)
// run on news pages of another origin than the demo server, as a bookmark click runs it:
// a page without CSP gets annotated and cleared; a page with a strict CSP shows the notice.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { mkdir } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { SCREENSHOTS, WWW, launch, missing, paintedTexts, serve, watch } from "./support.mjs";

const LOADER = join(WWW, "pkg", "bookmarklet.js");
const skip = missing() ?? (existsSync(LOADER) ? false : "www/pkg/bookmarklet.js is not built");
const STRICT_CSP = "default-src 'self'; script-src 'self'";

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title>
<script src="/page-script.js"></script></head><body>
<article><h1>Merkel visits Washington</h1>
<p>Former German chancellor Angela Merkel met Joe Biden at the White House in Washington on Friday.</p>
<p>"We talked about Ukraine and about trade," Merkel told reporters after the meeting.</p>
<p>The European Union and NATO sent delegations to the talks in Brussels last week.</p>
</article></body></html>`;

let demo, news, browser, loader;

before(async () => {
  if (skip) return;
  ({ loader } = await import(pathToFileURL(LOADER).href));
  demo = await serve(); // the demo site: shell.js and the wasm
  news = await serve(); // another origin: the news site the reader is on
  browser = await launch();
  // The demo server answers cross-origin loads (`cargo xtask demo` sends the same header).
  await browser.context.route(`${demo.origin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "access-control-allow-origin": "*" } });
  });
  await browser.context.route(`${news.origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/page-script.js") {
      return route.fulfill({ contentType: "text/javascript", body: 'document.documentElement.dataset.pageScript = "ran";' });
    }
    const headers = path === "/strict.html" ? { "content-security-policy": STRICT_CSP } : {};
    return route.fulfill({ contentType: "text/html; charset=utf-8", headers, body: ARTICLE });
  });
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await news?.close();
});

/** What a click on the bookmark runs: the loader with the demo server as its base. */
const click = (page) => page.evaluate(loader.replace("__HASHIYA_BASE__", JSON.stringify(`${demo.origin}/`)));

const painted = (page) => page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith("hashiya-")));

const noticeText = (page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll("#hashiya-bookmarklet-notice");
    return { count: hosts.length, text: hosts[0]?.shadowRoot.textContent ?? null, link: hosts[0]?.shadowRoot.querySelector("a")?.href };
  });

test("the loader is small and one line", { skip }, () => {
  assert.ok(loader.length < 4096, `${loader.length} bytes`);
  assert.ok(!loader.includes("\n"));
  assert.ok(loader.includes("__HASHIYA_BASE__"));
});

test("on a page without CSP a click annotates, the next clears, the next annotates again", { skip }, async () => {
  const page = await browser.context.newPage();
  const seen = watch(page);
  await page.goto(`${news.origin}/open.html`);
  await click(page);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith("hashiya-")), null, { timeout: 15000 });
  const texts = Object.values(await paintedTexts(page)).flat();
  assert.ok(texts.length >= 4, JSON.stringify(texts));
  const article = await page.locator("article").innerText();
  for (const text of texts) assert.ok(article.includes(text), text);
  assert.equal(await page.evaluate(() => typeof window.hashiya.annotatePage), "function");
  assert.match(await page.evaluate(() => document.getElementById("hashiya-panel").shadowRoot.textContent), /Merkel/);
  assert.equal((await noticeText(page)).count, 0);

  await click(page);
  assert.deepEqual(await painted(page), []);
  assert.equal(await page.evaluate(() => document.getElementById("hashiya-panel")), null);
  await click(page);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith("hashiya-")));
  // Loaded once, from the demo server only; the page's own script untouched.
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith(news.origin) && !u.startsWith(demo.origin)), []);
  assert.equal(seen.requests.filter((u) => u.endsWith("/shell.js")).length, 1);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pageScript), "ran");
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test("on another origin the worker of a large page's async path starts too", { skip }, async () => {
  const page = await browser.context.newPage();
  const seen = watch(page);
  await page.goto(`${news.origin}/open.html`);
  await click(page);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith("hashiya-")), null, { timeout: 15000 });
  // The worker script lives on the demo's origin, which a page may not start a worker from:
  // the shell starts it through a same-origin module that imports it.
  const run = await page.evaluate(async () => {
    const found = await window.hashiya.annotatePage(document.body, { async: true });
    return { names: found.entities.map((e) => e.text), worker: "longestReadSlice" in (found.timings ?? {}) };
  });
  assert.equal(run.worker, true);
  assert.ok(run.names.includes("Angela Merkel"), JSON.stringify(run.names));
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test("on a page whose CSP blocks it, a notice says so and points to the extension", { skip }, async () => {
  const page = await browser.context.newPage();
  await page.goto(`${news.origin}/strict.html`);
  await click(page);
  await page.waitForSelector("#hashiya-bookmarklet-notice", { state: "attached", timeout: 15000 });
  const notice = await noticeText(page);
  assert.equal(notice.count, 1);
  assert.match(notice.text, /Content Security Policy/);
  assert.match(notice.text, /script-src/);
  assert.equal(notice.link, `${demo.origin}/bookmarklet/#extension`);
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, "bookmarklet-notice.png") });
  assert.deepEqual(await painted(page), []);
  assert.equal(await page.evaluate(() => typeof window.hashiya), "undefined");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pageScript), "ran");

  // The next click takes the old notice away (and, still blocked, shows a fresh one).
  await page.evaluate(() => (document.getElementById("hashiya-bookmarklet-notice").dataset.first = "yes"));
  await click(page);
  await page.waitForFunction(() => {
    const hosts = document.querySelectorAll("#hashiya-bookmarklet-notice");
    return hosts.length === 1 && !hosts[0].dataset.first;
  });
  // The close button removes it.
  await page.evaluate(() => document.getElementById("hashiya-bookmarklet-notice").shadowRoot.querySelector("button").click());
  assert.equal((await noticeText(page)).count, 0);
  await page.close();
});

test("the demo page offers a draggable link that runs the same loader", { skip }, async () => {
  const page = await browser.context.newPage();
  await page.goto(`${demo.origin}/bookmarklet/`);
  const link = page.locator("#bookmarklet");
  await page.waitForFunction(() => document.getElementById("bookmarklet").href.startsWith("javascript:"));
  const href = await link.getAttribute("href");
  assert.equal(await link.getAttribute("draggable"), "true");
  assert.equal(
    decodeURIComponent(href.slice("javascript:".length)),
    loader.replace("__HASHIYA_BASE__", JSON.stringify(`${demo.origin}/`)),
  );
  await page.fill("#base", "https://hashiya.example.org/static");
  assert.match(decodeURIComponent(await link.getAttribute("href")), /const base = "https:\/\/hashiya\.example\.org\/static\/";/);
  assert.equal(await page.textContent("#base-shown"), "https://hashiya.example.org/static/");
  // Clicking it here (the demo page has no CSP) annotates this page.
  await page.fill("#base", `${demo.origin}/`);
  await link.click();
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith("hashiya-")), null, { timeout: 15000 });
  await page.close();
});
