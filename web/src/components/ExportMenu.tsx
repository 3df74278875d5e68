// The export menu of a view: each table as CSV, all of them as one XLSX workbook, and, for the
// graph, the drawing as PNG or SVG. Tables are built when asked for (they may need one more
// request, for citations), in the language of the moment.
import { useState } from 'react';
import type { Core } from 'cytoscape';
import { useT } from '../lib/context.js';
import { tableCsv } from '../lib/export/csv.js';
import { MIME, downloadBlob, downloadCsv } from '../lib/export/download.js';
import { graphPng, graphSvg } from '../lib/export/graph-image.js';
import type { ExportTable } from '../lib/export/table.js';
import { tablesXlsx } from '../lib/export/xlsx.js';

interface Props {
  /** File names start with it: `<base>.xlsx`, `<base>-<table>.csv` (`<base>.csv` for a single table). */
  base: string;
  /** The tables, by their `file`, with the label of their CSV button. */
  sheets: readonly { file: string; sheet: string }[];
  load: () => Promise<ExportTable[]> | ExportTable[];
  /** The graph to draw as PNG and SVG, when the view has one. */
  graph?: () => Core | null;
  disabled?: boolean;
}

export function ExportMenu({ base, sheets, load, graph, disabled = false }: Props) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = (job: () => Promise<void> | void) => async () => {
    setBusy(true);
    setFailure(null);
    try {
      await job();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const csv = (file: string) =>
    run(async () => {
      const table = (await load()).find((candidate) => candidate.file === file);
      if (table) downloadCsv(sheets.length === 1 ? `${base}.csv` : `${base}-${file}.csv`, tableCsv(table));
    });
  const xlsx = run(async () => downloadBlob(`${base}.xlsx`, new Blob([await tablesXlsx(await load())], { type: MIME.xlsx })));
  const cy = () => {
    const instance = graph?.();
    if (!instance || instance.nodes().empty()) throw new Error(t('graph.empty'));
    return instance;
  };
  const png = run(() => downloadBlob(`${base}.png`, graphPng(cy())));
  const svg = run(async () => downloadBlob(`${base}.svg`, await graphSvg(cy())));

  return (
    <details className="export-menu" data-testid="export-menu">
      <summary aria-disabled={disabled}>{busy ? t('export.working') : t('export.menu')}</summary>
      <div className="export-body">
        {sheets.map(({ file, sheet }) => (
          <button key={file} type="button" disabled={disabled || busy} onClick={csv(file)} data-testid={`export-csv-${file}`}>
            {t('export.csv', { table: sheet })}
          </button>
        ))}
        <button type="button" disabled={disabled || busy} onClick={xlsx} data-testid="export-xlsx">
          {t('export.xlsx')}
        </button>
        {graph && (
          <>
            <button type="button" disabled={disabled || busy} onClick={png} data-testid="export-png">
              {t('export.png')}
            </button>
            <button type="button" disabled={disabled || busy} onClick={svg} data-testid="export-svg">
              {t('export.svg')}
            </button>
          </>
        )}
        {failure && (
          <p className="export-failure" role="alert">
            {t('export.failed', { reason: failure })}
          </p>
        )}
      </div>
    </details>
  );
}
