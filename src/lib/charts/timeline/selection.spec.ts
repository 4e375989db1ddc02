import { describe, expect, it } from 'vitest';
import { EventSelection } from './selection.svelte.ts';

/** A shape inside a timeline mark (an element whose `closest('[data-event]')` is the mark). */
const mark = (id: string) =>
	({
		closest: (selector: string) =>
			selector === '[data-event]'
				? { getAttribute: (name: string) => (name === 'data-event' ? id : null) }
				: null
	}) as unknown as Element;
/** Anything else on the page. */
const blank = () => ({ closest: () => null }) as unknown as Element;

const pointer = (type: string, target: EventTarget | null, pointerType = 'mouse') =>
	({ type, target, pointerType }) as unknown as PointerEvent;

describe('EventSelection', () => {
	it('follows the mouse as it moves over the marks, and clears when it leaves the chart', () => {
		const selection = new EventSelection();
		selection.pointerMove(pointer('pointermove', mark('best-buy')));
		expect(selection.selected).toBe('best-buy');
		selection.pointerMove(pointer('pointermove', mark('dhs-directive')));
		expect(selection.selected).toBe('dhs-directive');
		// Between marks: the details stay on the last one until the mouse leaves the chart.
		selection.pointerMove(pointer('pointermove', blank()));
		expect(selection.selected).toBe('dhs-directive');
		selection.pointerLeave(pointer('pointerleave', null));
		expect(selection.selected).toBeNull();
	});

	it('leaves touch and pen to taps (a finger over a mark is scrolling, not pointing)', () => {
		const selection = new EventSelection();
		selection.pointerMove(pointer('pointermove', mark('best-buy'), 'touch'));
		selection.pointerLeave(pointer('pointerleave', null, 'touch'));
		expect(selection.selected).toBeNull();
		selection.click(pointer('click', mark('best-buy'), 'touch'));
		expect(selection.selected).toBe('best-buy');
	});

	it('closes on a tap outside the chart, and when a state change takes the event out of view', () => {
		const selection = new EventSelection();
		const inside = blank();
		const root = { contains: (node: unknown) => node === inside } as unknown as Node;
		selection.click(pointer('click', mark('best-buy')));
		selection.pointerDownOutside(pointer('pointerdown', inside), root);
		expect(selection.selected).toBe('best-buy');
		selection.pointerDownOutside(pointer('pointerdown', blank()), root);
		expect(selection.selected).toBeNull();
		selection.click(pointer('click', mark('best-buy')));
		selection.keepIn(['best-buy', 'staples']);
		expect(selection.selected).toBe('best-buy');
		selection.keepIn(['staples']);
		expect(selection.selected).toBeNull();
	});
});
