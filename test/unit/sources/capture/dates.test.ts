import { describe, expect, it } from 'vitest';
import { dateLineDates, findDates, readMetadataDate } from '../../../../core/sources/capture/dates';

const readingOf = (text: string) => findDates(text)[0]?.reading;

describe('reading dates as sources write them', () => {
  it.each([
    ['30-01-2022', '2022-01-30', 'day first'],
    ['30/01/2022', '2022-01-30', 'day first'],
    ['30.01.2022', '2022-01-30', 'day first'],
    ['01/30/2022', '2022-01-30', 'month first'],
    ['05/05/2022', '2022-05-05', 'day first'],
    ['30 January 2022', '2022-01-30', 'day month year'],
    ['30th of January, 2022', '2022-01-30', 'day month year'],
    ['January 30, 2022', '2022-01-30', 'month day year'],
    ['Jan. 30, 2022', '2022-01-30', 'month day year'],
    ['Sept 3 2022', '2022-09-03', 'month day year'],
    ['2022-01-30', '2022-01-30', 'ISO'],
    ['2022-01-30T10:00:00Z', '2022-01-30', 'ISO'],
    ['2022/01/30', '2022-01-30', 'year first'],
    ['January 2022', '2022-01', 'month year'],
    ['٣٠-٠١-٢٠٢٢', '2022-01-30', 'day first'],
  ])('“%s” is %s (%s)', (text, date, shape) => {
    expect(readingOf(text)).toEqual({ kind: 'date', date, written: text, shape });
  });

  it('calls a date with both numbers 12 or under ambiguous, with both readings', () => {
    expect(readingOf('01/02/2022')).toEqual({ kind: 'ambiguous', written: '01/02/2022', readings: ['2022-02-01', '2022-01-02'] });
  });

  it('calls a day that does not exist invalid', () => {
    expect(readingOf('29 February 2023')).toEqual({ kind: 'invalid', written: '29 February 2023' });
    expect(readingOf('31-04-2022')).toEqual({ kind: 'invalid', written: '31-04-2022' });
    expect(readingOf('29 February 2024')).toMatchObject({ kind: 'date', date: '2024-02-29' });
  });

  it('takes a line as a date line only when it holds nothing but a date and its trimmings', () => {
    expect(dateLineDates('Published: Sunday, 30 January 2022 10:45 GMT')).toHaveLength(1);
    expect(dateLineDates('30-01-2022 | Updated 31-01-2022')).toHaveLength(2);
    expect(dateLineDates('Posted on Jan. 30, 2022 at 9:15 p.m.')).toHaveLength(1);
    expect(dateLineDates('The talks on 30 January 2022 ended without agreement.')).toEqual([]);
    expect(dateLineDates('Rudaw')).toEqual([]);
  });

  it('reads page metadata dates only in ISO 8601', () => {
    expect(readMetadataDate('2022-01-30T23:30:00+03:00')).toMatchObject({ kind: 'date', date: '2022-01-30' });
    expect(readMetadataDate('2022-01')).toMatchObject({ kind: 'date', date: '2022-01' });
    expect(readMetadataDate('Sunday')).toBeUndefined();
  });
});
