/** Why a name typed for a file in the web host's workspace cannot be used, or null when it can. */
export function fileNameProblem(name: string, what: string): string | null {
  if (name === '') return `Type a name for ${what}.`;
  if (/[\\:*?"<>|]/.test(name) || name.split('/').some((part) => part === '..' || part === '')) {
    return 'A file name cannot contain \\ : * ? " < > | or empty and “..” folder names.';
  }
  return null;
}
