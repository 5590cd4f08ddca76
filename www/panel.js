// The side panel and hover cards: renders what annotatePage returned, nothing more.
// One host element (#hashiya-panel) with an open shadow root, so page CSS cannot leak in or
// out; clearAnnotations() removes the host. All text goes in through textContent.
// Where the browser has no CSS Custom Highlight API, annotatePage wrapped the text in
// <hashiya-mark data-kind> elements instead: toggles and flashes then set attributes on those.

const KINDS = ["PER", "ORG", "LOC", "MISC"];
const ALL = [...KINDS, "QUOTE"];
const FOCUS = "hashiya-focus";
const FOCUS_MS = 1500;

const STRINGS = {
  en: {
    title: "hashiya",
    names: "Names",
    quotes: "Quotes by speaker",
    unattributed: "Unattributed",
    unnamed: "unnamed source",
    kinds: { PER: "People", ORG: "Organisations", LOC: "Places", MISC: "Other names", QUOTE: "Quotes" },
    mentions: (n) => `${n} mention${n === 1 ? "" : "s"}`,
    quoted: (n) => `quoted ${n} time${n === 1 ? "" : "s"}`,
    quote: "Quote",
    speaker: "Speaker",
    none: "none found",
    close: "Close",
    keys: "Alt+Shift+H panel · Alt+Shift+N / P next / previous",
  },
  ar: {
    title: "حاشية",
    names: "الأسماء",
    quotes: "الاقتباسات حسب المتحدث",
    unattributed: "بلا نسبة",
    unnamed: "مصدر غير مسمّى",
    kinds: { PER: "أشخاص", ORG: "منظمات", LOC: "أماكن", MISC: "أسماء أخرى", QUOTE: "اقتباسات" },
    mentions: (n) => `${n} ${n === 1 ? "مرة" : "مرات"}`,
    quoted: (n) => `اقتُبس ${n} ${n === 1 ? "مرة" : "مرات"}`,
    quote: "اقتباس",
    speaker: "المتحدث",
    none: "لا شيء",
    close: "إغلاق",
    keys: "Alt+Shift+H اللوحة · Alt+Shift+N / P التالي / السابق",
  },
};

const STYLE = `
:host { all: initial; }
.panel { position: fixed; inset-block-start: 4rem; inset-inline-end: 1rem; z-index: 2147483000; width: 20rem;
  max-height: calc(100vh - 6rem); overflow: auto; box-sizing: border-box; padding: .8rem 1rem;
  font: 14px/1.5 system-ui, "DejaVu Sans", "Noto Sans Arabic", sans-serif; color: #1d1d1f; background: #fff;
  border: 1px solid #d0d0d6; border-radius: .6rem; box-shadow: 0 6px 24px rgba(0, 0, 0, .18); }
.panel[hidden] { display: none; }
header { display: flex; justify-content: space-between; align-items: center; }
h2 { font-size: 1.05rem; margin: 0; }
h3 { font-size: .9rem; margin: .9rem 0 .3rem; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: .1rem 0; }
button.item { all: unset; cursor: pointer; display: flex; gap: .5rem; justify-content: space-between; width: 100%;
  box-sizing: border-box; padding: .1rem .3rem; border-radius: .3rem; }
button.item:hover, button.item:focus-visible { background: rgba(124, 92, 255, .15); outline: 2px solid rgba(124, 92, 255, .6); }
.count { color: #6b6b70; white-space: nowrap; }
.bar { height: .35rem; border-radius: .2rem; background: rgba(124, 92, 255, .7); margin: 0 .3rem .3rem; }
.flag { color: #b3261e; font-weight: bold; }
.note { color: #8a5a00; font-style: italic; }
.toggles { display: flex; flex-wrap: wrap; gap: .2rem .8rem; margin-top: .5rem; }
.toggles label { cursor: pointer; padding: 0 .3rem; border-radius: .3rem; }
.PER { background: rgba(255, 159, 10, .42); } .ORG { background: rgba(10, 152, 255, .36); }
.LOC { background: rgba(48, 196, 89, .38); } .MISC { background: rgba(236, 72, 153, .30); }
.QUOTE { background: rgba(124, 92, 255, .13); text-decoration: underline 2px rgba(124, 92, 255, .85); }
.keys { color: #6b6b70; font-size: .8rem; margin-top: .8rem; }
.close { all: unset; cursor: pointer; padding: 0 .4rem; font-size: 1.2rem; border-radius: .3rem; }
.close:focus-visible { outline: 2px solid rgba(124, 92, 255, .8); }
.card { position: fixed; z-index: 2147483001; max-width: 18rem; padding: .4rem .6rem; border-radius: .4rem;
  font: 13px/1.4 system-ui, "DejaVu Sans", "Noto Sans Arabic", sans-serif; color: #fff; background: #2b2b33;
  box-shadow: 0 4px 14px rgba(0, 0, 0, .3); pointer-events: none; }
.card[hidden] { display: none; }
.card .type { font-size: .75rem; opacity: .8; }
@media (prefers-color-scheme: dark) {
  .panel { color: #ececf0; background: #1e1e24; border-color: #3a3a42; }
  .count, .keys { color: #a0a0a8; }
  .flag { color: #ff7a70; }
  .note { color: #f0b860; }
  .card { color: #1d1d1f; background: #f4f4f6; }
}
`;

/** The fallback marks of one kind (none where highlights painted). */
function marks(kind) {
  return [...document.querySelectorAll(`hashiya-mark[data-kind="${kind}"]`)];
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    // Through CSSOM: a style attribute is blocked by a strict CSP (no 'unsafe-inline').
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/** What a painted range stands for, for cards and keyboard navigation. */
function describeRanges(result) {
  const info = new Map();
  const quotedTimes = new Map();
  for (const quote of result.quotes) {
    const key = quote.speaker_entity ?? quote.speaker_name ?? null;
    quotedTimes.set(key, (quotedTimes.get(key) ?? 0) + 1);
  }
  for (const entity of result.entities) {
    if (!entity.range) continue;
    const cluster = result.clusters[entity.entity];
    info.set(entity.range, { kind: entity.type, name: cluster?.name ?? entity.text, mentions: cluster?.mentions ?? 1 });
  }
  for (const quote of result.quotes) {
    if (!quote.range) continue;
    const key = quote.speaker_entity ?? quote.speaker_name ?? null;
    info.set(quote.range, { kind: "QUOTE", speaker: quote.speaker_name, unnamed: quote.speaker_unnamed, quoted: quotedTimes.get(key) });
  }
  return info;
}

/**
 * Shows the panel for `result` (from annotatePage) and wires cards and keys.
 * Returns { dispose } to take the listeners away (clearAnnotations removes the host).
 */
export function showPanel(result) {
  document.getElementById("hashiya-panel")?.remove();
  const lang = result.lang === "ar" ? "ar" : "en";
  const t = STRINGS[lang];
  const controller = new AbortController();
  const { signal } = controller;
  const highlights = globalThis.CSS?.highlights;
  const saved = new Map(ALL.map((kind) => [kind, highlights?.get(`hashiya-${kind}`)]));
  const info = describeRanges(result);
  // In document order, sorted the first time a key needs it (a long page has tens of thousands).
  let sorted = null;
  const ordered = () => (sorted ??= [...info.keys()].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)));
  let position = -1;
  // A card shown from the keyboard stays a moment even if a stray pointer event finds nothing.
  let pinnedUntil = 0;

  const host = el("div", { id: "hashiya-panel" });
  const root = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];

  const card = el("div", { class: "card", role: "tooltip", hidden: "" });
  // The direction of the article as the page lays it out (its computed `direction`), else the language's.
  const dir = result.dir === "rtl" || result.dir === "ltr" ? result.dir : lang === "ar" ? "rtl" : "ltr";
  const panel = el("aside", { class: "panel", role: "complementary", "aria-label": t.title, dir, lang });

  function focusRange(range) {
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: "center", behavior: "instant" });
    if (highlights && globalThis.Highlight) {
      const flash = new Highlight(range);
      flash.priority = 10;
      highlights.set(FOCUS, flash);
      setTimeout(() => highlights.get(FOCUS) === flash && highlights.delete(FOCUS), FOCUS_MS);
    } else {
      const kind = info.get(range)?.kind;
      const flashed = marks(kind).filter((mark) => range.intersectsNode(mark));
      for (const mark of flashed) mark.setAttribute("data-focus", "");
      setTimeout(() => flashed.forEach((mark) => mark.removeAttribute("data-focus")), FOCUS_MS);
    }
    const rect = range.getBoundingClientRect();
    showCard(info.get(range), rect.left, rect.bottom);
    pinnedUntil = performance.now() + FOCUS_MS;
  }

  function showCard(what, x, y) {
    if (!what) {
      card.hidden = true;
      return;
    }
    const lines = what.kind === "QUOTE"
      ? [t.kinds.QUOTE, `${t.speaker}: ${what.speaker ?? t.unattributed}${what.unnamed ? ` (${t.unnamed})` : ""}`, what.speaker ? t.quoted(what.quoted) : ""]
      : [t.kinds[what.kind], what.name, t.mentions(what.mentions)];
    card.replaceChildren(el("div", { class: "type", text: lines[0] }), el("strong", { text: lines[1] }), el("div", { text: lines[2] }));
    card.dir = panel.dir;
    card.style.left = `${Math.max(0, Math.min(x, innerWidth - 300))}px`;
    card.style.top = `${Math.min(y + 8, innerHeight - 80)}px`;
    card.hidden = false;
  }

  const toggles = el("div", { class: "toggles" }, ...ALL.map((kind) => {
    const box = el("input", { type: "checkbox", checked: "", "data-kind": kind });
    box.addEventListener("change", () => {
      if (!highlights) {
        for (const mark of marks(kind)) mark.toggleAttribute("data-off", !box.checked);
        return;
      }
      const highlight = saved.get(kind);
      if (box.checked && highlight) highlights.set(`hashiya-${kind}`, highlight);
      else highlights.delete(`hashiya-${kind}`);
    });
    return el("label", { class: kind }, box, ` ${t.kinds[kind]}`);
  }));

  const names = el("section", { "aria-label": t.names }, el("h3", { text: t.names }));
  const firstMention = new Map();
  for (const entity of result.entities) if (entity.range && !firstMention.has(entity.entity)) firstMention.set(entity.entity, entity);
  for (const kind of KINDS) {
    const clusters = result.clusters.filter((c) => c.type === kind).sort((a, b) => b.mentions - a.mentions);
    if (!clusters.length) continue;
    const list = el("ul", { "aria-label": t.kinds[kind] });
    for (const cluster of clusters) {
      const first = firstMention.get(cluster.id);
      list.append(el("li", {}, el("button", { class: "item", type: "button", "data-kind": kind, onclick: () => first && focusRange(first.range) },
        el("span", { class: kind, text: cluster.name }), el("span", { class: "count", text: t.mentions(cluster.mentions) }))));
    }
    names.append(el("h3", { text: t.kinds[kind] }), list);
  }

  const bySpeaker = new Map();
  for (const quote of result.quotes) {
    const key = quote.speaker_entity ?? quote.speaker_name ?? null;
    if (!bySpeaker.has(key)) bySpeaker.set(key, { name: quote.speaker_name, unnamed: quote.speaker_unnamed, quotes: [] });
    bySpeaker.get(key).quotes.push(quote);
  }
  const speakers = [...bySpeaker.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  const most = Math.max(1, ...speakers.map((s) => s.quotes.length));
  const quotes = el("section", { "aria-label": t.quotes }, el("h3", { text: t.quotes }));
  const quoteList = el("ul");
  for (const speaker of speakers) {
    const first = speaker.quotes.find((q) => q.range);
    // Unattributed quotes and unnamed sources are what an editor looks for: both are marked.
    const label = !speaker.name
      ? el("span", { class: "flag", text: `⚠ ${t.unattributed}` })
      : speaker.unnamed
        ? el("span", {}, speaker.name, " ", el("span", { class: "note", text: `(${t.unnamed})` }))
        : el("span", { text: speaker.name });
    quoteList.append(el("li", { "data-speaker": speaker.name ?? "" },
      el("button", { class: "item", type: "button", onclick: () => first && focusRange(first.range) },
        label, el("span", { class: "count", text: String(speaker.quotes.length) })),
      el("div", { class: "bar", style: `width: ${(100 * speaker.quotes.length) / most}%`, "aria-hidden": "true" })));
  }
  quotes.append(speakers.length ? quoteList : el("p", { text: t.none }));

  const close = el("button", { class: "close", type: "button", "aria-label": t.close, text: "×", onclick: () => (panel.hidden = true) });
  panel.append(el("header", {}, el("h2", { text: t.title }), close), toggles, names, quotes, el("p", { class: "keys", text: t.keys }));
  root.append(panel, card);
  document.body.append(host);

  const alive = () => host.isConnected || (controller.abort(), false);
  document.addEventListener("keydown", (event) => {
    if (!alive() || !event.altKey || !event.shiftKey) return;
    const key = event.code;
    if (key === "KeyH") panel.hidden = !panel.hidden;
    else if ((key === "KeyN" || key === "KeyP") && info.size) {
      const list = ordered();
      position = key === "KeyN" ? (position + 1) % list.length : (position - 1 + list.length) % list.length;
      focusRange(list[position]);
    } else return;
    event.preventDefault();
  }, { signal });

  let pending = false;
  document.addEventListener("pointermove", (event) => {
    if (pending || !alive()) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const found = hit(event.clientX, event.clientY);
      if (found || performance.now() > pinnedUntil) showCard(found, event.clientX, event.clientY);
    });
  }, { signal, passive: true });

  /** The painted item under a point: highlightsFromPoint where the browser has it, else rects. */
  function hit(x, y) {
    if (highlights?.highlightsFromPoint) {
      for (const { highlight, ranges } of highlights.highlightsFromPoint(x, y)) {
        if (![...saved.values()].includes(highlight)) continue;
        for (const range of ranges ?? []) if (info.has(range)) return info.get(range);
      }
      return null;
    }
    for (const range of ordered()) {
      for (const rect of range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return info.get(range);
      }
    }
    return null;
  }

  return { host, dispose: () => controller.abort() };
}
