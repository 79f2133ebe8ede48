import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { DocumentBody } from '../../core/document/schema';
import type { MediaStore } from './media-store';
import { briefNodes } from './nodes';
import { editorTheme } from './theme';
import './editor.css';

/** What the app shell may ask of the editor. */
export interface EditorHandle {
  getBody(): DocumentBody;
  focus(): void;
  /** Opens find and replace (menu Edit › Find). */
  openFind(): void;
}

export interface BriefEditorProps {
  /** The body to start from; mount a new editor (React key) to load another document. */
  body: DocumentBody;
  media: MediaStore;
  /** Called on every change to the content (not on selection moves). */
  onDirty: () => void;
  onReady: (handle: EditorHandle) => void;
}

export function BriefEditor({ body, media, onDirty, onReady }: BriefEditorProps) {
  const initialConfig: InitialConfigType = {
    namespace: 'briefwright',
    nodes: [...briefNodes],
    theme: editorTheme,
    editorState: JSON.stringify(body),
    onError(error) {
      throw error;
    },
  };
  void media;
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-shell">
        <div className="editor-scroll">
          <div className="page">
            <RichTextPlugin
              contentEditable={
                <ContentEditable className="editor-content" data-testid="editor" aria-label="Document" spellCheck={false} />
              }
              placeholder={<div className="editor-placeholder">Start writing…</div>}
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin />
      <TablePlugin />
      <HorizontalRulePlugin />
      <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={() => onDirty()} />
      <HandlePlugin onReady={onReady} />
    </LexicalComposer>
  );
}

function HandlePlugin({ onReady }: { onReady: (handle: EditorHandle) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onReady(createHandle(editor));
  }, [editor, onReady]);
  return null;
}

function createHandle(editor: LexicalEditor): EditorHandle {
  return {
    getBody: () => editor.getEditorState().toJSON() as unknown as DocumentBody,
    focus: () => editor.focus(),
    openFind: () => undefined,
  };
}
