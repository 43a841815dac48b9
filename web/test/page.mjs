// The built page (web/dist) in Debian's chromium driven by playwright-core, served by
// scripts/serve.mjs on 127.0.0.1, and what a script reads off it. Shared by the browser tests
// (browser.test.mjs) and the page's leg of the scale round trip (scale.mjs, run by bench/scale.py).

import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = join(REPO, "web/dist");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const LAPTOP = { width: 1440, height: 900 };

/**
 * Serves web/dist, starts chromium with a fresh profile in `profile` and opens the page once its
 * engine is ready. Requests to any other host are refused and recorded in `externalRequests`;
 * page errors and console errors go to `errors`. `close()` stops the browser and the server.
 */
export async function openPage(profile) {
  for (const [what, path] of [
    ["the built page (just build-web)", join(DIST, "index.html")],
    ["Debian chromium", CHROMIUM],
  ]) {
    if (!existsSync(path)) throw new Error(`missing ${what}: ${path}`);
  }
  const { server } = await serve(DIST, 0);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptsDownloads: true,
    viewport: LAPTOP,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const errors = [];
  const externalRequests = [];
  // Everything the page needs comes from its own server: any other request is recorded and refused.
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      externalRequests.push(route.request().url());
      return route.abort();
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("body[data-ready=true][data-engine=ready]");
  const close = async () => {
    await context.close();
    server.close();
  };
  return { page, context, server, errors, externalRequests, close };
}

/** Waits until the page has nothing in flight (loads, diffs, debounced option edits). */
export async function settled(page) {
  await page.waitForFunction(() => document.body.dataset.pending === "0", null, { timeout: 600_000 });
}

/** The SQL in the page's editor. */
export async function shownSql(page) {
  return page.evaluate(() => document.getElementById("editor").migraView.state.doc.toString());
}

/** Loads a catalog file into FROM or TARGET through the file picker and waits for the page. */
export async function upload(page, side, file) {
  await page.setInputFiles(`#side-${side} input[type=file]`, file);
  await settled(page);
}

/** Sets an option: a checkbox to a boolean, a text field to a string. */
export async function setOption(page, id, value) {
  const box = page.locator(`#${id}`);
  if (typeof value === "boolean") {
    if ((await box.isChecked()) !== value) await box.click();
  } else {
    await box.fill(value);
  }
  await settled(page);
}

/** The counts the page shows: the totals chips and each kind group's chips. */
export async function shownCounts(page) {
  return page.evaluate(() => {
    const read = (root) => {
      const counts = { added: 0, removed: 0, changed: 0 };
      for (const chip of root.querySelectorAll(".count")) {
        const kind = ["added", "removed", "changed"].find((k) => chip.classList.contains(k));
        counts[kind] = Number(chip.textContent.replace(/[^\d]/g, ""));
      }
      return counts;
    };
    const byKind = {};
    for (const group of document.querySelectorAll("#summary details.kind")) {
      byKind[group.dataset.kind] = read(group.querySelector("summary"));
    }
    return { total: read(document.getElementById("totals")), byKind };
  });
}
