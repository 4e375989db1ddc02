import { presentData } from '$lib/server/present.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = presentData();
	return { ...data, current: data.steps[0]!.id };
};
