// Sign-in in the header: an API key or a JWT pasted once, checked with the API (`viewer`), kept for
// the tab; the role it gives shows next to the name.
import { type FormEvent, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { type ApiError, execute } from '../lib/api.js';
import { useT } from '../lib/context.js';
import { storeCredentials, storedCredentials } from '../lib/session.js';
import { asApiError, invalidateQueries } from '../lib/use-query.js';
import { canEdit, useViewer, ViewerContext, type ViewerState } from '../lib/viewer.js';
import { enumLabel } from '../lib/vocabulary.js';
import type { ViewerQuery as ViewerResult } from '../gql/graphql.js';
import { ViewerQuery } from '../operations-sources.js';
import { ErrorMessage } from './Status.js';
import '../editing.css';

type Viewer = NonNullable<ViewerResult['viewer']>;

export function ViewerProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);

  const signIn = useCallback(async (token: string): Promise<ApiError | null> => {
    const previous = storedCredentials();
    storeCredentials(token.trim());
    try {
      const data = await execute(ViewerQuery, {});
      if (!data.viewer) throw new Error('no credentials were sent');
      setViewer(data.viewer);
      invalidateQueries();
      return null;
    } catch (error) {
      storeCredentials(previous);
      return asApiError(error);
    }
  }, []);

  const signOut = useCallback(() => {
    storeCredentials(null);
    setViewer(null);
    invalidateQueries();
  }, []);

  // Credentials kept by this tab from before a reload: asked again, dropped when no longer valid.
  useEffect(() => {
    const token = storedCredentials();
    if (token) void signIn(token).then((error) => error?.code === 'UNAUTHENTICATED' && storeCredentials(null));
  }, [signIn]);

  const value = useMemo<ViewerState>(
    () => ({ actor: viewer?.actor ?? null, role: viewer?.role ?? null, canEdit: canEdit(viewer?.role ?? null), signIn, signOut }),
    [viewer, signIn, signOut],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

/** `api-key:alice` → API 密钥 alice; `jwt:u1` → JWT 用户 u1. */
function actorText(actor: string, t: ReturnType<typeof useT>['t']): string {
  const [method, ...rest] = actor.split(':');
  const name = rest.join(':');
  if (method === 'api-key') return t('signin.apiKey', { name });
  if (method === 'jwt') return t('signin.jwt', { name });
  return actor;
}

export function SignInControl() {
  const { lang, t } = useT();
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  if (viewer.actor && viewer.role) {
    return (
      <div className="signin signed-in" data-testid="signed-in" data-role={viewer.role}>
        <span className="signin-who">{t('signin.as', { who: actorText(viewer.actor, t), role: enumLabel('ViewerRole', viewer.role, lang) })}</span>
        <button type="button" className="header-button" data-testid="signout" onClick={viewer.signOut}>
          {t('signin.out')}
        </button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    setBusy(true);
    const failure = await viewer.signIn(token);
    setBusy(false);
    setError(failure);
    if (!failure) {
      setToken('');
      setOpen(false);
    }
  };

  return (
    <div className="signin">
      <button type="button" className="header-button" data-testid="signin-open" onClick={() => setOpen(!open)}>
        {t('signin.button')}
      </button>
      {open && (
        <form className="signin-form" data-testid="signin-form" onSubmit={submit}>
          <label>
            {t('signin.label')}
            <input type="password" autoComplete="off" data-testid="signin-token" value={token} onChange={(event) => setToken(event.target.value)} />
          </label>
          <span className="muted">{t('signin.hint')}</span>
          {error && <ErrorMessage error={error} />}
          <div className="form-actions">
            <button type="submit" data-testid="signin-submit" disabled={busy || !token.trim()}>
              {t('signin.submit')}
            </button>
            <button type="button" onClick={() => (setOpen(false), setError(null))}>
              {t('signin.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
