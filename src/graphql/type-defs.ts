import { buildASTSchema, parse, printSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The SDL of schema/*.graphql, one string per file, in file-name order. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
}

/** The whole served schema as one SDL document, with every description: what `GET /schema.graphql` serves. */
export function printSchemaSdl(typeDefs: string[] = loadTypeDefs()): string {
  return printSchema(buildASTSchema(parse(typeDefs.join('\n'))));
}
