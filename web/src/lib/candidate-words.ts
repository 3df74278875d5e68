// Fact candidates and relationship properties in words: the cue rules that propose candidates,
// the properties a relationship may carry, and a candidate as one line of text. Pure functions.
import { type Lang, relationshipLabel, typeLabel } from './i18n.js';
import { type Pair, propertyLabel, propertyValueLabel } from './vocabulary.js';

/** The cue rules of src/sources/rules.ts. */
export const RULE_LABELS: Record<string, Pair> = {
  POSITION_TITLE: ['职务称谓（董事长、会长、主任、书记……）', 'a title (chairman, president, director, secretary …)'],
  LOCATED_CUE: ['落户、设在、位于', 'settles in, is set up in, lies in'],
  VEHICLE_CUE: ['以……为载体、支撑、依托', 'with … as vehicle, support or base'],
  MEETING_CUE: ['某月某日召开、举行……会议', 'a meeting held on a date'],
  FOUNDING_CUE: ['发起、共建、设立', 'initiates, builds jointly, sets up'],
};

export function ruleLabel(rule: string, lang: Lang): string {
  const pair = RULE_LABELS[rule];
  return pair ? pair[lang === 'zh' ? 0 : 1] : lang === 'zh' ? '文本线索' : 'a cue in the text';
}

/** The properties a relationship may carry (RelationshipPropertiesInput), in the order a form offers them. */
export const RELATIONSHIP_PROPERTY_KEYS = [
  'title',
  'former',
  'role',
  'basis',
  'note',
  'stage',
  'scope',
  'mode',
  'verb',
  'activity',
  'topic',
  'aspect',
  'what',
  'words',
  'pledge',
  'prospective',
  'roles',
  'at',
  'via',
  'speaker',
  'statedBy',
  'toPerson',
  'byPerson',
] as const;

/** Keys whose value is true or false. */
export const BOOLEAN_KEYS = new Set(['former', 'prospective']);
/** Keys whose value is a list. */
export const LIST_KEYS = new Set(['roles']);

/** A property value in words: codes translated, true/false as yes/no, lists joined. */
export function valueText(key: string, value: unknown, lang: Lang): string {
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map((item) => valueText(key, item, lang)).join(lang === 'zh' ? '、' : ', ');
  const text = propertyValueLabel(key, String(value), lang);
  // The source's own words (a title) stay Chinese, quoted, in English.
  return lang === 'en' && /[\u3400-\u9fff]/u.test(text) ? `“${text}”` : text;
}

/** `title: 董事长` pairs of a candidate's properties (a JSON object); none when it is not one. */
export function propertiesInWords(json: string, lang: Lang): [string, string][] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).map(([key, item]) => [propertyLabel(key, lang), valueText(key, item, lang)]);
}

export interface CandidateLike {
  kind: 'ENTITY' | 'RELATIONSHIP';
  label?: string | null;
  name?: string | null;
  nameEn?: string | null;
  fromName?: string | null;
  fromLabel?: string | null;
  relationshipType?: string | null;
  toName?: string | null;
  toLabel?: string | null;
}

/** A candidate in one line: 活动「第三次联席会议」, or 李毅 —任职→ 两江产业集团. */
export function candidateInWords(candidate: CandidateLike, lang: Lang): string {
  if (candidate.kind === 'ENTITY') {
    const name = lang === 'en' && candidate.nameEn ? candidate.nameEn : (candidate.name ?? '');
    return `${typeLabel(candidate.label ?? '', lang)}「${name}」`;
  }
  return `${candidate.fromName ?? ''} —${relationshipLabel(candidate.relationshipType ?? '', lang)}→ ${candidate.toName ?? ''}`;
}

