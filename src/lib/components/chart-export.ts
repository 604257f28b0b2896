// A chart on the page as a standalone SVG file, and as a PNG drawn from that SVG on a canvas.
// Everything happens in the page: no request, no font download. Plot's own <style> is inside
// its SVG, so the file looks like the page; the text colour the page gives through
// `currentColor` is the light scheme's ink, and a white background is added (a file viewer
// would otherwise show the chart on black or on a checkerboard).
const SVG_NS = 'http://www.w3.org/2000/svg';
/** app.css's --ink on a light screen. */
const LIGHT_INK = '#1d2329';

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/** Characters XML 1.0 forbids: C0 controls but tab, LF and CR; lone surrogates; U+FFFE/FFFF. */
const XML_INVALID = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * `text` without the characters an XML file may not hold. A label from the data can carry
 * one (a BEL, 0x07): the page draws it, but an SVG file with it does not parse, and a PNG
 * cannot be drawn from it.
 */
export const xmlSafe = (text: string): string => text.replace(XML_INVALID, '');

/** Remove XML-invalid characters from every text, comment and attribute under `root`. */
function makeXmlSafe(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      const safe = xmlSafe(attribute.value);
      if (safe !== attribute.value) attribute.value = safe;
    }
    for (const node of element.childNodes) {
      if (node instanceof CharacterData) {
        const safe = xmlSafe(node.data);
        if (safe !== node.data) node.data = safe;
      }
    }
  }
}

const sizeOf = (svg: SVGSVGElement) => ({
  width: Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width,
  height: Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height,
});

/**
 * The SVG text of the chart Plot rendered into `container`: its <svg>, or, when Plot made a
 * <figure> (a legend above the plot), its SVGs stacked top to bottom.
 */
export function chartSvg(container: Element): ChartImage | null {
  const root = container.firstElementChild;
  if (!root) return null;
  const parts =
    root instanceof SVGSVGElement
      ? [root]
      : [...root.querySelectorAll<SVGSVGElement>(':scope > svg, :scope > div > svg')];
  if (parts.length === 0) return null;

  const out = document.createElementNS(SVG_NS, 'svg');
  let width = 0;
  let height = 0;
  for (const part of parts) {
    const size = sizeOf(part);
    const copy = part.cloneNode(true) as SVGSVGElement;
    // The pointer's tooltip is not part of the chart.
    copy.querySelectorAll('[aria-label="tip"]').forEach((tip) => tip.remove());
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(height));
    copy.setAttribute('width', String(size.width));
    copy.setAttribute('height', String(size.height));
    out.append(copy);
    width = Math.max(width, size.width);
    height += size.height;
  }
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', 'white');
  out.prepend(background);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // A file is light whatever the screen's scheme (white background above, the light palette's
  // fallbacks in the marks): the page's ink would be light grey on a dark screen.
  out.setAttribute('color', LIGHT_INK);
  makeXmlSafe(out);
  const text = new XMLSerializer().serializeToString(out);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}

/** The chart as a PNG at `scale` times its size on screen (2: sharp on print and retina). */
export async function chartPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
