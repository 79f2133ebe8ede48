import blank from '../../templates/blank.json';
import readout from '../../templates/meeting-readout.json';
import assessment from '../../templates/threat-assessment.json';
import { parseTemplate, type Template } from './schema';

/**
 * The templates that ship with Briefwright, defined as data in templates/ and validated
 * here when the module loads (an invalid built-in fails every test that imports it).
 */
export const builtinTemplates: readonly Template[] = Object.freeze([
  parseTemplate(readout, 'meeting-readout.json'),
  parseTemplate(assessment, 'threat-assessment.json'),
  parseTemplate(blank, 'blank.json'),
]);

export function findTemplate(id: string): Template | undefined {
  return builtinTemplates.find((template) => template.id === id);
}
