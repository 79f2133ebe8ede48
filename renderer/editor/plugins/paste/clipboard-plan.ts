import { isImageFile } from '../../image-data';

/** Lexical's own clipboard format, written when copying inside a Lexical editor. */
const LEXICAL_MIME = 'application/x-lexical-editor';

export type ClipboardPlan =
  | { kind: 'lexical' }
  | { kind: 'image-files'; files: File[] }
  | { kind: 'html'; html: string; plainText: string }
  | { kind: 'plain-text' };

/**
 * What a paste or drop should insert. An image copied from a browser comes with an <img>
 * pointing at the web; the image file that comes with it is what is kept.
 */
export function planClipboard(data: DataTransfer): ClipboardPlan {
  if (data.types.includes(LEXICAL_MIME)) return { kind: 'lexical' };
  const imageFiles = Array.from(data.files).filter(isImageFile);
  const plainText = data.getData('text/plain');
  if (imageFiles.length > 0 && plainText.trim() === '') return { kind: 'image-files', files: imageFiles };
  const html = data.getData('text/html');
  if (html) return { kind: 'html', html, plainText };
  return { kind: 'plain-text' };
}
