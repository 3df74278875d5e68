// Where an edit comes from (SourceInput): a free-text note, or a verbatim quote of a stored document.
import { useId } from 'react';
import type { SourceInput } from '../gql/graphql.js';
import { useT } from '../lib/context.js';
import { useQuery } from '../lib/use-query.js';
import { SourceListQuery } from '../operations-sources.js';

export interface SourceDraft {
  mode: 'note' | 'citation';
  note: string;
  source: string;
  paragraph: string;
  quote: string;
}

export const EMPTY_SOURCE: SourceDraft = { mode: 'note', note: '', source: '', paragraph: '', quote: '' };

export function toSourceInput(draft: SourceDraft): SourceInput {
  return draft.mode === 'note'
    ? { note: draft.note }
    : { citation: { source: draft.source, paragraph: Number(draft.paragraph), quote: draft.quote } };
}

export function SourceFields({ value, onChange }: { value: SourceDraft; onChange: (value: SourceDraft) => void }) {
  const { t } = useT();
  const name = useId();
  const sources = useQuery(SourceListQuery, {}, { skip: value.mode !== 'citation' });
  const set = (patch: Partial<SourceDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="source-fields" data-testid="source-fields">
      <legend>{t('edit.source')}</legend>
      <label className="inline">
        <input type="radio" name={name} checked={value.mode === 'note'} onChange={() => set({ mode: 'note' })} />
        {t('edit.sourceNote')}
      </label>
      <label className="inline">
        <input type="radio" name={name} data-testid="source-mode-citation" checked={value.mode === 'citation'} onChange={() => set({ mode: 'citation' })} />
        {t('edit.sourceCitation')}
      </label>
      {value.mode === 'note' ? (
        <input type="text" data-testid="source-note" placeholder={t('edit.notePlaceholder')} value={value.note} onChange={(event) => set({ note: event.target.value })} />
      ) : (
        <div className="citation-fields">
          <label>
            {t('edit.document')}
            <select data-testid="source-document" value={value.source} onChange={(event) => set({ source: event.target.value })}>
              <option value="" />
              {sources.data?.sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('edit.paragraph')}
            <input type="number" min={1} data-testid="source-paragraph-number" value={value.paragraph} onChange={(event) => set({ paragraph: event.target.value })} />
          </label>
          <label>
            {t('edit.quote')}
            <input type="text" data-testid="source-quote-text" value={value.quote} onChange={(event) => set({ quote: event.target.value })} />
          </label>
        </div>
      )}
    </fieldset>
  );
}
