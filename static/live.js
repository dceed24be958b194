// Live queue pages. A page whose content names an event stream in `data-live` listens to it.
// A ticket page and the board also name, in `data-live-into`, the element their stream
// refills: each event carries that part of the page already rendered in the reader's
// language with their own token (on a ticket: the place in the queue, the expected wait, the
// helper and the table, the three questions; on the board: who waits, who is free, the
// suggestions), so nothing is fetched; a change that left a ticket as it was comes as an
// `unchanged` event, which this script does not listen to. /duty hears only "changed" and
// fetches itself again, once at a time, swapping in the new main content. Without JavaScript
// a reload shows the current state.
(() => {
  const marker = document.querySelector('[data-live]');
  if (!marker || !('EventSource' in window)) return;
  const stream = new EventSource(marker.dataset.live);
  const into = marker.dataset.liveInto && document.getElementById(marker.dataset.liveInto);
  let fetching = false;
  stream.addEventListener('message', async (event) => {
    if (into) {
      // Our own server's HTML, escaped as the page itself is.
      const fresh = new DOMParser().parseFromString(event.data, 'text/html');
      into.replaceChildren(...fresh.body.childNodes);
      return;
    }
    if (fetching) return;
    fetching = true;
    try {
      const response = await fetch(window.location.href, { credentials: 'same-origin' });
      if (response.ok) {
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
        const main = fresh.querySelector('main');
        if (main) document.querySelector('main').replaceChildren(...main.childNodes);
      }
    } finally {
      fetching = false;
    }
  });
})();
