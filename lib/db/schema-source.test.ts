import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { postgresSchemaPath, schemaPath } from './migrate';
import { postgresSchema } from './schema-source';

const source = readFileSync(schemaPath, 'utf8');

describe('the PostgreSQL schema, made from the one source', () => {
  test('prisma/postgresql/schema.prisma is exactly what prisma/schema.prisma gives (run npm run db:generate)', () => {
    expect(readFileSync(postgresSchemaPath, 'utf8')).toBe(postgresSchema(source));
  });

  test('has the same models and fields, with the provider, the client folder and the PostgreSQL-only attributes changed', () => {
    const derived = postgresSchema(source);
    const body = (schema: string) => schema.replace(/^\/\/.*\n/gm, '').replace(/^\s*\/\/ postgresql: .*$/gm, '');
    const models = (schema: string) => [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)].map(([, name, fields]) => [name, fields.match(/^\s+\w+\s+\w+/gm)]);
    expect(models(derived)).toEqual(models(source));
    expect(derived).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(derived).toMatch(/output\s+= "\.\.\/\.\.\/lib\/generated\/prisma-pg"/);
    expect(body(derived)).not.toBe(body(source));
  });

  test.each([
    ['a PostgreSQL-only line becomes the attribute', 'model A {\n  x String\n  // postgresql: @@index([x], type: Gin)\n}\n', '  @@index([x], type: Gin)'],
    ['other comments stay comments', 'model A {\n  x String // postgresql is not a prefix here\n}\n', '  x String // postgresql is not a prefix here'],
  ])('%s', (_, model, expected) => {
    const schema = `generator client {\n  output = "../lib/generated/prisma"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n\n${model}`;
    expect(postgresSchema(schema)).toContain(expected);
  });

  test('a source without the expected datasource is refused, not half converted', () => {
    expect(() => postgresSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/datasource with provider "sqlite"/);
  });
});
