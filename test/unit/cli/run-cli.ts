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

/**
 * Runs the command piped into a program that starts reading only after a second, as a slow
 * program at the other end of a pipe would, and gives what came through the pipe.
 */
export function runCliReadSlowly(...args: string[]): Promise<string> {
  const quoted = [process.execPath, CLI, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
  return new Promise((resolve, reject) => {
    execFile('/bin/sh', ['-c', `${quoted} | (sleep 1; cat)`], { env: { ...process.env, ...NO_DESKTOP_DATA }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}
