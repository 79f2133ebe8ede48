import type { Block, ExportModel, Inline, ListBlock, TableBlock } from '../../core/export/model';

/**
 * The export model as pandoc Markdown, so that pandoc converts the same content
 * Briefwright exports: the title and details, headings, paragraphs with bold, italics and
 * links, nested lists, pipe tables, block quotes, right-to-left paragraphs (as
 * `dir="rtl"` divs, which pandoc's DOCX writer turns into bidi paragraphs), every
 * citation as a `[^n]` footnote carrying the same reference text, and the source list.
 * Banners and "Page X of Y" have no Markdown form; that difference favours pandoc.
 */
export function modelToPandocMarkdown(model: ExportModel): string {
  const out: string[] = [];
  out.push(`---\ntitle: ${yamlString(model.titleBlock.title)}\n---`);
  for (const detail of model.titleBlock.details) out.push(`**${escapeText(detail.label)}:** ${detail.lines.map(escapeText).join('\\\n')}`);
  for (const block of model.blocks) out.push(blockMarkdown(block));
  if (model.sourceList) {
    out.push(`# ${escapeText(model.sourceList.heading)}`);
    for (const entry of model.sourceList.entries) out.push(escapeLineStart(inlineMarkdown(entry.runs)));
  }
  for (const note of model.notes.items) out.push(`[^${note.number}]: ${inlineMarkdown(note.runs)}`);
  return `${out.filter((chunk) => chunk !== '').join('\n\n')}\n`;
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.runs)}`;
    case 'paragraph': {
      const text = escapeLineStart(inlineMarkdown(block.runs));
      return block.direction === 'rtl' ? `::: {dir="rtl"}\n${text}\n:::` : text;
    }
    case 'quote':
      return `> ${escapeLineStart(inlineMarkdown(block.runs))}`;
    case 'list':
      return listMarkdown(block, '');
    case 'table':
      return tableMarkdown(block);
    case 'rule':
      return '---';
    case 'image':
      return `![${escapeText(block.altText)}](image-${block.mediaId})`;
  }
}

function listMarkdown(list: ListBlock, indent: string): string {
  return list.items
    .map((item, index) => {
      const marker = list.style === 'number' ? `${list.start + index}.` : '-';
      const nested = item.lists.map((inner) => listMarkdown(inner, `${indent}    `));
      return [`${indent}${marker} ${inlineMarkdown(item.runs)}`, ...nested].join('\n');
    })
    .join('\n');
}

/** A pipe table: every cell's blocks on one line, the header row first (pandoc needs one). */
function tableMarkdown(table: TableBlock): string {
  const lines = table.rows.map((row) => {
    const cells = Array.from({ length: table.columnCount }, (_, column) => {
      const cell = row.cells.find((candidate) => candidate.column === column);
      const text = (cell?.blocks ?? []).map((block) => ('runs' in block ? inlineMarkdown(block.runs) : '')).join(' ');
      return text.replace(/\|/g, '\\|');
    });
    return `| ${cells.join(' | ')} |`;
  });
  const rule = `|${Array.from({ length: table.columnCount }, () => '---').join('|')}|`;
  return [lines[0] ?? '', rule, ...lines.slice(1)].join('\n');
}

function inlineMarkdown(runs: readonly Inline[]): string {
  return runs
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return styled(escapeText(inline.text), inline.style);
        case 'break':
          return '\\\n';
        case 'tab':
          return ' ';
        case 'note-ref':
          return `[^${inline.number}]`;
        case 'link':
          return `[${inlineMarkdown(inline.children)}](<${inline.url}>)`;
      }
    })
    .join('');
}

/** Emphasis around the words only: Markdown does not let `**` open or close next to a space. */
function styled(text: string, style: { bold?: true; italic?: true }): string {
  const marks = `${style.bold ? '**' : ''}${style.italic ? '*' : ''}`;
  if (marks === '' || text.trim() === '') return text;
  const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return `${before}${marks}${words}${[...marks].reverse().join('')}${after}`;
}

/** Characters pandoc would read as markup ($ opens TeX math, @ a citation) taken literally. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>$~^@#|]/g, (character) => `\\${character}`);
}

/** A paragraph starting "1." or "-" would become a list item. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+]) /, '\\$1 ');
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}
