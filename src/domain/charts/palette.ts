// The charts' colours, chosen to pass WCAG 2.1 AA on a white page: every mark at least 3:1 against
// the background (1.4.11, graphics), every text at least 4.5:1 (1.4.3). palette.test.ts measures them.
// Each series also differs in lightness from its neighbours, so the bars stay apart in greyscale.

/** The page (and PDF) background the charts are drawn on. */
export const CHART_BACKGROUND = '#ffffff';

/** Text: titles, axis labels and legends. */
export const CHART_TEXT = '#1f2933';
/** Secondary text and axis lines. */
export const CHART_MUTED_TEXT = '#52606d';
/** Grid lines: decoration only (the values are in the table beside the chart), so exempt from 3:1. */
export const CHART_GRID = '#d9dee3';

/** The series of the money charts. */
export const MONEY_COLOURS = {
  grant: '#0b3c5d',
  accrued: '#2a7d4f',
  remaining: '#d0700a',
  previous: '#8795a3',
} as const;

/** An indicator's target (drawn as 100 %) and its outcome. */
export const INDICATOR_COLOURS = {
  target: '#0b3c5d',
  outcome: '#2a7d4f',
} as const;

/** The punctuality of reports. */
export const PUNCTUALITY_COLOURS = {
  on_time: '#2a7d4f',
  late: '#d0700a',
  overdue: '#b3261e',
  not_due: '#8795a3',
} as const;

/** Relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a colour #rrggbb: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21 (WCAG 2.1). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
