// How a search hit matched: the characters of a name that matched, marked, and for a full-text
// hit the piece of the summary that holds the words, with the reason in the chosen language.
import type { ReactNode } from 'react';
import type { Lang } from '../lib/i18n.js';
import { enumLabel } from '../lib/vocabulary.js';
import { useT } from '../lib/context.js';

interface Range {
  start: number;
  end: number;
}

export interface HitMatch {
  matchedOn: string;
  matchedText?: string | null;
  matchedRanges: readonly Range[];
  snippet?: { text: string; ranges: readonly Range[] } | null;
}

/** `text` with the characters in `ranges` (UTF-16 offsets, in order) inside <mark>. */
export function Marked({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, { start, end }] of [...ranges].sort((a, b) => a.start - b.start).entries()) {
    const from = Math.max(at, Math.min(start, text.length));
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) parts.push(<span key={`t${i}`}>{text.slice(at, from)}</span>);
    parts.push(
      <mark key={`m${i}`} data-testid="match-mark">
        {text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  if (at < text.length) parts.push(<span key="rest">{text.slice(at)}</span>);
  return <>{parts}</>;
}

/** A name, with the matched characters marked when the hit matched this very name. */
export function HitName({ text, hit }: { text: string; hit: HitMatch }) {
  return hit.matchedText === text ? <Marked text={text} ranges={hit.matchedRanges} /> : <>{text}</>;
}

/** The reason a hit was found: how (in words), and what matched when it is not a name shown already. */
export function HitReason({ hit, shown, lang }: { hit: HitMatch; shown: readonly string[]; lang: Lang }) {
  const { t } = useT();
  const how = enumLabel('SearchMatchField', hit.matchedOn, lang);
  const other = hit.matchedText && !shown.includes(hit.matchedText) ? hit.matchedText : null;
  return (
    <span className="hit-match" data-testid="hit-reason" data-matched-on={hit.matchedOn}>
      <span className="hit-how">{how}</span>
      {other && (
        <>
          {t('search.colon')}
          <span className="hit-other">
            <Marked text={other} ranges={hit.matchedRanges} />
          </span>
        </>
      )}
      {hit.matchedOn === 'FULL_TEXT' &&
        (hit.snippet ? (
          <span className="hit-snippet" data-testid="hit-snippet">
            {t('search.inSummary')}
            {/* The summary's own words, quoted as written. */}
            <q>
              <Marked text={hit.snippet.text} ranges={hit.snippet.ranges} />
            </q>
          </span>
        ) : (
          <span className="hit-snippet">{t('search.fullTextOnly')}</span>
        ))}
    </span>
  );
}
