import { BRIEF_EXTENSION } from '../../core/document/container';

/**
 * The desktop shell's rules as pure functions: which URLs the window may load or
 * request, who may call the host, what the title bar says. No Electron import, so
 * Node unit tests load this file directly.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'briefwright';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
export const PRODUCT_NAME = 'Briefwright';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for `app://briefwright/…` and nothing else (no other host, port or user part). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * What the session lets through: the app's own files, blob: URLs the page made, data:
 * URLs (embedded images) and the developer tools' own frontend. Everything else —
 * http(s), ws(s), file, ftp, other schemes — is cancelled, so the app never touches
 * the network or the disk behind the analyst's back.
 */
export function isAllowedRequest(url: string): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  if (url.startsWith('devtools:')) return true;
  return isAppUrl(url);
}

/**
 * Where Chromium's own spell-checker would download Hunspell dictionaries from, were it
 * ever switched on: a host under RFC 2606's `.invalid`, which no resolver answers, and a
 * URL the session refuses anyway. Briefwright checks spelling with its own bundled
 * dictionaries (renderer/editor/plugins/spellcheck/).
 */
export const UNREACHABLE_DICTIONARY_URL = 'https://dictionaries.briefwright.invalid/';

/** Replaces control characters (line breaks, NUL, DEL …) with spaces. */
function withoutControlCharacters(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? ' ' : char;
  }).join('');
}

/** The window's title: "• readout — Briefwright" while unsaved changes exist. */
export function windowTitle(title: string, dirty: boolean): string {
  const name = withoutControlCharacters(title).trim();
  const base = name === '' ? PRODUCT_NAME : `${name} — ${PRODUCT_NAME}`;
  return dirty ? `• ${base}` : base;
}

/** A path with the `.brief` extension, added when the analyst typed a name without it. */
export function withBriefExtension(path: string): string {
  return path.toLowerCase().endsWith(BRIEF_EXTENSION) ? path : `${path}${BRIEF_EXTENSION}`;
}

/** The page's suggested file name, reduced to a plain file name (no folders, no reserved characters). */
export function safeSuggestedName(suggestedName: string, extension: string = BRIEF_EXTENSION): string {
  const cleaned = withoutControlCharacters(suggestedName)
    .replace(/\.(brief|docx|pdf)$/i, '')
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${cleaned === '' ? 'Untitled' : cleaned}${extension}`;
}

/** What main knows about the frame behind an IPC call. */
export interface SenderFacts {
  /** The frame's URL, or null when the frame is gone. */
  frameUrl: string | null;
  /** The frame is the top frame of its page. */
  isMainFrame: boolean;
  /** The frame belongs to the app's own window. */
  isOurWindow: boolean;
}

/** Only the main frame of the app's window, showing the app's own page, may call the host. */
export function isTrustedSender(sender: SenderFacts): boolean {
  return sender.isOurWindow && sender.isMainFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl);
}

/**
 * Dialog answers fixed by the end-to-end tests. Honoured only when BRIEFWRIGHT_E2E is
 * exactly '1', so a stray variable cannot make a real installation skip its dialogs.
 */
export function testDialogPaths(env: Record<string, string | undefined>): { open: string | null; save: string | null; export: string | null } | null {
  if (env.BRIEFWRIGHT_E2E !== '1') return null;
  return { open: env.BRIEFWRIGHT_TEST_OPEN_PATH || null, save: env.BRIEFWRIGHT_TEST_SAVE_PATH || null, export: env.BRIEFWRIGHT_TEST_EXPORT_PATH || null };
}
