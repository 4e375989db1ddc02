import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataErrorOf } from './fixtures.ts';
import { isAbbreviation, parseGlossary, phrasePattern, SHORT_MAX } from './glossary.ts';

const GLOSSARY = `# A comment line
- id: bod
  term: Binding Operational Directive
  match: [BOD, directive 17-01, binding operational directive]
  short: A compulsory order to federal civilian agencies.
  long: >-
    An order agencies must follow.
    Directive 17-01 was one.

- id: due-process
  term: due process
  short: The right to a fair procedure.
  long: The right to a fair procedure before the government acts against you.
`;

/** The DataError a source throws, as its one-line message. */
const failure = (source: string) => dataErrorOf(() => parseGlossary(source));

describe('parseGlossary', () => {
	it('reads a file saved with Windows line endings and a byte-order mark as the same glossary', () => {
		const windows = '\uFEFF' + GLOSSARY.replace(/\n/g, '\r\n');
		expect(parseGlossary(windows)).toEqual(parseGlossary(GLOSSARY));
	});

	it('reads each entry, with the term first among its phrases', () => {
		const [bod, dueProcess] = parseGlossary(GLOSSARY);
		expect(bod).toEqual({
			id: 'bod',
			term: 'Binding Operational Directive',
			// "binding operational directive" is the term again, so it is not listed twice.
			match: ['Binding Operational Directive', 'BOD', 'directive 17-01'],
			short: 'A compulsory order to federal civilian agencies.',
			long: 'An order agencies must follow. Directive 17-01 was one.'
		});
		expect(dueProcess!.match).toEqual(['due process']);
	});

	it('reads a number among the phrases as text', () => {
		const [entry] = parseGlossary(GLOSSARY.replace('[BOD,', '[1634, BOD,'));
		expect(entry!.match).toContain('1634');
	});

	it('names the file it is given', () => {
		expect(() => parseGlossary('- id: x', 'content/glossary.yml')).toThrow(
			/^content\/glossary\.yml:1 term: is missing$/
		);
	});

	it.each([
		['a file that is not a list', 'id: bod\nterm: x\n', 'glossary.yml:1 file: must be a YAML list'],
		['an empty file', '', 'glossary.yml:1 file: must be a YAML list'],
		['an entry that is not a mapping', '- just words\n', 'glossary.yml:1 entry: must be a mapping']
	])('stops at %s, naming the line and field', (_, source, message) => {
		expect(failure(source).startsWith(message)).toBe(true);
	});

	// Each case edits the glossary above: what is wrong, [text replaced, what replaces it], the error.
	it.each<[string, [string | RegExp, string], string]>([
		[
			'broken YAML',
			['binding operational directive]', 'binding operational directive'],
			'glossary.yml:5 yaml: Flow sequence in block collection'
		],
		[
			'an id in capitals',
			['id: bod', 'id: BOD'],
			'glossary.yml:2 id: "BOD" must be lowercase a-z, 0-9 and hyphens'
		],
		['a missing id', ['- id: bod\n  term', '- term'], 'glossary.yml:2 id: is missing'],
		[
			'a repeated id',
			['id: due-process', 'id: bod'],
			'glossary.yml:10 id: "bod" is a duplicate of line 2'
		],
		['a missing term', ['  term: due process\n', ''], 'glossary.yml:10 term: is missing'],
		['an empty term', ['term: due process', 'term: "  "'], 'glossary.yml:11 term:'],
		[
			'an empty short definition',
			['short: The right to a fair procedure.', 'short: ""'],
			'glossary.yml:12 short: is missing'
		],
		[
			'a short definition over the limit',
			['short: The right to a fair procedure.', `short: ${'word '.repeat(50)}`],
			`glossary.yml:12 short: is 249 characters; keep it to one sentence of at most ${SHORT_MAX}`
		],
		[
			'a missing long definition',
			[/ {2}long: The right.*\n/, ''],
			'glossary.yml:10 long: is missing'
		],
		[
			'Markdown in a definition',
			['The right to a fair procedure.', 'The right to [a hearing](src:x).'],
			'glossary.yml:12 short: must be plain text, without Markdown links or HTML'
		],
		[
			'HTML in a definition',
			['before the government', 'before the <em>government</em>'],
			'glossary.yml:13 long: must be plain text'
		],
		[
			'match that is not a list',
			['match: [BOD, directive 17-01, binding operational directive]', 'match: 7'],
			'glossary.yml:4 match: must be a list of phrases'
		],
		[
			'an empty phrase',
			['match: [BOD,', 'match: ["", BOD,'],
			'glossary.yml:4 match: has an empty phrase'
		],
		[
			'a phrase two terms claim',
			['term: due process', 'term: due process\n  match: [bod]'],
			'glossary.yml:12 match: "bod" is already a phrase of "bod" (line 2)'
		],
		[
			'an unknown field',
			['short: The right', 'shrot: x\n  short: The right'],
			'glossary.yml:12 shrot: is not a field of a glossary entry (id, term, match, short, long)'
		]
	])('stops at %s, naming the line and field', (_, [from, to], message) => {
		expect(failure(GLOSSARY.replace(from, to)).startsWith(message)).toBe(true);
	});
});

describe('phrasePattern', () => {
	const matches = (phrase: string, text: string) =>
		[...text.matchAll(phrasePattern(phrase))].map((m) => m[0]);

	it('matches whole words, in any case, across a line break, with a plural', () => {
		expect(matches('Entity List', 'the entity\nlist and two Entity Lists')).toEqual([
			'entity\nlist',
			'Entity Lists'
		]);
		expect(matches('due process', 'undue processing')).toEqual([]);
	});

	it('matches an abbreviation only in capitals', () => {
		expect(isAbbreviation('NDAA')).toBe(true);
		expect(isAbbreviation('BOD 17-01')).toBe(true);
		expect(isAbbreviation('Entity List')).toBe(false);
		expect(matches('FAR', 'FAR rules, but far away; the FAR’s clause')).toEqual(['FAR', 'FAR']);
	});

	it('treats straight and curly apostrophes alike, and regex characters as text', () => {
		expect(matches("agency's list", 'the agency’s list')).toEqual(['agency’s list']);
		expect(matches('Directive 17-01 (BOD)', 'Directive 17-01 (BOD) and Directive 17-012')).toEqual([
			'Directive 17-01 (BOD)'
		]);
	});
});

describe('content/glossary.yml', () => {
	const glossary = parseGlossary(
		readFileSync('content/glossary.yml', 'utf8'),
		'content/glossary.yml'
	);

	it('defines the terms the story and the lesson need', () => {
		const ids = glossary.map((e) => e.id);
		for (const id of [
			'bod',
			'national-security-systems',
			'ndaa',
			'gsa-schedule',
			'entity-list',
			'final-determination',
			'executive-order-13873',
			'bis',
			'bill-of-attainder',
			'due-process',
			'prophylactic',
			'standing',
			'preliminary-injunction',
			'apa',
			'ofac',
			'far',
			'covered-list',
			'audited-accounts',
			'headline-figure',
			'cis',
			'signature-updates',
			'ksn'
		]) {
			expect(ids).toContain(id);
		}
	});

	it('is written in British spelling, except in American names', () => {
		const text = glossary.map((e) => `${e.term} ${e.short} ${e.long}`).join(' ');
		const american = text
			.replace(/National Defense Authorization Act|Department of Defense|Defense Department/g, '')
			.match(/\b(?:licen[s]e|defen[s]e|neighbors?|organiz\w*|recogniz\w*|favor\w*|color)\b/gi);
		expect(american).toBeNull();
	});

	it('keeps each short definition to one sentence', () => {
		for (const e of glossary) expect(e.short.replace(/\.$/, ''), e.id).not.toMatch(/\.\s/);
	});
});
