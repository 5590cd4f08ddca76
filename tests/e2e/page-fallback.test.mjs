// The demo in a browser without the CSS Custom Highlight API (CSS.highlights and Highlight
// deleted before any script runs): annotatePage wraps names and quotes in <hashiya-mark>
// elements, the panel's toggles, keyboard flash and hover card work on those, the live
// watcher does not loop on hashiya's own edits, and Clear gives back the exact markup.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, missing, serve } from "./support.mjs";

describe("demo without the Highlight API", { skip: missing() ?? false }, () => {
  let server;
  let browser;
  let page;
  let markup;
  const errors = [];
  before(async () => {
    server = await serve();
    browser = await launch();
    page = await browser.context.newPage();
    await page.addInitScript(() => {
      delete CSS.highlights;
      delete window.Highlight;
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => window.hashiya && document.getElementById("hashiya-status").textContent === "ready");
    assert.equal(await page.evaluate(() => CSS.highlights === undefined && window.Highlight === undefined), true);
    markup = await page.evaluate(() => document.documentElement.outerHTML);
    await page.click("#hashiya-annotate");
    await page.locator("#hashiya-panel aside").waitFor();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const marked = (kind) =>
    page.evaluate((kind) => [...document.querySelectorAll(`hashiya-mark[data-kind="${kind}"]`)].map((m) => m.textContent), kind);

  test("names and quotes are wrapped in described marks, whole words only", async () => {
    const status = await page.textContent("#hashiya-status");
    assert.doesNotMatch(status, /error/);
    const people = await marked("PER");
    assert.ok(people.includes("الكاظمي") && people.includes("جو بايدن"), `help: PER marks: ${people}`);
    const quotes = await marked("QUOTE");
    assert.ok(quotes.some((q) => q.startsWith("العراق سيظل يطلب تدريب")), `help: QUOTE marks: ${quotes}`);
    const problems = await page.evaluate(() => {
      const word = /[\p{L}\p{M}\p{N}\u0640\u200c\u200d]/u;
      const found = [];
      for (const mark of document.querySelectorAll("hashiya-mark")) {
        const description = document.getElementById(mark.getAttribute("aria-describedby"))?.textContent;
        if (!description) found.push(`no description: ${mark.textContent}`);
        const before = mark.previousSibling?.textContent?.at(-1) ?? "";
        const after = mark.nextSibling?.textContent?.[0] ?? "";
        const inside = mark.textContent;
        if ((word.test(before) && word.test(inside[0])) || (word.test(after) && word.test(inside.at(-1)))) {
          found.push(`split word: ${before}|${inside}|${after}`);
        }
      }
      return found;
    });
    assert.deepEqual(problems, []);
    const people2 = await page.locator('#hashiya-panel button[data-kind="PER"]').allTextContents();
    assert.ok(people2.some((p) => p.startsWith("الكاظمي")), `help: the panel lists ${people2}`);
  });

  test("a type's toggle switches its marks off and on", async () => {
    const off = () => page.evaluate(() => document.querySelectorAll('hashiya-mark[data-kind="PER"][data-off]').length);
    const toggle = page.locator('#hashiya-panel input[data-kind="PER"]');
    await toggle.uncheck();
    assert.equal(await off(), (await marked("PER")).length);
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector('hashiya-mark[data-kind="PER"]')).backgroundColor);
    assert.equal(colour, "rgba(0, 0, 0, 0)", "help: a switched-off mark has no colour");
    await toggle.check();
    assert.equal(await off(), 0);
  });

  test("keyboard next flashes a mark and shows its card; hovering a name shows its card", async () => {
    await page.keyboard.press("Alt+Shift+KeyN");
    assert.ok(await page.evaluate(() => document.querySelectorAll("hashiya-mark[data-focus]").length > 0));
    const card = page.locator("#hashiya-panel .card");
    await card.waitFor({ state: "visible" });
    await page.waitForTimeout(1600); // the flash and the pinned card go
    const point = await page.evaluate(() => {
      const mark = [...document.querySelectorAll('hashiya-mark[data-kind="PER"]')].find((m) => m.textContent === "جو بايدن");
      mark.scrollIntoView({ block: "center", behavior: "instant" });
      const rect = mark.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.querySelector("#hashiya-panel").shadowRoot.querySelector(".card").textContent.includes("جو بايدن"));
    assert.ok((await card.textContent()).includes("أشخاص"));
  });

  test("hashiya's own wrapping never triggers the live watcher", async () => {
    const panelBefore = await page.evaluateHandle(() => document.getElementById("hashiya-panel"));
    await page.waitForTimeout(1200);
    assert.equal(await page.evaluate((p) => p === document.getElementById("hashiya-panel"), panelBefore), true);
    // A real change still does, and the re-run wraps the new text.
    await page.evaluate(() => {
      const late = document.createElement("p");
      late.textContent = "Barack Obama visited Baghdad on Monday, officials in Washington said.";
      document.querySelector(".entry-content").append(late);
    });
    await page.waitForFunction(() => [...document.querySelectorAll('hashiya-mark[data-kind="PER"]')].some((m) => m.textContent === "Barack Obama"));
    // The re-run wrapped text itself: that must not start yet another run.
    const panelAfter = await page.evaluateHandle(() => document.getElementById("hashiya-panel"));
    await page.waitForTimeout(1200);
    assert.equal(await page.evaluate((p) => p === document.getElementById("hashiya-panel"), panelAfter), true);
    await page.evaluate(() => document.querySelector(".entry-content > p:last-child").remove());
  });

  test("Clear unwraps every mark and leaves the page byte for byte as it was", async () => {
    await page.waitForTimeout(800); // the re-run after the removal above
    await page.click("#hashiya-clear");
    assert.equal(await page.locator("hashiya-mark").count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), markup);
    assert.deepEqual(errors, []);
  });
});
