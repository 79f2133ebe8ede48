const written = new WeakMap<object, string>();

/**
 * JSON.stringify, except that a frozen object's JSON is written once and reused: a frozen
 * value cannot change. The editor hands out each block of the body frozen, and the same
 * object until the block changes (BodySerializer), so sending a long briefing to the host
 * again (a recovery copy every few seconds of typing, a save) writes only the blocks
 * edited since. Undefined where JSON.stringify gives undefined.
 */
export function jsonReusingFrozen(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Object.isFrozen(value)) {
    let json = written.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      written.set(value, json);
    }
    return json;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: unknown) => jsonReusingFrozen(item) ?? 'null').join(',')}]`;
  const members: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const json = jsonReusingFrozen(item);
    if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${members.join(',')}}`;
}
