import { runChecks } from '../../../core/checks/run-checks';
import type { Finding, RuleId } from '../../../core/checks/finding';
import type { BriefDocument, DocumentMarking, SerializedBodyNode, Yardstick } from '../../../core/document/schema';
import { textNode } from '../../../core/import/nodes';
import { withPortion } from '../../../core/markings/body-portions';
import { SourceSchema, type DocumentSource, type SourceInput } from '../../../core/sources/schema';
import type { SectionRole } from '../../../core/templates/schema';
import { bodyOf, documentWith, para } from '../../fixtures/citations/bodies';

/** Builders for documents the checks read, in the shapes the editor saves. Every sentence is ours. */

export { cite, para } from '../../fixtures/citations/bodies';

type Part = string | SerializedBodyNode;

function inline(parts: Part[]): SerializedBodyNode[] {
  return parts.map((part) => (typeof part === 'string' ? textNode(part) : part));
}

export function section(role: SectionRole, heading: string, options: { required?: boolean } = {}): SerializedBodyNode {
  return {
    type: 'section-heading',
    version: 1,
    tag: 'h2',
    sectionId: heading.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    role,
    guidance: '',
    required: options.required ?? false,
    direction: null,
    format: '',
    indent: 0,
    children: [textNode(heading)],
  };
}

export function heading(value: string): SerializedBodyNode {
  return { type: 'heading', version: 1, tag: 'h3', direction: null, format: '', indent: 0, children: [textNode(value)] };
}

export function item(...parts: Part[]): SerializedBodyNode {
  return { type: 'listitem', version: 1, value: 1, direction: null, format: '', indent: 0, children: inline(parts) };
}

export function list(...items: SerializedBodyNode[]): SerializedBodyNode {
  return { type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', direction: null, format: '', indent: 0, children: items };
}

export function quote(...parts: Part[]): SerializedBodyNode {
  return { type: 'quote', version: 1, direction: null, format: '', indent: 0, children: inline(parts) };
}

export function lineBreak(): SerializedBodyNode {
  return { type: 'linebreak', version: 1 };
}

export function table(...rows: string[][]): SerializedBodyNode {
  const element = (type: string, children: SerializedBodyNode[]) => ({ type, version: 1, direction: null, format: '', indent: 0, children });
  return element(
    'table',
    rows.map((cells) => element('tablerow', cells.map((cell) => ({ ...element('tablecell', [element('paragraph', cell ? [textNode(cell)] : [])]), headerState: 0, colSpan: 1, rowSpan: 1 })))),
  );
}

/** The node with its portion mark, stored as the editor stores it (NodeState under `$`). */
export function marked(mark: string, node: SerializedBodyNode): SerializedBodyNode {
  return withPortion(node, mark);
}

export function source(fields: SourceInput): DocumentSource {
  return SourceSchema.parse(fields);
}

export interface DocumentOptions {
  yardstick?: Yardstick;
  marking?: Partial<DocumentMarking>;
  sources?: DocumentSource[];
  title?: string;
}

export function documentOf(blocks: SerializedBodyNode[], options: DocumentOptions = {}): BriefDocument {
  const document = documentWith(bodyOf(...blocks), options.sources ?? []);
  document.settings.yardstick = options.yardstick ?? 'icd-203';
  document.marking = { scheme: 'none', level: null, controls: [], ...options.marking };
  // Untitled unless given, so that a title's portion is only looked for where a test sets one.
  document.metadata.title = options.title ?? '';
  return document;
}

export function findingsOf(document: BriefDocument, rule: RuleId): Finding[] {
  return runChecks(document).filter((finding) => finding.rule === rule);
}

/** The words a rule flags in one paragraph under a section of the given role. */
export function flagged(rule: RuleId, role: SectionRole, sentence: string, yardstick: Yardstick = 'icd-203'): string[] {
  return findingsOf(documentOf([section(role, 'Section'), para(sentence)], { yardstick }), rule).map((finding) => finding.text);
}
