import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PreloadBridge } from '../../core/contract';
import { BRIDGE_METHODS, MENU_COMMAND_CHANNEL, channelFor } from './channels';

/**
 * The page's only door to the host: one function per contract method, and a
 * subscription to menu commands. No generic `invoke`, no `ipcRenderer`, no event
 * objects cross into the page; main validates every input against the contract.
 */
const methods = Object.fromEntries(
  BRIDGE_METHODS.map((method) => {
    const channel = channelFor(method);
    return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
);

const bridge: PreloadBridge = {
  ...(methods as Omit<PreloadBridge, 'onMenuCommand'>),
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
};

contextBridge.exposeInMainWorld('briefwright', bridge);
