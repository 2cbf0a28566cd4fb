import { chinaToday } from './format.js';

/** A file the resident saves: its name and a Blob URL that holds it until revoked. */
export interface ExportedFile {
  readonly fileName: string;
  readonly url: string;
}

/**
 * `data` as a JSON file named `wushe-my-data-YYYY-MM-DD.json` (the day in China), behind a Blob
 * URL: a download a page under a strict CSP allows (no `data:` URL, no inline script). Revoke
 * `url` when the file is no longer offered.
 */
export function jsonFileOf(data: unknown, day: string = chinaToday()): ExportedFile {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], {
    type: 'application/json;charset=utf-8',
  });
  return { fileName: `wushe-my-data-${day}.json`, url: URL.createObjectURL(blob) };
}

/** Starts the browser's download of `file`, as a click on a `download` link does. */
export function saveFile(file: ExportedFile, parent: Node): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.fileName;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
}
