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
 * - The fallback faces (`<family> fallback`, in src/styles/fonts.css) are computed by fontaine from the
 *   fonts' own metrics and those of the fallback's metric-compatible twins (Tinos for Times New
 *   Roman, Arimo for Arial), one per weight and style, so a bold line is matched against a bold
 *   fallback; fonts.spec.ts checks that fonts.css carries what `fallbackFaces()` computes.
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
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateFontFace, readMetrics } from 'fontaine';
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
		metrics: '@fontsource/tinos/files/tinos-latin-400-normal.woff2'
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
		metrics: '@fontsource/tinos/files/tinos-latin-400-italic.woff2'
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
		metrics: '@fontsource/tinos/files/tinos-latin-700-normal.woff2'
	}
};
const ARIAL: Record<'regular' | 'bold', Fallback> = {
	regular: {
		locals: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular'],
		metrics: '@fontsource/arimo/files/arimo-latin-400-normal.woff2'
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
		metrics: '@fontsource/arimo/files/arimo-latin-700-normal.woff2'
	}
};

export interface Face {
	family: string;
	weight: number;
	style: 'normal' | 'italic';
	/** The whole font (every glyph Google Fonts ships), under node_modules. */
	source: string;
	fallback: Fallback;
}

export const FACES: Face[] = [
	{
		family: 'Source Serif 4',
		weight: 400,
		style: 'normal',
		source: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
		fallback: TIMES.regular
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
		fallback: ARIAL.regular
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

/** The fallback faces' CSS, computed by fontaine (what src/styles/fonts.css must carry). */
export async function fallbackFaces(root = process.cwd()): Promise<string> {
	const url = (path: string) => pathToFileURL(resolve(root, 'node_modules', path));
	const faces: string[] = [];
	for (const face of FACES) {
		const metrics = await readMetrics(url(face.source));
		const fallback = await readMetrics(url(face.fallback.metrics));
		if (!metrics || !fallback) throw new Error(`no metrics for ${face.source}`);
		faces.push(
			generateFontFace(metrics, {
				name: `${face.family} fallback`,
				font: face.fallback.locals[0]!,
				metrics: fallback,
				src: face.fallback.locals.map((l) => `local('${l}')`).join(', '),
				'font-weight': String(face.weight),
				'font-style': face.style
			})
		);
	}
	return faces.join('');
}

export function fontsPlugin(): Plugin {
	return {
		name: 'story-fonts',
		async buildStart() {
			// Unit tests build no pages, and make their own subsets where they test them.
			if (process.env.VITEST) return;
			await buildFonts(process.cwd());
		}
	};
}
