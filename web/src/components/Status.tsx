import type { ReactNode } from 'react';
import type { ApiError } from '../lib/api.js';
import { useT } from '../lib/context.js';

export function Loading({ what }: { what?: string }) {
  const { t } = useT();
  return (
    <div className="status status-loading" role="status" aria-live="polite" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      {what ?? t('loading')}
    </div>
  );
}

/** Says what went wrong: the API down, its database down, a refused request, or another failure. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useT();
  const hint = error.kind === 'unreachable' ? t('error.hint.unreachable') : error.kind === 'database' ? t('error.hint.database') : null;
  return (
    <div className={`status status-error error-${error.kind}`} role="alert" data-testid="api-error" data-kind={error.kind}>
      <strong>{t(`error.${error.kind}`)}</strong>
      <span className="error-detail">{error.message}</span>
      {hint && <span className="error-hint">{hint}</span>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="status status-empty" data-testid={testId ?? 'empty'}>
      {children}
    </div>
  );
}
