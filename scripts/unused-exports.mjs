// Lists the exports of src/ that no other file of the project (src/, tests/, bench/) refers to, and fails when
// there is one: an export only its own module uses should not be exported, one nothing uses should go.
// Run by `npm run lint`. `--all` also lists what is used only by tests or benches (for review, not a failure).
// Uses TypeScript's own checker (a development dependency), so a name is matched by what it resolves to,
// not by its spelling: a re-export, an `import * as`, a dynamic import's property and `satisfies` all count.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const rootAt = process.argv.indexOf("--root");
/** The project checked: this one, or `--root DIR` (the script's own test runs it on a small project). */
const ROOT =
  rootAt > 0
    ? path.resolve(process.argv[rootAt + 1])
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = `${path.join(ROOT, "src")}${path.sep}`;
/** Exports meant for a caller outside the project's TypeScript: none today; add "file:name" with the reason. */
const ALLOWED = new Set([]);

const configPath = path.join(ROOT, "tsconfig.json");
const config = ts.getParsedCommandLineOfConfigFile(
  configPath,
  { noEmit: true, incremental: false },
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  },
);
if (!config) throw new Error(`cannot read ${configPath}`);
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
const checker = program.getTypeChecker();
const ours = program
  .getSourceFiles()
  .filter((f) => !f.isDeclarationFile && !f.fileName.includes("node_modules"));

/** The declaration a symbol stands for, through import and export aliases. */
function target(symbol) {
  let s = symbol;
  while (s && s.flags & ts.SymbolFlags.Alias) {
    const next = checker.getAliasedSymbol(s);
    if (!next || next === s) break;
    s = next;
  }
  return s;
}

const TYPE_LIKE =
  ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Enum | ts.SymbolFlags.Class;

const moduleOf = (file) => checker.getSymbolAtLocation(file);
const srcFiles = ours.filter((f) => f.fileName.startsWith(SRC));
/**
 * The names src/ exports and the types each file declares: only an identifier spelt as one of them can refer
 * to one (an import's `as` keeps the exported name in its specifier), which spares resolving every other
 * identifier of the project (~10× faster). A default export would need its importers' names: src/ has none.
 */
const candidateNames = new Set(
  srcFiles.flatMap((f) => (moduleOf(f) ? checker.getExportsOfModule(moduleOf(f)).map((e) => e.name) : [])),
);
if (candidateNames.has("default"))
  throw new Error("a default export in src/: teach scripts/unused-exports.mjs its importers' names");

/** Symbol → the files other than its own that refer to it. */
const usedFrom = new Map();
/** Types a module names in the signature of another of its exports: part of what it exports, so exported. */
const inExportedSignature = new Set();
for (const file of ours) {
  const exportsOfFile = new Set(
    (moduleOf(file) ? checker.getExportsOfModule(moduleOf(file)) : []).map(target),
  );
  const visit = (node, insideExport) => {
    if (ts.isIdentifier(node) && candidateNames.has(node.text)) {
      const symbol = checker.getSymbolAtLocation(node);
      const resolved = symbol && target(symbol);
      if (resolved) {
        const declaration = resolved.declarations?.[0];
        const declaredIn = declaration?.getSourceFile().fileName;
        if (declaredIn && declaredIn !== file.fileName) {
          const files = usedFrom.get(resolved) ?? new Set();
          usedFrom.set(resolved, files.add(file.fileName));
        } else if (
          declaredIn === file.fileName &&
          insideExport &&
          resolved !== insideExport &&
          resolved.flags & TYPE_LIKE
        ) {
          inExportedSignature.add(resolved);
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, insideExport));
  };
  for (const statement of file.statements) {
    const declared = statement.name ?? statement.declarationList?.declarations[0]?.name;
    const symbol = declared && checker.getSymbolAtLocation(declared);
    visit(statement, symbol && exportsOfFile.has(symbol) ? symbol : undefined);
  }
}

const unused = [];
const onlyByTests = [];
for (const file of srcFiles) {
  const moduleSymbol = moduleOf(file);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const resolved = target(exported);
    // A re-export of another module's name is that module's export, checked there.
    if (resolved.declarations?.[0]?.getSourceFile() !== file) continue;
    const relative = path.relative(ROOT, file.fileName);
    if (ALLOWED.has(`${relative}:${exported.name}`)) continue;
    const files = [...(usedFrom.get(resolved) ?? [])];
    const line = `${relative}:${file.getLineAndCharacterOfPosition(resolved.declarations[0].getStart()).line + 1} ${exported.name}`;
    if (files.length === 0) {
      if (!inExportedSignature.has(resolved)) unused.push(line);
    } else if (!files.some((f) => f.startsWith(SRC))) onlyByTests.push(line);
  }
}

if (process.argv.includes("--all") && onlyByTests.length > 0) {
  console.log(
    `Exported from src/ and used outside their module only by tests or benches (${onlyByTests.length}):`,
  );
  for (const line of onlyByTests) console.log(`  ${line}`);
}
if (unused.length > 0) {
  console.error(
    `Exported from src/ but used by no other file (${unused.length}): un-export it, or delete it if its own module does not use it either.`,
  );
  for (const line of unused) console.error(`  ${line}`);
  process.exit(1);
}
