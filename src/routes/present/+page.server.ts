import { slidesData } from '$lib/server/present.ts';
import { story } from '$lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => slidesData(story.steps[0]!.id)!;
