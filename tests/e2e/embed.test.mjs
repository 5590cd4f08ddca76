// The embed for CMS pages: www/cms-example.html (a newsroom page whose CSP allows only its
// own scripts and wasm) driven in headless Chromium, and the npm package under
// target/ship/npm checked as npm would publish it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT, SCREENSHOTS, launch, missing, paintedTexts, serve, watch } from "./support.mjs";

const NPM_PACKAGE = join(ROOT, "target", "ship", "npm");
const skip = missing() ?? false;
let server, browser, page, seen;

before(async () => {
  if (skip) return;
  server = await serve();
  browser = await launch();
  page = await browser.context.newPage();
  seen = watch(page);
  await page.goto(`${server.origin}/cms-example.html`);
  await page.waitForFunction(() => customElements.get("hashiya-annotator"));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks `selector` and resolves to the detail of the next hashiya:annotated event. */
async function annotatedAfterClick(selector) {
  await page.evaluate(() => {
    window.nextAnnotated = new Promise((resolve) =>
      document.addEventListener("hashiya:annotated", (event) => {
        const { element, ...rest } = event.detail;
        resolve({ ...rest, target: event.target.id, elementId: element.id });
      }, { once: true }),
    );
  });
  await page.click(selector);
  return page.evaluate(() => window.nextAnnotated);
}

test("the CMS page's CSP is strict: its inline scripts do not run", { skip }, async () => {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  const inline = await page.evaluate(async () => {
    const violation = new Promise((resolve) => document.addEventListener("securitypolicyviolation", resolve, { once: true }));
    const script = document.createElement("script");
    script.textContent = "window.inlineRan = true;";
    document.head.append(script);
    script.remove();
    return { ran: window.inlineRan === true, directive: (await violation).effectiveDirective };
  });
  assert.deepEqual(inline, { ran: false, directive: "script-src-elem" });
});

test("<hashiya-annotator> annotates the article and reports entities, quotes and speakers", { skip }, async () => {
  const before = await page.locator("#story").innerHTML();
  const detail = await annotatedAfterClick("#run");
  assert.equal(detail.target, "annotator");
  assert.equal(detail.elementId, "annotator");
  assert.equal(detail.lang, "en");
  assert.ok(detail.entities.length >= 5, JSON.stringify(detail.entities));
  const people = detail.entities.filter((e) => e.type === "PER").map((e) => e.text);
  assert.ok(people.some((name) => /Pedersen/.test(name)), `people: ${people}`);
  // Per-speaker counts add up to the quotes, most quoted first.
  const counted = detail.speakers.reduce((sum, s) => sum + s.quotes, 0) + detail.unattributed;
  assert.equal(counted, detail.quotes.length);
  for (let i = 1; i < detail.speakers.length; i++) assert.ok(detail.speakers[i - 1].quotes >= detail.speakers[i].quotes);
  // The newsroom's own list (cms-example.js) finds the full names the model splits or misses.
  const entity = (text) => detail.entities.find((e) => e.text === text)?.type;
  assert.equal(entity("Hadi al-Bahra"), "PER");
  assert.equal(entity("Palais des Nations"), "ORG");

  // What was painted lies in the article, and the article's markup is untouched.
  const painted = await paintedTexts(page);
  const story = await page.locator("#story").innerText();
  const texts = Object.values(painted).flat();
  assert.ok(texts.length >= 5);
  for (const text of texts) assert.ok(story.includes(text.replace(/\s+/g, " ").trim()) || story.includes(text), text);
  assert.equal(await page.locator("#story").innerHTML(), before);
  assert.match(await page.textContent("#status"), /names, \d+ quotes/);
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, "cms-embed.png"), fullPage: true });
});

test("the export is W3C Web Annotations whose selectors find the painted text again", { skip }, async () => {
  const check = await page.evaluate(async () => {
    const { anchor } = await import("./embed/hashiya-embed.js");
    const annotator = document.getElementById("annotator");
    const annotations = JSON.parse(annotator.exportAnnotations());
    const text = annotator.textContent;
    const problems = [];
    for (const a of annotations) {
      const [quote, position] = a.target.selector;
      if (a["@context"] !== "http://www.w3.org/ns/anno.jsonld" || a.type !== "Annotation") problems.push("shape");
      if (quote.type !== "TextQuoteSelector" || position.type !== "TextPositionSelector") problems.push("selectors");
      if (text.slice(position.start, position.end) !== quote.exact) problems.push(`position ${quote.exact}`);
      if (!text.slice(0, position.start).endsWith(quote.prefix)) problems.push(`prefix ${quote.exact}`);
      if (!text.slice(position.end).startsWith(quote.suffix)) problems.push(`suffix ${quote.exact}`);
      if (anchor(annotator, a)?.toString() !== quote.exact) problems.push(`anchor ${quote.exact}`);
      if (a.target.source !== location.href.split("#")[0]) problems.push("source");
    }
    const painted = [...CSS.highlights].filter(([n]) => n.startsWith("hashiya-")).reduce((n, [, h]) => n + h.size, 0);
    const kinds = annotations.map((a) => a.body[0].value);
    const named = annotations.filter((a) => a.motivation === "identifying").every((a) => a.body[1]?.purpose === "identifying");
    return { count: annotations.length, painted, problems, kinds, named };
  });
  assert.deepEqual(check.problems, []);
  assert.equal(check.count, check.painted, "one annotation per painted range");
  assert.ok(check.kinds.every((k) => ["PER", "ORG", "LOC", "MISC", "QUOTE"].includes(k)));
  assert.ok(check.named);
  await page.click("#export");
  const shown = JSON.parse(await page.textContent("#json"));
  assert.equal(shown.length, check.count);
});

test("the panel follows the UI language and the newsroom's colours are applied", { skip }, async () => {
  const panel = page.locator("hashiya-annotator .panel");
  assert.equal(await panel.locator("h2").textContent(), "In this article");
  const detail = await (async () => {
    await page.evaluate(() => {
      window.nextAnnotated = new Promise((resolve) =>
        document.addEventListener("hashiya:annotated", (e) => resolve(e.detail.uiLang), { once: true }),
      );
    });
    await page.selectOption("#ui-lang", "ar");
    return page.evaluate(() => window.nextAnnotated);
  })();
  assert.equal(detail, "ar");
  assert.equal(await panel.locator("h2").textContent(), "في هذا المقال");
  assert.equal(await panel.getAttribute("dir"), "rtl");
  const rules = await page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\n"),
  );
  assert.match(rules, /::highlight\(hashiya-PER\) \{ background-color: rgba\(255, 196, 0, 0\.45\); \}/);
  await page.selectOption("#ui-lang", "en");
});

test("options are checked strictly and types can be left out", { skip }, async () => {
  const result = await page.evaluate(async () => {
    const { annotate } = await import("./embed/hashiya-embed.js");
    const story = document.getElementById("story");
    const errors = [];
    for (const bad of [{ typo: 1 }, { types: ["PEOPLE"] }, { colours: { PER: "red; } body { display: none" } }, { lang: "fr" }]) {
      await annotate(story, bad).then(() => errors.push("accepted"), (e) => errors.push(e.message));
    }
    const only = await annotate(story, { types: ["QUOTE", "LOC"] });
    const names = [...CSS.highlights.keys()].filter((n) => n.startsWith("hashiya-")).sort();
    return { errors, types: [...new Set(only.entities.map((e) => e.type))], names };
  });
  assert.equal(result.errors.length, 4);
  for (const message of result.errors) assert.match(message, /^hashiya: /);
  assert.deepEqual(result.types, ["LOC"]);
  assert.deepEqual(result.names, ["hashiya-LOC", "hashiya-QUOTE"]);
});

test("clear removes every highlight and the panel; nothing left the page's origin", { skip }, async () => {
  await page.click("#clear");
  assert.deepEqual(await paintedTexts(page), {});
  assert.equal(await page.locator("hashiya-annotator .panel").isHidden(), true);
  const rules = await page.evaluate(() => document.adoptedStyleSheets.length);
  assert.equal(rules, 0, "the DOM layer's and the embed's style sheets are gone");
  assert.deepEqual(seen.requests.filter((url) => !url.startsWith(server.origin)), []);
  // The only error is the first test's own inline script, refused by the CSP.
  assert.deepEqual(seen.errors.filter((e) => !/^Executing inline script violates/.test(e)), []);
});

test("the npm package is publishable: ES module entry, types, the wasm, nothing else", {
  skip: existsSync(join(NPM_PACKAGE, "package.json")) ? false : "target/ship/npm is not built",
}, async () => {
  const manifest = JSON.parse(await readFile(join(NPM_PACKAGE, "package.json"), "utf8"));
  assert.equal(manifest.name, "hashiya");
  assert.equal(manifest.type, "module");
  assert.match(manifest.version, /^\d+\.\d+\.\d+/);
  assert.equal(manifest.exports["."].types, "./embed/hashiya-embed.d.ts");
  const { stdout } = await promisify(execFile)("npm", ["pack", "--dry-run", "--json"], { cwd: NPM_PACKAGE });
  const files = JSON.parse(stdout)[0].files.map((f) => f.path).sort();
  for (const file of ["embed/hashiya-embed.js", "embed/hashiya-embed.d.ts", "pkg/hashiya.js", "pkg/hashiya.d.ts", "pkg/hashiya_bg.wasm"]) {
    assert.ok(files.includes(file), `${file} in ${files}`);
  }
  assert.ok(!files.some((f) => f.includes("cms-example") || f.endsWith("bookmarklet.js")), files.join(" "));
  // Every relative import of the embed resolves inside the package.
  for (const file of files.filter((f) => f.startsWith("embed/") && f.endsWith(".js"))) {
    const source = await readFile(join(NPM_PACKAGE, file), "utf8");
    for (const [, spec] of source.matchAll(/^(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/gm)) {
      const resolved = join(file, "..", spec);
      assert.ok(files.includes(resolved), `${file} imports ${spec}`);
    }
  }
});

// wasm-pack is not installed by `cargo xtask` (a 25-minute `cargo install`); where it is, the
// crate must build with it as Cargo.toml's [package.metadata.wasm-pack] says (wasm-opt off).
const wasmPack = await promisify(execFile)("wasm-pack", ["--version"]).then(() => true, () => false);
test("wasm-pack build --target web yields a publishable package", {
  skip: wasmPack ? false : "wasm-pack is not installed",
  timeout: 900_000,
}, async () => {
  const out = join(ROOT, "target", "wasm-pack-pkg");
  await promisify(execFile)("wasm-pack", ["build", "--target", "web", "--out-dir", out], { cwd: ROOT, maxBuffer: 64 << 20 });
  const manifest = JSON.parse(await readFile(join(out, "package.json"), "utf8"));
  assert.equal(manifest.name, "hashiya");
  assert.equal(manifest.type, "module");
  assert.equal(manifest.main, "hashiya.js");
  assert.equal(manifest.types, "hashiya.d.ts");
  const { stdout } = await promisify(execFile)("npm", ["pack", "--dry-run", "--json"], { cwd: out });
  const files = JSON.parse(stdout)[0].files.map((f) => f.path);
  for (const file of ["hashiya.js", "hashiya.d.ts", "hashiya_bg.wasm"]) assert.ok(files.includes(file), files.join(" "));
  const types = await readFile(join(out, "hashiya.d.ts"), "utf8");
  assert.match(types, /export function annotatePage\(/);
});
