// What to print of a caught value: `catch` hands over `unknown`, and a thrown string or object has no `message`.

/** A thrown Error's message, else the thrown value as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
