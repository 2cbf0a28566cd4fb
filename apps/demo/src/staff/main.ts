import { donationsDesk } from './donations.js';
import { followUpsDesk } from './follow-ups.js';
import { hoursDesk } from './hours.js';
import { needsDesk } from './needs.js';

/** Finds one of the page's elements, of the kind expected: the HTML and this script are one unit. */
function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`staff.html lacks #${id} (${kind.name})`);
  return element;
}

const desks = [
  needsDesk(byId('review-list', HTMLElement), byId('claimed-list', HTMLElement)),
  donationsDesk(
    byId('pledge-list', HTMLElement),
    byId('confirm-form', HTMLFormElement),
    byId('confirm-result', HTMLElement),
  ),
  hoursDesk(byId('hours-form', HTMLFormElement), byId('hours-result', HTMLElement)),
  followUpsDesk(byId('follow-up-list', HTMLElement)),
];

const refresh = byId('refresh', HTMLButtonElement);
async function reloadAll() {
  refresh.disabled = true;
  await Promise.all(desks.map((desk) => desk.reload()));
  refresh.disabled = false;
  document.body.dataset.ready = 'true';
}
refresh.addEventListener('click', () => void reloadAll());
void reloadAll();
