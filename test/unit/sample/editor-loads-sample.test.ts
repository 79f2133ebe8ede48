import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../../../core/document/schema';
import { generateSampleBriefing } from '../../../core/sample/generate';
import { CitationNode } from '../../../renderer/editor/nodes/CitationNode';
import { SectionHeadingNode } from '../../../renderer/editor/nodes/SectionHeadingNode';

/** The editor's nodes that the sample uses (renderer/editor/nodes/index.ts). */
const editorNodes = [HeadingNode, SectionHeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, TableNode, TableRowNode, TableCellNode, CitationNode];

/** The fields that carry content and structure; the editor may fill in others. */
function essence(node: SerializedBodyNode): Record<string, unknown> {
  const { type, text, format, tag, url, value, start, listType, headerState, sectionId, role, direction, sourceId, selector, pinpoint } = node;
  return { type, text, format, tag, url, value, start, listType, headerState, sectionId, role, direction, sourceId, selector, pinpoint, children: node.children?.map(essence) };
}

describe('the sample in the editor', () => {
  it('loads node for node, citations and right-to-left paragraphs included, as Lexical reads and writes it back', () => {
    const { body } = generateSampleBriefing({ pages: 10, seed: 5 });
    const editor = createEditor({
      nodes: editorNodes,
      onError: (error) => {
        throw error;
      },
    });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
    const written = editor.getEditorState().toJSON() as unknown as { root: SerializedBodyNode };
    expect(essence(written.root)).toEqual(essence(body.root as SerializedBodyNode));
  });
});
