import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StagesReport, StageTimes } from '../export/export-worker';
import { findExecutable, measureCommand, measureInterleaved, spawnAndWait, type CommandJob, type CommandMeasurement } from '../measure';
import type { BenchContext, BenchSection } from '../section';
import { formatSummary, summarize, type Summary } from '../stats';

/**
 * Issue #6, item 7: exporting the sample briefing to DOCX and PDF, next to pandoc
 * (the same content as Markdown, to DOCX) and LibreOffice (DOCX to PDF). Every
 * conversion is timed as a whole command, file to file, the way a user or a pipeline
 * runs it; Briefwright's DOCX export is also timed stage by stage inside one process,
 * to show where its time goes.
 */

type ConversionId = 'briefwright-docx' | 'pandoc-docx' | 'briefwright-pdf' | 'libreoffice-pdf-pandoc' | 'libreoffice-pdf-briefwright';

interface Conversion {
  pages: number;
  id: ConversionId;
  label: string;
  measurement: CommandMeasurement | null;
  /** Why it was not measured. */
  skipped: string | null;
  outputBytes: number | null;
  /** Pages of a PDF output, as pdfinfo counts them. */
  outputPages: number | null;
}

interface StageFigures {
  pages: number;
  /** First export in a fresh process, per stage, over the runs. */
  cold: Record<keyof StageTimes, Summary>;
  /** Later exports in the same process. */
  warmTotal: Summary;
  notes: number;
  heapUsedAfterBytes: Summary;
  peakRssBytes: Summary;
}

interface Target {
  pages: number;
  name: string;
  briefwright: string;
  reference: string;
  /** Briefwright's time over the reference's: wall time, and processor time. */
  ratio: number | null;
  cpuRatio: number | null;
  verdict: string;
}

const SEED = '1';
/** Exports in one process after the first, for the warm figure. */
const WARM_EXPORTS = 3;

export const exportBenchmark: BenchSection = {
  id: 'export',
  title: 'Export: DOCX and PDF, with pandoc and LibreOffice side by side',
  async run(context) {
    const tools: Tools = {
      pandoc: await findExecutable('pandoc'),
      soffice: (await findExecutable('soffice')) ?? (await findExecutable('libreoffice')),
      pdfinfo: await findExecutable('pdfinfo'),
    };
    const skipped = new Set<string>();
    if (!tools.pandoc) skipped.add('pandoc is not installed: the DOCX comparison is left out.');
    if (!tools.soffice) skipped.add('LibreOffice (soffice) is not installed: the PDF comparison is left out.');
    // What every whole-command figure of Briefwright's includes before any work: Node starting and loading the CLI bundle.
    context.log('export: CLI start-up');
    const startup = await measureCommand(process.execPath, [cli(context), '--version'], { runs: context.runs, warmup: context.warmup });
    const conversions: Conversion[] = [];
    const stages: StageFigures[] = [];
    for (const pages of context.pages) {
      const files = await prepareSample(context, pages, tools);
      const pdfProblem = await briefwrightPdfProblem(context, pages, files);
      if (pdfProblem) skipped.add(pdfProblem);
      const plan = await conversionPlan(context, pages, files, tools, pdfProblem === null);
      context.log(`export, ${pages} pages: ${plan.map((entry) => entry.label).join('; ')} (${context.runs} interleaved ${context.runs === 1 ? 'round' : 'rounds'})`);
      const measured = await measureInterleaved(
        plan.map((entry) => entry.job),
        { runs: context.runs, warmup: context.warmup },
      );
      for (const entry of plan) {
        const outputPages = entry.output.endsWith('.pdf') && tools.pdfinfo ? await pdfPages(tools.pdfinfo, entry.output) : null;
        conversions.push({ pages, id: entry.id, label: entry.label, measurement: measured.get(entry.id) ?? null, skipped: null, outputBytes: (await stat(entry.output)).size, outputPages });
      }
      if (pdfProblem) conversions.push(notMeasured(pages, 'briefwright-pdf', PDF_LABEL, pdfProblem));
      if (!tools.pandoc) conversions.push(notMeasured(pages, 'pandoc-docx', 'pandoc Markdown → DOCX', 'pandoc is not installed.'));
      if (!tools.soffice) conversions.push(notMeasured(pages, 'libreoffice-pdf-briefwright', 'LibreOffice DOCX → PDF', 'LibreOffice is not installed.'));
      stages.push(await stageFigures(context, pages, files.brief));
    }
    const targets = context.pages.flatMap((pages) => targetsAt(pages, conversions));
    return {
      id: exportBenchmark.id,
      title: exportBenchmark.title,
      data: { seed: Number(SEED), startup, conversions, stages, targets },
      skipped: [...skipped],
      markdown: sectionMarkdown(context, startup, conversions, stages, targets, [...skipped]),
    };
  },
};

interface Tools {
  pandoc: string | null;
  soffice: string | null;
  pdfinfo: string | null;
}

const PDF_LABEL = 'Briefwright → PDF with page footnotes (`briefwright export --to pdf`)';

function cli(context: BenchContext): string {
  return join(context.root, 'bin', 'briefwright.mjs');
}

function worker(context: BenchContext): string {
  return join(context.root, 'dist', 'bench', 'export-worker.mjs');
}

interface SampleFiles {
  brief: string;
  markdown: string;
  docx: string;
  pdf: string;
  pandocDocx: string;
}

/**
 * The sample at this size, written by the built CLI; the same content as Markdown for
 * pandoc; and both DOCX files once, so that LibreOffice has them to convert from the
 * first measured round.
 */
async function prepareSample(context: BenchContext, pages: number, tools: Tools): Promise<SampleFiles> {
  const base = join(context.workDir, `sample-${pages}`);
  const files: SampleFiles = { brief: `${base}.brief`, markdown: `${base}.md`, docx: `${base}-briefwright.docx`, pdf: `${base}-briefwright.pdf`, pandocDocx: `${base}-pandoc.docx` };
  context.log(`export, ${pages} pages: writing the sample, its Markdown and both DOCX files`);
  await spawnAndWait(process.execPath, [cli(context), 'sample', '--pages', String(pages), '--seed', SEED, '-o', files.brief, '--force'], {});
  await spawnAndWait(process.execPath, [worker(context), 'markdown', files.brief, files.markdown], {});
  await spawnAndWait(process.execPath, [cli(context), 'export', files.brief, '--to', 'docx', '-o', files.docx], {});
  if (tools.pandoc) await spawnAndWait(tools.pandoc, [files.markdown, '-f', 'markdown', '-t', 'docx', '-o', files.pandocDocx], {});
  return files;
}

interface PlannedConversion {
  id: ConversionId;
  label: string;
  job: CommandJob;
  output: string;
}

/** The conversions to measure at one size, with the tools there are. */
async function conversionPlan(context: BenchContext, pages: number, files: SampleFiles, tools: Tools, withPdf: boolean): Promise<PlannedConversion[]> {
  const plan: PlannedConversion[] = [];
  const add = (id: ConversionId, label: string, command: string, args: readonly string[], output: string): void => {
    plan.push({ id, label, job: { id, command, args }, output });
  };
  add('briefwright-docx', 'Briefwright → DOCX (`briefwright export --to docx`)', process.execPath, [cli(context), 'export', files.brief, '--to', 'docx', '-o', files.docx], files.docx);
  if (withPdf) add('briefwright-pdf', PDF_LABEL, process.execPath, [cli(context), 'export', files.brief, '--to', 'pdf', '-o', files.pdf], files.pdf);
  if (tools.pandoc) add('pandoc-docx', 'pandoc Markdown → DOCX', tools.pandoc, [files.markdown, '-f', 'markdown', '-t', 'docx', '-o', files.pandocDocx], files.pandocDocx);
  if (tools.soffice) {
    const soffice = tools.soffice;
    const convert = async (id: ConversionId, label: string, docx: string): Promise<void> => {
      const outDir = join(context.workDir, `${id}-${pages}`);
      await mkdir(outDir, { recursive: true });
      // A profile of its own, so the conversion never hands over to a LibreOffice the user has open.
      const args = [`-env:UserInstallation=file://${join(context.workDir, 'libreoffice-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx];
      add(id, label, soffice, args, join(outDir, basename(docx).replace(/\.docx$/, '.pdf')));
    };
    if (tools.pandoc) await convert('libreoffice-pdf-pandoc', 'LibreOffice DOCX → PDF (pandoc’s DOCX)', files.pandocDocx);
    await convert('libreoffice-pdf-briefwright', 'LibreOffice DOCX → PDF (Briefwright’s DOCX)', files.docx);
  }
  return plan;
}

function notMeasured(pages: number, id: ConversionId, label: string, reason: string): Conversion {
  return { pages, id, label, measurement: null, skipped: reason, outputBytes: null, outputPages: null };
}

/** Null when the CLI writes a PDF of the sample; otherwise why Briefwright's PDF export is not measured at this size. */
async function briefwrightPdfProblem(context: BenchContext, pages: number, files: SampleFiles): Promise<string | null> {
  try {
    await spawnAndWait(process.execPath, [cli(context), 'export', files.brief, '--to', 'pdf', '-o', files.pdf], {});
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    // Everything the CLI said, its detail lines included, on one line.
    const said = (/briefwright export: ([\s\S]*)/.exec(message)?.[1] ?? message).replace(/\s+/g, ' ').trim().slice(0, 400);
    return /not available yet/.test(said)
      ? `Briefwright PDF export not measured: the PDF writer (core/export/pdf/) is not there yet (the CLI says: “${said}”).`
      : `Briefwright PDF export not measured at ${pages} pages: it failed on the sample (the CLI says: “${said}”).`;
  }
  const head = (await readFile(files.pdf)).subarray(0, 5).toString('latin1');
  return head === '%PDF-' ? null : `Briefwright PDF export not measured at ${pages} pages: what it wrote is not a PDF.`;
}

async function pdfPages(pdfinfo: string, pdf: string): Promise<number | null> {
  try {
    const { stdout } = await spawnAndWait(pdfinfo, [pdf], {});
    const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
    return pages === undefined ? null : Number(pages);
  } catch {
    return null;
  }
}

/** The DOCX export stage by stage, in a fresh process each run: cold (the CLI's case) and warm (the app's, after its first export). */
async function stageFigures(context: BenchContext, pages: number, brief: string): Promise<StageFigures> {
  context.log(`export, ${pages} pages: Briefwright → DOCX, stage by stage`);
  const reports: StagesReport[] = [];
  for (let run = 0; run < context.runs; run += 1) {
    const { stdout } = await spawnAndWait(process.execPath, [worker(context), 'stages', brief, String(WARM_EXPORTS)], {});
    reports.push(JSON.parse(stdout) as StagesReport);
  }
  const cold = (stage: keyof StageTimes): Summary => summarize(reports.map((report) => report.cold[stage]));
  return {
    pages,
    cold: { open: cold('open'), model: cold('model'), docx: cold('docx'), total: cold('total') },
    warmTotal: summarize(reports.flatMap((report) => report.warm.map((times) => times.total))),
    notes: reports[0]?.notes ?? 0,
    heapUsedAfterBytes: summarize(reports.map((report) => report.heapUsedAfter)),
    peakRssBytes: summarize(reports.map((report) => report.peakRss)),
  };
}

function measurementOf(conversions: readonly Conversion[], pages: number, id: ConversionId): CommandMeasurement | null {
  return conversions.find((conversion) => conversion.pages === pages && conversion.id === id)?.measurement ?? null;
}

/** The issue's targets at one size, judged on wall time; the processor-time ratio is given alongside. */
function targetsAt(pages: number, conversions: readonly Conversion[]): Target[] {
  const ms = (value: number | null): string => (value === null ? 'not measured' : `${Math.round(value).toLocaleString('en')} ms`);
  const ratio = (ours: CommandMeasurement | null, theirs: CommandMeasurement | null, of: 'wallMs' | 'cpuMs'): number | null => {
    const mine = ours?.[of]?.median;
    const reference = theirs?.[of]?.median;
    return mine === undefined || reference === undefined ? null : mine / reference;
  };
  const docx = measurementOf(conversions, pages, 'briefwright-docx');
  const pandoc = measurementOf(conversions, pages, 'pandoc-docx');
  const pdf = measurementOf(conversions, pages, 'briefwright-pdf');
  const libreOffice = measurementOf(conversions, pages, 'libreoffice-pdf-briefwright') ?? measurementOf(conversions, pages, 'libreoffice-pdf-pandoc');
  const docxRatio = ratio(docx, pandoc, 'wallMs');
  const pdfRatio = ratio(pdf, libreOffice, 'wallMs');
  return [
    {
      pages,
      name: 'DOCX in at most half pandoc’s time',
      briefwright: ms(docx?.wallMs.median ?? null),
      reference: `pandoc ${ms(pandoc?.wallMs.median ?? null)}`,
      ratio: docxRatio,
      cpuRatio: ratio(docx, pandoc, 'cpuMs'),
      verdict: docxRatio === null ? 'not measured (see below)' : docxRatio <= 0.5 ? 'met' : `missed: the target is ${ms((pandoc?.wallMs.median ?? 0) / 2)}, ${(docxRatio / 0.5).toFixed(1)}× over`,
    },
    {
      pages,
      name: 'PDF with page footnotes faster than LibreOffice’s DOCX → PDF',
      briefwright: ms(pdf?.wallMs.median ?? null),
      reference: `LibreOffice ${ms(libreOffice?.wallMs.median ?? null)}`,
      ratio: pdfRatio,
      cpuRatio: ratio(pdf, libreOffice, 'cpuMs'),
      verdict: pdfRatio === null ? 'not measured (see below)' : pdfRatio < 1 ? 'met' : `missed: ${pdfRatio.toFixed(1)}× LibreOffice’s time`,
    },
  ];
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
}

function kilobytes(bytes: number | null): string {
  return bytes === null ? '' : `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
}

function measurementCells(measurement: CommandMeasurement): string {
  const iqr = `${Math.round(measurement.wallMs.q3 - measurement.wallMs.q1).toLocaleString('en')} ms`;
  const cpu = measurement.cpuMs ? `${Math.round(measurement.cpuMs.median).toLocaleString('en')} ms` : 'not measured';
  const rss = measurement.peakRssBytes ? megabytes(measurement.peakRssBytes.median) : 'not measured';
  return `${formatSummary(measurement.wallMs, 'ms')} | ${iqr} | ${cpu} | ${rss}`;
}

function sectionMarkdown(context: BenchContext, startup: CommandMeasurement, conversions: readonly Conversion[], stages: readonly StageFigures[], targets: readonly Target[], skipped: readonly string[]): string {
  const lines: string[] = [];
  const times = (count: number, word: string): string => `${count} ${count === 1 ? word : `${word}s`}`;
  lines.push(`Whole commands, file to file, measured in ${times(context.runs, 'round')} after ${times(context.warmup, 'uncounted round')}, each round running every command once (so a machine growing busier or quieter weighs on all alike): median wall time (min–max) and its interquartile range; median processor time (user + system) and peak resident memory, from GNU time (for LibreOffice, of its largest process).`);
  lines.push('');
  lines.push('| Pages | Conversion | Wall time, median (min–max) | IQR | CPU time | Peak RSS | Output |');
  lines.push('|---:|---|---|---:|---:|---:|---|');
  lines.push(`| – | Briefwright CLI start-up alone (\`briefwright --version\`) | ${measurementCells(startup)} | |`);
  for (const conversion of conversions) {
    const { measurement } = conversion;
    if (!measurement) {
      lines.push(`| ${conversion.pages} | ${conversion.label} | not measured | | | | skipped, see below |`);
      continue;
    }
    const output = [kilobytes(conversion.outputBytes), conversion.outputPages === null ? '' : `${conversion.outputPages} pages`].filter(Boolean).join(', ');
    lines.push(`| ${conversion.pages} | ${conversion.label} | ${measurementCells(measurement)} | ${output} |`);
  }
  lines.push('');
  lines.push(`Briefwright’s DOCX export inside one Node process (the stages of \`briefwright export\`), in ${context.runs} fresh ${context.runs === 1 ? 'process' : 'processes'}: the first export in each (cold, as the CLI runs) and ${WARM_EXPORTS} more after it (warm, as the app exports a second time).`);
  lines.push('');
  lines.push('| Pages | Notes | Open (read + decode) | Export model | DOCX writer | Cold total | Warm total | Heap after | Peak RSS |');
  lines.push('|---:|---:|---|---|---|---|---|---:|---:|');
  for (const stage of stages) {
    lines.push(
      `| ${stage.pages} | ${stage.notes.toLocaleString('en')} | ${formatSummary(stage.cold.open, 'ms')} | ${formatSummary(stage.cold.model, 'ms')} | ${formatSummary(stage.cold.docx, 'ms')} | ${formatSummary(stage.cold.total, 'ms')} | ${formatSummary(stage.warmTotal, 'ms')} | ${megabytes(stage.heapUsedAfterBytes.median)} | ${megabytes(stage.peakRssBytes.median)} |`,
    );
  }
  lines.push('');
  lines.push('Targets (issue #6), judged on median wall time; the ratio of processor times is shown beside it:');
  lines.push('');
  lines.push('| Pages | Target | Briefwright | Reference | Wall-time ratio | CPU-time ratio | Result |');
  lines.push('|---:|---|---|---|---:|---:|---|');
  const asRatio = (value: number | null): string => (value === null ? '' : `${value.toFixed(2)}×`);
  for (const target of targets) lines.push(`| ${target.pages} | ${target.name} | ${target.briefwright} | ${target.reference} | ${asRatio(target.ratio)} | ${asRatio(target.cpuRatio)} | ${target.verdict} |`);
  if (skipped.length > 0) {
    lines.push('');
    for (const line of skipped) lines.push(`- Skipped: ${line}`);
  }
  return lines.join('\n');
}
