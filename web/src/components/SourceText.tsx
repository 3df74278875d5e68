// A paragraph of a source with the mentions of known entities marked: a click opens the entity in
// the graph; an ambiguous mention lists the entities it may mean instead.
import { useState } from 'react';
import type { SourceDetailsQuery } from '../gql/graphql.js';
import { useExplorer, useT } from '../lib/context.js';
import { nameOf } from '../lib/i18n.js';
import { EntityLink } from './EntityLink.js';

export type MentionData = NonNullable<SourceDetailsQuery['source']>['mentions'][number];

function MentionMark({ mention }: { mention: MentionData }) {
  const { openEntity } = useExplorer();
  const { lang, t } = useT();
  const [open, setOpen] = useState(false);
  const only = mention.entities[0];
  if (!mention.ambiguous && only) {
    return (
      <button type="button" className="mention" data-testid="mention" data-entity-id={only.id} title={nameOf(only, lang)} onClick={() => openEntity(only.id)}>
        {mention.text}
      </button>
    );
  }
  return (
    <span className="mention-ambiguous-wrap">
      <button type="button" className="mention ambiguous" data-testid="mention" data-ambiguous="true" aria-expanded={open} onClick={() => setOpen(!open)}>
        {mention.text}
      </button>
      {open && (
        <span className="mention-candidates" data-testid="mention-candidates" role="dialog">
          <span className="muted">{t('sources.ambiguous')}</span>
          {mention.entities.map((entity) => (
            <EntityLink key={entity.id} entity={entity} secondary />
          ))}
        </span>
      )}
    </span>
  );
}

/** The text with its mentions (sorted, not overlapping) as marks. */
export function ParagraphText({ text, mentions }: { text: string; mentions: readonly MentionData[] }) {
  const parts: (string | MentionData)[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start < at) continue;
    if (mention.start > at) parts.push(text.slice(at, mention.start));
    parts.push(mention);
    at = mention.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((part, i) => (typeof part === 'string' ? <span key={i}>{part}</span> : <MentionMark key={part.id} mention={part} />))}
    </>
  );
}
