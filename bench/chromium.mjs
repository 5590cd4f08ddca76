// hashiya's wasm build in headless Chromium, in one run: annotateText throughput on the same
// Arabic and English texts as bench/node.mjs (repeated to 256 KB), and end-to-end annotatePage
// on the seed demo page and three long English news pages from ../shared/pages/readability
// (skipped when absent), with annotatePage's per-stage timings; medians of 20 after a warm-up.
// Then a 1 MB page: the longest the main thread is held by annotatePage and by
// annotatePage(root, {async: true}) (longest main-thread task in a Chromium trace, and the worst
// gap of a 5 ms heartbeat, which also counts time the OS gives other processes on a busy
// machine), with the async path's longest step per stage; medians (and the worst) of 5 runs.
// Run by `cargo xtask bench` after the build. Prints a table, writes target/bench/chromium.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fillWithAMegabyte, launch, missing, ROOT, routeSavedPages, serve, WWW } from "../tests/e2e/support.mjs";
import { longestTask } from "./trace.mjs";

const RUNS = 20;
const PAGES = resolve(process.env.HASHIYA_PAGES ?? join(ROOT, "..", "shared", "pages", "readability"));
// Three long news articles of Readability's suite.
const NEWS = ["nytimes-5", "nytimes-3", "wapo-1"];

const reason = missing();
if (reason) {
  console.log(`chromium bench skipped: ${reason}`);
  process.exit(0);
}

const read = (path) => readFileSync(join(ROOT, path), "utf8");
const texts = { Arabic: read("tests/fixtures/seed/article.txt"), English: read("tests/fixtures/en/article.txt") };
const mounts = existsSync(PAGES) ? { "/pages/": PAGES } : {};
const server = await serve(WWW, mounts);
const browser = await launch();
// Saved pages load offline and without their own scripts, as in the integrity test.
await routeSavedPages(browser.context, server.origin);

/** Times annotatePage on the loaded page (median of RUNS, clearing between runs) with its stages. */
const timePage = (page) =>
  page.evaluate(async (runs) => {
    const hashiya = window.hashiya ?? (await import("/pkg/hashiya.js"));
    if (!window.hashiya) await hashiya.default({ module_or_path: "/pkg/hashiya_bg.wasm" });
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const root = document.body;
    hashiya.annotatePage(root); // warm-up: the models load lazily on first use
    hashiya.clearAnnotations();
    const total = [];
    const laps = [];
    let found;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      found = hashiya.annotatePage(root);
      total.push(performance.now() - t0);
      laps.push(found.timings);
      hashiya.clearAnnotations();
    }
    const stages = Object.fromEntries(Object.keys(laps[0] ?? {}).map((k) => [k, +median(laps.map((l) => l[k])).toFixed(2)]));
    return { ms: +median(total).toFixed(2), chars: found.text.length, entities: found.entities.length, quotes: found.quotes.length, stages };
  }, RUNS);

const results = [];
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => window.hashiya);

  console.log("wasm in headless Chromium");
  console.log("annotateText, 256 KB (median)");
  for (const [lang, text] of Object.entries(texts)) {
    const r = await page.evaluate(([text, runs]) => {
      const encoder = new TextEncoder();
      let big = "";
      while (encoder.encode(big).length < 256 << 10) big += text + "\n";
      const tokens = (big.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) || []).length;
      window.hashiya.annotateText(big, {}); // warm-up
      const times = [];
      const start = performance.now();
      while (times.length < 5 || (performance.now() - start < 3000 && times.length < runs)) {
        const t0 = performance.now();
        window.hashiya.annotateText(big, {});
        times.push(performance.now() - t0);
      }
      const ms = times.sort((a, b) => a - b)[times.length >> 1];
      return { bytes: encoder.encode(big).length, tokens, ms: +ms.toFixed(3), tokens_per_s: Math.round(tokens / (ms / 1000)) };
    }, [text, RUNS]);
    results.push({ bench: "chromium", name: `hashiya wasm, ${lang}`, ...r });
    console.log(`${`hashiya wasm, ${lang}`.padEnd(28)} ${String(r.tokens).padStart(9)} tokens ${r.ms.toFixed(2).padStart(10)} ms ${String(r.tokens_per_s).padStart(12)} tokens/s`);
  }

  const pages = [["seed demo page (index.html)", page]];
  for (const name of existsSync(PAGES) ? NEWS : []) {
    if (!existsSync(join(PAGES, name, "source.html"))) continue;
    const p = await browser.context.newPage();
    await p.goto(`${server.origin}/pages/${name}/source.html`, { waitUntil: "load" });
    pages.push([name, p]);
  }
  if (!existsSync(PAGES)) console.log(`(no pages at ${PAGES}: the news pages are skipped)`);
  console.log(`\nannotatePage end to end (median of ${RUNS}, ms; stages are medians too)`);
  for (const [name, p] of pages) {
    const r = await timePage(p);
    results.push({ bench: "chromium", name: `annotatePage ${name}`, ...r });
    const stages = Object.entries(r.stages).map(([k, v]) => `${k} ${v}`).join(", ");
    console.log(`${name.padEnd(28)} ${String(r.chars).padStart(7)} chars ${r.ms.toFixed(1).padStart(8)} ms  ${r.entities} names, ${r.quotes} quotes  [${stages}]`);
  }
  const r = await worstBlocks(browser.context);
  results.push({ bench: "chromium", name: "1 MB page, worst main-thread block", ...r });
  console.log(`\n1 MB page (${r.chars} chars): longest main-thread task in a trace (wall, CPU) and worst 5 ms heartbeat gap, ms`);
  const row = (x) => `${x.task.toFixed(0).padStart(6)} wall ${x.cpu.toFixed(0).padStart(6)} CPU ${x.gap.toFixed(0).padStart(6)} gap`;
  console.log(`annotatePage                ${row(r.sync)}`);
  console.log(`annotatePage {async: true}  ${row(r.async)}  (median of ${r.runs}; worst run ${row(r.asyncWorst)})`);
  console.log(`  async, longest step of each stage: ${Object.entries(r.stages).map(([k, v]) => `${k} ${v} ms`).join(", ")}`);
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(join(ROOT, "target", "bench"), { recursive: true });
writeFileSync(join(ROOT, "target", "bench", "chromium.json"), results.map((r) => JSON.stringify(r)).join("\n") + "\n");

/** The 1 MB page of tests/e2e/page-async.test.mjs: the longest main-thread task (from a trace)
 * and the worst heartbeat gap, annotatePage once and annotatePage {async: true} RUNS_1MB times. */
async function worstBlocks(context) {
  const RUNS_1MB = 5;
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => window.hashiya);
  const chars = await page.evaluate(fillWithAMegabyte);
  await page.evaluate(async () => {
    await hashiya.annotatePage(document.querySelector("p"), { scope: "page", async: true }); // warm-up: worker, models
    hashiya.clearAnnotations();
  });
  const cdp = await context.newCDPSession(page);
  /** One run: the longest task of the page's main thread in a trace, and the worst 5 ms heartbeat gap. */
  const run = async (async_) => {
    await page.waitForTimeout(300);
    const { task, cpu, value } = await longestTask(cdp, () =>
      page.evaluate(async (async_) => {
        let last = performance.now();
        let gap = 0;
        const beat = setInterval(() => {
          const now = performance.now();
          gap = Math.max(gap, now - last);
          last = now;
        }, 5);
        const result = await hashiya.annotatePage(document.body, { scope: "page", async: async_ });
        await new Promise((done) => setTimeout(done, 200)); // the frames after the last step
        clearInterval(beat);
        return { gap, timings: result.timings };
      }, async_),
    );
    await page.evaluate(() => hashiya.clearAnnotations());
    return { task, cpu, ...value };
  };
  const sync = await run(false);
  const runs = [];
  for (let i = 0; i < RUNS_1MB; i++) runs.push(await run(true));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const stages = {};
  for (const key of ["longestReadSlice", "longestPaintSlice", "longestRegisterSlice"]) {
    stages[key.replace("longest", "").replace("Slice", "").toLowerCase()] = +median(runs.map((r) => r.timings[key])).toFixed(1);
  }
  await page.close();
  return {
    chars,
    runs: RUNS_1MB,
    sync: { task: +sync.task.toFixed(1), cpu: +sync.cpu.toFixed(1), gap: +sync.gap.toFixed(1) },
    async: Object.fromEntries(["task", "cpu", "gap"].map((k) => [k, +median(runs.map((r) => r[k])).toFixed(1)])),
    asyncWorst: Object.fromEntries(["task", "cpu", "gap"].map((k) => [k, +Math.max(...runs.map((r) => r[k])).toFixed(1)])),
    stages,
  };
}
