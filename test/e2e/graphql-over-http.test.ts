import fs from 'node:fs';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededApi, startSeededApi } from '../support/api.js';

/** The SHOULD and MAY audits the API does not pass, each with the reason, in docs/graphql-over-http.md. */
const documented = new Set([...fs.readFileSync('docs/graphql-over-http.md', 'utf8').matchAll(/^\| `([0-9A-F]{4})` \|/gm)].map((match) => match[1]!));

describe("GraphQL over HTTP: graphql-http's server audits", () => {
  let api: SeededApi;

  beforeAll(async () => {
    api = await startSeededApi();
  });

  afterAll(async () => {
    await api?.stop();
  });

  const audits = serverAudits({ url: () => api.server.graphqlUrl, fetchFn: fetch });

  it('has audits to run, and documents only audits that exist', () => {
    expect(audits.filter((audit) => audit.name.startsWith('MUST')).length).toBeGreaterThan(0);
    const ids = new Set(audits.map((audit) => audit.id));
    expect([...documented].filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(audits.map((audit) => [`${audit.id} ${audit.name}`, audit] as const))('%s', async (_title, audit) => {
    const result = await audit.fn();
    const reason = result.status === 'ok' ? '' : `${result.reason} (HTTP ${result.response.status})`;
    if (audit.name.startsWith('MUST')) {
      expect(result.status, reason).toBe('ok');
    } else if (documented.has(audit.id)) {
      // Documented as not passing: once it passes, the document must lose it.
      expect(result.status, `${audit.id} passes now: remove it from docs/graphql-over-http.md`).not.toBe('ok');
    } else {
      expect(result.status, `${reason}: make it pass or document why in docs/graphql-over-http.md`).toBe('ok');
    }
  });
});
