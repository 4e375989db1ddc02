/** A problem in a data or story file, located as `file:line field: message`. */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly field: string,
		readonly detail: string
	) {
		super(`${file}:${line} ${field}: ${detail}`);
		this.name = 'DataError';
	}
}
