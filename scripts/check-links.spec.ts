import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite, pagePath, parseHtml } from './check-links.js';

const page = (body: string) =>
	`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

/** A built site in a temporary folder: { 'path/in/site': 'contents' }. */
function site(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	made.push(dir);
	return dir;
}
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('parseHtml', () => {
	it('reads attributes (decoded), skips comments and raw text, keeps inline scripts', () => {
		const { tags, inlineScripts } = parseHtml(
			'<a href="x/?a=1&amp;b=2" data-x=\'>\'>a</a><!-- <a href="gone/"> -->\n' +
				'<script>if (a<b) import("./_app/start.js")</script><textarea><a href="no/"></textarea>'
		);
		expect(tags.map((t) => t.name)).toEqual(['a', 'script', 'textarea']);
		expect(tags[0]!.attrs).toEqual({ href: 'x/?a=1&b=2', 'data-x': '>' });
		expect(tags[1]!.line).toBe(2);
		expect(inlineScripts).toEqual(['if (a<b) import("./_app/start.js")']);
	});
});

describe('pagePath', () => {
	it.each([
		['index.html', '/'],
		['present/law/index.html', '/present/law/'],
		['404.html', '/404.html']
	])('%s is served at %s', (file, path) => expect(pagePath(file)).toBe(path));
});

describe('checkSite', () => {
	it('passes a site whose links, anchors and assets all resolve', () => {
		const dir = site({
			'index.html': page(
				'<h2 id="law">Law</h2><a href="present/law/">slide</a><a href="data/t.csv#x">csv</a>' +
					'<img src="og/a.png" srcset="og/a.png 1x, og/b.png 2x" alt="">' +
					'<a href="https://example.org/" rel="external noopener noreferrer">source</a>' +
					'<a href="mailto:a@b.c">mail</a><a href="#">top</a>'
			),
			'present/law/index.html': page(
				'<a href="../../#law">back</a><script src="../../a.js"></script>'
			),
			'404.html': page('<a href="/">home</a>'),
			'data/t.csv': 'a',
			'og/a.png': '',
			'og/b.png': '',
			'a.js': ''
		});
		const result = checkSite(dir);
		expect(result.problems).toEqual([]);
		expect(result.pages).toBe(3);
		expect(result.external).toBe(1);
	});

	it('names each broken link, anchor, asset, rel and handler', () => {
		const dir = site({
			'index.html': page(
				'<a href="nope/">1</a>\n<a href="#missing">2</a><a href="present">3</a>' +
					'<img src="x.png" alt="" onload="go()"><a href="https://example.org/">4</a>' +
					'<a href="javascript:void(0)">5</a>'
			),
			'present/index.html': page(''),
			'404.html': page('<a href="present/">rel</a>')
		});
		const problems = checkSite(dir).problems.map((p) => p.replace(/^.*?:\d+ /, ''));
		expect(problems).toEqual([
			'<a> relative URL "present/" in 404.html (served at any depth)',
			'<a> "nope/" → /nope/: no such file',
			'inline event handler <img onload=…>',
			'external link https://example.org/ lacks rel="noopener noreferrer"',
			'<a> "#missing" → no id "missing" in /',
			'<a> "present" → /present: no such file (add the trailing slash)',
			'<img> "x.png" → /x.png: no such file',
			'<a> javascript: URL'
		]);
	});

	it('resolves a site built under a base path, and refuses links that leave it', () => {
		const dir = site({
			'index.html': page(
				'<a href="./teach/">ok</a><a href="/story/teach/">ok</a><a href="/teach/">out</a>'
			),
			'teach/index.html': page('<a href="../">up</a>')
		});
		expect(checkSite(dir, '/story').problems.map((p) => p.replace(/^.*?:\d+ /, ''))).toEqual([
			'<a> "/teach/" → /teach/ is outside the base path /story/'
		]);
	});
});
