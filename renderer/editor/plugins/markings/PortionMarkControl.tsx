import { COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { readMark } from '../../../../core/markings/document-marking';
import { isKnownMark, markText } from '../../../../core/markings/portion-mark';
import type { MarkingScheme } from '../../../../core/markings/scheme';
import { MenuItem, MenuSeparator, PopupMenu } from '../../menus/PopupMenu';
import { shortcutLabel } from '../shortcuts/shortcut-keys';
import { useMarkingEnvironment } from './markings-context';
import { OPEN_PORTION_MENU_COMMAND, SET_PORTION_COMMAND } from './portion-commands';
import { $portionAtCaret } from './PortionMarksPlugin';

/** Why a typed mark would be flagged: parts the scheme does not know, or controls not used at its level. */
function markProblem(text: string, scheme: MarkingScheme): string | null {
  const mark = readMark(text, scheme);
  if (!mark) return null;
  if (isKnownMark(mark)) return null;
  const parts = [...mark.unknown, ...mark.notAllowed];
  return `${scheme.name} does not know ${parts.map((part) => `“${part}”`).join(', ') || 'this mark'}; it will be kept as written and flagged.`;
}

/**
 * The toolbar's portion-mark button: shows the mark of the portion at the caret and opens a
 * menu of the scheme's levels, a field for a mark with controls (S//NF), and "Remove mark".
 */
export function PortionMarkControl({ editor, disabled }: { editor: LexicalEditor; disabled: boolean }) {
  const { scheme } = useMarkingEnvironment();
  const [current, setCurrent] = useState<string | null>(null);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  /** The field for a mark with controls, shown in place of the menu. */
  const [typing, setTyping] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => editor.registerUpdateListener(({ editorState }) => editorState.read(() => setCurrent($portionAtCaret()))), [editor]);

  const openMenu = useCallback(() => {
    const bounds = button.current?.getBoundingClientRect();
    setTyping(false);
    setMenuAt(bounds ? { x: bounds.left, y: bounds.bottom + 2 } : { x: 80, y: 80 });
  }, []);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_PORTION_MENU_COMMAND,
        () => {
          openMenu();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, openMenu],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      setMenuAt(null);
      if (returnFocus) editor.focus();
    },
    [editor],
  );

  if (!scheme) return null;
  const choose = (mark: string) => {
    editor.dispatchCommand(SET_PORTION_COMMAND, mark);
    close(true);
  };
  const shown = current === null ? '—' : current === '' ? '?' : `(${current})`;
  const levels = `${shortcutLabel('portionMenu')}; Alt+Shift+1–${scheme.levels.length} for ${scheme.levels.map((level) => level.portion).join(', ')}`;

  return (
    <>
      <button
        ref={button}
        type="button"
        className="toolbar-button toolbar-text-button portion-mark-button"
        aria-label={`Portion mark: ${current ? current : current === '' ? 'not marked' : 'none here'}`}
        aria-haspopup="menu"
        aria-expanded={menuAt !== null}
        title={`Portion mark (${levels})`}
        data-testid="portion-mark"
        disabled={disabled || current === null}
        onClick={openMenu}
      >
        {shown}
      </button>
      {menuAt && typing && <TypedMark scheme={scheme} initial={current ?? ''} position={menuAt} onApply={choose} onClose={close} />}
      {menuAt && !typing && (
        <PopupMenu label="Portion mark" testId="portion-menu" position={menuAt} onClose={close}>
          {scheme.levels.map((level, rank) => (
            <MenuItem
              key={level.id}
              label={`(${level.portion}) ${level.banner}`}
              title={rank < 9 ? `Alt+Shift+${rank + 1}` : undefined}
              checked={current === level.portion}
              testId={`portion-level-${level.id}`}
              onChoose={() => choose(level.portion)}
            />
          ))}
          <MenuSeparator />
          <MenuItem label="Mark with controls…" testId="portion-typed" onChoose={() => setTyping(true)} />
          <MenuItem label="Remove mark" testId="portion-remove" onChoose={() => choose('')} />
        </PopupMenu>
      )}
    </>
  );
}

/** A mark typed as written in a portion, S//NF or C//REL TO USA, GBR; checked against the scheme as it is typed. */
function TypedMark(props: { scheme: MarkingScheme; initial: string; position: { x: number; y: number }; onApply: (mark: string) => void; onClose: (returnFocus: boolean) => void }) {
  const { scheme, initial, position, onApply, onClose } = props;
  const [text, setText] = useState(initial);
  const problem = text.trim() === '' ? null : markProblem(text, scheme);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = readMark(text, scheme);
    if (text.trim() !== '') onApply(parsed && isKnownMark(parsed) ? markText(parsed, scheme, 'portion') : text.trim());
  };
  return createPortal(
    <form
      role="dialog"
      aria-label="Portion mark with controls"
      className="popup-menu portion-typed"
      style={{ left: position.x, top: position.y }}
      data-testid="portion-typed-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onClose(true);
      }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) onClose(false);
      }}
    >
      <label>
        Mark as written in a portion
        <input autoFocus value={text} placeholder="S//NF" data-testid="portion-typed-input" aria-describedby="portion-typed-problem" onChange={(event) => setText(event.target.value)} />
      </label>
      <p id="portion-typed-problem" className="portion-typed-problem" role="status">
        {problem ?? ''}
      </p>
      <button type="submit" className="portion-typed-apply" data-testid="portion-typed-apply">
        Apply
      </button>
    </form>,
    document.body,
  );
}
