// The Firefox package of the extension (target/ship/hashiya-firefox-VERSION.zip) in headless
// Firefox ESR through geckodriver: installed as a temporary add-on, then fired by its keyboard
// command from the browser's own key element (chrome context, hence --allow-system-access): the
// real `_execute_action` path with its activeTab grant. Skipped where geckodriver or Firefox is
// missing (Debian has no geckodriver package: `cargo install geckodriver --locked`).
// The content script runs the full DOM layer in Firefox too (article detection, then highlights
// made through the Xray wrappers): the seed page checks that only the article body is painted.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, WWW, fillWithAMegabyte, serve } from "./support.mjs";
import { FIREFOX, findGeckodriver, firefoxMissing } from "./webdriver.mjs";
import { ARTICLE, FRAMES, FRAMES_SCRIPT, PAGE_SCRIPT, SEED_ENTITIES, SEED_QUOTES, STRICT_CSP, framesPaint, seedPaint } from "./extension-pages.mjs";

const ZIP = join(ROOT, "target", "ship", "hashiya-firefox-0.1.0.zip");
const skip =
  firefoxMissing() ??
  (!existsSync(ZIP) ? "no Firefox package (cargo xtask build)" : !existsSync(join(WWW, "pkg", "hashiya_bg.wasm")) && "www/pkg is not built");

/** geckodriver with chrome-context access on a free port; resolves to its base URL. */
function startDriver() {
  const child = spawn(findGeckodriver(), ["--port", "0", "--allow-system-access"], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const url = new Promise((done, failed) => {
    const read = (chunk) => {
      log = (log + chunk).slice(-20000);
      const port = /Listening on [\w.[\]:]*:(\d+)/.exec(log)?.[1];
      if (port) done(`http://127.0.0.1:${port}`);
    };
    child.stdout.setEncoding("utf8").on("data", read);
    child.stderr.setEncoding("utf8").on("data", read);
    child.on("exit", (code) => failed(new Error(`geckodriver exited (${code}):\n${log}`)));
  });
  return { child, url };
}

describe("Firefox extension", { skip: skip ?? false, timeout: 180_000 }, () => {
  let server, news, driver, base, at;
  const requests = [];

  const webdriver = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (value?.error) throw new Error(`${path}: ${value.error}: ${value.message}`);
    return value;
  };
  const run = (script) => webdriver("POST", `${at}/execute/sync`, { script, args: [] });
  const evaluate = (fn) => webdriver("POST", `${at}/execute/sync`, { script: `return (${fn})();`, args: [] });
  const context = (name) => webdriver("POST", `${at}/moz/context`, { context: name });
  const until = async (script, what) => {
    for (let waited = 0; waited < 20000; waited += 200) {
      if (await run(script)) return;
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`Firefox: ${what} within 20 s`);
  };
  // Alt+Shift+K, as the browser itself dispatches it.
  const command = async () => {
    await context("chrome");
    await run(`const key = [...document.querySelectorAll("keyset key")].find((k) => k.getAttribute("key") === "K" && k.getAttribute("modifiers") === "alt,shift");
      key.doCommand();`);
    await context("content");
  };
  // The toolbar button, pinned as a reader would, shows the badge.
  const badge = async (pattern) => {
    await context("chrome");
    await run(`CustomizableUI.addWidgetToArea("hashiya_hashiya_invalid-browser-action", CustomizableUI.AREA_NAVBAR);`);
    await until(`return ${pattern}.test(document.getElementById("hashiya_hashiya_invalid-BAP")?.getAttribute("badge") ?? "")`, `badge ${pattern}`);
    await context("content");
  };
  const cleared = `return !["PER", "ORG", "LOC", "MISC", "QUOTE"].some((k) => CSS.highlights.has("hashiya-" + k)) && !document.getElementById("hashiya-panel")`;
  /** A PNG of what the element looks like on screen. */
  const screenshot = async (selector) => {
    const found = await webdriver("POST", `${at}/element`, { using: "css selector", value: selector });
    return webdriver("GET", `${at}/element/${Object.values(found)[0]}/screenshot`);
  };

  before(async () => {
    // The strict-CSP news page under /news/, beside www/ (the seed demo page).
    news = await mkdtemp(join(tmpdir(), "hashiya-news-"));
    await writeFile(join(news, "article.html"), ARTICLE);
    await writeFile(join(news, "page-script.js"), PAGE_SCRIPT);
    await writeFile(join(news, "frames.html"), FRAMES);
    await writeFile(join(news, "frames.js"), FRAMES_SCRIPT);
    const csp = (path) => (path.startsWith("/news/") ? { "content-security-policy": STRICT_CSP } : {});
    server = await serve(WWW, { "/news/": news }, csp, { onRequest: (url) => requests.push(url) });
    driver = startDriver();
    base = await driver.url;
    const session = await webdriver("POST", "/session", {
      capabilities: { alwaysMatch: { "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"] } } },
    });
    at = `/session/${session.sessionId}`;
    await webdriver("POST", `${at}/window/rect`, { width: 1280, height: 900 });
    assert.equal(await webdriver("POST", `${at}/moz/addon/install`, { path: ZIP, temporary: true }), "hashiya@hashiya.invalid");
  });

  after(async () => {
    if (at) await webdriver("DELETE", at).catch(() => {});
    driver?.child.kill();
    await server?.close();
    if (news) await rm(news, { recursive: true, force: true });
  });

  test("the keyboard command annotates a page whose CSP forbids scripts and wasm, and clears it", async () => {
    await webdriver("POST", `${at}/url`, { url: `${server.origin}/news/article.html` });
    await until("return Boolean(document.documentElement.dataset.pageWasm)", "the page's script did not run");
    const d = "const d = document.documentElement.dataset;";
    assert.deepEqual(await run(`${d} return [d.pageScript, d.inline ?? null, d.pageWasm]`), ["ran", null, "blocked"]);
    const markup = await run("return document.documentElement.outerHTML");

    await command();
    await until(`return [...(CSS.highlights.get("hashiya-PER") ?? [])].some((r) => /Obama|Merkel/.test(r.toString()))`, "no people painted");
    await badge(/^\d+$/);
    assert.match(await run(`return document.getElementById("hashiya-panel").shadowRoot.textContent`), /Merkel/);
    // A paragraph the page adds later is annotated too (www/live.js, watching through the wrappers).
    await run(`const late = document.createElement("p"); late.id = "late";
      late.textContent = "Later, Emmanuel Macron arrived in Paris for talks with NATO.";
      document.querySelector("article").append(late);`);
    await until(`return [...(CSS.highlights.get("hashiya-PER") ?? [])].some((r) => r.toString().includes("Macron"))`, "the late paragraph not painted");
    await run(`document.getElementById("late").remove()`);
    assert.equal(await run(`document.getElementById("counter").click(); return document.getElementById("counter").textContent`), "1");
    await command();
    await until(cleared, "not cleared");
    await badge(/^$/);
    assert.equal((await run("return document.documentElement.outerHTML")).replace(">1</button>", ">0</button>"), markup);
  });

  test("on the seed demo page only the article body is painted, it shows, and clear restores the markup", async () => {
    await webdriver("POST", `${at}/url`, { url: `${server.origin}/index.html` });
    await until(`return document.getElementById("hashiya-status")?.textContent === "ready"`, "the demo did not load");
    const markup = await run("return document.documentElement.outerHTML");
    const title = await screenshot("h1.entry-title");
    const asked = requests.length;

    await command();
    await until(`return CSS.highlights.get("hashiya-QUOTE")?.size > 0`, "nothing painted");
    const { painted, outside } = await evaluate(seedPaint);
    assert.deepEqual(outside, [], "nothing painted outside the article body (nav, read also, you may also like, newsletter)");
    for (const [name, texts] of Object.entries(SEED_ENTITIES)) {
      for (const text of texts) assert.ok(painted[name]?.includes(text), `${text} painted as ${name}: ${JSON.stringify(painted)}`);
    }
    for (const quote of SEED_QUOTES) assert.ok(painted["hashiya-QUOTE"]?.includes(quote), `quote painted: ${quote.slice(0, 30)}…`);
    // The highlights made by the content script are painted in the page (the title holds two names).
    assert.notEqual(await screenshot("h1.entry-title"), title, "the title looks the same annotated");

    await command();
    await until(cleared, "not cleared");
    assert.equal(await run("return document.documentElement.outerHTML"), markup);
    assert.equal(await run("return document.adoptedStyleSheets.length"), 0);
    assert.equal(await screenshot("h1.entry-title"), title, "the title looks as before after clear");
    // The wasm is the extension's own file: the click asked the page's server for nothing.
    assert.deepEqual(requests.slice(asked), []);
  });

  test("text in an open shadow root and a same-origin frame is painted, the frame's in its own registry", async () => {
    await webdriver("POST", `${at}/url`, { url: `${server.origin}/news/frames.html` });
    await until(`return document.documentElement.dataset.ready === "yes"`, "the page's script did not run");
    const before = await evaluate(framesPaint);
    await command();
    await until(`return CSS.highlights.get("hashiya-PER")?.size > 0`, "nothing painted");
    const painted = await evaluate(framesPaint);
    assert.ok(painted.page.includes("Barack Obama") && painted.page.includes("Emmanuel Macron"), JSON.stringify(painted.page));
    // Firefox's JIT once answered a frame's CSS.highlights with the page's: the frame's name went there.
    assert.deepEqual(painted.frame, ["Angela Merkel"]);
    assert.ok(!painted.page.includes("Angela Merkel"), JSON.stringify(painted.page));
    await command();
    await until(cleared, "not cleared");
    assert.deepEqual(await evaluate(framesPaint), before);
  });

  test("a 1 MB page is read and painted in slices, the core in the background, and clear restores it", async () => {
    await webdriver("POST", `${at}/url`, { url: `${server.origin}/index.html` });
    await until(`return document.getElementById("hashiya-status")?.textContent === "ready"`, "the demo did not load");
    assert.ok((await evaluate(fillWithAMegabyte)) >= 1_000_000);
    const markup = await run("return document.documentElement.outerHTML");
    // A 5 ms heartbeat: the longest time it goes without a beat is the longest block.
    const beat = `clearInterval(window.beat); window.last = performance.now(); window.gap = 0;
      window.beat = setInterval(() => { const now = performance.now(); window.gap = Math.max(window.gap, now - window.last); window.last = now; }, 5);`;
    const gap = async () => {
      await new Promise((done) => setTimeout(done, 100));
      return run("clearInterval(window.beat); return window.gap;");
    };
    const registered = `return ["PER", "ORG", "LOC", "MISC", "QUOTE"].reduce((n, k) => n + (CSS.highlights.get("hashiya-" + k)?.size ?? 0), 0)`;
    await run(beat);
    await command();
    await until(`return document.getElementById("hashiya-panel") && (() => { ${registered} })() > 0`, "nothing painted");
    const slicedGap = await gap();
    // Only the ranges near the viewport are registered: the sliced path's viewport tracking.
    const count = await run(registered);
    assert.ok(count > 0 && count < 5000, `help: ${count} ranges registered`);
    const inView = await evaluate(() =>
      [...CSS.highlights.get("hashiya-PER")].filter((r) => r.getBoundingClientRect().top < innerHeight).map(String),
    );
    assert.ok(inView.includes("Barack Obama") && inView.includes("جو بايدن"), `help: in view: ${inView.slice(0, 6)}`);
    await command();
    await until(cleared, "not cleared");
    assert.equal(await run("return document.documentElement.outerHTML"), markup);
    // The same page in one task, with the page's own hashiya (the demo shell's synchronous path).
    await run(beat);
    await run("hashiya.annotatePage(document.body); hashiya.clearAnnotations();");
    const syncGap = await gap();
    console.log(`Firefox extension, 1 MB page: worst block ${Math.round(slicedGap)} ms in slices, ${Math.round(syncGap)} ms in one task`);
    assert.ok(slicedGap < syncGap, `help: sliced ${slicedGap} ms, one task ${syncGap} ms`);
  });
});
