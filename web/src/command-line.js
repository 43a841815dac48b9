// The `migra` command that prints what the page shows: the options as its flags, the loaded
// files' names as its arguments.

import { $ } from "./dom.js";
import { options, state } from "./state.js";

/** Writes the command for the current options and files into `#command-line`. */
export function renderCommand() {
  const o = options();
  const quote = (s) => (/^[\w./@:-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);
  const parts = ["migra"];
  if (o.unsafe) parts.push("--unsafe");
  if (o.schema) parts.push("--schema", quote(o.schema));
  for (const s of o.excludeSchema) parts.push("--exclude-schema", quote(s));
  if (o.createExtensionsOnly) parts.push("--create-extensions-only");
  if (o.ignoreExtensionVersions) parts.push("--ignore-extension-versions");
  if (o.withPrivileges) parts.push("--with-privileges");
  parts.push(quote(fileName("from", "from.json")), quote(fileName("to", "target.json")));
  $("command-line").textContent = parts.join(" ");
}

/** The side's file name when it names a .json or .sql file (not "pasted text"), else `fallback`
 * (`.sql` for a side loaded as SQL). */
function fileName(side, fallback) {
  const name = state[side].name;
  if (name && /\.(json|sql)$/i.test(name)) return name;
  return state[side].meta?.sql ? fallback.replace(/\.json$/, ".sql") : fallback;
}
