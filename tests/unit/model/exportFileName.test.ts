import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/model/exportFileName';

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
    expect(long.length).toBeLessThanOrEqual(60 + '-claims-2026-11-26.png'.length);
    expect(long).not.toMatch(/--|-\./);
  });
});
