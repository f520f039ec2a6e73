// Runs one benchmark part in its own process (so its peak memory is its own) and writes its result as JSON.
import { writeFileSync } from "node:fs";
import { type Part, type PartResult, peakRssMB } from "./measure.ts";

const [name = "", out = "", quick] = process.argv.slice(2);
const { measure } = (await import(`./parts/${name}.ts`)) as { measure: Part };
const start = performance.now();
const measured = await measure({ quick: quick === "quick" });
const result: PartResult = {
  part: name,
  ...measured,
  seconds: Math.round((performance.now() - start) / 100) / 10,
  peakRssMB: peakRssMB(),
};
writeFileSync(out, JSON.stringify(result, null, 2));
// Native handles (Kuzu, the browser) must not keep a finished part alive.
process.exit(0);
