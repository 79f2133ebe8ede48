import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { DocumentBody } from '../../../../core/document/schema';
import type { EditorMenuCommand } from '../../../../core/menu-commands';
import { BodySerializer } from '../../body-serializer';
import { OPEN_FIND_COMMAND } from '../find-replace/find-commands';
import { runEditorMenuCommand } from './editor-menu-commands';

/** What the app shell may ask of the editor. */
export interface EditorHandle {
  getBody(): DocumentBody;
  focus(): void;
  /** Opens find and replace (menu Edit › Find). */
  openFind(): void;
  /** Runs a Format or Insert menu command (or Edit › Replace) on the selection. */
  runMenuCommand(command: EditorMenuCommand): void;
}

function createHandle(editor: LexicalEditor, serializer: BodySerializer): EditorHandle {
  return {
    getBody: () => serializer.body(),
    // Where there is no selection yet (a new document), the caret goes to the start, not the end.
    focus: () => editor.focus(undefined, { defaultSelection: 'rootStart' }),
    openFind: () => {
      editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: false });
    },
    runMenuCommand: (command) => runEditorMenuCommand(editor, command),
  };
}

/** Gives the app shell its handle on this editor once the editor exists. */
export function EditorHandlePlugin({ onReady }: { onReady: (handle: EditorHandle) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const serializer = new BodySerializer(editor);
    const stop = serializer.register();
    onReady(createHandle(editor, serializer));
    return stop;
  }, [editor, onReady]);
  return null;
}
