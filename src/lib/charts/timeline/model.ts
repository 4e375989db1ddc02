/** What the timeline figure shows in each state: the events in its window. */
import { endOf, startOf } from '../../data/dates.ts';
import type { Dataset, TimelineEvent } from '../../data/schema.ts';
import { formatDate } from '../../format/dates.ts';
import { sourceRefs } from '../frame/sources.ts';
import { figureTable } from '../frame/table.ts';
import type { FigureModel } from '../frame/types.ts';
import { ACTOR_LABELS, CHARTS, LAYOUT_WIDTHS } from '../registry.ts';
import { timelineGeometry } from './compute.ts';
import { TIMELINE_VIEWS, type TimelineState } from './states.ts';

/** The widths the chart is laid out at; the figure shows the one that suits its container. */
export const TIMELINE_LAYOUTS: number[] = [...LAYOUT_WIDTHS];

/** Events whose day or month overlaps the state's window. */
export function eventsInView(events: TimelineEvent[], state: TimelineState): TimelineEvent[] {
	const view = TIMELINE_VIEWS[state];
	const from = startOf(view.from).getTime();
	const to = endOf(view.to).getTime();
	return events.filter((e) => startOf(e.date).getTime() < to && endOf(e.date).getTime() > from);
}

/** "8 Sep 2017", or "Oct 2017 (day not known)" for a month-precision event. */
export function eventDate(e: TimelineEvent): string {
	return e.precision === 'month' ? `${formatDate(e.date)} (month)` : formatDate(e.date);
}

/** An event's caveat: its own note, or why a month-precision event has no day. */
export function eventNote(e: TimelineEvent): string {
	return (
		e.note || (e.precision === 'month' ? 'The day is not known, so it is shown as a month.' : '')
	);
}

const EVENT_COLUMNS = [
	{ key: 'date', label: 'Date' },
	{ key: 'actor', label: 'Who' },
	{ key: 'what', label: 'What happened' },
	{ key: 'confidence', label: 'Confidence' }
];

/** The events in view as the data table lists them, with what the event list and details need. */
function eventTable(
	events: TimelineEvent[],
	period: string,
	sources: Map<string, Dataset['sources'][number]>
): FigureModel['table'] {
	return figureTable(
		{
			caption: `Events and deadlines, ${period}`,
			columns: EVENT_COLUMNS,
			cells: (e) => ({
				date: eventDate(e),
				actor: ACTOR_LABELS[e.actor],
				// not a column: the short title, for the event list
				title: `${e.type === 'deadline' ? 'Deadline: ' : ''}${e.title}`,
				what: `${e.type === 'deadline' ? 'Deadline: ' : ''}${e.title}. ${e.description}`,
				confidence: e.confidence,
				// not a column (the notes list has it): for the event's details
				note: eventNote(e)
			})
		},
		events,
		sources
	);
}

export function timelineFigure(
	data: Dataset,
	state: TimelineState,
	{ description = '', highlight = [] as string[] } = {}
): FigureModel {
	const view = TIMELINE_VIEWS[state];
	const focus = highlight.length ? highlight : view.focus;
	const events = eventsInView(data.timeline, state);
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const focused = events.filter((e) => focus.includes(e.id));
	return {
		chart: 'timeline',
		state,
		title: CHARTS.timeline.title,
		subtitle: CHARTS.timeline.subtitle,
		description:
			description ||
			`Timeline, ${view.period}${view.compressed ? ` (${view.compressed.label})` : ''}: ${events.length} events and deadlines. In focus: ${focused
				.map((e) => `${e.title} (${eventDate(e)})`)
				.join('; ')}.`,
		table: eventTable(events, view.period, sources),
		focus,
		drawing: {
			kind: 'timeline',
			// Only the labels this state shows travel to the page; hidden ones would be dead weight.
			layouts: TIMELINE_LAYOUTS.map((w) => {
				const g = timelineGeometry(data.timeline, w, state, focus);
				return { ...g, labels: g.labels.filter((l) => l.visible) };
			})
		},
		// The source line names the sources of the events in focus; the table has every event's.
		sources: sourceRefs(
			focused.flatMap((e) => e.sources),
			sources
		),
		moreSources:
			new Set(events.flatMap((e) => e.sources)).size -
			new Set(focused.flatMap((e) => e.sources)).size,
		notes: [
			...(view.compressed
				? [
						`On the time axis, the shaded band (${view.compressed.label}) is drawn far narrower than the time it spans, so that 2017–18 and 2024 can be read.`
					]
				: []),
			...events.filter((e) => eventNote(e)).map((e) => `${e.title}: ${eventNote(e)}`)
		]
	};
}
