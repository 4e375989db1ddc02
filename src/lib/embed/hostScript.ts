/**
 * embed.js, the script host pages load once (src/lib/embed/host.js, a plain script so any page can
 * run it), with what it must agree on written in from their one home when the site is built: the
 * protocol's version, each chart's title (the chart registry), its fallback height and the step id
 * rule (the snippets an editor copies). Served by src/routes/embed.js/+server.ts.
 */
import { CHART_IDS, CHARTS } from '../charts/registry.ts';
import template from './host.js?raw';
import { PROTOCOL_VERSION } from './protocol.ts';
import { FALLBACK_HEIGHT, ID } from './snippets.ts';

const PLACEHOLDER = '__STORY_EMBED_CONFIG__';

export function hostScript(): string {
	if (!template.includes(PLACEHOLDER)) throw new Error(`host.js has no ${PLACEHOLDER}`);
	const config = {
		version: PROTOCOL_VERSION,
		charts: Object.fromEntries(
			CHART_IDS.map((id) => [id, { title: CHARTS[id].title, height: FALLBACK_HEIGHT[id] }])
		),
		id: ID.source
	};
	return template.replace(PLACEHOLDER, JSON.stringify(config));
}
