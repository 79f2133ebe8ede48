import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeMachine, machineMarkdown } from './machine';
import { findExecutable, hasGnuTime, spawnAndWait } from './measure';
import { updateDocument } from './report';
import type { BenchContext, BenchSection, SectionReport } from './section';
import { EDITOR_SECTIONS } from './sections/editor';
import { exportBenchmark } from './sections/export';
import { CHROMIUM } from './browser/session';

/**
 * The benchmark suite, run by `npm run bench` (bench/run.mjs builds first). One section
 * per benchmark: issue #9's editor benchmarks in Chromium (start-up, open, typing,
 * structural edits, paste, checks, save, memory; one pass over the documents feeds them
 * all, bench/browser/campaign.ts), then export in Node.
 */
const SECTIONS: readonly BenchSection[] = [...EDITOR_SECTIONS, exportBenchmark];

const USAGE = `Usage: npm run bench -- [--runs N] [--warmup N] [--pages 10,100,300] [--only ID,ID…] [--keep]
  --runs N      measured runs per figure (default 3)
  --warmup N    uncounted runs before them (default 1)
  --pages LIST  sample sizes, in pages of \`briefwright sample\` (default 10,100,300)
  --only LIST   the sections to run, separated by commas: ${SECTIONS.map((section) => section.id).join(', ')}
  --keep        keep the scratch folder with the samples and outputs
`;

interface Options {
  runs: number;
  warmup: number;
  pages: number[];
  only: Set<string> | null;
  keep: boolean;
}

function parseOptions(args: readonly string[]): Options | string {
  const options: Options = { runs: 3, warmup: 1, pages: [10, 100, 300], only: null, keep: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const value = args[index + 1];
    const count = (min: number): number | null => (value !== undefined && /^\d+$/.test(value) && Number(value) >= min ? Number(value) : null);
    switch (arg) {
      case '--runs': {
        const runs = count(1);
        if (runs === null) return '--runs needs a whole number, 1 or more.';
        options.runs = runs;
        index += 1;
        break;
      }
      case '--warmup': {
        const warmup = count(0);
        if (warmup === null) return '--warmup needs a whole number, 0 or more.';
        options.warmup = warmup;
        index += 1;
        break;
      }
      case '--pages': {
        const pages = (value ?? '').split(',').map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
        if (pages.length === 0 || pages.some((page) => page < 1 || page > 1_000)) return '--pages needs page counts from 1 to 1000, separated by commas, e.g. 10,100.';
        options.pages = pages;
        index += 1;
        break;
      }
      case '--only': {
        const ids = (value ?? '').split(',').map((id) => id.trim());
        const unknown = ids.filter((id) => !SECTIONS.some((section) => section.id === id));
        if (value === undefined || unknown.length > 0) return `--only needs section names separated by commas, from: ${SECTIONS.map((section) => section.id).join(', ')}${unknown.length > 0 ? ` (not "${unknown.join('", "')}")` : ''}.`;
        options.only = new Set(ids);
        index += 1;
        break;
      }
      case '--keep':
        options.keep = true;
        break;
      default:
        return `unknown option "${arg}".`;
    }
  }
  return options;
}

async function toolVersion(name: string, args: readonly string[]): Promise<string | null> {
  const path = name.startsWith('/') ? name : await findExecutable(name);
  if (!path) return null;
  try {
    const { stdout } = await spawnAndWait(path, args, {});
    return stdout.trim().split('\n')[0] ?? null;
  } catch {
    return 'installed (version unknown)';
  }
}

async function main(args: readonly string[]): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(`bench: ${options}\n\n${USAGE}`);
    return 2;
  }
  const root = resolve(process.env.BRIEFWRIGHT_ROOT ?? process.cwd());
  const workDir = await mkdtemp(join(tmpdir(), 'briefwright-bench-'));
  const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);
  const context: BenchContext = { root, workDir, runs: options.runs, warmup: options.warmup, pages: options.pages, only: options.only, log };
  const machine = describeMachine();
  const tools = [
    { name: 'Chromium', version: await toolVersion(CHROMIUM, ['--version']) },
    { name: 'pandoc', version: await toolVersion('pandoc', ['--version']) },
    { name: 'LibreOffice', version: (await toolVersion('soffice', ['--version'])) ?? (await toolVersion('libreoffice', ['--version'])) },
  ];
  const memoryNote = (await hasGnuTime()) ? [] : ['GNU time (/usr/bin/time) is not installed: peak memory of whole commands is not measured.'];
  const reports: SectionReport[] = [];
  try {
    for (const section of SECTIONS.filter((candidate) => options.only === null || options.only.has(candidate.id))) {
      log(`${section.title}…`);
      const report = await section.run(context);
      for (const line of report.skipped) log(`skipped: ${line}`);
      reports.push(report);
    }
  } finally {
    if (options.keep) log(`scratch files kept in ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }

  const measuredAt = new Date().toISOString();
  const loadAtEnd = loadavg();
  const results = { measuredAt, machine: { ...machine, loadAverageAtEnd: loadAtEnd }, tools, settings: { runs: options.runs, warmup: options.warmup, pages: options.pages, only: options.only ? [...options.only] : null }, notes: memoryNote, sections: reports.map(({ id, title, data, skipped }) => ({ id, title, skipped, data })) };
  const resultsDir = join(root, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  await writeFile(join(resultsDir, 'latest.json'), json);
  await writeFile(join(resultsDir, `run-${measuredAt.replace(/[:.]/g, '-')}.json`), json);

  const machineBlock = `Measured ${measuredAt.slice(0, 10)} by \`npm run bench\` (${options.runs} runs, ${options.warmup} warm-up) on:\n\n${machineMarkdown(machine, tools, loadAtEnd)}${memoryNote.map((note) => `\n\n${note}`).join('')}`;
  await updateDocument(join(root, 'docs', 'PERFORMANCE.md'), [{ id: 'machine', title: 'Machine', markdown: machineBlock }, ...reports.map(({ id, title, markdown }) => ({ id, title, markdown }))]);
  for (const report of reports) process.stdout.write(`\n## ${report.title}\n\n${report.markdown}\n`);
  process.stdout.write(`\nResults: bench/results/latest.json; tables: docs/PERFORMANCE.md.\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (thrown: unknown) => {
    process.stderr.write(`bench: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
    process.exit(1);
  },
);
