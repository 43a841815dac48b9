// The migration SQL out of the page: to the clipboard, or downloaded as a .sql file named after
// the two catalogs.

import { $, h, icon } from "./dom.js";
import { state } from "./state.js";

/** Copies the SQL in `editor` to the clipboard, and says so on the Copy button for a moment. */
export async function copySql(editor) {
  const text = editor.state.doc.toString();
  const button = $("copy");
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h("textarea", { style: "position:fixed;opacity:0" });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  button.replaceChildren(icon("check"), "Copied");
  setTimeout(() => button.replaceChildren(icon("copy"), "Copy"), 1500);
}

/** Downloads the SQL in `editor` as FROM-to-TARGET.sql (or migration.sql). */
export function downloadSql(editor) {
  const text = editor.state.doc.toString();
  const base = (name) => (name ?? "").replace(/\.(json|sql)$/i, "") || null;
  const name =
    base(state.from.name) && base(state.to.name)
      ? `${base(state.from.name)}-to-${base(state.to.name)}.sql`
      : "migration.sql";
  const url = URL.createObjectURL(new Blob([text], { type: "application/sql" }));
  const a = h("a", { href: url, download: name.replace(/[^\w.-]+/g, "_") });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
