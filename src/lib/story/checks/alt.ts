/** Rule c: a step's alt text names only figures and dates its chart draws in that state. */
import type { FigureModel } from '../../charts/frame/types.ts';
import { TIMELINE_VIEWS, type TimelineState } from '../../charts/timeline/states.ts';
import type { Step } from '../types.ts';
import { findFigures, type Found } from './figures.ts';
import type { Report, StepBlock } from './regions.ts';

/** Where the alt sits in story.md: its start, and the offset of a phrase of it (folded by YAML). */
function altSpan(block: StepBlock) {
	const lines = block.yaml.text.split('\n');
	const altIndex = lines.findIndex((l) => /^alt\s*:/.test(l));
	const altStart =
		block.yaml.start +
		(altIndex < 0 ? 0 : lines.slice(0, altIndex).reduce((n, l) => n + l.length + 1, 0));
	// The alt's own lines: from `alt:` to the next field.
	let altEnd = lines.length;
	for (let k = altIndex + 1; altIndex >= 0 && k < lines.length; k++) {
		if (/^\S/.test(lines[k]!)) {
			altEnd = k;
			break;
		}
	}
	const altRaw = altIndex < 0 ? '' : lines.slice(altIndex, altEnd).join('\n');
	// Where a phrase of the (folded) alt sits in the file, for the error's line.
	const at = (phrase: string) => {
		const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		const m = new RegExp(words.join('\\s+')).exec(altRaw);
		return altStart + (m?.index ?? 0);
	};
	return { altStart, at };
}

export function checkAlt(
	block: StepBlock,
	step: Step,
	figures: (step: Step) => FigureModel,
	report: Report
): void {
	const { altStart, at } = altSpan(block);
	const alt = step.alt.trim();
	if (!alt) {
		report(altStart, 'alt', 'is empty: describe what the chart shows at this step');
		return;
	}
	const figure = figures(step);
	const where = `the "${figure.state}" state of the ${figure.chart} chart`;
	const shown = shownFigures(figure);
	for (const f of findFigures(alt)) {
		if (f.kind !== 'money' && f.kind !== 'percent') continue;
		const candidates = f.kind === 'money' ? shown.money : shown.percent;
		if (!candidates.some((v) => sameFigure(f, v))) {
			report(at(f.text), 'alt', `names "${f.text}", which ${where} does not show`);
		}
	}
	if (figure.chart === 'timeline')
		checkAltDates(alt, figure, (f, message) => report(at(f.text), 'alt', message));
}

/** Timeline dates in the alt: inside the state's window, and each day an event's. */
function checkAltDates(
	alt: string,
	figure: FigureModel,
	report: (f: Found, message: string) => void
): void {
	const view = TIMELINE_VIEWS[figure.state as TimelineState];
	if (!view) return;
	const where = `the "${figure.state}" state of the ${figure.chart} chart`;
	const events = figure.table.rows
		.flatMap((r) => findFigures(r.cells.date ?? '').slice(0, 1))
		.map((f) => f.date!)
		.filter((d) => d.day !== undefined);
	for (const f of findFigures(alt)) {
		const d = f.date;
		if (f.kind !== 'date' || !d || d.month === undefined) continue;
		if (d.year !== undefined) {
			const iso = d.day === undefined ? isoMonth(d.year, d.month) : isoDay(d.year, d.month, d.day);
			const inside =
				d.day === undefined
					? iso >= view.from.slice(0, 7) && iso <= view.to.slice(0, 7)
					: iso >= view.from && iso <= view.to;
			if (!inside) {
				report(f, `names ${f.text}, outside the "${figure.state}" state's window (${view.period})`);
				continue;
			}
		}
		if (d.day === undefined) continue;
		const isEvent = events.some(
			(e) => e.day === d.day && e.month === d.month && (d.year === undefined || e.year === d.year)
		);
		if (!isEvent) report(f, `names ${f.text}, which is not the date of any event ${where} shows`);
	}
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The money amounts and percentages a figure shows, in its table, chart text and description. */
export function shownFigures(figure: FigureModel): { money: number[]; percent: number[] } {
	const texts = [
		figure.description,
		...figure.table.rows.flatMap((r) => Object.values(r.cells)),
		...(figure.drawing.kind === 'revenue'
			? figure.drawing.layouts.flatMap((l) =>
					l.texts.filter((t) => t.visible).map((t) => t.lines.join(' '))
				)
			: figure.drawing.layouts.flatMap((l) => l.labels.filter((t) => t.visible).map((t) => t.text)))
	];
	const found = texts.flatMap((t) => findFigures(t));
	const values = (kind: Found['kind']) => found.filter((f) => f.kind === kind).map((f) => f.value!);
	return { money: values('money'), percent: values('percent') };
}

/** Whether a figure written in the alt is the one shown (see the rules at the top of the file). */
export function sameFigure(written: Found, shown: number): boolean {
	const value = written.value!;
	if (written.approx) {
		const step = written.step!;
		return Math.abs(Math.round(shown / step) * step - value) < step * 1e-6;
	}
	return Math.abs(shown - value) <= 1e-9 * Math.max(1, value);
}
