// kill -9 at many points of an ingest (bench/kills.ts): into a store of 2000 synthetic articles,
// 60 real articles (statements, then the checkpoint when the store closes) and 150 (the bulk path:
// COPY into a copy of the database, swapped in), through the CLI and through the server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type KillPoint, killCli, killServer, prepare, type Trial } from "../kills.ts";
import { log, type Part, round } from "../measure.ts";

const PORT = 5731;

export const measure: Part = async ({ quick }) => {
  const [base, few, many] = quick ? [100, 4, 0] : [2000, 60, 150];
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-kills-"));
  const trials: Trial[] = [];
  const record = (trial: Trial) => {
    trials.push(trial);
    log(
      `${trial.target} ${JSON.stringify(trial.point)} at ${trial.stage}: ${trial.acknowledged} acknowledged, ` +
        `${trial.ok ? "ok" : `FAILED: ${trial.problem}`}${trial.recovery ? ` (${trial.recovery})` : ""}`,
    );
  };
  try {
    const statements = await prepare(join(dir, "statements"), base, few);
    log(`base store of ${base} articles; ${few} more by the CLI in ${round(statements.cliMs / 1000)} s`);
    const after = (fraction: number): KillPoint => ({ offsetMs: Math.round(statements.cliMs * fraction) });
    const cliPoints: KillPoint[] = quick
      ? [after(0.5), { stage: "checkpoint", offsetMs: 0 }]
      : [
          ...[0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95].map(after),
          ...[0, 5, 10, 20, 40, 80, 120, 200, 300, 500].map(
            (offsetMs): KillPoint => ({ stage: "checkpoint", offsetMs }),
          ),
        ];
    for (const point of cliPoints) record(await killCli(statements, point));
    const serverPoints: [KillPoint, boolean][] = quick
      ? [
          [{ offsetMs: 1000 }, false],
          [{ stage: "checkpoint", offsetMs: 0 }, true],
        ]
      : [
          ...[500, 1000, 1500, 2000, 2500, 3000, 4000, 5000].map((offsetMs): [KillPoint, boolean] => [
            { offsetMs },
            false,
          ]),
          ...[0, 5, 10, 20, 50, 100, 200, 400].map((offsetMs): [KillPoint, boolean] => [
            { stage: "checkpoint", offsetMs },
            true,
          ]),
          ...[0, 30, 100].map((offsetMs): [KillPoint, boolean] => [{ offsetMs }, true]),
        ];
    for (const [point, stop] of serverPoints) record(await killServer(statements, point, PORT, { stop }));
    if (many) {
      const bulk = await prepare(join(dir, "bulk"), base, many);
      log(`${many} articles by the CLI (bulk path) in ${round(bulk.cliMs / 1000)} s`);
      const points: KillPoint[] = [
        ...[0, 20, 50, 100, 200].map((offsetMs): KillPoint => ({ stage: "bulk copy", offsetMs })),
        ...[0, 2, 5, 10, 20].map((offsetMs): KillPoint => ({ stage: "bulk swap", offsetMs })),
        ...[0, 10, 50, 100, 200].map((offsetMs): KillPoint => ({ stage: "checkpoint", offsetMs })),
      ];
      for (const point of points) record(await killCli(bulk, point));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ok = trials.filter((t) => t.ok).length;
  const recovered = trials.filter((t) => t.recovery).length;
  const stages = new Map<string, number>();
  for (const t of trials) stages.set(`${t.target}: ${t.stage}`, (stages.get(`${t.target}: ${t.stage}`) ?? 0) + 1);
  return {
    sizes: {
      "base store (synthetic articles)": base,
      "articles ingested (statements, then bulk)": `${few}, ${many}`,
      "kill points": trials.length,
    },
    figures: [
      { name: "kill -9 points", value: trials.length, unit: "kills", target: ">= 50", met: trials.length >= 50 },
      {
        name: "kills after which the store opened, held every acknowledged article and re-ingest gave the reference counts",
        value: ok,
        unit: `of ${trials.length}`,
        target: "all",
        met: ok === trials.length,
      },
      {
        name: "kills after which the store had to recover (log moved aside or journal replayed)",
        value: recovered,
        unit: "kills",
      },
    ],
    notes: [
      `Kill points by what the store's files showed at the kill: ${[...stages].map(([s, n]) => `${s} ${n}`).join("; ")}.`,
      ...trials.filter((t) => !t.ok).map((t) => `FAILED: ${t.target} ${JSON.stringify(t.point)}: ${t.problem}`),
      ...[...new Set(trials.flatMap((t) => (t.recovery ? [t.recovery.replace(/kept as \S+/, "kept as …")] : [])))].map(
        (line) => `Recovery said: ${line}`,
      ),
    ],
  };
};
