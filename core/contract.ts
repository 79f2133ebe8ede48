import { z } from 'zod';
import { BriefDocumentSchema } from './document/schema';
import { BRIEF_ERROR_CODES, type BriefErrorInfo, type Result } from './errors';

/**
 * The one typed API between the page and its host. The Electron preload and the
 * local web host both implement it; the renderer's client is written against it.
 * Every input is validated by the host and every output by the client.
 */

/** A document path as the host understands it: absolute in Electron, workspace-relative in the web host. */
const DocumentPath = z.string().min(1).max(4096);

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
});
export type FileStamp = z.infer<typeof FileStampSchema>;

export const WorkspaceEntrySchema = z.object({
  path: DocumentPath,
  name: z.string(),
  kind: z.enum(['folder', 'document']),
  modifiedMs: z.number(),
});
export type WorkspaceEntry = z.infer<typeof WorkspaceEntrySchema>;

export const MenuCommandSchema = z.enum(['new', 'open', 'save', 'save-as', 'close', 'find', 'word-count']);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

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
  openDocument: method(
    z.object({ path: DocumentPath }),
    z.object({ file: FileStampSchema, document: BriefDocumentSchema }),
  ),
  saveDocument: method(
    z.object({ path: DocumentPath, document: BriefDocumentSchema }),
    z.object({ file: FileStampSchema }),
  ),
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

export const hostMethods = Object.keys(hostContract) as HostMethod[];

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
}

/** What the Electron preload exposes on `window.briefwright`. */
export type PreloadBridge = {
  [M in HostMethod]: (input: unknown) => Promise<unknown>;
} & {
  onMenuCommand(listener: (command: string) => void): () => void;
};

export const ResultEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(BRIEF_ERROR_CODES), message: z.string(), detail: z.string().optional() }),
  }),
]);

export type { BriefErrorInfo, Result };
