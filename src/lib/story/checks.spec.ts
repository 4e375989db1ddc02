import { describe, expect, it } from 'vitest';
import { dataErrorOf, FRONT_MATTER } from './fixtures.ts';
import { readContentFiles } from '../server/loadContent.ts';
import { realContent, ROOT } from '../testing/realContent.ts';
import { parse as parseYaml } from 'yaml';
import { figureModel } from '../charts/figures.ts';
import type { FigureModel } from '../charts/frame/types.ts';
import {
	checkStory,
	findFigures,
	findQuotations,
	splitSentences,
	storyProblems,
	type CheckInput
} from './checks.ts';
import { parseGlossary } from './glossary.ts';
import type { Step, Story } from './types.ts';

const GLOSSARY = parseGlossary(`
- id: bod
  term: Binding Operational Directive
  match: [BOD]
  short: A compulsory order to federal civilian agencies.
  long: A compulsory order to federal civilian agencies about their computers.
- id: ndaa
  term: NDAA
  match: [National Defense Authorization Act, defence bill]
  short: The yearly US law on defence spending and policy.
  long: The yearly US law on defence spending and policy.
- id: cis
  term: Commonwealth of Independent States
  match: [CIS]
  short: A loose association of former Soviet republics.
  long: A loose association of former Soviet republics, set up in 1991.
`);

/** A story that passes every check; each test breaks one thing. */
const STORY = `${FRONT_MATTER}
<!-- section: intro -->

On [13 September 2017](src:dhs-bod), the US government acted. Its
[Binding Operational Directive](term:bod) told agencies to look.

<!-- step
id: money
chart: revenue
state: after
heading: The money
alt: >-
  Revenue rose from $644 million to $698 million, up 8%, while North
  American sales fell 8%. The rest of the world was about 26%.
notes: Point at the bars.
sources: [dhs-bod]
-->

Revenue was [$644 million](src:rbc-2017-accounts) in 2016 and
[$698 million](src:rbc-2017-accounts) in 2017. Mr. Smith of Kaspersky Lab, Inc. said
"we grew" in an [interview](src:rbc-2017-accounts). The rest, about 26%, is our
[subtraction](#methods).

<!-- step
id: directive
chart: timeline
state: directive
heading: The directive
alt: >-
  The directive of 13 September 2017 and its first deadline on
  13 October 2017, with more events in November 2017.
notes: Context.
sources: [dhs-bod]
-->

The BOD gave agencies [30 days](src:dhs-bod). Congress then passed the
[NDAA](term:ndaa).

<!-- section: methods -->

## Sources and methods

In 2016 we said "hello" with no source: the methods note is exempt.

<!-- section: corrections -->

## Corrections

None.
`;

/** The steps as checkStory reads them (parseStory's other work is tested in parse.spec.ts). */
function storyOf(source: string): Story {
	const steps = [...source.matchAll(/<!--\s*step\b([\s\S]*?)-->/g)].map((m, index) => {
		const y = parseYaml(m[1]!) as Record<string, unknown>;
		return {
			id: String(y.id),
			index,
			chart: y.chart,
			state: String(y.state),
			highlight: (y.highlight as string[] | undefined) ?? [],
			heading: String(y.heading),
			html: '',
			slide: '',
			alt: String(y.alt ?? ''),
			notes: '',
			question: null,
			sources: []
		} as Step;
	});
	return {
		headline: 'A headline',
		standfirst: '',
		description: '',
		kicker: '',
		published: '2026-11-28',
		intro: '',
		steps,
		methods: '',
		corrections: ''
	};
}

/** Stand-ins for the two charts: what each draws, cut down to what the checks read. */
function fakeFigure(step: Step): FigureModel {
	if (step.chart === 'revenue') {
		return {
			chart: 'revenue',
			state: step.state,
			description: 'Bars show global revenue.',
			table: {
				rows: [
					{ cells: { value: '$644m', wording: '“up from $644 million in 2016”' } },
					{ cells: { value: '−8%' } },
					{ cells: { value: '25.9%' } }
				]
			},
			drawing: {
				kind: 'revenue',
				layouts: [
					{
						texts: [
							{ lines: ['$698m', '(+8%)'], visible: true },
							{ lines: ['$725.6m'], visible: false }
						]
					}
				]
			}
		} as unknown as FigureModel;
	}
	return {
		chart: 'timeline',
		state: step.state,
		description: '',
		table: {
			rows: [
				{ cells: { date: '13 Sep 2017', what: 'The directive. About 15% of agencies.' } },
				{ cells: { date: 'Oct 2017 (month)', what: 'Amazon keeps selling.' } },
				{ cells: { date: '13 Oct 2017', what: 'Day 30.' } }
			]
		},
		drawing: {
			kind: 'timeline',
			layouts: [{ labels: [{ text: 'Day 30, 13 Oct', visible: true }] }]
		}
	} as unknown as FigureModel;
}

function input(source: string, story = storyOf(source)): CheckInput {
	return { source, story, glossary: GLOSSARY, figures: fakeFigure };
}

/** The message of the DataError the story throws. */
const failure = (source: string, story?: Story) =>
	dataErrorOf(() => checkStory(input(source, story)));

/** The 1-based line of the first occurrence of `needle`. */
const lineOf = (source: string, needle: string) => {
	const at = source.indexOf(needle);
	if (at < 0) throw new Error(`no "${needle}" in the story`);
	return source.slice(0, at).split('\n').length;
};

/** The story with one sentence added to the first step's text. */
const withText = (sentence: string) =>
	STORY.replace('[subtraction](#methods).', `[subtraction](#methods). ${sentence}`);

const NO_SOURCE =
	'has no source in its sentence: link a phrase to a source ([…](src:id)) or to the methods note ([…](#methods))';

describe('checkStory', () => {
	it('passes a story that keeps every rule', () => {
		expect(() => checkStory(input(STORY))).not.toThrow();
		expect(storyProblems(input(STORY))).toEqual([]);
	});

	describe('a. numbers cite a source', () => {
		it.each([
			['a full date', 'It ended on 8 September 2017.', '8 September 2017'],
			['a month and year', 'It ended in September 2017.', 'September 2017'],
			['a day and month', 'It ended on 8 September.', '8 September'],
			['an American date', 'It ended on September 8, 2017.', 'September 8, 2017'],
			['a bare year', 'It ended in 2024.', '2024'],
			['an amount in millions', 'It earned roughly $156 million.', 'roughly $156 million'],
			['a short amount', 'Russia brought in $86m.', '$86m'],
			['an amount in dollars', 'Sales were less than $54,000.', 'less than $54,000'],
			['a large count', 'About 1 million customers moved.', 'About 1 million'],
			['a percentage', 'The US and Canada gave 24.3%.', '24.3%'],
			['a percentage in words', 'Revenue grew 8 percent.', '8 percent']
		])('fails %s with no source in its sentence', (_, sentence, figure) => {
			const source = withText(sentence);
			expect(failure(source)).toBe(
				`story.md:${lineOf(source, sentence)} text: "${figure}" ${NO_SOURCE}`
			);
		});

		it('fails a figure in the intro, naming its line', () => {
			const source = STORY.replace('told agencies to look.', 'told agencies to look.\nIn 2017.');
			expect(failure(source)).toBe(
				`story.md:${lineOf(source, 'In 2017.')} text: "2017" ${NO_SOURCE}`
			);
		});

		it('passes a figure whose sentence links a source or the methods note', () => {
			for (const sentence of [
				'Sales were [less than $54,000](src:x).',
				'Sales fell 8%, as the [company](src:x) said.',
				'That is about $156 million, by [our sum](#methods).'
			]) {
				expect(storyProblems(input(withText(sentence)))).toEqual([]);
			}
		});

		it('does not take identifiers, counts or link addresses for figures', () => {
			const sentence =
				'Section 1634 of Public Law 115-91, Executive Order 13873, BOD 17-01, Directive 17-01, ' +
				'909 F.3d 446, 82 FR 43782, No. 1:17-cv-02697, clause 52.204-23 and ICTS-2021-002 are ' +
				'names; 12 executives, 1,200 stores and 45 days are counts; [this](src:rbc-2017-x) is a link.';
			expect(storyProblems(input(withText(sentence)))).toEqual([]);
		});

		it('leaves the methods note and corrections alone', () => {
			expect(STORY).toContain('In 2016 we said "hello" with no source');
			expect(storyProblems(input(STORY))).toEqual([]);
		});
	});

	describe('b. quotations are sourced', () => {
		it.each([
			['straight quotation marks', 'He called it "a test" of trust.', 'a test'],
			['curly quotation marks', 'He called it “a test” of trust.', 'a test'],
			[
				'a quotation holding a link',
				'It was "[prophylactic](#methods), not punitive".',
				'prophylactic, not punitive'
			]
		])('fails a quotation in %s with no source in its sentence', (_, sentence, quoted) => {
			const source = withText(sentence);
			expect(failure(source)).toBe(
				`story.md:${lineOf(source, sentence)} text: the quotation "${quoted}" has no source in its sentence: link a phrase of that sentence to the source it comes from ([…](src:id))`
			);
		});

		it('does not count a link to the methods note as the source of a quotation', () => {
			const source = withText('He said "no", as the [methods](#methods) explain.');
			expect(failure(source)).toMatch(/text: the quotation "no" has no source/);
		});

		it('passes a quotation whose sentence links a source, even across lines', () => {
			const source = withText('He said "we will\nopen every door" to the [BBC](src:bbc).');
			expect(storyProblems(input(source))).toEqual([]);
		});
	});

	describe('c. screen-reader descriptions describe the chart drawn', () => {
		it('fails an empty description', () => {
			const story = storyOf(STORY);
			story.steps[0]!.alt = '   ';
			expect(failure(STORY, story)).toBe(
				`story.md:${lineOf(STORY, 'alt: >-')} alt: is empty: describe what the chart shows at this step`
			);
		});

		it('fails an amount the chart does not show, naming its line in the description', () => {
			const source = STORY.replace(
				'American sales fell 8%.',
				'American sales fell 8%.\n  It reached $725.6 million in 2018.'
			);
			expect(failure(source)).toBe(
				`story.md:${lineOf(source, 'It reached')} alt: names "$725.6 million", which the "after" state of the revenue chart does not show`
			);
		});

		it.each([
			['a percentage not shown', 'up 8%', 'up 9%', '9%'],
			['an exact figure where the chart rounds', 'about 26%', '26%', '26%'],
			[
				'an approximation that does not round to a figure shown',
				'about 26%',
				'about 27%',
				'about 27%'
			],
			[
				'a bound that differs from the figure',
				'$698 million',
				'under $700 million',
				'under $700 million'
			]
		])('fails %s', (_, from, to, named) => {
			const source = STORY.replace(from, to);
			expect(failure(source)).toMatch(
				new RegExp(`alt: names "${named.replace(/\$/g, '\\$')}", which the "after" state`)
			);
		});

		it('matches figures however they are written', () => {
			const alt =
				'Revenue was $644m, then $698 million (+8 per cent); North America fell 8 percent, the rest about 26 %.';
			const source = STORY.replace(/alt: >-\n {2}Revenue rose[^\n]*\n[^\n]*\n/, `alt: ${alt}\n`);
			expect(storyProblems(input(source))).toEqual([]);
		});

		it('fails a date outside the timeline state’s window', () => {
			const source = STORY.replace('in November 2017', 'in March 2018');
			expect(failure(source)).toBe(
				`story.md:${lineOf(source, 'March 2018')} alt: names March 2018, outside the "directive" state's window (September to December 2017)`
			);
		});

		it('fails a day that is not the date of an event the timeline shows', () => {
			const source = STORY.replace('13 October 2017', '14 October 2017');
			expect(failure(source)).toBe(
				`story.md:${lineOf(source, '14 October 2017')} alt: names 14 October 2017, which is not the date of any event the "directive" state of the timeline chart shows`
			);
		});

		it('checks a day without its year against the events’ days', () => {
			const alt = 'directive of 13 September 2017';
			expect(storyProblems(input(STORY.replace(alt, 'directive of 13 September')))).toEqual([]);
			expect(failure(STORY.replace(alt, 'directive of 15 September'))).toMatch(
				/alt: names 15 September, which is not the date of any event/
			);
		});
	});

	describe('d. glossary terms are defined before they are used', () => {
		it('fails a term used before its first link', () => {
			const source = withText('The NDAA came later.');
			expect(failure(source)).toBe(
				`story.md:${lineOf(source, 'The NDAA came')} text: "NDAA" is used before its definition: make its first use a glossary link, [NDAA](term:ndaa)`
			);
		});

		it('fails a term used and never linked, matching capitals only for abbreviations', () => {
			expect(storyProblems(input(withText('Its cis sales grew.')))).toEqual([]);
			const source = withText('Its sales in the\nCommonwealth of Independent States grew.');
			expect(failure(source)).toBe(
				`story.md:${lineOf(source, 'Commonwealth')} text: "Commonwealth of Independent States" is used before its definition: make its first use a glossary link, [Commonwealth of Independent States](term:cis)`
			);
		});

		it('counts the words of a source link as a use', () => {
			const source = withText('The [defence bill](src:x) passed.');
			expect(failure(source)).toMatch(/text: "defence bill" is used before its definition/);
		});

		it('counts the words of another term’s link as a use of that term', () => {
			const source = withText('The [NDAA and its BOD clause](term:ndaa) passed.');
			expect(storyProblems(input(source))).toEqual([]);
			const early = STORY.replace(
				'[Binding Operational Directive](term:bod)',
				'[Binding Operational Directive and the NDAA](term:bod)'
			);
			expect(failure(early)).toMatch(/text: "NDAA" is used before its definition/);
		});

		it('reads the intro first and the steps in order, not the notes or the methods', () => {
			const source = STORY.replace('notes: Context.', 'notes: The NDAA and the CIS.').replace(
				'In 2016 we said',
				'The CIS in 2016 we said'
			);
			expect(storyProblems(input(source))).toEqual([]);
		});

		it('fails a link to a term that is not in the glossary, wherever it is', () => {
			const inText = withText('It was [prophylactic](term:prophylactic).');
			expect(failure(inText)).toBe(
				`story.md:${lineOf(inText, 'It was [prophylactic]')} text: unknown glossary term "prophylactic"`
			);
			const inNotes = STORY.replace('notes: Context.', 'notes: See [this](term:nope).');
			expect(failure(inNotes)).toBe(
				`story.md:${lineOf(inNotes, 'notes: See')} notes: unknown glossary term "nope"`
			);
		});
	});

	it('reports the problem nearest the top of the file first', () => {
		const source = withText('It ended in 2024.').replace(
			'Its\n[Binding',
			'Its "BOD" and\n[Binding'
		);
		const problems = storyProblems(input(source)).map((p) => p.line);
		expect(problems).toEqual([...problems].sort((a, b) => a - b));
		expect(failure(source)).toMatch(
			new RegExp(`^story\\.md:${lineOf(source, '"BOD"')} text: the quotation "BOD"`)
		);
	});
});

describe('splitSentences', () => {
	const texts = (text: string) => splitSentences(text).map((s) => s.text);

	it('does not end a sentence at an abbreviation', () => {
		expect(
			texts(
				'Mr. Smith of Kaspersky Lab, Inc. and Acme Ltd. sued the U.S. government, e.g. DHS, in No. 1:17 (Kaspersky v. DHS, 909 F.3d 446). It lost, i.e. the ban stood. Then?'
			)
		).toEqual([
			'Mr. Smith of Kaspersky Lab, Inc. and Acme Ltd. sued the U.S. government, e.g. DHS, in No. 1:17 (Kaspersky v. DHS, 909 F.3d 446).',
			'It lost, i.e. the ban stood.',
			'Then?'
		]);
	});

	it('does not end a sentence inside a link or a quotation', () => {
		expect(
			texts('The [U.S. Dept. of Justice](src:a.b) said so. He said "Stop. Now." Then he left.')
		).toEqual([
			'The [U.S. Dept. of Justice](src:a.b) said so.',
			'He said "Stop. Now."',
			'Then he left.'
		]);
	});

	it('ends a sentence at a blank line, a list item or a heading, and keeps offsets', () => {
		const text = 'First line\ncontinues\n\nSecond paragraph\n- an item\n## A heading';
		const sentences = splitSentences(text, 100);
		expect(sentences.map((s) => s.text)).toEqual([
			'First line\ncontinues',
			'Second paragraph',
			'- an item',
			'## A heading'
		]);
		expect(sentences.map((s) => s.start)).toEqual([100, 122, 139, 149]);
	});

	it('does not end a sentence before a lower-case word or inside a number', () => {
		expect(texts('It grew 8.4 per cent. in all. Sales were $64,400. Done.')).toEqual([
			'It grew 8.4 per cent. in all.',
			'Sales were $64,400.',
			'Done.'
		]);
	});
});

describe('findFigures', () => {
	const found = (text: string) => findFigures(text).map((f) => `${f.kind}:${f.text}`);

	it('finds dates, amounts and percentages with their qualifiers, in order', () => {
		expect(
			found(
				'On 8 September 2017, in October 2017, on 12 Oct and in 2024 it made roughly $156 million, $86m, US$1.2bn, about 1 million sales and 24.3% (−8 percent, 0.03 per cent).'
			)
		).toEqual([
			'date:8 September 2017',
			'date:October 2017',
			'date:12 Oct',
			'date:2024',
			'money:roughly $156 million',
			'money:$86m',
			'money:US$1.2bn',
			'count:about 1 million',
			'percent:24.3%',
			'percent:8 percent',
			'percent:0.03 per cent'
		]);
	});

	it('reads values, precision and approximation', () => {
		const [a, b, c] = findFigures('about $650 million, less than $54,000 and 25.9%');
		expect(a).toMatchObject({ value: 650e6, step: 10e6, approx: true });
		expect(b).toMatchObject({ value: 54000, step: 1000, approx: false });
		expect(c).toMatchObject({ value: 25.9, step: 0.1, approx: false });
		expect(findFigures('13 October 2017')[0]!.date).toEqual({ day: 13, month: 10, year: 2017 });
	});

	it('skips identifiers, link addresses, the verb "may" and words before dates', () => {
		expect(
			found(
				'Section 1634, Public Law 115-91, Executive Order\n13873, BOD 17-01, 909 F.3d 446, 89 FR 52434–52437, case 1:18-cv-00325, H.R. 2810 and Schedule 70 may matter [here](src:x-2017-5%).'
			)
		).toEqual([]);
		expect(found('Looking back over 2017')).toEqual(['date:2017']);
	});
});

describe('findQuotations', () => {
	it('finds words in straight or curly quotation marks, links reduced to their text', () => {
		expect(
			findQuotations('He said "stop" and “go [now](src:x)”, [see](src:"a").').map((q) => q.text)
		).toEqual(['stop', 'go now']);
	});
});

// ⚠ THE REAL STORY. This test reads content/story.md, content/glossary.yml and data/*.csv from disk
// and runs every check on them; a failure names the first line to fix.
describe('content/story.md, content/glossary.yml and data/ (the real files)', () => {
	it('pass every check of the story copy', () => {
		const { dataset: data, story, glossary } = realContent();
		const source = readContentFiles(ROOT)['content/story.md'];
		const problems = storyProblems({
			source,
			story,
			glossary,
			// What the chart draws, without the step's alt as its description.
			figures: (s) => figureModel(data, { chart: s.chart, state: s.state, highlight: s.highlight })
		});
		expect(problems.map((p) => p.message)).toEqual([]);
	});
});
