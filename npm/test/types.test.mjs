// The generated TypeScript types (types/generated.d.ts, types/catalog.schema.json) match the Rust
// types they come from; the failure message names the command that regenerates them.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { npmDir, run } from "./support/paths.mjs";

test("the committed types are current", () => {
  const r = run(process.execPath, [join(npmDir, "scripts", "gen-types.mjs"), "--check"], { cwd: npmDir });
  assert.equal(r.status, 0, r.stderr);
});
