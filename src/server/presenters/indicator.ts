import type { Indicator } from '../../app/indicators/list-indicators.js';
import type * as api from '../../contract/indicators.js';

/** An indicator in the API, with its targets year by year. */
export function presentIndicator(indicator: Indicator): api.Indicator {
  return {
    id: indicator.id,
    projectId: indicator.projectId,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    active: indicator.active,
    targets: indicator.targets.map((t) => ({ year: t.year, target: t.target })),
  };
}
