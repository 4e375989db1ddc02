/** Dates, amounts, percentages and quotations in Markdown copy, identifiers left out. */
import { closingParen } from './sentences.ts';

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
