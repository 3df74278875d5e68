// 6. Sources: the documents the graph cites; one read with its mentions marked and its fact
// candidates beside their paragraphs. Editors add documents and review the candidates.
import { useEffect, useState } from 'react';
import { type Added, AddSourceForm } from '../components/AddSourceForm.js';
import { CandidateCard } from '../components/CandidateCard.js';
import { ParagraphText } from '../components/SourceText.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import type { FactCandidateStatus, SourceDetailsQuery } from '../gql/graphql.js';
import { useExplorer, useT } from '../lib/context.js';
import { useMutation } from '../lib/use-mutation.js';
import { useQuery } from '../lib/use-query.js';
import { useViewer } from '../lib/viewer.js';
import { enumLabel } from '../lib/vocabulary.js';
import { AcceptFactCandidatesMutation, ReprocessSourceMutation, SourceDetailsQuery as SourceDetailsDocument, SourceListQuery } from '../operations-sources.js';

type Source = NonNullable<SourceDetailsQuery['source']>;
const STATUSES: FactCandidateStatus[] = ['PENDING', 'ACCEPTED', 'REJECTED'];

function SourceList({ selected, onSelect, onAdd, adding }: { selected: string | null; onSelect: (id: string) => void; onAdd: () => void; adding: boolean }) {
  const { t } = useT();
  const { canEdit } = useViewer();
  const list = useQuery(SourceListQuery, {});
  return (
    <aside className="sources-list" data-testid="sources-list">
      <h2>{t('sources.title')}</h2>
      {canEdit && (
        <button type="button" className={adding ? 'active' : ''} data-testid="add-source-open" onClick={onAdd}>
          {t('sources.add')}
        </button>
      )}
      {list.loading && <Loading />}
      {list.error && <ErrorMessage error={list.error} onRetry={list.retry} />}
      {list.data && list.data.sources.length === 0 && <Empty>{t('sources.none')}</Empty>}
      <ul>
        {list.data?.sources.map((source) => (
          <li key={source.id}>
            <button
              type="button"
              className={`source-item${source.id === selected ? ' active' : ''}`}
              data-testid="source-item"
              data-source-id={source.id}
              onClick={() => onSelect(source.id)}
            >
              <span className="source-item-title">{source.title}</span>
              <span className="muted">{[source.publisher, source.publishedOn].filter(Boolean).join(' · ') || (source.addedAt ? '' : t('sources.seed'))}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function SourceHeader({ source, notice, onNotice }: { source: Source; notice: string | null; onNotice: (text: string) => void }) {
  const { lang, t } = useT();
  const { canEdit } = useViewer();
  const reprocess = useMutation(ReprocessSourceMutation);
  const language = source.language === 'zh' ? t('lang.zh') : source.language === 'en' ? t('lang.en') : source.language;
  return (
    <header className="source-header">
      <h2 data-testid="source-title">{source.title}</h2>
      <dl className="facts">
        {source.publisher && (
          <>
            <dt>{t('sources.publisher')}</dt>
            <dd>{source.publisher}</dd>
          </>
        )}
        {source.publishedOn && (
          <>
            <dt>{t('sources.publishedOn')}</dt>
            <dd>{source.publishedOn}</dd>
          </>
        )}
        {source.url && (
          <>
            <dt>{t('sources.url')}</dt>
            <dd>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.url}
              </a>
            </dd>
          </>
        )}
        <dt>{t('sources.language')}</dt>
        <dd>{language}</dd>
      </dl>
      <p className="muted">
        {t('sources.paragraphs', { n: source.paragraphs.length })} · {t('sources.mentionsCount', { n: source.mentions.length })} ·{' '}
        {STATUSES.map((status) => `${enumLabel('FactCandidateStatus', status, lang)} ${source.factCandidates.filter((c) => c.status === status).length}`).join(' · ')}
      </p>
      {canEdit && source.addedAt && (
        <button
          type="button"
          data-testid="reprocess"
          disabled={reprocess.busy}
          onClick={async () => {
            const result = await reprocess.run({ id: source.id });
            if (result) onNotice(t('sources.reprocessed', { mentions: result.reprocessSource.mentionCount, candidates: result.reprocessSource.candidateCount }));
          }}
        >
          {t('sources.reprocess')}
        </button>
      )}
      {reprocess.error && <ErrorMessage error={reprocess.error} />}
      {notice && (
        <div className="status notice" role="status" data-testid="source-notice">
          {notice}
        </div>
      )}
    </header>
  );
}

function SourceReader({ id, notice, onNotice }: { id: string; notice: string | null; onNotice: (text: string) => void }) {
  const { lang, t } = useT();
  const { canEdit } = useViewer();
  const query = useQuery(SourceDetailsDocument, { id });
  const [filter, setFilter] = useState<FactCandidateStatus | 'ALL'>('ALL');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const bulk = useMutation(AcceptFactCandidatesMutation);
  useEffect(() => setSelected(new Set()), [id]);

  if (query.loading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} onRetry={query.retry} />;
  const source = query.data?.source;
  if (!source) return <Empty>{t('sources.pick')}</Empty>;

  const pending = source.factCandidates.filter((c) => c.status === 'PENDING');
  const shown = source.factCandidates.filter((c) => filter === 'ALL' || c.status === filter);
  const chosen = pending.filter((c) => selected.has(c.id)).map((c) => c.id);
  const toggle = (candidateId: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(candidateId);
      else next.delete(candidateId);
      return next;
    });

  return (
    <section className="source-reader" data-testid="source-reader" data-source-id={source.id}>
      <SourceHeader source={source} notice={notice} onNotice={onNotice} />
      <div className="candidate-toolbar">
        <label>
          {t('sources.filter')}{' '}
          <select data-testid="candidate-filter" value={filter} onChange={(event) => setFilter(event.target.value as FactCandidateStatus | 'ALL')}>
            <option value="ALL">{t('sources.all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {enumLabel('FactCandidateStatus', status, lang)}
              </option>
            ))}
          </select>
        </label>
        {canEdit && pending.length > 0 && (
          <>
            <button type="button" data-testid="select-all" onClick={() => setSelected(new Set(pending.map((c) => c.id)))}>
              {t('sources.selectAll')}
            </button>
            <button
              type="button"
              data-testid="accept-selected"
              disabled={chosen.length === 0 || bulk.busy}
              onClick={async () => {
                const result = await bulk.run({ ids: chosen });
                if (result) {
                  setSelected(new Set());
                  onNotice(t('sources.accepted', { n: result.acceptFactCandidates.length }));
                }
              }}
            >
              {t('sources.acceptSelected', { n: chosen.length })}
            </button>
          </>
        )}
      </div>
      {bulk.error && <ErrorMessage error={bulk.error} />}
      <ol className="source-paragraphs">
        {source.paragraphs.map((paragraph) => {
          const candidates = shown.filter((c) => c.paragraph === paragraph.number);
          return (
            <li key={paragraph.number} className="source-paragraph-row" data-testid="source-paragraph-row" data-paragraph={paragraph.number}>
              <p className="paragraph-text" lang={source.language === 'en' ? 'en' : 'zh'}>
                <span className="paragraph-number">[P{paragraph.number}]</span>{' '}
                <ParagraphText text={paragraph.text} mentions={source.mentions.filter((m) => m.paragraph === paragraph.number)} />
              </p>
              <div className="paragraph-candidates">
                {candidates.map((candidate) => (
                  <CandidateCard key={candidate.id} candidate={candidate} editable={canEdit} selected={selected.has(candidate.id)} onSelect={(on) => toggle(candidate.id, on)} />
                ))}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function SourcesView() {
  const { state, update } = useExplorer();
  const { t } = useT();
  const { canEdit } = useViewer();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const select = (id: string) => {
    setAdding(false);
    setNotice(null);
    update({ doc: id }, true);
  };
  return (
    <div className="sources-view">
      <SourceList selected={state.doc} onSelect={select} onAdd={() => setAdding(true)} adding={adding} />
      <div className="sources-main">
        {adding && canEdit ? (
          <AddSourceForm
            onAdded={(added: Added) => {
              select(added.id);
              setNotice(added.message);
            }}
          />
        ) : state.doc ? (
          <SourceReader id={state.doc} notice={notice} onNotice={setNotice} />
        ) : (
          <Empty testId="sources-pick">{canEdit ? t('sources.pick') : t('sources.pickReader')}</Empty>
        )}
      </div>
    </div>
  );
}
