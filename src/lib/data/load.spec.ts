import { describe, expect, it } from 'vitest';
import { realContent } from '../testing/realContent.ts';
import { loadDataset } from './load.ts';
import { FILES, broken } from './fixtures.ts';

describe('loadDataset', () => {
	it('parses valid files into typed rows', () => {
		const data = loadDataset(FILES);
		expect(data.sources.map((s) => s.id)).toEqual(['dhs-bod', 'reuters-kremlin']);
		expect(data.sources[1]!.title).toBe(
			'U.S. action against Kaspersky is "unfair competition": Kremlin'
		);
		expect(data.timeline.map((e) => e.id)).toEqual(['dhs-directive', 'kremlin', 'amazon']);
		expect(data.timeline[1]!.sources).toEqual(['reuters-kremlin', 'dhs-bod']);
		expect(data.timeline[1]!.label).toBe('Kremlin: unfair competition');
		expect(data.revenue.find((r) => r.id === 'gov')!.value).toBe(54000);
	});

	it('lets a derived figure go without wording: it is ours, not the source’s', () => {
		const row = loadDataset(FILES).revenue.find((r) => r.id === 'share-c')!;
		expect(row.qualifier).toBe('derived');
		expect(row.wording).toBe('');
	});

	// Each rejection the issue names, with the exact one-line message an editor sees.
	it.each([
		[
			'bad date',
			broken('timeline.csv', '2017-09-14,day', '2017-13-01,day'),
			'timeline.csv:3 date: "2017-13-01" is not a date'
		],
		[
			'impossible day',
			broken('timeline.csv', '2017-09-14,day', '2017-02-30,day'),
			'timeline.csv:3 date: "2017-02-30" is not a date'
		],
		[
			'a day-precision event given only a month',
			broken('timeline.csv', '2017-09-14,day', '2017-09,day'),
			'timeline.csv:3 date: "2017-09" is a month, but precision is "day"'
		],
		[
			'a month-precision event given a day',
			broken('timeline.csv', '2017-10,month', '2017-10-02,month'),
			'timeline.csv:4 date: "2017-10-02" is a day, but precision is "month"'
		],
		[
			'unknown actor',
			broken('timeline.csv', ',other,event', ',kremlin,event'),
			'timeline.csv:3 actor: "kremlin" is not one of government, retailer, company, court, other'
		],
		[
			'missing title',
			broken('timeline.csv', 'Kremlin: unfair competition', ''),
			'timeline.csv:3 title: is missing'
		],
		[
			'unknown source id',
			broken('timeline.csv', 'reuters-kremlin;dhs-bod', 'reuters-kremlin;nyt-2017'),
			'timeline.csv:3 sources: unknown source id "nyt-2017"'
		],
		[
			'unknown source id in revenue',
			broken('revenue.csv', 'exact,,dhs-bod,high', 'exact,,bbc,high'),
			'revenue.csv:2 sources: unknown source id "bbc"'
		],
		[
			'duplicate id',
			broken('timeline.csv', 'kremlin,2017-09-14', 'dhs-directive,2017-09-14'),
			'timeline.csv:3 id: "dhs-directive" is a duplicate of line 2'
		],
		[
			'duplicate source id',
			broken('sources.csv', 'reuters-kremlin,Reuters', 'dhs-bod,Reuters'),
			'sources.csv:3 id: "dhs-bod" is a duplicate of line 2'
		],
		[
			'share above 100',
			broken('revenue.csv', '36.5,percent', '136.5,percent'),
			'revenue.csv:3 value: share 136.5 is outside 0–100'
		],
		[
			'negative share',
			broken('revenue.csv', '36.5,percent', '-36.5,percent'),
			'revenue.csv:3 value: share -36.5 is outside 0–100'
		],
		[
			'negative revenue',
			broken('revenue.csv', '644,usd-million', '-644,usd-million'),
			'revenue.csv:2 value: revenue -644 is negative'
		],
		[
			'split not summing to 100',
			broken('revenue.csv', '39.2,percent', '38.2,percent'),
			'revenue.csv:5 value: shares of split "regions-2016" sum to 99, not 100 ± 0.5'
		],
		[
			'a URL that is not http(s)',
			broken('sources.csv', 'https://www.cisa.gov/bod-17-01', 'ftp://cisa.gov/bod'),
			'sources.csv:2 url: "ftp://cisa.gov/bod" is not an http(s) URL'
		],
		[
			'a javascript: URL',
			broken('sources.csv', 'https://www.cisa.gov/bod-17-01', 'javascript:alert(1)'),
			'sources.csv:2 url: "javascript:alert(1)" is not an http(s) URL'
		],
		['an empty file', { ...FILES, 'timeline.csv': '' }, 'timeline.csv:1 file: is empty'],
		[
			'a header with no rows',
			{ ...FILES, 'revenue.csv': FILES['revenue.csv'].split('\n')[0]! + '\n' },
			'revenue.csv:2 file: has a header but no rows'
		],
		[
			'a missing column',
			broken('timeline.csv', ',actor,', ','),
			'timeline.csv:1 header: missing column "actor"'
		],
		[
			'an unknown column',
			broken('sources.csv', ',kind\n', ',kind,extra\n'),
			'sources.csv:1 header: unknown column "extra"'
		],
		[
			'a value that is not a number',
			broken('revenue.csv', '644,usd', 'lots,usd'),
			'revenue.csv:2 value: "lots" is not a number'
		],
		[
			'an approximate figure without its wording',
			broken('revenue.csv', '"less than $54,000"', ''),
			'revenue.csv:6 wording: is missing: an approximate figure ("under") keeps the source\'s words'
		],
		[
			'a derived figure that does not say how it was worked out',
			broken('revenue.csv', ',100 minus the other two shares', ','),
			'revenue.csv:5 note: is missing: a derived figure says how it was worked out'
		],
		[
			'a derived figure given words, as if the source said them',
			broken('revenue.csv', 'derived,,', 'derived,about 39%,'),
			'revenue.csv:5 wording: must be empty for a derived figure: it is our calculation, not the source’s words (say how in note)'
		],
		[
			'an unknown confidence',
			broken('timeline.csv', 'dhs-bod,high', 'dhs-bod,certain'),
			'timeline.csv:2 confidence: "certain" is not one of high, medium-high, medium, low'
		],
		[
			'a title over 60 characters',
			broken('timeline.csv', 'Amazon keeps selling', 'A'.repeat(61)),
			`timeline.csv:4 title: is longer than 60 characters ("${'A'.repeat(61)}")`
		]
	])('rejects %s', (_name, files, message) => {
		expect(() => loadDataset(files)).toThrow(message);
	});

	it('counts lines inside quoted fields that span lines', () => {
		const files = broken('timeline.csv', '"Amazon kept listing', '"Amazon kept\nlisting');
		const bad = {
			...files,
			'timeline.csv': files['timeline.csv'] + 'x,2017-13-40,day,other,event,T,,D.,dhs-bod,high,\n'
		};
		expect(() => loadDataset(bad)).toThrow('timeline.csv:6 date: "2017-13-40" is not a date');
	});

	it('loads the project’s own data files', () => {
		const data = realContent().dataset;
		expect(data.timeline.length).toBeGreaterThanOrEqual(35);
		const ids = data.timeline.map((e) => e.id);
		for (const id of [
			'senate-hearing',
			'best-buy-pulls',
			'office-depot-stops',
			'staples-drops',
			'amazon-keeps-selling',
			'bod-day-30',
			'bod-day-60',
			'bod-day-90',
			'updates-end'
		]) {
			expect(ids).toContain(id);
		}
		expect(data.timeline[0]!.date).toBe('2017-05-11');
		expect(data.timeline.at(-1)!.date).toBe('2024-09-29');
		const regions = data.revenue.filter((r) => r.split === 'regions-2016');
		expect(regions.map((r) => r.segment).sort()).toEqual([
			'europe',
			'rest-of-world',
			'russia-cis',
			'us-canada'
		]);
	});
});
