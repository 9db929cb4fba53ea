// Progressive enhancement of the projects list: a change of filter fetches the list for the new
// address and swaps the results in place; the address is the whole state, so history.pushState
// keeps Back and Forward working. Without this script the form submits as a plain GET.
(() => {
  const form = document.querySelector('form[data-search-form]');
  if (!form || !window.fetch || !window.history.pushState) return;

  const narrow = window.matchMedia('(max-width: 47.99rem)');
  const filters = () => form.querySelector('details[data-filters]');
  // On a phone the filters start folded behind their "Filters (n)" button.
  if (narrow.matches && filters()) filters().open = false;

  let controller = null;

  /** The form as a query string, without empty fields and without values that are the default. */
  function addressOfForm() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    const hasText = (params.get('q') || '').trim() !== '';
    const sort = params.get('sort');
    if (sort === (hasText ? 'relevance' : 'start') || (!hasText && sort === 'relevance')) {
      params.delete('sort');
    }
    if (params.get('page_size') === '20') params.delete('page_size');
    const min = params.has('budget_min') || params.has('budget_max');
    if (!min && params.get('sort') !== 'budget') params.delete('budget_currency');
    const qs = params.toString();
    return form.action.split('?')[0] + (qs ? `?${qs}` : '');
  }

  async function show(url, push) {
    if (controller) controller.abort();
    controller = new AbortController();
    const focusedId = document.activeElement?.id;
    const wasOpen = filters() ? filters().open : true;
    const openMore = [...form.querySelectorAll('details.facet__more[open]')].map((d) =>
      d.closest('[data-facet]')?.getAttribute('data-facet'),
    );
    form.setAttribute('aria-busy', 'true');
    let response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } });
    } catch (error) {
      if (error.name === 'AbortError') return;
      window.location.href = url;
      return;
    }
    if (!response.ok) {
      window.location.href = url;
      return;
    }
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = doc.querySelector('form[data-search-form]');
    if (!fresh) {
      window.location.href = url;
      return;
    }
    form.innerHTML = fresh.innerHTML;
    if (filters()) filters().open = wasOpen;
    for (const facet of openMore) {
      const more = form.querySelector(`[data-facet="${facet}"] details.facet__more`);
      if (more) more.open = true;
    }
    document.title = doc.title;
    form.removeAttribute('aria-busy');
    if (push) window.history.pushState({ list: true }, '', url);
    const again = focusedId && document.getElementById(focusedId);
    if (again) again.focus();
  }

  form.addEventListener('change', (event) => {
    const target = event.target;
    // Typed fields wait for Enter or the button; choices apply at once.
    if (target.matches('input[type="search"], input[name^="active_"], input[name^="budget_m"]'))
      return;
    show(addressOfForm(), true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(addressOfForm(), true);
  });
  form.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname !== new URL(form.action).pathname)
      return;
    event.preventDefault();
    show(url.href, true).then(() => {
      const results = document.getElementById('search-results');
      if (results && link.closest('.pagination')) results.scrollIntoView({ block: 'start' });
    });
  });
  window.addEventListener('popstate', () => {
    show(window.location.href, false);
  });
})();
