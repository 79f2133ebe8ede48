/**
 * The names of the host contract's methods, on their own so that the Electron
 * preload can list them without bundling the schemas (zod) into every page load.
 * `core/contract.ts` checks at compile time that this list and the contract agree.
 */
export const HOST_METHOD_NAMES = [
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
  'listTemplates',
  'saveTemplate',
  'importTemplate',
  'getPersonalDictionary',
  'addToPersonalDictionary',
  'getPreferences',
  'setPreferences',
  'captureSource',
  'exportDocument',
  'exportProgress',
  'cancelExport',
  'showExportDialog',
  'showOpenDialog',
  'showSaveDialog',
  'setWindowState',
  'closeWindow',
] as const;

export type HostMethodName = (typeof HOST_METHOD_NAMES)[number];
