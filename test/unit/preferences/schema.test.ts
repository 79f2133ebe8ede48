import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../core/document/create';
import { hostContract } from '../../../core/contract';
import { DEFAULT_PREFERENCES, newDocumentDefaults, readPreferences, type Preferences } from '../../../core/preferences/schema';
import { findTemplate } from '../../../core/templates/builtin';
import { createDocumentFromTemplate } from '../../../core/templates/create-from-template';

const now = new Date('2026-11-28T10:00:00.000Z');

function read(raw: unknown): Preferences {
  const outcome = readPreferences(raw);
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  return outcome.preferences;
}

describe('preferences', () => {
  it('start as: no author, the blank template, no marking, ICD 203, footnotes, 1 second, US English', () => {
    expect(read({})).toEqual({
      author: '',
      defaultTemplate: 'blank',
      marking: { scheme: 'none', level: null },
      yardstick: 'icd-203',
      notes: 'footnotes',
      autosaveDelaySeconds: 1,
      spellingLanguage: 'en-US',
    });
  });

  it('written by an older version (some fields only) keep those and take the defaults for the rest', () => {
    expect(read({ author: 'R. Okafor', spellingLanguage: 'en-GB' })).toEqual({ ...DEFAULT_PREFERENCES, author: 'R. Okafor', spellingLanguage: 'en-GB' });
  });

  it('drop fields this version does not know', () => {
    const preferences = read({ author: 'R. Okafor', theme: 'dark', window: { width: 900 } });
    expect(Object.keys(preferences).sort()).toEqual(['author', 'autosaveDelaySeconds', 'defaultTemplate', 'marking', 'notes', 'spellingLanguage', 'yardstick']);
  });

  it.each([
    [{ autosaveDelaySeconds: 0 }, 'autosaveDelaySeconds must be at least 1'],
    [{ autosaveDelaySeconds: 61 }, 'autosaveDelaySeconds must be at most 60'],
    [{ autosaveDelaySeconds: 2.5 }, 'autosaveDelaySeconds must be a whole number'],
    [{ yardstick: 'nato' }, 'yardstick must be one of icd-203, phia'],
    [{ notes: 'sidenotes' }, 'notes must be one of footnotes, endnotes'],
    [{ spellingLanguage: 'fr-FR' }, 'spellingLanguage must be one of en-US, en-GB'],
    [{ author: 'R. Okafor\nAnalyst' }, 'author must fit on one line'],
    [{ marking: { scheme: 'mine', level: null } }, 'marking.scheme must be one of us, uk, nato, tlp, none'],
    [{ marking: { scheme: 'uk', level: 'S' } }, 'marking.level must be one of the levels of UK Government Security Classifications: OFFICIAL, SECRET, TOP SECRET'],
    [{ marking: { scheme: 'none', level: 'U' } }, 'marking.level must be empty: No marking has no levels'],
    ['just text', 'the preferences must be an object'],
  ])('refuse %j, saying what is wrong', (raw, problem) => {
    const outcome = readPreferences(raw);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toMatch(problem);
  });

  it('cross the contract whole, and a change may name only some of them', () => {
    expect(hostContract.setPreferences.input.parse({ changes: { author: 'R. Okafor' } })).toEqual({ changes: { author: 'R. Okafor' } });
    expect(hostContract.setPreferences.input.safeParse({ changes: { autosaveDelaySeconds: 600 } }).success).toBe(false);
    expect(hostContract.getPreferences.output.parse({ preferences: {}, stored: false })).toEqual({ preferences: DEFAULT_PREFERENCES, stored: false });
  });
});

describe('a new document', () => {
  const preferences = read({ author: ' R. Okafor ', marking: { scheme: 'uk', level: 'OFFICIAL' }, yardstick: 'phia', notes: 'endnotes' });
  const defaults = newDocumentDefaults(preferences);

  it('on a blank page takes the author, marking, yardstick and notes placement from the preferences', () => {
    const document = createDocument({ now, defaults });
    expect(document.metadata.author).toBe('R. Okafor');
    expect(document.marking).toEqual({ scheme: 'uk', level: 'OFFICIAL', controls: [] });
    expect(document.settings).toEqual({ citationStyle: 'notes', yardstick: 'phia', notes: 'endnotes' });
  });

  it('from a built-in template takes them too, since the built-in templates leave them to the analyst', () => {
    const readout = findTemplate('meeting-readout');
    if (!readout) throw new Error('no meeting-readout template');
    const document = createDocumentFromTemplate(readout, { subject: 'Readout: harbour authority' }, { now, defaults });
    expect(document.metadata).toMatchObject({ author: 'R. Okafor', templateId: 'meeting-readout', title: 'Readout: harbour authority' });
    expect(document.marking).toEqual({ scheme: 'uk', level: 'OFFICIAL', controls: [] });
    expect(document.settings).toEqual({ citationStyle: 'notes', yardstick: 'phia', notes: 'endnotes' });
  });

  it('from a template that sets its own marking, yardstick and notes placement keeps the template’s', () => {
    const readout = findTemplate('meeting-readout');
    if (!readout) throw new Error('no meeting-readout template');
    const nato = { ...readout, id: 'nato-readout', defaults: { marking: { scheme: 'nato', level: 'NR' }, citationStyle: 'both' as const, yardstick: 'icd-203' as const, notes: 'footnotes' as const } };
    const document = createDocumentFromTemplate(nato, {}, { now, defaults });
    expect(document.marking).toEqual({ scheme: 'nato', level: 'NR', controls: [] });
    expect(document.settings).toEqual({ citationStyle: 'both', yardstick: 'icd-203', notes: 'footnotes' });
    expect(document.metadata.author).toBe('R. Okafor');
  });

  it('without preferences (the command line) is unmarked, ICD 203, footnotes, with no author', () => {
    const document = createDocument({ now });
    expect(document.metadata.author).toBe('');
    expect(document.marking).toEqual({ scheme: 'none', level: null, controls: [] });
    expect(document.settings).toEqual({ citationStyle: 'notes', yardstick: 'icd-203', notes: 'footnotes' });
  });
});
