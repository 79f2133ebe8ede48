import { $applyNodeReplacement, DecoratorNode, type DOMExportOutput, type EditorConfig, type LexicalEditor, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import { CITATION_NODE_TYPE, CitationFieldsSchema, type CitationFields, type SerializedCitation, type TextQuoteSelector } from '../../../core/citations/schema';
import { CitationMarkers } from '../plugins/citations/citation-markers';

type SerializedCitationNode = SerializedCitation & SerializedLexicalNode;

/**
 * A citation: a note number in the text that points at a source and, unless it cites
 * the whole source, at the exact passage (a TextQuoteSelector). Inline and atomic, so
 * copy, cut, paste, undo and redo carry it whole with its link. Its marker is plain DOM
 * (citation-markers.ts), not a React decorator: a long briefing holds a thousand of them.
 */
export class CitationNode extends DecoratorNode<null> {
  __fields: CitationFields;

  static override getType(): string {
    return CITATION_NODE_TYPE;
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__fields, node.__key);
  }

  /**
   * A body from disk or another editor's clipboard is not trusted: a citation whose fields
   * do not validate keeps its source id when it has one, so the dangling-citation check
   * can name it rather than the link vanishing silently.
   */
  static override importJSON(json: Record<string, unknown>): CitationNode {
    const parsed = CitationFieldsSchema.safeParse(json);
    const sourceId = typeof json.sourceId === 'string' && json.sourceId.length > 0 ? json.sourceId.slice(0, 100) : 'unknown';
    // updateFromJSON carries the node's state (its portion mark) along with the fields.
    return $createCitationNode(parsed.success ? parsed.data : { sourceId, selector: null, pinpoint: '' }).updateFromJSON(json as unknown as SerializedCitationNode);
  }

  constructor(fields: CitationFields, key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  override exportJSON(): SerializedCitationNode {
    return { ...super.exportJSON(), type: CITATION_NODE_TYPE, version: 1, ...this.__fields };
  }

  /** Other applications get a plain marker; the link itself only lives inside Briefwright. */
  override exportDOM(): DOMExportOutput {
    const marker = document.createElement('sup');
    marker.textContent = '[cited]';
    return { element: marker };
  }

  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    return CitationMarkers.createMarker(editor, this.__key, this.__fields);
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  getFields(): CitationFields {
    return this.getLatest().__fields;
  }

  setSelector(selector: TextQuoteSelector | null): this {
    const writable = this.getWritable();
    writable.__fields = { ...writable.__fields, selector };
    return writable;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): null {
    return null;
  }
}

export function $createCitationNode(fields: CitationFields): CitationNode {
  return $applyNodeReplacement(new CitationNode(fields));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
