// 5. Pick two entities; the shortest connections between them, drawn and explained step by step.
import { useEffect, useState } from 'react';
import { CitationList } from '../components/Citation.js';
import { EntityLink } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { PathDiagram } from '../components/PathDiagram.js';
import { pathsTable } from '../lib/export/result-tables.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import type { EntityType, PathsQuery as PathsResult, RelationshipType } from '../gql/graphql.js';
import { useExplorer, useT } from '../lib/context.js';
import { type Lang, nameOf, relationshipText } from '../lib/i18n.js';
import { useQuery } from '../lib/use-query.js';
import { enumLabel } from '../lib/vocabulary.js';
import { PathsQuery } from '../operations.js';

type Step = PathsResult['paths'][number]['steps'][number];
type Path = PathsResult['paths'][number];

/** A whole path in the language, arrows pointing from subject to object: 猪八戒网 ←任职（董事长）— 朱明跃 … */
export function pathInWords(path: Path, lang: Lang): string {
  const first = path.steps[0]?.from;
  const parts = first ? [nameOf(first, lang)] : [];
  for (const step of path.steps) {
    const verb = relationshipText(step.type, step.detail, lang);
    parts.push(step.direction === 'FORWARD' ? `—${verb}→` : `←${verb}—`, nameOf(step.to, lang));
  }
  return parts.join(' ');
}

/** What the path finder may leave out: hubs (new areas, regions) and the types that make them. */
const EXCLUDABLE_TYPES = ['NEW_AREA', 'REGION', 'INITIATIVE', 'INDUSTRY'] as const;
const EXCLUDABLE_RELATIONSHIPS = ['LOCATED_IN', 'AFFILIATED_WITH', 'PART_OF', 'SETS', 'PARTY_TO', 'CREDITED_ON'] as const;

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
  const query = useQuery(
    PathsQuery,
    {
      fromId: state.from ?? '',
      toId: state.to ?? '',
      maxLength: state.maxLen,
      first: 10,
      excludeTypes: state.noTypes as EntityType[],
      excludeRelationshipTypes: state.noRel as RelationshipType[],
    },
    { skip: !ready },
  );
  useEffect(() => setSelected(0), [state.from, state.to, state.maxLen, state.noTypes, state.noRel]);
  const toggle = (list: string[], item: string, on: boolean) => (on ? [...list, item] : list.filter((other) => other !== item));
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
        <fieldset className="path-exclude" data-testid="path-exclude">
          <legend>{t('paths.avoid')}</legend>
          {EXCLUDABLE_TYPES.map((type) => (
            <label key={type}>
              <input type="checkbox" checked={state.noTypes.includes(type)} onChange={(event) => update({ noTypes: toggle(state.noTypes, type, event.target.checked) }, true)} />
              {enumLabel('EntityType', type, lang)}
            </label>
          ))}
          {EXCLUDABLE_RELATIONSHIPS.map((type) => (
            <label key={type}>
              <input type="checkbox" checked={state.noRel.includes(type)} onChange={(event) => update({ noRel: toggle(state.noRel, type, event.target.checked) }, true)} />
              {relationshipText(type, null, lang)}
            </label>
          ))}
        </fieldset>
      </div>
      {!ready && <Empty>{t('paths.pick')}</Empty>}
      {query.loading && <Loading />}
      {query.error && <ErrorMessage error={query.error} onRetry={query.retry} />}
      {query.data && paths.length === 0 && <Empty testId="paths-empty">{t('paths.none', { n: state.maxLen })}</Empty>}
      {paths[0]?.truncated && (
        <p className="warning" data-testid="paths-truncated">
          {t('paths.truncated')}
        </p>
      )}
      {paths.length > 0 && (
        <div className="result-tools">
          <ExportMenu base="paths" sheets={[{ file: 'paths', sheet: t('export.sheet.paths') }]} load={() => [pathsTable(paths, lang)]} />
        </div>
      )}
      {paths.length > 0 && (
        <div className="paths-result">
          <div className="paths-drawing">
          <PathDiagram paths={paths} lang={lang} selected={selected} onSelect={setSelected} />
          <ol className="path-list" data-testid="path-list">
            {paths.map((p, i) => (
              <li key={p.sentence}>
                <button type="button" className={i === selected ? 'active' : ''} onClick={() => setSelected(i)} data-testid="path-option">
                  <strong>{t('paths.path', { i: i + 1, n: p.length })}</strong> <span className="path-sentence">{pathInWords(p, lang)}</span>
                </button>
              </li>
            ))}
          </ol>
          </div>
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
