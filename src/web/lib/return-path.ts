/**
 * The page to return to after signing in, from `?till=`: only an address on this site
 * (starting with one slash), so a crafted link cannot send the user elsewhere.
 */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/logga-in')) return '/';
  return value;
}
