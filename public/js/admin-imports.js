// Imports page enhancements. Without this file everything still works: an oversized file is
// refused by the server, and a running import's page reloads itself through <noscript>.
(() => {
  const lang = document.documentElement.lang || 'en';
  const number = new Intl.NumberFormat(lang);
  const megabytes = (bytes) => {
    const mb = bytes / (1024 * 1024);
    const digits = mb < 10 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 0 };
    return new Intl.NumberFormat(lang, digits).format(mb);
  };
  const fill = (template, values) =>
    template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));

  // Refuse an oversized file before its upload starts rather than after it has been sent.
  for (const form of document.querySelectorAll('form[data-max-bytes]')) {
    form.addEventListener('submit', (event) => {
      const max = Number(form.dataset.maxBytes);
      const input = form.querySelector('input[type="file"]');
      const big = [...(input?.files ?? [])].find((f) => f.size > max);
      form.querySelector('.error-summary[data-client]')?.remove();
      if (!big) return;
      event.preventDefault();
      const box = document.createElement('div');
      box.className = 'error-summary';
      box.dataset.client = '';
      box.setAttribute('role', 'alert');
      box.tabIndex = -1;
      const p = document.createElement('p');
      p.textContent = fill(form.dataset.tooLarge ?? '', { name: big.name });
      box.append(p);
      form.prepend(box);
      box.focus();
    });
  }

  // Follow a running import: poll its status and update the numbers; reload when it ends.
  const panel = document.querySelector('[data-import-status]');
  if (!panel) return;
  const texts = panel.querySelector('[data-texts]')?.dataset ?? {};
  const field = (name) => panel.querySelector(`[data-field="${name}"]`);
  const bar = panel.querySelector('progress');
  let failures = 0;
  const poll = async () => {
    try {
      const response = await fetch(panel.dataset.importStatus, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (!response.ok) throw new Error(String(response.status));
      const s = await response.json();
      failures = 0;
      if (!s.active) {
        window.location.reload();
        return;
      }
      const records = field('records');
      if (records && texts.activities)
        records.textContent = fill(texts.activities, { n: number.format(s.recordsDone) });
      const bytes = field('bytes');
      if (bytes && texts.megabytes)
        bytes.textContent = fill(texts.megabytes, {
          read: megabytes(s.bytesRead),
          total: megabytes(s.fileSize),
        });
      const files = field('files');
      if (files && texts.fileOf)
        files.textContent = fill(texts.fileOf, {
          i: number.format(Math.min(s.filesDone + 1, s.filesTotal)),
          n: number.format(s.filesTotal),
        });
      if (bar) {
        bar.max = Math.max(s.fileSize, 1);
        bar.value = s.bytesRead;
      }
    } catch {
      // A few misses (a restart, a slow network) are tolerated; after that the page reloads.
      failures += 1;
      if (failures >= 5) {
        window.location.reload();
        return;
      }
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
})();
