import { BriefError } from '../errors';
import { CURRENT_FORMAT_VERSION } from './schema';

/** The parts of a `.brief` as plain JSON, before validation. */
export interface RawParts {
  formatVersion: number;
  document: unknown;
  body: unknown;
  sources: unknown;
  media: Record<string, unknown>;
}

/** Lifts the raw parts of format `from` to format `from + 1`. */
export type Migration = (parts: RawParts) => RawParts;

/**
 * Registered migrations, keyed by the version they upgrade from. Format 1 is the
 * first released format, so nothing is registered yet; the next format change adds
 * `1: (parts) => …` here together with a fixture of a format-1 file.
 */
export const migrations: ReadonlyMap<number, Migration> = new Map();

export function migrateForward(
  parts: RawParts,
  registry: ReadonlyMap<number, Migration> = migrations,
  target: number = CURRENT_FORMAT_VERSION,
): RawParts {
  let current = parts;
  while (current.formatVersion < target) {
    const step = registry.get(current.formatVersion);
    if (!step) {
      throw new BriefError(
        'invalid-part',
        `This file uses format ${current.formatVersion}, which this version of Briefwright cannot upgrade.`,
        `no migration registered from format ${current.formatVersion}`,
      );
    }
    const next = step(current);
    if (next.formatVersion !== current.formatVersion + 1) {
      throw new BriefError('internal', 'A file format upgrade step is broken.', `migration from ${current.formatVersion} produced ${next.formatVersion}`);
    }
    current = next;
  }
  return current;
}
