// The rebuild rule of `npm start` on a temporary tree: a build is stamped with its inputs; touching
// one (or adding a file under web/) makes the next start rebuild, nothing changed does not.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { staleReason, writeStamp } from "../../scripts/web-stamp.ts";

const root = mkdtempSync(join(tmpdir(), "diplograph-stamp-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** What a build of this tree leaves: web/dist with its index.html, and the stamp of its inputs. */
function built() {
  write("web/dist/index.html", "<html></html>");
  writeStamp(root, [join(root, "web/src/main.ts"), join(root, "graph/wire.ts"), join(root, "node_modules/x/i.js")]);
}

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  write("package-lock.json", "{}");
  write("tsconfig.json", "{}");
  write("web/vite.config.ts", "export default {}");
  write("web/index.html", "<html></html>");
  write("web/src/main.ts", "import '../../graph/wire.ts'");
  write("graph/wire.ts", "export {}");
});

describe("the web app is rebuilt", () => {
  it("when never built, or when the last build left no stamp (it failed)", () => {
    expect(staleReason(root)).toBe("no build yet");
    write("web/dist/index.html", "<html></html>");
    expect(staleReason(root)).toBe("the last build left no stamp");
  });

  it("not when nothing changed, even if files were touched without a change", () => {
    built();
    expect(staleReason(root)).toBeUndefined();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, "web/src/main.ts"), later, later);
    write("graph/other.ts", "export {}"); // not part of the web app
    expect(staleReason(root)).toBeUndefined();
  });

  it("when a web source changes", () => {
    built();
    write("web/src/main.ts", "import '../../graph/wire.ts'; console.log(1)");
    expect(staleReason(root)).toBe("web/src/main.ts changed");
  });

  it("when a module the build bundled from outside web/ changes", () => {
    built();
    write("graph/wire.ts", "export const x = 1");
    expect(staleReason(root)).toBe("graph/wire.ts changed");
  });

  it("when the dependencies, the Vite config or the TypeScript config change", () => {
    for (const path of ["package-lock.json", "web/vite.config.ts", "tsconfig.json"]) {
      built();
      write(path, "// changed");
      expect(staleReason(root)).toBe(`${path} changed`);
    }
  });

  it("when a file is added under web/ or an input removed", () => {
    built();
    write("web/src/new.css", "body {}");
    expect(staleReason(root)).toBe("web/src/new.css added");
    built();
    rmSync(join(root, "graph/wire.ts"));
    expect(staleReason(root)).toBe("graph/wire.ts removed");
  });

  it("when the build output was deleted", () => {
    built();
    rmSync(join(root, "web/dist/index.html"));
    expect(staleReason(root)).toBe("no build yet");
  });
});
