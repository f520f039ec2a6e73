// tsx bench/profile.ts FILE.cpuprofile [N]: the N functions with the most self time in a V8 CPU
// profile (from npm run bench -- --cpu-prof), and the same summed by file. A first look before DevTools.
import { readFileSync } from "node:fs";

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const [file, n = "25"] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: tsx bench/profile.ts FILE.cpuprofile [N]\n");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  const frame = frames.get(id);
  if (!frame) return;
  const where = frame.url.split("/").slice(-2).join("/");
  const name = `${frame.functionName || "(anonymous)"}  ${where}${where ? `:${frame.lineNumber + 1}` : ""}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  byFile.set(where || frame.functionName, (byFile.get(where || frame.functionName) ?? 0) + us);
  total += us;
});
const top = (totals: Map<string, number>) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(n))
    .map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`)
    .join("\n");
process.stdout.write(
  `${(total / 1e6).toFixed(1)} s sampled\n\nself time by function\n${top(byFunction)}\n\nby file\n${top(byFile)}\n`,
);
