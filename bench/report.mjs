// One side-by-side report of a `cargo xtask bench` run, from the JSON lines its parts wrote to
// target/bench/: native.json (criterion, benches/throughput.rs), node.json (wasm in Node and
// compromise), chromium.json (wasm and whole pages in headless Chromium), extension.json (the
// extension on a 1 MB page), bundle.json (xtask).
// Every throughput row divides the same token count of the same 256 KB texts; a row whose
// count differs from the others is flagged, since its rate would not compare.
import { existsSync, readFileSync } from "node:fs";

const dir = new URL("../target/bench/", import.meta.url);
const read = (name) => {
  const file = new URL(name, dir);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
};
const native = read("native.json");
const node = read("node.json");
const chromium = read("chromium.json");
const bundle = read("bundle.json");
const extension = read("extension.json");

const LANGS = ["Arabic", "English"];
const langOf = (row) => row.lang ?? LANGS.find((lang) => row.name?.endsWith(`, ${lang}`));
const k = (rate) => (rate == null ? "—" : `${Math.round(rate / 1000)}k`);

// Rows of the throughput table: label and the rows it takes its Arabic / English rates from.
const table = [
  ["native annotate (criterion)", native.filter((r) => r.stage === "annotate")],
  ["native ner::tag only", native.filter((r) => r.stage === "ner")],
  ["native quotes::find only", native.filter((r) => r.stage === "quotes")],
  ["wasm annotateText, Node", node.filter((r) => r.name?.startsWith("hashiya wasm"))],
  ["wasm annotateText, Chromium", chromium.filter((r) => r.name?.startsWith("hashiya wasm"))],
  ["compromise 14, Node", node.filter((r) => r.name?.startsWith("compromise"))],
];
const tokens = {};
const mismatched = [];
for (const [label, rows] of table) {
  for (const row of rows) {
    const lang = langOf(row);
    tokens[lang] ??= row.tokens;
    if (row.tokens !== tokens[lang]) mismatched.push(`${label}, ${lang}: ${row.tokens} tokens, not ${tokens[lang]}`);
  }
}

const out = [];
out.push("", "== hashiya benchmark report (one run) ==", "");
out.push(`throughput, tokens/s (median; same texts: ${LANGS.map((l) => `${l} ${tokens[l] ?? "?"} tokens`).join(", ")})`);
out.push(`${"".padEnd(30)} ${"Arabic".padStart(9)} ${"English".padStart(9)}`);
for (const [label, rows] of table) {
  if (!rows.length) continue;
  const rate = (lang) => rows.find((r) => langOf(r) === lang)?.tokens_per_s;
  out.push(`${label.padEnd(30)} ${k(rate("Arabic")).padStart(9)} ${k(rate("English")).padStart(9)}`);
}
const rateOf = (rows, lang) => rows.find((r) => langOf(r) === lang && r.tokens_per_s)?.tokens_per_s;
const compromise = rateOf(node.filter((r) => r.name?.startsWith("compromise")), "English");
if (compromise) {
  const against = [
    ["wasm in Node", rateOf(node.filter((r) => r.name?.startsWith("hashiya wasm")), "English")],
    ["wasm in Chromium", rateOf(chromium.filter((r) => r.name?.startsWith("hashiya wasm")), "English")],
    ["native", rateOf(native.filter((r) => r.stage === "annotate"), "English")],
  ].filter(([, rate]) => rate);
  out.push(`against compromise on the same English text: ${against.map(([w, r]) => `${w} ${(r / compromise).toFixed(1)}x`).join(", ")}`);
}
for (const line of mismatched) out.push(`WARNING: token counts differ, rates do not compare: ${line}`);

const scaling = native.filter((r) => r.stage === "scaling");
if (scaling.length) {
  out.push("", "scaling, native annotate on mixed Arabic and English (time / (size x base) should stay near 1)");
  for (const r of scaling) out.push(`${`${r.factor}x`.padEnd(4)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB ${r.ms.toFixed(1).padStart(9)} ms ${r.normalised.toFixed(2).padStart(6)}`);
}

const pages = chromium.filter((r) => r.name?.startsWith("annotatePage"));
if (pages.length) {
  out.push("", "annotatePage end to end in headless Chromium (median ms, per stage)");
  for (const r of pages) {
    const stages = Object.entries(r.stages ?? {}).map(([s, ms]) => `${s} ${ms}`).join(", ");
    out.push(`${r.name.replace("annotatePage ", "").padEnd(30)} ${String(r.ms).padStart(6)} ms  [${stages}]  ${r.entities} names, ${r.quotes} quotes`);
  }
}

const blocks = chromium.find((r) => r.sync && r.async);
if (blocks) {
  out.push(`1 MB page (${blocks.chars} chars), longest main-thread task: annotatePage ${blocks.sync.task.toFixed(0)} ms, {async: true} ${blocks.async.task.toFixed(0)} ms`);
}
const clicks = extension.find((r) => r.sliced && r.oneTask);
if (clicks) {
  out.push(`the same page in the extension, longest main-thread task: one task ${clicks.oneTask.task.toFixed(0)} ms, a click (sliced) ${clicks.sliced.task.toFixed(0)} ms`);
}

const memory = node.find((r) => r.peak_bytes);
if (memory) out.push("", `peak wasm memory, ${(memory.bytes / 2 ** 20).toFixed(1)} MB document in Node: ${(memory.peak_bytes / 2 ** 20).toFixed(1)} MiB (${memory.ms} ms)`);
const total = bundle.find((r) => r.file === "total");
if (total) {
  const files = bundle.filter((r) => r.file !== "total").map((r) => `${r.file} ${r.raw} B raw, ${r.gzip} B gzip`);
  out.push(`bundle: ${files.join("; ")}; total ${total.gzip} B gzip of ${total.budget} (${((100 * total.gzip) / total.budget).toFixed(0)} %)`);
}
const missing = [["native.json", native], ["node.json", node], ["chromium.json", chromium]].filter(([, rows]) => !rows.length);
if (missing.length) out.push("", `(missing from this run: ${missing.map(([name]) => name).join(", ")})`);
console.log(out.join("\n"));
