import { z } from 'zod';
import type { NewDocumentDefaults } from '../document/create';
import { NotesPlacementSchema, YardstickSchema } from '../document/schema';
import { BUILTIN_SCHEMES, builtinScheme } from '../markings/builtin-schemes';
import { describeIssue } from '../validation/describe-issue';

/**
 * The analyst's preferences: who they are, what a new document starts as, how often
 * unsaved work is copied aside, and the spell-checker's language. Kept by the host as
 * JSON in the app's data folder; every field has a default, so an older file (or one
 * written by hand with only some fields) still reads, and fields this version does not
 * know are dropped.
 */

/** The spell-checker's bundled dictionaries (renderer/editor/plugins/spellcheck holds their files). */
export const SPELLING_LANGUAGE_IDS = ['en-US', 'en-GB'] as const;
export const SpellingLanguageSchema = z.enum(SPELLING_LANGUAGE_IDS);
export type SpellingLanguageId = z.infer<typeof SpellingLanguageSchema>;

/** Unsaved changes are copied aside (for crash recovery) this many seconds after the last edit. */
export const AUTOSAVE_DELAY_SECONDS = { min: 1, max: 60, default: 1 } as const;

export const MAX_AUTHOR_CHARS = 200;

/** A marking scheme built into Briefwright, and one of its levels (null: no level yet). */
export const DefaultMarkingSchema = z.object({
  scheme: z.string().max(100),
  level: z.string().max(100).nullable(),
});
export type DefaultMarking = z.infer<typeof DefaultMarkingSchema>;

/** The fields one by one, without defaults: what a change may hold. */
const preferenceFields = {
  /** Written into new documents as their author. */
  author: z
    .string()
    .max(MAX_AUTHOR_CHARS, { error: `must be at most ${MAX_AUTHOR_CHARS} characters` })
    .regex(/^[^\r\n]*$/, { error: 'must fit on one line' }),
  /** The template File › New and the start strip offer first. */
  defaultTemplate: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'must be a template id (lower-case letters, digits and hyphens)' }),
  /** The marking of a new document whose template does not set one. */
  marking: DefaultMarkingSchema,
  /** The estimative-language yardstick of a new document whose template does not set one. */
  yardstick: YardstickSchema,
  /** Footnotes or endnotes, for a new document whose template does not say. */
  notes: NotesPlacementSchema,
  autosaveDelaySeconds: z
    .number()
    .int({ error: 'must be a whole number of seconds' })
    .min(AUTOSAVE_DELAY_SECONDS.min, { error: `must be at least ${AUTOSAVE_DELAY_SECONDS.min} second` })
    .max(AUTOSAVE_DELAY_SECONDS.max, { error: `must be at most ${AUTOSAVE_DELAY_SECONDS.max} seconds` }),
  spellingLanguage: SpellingLanguageSchema,
};

export const DEFAULT_PREFERENCES = {
  author: '',
  defaultTemplate: 'blank',
  marking: { scheme: 'none', level: null },
  yardstick: 'icd-203',
  notes: 'footnotes',
  autosaveDelaySeconds: AUTOSAVE_DELAY_SECONDS.default,
  spellingLanguage: 'en-US',
} as const satisfies { [K in keyof typeof preferenceFields]: z.infer<(typeof preferenceFields)[K]> };

/** A whole set of preferences as stored: a missing field takes its default, an unknown one is dropped. */
export const PreferencesSchema = z
  .object({
    author: preferenceFields.author.default(DEFAULT_PREFERENCES.author),
    defaultTemplate: preferenceFields.defaultTemplate.default(DEFAULT_PREFERENCES.defaultTemplate),
    marking: preferenceFields.marking.default(() => ({ ...DEFAULT_PREFERENCES.marking })),
    yardstick: preferenceFields.yardstick.default(DEFAULT_PREFERENCES.yardstick),
    notes: preferenceFields.notes.default(DEFAULT_PREFERENCES.notes),
    autosaveDelaySeconds: preferenceFields.autosaveDelaySeconds.default(DEFAULT_PREFERENCES.autosaveDelaySeconds),
    spellingLanguage: preferenceFields.spellingLanguage.default(DEFAULT_PREFERENCES.spellingLanguage),
  })
  .superRefine((preferences, context) => {
    const problem = markingProblem(preferences.marking);
    if (problem) context.addIssue({ code: 'custom', path: ['marking', problem.field], message: problem.message });
  });
export type Preferences = z.infer<typeof PreferencesSchema>;

/** Some preferences to change; the others keep their stored values. */
export const PreferencesChangeSchema = z.object(preferenceFields).partial();
export type PreferencesChange = z.infer<typeof PreferencesChangeSchema>;

export function defaultPreferences(): Preferences {
  return { ...DEFAULT_PREFERENCES, marking: { ...DEFAULT_PREFERENCES.marking } };
}

/** Why a default marking cannot be used, or null: the scheme must be built in and the level one of its own. */
export function markingProblem(marking: DefaultMarking): { field: 'scheme' | 'level'; message: string } | null {
  const scheme = builtinScheme(marking.scheme);
  if (!scheme) return { field: 'scheme', message: `must be one of ${BUILTIN_SCHEMES.map((known) => known.id).join(', ')}` };
  if (marking.level !== null && !scheme.levels.some((level) => level.id === marking.level)) {
    const levels = scheme.levels.map((level) => level.id);
    return { field: 'level', message: levels.length > 0 ? `must be one of the levels of ${scheme.name}: ${levels.join(', ')}` : `must be empty: ${scheme.name} has no levels` };
  }
  return null;
}

export type PreferencesReading = { ok: true; preferences: Preferences } | { ok: false; problems: string[] };

/** Reads preferences from parsed JSON; the problems are in plain words ("autosaveDelaySeconds must be at most 60 seconds"). */
export function readPreferences(raw: unknown): PreferencesReading {
  const parsed = PreferencesSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { ok: true, preferences: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => describeIssue(issue, { whole: 'the preferences', kind: 'preferences' })) };
}

/** What a new document takes from the preferences where its template is silent. */
export function newDocumentDefaults(preferences: Preferences): NewDocumentDefaults {
  const { author, marking, yardstick, notes } = preferences;
  return { author: author.trim(), marking: { scheme: marking.scheme, level: marking.level }, yardstick, notes };
}
