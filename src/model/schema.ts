// The records of the stancegraph format, version 1 (see docs/FORMAT.md), as zod schemas and the
// TypeScript types inferred from them. Every object is loose: fields this version does not know
// are kept, so loading a file and exporting it again loses nothing.
//
// The schemas carry their own plain-English messages (never zod's defaults), so a problem reads
// like `expected a string, got number` wherever it comes from. Referential rules (unique ids,
// resolved references) cannot be written in zod per record: parseDataset.ts checks them.
import { z } from 'zod';
import { readCssColour } from './cssColour';
import {
  ACTOR_KINDS,
  DATE_PATTERN,
  FORMAT_NAME,
  FORMAT_VERSION,
  HTTP_URL_PATTERN,
  isHttpUrl,
  isRealDate,
  POLARITIES,
} from './formatRules';

export {
  ACTOR_KINDS,
  DATE_PATTERN,
  FORMAT_NAME,
  FORMAT_VERSION,
  isHttpUrl,
  isRealDate,
  POLARITIES,
} from './formatRules';

const MAX_QUOTED = 60;

/** Returns the value as it would be written in JSON, shortened when long, for a message. */
export function quoteValue(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  const short = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return JSON.stringify(short);
}

/** Returns the JSON name of the value's type: string, number, boolean, null, array or object. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

const MISSING = 'required field is missing';

// zod 4 hands a missing key to the schema as `undefined`; JSON itself has no undefined, so an
// undefined input always means the field was absent.
function isMissing(issue: z.core.$ZodRawIssue): boolean {
  return issue.input === undefined;
}

const typeError: z.core.$ZodErrorMap = (issue) => {
  if (isMissing(issue)) return MISSING;
  if (issue.code === 'invalid_type') {
    return `expected ${withArticle(issue.expected)}, got ${jsonTypeOf(issue.input)}`;
  }
  return undefined;
};

const text = () => z.string({ error: typeError });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: typeError });
const idList = () => list(text());

export const DateSchema = text()
  .regex(DATE_PATTERN, {
    error: (issue) => `${quoteValue(issue.input)} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`,
  })
  // Only well-formed dates are judged here, so a malformed one gets one message, not two.
  .refine((value) => !DATE_PATTERN.test(value) || isRealDate(value), {
    error: (issue) => `${quoteValue(issue.input)} is not a real date`,
  })
  .describe(
    'A calendar date in ISO 8601, full or partial: "2024-10-17", "2024-06" or "2024"; it must ' +
      'be a real date (no "2024-02-30").',
  );

const urlError = (issue: z.core.$ZodRawIssue) =>
  `${quoteValue(issue.input)} is not an http or https URL`;

export const UrlSchema = text()
  .regex(HTTP_URL_PATTERN, { error: urlError })
  .refine((value) => !HTTP_URL_PATTERN.test(value) || isHttpUrl(value), { error: urlError })
  .describe('An http or https URL.');

const colourError = (issue: z.core.$ZodRawIssue) => {
  const reading = readCssColour(String(issue.input));
  return reading.ok ? undefined : reading.message;
};

// The text is kept as the file has it (export writes it back unchanged); the style table turns it
// into the form the graph, the legends and exported images all draw (model/styleTable.ts).
export const ColourSchema = text().refine((value) => readCssColour(value).ok, {
  error: colourError,
});

export const PolaritySchema = z
  .literal(POLARITIES, {
    error: (issue) => (isMissing(issue) ? MISSING : 'polarity must be -1, 0 or 1'),
  })
  .describe('+1: for the claim, -1: against it, 0: neither.');

export const ActorKindSchema = z
  .enum(ACTOR_KINDS, {
    error: (issue) => {
      if (isMissing(issue)) return MISSING;
      if (typeof issue.input !== 'string')
        return `expected a string, got ${jsonTypeOf(issue.input)}`;
      return `unknown kind ${quoteValue(issue.input)} (expected person, state, organization, group or other)`;
    },
  })
  .describe('"group": an unnamed collective such as "Ukrainian officials".');

export const StanceSchema = z
  .looseObject(
    {
      id: text().describe('Unique among the stances of the vocabulary.'),
      label: text(),
      polarity: PolaritySchema,
      color: ColourSchema.optional().describe('A CSS colour.'),
    },
    { error: typeError },
  )
  .describe('One stance of a custom vocabulary.');

export const SourceSchema = z
  .looseObject(
    {
      id: text().describe('Unique among sources.'),
      title: text().optional(),
      publisher: text().optional().describe('e.g. "TIME"'),
      published: DateSchema.optional(),
      url: UrlSchema.optional(),
      text: text()
        .optional()
        .describe(
          "The source's full text, so statements can be coded from it and quotes checked against it.",
        ),
    },
    { error: typeError },
  )
  .describe('Where a quote comes from.');

export const ActorSchema = z
  .looseObject(
    {
      id: text().describe('Unique among actors and claims.'),
      name: text().describe('Display name.'),
      kind: ActorKindSchema,
      role: text().optional().describe('e.g. "NATO Secretary General"'),
      memberOf: idList()
        .optional()
        .describe('Ids of the actors (states, organisations) this one belongs to or speaks for.'),
      aliases: list(text()).optional().describe('Other spellings and names.'),
      country: text().optional().describe('ISO 3166-1 alpha-3, e.g. "UKR".'),
    },
    { error: typeError },
  )
  .describe('Someone who takes stances: a person, state, organization or group.');

export const ClaimSchema = z
  .looseObject(
    {
      id: text().describe('Unique among actors and claims.'),
      text: text().describe('The proposition, stated neutrally.'),
      about: idList().optional().describe('Ids of the actors the claim is about.'),
      topic: text().optional(),
    },
    { error: typeError },
  )
  .describe('A proposition actors take stances on.');

const spanError = (issue: z.core.$ZodRawIssue) =>
  isMissing(issue) ? MISSING : 'expected [start, end]: two whole numbers from 0, start before end';

// One check, so an index that is both fractional and negative gets one message, not two.
const spanIndex = () =>
  z
    .number({ error: spanError })
    .refine((n) => Number.isSafeInteger(n) && n >= 0, { error: spanError });

export const SpanSchema = z
  .tuple([spanIndex(), spanIndex()], { error: spanError })
  .refine(([start, end]) => start < end, { error: spanError });

const positionError = (issue: z.core.$ZodRawIssue) =>
  isMissing(issue) ? MISSING : 'expected a position [x, y]: two finite numbers';

const coordinate = () => z.number({ error: positionError });

// JSON numbers such as 1e999 parse to Infinity, so finiteness is checked, not assumed.
const PositionSchema = z
  .tuple([coordinate(), coordinate()], { error: positionError })
  .refine((position) => position.every(Number.isFinite), { error: positionError });

const positionsOf = (view: string) =>
  z
    .record(z.string(), PositionSchema, { error: typeError })
    .optional()
    .describe(`Saved node positions of the ${view} view, by actor or claim id.`);

export const LayoutSchema = z
  .looseObject(
    { claims: positionsOf('claims'), actors: positionsOf('actors') },
    { error: typeError },
  )
  .describe('Saved node positions per view, so an arranged picture comes back exactly.');

export const StatementSchema = z
  .looseObject(
    {
      id: text().describe('Unique among statements.'),
      actor: text().describe('Id of the actor who takes the stance.'),
      claim: text().describe('Id of the claim.'),
      stance: text().describe('Id of a stance of the vocabulary in force.'),
      date: DateSchema.optional().describe('When the stance was taken.'),
      place: text().optional().describe('Where, e.g. "Brussels".'),
      quote: text().optional().describe('The words of the source that carry the stance.'),
      source: text().optional().describe('Id of the source the quote comes from.'),
      note: text().optional().describe("The coder's remark."),
      span: SpanSchema.optional().describe(
        "Where the quote sits in its source's text: [start, end), in UTF-16 code units.",
      ),
    },
    { error: typeError },
  )
  .describe('One actor taking one stance on one claim.');

export const DatasetSchema = z.looseObject(
  {
    format: z
      .literal(FORMAT_NAME, {
        error: (issue) => (isMissing(issue) ? MISSING : `format must be "${FORMAT_NAME}"`),
      })
      .describe('Tells this format apart from other JSON graphs.'),
    version: z
      .literal(FORMAT_VERSION, {
        error: (issue) => {
          if (isMissing(issue)) return MISSING;
          if (typeof issue.input !== 'number') {
            return `expected a number, got ${jsonTypeOf(issue.input)}`;
          }
          return `version ${issue.input} is not supported (this app reads version ${FORMAT_VERSION})`;
        },
      })
      .describe('The format version.'),
    title: text().optional().describe('The name of the dataset.'),
    description: text().optional(),
    stances: list(StanceSchema)
      .optional()
      .describe('A custom stance vocabulary; when absent, the six default stances.'),
    sources: list(SourceSchema).optional(),
    actors: list(ActorSchema),
    claims: list(ClaimSchema),
    statements: list(StatementSchema),
    layout: LayoutSchema.optional(),
  },
  { error: typeError },
);

export type Dataset = z.infer<typeof DatasetSchema>;
export type StanceDef = z.infer<typeof StanceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Layout = z.infer<typeof LayoutSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Polarity = (typeof POLARITIES)[number];
/** A date string that matches DATE_PATTERN and is a real date. */
export type IsoDate = z.infer<typeof DateSchema>;
