import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../core/document/container';
import { BodySchema, type SerializedBodyNode } from '../../../core/document/schema';

const text = (value: string) => ({ type: 'text', version: 1, text: value });
const problemsOf = (children: unknown[]): string => {
  const parsed = BodySchema.safeParse({ root: { type: 'root', version: 1, children } });
  if (parsed.success) return 'valid';
  return describeIssues('body.json', parsed.error);
};

describe('the body envelope each block of a document is checked against', () => {
  it('takes any node type with its own fields, and keeps the very objects it was given', () => {
    const block: SerializedBodyNode = { type: 'paragraph', version: 1, $: { portion: 'S' }, children: [text('One.'), { type: 'citation', version: 2, sourceId: 'src-1' }] };
    const parsed = BodySchema.parse({ root: { type: 'root', version: 1, children: [block] } });
    expect(parsed.root.children[0]).toBe(block);
  });

  it('names the node and the field that is wrong, however deep', () => {
    expect(problemsOf([{ type: 'paragraph', version: 1, children: [text('One.'), { type: '', version: 1 }] }])).toBe(
      'body.json at root.children.0.children.1.type: Each part of the text needs a type (text of 1 to 64 characters).',
    );
    expect(problemsOf([{ type: 'list', version: 1, children: [{ type: 'listitem', version: 1.5 }] }])).toBe(
      'body.json at root.children.0.children.0.version: Each part of the text needs a version (a whole number).',
    );
    expect(problemsOf([{ type: 'paragraph', version: 1, children: 'One.' }])).toBe('body.json at root.children.0.children: The parts inside a part of the text must be a list.');
    expect(problemsOf([null])).toBe('body.json at root.children.0: Each part of the text must be an object.');
    expect(problemsOf([{ type: 'x'.repeat(65), version: 1 }])).toContain('root.children.0.type');
  });

  it('allows 64 levels of nesting and refuses 65, without overflowing the stack on thousands', () => {
    const nested = (levels: number): SerializedBodyNode => {
      let node: SerializedBodyNode = text('deep');
      for (let level = 1; level < levels; level += 1) node = { type: 'listitem', version: 1, children: [node] };
      return node;
    };
    expect(problemsOf([nested(64)])).toBe('valid');
    expect(problemsOf([nested(65)])).toContain('The document is nested more than 64 levels deep.');
    expect(problemsOf([nested(100_000)])).toContain('The document is nested more than 64 levels deep.');
  });
});
