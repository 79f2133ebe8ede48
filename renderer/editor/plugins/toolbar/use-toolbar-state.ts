import { $isTableCellNode, $isTableSelection } from '@lexical/table';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { $selectedLink, $selectionBlockType, type BlockType } from '../../formatting';
import { $selectedImageKey } from '../images/ImagesPlugin';

/** What the toolbar shows as active or available for the current selection. */
export interface ToolbarState {
  blockType: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  link: boolean;
  inTable: boolean;
  imageSelected: boolean;
}

const NOTHING_SELECTED: ToolbarState = {
  blockType: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  link: false,
  inTable: false,
  imageSelected: false,
};

function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if ($isTableSelection(selection)) return { ...NOTHING_SELECTED, blockType: 'other', inTable: true };
  if (!$isRangeSelection(selection)) return { ...NOTHING_SELECTED, imageSelected: $selectedImageKey() !== null };
  return {
    blockType: $selectionBlockType(),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    link: $selectedLink() !== null,
    inTable: $findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null,
    imageSelected: false,
  };
}

function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as Array<keyof ToolbarState>).every((field) => a[field] === b[field]);
}

/** The toolbar's view of the selection, kept current on every selection or content change. */
export function useToolbarState(editor: LexicalEditor): ToolbarState & { canUndo: boolean; canRedo: boolean } {
  const [state, setState] = useState<ToolbarState>(() => editor.getEditorState().read($readToolbarState));
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        // A new object only when something shown changed: each React commit while the caret is in
        // the editor walks the editor's DOM (React measures the selection around every commit).
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState);
          setState((current) => (sameToolbarState(current, next) ? current : next));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (payload) => {
            setCanUndo(payload);
            return false;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (payload) => {
            setCanRedo(payload);
            return false;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );

  return { ...state, canUndo, canRedo };
}
