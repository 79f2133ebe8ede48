import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../bin/briefwright.mjs', import.meta.url));

/** A desktop data folder no test machine has, so the analyst's real templates never leak into a test. */
const NO_DESKTOP_DATA = { XDG_CONFIG_HOME: '/nonexistent/briefwright-test-config' };

/** Runs the `briefwright` command as a user would, and collects what it printed and its exit code. */
export function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCliWith({}, ...args);
}

/** Runs the command with extra environment variables, e.g. the desktop app's data folder. */
export function runCliWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...NO_DESKTOP_DATA, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}
