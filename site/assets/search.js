// Starts Pagefind's search interface on the search page, with the index under the site's path
// prefix. A large registry's index comes in several bundles (shards): the interface loads the
// first and merges the others into it. It shows the type and kind filters.
//
// The page's address and the search say the same thing, both ways: `?q=words` (what every search
// box sends, without scripts) runs the search when the page opens, and `&type=event&kind=forum`
// ticks those filters; typing or ticking a filter writes them back into the address, so that the
// results can be bookmarked and shared.
const element = document.getElementById("search");
if (element && "PagefindUI" in window) start(element);

function start(element) {
  const address = new URL(location.href);
  const query = address.searchParams.get("q") ?? "";
  // Only the Chinese index splits Chinese text into words: a query in Chinese characters given to
  // another language's page goes to the Chinese page, with the same address query.
  const chinesePage = element.dataset.chineseSearch;
  if (chinesePage && /\p{Script=Han}/u.test(query)) {
    location.replace(`${chinesePage}${address.search}`);
    return;
  }
  const filters = JSON.parse(element.dataset.filters ?? "{}");
  const [bundlePath, ...others] = (element.dataset.bundles ?? "").split(" ");
  const search = new window.PagefindUI({
    element: "#search",
    bundlePath,
    mergeIndex: others.map((other) => ({ bundlePath: other })),
    showImages: false,
    showSubResults: false,
    autofocus: false,
  });
  // Pagefind's box has only a placeholder for a name: tie it to the page's visible label.
  const input = element.querySelector("input[type='text']");
  if (input) {
    input.id = "search-input";
    input.setAttribute("aria-labelledby", "search-label");
  }
  announceMessages(element, document.getElementById("search-status"));

  const selected = filtersIn(address, filters);
  if (Object.keys(selected).length) search.triggerFilters(selected);
  if (query) search.triggerSearch(query);
  element.addEventListener("input", (event) => {
    if (event.target.matches(".pagefind-ui__search-input")) writeAddress(element, filters);
  });
  element.addEventListener("change", (event) => {
    if (event.target.matches(".pagefind-ui__filter-checkbox")) writeAddress(element, filters);
  });
}

// The filters the address asks for, as Pagefind names them: { Kind: ["Association"] }. Codes it
// does not know are left out.
function filtersIn(address, filters) {
  const selected = {};
  for (const [parameter, filter] of Object.entries(filters)) {
    const labels = address.searchParams
      .getAll(parameter)
      .map((code) => filter.values[code])
      .filter((label) => label !== undefined);
    if (labels.length) selected[filter.name] = labels;
  }
  return selected;
}

// Writes the query and the ticked filters into the address, replacing the history entry: every
// letter typed is not a step back.
function writeAddress(element, filters) {
  const address = new URL(location.href);
  const query = element.querySelector(".pagefind-ui__search-input")?.value.trim() ?? "";
  if (query) address.searchParams.set("q", query);
  else address.searchParams.delete("q");
  for (const [parameter, filter] of Object.entries(filters)) {
    address.searchParams.delete(parameter);
    const codes = Object.fromEntries(Object.entries(filter.values).map(([code, label]) => [label, code]));
    for (const box of element.querySelectorAll(".pagefind-ui__filter-checkbox:checked")) {
      if (box.name === filter.name && codes[box.value] !== undefined)
        address.searchParams.append(parameter, codes[box.value]);
    }
  }
  history.replaceState(history.state, "", address);
}

// Pagefind writes its message ("7 results for …") into an element it makes anew for each state,
// too late for a live region: screen readers hear a change only in one that was there before.
// The page's own status element, there from the start, says each message instead, and the
// visible one is hidden from screen readers so that they do not read it twice.
function announceMessages(element, status) {
  if (!status) return;
  new MutationObserver(() => {
    const message = element.querySelector(".pagefind-ui__message");
    if (!message) return;
    message.setAttribute("aria-hidden", "true");
    if (status.textContent !== message.textContent) status.textContent = message.textContent;
  }).observe(element, { childList: true, subtree: true, characterData: true });
}
