// The built web app under the server's Content-Security-Policy (server/security.ts), in headless
// Chromium: no violation while it loads, lays out (a blob worker), searches and runs the console;
// and, with a token set, it asks for the token once and keeps it for the tab.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb, inkRatio, launchBrowser, type Server, settled, shot, startServer } from "./harness.ts";

let browser: Browser;
beforeAll(async () => {
  buildWeb();
  browser = await launchBrowser();
}, 600_000);
afterAll(() => browser?.close());

/** A page that records CSP violations (event and console) as they happen. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  return { page, violations };
}

describe("the web app under the Content-Security-Policy", { timeout: 120_000 }, () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  }, 120_000);
  afterAll(() => server?.stop());

  it("loads, draws, searches and runs a console query with no violation", async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(server.url);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(await settled(page)).toBeGreaterThan(0);
    await page.waitForTimeout(1500); // the layout worker runs meanwhile
    expect(await inkRatio(page)).toBeGreaterThan(0.002);
    await page.keyboard.press("/");
    await page.keyboard.type("普京");
    await expect.poll(() => page.locator("#search-results [role=option]").first().textContent()).toContain("普京");
    await page.click('[data-tab="cypher"]');
    await page.locator(".cm-content").click();
    await page.keyboard.type(" ");
    await shot(page, "csp-console");
    expect(violations.join("\n")).toBe("");
  });
});

describe("a server with a token", { timeout: 120_000 }, () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(undefined, { DIPLOGRAPH_TOKEN: "tab-secret" });
  }, 120_000);
  afterAll(() => server?.stop());

  it("the app asks for the token once, keeps it for the tab, and draws the graph", async () => {
    const { page, violations } = await watchedPage();
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.accept("tab-secret");
    });
    await page.goto(server.url);
    expect(await settled(page)).toBeGreaterThan(0);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/token/);
    expect(await page.evaluate(() => sessionStorage.getItem("diplograph-token"))).toBe("tab-secret");
    await page.reload();
    expect(await settled(page)).toBeGreaterThan(0);
    expect(asked).toHaveLength(1);
    expect(violations).toEqual([]);
    expect((await fetch(`${server.url}/api/stats`)).status).toBe(401);
  });
});
