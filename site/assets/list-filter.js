// Narrows and orders a collection's list in the browser, without a server. The page holds the
// whole list, grouped (organizations by kind, events by year), each row with its facets as data
// attributes, and the form above it (which the stylesheet hides where scripts do not run). A
// filtered or sorted view shows the matching rows as one list, in the order asked for, and the
// groups come back when nothing is asked. The choices live in the address
// (`?kind=association&sort=name`), so that a narrowed list can be linked to.
const form = document.querySelector("form[data-list-filter]");
const groups = document.querySelector("[data-list-groups]");
const results = document.querySelector("[data-list-results]");
if (form && groups && results) start(form, groups, results);

function start(form, groups, results) {
  const rows = [...groups.querySelectorAll("li[data-kind]")];
  const selects = [...form.querySelectorAll("select")];
  const address = new URL(location.href);
  for (const select of selects) {
    const wanted = address.searchParams.get(select.name);
    // A value the list does not have (an old link) is left out rather than showing nothing.
    if (wanted !== null && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  const show = () => showRows(form, groups, results, rows);
  show();
  form.addEventListener("change", () => {
    show();
    writeAddress(selects);
  });
  // The reset button puts every select back to its first option after this event.
  form.addEventListener("reset", () =>
    setTimeout(() => {
      show();
      writeAddress(selects);
    }),
  );
}

function showRows(form, groups, results, rows) {
  const chosen = Object.fromEntries(
    [...form.querySelectorAll("select")].filter((select) => select.value).map((select) => [select.name, select.value]),
  );
  const { sort, ...facets } = chosen;
  const output = form.querySelector("output");
  if (Object.keys(chosen).length === 0) {
    groups.hidden = false;
    results.hidden = true;
    results.replaceChildren();
    output.value = count(output, rows.length);
    return;
  }
  const matching = rows.filter((row) => Object.entries(facets).every(([name, value]) => row.dataset[name] === value));
  if (sort) matching.sort(orderBy(sort));
  results.replaceChildren(...matching.map((row) => row.cloneNode(true)));
  groups.hidden = true;
  results.hidden = false;
  output.value = count(output, matching.length);
}

function count(output, shown) {
  return output.dataset.showing.replace("{shown}", String(shown)).replace("{total}", output.dataset.total);
}

// Rows without a date go last in either direction: they say nothing about when.
function orderBy(sort) {
  const name = (row) => row.querySelector("a")?.textContent ?? "";
  const collator = new Intl.Collator(document.documentElement.lang);
  if (sort === "name") return (a, b) => collator.compare(name(a), name(b));
  const direction = sort === "oldest" ? 1 : -1;
  return (a, b) => {
    const [x, y] = [a.dataset.date, b.dataset.date];
    if (!x || !y) return x ? -1 : y ? 1 : collator.compare(name(a), name(b));
    return x === y ? collator.compare(name(a), name(b)) : x < y ? -direction : direction;
  };
}

function writeAddress(selects) {
  const address = new URL(location.href);
  for (const select of selects) {
    if (select.value) address.searchParams.set(select.name, select.value);
    else address.searchParams.delete(select.name);
  }
  history.replaceState(history.state, "", address);
}
