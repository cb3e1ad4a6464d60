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
}
