import { describe, expect, it } from 'vitest';
import { captureSource } from '../../../../core/sources/capture/capture-source';
import { captureOptions, sourceFixture } from '../../../fixtures/sources/capture-fixtures';

describe('capturing a Markdown note', () => {
  const capture = () => captureSource({ fileName: 'field-notes.md', bytes: sourceFixture('field-notes.md') }, captureOptions());

  it('keeps the words without the Markdown syntax: lists as lines, tables as rows, links as their text', async () => {
    const { source } = await capture();
    expect(source.snapshot?.format).toBe('markdown');
    expect(source.snapshot?.text).toBe(
      [
        'The liaison team said the operators would ask for a meeting with the harbour master before the end of the month. They want the fee rise delayed until the autumn.',
        '• Winter sailings at risk on two routes\n• Operators to send figures by Friday\n  • figures cover 2021–2022',
        'Route | Sailings\nNorth | 14',
        '"We will not sign anything before the figures are in," one operator said.',
      ].join('\n\n'),
    );
  });

  it('takes the title from its heading and the date and web address from their lines', async () => {
    const { source, detected } = await capture();
    expect(source).toMatchObject({
      title: 'Call with the port liaison team',
      issued: '2023-03-14',
      url: 'https://notes.example/harbour/2023-03-14',
      containerTitle: '',
      cslType: 'document',
      kind: 'other',
      language: 'en',
    });
    expect(detected.slice(0, 3)).toEqual([
      { field: 'title', value: 'Call with the port liaison team', evidence: "Markdown heading '# Call with the port liaison team'" },
      { field: 'url', value: 'https://notes.example/harbour/2023-03-14', evidence: "web address line 'Source: https://notes.example/harbour/2023-03-14'" },
      { field: 'issued', value: '2023-03-14', evidence: "date line 'Date: 14 March 2023'" },
    ]);
    expect(source.snapshot?.dropped).toEqual(['Call with the port liaison team', 'Date: 14 March 2023', 'Source: https://notes.example/harbour/2023-03-14']);
  });

  it('reads HTML in the note for its text only, never running it, and says what it left out', async () => {
    delete (globalThis as Record<string, unknown>).briefwrightMarkdownScriptRan;
    const { source, warnings } = await capture();
    expect((globalThis as Record<string, unknown>).briefwrightMarkdownScriptRan).toBeUndefined();
    expect(source.snapshot?.text).not.toContain('briefwrightMarkdownScriptRan');
    expect(warnings).toEqual([
      'HTML in the note was read for its text only (left out: 1 script); nothing in it was run or loaded.',
      'Images in the note were left out; only its text is kept.',
    ]);
  });

  it('recognises pasted Markdown by its marks', async () => {
    const note = '## Follow-ups\n\n- Ask the harbour master for the **repair schedule**\n- Check the [fee proposal](https://notes.example/fees)';
    const { source } = await captureSource({ text: note }, captureOptions());
    expect(source.snapshot?.format).toBe('markdown');
    expect(source.snapshot?.text).toBe('Follow-ups\n\n• Ask the harbour master for the repair schedule\n• Check the fee proposal');
  });
});
