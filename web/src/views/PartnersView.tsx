// 6. An enterprise or an industry and a target new area: ranked candidates with their reasons.
import { CitationList } from '../components/Citation.js';
import { EntityLink } from '../components/EntityLink.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { partnersTable } from '../lib/export/result-tables.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import { useExplorer, useT } from '../lib/context.js';
import { nameOf, reasonLabel, summaryIn, typeLabel } from '../lib/i18n.js';
import { singleSide } from '../lib/side-boxes.js';
import { enumLabel } from '../lib/vocabulary.js';
import { useQuery } from '../lib/use-query.js';
import { PartnerCandidatesQuery, PartnerChoicesQuery } from '../operations.js';

type Reason = { citations: { paragraph: number; quote: string; source: { id: string } }[] };

/** Each citation once per candidate: at the first reason that has it (¶73 is not repeated). */
export function citedOnce<R extends Reason>(reasons: readonly R[]): { reason: R; citations: R['citations'] }[] {
  const seen = new Set<string>();
  return reasons.map((reason) => ({
    reason,
    citations: reason.citations.filter((citation) => {
      const key = `${citation.source.id}|${citation.paragraph}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  }));
}

export function PartnersView() {
  const { state, update } = useExplorer();
  const { lang, t } = useT();
  const choices = useQuery(PartnerChoicesQuery, {});
  const options = state.pmode === 'enterprise' ? choices.data?.enterprises.nodes : choices.data?.industries.nodes;
  const areas = choices.data?.newAreas.nodes ?? [];
  // The target defaults to the side the enterprise is not on.
  // For an industry, the first new area is the default: a target is always chosen.
  const subject = state.pmode === 'enterprise' ? choices.data?.enterprises.nodes.find((e) => e.id === state.pid) : undefined;
  const ownSide = singleSide(subject?.side);
  const area = state.area ?? (ownSide ? areas.find((a) => a.id !== ownSide)?.id : areas[0]?.id) ?? null;
  const ready = Boolean(state.pid && area);
  const candidates = useQuery(
    PartnerCandidatesQuery,
    {
      enterpriseId: state.pmode === 'enterprise' ? state.pid : null,
      industry: state.pmode === 'industry' ? state.pid : null,
      inArea: area ?? '',
      candidateTypes: state.ctypes as ('ENTERPRISE' | 'ORGANIZATION' | 'PLATFORM')[],
      first: 20,
    },
    { skip: !ready },
  );
  const top = candidates.data?.partnerCandidates[0]?.score ?? 1;

  return (
    <section className="partners-view" aria-label={t('view.partners')}>
      {choices.error && <ErrorMessage error={choices.error} onRetry={choices.retry} />}
      <div className="partners-form">
        <fieldset>
          <legend>{t('partners.mode')}</legend>
          {(['enterprise', 'industry'] as const).map((mode) => (
            <label key={mode}>
              <input type="radio" name="pmode" checked={state.pmode === mode} onChange={() => update({ pmode: mode, pid: null }, true)} />
              {t(`partners.${mode}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t(state.pmode === 'enterprise' ? 'partners.enterprise' : 'partners.industry')}{' '}
          <select value={state.pid ?? ''} onChange={(event) => update({ pid: event.target.value || null }, true)} data-testid="partner-subject">
            <option value="">—</option>
            {(options ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {nameOf(option, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('partners.area')}{' '}
          <select value={area ?? ''} onChange={(event) => update({ area: event.target.value || null }, true)} data-testid="partner-area">
            <option value="">—</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {nameOf(a, lang)}
              </option>
            ))}
          </select>
        </label>
        <fieldset data-testid="partner-types">
          <legend>{t('partners.types')}</legend>
          {(['ENTERPRISE', 'ORGANIZATION', 'PLATFORM'] as const).map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={state.ctypes.includes(type)}
                onChange={(event) => {
                  const next = event.target.checked ? [...state.ctypes, type] : state.ctypes.filter((other) => other !== type);
                  update({ ctypes: next.length > 0 ? next : ['ENTERPRISE'] }, true);
                }}
              />
              {enumLabel('EntityType', type, lang)}
            </label>
          ))}
        </fieldset>
      </div>
      {!ready && <Empty>{t('partners.pick')}</Empty>}
      {candidates.loading && <Loading />}
      {candidates.error && <ErrorMessage error={candidates.error} onRetry={candidates.retry} />}
      {candidates.data && candidates.data.partnerCandidates.length === 0 && <Empty testId="partners-empty">{t('partners.none')}</Empty>}
      {candidates.data && candidates.data.partnerCandidates.length > 0 && (
        <div className="result-tools">
          <ExportMenu
            base="partners"
            sheets={[{ file: 'partners', sheet: t('export.sheet.partners') }]}
            load={() => [partnersTable(candidates.data?.partnerCandidates ?? [], lang)]}
          />
        </div>
      )}
      {candidates.data && candidates.data.partnerCandidates.length > 0 && (
        <ol className="candidates" data-testid="candidates">
          {candidates.data.partnerCandidates.map((candidate, i) => (
            <li key={candidate.entity.id} className="candidate" data-testid="candidate" data-entity-id={candidate.entity.id}>
              <div className="candidate-head">
                <span className="rank">{i + 1}</span>
                <EntityLink entity={candidate.entity} secondary />
                <span className="muted">{typeLabel(candidate.entity.__typename, lang)}</span>
                <span className="score" title={t('partners.score')}>
                  <span className="score-bar" style={{ width: `${Math.round((candidate.score / top) * 100)}%` }} />
                  <span className="score-value">{candidate.score}</span>
                </span>
              </div>
              {summaryIn(candidate.entity, lang) && <p className="muted summary">{summaryIn(candidate.entity, lang)}</p>}
              <ul className="reasons">
                {citedOnce(candidate.reasons).map(({ reason, citations }) => (
                  <li key={`${reason.kind}:${reason.via.id}`} className="reason" data-testid="reason">
                    <span className="reason-kind">
                      +{reason.weight} {reasonLabel(reason.kind, lang)}
                    </span>
                    <span className="reason-via">
                      <EntityLink entity={reason.via} />
                    </span>
                    <CitationList citations={citations} showQuote={false} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
