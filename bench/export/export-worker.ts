import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { decodeBrief } from '../../core/document/container';
import { writeDocx } from '../../core/export/docx/write-docx';
import { buildExportModel } from '../../core/export/model';
import { nativeCodec } from '../../electron/services/native-codec';
import { modelToPandocMarkdown } from './pandoc-markdown';

/**
 * Runs in a fresh Node process for each measurement, so that its first export is as cold
 * as the CLI's and its memory is its own:
 *
 *   export-worker.mjs stages FILE.brief WARM_RUNS   → timings of each stage, as JSON
 *   export-worker.mjs markdown FILE.brief OUT.md    → the same content as pandoc Markdown
 *
 * The stages are those of `briefwright export --to docx` (electron/cli/export-command.ts):
 * read and decode the file, build the export model, write the DOCX.
 */

/** One export's timings, in milliseconds. */
export interface StageTimes {
  open: number;
  model: number;
  docx: number;
  total: number;
}

/** What `stages` prints. */
export interface StagesReport {
  /** The first export in the process: modules not yet compiled, as in the CLI. */
  cold: StageTimes;
  /** Later exports in the same process, as in the app after its first export. */
  warm: StageTimes[];
  docxBytes: number;
  notes: number;
  /** JavaScript heap in use after the exports, and the process's peak resident set, in bytes. */
  heapUsedAfter: number;
  peakRss: number;
}

const OPTIONS = { notes: 'footnotes', includeSourceList: true, distribution: false } as const;

async function exportOnce(path: string): Promise<{ times: StageTimes; bytes: number; notes: number }> {
  const started = performance.now();
  // As the CLI reads it (DocumentFiles), with Node's zlib.
  const document = decodeBrief(new Uint8Array(await readFile(path)), { codec: nativeCodec });
  const opened = performance.now();
  const { model } = buildExportModel(document, OPTIONS);
  const modelled = performance.now();
  const docx = await writeDocx(model);
  const written = performance.now();
  return {
    times: { open: opened - started, model: modelled - opened, docx: written - modelled, total: written - started },
    bytes: docx.bytes.length,
    notes: model.notes.items.length,
  };
}

async function stages(path: string, warmRuns: number): Promise<StagesReport> {
  const cold = await exportOnce(path);
  const warm: StageTimes[] = [];
  for (let run = 0; run < warmRuns; run += 1) warm.push((await exportOnce(path)).times);
  // resourceUsage reports kilobytes.
  return { cold: cold.times, warm, docxBytes: cold.bytes, notes: cold.notes, heapUsedAfter: process.memoryUsage().heapUsed, peakRss: process.resourceUsage().maxRSS * 1024 };
}

async function markdown(path: string, output: string): Promise<void> {
  const document = decodeBrief(new Uint8Array(await readFile(path)), { codec: nativeCodec });
  await writeFile(output, modelToPandocMarkdown(buildExportModel(document, OPTIONS).model));
}

async function main(args: string[]): Promise<number> {
  const [command, path, argument] = args;
  if (command === 'stages' && path && /^\d+$/.test(argument ?? '')) {
    process.stdout.write(`${JSON.stringify(await stages(path, Number(argument)))}\n`);
    return 0;
  }
  if (command === 'markdown' && path && argument) {
    await markdown(path, argument);
    return 0;
  }
  process.stderr.write('Usage: export-worker.mjs stages FILE.brief WARM_RUNS | markdown FILE.brief OUT.md\n');
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (thrown: unknown) => {
    process.stderr.write(`export-worker: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
    process.exit(1);
  },
);
