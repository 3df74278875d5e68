export type { SearchHitRow as SearchHitMapper } from '../../data/search-rank.js';

/** [start, end) UTF-16 offsets. */
export type TextRangeMapper = readonly [start: number, end: number];
