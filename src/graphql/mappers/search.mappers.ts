export type { SearchHitRow } from '../../data/search-rank.js';

/** [start, end) UTF-16 offsets. */
export type TextRangeRow = readonly [start: number, end: number];
