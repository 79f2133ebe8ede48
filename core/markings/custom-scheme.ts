import { z } from 'zod';
import { BriefError } from '../errors';
import { BUILTIN_SCHEMES } from './builtin-schemes';
import { tidy } from './portion-mark';
import type { MarkingScheme } from './scheme';
import { describeIssue } from '../validation/describe-issue';

/**
 * An organisation's own marking scheme, written as a JSON file: its levels lowest first,
 * how each is written in a portion and in the banner, its controls, whether portions must
 * be marked and how the banner is drawn. Parsed here once, with messages that name the
 * file, the field and the problem. For example:
 *
 * ```json
 * { "id": "acme", "name": "ACME handling", "portionMarks": "required",
 *   "levels": [{ "portion": "P", "banner": "ACME PUBLIC", "color": "#33FF00" },
 *              { "portion": "I", "banner": "ACME INTERNAL" }],
 *   "controls": [{ "portion": "LGL", "banner": "LEGAL PRIVILEGE", "levels": ["I"] }] }
 * ```
 */

// Letters, digits, spaces and the marks a label uses (TLP:AMBER+STRICT, OFFICIAL-SENSITIVE); never a separator or parenthesis.
const SPELLING = /^[\p{L}\p{N}][\p{L}\p{N} :+.-]*$/u;
const spelling = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(SPELLING, { error: 'must start with a letter or digit and hold only letters, digits, spaces and : + . -' });

const COLOR = /^#?[0-9A-Fa-f]{6}$/;

const CustomLevelSchema = z.strictObject({
  /** What documents store; the portion spelling when not given. */
  id: spelling(40).optional(),
  portion: spelling(40),
  banner: spelling(100),
  aliases: z.array(spelling(100)).max(20).default([]),
  color: z.string().regex(COLOR, { error: 'must be a colour written #RRGGBB, e.g. #FFC000' }).optional(),
  requiresPortionMarks: z.boolean().default(false),
});

const CustomControlSchema = z.strictObject({
  id: spelling(40).optional(),
  portion: spelling(40),
  banner: spelling(100),
  aliases: z.array(spelling(100)).max(20).default([]),
  group: z.int().min(1).max(9).default(1),
  /** The ids of the levels it may be used with; any level when empty. */
  levels: z.array(z.string().max(40)).max(50).default([]),
  attached: z.boolean().default(false),
});

const BUILTIN_IDS = BUILTIN_SCHEMES.map((scheme) => scheme.id);

export const CustomSchemeSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'must be 1 to 64 lower-case letters, digits and hyphens' })
      .refine((id) => !BUILTIN_IDS.includes(id), { error: `must not be the id of a built-in scheme (${BUILTIN_IDS.join(', ')})` }),
    name: z.string().min(1).max(200),
    style: z.enum(['classification', 'tlp']).default('classification'),
    portionMarks: z.enum(['required', 'if-any', 'optional']).default('optional'),
    groupSeparator: z.enum(['//', '/', ' ']).default('//'),
    controlSeparator: z.enum(['/', ' ']).default('/'),
    levels: z.array(CustomLevelSchema).min(1).max(50),
    controls: z.array(CustomControlSchema).max(100).default([]),
  })
  .superRefine((scheme, context) => {
    const levelIds = scheme.levels.map((level) => level.id ?? level.portion);
    const taken = new Map<string, string>();
    const claim = (text: string, path: (string | number)[]) => {
      const key = `${path[0]}:${tidy(text)}`;
      const holder = taken.get(key);
      if (holder !== undefined && holder !== String(path[1])) {
        context.addIssue({ code: 'custom', path, message: `repeats "${text}", already written for ${path[0]}.${holder}; each spelling must name one ${path[0] === 'levels' ? 'level' : 'control'}` });
      }
      taken.set(key, String(path[1]));
    };
    // Levels and controls are read in separate places of a mark, so a control may share a level's letters (UK: S is SECRET, OS is OFFICIAL-SENSITIVE).
    scheme.levels.forEach((level, index) => {
      if (level.id !== undefined) claim(level.id, ['levels', index, 'id']);
      claim(level.portion, ['levels', index, 'portion']);
      claim(level.banner, ['levels', index, 'banner']);
      level.aliases.forEach((alias, aliasIndex) => claim(alias, ['levels', index, 'aliases', aliasIndex]));
    });
    scheme.controls.forEach((control, index) => {
      if (control.id !== undefined) claim(control.id, ['controls', index, 'id']);
      claim(control.portion, ['controls', index, 'portion']);
      claim(control.banner, ['controls', index, 'banner']);
      control.aliases.forEach((alias, aliasIndex) => claim(alias, ['controls', index, 'aliases', aliasIndex]));
      control.levels.forEach((level, levelIndex) => {
        if (!levelIds.includes(level)) {
          context.addIssue({ code: 'custom', path: ['controls', index, 'levels', levelIndex], message: `names no level of this scheme ("${level}"); its levels are ${levelIds.join(', ')}` });
        }
      });
    });
  });
export type CustomSchemeDefinition = z.input<typeof CustomSchemeSchema>;

/**
 * A custom scheme from its file (fileName names it in messages). An invalid one gives a
 * BriefError whose message names the file, the field and the problem in plain words, and
 * whose detail lists up to twenty problems; it is never applied in part.
 */
export function parseMarkingScheme(raw: unknown, fileName: string): MarkingScheme {
  // reportInput: so that a missing field reads "is missing", not "must be a string".
  const parsed = CustomSchemeSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => describeIssue(issue, { whole: 'the marking scheme', kind: 'a marking scheme file', quoteValues: true }));
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
    throw new BriefError('invalid-request', `The marking scheme "${fileName}" is not valid: ${problems[0]}${more}.`, problems.slice(0, 20).join('\n'));
  }
  const scheme = parsed.data;
  return {
    id: scheme.id,
    name: scheme.name,
    style: scheme.style,
    portionMarks: scheme.portionMarks,
    groupSeparator: scheme.groupSeparator,
    controlSeparator: scheme.controlSeparator,
    levels: scheme.levels.map((level) => ({
      id: level.id ?? level.portion,
      portion: level.portion,
      banner: level.banner,
      aliases: level.aliases,
      color: level.color ? level.color.replace('#', '').toUpperCase() : null,
      requiresPortionMarks: level.requiresPortionMarks,
    })),
    controls: scheme.controls.map((control) => ({
      id: control.id ?? control.portion,
      portion: control.portion,
      banner: control.banner,
      aliases: control.aliases,
      group: control.group,
      levels: control.levels,
      attached: control.attached,
      countries: null,
      overrides: [],
    })),
  };
}
