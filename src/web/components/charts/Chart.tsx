import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from '../../../domain/charts/options.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { DrawnChart } from './echarts-svg.js';

/** Whether the reader asked the system for less motion: then charts do not animate. */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The page's own font, so the charts' text matches the text around them. */
export function pageFont(): string {
  return getComputedStyle(document.body).fontFamily || 'sans-serif';
}

/**
 * An ECharts chart, drawn as SVG once its code has loaded (a separate bundle). It is a picture of the
 * table beside it, so it is hidden from screen readers and takes no focus; the figure's summary and
 * table carry the same figures in words and numbers.
 */
export function Chart({ option, height }: { option: ChartOption; height: number }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<DrawnChart | null>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');

  useEffect(() => {
    let live = true;
    let observer: ResizeObserver | undefined;
    import('./echarts-svg.js').then(
      ({ drawChart }) => {
        if (!live || !box.current) return;
        chart.current = drawChart(box.current, option);
        observer = new ResizeObserver(() => chart.current?.resize());
        observer.observe(box.current);
        setState('drawn');
      },
      () => live && setState('failed'),
    );
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // Drawn once per mount; new options go through update below.
  }, []);

  useEffect(() => {
    chart.current?.update(option);
  }, [option]);

  return (
    <div className="chart">
      {state === 'loading' ? <p className="chart__status muted">{t('dashboard.chartLoading')}</p> : null}
      {state === 'failed' ? <p className="chart__status muted">{t('dashboard.chartFailed')}</p> : null}
      <div ref={box} className="chart__canvas" aria-hidden="true" style={{ height }} data-chart-state={state} />
    </div>
  );
}
