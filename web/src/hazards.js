// How the page names the engine's hazards (`Hazard` in engine/src/core/change.rs) and kinds.

export const HAZARDS = {
  DROPS_DATA: { label: "drops data", level: "danger", help: "rows or values are lost" },
  DROPS_OBJECT: { label: "drops an object", level: "danger", help: "something other than data is removed" },
  REWRITES_TABLE: { label: "rewrites the table", level: "warn", help: "the whole table is copied, under lock" },
  ACCESS_EXCLUSIVE_LOCK: {
    label: "ACCESS EXCLUSIVE lock",
    level: "warn",
    help: "blocks reads and writes on the table while it runs",
  },
  SCANS_TABLE: { label: "scans the table", level: "warn", help: "reads every row while holding a lock" },
  MAY_FAIL_ON_EXISTING_ROWS: {
    label: "can fail on existing rows",
    level: "danger",
    help: "a row the table already has may not fit: the migration would stop there",
  },
  PRIVILEGES_LOST: {
    label: "grants lost",
    level: "danger",
    help: "dropped and created again without its grants: use --with-privileges (the page's privileges option)",
  },
  ENUM_VALUE_NOT_USABLE_IN_TRANSACTION: {
    label: "enum value usable after commit",
    level: "info",
    help: "the new value cannot be used before the transaction commits",
  },
};

export function hazard(name) {
  return HAZARDS[name] ?? { label: name.toLowerCase().replaceAll("_", " "), level: "warn", help: "" };
}

// In migra's phase order (the engine's kind registry).
export const KINDS = [
  ["schema", "Schemas"],
  ["extension", "Extensions"],
  ["collation", "Collations"],
  ["enum", "Enums"],
  ["domain", "Domains"],
  ["composite_type", "Composite types"],
  ["range_type", "Range types"],
  ["base_type", "Base types"],
  ["shell_type", "Shell types"],
  ["sequence", "Sequences"],
  ["table", "Tables"],
  ["view", "Views"],
  ["materialized_view", "Materialized views"],
  ["constraint", "Constraints"],
  ["index", "Indexes"],
  ["function", "Functions"],
  ["aggregate", "Aggregates"],
  ["trigger", "Triggers"],
  ["event_trigger", "Event triggers"],
  ["policy", "Policies"],
];

export const ACTIONS = {
  create: { group: "added", sign: "+", label: "added" },
  drop: { group: "removed", sign: "−", label: "removed" },
  alter: { group: "changed", sign: "~", label: "changed" },
  replace: { group: "changed", sign: "↻", label: "replaced" },
};
