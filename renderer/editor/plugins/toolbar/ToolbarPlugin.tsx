import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { COMMAND_PRIORITY_EDITOR, FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type TextFormatType } from 'lexical';
import { useEffect, useRef } from 'react';
import { toggleList, toggleQuote } from '../../formatting';
import { OPEN_FIND_COMMAND } from '../find-replace/find-commands';
import { CHOOSE_IMAGE_FILE_COMMAND, EDIT_ALT_TEXT_COMMAND } from '../images/image-commands';
import { OPEN_LINK_DIALOG_COMMAND } from '../links/link-commands';
import { PortionMarkControl } from '../markings/PortionMarkControl';
import { shortcutLabel, type ShortcutAction } from '../shortcuts/shortcut-keys';
import { OPEN_INSERT_TABLE_DIALOG_COMMAND } from '../table/table-commands';
import { BlockTypeSelect } from './BlockTypeSelect';
import {
  BulletListIcon,
  FindIcon,
  ImageIcon,
  LinkIcon,
  NumberedListIcon,
  OutlineIcon,
  QuoteIcon,
  RedoIcon,
  RuleIcon,
  TableIcon,
  UndoIcon,
} from './icons';
import { focusToolbar, useRovingFocus } from './roving-focus';
import { TableTools } from './TableTools';
import { FOCUS_TOOLBAR_COMMAND } from './toolbar-commands';
import { ToolbarButton, ToolbarSeparator } from './ToolbarButton';
import { useToolbarState } from './use-toolbar-state';
import './toolbar.css';

const TEXT_FORMATS: { format: TextFormatType; label: string; shortcut: ShortcutAction; glyph: string }[] = [
  { format: 'bold', label: 'Bold', shortcut: 'bold', glyph: 'B' },
  { format: 'italic', label: 'Italic', shortcut: 'italic', glyph: 'I' },
  { format: 'underline', label: 'Underline', shortcut: 'underline', glyph: 'U' },
  { format: 'strikethrough', label: 'Strikethrough', shortcut: 'strikethrough', glyph: 'S' },
];

export interface ToolbarPluginProps {
  outlineVisible: boolean;
  onToggleOutline: () => void;
}

/** The formatting toolbar: reflects the selection, and is one Tab stop (Alt+F10 from the page). */
export function ToolbarPlugin({ outlineVisible, onToggleOutline }: ToolbarPluginProps) {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  // A read-only document (open in another window) keeps only the outline and find.
  const locked = !useLexicalEditable();
  const toolbar = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(toolbar);

  useEffect(
    () =>
      editor.registerCommand(
        FOCUS_TOOLBAR_COMMAND,
        () => {
          focusToolbar(toolbar.current);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  return (
    <div
      ref={toolbar}
      className="toolbar"
      role="toolbar"
      aria-label={`Formatting (${shortcutLabel('focusToolbar')})`}
      aria-orientation="horizontal"
      data-testid="toolbar"
      onFocus={roving.onFocus}
      onKeyDown={(event) => {
        if (event.key === 'Escape') editor.focus();
        else roving.onKeyDown(event);
      }}
      // A click on a button keeps the caret in the document, as in a word processor.
      onMouseDown={(event) => {
        if (event.target instanceof Element && event.target.closest('button')) event.preventDefault();
      }}
    >
      <ToolbarButton label="Outline" testId="outline-toggle" pressed={outlineVisible} onClick={onToggleOutline}>
        <OutlineIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      <ToolbarButton label="Undo" shortcut={shortcutLabel('undo')} testId="undo" disabled={locked || !state.canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        <UndoIcon />
      </ToolbarButton>
      <ToolbarButton label="Redo" shortcut={shortcutLabel('redo')} testId="redo" disabled={locked || !state.canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        <RedoIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      <BlockTypeSelect editor={editor} blockType={state.blockType} disabled={locked} />
      <PortionMarkControl editor={editor} disabled={locked} />
      <ToolbarSeparator />
      {TEXT_FORMATS.map(({ format, label, shortcut, glyph }) => (
        <ToolbarButton
          key={format}
          label={label}
          shortcut={shortcutLabel(shortcut)}
          testId={format} disabled={locked}
          className={`toolbar-glyph toolbar-glyph-${format}`}
          pressed={state[format as 'bold' | 'italic' | 'underline' | 'strikethrough']}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </ToolbarButton>
      ))}
      <ToolbarSeparator />
      <ToolbarButton label="Bulleted list" shortcut={`${shortcutLabel('bulletList')}, or “- ” then text`} testId="bullet-list" disabled={locked} pressed={state.blockType === 'bullet'} onClick={() => toggleList(editor, 'bullet')}>
        <BulletListIcon />
      </ToolbarButton>
      <ToolbarButton label="Numbered list" shortcut={`${shortcutLabel('numberList')}, or “1. ” then text`} testId="numbered-list" disabled={locked} pressed={state.blockType === 'number'} onClick={() => toggleList(editor, 'number')}>
        <NumberedListIcon />
      </ToolbarButton>
      <ToolbarButton label="Quote" shortcut="“> ” then text" testId="quote" disabled={locked} pressed={state.blockType === 'quote'} onClick={() => toggleQuote(editor)}>
        <QuoteIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      <ToolbarButton label={state.link ? 'Edit link' : 'Link'} shortcut={shortcutLabel('link')} testId="link" disabled={locked} pressed={state.link} onClick={() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)}>
        <LinkIcon />
      </ToolbarButton>
      <ToolbarButton label="Insert table" testId="insert-table" disabled={locked} onClick={() => editor.dispatchCommand(OPEN_INSERT_TABLE_DIALOG_COMMAND, undefined)}>
        <TableIcon />
      </ToolbarButton>
      <ToolbarButton label="Insert image" shortcut="PNG, JPEG, GIF or WebP, up to 20 MB; or paste one" testId="insert-image" disabled={locked} onClick={() => editor.dispatchCommand(CHOOSE_IMAGE_FILE_COMMAND, undefined)}>
        <ImageIcon />
      </ToolbarButton>
      <ToolbarButton label="Horizontal rule" shortcut="“---” then a space" testId="insert-rule" disabled={locked} onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}>
        <RuleIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      <ToolbarButton label="Find and replace" shortcut={`${shortcutLabel('find')}, ${shortcutLabel('replace')}`} testId="find" onClick={() => editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: false })}>
        <FindIcon />
      </ToolbarButton>
      {state.inTable && !locked && (
        <>
          <ToolbarSeparator />
          <TableTools editor={editor} />
        </>
      )}
      {state.imageSelected && (
        <>
          <ToolbarSeparator />
          <ToolbarButton label="Edit alt text" testId="edit-alt-text" disabled={locked} className="toolbar-text-button" onClick={() => editor.dispatchCommand(EDIT_ALT_TEXT_COMMAND, null)}>
            Alt text
          </ToolbarButton>
        </>
      )}
    </div>
  );
}
