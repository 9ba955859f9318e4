// The CSV export of the shown statements, read back the way a spreadsheet-minded tool would.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actorGrouping } from '../../../src/model/actorLevel';
import { NODE_COLUMNS, STATEMENT_COLUMNS, statementsCsv } from '../../../src/model/exportCsv';
import type { Visibility } from '../../../src/model/filters';
import { buildGraphIndex, type GraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';
import { seed, seedIndex, shown } from '../testData';

type Row = Record<string, string>;

function readBack(text: string): { fields: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

// Written here from the dataset, apart from the code under test.
function expectedRow(index: GraphIndex, id: string): Row {
  const s = index.dataset.statements.find((statement) => statement.id === id);
  if (!s) throw new Error(id);
  const actor = index.dataset.actors.find((a) => a.id === s.actor);
  const claim = index.dataset.claims.find((c) => c.id === s.claim);
  const source = index.dataset.sources?.find((x) => x.id === s.source);
  const stance = index.stances.find((x) => x.id === s.stance);
  return {
    statement_id: s.id,
    actor: actor?.name ?? '',
    actor_id: s.actor,
    stance: s.stance,
    stance_label: stance?.label ?? '',
    polarity: String(stance?.polarity ?? 0),
    stance_color: stance?.color ?? '',
    claim: claim?.text ?? '',
    claim_id: s.claim,
    date: s.date ?? '',
    place: s.place ?? '',
    quote: s.quote ?? '',
    source: source ? [source.publisher, source.title].filter(Boolean).join(': ') : '',
    source_url: source?.url ?? '',
    note: s.note ?? '',
  };
}

describe('statementsCsv over the seed', () => {
  it('has the header row, then exactly the shown statements with their values', () => {
    const visibility = shown(seedIndex, {});
    const { fields, rows } = readBack(statementsCsv(seedIndex, visibility));
    expect(fields).toEqual([...STATEMENT_COLUMNS]);
    expect(rows).toEqual(seed.statements.map((s) => expectedRow(seedIndex, s.id)));
    expect(rows[0]).toMatchObject({
      statement_id: 's01',
      actor: 'Volodymyr Zelensky',
      stance_label: 'Asserts',
      polarity: '1',
      source: 'TIME: Zelensky says North Korea is preparing to send 10,000 troops to help Russia',
    });
  });

  it('leaves out what the filters hide', () => {
    const visibility = shown(seedIndex, { hiddenStances: ['asserts'], hiddenKinds: ['group'] });
    const { rows } = readBack(statementsCsv(seedIndex, visibility));
    const ids = seed.statements.filter((s) => visibility.statements.has(s.id)).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(seed.statements.length);
    expect(rows).toEqual(ids.map((id) => expectedRow(seedIndex, id)));
  });

  it('starts with a byte order mark and ends its lines with CRLF', () => {
    const text = statementsCsv(seedIndex, shown(seedIndex, {}));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.startsWith('\uFEFFstatement_id,actor,actor_id,stance,')).toBe(true);
    // The seed has no line break inside a cell, so every line break is a record separator.
    expect(text.match(/\r\n/g)).toHaveLength(seed.statements.length);
    expect(/[^\r]\n|\r(?!\n)/.test(text)).toBe(false);
    expect(text.endsWith('\r\n')).toBe(false);
  });

  it('is only the header when nothing is shown', () => {
    const nothing: Visibility = {
      actors: new Set(),
      claims: new Set(),
      statements: new Set(),
      affiliations: new Set(),
    };
    expect(statementsCsv(seedIndex, nothing)).toBe(`\uFEFF${STATEMENT_COLUMNS.join(',')}`);
  });
});

describe('statementsCsv with awkward text', () => {
  const dataset: Dataset = {
    format: 'stancegraph',
    version: 1,
    sources: [
      { id: 'tass', publisher: 'ТАСС', title: 'Заявление', url: 'https://tass.ru/x?a=1,2' },
      { id: 'yonhap', title: '연합뉴스 보도' },
    ],
    actors: [
      { id: 'peskov', name: 'Дмитрий Песков', kind: 'person' },
      { id: 'yoon', name: '윤석열', kind: 'person' },
      { id: 'evil', name: '=HYPERLINK("http://example.com","click")', kind: 'other' },
      { id: 'rtl', name: 'وزارة الخارجية', kind: 'organization' },
    ],
    claims: [{ id: 'c1', text: 'Troops, "volunteers", or neither?' }],
    statements: [
      {
        id: 's1',
        actor: 'peskov',
        claim: 'c1',
        stance: 'denies',
        quote: 'He said, "no troops";\nthen left.\r\nEnd.',
        source: 'tass',
        place: 'Москва',
      },
      { id: 's2', actor: 'yoon', claim: 'c1', stance: 'asserts', source: 'yonhap', date: '2024' },
      { id: 's3', actor: 'evil', claim: 'c1', stance: 'evaluates', note: '+1 for this' },
      { id: 's4', actor: 'rtl', claim: 'c1', stance: 'doubts', quote: '-2', place: '@home' },
      { id: 's5', actor: 'rtl', claim: 'c1', stance: 'doubts', quote: '\tindented' },
      { id: 's6', actor: 'rtl', claim: 'c1', stance: 'doubts', quote: '\rreturn' },
      // papaparse's own pattern misses a formula that goes on over a line break.
      { id: 's7', actor: 'rtl', claim: 'c1', stance: 'doubts', quote: '=1+1\nsecond line' },
      { id: 's8', actor: 'rtl', claim: 'c1', stance: 'doubts', quote: 'a = b - c, @ and +' },
    ],
  };
  const index = buildGraphIndex(dataset);
  const text = statementsCsv(index, shown(index, {}));
  const { rows } = readBack(text);
  const row = (id: string) => rows.find((r) => r.statement_id === id);

  it('round-trips commas, double quotes and line breaks in a cell', () => {
    expect(rows).toHaveLength(8);
    expect(row('s1')?.quote).toBe('He said, "no troops";\nthen left.\r\nEnd.');
    expect(row('s1')?.claim).toBe('Troops, "volunteers", or neither?');
    expect(row('s1')?.source_url).toBe('https://tass.ru/x?a=1,2');
  });

  it('round-trips non-Latin names and text', () => {
    expect(row('s1')).toMatchObject({
      actor: 'Дмитрий Песков',
      place: 'Москва',
      source: 'ТАСС: Заявление',
    });
    expect(row('s2')).toMatchObject({ actor: '윤석열', source: '연합뉴스 보도', date: '2024' });
    expect(row('s4')?.actor).toBe('وزارة الخارجية');
  });

  it('writes polarity as a number, even -1', () => {
    expect(row('s1')?.polarity).toBe('-1');
    expect(row('s3')?.polarity).toBe('0');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(row('s3')?.actor).toBe(`'=HYPERLINK("http://example.com","click")`);
    expect(row('s3')?.note).toBe("'+1 for this");
    expect(row('s4')?.quote).toBe("'-2");
    expect(row('s4')?.place).toBe("'@home");
    expect(row('s5')?.quote).toBe("'\tindented");
    expect(row('s6')?.quote).toBe("'\rreturn");
    expect(row('s7')?.quote).toBe("'=1+1\nsecond line");
    // Only the first character counts.
    expect(row('s8')?.quote).toBe('a = b - c, @ and +');
    // No cell of the file starts with a formula character.
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@]/);
  });
});

describe('statementsCsv from the actor view', () => {
  it('adds the node each statement counts for and its metrics', () => {
    const grouping = actorGrouping(seedIndex, 'organisations');
    const metrics = {
      values: {
        degree: new Map([['ukraine', 2]]),
        weightedDegree: new Map([['ukraine', 3]]),
        betweenness: new Map([['ukraine', 0.5]]),
        eigenvector: new Map([['ukraine', 0.25]]),
      },
      community: new Map([['ukraine', 1]]),
    };
    const { fields, rows } = readBack(
      statementsCsv(seedIndex, shown(seedIndex, {}), { grouping, metrics }),
    );
    expect(fields).toEqual([...STATEMENT_COLUMNS, ...NODE_COLUMNS]);
    const zelensky = rows.find((row) => row.actor_id === 'zelensky')!;
    expect(zelensky).toMatchObject({
      node: 'Ukraine',
      node_id: 'ukraine',
      node_degree: '2',
      node_weighted_degree: '3',
      node_betweenness: '0.5',
      node_eigenvector: '0.25',
      node_community: '1',
    });
    // A node without metrics (not computed for it) has empty cells, not zeros.
    const putin = rows.find((row) => row.actor_id === 'putin')!;
    expect(putin).toMatchObject({ node: 'Russia', node_id: 'russia', node_degree: '' });
  });
});
