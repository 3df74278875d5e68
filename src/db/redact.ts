/** `scheme://user:password@host` and `scheme://user@host` in any text: the user info goes. */
const URI_USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;

/** The text with the credentials of every URI in it replaced by `***` (for logs and start-up errors). */
export function redactCredentials(text: string): string {
  return text.replace(URI_USER_INFO, '$1***@');
}
