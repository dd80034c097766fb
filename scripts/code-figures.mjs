// Size figures for the code under src/ (or the folders given): the largest files by lines and the longest
// functions by lines, for docs/development.md. Uses the TypeScript compiler's parser, so a "function" is
// what TypeScript says it is: declarations, methods, constructors, accessors, function expressions and
// arrow functions (an arrow's name is the variable or property it is assigned to).
//
//   node scripts/code-figures.mjs [--top N] [DIR…]      default: --top 10 src
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const ts = createRequire(path.join(ROOT, "package.json"))("typescript");

function tsFiles(dir) {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) =>
      path
        .relative(ROOT, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

function lineCount(text) {
  return text.endsWith("\n") ? text.split("\n").length - 1 : text.split("\n").length;
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
  )
    return parent.name.getText();
  return "(anonymous)";
}

function functionsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const owner =
        node.parent && ts.isClassLike(node.parent) && node.parent.name ? `${node.parent.name.text}.` : "";
      found.push({ file, name: owner + nameOf(node), start, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 10;
const dirs = args.length > 0 ? args : ["src"];
const files = dirs.flatMap(tsFiles);
const sizes = [];
const functions = [];
for (const file of files) {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  sizes.push({ file, lines: lineCount(text) });
  functions.push(...functionsOf(file, text));
}
sizes.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
functions.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
const total = sizes.reduce((sum, s) => sum + s.lines, 0);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`${files.length} files, ${total} lines, ${functions.length} functions under ${dirs.join(", ")}`);
console.log(
  `median file ${median(sizes.map((s) => s.lines))} lines, median function ${median(functions.map((f) => f.lines))} lines`,
);
console.log(`\nlargest files (lines):`);
for (const s of sizes.slice(0, top)) console.log(`  ${String(s.lines).padStart(5)}  ${s.file}`);
console.log(`\nlongest functions (lines):`);
for (const f of functions.slice(0, top))
  console.log(`  ${String(f.lines).padStart(5)}  ${f.name}  ${f.file}:${f.start}`);
