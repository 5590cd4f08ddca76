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
    return {
      chars: text.length,
      annotateText: time(() => window.hashiya.annotateText(text)),
      annotatePage: time(() => window.hashiya.annotatePage(document.body)),
      annotatePageWholePage: time(() => window.hashiya.annotatePage(document.body, { scope: "page" })),
    };
  }, runs);
  console.log(`seed article: ${times.chars} UTF-16 units, ${runs} runs, Chromium headless`);
  for (const [name, t] of Object.entries(times)) {
    if (name !== "chars") console.log(`${name}: median ${t.median.toFixed(2)} ms (min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)})`);
  }
} finally {
  await browser.close();
  await server.close();
}
