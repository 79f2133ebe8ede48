import { describe, expect, it } from 'vitest';
import { parseMarkingScheme } from '../../../core/markings/custom-scheme';
import { BriefError } from '../../../core/errors';

/** A scheme an organisation might write: three levels, one control kept to the top two. */
function acmeScheme(): Record<string, unknown> {
  return {
    id: 'acme',
    name: 'ACME information handling',
    portionMarks: 'required',
    levels: [
      { portion: 'P', banner: 'ACME PUBLIC', aliases: ['PUBLIC'], color: '#33ff00' },
      { id: 'INTERNAL', portion: 'I', banner: 'ACME INTERNAL' },
      { portion: 'R', banner: 'ACME RESTRICTED', requiresPortionMarks: true },
    ],
    controls: [{ portion: 'LGL', banner: 'LEGAL PRIVILEGE', levels: ['INTERNAL', 'R'] }],
  };
}

function problemWith(raw: unknown): BriefError {
  try {
    parseMarkingScheme(raw, 'acme.json');
  } catch (thrown) {
    if (thrown instanceof BriefError) return thrown;
    throw thrown;
  }
  throw new Error('the scheme was accepted');
}

const levels = (raw: Record<string, unknown>) => raw.levels as Record<string, unknown>[];
const controls = (raw: Record<string, unknown>) => raw.controls as Record<string, unknown>[];

describe('a custom marking scheme file', () => {
  it('is read with its defaults filled in and its colours as RRGGBB', () => {
    const scheme = parseMarkingScheme(acmeScheme(), 'acme.json');
    expect(scheme).toMatchObject({ id: 'acme', style: 'classification', portionMarks: 'required', groupSeparator: '//', controlSeparator: '/' });
    expect(scheme.levels.map((level) => [level.id, level.portion, level.banner, level.color, level.requiresPortionMarks])).toEqual([
      ['P', 'P', 'ACME PUBLIC', '33FF00', false],
      ['INTERNAL', 'I', 'ACME INTERNAL', null, false],
      ['R', 'R', 'ACME RESTRICTED', null, true],
    ]);
    expect(scheme.controls[0]).toEqual({ id: 'LGL', portion: 'LGL', banner: 'LEGAL PRIVILEGE', aliases: [], group: 1, levels: ['INTERNAL', 'R'], attached: false, countries: null, overrides: [] });
  });

  it.each<[string, (raw: Record<string, unknown>) => unknown, string]>([
    ['without an id', (raw) => ({ ...raw, id: undefined }), 'id is missing'],
    ['with a built-in scheme’s id', (raw) => ({ ...raw, id: 'us' }), 'id must not be the id of a built-in scheme (us, uk, nato, tlp, none)'],
    ['with an id that is not a plain name', (raw) => ({ ...raw, id: 'ACME Corp' }), 'id must be 1 to 64 lower-case letters, digits and hyphens'],
    ['without levels', (raw) => ({ ...raw, levels: [], controls: [] }), 'levels must have at least 1 entry'],
    ['with levels that are not a list', (raw) => ({ ...raw, levels: 'P, I, R' }), 'levels must be a list ([ … ])'],
    ['with a level without a banner', (raw) => ({ ...raw, levels: [levels(raw)[0], { portion: 'I' }] }), 'levels.1.banner is missing'],
    ['with a colour that is not RRGGBB', (raw) => ({ ...raw, levels: [{ ...levels(raw)[0], color: 'green' }], controls: [] }), 'levels.0.color must be a colour written #RRGGBB, e.g. #FFC000'],
    ['with a separator inside a spelling', (raw) => ({ ...raw, levels: [{ ...levels(raw)[0], portion: 'P/X' }], controls: [] }), 'levels.0.portion must start with a letter or digit and hold only letters, digits, spaces and : + . -'],
    ['with two levels spelled alike', (raw) => ({ ...raw, levels: [...levels(raw), { portion: 'i', banner: 'ACME INTERIM' }] }), 'levels.3.portion repeats "i", already written for levels.1; each spelling must name one level'],
    ['with a control for a level it does not have', (raw) => ({ ...raw, controls: [{ ...controls(raw)[0], levels: ['SECRET'] }] }), 'controls.0.levels.0 names no level of this scheme ("SECRET"); its levels are P, INTERNAL, R'],
    ['with an unknown portion rule', (raw) => ({ ...raw, portionMarks: 'always' }), 'portionMarks must be one of "required", "if-any", "optional"'],
    ['with a misspelt field', (raw) => ({ ...raw, portionmarks: 'required' }), 'the marking scheme has fields a marking scheme file does not use: portionmarks'],
    ['with a misspelt field in a level', (raw) => ({ ...raw, levels: [{ ...levels(raw)[0], colour: '#FFFFFF' }], controls: [] }), 'levels.0 has fields a marking scheme file does not use: colour'],
    ['with a group that is not a whole number', (raw) => ({ ...raw, controls: [{ ...controls(raw)[0], group: 1.5 }] }), 'controls.0.group must be a whole number'],
  ])('%s names the field and the problem', (_, change, problem) => {
    const error = problemWith(change(acmeScheme()));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toBe(`The marking scheme "acme.json" is not valid: ${problem}.`);
  });

  it('that is not an object says so', () => {
    expect(problemWith('# ACME levels').message).toBe('The marking scheme "acme.json" is not valid: the marking scheme must be an object ({ … }).');
    expect(problemWith(null).message).toBe('The marking scheme "acme.json" is not valid: the marking scheme must be an object ({ … }).');
  });

  it('with several problems gives the first, counts the rest and lists them all in the detail', () => {
    const raw = acmeScheme();
    raw.name = '';
    raw.style = 'bold';
    delete raw.levels;
    const error = problemWith(raw);
    expect(error.message).toBe('The marking scheme "acme.json" is not valid: name must not be empty (and 2 more problems).');
    expect(error.detail?.split('\n')).toEqual(['name must not be empty', 'style must be one of "classification", "tlp"', 'levels is missing']);
  });
});
