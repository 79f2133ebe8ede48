import { readFileSync } from 'node:fs';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../../../core/document/schema';
import { importNotes, type NotesFormat } from '../../../core/import/import-notes';
import { findTemplate } from '../../../core/templates/builtin';
import { SectionHeadingNode } from '../../../renderer/editor/nodes/SectionHeadingNode';

/**
 * The editor's nodes (renderer/editor/nodes/index.ts) but the image node, which is JSX and not
 * compiled under the Node settings; imports never make images.
 */
const editorNodes = [HeadingNode, SectionHeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, TableNode, TableRowNode, TableCellNode, HorizontalRuleNode];

const notes = (name: string): string => readFileSync(new URL(`../../fixtures/notes/${name}`, import.meta.url), 'utf8');

/** The fields that carry content and structure; the editor may fill in others (direction, defaults). */
function essence(node: SerializedBodyNode): Record<string, unknown> {
  const { type, text, format, tag, url, value, start, listType, headerState, sectionId, role } = node;
  return { type, text, format, tag, url, value, start, listType, headerState, sectionId, role, children: node.children?.map(essence) };
}

describe('an imported body in the editor', () => {
  it.each([
    ['readout-notes.md', 'markdown', 'meeting-readout'],
    ['readout-notes.md', 'markdown', undefined],
    ['hostile.md', 'markdown', undefined],
    ['kitchen-note.txt', 'text', undefined],
  ] as const)('loads %s (%s, template %s) node for node, as Lexical reads and writes it back', (file, format: NotesFormat, templateId) => {
    const template = templateId ? findTemplate(templateId) : undefined;
    const { document } = importNotes(notes(file), { format, template, values: {}, now: new Date('2026-12-01T09:00:00Z') });
    const editor = createEditor({
      nodes: editorNodes,
      onError: (error) => {
        throw error;
      },
    });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(document.body)));
    const written = editor.getEditorState().toJSON() as unknown as { root: SerializedBodyNode };
    expect(essence(written.root)).toEqual(essence(document.body.root as SerializedBodyNode));
  });
});
