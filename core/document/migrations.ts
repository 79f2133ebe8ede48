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

/** Format 1 kept a source's bibliographic details as a loose map of strings. */
interface FormatOneSource {
  id: unknown;
  title: unknown;
  fields?: Record<string, unknown>;
  snapshot?: unknown;
}

/** The format-1 field names that format 2 gives a place of their own. */
const SOURCE_FIELDS_BY_NAME = ['publisher', 'containerTitle', 'issued', 'url', 'accessed', 'language', 'place', 'originator', 'descriptor', 'notes'] as const;

/**
 * Format 2 gives sources their full shape (CSL fields, grade, originator, snapshot
 * details). Fields with a known name move to their place; any other is kept in the
 * notes, so nothing the analyst wrote is lost.
 */
function sourcesWithShape(parts: RawParts): RawParts {
  const sources = Array.isArray(parts.sources) ? (parts.sources as FormatOneSource[]) : parts.sources;
  if (!Array.isArray(sources)) return { ...parts, formatVersion: 2 };
  return {
    ...parts,
    formatVersion: 2,
    sources: sources.map((source) => {
      if (typeof source !== 'object' || source === null) return source;
      const { fields = {}, ...rest } = source;
      const moved: Record<string, unknown> = {};
      const leftOver: string[] = [];
      for (const [name, value] of Object.entries(fields)) {
        if ((SOURCE_FIELDS_BY_NAME as readonly string[]).includes(name) && typeof value === 'string') moved[name] = value;
        else leftOver.push(`${name}: ${String(value)}`);
      }
      if (typeof moved.issued === 'string' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(moved.issued)) {
        leftOver.push(`issued: ${moved.issued}`);
        delete moved.issued;
      }
      if (leftOver.length > 0) moved.notes = [moved.notes, ...leftOver].filter(Boolean).join('\n');
      return { ...rest, ...moved };
    }),
  };
}

/** Registered migrations, keyed by the version they upgrade from; each comes with a fixture of its older format in the tests. */
export const migrations: ReadonlyMap<number, Migration> = new Map([[1, sourcesWithShape]]);

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
