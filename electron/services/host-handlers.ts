import { hostContract, isHostMethod, type AppInfo, type HostMethod, type MethodOutput } from '../../core/contract';
import { BriefError, toErrorInfo, type Result } from '../../core/errors';
import { describeIssues } from '../../core/document/container';
import { DocumentFiles } from './document-files';
import type { DocumentPaths, WorkspacePaths } from './document-paths';

/** What a shell (Electron main or the web host) plugs into the shared handlers. */
export interface HostShell {
  appInfo: AppInfo;
  paths: DocumentPaths;
  /** Present only in the web host, whose page browses the workspace itself. */
  workspace?: WorkspacePaths;
  showOpenDialog?: () => Promise<string | null>;
  showSaveDialog?: (suggestedName: string) => Promise<string | null>;
  setWindowState?: (state: { title: string; dirty: boolean }) => void;
  closeWindow?: () => void;
}

type Handlers = { [M in HostMethod]: (input: ReturnType<(typeof hostContract)[M]['input']['parse']>) => Promise<MethodOutput<M>> };

function unsupported(what: string): never {
  throw new BriefError('unsupported', `${what} is not available here.`);
}

export function createHostHandlers(shell: HostShell, files = new DocumentFiles()): Handlers {
  return {
    async getAppInfo() {
      return shell.appInfo;
    },
    async listWorkspace({ folder }) {
      if (!shell.workspace) unsupported('Browsing a workspace folder');
      return shell.workspace.list(folder);
    },
    async openDocument({ path }) {
      const absolute = await shell.paths.resolve(path, 'open');
      const { stamp, document } = await files.read(absolute);
      return { file: { ...stamp, path: shell.paths.toPagePath(absolute) }, document };
    },
    async saveDocument({ path, document }) {
      const absolute = await shell.paths.resolve(path, 'save');
      const stamp = await files.write(absolute, document);
      return { file: { ...stamp, path: shell.paths.toPagePath(absolute) } };
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
