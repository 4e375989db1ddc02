/** Dates as readers see them, in UTC so the build machine's time zone never leaks in. */
import { utcFormat } from 'd3-time-format';
import { startOf } from '../data/dates.ts';

const day = utcFormat('%-d %b %Y');
const month = utcFormat('%b %Y');
const dayLong = utcFormat('%-d %B %Y');
const monthLong = utcFormat('%B %Y');

/** "8 Sep 2017" for a day, "Oct 2017" for a month, "2017" for a year. */
export function formatDate(iso: string, { long = false } = {}): string {
	const parts = iso.split('-').length;
	if (parts === 1) return iso;
	const d = startOf(iso);
	if (parts === 2) return (long ? monthLong : month)(d);
	return (long ? dayLong : day)(d);
}
