import { BriefError } from '../errors';
import { importBibtex, importRis } from './bibtex-ris';
import { fromCslJson, type SourceImport } from './csl-json';

/** The reference-manager formats Briefwright reads sources from. */
export type InterchangeFormat = 'csl-json' | 'bibtex' | 'ris';

const BY_EXTENSION: Readonly<Record<string, InterchangeFormat>> = {
  json: 'csl-json',
  csljson: 'csl-json',
  bib: 'bibtex',
  bibtex: 'bibtex',
  biblatex: 'bibtex',
  ris: 'ris',
};

/**
 * What a file holds, by its content first (exports often arrive as `.txt`, or renamed), then
 * by its extension: JSON starts with `[` or `{`, RIS with a `TY  - ` line, BibTeX has an
 * `@type{` entry. `null` when it is none of them.
 */
export function detectInterchangeFormat(fileName: string, text: string): InterchangeFormat | null {
  const content = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(content)) return 'csl-json';
  if (/^\s*TY {2}-/.test(content)) return 'ris';
  if (/^[ \t]*@\s*[A-Za-z]+\s*[{(]/m.test(content)) return 'bibtex';
  const extension = /\.([A-Za-z]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? null;
}

/**
 * Sources from a CSL-JSON, BibTeX or RIS file. An empty file, a file in none of these
 * formats, or a CSL-JSON file that is not a list is refused with a BriefError; within a
 * readable file, references that cannot be read are skipped and named in `problems`.
 */
export function importSourcesFile(fileName: string, text: string): SourceImport {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new BriefError('empty-file', `“${fileName}” is empty: there are no references in it.`);
  }
  const format = detectInterchangeFormat(fileName, text);
  if (format === 'csl-json') return fromCslJson(text);
  if (format === 'bibtex') return importBibtex(text);
  if (format === 'ris') return importRis(text);
  throw new BriefError(
    'unsupported',
    `Briefwright cannot read references from “${fileName}”. It reads CSL-JSON (.json), BibTeX (.bib) and RIS (.ris) files, as Zotero and other reference managers export them.`,
    `No CSL-JSON, RIS or BibTeX content recognised; first characters: ${JSON.stringify(text.slice(0, 40))}`,
  );
}
