// The core in a module worker, for annotatePageAsync (async.js): annotateText on the text sent.
import init, { annotateText } from "./pkg/hashiya.js";

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ id: data.id, result: annotateText(data.text, data.options) });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error?.message ?? error) });
  }
};
