import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { hostContract, isHostMethod, type AppInfo, type HostMethod, type MethodOutput } from '../../core/contract';
import { BriefError, toErrorInfo, type Result } from '../../core/errors';
import { describeIssues } from '../../core/document/container';
import { salvageBrief } from '../../core/document/salvage';
import { captureSource } from '../../core/sources/capture/capture-source';
import { base64ToBytes } from '../../core/text/base64';
import { BodyUploads } from './body-uploads';
import { DocumentFiles } from './document-files';
import type { DocumentLocks } from './document-locks';
import type { DocumentPaths, WorkspacePaths } from './document-paths';
import { fileSystemError } from './fs-errors';
import type { LiveSessions } from './live-sessions';
import type { RecoveryStore } from './recovery-store';
import { sourceExtractors } from './source-extractors';
import { writeFileAtomic } from './atomic-write';
import { workerExportRunner, type ExportRunner } from './export-worker-runner';
import type { ExportProgress } from '../../core/export/types';
import { findTemplate } from '../../core/templates/builtin';
import type { UserTemplates } from './user-templates';
import type { PersonalDictionary } from './personal-dictionary';
import type { PreferencesStore } from './preferences';

/** What a shell (Electron main or the web host) plugs into the shared handlers. */
export interface HostShell {
  appInfo: AppInfo;
  paths: DocumentPaths;
  locks: DocumentLocks;
  recovery: RecoveryStore;
  sessions: LiveSessions;
  templates: UserTemplates;
  personalDictionary: PersonalDictionary;
  /** The analyst's preferences, in the shell's data folder. */
  preferences: PreferencesStore;
  /** Present only in the web host, whose page browses the workspace itself. */
  workspace?: WorkspacePaths;
  showOpenDialog?: () => Promise<string | null>;
  showSaveDialog?: (suggestedName: string) => Promise<string | null>;
  showExportDialog?: (suggestedName: string, format: 'docx' | 'pdf') => Promise<string | null>;
  setWindowState?: (state: { title: string; dirty: boolean }) => void;
  closeWindow?: () => void;
  /** Told of every document opened or saved, by absolute path (the desktop's recent documents). Must not throw. */
  documentUsed?: (absolutePath: string) => void;
  /** Runs exports off the host's thread; by default on worker threads (export-worker-runner.ts). Tests may pass their own. */
  runExport?: ExportRunner;
}

/** An export under way: how to cancel it, and how far it has got, for the page's polling. */
interface RunningExport {
  controller: AbortController;
  progress: ExportProgress;
}

type Handlers = { [M in HostMethod]: (input: ReturnType<(typeof hostContract)[M]['input']['parse']>) => Promise<MethodOutput<M>> };

function unsupported(what: string): never {
  throw new BriefError('unsupported', `${what} is not available here.`);
}

export function createHostHandlers(shell: HostShell, files = new DocumentFiles()): Handlers {
  /** Exports under way, by the page's job id, so the page can follow and cancel one. */
  const exports = new Map<string, RunningExport>();
  const runExport = shell.runExport ?? workerExportRunner();
  const uploads = new BodyUploads();
  return {
    async getAppInfo() {
      return shell.appInfo;
    },
    async listWorkspace({ folder }) {
      if (!shell.workspace) unsupported('Browsing a workspace folder');
      return shell.workspace.list(folder);
    },
    async openDocument({ path, sessionId, lock, bodyId }) {
      shell.sessions.touch(sessionId);
      const absolute = await shell.paths.resolve(path, 'open');
      const { stamp, document } = await files.read(absolute);
      if (bodyId !== undefined) uploads.opened(sessionId, bodyId, document.body);
      const file = { ...stamp, path: shell.paths.toPagePath(absolute) };
      shell.documentUsed?.(absolute);
      if (lock === 'read-only') return { file, document, lock: { state: 'read-only' as const } };
      const outcome = await shell.locks.acquire(absolute, sessionId, { takeOver: lock === 'take-over' });
      if (outcome.state === 'owned') return { file, document, lock: outcome };
      const { user, host, refreshedAt } = outcome.owner;
      return { file, document, lock: { state: 'held-by-other' as const, owner: { user, host, refreshedAt } } };
    },
    async saveDocument({ path, sessionId, document: upload, expectedSha256, overwrite }) {
      shell.sessions.touch(sessionId);
      const document = { ...upload, body: uploads.body(sessionId, 'saveDocument', upload.body) };
      const absolute = await shell.paths.resolve(path, 'save');
      const stamp = await files.write(absolute, document, { expectedSha256, overwrite });
      // Best effort: a document that saved must not be reported as failed because its lock could not be written.
      await shell.locks.acquire(absolute, sessionId, { takeOver: true }).catch(() => undefined);
      shell.documentUsed?.(absolute);
      return { file: { ...stamp, path: shell.paths.toPagePath(absolute) } };
    },
    async salvageDocument({ path }) {
      const absolute = await shell.paths.resolve(path, 'open');
      const bytes = await readFile(absolute).catch((thrown: unknown) => {
        throw fileSystemError(thrown, 'open', basename(absolute));
      });
      const salvaged = salvageBrief(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), new Date());
      if (!salvaged) throw new BriefError('damaged-file', `Nothing of "${basename(absolute)}" could be read.`);
      return salvaged;
    },
    async releaseDocument({ path, sessionId }) {
      const absolute = await shell.paths.resolve(path, 'open').catch(() => null);
      if (absolute) await shell.locks.release(absolute, sessionId);
      return {};
    },
    async heartbeat({ sessionId, path }) {
      shell.sessions.touch(sessionId);
      const absolute = path === null ? null : await shell.paths.resolve(path, 'open').catch(() => null);
      if (absolute) await shell.locks.refresh(absolute, sessionId);
      return {};
    },
    async storeRecovery({ sessionId, documentPath, name, baseSha256, document: upload }) {
      shell.sessions.touch(sessionId);
      const document = { ...upload, body: uploads.body(sessionId, 'storeRecovery', upload.body) };
      const entry = await shell.recovery.store({ id: sessionId, documentPath, name, baseSha256 }, document);
      return { savedAt: entry.savedAt };
    },
    async listRecovery({ excludeSessionId }) {
      shell.sessions.touch(excludeSessionId);
      const entries = await shell.recovery.list();
      return { entries: entries.filter((entry) => entry.id !== excludeSessionId && !shell.sessions.isLive(entry.id)) };
    },
    async restoreRecovery({ id }) {
      const { entry, document } = await shell.recovery.restore(id);
      if (entry.documentPath !== null) shell.paths.grant(entry.documentPath);
      return { entry, document };
    },
    async discardRecovery({ id }) {
      await shell.recovery.discard(id);
      return {};
    },
    async listTemplates() {
      return shell.templates.list();
    },
    async saveTemplate({ template, overwrite }) {
      await shell.templates.save(template, { overwrite });
      return {};
    },
    async importTemplate({ fileName, text, overwrite }) {
      return { template: await shell.templates.import(fileName, text, { overwrite }) };
    },
    async getPersonalDictionary() {
      return shell.personalDictionary.read();
    },
    async addToPersonalDictionary({ word }) {
      return shell.personalDictionary.add(word);
    },
    async getPreferences() {
      return shell.preferences.read();
    },
    async setPreferences({ changes }) {
      return shell.preferences.update(changes);
    },
    async captureSource({ fileName, mediaType, text, data }) {
      return captureSource(
        { fileName, mediaType, text, bytes: data === undefined ? undefined : base64ToBytes(data) },
        { now: new Date(), newId: () => `src-${randomUUID().slice(0, 8)}`, extractors: sourceExtractors },
      );
    },
    async exportDocument({ jobId, document, path, ...request }) {
      const job: RunningExport = { controller: new AbortController(), progress: { stage: 'Starting the export', fraction: null } };
      const { signal } = job.controller;
      exports.set(jobId, job);
      try {
        const target = await shell.paths.resolve(path, 'export');
        const own = findTemplate(document.metadata.templateId) ? undefined : (await shell.templates.list()).templates.find((template) => template.id === document.metadata.templateId);
        const exported = await runExport({ document, request, template: own }, { signal, onProgress: (progress) => (job.progress = progress) });
        // Cancelled as the bytes arrived: still nothing is written.
        if (signal.aborted) throw new BriefError('cancelled', 'The export was cancelled; nothing was written.');
        job.progress = { stage: 'Saving the file', fraction: null };
        await writeFileAtomic(target, exported.bytes).catch((thrown: unknown) => {
          throw fileSystemError(thrown, 'save', basename(target));
        });
        return { file: { path: shell.paths.toPagePath(target), name: basename(target) }, warnings: exported.warnings.map((warning) => warning.message) };
      } finally {
        if (exports.get(jobId) === job) exports.delete(jobId);
      }
    },
    async exportProgress({ jobId }) {
      return exports.get(jobId)?.progress ?? null;
    },
    async cancelExport({ jobId }) {
      exports.get(jobId)?.controller.abort();
      return {};
    },
    async showExportDialog({ suggestedName, format }) {
      if (!shell.showExportDialog) unsupported('The system file dialog');
      return { path: await shell.showExportDialog(suggestedName, format) };
    },
    async showOpenDialog() {
      if (!shell.showOpenDialog) unsupported('The system file dialog');
      return { path: await shell.showOpenDialog() };
    },
    async showSaveDialog({ suggestedName }) {
      if (!shell.showSaveDialog) unsupported('The system file dialog');
      return { path: await shell.showSaveDialog(suggestedName) };
    },
    async setWindowState(state) {
      shell.setWindowState?.(state);
      return {};
    },
    async closeWindow() {
      if (!shell.closeWindow) unsupported('Closing the window from the page');
      shell.closeWindow();
      return {};
    },
  };
}

/**
 * The single entry point for calls from the page: checks the method name and the
 * input against the contract, runs the handler, and returns a Result. Never throws.
 */
export async function dispatchHostCall(handlers: Handlers, method: string, input: unknown): Promise<Result<unknown>> {
  if (!isHostMethod(method)) {
    return { ok: false, error: { code: 'invalid-request', message: 'The page asked for something the host does not offer.', detail: `unknown method: ${method.slice(0, 100)}` } };
  }
  const parsed = hostContract[method].input.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', message: 'The page sent a request the host could not accept.', detail: describeIssues(method, parsed.error) } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (thrown) {
    return { ok: false, error: toErrorInfo(thrown) };
  }
}
