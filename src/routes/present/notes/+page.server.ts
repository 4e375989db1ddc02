import { story } from '$lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ steps: story.steps, headline: story.headline });
