// Closed by default: every page carries a strict Content-Security-Policy, and nothing on any page
// (story, slides, notes, handout, lesson, every embed at every step) breaks it.
import { readFileSync } from 'node:fs';
import { expect, readStory, test } from './fixtures.ts';

const { story } = readStory();
const PAGES = [
	'./',
	'present/',
	...story.steps.map((s) => `present/${s.id}/`),
	'present/notes/',
	'present/print/',
	'teach/',
	'sources/',
	'embed/',
	'embed/revenue/',
	'embed/timeline/?controls=1',
	...story.steps.map((s) => `embed/${s.chart}/${s.id}/`)
];

test('every page has a strict policy and nothing violates it', async ({ page }) => {
	test.setTimeout(120_000);
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	for (const path of PAGES) {
		await page.goto(path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy, path).toBeTruthy();
		const scriptSrc = /script-src ([^;]*)/.exec(policy!)?.[1] ?? '';
		expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
		expect(policy, path).toContain("object-src 'none'");
		expect(policy, path).toContain("base-uri 'self'");
		// let the page run: hydration, charts, the embed's messages
		await page.waitForTimeout(150);
		expect(
			await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
			path
		).toEqual([]);
	}
});

test('embed.js, the host script, needs no inline code and no eval', () => {
	const source = readFileSync(new URL('../src/lib/embed/host.js', import.meta.url), 'utf8');
	expect(source).not.toMatch(/\beval\(|new Function\(|innerHTML|document\.write/);
});
