// 4. The ten key tasks against the platforms that serve them, one column per new area's side,
// gaps highlighted; exported as CSV.
import { EntityLink } from '../components/EntityLink.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import type { CoverageQuery as Coverage } from '../gql/graphql.js';
import { useT } from '../lib/context.js';
import { matrixCsv } from '../lib/csv.js';
import { type Lang, nameOf, translate } from '../lib/i18n.js';
import { useQuery } from '../lib/use-query.js';
import { enumLabel } from '../lib/vocabulary.js';
import { CoverageQuery } from '../operations.js';

type Row = Coverage['taskCoverage'][number];
type Area = Row['sides'][number]['newArea'];

/** The new areas that head the columns, in the order the API gives them in `sides`. */
function columnsOf(rows: readonly Row[]): Area[] {
  const areas = new Map<string, Area>();
  for (const row of rows) for (const side of row.sides) if (!areas.has(side.newArea.id)) areas.set(side.newArea.id, side.newArea);
  return [...areas.values()];
}

function sorted(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => a.task.year - b.task.year || a.task.number - b.task.number);
}

export function coverageCsv(rows: readonly Row[], lang: Lang): string {
  const areas = columnsOf(rows);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(lang, key, params);
  return matrixCsv(
    {
      number: '#',
      task: t('matrix.task'),
      areas: areas.map((area) => t('side.of', { area: nameOf(area, lang) })),
      withoutSide: t('matrix.noSide'),
      gaps: t('matrix.gaps'),
    },
    sorted(rows).map((row) => ({
      number: row.task.number,
      title: lang === 'en' ? row.task.nameEn : row.task.title,
      sides: areas.map((area) => (row.sides.find((side) => side.newArea.id === area.id)?.platforms ?? []).map((p) => nameOf(p, lang))),
      withoutSide: row.platformsWithoutSide.map((p) => nameOf(p, lang)),
      gaps: row.gapReasons.map((gap) => {
        const area = areas.find((a) => a.id === gap.newArea.id);
        return `${area ? nameOf(area, lang) : ''}${lang === 'zh' ? '：' : ': '}${enumLabel('CoverageGapReason', gap.reason, lang)}`;
      }),
    })),
  );
}

function download(name: string, text: string): void {
  // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function MatrixView() {
  const { lang, t } = useT();
  const query = useQuery(CoverageQuery, {});
  if (query.loading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} onRetry={query.retry} />;
  const rows = sorted(query.data?.taskCoverage ?? []);
  const areas = columnsOf(rows);
  const anyWithoutSide = rows.some((row) => row.platformsWithoutSide.length > 0);

  return (
    <section className="matrix-view" aria-label={t('view.matrix')}>
      <header className="view-header">
        <h2>{t('matrix.title')}</h2>
        <button type="button" data-testid="export-csv" onClick={() => download('task-platform-matrix.csv', coverageCsv(rows, lang))}>
          {t('matrix.export')}
        </button>
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
