import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../core/errors';
import { BRIDGE_METHODS, channelFor } from '../preload/channels';
import { dispatchHostCall, type createHostHandlers } from '../services/host-handlers';
import { isTrustedSender } from './app-policy';

type Handlers = ReturnType<typeof createHostHandlers>;

const UNAUTHORIZED: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Only Briefwright’s own page may use the host.' },
};

/**
 * One `ipcMain.handle` per contract method, `briefwright:<method>`. A call is served
 * only from the main frame of the app's window showing `app://briefwright/`; then
 * the shared dispatcher validates the input and answers with a Result.
 */
export function registerHostIpc(handlers: Handlers, currentWindow: () => BrowserWindow | null): void {
  const fromOurPage = (event: IpcMainInvokeEvent): boolean => {
    const window = currentWindow();
    const frame = event.senderFrame;
    return isTrustedSender({
      frameUrl: frame ? frame.url : null,
      isMainFrame: frame !== null && frame.parent === null,
      isOurWindow: window !== null && !window.isDestroyed() && event.sender === window.webContents,
    });
  };
  for (const method of BRIDGE_METHODS) {
    ipcMain.handle(channelFor(method), async (event, input: unknown) => {
      if (!fromOurPage(event)) return UNAUTHORIZED;
      return dispatchHostCall(handlers, method, input);
    });
  }
}
