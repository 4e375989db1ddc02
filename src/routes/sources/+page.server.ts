// /sources/: every source the story uses, with its publisher, date and kind, and the steps that
// cite it. Its own page, so the story does not carry 28 KB of list (5.5 KB gzip) to every reader
// (issue 15); the story's back matter links here, and sources.csv holds the same. No JavaScript.
import { citedBy } from '$lib/story/citedBy.ts';
import { formatDate } from '$lib/format/dates.ts';
import { dataset, story } from '$lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({
	headline: story.headline,
	// Dates written out here, so the page ships no date formatter.
	sources: dataset.sources.map((s) => ({ ...s, dateText: formatDate(s.date, { long: true }) })),
	uses: citedBy(
		dataset.sources,
		[
			{ id: 'story-text', heading: 'the introduction', html: story.intro },
			...story.steps,
			{ id: 'methods', heading: 'Sources and methods', html: story.methods }
		],
		dataset
	)
});
