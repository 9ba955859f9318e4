import { describe, expect, it } from 'vitest';
import { dayNumber, dayString, statementDaysOf } from '../../../src/model/days';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';
import {
  axisLabels,
  binUnitFor,
  boundsOf,
  currentWindow,
  histogram,
  histogramSummary,
  periodStart,
  stepWindow,
  windowAt,
} from '../../../src/model/timeline';
import { seedIndex } from '../testData';

const day = dayNumber;

function datasetWith(dates: (string | undefined)[], stances?: string[]): Dataset {
  return {
    format: 'stancegraph',
    version: 1,
    actors: [{ id: 'a', name: 'A', kind: 'person' }],
    claims: [{ id: 'c', text: 'C' }],
    statements: dates.map((date, i) => ({
      id: `s${i}`,
      actor: 'a',
      claim: 'c',
      stance: stances?.[i] ?? 'asserts',
      ...(date === undefined ? {} : { date }),
    })),
  };
}

describe('day numbers', () => {
  it('count days from 1970-01-01 and read back as the same day', () => {
    expect(day('1970-01-01')).toBe(0);
    expect(day('1970-01-02')).toBe(1);
    expect(day('1969-12-31')).toBe(-1);
    for (const text of ['2024-02-29', '2000-12-31', '1899-03-01', '2024-10-17'])
      expect(dayString(day(text))).toBe(text);
  });

  it('give every statement the days its date covers, partial dates their whole period', () => {
    const index = buildGraphIndex(datasetWith(['2024', '2024-02', '2024-10-17', undefined]));
    const days = statementDaysOf(index);
    expect([days.start[0], days.end[0]]).toEqual([day('2024-01-01'), day('2024-12-31')]);
    expect([days.start[1], days.end[1]]).toEqual([day('2024-02-01'), day('2024-02-29')]);
    expect([days.start[2], days.end[2]]).toEqual([day('2024-10-17'), day('2024-10-17')]);
    expect([...days.dated]).toEqual([1, 1, 1, 0]);
    expect(days.extent).toEqual({ min: day('2024-01-01'), max: day('2024-12-31') });
    // Computed once per index.
    expect(statementDaysOf(index)).toBe(days);
  });

  it('have no extent when nothing is dated', () => {
    expect(statementDaysOf(buildGraphIndex(datasetWith([undefined]))).extent).toBeNull();
  });
});

describe('periods', () => {
  it('start weeks on Monday, quarters in January, April, July and October', () => {
    // 2024-10-17 was a Thursday.
    expect(dayString(periodStart(day('2024-10-17'), 'week'))).toBe('2024-10-14');
    expect(dayString(periodStart(day('2024-10-14'), 'week'))).toBe('2024-10-14');
    expect(dayString(periodStart(day('2024-10-20'), 'week'))).toBe('2024-10-14');
    expect(dayString(periodStart(day('2024-11-30'), 'quarter'))).toBe('2024-10-01');
    expect(dayString(periodStart(day('2024-03-31'), 'quarter'))).toBe('2024-01-01');
    expect(dayString(periodStart(day('2024-07-04'), 'year'))).toBe('2024-01-01');
    // Days before 1970 too.
    expect(dayString(periodStart(day('1969-12-31'), 'week'))).toBe('1969-12-29');
  });

  it('choose the bin from the span: days, weeks, months or years', () => {
    const span = (from: string, to: string) => binUnitFor({ min: day(from), max: day(to) });
    expect(span('2024-10-01', '2024-10-31')).toBe('day');
    expect(span('2024-01-01', '2024-12-31')).toBe('week');
    expect(span('2020-01-01', '2024-12-31')).toBe('month');
    expect(span('1950-01-01', '2024-12-31')).toBe('year');
  });

  it('write whole months and years as partial dates, other spans as days', () => {
    expect(boundsOf(day('2024-10-01'), day('2024-10-31'))).toEqual({
      from: '2024-10',
      to: '2024-10',
    });
    expect(boundsOf(day('2024-01-01'), day('2025-12-31'))).toEqual({ from: '2024', to: '2025' });
    expect(boundsOf(day('2024-10-01'), day('2024-12-31'))).toEqual({
      from: '2024-10',
      to: '2024-12',
    });
    expect(boundsOf(day('2024-10-14'), day('2024-10-20'))).toEqual({
      from: '2024-10-14',
      to: '2024-10-20',
    });
  });
});

describe('histogram', () => {
  it('counts each statement once, where its date starts, by polarity', () => {
    const index = buildGraphIndex(
      datasetWith(
        ['2024-01-03', '2024-01-05', '2024-02', '2024-03-30', undefined],
        ['asserts', 'denies', 'evaluates', 'agrees', 'asserts'],
      ),
    );
    const result = histogram(index, null)!;
    expect(result.unit).toBe('day');
    expect(result.undated).toBe(1);
    const total = result.bins.reduce((n, b) => n + b.positive + b.neutral + b.negative, 0);
    expect(total).toBe(4);
    const binOf = (date: string) =>
      result.bins.find((b) => b.start <= day(date) && day(date) <= b.end)!;
    expect(binOf('2024-01-03')).toMatchObject({ positive: 1, negative: 0, neutral: 0 });
    expect(binOf('2024-01-05')).toMatchObject({ positive: 0, negative: 1 });
    // A month counts on its first day.
    expect(binOf('2024-02-01')).toMatchObject({ neutral: 1 });
    expect(result.max).toBe(1);
    // Bars cover the extent without gaps.
    result.bins.forEach((bin, i) => {
      if (i > 0) expect(bin.start).toBe(result.bins[i - 1]!.end + 1);
    });
  });

  it('counts only the statements given, over the whole dataset’s extent', () => {
    const index = buildGraphIndex(datasetWith(['2024-01-03', '2024-06-05']));
    const all = histogram(index, null)!;
    const one = histogram(index, new Set(['s1']))!;
    expect(one.bins.length).toBe(all.bins.length);
    expect(one.bins.reduce((n, b) => n + b.positive, 0)).toBe(1);
  });

  it('is null when nothing is dated', () => {
    expect(histogram(buildGraphIndex(datasetWith([undefined])), null)).toBeNull();
  });

  it('says what it shows in words', () => {
    const result = histogram(seedIndex, null)!;
    const text = histogramSummary(result);
    expect(text).toMatch(/^Statements by week, 2024-01-01 to 2025-01-05: 9 dated statements/);
    expect(text).toContain('7 undated statements not drawn');
    expect(text).toMatch(/most in week of 2024-\d\d-\d\d \(\d+\)/);
  });

  it('labels the axis where months or years start, at most as many as asked', () => {
    const result = histogram(seedIndex, null)!;
    const labels = axisLabels(result, 20);
    expect(labels[0]).toEqual({ index: 0, label: '2024' });
    expect(labels.map((l) => l.label)).toContain('Oct');
    expect(axisLabels(result, 4).length).toBeLessThanOrEqual(4);
  });
});

describe('windows', () => {
  const extent = { min: day('2024-01-01'), max: day('2024-12-31') };

  it('name the window that holds a day, with the filter bounds that cover it', () => {
    expect(windowAt(day('2024-10-17'), 'month')).toMatchObject({
      from: '2024-10',
      to: '2024-10',
      label: 'October 2024',
    });
    expect(windowAt(day('2024-10-17'), 'week')).toMatchObject({
      from: '2024-10-14',
      to: '2024-10-20',
      label: 'week of 2024-10-14',
    });
    expect(windowAt(day('2024-10-17'), 'quarter')).toMatchObject({
      from: '2024-10',
      to: '2024-12',
      label: '2024 Q4',
    });
    expect(windowAt(day('2024-10-17'), 'year')).toMatchObject({ from: '2024', to: '2024' });
  });

  it('tell whether the date range is exactly one window', () => {
    expect(currentWindow('2024-10', '2024-10', 'month')?.label).toBe('October 2024');
    expect(currentWindow('2024-10-01', '2024-10-31', 'month')?.label).toBe('October 2024');
    expect(currentWindow('2024-10', '2024-11', 'month')).toBeNull();
    expect(currentWindow(null, '2024-10', 'month')).toBeNull();
  });

  it('step from all dates to the first window, then window by window, and stop at the end', () => {
    let from: string | null = null;
    let to: string | null = null;
    const labels: string[] = [];
    for (;;) {
      const next = stepWindow(extent, from, to, 'quarter', 1);
      if (!next) break;
      labels.push(next.label);
      ({ from, to } = next);
    }
    expect(labels).toEqual(['2024 Q1', '2024 Q2', '2024 Q3', '2024 Q4']);
    expect(stepWindow(extent, '2024-10', '2024-12', 'quarter', -1)?.label).toBe('2024 Q3');
    expect(stepWindow(extent, '2024-01', '2024-03', 'quarter', -1)).toBeNull();
  });

  it('start from the window holding the range’s start when the range is not a window', () => {
    expect(stepWindow(extent, '2024-05-10', '2024-08-01', 'month', 1)?.label).toBe('May 2024');
    // A start before the dates begins at the first window.
    expect(stepWindow(extent, '2020', null, 'month', 1)?.label).toBe('January 2024');
  });
});
