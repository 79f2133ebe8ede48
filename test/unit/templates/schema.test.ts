import { describe, expect, it } from 'vitest';
import blank from '../../../templates/blank.json';
import readout from '../../../templates/meeting-readout.json';
import assessment from '../../../templates/threat-assessment.json';
import { BriefError } from '../../../core/errors';
import { builtinTemplates, findTemplate } from '../../../core/templates/builtin';
import { parseTemplate, type Template } from '../../../core/templates/schema';

/** A small, valid template written for these tests; each case breaks one thing. */
function analystTemplate(): Record<string, unknown> {
  return {
    id: 'my-readout',
    name: 'My readout',
    description: 'A shorter readout for calls.',
    fields: [
      { name: 'subject', label: 'Subject', type: 'text', required: true },
      { name: 'channel', label: 'Channel', type: 'select', options: ['Phone', 'Video', 'In person'] },
    ],
    sections: [
      { id: 'summary', heading: 'Summary', guidance: 'Bottom line up front.', role: 'reporting' },
      { id: 'comment', heading: 'Analyst comment', guidance: 'Kept apart from the reporting.', role: 'comment' },
      { id: 'follow-ups', heading: 'Follow-ups', guidance: 'Owner and due date for each.', role: 'other' },
    ],
    defaults: { marking: { scheme: 'none', level: null } },
  };
}

function problemWith(raw: unknown): BriefError {
  try {
    parseTemplate(raw, 'my-readout.json');
  } catch (thrown) {
    if (thrown instanceof BriefError) return thrown;
    throw thrown;
  }
  throw new Error('the template was accepted');
}

describe('the built-in templates', () => {
  it.each([
    ['meeting-readout.json', readout],
    ['threat-assessment.json', assessment],
    ['blank.json', blank],
  ])('%s is a valid template', (file, raw) => {
    expect(() => parseTemplate(raw, file)).not.toThrow();
  });

  it('are the readout, the assessment and blank, found by id', () => {
    expect(builtinTemplates.map((template) => template.id)).toEqual(['meeting-readout', 'threat-assessment', 'blank']);
    expect(findTemplate('threat-assessment')?.name).toBe('Threat assessment');
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it('give every section guidance of one or two sentences, and a unique id', () => {
    for (const template of builtinTemplates) {
      for (const section of template.sections) {
        expect(section.guidance.length, `${template.id}/${section.id}`).toBeGreaterThan(20);
        expect(section.guidance.split(/[.!?](\s|$)/).filter((part) => part.trim().length > 1).length, `${template.id}/${section.id}`).toBeLessThanOrEqual(2);
      }
      expect(new Set(template.sections.map((section) => section.id)).size).toBe(template.sections.length);
    }
  });

  it('the readout keeps the analyst comment in its own section, after the reporting', () => {
    const roles = findTemplate('meeting-readout')?.sections.map((section) => [section.heading, section.role]);
    expect(roles).toEqual([
      ['Purpose', 'other'],
      ['Summary', 'reporting'],
      ['Key points', 'reporting'],
      ['Commitments and requests', 'reporting'],
      ['Follow-ups', 'other'],
      ['Analyst comment', 'comment'],
    ]);
  });

  it('the assessment opens with required key judgments and ends with the source summary', () => {
    const sections = findTemplate('threat-assessment')?.sections ?? [];
    expect(sections[0]).toMatchObject({ heading: 'Key judgments', role: 'key-judgments', required: true });
    expect(sections.map((section) => section.heading)).toEqual([
      'Key judgments',
      'Scope note and time frame',
      'Background',
      'Threat actor intent and capability',
      'Targets and vulnerabilities',
      'Key assumptions',
      'Scenarios and outlook',
      'Indicators and warnings',
      'Intelligence gaps',
      'Source summary statement',
    ]);
    expect(sections.at(-1)?.role).toBe('sources');
  });

  it('blank has only an optional subject and no sections', () => {
    const template = findTemplate('blank') as Template;
    expect(template.fields).toEqual([{ name: 'subject', label: 'Subject', type: 'text', required: false }]);
    expect(template.sections).toEqual([]);
  });
});

describe('a template file', () => {
  it('fills in what it leaves out: section level 2, not required; notes; the yardstick and notes placement are left to the preferences', () => {
    const template = parseTemplate(analystTemplate(), 'my-readout.json');
    expect(template.sections[0]).toEqual({ id: 'summary', heading: 'Summary', level: 2, guidance: 'Bottom line up front.', required: false, role: 'reporting' });
    expect(template.fields[0]?.required).toBe(true);
    expect(template.fields[1]?.required).toBe(false);
    expect(template.defaults).toEqual({ marking: { scheme: 'none', level: null }, citationStyle: 'notes' });
  });

  it('with an unknown section role names the file, the section and the allowed roles', () => {
    const raw = analystTemplate();
    (raw.sections as Record<string, unknown>[])[2]!.role = 'opinion';
    const error = problemWith(raw);
    expect(error.code).toBe('invalid-request');
    expect(error.message).toBe(
      'The template "my-readout.json" is not valid: sections.2.role must be one of reporting, judgment, key-judgments, comment, sources, other.',
    );
  });

  it('with two sections of the same id names the repeated id', () => {
    const raw = analystTemplate();
    (raw.sections as Record<string, unknown>[])[2]!.id = 'summary';
    expect(problemWith(raw).message).toBe(
      'The template "my-readout.json" is not valid: sections.2.id repeats the section id "summary"; each section needs its own id.',
    );
  });

  it('with a select field that lists no choices says so', () => {
    const raw = analystTemplate();
    delete (raw.fields as Record<string, unknown>[])[1]!.options;
    expect(problemWith(raw).message).toBe('The template "my-readout.json" is not valid: fields.1.options must list at least one choice for a select field.');
    (raw.fields as Record<string, unknown>[])[1]!.options = [];
    expect(problemWith(raw).message).toContain('fields.1.options must list at least one choice');
  });

  it('with choices on a field that is not a select says they are not allowed there', () => {
    const raw = analystTemplate();
    (raw.fields as Record<string, unknown>[])[0]!.options = ['a'];
    expect(problemWith(raw).message).toContain('fields.0.options is only allowed on a select field');
  });

  it('without an id says the id is missing', () => {
    const raw = analystTemplate();
    delete raw.id;
    expect(problemWith(raw).message).toBe('The template "my-readout.json" is not valid: id is missing.');
  });

  it('with an id that is not a plain lower-case name says what an id may hold', () => {
    expect(problemWith({ ...analystTemplate(), id: 'My Readout' }).message).toBe(
      'The template "my-readout.json" is not valid: id must be 1 to 64 lower-case letters, digits and hyphens.',
    );
  });

  it('with a heading level out of range, a wrong type and an unknown yardstick gives the first and counts the rest', () => {
    const raw = analystTemplate();
    (raw.sections as Record<string, unknown>[])[0]!.level = 4;
    raw.name = 42;
    raw.defaults = { yardstick: 'nato' };
    const error = problemWith(raw);
    expect(error.message).toBe('The template "my-readout.json" is not valid: name must be a string (and 2 more problems).');
    expect(error.detail?.split('\n')).toEqual(['name must be a string', 'sections.0.level must be one of 1, 2, 3', 'defaults.yardstick must be one of icd-203, phia']);
  });

  it('that is not a template at all says so', () => {
    expect(problemWith('# My notes').message).toBe('The template "my-readout.json" is not valid: the template must be an object ({ … }).');
  });
});
