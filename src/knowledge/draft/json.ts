// JSON written the way the project's formatter (Biome) writes it, so a drafted file passes `npm run lint`
// with no formatting step: objects one key a line, arrays on one line when they fit in the line width.
const LINE_WIDTH = 110;

export function formatJson(value: unknown): string {
  return `${format(value, 0, 0)}\n`;
}

/** `used`: columns already taken on the line where the value starts (indentation and key). */
function format(value: unknown, indent: number, used: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((v) => v === null || typeof v !== "object")) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      // The closing comma after the array counts against the width too.
      if (used + flat.length + 1 <= LINE_WIDTH) return flat;
    }
    const pad = " ".repeat(indent + 2);
    const items = value.map((v) => `${pad}${format(v, indent + 2, indent + 2)}`);
    return `[\n${items.join(",\n")}\n${" ".repeat(indent)}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const pad = " ".repeat(indent + 2);
    const lines = entries.map(([key, v]) => {
      const head = `${pad}${JSON.stringify(key)}: `;
      return `${head}${format(v, indent + 2, head.length)}`;
    });
    return `{\n${lines.join(",\n")}\n${" ".repeat(indent)}}`;
  }
  return JSON.stringify(value);
}
