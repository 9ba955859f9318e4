// Seeded synthetic stancegraph datasets for the benchmark (run by bench/run.ts, or alone with
// `npx tsx bench/generate.ts`). The same seed always gives the same file, byte for byte.
//
// The shape follows a real coded debate (the 2,388-statement datasets issue 13 was measured on): a
// few hundred actors, most of them members of a handful of parties, arguing over about a hundred
// claims through one year. Activity is heavy-tailed (Zipf), so a few actors speak constantly and a
// few claims draw most of the statements; every actor and claim takes part in at least one
// statement. Larger files are more statements of the same debate, not more actors: at 50,000
// statements most actor–claim pairs are coded many times. Small files (100 statements) have
// statements / 8 actors and statements / 5 claims. The default stance vocabulary; aliases and
// `about`; partial and full dates within the year; quotes of news-quote length with their sources.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../src/model/parseDataset';
import { mulberry32 } from '../src/model/seededRandom';

export { mulberry32 };

export const BENCH_SIZES = [100, 2_000, 10_000, 50_000] as const;

/** A debate's cast and agenda: they stop growing here, however many statements are coded. */
const MAX_ACTORS = 300;
const MAX_CLAIMS = 100;
const MAX_SOURCES = 400;
const PARTIES = 8;
const PARTY = 'Party';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** What run.ts needs to know about a generated file, without reading it again. */
export interface GeneratedInfo {
  statements: number;
  path: string;
  bytes: number;
  actors: number;
  claims: number;
  /** Distinct pairs of nodes tied by a statement or a membership: what a force layout works on. */
  pairs: number;
  /** The name of an actor of middling activity, unique in the file: the search target. */
  searchName: string;
  searchId: string;
  /** Ids used to tell that the graph on screen is this dataset. */
  lastActorId: string;
  firstClaimId: string;
  /** The text of the first claim (the edit step types part of it to find it). */
  firstClaimText: string;
}

/** Draws ranks 0..n-1 with probability ∝ 1 / (rank + 1)^s (a Zipf law). */
function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, s);
    cumulative[i] = total;
  }
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function weighted<T>(random: () => number, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let x = random() * total;
  for (const [value, w] of choices) {
    x -= w;
    if (x < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

const FIRST = [
  'Anna',
  'Boris',
  'Chen',
  'Dilnoza',
  'Emil',
  'Fatima',
  'Giorgi',
  'Hana',
  'Ivan',
  'Jae-won',
  'Katarzyna',
  'Lars',
  'Maria',
  'Nikolai',
  'Olena',
  'Pedro',
  'Quentin',
  'Rania',
  'Sergei',
  'Tomás',
  'Ulla',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Ahmed',
  'Brigitte',
  'Carlos',
  'Daria',
];
const LAST = [
  'Abramov',
  'Becker',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Horvat',
  'Ivanova',
  'Jensen',
  'Kim',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrenko',
  'Quispe',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usmanov',
  'Varga',
  'Wójcik',
  'Xu',
  'Yilmaz',
  'Zhukov',
  'Andersson',
  'Bianchi',
  'Castillo',
  'Demir',
  'Esposito',
  'Ferreira',
  'Gómez',
  'Halvorsen',
  'Iqbal',
];
const PLACE_ROOTS = [
  'Nor',
  'Vel',
  'Ast',
  'Kar',
  'Mir',
  'Sol',
  'Tav',
  'Ber',
  'Lum',
  'Zan',
  'Ost',
  'Ria',
  'Dor',
  'Kel',
];
const PLACE_ENDS = ['ania', 'istan', 'ova', 'land', 'ia', 'eria', 'mark', 'avia', 'onia', 'ara'];
const GROUPS = [
  'officials',
  'military sources',
  'lawmakers',
  'intelligence officials',
  'diplomats',
  'analysts',
  'state media',
  'opposition leaders',
  'activists',
  'residents',
];
const ROLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Spokesperson',
  'Secretary General',
  'Ambassador',
  'Senator',
  'Analyst',
  'Army Chief of Staff',
  'Envoy',
];
const COUNTRIES = [
  'UKR',
  'RUS',
  'PRK',
  'KOR',
  'USA',
  'DEU',
  'FRA',
  'GBR',
  'POL',
  'CHN',
  'JPN',
  'TUR',
  'IRN',
];
const TOPICS = [
  'troops',
  'sanctions',
  'ceasefire',
  'energy',
  'elections',
  'weapons',
  'refugees',
  'trade',
  'cyber',
  'nuclear',
  'aid',
  'borders',
  'media',
  'courts',
  'climate',
  'health',
];
const SUBJECT_VERBS = [
  'is preparing to send',
  'has secretly supplied',
  'plans to withdraw',
  'will not recognise',
  'is funding',
  'has violated',
  'is negotiating over',
  'deliberately targeted',
  'is exaggerating the threat of',
  'intends to expand',
];
const OBJECTS = [
  'ten thousand troops to the front',
  'artillery shells and ballistic missiles',
  'the grain corridor agreement',
  'the results of the regional elections',
  'disinformation campaigns abroad',
  'the ceasefire along the northern border',
  'new sanctions on the banking sector',
  'the nuclear power plant',
  'humanitarian corridors for civilians',
  'a naval base on the coast',
  'drone factories near the capital',
  'the peace talks in Geneva',
];
const WORDS = (
  'the we they said that have been are will not this our with is for on in of to and it as by ' +
  'government people country forces evidence reports situation region security talks support ' +
  'decision position allies partners international community information intelligence public ' +
  'statement claims action response attack defence sovereignty agreement negotiations troops ' +
  'border military economic political clearly completely absolutely never always must should ' +
  'cannot would could there no any every serious concern question responsibility consequences ' +
  'today yesterday weeks months now again already still further immediately officially'
).split(' ');
const PUBLISHERS = ['TIME', 'Reuters', 'AP', 'BBC', 'Le Monde', 'Kyiv Independent', 'Yonhap'];
const PLACES = ['Brussels', 'Kyiv', 'Moscow', 'Seoul', 'Washington', 'Geneva', 'Berlin', 'Warsaw'];

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, WORDS));
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** A news quote: one to four sentences, about 80–450 characters. */
function quote(random: () => number): string {
  const sentences = 1 + Math.floor(random() * random() * 4);
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(sentence(random, 8 + Math.floor(random() * 14)));
  return parts.join(' ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The debate's year: every date falls within it. */
const YEAR = 2023;

function date(random: () => number): string {
  const year = YEAR;
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const precision = random();
  if (precision < 0.05) return String(year);
  if (precision < 0.2) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

type Json = Record<string, unknown>;

/** Builds the dataset of about `statements` statements from `seed`. */
export function generateDataset(statements: number, seed = 20241017): Json {
  const random = mulberry32(seed ^ statements);
  const actorCount = Math.max(4, Math.min(MAX_ACTORS, Math.round(statements / 8)));
  const claimCount = Math.max(2, Math.min(MAX_CLAIMS, Math.round(statements / 5)));
  const sourceCount = Math.max(2, Math.min(MAX_SOURCES, Math.round(statements / 25)));

  // Parties first (what the others are members of), then people and groups; the activity ranks
  // are shuffled so the busiest actors are of every kind.
  const partyCount = Math.max(1, Math.min(PARTIES, Math.round(actorCount * 0.03)));
  const actors: Json[] = [];
  const usedNames = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let n = 2; usedNames.has(candidate); n++) candidate = `${name} (${n})`;
    usedNames.add(candidate);
    return candidate;
  };
  // Some parties are much larger than others.
  const partyOfMember = zipfSampler(partyCount, 0.8, random);
  for (let i = 0; i < actorCount; i++) {
    const id = `a${i + 1}`;
    if (i < partyCount) {
      const name = unique(`${pick(random, PLACE_ROOTS)}${pick(random, PLACE_ENDS)} ${PARTY}`);
      actors.push({ id, name, kind: 'organization' });
      continue;
    }
    const kind = weighted(random, [
      ['person', 0.85],
      ['group', 0.1],
      ['other', 0.05],
    ] as const);
    const actor: Json = { id, kind };
    if (kind === 'person') {
      actor.name = unique(`${pick(random, FIRST)} ${pick(random, LAST)}`);
      if (random() < 0.6) actor.role = pick(random, ROLES);
      if (random() < 0.5) actor.country = pick(random, COUNTRIES);
      if (random() < 0.15) actor.aliases = [String(actor.name).split(' ')[1]];
    } else if (kind === 'group') {
      actor.name = unique(
        `${pick(random, PLACE_ROOTS)}${pick(random, PLACE_ENDS)} ${pick(random, GROUPS)}`,
      );
    } else {
      actor.name = unique(`Account @${pick(random, LAST).toLowerCase()}${i}`);
    }
    // Most speak for a party.
    if (random() < 0.85) actor.memberOf = [`a${partyOfMember() + 1}`];
    actors.push(actor);
  }

  const actorRank = shuffledRanks(actorCount, random);
  const claimRank = shuffledRanks(claimCount, random);
  const nextActor = zipfSampler(actorCount, 1.05, random);
  const nextClaim = zipfSampler(claimCount, 0.95, random);
  const actorByActivity = () => actorRank[nextActor()]!;
  const claimByPopularity = () => claimRank[nextClaim()]!;

  const claims: Json[] = [];
  for (let i = 0; i < claimCount; i++) {
    const subject = actors[actorByActivity()]!;
    const text = `${String(subject.name)} ${pick(random, SUBJECT_VERBS)} ${pick(random, OBJECTS)}`;
    const claim: Json = { id: `c${i + 1}`, text };
    if (random() < 0.5) claim.about = [subject.id];
    if (random() < 0.7) claim.topic = pick(random, TOPICS);
    claims.push(claim);
  }

  const sources: Json[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const publisher = pick(random, PUBLISHERS);
    sources.push({
      id: `src${i + 1}`,
      title: sentence(random, 6 + Math.floor(random() * 6)).slice(0, -1),
      publisher,
      published: date(random),
      url: `https://news.example.org/${publisher.toLowerCase().replace(/\s+/g, '-')}/${i + 1}`,
    });
  }
  const nextSource = zipfSampler(sourceCount, 1.0, random);

  // Each actor and claim once, then the rest drawn by activity and popularity; shuffled.
  const pairs: [number, number][] = [];
  for (let a = 0; a < actorCount && pairs.length < statements; a++) {
    pairs.push([a, claimByPopularity()]);
  }
  for (let c = 0; c < claimCount && pairs.length < statements; c++) {
    pairs.push([actorByActivity(), c]);
  }
  while (pairs.length < statements) pairs.push([actorByActivity(), claimByPopularity()]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }

  const list: Json[] = pairs.map(([a, c], i) => {
    const statement: Json = {
      id: `s${i + 1}`,
      actor: actors[a]!.id,
      claim: claims[c]!.id,
      stance: weighted(random, [
        ['asserts', 0.34],
        ['denies', 0.18],
        ['accuses', 0.14],
        ['agrees', 0.13],
        ['doubts', 0.12],
        ['evaluates', 0.09],
      ] as const),
    };
    if (random() < 0.88) statement.date = date(random);
    if (random() < 0.3) statement.place = pick(random, PLACES);
    if (random() < 0.75) {
      statement.quote = quote(random);
      if (random() < 0.9) statement.source = `src${nextSource() + 1}`;
    }
    if (random() < 0.05) statement.note = 'without providing evidence';
    return statement;
  });

  return {
    format: 'stancegraph',
    version: 1,
    title: `Synthetic benchmark, ${statements.toLocaleString('en-US')} statements`,
    description: `Generated by bench/generate.ts with seed ${seed}: a debate of ${actors.length} actors in ${partyCount} parties over ${claimCount} claims, Zipf-distributed activity.`,
    sources,
    actors,
    claims,
    statements: list,
  };
}

/** Ranks 0..n-1 in a random order: rank r of the Zipf law is item shuffled[r]. */
function shuffledRanks(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Writes bench/data/statements-<n>.json for each size; throws when the app would refuse one. */
export function generateAll(sizes: readonly number[] = BENCH_SIZES): GeneratedInfo[] {
  mkdirSync(DATA_DIR, { recursive: true });
  return sizes.map((size) => {
    const dataset = generateDataset(size);
    const text = JSON.stringify(dataset);
    const checked = parseDataset(text);
    if (!checked.ok) {
      const first = checked.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
      throw new Error(`generated ${size} is invalid:\n${first.join('\n')}`);
    }
    const path = join(DATA_DIR, `statements-${size}.json`);
    writeFileSync(path, text);
    return describe(dataset, size, path, Buffer.byteLength(text));
  });
}

function describe(dataset: Json, size: number, path: string, bytes: number): GeneratedInfo {
  const actors = dataset.actors as { id: string; name: string; kind: string }[];
  const claims = dataset.claims as { id: string; text: string }[];
  const statements = dataset.statements as { actor: string; claim: string; stance: string }[];
  const ties = new Set<string>();
  for (const s of statements) ties.add(`${s.actor} ${s.claim}`);
  for (const a of actors as { id: string; memberOf?: string[] }[])
    for (const party of a.memberOf ?? []) ties.add(`${a.id} ${party}`);
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.actor, (counts.get(s.actor) ?? 0) + 1);
  // A person of middling activity (a few statements), so it is neither a hub nor a leaf.
  const people = actors
    .filter((a) => a.kind === 'person' && !/\(\d+\)$/.test(a.name))
    .sort((x, y) => (counts.get(y.id) ?? 0) - (counts.get(x.id) ?? 0));
  const target = people[Math.floor(people.length / 4)] ?? actors[0]!;
  return {
    statements: size,
    path,
    bytes,
    actors: actors.length,
    claims: claims.length,
    pairs: ties.size,
    searchName: target.name,
    searchId: target.id,
    lastActorId: actors[actors.length - 1]!.id,
    firstClaimId: claims[0]!.id,
    firstClaimText: claims[0]!.text,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const info of generateAll()) {
    const mb = (info.bytes / 1024 / 1024).toFixed(1);
    console.log(
      `${info.path}: ${info.statements} statements, ${info.actors} actors, ${info.claims} claims, ${mb} MB`,
    );
  }
}
