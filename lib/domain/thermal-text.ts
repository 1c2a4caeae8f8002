// Plain-text layout for 58 mm thermal paper: about 32 characters a line in a monospace font.
// Labels sit left and values right; what does not fit wraps, never runs off the paper.

export const THERMAL_WIDTH = 32;

export type ThermalLine =
  | { kind: 'center'; text: string }
  | { kind: 'row'; label: string; value: string }
  | { kind: 'separator' }
  | { kind: 'blank' };

// Below this many columns beside the label, a value goes under its label instead.
const MIN_VALUE_COLUMNS = 12;

/** Splits text into lines of at most `width` characters, at spaces where it can. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (current) {
        lines.push(current);
        current = '';
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!rest) continue;
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= width) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}

const center = (text: string, width: number) =>
  `${' '.repeat(Math.floor((width - text.length) / 2))}${text}`;

function row(label: string, value: string, width: number): string[] {
  const columns = width - label.length - 1;
  if (columns >= MIN_VALUE_COLUMNS) {
    const [first = '', ...more] = wrapText(value, columns);
    return [`${label}${' '.repeat(width - label.length - first.length)}${first}`].concat(
      more.map((part) => part.padStart(width)),
    );
  }
  return [...wrapText(label, width), ...wrapText(value, width).map((part) => part.padStart(width))];
}

/** The lines as text for a monospace printer, none wider than `width`. */
export function thermalText(lines: readonly ThermalLine[], width = THERMAL_WIDTH): string {
  return lines
    .flatMap((line) => {
      switch (line.kind) {
        case 'center':
          return wrapText(line.text, width).map((part) => center(part, width));
        case 'row':
          return row(line.label, line.value, width);
        case 'separator':
          return ['-'.repeat(width)];
        case 'blank':
          return [''];
      }
    })
    .map((line) => line.trimEnd())
    .join('\n');
}
