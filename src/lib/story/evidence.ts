/** The answer key of the lesson's source check: each source of an event, placed against its date. */
import type { Source, TimelineEvent } from '../data/schema.ts';

/** When a source was published, compared with the event it supports. */
export type Timing = 'before' | 'same day' | 'after' | 'unclear';

/**
 * Compare two ISO dates of any precision (`2017`, `2017-09`, `2017-09-08`) at the coarser one:
 * a source dated only "2017" cannot be placed before or after an event in September 2017.
 */
export function timing(sourceDate: string, eventDate: string): Timing {
	const n = Math.min(sourceDate.length, eventDate.length);
	const a = sourceDate.slice(0, n);
	const b = eventDate.slice(0, n);
	if (a < b) return 'before';
	if (a > b) return 'after';
	return sourceDate.length === 10 && eventDate.length === 10 ? 'same day' : 'unclear';
}

export interface EvidenceSource {
	id: string;
	publisher: string;
	title: string;
	url: string;
	date: string;
	kind: Source['kind'];
	timing: Timing;
}

/** The answer key for one event of the source check: its sources, each placed against its date. */
export function evidence(event: TimelineEvent, sources: ReadonlyMap<string, Source>) {
	const list: EvidenceSource[] = event.sources.map((id) => {
		const s = sources.get(id);
		if (!s) throw new Error(`timeline event "${event.id}" cites unknown source "${id}"`);
		const { publisher, title, url, date, kind } = s;
		return { id, publisher, title, url, date, kind, timing: timing(date, event.date) };
	});
	return {
		id: event.id,
		title: event.title,
		date: event.date,
		confidence: event.confidence,
		note: event.note,
		sources: list,
		primary: list.filter((s) => s.kind === 'primary').length
	};
}
