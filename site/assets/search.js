// Starts Pagefind's search interface on the search page, with the index under the site's path
// prefix. Pagefind picks the index of the page's language and shows the type and kind filters.
const element = document.getElementById("search");
if (element && "PagefindUI" in window) {
  new window.PagefindUI({
    element: "#search",
    bundlePath: element.dataset.bundle,
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
