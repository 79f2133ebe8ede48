import { describe, expect, it } from 'vitest';
import { linesOf, splitParagraphs } from '../../../../core/sources/capture/extracted-text';
import { isFurnitureLine, removeFurniture } from '../../../../core/sources/capture/furniture';

function furnitureOf(text: string): { kept: string[]; dropped: string[] } {
  const lines = linesOf(splitParagraphs(text).map((paragraph, position) => ({ text: paragraph, position })));
  const { kept, dropped } = removeFurniture(lines, 'text');
  return { kept: kept.map((line) => line.text), dropped: dropped.map((entry) => entry.text) };
}

describe('site furniture', () => {
  it.each(['Share', 'Facebook', 'Twitter', 'WhatsApp', 'Print', 'Email', 'Share | Tweet | Email', 'Facebook Twitter WhatsApp X', 'A+ A-', 'A+', 'A-', 'Post a comment', 'Comments', '12 comments', 'Read more', 'Read more: Ferry timetable changes announced for spring', 'Related', 'Related articles', 'Subscribe', 'Subscribe to our newsletter', 'Tags: Border crossings, Trade', 'Advertisement', 'ADVERTISEMENT', 'Accept all cookies', '© 2023 The Harbour Gazette. All rights reserved.', 'Copyright 2023 Northshire Media', 'Skip to content', 'Required'])(
    'drops the standalone line “%s”',
    (line) => {
      expect(isFurnitureLine(line, 'text')).toBe(true);
    },
  );

  it.each([
    'Share prices fell sharply after the announcement.',
    'Print and broadcast media were barred from the hearing.',
    'Comments by the minister were later withdrawn.',
    'Related talks are due next month in Erbil.',
    'Copyright law was not discussed at the meeting.',
    'X',
    'Subscribers to the ferry pass will get a refund, the operator said.',
    '3',
  ])('keeps the article line “%s”', (line) => {
    expect(isFurnitureLine(line, 'text')).toBe(false);
  });

  it('drops page numbers only in PDFs', () => {
    expect(isFurnitureLine('3', 'pdf')).toBe(true);
    expect(isFurnitureLine('Page 3 of 12', 'pdf')).toBe(true);
    expect(isFurnitureLine('- 3 -', 'pdf')).toBe(true);
    expect(isFurnitureLine('3', 'text')).toBe(false);
  });

  it('drops a comment section whole when every part of it is about comments', () => {
    const text = [
      'The governor will visit next month to sign the agreement, his office said on Tuesday.',
      'Comments',
      'Our comment policy asks readers to stay on the subject of the article.',
      'We will not tolerate abuse, threats or personal attacks.',
      'Post a comment',
      'Name\nEmail\nSubmit',
    ].join('\n\n');
    expect(furnitureOf(text)).toEqual({
      kept: ['The governor will visit next month to sign the agreement, his office said on Tuesday.'],
      dropped: ['Comments', 'Our comment policy asks readers to stay on the subject of the article.', 'We will not tolerate abuse, threats or personal attacks.', 'Post a comment', 'Name\nEmail\nSubmit'],
    });
  });

  it('keeps article paragraphs that follow a “Comments” line, dropping only the line', () => {
    const text = ['Comments', 'The minister’s comments drew criticism from opposition parties.', 'We will not tolerate attacks on our forces, the minister said on Sunday.'].join('\n\n');
    expect(furnitureOf(text)).toEqual({
      kept: ['The minister’s comments drew criticism from opposition parties.', 'We will not tolerate attacks on our forces, the minister said on Sunday.'],
      dropped: ['Comments'],
    });
  });

  it('drops a comment policy paragraph wherever it stands, by how it starts', () => {
    const text = [
      'Rudaw Media Network’s comment policy asks readers to be courteous.',
      'Comments are moderated before they appear.',
      'We reserve the right to remove comments that break these rules.',
      'We reserve the right to respond, the ministry said in a statement on Monday.',
    ].join('\n\n');
    expect(furnitureOf(text).kept).toEqual(['We reserve the right to respond, the ministry said in a statement on Monday.']);
  });

  it('drops a cookie notice but keeps an article about cookies', () => {
    const text = [
      'This website uses cookies to give you the best experience. By continuing to use this site you agree to our use of cookies.',
      'The regulator said that websites which use tracking cookies must ask visitors for consent before setting them, and that several news sites had not done so.',
    ].join('\n\n');
    expect(furnitureOf(text).kept).toEqual(['The regulator said that websites which use tracking cookies must ask visitors for consent before setting them, and that several news sites had not done so.']);
  });

  it('never removes words from inside a line', () => {
    const line = 'Share this: the harbour office said the quay would reopen, A+ A- signs notwithstanding.';
    expect(furnitureOf(line)).toEqual({ kept: [line], dropped: [] });
  });
});
