import { story } from '$lib/server/content.ts';
import { figuresFor } from '$lib/server/figures.ts';
import { chartCard, siteRoot } from '$lib/server/site.ts';
import { citation } from '$lib/credits.ts';
import { formatDate } from '$lib/format/dates.ts';
import { narrow, STORY_FIELDS } from '$lib/story/types.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	// The page's data is sent twice (drawn into the HTML, and again for hydration): only what
	// this page shows. The slides' texts and the teacher's notes are for /present/.
	const steps = story.steps.map((s) => narrow(s, STORY_FIELDS));
	const root = siteRoot(url);
	return {
		story: { ...story, steps },
		// The first step's figure, for the first paint; the others come from /figures.json when idle.
		figures: figuresFor([story.steps[0]!]),
		siteRoot: root,
		// Written here, so the page ships no citation formatter.
		citation: citation({ headline: story.headline, published: story.published, url: root }),
		// The story's link preview shows the whole timeline.
		card: chartCard(root, 'timeline', null),
		// "28 November 2026", formatted here so the page ships no date formatter.
		dates: {
			published: formatDate(story.published, { long: true }),
			updated: story.updated ? formatDate(story.updated, { long: true }) : null
		}
	};
};
