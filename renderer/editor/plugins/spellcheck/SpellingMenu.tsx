import { MenuItem, MenuSeparator, MenuStatus, PopupMenu } from '../../menus/PopupMenu';

export interface SpellingMenuProps {
  word: string;
  /** Where the menu opens, in window coordinates: the pointer, or under the word. */
  position: { x: number; y: number };
  /** Replacements for the word; null while they are being looked up. */
  suggestions: string[] | null;
  /** False in a read-only document: the word can be added or ignored, not replaced. */
  canReplace: boolean;
  onReplace: (replacement: string) => void;
  onAdd: () => void;
  onIgnore: () => void;
  /** `returnFocus`: the analyst closed it from the keyboard, so the caret goes back to the text. */
  onClose: (returnFocus: boolean) => void;
}

/** The spelling context menu: suggestions, "Add to dictionary" and "Ignore in this document". */
export function SpellingMenu({ word, position, suggestions, canReplace, onReplace, onAdd, onIgnore, onClose }: SpellingMenuProps) {
  return (
    <PopupMenu label={`Spelling of “${word}”`} testId="spelling-menu" position={position} contentKey={suggestions} onClose={onClose}>
      {canReplace && suggestions === null && <MenuStatus text="Looking for suggestions…" />}
      {canReplace && suggestions?.length === 0 && <MenuStatus text="No suggestions" />}
      {canReplace && suggestions?.map((suggestion) => <MenuItem key={suggestion} label={suggestion} onChoose={() => onReplace(suggestion)} testId="spelling-suggestion" />)}
      {canReplace && <MenuSeparator />}
      <MenuItem label="Add to dictionary" onChoose={onAdd} testId="spelling-add" />
      <MenuItem label="Ignore in this document" onChoose={onIgnore} testId="spelling-ignore" />
    </PopupMenu>
  );
}
