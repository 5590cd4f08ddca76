// Speed of the wasm build in headless Chromium on the seed article: annotateText on its text
// and annotatePage on the demo page (collect + article body + core + paint), median of 20
// runs after one warm-up. Prints numbers; not a test. Usage: node tests/e2e/bench.mjs [runs]
import { launch, missing, serve } from "./support.mjs";

const runs = Number(process.argv[2] ?? 20);
const reason = missing();
if (reason) {
  console.log(`skipped: ${reason}`);
  process.exit(0);
}
const server = await serve();
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => window.hashiya);
  const times = await page.evaluate(async (runs) => {
    const text = await (await fetch("samples/seed-ar.txt")).text();
    const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const time = (f) => {
      f(); // warm-up: the models load lazily on first use
      const xs = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        f();
        xs.push(performance.now() - t0);
      }
      return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
    };
    // Where annotatePage's time goes on the seed page, stage by stage (medians).
    const laps = [];
    for (let i = 0; i < runs; i++) laps.push(window.hashiya.annotatePage(document.body).timings);
    const stages = Object.fromEntries(Object.keys(laps[0]).map((k) => [k, median(laps.map((l) => l[k]))]));
    return {
      stages,
      chars: text.length,
      annotateText: time(() => window.hashiya.annotateText(text)),
      annotatePage: time(() => window.hashiya.annotatePage(document.body)),
      annotatePageWholePage: time(() => window.hashiya.annotatePage(document.body, { scope: "page" })),
    };
  }, runs);
  console.log(`seed article: ${times.chars} UTF-16 units, ${runs} runs, Chromium headless`);
  const stages = Object.entries(times.stages).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ");
  console.log(`annotatePage stages (median ms): ${stages}`);
  for (const [name, t] of Object.entries(times)) {
    if (name !== "chars" && name !== "stages") console.log(`${name}: median ${t.median.toFixed(2)} ms (min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)})`);
  }
} finally {
  await browser.close();
  await server.close();
}
