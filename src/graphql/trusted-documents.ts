import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Context } from '../context.js';
import { forbidden } from '../model/errors.js';

/** `any`: every valid document runs (APQ registers new ones); `only`: the manifests' documents and nothing else. */
export type TrustedDocumentsMode = 'any' | 'only';

/** The manifests codegen writes from the explorer's and the typed client's operations. */
export const BUILT_IN_MANIFESTS = [
  fileURLToPath(new URL('../../web/src/gql/persisted-documents.json', import.meta.url)),
  fileURLToPath(new URL('../../clients/typescript/src/gql/persisted-documents.json', import.meta.url)),
];

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads manifests in the client preset's format (`{ "<sha256 hex>": "<document>" }`); every entry's
 * hash must be the SHA-256 of its document, so a hash always names exactly one text.
 */
export function readManifests(files: string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`trusted documents: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
      throw new Error(`trusted documents: ${file} is not a JSON object of hash → document`);
    }
    for (const [hash, document] of Object.entries(manifest)) {
      if (!SHA256_HEX.test(hash) || typeof document !== 'string' || sha256Hex(document) !== hash) {
        throw new Error(`trusted documents: in ${file}, "${hash}" is not the SHA-256 (64 lower-case hex digits) of its document`);
      }
      documents.set(hash, document);
    }
  }
  return documents;
}

/**
 * The automatic-persisted-query store: the trusted documents always answer by hash; other
 * documents a client registers are kept in memory, except with `only`, where nothing is added.
 */
export function persistedQueryCache(trusted: ReadonlyMap<string, string>, mode: TrustedDocumentsMode): KeyValueCache<string> {
  const registered = new InMemoryLRUCache<string>();
  // Apollo hands this store keys prefixed with `apq:`.
  const hashOf = (key: string) => key.replace(/^apq:/, '');
  return {
    async get(key) {
      return trusted.get(hashOf(key)) ?? (mode === 'any' ? registered.get(key) : undefined);
    },
    async set(key, value, options) {
      if (mode === 'any' && !trusted.has(hashOf(key))) await registered.set(key, value, options);
    },
    async delete(key) {
      return registered.delete(key);
    },
  };
}

/** With `only`, refuses (FORBIDDEN, HTTP 403) every operation whose document is not trusted, before it runs. */
export function trustedDocumentsPlugin(trusted: ReadonlyMap<string, string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!trusted.has(queryHash)) {
            throw forbidden(
              `this server runs only trusted documents (TRUSTED_DOCUMENTS=only), and the document with SHA-256 ${queryHash} is not one: send a document of its manifests, by hash or as the exact text`,
            );
          }
        },
      };
    },
  };
}
