import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { nameSchemas } from '../scripts/lib/name-schemas.ts';
import { type Document, openResponseEnums, schemaDirections } from '../scripts/lib/open-response-enums.ts';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function documentWith(shared: object): Document {
  return {
    openapi: '3.1.0',
    info: { title: 'test', version: '1' },
    paths: {
      '/things': {
        post: {
          requestBody: json(ref('NewThing')),
          responses: { '201': { description: 'made', ...json(ref('Thing')) } },
        },
      },
    },
    components: {
      schemas: {
        Color: { type: 'string', enum: ['red', 'blue'] },
        Shared: shared,
        NewThing: { type: 'object', properties: { color: ref('Color'), shared: ref('Shared') } },
        Thing: {
          type: 'object',
          required: ['object', 'color', 'size'],
          properties: {
            object: { type: 'string', const: 'thing' },
            color: ref('Color'),
            colors: { type: 'array', items: ref('Color') },
            size: { type: 'string', enum: ['s', 'm'] },
            shared: ref('Shared'),
          },
        },
      },
    },
  } as unknown as Document;
}

async function generate(doc: Document): Promise<string> {
  return astToString(nameSchemas(openResponseEnums(await openapiTS(doc as never), doc)));
}

describe('open response enums in the generated types', () => {
  it('tells the schemas of requests from those of responses', () => {
    const { request, response } = schemaDirections(documentWith({ type: 'string' }));
    expect([...request].sort()).toEqual(['Color', 'NewThing', 'Shared']);
    expect([...response].sort()).toEqual(['Color', 'Shared', 'Thing']);
  });

  it('opens the enums a response uses, not those of a request, nor consts, and names every schema', async () => {
    const source = await generate(documentWith({ type: 'string' }));
    expect(source).toContain('export type Color = "red" | "blue";');
    expect(source).toMatch(/export type Thing = \{[^}]*object: "thing";[^}]*color: Color \| \(string & \{\}\);/);
    expect(source).toContain('colors?: (Color | (string & {}))[];');
    expect(source).toContain('size: "s" | "m" | (string & {});');
    expect(source).toMatch(/export type NewThing = \{\s*color\?: Color;/);
    expect(source).toContain('Thing: Thing;');
    expect(source).not.toContain('components["schemas"]');
  });

  it('refuses a schema that requests and responses share when it has an enum to open', async () => {
    const shared = { type: 'object', properties: { tone: ref('Color') } };
    await expect(generate(documentWith(shared))).rejects.toThrow(
      /Shared is used in requests and in responses and has an enum/,
    );
  });
});
