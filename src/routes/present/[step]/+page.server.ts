import { error } from '@sveltejs/kit';
import { presentData } from '$lib/server/present.ts';
import { story } from '$lib/server/content.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => story.steps.map((s) => ({ step: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const data = presentData();
	if (!data.steps.some((s) => s.id === params.step)) error(404, 'No such slide');
	return { ...data, current: params.step };
};
