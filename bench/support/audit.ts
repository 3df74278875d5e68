import type { WriteIntent } from './workload.js';

/** A write the API acknowledged (HTTP 200, no errors) with its change record id. */
export interface AcknowledgedWrite {
  intent: WriteIntent;
  changeId: string;
}

export interface AuditReport {
  acknowledged: number;
  /** Acknowledged writes whose change record or data is not in the graph: must be none. */
  acknowledgedMissing: string[];
  /** Writes that reported failure (an error, or no answer). */
  failed: number;
  /** …of which nothing is in the graph. */
  failedAbsent: number;
  /** …of which the data and its change record are both in the graph (the commit went through, the answer was lost). */
  failedRecorded: number;
  /** …of which the data is there without its change record, or the other way round: must be none. */
  failedInconsistent: string[];
}

interface ChangeView {
  id: string;
  operation: string;
  entries: { property: string | null; after: string | null }[];
}

interface EntityView {
  id: string;
  name: string;
  summary: string | null;
}

/**
 * Checks writes against the graph through the API's own audit trail: `changes(entityId)` for the
 * change records, `nodes(ids)` for the data.
 */
export async function auditWrites(graphqlUrl: string, acknowledged: AcknowledgedWrite[], failed: WriteIntent[]): Promise<AuditReport> {
  const ids = [...new Set([...acknowledged.map((w) => w.intent.entityId), ...failed.map((w) => w.entityId)])];
  const entities = await entitiesById(graphqlUrl, ids);
  const changes = new Map<string, ChangeView[]>();
  await inParallel(ids, 8, async (id) => changes.set(id, await changesOf(graphqlUrl, id)));

  const summaryAfter = (intent: Extract<WriteIntent, { kind: 'update' }>) => (change: ChangeView) =>
    change.entries.some((e) => e.property === 'summary' && e.after === JSON.stringify(intent.summary));
  const describe = (intent: WriteIntent) => `${intent.kind} ${intent.entityId}`;

  const acknowledgedMissing: string[] = [];
  for (const { intent, changeId } of acknowledged) {
    const change = changes.get(intent.entityId)!.find((c) => c.id === changeId);
    const entity = entities.get(intent.entityId);
    const present =
      intent.kind === 'create'
        ? change?.operation === 'createEnterprise' && entity?.name === intent.name
        : change !== undefined && summaryAfter(intent)(change);
    if (!present) acknowledgedMissing.push(`${describe(intent)} (change ${changeId})`);
  }

  let failedAbsent = 0;
  let failedRecorded = 0;
  const failedInconsistent: string[] = [];
  for (const intent of failed) {
    const entity = entities.get(intent.entityId);
    const history = changes.get(intent.entityId)!;
    let dataThere: boolean;
    let recordThere: boolean;
    if (intent.kind === 'create') {
      dataThere = entity !== undefined;
      recordThere = history.some((c) => c.operation === 'createEnterprise');
    } else {
      recordThere = history.some(summaryAfter(intent));
      // Later writes may have replaced the summary: only a summary still equal to this write's proves the data alone.
      dataThere = recordThere || entity?.summary === intent.summary;
    }
    if (dataThere && recordThere) failedRecorded += 1;
    else if (!dataThere && !recordThere) failedAbsent += 1;
    else failedInconsistent.push(`${describe(intent)}: ${dataThere ? 'data without change record' : 'change record without data'}`);
  }

  return { acknowledged: acknowledged.length, acknowledgedMissing, failed: failed.length, failedAbsent, failedRecorded, failedInconsistent };
}

/**
 * auditWrites once the graph stops changing: requests cut off when a run ends (or when Neo4j
 * dies) may still be running in the server, so the audit is repeated, a second apart, until two
 * in a row agree (at most `maxWaitMs`).
 */
export async function auditSettledWrites(
  graphqlUrl: string,
  acknowledged: AcknowledgedWrite[],
  failed: WriteIntent[],
  maxWaitMs = 30_000,
): Promise<AuditReport> {
  const deadline = Date.now() + maxWaitMs;
  let previous = await auditWrites(graphqlUrl, acknowledged, failed);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const current = await auditWrites(graphqlUrl, acknowledged, failed);
    if (JSON.stringify(current) === JSON.stringify(previous) || Date.now() > deadline) return current;
    previous = current;
  }
}

async function graphql<T>(graphqlUrl: string, query: string, variables: Record<string, unknown>): Promise<{ data: T; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (!body.data) throw new Error(`audit query failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
  return body;
}

async function entitiesById(graphqlUrl: string, ids: string[]): Promise<Map<string, EntityView>> {
  const found = new Map<string, EntityView>();
  for (let i = 0; i < ids.length; i += 50) {
    const { data, errors = [] } = await graphql<{ nodes: (EntityView | null)[] }>(
      graphqlUrl,
      'query Audit($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name summary } } }',
      { ids: ids.slice(i, i + 50) },
    );
    // A missing id is null with a NOT_FOUND error; anything else is a failed audit.
    const unexpected = errors.filter((e) => e.extensions?.code !== 'NOT_FOUND');
    if (unexpected.length > 0) throw new Error(`audit query failed: ${JSON.stringify(unexpected)}`);
    for (const node of data.nodes) if (node) found.set(node.id, node);
  }
  return found;
}

async function changesOf(graphqlUrl: string, entityId: string): Promise<ChangeView[]> {
  const all: ChangeView[] = [];
  let after: string | null = null;
  type Page = { changes: { nodes: ChangeView[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  for (;;) {
    const { data }: { data: Page } = await graphql<Page>(
      graphqlUrl,
      'query Audit($id: ID!, $after: String) { changes(entityId: $id, first: 100, after: $after) { nodes { id operation entries { property after } } pageInfo { hasNextPage endCursor } } }',
      { id: entityId, after },
    );
    all.push(...data.changes.nodes);
    if (!data.changes.pageInfo.hasNextPage) return all;
    after = data.changes.pageInfo.endCursor;
  }
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
