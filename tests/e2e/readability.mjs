// Prints article-body F1 on Readability's test pages (see readability-eval.mjs).
// Usage: node tests/e2e/readability.mjs ../shared/pages/readability [name-filter]
// HASHIYA_EVAL_ALL=1 also prints every page's score.
import { existsSync } from "node:fs";
import { evaluate, summary } from "./readability-eval.mjs";
import { missing } from "./support.mjs";

const folder = process.argv[2];
const filter = process.argv[3] ?? "";
if (!folder || !existsSync(folder)) {
  console.log(`skipped: no pages folder${folder ? ` at ${folder}` : " given"} (usage: readability.mjs <folder>)`);
  process.exit(0);
}
const reason = missing();
if (reason) {
  console.log(`skipped: ${reason}`);
  process.exit(0);
}
const results = await evaluate(folder, filter);
const { mean, scored, below } = summary(results);
console.log(`pages: ${results.length} (${results.length - scored.length} with an empty expected.html)`);
console.log(`mean F1: ${mean.toFixed(4)}; below 0.5: ${below.length}`);
const timed = results.filter((r) => r.ms !== undefined).map((r) => r.ms).sort((a, b) => a - b);
if (timed.length) console.log(`annotatePage median ${timed[timed.length >> 1].toFixed(1)} ms, max ${timed.at(-1).toFixed(1)} ms`);
console.log("worst ten:");
for (const r of [...scored].sort((a, b) => a.f1 - b.f1).slice(0, 10)) {
  const detail = r.error ?? `precision ${r.precision.toFixed(2)} recall ${r.recall.toFixed(2)}`;
  console.log(`  ${r.f1.toFixed(3)}  ${r.name}  (${detail})`);
}
if (process.env.HASHIYA_EVAL_ALL) for (const r of results) console.log(`${r.f1.toFixed(3)}\t${r.name}`);
