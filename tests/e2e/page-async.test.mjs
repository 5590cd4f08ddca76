// A 1 MB page: annotatePage (everything in one task) against annotatePage with {async: true}
// (the core in a worker, painting in slices). Prints the longest main-thread block of each, measured by a 'longtask'
// PerformanceObserver and a heartbeat timer; asserts that both paint the same and that the
// async path blocks the main thread for less time than the sync one (timings go unasserted
// otherwise: the machine is shared).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, missing, serve } from "./support.mjs";

describe("a 1 MB page", { skip: missing() ?? false }, () => {
  let server;
  let browser;
  let page;
  before(async () => {
    server = await serve();
    browser = await launch();
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => window.hashiya && document.getElementById("hashiya-status").textContent === "ready");
    const size = await page.evaluate(() => {
      const english = "Barack Obama met Angela Merkel in Berlin on Monday, and the United Nations said: \"Talks will go on in Paris.\" ";
      const arabic = "قال الرئيس الأمريكي جو بايدن في واشنطن إن المحادثات مع العراق كانت مثمرة، وأضاف الكاظمي أن \"العراق سيظل شريكا\". ";
      const main = document.createElement("main");
      let chars = 0;
      for (let i = 0; chars < 1_000_000; i++) {
        const p = document.createElement("p");
        p.textContent = (i % 2 ? arabic : english).repeat(3);
        chars += p.textContent.length;
        main.append(p);
      }
      document.body.replaceChildren(main);
      return chars;
    });
    assert.ok(size >= 1_000_000);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Runs `call` (a page function's source) and measures the main thread meanwhile. */
  async function measure(call) {
    return page.evaluate(async (call) => {
      const longTasks = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: "longtask" });
      let last = performance.now();
      let gap = 0;
      const beat = setInterval(() => {
        const now = performance.now();
        gap = Math.max(gap, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      const result = await new Function(`return ${call}`)()();
      const total = performance.now() - started;
      await new Promise((done) => setTimeout(done, 50)); // the last beat and long-task entries
      clearInterval(beat);
      observer.disconnect();
      return {
        total,
        longestTask: Math.max(0, ...longTasks),
        longestGap: gap,
        entities: result.entities.length,
        quotes: result.quotes.length,
        painted: CSS.highlights.get("hashiya-PER").size,
        timings: result.timings,
      };
    }, call);
  }

  test("annotatePage with {async: true} paints what annotatePage paints, with shorter main-thread blocks", async () => {
    const sync = await measure(`() => hashiya.annotatePage(document.body, { scope: "page" })`);
    await page.evaluate(() => hashiya.clearAnnotations());
    const async_ = await measure(`() => hashiya.annotatePage(document.body, { scope: "page", async: true })`);
    const ms = (n) => `${Math.round(n)} ms`;
    console.log(`1 MB page, sync:  total ${ms(sync.total)}, longest task ${ms(sync.longestTask)}, longest heartbeat gap ${ms(sync.longestGap)}; stages ${JSON.stringify(sync.timings)}`);
    console.log(`1 MB page, async: total ${ms(async_.total)}, longest task ${ms(async_.longestTask)}, longest heartbeat gap ${ms(async_.longestGap)}; stages ${JSON.stringify(async_.timings)}`);
    assert.ok(sync.entities > 10_000, `help: ${sync.entities} entities`);
    assert.equal(async_.entities, sync.entities);
    assert.equal(async_.quotes, sync.quotes);
    assert.equal(async_.painted, sync.painted);
    assert.ok(async_.longestGap < sync.longestGap, "help: the core's time left the main thread");
    await page.evaluate(() => hashiya.clearAnnotations());
  });

  test("calls made together run one after another, each painting its own page", async () => {
    const counts = await page.evaluate(async () => {
      const [a, b] = await Promise.all([
        hashiya.annotatePage(document.querySelector("main > p:nth-child(1)"), { scope: "page", async: true }),
        hashiya.annotatePage(document.querySelector("main > p:nth-child(2)"), { scope: "page", async: true }),
      ]);
      return { a: a.text.slice(0, 12), b: b.text.slice(0, 12), painted: [...CSS.highlights.get("hashiya-PER")].map(String) };
    });
    assert.equal(counts.a, "Barack Obama");
    assert.equal(counts.b, "قال الرئيس ا");
    assert.ok(counts.painted.includes("جو بايدن") && !counts.painted.includes("Barack Obama"), `help: ${counts.painted}`);
    await page.evaluate(() => hashiya.clearAnnotations());
  });
});
