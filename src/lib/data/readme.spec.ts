import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_COLUMNS as COLUMNS, parseDataReadme } from './readme.ts';

const README = readFileSync(new URL('../../../data/README.md', import.meta.url), 'utf8');

const small = (table: string) => `# Data

Intro with a [link](https://example.org/) and <b>raw HTML</b>.

## \`a.csv\`

${table}
`;

/** A README table of columns documenting these names, in this order. */
const doc = (...names: string[]) =>
	['| column | meaning |', '| --- | --- |', ...names.map((n) => `| ${n} | x |`)].join('\n');

describe('parseDataReadme', () => {
	it('documents every column of every data file, in the files’ order', () => {
		const readme = parseDataReadme(README, COLUMNS);
		expect(readme.title).toBe('The data behind the story');
		expect(readme.files.map((f) => [f.file, f.columns.map((c) => c.name)])).toEqual(
			Object.entries(COLUMNS)
		);
		const confidence = readme.files[1]!.columns.find((c) => c.name === 'confidence')!;
		expect(confidence.meaning).toBe(
			'<code>high</code>, <code>medium-high</code>, <code>medium</code> or <code>low</code>'
		);
	});

	it('renders the introduction without raw HTML, with safe external links', () => {
		const readme = parseDataReadme(small('| column | meaning |\n| --- | --- |\n| id | the id |'), {
			'a.csv': ['id']
		});
		expect(readme.intro).toBe(
			'<p>Intro with a <a href="https://example.org/" rel="noopener noreferrer">link</a> and raw HTML.</p>'
		);
		expect(readme.files).toEqual([
			{ file: 'a.csv', name: 'a', columns: [{ name: 'id', meaning: 'the id' }], html: '' }
		]);
	});

	it.each([
		[
			doc('id'),
			{ 'a.csv': ['id', 'note'] },
			'data/README.md:7 a.csv: column "note" is not documented'
		],
		[
			doc('id', 'old'),
			{ 'a.csv': ['id'] },
			'data/README.md:7 a.csv: column "old" is not in the file'
		],
		[
			doc('b', 'a'),
			{ 'a.csv': ['a', 'b'] },
			"data/README.md:7 a.csv: columns are documented in another order than the file's: a, b"
		],
		[
			'No table here.',
			{ 'a.csv': ['id'] },
			'data/README.md:5 a.csv: has no table of columns (| column | meaning |)'
		],
		[
			doc('id'),
			{ 'a.csv': ['id'], 'b.csv': ['id'] },
			'data/README.md:1 b.csv: has no section (## `b.csv`) describing its columns'
		]
	])('stops the build when the README and the files disagree', (table, columns, message) => {
		expect(() => parseDataReadme(small(table), columns)).toThrow(message);
	});
});
