import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	buildFonts,
	FACES,
	FALLBACK_FILE,
	fallbackFaces,
	faceFile,
	FONT_DIR,
	usedCharacters,
	writeFallbackFaces
} from './fonts.ts';

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

describe('the fallback faces', () => {
	it('are written at build time where src/styles/fonts.css imports them, once while nothing changes', async () => {
		const out = mkdtempSync(join(tmpdir(), 'story-fallback-'));
		try {
			const file = await writeFallbackFaces(process.cwd(), out);
			expect(file).toBe(join(out, FALLBACK_FILE));
			const css = readFileSync(file, 'utf8');
			expect(fallbackRules(css)).toEqual(fallbackRules(await fallbackFaces()));
			const written = statSync(file).mtimeMs;
			await writeFallbackFaces(process.cwd(), out);
			expect(statSync(file).mtimeMs).toBe(written);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
		const fonts = readFileSync(new URL('../src/styles/fonts.css', import.meta.url), 'utf8');
		expect(fonts).toContain(`@import '../../${FONT_DIR}/${FALLBACK_FILE}';`);
		// Several per face the site loads (groups of characters), each resized and given the face's
		// ascent and descent.
		const rules = fallbackRules(await fallbackFaces());
		expect(rules.length).toBeGreaterThanOrEqual(FACES.length * 3);
		for (const rule of rules) {
			expect(rule['unicode-range']).toMatch(/^U\+[0-9A-F]/);
			expect(rule['size-adjust']).toMatch(/^\d+(\.\d+)?%$/);
			expect(rule['ascent-override']).toMatch(/^\d+(\.\d+)?%$/);
			expect(rule['descent-override']).toMatch(/^\d+(\.\d+)?%$/);
			expect(rule['src']).toMatch(/^local\(/);
		}
	});
});

describe('the fallback faces, measured on the fonts', () => {
	/** The code points of a `unicode-range`. */
	const points = (range: string) =>
		range.split(',').flatMap((part) => {
			const [from, to] = part
				.trim()
				.slice(2)
				.split('-')
				.map((h) => parseInt(h, 16));
			return to === undefined ? [from!] : [from!, to];
		});
	const covers = (range: string, point: number) =>
		range.split(',').some((part) => {
			const [from, to = from] = part
				.trim()
				.slice(2)
				.split('-')
				.map((h) => parseInt(h, 16));
			return point >= from! && point <= to!;
		});

	it('give every character one size, per weight and style, from U+0 to U+10FFFF', async () => {
		const faces = fallbackRules(await fallbackFaces());
		for (const face of FACES) {
			const own = faces.filter(
				(r) =>
					r['font-family'] === `${face.family} fallback` &&
					r['font-weight'] === String(face.weight) &&
					r['font-style'] === face.style
			);
			const ends = own.flatMap((r) => points(r['unicode-range']!));
			expect(Math.max(...ends)).toBe(0x10ffff);
			// Every character of the site's text, and the edges of each range, in exactly one face.
			for (const point of [...usedCharacters()].map((c) => c.codePointAt(0)!).concat(ends))
				expect(
					own.filter((r) => covers(r['unicode-range']!, point)).length,
					`${face.family} ${face.weight} ${face.style} U+${point.toString(16)}`
				).toBe(1);
		}
	});

	it('size the space, the digits and the letters each to the chosen face', async () => {
		const faces = fallbackRules(await fallbackFaces());
		const adjust = (family: string, char: string) =>
			parseFloat(
				faces.find(
					(r) =>
						r['font-family'] === `${family} fallback` &&
						r['font-weight'] === '400' &&
						r['font-style'] === 'normal' &&
						covers(r['unicode-range']!, char.codePointAt(0)!)
				)!['size-adjust']!
			);
		// Liberation Serif's space is wider than Source Serif's, and its digits too, relative to
		// its letters: one factor for all of them moved the words after a date when the font came.
		expect(adjust('Source Serif 4', ' ')).toBeLessThan(adjust('Source Serif 4', '2'));
		expect(adjust('Source Serif 4', '2')).toBeLessThan(adjust('Source Serif 4', 'e'));
		expect(adjust('Inter', 'e')).toBeGreaterThan(90);
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
