import type { ReactNode } from 'react';

/** A horizontal bar chart's height for its number of rows. */
export const chartHeight = (rows: number) => Math.max(200, 56 + rows * 46);

/** A swatch in a table heading, tying the column to the chart's colour (decoration: the heading says it). */
export function Key({ colour }: { colour: string }) {
  return <span className="chart-key" style={{ background: colour }} aria-hidden="true" />;
}

/**
 * A chart as a figure: its caption, a visible text summary, the chart (a picture of the table, hidden
 * from screen readers) and the table itself, which keyboard users reach and people copy into Excel.
 */
export function ChartFigure({ id, caption, summary, chart, children }: {
  id: string; caption: string; summary: string; chart: ReactNode; children: ReactNode;
}) {
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-caption`} aria-describedby={`${id}-summary`}>
      <figcaption id={`${id}-caption`} className="chart-figure__caption">{caption}</figcaption>
      <p id={`${id}-summary`} className="chart-figure__summary">{summary}</p>
      {chart}
      {children}
    </figure>
  );
}
