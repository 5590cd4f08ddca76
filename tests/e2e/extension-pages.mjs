// The pages the extension tests open in Chromium (extension.test.mjs) and Firefox
// (extension-firefox.test.mjs), and the in-page check of what the seed demo page got painted.

export const STRICT_CSP = "default-src 'self'; script-src 'self'";

// A news page whose own script runs (from 'self'), whose inline script and wasm the CSP refuses.
export const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Talks in Geneva</title>
<script src="page-script.js"></script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Obama meets United Nations envoys in Geneva</h1>
<p>Former US president Barack Obama met United Nations officials in Geneva on Monday to discuss the war in Syria.</p>
<p>Obama said: "We will not leave the region before the job is done." The talks, hosted by the Swiss government, lasted three hours.</p>
<p>Angela Merkel, the former German chancellor, joined the meeting from Berlin, according to Reuters.</p>
<p>"Nothing has changed in our position," Merkel told reporters after the meeting in Geneva.</p>
</article>
<button id="counter" type="button">0</button>
<script>document.documentElement.dataset.inline = "ran";</script>
</body></html>`;

export const PAGE_SCRIPT = `document.documentElement.dataset.pageScript = "ran";
WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
  () => { document.documentElement.dataset.pageWasm = "allowed"; },
  () => { document.documentElement.dataset.pageWasm = "blocked"; });
addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("counter");
  button.addEventListener("click", () => { button.textContent = String(Number(button.textContent) + 1); });
});`;

/** What the seed demo page (www/index.html) must get painted: names and the four quotes. */
export const SEED_ENTITIES = { "hashiya-PER": ["الكاظمي", "جو بايدن"], "hashiya-LOC": ["العراق", "واشنطن"] };
export const SEED_QUOTES = [
  "العراق سيظل يطلب تدريب الولايات المتحدة وجمع معلومات استخبارية عسكرية",
  "الكاظمي توجه إلى الولايات المتحدة الأمريكية على رأس وفد حكومي، وذلك في زيارة رسمية تستغرق عدة أيام، ستشهد بحث العلاقات بين البلدين في مختلف المجالات والقضايا الثنائية ذات الاهتمام المشترك",
  "هذه الزيارة تأتي في إطار جهود العراق لترسيخ علاقة وثيقة مع الولايات المتحدة الأمريكية، مبنية على أسس الاحترام المتبادل والتعاون الثنائي في مختلف المجالات",
  "الزيارة تتوج جهوداً طويلة من العمل الحثيث خلال جلسات الحوار الاستراتيجي لتنظيم العلاقة الأمنية بين البلدين على أساس المصلحة الوطنية العراقية",
];

/**
 * Runs in the seed page (self-contained, for Playwright and WebDriver alike): the texts painted
 * under each hashiya highlight, and every painted range that is not in the article body: outside
 * `<article>`, or in the furniture the article itself holds (breadcrumbs, "read also" links,
 * the source link). The sidebar's "you may also like" block and the footer's newsletter box are
 * outside `<article>`.
 */
export function seedPaint() {
  const furniture = "aside, footer, nav, header, .read-also, .breadcrumbs, .source-link, #hashiya-demo";
  const painted = {};
  const outside = [];
  for (const kind of ["PER", "ORG", "LOC", "MISC", "QUOTE"]) {
    const highlight = CSS.highlights.get(`hashiya-${kind}`);
    if (!highlight) continue;
    painted[`hashiya-${kind}`] = [];
    highlight.forEach((range) => {
      painted[`hashiya-${kind}`].push(range.toString());
      const node = range.commonAncestorContainer;
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!element.closest("article") || element.closest(furniture)) outside.push(`${kind}: ${range}`);
    });
  }
  return { painted, outside };
}

// An article part of whose text sits in an open shadow root (attached by FRAMES_SCRIPT, a file
// of the page: the strict CSP allows it) and in a same-origin frame, which has its own highlight
// registry and must be painted there.
export const FRAMES = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Talks in Geneva</title>
<script src="frames.js"></script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Obama meets United Nations envoys in Geneva</h1>
<p>Former US president Barack Obama met United Nations officials in Geneva on Monday to discuss the war in Syria.</p>
<div id="host"></div>
<iframe id="frame" srcdoc="<p>Angela Merkel, the former German chancellor, joined the meeting from Berlin, according to Reuters.</p>"></iframe>
<p>Obama said: "We will not leave the region before the job is done." The talks, hosted by the Swiss government, lasted three hours.</p>
</article>
</body></html>`;

export const FRAMES_SCRIPT = `addEventListener("DOMContentLoaded", () => {
  const paragraph = document.createElement("p");
  paragraph.textContent = "Emmanuel Macron arrived in Paris for talks with NATO on Tuesday, officials said.";
  document.getElementById("host").attachShadow({ mode: "open" }).append(paragraph);
  document.documentElement.dataset.ready = "yes";
});`;

/** Runs in the frames page: the people painted in the page's registry and in the frame's. */
export function framesPaint() {
  const people = (registry) => [...(registry.get("hashiya-PER") ?? [])].map(String);
  const frame = document.getElementById("frame");
  return {
    page: people(CSS.highlights),
    frame: people(frame.contentWindow.CSS.highlights),
    markup: document.documentElement.outerHTML + frame.contentDocument.documentElement.outerHTML,
    shadow: document.getElementById("host").shadowRoot.innerHTML,
  };
}
