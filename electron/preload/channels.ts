import type { HostMethod } from '../../core/contract';
import { HOST_METHOD_NAMES } from '../../core/contract-methods';

/**
 * The IPC channels between the preload and Electron main. Kept free of Electron and
 * of zod so the preload bundle stays small and Node unit tests can load it.
 */

/** Every method of the host contract; the list lives in core/contract-methods.ts, free of zod. */
export const BRIDGE_METHODS = HOST_METHOD_NAMES;

export const CHANNEL_PREFIX = 'briefwright:';

/** Main → page: a menu command or a close request, as a `MenuCommand` string. */
export const MENU_COMMAND_CHANNEL = `${CHANNEL_PREFIX}menu-command`;

/** Main → page: open this document (command line, Finder, Open Recent, a second launch), as an absolute path main has granted. */
export const OPEN_PATH_CHANNEL = `${CHANNEL_PREFIX}open-path`;

export function channelFor(method: HostMethod): string {
  return `${CHANNEL_PREFIX}${method}`;
}
