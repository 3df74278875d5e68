import { useEffect, useRef } from 'react';
import type { CitationFieldsFragment } from '../gql/graphql.js';
import { useExplorer, useT } from '../lib/context.js';

/** A citation as a chip: paragraph number and the quote; one click opens the paragraph it comes from. */
export function CitationChip({ citation, showQuote = true }: { citation: CitationFieldsFragment; showQuote?: boolean }) {
  const { showCitation } = useExplorer();
  const { t } = useT();
  return (
    <button
      type="button"
      className="citation-chip"
      data-testid="citation"
      data-paragraph={citation.paragraph}
      title={t('citation.open')}
      onClick={() => showCitation(citation)}
    >
      <span className="citation-paragraph">{t('citation.paragraph', { n: citation.paragraph })}</span>
      {showQuote && <q className="citation-quote">{citation.quote}</q>}
    </button>
  );
}

export function CitationList({ citations, showQuote = true }: { citations: readonly CitationFieldsFragment[]; showQuote?: boolean }) {
  return (
    <span className="citation-list">
      {citations.map((citation) => (
        <CitationChip key={`${citation.source.id}:${citation.paragraph}:${citation.quote}`} citation={citation} showQuote={showQuote} />
      ))}
    </span>
  );
}

/** The paragraph the quote comes from, the quote marked, in a dialog. */
export function SourceViewer({ citation, onClose }: { citation: CitationFieldsFragment; onClose: () => void }) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const at = citation.paragraphText.indexOf(citation.quote);
  const text =
    at < 0 ? (
      citation.paragraphText
    ) : (
      <>
        {citation.paragraphText.slice(0, at)}
        <mark>{citation.quote}</mark>
        {citation.paragraphText.slice(at + citation.quote.length)}
      </>
    );
  return (
    <dialog ref={dialog} className="source-viewer" data-testid="source-viewer" onClose={onClose} onCancel={onClose}>
      <header>
        <span className="source-title" data-testid="citation-source-title">
          {t('citation.source')}：{citation.source.title}
        </span>
        {(citation.source.publisher || citation.source.publishedOn) && (
          <span className="source-meta muted">{[citation.source.publisher, citation.source.publishedOn].filter(Boolean).join(' · ')}</span>
        )}
        {citation.source.url && (
          <a className="source-link" href={citation.source.url} target="_blank" rel="noreferrer noopener">
            {t('sources.url')}
          </a>
        )}
        <span className="source-paragraph" data-testid="source-paragraph">
          {t('citation.paragraph', { n: citation.paragraph })}
        </span>
        <button type="button" className="close" onClick={onClose} aria-label={t('citation.close')}>
          ×
        </button>
      </header>
      <blockquote className="source-quote" data-testid="source-quote">
        {citation.quote}
      </blockquote>
      <p className="source-text" lang="zh">
        <span className="paragraph-number">[P{citation.paragraph}]</span> {text}
      </p>
    </dialog>
  );
}
