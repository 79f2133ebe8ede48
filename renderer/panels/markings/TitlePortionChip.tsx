import { useRef, useState } from 'react';
import type { MarkingScheme } from '../../../core/markings/scheme';
import { MenuItem, MenuSeparator, PopupMenu } from '../../editor/menus/PopupMenu';

export interface TitlePortionChipProps {
  scheme: MarkingScheme;
  /** The title block's mark as written in a portion; '' when unmarked. */
  mark: string;
  /** Whether every portion must be marked now: an unmarked title is then shown as such. */
  required: boolean;
  readOnly: boolean;
  onChange: (mark: string) => void;
}

/** The title block's portion mark, in the margin beside it like every portion's, with the scheme's levels in a menu. */
export function TitlePortionChip({ scheme, mark, required, readOnly, onChange }: TitlePortionChipProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  if (mark === '' && !required) return null;
  const close = (returnFocus: boolean) => {
    setMenuAt(null);
    if (returnFocus) button.current?.focus();
  };
  const choose = (next: string) => {
    onChange(next);
    close(true);
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`title-portion-chip${mark === '' ? ' is-unmarked' : ''}`}
        aria-label={`Title block portion mark: ${mark || 'not marked'}`}
        aria-haspopup="menu"
        aria-expanded={menuAt !== null}
        disabled={readOnly}
        data-testid="title-portion"
        onClick={() => {
          const bounds = button.current?.getBoundingClientRect();
          setMenuAt(bounds ? { x: bounds.left, y: bounds.bottom + 2 } : { x: 80, y: 80 });
        }}
      >
        {mark === '' ? '?' : `(${mark})`}
      </button>
      {menuAt && (
        <PopupMenu label="Title block portion mark" testId="title-portion-menu" position={menuAt} onClose={close}>
          {scheme.levels.map((level) => (
            <MenuItem key={level.id} label={`(${level.portion}) ${level.banner}`} checked={mark === level.portion} testId={`title-portion-${level.id}`} onChoose={() => choose(level.portion)} />
          ))}
          <MenuSeparator />
          <MenuItem label="Remove mark" testId="title-portion-remove" onChoose={() => choose('')} />
        </PopupMenu>
      )}
    </>
  );
}
