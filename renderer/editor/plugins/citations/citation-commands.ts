import { createCommand, type LexicalCommand } from 'lexical';
import type { CitationFields } from '../../../../core/citations/schema';

/** Inserts a citation at the caret (or where the caret last was, when a source viewer has focus). */
export const INSERT_CITATION_COMMAND: LexicalCommand<CitationFields> = createCommand('INSERT_CITATION_COMMAND');
