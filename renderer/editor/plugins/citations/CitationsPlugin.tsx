import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type BaseSelection,
} from 'lexical';
import { useEffect } from 'react';
import { $createCitationNode, $isCitationNode } from '../../nodes/CitationNode';
import { CitationCards } from './CitationCards';
import { INSERT_CITATION_COMMAND } from './citation-commands';
import { registerCitationNumbering } from './citation-order';
import { useCitationEnvironment } from './citations-context';

/**
 * Numbers the citations live (in order of appearance, renumbered whenever one is added,
 * removed or moved) and inserts new ones where the analyst's caret was, even after the
 * focus has gone to a source viewer.
 */
export function CitationsPlugin() {
  const [editor] = useLexicalComposerContext();
  const { index } = useCitationEnvironment();

  useEffect(() => {
    let lastSelection: BaseSelection | null = null;
    return mergeRegister(
      registerCitationNumbering(editor, index),
      // Selecting a passage in a source viewer takes the selection out of the editor; remember where the caret was.
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) lastSelection = selection.clone();
          const selected = $isNodeSelection(selection) ? selection.getNodes().filter($isCitationNode).map((node) => node.getKey()) : [];
          index.setSelected(new Set(selected));
        }),
      ),
      editor.registerCommand(
        INSERT_CITATION_COMMAND,
        (fields) => {
          let selection = $getSelection();
          if (!$isRangeSelection(selection) && lastSelection && $isRangeSelection(lastSelection) && $getNodeByKey(lastSelection.anchor.key)) {
            selection = lastSelection.clone();
            $setSelection(selection);
          }
          const citation = $createCitationNode(fields);
          if ($isRangeSelection(selection)) {
            // A citation follows the words it supports: it never replaces a selection.
            const end = selection.isBackward() ? selection.anchor : selection.focus;
            selection.anchor.set(end.key, end.offset, end.type);
            selection.focus.set(end.key, end.offset, end.type);
            selection.insertNodes([citation]);
          } else {
            $getRoot().selectEnd().insertNodes([citation]);
          }
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor, index]);

  return <CitationCards />;
}
