/**
 * The mix of GraphQL operations the load and fault benchmarks send: the reads the explorer and
 * the documented queries make, and updates and creates by an editor. Every write is tagged, so
 * that afterwards its outcome can be checked against the audit trail.
 */

export type ReadKind = 'node' | 'search' | 'traversal' | 'neighborhood' | 'paths' | 'partners' | 'list';
export type WriteKind = 'update' | 'create';
export type OperationKind = ReadKind | WriteKind;

/** What a write meant to do: enough to find it, or its absence, in the graph afterwards. */
export type WriteIntent =
  | { kind: 'update'; entityId: string; summary: string }
  | { kind: 'create'; entityId: string; name: string };

export interface Operation {
  kind: OperationKind;
  body: string;
  headers: Record<string, string>;
  write: WriteIntent | null;
}

export interface Outcome {
  /** HTTP 200 with data and no GraphQL errors. */
  ok: boolean;
  /** The `extensions.code`s of the response's errors, or HTTP/parse problems. */
  errorCodes: string[];
  /** The messages of the response's errors. */
  messages: string[];
  /** For an acknowledged write: the id of its change record. */
  changeId: string | null;
}

/** Share of each kind in the mix (out of 100). */
export const MIX: Record<OperationKind, number> = {
  node: 20,
  search: 15,
  traversal: 10,
  neighborhood: 10,
  paths: 8,
  partners: 7,
  list: 12,
  update: 12,
  create: 6,
};

const NODE = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Entity {
        name
        nameEn
        summary
        citations { source { id title } paragraph quote }
        relationships(first: 20) { totalCount edges { node { id name __typename } relationship { type direction } } }
      }
      ... on Task { number title platforms { totalCount edges { node { id name kind } relationship { role citations { paragraph } } } } }
      ... on Enterprise { people { edges { node { name } relationship { title } } } industries { nodes { name } } }
      ... on Platform { kind tasks { nodes { number title } } locatedIn { nodes { name } } }
    }
  }`;

const SEARCH = /* GraphQL */ `
  query Search($text: String!) {
    search(text: $text, first: 10) { score entity { id name nameEn __typename } }
  }`;

/** Four levels: areas, their tasks, the platforms serving them, where those are. */
const TRAVERSAL = /* GraphQL */ `
  query Traversal {
    cooperationAreas(first: 10) {
      nodes {
        name
        tasks { nodes { number title platforms { nodes { name kind locatedIn { nodes { name } } } } } }
      }
    }
  }`;

const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($id: ID!, $depth: Int!) {
    neighborhood(id: $id, depth: $depth, limit: 100) { truncated nodes { id name __typename } edges { type source target } }
  }`;

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!) {
    paths(fromId: $from, toId: $to, maxLength: 4, first: 3) { length sentence steps { type direction citations { paragraph } } }
  }`;

const PARTNERS = /* GraphQL */ `
  query Partners($enterprise: ID!, $area: ID!) {
    partnerCandidates(enterpriseId: $enterprise, inArea: $area, candidateTypes: [ENTERPRISE, ORGANIZATION, PLATFORM], first: 5) { score entity { id name } reasons { kind via { name } } }
  }`;

const LIST = /* GraphQL */ `
  query List($after: String) {
    entities(types: [PLATFORM, ENTERPRISE, ORGANIZATION], orderBy: NAME_EN_ASC, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name nameEn __typename } }
    }
  }`;

const UPDATE_TARGETS = [
  { label: 'Platform', ids: ['platform:chengdu-science-city', 'platform:chongqing-international-expo-center', 'platform:guoyuan-port', 'platform:tianfu-airport'] },
  { label: 'Enterprise', ids: ['enterprise:zhubajie', 'enterprise:cloudwalk', 'enterprise:mankespace'] },
  { label: 'Organization', ids: ['organization:tianfu-chamber-of-commerce', 'organization:ctbu'] },
  { label: 'Project', ids: ['project:zbj-20-cities-service-center-plan', 'project:mankespace-chengdu-hq'] },
] as const;

const update = (label: string) => /* GraphQL */ `
  mutation Update($input: Update${label}Input!) {
    update${label}(input: $input) { ${label.toLowerCase()} { id summary } change { id } }
  }`;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) { enterprise { id name } change { id } }
  }`;

const NODE_IDS = [
  'task:2020-03',
  'task:2020-07',
  'enterprise:zhubajie',
  'enterprise:mankespace',
  'platform:chengdu-science-city',
  'platform:western-china-international-expo-city',
  'organization:tianfu-chamber-of-commerce',
  'new-area:liangjiang',
  'person:wang-qi',
  'industry:digital-economy',
];
const SEARCH_TEXTS = ['港', 'expo', '博览', '数字经济', 'science city', '二师兄', '天府新区', 'Liangjiang', '会展', 'chamber'];
const NEIGHBORHOODS = ['platform:chengdu-science-city', 'new-area:tianfu', 'enterprise:zhubajie', 'task:2020-03', 'organization:ctbu'];
const PATH_PAIRS = [
  ['enterprise:zhubajie', 'organization:tianfu-chamber-of-commerce'],
  ['platform:chengdu-science-city', 'platform:chongqing-international-expo-center'],
  ['person:wang-qi', 'enterprise:mankespace'],
  ['task:2020-01', 'industry:digital-economy'],
] as const;
const ENTERPRISES = ['enterprise:zhubajie', 'enterprise:mankespace', 'enterprise:cloudwalk', 'enterprise:liangjiang-industry-group'];
const AREAS = ['new-area:tianfu', 'new-area:liangjiang'];

/** Every write of a run says where it comes from with this note (one note, so entities do not collect thousands). */
export const WRITE_NOTE = 'Load benchmark';

export interface Workload {
  next(): Operation;
  /** Pagination: the next list request asks for the page after the last one any request saw. */
  notePage(endCursor: string | null): void;
}

/**
 * A deterministic sequence of operations. `runId` makes this run's ids and values unique (ids
 * of created enterprises are `enterprise:bench-<runId>-<n>`).
 */
export function createWorkload({ runId, editorKey, seed = 1 }: { runId: string; editorKey: string; seed?: number }): Workload {
  if (!/^[a-z0-9]+$/.test(runId)) throw new Error(`runId must be lowercase letters and digits, got "${runId}"`);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const kinds = Object.entries(MIX) as [OperationKind, number][];
  const total = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  let listCursor: string | null = null;
  let writes = 0;
  const read = (kind: ReadKind, query: string, variables: Record<string, unknown> = {}): Operation => ({
    kind,
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json' },
    write: null,
  });
  const write = (kind: WriteKind, query: string, input: Record<string, unknown>, intent: WriteIntent): Operation => ({
    kind,
    body: JSON.stringify({ query, variables: { input } }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey}` },
    write: intent,
  });

  const build: Record<OperationKind, () => Operation> = {
    node: () => read('node', NODE, { id: pick(NODE_IDS) }),
    search: () => read('search', SEARCH, { text: pick(SEARCH_TEXTS) }),
    traversal: () => read('traversal', TRAVERSAL),
    neighborhood: () => read('neighborhood', NEIGHBORHOOD, { id: pick(NEIGHBORHOODS), depth: random() < 0.7 ? 1 : 2 }),
    paths: () => {
      const [from, to] = pick(PATH_PAIRS);
      return read('paths', PATHS, { from, to });
    },
    partners: () => read('partners', PARTNERS, { enterprise: pick(ENTERPRISES), area: pick(AREAS) }),
    list: () => read('list', LIST, { after: listCursor }),
    update: () => {
      const target = pick(UPDATE_TARGETS);
      const entityId = pick(target.ids);
      const summary = `Summary written by load run ${runId}, write ${++writes}`;
      return write('update', update(target.label), { id: entityId, summary, source: { note: WRITE_NOTE } }, { kind: 'update', entityId, summary });
    },
    create: () => {
      const n = ++writes;
      const entityId = `enterprise:bench-${runId}-${n}`;
      const name = `负载测试企业 ${runId}-${n}`;
      return write(
        'create',
        CREATE,
        { id: entityId, name, nameEn: `Load Test Enterprise ${runId} ${n}`, summary: `Created by load run ${runId}`, source: { note: WRITE_NOTE } },
        { kind: 'create', entityId, name },
      );
    },
  };

  return {
    next() {
      let roll = random() * total;
      for (const [kind, weight] of kinds) {
        roll -= weight;
        if (roll < 0) return build[kind]();
      }
      return build.node();
    },
    notePage(endCursor) {
      listCursor = endCursor;
    },
  };
}

/** Reads a response: ok, its error codes, and for a write the change record id. */
export function outcomeOf(operation: Operation, status: number, text: string): Outcome {
  let body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { ok: false, errorCodes: [`HTTP_${status}_NOT_JSON`], messages: [text.slice(0, 200)], changeId: null };
  }
  const messages = (body.errors ?? []).map((e) => e.message);
  const errorCodes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  if (status !== 200 && errorCodes.length === 0) errorCodes.push(`HTTP_${status}`);
  const ok = status === 200 && errorCodes.length === 0 && body.data != null;
  let changeId: string | null = null;
  if (ok && operation.write) {
    const payload = Object.values(body.data!)[0] as { change: { id: string } | null } | undefined;
    changeId = payload?.change?.id ?? null;
  }
  return { ok, errorCodes, messages, changeId };
}

/** The cursor of the next page of a list response, null at the end. */
export function nextPageOf(text: string): string | null {
  const body = JSON.parse(text) as { data?: { entities?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
  const page = body.data?.entities?.pageInfo;
  return page?.hasNextPage ? page.endCursor : null;
}

/** Each kind of operation a few times, one at a time: compiles the Cypher plans and the JIT paths. */
export async function warmUp(graphqlUrl: string, workload: Workload): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    const operation = workload.next();
    const response = await fetch(graphqlUrl, { method: 'POST', headers: operation.headers, body: operation.body });
    const text = await response.text();
    const outcome = outcomeOf(operation, response.status, text);
    if (!outcome.ok) throw new Error(`warm-up ${operation.kind} failed (HTTP ${response.status}): ${text.slice(0, 500)}`);
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
