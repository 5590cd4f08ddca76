// hashiya inside real pages must leave no trace, in Chromium: over every page of Readability's
// test suite (folder from HASHIYA_PAGES, default ../shared/pages/readability; skipped when
// absent), integrity-check.mjs loads the shell by a module script tag, annotates with the panel
// and clears, and judges the page (markup, text, requests, globals, errors). Requests and console
// errors come from Playwright's page events. Prints time and entities/quotes per page (no timing
// asserts). integrity-firefox.mjs runs the same check in Firefox ESR.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { checkPages, pageNames, PAGES, summary } from "./integrity-check.mjs";
import { launch, missing, routeSavedPages, serve, WWW } from "./support.mjs";

const skip = missing() ?? (existsSync(PAGES) ? false : `no pages at ${PAGES}`);

test("real pages: hashiya leaves no trace (markup, text, requests, globals, errors)", { skip, timeout: 600_000 }, async (t) => {
  const names = pageNames();
  const server = await serve(PAGES, { "/www/": WWW });
  const browser = await launch();
  // Only this origin's files may run (the shell; the saved pages' own scripts are missing or
  // inline), so pages render as saved and offline; other hosts are refused (and still seen).
  await routeSavedPages(browser.context, server.origin);
  /** One Playwright page as integrity-check.mjs's tab. */
  const newTab = async () => {
    const page = await browser.context.newPage();
    const seen = { errors: [], requests: [] };
    page.on("console", (m) => m.type() === "error" && seen.errors.push({ text: m.text(), url: m.location().url }));
    page.on("pageerror", (error) => seen.errors.push({ text: String(error), url: "" }));
    page.on("request", (request) => seen.requests.push(request.url()));
    return {
      open: (url) => page.goto(url, { waitUntil: "load", timeout: 20000 }),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      errors: async () => seen.errors,
      requests: async () => seen.requests,
      close: () => page.close(),
    };
  };
  let run;
  try {
    run = await checkPages(newTab, server.origin, names);
  } finally {
    await browser.close();
    await server.close();
  }
  const { results, problems } = run;
  assert.ok(results.length > 0, `help: no page ran:\n${problems.join("\n")}`);
  const lines = summary("Chromium", names, results, problems);
  for (const line of lines) t.diagnostic(line);
  console.log(lines.join("\n"));
  assert.equal(results.length, names.length, `help: pages that did not run:\n${problems.join("\n")}`);
  assert.deepEqual(problems, [], "help: hashiya must leave every page as it found it");
});
