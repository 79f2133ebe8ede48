import { firstHeadingText } from '../document/body';
import type { BriefDocument, MetadataValue, Person } from '../document/schema';
import type { Template, TemplateField } from '../templates/schema';
import { detectDirection } from './direction';
import type { PeopleTable, TitleBlock, TitleDetail } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The document's title as a reader sees it: the metadata title, else the subject, else the first heading. */
export function documentTitle(document: BriefDocument): string {
  const subject = document.metadata.fields.subject;
  return document.metadata.title.trim() || (typeof subject === 'string' ? subject.trim() : '') || firstHeadingText(document.body) || 'Untitled';
}

/**
 * The title block the editor shows above the text (renderer/panels/metadata/TitleBlock.tsx),
 * as export content: the title, the filled-in details in the template's order with dates
 * written out, and the people fields as tables. Without the template (an analyst's own,
 * not passed in), the fields are shown in stored order under their names.
 */
export function buildTitleBlock(document: BriefDocument, template: Template | undefined): TitleBlock {
  const title = documentTitle(document);
  const details: TitleDetail[] = [];
  const people: PeopleTable[] = [];
  for (const field of fieldsOf(document, template)) {
    if (field.name === 'subject') continue;
    const value = document.metadata.fields[field.name];
    if (Array.isArray(value)) {
      const named = value.filter((person) => person.name.trim() !== '');
      if (named.length > 0) people.push({ label: field.label, people: named.map(trimPerson), showSide: named.some((person) => person.side.trim() !== '') });
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') continue;
    const lines = field.type === 'multiline' ? text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : [formatValue(field.type, text)];
    details.push({ label: field.label, lines });
  }
  return { title, titleDirection: detectDirection(title), details, people };
}

type FieldShape = Pick<TemplateField, 'name' | 'label' | 'type'>;

function fieldsOf(document: BriefDocument, template: Template | undefined): FieldShape[] {
  if (template) return template.fields;
  return Object.entries(document.metadata.fields).map(([name, value]) => ({ name, label: labelFromName(name), type: guessType(value) }));
}

/** "timeFrame" → "Time frame". */
function labelFromName(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function guessType(value: MetadataValue): TemplateField['type'] {
  if (Array.isArray(value)) return 'people';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return 'date';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value.trim())) return 'date-time';
  return value.includes('\n') ? 'multiline' : 'text';
}

/** Dates as a reader writes them ("30 January 2022", "30 January 2022, 14:30"); other values as typed. */
function formatValue(type: TemplateField['type'], value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  if (!match || (type !== 'date' && type !== 'date-time')) return value;
  const [, year, month, day, time] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return value;
  const date = `${Number(day)} ${monthName} ${year}`;
  return time ? `${date}, ${time}` : date;
}

function trimPerson(person: Person): Person {
  return { name: person.name.trim(), title: person.title.trim(), organisation: person.organisation.trim(), side: person.side.trim() };
}
