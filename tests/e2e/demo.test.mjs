// The demo end to end in headless Chromium: load, Annotate, read what CSS.highlights holds,
// Clear, compare the markup. Needs www/pkg (cargo xtask build) and /usr/bin/chromium.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { launch, missing, paintedTexts, serve, SCREENSHOTS, watch } from "./support.mjs";

const SEED_QUOTES = [
  "العراق سيظل يطلب تدريب الولايات المتحدة وجمع معلومات استخبارية عسكرية",
  "الكاظمي توجه إلى الولايات المتحدة الأمريكية على رأس وفد حكومي، وذلك في زيارة رسمية تستغرق عدة أيام، ستشهد بحث العلاقات بين البلدين في مختلف المجالات والقضايا الثنائية ذات الاهتمام المشترك",
  "هذه الزيارة تأتي في إطار جهود العراق لترسيخ علاقة وثيقة مع الولايات المتحدة الأمريكية، مبنية على أسس الاحترام المتبادل والتعاون الثنائي في مختلف المجالات",
  "الزيارة تتوج جهوداً طويلة من العمل الحثيث خلال جلسات الحوار الاستراتيجي لتنظيم العلاقة الأمنية بين البلدين على أساس المصلحة الوطنية العراقية",
];
const SEED_ENTITIES = { "hashiya-PER": ["الكاظمي", "جو بايدن"], "hashiya-LOC": ["العراق", "واشنطن"] };
const SEED_CREDIT = "ليفانت نيوز_ أسوشيتد برس";
/** Site furniture around the article: never painted. */
const FURNITURE = "aside, footer, nav, header, .read-also, .breadcrumbs, #hashiya-demo";

const skip = missing();

describe("demo page", { skip: skip ?? false }, () => {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launch();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a demo page, annotates it with the button and returns what it painted. */
  async function annotate(path) {
    const page = await browser.context.newPage();
    const seen = watch(page);
    await page.goto(`${server.origin}/${path}`);
    await page.waitForFunction(() => window.hashiya && document.getElementById("hashiya-status").textContent === "ready");
    const markup = await page.evaluate(() => document.documentElement.outerHTML);
    await page.click("#hashiya-annotate");
    await page.waitForFunction(() => document.getElementById("hashiya-status").textContent !== "ready");
    const status = await page.textContent("#hashiya-status");
    assert.doesNotMatch(status, /error/, "help: the Annotate button reported an error");
    return { page, seen, markup, painted: await paintedTexts(page) };
  }

  /** Clear must give back the exact markup, drop the highlights and the style sheet. */
  async function clearAndCompare({ page, markup }) {
    await page.click("#hashiya-clear");
    const state = await page.evaluate(() => ({
      markup: document.documentElement.outerHTML,
      highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith("hashiya-")),
      sheets: document.adoptedStyleSheets.length,
    }));
    assert.equal(state.markup, markup, "help: Clear left the page's markup changed");
    assert.deepEqual(state.highlights, []);
    assert.equal(state.sheets, 0);
  }

  function assertOnlyOwnRequests(seen) {
    const foreign = seen.requests.filter((url) => !url.startsWith(server.origin + "/") && !url.startsWith("data:"));
    assert.deepEqual(foreign, [], "help: the page asked for something that is not its own file");
  }

  test("Arabic seed: names painted, furniture not, Clear restores the page", async () => {
    const run = await annotate("index.html");
    const { page, painted, seen } = run;
    assert.deepEqual(Object.keys(painted).sort(), ["hashiya-LOC", "hashiya-MISC", "hashiya-ORG", "hashiya-PER", "hashiya-QUOTE"]);
    for (const [name, texts] of Object.entries(SEED_ENTITIES)) {
      for (const text of texts) assert.ok(painted[name].includes(text), `help: ${text} not painted as ${name}`);
    }

    const result = await page.evaluate(() => window.hashiya.annotatePage(document.body));
    assert.ok(result.text.trimEnd().endsWith(SEED_CREDIT), "help: the article body must end at the credit line");
    assert.ok(!result.text.includes("اقرأ أيضاً"), "help: read-also links are furniture");
    const inFurniture = await page.evaluate((selector) => {
      const hits = [];
      for (const [name, highlight] of CSS.highlights) {
        for (const range of highlight) {
          const node = range.commonAncestorContainer;
          const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
          if (element.closest(selector)) hits.push(`${name}: ${range}`);
        }
      }
      return hits;
    }, FURNITURE);
    assert.deepEqual(inFurniture, [], "help: furniture (newsletter, you may also like, read also) was painted");

    await page.screenshot({ path: join(SCREENSHOTS, "seed-annotated.png"), fullPage: true, caret: "initial" }); // "hide" would add style="" to inputs
    await clearAndCompare(run);
    assert.deepEqual(seen.errors, []);
    assertOnlyOwnRequests(seen);
    await page.close();
  });

  test("Arabic seed: the four quotes painted", async () => {
    const run = await annotate("index.html");
    for (const quote of SEED_QUOTES) {
      assert.ok(run.painted["hashiya-QUOTE"].includes(quote), `help: seed quote not painted: ${quote.slice(0, 40)}…`);
    }
    await run.page.close();
  });

  test("English sample: attributed quotes painted", async () => {
    const run = await annotate("en.html");
    const quotes = run.painted["hashiya-QUOTE"];
    assert.ok(quotes.length >= 6, `help: expected the sample's quotes, got ${JSON.stringify(quotes)}`);
    assert.ok(quotes.some((q) => q.startsWith("The walls are doing exactly what they were built for")));
    assert.ok(quotes.includes("Nobody should go near the embankments,"));
    await run.page.close();
  });

  test("English sample: names painted, menu and footer not", async () => {
    const run = await annotate("en.html");
    const { page, painted, seen } = run;
    assert.ok(painted["hashiya-PER"].includes("Lena Hofmann"), `help: PER painted: ${painted["hashiya-PER"]}`);
    assert.ok(painted["hashiya-LOC"].includes("Vienna"), `help: LOC painted: ${painted["hashiya-LOC"]}`);
    const result = await page.evaluate(() => window.hashiya.annotatePage(document.body));
    for (const furniture of ["Most read", "Sign up", "Read more", "World"]) {
      assert.ok(!result.text.includes(furniture), `help: furniture in the article text: ${furniture}`);
    }
    assert.ok(result.text.includes("The European Commission said it was ready"));
    await page.screenshot({ path: join(SCREENSHOTS, "en-annotated.png"), fullPage: true, caret: "initial" }); // "hide" would add style="" to inputs
    await clearAndCompare(run);
    assert.deepEqual(seen.errors, []);
    assertOnlyOwnRequests(seen);
    await page.close();
  });

  test("the page exposes exactly one global, window.hashiya, with the three functions", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => window.hashiya);
    const globals = await page.evaluate(() => {
      const frame = document.createElement("iframe");
      document.documentElement.append(frame);
      const builtin = new Set(Object.getOwnPropertyNames(frame.contentWindow));
      frame.remove();
      return Object.getOwnPropertyNames(window).filter((name) => !builtin.has(name));
    });
    assert.deepEqual(globals, ["hashiya"]);
    const api = await page.evaluate(() => Object.keys(window.hashiya).sort());
    assert.deepEqual(api, ["annotatePage", "annotateText", "clearAnnotations"]);
    const error = await page.evaluate(() => {
      try {
        window.hashiya.annotateText("x", { language: "ar" });
        return null;
      } catch (e) {
        return { isError: e instanceof Error, message: e.message };
      }
    });
    assert.equal(error?.isError, true, "help: unknown options must throw an Error");
    assert.match(error.message, /unknown option `language`/);
    await page.close();
  });
});
