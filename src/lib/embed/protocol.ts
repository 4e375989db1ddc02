/**
 * The embed's side of the conversation with its host page, as pure functions: reading the query
 * string, the height messages in every dialect hosts already speak, and the messages it accepts.
 * Anything that does not match a known shape exactly is ignored.
 */

/**
 * The version of the protocol's own messages (`embed-height`, `embed-stepchange`, and the
 * `embed-step` / `embed-theme` a host sends), carried in each as `version`. Semantic versioning:
 * a new field or message is a minor change, a changed or removed one a major change. Record each
 * change in CHANGELOG.md; embed.js is built with it (src/lib/embed/hostScript.ts).
 * The other dialects (pym.js, Datawrapper, AMP, Embedly, LTI) keep their own formats, unversioned.
 */
export const PROTOCOL_VERSION = '1.0.0';

/** One of the protocol's own messages: its type, its fields, then the version. */
const message = <T extends object>(type: string, fields: T) => ({
	type,
	...fields,
	version: PROTOCOL_VERSION
});

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedParams {
	/** A step of this chart, or null for the chart's overview. */
	step: string | null;
	theme: EmbedTheme;
	controls: boolean;
	/** pym.js's id for this frame, when a pym.Parent made it. */
	childId: string | null;
}

const CHILD_ID = /^[\w-]{1,100}$/;

export function isTheme(value: unknown): value is EmbedTheme {
	return value === 'light' || value === 'dark' || value === 'auto';
}

/** Read the embed's options; unknown parameters are ignored and bad values fall back to defaults. */
export function readParams(search: URLSearchParams, steps: readonly string[]): EmbedParams {
	const step = search.get('step');
	const theme = search.get('theme');
	const childId = search.get('childId');
	return {
		step: step !== null && steps.includes(step) ? step : null,
		theme: isTheme(theme) ? theme : 'auto',
		controls: search.get('controls') === '1',
		childId: childId !== null && CHILD_ID.test(childId) ? childId : null
	};
}

/** The height, said every way a host might listen for it. */
export function heightMessages(
	chart: string,
	height: number,
	{ childId, href }: { childId: string | null; href: string }
): unknown[] {
	const h = Math.ceil(height);
	return [
		...(childId ? [`pymxPYMx${childId}xPYMxheightxPYMx${h}`] : []),
		{ 'datawrapper-height': { [chart]: h } },
		{ sentinel: 'amp', type: 'embed-size', height: h },
		JSON.stringify({ src: href, context: 'iframe.resize', height: h }),
		{ subject: 'lti.frameResize', height: h },
		message('embed-height', { chart, height: h })
	];
}

export type Incoming =
	| { kind: 'step'; step: string | null }
	| { kind: 'theme'; theme: EmbedTheme }
	| { kind: 'width'; width: number };

const SAME_MAJOR = new RegExp(`^${PROTOCOL_VERSION.split('.')[0]}\\.\\d{1,4}\\.\\d{1,4}$`);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** What the host asks, if its message has a known shape; null otherwise. */
export function parseMessage(
	data: unknown,
	{ childId, steps }: { childId: string | null; steps: readonly string[] }
): Incoming | null {
	if (typeof data === 'string') {
		if (!childId || data.length > 200) return null;
		const m = /^pymxPYMx(.+?)xPYMxwidthxPYMx(\d{1,5})$/.exec(data);
		if (!m || m[1] !== childId) return null;
		return { kind: 'width', width: Number(m[2]) };
	}
	if (!isPlainObject(data)) return null;
	// A host may say which version it speaks (embed.js does); a major version this embed does not
	// know may mean something else, so such a message is ignored. Without one, it is 1.x.
	let keys = Object.keys(data).sort().join(',');
	if ('version' in data) {
		if (typeof data.version !== 'string' || !SAME_MAJOR.test(data.version)) return null;
		keys = keys.replace(/,version$/, '');
	}
	if (data.type === 'embed-step' && keys === 'step,type') {
		if (data.step === null || data.step === 'overview') return { kind: 'step', step: null };
		return typeof data.step === 'string' && steps.includes(data.step)
			? { kind: 'step', step: data.step }
			: null;
	}
	if (data.type === 'embed-theme' && keys === 'theme,type' && isTheme(data.theme)) {
		return { kind: 'theme', theme: data.theme };
	}
	return null;
}

/** The message an embed sends when its state changes. */
export function stepChangeMessage(chart: string, step: string | null) {
	return message('embed-stepchange', { chart, step: step ?? 'overview' });
}
