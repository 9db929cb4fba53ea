// Editor enhancements: Markdown toolbar and live preview, "add a row" for repeated groups.
// Every form works without this file; it only saves typing.
(() => {
  const csrfOf = (el) => el.closest('form')?.querySelector('input[name="_csrf"]')?.value ?? '';

  const wrappers = {
    bold: (s) => `**${s || 'text'}**`,
    italic: (s) => `*${s || 'text'}*`,
    heading: (s) => `\n## ${s || 'Heading'}\n`,
    bullet: (s) =>
      (s || 'item')
        .split('\n')
        .map((l) => `- ${l}`)
        .join('\n'),
    number: (s) =>
      (s || 'item')
        .split('\n')
        .map((l, i) => `${i + 1}. ${l}`)
        .join('\n'),
    link: (s) => `[${s || 'text'}](https://)`,
  };

  for (const editor of document.querySelectorAll('[data-markdown-editor]')) {
    const area = editor.querySelector('textarea');
    const toolbar = editor.querySelector('.markdown-toolbar');
    const preview = editor.querySelector('.markdown-preview');
    const body = editor.querySelector('.markdown-preview__body');
    if (!area) continue;
    toolbar?.removeAttribute('hidden');
    toolbar?.addEventListener('click', (event) => {
      const button = event.target.closest('[data-md]');
      if (!button) return;
      const wrap = wrappers[button.dataset.md];
      const { selectionStart: a, selectionEnd: b, value } = area;
      const replacement = wrap(value.slice(a, b));
      area.setRangeText(replacement, a, b, 'end');
      area.focus();
      area.dispatchEvent(new Event('input'));
    });
    let timer;
    let last = '';
    const refresh = async () => {
      if (area.value === last) return;
      last = area.value;
      const response = await fetch(editor.dataset.previewUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-csrf-token': csrfOf(area),
        },
        body: new URLSearchParams({ markdown: area.value }),
        credentials: 'same-origin',
      });
      if (!response.ok) return;
      // The server renders and sanitises the Markdown; the response is safe markup.
      body.innerHTML = await response.text();
      preview.hidden = area.value.trim() === '';
    };
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    });
    refresh();
  }

  // The budget as the importers read it, shown as it is typed; "Use these lines" copies the
  // lines into the budget rows. Without this, the form's "Read the budget" button does it.
  for (const panel of document.querySelectorAll('[data-budget-reading]')) {
    const form = panel.closest('form');
    const area = form?.querySelector('textarea[name="budgetText"]');
    if (!area) continue;
    let timer;
    let last = area.value;
    const refresh = async () => {
      if (area.value === last) return;
      last = area.value;
      if (area.value.trim() === '') {
        panel.textContent = '';
        return;
      }
      const response = await fetch(panel.dataset.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-csrf-token': csrfOf(area),
        },
        body: new URLSearchParams({ budgetText: area.value }),
        credentials: 'same-origin',
      });
      // The server renders and escapes the panel; the response is safe markup.
      if (response.ok && area.value === last) panel.innerHTML = await response.text();
    };
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    });
    panel.addEventListener('click', (event) => {
      if (!event.target.closest('[data-use-budget-lines]')) return;
      const lines = [...panel.querySelectorAll('[data-budget-line]')].map((tr) => tr.dataset);
      const group = form.querySelector('[data-repeat="budget"]');
      const add = group?.querySelector('[data-add-row]');
      if (!group) return;
      while (group.querySelectorAll('.repeat__row').length < lines.length) add?.click();
      const rows = [...group.querySelectorAll('.repeat__row')];
      rows.forEach((row, i) => {
        const line = lines[i];
        const n = row.dataset.row;
        const set = (name, value) => {
          const el = row.querySelector(`[name="budget.${n}.${name}"]`);
          if (el) el.value = value;
        };
        set('label', line?.label ?? '');
        set('amount', line?.amount ?? '');
        set('currency', line?.currency ?? '');
        const total = row.querySelector(`[name="budget.${n}.total"]`);
        if (total) total.checked = line?.total === '1';
      });
      rows[0]?.querySelector('input')?.focus();
    });
  }

  for (const group of document.querySelectorAll('[data-repeat]')) {
    const prefix = group.dataset.repeat;
    const button = group.querySelector('[data-add-row]');
    const rows = group.querySelector('.repeat__rows');
    if (!button || !rows) continue;
    button.removeAttribute('hidden');
    button.addEventListener('click', () => {
      const all = rows.querySelectorAll('.repeat__row');
      const last = all[all.length - 1];
      if (!last) return;
      const next = Math.max(...[...all].map((r) => Number(r.dataset.row))) + 1;
      const copy = last.cloneNode(true);
      copy.dataset.row = String(next);
      const pattern = new RegExp(`${prefix}([.-])\\d+([.-])`, 'g');
      const renumber = (text) => text.replace(pattern, `${prefix}$1${next}$2`);
      for (const el of copy.querySelectorAll('[name], [id], [for], [aria-describedby]')) {
        for (const attr of ['name', 'id', 'for', 'aria-describedby']) {
          const v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, renumber(v));
        }
        if (el.matches('input[type="checkbox"]')) el.checked = false;
        else if (el.matches('input, textarea')) el.value = '';
        else if (el.matches('select')) el.selectedIndex = 0;
        el.removeAttribute('aria-invalid');
      }
      for (const error of copy.querySelectorAll('.field-error')) error.remove();
      for (const field of copy.querySelectorAll('.field--error'))
        field.classList.remove('field--error');
      rows.appendChild(copy);
      copy.querySelector('input, select, textarea')?.focus();
    });
  }
})();
