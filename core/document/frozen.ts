/**
 * Freezes a JSON value and everything in it. The page hands out parts of a document frozen
 * (the body's blocks, the list of sources): a reader may keep one without copying it, and
 * the page's transport writes a frozen value's JSON once (renderer/app/frozen-json.ts).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
