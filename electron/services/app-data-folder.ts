import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder name of the desktop app's data, as Electron derives it from the app's name. */
const APP_FOLDER = 'Briefwright';

/**
 * The desktop app's data folder (Electron's `userData`), found without Electron so the
 * command line shares the analyst's templates: `%APPDATA%\Briefwright` on Windows,
 * `~/Library/Application Support/Briefwright` on macOS, `$XDG_CONFIG_HOME/Briefwright`
 * (or `~/.config/Briefwright`) elsewhere.
 */
export function desktopDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}

/** The subfolder of the data folder that holds the analyst's own templates. */
export const TEMPLATES_FOLDER_NAME = 'Templates';

/** Where the desktop app keeps the analyst's own templates. */
export function desktopTemplatesFolder(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform, home?: string): string {
  return join(desktopDataFolder(env, platform, home), TEMPLATES_FOLDER_NAME);
}
