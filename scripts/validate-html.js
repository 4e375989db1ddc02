#!/usr/bin/env node
// HTML validity of the built site: every .html file under the given folders (default `build/`)
// through html-validate with the project's settings (.htmlvalidate.mjs). Prints
// `file:line:column rule message` for each error and exits 1 if there is any.
// Usage: node scripts/validate-html.js [dir …]
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['build'];

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f))
		.sort();
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
let files = 0;
let errors = 0;
let warnings = 0;
for (const dir of dirs) {
	for (const file of htmlFiles(dir)) {
		files++;
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const m of result.messages) {
				const where = `${relative(process.cwd(), file)}:${m.line}:${m.column}`;
				if (m.severity >= 2) errors++;
				else warnings++;
				const label = m.severity >= 2 ? '' : ' (warning)';
				console.log(`${where} ${m.ruleId}${label} ${m.message}`);
			}
		}
	}
}

if (!files) {
	console.error(`✗ no .html files under ${dirs.join(', ')}: build the site first`);
	process.exit(1);
}
const summary = `${files} HTML files in ${dirs.join(', ')}: ${errors} errors, ${warnings} warnings`;
if (errors) {
	console.error(`✗ ${summary}`);
	process.exit(1);
}
console.log(`✓ ${summary}`);
