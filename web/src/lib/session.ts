// Sign-in for one browser tab: the API key or JWT pasted once is kept in sessionStorage (gone when
// the tab closes, never shared with other tabs) and sent as `Authorization: Bearer …` with every request.
const STORAGE_KEY = 'chengyu-graph.credentials';

export function storedCredentials(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeCredentials(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(STORAGE_KEY, token);
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage off (a private window may refuse it): the sign-in then lasts until the page reloads.
  }
  memory = token;
}

let memory: string | null = null;

/** The Authorization header of the signed-in tab; none when signed out. */
export function authorizationHeader(): Record<string, string> {
  const token = storedCredentials() ?? memory;
  return token ? { authorization: `Bearer ${token}` } : {};
}
