import { describe, expect, it } from 'vitest';
import { PortionIndex } from '../../../renderer/editor/plugins/markings/portion-index';

describe('the portion index', () => {
  it('lists the different marks, and keeps the same list until a mark appears or goes', () => {
    const index = new PortionIndex();
    index.set('1', 'TLP:AMBER');
    index.set('2', 'TLP:GREEN');
    index.set('3', '');
    const first = index.distinct();
    expect(first).toEqual(['TLP:AMBER', 'TLP:GREEN']);

    // Another paragraph marked like one before: the same list, so the banner does not render again.
    expect(index.set('4', 'TLP:AMBER')).toBe(true);
    expect(index.set('4', 'TLP:AMBER')).toBe(false);
    expect(index.distinct()).toBe(first);

    // Raised to a new mark: a new list.
    index.set('4', 'TLP:RED');
    expect(index.distinct()).toEqual(['TLP:AMBER', 'TLP:GREEN', 'TLP:RED']);

    // The last GREEN portion removed: GREEN goes. One of two AMBER portions removed: the same list.
    index.delete('2');
    index.set('5', 'TLP:AMBER');
    const afterGreen = index.distinct();
    expect(afterGreen).toEqual(['TLP:AMBER', 'TLP:RED']);
    index.delete('1');
    expect(index.distinct()).toBe(afterGreen);
    index.delete('5');
    expect(index.distinct()).toEqual(['TLP:RED']);
    index.set('4', '');
    expect(index.distinct()).toEqual([]);
    expect(index.delete('4')).toBe(true);
    expect(index.delete('4')).toBe(false);
  });
});
