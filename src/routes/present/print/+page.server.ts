import { handoutData } from './handout.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => handoutData(url);
