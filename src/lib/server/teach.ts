/** What /teach/ shows: the lesson plan, its questions, the source check's answer key and the glossary. */
import { confidenceKey } from '../format/confidence.ts';
import { formatDate } from '../format/dates.ts';
import { count } from '../format/numbers.ts';
import { smartQuotes } from '../story/markdown.ts';
import { evidence, type Timing } from '../story/lesson.ts';
import { dataset, glossary, lesson, story } from './content.ts';

/** A source's date against its event's, as the answer key says it. */
const WHEN: Record<Timing, string> = {
	before: 'published before the event',
	'same day': 'published the same day',
	after: 'published after the event',
	unclear: 'dated too roughly to tell'
};

/** "3 sources, 1 primary", "1 source, primary", "2 sources, none primary". */
function sourceCount(n: number, primary: number): string {
	const sources = count(n, 'source');
	if (primary === 0) return `${sources}, none primary`;
	if (primary === n) return `${sources}, ${n === 1 ? 'primary' : 'all primary'}`;
	return `${sources}, ${primary} primary`;
}

export function teachData() {
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const events = new Map(dataset.timeline.map((e) => [e.id, e]));
	const answers = lesson.activity.map((id) => {
		const key = evidence(events.get(id)!, sources);
		return {
			...key,
			count: sourceCount(key.sources.length, key.primary),
			date: formatDate(key.date, { long: true }),
			sources: key.sources.map((s) => ({ ...s, date: formatDate(s.date), when: WHEN[s.timing] }))
		};
	});
	return {
		lesson,
		slideQuestions: lesson.questions.filter((q) => q.onSlides),
		groupQuestions: lesson.questions.filter((q) => !q.onSlides),
		answers,
		confidence: confidenceKey(answers.map((a) => a.confidence)),
		// Alphabetical, as a reader looks a word up; each id gives the anchor #term-<id>.
		glossary: glossary
			.map(({ id, term, long }) => ({ id, term: smartQuotes(term), long: smartQuotes(long) }))
			.sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' })),
		headline: story.headline
	};
}
