import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Store, server and browser tests start real databases, servers and Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The JSON report is what .ci/run counts ("N passed, N failed").
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
