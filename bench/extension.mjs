// The browser extension on a 1 MB page in headless Chromium: the longest the page's main thread
// is held while a click annotates it (the content script reads and paints in slices, the core
// runs in the service worker), against annotatePage in one task in the same isolated world.
// Longest main-thread task in a Chromium trace (wall and CPU) and the worst gap of a 5 ms
// heartbeat; medians (and the worst) of 5 clicks. Run by `cargo xtask bench` after the build;
// prints a table and writes target/bench/extension.json.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fillWithAMegabyte, heartbeat, launch, missing, ROOT, serve } from "../tests/e2e/support.mjs";
import { longestTask } from "./trace.mjs";

const RUNS = 5;
const EXTENSION = join(ROOT, "target", "ship", "chromium");
const reason = missing() ?? (existsSync(join(EXTENSION, "manifest.json")) ? null : "target/ship/chromium is not built");
if (reason) {
  console.log(`extension bench skipped: ${reason}`);
  process.exit(0);
}

const server = await serve();
const browser = await launch({ ignoreDefaultArgs: ["--disable-extensions"] }, [
  `--disable-extensions-except=${EXTENSION}`,
  `--load-extension=${EXTENSION}`,
  "--enable-unsafe-extension-debugging",
]);
const context = browser.context;
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15000 }));
const extensionId = new URL(worker.url()).host;

/** Fires the extension's action on the page's tab (as a toolbar click) and waits for its report. */
async function click(page) {
  await worker.evaluate(() => (globalThis.hashiyaLastState = null));
  const session = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const tab = targetInfos.find((t) => t.type === "tab" && t.url === page.url());
    await session.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
  } finally {
    await session.detach();
  }
  for (;;) {
    const state = await worker.evaluate(() => globalThis.hashiyaLastState);
    if (state) return state;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** annotatePage in one task in the content script's world, as the extension did before. */
const oneTask = () =>
  worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => {
        globalThis.hashiyaWasm.annotatePage(document.body);
        globalThis.hashiyaWasm.clearAnnotations();
      },
    });
  });

const results = [];
try {
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html?bench`);
  await page.bringToFront();
  await page.waitForFunction(() => window.hashiya);
  const chars = await page.evaluate(fillWithAMegabyte);
  // Warm-up: inject the content script, load the wasm on both sides; then clear.
  await click(page);
  await click(page);
  const cdp = await context.newCDPSession(page);
  /** One measured action: the longest main-thread task in a trace, and the worst heartbeat gap. */
  const measure = async (action) => {
    await page.waitForTimeout(300);
    const { task, cpu, value } = await longestTask(cdp, async () => {
      await heartbeat.start(page);
      const state = await action();
      const gap = await heartbeat.gap(page, 300); // the frames after the last step
      return { state, gap };
    });
    return { task, cpu, ...value };
  };
  const single = await measure(oneTask);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await measure(() => click(page));
    if (!run.state.sliced) throw new Error(`the click did not take the sliced path: ${JSON.stringify(run.state)}`);
    runs.push(run);
    await click(page); // clear
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const pick = (f) => Object.fromEntries(["task", "cpu", "gap"].map((k) => [k, +f(runs.map((r) => r[k])).toFixed(1)]));
  const stages = {};
  for (const key of ["longestReadSlice", "longestPaintSlice", "longestRegisterSlice", "panel", "annotate"]) {
    stages[key] = +median(runs.map((r) => r.state.timings[key])).toFixed(1);
  }
  const r = {
    bench: "extension",
    name: "1 MB page, worst main-thread block",
    chars,
    runs: RUNS,
    names: runs[0].state.entities,
    oneTask: { task: +single.task.toFixed(1), cpu: +single.cpu.toFixed(1), gap: +single.gap.toFixed(1) },
    sliced: pick(median),
    slicedWorst: pick((xs) => Math.max(...xs)),
    stages,
  };
  results.push(r);
  const row = (x) => `${x.task.toFixed(0).padStart(6)} wall ${x.cpu.toFixed(0).padStart(6)} CPU ${x.gap.toFixed(0).padStart(6)} gap`;
  console.log(`\nExtension, 1 MB page (${chars} chars, ${r.names} names): longest main-thread task (wall, CPU) and worst 5 ms heartbeat gap, ms`);
  console.log(`annotatePage in one task   ${row(r.oneTask)}`);
  console.log(`a click (sliced)           ${row(r.sliced)}  (median of ${RUNS}; worst run ${row(r.slicedWorst)})`);
  console.log(`  sliced, medians: ${Object.entries(stages).map(([k, v]) => `${k} ${v} ms`).join(", ")}`);
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(join(ROOT, "target", "bench"), { recursive: true });
writeFileSync(join(ROOT, "target", "bench", "extension.json"), results.map((r) => JSON.stringify(r)).join("\n") + "\n");
