// The terms of reuse are stated in several files for several readers (people, GitHub, citation
// managers, npm): each must say what src/lib/licence.ts says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citation, CODE_LICENCE, FONT_LICENCE, FONTS } from './credits.ts';
import { ATTRIBUTION, AUTHOR, LICENCE } from './licence.ts';
import { SITE_NAME } from './site.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('citation', () => {
	it.each([
		[
			{ headline: 'A story', published: '2026-11-28', url: 'https://example.org/story/' },
			'The project’s contributors (2026). A story. Trust and the ban. https://example.org/story/'
		],
		[
			{ headline: 'Who decides?', published: '2027-01-02', url: 'http://127.0.0.1:4173/' },
			'The project’s contributors (2027). Who decides? Trust and the ban. http://127.0.0.1:4173/'
		],
		// A headline with its own full stop gets no second one.
		[
			{ headline: 'A story.', published: '2026-11-28', url: 'https://example.org/' },
			'The project’s contributors (2026). A story. Trust and the ban. https://example.org/'
		]
	])('%j', (input, expected) => {
		expect(citation(input)).toBe(expected);
	});
});

describe('the licence files agree with src/lib/licence.ts', () => {
	it('LICENSE is the MIT License, and package.json says so', () => {
		expect(read('LICENSE').split('\n')[0]).toBe(CODE_LICENCE.name);
		expect(read('LICENSE')).toContain('Permission is hereby granted, free of charge');
		expect(JSON.parse(read('package.json')).license).toBe(CODE_LICENCE.spdx);
	});

	it('LICENSE-DATA.md names the licence, its address, the credit line and the fonts’ licence', () => {
		const text = read('LICENSE-DATA.md');
		expect(text).toContain(LICENCE.name);
		expect(text).toContain(LICENCE.url);
		expect(text).toContain(`> ${ATTRIBUTION}\n`);
		expect(text).toContain('Attribution 4.0 International Public License');
		for (const font of FONTS) expect(text).toContain(`${font.name} (${font.by})`);
		expect(text).toContain(FONT_LICENCE.url);
	});

	it('CITATION.cff names the work, its authors, its version and both licences', () => {
		const cff = parseYaml(read('CITATION.cff'));
		expect(cff['cff-version']).toBe('1.2.0');
		expect(cff.title).toMatch(new RegExp(`^${SITE_NAME}: `));
		expect(cff.authors).toEqual([{ name: AUTHOR }]);
		expect(cff.version).toBe(JSON.parse(read('package.json')).version);
		expect(cff['date-released']).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
		expect(cff.license).toEqual([LICENCE.spdx, CODE_LICENCE.spdx]);
		expect(cff.message).toContain(LICENCE.short);
	});

	it('the lesson’s list of materials gives the licence and the credit', () => {
		const materials = read('content/lesson.md').split('<!-- section: materials -->')[1]!;
		const section = materials.split('<!-- section:')[0]!.replace(/\s+/g, ' ');
		expect(section).toContain(`](${LICENCE.url})`);
		expect(section).toContain(`(${LICENCE.short})`);
		expect(section.replace(/'/g, '’')).toContain(
			`"${ATTRIBUTION.replace(`, ${LICENCE.short}`, '')}"`
		);
	});
});
