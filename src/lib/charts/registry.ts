/** The charts the story can show, and the states each can be in. Pure metadata: no components here. */

export const CHARTS = {
	revenue: {
		id: 'revenue',
		title: 'Where Kaspersky’s money came from',
		subtitle: 'Revenue in 2016, the last full year before the US measures, and what followed',
		states: ['overview', 'total', 'regions', 'us-share', 'us-government', 'after'],
		data: 'revenue'
	},
	timeline: {
		id: 'timeline',
		title: 'The US measures, the retailers and the company, 2017–2024',
		subtitle: 'Who did what, and when, from the first Senate hearing to the end of updates',
		states: ['overview', 'summer-2017', 'directive', 'retailers', 'law', 'courts', '2024'],
		data: 'timeline'
	}
} as const;

export type ChartId = keyof typeof CHARTS;
export type ChartState<C extends ChartId = ChartId> = (typeof CHARTS)[C]['states'][number];
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];
/** The state an embed shows when no step is asked for. */
export const OVERVIEW = 'overview';

export function isChartId(value: unknown): value is ChartId {
	return typeof value === 'string' && Object.hasOwn(CHARTS, value);
}

export function isChartState(chart: ChartId, state: unknown): boolean {
	return typeof state === 'string' && (CHARTS[chart].states as readonly string[]).includes(state);
}

// One home for figure references and their key (src/lib/charts/figure.ts); re-exported for
// the modules that import it from here.
export { figureKey } from './figure.ts';
