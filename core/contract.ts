import { z } from 'zod';
import { HOST_METHOD_NAMES, type HostMethodName } from './contract-methods';
import { BodyDeltaSchema } from './document/body-delta';
import { BodySchema, BriefDocumentSchema, NotesPlacementSchema } from './document/schema';
import { TemplateSchema } from './templates/schema';
import { SourceSchema } from './sources/schema';
import { PersonalWordListSchema, PersonalWordSchema } from './spelling/personal-words';
import { PreferencesChangeSchema, PreferencesSchema } from './preferences/schema';
import { BRIEF_ERROR_CODES, type BriefErrorInfo, type Result } from './errors';
import { EDITOR_MENU_COMMANDS } from './menu-commands';

/**
 * The one typed API between the page and its host. The Electron preload and the
 * local web host both implement it; the renderer's client is written against it.
 * Every input is validated by the host and every output by the client.
 */

/** A document path as the host understands it: absolute in Electron, workspace-relative in the web host. */
const DocumentPath = z.string().min(1).max(4096);

/**
 * A document as the page sends it to be written: its body whole, or as a change to the body
 * the host last took from this window for the same method (core/document/body-delta.ts).
 */
const DocumentUploadSchema = BriefDocumentSchema.extend({ body: z.union([BodySchema, BodyDeltaSchema]) });

export const AppInfoSchema = z.object({
  version: z.string(),
  /** Where the page runs: the desktop app, or the local web host in a browser. */
  shell: z.enum(['electron', 'web']),
  /** True when the host shows the operating system's file dialogs. */
  nativeDialogs: z.boolean(),
  /** The folder the web host confines files to (shown to the analyst); null in Electron. */
  workspace: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const FileStampSchema = z.object({
  path: DocumentPath,
  /** File name for display, e.g. "readout.brief". */
  name: z.string(),
  modifiedMs: z.number(),
  size: z.number().int().nonnegative(),
  /** Fingerprint of the bytes on disk, used to notice changes made by someone else. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileStamp = z.infer<typeof FileStampSchema>;

export const WorkspaceEntrySchema = z.object({
  path: DocumentPath,
  name: z.string(),
  kind: z.enum(['folder', 'document']),
  modifiedMs: z.number(),
});
export type WorkspaceEntry = z.infer<typeof WorkspaceEntrySchema>;

/** Pasted text or HTML longer than this is refused with a message; the analyst saves it as a file instead. */
export const MAX_CAPTURE_TEXT_CHARS = 10_000_000;
/** A source file of 50 MB, as base64. */
export const MAX_CAPTURE_FILE_BASE64_CHARS = Math.ceil((50 * 1024 * 1024) / 3) * 4;

/** A captured source, before the analyst confirms it: what was detected, and from where. */
export const CaptureOutcomeSchema = z.object({
  source: SourceSchema,
  detected: z.array(z.object({ field: z.string(), value: z.string(), evidence: z.string() })),
  warnings: z.array(z.string()),
});
export type CaptureOutcome = z.infer<typeof CaptureOutcomeSchema>;

export const MenuCommandSchema = z.enum(['new', 'open', 'save', 'save-as', 'close', 'find', 'word-count', 'toggle-sources', 'toggle-checks', 'cite-selection', 'export', 'preferences', 'details', 'save-as-template', 'help', ...EDITOR_MENU_COMMANDS]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** A document the desktop asks the page to open (command line, Finder, Open Recent): an absolute path it has granted. */
export const OpenPathRequestSchema = DocumentPath;

/** How far an export has got (core/export/types.ts ExportProgress), as the page is told. */
export const ExportProgressSchema = z.object({ stage: z.string().max(200), fraction: z.number().min(0).max(1).nullable() });

/** An export made over blocking marking findings: why, and which findings (one line each), for the file's properties. */
export const MarkingOverrideSchema = z.object({
  reason: z.string().trim().min(1).max(2_000),
  findings: z.array(z.string().max(2_000)).max(1_000),
});
export type MarkingOverride = z.infer<typeof MarkingOverrideSchema>;

/** Identifies one window (one editing session) to the host: for locks and crash recovery. */
const SessionId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

export { SessionId as SessionIdSchema };

export const LockOwnerInfoSchema = z.object({ user: z.string(), host: z.string(), refreshedAt: z.string() });
export const LockStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('owned') }),
  z.object({ state: z.literal('read-only') }),
  z.object({ state: z.literal('held-by-other'), owner: LockOwnerInfoSchema }),
]);
export type LockState = z.infer<typeof LockStateSchema>;

export const RecoveryEntrySchema = z.object({
  id: SessionId,
  documentPath: z.string().nullable(),
  name: z.string(),
  baseSha256: z.string().nullable(),
  savedAt: z.iso.datetime(),
  preview: z.string(),
});
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const hostContract = {
  getAppInfo: method(z.object({}), AppInfoSchema),
  /** Lists `.brief` documents and folders under a workspace folder ('' is the workspace itself). */
  listWorkspace: method(
    z.object({ folder: z.string().max(4096) }),
    z.object({ folder: z.string(), entries: z.array(WorkspaceEntrySchema) }),
  ),
  /**
   * Reads a document and marks it open for this session. When another window holds
   * it, the document is still returned, with `lock.state` 'held-by-other', so the
   * page can offer read-only; `lock: 'take-over'` claims it, `'read-only'` leaves it.
   * With `bodyId`, the host keeps the body under that id, so that the window's first save
   * and recovery copy can send the body as a change to it (core/document/body-delta.ts).
   */
  openDocument: method(
    z.object({
      path: DocumentPath,
      sessionId: SessionId,
      lock: z.enum(['acquire', 'take-over', 'read-only']).default('acquire'),
      bodyId: z.number().int().nonnegative().optional(),
    }),
    z.object({ file: FileStampSchema, document: BriefDocumentSchema, lock: LockStateSchema }),
  ),
  /**
   * Saves atomically, keeping the previous version as NAME.brief.bak. Refuses with
   * 'conflict' when the file changed on disk since `expectedSha256`, and with
   * 'already-exists' when a new name is taken, unless `overwrite` is set.
   */
  saveDocument: method(
    z.object({
      path: DocumentPath,
      sessionId: SessionId,
      document: DocumentUploadSchema,
      expectedSha256: z.string().nullable(),
      overwrite: z.boolean().default(false),
    }),
    z.object({ file: FileStampSchema }),
  ),
  /** Reads what can be read of a damaged document, to open as a new untitled one. */
  salvageDocument: method(
    z.object({ path: DocumentPath }),
    z.object({ document: BriefDocumentSchema, lost: z.array(z.string()) }),
  ),
  /** The window no longer shows this document: its lock is released. */
  releaseDocument: method(z.object({ path: DocumentPath, sessionId: SessionId }), z.object({})),
  /** Sent every few seconds while the window is open: keeps its lock fresh and its recovery entry its own. */
  heartbeat: method(z.object({ sessionId: SessionId, path: DocumentPath.nullable() }), z.object({})),
  /** Writes the window's unsaved changes aside, for recovery after a crash. */
  storeRecovery: method(
    z.object({ sessionId: SessionId, documentPath: DocumentPath.nullable(), name: z.string().max(300), baseSha256: z.string().nullable(), document: DocumentUploadSchema }),
    z.object({ savedAt: z.string() }),
  ),
  /** Unsaved work left by windows that are gone (crashed, killed), newest first. */
  listRecovery: method(z.object({ excludeSessionId: SessionId }), z.object({ entries: z.array(RecoveryEntrySchema) })),
  restoreRecovery: method(z.object({ id: SessionId }), z.object({ entry: RecoveryEntrySchema, document: BriefDocumentSchema })),
  discardRecovery: method(z.object({ id: SessionId }), z.object({})),
  /** The analyst's own templates (the built-in ones are part of the page), and the files that failed to load. */
  listTemplates: method(
    z.object({}),
    z.object({ templates: z.array(TemplateSchema), problems: z.array(z.object({ file: z.string(), message: z.string() })) }),
  ),
  /** Saves one of the analyst's own templates; refuses a built-in id, and an existing id unless `overwrite`. */
  saveTemplate: method(z.object({ template: TemplateSchema, overwrite: z.boolean().default(false) }), z.object({})),
  /** Imports a template file's text; an invalid file gets a message naming the field and the problem. */
  importTemplate: method(
    z.object({ fileName: z.string().min(1).max(255), text: z.string().max(2 * 1024 * 1024), overwrite: z.boolean().default(false) }),
    z.object({ template: TemplateSchema }),
  ),
  /**
   * The analyst's personal word list for the spell-checker. `notice` says, once, that a
   * damaged list was set aside and a new one started.
   */
  getPersonalDictionary: method(z.object({}), PersonalWordListSchema.extend({ notice: z.string().optional() })),
  /** Adds a word to the personal word list (kept across sessions) and returns the whole list. */
  addToPersonalDictionary: method(z.object({ word: PersonalWordSchema }), PersonalWordListSchema),
  /**
   * The analyst's preferences (author, new-document defaults, autosave delay, spelling
   * language). `stored` is false until they were first saved; `notice` says, once, that a
   * damaged file was set aside and the defaults used.
   */
  getPreferences: method(z.object({}), z.object({ preferences: PreferencesSchema, stored: z.boolean(), notice: z.string().optional() })),
  /** Changes some preferences (the others keep their stored values) and returns them all; refuses a combination that does not hold. */
  setPreferences: method(z.object({ changes: PreferencesChangeSchema }), z.object({ preferences: PreferencesSchema })),
  /**
   * Captures a source from pasted text or HTML, or from a file's bytes (base64): the text
   * snapshot, the metadata detected with where each value came from, and warnings. Runs
   * in the host, where PDF and DOCX text extraction live; nothing is fetched.
   */
  captureSource: method(
    z
      .object({
        fileName: z.string().max(255).default(''),
        mediaType: z.string().max(200).default(''),
        text: z.string().max(MAX_CAPTURE_TEXT_CHARS).optional(),
        data: z.base64().max(MAX_CAPTURE_FILE_BASE64_CHARS).optional(),
      })
      .refine((input) => (input.text === undefined) !== (input.data === undefined), { error: 'Give either the pasted text or the file, not both.' }),
    CaptureOutcomeSchema,
  ),
  /**
   * Exports the document as the page holds it to DOCX or PDF, written atomically at
   * `path` (a .docx or .pdf). Runs in the host, on a thread of its own, so neither typing
   * nor the host's other calls wait for it; `jobId` lets the page follow it
   * (`exportProgress`) and cancel it.
   */
  exportDocument: method(
    z.object({
      jobId: SessionId,
      document: BriefDocumentSchema,
      format: z.enum(['docx', 'pdf']),
      notes: NotesPlacementSchema,
      includeSourceList: z.boolean(),
      distribution: z.boolean(),
      /** End with an appendix of the yardstick's terms and ranges, when the text uses them. */
      yardstickAppendix: z.boolean().default(false),
      /** Export over blocking marking findings: the analyst's reason and the findings, recorded in the file's properties. */
      markingOverride: MarkingOverrideSchema.optional(),
      path: DocumentPath,
    }),
    z.object({ file: z.object({ path: DocumentPath, name: z.string() }), warnings: z.array(z.string()) }),
  ),
  /**
   * How far an export has got: its stage in an analyst's words and, where the writer knows
   * it, the share done (0–1). Null once the export has ended (or for an unknown job). The
   * page polls it a few times a second while the export runs.
   */
  exportProgress: method(z.object({ jobId: SessionId }), ExportProgressSchema.nullable()),
  /** Stops an export at once (the host ends the thread running it); it then fails with 'cancelled' and writes nothing. */
  cancelExport: method(z.object({ jobId: SessionId }), z.object({})),
  /** Native "Export" save dialog for a .docx or .pdf; only where `nativeDialogs` is true. Null when cancelled. */
  showExportDialog: method(z.object({ suggestedName: z.string().max(255), format: z.enum(['docx', 'pdf']) }), z.object({ path: DocumentPath.nullable() })),
  /** Native "Open" dialog; only where `nativeDialogs` is true. Null when cancelled. */
  showOpenDialog: method(z.object({}), z.object({ path: DocumentPath.nullable() })),
  /** Native "Save As" dialog; only where `nativeDialogs` is true. Null when cancelled. */
  showSaveDialog: method(z.object({ suggestedName: z.string().max(255) }), z.object({ path: DocumentPath.nullable() })),
  /** Tells the host what the window shows, for its title bar and its close prompt. */
  setWindowState: method(z.object({ title: z.string().max(300), dirty: z.boolean() }), z.object({})),
  /** Closes the window after the page has dealt with unsaved changes. */
  closeWindow: method(z.object({}), z.object({})),
} as const;

export type HostContract = typeof hostContract;
export type HostMethod = keyof HostContract;
export type MethodInput<M extends HostMethod> = z.input<HostContract[M]['input']>;
export type MethodOutput<M extends HostMethod> = z.infer<HostContract[M]['output']>;

export const hostMethods: readonly HostMethod[] = HOST_METHOD_NAMES;

// The name list and the contract must agree, both ways.
type MissingNames = Exclude<keyof HostContract, HostMethodName> | Exclude<HostMethodName, keyof HostContract>;
const namesMatchContract: [MissingNames] extends [never] ? true : MissingNames = true;
void namesMatchContract;

export function isHostMethod(name: string): name is HostMethod {
  return Object.prototype.hasOwnProperty.call(hostContract, name);
}

/** The API as the page calls it: every method resolves to a Result, never throws across the border. */
export type HostApi = {
  [M in HostMethod]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/** Events the host pushes to the page (menus, window close). */
export interface HostEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The desktop asks the page to open a document; never called in the web host. */
  onOpenPath(listener: (path: string) => void): () => void;
}

/** What the Electron preload exposes on `window.briefwright`. */
export type PreloadBridge = {
  [M in HostMethod]: (input: unknown) => Promise<unknown>;
} & {
  onMenuCommand(listener: (command: string) => void): () => void;
  onOpenPath(listener: (path: string) => void): () => void;
};

export const ResultEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(BRIEF_ERROR_CODES), message: z.string(), detail: z.string().optional() }),
  }),
]);

export type { BriefErrorInfo, Result };
