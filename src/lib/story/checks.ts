/**
 * Build-time checks of the story copy, run on `content/story.md` after it has been parsed. They
 * catch what a data desk's fact-check would, before a reader does. The first problem (the one
 * nearest the top of the file) throws a DataError naming story.md, the line and the field.
 *
 * a. Numbers cite a source. In the intro and each step's text, a sentence with a date ("8 September
 *    2017", "September 2017", "8 September", a year 1990–2039), an amount ("$644 million", "$86m",
 *    "1 million") or a percentage ("24.3%", "8 percent") links a phrase to a source, `](src:id)`,
 *    or to the methods note, `](#methods)`, where the figure is derived. Identifiers are not
 *    figures: "section 1634", "Executive Order 13873", "BOD 17-01", "Public Law 115-91",
 *    "909 F.3d 446", "82 FR 43782", "1:17-cv-02697". Plain counts ("45 days", "12 executives") are
 *    not checked.
 * b. Quotations are sourced. In the same texts, a sentence with words in quotation marks ("…" or
 *    “…”) links a phrase to a source, `](src:id)`.
 * c. Screen-reader descriptions describe the chart drawn. Each step's `alt` is not empty, names no
 *    money amount or percentage that the chart does not show in that step's state, and, for the
 *    timeline, names no date outside the state's window and no day that is not the date of an
 *    event the chart shows.
 * d. Glossary terms are defined before they are used. Reading the intro and then each step's text
 *    in order, a term is defined at its first `[words](term:id)` link; any phrase of the term's
 *    `match` list in the text before that (link text of `src:` links included) fails, and so does a
 *    `term:` id that is not in the glossary.
 *
 * How (c) compares figures, kept simple on purpose:
 * - "Shown" means the figure's data-table cells, its visible chart text (revenue texts, timeline
 *   labels) and its default description, computed without the step's `alt`.
 * - Money is read in dollars: "$644 million" = "$644m" = 644,000,000; "$54,000" = 54,000; "bn",
 *   "billion", "k" and "thousand" likewise. Percentages: "24.3%" = "24.3 %" = "24.3 percent".
 *   Signs are ignored, so "down 8%" matches "−8%".
 * - A figure after "about", "around", "roughly", "nearly", "almost", "approximately", "some" or
 *   "close to" matches a shown figure that rounds to it at its last written digit: "about 26%"
 *   matches 25.9%, and "about $650 million" (a round ten) matches $648m. Any other figure must equal
 *   one shown; "less than" and "under" do not loosen it ("under 0.01%" needs 0.01%).
 * - Counts ("six", "12 executives", "1,200 stores", "45 days"), "1 million" without a currency sign
 *   and bare years are not compared.
 * - Timeline dates: a day with its year ("13 October 2017") must fall inside the state's window and
 *   be the date of an event in the figure's table; a month with its year ("October 2017") must
 *   overlap the window; a day without a year ("13 September") must be the day and month of an event
 *   in the table. Month names alone ("May to July 2017" reads only "July 2017") are not read.
 */
import { parse as parseYaml } from 'yaml';
import type { FigureModel } from '../charts/frame/types.ts';
import { TIMELINE_VIEWS, type TimelineState } from '../charts/timeline/states.ts';
import { DataError } from '../data/errors.ts';
import { phrasePattern, type GlossaryEntry } from './glossary.ts';
import { normalizeSource } from './markdown.ts';
import type { Step, Story } from './types.ts';

const FILE = 'story.md';

export interface CheckInput {
	/** The raw text of story.md. */
	source: string;
	story: Story;
	glossary: GlossaryEntry[];
	/** The figure a step's chart draws in the step's state (without the step's `alt`). */
	figures: (step: Step) => FigureModel;
}

/** Throws the first problem in the story copy, as a DataError; returns when there is none. */
export function checkStory(input: CheckInput): void {
	const problems = storyProblems(input);
	if (problems[0]) throw problems[0];
}

/** Every problem in the story copy, from the top of the file down. */
export function storyProblems({ source, story, glossary, figures }: CheckInput): DataError[] {
	// The same text parseStory reads: CRLF and a byte-order mark would loosen every rule below.
	source = normalizeSource(source);
	const file = storyRegions(source);
	const problems: { error: DataError; order: number }[] = [];
	const report = (offset: number, field: string, message: string) =>
		problems.push({
			error: new DataError(FILE, file.lineAt(offset), field, message),
			order: problems.length
		});

	const texts = [...(file.intro ? [file.intro] : []), ...file.steps.map((s) => s.body)];
	for (const region of texts) checkSentences(region, report);

	const byId = new Map(story.steps.map((s) => [s.id, s]));
	file.steps.forEach((block, i) => {
		const step = (block.id ? byId.get(block.id) : undefined) ?? story.steps[i];
		if (step) checkAlt(block, step, figures, report);
	});

	checkTerms(source, file, texts, glossary, report);

	return problems
		.sort((a, b) => a.error.line - b.error.line || a.order - b.order)
		.map((p) => p.error);
}

type Report = (offset: number, field: string, message: string) => void;

// ---------------------------------------------------------------------------------------------
// The file: intro, step blocks, step texts, with their offsets in story.md.

export interface Region {
	text: string;
	/** Offset of `text` in story.md. */
	start: number;
}

interface StepBlock {
	id: string | undefined;
	/** The YAML between `<!-- step` and `-->`, and its offset. */
	yaml: Region;
	/** The Markdown after the block, up to the next marker. */
	body: Region;
}

const MARKER = /<!--\s*(?:step\b([\s\S]*?)|section:\s*([a-z-]*)\s*)-->/g;

function storyRegions(source: string) {
	const lineStarts = [0];
	for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
	const lineAt = (offset: number) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};

	const front = /^---\n[\s\S]*?\n---\n/.exec(source);
	const bodyStart = front ? front[0].length : 0;
	const markers = [...source.matchAll(MARKER)].filter((m) => m.index >= bodyStart);
	let intro: Region | null = null;
	const steps: StepBlock[] = [];
	for (const [i, m] of markers.entries()) {
		const end = markers[i + 1]?.index ?? source.length;
		const body = { text: source.slice(m.index + m[0].length, end), start: m.index + m[0].length };
		if (m[2] === 'intro' && !intro) intro = body;
		if (m[1] === undefined) continue;
		// The YAML runs up to the closing `-->`.
		const yaml = { text: m[1], start: m.index + m[0].length - '-->'.length - m[1].length };
		let id: string | undefined;
		try {
			const raw = parseYaml(yaml.text) as { id?: unknown } | null;
			if (typeof raw?.id === 'string') id = raw.id;
		} catch {
			// parseStory reports broken YAML; the checks only need what they can read.
		}
		steps.push({ id, yaml, body });
	}
	return { intro, steps, bodyStart, lineAt };
}

// ---------------------------------------------------------------------------------------------
// Sentences.

export interface Sentence {
	/** The sentence's Markdown, trimmed. */
	text: string;
	/** Offset of the sentence's first character (in story.md, when given the region's offset). */
	start: number;
}

/** Words whose full stop does not end a sentence. Single letters and "U.S.", "e.g." are added. */
const ABBREVIATIONS = new Set(
	(
		'Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt St Jr Sr Inc Ltd Co Corp Bros No Nos vs v ' +
		'cf al approx Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Fig fig p pp para Art art Sec ' +
		'sec Vol vol Dept Cir F.2d F.3d F.4th Supp'
	).split(' ')
);
/** What may follow a sentence's closing punctuation: `trust us."`, `(see below.)`, `*end.*`. */
const CLOSERS = `"”’')]*_`;
/** A new sentence starts with a capital, a digit, a quotation mark, a link or emphasis. */
const STARTS = /[\p{Lu}\p{N}"“‘'[(*_]/u;
/** A line that starts a new Markdown block, so also a new sentence. */
const BLOCK_START = /^[ \t]*(?:\n|[-*+][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t]|>)/;

/**
 * Split Markdown into sentences. A sentence ends at `.`, `!` or `?` (with any closing quotes or
 * brackets) before white space and a capital, never inside a link's text or target or inside
 * quotation marks, and never after an abbreviation ("Mr.", "Inc.", "U.S.", "e.g.", "v.", "F.3d").
 * Blank lines, list items and headings also end one.
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
	const sentences: Sentence[] = [];
	let start = 0;
	let brackets = 0;
	let straight = false;
	let curly = 0;
	const cut = (end: number) => {
		const raw = text.slice(start, end);
		const body = raw.trim();
		if (body) sentences.push({ text: body, start: offset + start + raw.indexOf(body[0]!) });
		start = end;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\\') {
			i++;
			continue;
		}
		if (c === '\n') {
			if (BLOCK_START.test(text.slice(i + 1, i + 12))) {
				cut(i);
				brackets = 0;
				straight = false;
				curly = 0;
			}
			continue;
		}
		if (c === '[') brackets++;
		else if (c === ']') {
			brackets = Math.max(0, brackets - 1);
			// A link's target is an address, not text: step over it.
			if (text[i + 1] === '(') i = closingParen(text, i + 1);
		} else if (c === '"') straight = !straight;
		else if (c === '“') curly++;
		else if (c === '”') curly = Math.max(0, curly - 1);
		if (brackets > 0 || straight || curly > 0) continue;
		if (endsSentence(text, i)) cut(i + 1);
	}
	cut(text.length);
	return sentences;
}

function closingParen(text: string, open: number): number {
	let depth = 0;
	for (let j = open; j < text.length; j++) {
		if (text[j] === '(') depth++;
		else if (text[j] === ')' && --depth === 0) return j;
		else if (text[j] === '\n' && text[j + 1] === '\n') return j - 1;
	}
	return text.length - 1;
}

function endsSentence(text: string, i: number): boolean {
	const next = text[i + 1];
	if (next !== undefined && !/\s/.test(next)) return false;
	let p = i;
	while (p > 0 && CLOSERS.includes(text[p]!)) p--;
	const mark = text[p];
	if (mark !== '.' && mark !== '!' && mark !== '?') return false;
	const after = /\S/.exec(text.slice(i + 1));
	if (after && !STARTS.test(after[0])) return false;
	if (mark === '.') {
		const word = /[A-Za-z0-9.]*[A-Za-z0-9]$/.exec(text.slice(Math.max(0, p - 12), p))?.[0] ?? '';
		if (
			ABBREVIATIONS.has(word) ||
			/^[A-Za-z]$/.test(word) ||
			/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)
		)
			return false;
	}
	return true;
}

// ---------------------------------------------------------------------------------------------
// Figures: dates, amounts and percentages in a text.

export interface Found {
	kind: 'date' | 'money' | 'count' | 'percent';
	/** As written, with a qualifier before it: "roughly $156 million", "about 26%". */
	text: string;
	/** Offset of `text` in the text searched. */
	index: number;
	/** Dollars, a count or a percentage (unsigned); not set for dates. */
	value?: number;
	/** The value of one unit of the last digit written: 1e6 for "$644m", 1000 for "$54,000". */
	step?: number;
	/** After "about", "roughly" and the like. */
	approx: boolean;
	/** For dates, what is written of it. */
	date?: { day?: number; month?: number; year?: number };
}

const MONTHS: Record<string, number> = {
	january: 1,
	february: 2,
	march: 3,
	april: 4,
	may: 5,
	june: 6,
	july: 7,
	august: 8,
	september: 9,
	october: 10,
	november: 11,
	december: 12,
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};
// Capitalised only, so the verb "may" and the word "march" are not months.
// An abbreviation's full stop belongs to it only when a number follows ("Sept. 8").
const MONTH =
	'(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b(?:\\.(?=\\s*\\d))?';
const YEAR = '((?:199|20[0-3])\\d)(?!\\d|[,.]\\d|\\s?%)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const DATE_PATTERNS: { re: RegExp; parts: ('day' | 'month' | 'year')[] }[] = [
	{
		re: new RegExp(`\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'g'),
		parts: ['day', 'month', 'year']
	},
	{
		re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR})?`, 'g'),
		parts: ['month', 'day', 'year']
	},
	{ re: new RegExp(`\\b${MONTH}\\s+${YEAR}`, 'g'), parts: ['month', 'year'] },
	{ re: new RegExp(`(?<![\\d,.$£€-])\\b${YEAR}\\b`, 'g'), parts: ['year'] }
];
const MONEY =
	/(?:US)?[$£€]\s?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(million|billion|trillion|thousand|bn|m|k)\b)?/g;
const LARGE_COUNT = /(?<![\d,.$£€])\b(\d+(?:,\d{3})*(?:\.\d+)?)\s+(million|billion|trillion)\b/g;
const PERCENT = /(?<![\d.,])(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)/g;
const SCALE: Record<string, number> = {
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	m: 1e6,
	billion: 1e9,
	bn: 1e9,
	trillion: 1e12
};
const QUALIFIER =
	/\b(about|around|roughly|nearly|almost|approximately|some|close to|just over|just under|over|under|more than|less than|fewer than|up to|at least)\s+\[?$/i;
const APPROXIMATE = new Set([
	'about',
	'around',
	'roughly',
	'nearly',
	'almost',
	'approximately',
	'some',
	'close to'
]);

/** Numbers that name things rather than measure them. */
const IDENTIFIERS = [
	/\bsections?\s+\d+[a-z]?(?:\([\w]+\))*/gi,
	/§\s*\d[\w.()-]*/g,
	/\bExecutive\s+Order\s+(?:No\.\s*)?\d+/gi,
	/\bE\.?O\.?\s+\d+/g,
	/\b(?:BOD|Directive)\s+\d+-\d+/gi,
	/\b(?:Public\s+Law|Pub\.\s*L\.|P\.\s?L\.)\s*(?:No\.\s*)?\d+-\d+/gi,
	/\b\d+\s+F\.\s?(?:Supp\.\s?)?(?:2d|3d|4th)?\s+\d+/g,
	/\b\d+\s+(?:FR|Fed\.\s?Reg\.|U\.S\.C\.?|CFR|C\.F\.R\.)\s+§?\s*\d[\d.–-]*/g,
	/\b\d+:\d{2}-[a-z]{2}-\d+/gi,
	/\bcase\s+(?:No\.\s*)?[\w.]*[:-][\w.:-]*\d[\w.:-]*/gi,
	/\bNos?\.\s*\d[\w:.-]*/g,
	/\bH\.\s?R\.\s*\d+/g,
	/\bSchedule\s+\d+/g,
	/\bclause\s+\d[\d.-]*/gi,
	/\b[A-Z]{2,}-\d{4}-\d+\b/g
];

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The text with link targets, HTML comments and code spans blanked out, offsets kept. */
export function maskMarkup(text: string): string {
	const out = text
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/`[^`\n]*`/g, blank)
		.split('');
	// Link targets may hold parentheses, so walk them rather than match them.
	for (let i = 0; i < out.length - 1; i++) {
		if (out[i] === ']' && out[i + 1] === '(') {
			const end = closingParen(text, i + 1);
			for (let j = i + 2; j < end; j++) if (out[j] !== '\n') out[j] = ' ';
			i = end;
		}
	}
	return out.join('');
}

/** Dates, amounts and percentages in a piece of Markdown, in order; identifiers are skipped. */
export function findFigures(text: string): Found[] {
	let masked = maskMarkup(text);
	for (const re of IDENTIFIERS) masked = masked.replace(re, blank);

	const found: Found[] = [];
	const taken: [number, number][] = [];
	const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
	const add = (m: RegExpMatchArray, f: Omit<Found, 'text' | 'index' | 'approx'>) => {
		const end = m.index! + m[0].length;
		if (!free(m.index!, end)) return;
		taken.push([m.index!, end]);
		// "about", "under" and the like qualify amounts; before a date they are just prepositions.
		const before =
			f.kind === 'date' ? null : QUALIFIER.exec(masked.slice(Math.max(0, m.index! - 24), m.index!));
		const index = before ? m.index! - before[0].length : m.index!;
		const written = text.slice(index, end).replace(/[[\]]/g, '').replace(/\s+/g, ' ');
		found.push({
			...f,
			text: written,
			index,
			approx: !!before && APPROXIMATE.has(before[1]!.toLowerCase())
		});
	};

	for (const { re, parts } of DATE_PATTERNS) {
		for (const m of masked.matchAll(re)) {
			const date: Found['date'] = {};
			parts.forEach((part, k) => {
				const v = m[k + 1];
				if (v === undefined) return;
				date[part] = part === 'month' ? MONTHS[v.toLowerCase()] : Number(v);
			});
			if (date.day !== undefined && (date.day < 1 || date.day > 31)) continue;
			add(m, { kind: 'date', date });
		}
	}
	for (const m of masked.matchAll(MONEY)) add(m, { kind: 'money', ...amount(m[1]!, m[2]) });
	for (const m of masked.matchAll(LARGE_COUNT)) add(m, { kind: 'count', ...amount(m[1]!, m[2]) });
	for (const m of masked.matchAll(PERCENT)) add(m, { kind: 'percent', ...amount(m[1]!) });
	return found.sort((a, b) => a.index - b.index);
}

function amount(digits: string, scale?: string) {
	const plain = digits.replace(/,/g, '');
	const unit = scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1;
	const decimals = plain.split('.')[1]?.length ?? 0;
	const zeros = decimals ? 0 : (/0+$/.exec(plain)?.[0].length ?? 0);
	return { value: Number(plain) * unit, step: unit * 10 ** (zeros - decimals) };
}

/** Words in quotation marks ("…" or “…”), outside link targets. */
export function findQuotations(text: string): { text: string; index: number }[] {
	const masked = maskMarkup(text);
	return [...masked.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((m) => ({
		// As a reader sees it: links reduced to their text.
		text: text
			.slice(m.index + 1, m.index + m[0].length - 1)
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\s+/g, ' ')
			.trim(),
		index: m.index
	}));
}

// ---------------------------------------------------------------------------------------------
// a, b: every figure and quotation has a source in its sentence.

const SOURCE_LINK = /\]\(\s*src:[^)\s]+\s*\)/;
const METHODS_LINK = /\]\(\s*#methods\s*\)/;

function checkSentences(region: Region, report: Report): void {
	for (const sentence of splitSentences(region.text, region.start)) {
		const sourced = SOURCE_LINK.test(sentence.text);
		if (sourced) continue;
		const figure = METHODS_LINK.test(sentence.text) ? undefined : findFigures(sentence.text)[0];
		if (figure) {
			report(
				sentence.start + figure.index,
				'text',
				`"${figure.text}" has no source in its sentence: link a phrase to a source ([…](src:id)) or to the methods note ([…](#methods))`
			);
		}
		const quote = findQuotations(sentence.text)[0];
		if (quote) {
			report(
				sentence.start + quote.index,
				'text',
				`the quotation "${shorten(quote.text)}" has no source in its sentence: link a phrase of that sentence to the source it comes from ([…](src:id))`
			);
		}
	}
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

// ---------------------------------------------------------------------------------------------
// c: the alt text names only what the chart draws.

function checkAlt(
	block: StepBlock,
	step: Step,
	figures: CheckInput['figures'],
	report: Report
): void {
	const lines = block.yaml.text.split('\n');
	const altIndex = lines.findIndex((l) => /^alt\s*:/.test(l));
	const altStart =
		block.yaml.start +
		(altIndex < 0 ? 0 : lines.slice(0, altIndex).reduce((n, l) => n + l.length + 1, 0));
	// The alt's own lines: from `alt:` to the next field.
	let altEnd = lines.length;
	for (let k = altIndex + 1; altIndex >= 0 && k < lines.length; k++) {
		if (/^\S/.test(lines[k]!)) {
			altEnd = k;
			break;
		}
	}
	const altRaw = altIndex < 0 ? '' : lines.slice(altIndex, altEnd).join('\n');
	// Where a phrase of the (folded) alt sits in the file, for the error's line.
	const at = (phrase: string) => {
		const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		const m = new RegExp(words.join('\\s+')).exec(altRaw);
		return altStart + (m?.index ?? 0);
	};

	const alt = step.alt.trim();
	if (!alt) {
		report(altStart, 'alt', 'is empty: describe what the chart shows at this step');
		return;
	}
	const figure = figures(step);
	const where = `the "${figure.state}" state of the ${figure.chart} chart`;
	const shown = shownFigures(figure);
	for (const f of findFigures(alt)) {
		if (f.kind !== 'money' && f.kind !== 'percent') continue;
		const candidates = f.kind === 'money' ? shown.money : shown.percent;
		if (!candidates.some((v) => sameFigure(f, v))) {
			report(at(f.text), 'alt', `names "${f.text}", which ${where} does not show`);
		}
	}
	if (figure.chart !== 'timeline') return;

	const view = TIMELINE_VIEWS[figure.state as TimelineState];
	if (!view) return;
	const events = figure.table.rows
		.flatMap((r) => findFigures(r.cells.date ?? '').slice(0, 1))
		.map((f) => f.date!)
		.filter((d) => d.day !== undefined);
	for (const f of findFigures(alt)) {
		const d = f.date;
		if (f.kind !== 'date' || !d || d.month === undefined) continue;
		if (d.year !== undefined) {
			const iso = d.day === undefined ? isoMonth(d.year, d.month) : isoDay(d.year, d.month, d.day);
			const inside =
				d.day === undefined
					? iso >= view.from.slice(0, 7) && iso <= view.to.slice(0, 7)
					: iso >= view.from && iso <= view.to;
			if (!inside) {
				report(
					at(f.text),
					'alt',
					`names ${f.text}, outside the "${figure.state}" state's window (${view.period})`
				);
				continue;
			}
		}
		if (d.day === undefined) continue;
		const isEvent = events.some(
			(e) => e.day === d.day && e.month === d.month && (d.year === undefined || e.year === d.year)
		);
		if (!isEvent) {
			report(
				at(f.text),
				'alt',
				`names ${f.text}, which is not the date of any event ${where} shows`
			);
		}
	}
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The money amounts and percentages a figure shows, in its table, chart text and description. */
export function shownFigures(figure: FigureModel): { money: number[]; percent: number[] } {
	const texts = [
		figure.description,
		...figure.table.rows.flatMap((r) => Object.values(r.cells)),
		...(figure.drawing.kind === 'revenue'
			? figure.drawing.layouts.flatMap((l) =>
					l.texts.filter((t) => t.visible).map((t) => t.lines.join(' '))
				)
			: figure.drawing.layouts.flatMap((l) => l.labels.filter((t) => t.visible).map((t) => t.text)))
	];
	const found = texts.flatMap((t) => findFigures(t));
	const values = (kind: Found['kind']) => found.filter((f) => f.kind === kind).map((f) => f.value!);
	return { money: values('money'), percent: values('percent') };
}

/** Whether a figure written in the alt is the one shown (see the rules at the top of the file). */
export function sameFigure(written: Found, shown: number): boolean {
	const value = written.value!;
	if (written.approx) {
		const step = written.step!;
		return Math.abs(Math.round(shown / step) * step - value) < step * 1e-6;
	}
	return Math.abs(shown - value) <= 1e-9 * Math.max(1, value);
}

// ---------------------------------------------------------------------------------------------
// d: glossary terms are linked at their first use.

const TERM_LINK = /\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*term:([^)\s]*)\s*\)/g;

function checkTerms(
	source: string,
	file: ReturnType<typeof storyRegions>,
	texts: Region[],
	glossary: GlossaryEntry[],
	report: Report
): void {
	const known = new Set(glossary.map((e) => e.id));
	// An unknown id is wrong wherever it is: text, notes, slides, methods.
	for (const m of source.slice(file.bodyStart).matchAll(TERM_LINK)) {
		const id = m[2]!;
		if (known.has(id)) continue;
		const offset = file.bodyStart + m.index;
		report(offset, fieldAt(source, file, offset), `unknown glossary term "${id}"`);
	}

	const patterns = glossary.map((entry) => ({ entry, res: entry.match.map(phrasePattern) }));
	const defined = new Set<string>();
	const reported = new Set<string>();
	for (const region of texts) {
		const links = [...region.text.matchAll(TERM_LINK)].map((m) => ({
			start: m.index,
			end: m.index + m[0].length,
			id: m[2]!
		}));
		const masked = maskMarkup(region.text);
		const events: { at: number; def?: string; use?: { entry: GlossaryEntry; text: string } }[] =
			links.map((l) => ({ at: l.start, def: l.id }));
		for (const { entry, res } of patterns) {
			for (const re of res) {
				for (const m of masked.matchAll(re)) {
					const own = links.some((l) => l.id === entry.id && m.index >= l.start && m.index < l.end);
					if (!own) events.push({ at: m.index, use: { entry, text: m[0].replace(/\s+/g, ' ') } });
				}
			}
		}
		// At one offset the link comes first: `[NDAA](term:ndaa)` defines before its words are read.
		events.sort((a, b) => a.at - b.at || (a.def ? -1 : 0) - (b.def ? -1 : 0));
		for (const e of events) {
			if (e.def) defined.add(e.def);
			else if (e.use && !defined.has(e.use.entry.id) && !reported.has(e.use.entry.id)) {
				reported.add(e.use.entry.id);
				const { entry, text } = e.use;
				report(
					region.start + e.at,
					'text',
					`"${text}" is used before its definition: make its first use a glossary link, [${text}](term:${entry.id})`
				);
			}
		}
	}
}

/** The field an offset is in: a step's YAML key, or the text. */
function fieldAt(source: string, file: ReturnType<typeof storyRegions>, offset: number): string {
	const block = file.steps.find(
		(s) => offset >= s.yaml.start && offset < s.yaml.start + s.yaml.text.length
	);
	if (!block) return 'text';
	const before = source.slice(block.yaml.start, offset).split('\n');
	for (let k = before.length - 1; k >= 0; k--) {
		const key = /^([a-z]+)\s*:/.exec(before[k]!);
		if (key) return key[1]!;
	}
	return 'step';
}
