import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIEF_EXTENSION } from '../../core/document/container';

export interface LaunchArguments {
  /** The command line as Electron reports it: `process.argv`, or a second instance's argv. */
  argv: readonly string[];
  /**
   * True when the app runs unpackaged (`electron .` or `electron dist/electron/main.cjs`,
   * Electron's `process.defaultApp`): argv[1] is then the app's path, not a file to open.
   */
  defaultApp: boolean;
  /** The folder relative paths are resolved against (the second instance's, for it). */
  workingDirectory: string;
}

/**
 * The `.brief` documents named on a command line (`briefwright readout.brief`, or a
 * double-click in Explorer or a Linux file manager, which runs the app with the file's
 * path), as absolute paths, each once, in order. Skipped: Electron's executable and app
 * path; switches, Chromium's included (`--original-process-start-time=…`); anything
 * that is not an existing file ending in .brief.
 */
export async function documentsFromCommandLine({ argv, defaultApp, workingDirectory }: LaunchArguments): Promise<string[]> {
  const candidates = argv
    .slice(defaultApp ? 2 : 1)
    .filter((argument) => argument !== '' && !argument.startsWith('-'))
    .map(localPath)
    .filter((path): path is string => path !== null && path.toLowerCase().endsWith(BRIEF_EXTENSION))
    .map((path) => resolve(workingDirectory, path));
  const unique = [...new Set(candidates)];
  const verdicts = await Promise.all(unique.map(isBriefFile));
  return unique.filter((_path, index) => verdicts[index]);
}

/** A path as given, or the file a `file://` URL names (Linux desktop entries may hand those over, `%U`). */
function localPath(argument: string): string | null {
  if (!/^file:/i.test(argument)) return argument;
  try {
    return fileURLToPath(argument);
  } catch {
    return null;
  }
}

/** Whether `path` is an existing file with the .brief extension (what macOS's open-file hands over is checked the same way). */
export async function isBriefFile(path: string): Promise<boolean> {
  if (!path.toLowerCase().endsWith(BRIEF_EXTENSION)) return false;
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
