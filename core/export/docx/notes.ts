import type { Notes } from '../types';
import { paragraph } from './content';
import { PART } from './package-parts';
import { portionMarkRun, textRun, type NoteReferences, type RunWriter } from './runs';
import { STYLE } from './styles';
import { WORD_NAMESPACES, XML_DECLARATION } from './xml';

/** What differs between the footnotes part and the endnotes part. */
export const NOTES_PART = {
  footnotes: { path: PART.footnotes, root: 'w:footnotes', note: 'w:footnote', mark: 'w:footnoteRef', reference: 'w:footnoteReference', textStyle: STYLE.footnoteText, referenceStyle: STYLE.footnoteReference },
  endnotes: { path: PART.endnotes, root: 'w:endnotes', note: 'w:endnote', mark: 'w:endnoteRef', reference: 'w:endnoteReference', textStyle: STYLE.endnoteText, referenceStyle: STYLE.endnoteReference },
} as const satisfies Record<Notes['placement'], NoteReferences & Record<string, string>>;

/**
 * The footnotes or endnotes part: the separator lines Word draws above the notes, then one
 * note per citation, its number (Word's own, from the reference) before its text.
 */
export function notesPart(notes: Notes, runs: RunWriter): string {
  const part = NOTES_PART[notes.placement];
  const separator = (id: number, type: string, line: string) =>
    `<${part.note} w:type="${type}" w:id="${id}">${paragraph({ spacing: { after: 0, line: 240 } }, `<w:r>${line}</w:r>`)}</${part.note}>`;
  let xml = `${XML_DECLARATION}<${part.root} ${WORD_NAMESPACES}>${separator(-1, 'separator', '<w:separator/>')}${separator(0, 'continuationSeparator', '<w:continuationSeparator/>')}`;
  for (const note of notes.items) {
    const number = `<w:r><w:rPr><w:rStyle w:val="${part.referenceStyle}"/></w:rPr><${part.mark}/></w:r>`;
    const text = number + textRun(' ') + portionMarkRun(note.portion) + runs.runs(note.runs);
    xml += `<${part.note} w:id="${note.number}">${paragraph({ style: part.textStyle }, text)}</${part.note}>`;
  }
  return `${xml}</${part.root}>`;
}
