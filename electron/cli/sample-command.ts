import { basename, resolve } from 'node:path';
import { blockTexts, collectCitations } from '../../core/citations/collect';
import { BRIEF_EXTENSION } from '../../core/document/container';
import { toErrorInfo } from '../../core/errors';
import { DEFAULT_SAMPLE_SEED, MAX_SAMPLE_PAGES, MAX_SAMPLE_SEED, generateSampleBriefing } from '../../core/sample/generate';
import { countWords } from '../../core/text/word-count';
import { DocumentFiles } from '../services/document-files';
import { SAMPLE_USAGE } from './usage';


interface SampleCommandOptions {
  pages: number;
  seed: number;
  output: string;
  force: boolean;
}

/** A whole number in [min, max] written in decimal digits only ("1e3", "10.0" and "0x10" are not pages). */
function wholeNumber(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function parseSampleOptions(args: string[]): SampleCommandOptions | string {
  let pages: number | null = null;
  let seed = DEFAULT_SAMPLE_SEED;
  let output: string | undefined;
  let force = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++index];
    switch (flag) {
      case '--pages': {
        const text = value();
        pages = wholeNumber(text, 1, MAX_SAMPLE_PAGES);
        if (pages === null) return `--pages needs a whole number of pages from 1 to ${MAX_SAMPLE_PAGES}${text === undefined ? '' : `, not "${text}"`}.`;
        break;
      }
      case '--seed': {
        const text = value();
        const parsed = wholeNumber(text, 0, MAX_SAMPLE_SEED);
        if (parsed === null) return `--seed needs a whole number from 0 to ${MAX_SAMPLE_SEED}${text === undefined ? '' : `, not "${text}"`}.`;
        seed = parsed;
        break;
      }
      case '-o':
      case '--output':
        output = value();
        if (!output) return `${flag} needs the name of the ${BRIEF_EXTENSION} file to create.`;
        break;
      case '--force':
        force = true;
        break;
      default:
        return arg.startsWith('-') ? `unknown option "${arg}".` : `unexpected "${arg}"; say how long the sample is with --pages N.`;
    }
  }
  if (pages === null) return 'say how long the sample is with --pages N.';
  if (!output) return `name the file to create with -o FILE${BRIEF_EXTENSION}.`;
  if (!output.toLowerCase().endsWith(BRIEF_EXTENSION)) return `the file to create must end in ${BRIEF_EXTENSION}.`;
  return { pages, seed, output, force };
}

/** `briefwright sample`: a synthetic briefing from core/sample, saved as the app saves a document. */
export async function sampleCommand(args: string[]): Promise<number> {
  const options = parseSampleOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(`briefwright sample: ${options}\n\nUsage:\n${SAMPLE_USAGE}`);
    return 2;
  }
  const document = generateSampleBriefing({ pages: options.pages, seed: options.seed });
  const path = resolve(options.output);
  try {
    await new DocumentFiles().write(path, document, { expectedSha256: null, overwrite: options.force });
  } catch (thrown) {
    const error = toErrorInfo(thrown);
    const hint = error.code === 'already-exists' ? ' Use --force to replace it (the old file is kept as .bak).' : '';
    process.stderr.write(`briefwright sample: ${error.message}${hint}\n`);
    return 1;
  }
  const words = blockTexts(document.body).reduce((sum, block) => sum + countWords(block.text), 0);
  const citations = collectCitations(document.body).length;
  process.stdout.write(
    `${basename(path)}: a ${options.pages}-page sample threat assessment (seed ${options.seed}), ${words.toLocaleString('en')} words, ${citations.toLocaleString('en')} citations of ${document.sources.length} sources.\n`,
  );
  return 0;
}
