import { z } from 'zod';
import { BodySchema, CitationStyleSchema, NotesPlacementSchema, YardstickSchema } from '../document/schema';
import { BriefError } from '../errors';
import { describeIssue } from '../validation/describe-issue';

/**
 * A template is data (templates/*.json, or an analyst's own file): the metadata form,
 * the section skeleton with its guidance and roles, and the document's defaults.
 * Everything a template file holds is parsed here once; code behind this works on
 * typed values.
 */

export const FIELD_TYPES = ['text', 'multiline', 'date', 'date-time', 'place', 'select', 'people'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * What a section holds, so that checks and exports can tell reporting from judgment
 * and keep the analyst's comment apart.
 */
export const SECTION_ROLES = ['reporting', 'judgment', 'key-judgments', 'comment', 'sources', 'other'] as const;
export const SectionRoleSchema = z.enum(SECTION_ROLES);
export type SectionRole = z.infer<typeof SectionRoleSchema>;

export const TemplateFieldSchema = z
  .object({
    name: z
      .string()
      .max(64)
      .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { error: 'must start with a letter and hold only letters and digits' }),
    label: z.string().min(1).max(200),
    type: z.enum(FIELD_TYPES),
    required: z.boolean().default(false),
    default: z.string().max(10_000).optional(),
    options: z.array(z.string().min(1).max(200)).max(200).optional(),
    help: z.string().max(1000).optional(),
  })
  .superRefine((field, context) => {
    if (field.type === 'select' && (field.options === undefined || field.options.length === 0)) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'must list at least one choice for a select field' });
    }
    if (field.type !== 'select' && field.options !== undefined) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'is only allowed on a select field' });
    }
    if (field.type === 'select' && field.options && field.default !== undefined && !field.options.includes(field.default)) {
      context.addIssue({ code: 'custom', path: ['default'], message: 'must be one of the field’s options' });
    }
  });
export type TemplateField = z.infer<typeof TemplateFieldSchema>;

export const TemplateSectionSchema = z.object({
  id: z
    .string()
    .max(64)
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lower-case letters, digits and hyphens' }),
  heading: z.string().min(1).max(200),
  level: z.literal([1, 2, 3]).default(2),
  guidance: z.string().max(2000),
  required: z.boolean().default(false),
  role: SectionRoleSchema,
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

/**
 * What a new document from the template starts with. The marking, yardstick and notes
 * placement are optional: where a template is silent, the analyst's preferences decide
 * (core/preferences), so the built-in templates serve a US and a UK analyst alike.
 */
export const TemplateDefaultsSchema = z.object({
  marking: z.object({ scheme: z.string().max(100), level: z.string().max(100).nullable() }).optional(),
  citationStyle: CitationStyleSchema.default('notes'),
  yardstick: YardstickSchema.optional(),
  notes: NotesPlacementSchema.optional(),
});
export type TemplateDefaults = z.infer<typeof TemplateDefaultsSchema>;

export const TemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'must be 1 to 64 lower-case letters, digits and hyphens' }),
    name: z.string().min(1).max(200),
    description: z.string().max(2000),
    fields: z.array(TemplateFieldSchema).max(100),
    sections: z.array(TemplateSectionSchema).max(200),
    defaults: TemplateDefaultsSchema,
    /** The text a new document starts with, when the template was saved with its document's text; else the section skeleton. */
    text: BodySchema.optional(),
  })
  .superRefine((template, context) => {
    duplicates(template.sections.map((section) => section.id)).forEach(({ value, index }) => {
      context.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `repeats the section id "${value}"; each section needs its own id` });
    });
    duplicates(template.fields.map((field) => field.name)).forEach(({ value, index }) => {
      context.addIssue({ code: 'custom', path: ['fields', index, 'name'], message: `repeats the field name "${value}"; each field needs its own name` });
    });
  });
export type Template = z.infer<typeof TemplateSchema>;

function duplicates(values: string[]): { value: string; index: number }[] {
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    if (seen.has(value)) return [{ value, index }];
    seen.add(value);
    return [];
  });
}

/**
 * Parses a template from a file (origin names it in messages). An invalid template gives
 * a BriefError whose message names the file, the field and the problem in plain words.
 */
export function parseTemplate(raw: unknown, origin: string): Template {
  // reportInput: so that a missing field reads "is missing", not "must be a string".
  const parsed = TemplateSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => describeIssue(issue, { whole: 'the template', kind: 'a template' }));
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
  throw new BriefError('invalid-request', `The template "${origin}" is not valid: ${problems[0]}${more}.`, problems.slice(0, 20).join('\n'));
}
