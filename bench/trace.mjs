// The longest task of a page's main thread while something runs, from a Chromium trace: wall
// time, and the thread's own CPU time (on a busy machine the OS runs other processes in the
// middle of a task, which the wall time counts and the CPU time does not). Shared by
// bench/chromium.mjs and bench/extension.mjs.

/** Runs `action` while tracing the page of the CDP session `cdp`; resolves to
 * `{task, cpu, value}`: the longest main-thread task in ms, its CPU time, and what `action` gave. */
export async function longestTask(cdp, action) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on("Tracing.dataCollected", collect);
  const complete = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
  await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline", transferMode: "ReportEvents" });
  let value;
  try {
    value = await action();
  } finally {
    await cdp.send("Tracing.end");
    await complete;
    cdp.off("Tracing.dataCollected", collect);
  }
  const main = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && main.has(`${e.pid}:${e.tid}`));
  return {
    task: Math.max(0, ...tasks.map((e) => e.dur / 1000)),
    cpu: Math.max(0, ...tasks.map((e) => (e.tdur ?? e.dur) / 1000)),
    value,
  };
}
