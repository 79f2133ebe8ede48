import { ElementNode, type LexicalNode, type NodeKey, type SerializedElementNode } from 'lexical';

/**
 * A run of consecutive top-level blocks, held together so Chromium lays out, paints and
 * hit-tests a few dozen boxes instead of thousands (see block-groups.ts). It is the editor's,
 * not the document's: never saved, copied or exported, and invisible to the analyst. To
 * Lexical it is a shadow root, so a block inside it is a top-level block like any other.
 */
export class BlockGroupNode extends ElementNode {
  static override getType(): string {
    return 'block-group';
  }

  static override clone(node: BlockGroupNode): BlockGroupNode {
    return new BlockGroupNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): BlockGroupNode {
    return $createBlockGroupNode().updateFromJSON(json);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'bw-block-group';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isShadowRoot(): boolean {
    return true;
  }

  /** Copied blocks travel without their group, and land in the group at the caret. */
  override excludeFromCopy(): boolean {
    return true;
  }

  override canIndent(): boolean {
    return false;
  }

  override canBeEmpty(): boolean {
    return false;
  }
}

export function $createBlockGroupNode(): BlockGroupNode {
  return new BlockGroupNode();
}

export function $isBlockGroupNode(node: LexicalNode | null | undefined): node is BlockGroupNode {
  return node instanceof BlockGroupNode;
}
