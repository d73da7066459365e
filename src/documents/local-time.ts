// Instants are stored in UTC; people in the city read them in Stockholm's wall time (CET/CEST).
import { AppError } from '../domain/errors.js';

// Made on first use: a command that prints no time should not load the time zone data.
let parts: Intl.DateTimeFormat | undefined;
const format = () => (parts ??= new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
}));

/** Stockholm's calendar date and clock time of an ISO instant: `{ date: '2015-01-15', time: '10:30' }`. */
export function stockholmTime(instant: string): { date: string; time: string } {
  const at = new Date(instant);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(instant) || Number.isNaN(at.getTime())) {
    throw new AppError('invalid_input', `"${instant}" är ingen tidpunkt (ÅÅÅÅ-MM-DDTtt:mm:ssZ).`);
  }
  const part = Object.fromEntries(format().formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/** An ISO instant as Stockholm's wall time, `2015-01-15 10:30`. */
export function formatStockholmTime(instant: string): string {
  const { date, time } = stockholmTime(instant);
  return `${date} ${time}`;
}
