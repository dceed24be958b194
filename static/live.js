// Live queue pages. A page whose content names an event stream in `data-live` listens to it,
// and when the server says the queue changed, fetches itself again and swaps in the new main
// content: no reload, and the place in the queue, the status and the helper's name update.
// Without JavaScript the same page shows the current state whenever it is reloaded.
(() => {
  const marker = document.querySelector('[data-live]');
  if (!marker || !('EventSource' in window)) return;
  const stream = new EventSource(marker.dataset.live);
  let fetching = false;
  stream.addEventListener('message', async () => {
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
