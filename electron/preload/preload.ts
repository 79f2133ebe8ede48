import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PreloadBridge } from '../../core/contract';
import { BRIDGE_METHODS, MENU_COMMAND_CHANNEL, OPEN_PATH_CHANNEL, channelFor } from './channels';

/**
 * The page's only door to the host: one function per contract method, and
 * subscriptions to menu commands and to documents to open. No generic `invoke`, no
 * `ipcRenderer`, no event objects cross into the page; main validates every input
 * against the contract.
 */
const methods = Object.fromEntries(
  BRIDGE_METHODS.map((method) => {
    const channel = channelFor(method);
    return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
);

// Main sends a document to open once the page has loaded, which can be before React has
// subscribed; the preload keeps such requests until someone listens.
const openPathListeners = new Set<(path: string) => void>();
const waitingOpenPaths: string[] = [];
ipcRenderer.on(OPEN_PATH_CHANNEL, (_event: IpcRendererEvent, path: unknown) => {
  if (typeof path !== 'string') return;
  if (openPathListeners.size === 0) waitingOpenPaths.push(path);
  else for (const listener of openPathListeners) listener(path);
});

const bridge: PreloadBridge = {
  ...(methods as Omit<PreloadBridge, 'onMenuCommand' | 'onOpenPath'>),
  onMenuCommand(listener) {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
    };
  },
  onOpenPath(listener) {
    if (typeof listener !== 'function') throw new TypeError('onOpenPath needs a function.');
    openPathListeners.add(listener);
    for (const path of waitingOpenPaths.splice(0)) listener(path);
    return () => {
      openPathListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('briefwright', bridge);
