import { createHash } from 'node:crypto';
import { badUserInput } from '../model/errors.js';

/** The largest document addSource takes, in UTF-8 bytes (256 KiB: about 85,000 Chinese characters). */
export const MAX_SOURCE_BYTES = 256 * 1024;
/** At most this many paragraphs, each at most this many characters. */
export const MAX_PARAGRAPHS = 2000;
export const MAX_PARAGRAPH_CHARS = 10_000;

/** Half of a UTF-16 pair without its other half: text that has no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Control characters other than tab, line feed and carriage return mark a binary file. */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** The text of a file's bytes: UTF-8 only (a byte-order mark is dropped); BAD_USER_INPUT otherwise. */
export function decodeUtf8(bytes: Uint8Array, argument = 'file'): string {
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    throw badUserInput(`${argument} is ${bytes.byteLength} bytes; a source is at most ${MAX_SOURCE_BYTES} bytes`, argument);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badUserInput(`${argument} is not UTF-8 text`, argument);
  }
}

/**
 * A document's paragraphs, numbered from 1 as the seed's `[Pn]` are. With blank lines in the
 * text, a paragraph is a block between them (its line breaks joined: with a space between Latin
 * words, without between Chinese characters); without, every non-empty line is one. A leading
 * `[Pn] ` (a copy of a numbered text) is dropped; the numbering is always 1, 2, 3, ….
 */
export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const blocks = /\n[ \t\u3000]*\n/.test(normalized) ? normalized.split(/\n(?:[ \t\u3000]*\n)+/) : normalized.split('\n');
  return blocks
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .reduce((joined, line) => (joined === '' ? line : /[A-Za-z0-9.,;:!?]$/.test(joined) && /^[A-Za-z0-9]/.test(line) ? `${joined} ${line}` : joined + line), '')
        .replace(/^\[P\d+\]\s*/, ''),
    )
    .filter((paragraph) => paragraph !== '');
}

export interface CheckedText {
  paragraphs: string[];
  /** sha256 of the paragraphs as stored: the same text twice, however its lines were broken, is one source. */
  contentHash: string;
}

/** Checks a document's text and numbers its paragraphs; BAD_USER_INPUT naming `argument` when it cannot be a source. */
export function checkSourceText(text: string, argument: string): CheckedText {
  if (LONE_SURROGATE.test(text)) throw badUserInput(`${argument} is not valid Unicode text (a lone surrogate)`, argument);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SOURCE_BYTES) throw badUserInput(`${argument} is ${bytes} bytes; a source is at most ${MAX_SOURCE_BYTES} bytes`, argument);
  if (BINARY.test(text)) throw badUserInput(`${argument} holds control characters: it is binary, not plain text`, argument);
  const paragraphs = splitParagraphs(text.replace(/^\uFEFF/, ''));
  if (paragraphs.length === 0) throw badUserInput(`${argument} is empty: a source needs at least one paragraph of text`, argument);
  if (paragraphs.length > MAX_PARAGRAPHS) throw badUserInput(`${argument} has ${paragraphs.length} paragraphs; at most ${MAX_PARAGRAPHS}`, argument);
  const long = paragraphs.findIndex((p) => p.length > MAX_PARAGRAPH_CHARS);
  if (long !== -1) throw badUserInput(`${argument}: paragraph ${long + 1} is longer than ${MAX_PARAGRAPH_CHARS} characters`, argument);
  const contentHash = createHash('sha256').update(paragraphs.join('\n')).digest('hex');
  return { paragraphs, contentHash };
}

/** A source's id: `doc-` and the first 16 hex digits of its content hash, so the same text always has the same id. */
export function sourceIdOf(contentHash: string): string {
  return `doc-${contentHash.slice(0, 16)}`;
}
