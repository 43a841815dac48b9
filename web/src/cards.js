// The two input cards, FROM and TARGET: what each shows (the file, its catalog's counts, what is
// wrong with it) and the catalogs loaded through them (file picker, drag and drop, paste), which
// the worker reads and checks. A side is a catalog file or SQL, which the worker loads into PGlite
// (the paste box then holds the SQL, editable: each edit loads it again).

import { debounced, report, tracked } from "./activity.js";
import { $, h, icon } from "./dom.js";
import { recompute } from "./results.js";
import { LABELS, setSide, state } from "./state.js";
import { request } from "./worker-client.js";

const cards = {};
let hooks = { onLoaded: () => {} };

/** Builds both cards. `onLoaded()`: a catalog was loaded and read, on either side. */
export function buildCards({ onLoaded } = {}) {
  hooks = { onLoaded: onLoaded ?? hooks.onLoaded };
  buildCard("from");
  buildCard("to");
}

function buildCard(side) {
  const root = $(`side-${side}`);
  const file = h("input", {
    type: "file",
    accept: ".json,.sql,application/json,application/sql,text/plain",
    hidden: true,
    "aria-label": `${LABELS[side].title} catalog file`,
  });
  const paste = h("textarea", {
    class: "paste",
    placeholder: "Paste catalog JSON or SQL (CREATE TABLE …) here",
    spellcheck: "false",
    hidden: true,
    "aria-label": `${LABELS[side].title} catalog JSON or SQL`,
  });
  const drop = h("div", { class: "drop", tabindex: "0", role: "group", "aria-label": `${LABELS[side].title} catalog` });
  const error = h("div", { class: "side-error", role: "alert", hidden: true });
  root.append(
    h(
      "div",
      { class: "side-head" },
      h("span", { class: `side-label ${side}` }, LABELS[side].title),
      h("span", { class: "muted" }, LABELS[side].hint),
    ),
    drop,
    paste,
    error,
    file,
  );
  cards[side] = { root, drop, paste, error, file, pasteName: null };

  file.addEventListener("change", () => {
    if (file.files[0]) report(load(side, file.files[0], file.files[0].name));
    file.value = "";
  });
  paste.addEventListener(
    "input",
    debounced(() => {
      const text = paste.value;
      if (text.trim())
        report(
          load(side, new Blob([text], { type: "text/plain" }), cards[side].pasteName ?? "pasted text", {
            keepPaste: true,
          }),
        );
    }, 350),
  );
  root.addEventListener("dragover", (event) => {
    event.preventDefault();
    root.classList.add("dragging");
  });
  root.addEventListener("dragleave", (event) => {
    if (!root.contains(event.relatedTarget)) root.classList.remove("dragging");
  });
  root.addEventListener("drop", (event) => {
    event.preventDefault();
    root.classList.remove("dragging");
    const dropped = event.dataTransfer.files[0];
    if (dropped) report(load(side, dropped, dropped.name));
    else {
      const text = event.dataTransfer.getData("text/plain");
      if (text) report(load(side, new Blob([text], { type: "text/plain" }), "dropped text"));
    }
  });
  // Pasting straight onto the card (Ctrl+V with the card focused) loads the clipboard's text.
  drop.addEventListener("paste", (event) => {
    const text = event.clipboardData.getData("text/plain");
    if (text) {
      event.preventDefault();
      report(load(side, new Blob([text], { type: "text/plain" }), "pasted text"));
    }
  });
  drop.addEventListener("keydown", (event) => {
    if ((event.key === "Enter" || event.key === " ") && event.target === drop) {
      event.preventDefault();
      file.click();
    }
  });
  renderCard(side);
}

/** Shows `state[side]` on its card. */
export function renderCard(side) {
  const input = state[side];
  const { root, drop, paste, error, file } = cards[side];
  root.classList.toggle("loaded", Boolean(input.meta));
  root.classList.toggle("has-error", Boolean(input.error));
  root.classList.toggle("loading", input.loading);

  const pick = h(
    "button",
    { class: "button", type: "button", onclick: () => file.click() },
    icon("file"),
    "Choose file",
  );
  const pasteToggle = h(
    "button",
    {
      class: "button ghost",
      type: "button",
      "aria-expanded": String(!paste.hidden),
      onclick: () => {
        paste.hidden = !paste.hidden;
        if (!paste.hidden) paste.focus();
        renderCard(side);
      },
    },
    icon("clipboard"),
    paste.hidden ? (input.meta?.sql && paste.value ? "Edit SQL" : "Paste JSON or SQL") : "Hide paste box",
  );

  if (input.loading) {
    drop.replaceChildren(
      h(
        "div",
        { class: "drop-body" },
        h("span", { class: "spinner" }),
        h("span", { class: "progress-text" }, input.progress ?? `Reading ${input.name}…`),
      ),
    );
  } else if (input.meta) {
    drop.replaceChildren(
      h(
        "div",
        { class: "drop-body loaded" },
        h(
          "div",
          { class: "file-line" },
          icon("check"),
          h("strong", { class: "file-name", title: input.name }, input.name),
          h("span", { class: "muted" }, formatBytes(input.meta.bytes)),
        ),
        h("div", { class: "meta" }, describeCatalog(input.meta)),
        h(
          "div",
          { class: "drop-actions" },
          pick,
          pasteToggle,
          h(
            "button",
            { class: "button ghost", type: "button", onclick: () => report(clear(side)), title: "Remove this catalog" },
            icon("x"),
            "Clear",
          ),
        ),
      ),
    );
  } else {
    drop.replaceChildren(
      h(
        "div",
        { class: "drop-body" },
        h("div", { class: "drop-icon" }, icon("upload")),
        h(
          "div",
          {},
          h("strong", {}, "Drop a catalog JSON or .sql file"),
          h("span", { class: "muted" }, " or paste one"),
        ),
        h("div", { class: "drop-actions" }, pick, pasteToggle),
      ),
    );
  }

  if (input.error) {
    const { title, body, hint } = explain(input.error);
    error.replaceChildren(
      h(
        "div",
        { class: "error-title" },
        icon("alert"),
        title,
        input.name && h("span", { class: "muted" }, ` · ${input.name}`),
      ),
      h("div", { class: "error-body" }, body),
      hint && h("div", { class: "error-hint" }, hint),
    );
    error.hidden = false;
  } else {
    error.hidden = true;
  }
}

function describeCatalog(meta) {
  const c = meta.counts;
  const parts = [];
  if (meta.sql) parts.push("SQL");
  if (meta.serverVersionNum)
    parts.push(`PostgreSQL ${pgVersion(meta.serverVersionNum)}${meta.sql ? " (PGlite, in this tab)" : ""}`);
  const show = [
    ["schemas", "schema"],
    ["tables", "table"],
    ["views", "view"],
    ["functions", "function"],
    ["indexes", "index"],
  ];
  for (const [key, noun] of show) {
    const n = c[key] ?? 0;
    if (n || key === "tables")
      parts.push(`${n.toLocaleString("en")} ${n === 1 ? noun : key === "indexes" ? "indexes" : `${noun}s`}`);
  }
  return parts.join(" · ");
}

function pgVersion(num) {
  const major = Math.floor(num / 10000);
  return major >= 10 ? `${major}.${num % 10000}` : `${major}.${Math.floor(num / 100) % 100}`;
}

/** A catalog error as a title the reader recognises, the engine's message and what to do. */
function explain(error) {
  const message = String(error.message).replace(/^(from|to): /, "");
  const fetchHint = h("span", {}, "Make one with ", h("code", {}, "migra-fetch -o file.json postgresql://…"));
  if (error.code === "TOO_LARGE") return { title: "Too large", body: message, hint: null };
  if (error.code === "EXTENSION_UNAVAILABLE")
    return {
      title: `PGlite lacks the extension "${error.extension}"`,
      body: message,
      hint: h(
        "span",
        {},
        "Load the schema into a server that has it and read it with ",
        h("code", {}, "migra-fetch -o file.json postgresql://…"),
        ", then drop the catalog file here.",
      ),
    };
  if (error.code === "SQL_FAILED")
    return {
      title: "The SQL failed in PGlite",
      body: message,
      hint: "PGlite is PostgreSQL 18 in this tab: fix the SQL above, or load a catalog file read from your server.",
    };
  if (error.code === "UNSUPPORTED_VERSION")
    return {
      title: "Unknown catalog format version",
      body: message,
      hint: "Open it with a newer migra-rs, or fetch the catalog again with this one.",
    };
  if (/^invalid JSON/i.test(message)) return { title: "Not JSON", body: message, hint: fetchHint };
  if (/^not a catalog/i.test(message)) return { title: "Not a catalog", body: message, hint: fetchHint };
  if (/^invalid catalog/i.test(message))
    return {
      title: "Not a valid catalog",
      body: message,
      hint: "The JSON path above shows where it stops matching the catalog format.",
    };
  return { title: "Cannot read this catalog", body: message, hint: null };
}

/** Loads a catalog into one side: the worker reads and checks it, then the diff runs again. */
export const load = tracked(async (side, blob, name, { keepPaste = false } = {}) => {
  const { paste } = cards[side];
  if (!keepPaste) {
    paste.hidden = true;
    paste.value = "";
    cards[side].pasteName = null;
  }
  setSide(side, { blob, name, meta: null, error: null, loading: true, progress: null });
  let next;
  try {
    const reply = await request({ type: "load", side, blob, name });
    next = { blob, name, meta: reply.meta, error: null, loading: false };
  } catch (error) {
    next = { blob, name, meta: null, error, loading: false };
  }
  // A later load of the same side wins.
  if (state[side].blob !== blob) return;
  // A catalog that loads makes an earlier failure to fetch the sample old news (main.js).
  if (next.meta) hooks.onLoaded();
  setSide(side, next);
  recompute();
});

const clear = tracked(async (side) => {
  cards[side].paste.value = "";
  setSide(side, { blob: null, name: null, meta: null, error: null, loading: false });
  await request({ type: "clear", side });
  recompute();
});

/** Shows SQL in a side's paste box, editable, and loads it (the sample's schemas). */
export function showSql(side, text, name) {
  const card = cards[side];
  card.paste.value = text;
  card.paste.hidden = false;
  card.pasteName = name;
  return load(side, new Blob([text], { type: "text/plain" }), name, { keepPaste: true });
}

const PHASES = {
  start: "Starting PostgreSQL (PGlite) in this tab…",
  load: "Loading the SQL into PGlite…",
  fetch: "Reading its catalog…",
};

/** A step of loading SQL into PGlite (the worker's progress), on the card that waits for it. */
export function showProgress(step) {
  const input = state[step.side];
  if (!input?.loading || !PHASES[step.phase]) return;
  setSide(step.side, { ...input, progress: PHASES[step.phase] });
}

/** Swaps the two sides' catalogs. */
export const swap = tracked(async () => {
  const from = state.from;
  const to = state.to;
  // The paste boxes (SQL being edited) change sides with their catalogs.
  const boxes = ["from", "to"].map((side) => ({
    value: cards[side].paste.value,
    hidden: cards[side].paste.hidden,
    pasteName: cards[side].pasteName,
  }));
  for (const [side, box] of [
    ["from", boxes[1]],
    ["to", boxes[0]],
  ]) {
    cards[side].paste.value = box.value;
    cards[side].paste.hidden = box.hidden;
    cards[side].pasteName = box.pasteName;
  }
  for (const [side, input] of [
    ["from", to],
    ["to", from],
  ]) {
    if (input.blob && !input.error) {
      await load(side, input.blob, input.name, { keepPaste: true });
    } else {
      await request({ type: "clear", side });
      setSide(side, { ...input, loading: false });
    }
  }
  recompute();
});

/** Sends the loaded catalogs to a fresh worker (`startWorker`'s `onRestarted`), marking a side
 * whose catalog it cannot read any more. */
export async function reloadSides(ask) {
  for (const side of ["from", "to"]) {
    const input = state[side];
    if (input.blob && !input.error) {
      const reply = await ask({ type: "load", side, blob: input.blob, name: input.name });
      if (!reply.ok) setSide(side, { ...input, error: reply.error, meta: null });
    }
  }
}

function formatBytes(bytes) {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MB`;
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} kB`;
  return `${bytes} B`;
}
