/**
 * `data/README.md`, the column documentation, read for the /data/ page: its introduction, and for
 * each CSV file its `## \`name.csv\`` section with the table of columns. The tables are held to
 * the files' schemas, so a column added to a file without a line in the README (or one the README
 * keeps after it is gone) stops the build: `data/README.md:33 timeline.csv: column "x" is not documented`.
 */
import { Marked, Lexer, type Token, type Tokens } from 'marked';
import { escapeHtml, normalizeSource } from '../story/markdown.ts';
import { DataError } from './errors.ts';
import { revenueRow, sourceRow, timelineRow } from './schema.ts';

const FILE = 'data/README.md';

/** Each data file's columns, as its schema reads them and the downloads write them, in order. */
export const DATA_COLUMNS: Readonly<Record<string, readonly string[]>> = {
	'sources.csv': Object.keys(sourceRow.shape),
	'timeline.csv': Object.keys(timelineRow.shape),
	'revenue.csv': Object.keys(revenueRow.shape)
};

export interface DataColumn {
	name: string;
	/** What the column holds, as inline HTML. */
	meaning: string;
}

export interface DataFileDoc {
	/** `timeline.csv` */
	file: string;
	/** `timeline`: the name of its downloads, `/data/timeline.{csv,json}`. */
	name: string;
	columns: DataColumn[];
	/** Anything else the section says, besides its table, as HTML (often nothing). */
	html: string;
}

export interface DataReadme {
	title: string;
	/** The text before the first file's section, as HTML. */
	intro: string;
	files: DataFileDoc[];
}

// Links to other sites get rel="noopener noreferrer" (the link check requires it); raw HTML is
// dropped, as in the story copy. No typographic quotes: the README is about exact characters.
const marked = new Marked({
	gfm: true,
	renderer: {
		link(this: { parser: { parseInline(t: Token[]): string } }, token: Tokens.Link) {
			const inner = this.parser.parseInline(token.tokens);
			const rel = /^https?:\/\//.test(token.href) ? ' rel="noopener noreferrer"' : '';
			return `<a href="${escapeHtml(token.href)}"${rel}>${inner}</a>`;
		},
		html: () => ''
	}
});

const render = (tokens: Token[]) => marked.parser(tokens).trim();

/** Parse the README; `columns` gives each file's columns as its schema defines them, in order. */
export function parseDataReadme(
	markdown: string,
	columns: Readonly<Record<string, readonly string[]>>
): DataReadme {
	const text = normalizeSource(markdown);
	const tokens = Lexer.lex(text, { gfm: true });
	const lineOf = (raw: string) => text.slice(0, Math.max(0, text.indexOf(raw))).split('\n').length;

	const h1 = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
	if (!h1) throw new DataError(FILE, 1, 'title', 'is missing (a first line "# …")');

	// Split at each level-2 heading; the part before the first is the introduction.
	const parts: { heading: Tokens.Heading | null; body: Token[] }[] = [{ heading: null, body: [] }];
	for (const token of tokens) {
		if (token === h1) continue;
		if (token.type === 'heading' && (token as Tokens.Heading).depth === 2)
			parts.push({ heading: token as Tokens.Heading, body: [] });
		else parts.at(-1)!.body.push(token);
	}

	const files: DataFileDoc[] = [];
	for (const { heading, body } of parts.slice(1)) {
		const file = /^`?([a-z0-9-]+\.csv)`?$/.exec(heading!.text.trim())?.[1];
		if (!file) continue;
		const line = lineOf(heading!.raw);
		const expected = columns[file];
		if (!expected) throw new DataError(FILE, line, file, 'is not one of the data files');
		const table = body.find(
			(t): t is Tokens.Table =>
				t.type === 'table' && (t as Tokens.Table).header[0]?.text.trim() === 'column'
		);
		if (!table)
			throw new DataError(FILE, line, file, 'has no table of columns (| column | meaning |)');
		const documented = table.rows.map((row) => ({
			name: row[0]!.text.trim().replace(/^`|`$/g, ''),
			meaning: (marked.parseInline(row[1]?.text ?? '') as string).trim()
		}));
		checkColumns(
			file,
			lineOf(table.raw),
			documented.map((c) => c.name),
			expected
		);
		files.push({
			file,
			name: file.replace(/\.csv$/, ''),
			columns: documented,
			html: render(body.filter((t) => t !== table))
		});
	}
	for (const file of Object.keys(columns)) {
		if (!files.some((f) => f.file === file))
			throw new DataError(FILE, 1, file, `has no section (## \`${file}\`) describing its columns`);
	}
	return { title: h1.text, intro: render(parts[0]!.body), files };
}

function checkColumns(
	file: string,
	line: number,
	documented: string[],
	expected: readonly string[]
) {
	for (const name of expected) {
		if (!documented.includes(name))
			throw new DataError(FILE, line, file, `column "${name}" is not documented`);
	}
	for (const name of documented) {
		if (!expected.includes(name))
			throw new DataError(FILE, line, file, `column "${name}" is not in the file`);
	}
	if (documented.join() !== expected.join())
		throw new DataError(
			FILE,
			line,
			file,
			`columns are documented in another order than the file's: ${expected.join(', ')}`
		);
}
