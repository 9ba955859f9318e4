// Dates as spreadsheets write them: ISO, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY and serial numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateCell, serialDate, slashedDateOrder } from '../../../src/model/tableDates';

// Written here from the calendar, apart from the code under test.
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real day of the years 1000 to 9999. */
const realDay = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysIn(year, month) }).map((day) => ({ year, month, day })),
  );

/** A day that is no day: the 29th to 31st past the end of its month. */
const unrealDay = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .filter(({ year, month }) => daysIn(year, month) < 31)
  .chain(({ year, month }) =>
    fc.integer({ min: daysIn(year, month) + 1, max: 31 }).map((day) => ({ year, month, day })),
  );

const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${pad(month)}-${pad(day)}`;

describe('readDateCell', () => {
  it('reads every way of writing a real day to the same ISO date', () => {
    fc.assert(
      fc.property(realDay, fc.boolean(), (date, padded) => {
        const expected = { ok: true, date: iso(date) };
        const d = padded ? pad(date.day) : String(date.day);
        const m = padded ? pad(date.month) : String(date.month);
        expect(readDateCell(iso(date), null)).toEqual(expected);
        expect(readDateCell(`${d}.${m}.${date.year}`, null)).toEqual(expected);
        expect(readDateCell(`${d}/${m}/${date.year}`, 'dmy')).toEqual(expected);
        expect(readDateCell(`${m}/${d}/${date.year}`, 'mdy')).toEqual(expected);
        expect(readDateCell(`  ${iso(date)}T10:30:00Z `, null)).toEqual(expected);
        expect(readDateCell(`${iso(date)} 08:15`, null)).toEqual(expected);
      }),
    );
  });

  it('refuses a day its month does not have, in every way of writing it', () => {
    fc.assert(
      fc.property(unrealDay, (date) => {
        for (const [text, order] of [
          [iso(date), null],
          [`${date.day}.${date.month}.${date.year}`, null],
          [`${pad(date.day)}/${pad(date.month)}/${date.year}`, 'dmy'],
          [`${pad(date.month)}/${pad(date.day)}/${date.year}`, 'mdy'],
        ] as const) {
          expect(readDateCell(text, order)).toEqual({
            ok: false,
            message: `${JSON.stringify(text)} is not a date`,
          });
        }
      }),
    );
  });

  it('reads spreadsheet serial numbers as Excel counts them', () => {
    // Excel's own values: 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01, 43928 = 2020-04-07.
    expect(readDateCell('1', null)).toEqual({ ok: true, date: '1900-01-01' });
    expect(readDateCell('59', null)).toEqual({ ok: true, date: '1900-02-28' });
    expect(readDateCell('61', null)).toEqual({ ok: true, date: '1900-03-01' });
    expect(readDateCell('43928', null)).toEqual({ ok: true, date: '2020-04-07' });
    expect(readDateCell('43928.75', null)).toEqual({ ok: true, date: '2020-04-07' });
    expect(readDateCell('2958465', null)).toEqual({ ok: true, date: '9999-12-31' });
    // Excel's 29 February 1900 never was.
    expect(readDateCell('60', null)).toEqual({ ok: false, message: '"60" is not a date' });
    expect(readDateCell('0', null)).toEqual({ ok: false, message: '"0" is not a date' });
    expect(readDateCell('2958466', null).ok).toBe(false);
  });

  it('reads every serial number of a real day back to that day', () => {
    // Serial numbers of four digits (1902-09-26 to 1927-05-18) are read as years: see below.
    fc.assert(
      fc.property(
        realDay.filter(
          ({ year, month, day }) => Date.UTC(year, month - 1, day) >= Date.UTC(1927, 4, 19),
        ),
        (date) => {
          const serial =
            (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 30)) / 86_400_000;
          expect(serialDate(serial)).toBe(iso(date));
          expect(readDateCell(String(serial), null)).toEqual({ ok: true, date: iso(date) });
        },
      ),
    );
  });

  it('keeps partial ISO dates, and takes four digits for a year, not a serial number', () => {
    expect(readDateCell('2015', null)).toEqual({ ok: true, date: '2015' });
    expect(readDateCell('9999', null)).toEqual({ ok: true, date: '9999' });
    expect(readDateCell('10000', null)).toEqual({ ok: true, date: '1927-05-18' });
    expect(readDateCell('2015-03', null)).toEqual({ ok: true, date: '2015-03' });
    expect(readDateCell('2015-13', null).ok).toBe(false);
  });

  it('asks for the order of a slashed date, and words what it cannot read', () => {
    expect(readDateCell('03/04/2015', null)).toEqual({
      ok: false,
      message: '"03/04/2015" could be day/month or month/day: choose how dates are written',
    });
    expect(readDateCell('31/02/2015', 'dmy')).toEqual({
      ok: false,
      message: '"31/02/2015" is not a date',
    });
    expect(readDateCell('next Tuesday', null)).toEqual({
      ok: false,
      message:
        '"next Tuesday" is not a date (use YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY or a spreadsheet date)',
    });
  });
});

describe('slashedDateOrder', () => {
  it('tells the order from a part above 12, and asks when nothing does', () => {
    expect(slashedDateOrder(['2015-01-02', ''])).toBe('none');
    expect(slashedDateOrder(['03/04/2015', '25/04/2015'])).toBe('dmy');
    expect(slashedDateOrder(['03/04/2015', '04/25/2015'])).toBe('mdy');
    expect(slashedDateOrder(['03/04/2015', '12/12/2015'])).toBe('ambiguous');
    expect(slashedDateOrder(['25/04/2015', '04/25/2015'])).toBe('ambiguous');
  });

  it('reads back, in the order it finds, the real days it was given day first', () => {
    fc.assert(
      fc.property(fc.array(realDay, { minLength: 1, maxLength: 20 }), (dates) => {
        const cells = dates.map((d) => `${pad(d.day)}/${pad(d.month)}/${d.year}`);
        const order = slashedDateOrder(cells);
        if (dates.some((d) => d.day > 12)) {
          expect(order).toBe('dmy');
          for (const [i, cell] of cells.entries()) {
            expect(readDateCell(cell, 'dmy')).toEqual({ ok: true, date: iso(dates[i]!) });
          }
        } else expect(order).toBe('ambiguous');
      }),
    );
  });
});
