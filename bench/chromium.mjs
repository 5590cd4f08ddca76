// hashiya's wasm build in headless Chromium, in one run: annotateText throughput on the same
// Arabic and English texts as bench/node.mjs (repeated to 256 KB), and end-to-end annotatePage
// on the seed demo page and three long English news pages from ../shared/pages/readability
// (skipped when absent), with annotatePage's per-stage timings; medians of 20 after a warm-up.
// Run by `cargo xtask bench` after the build. Prints a table, writes target/bench/chromium.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch, missing, ROOT, routeSavedPages, serve, WWW } from "../tests/e2e/support.mjs";

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
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(join(ROOT, "target", "bench"), { recursive: true });
writeFileSync(join(ROOT, "target", "bench", "chromium.json"), results.map((r) => JSON.stringify(r)).join("\n") + "\n");
