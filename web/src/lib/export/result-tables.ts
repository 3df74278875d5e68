// Tables of the answers of the paths, partners and matrix views.
import { type Lang, type Named, nameOf, otherNameOf, reasonLabel, relationshipText, translate, typeLabel } from '../i18n.js';
import { enumLabel } from '../vocabulary.js';
import { type CitedParagraph, type ExportTable, citationCells, citationHeaders, joined } from './table.js';

type Ref = Named & { id: string; __typename: string };

export interface PathRow {
  length: number;
  steps: readonly { from: Ref; to: Ref; type: string; direction: string; detail: string | null; citations: readonly CitedParagraph[] }[];
}

/** One row per step of every path, subject first in the words column. */
export function pathsTable(paths: readonly PathRow[], lang: Lang): ExportTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    file: 'paths',
    sheet: t('export.sheet.paths'),
    columns: [t('export.path'), t('export.length'), t('export.step'), t('export.stepFrom'), t('export.relationship'), t('export.stepTo'), t('export.words'), ...citationHeaders(lang)],
    rows: paths.flatMap((path, p) =>
      path.steps.map((step, s) => {
        const verb = relationshipText(step.type, step.detail, lang);
        const [subject, object] = step.direction === 'FORWARD' ? [step.from, step.to] : [step.to, step.from];
        const arrow = step.direction === 'FORWARD' ? `—${verb}→` : `←${verb}—`;
        return [p + 1, path.length, s + 1, nameOf(step.from, lang), arrow, nameOf(step.to, lang), `${nameOf(subject, lang)} ${verb} ${nameOf(object, lang)}`, ...citationCells(step.citations)];
      }),
    ),
  };
}

export interface CandidateRow {
  score: number;
  entity: Ref;
  reasons: readonly { kind: string; weight: number; via: Ref; citations: readonly CitedParagraph[] }[];
}

export function partnersTable(candidates: readonly CandidateRow[], lang: Lang): ExportTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    file: 'partners',
    sheet: t('export.sheet.partners'),
    columns: [t('partners.rank'), t('export.type'), t('export.name'), t('export.otherName'), t('partners.score'), t('partners.reasons'), ...citationHeaders(lang)],
    rows: candidates.map((candidate, i) => [
      i + 1,
      typeLabel(candidate.entity.__typename, lang),
      nameOf(candidate.entity, lang),
      otherNameOf(candidate.entity, lang),
      candidate.score,
      joined(candidate.reasons.map((reason) => `+${reason.weight} ${reasonLabel(reason.kind, lang)}${lang === 'zh' ? '：' : ': '}${nameOf(reason.via, lang)}`)),
      ...citationCells(candidate.reasons.flatMap((reason) => reason.citations)),
    ]),
  };
}

export interface CoverageRow {
  task: Named & { number: number; year: number; title: string; citations: readonly CitedParagraph[] };
  sides: readonly { newArea: Named & { id: string }; platforms: readonly Named[] }[];
  gapReasons: readonly { newArea: { id: string }; reason: string }[];
  platformsWithoutSide: readonly Named[];
}

/** The new areas heading the columns, in the order the API gives them. */
export function coverageAreas(rows: readonly CoverageRow[]): (Named & { id: string })[] {
  const areas = new Map<string, Named & { id: string }>();
  for (const row of rows) for (const side of row.sides) if (!areas.has(side.newArea.id)) areas.set(side.newArea.id, side.newArea);
  return [...areas.values()];
}

/** One row per task: its platforms per side, those on no side, the gaps with their reason, and where the article sets the task. */
export function coverageTable(rows: readonly CoverageRow[], lang: Lang): ExportTable {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(lang, key, params);
  const areas = coverageAreas(rows);
  const names = (list: readonly Named[]) => joined(list.map((entity) => nameOf(entity, lang)));
  return {
    file: 'task-coverage',
    sheet: t('export.sheet.coverage'),
    columns: ['#', t('matrix.task'), ...areas.map((area) => t('side.of', { area: nameOf(area, lang) })), t('matrix.noSide'), t('matrix.gaps'), ...citationHeaders(lang)],
    rows: rows.map((row) => [
      row.task.number,
      lang === 'en' ? row.task.nameEn : row.task.title,
      ...areas.map((area) => names(row.sides.find((side) => side.newArea.id === area.id)?.platforms ?? [])),
      names(row.platformsWithoutSide),
      joined(
        row.gapReasons.map((gap) => {
          const area = areas.find((a) => a.id === gap.newArea.id);
          return `${area ? nameOf(area, lang) : ''}${lang === 'zh' ? '：' : ': '}${enumLabel('CoverageGapReason', gap.reason, lang)}`;
        }),
      ),
      ...citationCells(row.task.citations),
    ]),
  };
}
