/**
 * The seed for property tests: fixed, so `npm test` is repeatable; FC_SEED=random (or any
 * number) explores new cases.
 */
export function propertySeed(fixed = 20_261_128): number {
  if (process.env.FC_SEED === 'random') return Date.now();
  return Number(process.env.FC_SEED ?? fixed);
}
