// Shared by the end-to-end tests and scripts: a static server for www/ on 127.0.0.1 and a
// headless Chromium that never downloads anything (playwright-core + /usr/bin/chromium).
import { createServer } from "node:http";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const WWW = join(ROOT, "www");
export const SCREENSHOTS = join(ROOT, "target", "screenshots");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Serves the files under `dir` (default www/) on 127.0.0.1 at a free port; `mounts` maps
 * URL prefixes ("/pkg/") to other folders; `headers(path)` may add response headers (a CSP) to a file.
 * Optional: `onRequest(url)` hears every request received, `rewrite(path, text)` may change a
 * text file's body (return undefined to keep it).
 */
export async function serve(dir = WWW, mounts = {}, headers = () => ({}), { onRequest, rewrite } = {}) {
  const server = createServer(async (request, response) => {
    onRequest?.(request.url);
    let path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const urlPath = path;
    const extra = headers(path);
    let base = resolve(dir);
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        base = resolve(folder);
        path = "/" + path.slice(prefix.length);
        break;
      }
    }
    const file = normalize(join(base, path.endsWith("/") ? path + "index.html" : path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const rewritten = rewrite && /^text\//.test(TYPES[extname(file)] ?? "") ? rewrite(urlPath, body.toString("utf8")) : undefined;
      if (rewritten !== undefined) body = Buffer.from(rewritten, "utf8");
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...extra }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((done) => server.close(done)) };
}

/** A fresh headless Chromium profile; close() removes it. `options` go to Playwright,
 * `extraArgs` are added to the command line (e.g. to load an extension). */
export async function launch(options = {}, extraArgs = []) {
  const profile = await mkdtemp(join(tmpdir(), "hashiya-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // the flag below selects the new headless mode itself
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The policy saved pages are served with: only this origin's files (hashiya's bundle; the saved
 * pages' own scripts are missing) and wasm, no inline code, as in Readability's own tests. */
export const SAVED_PAGE_POLICY = "script-src 'self' 'wasm-unsafe-eval'";

/**
 * Makes saved pages load offline: requests to other hosts are refused, and each `source.html`
 * is served with `policy` instead of any `<meta>` policy of its own (which may forbid wasm; an
 * extension would not be bound by it).
 */
export async function routeSavedPages(context, origin, policy = SAVED_PAGE_POLICY) {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (!url.startsWith(origin + "/")) return route.abort();
    if (!url.endsWith("/source.html")) return route.continue();
    const response = await route.fetch();
    const body = withoutPolicyMeta(await response.text());
    return route.fulfill({ response, body, headers: { ...response.headers(), "content-security-policy": policy } });
  });
}

/** A saved page's HTML without its `<meta>` content security policies (see routeSavedPages). */
export const withoutPolicyMeta = (html) => html.replace(/<meta[^>]+http-equiv=["']?content-security-policy[^>]*>/gi, "");

/** Whether the browser and the built bundle are there; a reason to skip when not. */
export function missing() {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(WWW, "pkg", "hashiya_bg.wasm"))) return "www/pkg is not built (cargo xtask build)";
  return null;
}

/** Records console errors, page errors and every request of a page. */
export function watch(page) {
  const seen = { errors: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  page.on("pageerror", (error) => seen.errors.push(String(error)));
  page.on("request", (request) => seen.requests.push(request.url()));
  return seen;
}

/** The texts of the ranges of every hashiya highlight, by name. */
export function paintedTexts(page) {
  return page.evaluate(() => {
    const painted = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith("hashiya-")) painted[name] = [...highlight].map((range) => range.toString());
    }
    return painted;
  });
}

/**
 * Runs in the page (pass it to page.evaluate): replaces the body with about 1 MB of alternating
 * English and Arabic news paragraphs, names and quotes in each, and returns its length.
 */
export function fillWithAMegabyte() {
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
}

/** Starts a 5 ms heartbeat in the page; `gap()` then gives the longest time it went without a beat. */
export const heartbeat = {
  start: (page) =>
    page.evaluate(() => {
      clearInterval(window.beat);
      window.last = performance.now();
      window.gap = 0;
      window.beat = setInterval(() => {
        const now = performance.now();
        window.gap = Math.max(window.gap, now - window.last);
        window.last = now;
      }, 5);
    }),
  gap: (page, settleMs = 50) =>
    page.evaluate(async (settleMs) => {
      await new Promise((done) => setTimeout(done, settleMs)); // the beat after the last block
      clearInterval(window.beat);
      return window.gap;
    }, settleMs),
};
