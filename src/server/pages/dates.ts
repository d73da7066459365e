// Instants are stored in UTC; people in the municipality read them in Stockholm time.
const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

/** An ISO instant as Stockholm local time, `2014-08-31 14:05`. */
export function formatInstant(iso: string): string {
  return STOCKHOLM.format(new Date(iso));
}
