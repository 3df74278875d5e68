/**
 * The name matcher: how a text written the way people write names (short forms, pinyin,
 * initials, traditional characters, typos) matches the names of the graph. Pure logic, no
 * database: search, the explorer's pickers (through search) and document mention linking use it.
 * keys.ts says which keys of the names the database indexes, so that it finds the candidates.
 */
export { type FoldedText, foldText, foldedString } from './fold.js';
export { type MatchKind, matchName, type NameMatch, type PreparedName, type PreparedQuery, prepareName, prepareQuery } from './match.js';
export { type EntityMatch, type FindOptions, matchEntities, matchEntity, type NamedEntity, type NameField } from './entity-match.js';
export { KEYS_VERSION, nameKeysOf, nameKeysQuery, type NamesOf } from './keys.js';
export { shortFormQueries, writtenNameQueries } from './document-keys.js';
export { NameIndex } from './name-index.js';
export { type Mention, findMentions } from './mentions.js';
