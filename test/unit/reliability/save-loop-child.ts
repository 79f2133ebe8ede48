/**
 * The child process of the crash test: saves a growing document to one path, again
 * and again, with the real DocumentFiles.write (atomic write, previous version kept
 * as .bak), until the test kills it. It is bundled with esbuild and run as plain
 * `node save-loop-child.mjs TARGET FROM SCALE [MAX]`, and says on stdout:
 *
 *   ready            the first version is built and its save starts now
 *   saved N MS       version N is on disk (DocumentFiles.write returned) after MS ms
 *
 * FROM is the version on disk, read by the test after the previous kill; this process
 * saves FROM+1, FROM+2, … like an analyst saving every few seconds. SCALE sizes the
 * document (see growing-document.ts); MAX bounds the saves of a child nobody kills.
 */
import { readFile } from 'node:fs/promises';
import { DocumentFiles, sha256 } from '../../../electron/services/document-files';
import { GrowingDocument } from './growing-document';

async function main(): Promise<void> {
  const [target, from, scale = '1', max = '1000'] = process.argv.slice(2);
  if (target === undefined || from === undefined) throw new Error('usage: save-loop-child TARGET FROM [SCALE] [MAX]');
  // The test's end of the pipe closing means the test is gone: stop rather than save on for ever.
  process.stdin.on('close', () => process.exit(0)).resume();
  const files = new DocumentFiles();
  const documents = new GrowingDocument(Number(scale));
  // As the app does: the fingerprint of the file as read, so that a save over a changed file is refused.
  let expectedSha256: string | null = await readFile(target).then((bytes) => sha256(bytes), () => null);
  let version = Number(from) + 1;
  let document = documents.version(version);
  process.stdout.write('ready\n');
  for (let saves = 0; saves < Number(max); saves += 1) {
    const started = performance.now();
    const stamp = await files.write(target, document, { expectedSha256, overwrite: false });
    process.stdout.write(`saved ${version} ${Math.round(performance.now() - started)}\n`);
    expectedSha256 = stamp.sha256;
    version += 1;
    document = documents.version(version);
  }
  process.exit(0);
}

main().catch((thrown: unknown) => {
  process.stderr.write(`${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
  process.exit(1);
});
