/** Figures as the story writes them: approximate ones look approximate. */
import { format } from 'd3-format';
import type { RevenueRow } from '../data/schema.ts';

// No fixed number of decimals: an exact figure keeps the precision the data file gives it
// (0.008 must not print as 0.01), and `~` drops trailing zeros.
const grouped = format(',~f');

const MINUS = '\u2212';

function plain(n: number): string {
	return (n < 0 ? MINUS : '') + grouped(Math.abs(n));
}

/**
 * A derived figure is worked out by us from rounded inputs, so it is written no more precisely
 * than the story writes it: whole units from 10 up (25.9 → 26), one significant figure below
 * (0.0084 → 0.008). `toPrecision` keeps float noise (0.008000000001) out of the text.
 */
export function roughly(n: number): number {
	if (n === 0 || Math.abs(n) >= 10) return Math.round(n);
	return Number(n.toPrecision(1));
}

type Figure = Pick<RevenueRow, 'value' | 'unit' | 'measure' | 'qualifier'>;

/** The number and its unit, without a qualifier: "$644m", "24.3%", "$54,000", "+8%", "−8%". */
function amount(row: Figure, value: number, signed: boolean): string {
	if (row.unit === 'usd-million') return `$${plain(value)}m`;
	if (row.unit === 'usd') return `$${plain(value)}`;
	if (row.measure === 'change' && signed) return `${value > 0 ? '+' : ''}${plain(value)}%`;
	return `${plain(signed ? value : Math.abs(value))}%`;
}

/**
 * "$644m", "24.3%", "less than $54,000", "about 25%", "−8%", and "about 26%" for a derived 25.9.
 * `signed: false` gives a change's size alone ("8%"), for text that says "fell" or "rose".
 */
export function formatFigure(row: Figure, { signed = true } = {}): string {
	if (row.qualifier === 'derived') return `about ${amount(row, roughly(row.value), signed)}`;
	const s = amount(row, row.value, signed);
	if (row.qualifier === 'about') return `about ${s}`;
	if (row.qualifier === 'under') return `less than ${s}`;
	return s;
}

/** A derived figure as we worked it out, before rounding ("25.9%"); null for any other figure. */
export function derivedValue(row: Figure): string | null {
	return row.qualifier === 'derived' ? amount(row, row.value, true) : null;
}

const FRACTIONS: [number, string][] = [
	[10, 'a tenth'],
	[20, 'a fifth'],
	[25, 'a quarter'],
	[100 / 3, 'a third'],
	[50, 'half'],
	[200 / 3, 'two thirds'],
	[75, 'three quarters']
];

/**
 * A share in words when a plain fraction is close to it: 24.3 → "about a quarter"; null when none
 * is within 1.5 points, so changed data never gets a fraction that no longer fits.
 */
export function shareInWords(percent: number): string | null {
	const near = FRACTIONS.find(([p]) => Math.abs(p - percent) <= 1.5);
	return near ? `about ${near[1]}` : null;
}

/** A number with its noun: "1 source", "83 sources", "2 timeline events". */
export function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
