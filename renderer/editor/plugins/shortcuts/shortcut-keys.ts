import { IS_APPLE } from 'lexical';

/** Every editor command with a keyboard shortcut; the toolbar shows the same table in its titles. */
export type ShortcutAction =
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'paragraph'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'numberList'
  | 'bulletList'
  | 'link'
  | 'undo'
  | 'redo'
  | 'find'
  | 'replace'
  | 'focusToolbar'
  | 'portionMenu';

interface ShortcutKey {
  /** A letter (matched by the character typed, so it follows the keyboard layout), a digit, or a key name. */
  key: string;
  /** Ctrl, or Cmd on a Mac. */
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
}

const SHORTCUTS: Record<ShortcutAction, ShortcutKey> = {
  bold: { key: 'b', mod: true },
  italic: { key: 'i', mod: true },
  underline: { key: 'u', mod: true },
  strikethrough: { key: 'x', mod: true, shift: true },
  paragraph: { key: '0', mod: true, alt: true },
  h1: { key: '1', mod: true, alt: true },
  h2: { key: '2', mod: true, alt: true },
  h3: { key: '3', mod: true, alt: true },
  numberList: { key: '7', mod: true, shift: true },
  bulletList: { key: '8', mod: true, shift: true },
  link: { key: 'k', mod: true },
  undo: { key: 'z', mod: true },
  redo: IS_APPLE ? { key: 'z', mod: true, shift: true } : { key: 'y', mod: true },
  find: { key: 'f', mod: true },
  replace: { key: 'h', mod: true },
  focusToolbar: { key: 'F10', alt: true },
  portionMenu: { key: 'm', mod: true, shift: true },
};

/** How the shortcut is written for this platform: "Ctrl+Alt+2", or "⌘⌥2" on a Mac. */
export function shortcutLabel(action: ShortcutAction): string {
  const { key, mod, alt, shift } = SHORTCUTS[action];
  const name = key.length === 1 ? key.toUpperCase() : key;
  if (IS_APPLE) return `${mod ? '⌘' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${name}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('+');
}

function keyMatches(event: KeyboardEvent, key: string): boolean {
  if (/^\d$/.test(key)) {
    // Digits by physical key: Shift+7 types "&" or "/" depending on the layout.
    return event.code === `Digit${key}` || event.code === `Numpad${key}`;
  }
  if (key.length > 1) return event.key === key;
  if (event.key.toLowerCase() === key) return true;
  // Non-Latin layouts (Arabic, Russian) type another letter on the same key.
  return event.key.length === 1 && event.key.charCodeAt(0) > 127 && event.code === `Key${key.toUpperCase()}`;
}

/** Whether the key press is the shortcut for `action`. */
export function isShortcut(event: KeyboardEvent, action: ShortcutAction): boolean {
  const { key, mod = false, alt = false, shift = false } = SHORTCUTS[action];
  const modPressed = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  // AltGr reports Ctrl+Alt on Windows; it types characters ("{" on German AltGr+7), never shortcuts.
  if (event.getModifierState('AltGraph')) return false;
  return modPressed === mod && event.altKey === alt && event.shiftKey === shift && keyMatches(event, key);
}
