const bullet = /^\s*(?:[-*•·◦▪‣–—]|\d{1,2}[.)]|[a-zA-Z][.)](?=\s))\s*/;

/**
 * One cell with several answers ("- stöd i utvärdering\n- lokaler", "1. X 2. Y", "X; Y", "• X • Y") into items.
 * Lines that begin with a bullet or a number start an item and lines without one continue it; without any
 * bullets each line is an item; a single line splits on semicolons or inline bullets.
 */
export function splitItems(cell: string): string[] {
  const lines = cell
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return [];
  let items: string[];
  if (lines.length > 1) {
    if (lines.some((l) => bullet.test(l))) {
      items = [];
      for (const line of lines) {
        if (bullet.test(line) || items.length === 0) items.push(line.replace(bullet, ''));
        else items[items.length - 1] = `${items[items.length - 1]} ${line}`;
      }
    } else {
      items = lines;
    }
  } else {
    const line = lines[0] ?? '';
    // A single item after a bullet is one item, semicolons and all (the profile export writes items so).
    if (/^[•·▪]\s/.test(line) && !/\s[•·▪]\s/.test(line)) items = [line.replace(bullet, '')];
    else if (/\s[•·▪]\s/.test(line) || /^[•·▪]/.test(line)) items = line.split(/[•·▪]/);
    else if (/(^|\s)\d{1,2}[.)]\s.*\s\d{1,2}[.)]\s/.test(line)) items = line.split(/(?:^|\s)\d{1,2}[.)]\s/);
    else if (line.includes(';')) items = line.split(';');
    else items = [line.replace(bullet, '')];
  }
  return items.map((i) => i.replace(/\s+/g, ' ').trim()).filter((i) => i !== '');
}

/** Tags are short: commas separate them as well. */
export function splitTags(cell: string): string[] {
  return cell
    .split(/[,;\r\n]+/)
    .map((t) => t.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((t) => t !== '');
}
