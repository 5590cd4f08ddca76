// The reader's settings, shared by the background, the options page and always.js.
// Stored in chrome.storage.sync: { types: {PER: bool, ...}, sites: ["https://host", ...] }.
globalThis.hashiyaSettings = {
  KINDS: ['PER', 'ORG', 'LOC', 'MISC', 'QUOTE'],
  DEFAULTS: { types: { PER: true, ORG: true, LOC: true, MISC: true, QUOTE: true }, sites: [] },

  async load() {
    const stored = await chrome.storage.sync.get(['types', 'sites']);
    const { DEFAULTS } = globalThis.hashiyaSettings;
    return {
      types: { ...DEFAULTS.types, ...(stored.types || {}) },
      sites: Array.isArray(stored.sites) ? stored.sites.filter((s) => typeof s === 'string') : [],
    };
  },

  // "https://www.example.com/news/1" -> "https://www.example.com"; null unless http(s).
  siteOf(address) {
    try {
      const url = new URL(String(address).trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.hostname}` : null;
    } catch {
      return null;
    }
  },

  // The match pattern for a site: every path, any port (ports are not part of match patterns).
  patternOf(site) {
    return `${site}/*`;
  },
};
