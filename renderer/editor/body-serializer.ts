import { $getRoot, $isElementNode, $getNodeByKey, type LexicalEditor, type LexicalNode, type NodeKey, type SerializedElementNode, type SerializedLexicalNode } from 'lexical';
import { deepFreeze } from '../../core/document/frozen';
import type { DocumentBody } from '../../core/document/schema';
import { $topLevelBlockOf, $topLevelBlocks } from './block-groups';

/**
 * The editor's body as JSON, the same as `editorState.toJSON()` gives, kept block by block:
 * after an edit only the top-level blocks the edit touched are serialized again. Saving,
 * the recovery copy and each run of the checks read the body; serializing a 100-page
 * briefing whole took about 100 ms of the UI thread each time. The editor's block groups
 * (block-groups.ts) are left out: the body lists the blocks themselves. An unchanged block keeps
 * the same object from one reading to the next, so a reader can tell what changed.
 */
export class BodySerializer {
  private blocks = new Map<NodeKey, SerializedLexicalNode>();

  constructor(private readonly editor: LexicalEditor) {}

  /** Follows the editor's updates; returns the function that stops it. */
  register(): () => void {
    return this.editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState }) => {
      // A whole new state (undo, redo, a document loaded) marks only the root dirty: nothing cached can be trusted.
      if (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root')) {
        this.blocks.clear();
        return;
      }
      editorState.read(() => {
        for (const key of [...dirtyLeaves, ...dirtyElements.keys()]) {
          const block = $topLevelBlockOf($getNodeByKey(key));
          if (block !== null) this.blocks.delete(block.getKey());
        }
      });
    });
  }

  body(): DocumentBody {
    return this.editor.getEditorState().read(() => {
      const root = $getRoot();
      const json = root.exportJSON() as SerializedElementNode;
      const live = new Set<NodeKey>();
      for (const child of $topLevelBlocks()) {
        const key = child.getKey();
        live.add(key);
        let block = this.blocks.get(key);
        if (!block) {
          // Frozen: the same object is handed to every reader until the block changes.
          block = deepFreeze($serialize(child));
          this.blocks.set(key, block);
        }
        json.children.push(block);
      }
      for (const key of this.blocks.keys()) if (!live.has(key)) this.blocks.delete(key);
      return { root: json } as unknown as DocumentBody;
    });
  }
}

/** One node and its descendants, as Lexical's own export writes them (node.exportJSON, children in order). */
function $serialize(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON();
  if ($isElementNode(node)) {
    const children = (json as SerializedElementNode).children;
    for (const child of node.getChildren()) children.push($serialize(child));
  }
  return json;
}
