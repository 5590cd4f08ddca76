// The side panel and hover cards on the Arabic seed page: what the panel lists, the per-type
// toggles, the keyboard path, the hover card, and that Clear takes the panel away.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { launch, missing, ROOT, serve, SCREENSHOTS } from "./support.mjs";

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");

describe("panel", { skip: missing() ?? false }, () => {
  let server;
  let browser;
  let page;
  let markup;
  const errors = [];
  before(async () => {
    server = await serve();
    browser = await launch();
    await mkdir(SCREENSHOTS, { recursive: true });
    page = await browser.context.newPage();
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => window.hashiya && document.getElementById("hashiya-status").textContent === "ready");
    markup = await page.evaluate(() => document.documentElement.outerHTML);
    await page.click("#hashiya-annotate");
    await page.locator("#hashiya-panel aside").waitFor();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("lists the seed's names by type and its quotes by speaker, in Arabic, right to left", async () => {
    const panel = page.locator("#hashiya-panel aside");
    assert.equal(await panel.getAttribute("dir"), "rtl");
    const people = await panel.locator('button[data-kind="PER"]').allTextContents();
    const places = await panel.locator('button[data-kind="LOC"]').allTextContents();
    assert.ok(people.some((p) => p.startsWith("الكاظمي")), `help: people listed: ${people}`);
    assert.ok(people.some((p) => p.startsWith("جو بايدن")), `help: people listed: ${people}`);
    assert.ok(places.some((p) => p.startsWith("العراق")) && places.some((p) => p.startsWith("واشنطن")));
    const speakers = await panel.locator("li[data-speaker]").evaluateAll((items) => items.map((li) => li.dataset.speaker));
    assert.ok(speakers.includes("الكاظمي"), `help: speakers listed: ${speakers}`);
    await page.screenshot({ path: join(SCREENSHOTS, "seed-panel.png"), caret: "initial" });
  });

  test("a type's toggle takes its highlight away and puts it back", async () => {
    const toggle = page.locator('#hashiya-panel input[data-kind="PER"]');
    await toggle.uncheck();
    assert.equal(await page.evaluate(() => CSS.highlights.has("hashiya-PER")), false);
    assert.equal(await page.evaluate(() => CSS.highlights.has("hashiya-LOC")), true);
    await toggle.check();
    assert.equal(await page.evaluate(() => CSS.highlights.get("hashiya-PER")?.size > 0), true);
  });

  test("keyboard: next flashes a highlight and shows its card; Alt+Shift+H hides the panel", async () => {
    await page.keyboard.press("Alt+Shift+KeyN");
    assert.equal(await page.evaluate(() => CSS.highlights.has("hashiya-focus")), true);
    const card = page.locator("#hashiya-panel .card");
    await card.waitFor({ state: "visible" });
    assert.ok((await card.textContent()).length > 0);
    await page.keyboard.press("Alt+Shift+KeyH");
    assert.equal(await page.locator("#hashiya-panel aside").isVisible(), false);
    await page.keyboard.press("Alt+Shift+KeyH");
    assert.equal(await page.locator("#hashiya-panel aside").isVisible(), true);
  });

  test("hovering a name shows its card with its type and mentions", async () => {
    const point = await page.evaluate(() => {
      const range = [...CSS.highlights.get("hashiya-PER")].find((r) => r.toString() === "جو بايدن");
      range.startContainer.parentElement.scrollIntoView({ block: "center", behavior: "instant" });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = page.locator("#hashiya-panel .card");
    await card.waitFor({ state: "visible" });
    const text = await card.textContent();
    assert.ok(text.includes("أشخاص") && text.includes("جو بايدن"), `help: card reads ${text}`);
  });

  test("axe-core finds no accessibility violations in the panel", async () => {
    // Evaluated rather than added as a <script>, so the page's markup stays comparable.
    await page.evaluate(await readFile(AXE, "utf8"));
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.getElementById("hashiya-panel"), {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, []);
    await page.evaluate(() => delete window.axe);
  });

  test("a paragraph added later is annotated without a click, and its removal too", async () => {
    const painted = () => page.evaluate(() => [...CSS.highlights.get("hashiya-PER")].map((r) => r.toString()));
    assert.ok(!(await painted()).includes("Barack Obama"));
    await page.evaluate(() => {
      const late = document.createElement("p");
      late.id = "late";
      late.textContent = "Barack Obama visited Baghdad on Monday, officials in Washington said.";
      document.querySelector(".entry-content").append(late);
    });
    await page.waitForFunction(() => [...CSS.highlights.get("hashiya-PER")].some((r) => r.toString() === "Barack Obama"));
    // Live ranges collapse when their text goes, so wait for the run itself: a new panel.
    await page.evaluate(() => {
      window.panelBefore = document.getElementById("hashiya-panel");
      document.getElementById("late").remove();
    });
    await page.waitForFunction(() => document.getElementById("hashiya-panel") !== window.panelBefore);
    const people = await painted();
    assert.ok(people.length > 0 && !people.includes("Barack Obama") && !people.includes(""));
    assert.equal(await page.locator("#hashiya-panel").count(), 1, "help: one panel, re-rendered, never two");
    // Quiet page, quiet hashiya: re-rendering its own panel must not trigger another run.
    await page.evaluate(() => (window.panelBefore = document.getElementById("hashiya-panel")));
    await page.waitForTimeout(1200);
    assert.equal(await page.evaluate(() => window.panelBefore === document.getElementById("hashiya-panel")), true);
    await page.evaluate(() => delete window.panelBefore);
  });

  test("Clear removes the panel and leaves the page as it was", async () => {
    await page.click("#hashiya-clear");
    assert.equal(await page.locator("#hashiya-panel").count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), markup);
    assert.deepEqual(errors, []);
  });
});
