import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, LockState, RecoveryEntry } from '../../core/contract';
import { deepFreeze } from '../../core/document/frozen';
import { firstHeadingText, referencedMediaIds } from '../../core/document/body';
import { createDocument, type NewDocumentDefaults } from '../../core/document/create';
import type { BriefDocument, DocumentSource, MetadataValue } from '../../core/document/schema';
import type { BriefErrorInfo } from '../../core/errors';
import type { EditorHandle } from '../editor/BriefEditor';
import { MediaStore } from '../editor/media-store';
import type { HostClient } from './host-client';

/** Where the open document lives, and the fingerprint of the bytes this window last read or wrote there. */
export interface FileRef {
  path: string;
  name: string;
  /** Null when unknown (a recovered document), which makes the next save ask before replacing the file. */
  sha256: string | null;
}

/** The document the window shows: what was last loaded or saved, and where it lives. */
export interface OpenDocument {
  document: BriefDocument;
  file: FileRef | null;
  readOnly: boolean;
  media: MediaStore;
  /** Changes whenever a different document is loaded, so the editor remounts. */
  generation: number;
}

/** Unsaved changes are copied aside this long after the last edit (the analyst's autosave delay; this by default)… */
export const RECOVERY_DELAY_MS = 1000;
/** …and, during uninterrupted typing, at least this often (or twice the delay, when that is longer): by default "within 2 seconds". */
export const RECOVERY_MAX_WAIT_MS = 2000;
/**
 * Of that time, the copy waits up to this long for a moment the page is idle (between
 * keystrokes), so that it does not hold up the frame of a key just typed.
 */
const RECOVERY_IDLE_WAIT_MS = 250;

/** What the analyst's preferences change in a window's session. */
export interface SessionPreferences {
  /** How long after the last edit unsaved changes are copied aside. */
  recoveryDelayMs: number;
  /** What a new blank document starts as. */
  newDocument: NewDocumentDefaults;
}
const HEARTBEAT_MS = 10_000;

export type OpenOutcome =
  | { kind: 'opened' }
  | { kind: 'locked'; lock: Extract<LockState, { state: 'held-by-other' }>; name: string; path: string; loaded: () => void }
  | { kind: 'failed' };
export type SaveOutcome = 'saved' | 'conflict' | 'exists' | 'failed';

/** An error to show, optionally with the one action that helps. */
export interface Problem {
  error: BriefErrorInfo;
  action?: { label: string; run: () => void };
}

let generations = 0;

function fresh(document: BriefDocument, file: FileRef | null, readOnly = false): OpenDocument {
  generations += 1;
  return { document, file, readOnly, media: new MediaStore(document.media), generation: generations };
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
 * Open, save and new, unsaved-changes state, locks and crash recovery for one
 * window. The editor owns the body while editing; the session asks it for the body
 * only when saving or copying it aside for recovery.
 */
export function useDocumentSession(host: HostClient, info: AppInfo | null) {
  const [sessionId] = useState(() => crypto.randomUUID());
  const [open, setOpenState] = useState<OpenDocument>(() => fresh(createDocument({ now: new Date() }), null));
  const [dirty, setDirtyState] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editor = useRef<EditorHandle | null>(null);
  // Commands run from events and read the latest state through refs, not stale closures.
  const openRef = useRef(open);
  const dirtyRef = useRef(false);
  const recoveryTimer = useRef<number | undefined>(undefined);
  /** The idle callback that makes the copy, once its delay has passed. */
  const recoveryIdle = useRef<number | undefined>(undefined);
  /** When the oldest change not yet copied aside was made; null when all are copied. */
  const pendingSince = useRef<number | null>(null);
  const preferences = useRef<SessionPreferences | null>(null);

  /** Shows `next`. Its sources are frozen: a recovery copy or a save then writes their JSON once, not on every copy. */
  const setOpen = useCallback((next: OpenDocument) => {
    deepFreeze(next.document.sources);
    openRef.current = next;
    setOpenState(next);
  }, []);

  const setDirty = useCallback((value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  }, []);

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

  const cancelScheduledCopy = useCallback(() => {
    window.clearTimeout(recoveryTimer.current);
    if (recoveryIdle.current !== undefined) window.cancelIdleCallback(recoveryIdle.current);
    recoveryIdle.current = undefined;
  }, []);

  const storeRecovery = useCallback(async () => {
    cancelScheduledCopy();
    pendingSince.current = null;
    if (!dirtyRef.current) return;
    const { file } = openRef.current;
    const result = await host.storeRecovery({
      sessionId,
      documentPath: file?.path ?? null,
      name: displayName(openRef.current),
      baseSha256: file?.sha256 ?? null,
      document: currentDocument(),
    });
    if (!result.ok) setProblem({ error: { ...result.error, message: `Your changes could not be copied aside for crash recovery: ${result.error.message}` } });
  }, [host, sessionId, currentDocument, cancelScheduledCopy]);

  const forgetRecovery = useCallback(() => {
    cancelScheduledCopy();
    pendingSince.current = null;
    void host.discardRecovery({ id: sessionId });
  }, [host, sessionId, cancelScheduledCopy]);

  /** Shows another document: the old one's lock is released and its recovery copy dropped. */
  const replaceOpen = useCallback(
    (next: OpenDocument, nextDirty: boolean) => {
      const previous = openRef.current;
      if (previous.file && !previous.readOnly && previous.file.path !== next.file?.path) {
        void host.releaseDocument({ path: previous.file.path, sessionId });
      }
      if (previous.media !== next.media) previous.media.dispose();
      setOpen(next);
      setDirty(nextDirty);
      if (!nextDirty) forgetRecovery();
    },
    [host, sessionId, setOpen, setDirty, forgetRecovery],
  );

  const markDirty = useCallback(() => {
    if (!dirtyRef.current) setDirty(true);
    const now = Date.now();
    pendingSince.current ??= now;
    // A copy waiting for an idle moment will take this edit too; putting it off again could starve it while typing.
    if (recoveryIdle.current !== undefined) return;
    const afterEdit = preferences.current?.recoveryDelayMs ?? RECOVERY_DELAY_MS;
    const delay = Math.min(afterEdit, pendingSince.current + Math.max(RECOVERY_MAX_WAIT_MS, 2 * afterEdit) - now);
    window.clearTimeout(recoveryTimer.current);
    recoveryTimer.current = window.setTimeout(() => {
      recoveryIdle.current = window.requestIdleCallback(() => void storeRecovery(), { timeout: RECOVERY_IDLE_WAIT_MS });
    }, Math.max(0, delay - RECOVERY_IDLE_WAIT_MS));
  }, [setDirty, storeRecovery]);

  const newDocument = useCallback(() => {
    replaceOpen(fresh(createDocument({ now: new Date(), defaults: preferences.current?.newDocument }), null), false);
    setProblem(null);
    setNotice(null);
  }, [replaceOpen]);

  /** Changes the open document outside its text (metadata, sources): unsaved from then on. */
  const updateDocument = useCallback(
    (change: (document: BriefDocument) => BriefDocument) => {
      const current = openRef.current;
      setOpen({ ...current, document: change(current.document) });
      markDirty();
    },
    [setOpen, markDirty],
  );

  /** New metadata for the open document (its title follows the subject); the text is untouched. */
  const updateMetadata = useCallback(
    (fields: Record<string, MetadataValue>) =>
      updateDocument((document) => {
        const subject = fields.subject;
        const title = typeof subject === 'string' ? subject.trim() : document.metadata.title;
        return { ...document, metadata: { ...document.metadata, title, fields } };
      }),
    [updateDocument],
  );

  const updateSources = useCallback((sources: DocumentSource[]) => updateDocument((document) => ({ ...document, sources })), [updateDocument]);

  /** Shows a document made in this window (from a template); unsaved when it holds anything to lose. */
  const startDocument = useCallback(
    (document: BriefDocument) => {
      const filledIn = Object.values(document.metadata.fields).some((value) => value.length > 0);
      const unsaved = filledIn || document.body.root.children.length > 1;
      replaceOpen(fresh(document, null), unsaved);
      if (unsaved) void storeRecovery();
      setProblem(null);
      setNotice(null);
    },
    [replaceOpen, storeRecovery],
  );

  const salvage = useCallback(
    async (path: string) => {
      const result = await host.salvageDocument({ path });
      if (!result.ok) return setProblem({ error: result.error });
      replaceOpen(fresh(result.value.document, null), true);
      void storeRecovery();
      setProblem(null);
      const lost = result.value.lost;
      setNotice(`Opened what could be read as a new, untitled document.${lost.length ? ` Lost: ${lost.join('; ')}.` : ''} The damaged file was not changed.`);
    },
    [host, replaceOpen, storeRecovery],
  );

  const openPath = useCallback(
    async (path: string, lock: 'acquire' | 'take-over' | 'read-only' = 'acquire'): Promise<OpenOutcome> => {
      const result = await host.openDocument({ path, sessionId, lock });
      if (!result.ok) {
        const salvageable = result.error.code === 'damaged-file' || result.error.code === 'invalid-part';
        setProblem({ error: result.error, action: salvageable ? { label: 'Open what can be read', run: () => void salvage(path) } : undefined });
        return { kind: 'failed' };
      }
      const { file, document } = result.value;
      const load = (readOnly: boolean) => {
        replaceOpen(fresh(document, { path: file.path, name: file.name, sha256: file.sha256 }, readOnly), false);
        setProblem(null);
        setNotice(null);
      };
      if (result.value.lock.state === 'held-by-other') {
        return { kind: 'locked', lock: result.value.lock, name: file.name, path: file.path, loaded: () => load(true) };
      }
      load(result.value.lock.state === 'read-only');
      return { kind: 'opened' };
    },
    [host, sessionId, replaceOpen, salvage],
  );

  /** Saves to `path`; on failure the document stays open and marked unsaved. */
  const saveTo = useCallback(
    async (path: string, options: { overwrite: boolean }): Promise<SaveOutcome> => {
      const current = openRef.current;
      const samePlace = current.file?.path === path;
      const document = currentDocument();
      const result = await host.saveDocument({
        path,
        sessionId,
        document,
        expectedSha256: samePlace ? (current.file?.sha256 ?? null) : null,
        overwrite: options.overwrite,
      });
      if (!result.ok) {
        if (result.error.code === 'conflict') return 'conflict';
        if (result.error.code === 'already-exists') return 'exists';
        setProblem({ error: result.error });
        return 'failed';
      }
      const { file } = result.value;
      replaceOpen({ ...current, document, readOnly: false, file: { path: file.path, name: file.name, sha256: file.sha256 } }, false);
      setProblem(null);
      return 'saved';
    },
    [host, sessionId, currentDocument, replaceOpen],
  );

  const restore = useCallback(
    async (entry: RecoveryEntry) => {
      const result = await host.restoreRecovery({ id: entry.id });
      if (!result.ok) return setProblem({ error: result.error });
      const { documentPath, name, baseSha256 } = result.value.entry;
      replaceOpen(fresh(result.value.document, documentPath === null ? null : { path: documentPath, name, sha256: baseSha256 }), true);
      // Copy it under this window's own id before dropping the old copy, so a crash in between loses nothing.
      await storeRecovery();
      await host.discardRecovery({ id: entry.id });
      setNotice(`Restored your unsaved changes to “${name}”. Save to keep them.`);
    },
    [host, replaceOpen, storeRecovery],
  );

  // While the window is open, keep its lock fresh and tell the host it is alive.
  useEffect(() => {
    const beat = () => void host.heartbeat({ sessionId, path: openRef.current.readOnly ? null : (openRef.current.file?.path ?? null) });
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    return () => window.clearInterval(timer);
  }, [host, sessionId]);

  // Leaving the page (closing the window or tab, reloading): release the lock. Unsaved work stays in the recovery store.
  useEffect(() => {
    const leave = () => {
      const { file, readOnly } = openRef.current;
      if (file && !readOnly) void host.releaseDocument({ path: file.path, sessionId });
    };
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [host, sessionId]);

  /**
   * Takes the analyst's preferences: the autosave delay from the next edit on, and the
   * defaults of new documents — including the blank page on show, while nothing has been
   * written in it or about it yet.
   */
  const applyPreferences = useCallback((next: SessionPreferences) => {
    preferences.current = next;
    const current = openRef.current;
    const { metadata, sources } = current.document;
    const untouched = !dirtyRef.current && current.file === null && !current.readOnly && metadata.templateId === 'blank' && metadata.title === '' && sources.length === 0;
    if (!untouched) return;
    const defaults = createDocument({ now: new Date(metadata.created), defaults: next.newDocument });
    const document = { ...current.document, metadata: { ...metadata, author: defaults.metadata.author }, marking: defaults.marking, settings: defaults.settings };
    setOpen({ ...current, document });
  }, [setOpen]);

  const attachEditor = useCallback((handle: EditorHandle) => {
    editor.current = handle;
  }, []);

  return {
    info,
    sessionId,
    open,
    dirty,
    problem,
    notice,
    dismissProblem: () => setProblem(null),
    dismissNotice: () => setNotice(null),
    showNotice: setNotice,
    showProblem: setProblem,
    attachEditor,
    editor,
    markDirty,
    currentDocument,
    newDocument,
    startDocument,
    applyPreferences,
    updateDocument,
    updateMetadata,
    updateSources,
    openPath,
    saveTo,
    restore,
    forgetRecovery,
  };
}

export type DocumentSession = ReturnType<typeof useDocumentSession>;
