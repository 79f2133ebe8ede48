import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../core/errors';
import { fileSystemError } from '../../../electron/services/fs-errors';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation failed, open '/some/where'`), { code });
}

describe('file-system errors in an analyst’s words', () => {
  it.each([
    ['EACCES', 'save', 'permission-denied', 'Briefwright is not allowed to save "readout.brief". Check the file\'s permissions or choose another place.'],
    ['EROFS', 'save', 'permission-denied', 'Briefwright is not allowed to save "readout.brief". Check the file\'s permissions or choose another place.'],
    ['ENOSPC', 'save', 'io-error', 'Cannot save "readout.brief": the disk is full. Free some space and try again.'],
    ['EDQUOT', 'save', 'io-error', 'Cannot save "readout.brief": the disk is full. Free some space and try again.'],
    ['ENOENT', 'save', 'not-found', 'Cannot save "readout.brief": its folder no longer exists.'],
    ['ENOENT', 'open', 'not-found', '"readout.brief" was not found. It may have been moved or deleted.'],
    ['EISDIR', 'open', 'invalid-request', '"readout.brief" is a folder, not a document.'],
    ['EIO', 'open', 'io-error', 'Cannot open "readout.brief".'],
  ] as const)('%s while trying to %s', (code, action, expectedCode, message) => {
    const error = fileSystemError(errno(code), action, 'readout.brief');
    expect(error).toBeInstanceOf(BriefError);
    expect(error.code).toBe(expectedCode);
    expect(error.message).toBe(message);
    expect(error.detail).toContain(code);
  });

  it('passes a BriefError through unchanged', () => {
    const original = new BriefError('conflict', 'Changed elsewhere.');
    expect(fileSystemError(original, 'save', 'x.brief')).toBe(original);
  });
});
