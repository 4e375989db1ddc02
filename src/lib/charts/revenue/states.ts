/**
 * What the revenue chart shows in each state, in one table: the rows its data table lists, the
 * rows it emphasises, and which parts of the picture are on. The scenes read only this, never the
 * state's name, so a state is changed here and nowhere else.
 */
import type { CHARTS } from '../registry.ts';

export type RevenueState = (typeof CHARTS.revenue.states)[number];

export interface RevenueShow {
	/** revenue.csv rows the data table lists, by id, in reading order. */
	rows: string[];
	/** The rows emphasised when a step names none of its own. */
	focusRows: string[];
	/** The 10,000-cell grid over the square. */
	grid: boolean;
	/** How the square's bands are filled: one colour for the whole, or one per region. */
	bands: 'total' | 'regions';
	/** The region the step is about (the others greyed out), if any. */
	focusSegment: string | null;
	/** Each band's name and share. */
	regionLabels: boolean;
	/** The year's revenue, written large across the square. */
	total: boolean;
	/** What one cell is worth. */
	gridKey: boolean;
	/** One cell magnified, with the US government's sales inside it. */
	zoom: boolean;
	/** What followed: the square folds into the first of the yearly bars. */
	after: boolean;
}

const OFF = { total: false, gridKey: false, zoom: false, after: false } as const;

export const REVENUE_STATES: Record<RevenueState, RevenueShow> = {
	overview: {
		rows: [
			'revenue-2016',
			'share-europe-2016',
			'share-us-canada-2016',
			'share-russia-cis-2016',
			'share-rest-2016',
			'us-government-sales',
			// the zoom writes it beside the sales, so the table lists it too
			'us-government-share-global',
			'revenue-2017',
			'north-america-change-2017',
			'north-america-change-2018'
		],
		focusRows: ['share-us-canada-2016', 'us-government-sales'],
		...OFF,
		grid: true,
		bands: 'regions',
		focusSegment: null,
		regionLabels: true,
		zoom: true
	},
	total: {
		rows: ['revenue-2016', 'revenue-2016-audited'],
		focusRows: ['revenue-2016'],
		...OFF,
		grid: true,
		bands: 'total',
		focusSegment: null,
		regionLabels: false,
		total: true,
		gridKey: true
	},
	regions: {
		rows: ['share-europe-2016', 'share-us-canada-2016', 'share-russia-cis-2016', 'share-rest-2016'],
		focusRows: ['share-us-canada-2016'],
		...OFF,
		grid: true,
		bands: 'regions',
		focusSegment: null,
		regionLabels: true,
		gridKey: true
	},
	'us-share': {
		rows: ['share-us-canada-2016', 'us-market-share-filing'],
		focusRows: ['share-us-canada-2016', 'us-market-share-filing'],
		...OFF,
		grid: true,
		bands: 'regions',
		focusSegment: 'us-canada',
		regionLabels: true,
		gridKey: true
	},
	'us-government': {
		rows: ['us-government-sales', 'us-government-share-us', 'us-government-share-global'],
		focusRows: ['us-government-sales'],
		...OFF,
		grid: true,
		bands: 'regions',
		focusSegment: 'us-canada',
		regionLabels: true,
		zoom: true
	},
	after: {
		rows: [
			'revenue-2016',
			'revenue-2017',
			'revenue-change-2017',
			'revenue-2018',
			'north-america-change-2017',
			'north-america-change-2018'
		],
		focusRows: ['north-america-change-2017', 'north-america-change-2018'],
		...OFF,
		grid: false,
		bands: 'total',
		focusSegment: null,
		regionLabels: false,
		after: true
	}
};
