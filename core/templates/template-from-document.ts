import { nodeText } from '../document/body';
import type { BriefDocument } from '../document/schema';
import { parseTemplate, SECTION_ROLES, type Template, type TemplateField, type TemplateSection } from './schema';

const SUBJECT_ONLY: TemplateField[] = [{ name: 'subject', label: 'Subject', type: 'text', required: false }];

/**
 * "Save as template": the structure of a document as a template a colleague can use.
 * Its sections are the document's section headings (role, guidance and required flag
 * kept) and its other top-level headings (as sections of role "other"); its metadata
 * form is the one the document was made with; its defaults are the document's marking
 * and settings. The text is carried over only when asked (`includeText`): then a new
 * document starts as a copy of this one's text.
 */
export function templateFromDocument(
  document: BriefDocument,
  details: { id: string; name: string; description: string; includeText?: boolean },
  madeWith: Template | undefined,
): Template {
  const sections: TemplateSection[] = [];
  const usedIds = new Set<string>();
  for (const node of document.body.root.children) {
    if (node.type !== 'heading' && node.type !== 'section-heading') continue;
    const heading = nodeText(node).trim();
    if (heading === '') continue;
    const id = uniqueId(typeof node.sectionId === 'string' && node.sectionId !== '' ? node.sectionId : slug(heading), usedIds);
    const role = SECTION_ROLES.find((candidate) => candidate === node.role) ?? 'other';
    sections.push({
      id,
      heading,
      level: node.tag === 'h1' ? 1 : node.tag === 'h3' ? 3 : 2,
      guidance: typeof node.guidance === 'string' ? node.guidance : '',
      required: node.required === true,
      role,
    });
  }
  return parseTemplate(
    {
      id: details.id,
      name: details.name,
      description: details.description,
      fields: madeWith?.fields ?? SUBJECT_ONLY,
      sections,
      defaults: { marking: { scheme: document.marking.scheme, level: document.marking.level }, ...document.settings },
      ...(details.includeText ? { text: document.body } : {}),
    },
    `${details.id}.json`,
  );
}

/** A template id from a name: "Weekly readout (East)" → "weekly-readout-east". */
export function templateIdFor(name: string): string {
  return slug(name) || 'my-template';
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function uniqueId(base: string, used: Set<string>): string {
  const start = base || 'section';
  let id = start;
  for (let counter = 2; used.has(id); counter += 1) id = `${start}-${counter}`;
  used.add(id);
  return id;
}
