// The published JSON Schema of the format, generated from the zod schemas so the two cannot
// drift apart. Not part of the app's bundle: scripts/writeSchema.ts and a test use it.
import { z } from 'zod';
import { DatasetSchema, FORMAT_NAME, FORMAT_VERSION } from './schema';
import { DEFAULT_STANCES } from './stances';

/** The `$id` of the published schema. */
export const SCHEMA_ID = `urn:${FORMAT_NAME}:schema:${FORMAT_VERSION}`;

/**
 * Returns the JSON Schema (draft 2020-12) of a stancegraph dataset, version 1, as a plain object.
 * It checks structure only; the rules across records are stated in its description.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: SCHEMA_ID,
    title: `${FORMAT_NAME} dataset, version ${FORMAT_VERSION}`,
    description:
      'Who said what about which claim: actors take stances on claims, each stance is one ' +
      'statement. Unknown fields are allowed at every level and kept. Rules a JSON Schema cannot ' +
      'express, which the app also enforces: actor and claim ids are unique together, source, ' +
      'statement and custom stance ids each unique; statements[].actor, actors[].memberOf[] and ' +
      'claims[].about[] name actors, statements[].claim a claim, statements[].source a source, ' +
      'statements[].stance a stance of the vocabulary in force (the custom "stances" when ' +
      `present, else ${DEFAULT_STANCES.map((stance) => stance.id).join(', ')}); dates are ` +
      'real calendar dates; URLs parse.',
    ...body,
  };
}

/** Returns the text of data/stancegraph.schema.json: the schema, pretty-printed, newline-ended. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
