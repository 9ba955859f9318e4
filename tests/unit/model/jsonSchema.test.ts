import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, renderJsonSchema, SCHEMA_ID } from '../../../src/model/jsonSchema';

const committed = readFileSync(
  new URL('../../../data/stancegraph.schema.json', import.meta.url),
  'utf8',
);

describe('data/stancegraph.schema.json', () => {
  it('is what the zod schema generates', () => {
    expect(
      committed,
      'data/stancegraph.schema.json is stale: run `npm run schema` and commit the result',
    ).toBe(renderJsonSchema());
  });

  it('is the parsed form of buildJsonSchema()', () => {
    expect(JSON.parse(committed)).toEqual(buildJsonSchema());
  });

  it('names itself and describes the format', () => {
    const schema = buildJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: SCHEMA_ID,
      type: 'object',
      required: ['format', 'version', 'actors', 'claims', 'statements'],
      properties: {
        format: { const: 'stancegraph' },
        version: { const: 1 },
        actors: { items: { required: ['id', 'name', 'kind'], additionalProperties: {} } },
        statements: { items: { required: ['id', 'actor', 'claim', 'stance'] } },
      },
    });
    expect(schema['title']).toEqual(expect.any(String));
    expect(schema['description']).toEqual(expect.stringContaining('unique'));
  });

  it('allows unknown fields at every level', () => {
    const text = renderJsonSchema();
    expect(text).not.toContain('"additionalProperties": false');
    // The dataset, stances, sources, actors, claims, statements, and the layout.
    expect(text.match(/"additionalProperties": \{\}/g)).toHaveLength(7);
  });
});
