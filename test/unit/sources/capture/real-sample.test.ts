import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureSource } from '../../../../core/sources/capture/capture-source';
import { captureOptions } from '../../../fixtures/sources/capture-fixtures';

/**
 * The real article the project started from (see PRODUCT.md, "A worked example"). It is
 * read where it lives, never copied into the repository; machines without it skip this.
 */
const SAMPLE = '/work/shared/samples/rudaw-2022-01-30-araji-nato.txt';
const present = existsSync(SAMPLE);

describe.skipIf(!present)(`the worked example (${present ? SAMPLE : `skipped: ${SAMPLE} is not on this machine`})`, () => {
  const capture = () => captureSource({ fileName: 'rudaw-2022-01-30-araji-nato.txt', bytes: new Uint8Array(readFileSync(SAMPLE)) }, captureOptions());

  it('detects the headline, Rudaw, Julian Bechocha, 30 January 2022 and Erbil', async () => {
    const { source, warnings } = await capture();
    expect(source).toMatchObject({
      title: 'Iraq’s top security advisor asks NATO to repatriate foreign prisoners',
      containerTitle: 'Rudaw',
      authors: [{ given: 'Julian', family: 'Bechocha' }],
      issued: '2022-01-30',
      cslType: 'article-newspaper',
      kind: 'news-report',
      language: 'en',
    });
    expect(source.place).toContain('Erbil');
    expect(warnings).toEqual([]);
  });

  it('keeps the article from its dateline to its last paragraph and leaves the comment policy out', async () => {
    const { source } = await capture();
    const text = source.snapshot?.text ?? '';
    expect(text.startsWith('ERBIL, Kurdistan Region — ')).toBe(true);
    expect(text).toContain('and among them are leaders in ISIS');
    expect(text).toContain('373 deaths');
    expect(text).not.toMatch(/moderates all comments|community guidelines|Post a comment|A\+ A-/);
    const dropped = source.snapshot?.dropped ?? [];
    expect(dropped.some((line) => line.startsWith('Rudaw moderates all comments'))).toBe(true);
    expect(dropped).toEqual(expect.arrayContaining(['30-01-2022', 'Rudaw', 'A+ A-', 'By Julian Bechocha', 'Comments', 'Post a comment']));
  });
});
