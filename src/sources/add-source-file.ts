import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { badUserInput } from '../model/errors.js';
import { addSource, type AddSourceResult } from './sources.js';
import type { SourcesPort } from './port.js';
import { decodeUtf8, MAX_SOURCE_BYTES } from './text.js';

export const ADD_SOURCE_USAGE =
  'usage: npm run add-source -- FILE.txt --title TITLE [--publisher NAME] [--published-on YYYY-MM-DD] [--url URL] [--language zh|en]';

export interface AddSourceArgs {
  file: string;
  title: string;
  publisher?: string;
  publishedOn?: string;
  url?: string;
  language?: string;
}

/** The command line of add-source; an Error with the usage line when it is wrong. */
export function parseAddSourceArgs(argv: string[]): AddSourceArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      publisher: { type: 'string' },
      'published-on': { type: 'string' },
      url: { type: 'string' },
      language: { type: 'string' },
    },
  });
  if (positionals.length !== 1 || !values.title) throw new Error(ADD_SOURCE_USAGE);
  return { file: positionals[0]!, title: values.title, publisher: values.publisher, publishedOn: values['published-on'], url: values.url, language: values.language };
}

/** Reads a UTF-8 text file (at most MAX_SOURCE_BYTES) and adds it as a source. */
export async function addSourceFile(port: SourcesPort, args: AddSourceArgs): Promise<AddSourceResult> {
  let size: number;
  try {
    size = fs.statSync(args.file).size;
  } catch {
    throw badUserInput(`${args.file}: no such file`, 'file');
  }
  if (size > MAX_SOURCE_BYTES) throw badUserInput(`${args.file} is ${size} bytes; a source is at most ${MAX_SOURCE_BYTES} bytes`, 'file');
  const text = decodeUtf8(fs.readFileSync(args.file), args.file);
  return addSource(port, { text, title: args.title, publisher: args.publisher, publishedOn: args.publishedOn, url: args.url, language: args.language });
}
