import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentsFromCommandLine, isBriefFile } from '../../../electron/services/launch-files';

describe('documents named on the command line', () => {
  let folder: string;
  let readout: string;
  let assessment: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-launch-'));
    readout = join(folder, 'readout.brief');
    assessment = join(folder, 'Threat Assessment.BRIEF');
    await writeFile(readout, 'x');
    await writeFile(assessment, 'x');
    await writeFile(join(folder, 'notes.txt'), 'x');
    await mkdir(join(folder, 'folder.brief'));
  });

  it('skips the packaged app’s executable and Chromium’s switches', async () => {
    const argv = ['/opt/Briefwright/briefwright', '--original-process-start-time=13380000000', readout];
    expect(await documentsFromCommandLine({ argv, defaultApp: false, workingDirectory: '/' })).toEqual([readout]);
  });

  it('skips Electron and the app path when run unpackaged', async () => {
    const argv = ['/usr/lib/electron/electron', join(folder, 'readout.brief'), '--inspect=0', assessment];
    // The app path here even looks like a document; unpackaged, argv[1] is never one.
    expect(await documentsFromCommandLine({ argv, defaultApp: true, workingDirectory: '/' })).toEqual([assessment]);
  });

  it('resolves names against the launch’s working folder, and lists each document once', async () => {
    const argv = ['briefwright.exe', 'readout.brief', './readout.brief', 'Threat Assessment.BRIEF'];
    expect(await documentsFromCommandLine({ argv, defaultApp: false, workingDirectory: folder })).toEqual([readout, assessment]);
  });

  it('accepts file:// URLs, as Linux desktop entries may pass them', async () => {
    const argv = ['briefwright', pathToFileURL(assessment).href];
    expect(await documentsFromCommandLine({ argv, defaultApp: false, workingDirectory: '/' })).toEqual([assessment]);
  });

  it('leaves out other files, folders and documents that do not exist', async () => {
    const argv = ['briefwright', join(folder, 'notes.txt'), join(folder, 'folder.brief'), join(folder, 'gone.brief'), 'file://%%bad'];
    expect(await documentsFromCommandLine({ argv, defaultApp: false, workingDirectory: folder })).toEqual([]);
  });

  it('checks what macOS hands over the same way', async () => {
    expect(await isBriefFile(readout)).toBe(true);
    expect(await isBriefFile(join(folder, 'notes.txt'))).toBe(false);
    expect(await isBriefFile(join(folder, 'gone.brief'))).toBe(false);
  });
});
