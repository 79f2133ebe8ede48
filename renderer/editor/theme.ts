import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the nodes it renders; styled in editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'bw-paragraph',
  heading: { h1: 'bw-h1', h2: 'bw-h2', h3: 'bw-h3' },
  quote: 'bw-quote',
  link: 'bw-link',
  list: {
    ul: 'bw-ul',
    ol: 'bw-ol',
    listitem: 'bw-li',
    nested: { listitem: 'bw-li-nested' },
  },
  table: 'bw-table',
  tableCell: 'bw-td',
  tableCellHeader: 'bw-th',
  tableSelection: 'bw-table-selection',
  tableCellSelected: 'bw-cell-selected',
  hr: 'bw-hr',
  hrSelected: 'bw-hr-selected',
  text: {
    bold: 'bw-bold',
    italic: 'bw-italic',
    underline: 'bw-underline',
    strikethrough: 'bw-strike',
    underlineStrikethrough: 'bw-underline-strike',
  },
};
