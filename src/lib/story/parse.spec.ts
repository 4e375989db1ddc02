import { describe, expect, it } from 'vitest';
import { FRONT_MATTER } from './fixtures.ts';
import { realContent } from '../testing/realContent.ts';
import { CHARTS } from '../charts/registry.ts';
import { FILES } from '../data/fixtures.ts';
import { loadDataset } from '../data/load.ts';
import { renderMarkdown, smartQuotes } from './markdown.ts';
import { parseStory } from './parse.ts';

const data = loadDataset(FILES);

const STORY = `${FRONT_MATTER}
<!-- section: intro -->

Intro text.

<!-- step
id: first
chart: revenue
state: total
heading: The first step
alt: The chart shows $644m.
notes: Point at the bar.
sources: [dhs-bod]
-->

Revenue was [$644m](src:dhs-bod) in 2016.

Second paragraph.

<!-- step
id: second
chart: timeline
state: directive
heading: The second step
alt: The chart shows the directive.
slide: A *short* slide text.
notes: Context.
question: Who decides?
highlight: [dhs-directive]
sources: [dhs-bod, reuters-kremlin]
-->

On [13 September](src:dhs-bod) DHS acted.

<!-- section: methods -->

## Sources and methods

How we did it.

<!-- section: corrections -->

## Corrections

None.
`;

/** The fixture with one line replaced; throws if the line is not there, so tests cannot go stale. */
function edit(from: string, to: string): string {
	if (!STORY.includes(from)) throw new Error(`fixture has no "${from}"`);
	return STORY.replace(from, to);
}

describe('parseStory', () => {
	it('reads the front matter, sections and steps in order', () => {
		const story = parseStory(STORY, data);
		expect(story.headline).toBe('A headline');
		expect(story.published).toBe('2026-11-28');
		expect(story.intro).toBe('<p>Intro text.</p>');
		expect(story.steps.map((s) => [s.id, s.index, s.chart, s.state])).toEqual([
			['first', 0, 'revenue', 'total'],
			['second', 1, 'timeline', 'directive']
		]);
		expect(story.methods).toContain('<h2>Sources and methods</h2>');
		expect(story.corrections).toContain('None.');
	});

	it('turns src: links into links to the source, and keeps other text', () => {
		const [first, second] = parseStory(STORY, data).steps;
		expect(first!.html).toContain('<a class="cite" href="https://www.cisa.gov/bod-17-01"');
		expect(first!.html).toContain('>$644m</a> in 2016.</p>');
		expect(first!.html).toContain('<p>Second paragraph.</p>');
		// Slide text: its own when given, else the first paragraph.
		expect(first!.slide).toContain('Revenue was');
		expect(first!.slide).not.toContain('Second paragraph');
		expect(second!.slide).toBe('A <em>short</em> slide text.');
		expect(second!.question).toBe('Who decides?');
		expect(second!.highlight).toEqual(['dhs-directive']);
		expect(first!.question).toBeNull();
	});

	it('drops raw HTML from the copy', () => {
		const story = parseStory(
			edit('Second paragraph.', 'Hi <script>alert(1)</script> there.'),
			data
		);
		expect(story.steps[0]!.html).not.toContain('<script');
	});

	it.each([
		[
			'a duplicate step id',
			edit('id: second', 'id: first'),
			'story.md:28 id: "first" is used by an earlier step'
		],
		[
			'an unknown chart',
			edit('chart: timeline', 'chart: map'),
			'story.md:29 chart: "map" is not one of revenue, timeline'
		],
		[
			'an unknown state',
			edit('state: directive', 'state: 2019'),
			`story.md:30 state: "2019" is not a state of chart "timeline" (${CHARTS.timeline.states.join(', ')})`
		],
		[
			'a missing description',
			edit('alt: The chart shows the directive.\n', ''),
			'story.md:27 alt: is missing'
		],
		[
			'an empty description',
			edit('alt: The chart shows the directive.', 'alt: ""'),
			'story.md:32 alt: is missing'
		],
		[
			'missing teacher notes',
			edit('notes: Point at the bar.\n', ''),
			'story.md:13 notes: is missing'
		],
		[
			'an unknown source id',
			edit('sources: [dhs-bod, reuters-kremlin]', 'sources: [dhs-bod, nyt]'),
			'story.md:37 sources: unknown source id "nyt"'
		],
		[
			'an unknown src: link',
			edit('On [13 September](src:dhs-bod)', 'On [13 September](src:bbc)'),
			'story.md:40 text: unknown source id "bbc"'
		],
		[
			'an unknown highlight id',
			edit('highlight: [dhs-directive]', 'highlight: [nope]'),
			'story.md:36 highlight: unknown data row id "nope"'
		],
		[
			'a bad step id',
			edit('id: second', 'id: Second Step'),
			'story.md:28 id: "Second Step" must be lowercase a-z, 0-9 and hyphens'
		],
		[
			'broken YAML',
			edit('highlight: [dhs-directive]', 'highlight: [dhs-directive'),
			'story.md:37 yaml:'
		],
		[
			'an unknown section',
			edit('<!-- section: corrections -->', '<!-- section: extras -->'),
			'section: "extras" is not one of intro, methods, corrections'
		],
		[
			'a missing methods section',
			edit('<!-- section: methods -->', ''),
			'section: "methods" is missing'
		],
		[
			'missing front matter',
			STORY.replace(/^---[\s\S]*?---\n/, ''),
			'story.md:1 front matter: is missing'
		],
		['a missing headline', edit('headline: A headline\n', ''), 'story.md:1 headline: is missing']
	])('rejects %s', (_name, text, message) => {
		expect(() => parseStory(text, data)).toThrow(message);
	});
});

describe('the project’s story', () => {
	const { story } = realContent();

	it('is valid, with unique ids and every chart state it needs', () => {
		const ids = story.steps.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(story.steps.length).toBeGreaterThanOrEqual(12);
		for (const chart of ['revenue', 'timeline'] as const) {
			const used = new Set(story.steps.filter((s) => s.chart === chart).map((s) => s.state));
			const needed = CHARTS[chart].states.filter((s) => s !== 'overview');
			expect([...used].sort()).toEqual(expect.arrayContaining([...needed].sort()));
		}
	});

	it('gives every step a description, notes and at least one cited source in its text', () => {
		for (const step of story.steps) {
			expect(step.alt.length, step.id).toBeGreaterThan(40);
			expect(step.notes.length, step.id).toBeGreaterThan(20);
			expect(step.html, step.id).toMatch(/class="cite"/);
		}
	});
});

describe('glossary terms', () => {
	const glossary = [
		{ id: 'bod', term: 'Binding Operational Directive', short: 'A compulsory order from DHS.' }
	];
	const withTerms = edit(
		'On [13 September](src:dhs-bod) DHS acted.',
		'On [13 September](src:dhs-bod) DHS issued a [directive](term:bod). The [directive](term:bod) stood.'
	);

	it('makes a term’s first use a definition, with its short definition under the text', () => {
		const step = parseStory(withTerms, data, glossary).steps[1]!;
		expect(step.html).toContain('<dfn class="term" data-term="bod">directive</dfn>');
		// The second use is plain text: a term is defined once.
		expect(step.html.match(/<dfn/g)).toHaveLength(1);
		expect(step.html).toContain(
			'<dl class="terms"><dt>Binding Operational Directive</dt><dd>A compulsory order from DHS.</dd></dl>'
		);
	});

	it('stops the build on a term the glossary does not have', () => {
		expect(() => parseStory(withTerms, data, [])).toThrow(
			'story.md:40 text: unknown glossary term "bod"'
		);
	});
});

describe('files saved on Windows', () => {
	const crlf = STORY.replace(/\n/g, '\r\n');

	it('reads CRLF line endings as the same story', () => {
		expect(crlf).toContain('\r\n---\r\n');
		expect(parseStory(crlf, data)).toEqual(parseStory(STORY, data));
	});

	it('reads a file that starts with a byte-order mark', () => {
		expect(parseStory(`\uFEFF${STORY}`, data)).toEqual(parseStory(STORY, data));
		expect(parseStory(`\uFEFF${crlf}`, data)).toEqual(parseStory(STORY, data));
	});

	it('still names the line of a bad field', () => {
		const bad = edit('published: 2026-11-28', 'published: 28 November').replace(/\n/g, '\r\n');
		expect(() => parseStory(`\uFEFF${bad}`, data)).toThrow(
			'story.md:6 published: must be a date, YYYY-MM-DD'
		);
	});
});

describe('publication dates', () => {
	it('reads an optional update date', () => {
		const story = parseStory(
			edit('published: 2026-11-28', 'published: 2026-11-28\nupdated: 2026-12-01'),
			data
		);
		expect(story.updated).toBe('2026-12-01');
		expect(parseStory(STORY, data).updated).toBeUndefined();
	});

	it('stops the build on a date that is not a day', () => {
		expect(() => parseStory(edit('published: 2026-11-28', 'published: 28 November'), data)).toThrow(
			'story.md:6 published: must be a date, YYYY-MM-DD'
		);
	});
});

describe('smartQuotes', () => {
	it.each([
		['"you can trust us"', '“you can trust us”'],
		["it's", 'it’s'],
		['\'single\' and ("bracketed")', '‘single’ and (“bracketed”)'],
		["back in the '90s", 'back in the ’90s'],
		["rock 'n' roll", 'rock ’n’ roll'],
		['"AT&T" <b> & 5 > 4', '“AT&T” <b> & 5 > 4'],
		['a straight \\"quote\\"', 'a straight "quote"']
	])('%s → %s', (input, expected) => {
		expect(smartQuotes(input)).toBe(expected);
	});
});

describe('typography in the Markdown copy', () => {
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const html = (md: string) => renderMarkdown(md, sources, { inline: true }).html;

	it.each([
		['"you can trust us"', '“you can trust us”'],
		["it's the '90s", 'it’s the ’90s'],
		["rock 'n' roll", 'rock ’n’ roll'],
		['press `"n"` or `\'n\'`', 'press <code>&quot;n&quot;</code> or <code>&#39;n&#39;</code>'],
		['AT&T, 5 < 6 & &amp;', 'AT&amp;T, 5 &lt; 6 &amp; &amp;']
	])('%s → %s', (input, expected) => {
		expect(html(input)).toBe(expected);
	});

	it('closes a quote that follows a link, and leaves the link alone', () => {
		expect(html('"[about a quarter](src:dhs-bod)" of sales')).toMatch(
			/^“<a class="cite" href="[^"]+" rel="noopener noreferrer">about a quarter<\/a>” of sales$/
		);
	});

	it('leaves src: and term: link targets alone', () => {
		const r = renderMarkdown('[x](src:a-"b") and [y](term:it\'s)', sources, { inline: true });
		expect(r.unknown).toEqual(['a-"b"']);
		expect(r.unknownTerms).toEqual(["it's"]);
	});
});
