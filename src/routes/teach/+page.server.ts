import { story } from '$lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	headline: story.headline,
	standfirst: story.standfirst,
	steps: story.steps.map(({ id, heading, question }) => ({ id, heading, question }))
});
