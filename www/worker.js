// The core in a module worker, for annotatePageAsync (async.js): annotateText on the text sent.
// A long result goes back in parts: the page copies each message in one task, and one message
// of 40,000 entities would hold it for some 60 ms. The last message carries the rest and ends it.
import init, { annotateText } from "./pkg/hashiya.js";

const ready = init();
const PART = 1500;
const LISTS = ["entities", "quotes", "clusters", "paragraphs"];

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const result = annotateText(data.text, data.options);
    for (const key of LISTS) {
      const list = result[key];
      delete result[key];
      for (let i = 0; i < list.length; i += PART) self.postMessage({ id: data.id, key, items: list.slice(i, i + PART) });
    }
    self.postMessage({ id: data.id, result });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error?.message ?? error) });
  }
};
