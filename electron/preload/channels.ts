import type { HostMethod } from '../../core/contract';

/**
 * The IPC channels between the preload and Electron main. Kept free of Electron and
 * of zod so the preload bundle stays small and Node unit tests can load it.
 */

/**
 * Every method of the host contract, in the contract's order. Written out rather than
 * imported so the preload does not carry zod and the schemas (≈750 kB) into every page
 * load. A method added to the contract and not here fails type-checking (below) and
 * the unit test test/unit/electron-main/app-policy.test.ts.
 */
export const BRIDGE_METHODS = [
  'getAppInfo',
  'listWorkspace',
  'openDocument',
  'saveDocument',
  'salvageDocument',
  'releaseDocument',
  'heartbeat',
  'storeRecovery',
  'listRecovery',
  'restoreRecovery',
  'discardRecovery',
  'showOpenDialog',
  'showSaveDialog',
  'setWindowState',
  'closeWindow',
] as const satisfies readonly HostMethod[];

type MissingFromBridge = Exclude<HostMethod, (typeof BRIDGE_METHODS)[number]>;
// Compile-time proof that the list covers the whole contract.
const bridgeCoversContract: [MissingFromBridge] extends [never] ? true : MissingFromBridge = true;
void bridgeCoversContract;

export const CHANNEL_PREFIX = 'briefwright:';

/** Main → page: a menu command or a close request, as a `MenuCommand` string. */
export const MENU_COMMAND_CHANNEL = `${CHANNEL_PREFIX}menu-command`;

export function channelFor(method: HostMethod): string {
  return `${CHANNEL_PREFIX}${method}`;
}
