import { CHARTS } from '$lib/charts/registry.ts';
import { PROTOCOL_VERSION } from '$lib/embed/protocol.ts';
import { story } from '$lib/server/content.ts';
import { LINK_FIELDS, narrow } from '$lib/story/types.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	charts: Object.values(CHARTS).map(({ id, title, subtitle }) => ({ id, title, subtitle })),
	steps: story.steps.map((s) => narrow(s, LINK_FIELDS)),
	// From the server: imported in the page, the protocol would become a chunk of its own, which
	// every embed would then load separately.
	protocolVersion: PROTOCOL_VERSION
});
