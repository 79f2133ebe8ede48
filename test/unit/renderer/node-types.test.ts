import { LineBreakNode, ParagraphNode, TabNode, TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { BODY_NODE_TYPES } from '../../../core/document/schema';
import { briefNodes } from '../../../renderer/editor/nodes';

describe('the node types a body may hold', () => {
  it('are exactly those the editor has a class for, so a body the host accepts always mounts', () => {
    const editorTypes = [...briefNodes, ParagraphNode, TextNode, LineBreakNode, TabNode].map((klass) => klass.getType());
    expect(new Set(editorTypes)).toEqual(BODY_NODE_TYPES);
  });
});
