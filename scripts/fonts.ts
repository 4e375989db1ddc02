/**
 * The site's web fonts, made when the site is built (`vite build` and `vite dev` run it through
 * `fontsPlugin`): each face of Source Serif 4 and Inter cut down to the characters the site
 * uses, as WOFF2, and the fallback faces that stand in for them, with metrics that match, until
 * they arrive.
 *
 * - Subsets are made at build time, not committed: editors change data/*.csv and content/ without
 *   touching code, and a source named in Polish must still render in the chosen face. The
 *   characters come from the files the pages are built from (content, data, the components'
 *   text), sorted, so the same sources give the same bytes. The result is cached in
 *   node_modules/.cache, so the second build of `npm test` (under /story) reuses it.
 * - The fallback faces (`<family> fallback`) are computed from the fonts' own
 *   metrics (read by fontaine) and text widths (shaped by HarfBuzz) against those of the
 *   fallback's metric-compatible twins (Tinos for Times New Roman, Arimo for Arial): per weight
 *   and style, so a bold line is matched against a bold fallback, and per group of characters
 *   (see TOLERANCE), written beside the subsets at build
 *   time (`fallback-faces.css`, imported by src/styles/fonts.css).
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readMetrics } from 'fontaine';
import * as hb from 'harfbuzzjs';
import type { Plugin } from 'vite';

// subset-font ships no types, and @types/subset-font (2.3) predates `keepFeatures`; its README:
type SubsetFont = (
	font: Buffer,
	text: string,
	options: { targetFormat: 'woff2'; keepFeatures: string[] }
) => Promise<Buffer>;
const subsetFont = createRequire(import.meta.url)('subset-font') as SubsetFont;

/** Where the subsets are written; src/styles/fonts.css and src/routes/+layout.svelte point here. */
export const FONT_DIR = 'node_modules/.cache/story-fonts';

/** A fallback: the local fonts to try, in order, and a font with the same metrics to read. */
interface Fallback {
	locals: string[];
	metrics: string;
}

// Times New Roman, Liberation Serif (Linux) and Tinos (ChromeOS) share their metrics, as do Arial,
// Liberation Sans and Arimo: one set of overrides serves each group. Local names are matched by
// full name or PostScript name, so both are listed.
const TIMES: Record<'regular' | 'italic' | 'bold', Fallback> = {
	regular: {
		locals: [
			'Times New Roman',
			'TimesNewRomanPSMT',
			'Liberation Serif',
			'LiberationSerif',
			'Tinos',
			'Tinos-Regular'
		],
		metrics: '@fontsource/tinos/files/tinos-latin-400-normal.woff'
	},
	italic: {
		locals: [
			'Times New Roman Italic',
			'TimesNewRomanPS-ItalicMT',
			'Liberation Serif Italic',
			'LiberationSerif-Italic',
			'Tinos Italic',
			'Tinos-Italic'
		],
		metrics: '@fontsource/tinos/files/tinos-latin-400-italic.woff'
	},
	bold: {
		locals: [
			'Times New Roman Bold',
			'TimesNewRomanPS-BoldMT',
			'Liberation Serif Bold',
			'LiberationSerif-Bold',
			'Tinos Bold',
			'Tinos-Bold'
		],
		metrics: '@fontsource/tinos/files/tinos-latin-700-normal.woff'
	}
};
const ARIAL: Record<'regular' | 'bold', Fallback> = {
	regular: {
		locals: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular'],
		metrics: '@fontsource/arimo/files/arimo-latin-400-normal.woff'
	},
	bold: {
		locals: [
			'Arial Bold',
			'Arial-BoldMT',
			'Liberation Sans Bold',
			'LiberationSans-Bold',
			'Arimo Bold',
			'Arimo-Bold'
		],
		metrics: '@fontsource/arimo/files/arimo-latin-700-normal.woff'
	}
};

export interface Face {
	family: string;
	weight: number;
	style: 'normal' | 'italic';
	/** The whole font (every glyph Google Fonts ships), under node_modules. */
	source: string;
	fallback: Fallback;
	/** Sets running text with links in it: its fallback is matched character by character. */
	binned?: boolean;
}

export const FACES: Face[] = [
	{
		family: 'Source Serif 4',
		weight: 400,
		style: 'normal',
		source: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
		fallback: TIMES.regular,
		binned: true
	},
	{
		family: 'Source Serif 4',
		weight: 400,
		style: 'italic',
		source:
			'@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
		fallback: TIMES.italic
	},
	{
		family: 'Source Serif 4',
		weight: 600,
		style: 'normal',
		source: '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
		fallback: TIMES.bold
	},
	{
		family: 'Inter',
		weight: 400,
		style: 'normal',
		source: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
		fallback: ARIAL.regular,
		binned: true
	},
	{
		family: 'Inter',
		weight: 600,
		style: 'normal',
		source: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
		fallback: ARIAL.bold
	}
];

/** The subset's file name, e.g. `source-serif-4-400-italic.woff2`. */
export function faceFile(face: Face): string {
	return `${face.family.toLowerCase().replace(/\s+/g, '-')}-${face.weight}-${face.style}.woff2`;
}

/**
 * The OpenType features kept: kerning, ligatures, marks, and the figure styles the site asks for
 * (`tabular-nums` in tables and charts). Inter's stylistic sets and character variants, which the
 * site never turns on, were a third of each file.
 */
export const FEATURES = [
	'kern',
	'liga',
	'calt',
	'ccmp',
	'locl',
	'mark',
	'mkmk',
	'tnum',
	'pnum',
	'lnum',
	'case'
];

/** Always kept: printable ASCII (anything typed or formatted at run time), and typography. */
const BASE =
	Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('') +
	'\u00a0‘’“”–—…•·×−';

/** The folders and files whose text the pages show: the copy, the data, the components. */
const SCANNED: { dir: string; files: RegExp }[] = [
	{ dir: 'content', files: /\.(md|yml)$/ },
	{ dir: 'data', files: /\.csv$/ },
	{ dir: 'src', files: /(?<!\.spec)\.(svelte|ts|html)$/ }
];

function filesUnder(dir: string, pattern: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && pattern.test(e.name))
		.map((e) => join(e.parentPath, e.name));
}

/** Every character the site can show, sorted by code point (controls and the BOM left out). */
export function usedCharacters(root = process.cwd()): string {
	const seen = new Set(BASE);
	for (const { dir, files } of SCANNED)
		for (const file of filesUnder(resolve(root, dir), files))
			for (const ch of readFileSync(file, 'utf8')) seen.add(ch);
	return [...seen]
		.filter((ch) => ch.codePointAt(0)! >= 0x20 && ch !== '\u007f' && ch !== '\ufeff')
		.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
		.join('');
}

function packageVersion(name: string, root: string): string {
	return JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8'))
		.version;
}

/**
 * Writes each face's subset to `out` (FONT_DIR), unless the one there was made from the same
 * font, the same characters and the same subsetter. Returns the files it wrote.
 */
export async function buildFonts(
	root = process.cwd(),
	{ out = resolve(root, FONT_DIR), faces = FACES }: { out?: string; faces?: Face[] } = {}
): Promise<string[]> {
	const text = usedCharacters(root);
	mkdirSync(out, { recursive: true });
	const tool = `subset-font ${packageVersion('subset-font', root)}; ${FEATURES.join(',')}`;
	const written: string[] = [];
	for (const face of faces) {
		const font = readFileSync(resolve(root, 'node_modules', face.source));
		const key = createHash('sha256').update(font).update(text).update(tool).digest('hex');
		const file = join(out, faceFile(face));
		const stamp = `${file}.key`;
		if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) continue;
		const subset = await subsetFont(font, text, { targetFormat: 'woff2', keepFeatures: FEATURES });
		// Written whole, then renamed: two builds at once never read half a font.
		writeFileSync(`${file}.tmp`, subset);
		renameSync(`${file}.tmp`, file);
		writeFileSync(stamp, key);
		written.push(file);
	}
	return written;
}

/**
 * Why the fallback faces come in groups of characters, each with its own `size-adjust` (by
 * `unicode-range`): one factor for the whole font, as fontaine computes it, matches the average
 * width but not the characters. Liberation Serif's space is 24% and its digits 11% wider than
 * Source Serif 4's, its "t" 5% narrower: a date in a link was set a few pixels longer, and the
 * words after it on its line moved when the font swapped in (CLS 0.0048 on a phone). Chrome
 * counts a run of text as shifted when its start moves 3 px or more, which a line of text in a
 * factor 1% off does. So the faces that set running text with links in it (BINNED) get their
 * characters sorted into groups whose widths match to within 2%; the other faces get three
 * groups (the spaces, the digits, the rest). Widths are what HarfBuzz (the shaper of Chrome,
 * Firefox and Safari) gives, with kerning and ligatures on as browsers set them.
 */
const TOLERANCE = 1.02;

/** Characters sorted into groups one by one: ASCII and the typography of the copy. */
const BINNED =
	' \u00a0!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz|~–—‘’“”…';
const SPACES = ' \u00a0';
const DIGITS = '0123456789';

/**
 * English running text of the kind the site sets (dates, figures, names, quotation marks), whose
 * widths weigh the factor of the characters outside the groups: fixed rather than read from
 * content/, so an edit to the copy does not change the CSS.
 */
const SAMPLE =
	'On 8 September 2017 the Department of Homeland Security told federal agencies to find and ' +
	'remove the company’s antivirus products within 90 days. Best Buy, Staples and Office Depot ' +
	'took them off their shelves; the company said, “We have never helped any government with ' +
	'its cyberespionage,” and went to court, where it lost in May 2018. About a quarter of its ' +
	'$698 million in sales came from North America, and very little of that (less than $54,000) ' +
	'from the US government. In June 2024 the Commerce Department barred its sales from 20 July.';

/** A WOFF (1.0) file's tables inflated back into the TrueType/OpenType font HarfBuzz reads. */
function fromWoff(woff: Buffer): Buffer {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
	const count = woff.readUInt16BE(12);
	const tables = Array.from({ length: count }, (_, i) => {
		const at = 44 + i * 20;
		const [offset, compressed, length] = [0, 4, 8].map((d) => woff.readUInt32BE(at + 4 + d));
		const raw = woff.subarray(offset!, offset! + compressed!);
		return {
			tag: woff.subarray(at, at + 4),
			checksum: woff.readUInt32BE(at + 16),
			data: compressed === length ? raw : inflateSync(raw)
		};
	});
	const header = Buffer.alloc(12 + 16 * count);
	header.writeUInt32BE(woff.readUInt32BE(4), 0);
	header.writeUInt16BE(count, 4);
	const parts: Buffer[] = [header];
	let offset = header.length;
	tables.forEach((table, i) => {
		table.tag.copy(header, 12 + i * 16);
		header.writeUInt32BE(table.checksum, 16 + i * 16);
		header.writeUInt32BE(offset, 20 + i * 16);
		header.writeUInt32BE(table.data.length, 24 + i * 16);
		const padded = Buffer.alloc((table.data.length + 3) & ~3);
		table.data.copy(padded);
		parts.push(padded);
		offset += padded.length;
	});
	return Buffer.concat(parts);
}

/** A font's shaper: the width, in ems, of each character of a text as HarfBuzz sets it. */
function shaper(file: string): (text: string) => number[] {
	const face = new hb.Face(new hb.Blob(fromWoff(readFileSync(file))));
	const font = new hb.Font(face);
	return (text) => {
		const buffer = new hb.Buffer();
		buffer.addText(text);
		buffer.guessSegmentProperties();
		hb.shape(font, buffer, [new hb.Feature('kern'), new hb.Feature('liga')]);
		const units = Array.from(text, () => 0);
		const index = Array.from(text, (_, i) => i);
		// Clusters are UTF-16 offsets; the text here is all in the Basic Multilingual Plane.
		for (const glyph of buffer.getGlyphInfosAndPositions())
			units[index[glyph.cluster]!]! += (glyph.xAdvance ?? 0) / face.upem;
		return units;
	};
}

/** Code points as a `unicode-range` (runs written as ranges, in hex). */
function unicodeRange(points: number[]): string {
	const sorted = [...new Set(points)].sort((a, b) => a - b);
	const runs: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (sorted[j + 1] === sorted[j]! + 1) j++;
		const hex = (n: number) => n.toString(16).toUpperCase();
		runs.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
		i = j + 1;
	}
	return runs.join(', ');
}

/** Every code point but these, as a `unicode-range`. */
function otherThan(chars: string): string {
	const taken = new Set(Array.from(chars, (c) => c.codePointAt(0)!));
	const runs: string[] = [];
	let start = 0;
	for (const point of [...taken].sort((a, b) => a - b).concat(0x110000)) {
		if (point > start)
			runs.push(
				point - 1 === start
					? `U+${start.toString(16).toUpperCase()}`
					: `U+${start.toString(16).toUpperCase()}-${(point - 1).toString(16).toUpperCase()}`
			);
		start = point + 1;
	}
	return runs.join(', ');
}

interface Group {
	chars: string;
	/** The fallback's width × this = the face's width. */
	factor: number;
}

/** Characters sorted by their factor and cut into groups spanning at most TOLERANCE. */
function binned(ratio: (char: string) => number): Group[] {
	const chars = Array.from(BINNED).sort((a, b) => ratio(a) - ratio(b));
	const groups: { chars: string[]; low: number; high: number }[] = [];
	for (const char of chars) {
		const last = groups.at(-1);
		if (last && ratio(char) / last.low <= TOLERANCE) {
			last.chars.push(char);
			last.high = ratio(char);
		} else groups.push({ chars: [char], low: ratio(char), high: ratio(char) });
	}
	return groups.map((g) => ({ chars: g.chars.join(''), factor: Math.sqrt(g.low * g.high) }));
}

/** One face's groups of characters, and the factor of every character outside them. */
function faceGroups(face: Face, root: string): { groups: Group[]; rest: number } {
	const chosen = shaper(resolve(root, 'node_modules', face.source));
	const fallback = shaper(resolve(root, 'node_modules', face.fallback.metrics));
	const total = (widths: number[], keep: (char: string) => boolean) =>
		widths.reduce((sum, w, i) => (keep(SAMPLE[i]!) ? sum + w : sum), 0);
	// Characters outside the groups (the Latin Extended letters of sources' names) are letters:
	// they take the factor of the sample's letters and punctuation.
	const letter = (char: string) => !(SPACES + DIGITS).includes(char);
	const rest = total(chosen(SAMPLE), letter) / total(fallback(SAMPLE), letter);
	if (face.binned) {
		// Each character shaped once in each font (the sort compares them many times).
		const ratios = new Map(Array.from(BINNED, (c) => [c, chosen(c)[0]! / fallback(c)[0]!]));
		const groups = binned((c) => ratios.get(c)!);
		// Kerning tightens Source Serif's running text more than Liberation Serif's, which the
		// characters measured one by one do not show: the groups are scaled together so that the
		// sample, set in the fallback with them, is exactly as wide as in the chosen face.
		const factorOf = (char: string) => groups.find((g) => g.chars.includes(char))?.factor ?? rest;
		const set = fallback(SAMPLE).reduce((sum, w, i) => sum + w * factorOf(SAMPLE[i]!), 0);
		const scale = total(chosen(SAMPLE), () => true) / set;
		return { groups: groups.map((g) => ({ ...g, factor: g.factor * scale })), rest };
	}
	const factor = (chars: string) =>
		total(chosen(chars), () => true) / total(fallback(chars), () => true);
	return {
		groups: [SPACES, DIGITS].map((chars) => ({ chars, factor: factor(chars) })),
		rest
	};
}

const percent = (value: number) => `${+(value * 100).toFixed(2)}%`;

/**
 * The fallback faces' CSS (written at build time, imported by src/styles/fonts.css): per face and per group of characters,
 * the local fallback resized to the face's widths and given its ascent, descent and line gap.
 */
export async function fallbackFaces(root = process.cwd()): Promise<string> {
	const rules: string[] = [];
	for (const face of FACES) {
		const metrics = await readMetrics(pathToFileURL(resolve(root, 'node_modules', face.source)));
		if (!metrics) throw new Error(`no metrics for ${face.source}`);
		const { groups, rest } = faceGroups(face, root);
		const all = [
			...groups.map((g) => ({
				range: unicodeRange(Array.from(g.chars, (c) => c.codePointAt(0)!)),
				factor: g.factor
			})),
			{ range: otherThan(groups.map((g) => g.chars).join('')), factor: rest }
		];
		for (const { range, factor } of all) {
			const em = metrics.unitsPerEm * factor;
			rules.push(
				[
					'@font-face {',
					`  font-family: "${face.family} fallback";`,
					`  src: ${face.fallback.locals.map((l) => `local("${l}")`).join(', ')};`,
					`  size-adjust: ${percent(factor)};`,
					`  ascent-override: ${percent(metrics.ascent / em)};`,
					`  descent-override: ${percent(Math.abs(metrics.descent) / em)};`,
					`  line-gap-override: ${percent(metrics.lineGap / em)};`,
					`  font-weight: ${face.weight};`,
					`  font-style: ${face.style};`,
					`  unicode-range: ${range};`,
					'}'
				].join('\n')
			);
		}
	}
	return rules.join('\n');
}

/** The fallback faces' file, beside the subsets; src/styles/fonts.css imports it. */
export const FALLBACK_FILE = 'fallback-faces.css';

/**
 * Writes the fallback faces to `out` (FONT_DIR) unless the file there already says the same, so
 * a second build (npm test's, under /story) leaves it untouched. Returns the file's path.
 */
export async function writeFallbackFaces(
	root = process.cwd(),
	out = resolve(root, FONT_DIR)
): Promise<string> {
	const file = join(out, FALLBACK_FILE);
	const css = `/* Generated by scripts/fonts.ts (fallbackFaces) at build time: do not edit. */\n${await fallbackFaces(root)}\n`;
	mkdirSync(out, { recursive: true });
	if (!existsSync(file) || readFileSync(file, 'utf8') !== css) {
		writeFileSync(`${file}.tmp`, css);
		renameSync(`${file}.tmp`, file);
	}
	return file;
}

export function fontsPlugin(): Plugin {
	return {
		name: 'story-fonts',
		async buildStart() {
			// Unit tests build no pages, and make their own subsets where they test them.
			if (process.env.VITEST) return;
			await buildFonts(process.cwd());
			await writeFallbackFaces(process.cwd());
		}
	};
}
