// The page's leg of the scale round trip (bench/scale.py, `just scale`): two catalog files loaded
// into the built page in headless chromium, the migration it shows read back.
//
//   node web/test/scale.mjs FROM.json TO.json OUT.sql
//
// With "Allow destructive statements" on (`--unsafe`): uploads both files, waits for the page and
// writes the SQL its editor shows to OUT.sql (as `migra` prints it). Prints one JSON object: the
// milliseconds from the upload until the page settled, the engine's own milliseconds, the counts
// the page shows and whether it says there are no differences; the peak resident set of chromium's
// renderer process, which holds the page, its worker and the engine's wasm memory (VmHWM in
// /proc/PID/status); the highest JavaScript heap of the page's own thread seen (CDP
// Performance.getMetrics, sampled every 100 ms); the errors the page logged and the requests it
// made to other hosts (both should be empty).

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPage, setOption, settled, shownCounts, shownSql } from "./page.mjs";

const [from, to, out] = process.argv.slice(2);
if (!out) throw new Error("usage: node web/test/scale.mjs FROM.json TO.json OUT.sql");

/** The processes below `root` (chromium's browser, zygotes, renderers, ...). */
function descendants(root) {
  const children = new Map();
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // Gone meanwhile.
    }
    // The fields after the command name, which may hold spaces and parentheses: state, ppid, ...
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(pid));
  }
  const found = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** The largest peak resident set (kB) among chromium's renderer processes below this one. */
function rendererPeakKb() {
  let peak = 0;
  for (const pid of descendants(process.pid)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer")) continue;
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (hwm) peak = Math.max(peak, Number(hwm[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  return peak;
}

const profile = mkdtempSync(join(tmpdir(), "migra-web-scale-"));
const web = await openPage(profile);
const { page } = web;
const report = { rendererPeakKb: 0, jsHeapPeakBytes: 0, errors: web.errors, externalRequests: [] };
try {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const sample = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
    report.jsHeapPeakBytes = Math.max(report.jsHeapPeakBytes, used);
  };
  const sampler = setInterval(() => sample().catch(() => {}), 100);
  try {
    await setOption(page, "opt-unsafe", true);
    const started = performance.now();
    // Both files at once, as a user picks them, and one wait for the page.
    await page.setInputFiles("#side-from input[type=file]", from);
    await page.setInputFiles("#side-to input[type=file]", to);
    await settled(page);
    report.ms = performance.now() - started;
    const sql = await shownSql(page);
    writeFileSync(out, sql ? `${sql}\n` : "");
    report.engineMs = await page.evaluate(() => window.migraTiming?.engineMs ?? null);
    report.counts = (await shownCounts(page)).total;
    report.noDifferences = /No differences/.test(await page.textContent("#summary"));
    report.status = await page.textContent("#status");
    await sample();
  } finally {
    clearInterval(sampler);
  }
  report.rendererPeakKb = rendererPeakKb();
  report.externalRequests = web.externalRequests;
} finally {
  await web.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(report));
