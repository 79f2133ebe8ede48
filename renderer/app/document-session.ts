import { useCallback, useRef, useState } from 'react';
import type { AppInfo, FileStamp } from '../../core/contract';
import { firstHeadingText, referencedMediaIds } from '../../core/document/body';
import { createDocument } from '../../core/document/create';
import type { BriefDocument } from '../../core/document/schema';
import type { BriefErrorInfo } from '../../core/errors';
import type { EditorHandle } from '../editor/BriefEditor';
import { MediaStore } from '../editor/media-store';
import type { HostClient } from './host-client';

/** The document the window shows: what was last loaded or saved, and where it lives. */
export interface OpenDocument {
  document: BriefDocument;
  file: FileStamp | null;
  media: MediaStore;
  /** Changes whenever a different document is loaded, so the editor remounts. */
  generation: number;
}

export type SaveTarget = { kind: 'path'; path: string } | { kind: 'ask' };

let generations = 0;

function fresh(document: BriefDocument, file: FileStamp | null): OpenDocument {
  generations += 1;
  return { document, file, media: new MediaStore(document.media), generation: generations };
}

export function displayName(open: OpenDocument): string {
  return open.file?.name ?? (open.document.metadata.title || 'Untitled');
}

/** A file name from the document's title: "Readout Araji Anker.brief". */
export function suggestedFileName(document: BriefDocument): string {
  const title = (document.metadata.title || firstHeadingText(document.body) || 'Untitled').replace(/[\\/:*?"<>|\n\r\t]+/g, ' ').trim();
  return `${title.slice(0, 80).trim() || 'Untitled'}.brief`;
}

/**
 * Open, save and new, and the unsaved-changes state, for one window. The editor
 * owns the body while editing; the session asks it for the body only when saving.
 */
export function useDocumentSession(host: HostClient, info: AppInfo | null) {
  const [open, setOpenState] = useState<OpenDocument>(() => fresh(createDocument({ now: new Date() }), null));
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<BriefErrorInfo | null>(null);
  const editor = useRef<EditorHandle | null>(null);
  // Commands run from events and read the latest document through this ref, not a stale closure.
  const openRef = useRef(open);
  const setOpen = useCallback((next: OpenDocument) => {
    openRef.current = next;
    setOpenState(next);
  }, []);
  const attachEditor = useCallback((handle: EditorHandle) => {
    editor.current = handle;
  }, []);

  const markDirty = useCallback(() => setDirty(true), []);

  const currentDocument = useCallback((): BriefDocument => {
    const { document, media } = openRef.current;
    const body = editor.current?.getBody() ?? document.body;
    const title = document.metadata.title || firstHeadingText(body);
    return {
      ...document,
      metadata: { ...document.metadata, title, modified: new Date().toISOString() },
      body,
      media: media.snapshot(referencedMediaIds(body)),
    };
  }, []);

  const newDocument = useCallback(() => {
    openRef.current.media.dispose();
    setOpen(fresh(createDocument({ now: new Date() }), null));
    setDirty(false);
    setError(null);
  }, [setOpen]);

  const openPath = useCallback(
    async (path: string): Promise<boolean> => {
      const result = await host.openDocument({ path });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      openRef.current.media.dispose();
      setOpen(fresh(result.value.document, result.value.file));
      setDirty(false);
      setError(null);
      return true;
    },
    [host, setOpen],
  );

  /** Saves to `path`; on failure the document stays open and marked unsaved. */
  const saveTo = useCallback(
    async (path: string): Promise<boolean> => {
      const document = currentDocument();
      const result = await host.saveDocument({ path, document });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setOpen({ ...openRef.current, document, file: result.value.file });
      setDirty(false);
      setError(null);
      return true;
    },
    [host, currentDocument, setOpen],
  );

  const askNativeSavePath = useCallback(async (): Promise<string | null> => {
    const result = await host.showSaveDialog({ suggestedName: suggestedFileName(currentDocument()) });
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value.path;
  }, [host, currentDocument]);

  return {
    info,
    open,
    dirty,
    error,
    dismissError: () => setError(null),
    showError: setError,
    editor,
    attachEditor,
    markDirty,
    currentDocument,
    newDocument,
    openPath,
    saveTo,
    askNativeSavePath,
  };
}

export type DocumentSession = ReturnType<typeof useDocumentSession>;
