// 5. Pick two entities; the shortest connections between them, drawn and explained step by step.
import { useEffect, useState } from 'react';
import { CitationList } from '../components/Citation.js';
import { EntityLink } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PathDiagram } from '../components/PathDiagram.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import type { PathsQuery as PathsResult } from '../gql/graphql.js';
import { useExplorer, useT } from '../lib/context.js';
import { type Lang, nameOf, relationshipText } from '../lib/i18n.js';
import { useQuery } from '../lib/use-query.js';
import { PathsQuery } from '../operations.js';

type Step = PathsResult['paths'][number]['steps'][number];

/** A step in words, subject first: “朱明跃 任职（董事长） 猪八戒网”. */
function stepInWords(step: Step, lang: Lang): string {
  const [subject, object] = step.direction === 'FORWARD' ? [step.from, step.to] : [step.to, step.from];
  const verb = relationshipText(step.type, step.detail, lang);
  return `${nameOf(subject, lang)} ${verb} ${nameOf(object, lang)}`;
}

export function PathsView() {
  const { state, update } = useExplorer();
  const { lang, t } = useT();
  const [selected, setSelected] = useState(0);
  const ready = Boolean(state.from && state.to && state.from !== state.to);
  const query = useQuery(PathsQuery, { fromId: state.from ?? '', toId: state.to ?? '', maxLength: state.maxLen, first: 10 }, { skip: !ready });
  useEffect(() => setSelected(0), [state.from, state.to, state.maxLen]);
  const paths = query.data?.paths ?? [];
  const path = paths[selected];

  return (
    <section className="paths-view" aria-label={t('view.paths')}>
      <div className="paths-form">
        <EntityPicker label={t('paths.from')} value={state.from} onChange={(id) => update({ from: id }, true)} testId="path-from" />
        <button type="button" className="swap" onClick={() => update({ from: state.to, to: state.from }, true)} title={t('paths.swap')}>
          ⇄
        </button>
        <EntityPicker label={t('paths.to')} value={state.to} onChange={(id) => update({ to: id }, true)} testId="path-to" />
        <label>
          {t('paths.maxLength')}{' '}
          <select value={state.maxLen} onChange={(event) => update({ maxLen: Number(event.target.value) }, true)}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!ready && <Empty>{t('paths.pick')}</Empty>}
      {query.loading && <Loading />}
      {query.error && <ErrorMessage error={query.error} onRetry={query.retry} />}
      {query.data && paths.length === 0 && <Empty testId="paths-empty">{t('paths.none', { n: state.maxLen })}</Empty>}
      {paths.length > 0 && (
        <div className="paths-result">
          <PathDiagram paths={paths} lang={lang} selected={selected} onSelect={setSelected} />
          <ol className="path-list" data-testid="path-list">
            {paths.map((p, i) => (
              <li key={p.sentence}>
                <button type="button" className={i === selected ? 'active' : ''} onClick={() => setSelected(i)} data-testid="path-option">
                  <strong>{t('paths.path', { i: i + 1, n: p.length })}</strong> <span className="path-sentence">{p.sentence}</span>
                </button>
              </li>
            ))}
          </ol>
          {path && (
            <section className="path-steps" data-testid="path-steps">
              <h3>
                {t('paths.steps')} · {t('paths.path', { i: selected + 1, n: path.length })}
              </h3>
              <ol>
                {path.steps.map((step, i) => (
                  <li key={i} className="path-step" data-testid="path-step">
                    <div className="step-line">
                      <EntityLink entity={step.from} />
                      <span className="step-arrow">
                        {step.direction === 'FORWARD' ? '—' : '←'}
                        {relationshipText(step.type, step.detail, lang)}
                        {step.direction === 'FORWARD' ? '→' : '—'}
                      </span>
                      <EntityLink entity={step.to} />
                    </div>
                    <p className="step-words">{stepInWords(step, lang)}</p>
                    <CitationList citations={step.citations} />
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      )}
    </section>
  );
}
