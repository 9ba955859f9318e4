import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_SLUG_LENGTH } from '../../../src/model/exportFileName';

const day = new Date(2026, 10, 26, 23, 30);

describe('exportFileName', () => {
  it('is the title as a slug, the view and the local date', () => {
    expect(exportFileName('North Korea troops', 'claims', day, 'png')).toBe(
      'north-korea-troops-claims-2026-11-26.png',
    );
    expect(exportFileName('Émigrés & “Quotes”: 10,000!', 'actors', day, 'csv')).toBe(
      'emigres-quotes-10-000-actors-2026-11-26.csv',
    );
  });

  it('keeps letters of other scripts and drops what file systems refuse', () => {
    expect(exportFileName('Кремль / <Пхеньян>', 'claims', day, 'svg')).toBe(
      'кремль-пхеньян-claims-2026-11-26.svg',
    );
    expect(exportFileName('../../etc/passwd', 'claims', day, 'json')).toBe(
      'etc-passwd-claims-2026-11-26.json',
    );
  });

  it('falls back to "stancegraph" without a usable title, and caps long ones', () => {
    expect(exportFileName(undefined, 'claims', day, 'gexf')).toBe(
      'stancegraph-claims-2026-11-26.gexf',
    );
    expect(exportFileName('***', 'claims', day, 'gexf')).toBe('stancegraph-claims-2026-11-26.gexf');
    const long = exportFileName('word '.repeat(40), 'claims', day, 'png');
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH + '-claims-2026-11-26.png'.length);
    expect(long).not.toMatch(/--|-\./);
  });

  it("keeps the sample's whole title, year included", () => {
    const title = 'North Korean troops for Russia? Who said what (TIME, 17 Oct 2024)';
    expect(exportFileName(title, 'claims', day, 'png')).toBe(
      'north-korean-troops-for-russia-who-said-what-time-17-oct-2024-claims-2026-11-26.png',
    );
  });

  it('cuts a long title between words, never inside one', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`);
    const name = exportFileName(words.join(' '), 'claims', day, 'png');
    const slug = name.slice(0, -'-claims-2026-11-26.png'.length);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.length).toBeGreaterThan(MAX_SLUG_LENGTH - 'word29-'.length);
    // Every part of the slug is one whole word of the title, in order.
    expect(slug.split('-')).toEqual(words.slice(0, slug.split('-').length));
    // One word longer than the cap is cut where it must be.
    expect(exportFileName('x'.repeat(200), 'claims', day, 'png')).toBe(
      `${'x'.repeat(MAX_SLUG_LENGTH)}-claims-2026-11-26.png`,
    );
  });
});
