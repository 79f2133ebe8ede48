import { BUILT_IN_NEW_DOCUMENT_DEFAULTS, bodyOf, createDocument, emptyParagraph, type NewDocumentDefaults } from '../document/create';
import type { BriefDocument, DocumentBody, DocumentMarking, MetadataValue, Person, SerializedBodyNode } from '../document/schema';
import { BriefError } from '../errors';
import { markUnmarkedPortions } from '../markings/body-portions';
import { builtinScheme } from '../markings/builtin-schemes';
import type { Template, TemplateField, TemplateSection } from './schema';

/** One problem with the values of a template's metadata form, in an analyst's words. */
export interface MetadataProblem {
  field: string;
  message: string;
}

/**
 * A new document from a template: its metadata (the template's defaults overlaid with
 * the values given), its marking and settings, and the section skeleton as the body.
 * Where the template sets no marking, yardstick or notes placement, `options.defaults`
 * (the analyst's preferences) does; the author comes from `options.author`, else from
 * those defaults. Values are not validated here (see validateMetadata); names the
 * template does not declare are refused.
 */
export function createDocumentFromTemplate(
  template: Template,
  values: Record<string, MetadataValue>,
  options: { now: Date; author?: string; defaults?: NewDocumentDefaults },
): BriefDocument {
  const declared = new Set(template.fields.map((field) => field.name));
  const unknown = Object.keys(values).filter((name) => !declared.has(name));
  if (unknown.length > 0) {
    const known = template.fields.map((field) => field.name).join(', ') || 'none';
    throw new BriefError(
      'invalid-request',
      `The template "${template.name}" has no ${unknown.length === 1 ? 'field' : 'fields'} named ${unknown.map((name) => `"${name}"`).join(', ')}. Its fields are: ${known}.`,
    );
  }
  const fields: Record<string, MetadataValue> = {};
  for (const field of template.fields) {
    const value = values[field.name] ?? defaultValue(field);
    if (value !== undefined) fields[field.name] = value;
  }
  const subject = values.subject ?? fields.subject;
  const fallback = options.defaults ?? BUILT_IN_NEW_DOCUMENT_DEFAULTS;
  const document = createDocument({ now: options.now, author: options.author ?? fallback.author, title: typeof subject === 'string' ? subject : '' });
  document.metadata.templateId = template.id;
  document.metadata.fields = fields;
  const marking = template.defaults.marking ?? fallback.marking;
  document.marking = { scheme: marking.scheme, level: marking.level, controls: [] };
  document.settings = {
    citationStyle: template.defaults.citationStyle,
    yardstick: template.defaults.yardstick ?? fallback.yardstick,
    notes: template.defaults.notes ?? fallback.notes,
  };
  document.body = template.text ?? sectionSkeleton(template);
  // Where the marking needs every portion marked (a SECRET US document), the title and the skeleton start at its level, not as errors.
  const portion = portionMarkRequiredAt(document.marking);
  if (portion) {
    document.body = markUnmarkedPortions(document.body, portion);
    document.marking.titlePortion = portion;
  }
  return document;
}

/** The portion mark of the marking's level when it requires every portion marked; null otherwise. */
function portionMarkRequiredAt(marking: DocumentMarking): string | null {
  const scheme = builtinScheme(marking.scheme);
  const level = scheme?.levels.find((candidate) => candidate.id === marking.level);
  return scheme && level && (scheme.portionMarks === 'required' || level.requiresPortionMarks) ? level.portion : null;
}

function defaultValue(field: TemplateField): MetadataValue | undefined {
  if (field.type === 'people') return field.default === undefined ? [] : parsePeople(field.default);
  return field.default;
}

/**
 * The body of a new document: each section's heading, followed by one empty paragraph.
 * A template without sections gives the empty paragraph an editor needs.
 */
export function sectionSkeleton(template: Template): DocumentBody {
  return bodyOf(template.sections.flatMap((section) => [sectionHeading(section), emptyParagraph()]));
}

/** The serialized section-heading node the editor registers (a Lexical heading plus the section's fields). */
export function sectionHeading(section: TemplateSection): SerializedBodyNode {
  return {
    type: 'section-heading',
    version: 1,
    tag: `h${section.level}`,
    sectionId: section.id,
    role: section.role,
    guidance: section.guidance,
    required: section.required,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'text', version: 1, text: section.heading, format: 0, detail: 0, mode: 'normal', style: '' }],
  };
}

/**
 * People as typed on one line: `name|title|organisation` (a fourth part is the side),
 * people separated by `;`. Empty entries are skipped.
 */
export function parsePeople(text: string): Person[] {
  return text
    .split(';')
    .map((entry) => entry.split('|').map((part) => part.trim()))
    .filter((parts) => parts.some((part) => part !== ''))
    .map(([name = '', title = '', organisation = '', side = '']) => ({ name, title, organisation, side }));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MAX_PEOPLE = 500;
const MAX_PERSON_PART = 200;

/** Checks the values of a template's metadata form: required, dates, choices, people. */
export function validateMetadata(template: Template, values: Record<string, MetadataValue>): MetadataProblem[] {
  const problems: MetadataProblem[] = [];
  for (const field of template.fields) {
    const value = values[field.name];
    const problem = isEmpty(value) ? (field.required ? `${field.label} is required.` : null) : checkValue(field, value as MetadataValue);
    if (problem) problems.push({ field: field.name, message: problem });
  }
  return problems;
}

function isEmpty(value: MetadataValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return value.every((person) => person.name.trim() === '' && person.title.trim() === '' && person.organisation.trim() === '');
}

function checkValue(field: TemplateField, value: MetadataValue): string | null {
  if (field.type === 'people') {
    if (typeof value === 'string') return `${field.label} must be a list of people.`;
    return checkPeople(field, value);
  }
  if (typeof value !== 'string') return `${field.label} must be text, not a list of people.`;
  switch (field.type) {
    case 'date':
      return isCalendarDate(value.trim(), DATE) ? null : `${field.label} must be a date like 2022-01-30.`;
    case 'date-time':
      return isCalendarDate(value.trim(), DATE_TIME) ? null : `${field.label} must be a date and time like 2022-01-30T14:30.`;
    case 'select':
      return field.options?.includes(value) ? null : `${field.label} must be one of: ${(field.options ?? []).join(', ')}.`;
    case 'text':
    case 'place':
      return /[\r\n]/.test(value) ? `${field.label} must fit on one line.` : null;
    default:
      return null;
  }
}

function checkPeople(field: TemplateField, people: Person[]): string | null {
  if (people.length > MAX_PEOPLE) return `${field.label} can list at most ${MAX_PEOPLE} people.`;
  for (const [index, person] of people.entries()) {
    const which = `Person ${index + 1} in ${field.label}`;
    if (person.name.trim() === '') return `${which} has no name.`;
    for (const part of [person.name, person.title, person.organisation, person.side]) {
      if (/[\r\n]/.test(part)) return `${which} must be written on one line.`;
      if (part.length > MAX_PERSON_PART) return `${which} has a part longer than ${MAX_PERSON_PART} characters.`;
    }
  }
  return null;
}

/** A real date (no 30 February), optionally with a real time. */
function isCalendarDate(value: string, pattern: RegExp): boolean {
  const match = pattern.exec(value);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0] = match.slice(1).map(Number) as [number, number, number, number?, number?];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
