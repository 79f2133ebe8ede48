import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { DocumentBody } from '../../core/document/schema';
import { OutlinePanel } from '../panels/outline/OutlinePanel';
import { MediaStoreContext } from './media-context';
import { hideEditorFromReactSelection } from './react-selection';
import type { MediaStore } from './media-store';
import { briefNodes } from './nodes';
import { BlockGroupNode } from './nodes/BlockGroupNode';
import { BlockGroupsPlugin } from './plugins/block-groups/BlockGroupsPlugin';
import { NoticeArea, NoticeProvider } from './notices';
import { CitationContext, type CitationEnvironment } from './plugins/citations/citations-context';
import { CitationsPlugin } from './plugins/citations/CitationsPlugin';
import './plugins/citations/citations.css';
import { EditorHandlePlugin, type EditorHandle } from './plugins/editor-handle/EditorHandlePlugin';
import { FindReplacePlugin } from './plugins/find-replace/FindReplacePlugin';
import { ImagesPlugin } from './plugins/images/ImagesPlugin';
import { LinksPlugin } from './plugins/links/LinksPlugin';
import { LoadBodyPlugin } from './plugins/load-body/LoadBodyPlugin';
import { MarkingContext, type MarkingEnvironment } from './plugins/markings/markings-context';
import { PortionMarksPlugin } from './plugins/markings/PortionMarksPlugin';
import { ListIndentPlugin } from './plugins/lists/ListIndentPlugin';
import { MarkdownPlugin } from './plugins/markdown/MarkdownPlugin';
import { PastePlugin } from './plugins/paste/PastePlugin';
import { ReadOnlyPlugin } from './plugins/read-only/ReadOnlyPlugin';
import { SectionGuidancePlugin } from './plugins/section-guidance/SectionGuidancePlugin';
import { ShortcutsPlugin } from './plugins/shortcuts/ShortcutsPlugin';
import { SpellCheckPlugin, type PersonalDictionaryHost } from './plugins/spellcheck/SpellCheckPlugin';
import type { SpellingLanguageSetting } from './plugins/spellcheck/spelling-language';
import { TablesPlugin } from './plugins/table/TablesPlugin';
import { ToolbarPlugin } from './plugins/toolbar/ToolbarPlugin';
import { WordCountPlugin } from './plugins/word-count/WordCountPlugin';
import { editorTheme } from './theme';
import './editor.css';

export type { EditorHandle };

export interface BriefEditorProps {
  /** The body to start from; mount a new editor (React key) to load another document. */
  body: DocumentBody;
  media: MediaStore;
  /** Shows the document without letting it be changed (for one open in another window). */
  readOnly?: boolean;
  /** Called on every change to the content (not on selection moves). */
  onDirty: () => void;
  onReady: (handle: EditorHandle) => void;
  /** Shown at the top of the page, above the text (the title block). */
  header?: ReactNode;
  /** The document's sources and what citations need of them. */
  citations: CitationEnvironment;
  /** A panel beside the page (the sources), inside the editor so it can insert citations. */
  sidePanel?: ReactNode;
  /** Where the spell-checker keeps the analyst's own words. */
  personalDictionary: PersonalDictionaryHost;
  /** The spell-checker's language, from the analyst's preferences. */
  spelling?: SpellingLanguageSetting;
  /** The document's marking scheme and its portion marks. */
  marking: MarkingEnvironment;
  /** The marking banners, above and below the page. */
  bannerTop?: ReactNode;
  bannerBottom?: ReactNode;
}

/** The document editor: toolbar, outline, the page, and a status bar. */
export function BriefEditor({ body, media, readOnly = false, onDirty, onReady, header, citations, sidePanel, personalDictionary, spelling, marking, bannerTop, bannerBottom }: BriefEditorProps) {
  const [outlineVisible, setOutlineVisible] = useState(true);
  const scroller = useRef<HTMLDivElement>(null);
  const getScroller = useCallback(() => scroller.current, []);
  // Lexical reads its configuration once, at mount. The editor starts empty: LoadBodyPlugin puts the body in.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'briefwright',
    nodes: [...briefNodes, BlockGroupNode],
    theme: editorTheme,
    editorState: null,
    editable: !readOnly,
    onError(error) {
      throw error;
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <MediaStoreContext.Provider value={media}>
        <CitationContext.Provider value={citations}>
          <MarkingContext.Provider value={marking}>
          <NoticeProvider>
            <div className="editor-shell">
              <ToolbarPlugin outlineVisible={outlineVisible} onToggleOutline={() => setOutlineVisible((visible) => !visible)} />
              <div className="editor-body">
                {outlineVisible && <OutlinePanel onHide={() => setOutlineVisible(false)} />}
                <div className="editor-main">
                  {bannerTop}
                  <NoticeArea />
                  <FindReplacePlugin scroller={getScroller} />
                  <div className="editor-scroll" ref={scroller}>
                    <div className="page">
                      {header}
                      <div className="page-text">
                        <RichTextPlugin
                          contentEditable={
                            <ContentEditable ref={hideEditorFromReactSelection} className="editor-content" data-testid="editor" aria-label="Document" spellCheck={false} />
                          }
                          placeholder={<div className="editor-placeholder">Start writing…</div>}
                          ErrorBoundary={LexicalErrorBoundary}
                        />
                      </div>
                    </div>
                  </div>
                  {bannerBottom}
                </div>
                {sidePanel}
              </div>
              <footer className="status-bar" aria-label="Document status">
                <WordCountPlugin />
                <SpellCheckPlugin personalDictionary={personalDictionary} setting={spelling} />
              </footer>
            </div>
            <BlockGroupsPlugin />
            <ReadOnlyPlugin readOnly={readOnly} />
            <HistoryPlugin />
            <ListPlugin />
            <ListIndentPlugin />
            <LinksPlugin />
            <TablesPlugin />
            <HorizontalRulePlugin />
            <ImagesPlugin />
            <PastePlugin />
            <MarkdownPlugin />
            <ShortcutsPlugin />
            <SectionGuidancePlugin />
            <CitationsPlugin />
            <PortionMarksPlugin />
            {/* After every plugin that registers a node transform, before the handle is offered. */}
            <LoadBodyPlugin body={body} />
            <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={() => onDirty()} />
            <EditorHandlePlugin onReady={onReady} />
          </NoticeProvider>
          </MarkingContext.Provider>
        </CitationContext.Provider>
      </MediaStoreContext.Provider>
    </LexicalComposer>
  );
}
