// 4. The ten key tasks against the platforms that serve them, one column per new area's side,
// gaps highlighted; exported as CSV or XLSX.
import { EntityLink } from '../components/EntityLink.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import type { CoverageQuery as Coverage } from '../gql/graphql.js';
import { useT } from '../lib/context.js';
import { coverageAreas, coverageTable } from '../lib/export/result-tables.js';
import { nameOf } from '../lib/i18n.js';
import { useQuery } from '../lib/use-query.js';
import { enumLabel } from '../lib/vocabulary.js';
import { CoverageQuery } from '../operations.js';

type Row = Coverage['taskCoverage'][number];

function sorted(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => a.task.year - b.task.year || a.task.number - b.task.number);
}

export function MatrixView() {
  const { lang, t } = useT();
  const query = useQuery(CoverageQuery, {});
  if (query.loading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} onRetry={query.retry} />;
  const rows = sorted(query.data?.taskCoverage ?? []);
  const areas = coverageAreas(rows);
  const anyWithoutSide = rows.some((row) => row.platformsWithoutSide.length > 0);

  return (
    <section className="matrix-view" aria-label={t('view.matrix')}>
      <header className="view-header">
        <h2>{t('matrix.title')}</h2>
        <ExportMenu base="task-platform-matrix" sheets={[{ file: 'task-coverage', sheet: t('export.sheet.coverage') }]} load={() => [coverageTable(rows, lang)]} />
      </header>
      <p className="muted">{t('matrix.note')}</p>
      <table className="matrix" data-testid="matrix">
        <thead>
          <tr>
            <th scope="col">{t('matrix.task')}</th>
            {areas.map((area, i) => (
              <th key={area.id} scope="col" className={`side-col side-${i}`}>
                {t('side.of', { area: nameOf(area, lang) })}
              </th>
            ))}
            {anyWithoutSide && <th scope="col">{t('matrix.noSide')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.task.id} data-testid="matrix-row" data-task-number={row.task.number}>
              <th scope="row">
                <span className="task-number">{row.task.number}</span>
                <EntityLink entity={{ ...row.task, name: row.task.title }} />
              </th>
              {areas.map((area, i) => {
                const platforms = row.sides.find((side) => side.newArea.id === area.id)?.platforms ?? [];
                const gap = row.gapReasons.find((g) => g.newArea.id === area.id);
                // Only a task with platforms named on the other side is a gap of this side; a task
                // with no platform named at all says nothing about either side.
                const kind = gap ? (gap.reason === 'NO_PLATFORM_NAMED' ? ' unnamed' : ' gap') : '';
                return (
                  <td key={area.id} className={`side-${i}${kind}`} data-area={area.id} data-gap={gap?.reason}>
                    {gap && <span className="gap-label">{enumLabel('CoverageGapReason', gap.reason, lang)}</span>}
                    {platforms.map((platform) => (
                      <EntityLink key={platform.id} entity={platform} />
                    ))}
                  </td>
                );
              })}
              {anyWithoutSide && (
                <td className="no-side">
                  {row.platformsWithoutSide.map((platform) => (
                    <EntityLink key={platform.id} entity={platform} />
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
