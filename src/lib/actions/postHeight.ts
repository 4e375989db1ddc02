/**
 * Tells the host page this document's height whenever it changes (ResizeObserver on the document
 * element, which includes margins that body.offsetHeight would miss), in every dialect.
 */
import { heightMessages } from '../embed/protocol.ts';

export interface PostHeightOptions {
	chart: string;
	childId: string | null;
}

export function postHeight(opts: PostHeightOptions) {
	let last = -1;
	const send = (force = false) => {
		if (window.parent === window) return;
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last && !force) return;
		last = height;
		for (const message of heightMessages(opts.chart, height, {
			childId: opts.childId,
			href: location.href
		})) {
			window.parent.postMessage(message, '*');
		}
	};
	const observer = new ResizeObserver(() => send());
	observer.observe(document.documentElement);
	send();
	return {
		/** Send again even if unchanged (a pym parent asking after a width change). */
		resend: () => send(true),
		stop: () => observer.disconnect()
	};
}
