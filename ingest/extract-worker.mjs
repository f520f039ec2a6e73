// The extraction worker's entry: registers tsx in this thread (loader hooks are per thread), then
// loads the worker itself.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
