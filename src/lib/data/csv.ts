/** Parse one CSV file against a row schema; the first problem throws a DataError naming file:line field. */
import { csvParseRows } from 'd3-dsv';
import type { z } from 'zod';
import { DataError } from './errors.ts';

export interface Located<T> {
	row: T;
	/** 1-based line of the row in its file (the header is line 1). */
	line: number;
}

export function parseCsv<S extends z.ZodObject>(
	file: string,
	text: string,
	schema: S
): Located<z.output<S>>[] {
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') throw new DataError(file, 1, 'file', 'is empty');

	const records = csvParseRows(body);
	const header = (records[0] ?? []).map((h) => h.trim());
	const columns = Object.keys(schema.shape);
	for (const column of columns) {
		if (!header.includes(column)) {
			throw new DataError(file, 1, 'header', `missing column "${column}"`);
		}
	}
	for (const column of header) {
		if (!columns.includes(column)) {
			throw new DataError(file, 1, 'header', `unknown column "${column}"`);
		}
	}

	const out: Located<z.output<S>>[] = [];
	// Quoted fields may span lines: count their newlines to keep line numbers true.
	let line = 1 + newlines(records[0] ?? []);
	for (const record of records.slice(1)) {
		line += 1;
		const start = line;
		line += newlines(record);
		if (record.every((cell) => cell.trim() === '')) continue;
		if (record.length > header.length) {
			throw new DataError(
				file,
				start,
				'row',
				`has ${record.length} fields, the header has ${header.length}`
			);
		}
		const raw: Record<string, string> = {};
		header.forEach((column, i) => (raw[column] = record[i] ?? ''));
		const result = schema.safeParse(raw);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			throw new DataError(file, start, String(issue.path[0] ?? 'row'), issue.message);
		}
		out.push({ row: result.data, line: start });
	}
	if (out.length === 0) throw new DataError(file, 2, 'file', 'has a header but no rows');
	return out;
}

function newlines(record: string[]): number {
	return record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
}
