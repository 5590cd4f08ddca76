// The part of the real-page integrity check that runs in the page, in both browsers: Playwright
// sends each function as source (so each is self-contained), and the Firefox run loads this file
// into the page as a module (WebDriver's own scripts run in a sandbox, not in the page's realm,
// where hashiya's objects and console live) and calls the functions it leaves under a symbol.

/** Inserts the shell by a module script tag, waits for `window.hashiya`, removes the tag (it is
 * the test's, not hashiya's: out of the compared markup) and imports the panel module (already
 * loaded by the shell, so this makes no request). */
export async function loadHashiya({ shell, panel }) {
  const script = document.createElement("script");
  script.type = "module";
  script.src = shell;
  const loaded = new Promise((done, failed) => {
    script.onload = done;
    script.onerror = () => failed(new Error(`${shell} did not load`));
  });
  document.head.append(script);
  await loaded;
  script.remove();
  for (const start = performance.now(); !window.hashiya; ) {
    if (performance.now() - start > 20000) throw new Error("window.hashiya did not appear within 20 s");
    await new Promise((done) => setTimeout(done, 20));
  }
  await import(panel);
}

/** Annotates the page and shows the panel, checks the text while annotated, then clears. */
export async function annotateAndClear(panelSrc) {
  const { showPanel } = await import(panelSrc);
  const html = document.documentElement.outerHTML;
  const text = document.body?.textContent ?? "";
  const t0 = performance.now();
  const found = window.hashiya.annotatePage(document.body ?? document.documentElement);
  const ms = performance.now() - t0;
  const panel = showPanel(found);
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const textWhile = document.body?.textContent ?? "";
  const painted = [...CSS.highlights.keys()].filter((k) => k.startsWith("hashiya-")).length;
  panel.dispose();
  window.hashiya.clearAnnotations();
  const now = document.documentElement.outerHTML;
  let i = 0;
  while (i < html.length && html[i] === now[i]) i++;
  return {
    ms,
    entities: found.entities.length,
    quotes: found.quotes.length,
    painted,
    textSame: textWhile === text,
    intact: now === html,
    diff: i < Math.max(html.length, now.length) ? `at ${i}: ${JSON.stringify(html.slice(i - 40, i + 80))} → ${JSON.stringify(now.slice(i - 40, i + 80))}` : "",
    leftHighlights: [...CSS.highlights.keys()].filter((k) => k.startsWith("hashiya-")).length,
  };
}

/** The window's own enumerable names. */
export function globalNames() {
  return Object.keys(window);
}

/** The page's icons: the browser fetches them when it likes (the page's doing, not hashiya's). */
export function iconUrls() {
  return [new URL("/favicon.ico", location.href).href, ...[...document.querySelectorAll("link[rel*=icon i]")].map((link) => link.href)];
}

/** In the page, before hashiya: records errors (script errors and failed loads, unhandled
 * rejections, CSP violations, console.error calls) under a symbol, which is no global name. */
export function recordErrors() {
  const key = Symbol.for("hashiya-test-errors");
  if (window[key]) return;
  const errors = (window[key] = []);
  const urlOf = (target) => target?.src || target?.href || "";
  addEventListener(
    "error",
    (event) => {
      if (event instanceof ErrorEvent) errors.push({ text: String(event.error ?? event.message), url: event.filename ?? "" });
      else errors.push({ text: `failed to load ${event.target?.tagName} ${urlOf(event.target)}`, url: urlOf(event.target) });
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => errors.push({ text: `unhandled rejection: ${String(event.reason)}`, url: "" }));
  document.addEventListener("securitypolicyviolation", (event) =>
    errors.push({ text: `CSP ${event.violatedDirective} blocked ${event.blockedURI}`, url: event.blockedURI }),
  );
  const consoleError = console.error;
  console.error = (...args) => {
    errors.push({ text: args.map(String).join(" "), url: "" });
    consoleError.apply(console, args);
  };
}

/** The errors recordErrors has seen in this page. */
export function recordedErrors() {
  return window[Symbol.for("hashiya-test-errors")] ?? [];
}

/** Where a page that loaded this module finds its functions (a symbol: no global name added). */
export const PAGE_FUNCTIONS = "hashiya-integrity";
if (typeof window !== "undefined" && typeof document !== "undefined") {
  window[Symbol.for(PAGE_FUNCTIONS)] = { loadHashiya, annotateAndClear, globalNames, iconUrls, recordErrors, recordedErrors };
}
