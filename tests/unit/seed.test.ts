// The seed dataset (data/north-korea-troops.json), checked on its own terms: every quote is
// verbatim in the stored copy of the article, every reference resolves, ids are unique and every
// date is a real ISO 8601 date. It deliberately does not import from src/: the validator there is
// checked against this file separately.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Source {
  id: string;
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
  file?: string;
  text?: string;
}

interface Actor {
  id: string;
  name: string;
  kind: string;
  role?: string;
  memberOf?: string[];
  aliases?: string[];
  country?: string;
}

interface Claim {
  id: string;
  text: string;
  about?: string[];
  topic?: string;
}

interface Statement {
  id: string;
  actor: string;
  claim: string;
  stance: string;
  date?: string;
  place?: string;
  quote?: string;
  source?: string;
  note?: string;
  span?: [number, number];
}

interface Dataset {
  format: string;
  version: number;
  title?: string;
  description?: string;
  stances?: unknown[];
  sources?: Source[];
  actors: Actor[];
  claims: Claim[];
  statements: Statement[];
}

const dataUrl = new URL('../../data/north-korea-troops.json', import.meta.url);
const articleUrl = new URL(
  '../../data/sources/time-2024-10-17-north-korea-troops.txt',
  import.meta.url,
);

const dataset = JSON.parse(readFileSync(dataUrl, 'utf8')) as Dataset;
const article = readFileSync(articleUrl, 'utf8');
const sources = dataset.sources ?? [];

const DEFAULT_STANCES = ['asserts', 'agrees', 'accuses', 'denies', 'doubts', 'evaluates'];
const KINDS = ['person', 'state', 'organization', 'group', 'other'];
const TITLE_CLAIM = 'nk-troops-for-russia';
const TITLE_QUOTE =
  'We know about 10,000 soldiers of North Korea, that they are preparing to send to fight against us';

/** A full or partial ISO 8601 calendar date that exists: "2024-10-17", "2024-06" or "2024". */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

describe('the date checker used below', () => {
  it('accepts real full and partial dates and refuses the rest', () => {
    for (const good of ['2024', '2024-06', '2024-10-17', '2024-02-29', '2000-02-29']) {
      expect(isIsoDate(good), good).toBe(true);
    }
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13', '2024-00', '2024-10-32', '24', '']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});

describe('seed dataset: data/north-korea-troops.json', () => {
  it('is a stancegraph version 1 document using the default stance vocabulary', () => {
    expect(dataset.format).toBe('stancegraph');
    expect(dataset.version).toBe(1);
    expect(dataset.stances).toBeUndefined();
    expect(Array.isArray(dataset.actors)).toBe(true);
    expect(Array.isArray(dataset.claims)).toBe(true);
    expect(Array.isArray(dataset.statements)).toBe(true);
    expect(dataset.statements.length).toBeGreaterThan(0);
  });

  it('has unique ids: actors and claims share one space, statements and sources their own', () => {
    expect(duplicates([...dataset.actors, ...dataset.claims].map((x) => x.id))).toEqual([]);
    expect(duplicates(dataset.statements.map((s) => s.id))).toEqual([]);
    expect(duplicates(sources.map((s) => s.id))).toEqual([]);
  });

  it('has the required fields with known values', () => {
    for (const actor of dataset.actors) {
      expect(actor.id, 'actor id').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(actor.name.length, `${actor.id}.name`).toBeGreaterThan(0);
      expect(KINDS, `${actor.id}.kind`).toContain(actor.kind);
      if (actor.country !== undefined) expect(actor.country, actor.id).toMatch(/^[A-Z]{3}$/);
    }
    for (const claim of dataset.claims) {
      expect(claim.id, 'claim id').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(claim.text.length, `${claim.id}.text`).toBeGreaterThan(0);
    }
    for (const statement of dataset.statements) {
      expect(DEFAULT_STANCES, `${statement.id}.stance`).toContain(statement.stance);
    }
  });

  it('resolves every reference', () => {
    const actorIds = new Set(dataset.actors.map((a) => a.id));
    const claimIds = new Set(dataset.claims.map((c) => c.id));
    const sourceIds = new Set(sources.map((s) => s.id));
    const broken: string[] = [];
    dataset.actors.forEach((actor, i) => {
      actor.memberOf?.forEach((ref, j) => {
        if (!actorIds.has(ref)) broken.push(`actors[${i}].memberOf[${j}] = ${ref}`);
      });
    });
    dataset.claims.forEach((claim, i) => {
      claim.about?.forEach((ref, j) => {
        if (!actorIds.has(ref)) broken.push(`claims[${i}].about[${j}] = ${ref}`);
      });
    });
    dataset.statements.forEach((s, i) => {
      if (!actorIds.has(s.actor)) broken.push(`statements[${i}].actor = ${s.actor}`);
      if (!claimIds.has(s.claim)) broken.push(`statements[${i}].claim = ${s.claim}`);
      if (s.source !== undefined && !sourceIds.has(s.source)) {
        broken.push(`statements[${i}].source = ${s.source}`);
      }
    });
    expect(broken).toEqual([]);
  });

  it('dates every statement and source with a real ISO 8601 date, when dated', () => {
    const bad: string[] = [];
    dataset.statements.forEach((s, i) => {
      if (s.date !== undefined && !isIsoDate(s.date)) bad.push(`statements[${i}].date = ${s.date}`);
    });
    sources.forEach((s, i) => {
      if (s.published !== undefined && !isIsoDate(s.published)) {
        bad.push(`sources[${i}].published = ${s.published}`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('quotes the article verbatim in every statement', () => {
    const missing: string[] = [];
    for (const s of dataset.statements) {
      expect(s.quote, `${s.id} has a quote`).toBeTypeOf('string');
      expect(s.source, `${s.id} has a source`).toBe('time-2024-10-17');
      if (s.quote !== undefined && (s.quote.length === 0 || !article.includes(s.quote))) {
        missing.push(`${s.id}: ${s.quote}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("carries the article's full text, the stored copy exactly, with every quote's span in it", () => {
    const [source] = sources;
    expect(source?.text).toBe(article);
    const wrong: string[] = [];
    for (const s of dataset.statements) {
      const [start, end] = s.span ?? [0, 0];
      if (s.span === undefined || article.slice(start, end) !== s.quote)
        wrong.push(`${s.id}: ${JSON.stringify(s.span)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('points its source at the stored copy of the article', () => {
    const [source] = sources;
    expect(sources).toHaveLength(1);
    expect(source?.publisher).toBe('TIME');
    expect(source?.published).toBe('2024-10-17');
    expect(source?.file).toBe('sources/time-2024-10-17-north-korea-troops.txt');
    if (source?.url !== undefined) expect(source.url).toMatch(/^https?:\/\//);
  });
});

// The default vocabulary's polarities, as FORMAT.md's table writes them.
const POLARITY: Record<string, number> = {
  asserts: 1,
  agrees: 1,
  accuses: 1,
  denies: -1,
  doubts: -1,
  evaluates: 0,
};

/** The claims on which two actors took opposite (or the same) non-neutral sides. */
function sides(x: string, y: string): { agree: string[]; conflict: string[] } {
  const polarities = (actor: string, claim: string) =>
    dataset.statements
      .filter((s) => s.actor === actor && s.claim === claim)
      .map((s) => POLARITY[s.stance]!)
      .filter((p) => p !== 0);
  const agree: string[] = [];
  const conflict: string[] = [];
  for (const { id } of dataset.claims) {
    const px = polarities(x, id);
    const py = polarities(y, id);
    if (px.some((p) => py.includes(p))) agree.push(id);
    if (px.some((p) => py.includes(-p))) conflict.push(id);
  }
  return { agree, conflict };
}

describe('the story the sample tells', () => {
  it('codes the troop controversy as one claim that every side takes a stance on', () => {
    const onTroops = dataset.statements.filter((s) => s.claim === TITLE_CLAIM);
    expect(new Map(onTroops.map((s) => [s.actor, s.stance]))).toEqual(
      new Map([
        ['zelensky', 'asserts'],
        ['ukrainian-officials', 'asserts'],
        ['campbell', 'evaluates'],
        ['rutte', 'doubts'],
        ['russia', 'denies'],
      ]),
    );
    // No other claim is about troops being sent: the detail lives in the quotes.
    expect(dataset.claims.filter((c) => c.topic === 'troops').map((c) => c.id)).toEqual([
      TITLE_CLAIM,
    ]);
  });

  it('puts Zelensky in conflict with Russia and with Rutte on it', () => {
    expect(sides('zelensky', 'russia').conflict).toEqual([TITLE_CLAIM]);
    expect(sides('zelensky', 'rutte').conflict).toEqual([TITLE_CLAIM]);
    expect(sides('zelensky', 'ukrainian-officials').agree).toEqual([TITLE_CLAIM]);
    // Campbell is still evaluating: neither for nor against.
    expect(sides('zelensky', 'campbell')).toEqual({ agree: [], conflict: [] });
  });
});

describe('seed article copy: data/sources/time-2024-10-17-north-korea-troops.txt', () => {
  it('is non-empty and carries the key quote of the title claim', () => {
    expect(article.trim().length).toBeGreaterThan(0);
    expect(article).toContain(TITLE_QUOTE);
    const titleStatement = dataset.statements.find(
      (s) => s.claim === TITLE_CLAIM && s.actor === 'zelensky',
    );
    expect(titleStatement?.quote).toBe(TITLE_QUOTE);
  });

  it('keeps the typographic quotes and apostrophes of the original', () => {
    expect(article).toContain('“one more fake.”');
    expect(article).toContain('Russia’s war on Ukraine');
  });
});
