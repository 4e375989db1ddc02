/** Cutting Markdown copy into sentences, for the rule that each figure or quotation cites a source. */

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

export function closingParen(text: string, open: number): number {
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
