import { dev } from '$app/environment';
import { dataset, story } from '$lib/server/content.ts';
import { figuresFor } from '$lib/server/figures.ts';
import { chartCard, siteRoot } from '$lib/server/site.ts';
import { citation } from '$lib/credits.ts';
import { formatDate } from '$lib/format/dates.ts';
import { narrow, STORY_FIELDS } from '$lib/story/types.ts';
import island from 'virtual:story-island';
import type { PageServerLoad } from './$types';

// No SvelteKit client: the page's one script hydrates the header and the scrolling story alone
// (./island.ts, scripts/island-plugin.ts), so the page's data is never sent to the browser again.
// Under `vite dev` SvelteKit hydrates the page as any other (dev-mode markup differs from the island's).
export const csr = dev;

export const load: PageServerLoad = ({ url }) => {
	// Only what this page shows: the slides' texts and the teacher's notes are for /present/.
	const steps = story.steps.map((s) => narrow(s, STORY_FIELDS));
	const root = siteRoot(url);
	return {
		story: { ...story, steps },
		// The first step's figure, for the first paint; the others come from /figures/… as the reader nears them.
		figures: figuresFor([story.steps[0]!]),
		siteRoot: root,
		island,
		// Written here, so the page ships no citation formatter.
		citation: citation({ headline: story.headline, published: story.published, url: root }),
		// The sources themselves are listed on /sources/.
		sourceCount: dataset.sources.length,
		// The story's link preview shows the whole timeline.
		card: chartCard(root, 'timeline', null),
		// "28 November 2026", formatted here so the page ships no date formatter.
		dates: {
			published: formatDate(story.published, { long: true }),
			updated: story.updated ? formatDate(story.updated, { long: true }) : null
		}
	};
};
