import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFonts, FACES, fallbackFaces, faceFile, usedCharacters } from './fonts.ts';

/** The declarations of each `@font-face` for a `… fallback` family, quotes and spacing normalised. */
function fallbackRules(css: string): Record<string, string>[] {
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
		.map(([, body]) =>
			Object.fromEntries(
				body!
					.split(';')
					.map((d) => d.trim())
					.filter(Boolean)
					.map((d) => {
						const i = d.indexOf(':');
						const value = d
							.slice(i + 1)
							.replace(/["']/g, '')
							.replace(/\s+/g, ' ')
							.trim();
						return [d.slice(0, i).trim(), value];
					})
			)
		)
		.filter((rule) => / fallback$/.test(rule['font-family'] ?? ''));
}

describe('the fallback faces in src/styles/fonts.css', () => {
	it('are what fontaine computes from the fonts and their fallbacks', async () => {
		const expected = await fallbackFaces();
		const css = readFileSync(new URL('../src/styles/fonts.css', import.meta.url), 'utf8');
		expect(
			fallbackRules(css),
			`src/styles/fonts.css is out of date; paste these between its "fallback faces" comments:\n${expected}`
		).toEqual(fallbackRules(expected));
		// One per face the site loads, each resized and given the face's ascent and descent.
		expect(fallbackRules(expected)).toHaveLength(FACES.length);
		for (const rule of fallbackRules(expected)) {
			expect(rule['size-adjust']).toMatch(/^\d+(\.\d+)?%$/);
			expect(rule['ascent-override']).toMatch(/^\d+(\.\d+)?%$/);
			expect(rule['descent-override']).toMatch(/^\d+(\.\d+)?%$/);
			expect(rule['src']).toMatch(/^local\(/);
		}
	});
});

describe('usedCharacters', () => {
	const chars = usedCharacters();

	it('has ASCII, the typography and the Latin Extended letters of the sources’ names', () => {
		for (const ch of 'Aaz09$%&?@~’“”–—…ąłńżüé') expect(chars).toContain(ch);
	});

	it('is sorted, without repeats or control characters, so the same sources give the same fonts', () => {
		const points = [...chars].map((c) => c.codePointAt(0)!);
		expect(points).toEqual([...new Set(points)].sort((a, b) => a - b));
		expect(points[0]).toBe(0x20);
		expect(chars).toBe(usedCharacters());
	});
});

describe('buildFonts', () => {
	const out = mkdtempSync(join(tmpdir(), 'story-fonts-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));
	const face = FACES.find((f) => f.family === 'Inter' && f.weight === 400)!;

	it('writes the same WOFF2 bytes every time, and reuses them while nothing changed', async () => {
		const [file] = await buildFonts(process.cwd(), { out, faces: [face] });
		expect(file).toBe(join(out, faceFile(face)));
		const first = readFileSync(file!);
		expect(first.subarray(0, 4).toString('latin1')).toBe('wOF2');
		// Cut down from the whole font (about 340 KB) to the characters used.
		expect(first.length).toBeLessThan(20_000);
		expect(await buildFonts(process.cwd(), { out, faces: [face] })).toEqual([]);
		rmSync(file!);
		await buildFonts(process.cwd(), { out, faces: [face] });
		expect(readFileSync(file!).equals(first)).toBe(true);
	}, 60_000);
});
