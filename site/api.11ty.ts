import type { ApiPage } from "../scripts/pages/api-page.ts";
import { html } from "./_includes/html.ts";
import { layout } from "./_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "./_includes/template-data.ts";

export default class {
  data() {
    return paginated("api");
  }

  render(data: TemplateData): string {
    const view = viewOf<ApiPage>(data, "api");
    const messages = data.messages[view.frame.locale];
    const words = messages.apiPage;
    // Column descriptions are written in English, as in the Data Package.
    const described = view.frame.locale === "en" ? "" : html` lang="en"`;
    const endpoints = view.endpoints.map(
      (endpoint) => html`<section class="endpoint" aria-label="${endpoint.url}">
<h3><code>GET ${endpoint.url}</code></h3>
<p>${endpoint.returns}${endpoint.schema ? html` <a href="${endpoint.schema}">${words.schema}</a>` : ""}</p>
<pre><code>curl -s ${endpoint.example}${endpoint.saveAs ? html` -o ${endpoint.saveAs}` : ""}</code></pre>
</section>
`,
    );
    const columnTable = (heading: string, columns: ApiPage["statementColumns"]) => html`<h3>${heading}</h3>
<div class="table-scroll" role="region" aria-label="${words.csvColumns}: ${heading}" tabindex="0">
<table>
<thead><tr><th scope="col">${words.column}</th><th scope="col">${words.type}</th><th scope="col">${words.meaning}</th></tr></thead>
<tbody>
${columns.map((column) => html`<tr><td><code>${column.name}</code></td><td>${column.type}</td><td${described}>${column.description}</td></tr>\n`)}</tbody>
</table>
</div>
`;
    const tables = [
      ...view.columns.map((table) => columnTable(messages.nav[table.collection], table.columns)),
      columnTable(words.statementsColumns, view.statementColumns),
    ];
    const databaseTables = view.database.tables.map(
      (table) => html`<h3><code>${table.name}</code></h3>
<p${described}>${table.description}</p>
<div class="table-scroll" role="region" aria-label="${words.databaseTables}: ${table.name}" tabindex="0">
<table>
<thead><tr><th scope="col">${words.column}</th><th scope="col">${words.type}</th><th scope="col">${words.key}</th><th scope="col">${words.meaning}</th></tr></thead>
<tbody>
${table.columns.map((column) => html`<tr><td><code>${column.name}</code></td><td>${column.type}</td><td>${column.key}</td><td${described}>${column.description}</td></tr>\n`)}</tbody>
</table>
</div>
`,
    );
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      content: html`<h1>${words.title}</h1>
<p class="lead">${words.intro}</p>
<h2>${words.entryPoint}</h2>
<pre><code>curl -s ${view.entryPoint}</code></pre>
<h2>${words.endpoints}</h2>
${endpoints}${view.notes.map(
        (note) => html`<h2 id="${note.id}">${note.title}</h2>
<p>${note.text}</p>
`,
      )}<h2>${words.hosting}</h2>
<p>${words.hostingCors}</p>
<p>${words.hostingNotFound}</p>
<h2>${words.csvColumns}</h2>
<p>${words.csvLists}</p>
${tables}<h2>${words.databaseTables}</h2>
<p>${words.databaseIntro}</p>
<pre><code>${view.database.example.join("\n")}</code></pre>
${databaseTables}<h2>${words.licence}</h2>
<p>${words.licenceText}</p>
`,
    });
  }
}
