import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../../../core/document/schema';
import { portionOf, readPortions, withPortion } from '../../../core/markings/body-portions';
import { bodyOf, cite } from '../../fixtures/citations/bodies';
import { heading, item, list, marked, para, quote, section, table } from '../checks/builders';

describe('a portion mark in the saved body', () => {
  it('is read from Lexical’s NodeState, which saves it under "$"', () => {
    // As Lexical 0.52 serializes a paragraph after $setState(paragraph, portionState, 'S//NF').
    const saved: SerializedBodyNode = {
      children: [{ detail: 0, format: 0, mode: 'normal', style: '', text: 'Hello', type: 'text', version: 1 }],
      direction: null,
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      type: 'paragraph',
      version: 1,
      $: { portion: 'S//NF' },
    };
    expect(portionOf(saved)).toBe('S//NF');
  });

  it('is absent when the node has no state, no portion in it, or something else there', () => {
    expect(portionOf(para('Unmarked.'))).toBe('');
    expect(portionOf({ ...para('Other state.'), $: { direction: 'rtl' } })).toBe('');
    expect(portionOf({ ...para('Damaged.'), $: { portion: 7 } })).toBe('');
    expect(portionOf({ ...para('Damaged.'), $: 'S' })).toBe('');
  });

  it('is set and removed the way the editor saves it, keeping other state', () => {
    const node = withPortion({ ...para('Text.'), $: { other: 1 } }, ' C ');
    expect(node.$).toEqual({ other: 1, portion: 'C' });
    expect(withPortion(node, '').$).toEqual({ other: 1 });
    expect('$' in withPortion(withPortion(para('Text.'), 'S'), '')).toBe(false);
  });
});

describe('the portions of a body', () => {
  it('are its paragraphs, headings, section headings, list items, tables and quotes, each with its mark', () => {
    const body = bodyOf(
      marked('U', section('reporting', 'Key points')),
      marked('S', heading('Detainees')),
      marked('C//NF', para('Forces began inspections.', marked('S', cite('src')))),
      list(marked('U', item('First point')), item(list(item('Nested point')))),
      marked('S', table(['Owner', 'Due'], ['Mission', ''])),
      quote('Quoted words.'),
      para(''),
    );
    const { portions, citations } = readPortions(body);
    expect(portions.map(({ path, type, mark, hasText, isPortion }) => [path, type, mark, hasText, isPortion])).toEqual([
      [[0], 'section-heading', 'U', true, true],
      [[1], 'heading', 'S', true, true],
      [[2], 'paragraph', 'C//NF', true, true],
      [[3, 0], 'listitem', 'U', true, true],
      // The item around the nested list holds no text of its own: the nested items are the portions.
      [[3, 1, 0, 0], 'listitem', '', true, true],
      [[4], 'table', 'S', true, true],
      [[5], 'quote', '', true, true],
      [[6], 'paragraph', '', false, true],
    ]);
    expect(citations).toEqual([{ path: [2, 1], mark: 'S' }]);
  });

  it('read a mark inside a table cell for the banner, but count the table as the portion', () => {
    const grid = table(['Owner']);
    const cell = (grid.children?.[0]?.children?.[0]?.children ?? []) as SerializedBodyNode[];
    cell[0] = marked('TS', cell[0] as SerializedBodyNode);
    const { portions } = readPortions(bodyOf(grid));
    expect(portions.map(({ path, mark, isPortion }) => [path, mark, isPortion])).toEqual([
      [[0], '', true],
      [[0, 0, 0, 0], 'TS', false],
    ]);
  });
});
