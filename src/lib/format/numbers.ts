/** Figures as the story writes them: approximate ones look approximate. */
import { format } from 'd3-format';
import type { RevenueRow } from '../data/schema.ts';

const grouped = format(',.2~f');

const MINUS = '\u2212';

function plain(n: number): string {
	return (n < 0 ? MINUS : '') + grouped(Math.abs(n));
}

/** "$644m", "24.3%", "less than $54,000", "about 25%", "−8%". */
export function formatFigure(
	row: Pick<RevenueRow, 'value' | 'unit' | 'measure' | 'qualifier'>
): string {
	let s: string;
	if (row.unit === 'usd-million') s = `$${plain(row.value)}m`;
	else if (row.unit === 'usd') s = `$${plain(row.value)}`;
	else if (row.measure === 'change') s = `${row.value > 0 ? '+' : ''}${plain(row.value)}%`;
	else s = `${plain(row.value)}%`;
	if (row.qualifier === 'about') return `about ${s}`;
	if (row.qualifier === 'under') return `less than ${s}`;
	return s;
}
