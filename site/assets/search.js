// Starts Pagefind's search interface on the search page, with the index under the site's path
// prefix. A large registry's index comes in several bundles (shards): the interface loads the
// first and merges the others into it. It shows the type and kind filters.
const element = document.getElementById("search");
if (element && "PagefindUI" in window) {
  const [bundlePath, ...others] = (element.dataset.bundles ?? "").split(" ");
  new window.PagefindUI({
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
