// A catalog object as indented `key: value` lines (YAML-like), so that a line diff of two versions
// reads as "this column's type changed" rather than as a wall of JSON punctuation. Multi-line
// strings (view and function definitions) become indented blocks, one source line per line.

/** An integer too large for a JS number, kept as its JSON text (sequence bounds are 64-bit). */
export class RawNumber {
  constructor(text) {
    this.text = text;
  }
}

/** JSON.parse that keeps such integers exact, where the browser gives revivers the source text. */
export function parseExact(text) {
  return JSON.parse(text, (_key, value, context) =>
    typeof value === "number" && !Number.isSafeInteger(value) && context?.source && /^-?\d+$/.test(context.source)
      ? new RawNumber(context.source)
      : value,
  );
}

export function readable(value) {
  const lines = [];
  write(value, "", lines);
  return `${lines.join("\n")}\n`;
}

function write(value, indent, lines) {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isBlock(item)) {
        const inner = [];
        write(item, `${indent}  `, inner);
        if (inner.length === 0) lines.push(`${indent}- {}`);
        else lines.push(`${indent}- ${inner[0].slice(indent.length + 2)}`, ...inner.slice(1));
      } else {
        lines.push(`${indent}- ${scalar(item)}`);
      }
    }
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (isBlock(item)) {
      if (Array.isArray(item) && item.length === 0) {
        lines.push(`${indent}${key}: []`);
        continue;
      }
      lines.push(`${indent}${key}:`);
      write(item, `${indent}  `, lines);
    } else if (typeof item === "string" && item.includes("\n")) {
      lines.push(`${indent}${key}: |`);
      for (const line of item.replace(/\n$/, "").split("\n")) lines.push(`${indent}  ${line}`);
    } else {
      lines.push(`${indent}${key}: ${scalar(item)}`);
    }
  }
}

function isBlock(value) {
  return value !== null && typeof value === "object" && !(value instanceof RawNumber);
}

function scalar(value) {
  if (value instanceof RawNumber) return value.text;
  // A catalog object's integer beyond Number.MAX_SAFE_INTEGER (the engine's exact conversion).
  if (typeof value === "bigint") return value.toString();
  // Plain where it cannot be mistaken for a number, a list or another value; else JSON-quoted.
  if (typeof value === "string") {
    const plain =
      value !== "" &&
      value.trim() === value &&
      !/["\n]/.test(value) &&
      !/^(true|false|null|-?\d[\d.]*|[-{[].*)$/.test(value);
    return plain ? value : JSON.stringify(value);
  }
  return JSON.stringify(value);
}
