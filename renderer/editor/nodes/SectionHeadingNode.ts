import { HeadingNode, type HeadingTagType, type SerializedHeadingNode } from '@lexical/rich-text';
import type { EditorConfig, LexicalNode, LexicalUpdateJSON, NodeKey, Spread } from 'lexical';
import { $applyNodeReplacement } from 'lexical';
import { SECTION_ROLES, type SectionRole } from '../../../core/templates/schema';


/** What a template says about one of its sections; kept in the document so checks and exports can use it. */
export interface SectionFields {
  sectionId: string;
  role: SectionRole;
  /** Shown in the empty section as a placeholder; never content, never exported. */
  guidance: string;
  required: boolean;
}

export type SerializedSectionHeadingNode = Spread<SectionFields & { type: 'section-heading'; version: 1 }, SerializedHeadingNode>;

const MAX_GUIDANCE = 2_000;

/** A heading that opens a template section: an ordinary heading to edit, plus the section's role and guidance. */
export class SectionHeadingNode extends HeadingNode {
  __section: SectionFields;

  static override getType(): string {
    return 'section-heading';
  }

  static override clone(node: SectionHeadingNode): SectionHeadingNode {
    return new SectionHeadingNode(node.__tag, node.__section, node.__key);
  }

  /** Fields are checked here: a body from disk or another editor's clipboard is not trusted. */
  static override importJSON(json: Record<string, unknown>): SectionHeadingNode {
    const role = SECTION_ROLES.find((candidate) => candidate === json.role) ?? 'other';
    const tag: HeadingTagType = json.tag === 'h1' || json.tag === 'h3' ? json.tag : 'h2';
    const fields: SectionFields = {
      sectionId: typeof json.sectionId === 'string' ? json.sectionId.slice(0, 100) : '',
      role,
      guidance: typeof json.guidance === 'string' ? json.guidance.slice(0, MAX_GUIDANCE) : '',
      required: json.required === true,
    };
    return $createSectionHeadingNode(tag, fields).updateFromJSON(json as unknown as LexicalUpdateJSON<SerializedHeadingNode>);
  }

  constructor(tag: HeadingTagType, section: SectionFields, key?: NodeKey) {
    super(tag, key);
    this.__section = section;
  }

  get section(): SectionFields {
    return this.getLatest().__section;
  }

  override exportJSON(): SerializedSectionHeadingNode {
    return { ...super.exportJSON(), type: 'section-heading', version: 1, ...this.getLatest().__section };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.dataset.sectionRole = this.__section.role;
    return dom;
  }
}

export function $createSectionHeadingNode(tag: HeadingTagType, section: SectionFields): SectionHeadingNode {
  return $applyNodeReplacement(new SectionHeadingNode(tag, section));
}

export function $isSectionHeadingNode(node: LexicalNode | null | undefined): node is SectionHeadingNode {
  return node instanceof SectionHeadingNode;
}
