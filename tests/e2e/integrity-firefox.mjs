// The real-page integrity check of integrity.test.mjs, in headless Firefox ESR through
// geckodriver (webdriver.mjs): the same in-page code and the same judging (integrity-check.mjs)
// over every page of Readability's test suite. Skipped, with the reason, when Firefox,
// geckodriver, the built bundle or the pages are missing. `cargo xtask test` runs it after the
// Chromium tests where geckodriver and firefox-esr are installed:
//     node --test tests/e2e/integrity-firefox.mjs
// WebDriver has no request or console events, so here:
// - requests: the local server logs every request it receives, and Firefox sends every other
//   host to a local logging proxy (refusing them all, so pages stay offline); the check compares
//   the log while hashiya annotates and clears with nothing (Firefox's own Remote Settings
//   requests, which no pref stops in a release build, are logged apart and counted);
// - errors: integrity-page.mjs, loaded into each page before hashiya, records `error` events
//   (script errors and failed loads), unhandled rejections, CSP violations and console.error.
// The in-page functions run in the page's realm: WebDriver's own scripts run in a sandbox.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkPages, pageNames, PAGES, summary } from "./integrity-check.mjs";
import { PAGE_FUNCTIONS, recordErrors, recordedErrors } from "./integrity-page.mjs";
import { SAVED_PAGE_POLICY, serve, withoutPolicyMeta, WWW } from "./support.mjs";
import { firefoxMissing, launchFirefox } from "./webdriver.mjs";

const skip =
  firefoxMissing() ??
  (existsSync(join(WWW, "pkg", "hashiya_bg.wasm")) ? null : "www/pkg is not built (cargo xtask build)") ??
  (existsSync(PAGES) ? false : `no pages at ${PAGES}`);

/** Firefox's own background services (Remote Settings polls firefox.settings.services.mozilla.com
 * at start-up and about 30 s later, whatever the prefs say in a release build): logged apart. */
const FIREFOX_SERVICES = /^https?:\/\/[^/]*\.services\.mozilla\.com(:\d+)?\//;

/** An HTTP proxy on 127.0.0.1 that logs each request (URL, or host:port for HTTPS) and refuses
 * it; requests of Firefox's own services go to `own`, all others to `log`. */
async function loggingProxy(log, own) {
  const record = (url) => (FIREFOX_SERVICES.test(url) ? own : log).push(url);
  const proxy = createServer((request, response) => {
    record(request.url);
    response.writeHead(502).end();
  });
  proxy.on("connect", (request, socket) => {
    record(`https://${request.url}/`);
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  await new Promise((done) => proxy.listen(0, "127.0.0.1", done));
  return { port: proxy.address().port, close: () => new Promise((done) => proxy.close(done)) };
}

/** Firefox prefs: every host but the local server through the proxy (Firefox never proxies
 * 127.0.0.1), no speculative connections, and full-precision performance.now() for the times. */
const prefs = (proxyPort) => ({
  "network.proxy.type": 1,
  "network.proxy.http": "127.0.0.1",
  "network.proxy.http_port": proxyPort,
  "network.proxy.ssl": "127.0.0.1",
  "network.proxy.ssl_port": proxyPort,
  "network.proxy.no_proxies_on": "",
  "network.proxy.allow_hijacking_localhost": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "network.http.speculative-parallel-limit": 0,
  "privacy.reduceTimerPrecision": false,
});

/** Loads integrity-page.mjs into the page as a module (run in WebDriver's sandbox). */
async function loadPageFunctions(src) {
  const script = document.createElement("script");
  script.type = "module";
  script.src = src;
  const loaded = new Promise((done, failed) => {
    script.onload = done;
    script.onerror = () => failed(new Error(`${src} did not load`));
  });
  document.head.append(script);
  await loaded;
  script.remove(); // the test's tag, not hashiya's: out of the compared markup
}

/** Calls one of integrity-page.mjs's functions in the page's realm (run in WebDriver's sandbox). */
function callInPage({ key, name, arg }) {
  return window[Symbol.for(key)][name](arg);
}

test("real pages in Firefox: hashiya leaves no trace (markup, text, requests, globals, errors)", { skip, timeout: 900_000 }, async (t) => {
  const names = pageNames();
  const requests = [];
  const firefoxOwn = [];
  const proxy = await loggingProxy(requests, firefoxOwn);
  const server = await serve(
    PAGES,
    { "/www/": WWW, "/__integrity__/": dirname(fileURLToPath(import.meta.url)) },
    // Saved pages are served with the policy of the Chromium run (only this origin's scripts and wasm).
    (path) => (path.endsWith("/source.html") ? { "content-security-policy": SAVED_PAGE_POLICY } : {}),
    {
      onRequest: (url) => requests.push(server.origin + url),
      rewrite: (path, text) => (path.endsWith("/source.html") ? withoutPolicyMeta(text) : undefined),
    },
  );
  let firefox;
  let run;
  try {
    firefox = await launchFirefox({ prefs: prefs(proxy.port) });
    /** The one Firefox tab as integrity-check.mjs's tab: a page per navigation. */
    const tab = {
      open: async (url) => {
        await firefox.goto(url);
        await firefox.evaluate(loadPageFunctions, `${server.origin}/__integrity__/integrity-page.mjs`);
        await tab.evaluate(recordErrors);
      },
      evaluate: (fn, arg) => firefox.evaluate(callInPage, { key: PAGE_FUNCTIONS, name: fn.name, arg }),
      errors: () => tab.evaluate(recordedErrors),
      requests: async () => requests,
      close: () => firefox.goto("about:blank"), // nothing of this page runs into the next
    };
    run = await checkPages(async () => tab, server.origin, names);
  } finally {
    await firefox?.quit();
    await server.close();
    await proxy.close();
  }
  const { results, problems } = run;
  assert.ok(results.length > 0, `help: no page ran:\n${problems.join("\n")}`);
  const local = requests.filter((url) => url.startsWith(server.origin + "/")).length;
  const lines = [
    ...summary(`Firefox ${firefox.version}`, names, results, problems),
    `requests logged: ${local} to the local server, ${requests.length - local} to other hosts (refused by the proxy); ${firefoxOwn.length} of Firefox's own services`,
  ];
  for (const line of lines) t.diagnostic(line);
  console.log(lines.join("\n"));
  assert.equal(results.length, names.length, `help: pages that did not run:\n${problems.join("\n")}`);
  assert.deepEqual(problems, [], "help: hashiya must leave every page as it found it");
});
