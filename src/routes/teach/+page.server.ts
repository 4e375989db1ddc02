import { teachData } from '$lib/server/teach.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => teachData();
