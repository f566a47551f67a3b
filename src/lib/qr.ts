/** QR codes as inline SVG, made at build time: dark modules on white in every theme, so phones can scan them. */
import QRCode from 'qrcode';

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="qr" `).replace(/\n/g, '');
}
