/**
 * The page to return to after signing in, from `?till=`: only an address on this site
 * (starting with one slash), so a crafted link cannot send the user elsewhere.
 */
export function safeReturnPath(value: string | null): string {
  // Backslashes and control characters are refused outright: browsers read "/\\evil" and "/\t/evil"
  // as another host.
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  if (value.startsWith('/logga-in')) return '/';
  return value;
}
