import type { Source } from '../../data/schema.ts';
import { formatDate } from '../../format/dates.ts';
import type { SourceRef } from './types.ts';

/** The sources behind some rows, unique and in order of first use, with readable link texts. */
export function sourceRefs(ids: Iterable<string>, byId: ReadonlyMap<string, Source>): SourceRef[] {
	const unique = [...new Set(ids)].map((id) => {
		const s = byId.get(id);
		if (!s) throw new Error(`unknown source id "${id}"`);
		return s;
	});
	const perPublisher = new Map<string, number>();
	for (const s of unique) perPublisher.set(s.publisher, (perPublisher.get(s.publisher) ?? 0) + 1);
	return unique.map((s) => ({
		id: s.id,
		publisher: s.publisher,
		title: s.title,
		url: s.url,
		text: perPublisher.get(s.publisher)! > 1 ? `${s.publisher}, ${formatDate(s.date)}` : s.publisher
	}));
}
