import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $parseSerializedNode, HISTORY_MERGE_TAG, RootNode, type SerializedLexicalNode, type SerializedRootNode } from 'lexical';
import { useEffect } from 'react';
import type { DocumentBody } from '../../../../core/document/schema';
import { $groupBlocks } from '../../block-groups';
import { RenderedBlocks } from '../../rendered-blocks';
import { DOCUMENT_LOAD_TAG } from '../../update-tags';

/**
 * Puts the document's body into the editor once the plugins before it have registered their
 * node transforms. A transform registered on an editor that already holds the document marks
 * every node of its type dirty and runs an update of its own (lists, tables and links: about
 * half a second at 100 pages); registered on the empty editor it costs nothing, and the load
 * then runs every transform once, in one update.
 */
export function LoadBodyPlugin({ body }: { body: DocumentBody }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    RenderedBlocks.of(editor);
    editor.update(
      () => {
        const root = $getRoot();
        if (!root.isEmpty()) return;
        RootNode.importJSON(body.root as SerializedRootNode);
        root.append(...$groupBlocks(body.root.children.map((child) => $parseSerializedNode(child as SerializedLexicalNode))));
      },
      // Not an edit: nothing to undo, and the document stays unchanged.
      { tag: [HISTORY_MERGE_TAG, DOCUMENT_LOAD_TAG], discrete: true },
    );
  }, [editor, body]);
  return null;
}
