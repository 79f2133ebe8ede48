import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildExportWorker } from '../../../scripts/build-node.mjs';
import { PDF_FONT_FILES } from '../../../electron/services/pdf-fonts';
import { EXPORT_WORKER_FILE } from '../../../electron/services/export-worker-protocol';

const require = createRequire(import.meta.url);

/**
 * The export worker as the build makes it (scripts/build-node.mjs), in a folder laid out
 * like dist/: the bundle in `bin/`, the PDF fonts in `fonts/` beside it. Outside the
 * repository, so the worker finds its fonts only where an installed app has them.
 */
export async function bundleExportWorker(options: { withFonts: boolean } = { withFonts: true }): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'bw-export-worker-'));
  const file = join(folder, 'bin', EXPORT_WORKER_FILE);
  await buildExportWorker(file);
  if (options.withFonts) {
    await mkdir(join(folder, 'fonts'));
    await Promise.all(Object.values(PDF_FONT_FILES).map((font) => copyFile(require.resolve(font), join(folder, 'fonts', basename(font)))));
  }
  return file;
}
