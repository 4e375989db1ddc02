/**
 * Keeps the slides and the notes window on the same slide, whichever one is driven: each window
 * announces the slide it moved to on a BroadcastChannel (same origin only), and a window that
 * opens asks where the others are and catches up.
 */
export type SyncMessage =
	| { type: 'goto'; step: string; from: string }
	| { type: 'hello'; from: string }
	| { type: 'here'; step: string; from: string };

const CHANNEL = 'story-present';

export function isSyncMessage(data: unknown): data is SyncMessage {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	if (typeof d.from !== 'string') return false;
	if (d.type === 'hello') return true;
	return (d.type === 'goto' || d.type === 'here') && typeof d.step === 'string';
}

export interface PresenterSync {
	/** Tell the other windows this one moved to a slide. */
	moved(step: string): void;
	close(): void;
}

/**
 * Join the channel. `current` says where this window is (to answer a newcomer); `onmove` is
 * called when another window moves. A window that just opened catches up from the answers.
 */
export function joinPresenter(
	current: () => string,
	onmove: (step: string) => void,
	/** Take the other windows' answer on joining (the notes window); the slides keep their URL's slide. */
	{ catchUp = false } = {}
): PresenterSync {
	const id = Math.random().toString(36).slice(2);
	if (typeof BroadcastChannel === 'undefined') return { moved() {}, close() {} };
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event) => {
		const m = event.data;
		if (!isSyncMessage(m) || m.from === id) return;
		if (m.type === 'hello') channel.postMessage({ type: 'here', step: current(), from: id });
		else if (m.type === 'goto' || catchUp) onmove(m.step);
	};
	channel.postMessage({ type: 'hello', from: id });
	return {
		moved: (step) => channel.postMessage({ type: 'goto', step, from: id }),
		close: () => channel.close()
	};
}
