export type { SourceRow, MentionRow, FactCandidateRow } from '../../sources/rows.js';
