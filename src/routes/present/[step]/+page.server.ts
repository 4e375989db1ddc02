import { error } from '@sveltejs/kit';
import { slidesData } from '$lib/server/present.ts';
import { story } from '$lib/server/content.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => story.steps.map((s) => ({ step: s.id }));

export const load: PageServerLoad = ({ params }) =>
	slidesData(params.step) ?? error(404, 'No such slide');
