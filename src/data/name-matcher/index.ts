/**
 * The name matcher: how a text written the way people write names (short forms, pinyin,
 * initials, traditional characters, typos) matches the names of the graph. Pure logic, no
 * database: search, the explorer's pickers (through search) and document mention linking use it.
 */
export { type FoldedText, foldText, foldedString } from './fold.js';
export { type MatchKind, matchName, type NameMatch, type PreparedName, type PreparedQuery, prepareName, prepareQuery } from './match.js';
export { type EntityMatch, type FindOptions, type NamedEntity, type NameField, NameIndex } from './name-index.js';
export { type Mention, findMentions } from './mentions.js';
