import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { GrantedPaths, WorkspacePaths } from '../../../electron/services/document-paths';
import { BriefError } from '../../../core/errors';

async function refusal(promise: Promise<unknown>): Promise<BriefError> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof BriefError) return thrown;
    throw thrown;
  }
  throw new Error('expected a refusal');
}

describe('the web host workspace', () => {
  let root: string;
  let outside: string;
  let workspace: WorkspacePaths;

  beforeEach(async () => {
    const base = await mkdtemp(join(tmpdir(), 'bw-paths-'));
    root = join(base, 'workspace');
    outside = join(base, 'elsewhere');
    await mkdir(join(root, 'readouts'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(root, 'readouts', 'araji.brief'), 'x');
    await writeFile(join(outside, 'secret.brief'), 'x');
    workspace = await WorkspacePaths.open(root);
  });

  it('resolves documents inside the workspace', async () => {
    expect(await workspace.resolve('readouts/araji.brief', 'open')).toBe(join(workspace.root, 'readouts', 'araji.brief'));
    expect(workspace.toPagePath(join(workspace.root, 'readouts', 'araji.brief'))).toBe('readouts/araji.brief');
  });

  it.each(['../elsewhere/secret.brief', 'readouts/../../elsewhere/secret.brief', '/etc/passwd.brief', 'C:/Windows/x.brief', 'a\0b.brief'])(
    'refuses %s with a clear message',
    async (path) => {
      const error = await refusal(workspace.resolve(path, 'open'));
      expect(error.code).toBe('outside-workspace');
      expect(error.message).toBe('Briefwright can only open and save documents inside its workspace folder.');
    },
  );

  it('refuses a symbolic link that leads out of the workspace, for reading and for writing', async () => {
    await symlink(outside, join(root, 'link'));
    expect((await refusal(workspace.resolve('link/secret.brief', 'open'))).code).toBe('outside-workspace');
    expect((await refusal(workspace.resolve('link/new.brief', 'save'))).code).toBe('outside-workspace');
    await symlink(join(outside, 'secret.brief'), join(root, 'alias.brief'));
    expect((await refusal(workspace.resolve('alias.brief', 'open'))).code).toBe('outside-workspace');
  });

  it('refuses names that are not .brief documents', async () => {
    const error = await refusal(workspace.resolve('notes.txt', 'save'));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('"notes.txt" is not one');
  });

  it('lists folders first, then documents, and hides other files', async () => {
    await writeFile(join(root, 'b.brief'), 'x');
    await writeFile(join(root, 'notes.txt'), 'x');
    await writeFile(join(root, '.hidden.brief'), 'x');
    const listing = await workspace.list('');
    expect(listing.entries.map((entry) => `${entry.kind}:${entry.path}`)).toEqual(['folder:readouts', 'document:b.brief']);
    expect((await workspace.list('readouts')).entries.map((entry) => entry.path)).toEqual(['readouts/araji.brief']);
  });

  it('refuses to list outside the workspace', async () => {
    expect((await refusal(workspace.list('..'))).code).toBe('outside-workspace');
  });
});

describe('the desktop app’s granted paths', () => {
  it('allows only the paths the analyst chose', async () => {
    const paths = new GrantedPaths();
    const chosen = paths.grant('/home/analyst/readout.brief');
    expect(await paths.resolve(chosen, 'open')).toBe('/home/analyst/readout.brief');
    expect((await refusal(paths.resolve('/home/analyst/other.brief', 'open'))).code).toBe('permission-denied');
    expect((await refusal(paths.resolve('readout.brief', 'open'))).code).toBe('permission-denied');
  });

  it('lets an export be written only as .docx or .pdf, and a document only as .brief', async () => {
    const paths = new GrantedPaths();
    const exported = paths.grant('/home/analyst/readout.pdf');
    expect(await paths.resolve(exported, 'export')).toBe('/home/analyst/readout.pdf');
    expect((await refusal(paths.resolve(exported, 'save'))).message).toBe('Documents are saved as .brief files; "readout.pdf" is not one.');
    const script = paths.grant('/home/analyst/.bashrc');
    expect((await refusal(paths.resolve(script, 'export'))).message).toBe('Exports are written as .docx or .pdf files; ".bashrc" is neither.');
  });
});
