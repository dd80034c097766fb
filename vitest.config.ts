import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds dist/ once: end-to-end tests run `node dist/src/main.js` as it ships.
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Child-process and network tests share two cores; keep parallelism modest.
    maxWorkers: 2,
  },
});
