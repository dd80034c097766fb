// Whether a module is the program node was started with, so a command file can be both imported by tests and run
// as `node dist/…/x.js`. pathToFileURL, not a hand-built `file://` string: a path holding '#' or '%' must still
// compare equal to import.meta.url (a hand-built URL cut it at the '#', and the command silently ran nothing).
import path from "node:path";
import { pathToFileURL } from "node:url";

export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && moduleUrl === pathToFileURL(path.resolve(script)).href;
}
