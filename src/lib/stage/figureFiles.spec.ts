// Each figure's own file: named after its key, one file per key, every key the story and the
// embeds fetch.
import { describe, expect, it } from 'vitest';
import { figureKey, overviewRef } from '../charts/figure.ts';
import { CHART_IDS } from '../charts/registry.ts';
import { realContent } from '../testing/realContent.ts';
import { figureFile, figureFileParam } from './figureFiles.ts';

describe('figureFile', () => {
	it.each([
		['revenue:total', 'figures/revenue/total.json'],
		['revenue:overview', 'figures/revenue/overview.json'],
		['timeline:overview:', 'figures/timeline/overview.json'],
		[
			'timeline:law:ndaa-signed,ndaa-in-force',
			'figures/timeline/law/ndaa-signed,ndaa-in-force.json'
		]
	])('names %s’s file %s', (key, file) => {
		expect(figureFile(key)).toBe(file);
		expect(`figures/${figureFileParam(key)}`).toBe(file);
	});

	it('gives every figure of the story and of each chart’s overview a file of its own', () => {
		const { story } = realContent();
		const keys = new Set([...story.steps, ...CHART_IDS.map(overviewRef)].map(figureKey));
		const files = new Set([...keys].map(figureFile));
		expect(files.size).toBe(keys.size);
		// Plain path segments: no character a URL or a file system would change.
		for (const file of files) expect(file).toMatch(/^figures(\/[a-z0-9,-]+)+\.json$/);
	});
});
