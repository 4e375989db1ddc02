/**
 * The charts the story can show, the states each can be in, and the words and widths every chart
 * shares. Pure metadata: no components here, and only type imports from the data schema, so client
 * bundles that import it do not pull in the validator.
 */
import type { Actor, Segment } from '../data/schema.ts';

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

/** The widths (the drawing's own units) every chart is laid out at, narrowest first. */
export const LAYOUT_WIDTHS = [360, 560, 760] as const;
/** The layout a still copy (no script, print) draws. */
export const STILL_WIDTH = 560;
/** The layout the image files (social cards, downloads) draw. */
export const IMAGE_WIDTH = 760;

/** The timeline's lanes, in drawing order, and what readers call each actor. */
export const ACTOR_LABELS: Record<Actor, string> = {
	government: 'US government',
	retailer: 'Retailers',
	company: 'Kaspersky',
	court: 'Courts',
	other: 'Context'
};

/** What readers call each segment of revenue.csv. */
export const SEGMENT_LABELS: Record<Segment, string> = {
	global: 'Kaspersky worldwide',
	europe: 'Europe',
	'us-canada': 'US and Canada',
	'russia-cis': 'Russia and CIS',
	'rest-of-world': 'Rest of the world',
	'north-america': 'North America',
	'us-market': 'US companies and households',
	'us-government': 'US government'
};

/** The revenue square's regional bands, in drawing order (the 2016 regional split). */
export const REGION_SEGMENTS = ['europe', 'us-canada', 'russia-cis', 'rest-of-world'] as const;
