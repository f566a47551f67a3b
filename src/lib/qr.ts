/** QR codes as inline SVG, made at build time: dark modules on white in every theme, so phones can scan them. */
import QRCode from 'qrcode';
import { escapeAttr } from './escape.ts';

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttr(label)}" class="qr" `).replace(/\n/g, '');
}
