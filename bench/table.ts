// One benchmark figure: samples against a budget, summarised as median, p95 and range.

export interface Figure {
  name: string;
  budget: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  samples: number;
  withinBudget: boolean;
  /** The budget is a floor (a score to reach), not a ceiling. */
  atLeast?: boolean;
}

/** `on` says which statistic the budget applies to. */
export function figure(name: string, budget: number, samples: number[], on: 'median' | 'p95' = 'median'): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { name, budget, median: round(median), p95: round(at(0.95)), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), samples: sorted.length, withinBudget: (on === 'p95' ? at(0.95) : median) <= budget };
}

/** A figure whose budget is a floor: met when the median is at least `floor`. */
export function scoreFigure(name: string, floor: number, samples: number[]): Figure {
  const f = figure(name, floor, samples);
  return { ...f, atLeast: true, withinBudget: f.median >= floor };
}

export function printTable(figures: Figure[]): void {
  const rows = [['figure', 'budget', 'median', 'p95', 'min–max', 'ok'], ...figures.map((f) => [f.name, Number.isFinite(f.budget) ? `${f.atLeast ? '≥' : '≤'} ${f.budget}` : '—', String(f.median), String(f.p95), `${f.min}–${f.max}`, f.withinBudget ? 'yes' : 'NO'])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('   ').trimEnd());
}
