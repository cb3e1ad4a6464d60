/**
 * Screenshots of the home page and of an organization's page on a phone and on a desktop,
 * written to test-results/screenshots/ for people to review (CI can attach that folder).
 */
import fs from "node:fs";
import path from "node:path";
import { it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { describeInBrowser, openPage, sitePages, useBrowserSite } from "./browser.ts";

const screenshotsDir = path.join(projectRoot, "test-results", "screenshots");

const viewports = [
  { name: "phone", width: 375, height: 812 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

const organizationPage = sitePages.find((page) => page.name === "organization" && page.tree === "real")!;
const shots = [
  { name: "home", tree: "real", path: "" },
  { name: "organization", tree: organizationPage.tree, path: organizationPage.path },
] as const;

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: Buffer): { width: number; height: number } {
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

describeInBrowser("screenshots for review", () => {
  const site = useBrowserSite(["real"]);

  it.concurrent.for(viewports)(
    "home and organization pages on a $name ($width×$height)",
    async (viewport, { expect }) => {
      fs.mkdirSync(screenshotsDir, { recursive: true });
      const page = await openPage(site.browser, { viewport: { width: viewport.width, height: viewport.height } });
      try {
        for (const shot of shots) {
          const file = path.join(
            screenshotsDir,
            `${shot.name}-${viewport.name}-${viewport.width}x${viewport.height}.png`,
          );
          fs.rmSync(file, { force: true });
          await page.goto(site.url(shot.tree, shot.path), { waitUntil: "load" });
          await page.screenshot({ path: file, fullPage: true });

          expect(fs.existsSync(file), `${file} was written`).toBe(true);
          const png = fs.readFileSync(file);
          expect(png.length, `${file} is not empty`).toBeGreaterThan(1000);
          expect(png.subarray(0, 8).equals(pngSignature), `${file} is a PNG`).toBe(true);
          const size = pngSize(png);
          // A full-page shot is as wide as the page: wider than the viewport would mean sideways scrolling.
          expect(size.width, `${file} width`).toBe(viewport.width);
          expect(size.height, `${file} height`).toBeGreaterThanOrEqual(viewport.height);
        }
      } finally {
        await page.context().close();
      }
    },
  );
});
