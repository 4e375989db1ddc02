import { CHARTS } from '$lib/charts/registry.ts';
import { story } from '$lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	charts: Object.values(CHARTS).map(({ id, title, subtitle }) => ({ id, title, subtitle })),
	steps: story.steps.map(({ id, chart, heading }) => ({ id, chart, heading }))
});
