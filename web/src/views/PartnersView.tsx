// 6. An enterprise or an industry and a target new area: ranked candidates with their reasons.
import { CitationList } from '../components/Citation.js';
import { EntityLink } from '../components/EntityLink.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import { useExplorer, useT } from '../lib/context.js';
import { nameOf, reasonLabel, typeLabel } from '../lib/i18n.js';
import { sideOf } from '../lib/sides.js';
import { useQuery } from '../lib/use-query.js';
import { PartnerCandidatesQuery, PartnerChoicesQuery } from '../operations.js';

export function PartnersView() {
  const { state, update, sides } = useExplorer();
  const { lang, t } = useT();
  const choices = useQuery(PartnerChoicesQuery, {});
  const options = state.pmode === 'enterprise' ? choices.data?.enterprises.nodes : choices.data?.industries.nodes;
  const areas = choices.data?.newAreas.nodes ?? [];
  // The target defaults to the side the enterprise is not on.
  const ownSide = state.pmode === 'enterprise' && state.pid ? sideOf(sides, state.pid) : null;
  const area = state.area ?? areas.find((a) => ownSide && a.id !== ownSide)?.id ?? null;
  const ready = Boolean(state.pid && area);
  const candidates = useQuery(
    PartnerCandidatesQuery,
    {
      enterpriseId: state.pmode === 'enterprise' ? state.pid : null,
      industry: state.pmode === 'industry' ? state.pid : null,
      inArea: area ?? '',
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
      </div>
      {!ready && <Empty>{t('partners.pick')}</Empty>}
      {candidates.loading && <Loading />}
      {candidates.error && <ErrorMessage error={candidates.error} onRetry={candidates.retry} />}
      {candidates.data && candidates.data.partnerCandidates.length === 0 && <Empty testId="partners-empty">{t('partners.none')}</Empty>}
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
              {candidate.entity.summary && <p className="muted summary">{candidate.entity.summary}</p>}
              <ul className="reasons">
                {candidate.reasons.map((reason) => (
                  <li key={`${reason.kind}:${reason.via.id}`} className="reason" data-testid="reason">
                    <span className="reason-kind">
                      +{reason.weight} {reasonLabel(reason.kind, lang)}
                    </span>
                    <span className="reason-via">
                      <EntityLink entity={reason.via} />
                    </span>
                    <CitationList citations={reason.citations} showQuote={false} />
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
