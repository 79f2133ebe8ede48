import { BriefError } from '../../core/errors';

/** Translates Node's file-system errors into messages an analyst can act on. */
export function fileSystemError(thrown: unknown, action: 'open' | 'save' | 'list', name: string): BriefError {
  if (thrown instanceof BriefError) return thrown;
  const code = (thrown as NodeJS.ErrnoException | undefined)?.code;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  switch (code) {
    case 'ENOENT':
      return action === 'save'
        ? new BriefError('not-found', `Cannot save "${name}": its folder no longer exists.`, detail)
        : new BriefError('not-found', `"${name}" was not found. It may have been moved or deleted.`, detail);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new BriefError('permission-denied', `Briefwright is not allowed to ${action} "${name}". Check the file's permissions or choose another place.`, detail);
    case 'ENOSPC':
    case 'EDQUOT':
      return new BriefError('io-error', `Cannot ${action} "${name}": the disk is full. Free some space and try again.`, detail);
    case 'EISDIR':
      return new BriefError('invalid-request', `"${name}" is a folder, not a document.`, detail);
    default:
      return new BriefError('io-error', `Cannot ${action} "${name}".`, detail);
  }
}
