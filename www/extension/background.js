// The toolbar button and the keyboard command (_execute_action) both arrive here as
// action.onClicked, which grants activeTab for that tab: no host permission is needed.
// Sites on the reader's "always annotate" list get a registered content script instead,
// after the options page has asked for access to exactly that site.
// Chromium service worker (Firefox lists the same files under background.scripts).
if (typeof importScripts === 'function') importScripts('settings.js', 'pkg/hashiya.js');

const ALWAYS_ID = 'hashiya-always';
const CONTENT_FILES = ['pkg/hashiya.js', 'panel.js', 'live.js', 'sliced.js', 'visible.js', 'fallback.js', 'content.js'];

// The core, for pages where Chromium refuses wasm in the content script (see fallback.js),
// and for large pages, which the content script reads and paints in slices meanwhile.
let workerWasm = null;
async function core() {
  workerWasm ??= hashiyaWasm({ module_or_path: chrome.runtime.getURL('pkg/hashiya_bg.wasm') }).catch((error) => {
    workerWasm = null;
    throw error;
  });
  await workerWasm;
  return hashiyaWasm;
}

async function annotateText(text, options) {
  return (await core()).annotateText(String(text), options ?? undefined);
}

// Which of the page's blocks are the article: fallback.js reads them and sends them over a
// port ('hashiya-article') in groups, then `{done: true}`; the core's scorer answers `{keep}`.
function serveArticle(port) {
  const blocks = [];
  port.onMessage.addListener(async (message) => {
    if (Array.isArray(message.blocks)) {
      for (const block of message.blocks) blocks.push(block);
      return;
    }
    try {
      port.postMessage({ keep: (await core()).articleBlocks(blocks) });
    } catch (error) {
      port.postMessage({ error: String((error && error.message) || error) });
    }
    blocks.length = 0;
  });
}

/** Items per message when a result goes back in parts: each part is parsed in one short task. */
const PART = 1500;
const LISTS = ['entities', 'quotes', 'clusters', 'paragraphs'];

// A large page's text arrives over a port ('hashiya-core') in pieces, then the options; the
// result goes back in parts, as www/worker.js sends it, the last message carrying the rest
// (sliced.js's resultInParts).
function serveCore(port) {
  const pieces = [];
  port.onMessage.addListener(async (message) => {
    if (typeof message.piece === 'string') {
      pieces.push(message.piece);
      return;
    }
    const text = pieces.join('');
    pieces.length = 0;
    const { options } = message;
    try {
      const result = await annotateText(text, options);
      for (const key of LISTS) {
        const list = result[key];
        delete result[key];
        for (let i = 0; i < list.length; i += PART) port.postMessage({ key, items: list.slice(i, i + PART) });
      }
      port.postMessage({ result });
    } catch (error) {
      port.postMessage({ error: String((error && error.message) || error) });
    }
  });
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Right after a click, the tab's renderer can hear of the activeTab grant a moment after the
// browser does (two IPC channels), and refuse the first script: ask again, briefly.
async function probe(target) {
  for (let attempt = 1; ; attempt++) {
    try {
      const [result] = await chrome.scripting.executeScript({ target, func: () => Boolean(globalThis.hashiyaContent) });
      return result.result;
    } catch (error) {
      if (attempt >= 4 || !/cannot access/i.test(String(error && error.message))) throw error;
      await pause(75 * attempt);
    }
  }
}

async function injectOnce(target) {
  if (await probe(target)) return;
  await chrome.scripting.executeScript({ target, files: CONTENT_FILES });
}

async function showState(tabId, state) {
  const text = state.error ? '!' : state.on ? String(state.entities + state.quotes) : '';
  await chrome.action.setBadgeText({ tabId, text });
  await chrome.action.setBadgeBackgroundColor({ tabId, color: state.error ? '#b3261e' : '#1d5c8a' });
  const title = state.error ? chrome.i18n.getMessage('badgeError', [state.error]) : chrome.i18n.getMessage('actionTitle');
  await chrome.action.setTitle({ tabId, title });
}

// Annotates the tab, or clears it when it is already annotated. Returns what the page reported.
async function toggle(tab) {
  const target = { tabId: tab.id };
  let state;
  try {
    await injectOnce(target);
    const settings = await hashiyaSettings.load();
    const [{ result }] = await chrome.scripting.executeScript({
      target,
      func: (types) => globalThis.hashiyaContent.toggle(types),
      args: [settings.types],
    });
    state = result;
  } catch (error) {
    // Browser pages (chrome://, the web store, PDF viewers) cannot be scripted.
    state = { on: false, error: String((error && error.message) || error) };
  }
  globalThis.hashiyaLastState = state; // for the tests, which cannot see the toolbar
  await showState(tab.id, state).catch(() => {});
  return state;
}

// Keeps the registered content script in step with the list and the granted permissions.
async function syncAlways() {
  const { sites } = await hashiyaSettings.load();
  const matches = [];
  for (const site of sites) {
    const pattern = hashiyaSettings.patternOf(site);
    if (await chrome.permissions.contains({ origins: [pattern] })) matches.push(pattern);
  }
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: [ALWAYS_ID] });
  if (registered.length) await chrome.scripting.unregisterContentScripts({ ids: [ALWAYS_ID] });
  if (!matches.length) return;
  await chrome.scripting.registerContentScripts([
    {
      id: ALWAYS_ID,
      matches,
      js: ['settings.js', ...CONTENT_FILES, 'always.js'],
      runAt: 'document_idle',
    },
  ]);
}

chrome.action.onClicked.addListener((tab) => {
  toggle(tab);
});
chrome.runtime.onConnect.addListener((port) => {
  if (port.sender?.id !== chrome.runtime.id) return;
  if (port.name === 'hashiya-core') serveCore(port);
  if (port.name === 'hashiya-article') serveArticle(port);
});
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !message) return false;
  const failed = (error) => sendResponse({ error: String((error && error.message) || error) });
  if (typeof message.hashiyaAnnotateText === 'string') {
    annotateText(message.hashiyaAnnotateText, message.options).then(sendResponse, failed);
    return true; // the answer comes later
  }
  // always.js reports what it painted so the badge matches a manual click.
  if (message.hashiyaState && sender.tab) showState(sender.tab.id, message.hashiyaState).catch(() => {});
  return false;
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.sites) syncAlways().catch((e) => console.error('hashiya:', e));
});
chrome.permissions.onRemoved.addListener(() => syncAlways().catch((e) => console.error('hashiya:', e)));
chrome.runtime.onInstalled.addListener(() => syncAlways().catch((e) => console.error('hashiya:', e)));
chrome.runtime.onStartup.addListener(() => syncAlways().catch((e) => console.error('hashiya:', e)));

// Tests drive the same handler the button uses (a toolbar click cannot be made headless).
globalThis.hashiyaToggle = toggle;
globalThis.hashiyaSyncAlways = syncAlways;
