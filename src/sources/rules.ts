import { pinyin } from 'pinyin-pro';
import { dataModel } from '../model/model.js';
import { relationshipAllowed } from '../editing/validate.js';

/** A known entity named in a paragraph, resolved: `entityId` is null for an ambiguous mention. */
export interface LinkedMention {
  start: number;
  end: number;
  text: string;
  entityId: string | null;
  label: string | null;
}

/** One end of a proposed relationship: a known entity, or a new one by its name as written. */
export interface CandidateEnd {
  id: string | null;
  name: string;
  label: string;
}

/** A fact a cue pattern proposes: a new entity, or a relationship between two ends. */
export interface CandidateDraft {
  paragraph: number;
  quote: string;
  rule: string;
  confidence: number;
  kind: 'ENTITY' | 'RELATIONSHIP';
  /** ENTITY: the new entity. */
  entity?: { label: string; name: string; nameEn: string; properties: Record<string, unknown> };
  /** RELATIONSHIP: its ends, type and properties. */
  from?: CandidateEnd;
  type?: string;
  to?: CandidateEnd;
  properties: Record<string, unknown>;
}

/** The id of the one known person of exactly this name, or null. */
export type PersonLookup = (name: string) => string | null;

const TITLES = '(?:常务)?副?(?:董事长|总经理|会长|主任|书记|院长|校长|局长|秘书长|理事长|总裁|主席|区长|市长)';
/** Right after an organisation: its title(s), a nickname in quotes, then the person. */
const POSITION = new RegExp(`^(?:党工委|管委会|党委)?(${TITLES})(?:[、，,][\\u4e00-\\u9fff]{0,6}?${TITLES})*(?:[、，,]?[“"][^”"]{1,8}[”"])?[、，,]?`, 'u');
/** Characters that end a Chinese personal name of two characters rather than being its third. */
const AFTER_NAME = new Set([...'的一在为对说表等和与是向将也就亲介指强称来到']);
const LOCATED = /^(?:落户|设在|位于|落地|坐落于)(?:于|在)?/u;
const VEHICLE = /为(主要载体|载体|支撑|依托|抓手)/u;
const MEETING = /(\d{1,2})月(\d{1,2})日[^。]*?(?:召开|举行)([^，,。；]{2,30}?会议)/u;
/** 发起/共建 and the verbs of setting up; 共同/联合 (or 共建 itself) make the subjects partners. */
const FOUNDING = /(共同|联合)?(发起设立|发起成立|发起|共建|牵头|成立|设立|组建)/gu;
/** What may stand between two subjects or two objects of one cue: 、 和 与 及 以及. */
const JOINS_OBJECTS = /^(?:、|和|与|及|以及)$/u;
const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** An English name as pinyin, for a reviewer to correct: 李毅 → Li Yi, 联席会议 → Lianxi Huiyi. */
export function pinyinName(name: string, person: boolean): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).filter((s) => s.trim() !== '');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (person && syllables.length >= 2) return `${cap(syllables[0]!)} ${cap(syllables.slice(1).join(''))}`;
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) words.push(cap(syllables.slice(i, i + 2).join('')));
  return words.join(' ');
}

const allowed = (type: string, fromLabel: string, toLabel: string) => relationshipAllowed(dataModel(), type, fromLabel, toLabel) === undefined;

const endOf = (m: LinkedMention): CandidateEnd | null => (m.entityId && m.label ? { id: m.entityId, name: m.text, label: m.label } : null);

/** The sentence of `text` around [start, end): from after the previous 。；！？ to the next one, inclusive. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[。；！？!?;]/u.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[。；！？!?;]/u.test(text[to]!)) to++;
  return [from, Math.min(text.length, to + 1)];
}

const quoteOf = (text: string, from: number, to: number) => text.slice(from, to).trim().slice(0, 400);

/** …董事长/会长/主任/书记 + name → (Person)-[:HOLDS_POSITION {title}]->(Organization|Enterprise). */
function positions(paragraph: number, text: string, mentions: LinkedMention[], personNamed: PersonLookup): CandidateDraft[] {
  const out: CandidateDraft[] = [];
  for (const org of mentions) {
    const end = endOf(org);
    if (!end || !['Organization', 'Enterprise'].includes(end.label)) continue;
    const match = POSITION.exec(text.slice(org.end));
    if (!match) continue;
    const at = org.end + match[0].length;
    const known = mentions.find((m) => m.start === at && m.label === 'Person' && m.entityId);
    let person: CandidateEnd;
    if (known) person = endOf(known)!;
    else {
      const name = /^[\u4e00-\u9fff]{2,3}/u.exec(text.slice(at))?.[0];
      // A mention starting before the name ends the title chain wrongly; one starting at it (刘任远一行) may hold it.
      if (!name || mentions.some((m) => m.start < at && m.end > at)) continue;
      const trimmed = name.length === 3 && AFTER_NAME.has(name[2]!) ? name.slice(0, 2) : name;
      person = { id: personNamed(trimmed), name: trimmed, label: 'Person' };
    }
    const former = text.slice(0, org.start).endsWith('原');
    if (!allowed('HOLDS_POSITION', 'Person', end.label)) continue;
    out.push({
      paragraph,
      quote: quoteOf(text, former ? org.start - 1 : org.start, at + person.name.length),
      rule: 'POSITION_TITLE',
      confidence: person.id ? 0.85 : 0.7,
      kind: 'RELATIONSHIP',
      from: person,
      type: 'HOLDS_POSITION',
      to: end,
      properties: former ? { title: match[1]!, former: true } : { title: match[1]! },
    });
  }
  return out;
}

/** A 落户/设在/位于 B → (A)-[:LOCATED_IN {basis: STATED}]->(B). */
function locations(paragraph: number, text: string, mentions: LinkedMention[]): CandidateDraft[] {
  const out: CandidateDraft[] = [];
  for (const subject of mentions) {
    const from = endOf(subject);
    const cue = LOCATED.exec(text.slice(subject.end));
    if (!from || !cue) continue;
    const place = mentions.find((m) => m.start === subject.end + cue[0].length);
    const to = place && endOf(place);
    if (!to || !allowed('LOCATED_IN', from.label, to.label)) continue;
    out.push({
      paragraph,
      quote: quoteOf(text, subject.start, place.end),
      rule: 'LOCATED_CUE',
      confidence: 0.8,
      kind: 'RELATIONSHIP',
      from,
      type: 'LOCATED_IN',
      to,
      properties: { basis: 'STATED' },
    });
  }
  return out;
}

/** 以 platforms 为载体 … → SERVES a task or cooperation area, CARRIES an initiative or a platform named after the cue. */
function vehicles(paragraph: number, text: string, mentions: LinkedMention[]): CandidateDraft[] {
  const out: CandidateDraft[] = [];
  for (let cue = VEHICLE.exec(text), offset = 0; cue; ) {
    const at = offset + cue.index;
    const [from, to] = sentenceAround(text, at, at + cue[0].length);
    const opening = text.lastIndexOf('以', at);
    if (opening >= from) {
      const platforms = mentions.filter((m) => m.start > opening && m.end <= at && m.label === 'Platform' && m.entityId);
      const targets = mentions.filter((m) => m.start >= at + cue![0].length && m.end <= to && m.entityId);
      for (const platform of platforms) {
        for (const target of targets) {
          const type = target.label === 'Initiative' || target.label === 'Platform' ? 'CARRIES' : 'SERVES';
          if (!allowed(type, 'Platform', target.label!)) continue;
          out.push({
            paragraph,
            quote: quoteOf(text, opening, target.end),
            rule: 'VEHICLE_CUE',
            confidence: 0.55,
            kind: 'RELATIONSHIP',
            from: endOf(platform)!,
            type,
            to: endOf(target)!,
            properties: type === 'CARRIES' ? { basis: 'STATED', role: cue![1]! } : { role: cue![1]! },
          });
        }
      }
    }
    offset = at + cue[0].length;
    cue = VEHICLE.exec(text.slice(offset));
  }
  return out;
}

/** The start of the clause holding `at`: after the previous ，,。；：. */
function clauseStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !/[，,。；;：:！？!?]/u.test(text[from - 1]!)) from--;
  return from;
}

/**
 * 发起/共建 and the verbs of setting up → (NewArea)-[:ESTABLISHES]->(Organization) for what a new
 * area sets up, (Enterprise|Organization|Person)-[:RUNS {role}]->(Project|Policy) for what is
 * initiated or run: the subjects are the known entities of the clause before the cue, the objects
 * the known entities right after it (joined by 、和与及). LEAD for one subject; PARTNER for 共建 or
 * 共同/联合 and for several subjects.
 */
function foundings(paragraph: number, text: string, mentions: LinkedMention[]): CandidateDraft[] {
  const out: CandidateDraft[] = [];
  for (const cue of text.matchAll(FOUNDING)) {
    const at = cue.index;
    const after = at + cue[0].length;
    // The subjects reach the cue: nothing but 共同/分别… after the last, 、和与及 between them.
    const known = mentions.filter((m) => m.entityId && m.end <= at && m.start >= clauseStart(text, at));
    let subject = known.find((m) => /^(?:共同|联合|分别|一起|携手)*$/u.test(text.slice(m.end, at)));
    const subjects: LinkedMention[] = [];
    while (subject) {
      subjects.unshift(subject);
      const start = subject.start;
      subject = known.find((m) => m.end <= start && JOINS_OBJECTS.test(text.slice(m.end, start)));
    }
    if (subjects.length === 0) continue;
    const objects: LinkedMention[] = [];
    // The object right after the cue (了 or an opening quote may stand between).
    let next = mentions.find((m) => m.entityId && m.start >= after && /^了?[“"《]?$/u.test(text.slice(after, m.start)));
    while (next) {
      objects.push(next);
      const end = next.end;
      next = mentions.find((m) => m.entityId && m.start > end && JOINS_OBJECTS.test(text.slice(end, m.start)));
    }
    if (objects.length === 0) continue;
    const joint = Boolean(cue[1]) || cue[2] === '共建' || subjects.length > 1;
    for (const subject of subjects) {
      for (const object of objects) {
        const type = subject.label === 'NewArea' && object.label === 'Organization' && cue[2] !== '牵头' ? 'ESTABLISHES' : 'RUNS';
        if (!allowed(type, subject.label!, object.label!)) continue;
        out.push({
          paragraph,
          quote: quoteOf(text, subject.start, object.end),
          rule: 'FOUNDING_CUE',
          confidence: 0.6,
          kind: 'RELATIONSHIP',
          from: endOf(subject)!,
          type,
          to: endOf(object)!,
          properties: type === 'RUNS' ? { role: joint ? 'PARTNER' : 'LEAD' } : {},
        });
      }
    }
  }
  return out;
}

/** M月D日 … 召开/举行 …会议 → a new Event (MEETING) with its date, unless the meeting's name holds a known name. */
function meetings(paragraph: number, text: string, mentions: LinkedMention[], year: number | null): CandidateDraft[] {
  const match = MEETING.exec(text);
  if (!match) return [];
  const nameStart = match.index + match[0].length - match[3]!.length;
  const nameEnd = match.index + match[0].length;
  // A meeting whose name holds a known name (an event, the standing 联席会议 mechanism) is linked, not created again.
  if (mentions.some((m) => m.start < nameEnd && m.end > nameStart && m.label !== 'NewArea' && m.label !== 'Region')) return [];
  const name = match[3]!.trim();
  const ordinal = /第([一二三四五六七八九十])次/u.exec(name)?.[1];
  const month = Number(match[1]);
  const day = Number(match[2]);
  const properties: Record<string, unknown> = { kind: 'MEETING' };
  if (year) properties.date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (ordinal) properties.ordinal = NUMERALS[ordinal];
  return [
    {
      paragraph,
      quote: quoteOf(text, match.index, nameEnd),
      rule: 'MEETING_CUE',
      confidence: year ? 0.65 : 0.5,
      kind: 'ENTITY',
      entity: { label: 'Event', name, nameEn: pinyinName(name, false), properties },
      properties: {},
    },
  ];
}

/**
 * The fact candidates of one paragraph from its linked mentions and the cue patterns of its
 * text. `year` dates a meeting written as 4月23日 (from the source's date of publication).
 */
export function proposeFacts(
  paragraph: number,
  text: string,
  mentions: LinkedMention[],
  year: number | null,
  personNamed: PersonLookup = () => null,
): CandidateDraft[] {
  return [
    ...positions(paragraph, text, mentions, personNamed),
    ...locations(paragraph, text, mentions),
    ...vehicles(paragraph, text, mentions),
    ...meetings(paragraph, text, mentions, year),
    ...foundings(paragraph, text, mentions),
  ];
}
