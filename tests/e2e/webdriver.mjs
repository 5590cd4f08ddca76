// A small W3C WebDriver client for headless Firefox ESR through geckodriver: plain HTTP with
// Node's fetch, no dependency. playwright-core drives only its own patched Firefox builds, so
// stock Firefox is driven this way. Just what the end-to-end checks need: start a session
// with prefs, navigate, run a script (an async function is awaited), quit.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

/** geckodriver from $GECKODRIVER, the PATH or ~/.cargo/bin (where `cargo install` puts it), or null. */
export function findGeckodriver() {
  const candidates = [
    process.env.GECKODRIVER,
    ...(process.env.PATH ?? "").split(delimiter).map((dir) => dir && join(dir, "geckodriver")),
    join(homedir(), ".cargo", "bin", "geckodriver"),
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Why Firefox cannot be driven here, or null when it can. */
export function firefoxMissing() {
  if (!existsSync(FIREFOX)) return `no Firefox at ${FIREFOX} (apt-get install firefox-esr)`;
  if (!findGeckodriver()) return "no geckodriver (cargo install geckodriver --locked)";
  return null;
}

/** Starts geckodriver on a free port and resolves to its base URL once it listens. */
function startDriver(binary) {
  const child = spawn(binary, ["--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const url = new Promise((done, failed) => {
    const timer = setTimeout(() => failed(new Error(`geckodriver did not start:\n${log}`)), 20000);
    const read = (chunk) => {
      log = (log + chunk).slice(-20000); // the start, then errors if it dies
      const port = /Listening on [\w.[\]:]*:(\d+)/.exec(log)?.[1];
      if (port) {
        clearTimeout(timer);
        done(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout.setEncoding("utf8").on("data", read);
    child.stderr.setEncoding("utf8").on("data", read);
    child.on("exit", (code) => failed(new Error(`geckodriver exited (${code}):\n${log}`)));
  });
  return { child, url };
}

/** One WebDriver command; resolves to its `value`, throws on a WebDriver error. */
async function command(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok || value?.error) {
    throw new Error(`WebDriver ${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? ""}`.trim());
  }
  return value;
}

/**
 * Headless Firefox in a fresh profile (geckodriver makes and removes it) with `prefs` set.
 * Returns { version, goto(url), evaluate(fn, arg), quit() }; `evaluate` runs a self-contained function
 * in the page with one JSON argument, like Playwright's page.evaluate.
 */
export async function launchFirefox({ prefs = {}, scriptTimeout = 60000, pageLoadTimeout = 30000 } = {}) {
  const driver = startDriver(findGeckodriver());
  let base;
  let session;
  let version;
  try {
    base = await driver.url;
    const created = await command(base, "POST", "/session", {
      capabilities: {
        alwaysMatch: {
          browserName: "firefox",
          pageLoadStrategy: "normal",
          timeouts: { script: scriptTimeout, pageLoad: pageLoadTimeout, implicit: 0 },
          "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"], prefs },
        },
      },
    });
    session = `/session/${created.sessionId}`;
    version = created.capabilities?.browserVersion;
  } catch (error) {
    driver.child.kill();
    throw error;
  }
  const exited = new Promise((done) => driver.child.once("exit", done));
  return {
    version,
    goto: (url) => command(base, "POST", `${session}/url`, { url }),
    evaluate: (fn, arg = null) =>
      command(base, "POST", `${session}/execute/sync`, { script: `return (${fn})(arguments[0]);`, args: [arg] }),
    quit: async () => {
      await command(base, "DELETE", session).catch(() => {});
      driver.child.kill();
      await exited;
    },
  };
}
