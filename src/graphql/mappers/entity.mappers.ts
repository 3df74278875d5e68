/**
 * An entity as Cypher returns it: `n {.*, labels: labels(n)}`. Property names are the
 * GraphQL field names, so plain properties need no resolver.
 */
export interface EntityMapper {
  id: string;
  labels: string[];
  name: string;
  nameEn: string;
  nameEnOfficial: boolean;
  aliases?: string[] | null;
  summary?: string | null;
  citationSources: string[];
  citationParagraphs: number[];
  citationQuotes: string[];
  [property: string]: unknown;
}
