import { describe, expect, it } from 'vitest';
import { realContent } from '../testing/realContent.ts';
import { dataErrorOf } from './fixtures.ts';
import { FILES } from '../data/fixtures.ts';
import { loadDataset } from '../data/load.ts';
import { evidence, parseLesson, timing } from './lesson.ts';

const data = loadDataset(FILES);

/** The parts of the story the lesson reads: ids, headings and questions, in story order. */
const story = {
	steps: [
		{ id: 'first', heading: 'The first step', question: 'Who decides?' },
		{ id: 'second', heading: 'The second step', question: null },
		{ id: 'third', heading: 'The third step', question: 'What counts as evidence?' }
	]
};

const LESSON = `---
title: Teaching with this story
description: A lesson plan.
level: Ages 15 to 18
prior: None
duration: Two lessons of 50 minutes
opening: What would count as "evidence"?
slides: [first]
activity:
  - dhs-directive
  - amazon
---

<!-- section: overview -->

## What the lesson covers

It covers [the directive](src:dhs-bod).

<!-- section: materials -->

## Materials

- [Slides](/present/) and [the story](/#first).

<!-- section: plan -->

## Timings

1. **5 minutes**: the opening question.

<!-- listen: opening -->

Evidence that someone else can check.

<!-- listen: first -->

Who can be held to account.

<!-- section: source-check -->

## Checking the sources

Pairs rate the evidence.
`;

/** The fixture with one piece replaced; throws if it is not there, so tests cannot go stale. */
function edit(from: string, to: string): string {
	if (!LESSON.includes(from)) throw new Error(`fixture has no "${from}"`);
	return LESSON.replace(from, to);
}

/** The DataError a source throws, as `file:line field: message`. */
const problem = (source: string) => dataErrorOf(() => parseLesson(source, story, data));

describe('parseLesson', () => {
	it('reads a file saved with Windows line endings and a byte-order mark as the same lesson', () => {
		const windows = '\uFEFF' + LESSON.replace(/\n/g, '\r\n');
		expect(parseLesson(windows, story, data)).toEqual(parseLesson(LESSON, story, data));
	});

	it('reads the front matter, the sections and the notes', () => {
		const lesson = parseLesson(LESSON, story, data);
		expect(lesson.title).toBe('Teaching with this story');
		expect(lesson.level).toBe('Ages 15 to 18');
		expect(lesson.opening).toBe('What would count as “evidence”?');
		expect(lesson.openingListen).toBe('<p>Evidence that someone else can check.</p>');
		expect(lesson.activity).toEqual(['dhs-directive', 'amazon']);
		expect(lesson.sections.overview).toMatch(/^<h2>What the lesson covers<\/h2>/);
		expect(lesson.sections.overview).toContain('href="https://www.cisa.gov/bod-17-01"');
		expect(Object.keys(lesson.sections)).toEqual(['overview', 'materials', 'plan', 'source-check']);
	});

	it('lists every step with a question, in story order, marking those asked during the slides', () => {
		const lesson = parseLesson(LESSON, story, data);
		expect(lesson.questions).toEqual([
			{
				id: 'first',
				heading: 'The first step',
				question: 'Who decides?',
				listen: '<p>Who can be held to account.</p>',
				onSlides: true
			},
			{
				id: 'third',
				heading: 'The third step',
				question: 'What counts as evidence?',
				listen: null,
				onSlides: false
			}
		]);
	});

	it('makes links into the site relative to the lesson page, and leaves others alone', () => {
		const { sections } = parseLesson(LESSON, story, data, { siteRoot: '..' });
		expect(sections.materials).toContain('href="../present/"');
		expect(sections.materials).toContain('href="../#first"');
		expect(sections.overview).toContain('href="https://www.cisa.gov/bod-17-01"');
		expect(parseLesson(LESSON, story, data).sections.materials).toContain('href="/present/"');
	});

	it('checks links to the glossary on the page against its ids', () => {
		const source = edit('Who can be', '[Who](#term-bod) can be');
		const glossary = [{ id: 'bod' }];
		expect(parseLesson(source, story, data, { glossary }).questions[0]!.listen).toContain(
			'href="#term-bod"'
		);
		expect(() => parseLesson(source, story, data, { glossary: [{ id: 'ndaa' }] })).toThrow(
			'lesson.md:38 listen: "bod" is not an id in content/glossary.yml'
		);
	});

	it.each([
		['no front matter', LESSON.replace(/^---\n[\s\S]*?\n---\n/, ''), 'lesson.md:1 front matter'],
		['a missing field', edit('level: Ages 15 to 18\n', ''), 'lesson.md:1 level: is missing'],
		['an empty field', edit('prior: None', 'prior: ""'), 'lesson.md:5 prior: is missing'],
		[
			'an unknown field',
			edit('prior: None', 'prior: None\nages: 15'),
			'lesson.md:6 ages: is not a field'
		],
		[
			'a long description',
			edit('A lesson plan.', 'x'.repeat(201)),
			'lesson.md:3 description: is longer'
		],
		['bad YAML', edit('title: Teaching', 'title: [Teaching'), 'lesson.md:'],
		[
			'slides not a list',
			edit('slides: [first]', 'slides: first'),
			'lesson.md:8 slides: must be a list'
		],
		[
			'an unknown step',
			edit('slides: [first]', 'slides: [first, nope]'),
			'lesson.md:8 slides: unknown step id "nope"'
		],
		[
			'a step without a question',
			edit('slides: [first]', 'slides: [second]'),
			'lesson.md:8 slides: step "second" has no question'
		],
		[
			'a step twice',
			edit('slides: [first]', 'slides: [first, first]'),
			'lesson.md:8 slides: "first" is listed twice'
		],
		[
			'too many slide questions',
			edit('slides: [first]', `slides: [${Array(9).fill('first').join(', ')}]`),
			'lesson.md:8 slides: lists 9 steps; at most 8'
		],
		[
			'an unknown event',
			edit('  - amazon', '  - amazon\n  - no-such-event'),
			'lesson.md:12 activity: unknown timeline.csv event id "no-such-event"'
		],
		[
			'no events',
			edit('activity:\n  - dhs-directive\n  - amazon', 'activity: []'),
			'lesson.md:9 activity: is missing'
		]
	])('rejects %s in the front matter', (_, source, message) => {
		expect(problem(source)).toContain(message);
	});

	it.each([
		[
			'text before the first marker',
			edit('\n<!-- section: overview -->', '\nStray.\n\n<!-- section: overview -->'),
			'lesson.md:14 text: comes before'
		],
		[
			'an unknown section',
			edit('section: plan', 'section: timings'),
			'lesson.md:26 section: "timings" is not one of'
		],
		[
			'a misspelt marker',
			edit('<!-- section: plan -->', '<!-- section plan -->'),
			'lesson.md:26 section: marker'
		],
		[
			'a section twice',
			edit('section: plan', 'section: materials'),
			'lesson.md:26 section: "materials" appears twice'
		],
		[
			'a missing section',
			edit(
				'<!-- section: source-check -->\n\n## Checking the sources\n\nPairs rate the evidence.\n',
				''
			),
			'section: "source-check" is missing'
		],
		[
			'a section without a heading',
			edit('## Timings\n\n', ''),
			'lesson.md:28 section: "plan" must start with a "## " heading'
		],
		[
			'an empty section',
			edit('## Timings\n\n1. **5 minutes**: the opening question.\n', ''),
			'lesson.md:26 section: "plan" has no text'
		],
		[
			'a note for an unknown step',
			edit('listen: first', 'listen: fourth'),
			'lesson.md:36 listen: unknown step id "fourth"'
		],
		[
			'a note for a step with no question',
			edit('listen: first', 'listen: second'),
			'lesson.md:36 listen: step "second" has no question'
		],
		[
			'no note for the opening question',
			edit('<!-- listen: opening -->\n\nEvidence that someone else can check.\n', ''),
			'listen: "opening" is missing'
		],
		[
			'no note for a slide question',
			edit('<!-- listen: first -->\n\nWho can be held to account.\n', ''),
			'listen: "first" is missing'
		],
		[
			'an unknown source',
			edit('src:dhs-bod', 'src:nope'),
			'lesson.md:18 text: unknown source id "nope"'
		],
		[
			'a relative link',
			edit('[Slides](/present/)', '[Slides](present/)'),
			'lesson.md:24 text: link "present/" must be'
		],
		[
			'a story-style term link',
			edit('Who can be', '[Who](term:bod) can be'),
			'lesson.md:38 listen: write [words](#term-bod)'
		]
	])('rejects %s in the body', (_, source, message) => {
		expect(problem(source)).toContain(message);
	});

	it('reads the real lesson against the real story and data', () => {
		const { lesson } = realContent();
		expect(lesson.questions.filter((q) => q.onSlides).length).toBeGreaterThan(0);
		expect(lesson.questions.filter((q) => !q.onSlides).length).toBeGreaterThan(0);
	});
});

describe('timing', () => {
	// [source date, event date] pairs, by what timing() makes of them.
	const TIMINGS: Record<string, [string, string][]> = {
		'same day': [['2017-09-08', '2017-09-08']],
		after: [
			['2017-09-09', '2017-09-08'],
			['2017-10', '2017-09-08'],
			['2018', '2017-09-08']
		],
		before: [
			['2017-09-07', '2017-09-08'],
			['2017-09-19', '2017-10']
		],
		unclear: [
			['2017-09', '2017-09-08'],
			['2017', '2017-09-08']
		]
	};
	it.each(
		Object.entries(TIMINGS).flatMap(([expected, pairs]) =>
			pairs.map(([source, event]) => [source, event, expected] as const)
		)
	)('a source of %s against an event of %s: %s', (source, event, expected) => {
		expect(timing(source, event)).toBe(expected);
	});
});

describe('evidence', () => {
	it('lists an event’s sources with their kind and when they were published', () => {
		const sources = new Map(data.sources.map((s) => [s.id, s]));
		const kremlin = data.timeline.find((e) => e.id === 'kremlin')!;
		const key = evidence(kremlin, sources);
		expect(key.confidence).toBe('high');
		expect(key.primary).toBe(1);
		expect(key.sources.map((s) => [s.id, s.kind, s.timing])).toEqual([
			['reuters-kremlin', 'news', 'unclear'],
			['dhs-bod', 'primary', 'before']
		]);
	});
});
