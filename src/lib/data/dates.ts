/** Calendar checks for the ISO dates the data files use (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export type DatePrecision = 'day' | 'month' | 'year';

function validMonth(m: number): boolean {
	return m >= 1 && m <= 12;
}

/** The precision of a valid ISO date string, or null when it is not a real date. */
export function datePrecision(value: string): DatePrecision | null {
	let m = DAY.exec(value);
	if (m) {
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		if (!validMonth(mo) || d < 1) return null;
		const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
		return d <= daysInMonth ? 'day' : null;
	}
	m = MONTH.exec(value);
	if (m) return validMonth(Number(m[2])) ? 'month' : null;
	return YEAR.test(value) ? 'year' : null;
}

/** The first instant (UTC) of an ISO day or month. */
export function startOf(value: string): Date {
	const [y, m = '1', d = '1'] = value.split('-');
	return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** The first instant after an ISO day or month: the end of its span. */
export function endOf(value: string): Date {
	const start = startOf(value);
	const p = datePrecision(value);
	if (p === 'day') return new Date(start.getTime() + 86_400_000);
	if (p === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
	return new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
}
