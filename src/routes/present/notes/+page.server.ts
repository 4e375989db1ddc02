import { figuresFor } from '$lib/server/figures.ts';
import { slideSteps } from '$lib/server/present.ts';
import { story } from '$lib/server/content.ts';
import type { PageServerLoad } from './$types';

// The first slide and the next one, as the window opens on them; the others are fetched as the
// slides move.
export const load: PageServerLoad = () => ({
	steps: slideSteps(),
	figures: figuresFor(story.steps.slice(0, 2)),
	headline: story.headline
});
