import type { MetadataValue } from '../../../core/document/schema';
import type { Template } from '../../../core/templates/schema';

/**
 * What a metadata form's values become in the document: only the template's own
 * fields, and no people rows the analyst left blank.
 */
export function documentFieldValues(template: Template, values: Record<string, MetadataValue>): Record<string, MetadataValue> {
  const kept: Record<string, MetadataValue> = {};
  for (const field of template.fields) {
    const value = values[field.name];
    if (value === undefined) continue;
    kept[field.name] = Array.isArray(value) ? value.filter((person) => `${person.name}${person.title}${person.organisation}`.trim() !== '') : value;
  }
  return kept;
}
