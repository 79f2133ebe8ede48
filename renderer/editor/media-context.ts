import type { LexicalEditor } from 'lexical';
import { createContext, useContext } from 'react';
import type { MediaStore } from './media-store';

/** The open document's images, for components that show them (image nodes). */
export const MediaStoreContext = createContext<MediaStore | null>(null);

export function useMediaStore(): MediaStore {
  const media = useContext(MediaStoreContext);
  if (!media) throw new Error('useMediaStore must be used inside BriefEditor.');
  return media;
}

// Node import code (pasted HTML turned into image nodes) runs inside editor updates, not
// React, so it finds the document's images through the editor it is updating.
const storesByEditor = new WeakMap<LexicalEditor, MediaStore>();

export function attachMediaStore(editor: LexicalEditor, media: MediaStore): () => void {
  storesByEditor.set(editor, media);
  return () => {
    if (storesByEditor.get(editor) === media) storesByEditor.delete(editor);
  };
}

export function mediaStoreOf(editor: LexicalEditor): MediaStore | null {
  return storesByEditor.get(editor) ?? null;
}
