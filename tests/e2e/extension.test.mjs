// The browser extension, loaded unpacked from target/ship/chromium (built by `cargo xtask
// build`) into the system Chromium in new headless mode. The toolbar button cannot be clicked
// headless, so the test fires the real action through the DevTools protocol
// (Extensions.triggerAction, allowed by --enable-unsafe-extension-debugging over Playwright's
// --remote-debugging-pipe): the same path as a click, activeTab grant included.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fillWithAMegabyte, heartbeat, launch, ROOT, SCREENSHOTS, missing, paintedTexts, serve, watch } from "./support.mjs";
import { ARTICLE, FRAMES, FRAMES_SCRIPT, PAGE_SCRIPT, SEED_ENTITIES, SEED_QUOTES, STRICT_CSP, framesPaint, seedPaint } from "./extension-pages.mjs";

const EXTENSION = join(ROOT, "target", "ship", "chromium");
const FIREFOX = join(ROOT, "target", "ship", "firefox");
const WEB_EXT = join(ROOT, "node_modules", ".bin", "web-ext");
const skip = missing() ?? (existsSync(join(EXTENSION, "manifest.json")) ? false : "target/ship/chromium is not built");
let server, browser, context, worker, extensionId;

before(async () => {
  if (skip) return;
  server = await serve();
  // Playwright's own headless would drop extensions: launch() selects --headless=new itself.
  browser = await launch({ ignoreDefaultArgs: ["--disable-extensions"] }, [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    "--enable-unsafe-extension-debugging",
  ]);
  context = browser.context;
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15000 }));
  extensionId = new URL(worker.url()).host;
  // The news page, sent with a strict CSP header.
  await context.route(`${server.origin}/news/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/news/article.html") {
      return route.fulfill({ contentType: "text/html; charset=utf-8", headers: { "content-security-policy": STRICT_CSP }, body: ARTICLE });
    }
    if (path === "/news/open.html") return route.fulfill({ contentType: "text/html; charset=utf-8", body: ARTICLE });
    if (path === "/news/page-script.js") return route.fulfill({ contentType: "text/javascript", body: PAGE_SCRIPT });
    if (path === "/news/frames.html") return route.fulfill({ contentType: "text/html; charset=utf-8", body: FRAMES });
    if (path === "/news/frames.js") return route.fulfill({ contentType: "text/javascript", body: FRAMES_SCRIPT });
    return route.fulfill({ status: 404, body: "" });
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Fires the extension's action on `page`'s tab, as a toolbar click or the shortcut would. */
async function triggerAction(page) {
  const browserSession = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await browserSession.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const tab = targetInfos.find((t) => t.type === "tab" && t.url === page.url());
    assert.ok(tab, `no tab target for ${page.url()}`);
    await browserSession.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
  } finally {
    await browserSession.detach();
  }
}

/** Fires the action on `page`'s tab and returns what the click reported once it is done. */
async function clickAction(page) {
  await worker.evaluate(() => (globalThis.hashiyaLastState = null));
  await triggerAction(page);
  for (let waited = 0; waited < 20000; waited += 50) {
    const state = await worker.evaluate(() => globalThis.hashiyaLastState);
    if (state) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the action did not finish within 20 s");
}

const hashiyaHighlights = (page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith("hashiya-")));

const badge = () =>
  worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab.id });
  });

let opened = 0;

async function openArticle(file = "article.html") {
  const page = await context.newPage();
  const seen = watch(page);
  // A fresh URL each time: tab targets are found by URL, and a closed tab can linger.
  await page.goto(`${server.origin}/news/${file}?visit=${++opened}`);
  await page.bringToFront();
  await page.waitForFunction(() => document.documentElement.dataset.pageWasm);
  return { page, seen };
}

test("the manifest asks for no host permission and exposes only the wasm, at a dynamic URL", { skip }, async () => {
  const manifest = JSON.parse(await readFile(join(EXTENSION, "manifest.json"), "utf8"));
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "scripting", "storage"]);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined);
  // Only the wasm, only to http(s) pages, and only under a per-session random URL.
  assert.deepEqual(manifest.web_accessible_resources, [
    { resources: ["pkg/hashiya_bg.wasm"], matches: ["http://*/*", "https://*/*"], use_dynamic_url: true },
  ]);
  assert.match(manifest.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  assert.ok(manifest.commands._execute_action.suggested_key.default);
  for (const file of ["background.js", "content.js", "options.html", "pkg/hashiya.js", "pkg/hashiya_bg.wasm"]) {
    assert.ok(existsSync(join(EXTENSION, file)), `${file} is packaged`);
  }
});

test("without a click the extension cannot read the page", { skip }, async () => {
  const { page } = await openArticle();
  const state = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return globalThis.hashiyaToggle(tab);
  });
  assert.equal(state.on, false);
  assert.match(state.error, /permission|cannot access/i);
  assert.deepEqual(await hashiyaHighlights(page), []);
  await page.close();
});

test("a click annotates a page whose CSP forbids scripts and wasm; a second click clears", { skip }, async () => {
  const { page, seen } = await openArticle();
  // The CSP is in force: the page's own file runs, its inline script and its wasm do not.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pageScript), "ran");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.inline), undefined);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pageWasm), "blocked");
  const before = await page.content();

  const state = await clickAction(page);
  assert.equal(state.on, true, JSON.stringify(state));
  assert.equal(state.mode, "worker", "Chromium refuses wasm in the content script under this CSP");
  const painted = await paintedTexts(page);
  const texts = Object.values(painted).flat();
  assert.ok(texts.length >= 3, `painted: ${JSON.stringify(painted)}`);
  const article = await page.locator("article").innerText();
  for (const text of texts) assert.ok(article.includes(text), `"${text}" is article text`);
  assert.ok(
    (painted["hashiya-PER"] ?? []).some((t) => /Obama|Merkel/.test(t)),
    `a person is painted: ${JSON.stringify(painted)}`,
  );
  assert.equal(await badge(), String(state.entities + state.quotes));
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, "extension-strict-csp.png") });

  // The demo's side panel came along, listing what was found.
  const panelText = await page.evaluate(() => document.getElementById("hashiya-panel")?.shadowRoot.textContent ?? "");
  assert.match(panelText, /Obama/);

  // The page's own script still runs.
  await page.click("#counter");
  assert.equal(await page.textContent("#counter"), "1");
  await page.click("#counter"); // restore the counter for the byte-for-byte check below
  assert.equal(await page.textContent("#counter"), "2");

  assert.equal((await clickAction(page)).on, false);
  assert.deepEqual(await hashiyaHighlights(page), []);
  assert.equal(await badge(), "");
  // The panel is gone and the DOM is byte for byte as before.
  assert.equal((await page.content()).replace(">2</button>", ">0</button>"), before);

  // Nothing left the browser: the page's own two files, and the extension's own wasm.
  assert.deepEqual(
    seen.requests.filter((url) => !url.startsWith(`${server.origin}/news/`)),
    [],
    "the page's own files only: under this CSP the core runs in the service worker",
  );
  await page.close();
});

test("on a page that allows wasm the content script runs the full DOM layer itself", { skip }, async () => {
  const { page, seen } = await openArticle("open.html");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pageWasm), "allowed");
  const state = await clickAction(page);
  assert.equal(state.mode, "isolated", JSON.stringify(state));
  const texts = Object.values(await paintedTexts(page)).flat();
  assert.ok(texts.length >= 3, JSON.stringify(texts));
  assert.match(await page.evaluate(() => document.getElementById("hashiya-panel").shadowRoot.textContent), /Merkel/);
  // A paragraph the page adds later (infinite scroll, live blogs) is annotated too.
  await page.evaluate(() => {
    const late = document.createElement("p");
    late.textContent = "Later, Emmanuel Macron arrived in Paris for talks with NATO.";
    document.querySelector("article").append(late);
  });
  await page.waitForFunction(
    () => [...(CSS.highlights.get("hashiya-PER") ?? [])].some((range) => range.toString().includes("Macron")),
    null,
    { timeout: 10000 },
  );
  // The wasm came from the extension's own files, under a per-session URL.
  const outside = seen.requests.filter((url) => !url.startsWith(`${server.origin}/news/`));
  assert.ok(outside.length > 0 && outside.every((url) => /^chrome-extension:\/\/[^/]+\/pkg\/hashiya_bg\.wasm$/.test(url)), JSON.stringify(outside));
  assert.equal((await clickAction(page)).on, false);
  assert.deepEqual(await hashiyaHighlights(page), []);
  await page.close();
});

/**
 * Fills the page with a megabyte, clicks, and checks the run took the sliced path in `mode`
 * with only the ranges near the viewport registered (as the viewport observer reports them).
 * Returns the page's markup before, the click's state and the worst heartbeat gap.
 */
async function clickOnAMegabyte(page, mode) {
  const size = await page.evaluate(fillWithAMegabyte);
  assert.ok(size >= 1_000_000);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await heartbeat.start(page);
  const state = await clickAction(page);
  const slicedGap = await heartbeat.gap(page);
  assert.equal(state.mode, mode, JSON.stringify(state));
  assert.equal(state.sliced, true, JSON.stringify(state));
  assert.ok(state.entities > 10_000, `help: ${state.entities} names`);
  const count = () => ["PER", "ORG", "LOC", "MISC", "QUOTE"].reduce((n, k) => n + (CSS.highlights.get(`hashiya-${k}`)?.size ?? 0), 0);
  await page.waitForFunction(count, null, { timeout: 5000 });
  const registered = await page.evaluate(count);
  assert.ok(registered > 0 && registered < 5000, `help: ${registered} ranges registered near the viewport`);
  return { before, state, slicedGap };
}

/** A second click while a run is under way clears, and the run paints nothing after it. */
async function clearMidRun(page, before) {
  await triggerAction(page);
  await page.waitForTimeout(300);
  assert.equal((await clickAction(page)).on, false);
  await page.waitForTimeout(3000); // the first run's core and slices are over by now
  assert.deepEqual(await hashiyaHighlights(page), []);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
}

test("a 1 MB page is read and painted in slices, the core in the background, and clear restores it", { skip }, async () => {
  const { page } = await openArticle("open.html");
  const { before, state, slicedGap } = await clickOnAMegabyte(page, "isolated");
  // Those in view are painted.
  const inView = await page.evaluate(async () => {
    scrollTo(0, document.documentElement.scrollHeight / 2);
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 20)));
    const shown = [...CSS.highlights.get("hashiya-PER")].filter((range) => {
      const rect = range.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < innerHeight;
    });
    return shown.map(String);
  });
  assert.ok(inView.includes("Barack Obama") && inView.includes("جو بايدن"), `help: in view: ${inView.slice(0, 6)}`);
  assert.equal((await clickAction(page)).on, false);
  assert.deepEqual(await hashiyaHighlights(page), []);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await clearMidRun(page, before);
  // The same page the old way: annotatePage in one task in the content script's world.
  await heartbeat.start(page);
  const syncMs = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const [{ result }] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => {
        const t0 = performance.now();
        globalThis.hashiyaWasm.annotatePage(document.body);
        const ms = performance.now() - t0;
        globalThis.hashiyaWasm.clearAnnotations();
        return ms;
      },
    });
    return result;
  });
  const syncGap = await heartbeat.gap(page);
  console.log(`extension, 1 MB page: worst block ${Math.round(slicedGap)} ms in slices, ${Math.round(syncGap)} ms in one task (annotatePage ${Math.round(syncMs)} ms); stages ${JSON.stringify(state.timings, (k, v) => (typeof v === "number" ? +v.toFixed(1) : v))}`);
  assert.ok(slicedGap < syncGap, `help: sliced ${slicedGap} ms, one task ${syncGap} ms`);
  await page.close();
});

test("under a strict CSP a 1 MB page is read and painted in slices too, the core in the service worker", { skip }, async () => {
  const { page } = await openArticle();
  const { before, state, slicedGap } = await clickOnAMegabyte(page, "worker");
  assert.equal((await clickAction(page)).on, false);
  assert.deepEqual(await hashiyaHighlights(page), []);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await clearMidRun(page, before);
  // The same page the old way: the fallback reading and painting each in one task.
  await heartbeat.start(page);
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: async () => {
        await globalThis.hashiyaFallback.annotatePage();
        globalThis.hashiyaFallback.clear();
      },
    });
  });
  const oneTaskGap = await heartbeat.gap(page);
  console.log(`extension under a strict CSP, 1 MB page: worst block ${Math.round(slicedGap)} ms in slices, ${Math.round(oneTaskGap)} ms reading and painting in one task each; stages ${JSON.stringify(state.timings, (k, v) => (typeof v === "number" ? +v.toFixed(1) : v))}`);
  assert.ok(slicedGap < oneTaskGap, `help: sliced ${slicedGap} ms, one task ${oneTaskGap} ms`);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await page.close();
});

/** The seed page's names and quotes are painted, and nothing outside its article body. */
async function assertSeedArticlePainted(page) {
  const { painted, outside } = await page.evaluate(seedPaint);
  assert.deepEqual(outside, [], "nothing painted outside the article body (nav, read also, you may also like, newsletter)");
  for (const [name, texts] of Object.entries(SEED_ENTITIES)) {
    for (const text of texts) assert.ok(painted[name]?.includes(text), `${text} painted as ${name}: ${JSON.stringify(painted)}`);
  }
  for (const quote of SEED_QUOTES) assert.ok(painted["hashiya-QUOTE"]?.includes(quote), `quote painted: ${quote.slice(0, 30)}…`);
}

test("on the seed demo page only the article body is painted, and clear restores the markup", { skip }, async () => {
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(`${server.origin}/index.html?visit=${++opened}`);
  await page.bringToFront();
  await page.waitForFunction(() => document.getElementById("hashiya-status")?.textContent === "ready");
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const state = await clickAction(page);
  assert.equal(state.mode, "isolated", JSON.stringify(state));
  await assertSeedArticlePainted(page);
  assert.equal((await clickAction(page)).on, false);
  assert.deepEqual(await hashiyaHighlights(page), []);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  assert.deepEqual(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  const outsidePage = seen.requests.filter((url) => !url.startsWith(`${server.origin}/`));
  assert.ok(outsidePage.every((url) => /^chrome-extension:\/\/[^/]+\/pkg\/hashiya_bg\.wasm$/.test(url)), JSON.stringify(outsidePage));
  await page.close();
});

test("under a strict CSP the seed page's article is picked as the DOM layer picks it: no furniture is painted", { skip }, async () => {
  const page = await context.newPage();
  // The seed demo page, sent with the strict CSP: its own shell cannot start and says so.
  await page.route(/\/index\.html\?strict=/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": STRICT_CSP } });
  });
  await page.goto(`${server.origin}/index.html?strict=${++opened}`);
  await page.bringToFront();
  await page.waitForFunction(() => document.getElementById("hashiya-notice"));
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const state = await clickAction(page);
  assert.equal(state.mode, "worker", JSON.stringify(state));
  // Before the core's scorer was asked, this path read the whole <article>: breadcrumbs and
  // "read also" links were painted.
  await assertSeedArticlePainted(page);
  // The panel reads right to left.
  assert.equal(await page.evaluate(() => document.getElementById("hashiya-panel")?.shadowRoot.querySelector("[dir]")?.dir), "rtl");
  assert.equal((await clickAction(page)).on, false);
  assert.deepEqual(await hashiyaHighlights(page), []);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await page.close();
});

test("text in an open shadow root and a same-origin frame is painted, the frame's in its own registry", { skip }, async () => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/news/frames.html?visit=${++opened}`);
  await page.bringToFront();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "yes");
  const before = await page.evaluate(framesPaint);
  assert.equal((await clickAction(page)).mode, "isolated");
  const painted = await page.evaluate(framesPaint);
  assert.ok(painted.page.includes("Barack Obama") && painted.page.includes("Emmanuel Macron"), JSON.stringify(painted.page));
  assert.deepEqual(painted.frame, ["Angela Merkel"]);
  assert.equal((await clickAction(page)).on, false);
  assert.deepEqual(await page.evaluate(framesPaint), before);
  await page.close();
});

test("types switched off in the options page are not painted", { skip }, async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[name="PER"]').uncheck();
  await options.waitForFunction(async () => (await chrome.storage.sync.get("types")).types?.PER === false);
  assert.equal(await options.locator("h1").textContent(), "hashiya settings");
  await options.close();

  const { page } = await openArticle();
  const state = await clickAction(page);
  assert.equal(state.on, true, JSON.stringify(state));
  const names = await hashiyaHighlights(page);
  assert.ok(!names.includes("hashiya-PER"), `PER is off: ${names}`);
  const listed = await page.evaluate(() => document.getElementById("hashiya-panel").shadowRoot.textContent);
  assert.doesNotMatch(listed, /(Barack Obama|Angela Merkel)\d+ mention/, "people are not listed under names");
  assert.match(listed, /Geneva/);
  assert.ok(names.length > 0);
  await worker.evaluate(() => chrome.storage.sync.clear());
  await page.close();
});

test("a site on the always list gets no content script until the reader grants access", { skip }, async () => {
  // Granting needs the browser's permission prompt, which a headless test cannot answer; what
  // can be checked is that listing a site alone gives the extension nothing.
  const registered = await worker.evaluate(async (site) => {
    await chrome.storage.sync.set({ sites: [site] });
    await globalThis.hashiyaSyncAlways();
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    const granted = await chrome.permissions.contains({ origins: [`${site}/*`] });
    await chrome.storage.sync.clear();
    return { scripts: scripts.map((s) => s.id), granted };
  }, new URL(server.origin).origin.replace(/:\d+$/, ""));
  assert.deepEqual(registered, { scripts: [], granted: false });
  const { page } = await openArticle();
  await page.waitForTimeout(500);
  assert.deepEqual(await hashiyaHighlights(page), []);
  await page.close();
});

test("web-ext lint passes for the Firefox package, with no warning", {
  skip: !existsSync(join(FIREFOX, "manifest.json")) ? "target/ship/firefox is not built" : !existsSync(WEB_EXT) && "npm ci has not installed web-ext",
}, async () => {
  const { stdout } = await promisify(execFile)(
    WEB_EXT,
    ["lint", "--source-dir", FIREFOX, "--output", "json", "--no-config-discovery"],
    { maxBuffer: 16 << 20 },
  ).catch((failed) => failed); // lint exits non-zero on errors; the JSON says which
  const report = JSON.parse(stdout);
  const problems = [...report.errors, ...report.warnings].map((m) => `${m.code} ${m.file ?? ""}: ${m.message}`);
  assert.deepEqual(problems, []);
  const manifest = JSON.parse(await readFile(join(FIREFOX, "manifest.json"), "utf8"));
  assert.ok(manifest.browser_specific_settings.gecko.id);
  assert.deepEqual(manifest.background, { scripts: ["settings.js", "pkg/hashiya.js", "background.js"] });
});
