/**
 * Parse `content/glossary.yml`: the terms the story defines at their first use (short definition)
 * and the /teach page lists (long definition). The first problem throws a DataError naming the
 * file, the line of the entry or field, and the field.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { DataError } from '../data/errors.ts';
import { normalizeSource } from './markdown.ts';

export interface GlossaryEntry {
	/** Lowercase a-z, 0-9 and hyphens; the story links a term as `[words](term:id)`. */
	id: string;
	/** The term as the glossary shows it. */
	term: string;
	/** Phrases that count as a use of the term in the copy; always includes `term`. */
	match: string[];
	/** One plain sentence, shown beside the term at its first use in the story. */
	short: string;
	/** One to three plain sentences, for the /teach glossary. */
	long: string;
}

export const SHORT_MAX = 200;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Definitions are rendered as text beside the copy, so Markdown links or HTML would show raw.
const MARKUP = /<\/?[a-z][^>]*>|\]\(/i;

const text = z
	.string({ error: 'is missing' })
	.trim()
	.min(1, { error: 'is missing' })
	.refine((v) => !MARKUP.test(v), { error: 'must be plain text, without Markdown links or HTML' });

const entrySchema = z.strictObject(
	{
		id: z.string({ error: 'is missing' }).regex(ID, {
			error: (i) => `"${String(i.input)}" must be lowercase a-z, 0-9 and hyphens`
		}),
		term: text,
		// YAML reads `[NDAA, 1634]` as a string and a number; a phrase is text either way.
		match: z
			.array(
				z
					.union([z.string(), z.number()], { error: 'must be a phrase' })
					.transform(String)
					.pipe(z.string().trim().min(1, { error: 'has an empty phrase' })),
				{ error: 'must be a list of phrases, e.g. [NDAA, defence bill]' }
			)
			.optional(),
		short: text.refine((v) => v.length <= SHORT_MAX, {
			error: (i) =>
				`is ${String(i.input).trim().length} characters; keep it to one sentence of at most ${SHORT_MAX}`
		}),
		long: text
	},
	{
		error: (i) =>
			i.code === 'invalid_type' ? 'must be a mapping of id, term, match, short, long' : undefined
	}
);

export function parseGlossary(file_: string, file = 'glossary.yml'): GlossaryEntry[] {
	const source = normalizeSource(file_);
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false });
	const lineOf = (offset: number | undefined) =>
		offset === undefined ? 1 : lineCounter.linePos(offset).line;

	const yamlError = doc.errors[0];
	if (yamlError) {
		throw new DataError(file, lineOf(yamlError.pos[0]), 'yaml', yamlError.message.split('\n')[0]!);
	}
	const root = doc.contents;
	if (!isSeq(root) || root.items.length === 0) {
		throw new DataError(
			file,
			lineOf(root?.range?.[0]),
			'file',
			'must be a YAML list of entries, each starting "- id: ..."'
		);
	}

	const entries: GlossaryEntry[] = [];
	const seen: Seen = { ids: new Map(), phrases: new Map() };

	for (const item of root.items) entries.push(readEntry(item as Node, file, lineOf, seen));
	return entries;
}

/** The ids and phrases of the entries read so far, with their lines. */
interface Seen {
	ids: Map<string, number>;
	phrases: Map<string, { id: string; line: number }>;
}

function readEntry(
	node: Node,
	file: string,
	lineOf: (offset: number | undefined) => number,
	seen: Seen
): GlossaryEntry {
	const entryLine = lineOf(node.range?.[0]);
	// The line of one field of this entry, or of the entry when the field is absent.
	const fieldLine = (field: string) => {
		if (!isMap(node)) return entryLine;
		const pair = node.items.find((p) => isScalar(p.key) && p.key.value === field);
		return pair && isScalar(pair.key) ? lineOf(pair.key.range?.[0]) : entryLine;
	};

	const parsed = entrySchema.safeParse(node.toJSON());
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		if (issue.code === 'unrecognized_keys') {
			const key = issue.keys[0]!;
			throw new DataError(
				file,
				fieldLine(key),
				key,
				'is not a field of a glossary entry (id, term, match, short, long)'
			);
		}
		const field = typeof issue.path[0] === 'string' ? issue.path[0] : 'entry';
		throw new DataError(file, fieldLine(field), field, issue.message);
	}
	const e = parsed.data;

	const first = seen.ids.get(e.id);
	if (first !== undefined) {
		throw new DataError(file, fieldLine('id'), 'id', `"${e.id}" is a duplicate of line ${first}`);
	}
	seen.ids.set(e.id, fieldLine('id'));

	// The term itself is always a use of the term; keep the author's order, term first.
	const match = [e.term, ...(e.match ?? [])].filter(
		(p, i, all) => all.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i
	);
	// One phrase, one term: otherwise the story check could not tell which term a use defines.
	for (const phrase of match) {
		const key = phrase.toLowerCase();
		const owner = seen.phrases.get(key);
		if (owner && owner.id !== e.id) {
			throw new DataError(
				file,
				fieldLine(e.match ? 'match' : 'term'),
				e.match ? 'match' : 'term',
				`"${phrase}" is already a phrase of "${owner.id}" (line ${owner.line})`
			);
		}
		seen.phrases.set(key, { id: e.id, line: fieldLine('id') });
	}

	return { id: e.id, term: e.term, match, short: e.short, long: e.long };
}

/** A phrase written in capitals (NDAA, CIS, BOD 17-01) is an abbreviation: match its case. */
export function isAbbreviation(phrase: string): boolean {
	return /[A-Z]/.test(phrase) && !/[a-z]/.test(phrase);
}

/**
 * A global regular expression for a glossary phrase in Markdown copy: whole words, any run of
 * spaces or line breaks between words, straight or curly apostrophes, an optional plural "s", and
 * case-insensitive unless the phrase is an abbreviation.
 */
export function phrasePattern(phrase: string): RegExp {
	const body = phrase
		.trim()
		.split(/\s+/)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
		.join('\\s+');
	return new RegExp(
		`(?<![\\p{L}\\p{N}])${body}s?(?![\\p{L}\\p{N}])`,
		isAbbreviation(phrase) ? 'gu' : 'giu'
	);
}
