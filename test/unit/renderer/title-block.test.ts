import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../../core/templates/builtin';
import { createDocumentFromTemplate } from '../../../core/templates/create-from-template';
import { TitleBlock } from '../../../renderer/panels/metadata/TitleBlock';

const readout = findTemplate('meeting-readout')!;
const NOW = new Date('2026-11-28T10:00:00Z');

function titleBlockOf(values: Parameters<typeof createDocumentFromTemplate>[1]): string {
  const document = createDocumentFromTemplate(readout, values, { now: NOW });
  return renderToStaticMarkup(createElement(TitleBlock, { document, template: readout }));
}

describe('the title block', () => {
  it('shows the subject, the filled-in details with their labels, and the participants', () => {
    const html = titleBlockOf({
      subject: 'Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker)',
      date: '2022-01-30',
      place: 'Baghdad',
      participants: [
        { name: 'Qasim al-Araji', title: 'National Security Advisor', organisation: 'Iraq', side: '' },
        { name: 'Michael Anker', title: 'Commander', organisation: 'NATO Mission Iraq', side: 'NATO' },
      ],
    });
    expect(html).toContain('<p class="title-block-title">Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker)</p>');
    expect(html).toContain('<dt>Date</dt><dd>2022-01-30</dd>');
    expect(html).toContain('<dt>Place</dt><dd>Baghdad</dd>');
    expect(html).toContain('<caption>Participants</caption>');
    expect(html).toContain('<td>Qasim al-Araji</td><td>National Security Advisor</td><td>Iraq</td>');
    expect(html).toContain('<td>Michael Anker</td><td>Commander</td><td>NATO Mission Iraq — NATO</td>');
  });

  it('leaves out details that are empty', () => {
    const html = titleBlockOf({ subject: 'A call', date: '2022-01-30', time: '  ', participants: [] });
    expect(html).not.toContain('Time');
    expect(html).not.toContain('Participants');
    expect(html).not.toContain('Notetaker');
  });

  it('is absent for a document with no details at all', () => {
    expect(titleBlockOf({})).toBe('');
  });
});
