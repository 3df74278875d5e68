/**
 * Synthetic enterprises for the import benchmark and tests: deterministic rows in the import
 * format (data/README.md, "Bulk import"), linked to industries and places of the curated graph,
 * so that they import into a database seeded with `npm run seed`.
 */

/** Industries of the curated graph (data/graph/economy.yaml). */
export const CURATED_INDUSTRIES = [
  'industry:automotive',
  'industry:electronic-information',
  'industry:biomedicine',
  'industry:high-end-equipment',
  'industry:finance',
  'industry:logistics',
  'industry:digital-economy',
  'industry:artificial-intelligence',
  'industry:big-data',
  'industry:blockchain',
] as const;

/** New areas and regions of the curated graph (data/graph/parties.yaml). */
export const CURATED_PLACES = ['new-area:liangjiang', 'new-area:tianfu', 'region:chengdu', 'region:chongqing'] as const;

const BUSINESS_TYPES = ['智能制造', '软件与信息服务', '现代物流', '金融服务', '生物医药研发'];

export interface SyntheticOptions {
  /** English name prefix; the ids are enterprise:<slug of prefix>-<n>. */
  nameEn?: string;
  /** Chinese name prefix. */
  name?: string;
  /** Number of the first row (so that two files can hold different enterprises). */
  start?: number;
  /** Only an industry and a location per row (about 2 links instead of 3.6), for quicker tests. */
  lean?: boolean;
}

/** `count` enterprise rows (JSON-shaped), the same on every call with the same arguments. */
export function syntheticEnterprises(count: number, options: SyntheticOptions = {}): Record<string, unknown>[] {
  const nameEn = options.nameEn ?? 'Sample Enterprise';
  const name = options.name ?? '样本企业';
  const start = options.start ?? 1;
  const slug = nameEn.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const rows: Record<string, unknown>[] = [];
  for (let i = start; i < start + count; i++) {
    const place = CURATED_PLACES[i % CURATED_PLACES.length]!;
    const industries = options.lean
      ? [CURATED_INDUSTRIES[i % 10]!]
      : [...new Set([CURATED_INDUSTRIES[i % 10]!, CURATED_INDUSTRIES[(i * 7 + 3) % 10]!])];
    const row: Record<string, unknown> = {
      name: `${name}${i}号`,
      nameEn: `${nameEn} ${i}`,
      businessType: BUSINESS_TYPES[i % BUSINESS_TYPES.length],
      registeredEmployees: (i * 37) % 5000 + 1,
      registeredCapitalYuan: (i % 97) * 1_250_000 + 0.5,
      industries,
      locatedIn: [{ id: place, basis: 'STATED' }],
      sourceNote: 'synthetic data (bench/enterprises.ts)',
    };
    if (i % 2 === 0) row.aliases = [`SE${i}`];
    if (i % 5 === 0) row.summary = `${name}${i}号是一家用于测试的企业。`;
    if (i % 10 === 0) row.hostedEnterpriseOriginCountries = ['美国', '日本'];
    if (options.lean) {
      rows.push(row);
      continue;
    }
    if (i % 3 === 0) row.expandsTo = [{ id: CURATED_PLACES[(i + 1) % CURATED_PLACES.length], stage: 'PLANNED' }];
    if (i % 4 === 0 && i - 10 >= start) row.cooperatesWith = [{ id: `enterprise:${slug}-${i - 10}`, basis: 'INTENDED' }];
    rows.push(row);
  }
  return rows;
}

/** The number of relationships syntheticEnterprises(count, options) asks for. */
export function syntheticRelationshipCount(rows: Record<string, unknown>[]): number {
  const links = ['industries', 'locatedIn', 'expandsTo', 'cooperatesWith'];
  return rows.reduce((sum, row) => sum + links.reduce((n, key) => n + ((row[key] as unknown[] | undefined)?.length ?? 0), 0), 0);
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The rows as CSV: lists `|`-separated, link properties in `<link>.<property>` columns (the same
 * for every link of the row, as the generator makes them).
 */
export function toCsv(rows: Record<string, unknown>[]): string {
  const columns: string[] = [];
  const flat = rows.map((row) => {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(row)) {
      if (Array.isArray(value) && value.some((v) => typeof v === 'object')) {
        const links = value as Record<string, unknown>[];
        out[key] = links.map((l) => String(l.id)).join('|');
        for (const [property, v] of Object.entries(links[0]!)) if (property !== 'id') out[`${key}.${property}`] = String(v);
      } else out[key] = Array.isArray(value) ? value.join('|') : String(value);
    }
    for (const key of Object.keys(out)) if (!columns.includes(key)) columns.push(key);
    return out;
  });
  return [columns.join(','), ...flat.map((row) => columns.map((c) => csvCell(row[c] ?? '')).join(','))].join('\n') + '\n';
}
