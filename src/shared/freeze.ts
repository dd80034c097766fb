// Deep freezing, in one place: a frozen answer or reply is one that may be shared and memoised.

/** Freezes `value` and everything reachable from it (already frozen parts are left as they are). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
