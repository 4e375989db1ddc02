// What a phone reads from a QR code on the page: the code's SVG drawn on white and decoded with
// jsQR, evaluated through DevTools, which the page's Content-Security-Policy (rightly) does not cover.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

const JSQR = readFileSync(new URL('../node_modules/jsqr/dist/jsQR.js', import.meta.url), 'utf8');

/** Load the decoder into the page once, before `decodeQr`. */
export const loadQrDecoder = (page: Page) => page.evaluate(JSQR);

/** The text of the QR code drawn by the `<svg>` that `svg` locates, or null if none reads. */
export function decodeQr(svg: Locator): Promise<string | null> {
	return svg.evaluate(async (el) => {
		const img = new Image();
		img.src = URL.createObjectURL(new Blob([el.outerHTML], { type: 'image/svg+xml' }));
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 400;
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, 400, 400);
		ctx.drawImage(img, 0, 0, 400, 400);
		const { data } = ctx.getImageData(0, 0, 400, 400);
		type Decode = (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
		return (window as unknown as { jsQR: Decode }).jsQR(data, 400, 400)?.data ?? null;
	});
}
