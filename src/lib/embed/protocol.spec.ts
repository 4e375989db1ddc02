import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	heightMessages,
	parseMessage,
	PROTOCOL_VERSION,
	readParams,
	stepChangeMessage
} from './protocol.ts';

const STEPS = ['trust-us', 'regions'];

describe('readParams', () => {
	it.each([
		['', { step: null, theme: 'auto', controls: false, childId: null }],
		[
			'step=regions&theme=dark&controls=1',
			{ step: 'regions', theme: 'dark', controls: true, childId: null }
		],
		[
			'step=nope&theme=purple&controls=yes',
			{ step: null, theme: 'auto', controls: false, childId: null }
		],
		[
			'step=%3Cimg%20src%3Dx%3E&theme=%22%3E',
			{ step: null, theme: 'auto', controls: false, childId: null }
		],
		[
			'childId=example-1&initialWidth=600&parentUrl=x',
			{ step: null, theme: 'auto', controls: false, childId: 'example-1' }
		],
		['childId=%3Cscript%3E', { step: null, theme: 'auto', controls: false, childId: null }],
		[
			'step=regions&step=trust-us',
			{ step: 'regions', theme: 'auto', controls: false, childId: null }
		],
		['utm_source=x&theme=light', { step: null, theme: 'light', controls: false, childId: null }]
	])('?%s', (query, expected) => {
		expect(readParams(new URLSearchParams(query), STEPS)).toEqual(expected);
	});
});

describe('heightMessages', () => {
	it('speaks every dialect, rounding up; only its own message carries the version', () => {
		expect(
			heightMessages('revenue', 480.2, { childId: 'c1', href: 'https://x.org/embed/revenue/' })
		).toEqual([
			'pymxPYMxc1xPYMxheightxPYMx481',
			{ 'datawrapper-height': { revenue: 481 } },
			{ sentinel: 'amp', type: 'embed-size', height: 481 },
			'{"src":"https://x.org/embed/revenue/","context":"iframe.resize","height":481}',
			{ subject: 'lti.frameResize', height: 481 },
			{ type: 'embed-height', chart: 'revenue', height: 481, version: '1.0.0' }
		]);
	});
	it('leaves pym out when pym did not make the frame', () => {
		const messages = heightMessages('timeline', 300, { childId: null, href: 'x' });
		expect(messages.some((m) => typeof m === 'string' && m.startsWith('pym'))).toBe(false);
		expect(messages).toHaveLength(5);
	});
});

describe('parseMessage', () => {
	const ctx = { childId: 'c1', steps: STEPS };
	it.each([
		[
			{ type: 'embed-step', step: 'regions' },
			{ kind: 'step', step: 'regions' }
		],
		[
			{ type: 'embed-step', step: 'overview' },
			{ kind: 'step', step: null }
		],
		[
			{ type: 'embed-step', step: null },
			{ kind: 'step', step: null }
		],
		[
			{ type: 'embed-theme', theme: 'dark' },
			{ kind: 'theme', theme: 'dark' }
		],
		['pymxPYMxc1xPYMxwidthxPYMx640', { kind: 'width', width: 640 }],
		// With the version embed.js sends, or any later 1.x.
		[
			{ type: 'embed-step', step: 'regions', version: '1.0.0' },
			{ kind: 'step', step: 'regions' }
		],
		[
			{ version: '1.12.3', theme: 'light', type: 'embed-theme' },
			{ kind: 'theme', theme: 'light' }
		]
	])('accepts %j', (data, expected) => {
		expect(parseMessage(data, ctx)).toEqual(expected);
	});

	it.each([
		[{ type: 'embed-step', step: 'nope' }],
		[{ type: 'embed-step', step: '<img src=x onerror=alert(1)>' }],
		[{ type: 'embed-step', step: 'regions', extra: 1 }],
		[{ type: 'embed-theme', theme: 'sepia' }],
		[{ type: 'embed-theme' }],
		[{ type: 'EMBED-STEP', step: 'regions' }],
		// A major version this embed does not know, or a version that is not one.
		[{ type: 'embed-step', step: 'regions', version: '2.0.0' }],
		[{ type: 'embed-step', step: 'regions', version: '1' }],
		[{ type: 'embed-step', step: 'regions', version: 1 }],
		[{ type: 'embed-theme', theme: 'dark', version: '1.0.0 ' }],
		[{ type: 'embed-theme', theme: 'dark', version: null }],
		[{ type: 'embed-step', step: 'regions', version: '1.0.0', extra: 1 }],
		['pymxPYMxotherxPYMxwidthxPYMx640'],
		['pymxPYMxc1xPYMxwidthxPYMx-5'],
		['pymxPYMxc1xPYMxheightxPYMx640'],
		['{"type":"embed-step","step":"regions"}'],
		[null],
		[undefined],
		[42],
		[['embed-step', 'regions']],
		[Object.create({ type: 'embed-step', step: 'regions' })],
		[new Date()]
	])('ignores %j', (data) => {
		expect(parseMessage(data, ctx)).toBeNull();
	});

	it('ignores pym strings when pym did not make the frame', () => {
		expect(
			parseMessage('pymxPYMxc1xPYMxwidthxPYMx640', { childId: null, steps: STEPS })
		).toBeNull();
	});
});

describe('stepChangeMessage', () => {
	it('names the overview when no step is showing', () => {
		expect(stepChangeMessage('revenue', null)).toEqual({
			type: 'embed-stepchange',
			chart: 'revenue',
			step: 'overview',
			version: '1.0.0'
		});
		expect(stepChangeMessage('timeline', 'law')).toEqual({
			type: 'embed-stepchange',
			chart: 'timeline',
			step: 'law',
			version: '1.0.0'
		});
	});
});

describe('PROTOCOL_VERSION', () => {
	it('is a semantic version, and the one CHANGELOG.md records last', () => {
		expect(PROTOCOL_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
		const changelog = readFileSync(new URL('../../../CHANGELOG.md', import.meta.url), 'utf8');
		const recorded = [...changelog.matchAll(/embed protocol (\d+\.\d+\.\d+)/gi)].map((m) => m[1]);
		expect(recorded[0]).toBe(PROTOCOL_VERSION);
	});
});
