// Dates on screen are ISO (2014-08-31) and times are Stockholm's, whatever the browser's zone:
// the reports, deadlines and audit trail belong to a Swedish municipality.
const TIME_ZONE = 'Europe/Stockholm';
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const dateOnly = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeOnly = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function instant(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar date as `2014-08-31`; a timestamp becomes its Stockholm date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = instant(value);
  return date ? dateOnly.format(date) : value;
}

/** A timestamp as `2014-08-31 12:03`, Stockholm time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '–';
  const date = instant(value);
  return date ? dateTime.format(date).replace(',', '') : String(value);
}

/** A time of day as `12:03`, Stockholm time. */
export function formatTime(value: string | Date): string {
  const date = instant(value);
  return date ? timeOnly.format(date) : String(value);
}

/** Today's date in Stockholm, `2014-08-31`. */
export function todayInStockholm(now: Date = new Date()): string {
  return dateOnly.format(now);
}
