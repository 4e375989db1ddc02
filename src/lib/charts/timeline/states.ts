/** The time window and the events in focus for each timeline state. */
import type { CHARTS } from '../registry.ts';

export type TimelineState = (typeof CHARTS.timeline.states)[number];

export interface TimelineView {
	/** First and last day in view, inclusive (ISO). */
	from: string;
	to: string;
	/** Events emphasised when a step gives no highlight of its own (embeds, overview). */
	focus: string[];
	/** A heading for the period in view. */
	period: string;
	/**
	 * A quiet stretch drawn narrower than its time (first and last month, inclusive), the axis's
	 * share of each piece (before, the stretch, after), and the words that say so on the axis and
	 * in the description.
	 */
	compressed?: { from: string; to: string; weights: [number, number, number]; label: string };
}

export const TIMELINE_VIEWS: Record<TimelineState, TimelineView> = {
	overview: {
		from: '2017-05-01',
		to: '2024-10-31',
		period: 'May 2017 to September 2024',
		// 2017–2018 get most of the width, the quiet years a sliver, 2024 the rest.
		compressed: {
			from: '2019-01',
			to: '2024-05',
			weights: [0.62, 0.08, 0.3],
			label: '2019 to May 2024, compressed'
		},
		focus: [
			'dhs-directive',
			'best-buy-pulls',
			'ndaa-signed',
			'appeal-lost',
			'commerce-ban',
			'updates-end'
		]
	},
	'summer-2017': {
		from: '2017-05-01',
		to: '2017-08-31',
		period: 'May to August 2017',
		focus: ['senate-hearing', 'gsa-delisting']
	},
	directive: {
		from: '2017-09-01',
		to: '2017-12-31',
		period: 'September to December 2017',
		focus: ['dhs-directive', 'bod-day-30', 'bod-day-60', 'bod-day-90']
	},
	retailers: {
		from: '2017-09-01',
		to: '2017-10-31',
		period: 'September and October 2017',
		focus: ['best-buy-pulls', 'office-depot-stops', 'staples-drops', 'amazon-keeps-selling']
	},
	law: {
		from: '2017-09-01',
		to: '2018-10-31',
		period: 'September 2017 to October 2018',
		focus: ['ndaa-signed', 'ndaa-in-force']
	},
	courts: {
		from: '2017-12-01',
		to: '2018-12-31',
		period: 'December 2017 to December 2018',
		focus: ['dhs-lawsuit', 'ndaa-lawsuit', 'suits-dismissed', 'appeal-lost']
	},
	'2024': {
		from: '2024-06-01',
		to: '2024-10-31',
		period: 'June to October 2024',
		focus: ['commerce-ban', 'us-wind-down', 'ultraav-switch', 'updates-end']
	}
};
