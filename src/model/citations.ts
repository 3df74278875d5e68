import neo4j from 'neo4j-driver';

/** Where a fact is stated: a paragraph of a source and a verbatim quote of it. */
export interface CitationRow {
  source: string;
  paragraph: number;
  quote: string;
}

/**
 * The stored form of citations: three parallel lists, since Neo4j properties cannot hold maps.
 * With `sourceNotes` they are a node's or relationship's provenance, not model properties.
 */
export const PROVENANCE_KEYS: ReadonlySet<string> = new Set(['citationSources', 'citationParagraphs', 'citationQuotes', 'sourceNotes']);

/** The three stored citation lists. */
export const CITATION_LIST_KEYS = ['citationSources', 'citationParagraphs', 'citationQuotes'] as const;

export const CITATION_KEYS: ReadonlySet<string> = new Set(CITATION_LIST_KEYS);

/** The citations of stored properties (paragraph numbers as JavaScript numbers, whatever the driver gave). */
export function citationsOf(properties: Record<string, unknown> | undefined): CitationRow[] {
  const sources = (properties?.citationSources as string[] | undefined) ?? [];
  const paragraphs = (properties?.citationParagraphs as unknown[] | undefined) ?? [];
  const quotes = (properties?.citationQuotes as string[] | undefined) ?? [];
  return quotes.map((quote, i) => ({ source: sources[i]!, paragraph: Number(paragraphs[i]), quote }));
}

/** Citations as Neo4j stores them; paragraph numbers as integers (JavaScript numbers reach Neo4j as floats). */
export function citationProperties(citations: readonly CitationRow[]) {
  return {
    citationSources: citations.map((c) => c.source),
    citationParagraphs: citations.map((c) => neo4j.int(c.paragraph)),
    citationQuotes: citations.map((c) => c.quote),
  };
}

/** `citations` with `citation` appended unless the same source, paragraph and quote is already there. */
export function withCitation(citations: readonly CitationRow[], citation: CitationRow): { citations: CitationRow[]; added: boolean } {
  const present = citations.some((c) => c.source === citation.source && c.paragraph === citation.paragraph && c.quote === citation.quote);
  return present ? { citations: [...citations], added: false } : { citations: [...citations, citation], added: true };
}

/** `notes` with `note` appended unless it is already there. */
export function withSourceNote(notes: readonly string[], note: string): { notes: string[]; added: boolean } {
  return notes.includes(note) ? { notes: [...notes], added: false } : { notes: [...notes, note], added: true };
}

// A plain loop: this runs for every node and relationship of every answer, and the
// entries/filter/fromEntries version cost ~30× as much per row.
/** Stored properties without the three citation lists. */
export function withoutCitationKeys(properties: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key in properties) {
    if (!CITATION_KEYS.has(key)) kept[key] = properties[key];
  }
  return kept;
}
